package id.seimbang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import id.seimbang.MutableClock;

/** Issue 15, low: back off after 5 failures per user name or address; nothing locks an account for good. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofSeconds(5), Duration.ofMinutes(1),
            Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresForAUserBackOffDoublingUpToTheUserCap() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("siti", "10.0.0." + i);
            assertThat(throttle.waitFor("siti", "10.0.0.99")).isZero();
        }
        throttle.failed("siti", "10.0.0.4");
        assertThat(throttle.waitFor("siti", "10.0.0.99")).isEqualTo(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(5));
        assertThat(throttle.waitFor("siti", "10.0.0.99")).isZero();
        throttle.failed("siti", "10.0.0.5");
        assertThat(throttle.waitFor("siti", "10.0.0.99")).isEqualTo(Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            throttle.failed("siti", "10.0.1." + i);
        }
        // never more than the cap for a user name: an attacker cannot keep its owner out for longer per attempt
        assertThat(throttle.waitFor("siti", "10.0.0.99")).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("siti", "10.0.0.99")).isZero();
        throttle.succeeded("siti");
        throttle.failed("siti", "10.0.2.1");
        assertThat(throttle.waitFor("siti", "10.0.0.99")).isZero();
    }

    @Test
    void fiveFailuresFromAnAddressBackOffEveryUserFromItAndASuccessDoesNotResetTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "203.0.113.9");
        }
        assertThat(throttle.waitFor("someone-else", "203.0.113.9")).isEqualTo(Duration.ofSeconds(5));
        assertThat(throttle.waitFor("someone-else", "198.51.100.1")).isZero();
        throttle.succeeded("user0");
        assertThat(throttle.waitFor("user0", "203.0.113.9")).isEqualTo(Duration.ofSeconds(5));
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "203.0.113.9");
        }
        assertThat(throttle.waitFor("anyone", "203.0.113.9")).isEqualTo(Duration.ofMinutes(15));
    }
}
