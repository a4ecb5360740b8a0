package id.seimbang.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import id.seimbang.eligibility.RuleOutcome;
import id.seimbang.eligibility.Severity;
import id.seimbang.eligibility.TemporaryEligibility;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;
import id.seimbang.temporary.RunningAssignment;
import id.seimbang.temporary.RunningAssignments;
import id.seimbang.temporary.TemporaryAssignmentJudge;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * Ending and extending the temporary assignments of a completed plan of temporary assignments (issue 20 point 2).
 * Each change is an audit record (kind TEMPORARY_ASSIGNMENT_CHANGE, subject the plan id) and a row of
 * {@code temporary_assignment_change}; an assignment runs until the plan's last day unless changed. An extension is
 * judged again by the active policy's temporary-assignment rules for the added days, with the employee's current
 * facts and the home cell as it is now, counting this plan's assignments out of it that have not ended and the running
 * assignments of other plans away from it on the added days; a blocking
 * rule refuses it (422) with its cited reasons. END is final.
 */
@Service
public class AssignmentChangeService {

    // The same roles as the URL rules (security.AccessRules), checked again here.
    static final String CHANGE = "hasRole('PLANNER')";
    static final String READ = "hasAnyRole('PLANNER', 'AUDITOR')";
    static final int MAX_REASON = 4000;

