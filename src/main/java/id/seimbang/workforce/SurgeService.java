package id.seimbang.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;

/**
 * Records a temporary workload (surge or campaign) given through the API, checked like a row of surges.csv; the
 * write goes through {@link WorkforceImporter#recordSurge} so that it is one transaction with its audit record, a
 * new snapshot and a {@link WorkforceChanged} event, as for an import.
 */
@Service
public class SurgeService {

    /** Who records and withdraws temporary workloads (also the URL rule of {@code AccessRules}). */
    static final String RECORD = "hasAnyRole('DATA_STEWARD', 'PLANNER')";
    static final int MAX_REASON = 500;
    static final Bilingual TARGET_PROBLEM = Bilingual.of("Isi tepat satu dari position_code atau job_family",
            "Give exactly one of position_code or job_family");
    static final Bilingual REASON_TOO_LONG = Bilingual.of("Alasan paling panjang " + MAX_REASON + " karakter",
            "The reason has at most " + MAX_REASON + " characters");

    static Bilingual unknownFamily(String family) {
        return Bilingual.of("Rumpun jabatan '" + family + "' tidak dikenal", "Unknown job family '" + family + "'");
    }

    private final WorkforceService workforce;
    private final WorkforceImporter importer;

    SurgeService(WorkforceService workforce, WorkforceImporter importer) {
        this.workforce = workforce;
        this.importer = importer;
    }

    /**
     * Records the surge and, in the same transaction, its audit record under {@code caller}'s name.
     *
     * @throws DomainException 422 listing every problem of the surge; nothing is written then
     */
    ImportReport record(Surge surge, String caller) {
        List<FieldProblem> problems = problems(surge, workforce.current());
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, Bilingual.of(
                    "Beban kerja sementara tidak disimpan", "The temporary workload was not recorded"), problems);
        }
        return importer.recordSurge(surge, caller);
    }

    /**
     * Withdraws the recorded surge of the unit with this target (exactly one of positionCode and jobFamily) and first
     * day: balance, decisions and plans no longer include it. The withdrawal and its audit record (kind IMPORT, subject
     * {@code surge-withdrawn}, under {@code caller}'s name) are one transaction. Returns the surge as it was recorded.
     *
     * @throws DomainException 400 when the target is not exactly one of positionCode and jobFamily or a field is
     *                         missing; 404 when no such surge is recorded
     */
    @PreAuthorize(RECORD)
    public Surge withdraw(String unitCode, String positionCode, String jobFamily, LocalDate from, String caller) {
        List<FieldProblem> problems = new ArrayList<>();
        if (unitCode == null || unitCode.isBlank()) {
            problems.add(FieldProblem.of("unitCode", Bilingual.of("Wajib diisi", "Required")));
        }
        if ((positionCode == null) == (jobFamily == null)) {
            problems.add(FieldProblem.of("positionCode", TARGET_PROBLEM));
        }
        if (from == null) {
            problems.add(FieldProblem.of("from", Bilingual.of("Wajib diisi", "Required")));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, Bilingual.of(
                    "Beban kerja sementara tidak dapat dikenali", "The temporary workload cannot be identified"),
                    problems);
        }
        String key = Surge.key(unitCode, positionCode, jobFamily, from);
        Surge recorded = workforce.current().surge(key)
                .orElseThrow(() -> DomainException.notFound("surge", key));
        if (!importer.withdrawSurge(recorded, caller)) {
            // withdrawn meanwhile by someone else
            throw DomainException.notFound("surge", key);
        }
        return recorded;
    }

    /** What is wrong with a surge against the facts (field names as in the API body). */
    static List<FieldProblem> problems(Surge s, Workforce w) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.unitCode() == null || w.unit(s.unitCode()).isEmpty()) {
            problems.add(FieldProblem.of("unitCode", Bilingual.of("Kode unit '" + s.unitCode() + "' tidak dikenal",
                    "Unknown unit code '" + s.unitCode() + "'")));
        }
        if ((s.positionCode() == null) == (s.jobFamily() == null)) {
            problems.add(FieldProblem.of("positionCode", TARGET_PROBLEM));
        } else if (problems.isEmpty() && w.surgeCells(s).isEmpty()) {
            problems.add(s.positionCode() != null
                    ? FieldProblem.of("positionCode", Bilingual.of("Jabatan " + s.positionCode()
                            + " tidak ada dalam formasi unit " + s.unitCode(), "Position " + s.positionCode()
                            + " is not in the formation of unit " + s.unitCode()))
                    : FieldProblem.of("jobFamily", Bilingual.of("Unit " + s.unitCode()
                            + " tidak punya sel formasi rumpun jabatan '" + s.jobFamily() + "'", "Unit "
                            + s.unitCode() + " has no formation cell of job family '" + s.jobFamily() + "'")));
        }
        if (s.extraHours() < 1) {
            problems.add(FieldProblem.of("extraHours", Bilingual.of("Jam tambahan minimal 1",
                    "Extra hours must be at least 1")));
        }
        if (s.from() == null) {
            problems.add(FieldProblem.of("from", Bilingual.of("Wajib diisi", "Required")));
        }
        if (s.until() == null) {
            problems.add(FieldProblem.of("until", Bilingual.of("Wajib diisi", "Required")));
        }
        if (s.from() != null && s.until() != null && s.until().isBefore(s.from())) {
            problems.add(FieldProblem.of("until", Bilingual.of("Tanggal akhir " + s.until()
                    + " sebelum tanggal mulai " + s.from(), "End date " + s.until() + " is before start date "
                            + s.from())));
        }
        if (s.reason() == null || s.reason().isBlank()) {
            problems.add(FieldProblem.of("reason", Bilingual.of("Wajib diisi", "Required")));
        } else if (s.reason().length() > MAX_REASON) {
            problems.add(FieldProblem.of("reason", REASON_TOO_LONG));
        }
        return problems;
    }
}
