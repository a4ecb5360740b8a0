package id.seimbang.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.seimbang.policy.PolicyProblem;

/**
 * Result of compiling a draft: {@code valid} when the policy compiles (DRL, parameters, DMN schema, model,
 * compilation and decision-table gaps/overlaps); {@code version} is the SHA-256 the files would publish as.
 */
public record ValidationReport(String version, boolean valid, List<PolicyProblem> problems, long millis,
        Instant at) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    /** Problems by file, for showing them next to each file; problems without a file under "". */
    public Map<String, List<PolicyProblem>> byFile() {
        Map<String, List<PolicyProblem>> map = new TreeMap<>();
        problems.forEach(p -> map.computeIfAbsent(p.file() == null ? "" : p.file(), k -> new java.util.ArrayList<>())
                .add(p));
        return map;
    }
}
