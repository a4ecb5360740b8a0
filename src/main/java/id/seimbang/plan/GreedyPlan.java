package id.seimbang.plan;

import java.util.List;

/** The result of the greedy baseline; moves in {@link CandidateMove#PLAN_ORDER}. */
record GreedyPlan(List<CandidateMove> moves, double objective, double imbalanceBefore,
        double imbalanceAfter) {

    public GreedyPlan {
        moves = List.copyOf(moves);
    }
}
