package id.seimbang.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.CellKey;
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
    private final Executor workers;
    private final int parallelism;

    PlanPreview(PlanCandidateBuilder builder, @Qualifier(PlanPools.WORKERS) Executor workers,
            PlanProperties properties) {
        this.builder = builder;
        this.workers = workers;
        this.parallelism = properties.parallelism();
    }

    /**
     * Imbalance before and after the optimal plan and its number of moves; the cell gaps and every allowed move
     * (cost = {@code moveCost} + placement penalty), from which callers can rank each employee's moves;
     * {@code chosen} are the moves of the optimal plan (who is moved where).
     */
    public record Result(double imbalanceBefore, double imbalanceAfter, int moves, Map<CellKey, Double> gaps,
            List<CandidateMove> candidates, double moveCost, List<CandidateMove> chosen) {
    }

    public Result optimal(PolicySnapshot policy, Workforce data, LocalDate asOf) {
        PlanCandidateBuilder.Candidates candidates = builder.build(policy, data,
                new PlanScopeFilter(Unit::active), asOf, PlanRequest.DEFAULT_MOVE_COST,
                policy.parameters().effectiveHoursPerYear(), new PlanProgress(), new PlanTimings());
        PlanSolution optimum = new TransferOptimizer(workers, parallelism).solve(
                new PlanProblem(candidates.gaps(), candidates.moves()), ProgressListener.NONE);
        return new Result(optimum.imbalanceBefore(), optimum.imbalanceAfter(), optimum.moves().size(),
                candidates.gaps(), candidates.moves(), PlanRequest.DEFAULT_MOVE_COST, optimum.moves());
    }
}
