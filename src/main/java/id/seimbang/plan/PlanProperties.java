package id.seimbang.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Threads of the plan module ({@code seimbang.plan.*}).
 *
 * @param parallelism   tasks one plan uses at once for its candidates and for the optimiser's components
 * @param workerThreads threads of the {@code plan-worker} pool, shared by plan jobs and the previews of the
 *                      impact analysis: a job needs {@code parallelism} + 2 (greedy baseline and candidate file
 *                      beside the optimiser)
 * @param queuedPlans   plan jobs that may wait behind the running one; more are refused (503)
 */
@ConfigurationProperties("seimbang.plan")
record PlanProperties(
        @DefaultValue("2") int parallelism,
        @DefaultValue("4") int workerThreads,
        @DefaultValue("16") int queuedPlans) {
}
