package id.seimbang.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work split over a pool the caller owns (one of the {@link TaskPools}), never over the common fork-join pool:
 * engine work must run on threads that carry the application's class loader (docs/architecture.md, "Threads").
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * {@code work} applied to every item on at most {@code parallelism} tasks of {@code pool}, results in the
     * items' order (null results allowed). The tasks take the next item as they finish one, so uneven items
     * balance out; the caller waits. The first failure is rethrown as it was and stops the other tasks at their
     * next item; an interrupt of the caller cancels them and is rethrown.
     */
    public static <T, R> List<R> map(Executor pool, int parallelism, List<T> items,
            Function<? super T, ? extends R> work) throws InterruptedException {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1");
        }
        int n = items.size();
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<FutureTask<Void>> tasks = new ArrayList<>();
        for (int w = 0; w < Math.min(parallelism, n); w++) {
            tasks.add(new FutureTask<>(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < n && !stop.get(); i = next.getAndIncrement()) {
                        results[i] = work.apply(items.get(i));
                    }
                } catch (RuntimeException | Error e) {
                    // The caller may be waiting on another task: tell the others now, not when it gets here.
                    stop.set(true);
                    throw e;
                }
                return null;
            }));
        }
        try {
            for (FutureTask<Void> task : tasks) {
                pool.execute(task);
            }
            for (FutureTask<Void> task : tasks) {
                task.get();
            }
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } finally {
            stop.set(true);
            tasks.forEach(task -> task.cancel(true));
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    /** A task's own failure as it was thrown (checked ones wrapped), so callers see the real reason. */
    public static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
