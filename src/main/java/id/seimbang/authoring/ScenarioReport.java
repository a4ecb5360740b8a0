package id.seimbang.authoring;

import java.time.Instant;
import java.util.List;

/** All scenarios run against one policy version. */
public record ScenarioReport(String version, int total, int failed, List<ScenarioResult> results, Instant at) {

    public ScenarioReport {
        results = List.copyOf(results);
    }

    public static ScenarioReport of(String version, List<ScenarioResult> results, Instant at) {
        return new ScenarioReport(version, results.size(), (int) results.stream().filter(r -> !r.passed()).count(),
                results, at);
    }

    public boolean passed() {
        return failed == 0;
    }
}
