package id.seimbang.plan;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the parts of a plan that run on other threads. */
final class PlanTasks {

    private PlanTasks() {
    }

    /**
     * The task's result. An interrupt while waiting is a cancelled plan; a task's own failure is rethrown as it
     * was, so the plan fails with its reason.
     */
    static <T> T join(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
