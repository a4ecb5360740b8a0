package id.seimbang.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;

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
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * Runs transfer plans as asynchronous jobs, one at a time on the {@code plan-runner} thread (a bounded queue
 * waits behind it), with their parallel parts on the {@code plan-worker} pool: facts → eligibility and
 * placement of every candidate move → exact optimum → greedy baseline → one atomic save and an audit record.
 */
@Service
public class PlanService {

    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final PlanRepository plans;
    private final PlanCandidateBuilder candidates;
    private final WorkforceService workforce;
    private final ActivePolicy activePolicy;
    private final AuditTrail audit;
    private final WorkloadModels models;
    private final Clock clock;
    private final AsyncTaskExecutor runner;
    private final AsyncTaskExecutor workers;
    private final int parallelism;
    /** Live progress and cancellation of queued and running jobs. */
    private final Map<String, PlanProgress> live = new ConcurrentHashMap<>();
    /** Set when the context closes: a plan stopped from then on was interrupted, not cancelled or failed. */
    private volatile boolean stopping;

    PlanService(PlanRepository plans, PlanCandidateBuilder candidates, WorkforceService workforce,
            ActivePolicy activePolicy, AuditTrail audit, WorkloadModels models, Clock clock,
            @Qualifier(PlanPools.RUNNER) AsyncTaskExecutor runner, @Qualifier(PlanPools.WORKERS) AsyncTaskExecutor workers,
            PlanProperties properties) {
        this.plans = plans;
        this.candidates = candidates;
        this.workforce = workforce;
        this.activePolicy = activePolicy;
        this.audit = audit;
        this.models = models;
        this.clock = clock;
        this.runner = runner;
        this.workers = workers;
        this.parallelism = properties.parallelism();
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterruptedPlans() {
        int interrupted = plans.markUnfinishedInterrupted(clock.instant());
        if (interrupted > 0) {
            log.warn("{} plan(s) were unfinished when the service last stopped; marked INTERRUPTED", interrupted);
        }
    }

    /**
     * Shutdown: this instance's queued and running plans can no longer finish, so they are recorded INTERRUPTED
     * at once (while the database is still there) and stopped. Runs before the plan pools' own early shutdown,
     * which drops queued jobs and interrupts the running one; a plan that completes meanwhile stays COMPLETED.
     */
    @EventListener(ContextClosedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void stop() {
        stopping = true;
        List<String> unfinished = List.copyOf(live.keySet());
        int marked = plans.markInterrupted(unfinished, clock.instant());
        live.values().forEach(PlanProgress::cancel);
        if (marked > 0) {
            log.warn("Shutting down: {} queued or running plan(s) marked INTERRUPTED", marked);
        }
    }

    public PlanView start(PlanRequest request, String caller) {
        Workforce data = workforce.current();
        PlanScopeFilter.of(request, data); // validates the scope before queueing
        String id = UUID.randomUUID().toString();
        plans.insert(id, request, caller, clock.instant());
        PlanProgress progress = new PlanProgress();
        live.put(id, progress);
        try {
            runner.submit(() -> run(id, request, caller, progress));
        } catch (TaskRejectedException e) {
            live.remove(id);
            plans.delete(id);
            throw new DomainException(DomainException.Kind.UNAVAILABLE,
                    Bilingual.of("Antrean rencana penuh", "The plan queue is full"),
                    List.of(FieldProblem.of("plan", Bilingual.of(
                            "Sudah ada terlalu banyak rencana yang menunggu; coba lagi setelah salah satunya selesai",
                            "Too many plans are already waiting; try again when one of them has finished"))));
        }
        return view(id);
    }

    public PlanView view(String id) {
        PlanView stored = plans.find(id).orElseThrow(() -> DomainException.notFound("id", id));
        PlanProgress progress = live.get(id);
        if (progress == null || stored.status().finished()) {
            return stored;
        }
        return new PlanView(stored.id(), progress.started() ? PlanStatus.RUNNING : PlanStatus.QUEUED,
                progress.phase(), progress.fraction(), stored.createdBy(), stored.createdAt(), null, null,
                stored.request(), null, null, null);
    }

    public List<PlanView> list(int limit) {
        return plans.list(limit);
    }

    public PlanView cancel(String id) {
        PlanView plan = view(id);
        if (plan.status().finished()) {
            throw DomainException.conflict("id", Bilingual.of("Rencana sudah selesai (" + plan.status() + ")",
                    "The plan has already finished (" + plan.status() + ")"));
        }
        PlanProgress progress = live.get(id);
        if (progress != null) {
            progress.cancel();
        }
        return view(id);
    }

    public void export(String id, String format, OutputStream out) throws IOException {
        PlanView plan = requireCompleted(id);
        switch (format) {
            case "csv" -> PlanExporter.csv(plan, out);
            case "xlsx" -> PlanExporter.xlsx(plan, out);
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
            plans.progress(id, "facts", 0);
            PolicySnapshot policy = activePolicy.current();
            Workforce data = workforce.current();
            LocalDate asOf = request.asOf() != null ? request.asOf() : Clocks.todayInJakarta(clock);
            PlanComputation computation = new PlanComputation(policy, data, request, asOf, models.current(),
                    candidates, workers, parallelism, progress);
            PlanResult result = computation.run();
            progress.checkCancelled();
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
                plans.finish(id, PlanStatus.CANCELLED, "Dibatalkan / Cancelled", clock.instant());
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
