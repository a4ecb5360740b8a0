package id.seimbang.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import id.seimbang.system.TaskPools;

/** The plan module's threads: one runner for the jobs (one plan at a time), workers for their parallel parts. */
@Configuration(proxyBeanMethods = false)
class PlanPools {

    static final String RUNNER = "planRunner";
    static final String WORKERS = "planWorkers";

    @Bean(RUNNER)
    ThreadPoolTaskExecutor planRunner(PlanProperties properties) {
        return TaskPools.bounded("plan-runner", 1, properties.queuedPlans(), false);
    }

    /** No task on it waits for another task on it, so a full pool only queues; never a deadlock. */
    @Bean(WORKERS)
    ThreadPoolTaskExecutor planWorkers(PlanProperties properties) {
        return TaskPools.bounded("plan-worker", properties.workerThreads(), 64, true);
    }
}
