package id.seimbang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class TaskPoolsTest {

    /**
     * The first task of a pool is often submitted from a thread with another context class loader (in the fat
     * jar: a thread carrying the JDK's loader); the pool's threads must still carry the application's.
     */
    @Test
    void threadsCarryTheApplicationClassLoaderWhoeverSubmitsFirst() throws Exception {
        ThreadPoolTaskExecutor pool = TaskPools.bounded("loader-check", 2, 4, false);
        pool.initialize();
        try (URLClassLoader foreign = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            AtomicReference<Future<ClassLoader>> seen = new AtomicReference<>();
            Thread submitter = new Thread(() -> seen.set(pool.submit(() -> Thread.currentThread().getContextClassLoader())));
            submitter.setContextClassLoader(foreign);
            submitter.start();
            submitter.join();

            assertThat(seen.get().get(10, TimeUnit.SECONDS)).isSameAs(TaskPools.class.getClassLoader());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void threadsAreNamedAndBoundedAndAFullQueueIsRefused() throws Exception {
        ThreadPoolTaskExecutor pool = TaskPools.bounded("bounded-check", 1, 1, false);
        pool.initialize();
        CountDownLatch release = new CountDownLatch(1);
        try {
            Future<String> name = pool.submit(() -> {
                release.await();
                return Thread.currentThread().getName();
            });
            pool.submit(() -> { }); // waits in the queue of one
            assertThatThrownBy(() -> pool.submit(() -> { })).isInstanceOf(TaskRejectedException.class);
            release.countDown();

            assertThat(name.get(10, TimeUnit.SECONDS)).isEqualTo("bounded-check-1");
            assertThat(pool.getThreadPoolExecutor().getLargestPoolSize()).isEqualTo(1);
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }

    @Test
    void withCallerRunsAFullQueueMakesTheSubmitterDoTheWork() throws Exception {
        ThreadPoolTaskExecutor pool = TaskPools.bounded("caller-runs-check", 1, 1, true);
        pool.initialize();
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            pool.execute(() -> { });
            AtomicReference<Thread> ranOn = new AtomicReference<>();
            pool.execute(() -> ranOn.set(Thread.currentThread()));

            assertThat(ranOn.get()).isSameAs(Thread.currentThread());
        } finally {
            release.countDown();
            pool.shutdown();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OnePool {
        @Bean
        ThreadPoolTaskExecutor somePool() {
            return TaskPools.bounded("context-check", 1, 1, false);
        }
    }

    /**
     * The context's close interrupts running work in the pool's lifecycle stop and does not wait for it: Spring's
     * own stop waits up to the phase timeout (10 s in a plain context, 30 s in the service) and interrupts only at
     * destroy, after it.
     */
    @Test
    void aPoolDeclaredAsABeanStopsWithItsContextPromptlyInterruptingRunningWork() throws Exception {
        ThreadPoolTaskExecutor pool;
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        long closing;
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(OnePool.class)) {
            pool = context.getBean(ThreadPoolTaskExecutor.class);
            pool.execute(() -> {
                started.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            });
            pool.execute(() -> { }); // queued behind it: dropped
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            closing = System.nanoTime();
        }
        double seconds = (System.nanoTime() - closing) / 1e9;

        assertThat(pool.getThreadPoolExecutor().isShutdown()).isTrue();
        assertThat(interrupted.getCount()).as("running work interrupted by the close").isZero();
        assertThat(seconds).as("seconds to close the context").isLessThan(2.0);
        assertThat(pool.getThreadPoolExecutor().getQueue()).isEmpty();
    }
}
