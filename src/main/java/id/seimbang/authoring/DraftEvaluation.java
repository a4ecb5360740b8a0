package id.seimbang.authoring;

import java.time.Instant;
import java.util.List;

import id.seimbang.policy.PolicyFile;

/**
 * One run of a draft's checks (architecture §5): what to run and everything it needs, in a form that crosses a
 * process boundary as JSON. {@code activeFiles} and {@code workforce} are filled only for a draft worker's impact
 * analysis (in the service they are the active snapshot and the current workforce); {@code now} is the service
 * clock's instant, so a worker dates its reports and finds "today" exactly as the service would.
 */
record DraftEvaluation(Kind kind, List<PolicyFile> files, List<ScenarioRunner.Source> scenarios, Instant now,
        List<PolicyFile> activeFiles, WorkforceData workforce) {

    /** What a run computes. WARM_UP only compiles {@code activeFiles} in a new worker (trusted, not a draft). */
    enum Kind {
        VALIDATE, SCENARIOS, IMPACT, CHECK, WARM_UP;

        boolean scenarios() {
            return this == SCENARIOS || this == CHECK;
        }

        boolean impact() {
            return this == IMPACT || this == CHECK;
        }
    }

    DraftEvaluation {
        files = files == null ? List.of() : List.copyOf(files);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        activeFiles = activeFiles == null ? null : List.copyOf(activeFiles);
    }

    DraftEvaluation withImpactInputs(List<PolicyFile> active, WorkforceData facts) {
        return new DraftEvaluation(kind, files, scenarios, now, active, facts);
    }

    /**
     * The reports a run produced (null for what it did not compute); {@code usage} is the worker's measurement of
     * the run, null in-process.
     */
    record Result(ValidationReport validation, ScenarioReport scenarios, ImpactReport impact, Usage usage) {
    }

    /**
     * What a run cost in the worker: wall-clock milliseconds, the heap's peak during the run (sum of the heap
     * pools' peaks, reset before the run) and the process's peak resident memory so far (VmHWM, Linux only; 0
     * elsewhere).
     */
    record Usage(long millis, long peakHeapBytes, long peakRssBytes) {
    }
}
