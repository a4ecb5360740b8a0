package id.seimbang.plan;

/**
 * Why a plan is optimal, checked independently of the solver after it finished.
 *
 * @param noNegativeCycle       Bellman-Ford (queue variant) from a virtual root found no negative-cost cycle in
 *                              the final residual network (tolerance {@link TransferOptimizer#EPSILON})
 * @param cheapestRemainingPath cost of the cheapest source→sink path left in the residual network; >= 0 means no
 *                              further unit of flow (move or chain of moves) lowers the objective;
 *                              {@code +Infinity} when no such path exists; with a binding maximum of moves taken
 *                              by the K cheapest augmentations, the cheapest path left minus the dearest
 *                              augmentation kept (>= 0: nothing left out is cheaper than what was kept)
 * @param augmentations         units of flow pushed (over all components and all solves: free, truncated, Lagrangian)
 * @param components            independent components of the move graph solved separately
 * @param method                how the plan was found
 * @param lowerBound            no plan satisfying the constraints has an objective below this value
 * @param gap                   objective − lowerBound; 0 means proven optimal
 * @param lambda                price per move used for the maximum-moves constraint (0 without it): minus the dearest
 *                              augmentation kept, or the Lagrangian λ of the fallback
 */
record OptimalityEvidence(boolean noNegativeCycle, double cheapestRemainingPath, long augmentations,
        int components, String method, double lowerBound, double gap, double lambda) {

    /** True when the residual checks hold and the bound meets the objective. */
    public boolean provenOptimal() {
        return noNegativeCycle && cheapestRemainingPath >= -TransferOptimizer.EPSILON
                && gap <= TransferOptimizer.EPSILON * Math.max(1, Math.abs(lowerBound));
    }
}
