package id.seimbang.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class ParallelTest {

    private ThreadPoolTaskExecutor pool;

    @BeforeEach
    void start() {
        pool = TaskPools.bounded("parallel-test", 3, 8, true);
        pool.initialize();
    }

    @AfterEach
    void stop() {
        pool.shutdown();
    }

    @Test
    void resultsKeepTheItemsOrderAndTheWorkRunsOnThePool() throws Exception {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        List<Integer> squares = Parallel.map(pool, 2, items, i -> {
            threads.add(Thread.currentThread().getName());
            return i % 7 == 0 ? null : i * i;
        });

        assertThat(squares).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(squares.get(i)).isEqualTo(i % 7 == 0 ? null : i * i);
        }
        assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("parallel-test-"));
        assertThat(threads.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void theFirstFailureIsRethrownAsItWasAndStopsTheOtherTasks() {
        AtomicInteger done = new AtomicInteger();
        IllegalArgumentException failure = new IllegalArgumentException("item 3 is bad");

        // Each good item takes 0.1 ms, so finishing them all would take seconds. Item 0 holds the first task for
        // 50 ms, so the bad item usually lands on the second task while the caller waits on the first: that task
        // must stop too.
        assertThatThrownBy(() -> Parallel.map(pool, 2, IntStream.range(0, 100_000).boxed().toList(), i -> {
            if (i == 3) {
                throw failure;
            }
            LockSupport.parkNanos(i == 0 ? 50_000_000 : 100_000);
            done.incrementAndGet();
            return i;
        })).isSameAs(failure);
        assertThat(done.get()).isLessThan(50_000);
    }

    @Test
    void anInterruptedCallerCancelsTheTasks() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                Parallel.map(pool, 1, List.of(1), i -> {
                    running.countDown();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                    }
                    return i;
                });
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        caller.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(10_000);

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void noItemsNoTasks() throws Exception {
        assertThat(Parallel.map(pool, 2, List.<Integer>of(), i -> i)).isEmpty();
        assertThat(pool.getThreadPoolExecutor().getTaskCount()).isZero();
    }
}
