package id.seimbang.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a plan's time went, per phase (CPU-thread milliseconds summed over worker threads), so planners and
 * operators can see what a larger province costs.
 */
final class PlanTimings {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Long> order = new ConcurrentHashMap<>();

    /** Adds the time since {@code startedNanos} to the phase. */
    void add(String phase, long startedNanos) {
        order.putIfAbsent(phase, (long) order.size());
        nanos.computeIfAbsent(phase, p -> new LongAdder()).add(System.nanoTime() - startedNanos);
    }

    Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum() / 1_000_000));
        return out;
    }
}
