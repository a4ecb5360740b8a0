package id.seimbang.authoring;

import java.util.List;

/**
 * One scenario's outcome. {@code source}: "file" (tests-data/scenarios) or "draft" (added through the API);
 * {@code error} is set when the scenario could not be evaluated at all (bad JSON, unknown unit).
 */
record ScenarioResult(String name, String source, boolean passed, List<Mismatch> mismatches, String error) {

    public ScenarioResult {
        mismatches = List.copyOf(mismatches);
    }

    ScenarioResult withMismatches(List<Mismatch> found) {
        return new ScenarioResult(name, source, found.isEmpty() && error == null, found, error);
    }

    /** What was expected and what the policy answered, for one checked field. */
    public record Mismatch(String field, String expected, String actual) {
    }
}
