package id.seimbang.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditRecord;
import id.seimbang.audit.AuditTrail;
import id.seimbang.balance.WorkloadModels;
import id.seimbang.system.Bilingual;
import id.seimbang.system.Clocks;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * Follow-up of executed transfers (issue 20 point 4). A PLANNER marks each move of a completed plan once, as
 * executed (SK number and date) or not executed (reason); each marking is an audit record (kind
 * PLAN_MOVE_EXECUTION) in the same chain as the plan, and a row of {@code plan_move_execution} for queries.
 *
 * <p>Marking never changes the workforce. Executed moves reach the workforce data through the regular import by
 * a data steward (itself an audited IMPORT), as every other change of the personnel facts does; the follow-up shows
 * per move whether today's data already has the employee in the target cell. The row and its audit id are written
 * in one transaction; the audit record commits first in its own (see {@link AuditTrail}), so a marking that fails
 * after its append leaves that record as an attempt.
 */
@Service
public class PlanFollowUpService {

    // The same roles as the URL rules (security.AccessRules), checked again here.
    static final String MARK = "hasRole('PLANNER')";
    static final String READ = "hasAnyRole('PLANNER', 'AUDITOR')";

    static final int MAX_SK = 100;
    static final int MAX_REASON = 4000;

    private final PlanService plans;
    private final MoveExecutionStore store;
    private final AuditTrail audit;
    private final WorkforceService workforce;
    private final WorkloadModels models;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PlanFollowUpService(PlanService plans, MoveExecutionStore store, AuditTrail audit, WorkforceService workforce,
            WorkloadModels models, PlatformTransactionManager transactions, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.audit = audit;
        this.workforce = workforce;
        this.models = models;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What the PLAN_MOVE_EXECUTION audit record holds: the move as planned and its marking. */
    record Marked(String planId, String planAuditId, String nip, String fromUnit, String fromPosition, String toUnit,
            String toPosition, ExecutionStatus status, String skNumber, LocalDate executedOn, String reason) {
    }

    /**
     * Marks the move of employee {@code nip} in plan {@code planId}. 404 for an unknown plan or a NIP that has no
     * move in the plan; 409 when the plan is not completed or the move is already marked; 400 naming each bad field
     * (status missing; for EXECUTED an SK number and a date that is neither before the day the plan was made nor in
     * the future, and no reason; for NOT_EXECUTED a reason and neither SK number nor date).
     */
    @PreAuthorize(MARK)
    public MoveExecution mark(String planId, String nip, MoveExecutionRequest request, String who) {
        PlanView plan = plans.requireCompleted(planId);
        PlannedMove move = plan.result().moves().stream().filter(m -> m.nip().equals(nip)).findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                        Bilingual.of("Perpindahan tidak ditemukan", "Move not found"),
                        List.of(FieldProblem.of("nip", Bilingual.of("Rencana " + planId + " tidak memuat perpindahan "
                                + "pegawai '" + nip + "'", "Plan " + planId + " has no move of employee '" + nip
                                + "'")))));
        MoveExecutionRequest marking = validated(request, plan);
        store.find(planId, nip).ifPresent(existing -> {
            throw alreadyMarked(existing);
        });
        try {
            transaction.executeWithoutResult(status -> {
                store.insert(planId, nip, marking, who, clock.instant());
                AuditRecord record = audit.append(AuditKind.PLAN_MOVE_EXECUTION, who, plan.policyVersion(), planId,
                        new Marked(planId, plan.auditId(), nip, move.fromUnit(), move.fromPosition(), move.toUnit(),
                                move.toPosition(), marking.status(), marking.skNumber(), marking.executedOn(),
                                marking.reason()));
                store.setAuditId(planId, nip, record.id());
            });
        } catch (DuplicateKeyException e) {
            // marked by someone else between the check and the insert
            throw alreadyMarked(store.find(planId, nip).orElseThrow(() -> e));
        }
        return store.find(planId, nip).orElseThrow();
    }

    private MoveExecutionRequest validated(MoveExecutionRequest request, PlanView plan) {
        List<FieldProblem> problems = new ArrayList<>();
        ExecutionStatus status = request == null ? null : request.status();
        String sk = request == null ? null : trimmed(request.skNumber());
        LocalDate on = request == null ? null : request.executedOn();
        String reason = request == null ? null : trimmed(request.reason());
        if (status == null) {
            problems.add(FieldProblem.of("status", Bilingual.of("Pilih EXECUTED atau NOT_EXECUTED",
                    "Choose EXECUTED or NOT_EXECUTED")));
        } else if (status == ExecutionStatus.EXECUTED) {
            if (sk == null) {
                problems.add(FieldProblem.of("skNumber", Bilingual.of("Nomor SK wajib diisi untuk perpindahan yang "
                        + "dilaksanakan", "The SK number is required for an executed move")));
            } else if (sk.length() > MAX_SK) {
                problems.add(FieldProblem.of("skNumber", Bilingual.of("Nomor SK paling banyak " + MAX_SK
                        + " karakter; diterima " + sk.length(), "The SK number has at most " + MAX_SK
                        + " characters; got " + sk.length())));
            }
            LocalDate planned = plan.createdAt().atZone(Clocks.JAKARTA).toLocalDate();
            LocalDate today = Clocks.todayInJakarta(clock);
            if (on == null) {
                problems.add(FieldProblem.of("executedOn", Bilingual.of("Tanggal SK wajib diisi (YYYY-MM-DD)",
                        "The SK date is required (YYYY-MM-DD)")));
            } else if (on.isBefore(planned)) {
                problems.add(FieldProblem.of("executedOn", Bilingual.of("Tanggal " + on + " mendahului rencana (dibuat "
                        + planned + ", WIB)", "The date " + on + " is before the plan (made on " + planned
                        + ", Asia/Jakarta)")));
            } else if (on.isAfter(today)) {
                problems.add(FieldProblem.of("executedOn", Bilingual.of("Tanggal " + on + " ada di masa depan (hari ini "
                        + today + ", WIB)", "The date " + on + " is in the future (today is " + today
                        + ", Asia/Jakarta)")));
            }
            if (reason != null) {
                problems.add(FieldProblem.of("reason", Bilingual.of("Alasan hanya untuk NOT_EXECUTED",
                        "A reason is only for NOT_EXECUTED")));
            }
        } else {
            if (reason == null) {
                problems.add(FieldProblem.of("reason", Bilingual.of("Alasan wajib diisi untuk perpindahan yang tidak "
                        + "dilaksanakan", "The reason is required for a move that was not executed")));
            } else if (reason.length() > MAX_REASON) {
                problems.add(FieldProblem.of("reason", Bilingual.of("Alasan paling banyak " + MAX_REASON
                        + " karakter; diterima " + reason.length(), "The reason has at most " + MAX_REASON
                        + " characters; got " + reason.length())));
            }
            if (sk != null) {
                problems.add(FieldProblem.of("skNumber", Bilingual.of("Nomor SK hanya untuk EXECUTED",
                        "An SK number is only for EXECUTED")));
            }
            if (on != null) {
                problems.add(FieldProblem.of("executedOn", Bilingual.of("Tanggal SK hanya untuk EXECUTED",
                        "An SK date is only for EXECUTED")));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT,
                    Bilingual.of("Tanda pelaksanaan tidak valid", "Invalid marking"), problems);
        }
        return new MoveExecutionRequest(status, sk, on, reason);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static DomainException alreadyMarked(MoveExecution existing) {
        return DomainException.conflict("nip", Bilingual.of("Perpindahan pegawai " + existing.nip()
                + " sudah ditandai " + existing.status() + " oleh " + existing.recordedBy() + "; tanda tidak dapat "
                + "diubah", "The move of employee " + existing.nip() + " is already marked " + existing.status()
                + " by " + existing.recordedBy() + "; a marking cannot be changed"));
    }

    /** The follow-up of a completed plan: 404 for an unknown plan, 409 when it is not completed. */
    @PreAuthorize(READ)
    public PlanFollowUp followUp(String planId) {
        PlanView plan = plans.requireCompleted(planId);
        PlanResult r = plan.result();
        Map<String, MoveExecution> marked = store.ofPlan(planId).stream()
                .collect(Collectors.toMap(MoveExecution::nip, Function.identity()));
        Set<String> executed = marked.values().stream().filter(m -> m.status() == ExecutionStatus.EXECUTED)
                .map(MoveExecution::nip).collect(Collectors.toSet());
        Workforce data = workforce.current();
        List<PlanFollowUp.FollowedMove> moves = r.moves().stream()
                .map(m -> new PlanFollowUp.FollowedMove(m.nip(), m.name(), m.fromUnit(), m.fromPosition(), m.toUnit(),
                        m.toPosition(), marked.get(m.nip()),
                        FollowUpFigures.whereToday(data.employee(m.nip()).orElse(null), m)))
                .toList();
        Double today = null;
        Integer cellsToday = null;
        String scopeProblem = null;
        try {
            FollowUpFigures.ScopeBalance now = FollowUpFigures.scopeBalance(data, models.current(),
                    PlanScopeFilter.of(plan.request(), data));
            today = now.imbalance();
            cellsToday = now.cells();
        } catch (DomainException e) {
            // the plan's instansi or kabupaten is no longer in the data
            scopeProblem = e.problems().stream().map(p -> p.reason() + " / " + p.reasonEn())
                    .collect(Collectors.joining("; "));
        }
        int notExecuted = (int) marked.values().stream().filter(m -> m.status() == ExecutionStatus.NOT_EXECUTED)
                .count();
        return new PlanFollowUp(planId, r.asOf(), plan.createdAt().atZone(Clocks.JAKARTA).toLocalDate(),
                Clocks.todayInJakarta(clock), r.moves().size(), executed.size(), notExecuted,
                r.moves().size() - executed.size() - notExecuted, r.imbalanceBefore(), r.imbalanceAfter(),
                FollowUpFigures.executedImbalance(r.cells(), r.moves(), executed), today, r.cells().size(), cellsToday,
                scopeProblem, moves);
    }
}
