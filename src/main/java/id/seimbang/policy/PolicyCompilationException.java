package id.seimbang.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A policy that does not compile or validate; it never becomes a snapshot. */
public class PolicyCompilationException extends RuntimeException {

    private final List<PolicyProblem> problems;

    public PolicyCompilationException(List<PolicyProblem> problems) {
        super("Policy does not compile / Kebijakan tidak dapat dikompilasi:\n"
                + problems.stream().map(p -> "  " + p.formatted()).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
