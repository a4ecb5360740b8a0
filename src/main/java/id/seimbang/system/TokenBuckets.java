package id.seimbang.system;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Token buckets by key (a client, a user name, an address), held in a bounded Caffeine cache: each key may take
 * {@code capacity} tokens at once and gets {@code perMinute} tokens back per minute. A key unused for ten minutes
 * (with its bucket full again by then, at any sensible rate) is forgotten. Used for the per-client rate limit of
 * decisions; one instance per limit.
 */
public final class TokenBuckets {

    private final int capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final Cache<String, Bucket> buckets;

    public TokenBuckets(int capacity, int perMinute, LongSupplier nanoTime) {
        if (capacity < 1 || perMinute < 1) {
            throw new IllegalArgumentException("capacity and perMinute must be at least 1");
        }
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60e9;
        this.nanoTime = nanoTime;
        this.buckets = Caches.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
    }

    public TokenBuckets(int capacity, int perMinute) {
        this(capacity, perMinute, System::nanoTime);
    }

    /** Takes one token of {@code key}'s bucket: {@link Duration#ZERO} when taken, else the wait until one is back. */
    public Duration take(String key) {
        Bucket bucket = buckets.get(key, k -> new Bucket(capacity, nanoTime.getAsLong()));
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * tokensPerNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / tokensPerNano));
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
