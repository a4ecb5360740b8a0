package id.seimbang.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of a plan: the optimal moves, the objective Σ(g + in − out)² + Σ(moveCost + penalty), the
 * imbalance before and after, the greedy baseline's objective on the same input and the optimality evidence.
 */
public record PlanResult(
        String policyVersion,
        LocalDate asOf,
        int employeesInScope,
        int eligibleEmployees,
        int candidateCount,
        String candidatesSha256,
        List<PlannedMove> moves,
        double objective,
        double imbalanceBefore,
        double imbalanceAfter,
        double greedyObjective,
        int greedyMoves,
        OptimalityEvidence evidence,
        List<CellChange> cells,
        long solveMillis,
        long totalMillis) {
}
