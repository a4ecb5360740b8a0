package id.seimbang.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditRecord;
import id.seimbang.audit.AuditTrail;
import id.seimbang.balance.WorkloadModels;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import id.seimbang.system.Clocks;
import id.seimbang.system.FieldProblem;
import id.seimbang.temporary.RunningAssignments;
import id.seimbang.temporary.TemporaryTerms;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * Runs transfer plans as asynchronous jobs queued in the database ({@link PlanJobs}, db-scheduler): the instance
 * that claims a job runs it on its {@code plan-runner} thread (one plan at a time per instance), with its parallel
 * parts on the {@code plan-worker} pool: facts → eligibility and placement of every candidate move → exact optimum
 * → greedy baseline → one atomic save and an audit record. Status, progress and cancellation work from any
 * instance: the running one writes its progress to the database about once a second and reads there whether
 * another instance asked to cancel.
 */
@Service
public class PlanService {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final PlanRepository plans;
    private final AssignmentChangeStore changes;
    private final PlanCandidateBuilder candidates;
    private final WorkforceService workforce;
    private final ActivePolicy activePolicy;
    private final AuditTrail audit;
    private final WorkloadModels models;
    private final Clock clock;
    private final SchedulerClient jobs;
    private final Scheduler scheduler;
    private final TransactionTemplate transactions;
    private final AsyncTaskExecutor workers;
    private final int parallelism;
    private final int queuedPlans;
    private final String instance;
    /** Live progress and cancellation of the plans running on this instance. */
    private final Map<String, PlanProgress> live = new ConcurrentHashMap<>();
    /** Plans started through this instance: a graceful stop records those still queued INTERRUPTED. */
    private final Set<String> startedHere = ConcurrentHashMap.newKeySet();
    /** Set when the context closes: a plan stopped from then on was interrupted, not cancelled or failed. */
    private volatile boolean stopping;

    private final RunningAssignments running;

    PlanService(PlanRepository plans, PlanCandidateBuilder candidates, WorkforceService workforce,
            ActivePolicy activePolicy, AuditTrail audit, WorkloadModels models, Clock clock, Scheduler scheduler,
            PlatformTransactionManager transactions, PlanJobs.PlanInstanceName instance,
            @Qualifier(PlanPools.WORKERS) AsyncTaskExecutor workers, PlanProperties properties,
            AssignmentChangeStore changes, RunningAssignments running) {
        this.plans = plans;
        this.changes = changes;
        this.running = running;
        this.candidates = candidates;
        this.workforce = workforce;
        this.activePolicy = activePolicy;
        this.audit = audit;
        this.models = models;
        this.clock = clock;
        this.scheduler = scheduler;
        this.jobs = scheduler;
        this.transactions = new TransactionTemplate(transactions);
        this.workers = workers;
        this.parallelism = properties.parallelism();
        this.queuedPlans = properties.queuedPlans();
        this.instance = instance.value();
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedPlans() {
        int interrupted = plans.markUnfinishedInterrupted(clock.instant());
        if (interrupted > 0) {
            log.warn("{} plan(s) were unfinished without a job in the database; marked INTERRUPTED", interrupted);
        }
    }

    /**
     * Shutdown: the plan running here can no longer finish, nor can the plans started through this instance that
     * are still queued, so they are recorded INTERRUPTED at once (while the database is still there) and stopped.
     * Runs before the lifecycle stops the scheduler and the plan pools (which interrupt the running one); a plan that completes
     * meanwhile stays COMPLETED. Plans started here but running on another instance go on there.
     */
    @EventListener(ContextClosedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void stop() {
        stopping = true;
        Instant now = clock.instant();
        int marked = plans.markInterrupted(List.copyOf(live.keySet()), now, PlanStatus.QUEUED, PlanStatus.RUNNING)
                + plans.markInterrupted(List.copyOf(startedHere), now, PlanStatus.QUEUED);
        live.values().forEach(PlanProgress::cancel);
        if (marked > 0) {
            log.warn("Shutting down: {} queued or running plan(s) marked INTERRUPTED", marked);
        }
    }

    public PlanView start(PlanRequest request, String caller) {
        Workforce data = workforce.current();
        PlanScopeFilter.of(request, data); // validates the scope before queueing
        validateTemporary(request);
        if (plans.countQueued() >= queuedPlans) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE,
                    Bilingual.of("Antrean rencana penuh", "The plan queue is full"),
                    List.of(FieldProblem.of("plan", Bilingual.of(
                            "Sudah ada terlalu banyak rencana yang menunggu; coba lagi setelah salah satunya selesai",
                            "Too many plans are already waiting; try again when one of them has finished"))));
        }
        String id = UUID.randomUUID().toString();
        startedHere.add(id);
        // The plan and its job are one transaction: no instance ever sees one without the other.
        transactions.executeWithoutResult(status -> {
            plans.insert(id, request, caller, clock.instant());
            jobs.schedule(new TaskInstance<Void>(PlanJobs.TASK_NAME, id), clock.instant());
        });
        scheduler.triggerCheckForDueExecutions(); // committed: this instance looks at once
        return view(id);
    }

