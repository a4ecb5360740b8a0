package id.seimbang.system;

import java.time.Duration;
import java.util.List;

/** A client over a rate limit (429 problem+json with {@code Retry-After}, in whole seconds, at least 1). */
public class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter, Bilingual title, List<FieldProblem> problems) {
        super(Kind.TOO_MANY_REQUESTS, title, problems);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least 1: what a {@code Retry-After} header says. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
