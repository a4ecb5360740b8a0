package id.seimbang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    @Test
    void aKeyTakesItsBurstThenWaitsForTheRateAndOtherKeysAreIndependent() {
        AtomicLong now = new AtomicLong();
        TokenBuckets buckets = new TokenBuckets(3, 60, now::get); // one token a second

        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a")).isEqualTo(Duration.ZERO);
        }
        assertThat(buckets.take("a")).isEqualTo(Duration.ofSeconds(1));
        assertThat(buckets.take("b")).isEqualTo(Duration.ZERO);
        now.addAndGet(Duration.ofMillis(400).toNanos());
        assertThat(buckets.take("a")).isEqualTo(Duration.ofMillis(600));
        now.addAndGet(Duration.ofMillis(600).toNanos());
        assertThat(buckets.take("a")).isEqualTo(Duration.ZERO);
        now.addAndGet(Duration.ofMinutes(5).toNanos()); // refills up to the burst, no further
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a")).isEqualTo(Duration.ZERO);
        }
        assertThat(buckets.take("a")).isPositive();
    }
}
