package id.seimbang.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditTrail;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicyProblem;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.policy.PolicyVersionStore;
import id.seimbang.system.ClusterSync;
import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.WorkforceService;

/**
 * The life of a policy change: draft → validate, test, impact → submit → approve (a second person) →
 * publish (compile, test, compare-and-set the active version, swap the snapshot). A rollback is a draft
 * copied from an earlier version and published the same way.
 */
@Service
public class PolicyLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PolicyLifecycle.class);

    // The same roles as the URL rules (security.AccessRules), checked again here: a routing mistake (an
    // encoded letter, a new endpoint) cannot let a call through to a lifecycle act without the role.
    static final String EDIT = "hasAnyRole('POLICY_OFFICER', 'RULE_AUTHOR')";
    static final String APPROVE = "hasRole('POLICY_APPROVER')";
    /** DRL is code: only DMN tables and the parameters file may be written without RULE_AUTHOR (PolicyFileAccess). */
    static final String SAVE_FILE = "@policyFileAccess.mayWrite(authentication, #file.path())";
    static final String DELETE_FILE = "@policyFileAccess.mayWrite(authentication, #path)";

    private final DraftStore drafts;
    private final PolicyVersionStore versions;
    private final ActivePolicy active;
    private final ScenarioRunner scenarios;
    private final DraftChecks checks;
    private final DraftWorkers workers;
    private final WorkerProperties workerProperties;
    private final WorkforceService workforce;
    private final AuditTrail audit;
    private final LifecycleProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Commit and swap happen together, so the in-memory snapshot always matches the ACTIVE row. */
    private final Object swap = new Object();

    private final ClusterSync cluster;

    PolicyLifecycle(DraftStore drafts, PolicyVersionStore versions, ActivePolicy active, ScenarioRunner scenarios,
            DraftChecks checks, DraftWorkers workers, WorkerProperties workerProperties, WorkforceService workforce,
            AuditTrail audit, LifecycleProperties properties, TransactionTemplate transaction, Clock clock,
            ClusterSync cluster) {
        this.drafts = drafts;
        this.versions = versions;
        this.active = active;
        this.scenarios = scenarios;
        this.checks = checks;
        this.workers = workers;
        this.workerProperties = workerProperties;
        this.workforce = workforce;
        this.audit = audit;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.cluster = cluster;
    }

    // ---- drafts and their files

    /** A draft holding a copy of {@code fromVersion}'s files and scenarios (the active version when null). */
    @PreAuthorize(EDIT)
    public PolicyDraft createDraft(String fromVersion, String author, String note) {
        String version = fromVersion == null || fromVersion.isBlank() ? active.current().version() : fromVersion;
        List<PolicyFile> files = versions.findFiles(version);
        if (files.isEmpty()) {
            throw DomainException.notFound("fromVersion", version);
        }
        long id = drafts.create(author, version, note, files, drafts.versionScenarios(version), clock.instant());
        return draft(id);
    }

    /** A draft from files that come from elsewhere: a zip upload, the disk at start-up, the file watcher. */
    public PolicyDraft createDraftFromFiles(List<PolicyFile> files, String author, String note) {
        long id = drafts.create(author, null, note, PolicyFiles.sorted(files), List.of(), clock.instant());
        return draft(id);
    }

    public PolicyDraft draft(long id) {
        return drafts.find(id).orElseThrow(() -> DomainException.notFound("draftId", String.valueOf(id)));
    }

    public List<PolicyDraft> drafts() {
        return drafts.list();
    }

    public List<PolicyFile> files(long id) {
        draft(id);
        return drafts.files(id);
    }

    public String content(long id, String path) {
        return files(id).stream().filter(f -> f.path().equals(path)).findFirst().map(PolicyFile::content)
                .orElseThrow(() -> DomainException.notFound("path", path));
    }

    /**
     * Saves one file (checked by the caller for path and format); only while the draft is DRAFT. {@code who} becomes
     * one of the draft's editors, who may then neither approve nor publish it.
     */
    @PreAuthorize(SAVE_FILE)
    public void saveFile(long id, PolicyFile file, String who) {
        if (!drafts.saveFile(id, file, who, clock.instant())) {
            throw notEditable(draft(id));
        }
    }

    @PreAuthorize(DELETE_FILE)
    public void deleteFile(long id, String path, String who) {
        PolicyDraft draft = draft(id);
        if (draft.status() != DraftStatus.DRAFT) {
            throw notEditable(draft);
        }
        if (!drafts.deleteFile(id, path, who, clock.instant())) {
            throw DomainException.notFound("path", path);
        }
    }

    public List<ScenarioRunner.Source> draftScenarios(long id) {
        draft(id);
        return drafts.scenarios(id);
    }

    /** Adds or replaces a scenario of the draft; it must at least parse. */
    @PreAuthorize(EDIT)
    public void addScenario(long id, String name, String json) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw DomainException.badRequest("name", Bilingual.of(
                    "Nama skenario: huruf, angka, titik, minus, garis bawah (maks. 100)",
                    "Scenario name: letters, digits, dot, dash, underscore (max 100)"));
        }
        try {
            scenarios.parse(json);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw DomainException.badRequest("scenario", Bilingual.of("Skenario tidak dapat dibaca: " + reason,
                    "Scenario cannot be read: " + reason));
        }
        if (!drafts.addScenario(id, name, json, clock.instant())) {
            throw notEditable(draft(id));
        }
    }

    // ---- checks (architecture §5: a draft is untrusted code, evaluated in a bounded worker process)

    public ValidationReport validate(long id) {
        return evaluate(id, DraftEvaluation.Kind.VALIDATE).validation();
    }

    public ScenarioReport runScenarios(long id) {
        return evaluate(id, DraftEvaluation.Kind.SCENARIOS).scenarios();
    }

    public ImpactReport impact(long id) {
        DraftEvaluation.Result result = evaluate(id, DraftEvaluation.Kind.IMPACT);
        if (result.impact() == null) {
            throw invalid(result.validation());
        }
        return result.impact();
    }

    /** Validation, scenarios and impact in one go, as the page's "check" button does. */
    public PolicyDraft check(long id) {
        evaluate(id, DraftEvaluation.Kind.CHECK);
        return draft(id);
    }

    /**
     * One run of the draft's checks, in a worker process within the time and memory limits unless the worker is
     * switched off; its reports are saved with the draft. A run stopped at a limit saves a validation report
     * naming the limit (the draft is then invalid until changed) and answers 422.
     */
    private DraftEvaluation.Result evaluate(long id, DraftEvaluation.Kind kind) {
        List<PolicyFile> files = files(id);
        DraftEvaluation run = new DraftEvaluation(kind, files, kind.scenarios() ? allScenarios(id) : List.of(),
                clock.instant(), null, null);
        DraftEvaluation.Result result;
        try {
            result = bounded(id, run);
        } catch (DraftLimitException e) {
            drafts.saveValidation(id, new ValidationReport(PolicyFiles.version(files), false,
                    List.of(e.asPolicyProblem()), 0, clock.instant()));
            throw e;
        }
        drafts.saveValidation(id, result.validation());
        if (result.scenarios() != null) {
            drafts.saveScenarioReport(id, result.scenarios());
        }
        if (result.impact() != null) {
            drafts.saveImpact(id, result.impact());
        }
        return result;
    }

    private DraftEvaluation.Result bounded(long id, DraftEvaluation run) {
        if (!workerProperties.enabled()) {
            return checks.evaluate(run, active.current(), run.kind().impact() ? workforce.current() : null,
                    () -> { });
        }
        return workers.evaluate(run, Bilingual.of("evaluasi draf " + id + " (" + run.kind() + ")",
                "the evaluation of draft " + id + " (" + run.kind() + ")"));
    }

    // ---- four eyes

    @PreAuthorize(EDIT)
    public PolicyDraft submit(long id, String who) {
        if (!drafts.submit(id, who, clock.instant())) {
            throw wrongStatus(draft(id), DraftStatus.DRAFT);
        }
        return draft(id);
    }

    /**
     * Four eyes: the person approving or publishing a draft must not have created it, changed any of its files, or
     * submitted it. 403 problem+json naming which of these they did.
     */
    private void requireSecondPerson(PolicyDraft draft, String who, String field) {
        boolean approving = field.equals("approver");
        String actId = approving ? "menyetujui" : "memublikasikan"; // + "nya": menyetujuinya, memublikasikannya
        String actEn = approving ? "approve" : "publish";
        Bilingual reason = null;
        if (who.equals(draft.author())) {
            reason = Bilingual.of("Anda menyusun draf " + draft.id() + ", jadi tidak boleh " + actId
                    + "nya; minta rekan lain", "You created draft " + draft.id() + ", so you cannot " + actEn
                    + " it; ask another officer");
        } else if (who.equals(draft.submittedBy())) {
            reason = Bilingual.of("Anda mengajukan draf " + draft.id() + ", jadi tidak boleh " + actId
                    + "nya; minta rekan lain", "You submitted draft " + draft.id() + ", so you cannot " + actEn
                    + " it; ask another officer");
        } else if (drafts.editors(draft.id()).contains(who)) {
            reason = Bilingual.of("Anda mengubah berkas draf " + draft.id() + ", jadi tidak boleh " + actId
                    + "nya; minta rekan lain", "You edited a file of draft " + draft.id() + ", so you cannot "
                    + actEn + " it; ask another officer");
        }
        if (reason != null) {
            throw new DomainException(DomainException.Kind.NOT_PERMITTED,
                    Bilingual.of("Prinsip empat mata", "Four-eyes principle"), List.of(FieldProblem.of(field, reason)));
        }
    }

    @PreAuthorize(APPROVE)
    public PolicyDraft approve(long id, String who) {
        PolicyDraft draft = draft(id);
        requireSecondPerson(draft, who, "approver");
        String against = active.current().version();
        if (!drafts.approve(id, who, against, clock.instant())) {
            throw wrongStatus(draft(id), DraftStatus.SUBMITTED);
        }
        String version = PolicyFiles.version(drafts.files(id));
        audit.append(AuditKind.APPROVAL, who, version, "policy-draft/" + id, Map.of("draftId", id, "author",
                draft.author(), "approvedAgainst", against, "equity", ApprovalEquity.of(draft.impact(), version, against)));
        return draft(id);
    }

    @PreAuthorize(APPROVE)
    public PolicyDraft reject(long id, String who, String note) {
        if (!drafts.close(id, DraftStatus.REJECTED, who, note, clock.instant())) {
            throw wrongStatus(draft(id), DraftStatus.SUBMITTED);
        }
        return draft(id);
    }

    @PreAuthorize(EDIT)
    public PolicyDraft withdraw(long id, String who) {
        PolicyDraft draft = draft(id);
        if (!who.equals(draft.author())) {
            throw new DomainException(DomainException.Kind.NOT_PERMITTED, Bilingual.of("Bukan penyusun", "Not the author"),
                    List.of(FieldProblem.of("user", Bilingual.of("Hanya penyusun yang dapat menarik draf",
                            "Only the author can withdraw a draft"))));
        }
        if (!drafts.close(id, DraftStatus.WITHDRAWN, who, null, clock.instant())) {
            throw wrongStatus(draft(id), DraftStatus.DRAFT);
        }
        return draft(id);
    }

    /** The outcome of a publication: the version now active and the one it replaced. */
    public record Publication(long draftId, String version, String previousVersion, String publishedBy,
            long millis, ScenarioReport scenarios) {
    }

    /**
     * Builds and tests the snapshot completely, then, in one transaction, moves the draft to PUBLISHED and
     * the ACTIVE version from the one the approver saw to this one (compare-and-set: a publication that lost
     * the race gets 409), and swaps the snapshot. Decisions holding the old snapshot finish on it.
     */
    @PreAuthorize(APPROVE)
    public Publication publish(long id, String who) {
        long start = System.nanoTime();
        PolicyDraft draft = draft(id);
        if (draft.status() != DraftStatus.APPROVED) {
            throw wrongStatus(draft, DraftStatus.APPROVED);
        }
        requireSecondPerson(draft, who, "publisher");
        List<PolicyFile> files = drafts.files(id);
        List<ScenarioRunner.Source> sources = allScenarios(id);
        if (workerProperties.enabled()) {
            // The approved files run their scenarios once more in a worker first: only what finished there within
            // the limits is compiled and tested inside the service, which then serves it.
            DraftEvaluation run = new DraftEvaluation(DraftEvaluation.Kind.SCENARIOS, files, sources, clock.instant(),
                    null, null);
            try {
                workers.evaluate(run, Bilingual.of("pengujian draf " + id + " sebelum publikasi",
                        "the test of draft " + id + " before publication"));
            } catch (DraftLimitException e) {
                drafts.saveValidation(id, new ValidationReport(PolicyFiles.version(files), false,
                        List.of(e.asPolicyProblem()), 0, clock.instant()));
                throw e;
            }
        }
        DraftChecks.Compiled compiled = checks.compile(files, clock.instant());
        drafts.saveValidation(id, compiled.report());
        if (compiled.snapshot() == null) {
            throw invalid(compiled.report());
        }
        ScenarioReport tested = checks.scenarioReport(compiled, sources, clock.instant());
        drafts.saveScenarioReport(id, tested);
        if (!tested.passed()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    Bilingual.of("Skenario gagal; publikasi ditolak", "Scenarios fail; publication refused"),
                    tested.results().stream().filter(r -> !r.passed()).map(PolicyLifecycle::scenarioProblem).toList());
        }
        PolicySnapshot snapshot = compiled.snapshot();
        String previous = draft.approvedAgainst();
        if (snapshot.version().equals(previous)) {
            throw DomainException.conflict("draftId", Bilingual.of("Draf sama dengan versi aktif; tidak ada perubahan",
                    "The draft equals the active version; nothing to publish"));
        }
        synchronized (swap) {
            Boolean won = transaction.execute(status -> {
                boolean ok = drafts.markPublished(id, who, snapshot.version(), clock.instant())
                        && versions.compareAndActivate(previous, snapshot.version(), snapshot.files(), draft.author(),
                                draft.approvedBy(), who, "Draft " + id, clock.instant());
                if (!ok) {
                    status.setRollbackOnly();
                    return false;
                }
                drafts.carryScenarios(id, snapshot.version());
                return true;
            });
            if (!Boolean.TRUE.equals(won)) {
                throw DomainException.conflict("activeVersion", Bilingual.of(
                        "Versi aktif sudah berubah sejak draf disetujui, atau draf sedang dipublikasikan; "
                                + "periksa dampak lagi dan ajukan ulang",
                        "The active version changed since the draft was approved, or it is being published; "
                                + "check the impact again and resubmit"));
            }
            active.activate(snapshot);
        }
        cluster.announce("policy"); // the other instances compile it and swap it in (PolicyFollower)
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Published policy version {} (draft {}, by {}, approved by {}) replacing {} in {} ms",
                snapshot.version(), id, who, draft.approvedBy(), previous, millis);
        audit.append(AuditKind.PUBLICATION, who, snapshot.version(), "policy-version/" + snapshot.version(),
                Map.of("draftId", id, "author", draft.author(), "approvedBy", draft.approvedBy(),
                        "previousVersion", previous, "scenarios", tested.total()));
        return new Publication(id, snapshot.version(), previous, who, millis, tested);
    }

    // ---- history

    public List<id.seimbang.policy.PolicyVersion> history() {
        return versions.list();
    }

    public List<PolicyFile> versionFiles(String version) {
        List<PolicyFile> files = versions.findFiles(version);
        if (files.isEmpty()) {
            throw DomainException.notFound("version", version);
        }
        return files;
    }

    public PolicyDiff diff(String from, String to) {
        return PolicyDiff.of(from, versionFiles(from), to, versionFiles(to));
    }

    /** What the draft changes relative to the version it was copied from (the active one for an upload). */
    public PolicyDiff draftDiff(long id) {
        PolicyDraft draft = draft(id);
        String base = draft.baseVersion() != null ? draft.baseVersion() : active.current().version();
        return PolicyDiff.of(base, versionFiles(base), "draft-" + id, drafts.files(id));
    }

    // ---- helpers

    /** The shipped scenario files and the draft's own, in the order they run. */
    private List<ScenarioRunner.Source> allScenarios(long id) {
        List<ScenarioRunner.Source> all = new ArrayList<>(shippedScenarios());
        all.addAll(drafts.scenarios(id));
        return all;
    }

    /** The folder of the shipped scenarios ({@code seimbang.policy.scenarios-dir}). */
    public Path scenariosDir() {
        return properties.scenariosDir();
    }

    /** The scenario files shipped with the service, read at each run so an added file counts at once. */
    public List<ScenarioRunner.Source> shippedScenarios() {
        return shippedScenarios(properties.scenariosDir());
    }

    public static List<ScenarioRunner.Source> shippedScenarios(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(p -> new ScenarioRunner.Source(p.getFileName().toString().replaceFirst("\\.json$", ""),
                            "file", PolicyFiles.read(p)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldProblem scenarioProblem(ScenarioResult r) {
        String detail = r.error() != null ? r.error() : String.join("; ", r.mismatches().stream()
                .map(m -> m.field() + ": expected " + m.expected() + ", actual " + m.actual()).toList());
        return new FieldProblem("scenario:" + r.name(), detail, detail);
    }

    private static DomainException invalid(ValidationReport report) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE,
                Bilingual.of("Kebijakan tidak dapat dikompilasi", "The policy does not compile"),
                report.problems().stream().map(PolicyLifecycle::problem).toList());
    }

    private static FieldProblem problem(PolicyProblem p) {
        String where = p.file() == null ? "policy" : p.line() == null ? p.file() : p.file() + ":" + p.line();
        return new FieldProblem(where, p.severity() + " " + p.message(), p.severity() + " " + p.message());
    }

    private static DomainException notEditable(PolicyDraft draft) {
        return DomainException.conflict("draftId", Bilingual.of(
                "Draf " + draft.id() + " berstatus " + draft.status() + "; hanya draf berstatus DRAFT yang dapat diubah",
                "Draft " + draft.id() + " is " + draft.status() + "; only a DRAFT can be edited"));
    }

    private static DomainException wrongStatus(PolicyDraft draft, DraftStatus needed) {
        return DomainException.conflict("status", Bilingual.of(
                "Draf " + draft.id() + " berstatus " + draft.status() + ", seharusnya " + needed,
                "Draft " + draft.id() + " is " + draft.status() + ", expected " + needed));
    }
}
