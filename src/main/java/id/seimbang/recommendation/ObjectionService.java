package id.seimbang.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditRecord;
import id.seimbang.audit.AuditTrail;
import id.seimbang.system.Bilingual;
import id.seimbang.system.Clocks;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.WorkforceService;

/**
 * Objections (keberatan) to recorded decisions, issue 19 point 3: a PLANNER or POLICY_OFFICER records one as the
 * employee sent it; a POLICY_APPROVER who did not record it resolves it (four eyes). Each step is an audit record
 * (kinds OBJECTION and OBJECTION_RESOLUTION) in the same hash chain as the decisions; the table
 * {@code decision_objection} holds the searchable state.
 *
 * <p>A step's row change and its audit record's id are committed together; the audit record itself commits in its
 * own transaction first (see {@link AuditTrail}). When the row change then fails, the audit record stays, as an
 * attempt, like any record whose caller failed later. A REPLACED resolution records the new decision before its
 * resolution record; if the resolution fails after that, the new decision stays in the trail, unlinked.
 */
@Service
class ObjectionService {

    // The same roles as the URL rules (security.AccessRules), checked again here.
    static final String RECORD = "hasAnyRole('PLANNER', 'POLICY_OFFICER')";
    static final String RESOLVE = "hasRole('POLICY_APPROVER')";
    static final String READ = "hasAnyRole('PLANNER', 'POLICY_OFFICER', 'POLICY_APPROVER', 'AUDITOR')";

    static final int MAX_TEXT = 4000;
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_SEARCH_LIMIT = 1000;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final DecisionService decisions;
    private final ObjectionStore store;
    private final AuditTrail audit;
    private final WorkforceService workforce;
    private final ObjectionProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ObjectionService(DecisionService decisions, ObjectionStore store, AuditTrail audit, WorkforceService workforce,
            ObjectionProperties properties, PlatformTransactionManager transactions,
            Clock clock) {
        this.decisions = decisions;
        this.store = store;
        this.audit = audit;
        this.workforce = workforce;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What the OBJECTION audit record holds. */
    record Recorded(String objectionId, String decisionId, String decisionHash, String nip, String text,
            LocalDate receivedOn, LocalDate dueOn, int daysToResolve, List<String> attachments) {
    }

    /** What the OBJECTION_RESOLUTION audit record holds. */
    record Resolved(String objectionId, String decisionId, String objectionRecord, String recordedBy,
            ObjectionStatus outcome, String reasons, String replacementDecisionId, String replacementHash) {
    }

    /**
     * Records an objection to decision {@code decisionId}: 404 for an unknown decision, 400 naming each bad field
     * (text empty or longer than {@value #MAX_TEXT}, date missing, in the future or before the decision, an
     * attachment hash that is not 64 hex characters, more than {@value #MAX_ATTACHMENTS} or repeated).
     */
    @PreAuthorize(RECORD)
    public Objection record(String decisionId, ObjectionRequest request, String who) {
        DecisionRecord decision = decisions.find(decisionId);
        LocalDate today = Clocks.todayInJakarta(clock);
        List<FieldProblem> problems = new ArrayList<>();
        String text = request == null || request.text() == null ? null : request.text().strip();
        if (text == null || text.isEmpty()) {
            problems.add(FieldProblem.of("text", Bilingual.of("Isi keberatan wajib diisi",
                    "The objection's text is required")));
        } else if (text.length() > MAX_TEXT) {
            problems.add(FieldProblem.of("text", Bilingual.of("Isi keberatan paling banyak " + MAX_TEXT
                    + " karakter; diterima " + text.length(), "The objection's text has at most " + MAX_TEXT
                    + " characters; got " + text.length())));
        }
        LocalDate receivedOn = request == null ? null : request.receivedOn();
        LocalDate decidedOn = decision.decidedAt().atZone(Clocks.JAKARTA).toLocalDate();
        if (receivedOn == null) {
            problems.add(FieldProblem.of("receivedOn", Bilingual.of("Tanggal diterima wajib diisi (YYYY-MM-DD)",
                    "The date received is required (YYYY-MM-DD)")));
        } else if (receivedOn.isAfter(today)) {
            problems.add(FieldProblem.of("receivedOn", Bilingual.of("Tanggal diterima " + receivedOn
                    + " ada di masa depan (hari ini " + today + ", WIB)", "The date received " + receivedOn
                    + " is in the future (today is " + today + ", Asia/Jakarta)")));
        } else if (receivedOn.isBefore(decidedOn)) {
            problems.add(FieldProblem.of("receivedOn", Bilingual.of("Tanggal diterima " + receivedOn
                    + " mendahului keputusan (" + decidedOn + ")", "The date received " + receivedOn
                    + " is before the decision (" + decidedOn + ")")));
        }
        List<String> attachments = new ArrayList<>();
        List<String> given = request == null || request.attachments() == null ? List.of() : request.attachments();
        if (given.size() > MAX_ATTACHMENTS) {
            problems.add(FieldProblem.of("attachments", Bilingual.of("Paling banyak " + MAX_ATTACHMENTS
                    + " lampiran; diterima " + given.size(), "At most " + MAX_ATTACHMENTS + " attachments; got "
                    + given.size())));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < given.size(); i++) {
                String hash = given.get(i);
                if (hash == null || !SHA256_HEX.matcher(hash).matches()) {
                    problems.add(FieldProblem.of("attachments[" + i + "]", Bilingual.of(
                            "Bukan hash SHA-256 (64 karakter heksadesimal)",
                            "Not a SHA-256 hash (64 hexadecimal characters)")));
                } else if (!seen.add(hash.toLowerCase(Locale.ROOT))) {
                    problems.add(FieldProblem.of("attachments[" + i + "]", Bilingual.of("Lampiran yang sama dua kali",
                            "The same attachment twice")));
                } else {
                    attachments.add(hash.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT,
                    Bilingual.of("Keberatan tidak valid", "Invalid objection"), problems);
        }
        String id = UUID.randomUUID().toString();
        String nip = decision.inputs().employee().nip();
        LocalDate dueOn = receivedOn.plusDays(properties.daysToResolve());
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            store.insert(id, decisionId, nip, text, receivedOn, dueOn, attachments, who, now);
            AuditRecord record = audit.append(AuditKind.OBJECTION, who, decision.policyVersion(), nip,
                    new Recorded(id, decisionId, decision.hash(), nip, text, receivedOn, dueOn,
                            properties.daysToResolve(), attachments));
            store.setRecordAuditId(id, record.id());
        });
        return find(id);
    }

