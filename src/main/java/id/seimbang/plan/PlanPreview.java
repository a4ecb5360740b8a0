package id.seimbang.plan;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * The optimal province-wide plan under a given policy, computed synchronously and not stored: what the
 * policy authoring module compares between the active policy and a draft. Same candidates and optimiser as a
 * plan job (default move cost, no caps), with E taken from the policy's own parameters.
 */
@Component
public class PlanPreview {

    private final PlanCandidateBuilder builder;

    PlanPreview(PlanCandidateBuilder builder) {
        this.builder = builder;
    }

    /** Imbalance before and after the optimal plan, its number of moves and of candidate moves. */
    public record Result(double imbalanceBefore, double imbalanceAfter, int moves, int candidates) {
    }

    public Result optimal(PolicySnapshot policy, Workforce data, LocalDate asOf) {
        PlanCandidateBuilder.Candidates candidates = builder.build(policy, data,
                new PlanScopeFilter(Unit::active), asOf, PlanRequest.DEFAULT_MOVE_COST,
                policy.parameters().effectiveHoursPerYear(), new PlanProgress());
        PlanSolution optimum = new TransferOptimizer(2).solve(
                new PlanProblem(candidates.gaps(), candidates.moves()), ProgressListener.NONE);
        return new Result(optimum.imbalanceBefore(), optimum.imbalanceAfter(), optimum.moves().size(),
                candidates.moves().size());
    }
}
