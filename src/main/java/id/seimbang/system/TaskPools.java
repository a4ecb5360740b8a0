package id.seimbang.system;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The one way to make a thread pool in this service: a {@link ThreadPoolTaskExecutor} declared as a Spring bean
 * (so it is shut down with the context), named after the bean, bounded in threads and queue, and whose threads
 * carry the application's class loader as context class loader.
 *
 * <p>Why the class loader matters: in the packaged jar the JDK's loader cannot see {@code BOOT-INF/lib}. Drools
 * finds its executor provider through the thread's context class loader, and when its first MVEL constraint JIT
 * happens on a thread with the JDK loader (a {@code new ForkJoinPool} or the common pool), the holder class fails
 * to initialise and stays broken for the whole JVM (docs/architecture.md, "Threads"). A new thread normally
 * inherits the loader of whichever thread first submitted work, so it is set here explicitly.
 */
public final class TaskPools {

    private TaskPools() {
    }

    /**
     * A pool of {@code threads} threads named {@code name-1}, {@code name-2}, … with a queue of
     * {@code queueCapacity} waiting tasks. When the queue is full the submitting thread runs the task itself
     * ({@code callerRuns}) or the submission is refused with a {@code TaskRejectedException}.
     */
    public static ThreadPoolTaskExecutor bounded(String name, int threads, int queueCapacity, boolean callerRuns) {
        ApplicationLoaderPool pool = new ApplicationLoaderPool(TaskPools.class.getClassLoader());
        pool.setThreadNamePrefix(name + "-");
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(queueCapacity);
        // Work still running when the pool stops is interrupted (ApplicationLoaderPool.stop); daemon threads never
        // hold the JVM.
        pool.setWaitForTasksToCompleteOnShutdown(false);
        pool.setDaemon(true);
        if (callerRuns) {
            pool.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        }
        return pool;
    }

    /**
     * A scheduler with one daemon thread named {@code name-1}, for periodic upkeep (the audit witness); its tasks are
     * cancelled when the context closes. Not started: the caller initialises it.
     */
    public static ThreadPoolTaskScheduler scheduler(String name) {
        return scheduler(name, 1);
    }

    /**
     * A scheduler with {@code threads} daemon threads named {@code name-1}, {@code name-2}, … for periodic work
     * (heartbeats, housekeeping), with the application's class loader; stopped with the context.
     */
    public static ThreadPoolTaskScheduler scheduler(String name, int threads) {
        ClassLoader application = TaskPools.class.getClassLoader();
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler() {
            @Override
            public Thread createThread(Runnable runnable) {
                Thread thread = super.createThread(runnable);
                thread.setContextClassLoader(application);
                return thread;
            }
        };
        scheduler.setThreadNamePrefix(name + "-");
        scheduler.setPoolSize(threads);
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        return scheduler;
    }

    /**
     * Sets the application's class loader on every thread it creates, and interrupts the work still running when it
     * stops.
     *
     * <p>Why the stop interrupts: a pool is a {@code SmartLifecycle} that stops in phase
     * {@code ExecutorConfigurationSupport.DEFAULT_PHASE}, after the web server's graceful shutdown (requests in
     * progress have finished), and Spring's own stop then waits, up to {@code spring.lifecycle.timeout-per-shutdown-phase}
     * (30 s), for the tasks still running; only the destroy step after it interrupts them. A long-running task (the
     * policy file watcher's loop, a plan that has not noticed its cancellation yet) held every context close and every
     * SIGTERM for those 30 s. Here the stop interrupts them and drops queued work at once; Spring then waits only for
     * the interrupted tasks to end.
     */
    static final class ApplicationLoaderPool extends ThreadPoolTaskExecutor {

        private final transient ClassLoader application;

        ApplicationLoaderPool(ClassLoader application) {
            this.application = application;
        }

        @Override
        public Thread createThread(Runnable runnable) {
            Thread thread = super.createThread(runnable);
            thread.setContextClassLoader(application);
            return thread;
        }

        @Override
        public void stop(Runnable callback) {
            shutdown(); // waitForTasksToCompleteOnShutdown is false: shutdownNow, queued tasks cancelled
            super.stop(callback);
        }
    }
}