    /**
     * A plan of temporary assignments needs its kind of work and period (checked as every temporary assignment's,
     * {@link TemporaryTerms}), and takes its facts as of the first day.
     */
    private static void validateTemporary(PlanRequest request) {
        TemporaryPlanOptions t = request.temporary();
        if (t == null) {
            return;
        }
        List<FieldProblem> problems = new java.util.ArrayList<>(
                TemporaryTerms.problems("temporary.", t.work(), t.from(), t.until()));
        if (request.asOf() != null) {
            problems.add(FieldProblem.of("asOf", Bilingual.of("Kosongkan: rencana penugasan sementara memakai fakta "
                    + "per tanggal mulai periode", "Leave it empty: a plan of temporary assignments takes its facts as "
                    + "of the period's first day")));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT,
                    Bilingual.of("Permintaan tidak valid", "Invalid request"), problems);
        }
    }

    /**
     * The job of a plan claimed by this instance (on the plan-runner thread): runs it unless it was cancelled or
     * interrupted while it waited.
     */
    void runClaimed(String id) {
        try {
            PlanView stored = plans.find(id).orElse(null);
            if (stored == null || stored.status() != PlanStatus.QUEUED || stopping) {
                return;
            }
            PlanProgress progress = new PlanProgress(p -> sync(id, p));
            live.put(id, progress);
            if (!plans.claim(id, instance)) {
                live.remove(id);
                return;
            }
            run(id, stored.request(), stored.createdBy(), progress);
        } finally {
            startedHere.remove(id);
        }
    }

    /** db-scheduler found the plan's job dead: its instance stopped renewing the heartbeat. */
    void interruptDead(String id, String deadInstance) {
        if (plans.finish(id, PlanStatus.INTERRUPTED, PlanRepository.deadMessage(deadInstance), clock.instant())) {
            log.warn("Plan {} was running on {}, which stopped renewing its heartbeat; marked INTERRUPTED", id,
                    deadInstance);
        }
    }

    /** The job itself failed outside the plan's own error handling (for example the database went away). */
    void failed(String id, Throwable cause) {
        log.error("Plan job {} failed", id, cause);
        plans.finish(id, PlanStatus.FAILED, cause == null ? "job failed" : cause.getClass().getSimpleName() + ": "
                + cause.getMessage(), clock.instant());
    }

    private void sync(String id, PlanProgress progress) {
        try {
            if (plans.syncProgress(id, progress.phase(), progress.fraction())) {
                progress.cancel();
            }
        } catch (RuntimeException e) {
            log.debug("Could not write the progress of plan {}", id, e);
        }
    }

    public PlanView view(String id) {
        PlanView stored = plans.find(id).orElseThrow(() -> DomainException.notFound("id", id));
        PlanProgress progress = live.get(id);
        if (progress == null || stored.status().finished()) {
            return stored; // on another instance, or waiting: the database has its status and latest progress
        }
        return new PlanView(stored.id(), progress.started() ? PlanStatus.RUNNING : PlanStatus.QUEUED,
                progress.phase(), progress.fraction(), stored.createdBy(), stored.createdAt(), null, null,
                stored.request(), null, null, null);
    }

    public List<PlanView> list(int limit) {
        return plans.list(limit);
    }

    /** A queued plan is cancelled at once; a running one by its instance, within about a second. */
    public PlanView cancel(String id) {
        PlanView plan = view(id);
        if (plan.status().finished()) {
            throw DomainException.conflict("id", Bilingual.of("Rencana sudah selesai (" + plan.status() + ")",
                    "The plan has already finished (" + plan.status() + ")"));
        }
        if (!plans.cancelQueued(id, clock.instant())) {
            plans.requestCancel(id);
            PlanProgress progress = live.get(id);
            if (progress != null) {
                progress.cancel();
            }
        }
        return view(id);
    }

    public void export(String id, String format, OutputStream out) throws IOException {
        PlanView plan = requireCompleted(id);
        // a temporary plan's assignments are exported with their end as it stands (ended early or extended)
        java.util.Map<String, LocalDate> ends = plan.result().temporary() == null ? java.util.Map.of()
                : AssignmentChangeService.currentEnds(changes.ofPlan(id));
        switch (format) {
            case "csv" -> PlanExporter.csv(plan, ends, out);
            case "xlsx" -> PlanExporter.xlsx(plan, ends, out);
            default -> throw DomainException.badRequest("format",
                    Bilingual.of("Format harus csv atau xlsx", "Format must be csv or xlsx"));
        }
    }

    /** Streams the candidate moves of a completed plan as CSV, exactly as the optimiser saw them. */
    public void candidates(String id, OutputStream out) throws IOException {
        requireCompleted(id);
        PlanCandidateCsv.writeCsv(plans.candidates(id).orElseThrow(() -> DomainException.notFound("id", id)), out);
    }

    PlanView requireCompleted(String id) {
        PlanView plan = view(id);
        if (plan.status() != PlanStatus.COMPLETED) {
            throw DomainException.conflict("id", Bilingual.of("Rencana belum selesai (" + plan.status() + ")",
                    "The plan is not completed (" + plan.status() + ")"));
        }
        return plan;
    }

    private void run(String id, PlanRequest request, String caller, PlanProgress progress) {
        progress.start();
        try {
            PolicySnapshot policy = activePolicy.current();
            LocalDate asOf = request.temporary() != null ? request.temporary().from()
                    : request.asOf() != null ? request.asOf() : Clocks.todayInJakarta(clock);
            // the cells' workload in force on the as-of date (a temporary plan's first day): ABK period and surges
            Workforce data = workforce.current().asOf(asOf);
            TemporaryPlanOptions period = request.temporary();
            RunningAway away = period == null ? RunningAway.NONE
                    : RunningAway.of(running.during(period.from(), period.until()), period.from(), period.until());
            PlanComputation computation = new PlanComputation(policy, data, request, asOf, models.current(),
                    candidates, workers, parallelism, progress, away);
            PlanResult result = computation.run();
            progress.checkCancelledNow();
            AuditRecord record = audit.append(AuditKind.PLAN, caller, policy.version(), id,
                    new PlanAuditPayload(request, asOf, computation.cellGaps(), result.candidateCount(),
                            result.candidatesSha256(), result));
            plans.complete(id, result, computation.storedCandidates(), record.id(), clock.instant());
        } catch (RuntimeException e) {
            if (stopping) {
                plans.finish(id, PlanStatus.INTERRUPTED, PlanRepository.INTERRUPTED_MESSAGE, clock.instant());
                return;
            }
            if (e instanceof PlanCancelledException) {
                plans.finish(id, PlanStatus.CANCELLED, PlanRepository.CANCELLED_MESSAGE, clock.instant());
                return;
            }
            log.error("Plan {} failed", id, e);
            plans.finish(id, PlanStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    clock.instant());
        } finally {
            live.remove(id);
        }
    }

    /** What the audit trail keeps of a plan: its options, the cell gaps, a digest of the candidates, the result. */
    record PlanAuditPayload(PlanRequest request, LocalDate asOf, Map<String, Double> cellGaps, int candidateCount,
            String candidatesSha256, PlanResult result) {
    }
}
