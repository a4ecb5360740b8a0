package id.seimbang.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;

import id.seimbang.system.Caches;

/**
 * Login throttling (issue 15, low): after {@code seimbang.security.login.max-failures} (5) failed sign-ins for a user
 * name, or from an address, the next attempt must wait, and each further failure doubles the wait. Nothing locks an
 * account for good: a user name's wait is capped at {@code max-user-backoff} (1 min), so someone guessing cannot
 * keep its owner out for longer than that per attempt, while an address's wait grows to {@code max-address-backoff}
 * (15 min), which is what slows a guesser down. A successful sign-in clears its user name (not its address: one's
 * own account must not reset a guesser's count); failures are forgotten {@code max-address-backoff} after the last
 * one. Every refused attempt is logged (WARN) with user name, address and wait.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant last) {
    }

    private final int maxFailures;
    private final Duration backoff;
    private final Duration maxUserBackoff;
    private final Duration maxAddressBackoff;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    // @Value: filters and providers are also built in @WebMvcTest slices, which bind no properties beans.
    LoginThrottle(@Value("${seimbang.security.login.max-failures:5}") int maxFailures,
            @Value("${seimbang.security.login.backoff:5s}") Duration backoff,
            @Value("${seimbang.security.login.max-user-backoff:1m}") Duration maxUserBackoff,
            @Value("${seimbang.security.login.max-address-backoff:15m}") Duration maxAddressBackoff, Clock clock) {
        this.maxFailures = maxFailures;
        this.backoff = backoff;
        this.maxUserBackoff = maxUserBackoff;
        this.maxAddressBackoff = maxAddressBackoff;
        this.clock = clock;
        this.failures = Caches.newBuilder().expireAfterWrite(maxAddressBackoff.plus(maxUserBackoff))
                .maximumSize(100_000).build();
    }

    /** How long this attempt must still wait ({@link Duration#ZERO}: it may go ahead); logs a refusal. */
    Duration waitFor(String username, String address) {
        Duration user = wait(failures.getIfPresent("user:" + username), maxUserBackoff);
        Duration from = address == null ? Duration.ZERO : wait(failures.getIfPresent("address:" + address),
                maxAddressBackoff);
        Duration wait = user.compareTo(from) >= 0 ? user : from;
        if (!wait.isZero()) {
            log.warn("Sign-in throttled: user '{}' from {} must wait {} s more (too many failed attempts)", username,
                    address, Math.max(1, wait.toSeconds()));
        }
        return wait;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        Failures user = failures.asMap().merge("user:" + username, new Failures(1, now),
                (old, one) -> new Failures(old.count() + 1, now));
        int fromAddress = 0;
        if (address != null) {
            fromAddress = failures.asMap().merge("address:" + address, new Failures(1, now),
                    (old, one) -> new Failures(old.count() + 1, now)).count();
        }
        if (user.count() >= maxFailures || fromAddress >= maxFailures) {
            log.warn("Failed sign-in for user '{}' from {}: {} failures for the user, {} from the address; "
                    + "further attempts back off", username, address, user.count(), fromAddress);
        }
    }

    void succeeded(String username) {
        failures.invalidate("user:" + username);
    }

    private Duration wait(Failures recorded, Duration cap) {
        if (recorded == null || recorded.count() < maxFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, recorded.count() - maxFailures);
        Duration backoffNow = backoff.multipliedBy(1L << doublings);
        if (backoffNow.compareTo(cap) > 0 || backoffNow.isNegative()) {
            backoffNow = cap;
        }
        Duration left = Duration.between(clock.instant(), recorded.last().plus(backoffNow));
        return left.isNegative() || left.isZero() ? Duration.ZERO : left;
    }
}
