package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The plan thread learns of a cancellation from elsewhere through the sync action, throttled except at the end. */
class PlanProgressTest {

    @Test
    void progressWithinASyncIntervalDoesNotSyncButTheLastLookBeforeTheResultAlwaysDoes() {
        AtomicInteger syncs = new AtomicInteger();
        AtomicInteger cancelAfter = new AtomicInteger(Integer.MAX_VALUE);
        PlanProgress progress = new PlanProgress(p -> {
            if (syncs.incrementAndGet() >= cancelAfter.get()) {
                p.cancel();
            }
        });

        progress.update("candidates", 0.5);
        progress.checkCancelled();
        assertThat(syncs).hasValue(0);

        // another instance asked to cancel: the database says so at the next sync
        cancelAfter.set(1);
        assertThatThrownBy(progress::checkCancelledNow).isInstanceOf(PlanCancelledException.class);
        assertThat(syncs).hasValue(1);
    }

    @Test
    void aCancellationHereIsSeenWithoutASync() {
        PlanProgress progress = new PlanProgress();
        progress.cancel();
        assertThatThrownBy(() -> progress.update("solve", 0.1)).isInstanceOf(PlanCancelledException.class);
    }
}
