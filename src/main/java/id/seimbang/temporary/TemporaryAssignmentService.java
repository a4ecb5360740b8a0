package id.seimbang.temporary;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import id.seimbang.balance.WorkloadModels;
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
 * of work), judged by {@link TemporaryAssignmentJudge}. Java gathers the facts; the rules and the table decide.
 * Nothing is recorded: like an eligibility check, it is an evaluation.
 *
 * <p>The home cell's staff during the assignment is its staff now less this employee and less the most other
 * running assignments ({@link RunningAssignments}) away from it on one day of the period.
 */
@Service
class TemporaryAssignmentService {

    private final TemporaryAssignmentJudge judge;
    private final ActivePolicy policy;
    private final WorkforceService workforce;
    private final WorkloadModels models;
    private final RunningAssignments running;

    TemporaryAssignmentService(TemporaryAssignmentJudge judge, ActivePolicy policy, WorkforceService workforce,
            WorkloadModels models, RunningAssignments running) {
        this.judge = judge;
        this.policy = policy;
        this.workforce = workforce;
        this.models = models;
        this.running = running;
    }

    /**
     * 400 naming each bad field (NIP, target unit, kind of work or a date missing; until before from; a period longer
     * than {@link TemporaryTerms#MAX_DAYS}; the target is the home unit or inactive); 404 for an unknown employee or
     * target unit; 422 when the active policy has no temporary-assignment rules or table.
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
        problems.addAll(request == null ? TemporaryTerms.problems("", null, null, null)
                : TemporaryTerms.problems("", request.work(), request.from(), request.until()));
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
        Position position = data.position(employee.positionCode()).orElse(null);
        if (position == null) {
            throw DomainException.conflict("nip", Bilingual.of("Jabatan " + employee.positionCode() + " pegawai tidak "
                    + "ada di data", "The employee's position " + employee.positionCode() + " is not in the data"));
        }
        TemporaryTerms terms = new TemporaryTerms(request.work(), request.from(), request.until());
        PolicySnapshot snapshot = policy.current();
        // the home cell's need from the workload in force on the first day (ABK period and surges, issue 20)
        FormationCell home = data.asOf(request.from()).cell(employee.cell()).orElse(null);
        int staff = data.staffOf(employee.cell()).size();
        double need = home == null ? 0 : models.current().need(home.workloadHours());
        RunningAssignments.ForEmployee around = running.forEmployee(employee, terms.from(), terms.until());
        RunningAssignment current = around.own();
        if (current != null) {
            throw DomainException.conflict("nip", Bilingual.of("Pegawai " + employee.nip() + " sedang menjalani "
                    + "penugasan sementara ke " + current.target() + " (rencana " + current.planId() + ") dari "
                    + current.from() + " s.d. " + current.until() + "; akhiri penugasan itu dulu", "Employee "
                    + employee.nip() + " is already on a temporary assignment to " + current.target() + " (plan "
                    + current.planId() + ") from " + current.from() + " to " + current.until() + "; end it first"));
        }
        TemporaryJudgement verdict = judge.judge(snapshot, employee, position.jobFamily(), terms, staff,
                around.othersAway(), need);
        return new TemporaryAssignmentEvaluation(employee.nip(), employee.name(), terms.work(), terms.from(),
                terms.until(), target.code(), target.name(), verdict.policyVersion(), verdict.allowed(),
                verdict.reasons(), verdict.fit().fitLevel(), verdict.fit().excluded(), verdict.fit().penalty(),
                verdict.fit().matchedRows(), verdict.homeCell());
    }

    private static DomainException invalid(List<FieldProblem> problems) {
        return new DomainException(DomainException.Kind.INVALID_INPUT,
                Bilingual.of("Penugasan sementara tidak valid", "Invalid temporary assignment"), problems);
    }
}