    private final PlanService plans;
    private final AssignmentChangeStore store;
    private final AuditTrail audit;
    private final WorkforceService workforce;
    private final ActivePolicy policy;
    private final TemporaryAssignmentJudge judge;
    private final WorkloadModels models;
    private final RunningAssignments running;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AssignmentChangeService(PlanService plans, AssignmentChangeStore store, AuditTrail audit,
            WorkforceService workforce, ActivePolicy policy, TemporaryAssignmentJudge judge, WorkloadModels models,
            RunningAssignments running, PlatformTransactionManager transactions, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.audit = audit;
        this.workforce = workforce;
        this.policy = policy;
        this.judge = judge;
        this.models = models;
        this.running = running;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A temporary assignment of the plan as it stands: its period now and every change. */
    public record Assignment(String nip, String name, String fromUnit, String fromPosition, String toUnit,
            String toPosition, LocalDate from, LocalDate until, boolean ended, List<AssignmentChange> changes) {

        public Assignment {
            changes = List.copyOf(changes);
        }
    }

    /** What the TEMPORARY_ASSIGNMENT_CHANGE audit record holds. */
    record Changed(String planId, String planAuditId, String nip, String fromUnit, String fromPosition, String toUnit,
            String toPosition, AssignmentChange.Kind kind, LocalDate previousUntil, LocalDate newUntil, String reason,
            List<RuleOutcome> rules) {
    }

    /** The plan's assignments with their current end: 404 unknown plan, 409 not completed or not temporary. */
    @PreAuthorize(READ)
    public List<Assignment> assignments(String planId) {
        PlanView plan = requireTemporary(planId);
        Map<String, List<AssignmentChange>> changes = store.ofPlan(planId).stream()
                .collect(Collectors.groupingBy(AssignmentChange::nip));
        return plan.result().moves().stream().map(m -> assignment(plan, m, changes.getOrDefault(m.nip(), List.of())))
                .toList();
    }

    /**
     * Ends an assignment early: {@code until} is the last day in the target unit, not before the period's first
     * day and before the current end. 404 unknown plan or NIP without an assignment; 409 plan not completed or not
     * temporary, assignment already ended, or changed meanwhile; 400 naming each bad field.
     */
    @PreAuthorize(CHANGE)
    public Assignment end(String planId, String nip, AssignmentChangeRequest request, String who) {
        return change(planId, nip, request, who, AssignmentChange.Kind.END);
    }

    /**
     * Extends an assignment: {@code until} is the new last day, after the current end; the employee must not be on a
     * running assignment of another plan on an added day (409 naming {@code until}, that assignment and the days they
     * share: a person is in one place at a time), and the active policy's temporary-assignment rules must allow the
     * added days (422 with the blocking rules otherwise). Other errors as {@link #end}.
     */
    @PreAuthorize(CHANGE)
    public Assignment extend(String planId, String nip, AssignmentChangeRequest request, String who) {
        return change(planId, nip, request, who, AssignmentChange.Kind.EXTEND);
    }

    private Assignment change(String planId, String nip, AssignmentChangeRequest request, String who,
            AssignmentChange.Kind kind) {
        PlanView plan = requireTemporary(planId);
        PlannedMove move = plan.result().moves().stream().filter(m -> m.nip().equals(nip)).findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                        Bilingual.of("Penugasan tidak ditemukan", "Assignment not found"),
                        List.of(FieldProblem.of("nip", Bilingual.of("Rencana " + planId + " tidak memuat penugasan "
                                + "pegawai '" + nip + "'", "Plan " + planId + " has no assignment of employee '" + nip
                                + "'")))));
        List<AssignmentChange> before = store.ofPlan(planId).stream().filter(c -> c.nip().equals(nip)).toList();
        Assignment current = assignment(plan, move, before);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate until = request == null ? null : request.until();
        String reason = request == null || request.reason() == null || request.reason().isBlank() ? null
                : request.reason().strip();
        if (until == null) {
            problems.add(FieldProblem.of("until", Bilingual.of("Tanggal wajib diisi (YYYY-MM-DD)",
                    "The date is required (YYYY-MM-DD)")));
        } else if (kind == AssignmentChange.Kind.END && until.isBefore(current.from())) {
            problems.add(FieldProblem.of("until", Bilingual.of("Hari terakhir " + until + " sebelum penugasan mulai ("
                    + current.from() + ")", "The last day " + until + " is before the assignment starts ("
                    + current.from() + ")")));
        } else if (kind == AssignmentChange.Kind.END && !until.isBefore(current.until())) {
            problems.add(FieldProblem.of("until", Bilingual.of("Mengakhiri lebih awal berarti sebelum akhir sekarang ("
                    + current.until() + "); untuk lebih lama, perpanjang", "Ending early means before the current end ("
                    + current.until() + "); to make it longer, extend it")));
        } else if (kind == AssignmentChange.Kind.EXTEND && !until.isAfter(current.until())) {
            problems.add(FieldProblem.of("until", Bilingual.of("Akhir baru " + until + " harus setelah akhir sekarang ("
                    + current.until() + ")", "The new end " + until + " must be after the current end ("
                    + current.until() + ")")));
        }
        if (reason == null) {
            problems.add(FieldProblem.of("reason", Bilingual.of("Alasan wajib diisi", "The reason is required")));
        } else if (reason.length() > MAX_REASON) {
            problems.add(FieldProblem.of("reason", Bilingual.of("Alasan paling banyak " + MAX_REASON + " karakter",
                    "The reason has at most " + MAX_REASON + " characters")));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT,
                    Bilingual.of("Perubahan penugasan tidak valid", "Invalid change of the assignment"), problems);
        }
        if (current.ended()) {
            throw DomainException.conflict("nip", Bilingual.of("Penugasan pegawai " + nip + " sudah diakhiri pada "
                    + current.until(), "The assignment of employee " + nip + " already ended on " + current.until()));
        }
        List<RuleOutcome> rules = List.of();
        String policyVersion = plan.policyVersion();
        if (kind == AssignmentChange.Kind.EXTEND) {
            LocalDate addedFrom = current.until().plusDays(1);
            List<RunningAssignment> runningOnAdded = running.during(addedFrom, until);
            // one place at a time: the employee's own running assignment of another plan on an added day refuses it
            RunningAssignment elsewhere = RunningAssignment.ofEmployee(runningOnAdded.stream()
                    .filter(r -> !r.planId().equals(planId)).toList(), nip, addedFrom, until).orElse(null);
            if (elsewhere != null) {
                LocalDate overlapFrom = elsewhere.from().isAfter(addedFrom) ? elsewhere.from() : addedFrom;
                LocalDate overlapUntil = elsewhere.until().isBefore(until) ? elsewhere.until() : until;
                throw new DomainException(DomainException.Kind.CONFLICT, Bilingual.of(
                        "Perpanjangan bertabrakan dengan penugasan lain", "The extension overlaps another assignment"),
                        List.of(FieldProblem.of("until", Bilingual.of("Pegawai " + nip + " ditugaskan sementara ke "
                                + elsewhere.target() + " oleh rencana " + elsewhere.planId() + " dari " + elsewhere.from()
                                + " s.d. " + elsewhere.until() + ", termasuk hari tambahan " + overlapFrom + " s.d. "
                                + overlapUntil + "; seorang pegawai hanya di satu tempat pada satu waktu. Perpanjang"
                                + " paling lama sampai " + elsewhere.from().minusDays(1) + " atau akhiri penugasan itu"
                                + " dulu", "Employee " + nip + " is on a temporary assignment to " + elsewhere.target()
                                + " of plan " + elsewhere.planId() + " from " + elsewhere.from() + " to "
                                + elsewhere.until() + ", including the added days " + overlapFrom + " to "
                                + overlapUntil + "; a person is in one place at a time. Extend at most to "
                                + elsewhere.from().minusDays(1) + ", or end that assignment first"))));
            }
            PolicySnapshot snapshot = policy.current();
            TemporaryEligibility verdict = extensionRules(snapshot, plan, move, addedFrom, until, runningOnAdded);
            rules = verdict.outcomes();
            policyVersion = snapshot.version();
            if (!verdict.allowed()) {
                throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                        Bilingual.of("Perpanjangan ditolak kebijakan", "The extension is refused by the policy"),
                        verdict.outcomes().stream().filter(o -> o.severity() == Severity.BLOCK)
                                .map(o -> new FieldProblem("until", o.message().id() + " (" + o.ruleId() + "; "
                                        + o.regulation() + ")", o.message().en() + " (" + o.ruleId() + "; "
                                        + o.regulation() + ")")).toList());
            }
        }
        AssignmentChange change = new AssignmentChange(planId, nip, before.size() + 1, kind, current.until(), until,
                reason, who, clock.instant(), null);
        List<RuleOutcome> fired = rules;
        String version = policyVersion;
        try {
            transaction.executeWithoutResult(status -> {
                store.insert(change);
                AuditRecord record = audit.append(AuditKind.TEMPORARY_ASSIGNMENT_CHANGE, who, version, planId,
                        new Changed(planId, plan.auditId(), nip, move.fromUnit(), move.fromPosition(), move.toUnit(),
                                move.toPosition(), kind, current.until(), until, reason, fired));
                store.setAuditId(planId, nip, change.seq(), record.id());
            });
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("nip", Bilingual.of("Penugasan pegawai " + nip + " baru saja diubah orang "
                    + "lain; muat ulang dan coba lagi", "The assignment of employee " + nip + " was just changed by "
                    + "someone else; reload and try again"));
        }
        return assignments(planId).stream().filter(a -> a.nip().equals(nip)).findFirst().orElseThrow();
    }

    /**
     * The rules on the added days: the employee as the data has it now, the home cell's staff now less this plan's
     * assignments out of it that have not ended (this one included) and less the most running assignments of other
     * plans away from it on one of the added days.
     */
    private TemporaryEligibility extensionRules(PolicySnapshot policy, PlanView plan, PlannedMove move, LocalDate from,
            LocalDate until, List<RunningAssignment> runningOnAdded) {
        Workforce data = workforce.current();
        Employee employee = data.employee(move.nip()).orElseThrow(() -> DomainException.conflict("nip",
                Bilingual.of("Pegawai " + move.nip() + " tidak ada lagi di data pegawai", "Employee " + move.nip()
                        + " is no longer in the workforce data")));
        CellKey home = new CellKey(move.fromUnit(), move.fromPosition());
        Map<String, List<AssignmentChange>> changes = store.ofPlan(plan.id()).stream()
                .collect(Collectors.groupingBy(AssignmentChange::nip));
        long away = plan.result().moves().stream()
                .filter(m -> m.fromUnit().equals(move.fromUnit()) && m.fromPosition().equals(move.fromPosition()))
                .filter(m -> !assignment(plan, m, changes.getOrDefault(m.nip(), List.of())).ended()).count();
        int others = RunningAssignment.mostAwayOnOneDay(runningOnAdded, home, from, until,
                r -> !r.planId().equals(plan.id()) && !r.nip().equals(move.nip()));
        int staff = data.staffOf(home).size();
        double need = data.cell(home).map(c -> models.current().need(c.workloadHours())).orElse(0.0);
        // besides this employee: this plan's other assignments not ended, and the other plans' running ones
        return judge.rules(policy, employee, from, until, staff, (int) away - 1 + others, need);
    }

    private PlanView requireTemporary(String planId) {
        PlanView plan = plans.requireCompleted(planId);
        if (plan.result().temporary() == null) {
            throw DomainException.conflict("id", Bilingual.of("Rencana " + planId + " adalah rencana mutasi, bukan "
                    + "rencana penugasan sementara", "Plan " + planId + " is a transfer plan, not a plan of temporary "
                    + "assignments"));
        }
        return plan;
    }

    private static Assignment assignment(PlanView plan, PlannedMove m, List<AssignmentChange> changes) {
        PlanResult.Temporary t = plan.result().temporary();
        AssignmentChange last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
        return new Assignment(m.nip(), m.name(), m.fromUnit(), m.fromPosition(), m.toUnit(), m.toPosition(), t.from(),
                last == null ? t.until() : last.newUntil(), last != null && last.kind() == AssignmentChange.Kind.END,
                changes);
    }

    /** The current last day of every assignment of a temporary plan's stored changes, by NIP (unchanged: absent). */
    static Map<String, LocalDate> currentEnds(List<AssignmentChange> changes) {
        Map<String, LocalDate> ends = new HashMap<>();
        changes.forEach(c -> ends.put(c.nip(), c.newUntil())); // ordered by nip, seq: the latest wins
        return ends;
    }
}
