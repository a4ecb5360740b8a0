package id.seimbang.plan;

/**
 * Progress of one running plan (phase and fraction), and its cancellation flag, shared between the
 * plan thread and status requests.
 */
final class PlanProgress {

    private volatile boolean started;
    private volatile boolean cancelled;
    private volatile String phase = "queued";
    private volatile double fraction;

    void start() {
        started = true;
    }

    boolean started() {
        return started;
    }

    void cancel() {
        cancelled = true;
    }

    void update(String phase, double fraction) {
        this.phase = phase;
        this.fraction = Math.max(0, Math.min(1, fraction));
        checkCancelled();
    }

    boolean cancelled() {
        return cancelled;
    }

    void checkCancelled() {
        if (cancelled) {
            throw new PlanCancelledException();
        }
    }

    String phase() {
        return phase;
    }

    double fraction() {
        return fraction;
    }
}
