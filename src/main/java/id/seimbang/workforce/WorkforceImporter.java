package id.seimbang.workforce;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditTrail;
import id.seimbang.system.ClusterSync;
import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.Clocks;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.WorkforceRepository.SanctionRow;
import id.seimbang.workforce.WorkforceRepository.SkpRow;

/**
 * Imports a CSV bundle all-or-nothing: every row is validated first and one bad row rejects the whole
 * bundle (HTTP 422 listing every bad row); a valid bundle is upserted by natural key in one transaction,
 * then the in-memory snapshot is replaced and {@link WorkforceChanged} published. The audit record of an import
 * (and of a surge recorded or withdrawn) is written in that transaction ({@link AuditTrail#appendInTransaction}):
 * a failed append writes no row, and no committed change lacks its record.
 */
@Service
public class WorkforceImporter {

    private static final Logger log = LoggerFactory.getLogger(WorkforceImporter.class);

    private final WorkforceRepository repository;
    private final WorkforceService service;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterSync cluster;
    private final AuditTrail audit;

    WorkforceImporter(WorkforceRepository repository, WorkforceService service, PlatformTransactionManager transactions,
            ApplicationEventPublisher events, Clock clock, ClusterSync cluster, AuditTrail audit) {
        this.cluster = cluster;
        this.audit = audit;
        this.repository = repository;
        this.service = service;
        this.transactions = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /** The caller of the audit record of an import from the command line ({@link ImportCommand}). */
    static final String COMMAND_LINE = "command-line";
    /** The caller of the audit record of the sample province loaded at start-up ({@link SampleProvinceLoader}). */
    static final String SAMPLE_PROVINCE = "sample-province";

    /**
     * An import by {@code caller}, with its audit record (kind IMPORT, subject {@code import}, the report) written in
     * the import's own transaction: the rows and the record are committed together or not at all. Every import has
     * one: the API's by the signed-in user, the command line's by {@value #COMMAND_LINE}, the sample province's by
     * {@value #SAMPLE_PROVINCE}.
     *
     * @param caller who imports
     * @throws DomainException 400 for an empty bundle, 422 listing every bad row
     */
    public synchronized ImportReport importBundle(CsvBundle bundle, String caller) {
        Objects.requireNonNull(caller, "caller");
        if (bundle.isEmpty()) {
            throw DomainException.badRequest("bundle", Bilingual.of(
                    "Tidak ada berkas CSV yang dikenal (kabupaten.csv, units.csv, employees.csv, …)",
                    "No known CSV file (kabupaten.csv, units.csv, employees.csv, …)"));
        }
        long started = System.nanoTime();
        ImportReport report = transactions.execute(status -> {
            // Compared with the stored rows inside the transaction, so the counts are exact.
            Workforce stored = repository.load();
            long loaded = System.nanoTime();
            BundleValidator.Result result = BundleValidator.validate(bundle, stored, Clocks.todayInJakarta(clock));
            long validated = System.nanoTime();
            if (!result.problems().isEmpty()) {
                throw rejected(result.problems());
            }
            ImportReport written = write(result.parsed(), stored, started, bundle);
            repository.nextGeneration(); // committed with the rows: every instance reloads (WorkforceService.check)
            log.info("Import phases: read stored {} ms, validate {} ms, write {} ms", (loaded - started) / 1_000_000,
                    (validated - loaded) / 1_000_000, (System.nanoTime() - validated) / 1_000_000);
            // Last, right before the commit: it holds the audit chain lock until then (AuditTrail).
            audit.appendInTransaction(AuditKind.IMPORT, caller, null, "import", written);
            return written;
        });
        long committed = System.nanoTime();
        Workforce current = service.reload();
        cluster.announce("workforce");
        log.info("Workforce import: {} (snapshot reloaded in {} ms)", report.describe().replace('\n', ' '),
                (System.nanoTime() - committed) / 1_000_000);
        events.publishEvent(new WorkforceChanged(current, report));
        return report;
    }

    /**
     * Writes one checked surge (insert, or update of the one with its key), like an import of one surges.csv row, and
     * its audit record (kind IMPORT, subject {@code surge}, the surge) in the same transaction.
     */
    synchronized ImportReport recordSurge(Surge surge, String caller) {
        long started = System.nanoTime();
        ImportReport report = transactions.execute(status -> {
            boolean known = repository.hasSurge(surge);
            repository.upsertSurges(known ? List.of() : List.of(surge), known ? List.of(surge) : List.of());
            repository.nextGeneration();
            // Who changed the facts later decisions rest on; last, as it holds the chain lock until the commit.
            audit.appendInTransaction(AuditKind.IMPORT, caller, null, "surge", surge);
            Map<String, ImportReport.Counts> counts = new LinkedHashMap<>();
            counts.put(CsvKind.SURGES.key(), new ImportReport.Counts(known ? 0 : 1, known ? 1 : 0, 0));
            return new ImportReport(counts, (System.nanoTime() - started) / 1_000_000);
        });
        Workforce current = service.reload();
        cluster.announce("workforce");
        log.info("Surge recorded: {}", surge.key());
        events.publishEvent(new WorkforceChanged(current, report));
        return report;
    }

    /**
     * Deletes a recorded surge, as one transaction with its audit record (kind IMPORT, subject
     * {@code surge-withdrawn}, the surge as it was), a new snapshot and a {@link WorkforceChanged} event like
     * {@link #recordSurge}; false when no surge with its key was stored (nothing changes and nothing is recorded then).
     */
    synchronized boolean withdrawSurge(Surge surge, String caller) {
        long started = System.nanoTime();
        ImportReport report = transactions.execute(status -> {
            if (!repository.deleteSurge(surge)) {
                return null;
            }
            repository.nextGeneration();
            audit.appendInTransaction(AuditKind.IMPORT, caller, null, "surge-withdrawn", surge);
            return new ImportReport(new LinkedHashMap<>(), (System.nanoTime() - started) / 1_000_000);
        });
        if (report == null) {
            return false;
        }
        Workforce current = service.reload();
        cluster.announce("workforce");
        log.info("Surge withdrawn: {}", surge.key());
        events.publishEvent(new WorkforceChanged(current, report));
        return true;
    }

    static DomainException rejected(List<FieldProblem> problems) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, Bilingual.of(
                problems.size() + " masalah: tidak ada data yang disimpan",
                problems.size() + " problems: nothing was written"), problems);
    }

    private ImportReport write(BundleValidator.Parsed p, Workforce stored, long started, CsvBundle bundle) {
        Map<String, ImportReport.Counts> counts = new LinkedHashMap<>();
        counts.put(CsvKind.KABUPATEN.key(), upsert(p.kabupaten(), Kabupaten::code, c -> stored.kabupaten(c).orElse(null),
                repository::upsertKabupaten));
        counts.put(CsvKind.INSTANSI.key(), upsert(p.instansi(), Instansi::code, c -> stored.instansi(c).orElse(null),
                repository::upsertInstansi));
        counts.put(CsvKind.UNITS.key(), upsert(p.units(), Unit::code, c -> stored.unit(c).orElse(null),
                repository::upsertUnits));
        counts.put(CsvKind.POSITIONS.key(), upsert(p.positions(), Position::code, c -> stored.position(c).orElse(null),
                repository::upsertPositions));
        counts.put(CsvKind.FORMATION.key(), upsert(p.cells(), FormationCell::key, c -> stored.cell(c).orElse(null),
                repository::upsertCells));
        // SKP and sanctions live in their own files, so an employee row is compared without them.
        counts.put(CsvKind.EMPLOYEES.key(), upsert(p.employees(), Employee::nip,
                nip -> stored.employee(nip).map(WorkforceImporter::withoutHistory).orElse(null),
                (inserts, updates) -> {
                    repository.upsertEmployees(inserts, updates);
                    // The placement history (V20): the employees new here, and the changed ones now in another
                    // cell than stored, are placed from today.
                    repository.recordPlacements(inserts, updates.stream()
                            .filter(e -> !stored.employee(e.nip()).orElseThrow().cell().equals(e.cell())).toList(),
                            Clocks.todayInJakarta(clock));
                }));
        counts.put(CsvKind.SKP.key(), upsert(p.skp(), r -> r.nip() + "/" + r.appraisal().year(),
                key -> storedSkp(stored, key), repository::upsertSkp));
        counts.put(CsvKind.SANCTIONS.key(), upsert(p.sanctions(),
                r -> r.nip() + "/" + r.sanction().from() + "/" + r.sanction().level(),
                key -> storedSanction(stored, key), repository::upsertSanctions));
        counts.put(CsvKind.REQUESTS.key(), upsert(p.requests(), r -> r.nip() + "/" + r.unitCode() + "/" + r.date(),
                key -> storedRequest(stored, key), repository::upsertRequests));
        // A period of another date is a new row: the older periods stay (workload history).
        counts.put(CsvKind.ABK_PERIODS.key(), upsert(p.periods(), r -> r.key() + "/" + r.effectiveFrom(),
                key -> storedPeriod(stored, key), repository::upsertPeriods));
        Map<String, Surge> storedSurges = new java.util.HashMap<>();
        stored.surges().forEach(s -> storedSurges.put(s.key(), s));
        ImportReport.Counts surges = upsert(p.surges(), Surge::key, storedSurges::get, repository::upsertSurges);
        // Rows with action=withdraw: the validator found each one stored, in this transaction; another instance may
        // still have withdrawn it since, and then the whole import is refused.
        for (Surge withdrawn : p.withdrawnSurges()) {
            if (!repository.deleteSurge(withdrawn)) {
                throw new DomainException(DomainException.Kind.CONFLICT, Bilingual.of(
                        "Beban kerja sementara " + withdrawn.key() + " baru saja ditarik; tidak ada data yang disimpan",
                        "The temporary workload " + withdrawn.key() + " was just withdrawn; nothing was written"),
                        List.of(FieldProblem.of(CsvKind.SURGES.fileName(), Bilingual.of("Ditarik bersamaan",
                                "Withdrawn at the same time"))));
            }
        }
        counts.put(CsvKind.SURGES.key(), p.withdrawnSurges().isEmpty() ? surges : new ImportReport.Counts(
                surges.inserted(), surges.updated(), surges.unchanged(), p.withdrawnSurges().size()));
        // Report only the kinds the bundle contained.
        counts.keySet().removeIf(kind -> !bundle.files().containsKey(CsvKind.byKey(kind).orElseThrow()));
        return new ImportReport(counts, (System.nanoTime() - started) / 1_000_000);
    }

    private interface Writer<T> {
        void write(List<T> inserts, List<T> updates);
    }

    private static <T, K> ImportReport.Counts upsert(List<T> rows, Function<T, K> key, Function<K, T> stored,
            Writer<T> writer) {
        List<T> inserts = new ArrayList<>();
        List<T> updates = new ArrayList<>();
        int unchanged = 0;
        for (T row : rows) {
            T before = stored.apply(key.apply(row));
            if (before == null) {
                inserts.add(row);
            } else if (before.equals(row)) {
                unchanged++;
            } else {
                updates.add(row);
            }
        }
        writer.write(inserts, updates);
        return new ImportReport.Counts(inserts.size(), updates.size(), unchanged);
    }

    private static Employee withoutHistory(Employee e) {
        return new Employee(e.nip(), e.name(), e.status(), e.golongan(), e.unitCode(), e.positionCode(),
                e.positionTmt(), e.cpnsTmt(), e.birthDate(), e.sex(), e.educationLevel(), e.educationField(),
                e.competencies(), List.of(), List.of(), e.legalProcess(), e.studyLeaveFrom(), e.studyLeaveUntil(),
                e.serviceBondFrom(), e.serviceBondUntil(),
                e.homeKabupatenCode(), e.homeLatitude(), e.homeLongitude(), e.homeIsland(), e.spouseKabupatenCode(),
                e.healthReason(), e.talentBox());
    }

    private static SkpRow storedSkp(Workforce stored, String key) {
        String[] parts = key.split("/");
        return stored.employee(parts[0]).flatMap(e -> e.skpFor(Integer.parseInt(parts[1])))
                .map(a -> new SkpRow(parts[0], a)).orElse(null);
    }

    private static SanctionRow storedSanction(Workforce stored, String key) {
        String[] parts = key.split("/");
        return stored.employee(parts[0]).flatMap(e -> e.sanctions().stream()
                .filter(s -> s.from().toString().equals(parts[1]) && s.level().name().equals(parts[2])).findFirst())
                .map(s -> new SanctionRow(parts[0], s)).orElse(null);
    }

    private static WorkloadPeriod storedPeriod(Workforce stored, String key) {
        int cut = key.lastIndexOf('/');
        String[] cell = key.substring(0, cut).split("/");
        String from = key.substring(cut + 1);
        return stored.periodsOf(new CellKey(cell[0], cell[1])).stream()
                .filter(p -> p.effectiveFrom().toString().equals(from)).findFirst().orElse(null);
    }

    private static TransferRequest storedRequest(Workforce stored, String key) {
        String[] parts = key.split("/");
        return stored.requestsOf(parts[0]).stream()
                .filter(r -> r.unitCode().equals(parts[1]) && Objects.equals(r.date().toString(), parts[2]))
                .findFirst().orElse(null);
    }
}
