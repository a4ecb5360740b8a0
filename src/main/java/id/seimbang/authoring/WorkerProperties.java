package id.seimbang.authoring;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The draft worker processes under {@code seimbang.authoring.worker} (architecture §5): drafts are checked in a
 * separate JVM that is stopped when a run exceeds its time or memory.
 *
 * @param enabled        false runs draft checks inside the service, unbounded (only for trusted files, e.g. tests)
 * @param compileTimeout wall-clock limit for compiling the draft (and the active policy when it changed) in a run
 * @param timeout        wall-clock limit for evaluating a compiled draft (scenarios, impact); the worker is killed
 * @param maxHeap        the worker JVM's heap ({@code -Xmx}); a run that needs more is stopped as too large
 * @param startupTimeout limit for starting a worker and compiling the active policy in it (not counted in a run)
 * @param processes      workers at most, i.e. draft runs at once; a run waits up to {@code timeout} for one
 * @param maxRuns        runs one worker serves before it is replaced by a fresh one
 * @param jvmOptions     extra options for the worker JVM, e.g. {@code -XX:TieredStopAtLevel=1}
 */
@ConfigurationProperties("seimbang.authoring.worker")
record WorkerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("60s") Duration compileTimeout,
        @DefaultValue("120s") Duration timeout,
        @DefaultValue("3GB") DataSize maxHeap,
        @DefaultValue("180s") Duration startupTimeout,
        @DefaultValue("1") int processes,
        @DefaultValue("100") int maxRuns,
        @DefaultValue List<String> jvmOptions) {

    static final String TIMEOUT = "seimbang.authoring.worker.timeout";
    static final String COMPILE_TIMEOUT = "seimbang.authoring.worker.compile-timeout";
    static final String MAX_HEAP = "seimbang.authoring.worker.max-heap";
}
