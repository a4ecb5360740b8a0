package id.seimbang.temporary;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import id.seimbang.balance.WorkloadModels;
import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.TemporaryEligibility;
import id.seimbang.eligibility.TemporaryFacts;
import id.seimbang.placement.TemporaryFit;
import id.seimbang.placement.TemporaryFitEvaluator;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * Evaluates one temporary assignment (issue 20 point 2) on the active policy and the current workforce: the
 * temporary-assignment rules (who may be assigned, the home-cell floor) and the fit table (by competency and kind
 * of work). Java gathers the facts; the rules and the table decide. Nothing is recorded: like an eligibility check,
 * it is an evaluation.
 *
 * <p>The home cell's staff during the assignment is its staff now less this employee and less the most other
 * running assignments ({@link RunningAssignments}) away from it on one day of the period.
 */
@Service
class TemporaryAssignmentService {

    private final EligibilityService eligibility;
    private final ActivePolicy policy;
    private final WorkforceService workforce;
    private final WorkloadModels models;
    private final RunningAssignments running;

    TemporaryAssignmentService(EligibilityService eligibility, ActivePolicy policy, WorkforceService workforce,
            WorkloadModels models, RunningAssignments running) {
        this.eligibility = eligibility;
        this.policy = policy;
        this.workforce = workforce;
        this.models = models;
        this.running = running;
    }

    /**
     * 400 naming each bad field (NIP, target unit, kind of work or a date missing; until before from; the target is
     * the home unit or inactive); 404 for an unknown employee or target unit; 422 when the active policy has no
     * temporary-assignment rules or table.
     */
    public TemporaryAssignmentEvaluation evaluate(TemporaryAssignmentRequest request) {
        Workforce data = workforce.current();
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null || request.nip() == null || request.nip().isBlank()) {
            problems.add(FieldProblem.of("nip", Bilingual.of("NIP wajib diisi", "The NIP is required")));
        }
        if (request == null || request.targetUnitCode() == null || request.targetUnitCode().isBlank()) {
            problems.add(FieldProblem.of("targetUnitCode", Bilingual.of("Unit tujuan wajib diisi",
                    "The target unit is required")));
        }
        if (request == null || request.work() == null) {
            problems.add(FieldProblem.of("work", Bilingual.of("Jenis penugasan wajib diisi (VAKSINASI, "
                    + "PELAYANAN_KESEHATAN, PELAYANAN_KEPENDUDUKAN, PEMBELAJARAN, ADMINISTRASI)", "The kind of work is "
                    + "required (VAKSINASI, PELAYANAN_KESEHATAN, PELAYANAN_KEPENDUDUKAN, PEMBELAJARAN, ADMINISTRASI)")));
        }
        if (request == null || request.from() == null) {
            problems.add(FieldProblem.of("from", Bilingual.of("Tanggal mulai wajib diisi (YYYY-MM-DD)",
                    "The first day is required (YYYY-MM-DD)")));
        }
        if (request == null || request.until() == null) {
            problems.add(FieldProblem.of("until", Bilingual.of("Tanggal akhir wajib diisi (YYYY-MM-DD)",
                    "The last day is required (YYYY-MM-DD)")));
        } else if (request.from() != null && request.until().isBefore(request.from())) {
            problems.add(FieldProblem.of("until", Bilingual.of("Tanggal akhir " + request.until()
                    + " sebelum tanggal mulai " + request.from(), "The last day " + request.until()
                    + " is before the first day " + request.from())));
        }
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        Employee employee = data.employee(request.nip().strip())
                .orElseThrow(() -> DomainException.notFound("nip", request.nip().strip()));
        Unit target = data.unit(request.targetUnitCode().strip())
                .orElseThrow(() -> DomainException.notFound("targetUnitCode", request.targetUnitCode().strip()));
        if (target.code().equals(employee.unitCode())) {
            throw invalid(List.of(FieldProblem.of("targetUnitCode", Bilingual.of("Unit tujuan " + target.code()
                    + " adalah unit asal pegawai", "The target unit " + target.code() + " is the employee's home unit"))));
        }
        if (!target.active()) {
            throw invalid(List.of(FieldProblem.of("targetUnitCode", Bilingual.of("Unit tujuan " + target.code()
                    + " tidak aktif", "The target unit " + target.code() + " is not active"))));
        }
        PolicySnapshot snapshot = policy.current();
        // the home cell's need from the workload in force on the first day (ABK period and surges, issue 20)
        FormationCell home = data.asOf(request.from()).cell(employee.cell()).orElse(null);
        int staff = data.staffOf(employee.cell()).size();
        double need = home == null ? 0 : models.current().need(home.workloadHours());
        int away = RunningAssignment.mostAwayOnOneDay(running.during(request.from(), request.until()), employee.cell(),
                request.from(), request.until(), r -> !r.nip().equals(employee.nip()));
        int staffDuring = staff - 1 - away;
        TemporaryFacts facts = TemporaryFacts.of(employee, request.from(), request.until(), staff, staffDuring, need);
        TemporaryEligibility rules = eligibility.evaluateTemporary(snapshot, facts);
        Position position = data.position(employee.positionCode()).orElse(null);
        if (position == null) {
            throw DomainException.conflict("nip", Bilingual.of("Jabatan " + employee.positionCode() + " pegawai tidak "
                    + "ada di data", "The employee's position " + employee.positionCode() + " is not in the data"));
        }
        TemporaryFit fit = TemporaryFitEvaluator.of(snapshot).evaluate(request.work(), employee.competencies(),
                position.jobFamily());
        double share = snapshot.parameters().temporaryHomeMinShare();
        return new TemporaryAssignmentEvaluation(employee.nip(), employee.name(), request.work(), request.from(),
                request.until(), target.code(), target.name(), snapshot.version(), rules.allowed() && !fit.excluded(),
                rules.outcomes(), fit.fitLevel(), fit.excluded(), fit.penalty(), fit.matchedRows(),
                new TemporaryAssignmentEvaluation.HomeCell(employee.unitCode(), employee.positionCode(), staff,
                        away, staffDuring, need, share, share * need));
    }

    private static DomainException invalid(List<FieldProblem> problems) {
        return new DomainException(DomainException.Kind.INVALID_INPUT,
                Bilingual.of("Penugasan sementara tidak valid", "Invalid temporary assignment"), problems);
    }
}
