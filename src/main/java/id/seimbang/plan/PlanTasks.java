package id.seimbang.plan;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import id.seimbang.system.Parallel;

/** Waiting for the parts of a plan that run on other threads (the {@code plan-worker} pool). */
final class PlanTasks {

    private PlanTasks() {
    }

    /** Something to wait for: a future's result or a {@link Parallel} map. */
    interface Wait<T> {
        T get() throws InterruptedException, ExecutionException;
    }

    static <T> T join(Future<T> task) {
        return join((Wait<T>) task::get);
    }

    /**
     * The result. An interrupt while waiting is a cancelled plan; a task's own failure is rethrown as it was, so
     * the plan fails with its reason.
     */
    static <T> T join(Wait<T> wait) {
        try {
            return wait.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanCancelledException();
        } catch (ExecutionException e) {
            throw Parallel.unchecked(e.getCause());
        }
    }
}
