package id.seimbang.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.seimbang.workforce.CellKey;

/** Constraint checks applied to every plan the tests see. */
final class PlanChecks {

    private PlanChecks() {
    }

    /** Every broken constraint of the plan: non-candidate move, employee twice, cap exceeded, too many moves. */
    static List<String> violations(PlanProblem problem, List<CandidateMove> moves) {
        List<String> problems = new ArrayList<>();
        Set<CandidateMove> allowed = new HashSet<>(problem.candidates());
        Set<String> employees = new HashSet<>();
        Map<CellKey, Integer> left = new HashMap<>();
        for (CandidateMove move : moves) {
            if (!allowed.contains(move)) {
                problems.add("not a candidate: " + move);
            }
            if (!employees.add(move.employeeId())) {
                problems.add("moves twice: " + move.employeeId());
            }
            left.merge(move.from(), 1, Integer::sum);
        }
        left.forEach((cell, count) -> {
            Integer cap = problem.outflowCaps().get(cell);
            if (cap != null && count > cap) {
                problems.add("cap of " + cell + " is " + cap + ", " + count + " leave");
            }
        });
        if (problem.maxMoves() != null && moves.size() > problem.maxMoves()) {
            problems.add(moves.size() + " moves, at most " + problem.maxMoves());
        }
        return problems;
    }
}
