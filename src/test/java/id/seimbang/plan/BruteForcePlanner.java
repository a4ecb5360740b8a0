package id.seimbang.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.seimbang.balance.WorkloadModel;
import id.seimbang.workforce.CellKey;

/** Test-only references: exhaustive search over all assignments, and a naive quadratic greedy. */
final class BruteForcePlanner {

    private BruteForcePlanner() {
    }

    /** Minimum objective over every choice of (stay or one candidate) per employee that respects caps and max. */
    static double optimum(PlanProblem problem) {
        Map<String, List<CandidateMove>> options = new LinkedHashMap<>();
        for (CandidateMove move : problem.candidates()) {
            options.computeIfAbsent(move.employeeId(), id -> new ArrayList<>()).add(move);
        }
        List<List<CandidateMove>> perEmployee = new ArrayList<>(options.values());
        double[] best = { Double.POSITIVE_INFINITY };
        search(problem, perEmployee, 0, new ArrayList<>(), best);
        return best[0];
    }

    private static void search(PlanProblem problem, List<List<CandidateMove>> perEmployee, int index,
            List<CandidateMove> chosen, double[] best) {
        if (index == perEmployee.size()) {
            if (PlanChecks.violations(problem, chosen).isEmpty()) {
                best[0] = Math.min(best[0], problem.objectiveOf(chosen));
            }
            return;
        }
        search(problem, perEmployee, index + 1, chosen, best);
        for (CandidateMove move : perEmployee.get(index)) {
            chosen.add(move);
            search(problem, perEmployee, index + 1, chosen, best);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** The greedy rule written the obvious way: rescan every candidate after each move. */
    static List<CandidateMove> naiveGreedy(PlanProblem problem) {
        Map<CellKey, Double> gap = new HashMap<>(problem.gaps());
        Map<CellKey, Integer> left = new HashMap<>();
        Set<String> moved = new HashSet<>();
        List<CandidateMove> chosen = new ArrayList<>();
        List<CandidateMove> ordered = new ArrayList<>(problem.candidates());
        ordered.sort(Comparator.comparing(CandidateMove::employeeId).thenComparing(CandidateMove::from)
                .thenComparing(CandidateMove::to));
        int limit = problem.maxMoves() == null ? Integer.MAX_VALUE : problem.maxMoves();
        while (chosen.size() < limit) {
            CandidateMove best = null;
            double bestScore = TransferOptimizer.EPSILON;
            for (CandidateMove move : ordered) {
                Integer cap = problem.outflowCaps().get(move.from());
                if (moved.contains(move.employeeId()) || (cap != null && left.getOrDefault(move.from(), 0) >= cap)) {
                    continue;
                }
                double score = WorkloadModel.gain(gap.get(move.from()), gap.get(move.to())) - move.cost();
                if (score > bestScore) {
                    best = move;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            moved.add(best.employeeId());
            left.merge(best.from(), 1, Integer::sum);
            gap.merge(best.from(), -1.0, Double::sum);
            gap.merge(best.to(), 1.0, Double::sum);
        }
        chosen.sort(CandidateMove.PLAN_ORDER);
        return chosen;
    }
}
