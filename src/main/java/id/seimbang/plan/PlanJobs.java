package id.seimbang.plan;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.SystemClock;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

import id.seimbang.system.TaskPools;

/**
 * Plan jobs in the database (db-scheduler, table {@code scheduled_tasks} of V11): a started plan is one execution
 * row; the instance that claims it runs it on its {@code plan-runner} thread (one plan at a time per instance) and
 * renews its heartbeat; an execution whose heartbeat is older than {@code seimbang.plan.dead-after} is dead (its
 * instance was killed or lost the database) and the first live instance to notice records the plan INTERRUPTED
 * (docs/architecture.md §8). The scheduler's threads are this module's pools, like every other thread.
 */
@Configuration(proxyBeanMethods = false)
class PlanJobs {

    static final String TASK_NAME = "plan";
    static final String POLLER = "planPoller";
    static final String HOUSEKEEPER = "planHousekeeper";
    /** db-scheduler's lower bound: an execution is dead after this many missed heartbeats. */
    static final int MISSED_HEARTBEATS = 4;

    /** The one task: its instance id is the plan's id; the request lives in {@code transfer_plan}. */
    @Bean
    OneTimeTask<Void> planTask(ObjectProvider<PlanService> service) {
        return Tasks.oneTime(TASK_NAME)
                .onDeadExecution((complete, operations) -> {
                    service.getObject().interruptDead(complete.getExecution().getId(),
                            complete.getExecution().pickedBy);
                    operations.stop();
                })
                .onFailure((complete, operations) -> {
                    service.getObject().failed(complete.getExecution().getId(), complete.getCause().orElse(null));
                    operations.stop();
                })
                .execute((instance, context) -> service.getObject().runClaimed(instance.getId()));
    }

    /** Looks for due plan jobs in the database (one thread, one long-running loop). */
    @Bean(POLLER)
    ThreadPoolTaskExecutor planPoller() {
        return TaskPools.bounded("plan-poller", 1, 1, false);
    }

    /** Renews the heartbeats of the plan running here and looks for dead executions of other instances. */
    @Bean(HOUSEKEEPER)
    ThreadPoolTaskScheduler planHousekeeper() {
        return TaskPools.scheduler("plan-heartbeat", 2);
    }

    /** Stops the scheduler first when the context closes (see {@link SchedulerStop}). */
    @Bean
    SchedulerStop schedulerStop(Scheduler scheduler) {
        return new SchedulerStop(scheduler);
    }

    /** This instance's name in {@code scheduled_tasks.picked_by} and {@code transfer_plan.run_by}. */
    @Bean
    PlanInstanceName planInstanceName() {
        String jvm = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        return new PlanInstanceName(jvm + "/" + UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * db-scheduler built by its Spring Boot starter's own support code, with the settings of {@code db-scheduler.*}
     * except: one execution thread (the {@code plan-runner} pool), the heartbeat derived from
     * {@code seimbang.plan.dead-after}, the poll interval from {@code seimbang.plan.poll-interval}. Stopped by
     * {@link SchedulerStop}, not by a destroy method.
     */
    @Bean(destroyMethod = "")
    Scheduler scheduler(DbSchedulerProperties config, PlanProperties properties, DataSource dataSource,
            List<Task<?>> tasks, ObjectProvider<SchedulerListener> listeners,
            ObjectProvider<ExecutionInterceptor> interceptors, ObjectProvider<StatsRegistry> stats,
            ObjectProvider<com.github.kagkarlsson.scheduler.Clock> clock, PlanInstanceName name,
            @Qualifier(PlanPools.RUNNER) ThreadPoolTaskExecutor runner,
            @Qualifier(POLLER) ThreadPoolTaskExecutor poller,
            @Qualifier(HOUSEKEEPER) ThreadPoolTaskScheduler housekeeper) {
        config.setThreads(1);
        config.setMissedHeartbeatsLimit(MISSED_HEARTBEATS);
        config.setHeartbeatInterval(properties.deadAfter().dividedBy(MISSED_HEARTBEATS));
        config.setPollingInterval(properties.pollInterval());
        DbSchedulerCustomizer pools = new DbSchedulerCustomizer() {
            @Override
            public Optional<SchedulerName> schedulerName() {
                return Optional.of(new SchedulerName.Fixed(name.value()));
            }

            @Override
            public Optional<ExecutorService> executorService() {
                return Optional.of(runner.getThreadPoolExecutor());
            }

            @Override
            public Optional<ExecutorService> dueExecutor() {
                return Optional.of(poller.getThreadPoolExecutor());
            }

            @Override
            public Optional<ScheduledExecutorService> housekeeperExecutor() {
                return Optional.of(housekeeper.getScheduledExecutor());
            }
        };
        return DbSchedulerConfigurationSupport.buildScheduler(config, pools, stats.getIfAvailable(() -> StatsRegistry.NOOP),
                clock.getIfAvailable(SystemClock::new), dataSource, tasks, listeners.orderedStream().toList(),
                interceptors.orderedStream().toList());
    }

    /** The name this instance claims plan jobs under. */
    record PlanInstanceName(String value) {
    }

    /**
     * Stops db-scheduler first when the context closes: in the lifecycle's first phase ({@code DEFAULT_PHASE}),
     * before the web server's graceful shutdown and before the pools its threads belong to. Its polling loop occupies
     * the {@code plan-poller} thread for as long as the scheduler runs and takes an interrupt for a spurious wake-up,
     * so only the scheduler's own {@code stop()} ends it; as the bean's destroy method (after the lifecycle), the
     * poller pool's stop waited its whole timeout (30 s) for that loop on every context close and every SIGTERM.
     * First, because an instance that is going away should claim no more plans: the ones started through it were
     * just recorded INTERRUPTED ({@code PlanService.stop}), and a plan claimed now could only be interrupted too.
     * The plan running here was cancelled by then, so {@code db-scheduler.shutdown-max-wait} only bounds a plan
     * slow to notice it (after it, db-scheduler interrupts the runner). Also stops the scheduler when the context is
     * destroyed without a lifecycle stop (a failed start).
     */
    static final class SchedulerStop implements SmartLifecycle, DisposableBean {

        private final Scheduler scheduler;
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicBoolean stopped = new AtomicBoolean();

        SchedulerStop(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        /** The scheduler itself starts when the context is ready (db-scheduler's starter); this only tracks it. */
        @Override
        public void start() {
            running.set(true);
        }

        @Override
        public void stop() {
            running.set(false);
            if (stopped.compareAndSet(false, true)) {
                scheduler.stop();
            }
        }

        @Override
        public boolean isRunning() {
            return running.get();
        }

        @Override
        public int getPhase() {
            return SmartLifecycle.DEFAULT_PHASE;
        }

        @Override
        public void destroy() {
            stop();
        }
    }
}
