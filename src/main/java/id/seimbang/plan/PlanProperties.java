package id.seimbang.plan;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Threads and jobs of the plan module ({@code seimbang.plan.*}).
 *
 * @param parallelism   tasks one plan uses at once for its candidates and for the optimiser's components
 * @param workerThreads threads of the {@code plan-worker} pool, shared by plan jobs and the previews of the
 *                      impact analysis: a job needs {@code parallelism} + 2 (greedy baseline and candidate file
 *                      beside the optimiser)
 * @param queuedPlans   plan jobs that may wait (in the database, for every instance together); more are refused (503)
 * @param deadAfter     a running plan whose instance renewed no heartbeat for this long is recorded INTERRUPTED by
 *                      another instance (heartbeat every quarter of it; noticed within 1.5 times it)
 * @param pollInterval  how often an instance looks in the database for queued plans it could run (a plan started
 *                      on an instance with a free plan-runner starts there at once)
 * @param plannedAssignmentsCache completed plans whose assignments (as planned) an instance keeps in memory to find
 *                      the running temporary assignments; a plan evicted is read again from the database
 */
@ConfigurationProperties("seimbang.plan")
record PlanProperties(
        @DefaultValue("2") int parallelism,
        @DefaultValue("4") int workerThreads,
        @DefaultValue("16") int queuedPlans,
        @DefaultValue("60s") Duration deadAfter,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("256") int plannedAssignmentsCache) {

    PlanProperties {
        if (plannedAssignmentsCache < 1) {
            throw new IllegalArgumentException("seimbang.plan.planned-assignments-cache must be at least 1, not "
                    + plannedAssignmentsCache);
        }
        if (deadAfter.compareTo(Duration.ofMillis(400)) < 0) {
            throw new IllegalArgumentException("seimbang.plan.dead-after must be at least 400ms, not " + deadAfter);
        }
    }
}