    /**
     * Resolves an open objection. 404 for an unknown objection, 400 without an outcome or reasons, 403 when the
     * resolver recorded it (four eyes), 409 when it is already resolved. REPLACED makes a new decision for the same
     * employee, scope and number of moves, as of today, on the current workforce facts and the active policy, and
     * links it; 409 when the employee is no longer in the workforce.
     */
    @PreAuthorize(RESOLVE)
    public Objection resolve(String objectionId, ResolutionRequest request, String who) {
        ObjectionStore.Row row = store.find(objectionId)
                .orElseThrow(() -> DomainException.notFound("objectionId", objectionId));
        List<FieldProblem> problems = new ArrayList<>();
        ObjectionStatus outcome = request == null ? null : request.outcome();
        if (outcome == null || outcome == ObjectionStatus.OPEN) {
            problems.add(FieldProblem.of("outcome", Bilingual.of("Pilih UPHELD, REJECTED atau REPLACED",
                    "Choose UPHELD, REJECTED or REPLACED")));
        }
        String reasons = request == null || request.reasons() == null ? null : request.reasons().strip();
        if (reasons == null || reasons.isEmpty()) {
            problems.add(FieldProblem.of("reasons", Bilingual.of("Alasan wajib diisi", "Reasons are required")));
        } else if (reasons.length() > MAX_TEXT) {
            problems.add(FieldProblem.of("reasons", Bilingual.of("Alasan paling banyak " + MAX_TEXT + " karakter",
                    "Reasons have at most " + MAX_TEXT + " characters")));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT,
                    Bilingual.of("Penyelesaian tidak valid", "Invalid resolution"), problems);
        }
        if (who.equals(row.recordedBy())) {
            throw new DomainException(DomainException.Kind.NOT_PERMITTED,
                    Bilingual.of("Prinsip empat mata", "Four-eyes principle"), List.of(FieldProblem.of("resolver",
                            Bilingual.of("Anda mencatat keberatan " + objectionId + ", jadi tidak boleh "
                                    + "menyelesaikannya; minta rekan lain", "You recorded objection " + objectionId
                                    + ", so you cannot resolve it; ask another approver"))));
        }
        if (row.status() != ObjectionStatus.OPEN) {
            throw alreadyResolved(row);
        }
        DecisionRecord decision = decisions.find(row.decisionId());
        if (outcome == ObjectionStatus.REPLACED && workforce.current().employee(row.nip()).isEmpty()) {
            throw DomainException.conflict("outcome", Bilingual.of("Pegawai " + row.nip()
                    + " tidak ada di data pegawai saat ini; keputusan baru tidak dapat dibuat", "Employee "
                    + row.nip() + " is not in the current workforce data; no new decision can be made"));
        }
        transaction.executeWithoutResult(status -> {
            // The conditional update holds the row until commit: a second resolution waits, then finds it resolved.
            if (!store.resolve(objectionId, outcome, reasons, who, clock.instant())) {
                throw alreadyResolved(store.find(objectionId).orElseThrow());
            }
            String replacementId = null;
            String replacementHash = null;
            String policyVersion = decision.policyVersion();
            if (outcome == ObjectionStatus.REPLACED) {
                DecisionView replacement = decisions.decide(new DecisionRequest(row.nip(), null, null, null, null,
                        null, decision.inputs().scope(), decision.inputs().limit()), who);
                replacementId = replacement.decisionId();
                replacementHash = replacement.hash();
                policyVersion = decisions.find(replacementId).policyVersion();
            }
            AuditRecord record = audit.append(AuditKind.OBJECTION_RESOLUTION, who, policyVersion, row.nip(),
                    new Resolved(objectionId, row.decisionId(), row.recordAuditId(), row.recordedBy(), outcome,
                            reasons, replacementId, replacementHash));
            store.setResolutionLinks(objectionId, replacementId, record.id());
        });
        return find(objectionId);
    }

    private static DomainException alreadyResolved(ObjectionStore.Row row) {
        return DomainException.conflict("objectionId", Bilingual.of("Keberatan " + row.id() + " sudah diselesaikan ("
                + row.status() + ") oleh " + row.resolvedBy(), "Objection " + row.id() + " is already resolved ("
                + row.status() + ") by " + row.resolvedBy()));
    }

    @PreAuthorize(READ)
    public Objection find(String objectionId) {
        return view(store.find(objectionId).orElseThrow(() -> DomainException.notFound("objectionId", objectionId)),
                Clocks.todayInJakarta(clock));
    }

    /** The objections to one decision, oldest received first; 404 for an unknown decision. */
    @PreAuthorize(READ)
    public List<Objection> ofDecision(String decisionId) {
        decisions.find(decisionId);
        LocalDate today = Clocks.todayInJakarta(clock);
        return store.ofDecision(decisionId).stream().map(r -> view(r, today)).toList();
    }

    /**
     * Objections oldest received first.
     *
     * @param status        only this status, or null for all
     * @param olderThanDays only objections received more than this many days before today, or null
     * @param overdue       true: only open objections past their due date
     */
    @PreAuthorize(READ)
    public List<Objection> search(ObjectionStatus status, Integer olderThanDays, boolean overdue, int limit) {
        if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
            throw DomainException.badRequest("limit", Bilingual.of("Antara 1 dan " + MAX_SEARCH_LIMIT,
                    "Between 1 and " + MAX_SEARCH_LIMIT));
        }
        if (olderThanDays != null && olderThanDays < 0) {
            throw DomainException.badRequest("olderThanDays", Bilingual.of("Tidak boleh negatif",
                    "Must not be negative"));
        }
        if (overdue && status != null && status != ObjectionStatus.OPEN) {
            throw DomainException.badRequest("overdue", Bilingual.of("Hanya keberatan terbuka (OPEN) yang dapat "
                    + "terlambat", "Only open (OPEN) objections can be overdue"));
        }
        LocalDate today = Clocks.todayInJakarta(clock);
        return store.search(overdue ? ObjectionStatus.OPEN : status,
                olderThanDays == null ? null : today.minusDays(olderThanDays), overdue ? today : null, limit)
                .stream().map(r -> view(r, today)).toList();
    }

    /** The configured days to resolve, for pages and documentation. */
    public int daysToResolve() {
        return properties.daysToResolve();
    }

    private static Objection view(ObjectionStore.Row r, LocalDate today) {
        Objection.Resolution resolution = r.status() == ObjectionStatus.OPEN ? null
                : new Objection.Resolution(r.status(), r.reasons(), r.resolvedBy(), r.resolvedAt(),
                        r.replacementDecisionId(), r.resolutionAuditId());
        return new Objection(r.id(), r.decisionId(), r.nip(), r.text(), r.receivedOn(), r.dueOn(), r.attachments(),
                r.recordedBy(), r.recordedAt(), r.recordAuditId(), r.status(),
                ChronoUnit.DAYS.between(r.receivedOn(), today),
                r.status() == ObjectionStatus.OPEN && today.isAfter(r.dueOn()), resolution);
    }
}
