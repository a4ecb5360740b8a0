package id.seimbang.system;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The one way to start a cache: a Caffeine builder whose upkeep (eviction, expiry) runs on the calling thread.
 * Caffeine's default is the common fork-join pool, which the service does not use (docs/architecture.md §7), and
 * on the calling thread a size bound holds as soon as the call that exceeded it returns.
 */
public final class Caches {

    private Caches() {
    }

    public static Caffeine<Object, Object> newBuilder() {
        return Caffeine.newBuilder().executor(Runnable::run);
    }
}
