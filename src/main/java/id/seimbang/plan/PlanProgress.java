package id.seimbang.plan;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Progress of one running plan (phase and fraction), and its cancellation flag, shared between the
 * plan thread and status requests. With a sync action, at most once per {@link #SYNC_NANOS} the thread that
 * reports progress or checks for cancellation also runs it: the plan service writes the progress to the database
 * (for status requests on other instances) and reads whether another instance asked to cancel.
 */
final class PlanProgress {

    static final long SYNC_NANOS = TimeUnit.SECONDS.toNanos(1);

    private volatile boolean started;
    private volatile boolean cancelled;
    private volatile String phase = "queued";
    private volatile double fraction;
    private final Consumer<PlanProgress> sync;
    private final AtomicLong lastSync = new AtomicLong(System.nanoTime());

    PlanProgress() {
        this(p -> { });
    }

    PlanProgress(Consumer<PlanProgress> sync) {
        this.sync = sync;
    }

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
        long now = System.nanoTime();
        long last = lastSync.get();
        if (now - last >= SYNC_NANOS && lastSync.compareAndSet(last, now)) {
            sync.accept(this);
        }
        if (cancelled) {
            throw new PlanCancelledException();
        }
    }

    /**
     * Syncs now, whenever the last sync was, then checks: the last look before a result is recorded, so a
     * cancellation asked for on another instance less than a sync interval before the end still wins.
     */
    void checkCancelledNow() {
        lastSync.set(System.nanoTime());
        sync.accept(this);
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
