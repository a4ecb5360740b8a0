package id.seimbang.plan;

import java.util.List;

/**
 * An optimised plan. {@code objective} = {@code imbalanceAfter} + Σ move costs; moves are in
 * {@link CandidateMove#PLAN_ORDER}.
 */
record PlanSolution(List<CandidateMove> moves, double objective, double imbalanceBefore,
        double imbalanceAfter, OptimalityEvidence evidence) {

    public PlanSolution {
        moves = List.copyOf(moves);
    }
}
