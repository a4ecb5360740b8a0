package id.seimbang.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.seimbang.system.FullPrecision;

/**
 * The outcome of a plan: the optimal moves, the objective Σ(g + in − out)² + Σ(moveCost + penalty), the
 * imbalance before and after, the greedy baseline's objective on the same input and the optimality evidence.
 * {@code phaseMillis}: time per phase (rule and placement phases summed over the worker threads).
 * The objective values, Σg² and the evidence's bounds leave the service at full precision (a checker recomputes
 * them from the candidate CSV); every other number is rounded to four decimals at the edge.
 */
public record PlanResult(
        String policyVersion,
        LocalDate asOf,
        int employeesInScope,
        int eligibleEmployees,
        int candidateCount,
        String candidatesSha256,
        List<PlannedMove> moves,
        @FullPrecision double objective,
        @FullPrecision double imbalanceBefore,
        @FullPrecision double imbalanceAfter,
        @FullPrecision double greedyObjective,
        int greedyMoves,
        Proof evidence,
        List<CellChange> cells,
        long solveMillis,
        long totalMillis,
        Map<String, Long> phaseMillis,
        Temporary temporary) {

    /** A transfer plan's result (no temporary assignments). */
    public PlanResult(String policyVersion, LocalDate asOf, int employeesInScope, int eligibleEmployees,
            int candidateCount, String candidatesSha256, List<PlannedMove> moves, double objective,
            double imbalanceBefore, double imbalanceAfter, double greedyObjective, int greedyMoves, Proof evidence,
            List<CellChange> cells, long solveMillis, long totalMillis, Map<String, Long> phaseMillis) {
        this(policyVersion, asOf, employeesInScope, eligibleEmployees, candidateCount, candidatesSha256, moves, objective,
                imbalanceBefore, imbalanceAfter, greedyObjective, greedyMoves, evidence, cells, solveMillis, totalMillis,
                phaseMillis, null);
    }

    /**
     * For a plan of temporary assignments (issue 20 point 2): the kind of work, the period (every move is an
     * assignment from {@code from} to {@code until}, after which the employee returns), the home-cell floor share
     * the plan kept and, per home cell ("unit/position"), the most running assignments of other plans away from it on
     * one day of the period when the plan was made (they lowered its floor cap); null for a transfer plan.
     */
    public record Temporary(id.seimbang.placement.TemporaryWork work, LocalDate from, LocalDate until,
            double homeMinShare, Map<String, Integer> runningAway) {

        public Temporary {
            // a plan stored before running assignments were counted has none
            runningAway = runningAway == null ? Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.TreeMap<>(runningAway));
        }

        /** Without running assignments of other plans. */
        public Temporary(id.seimbang.placement.TemporaryWork work, LocalDate from, LocalDate until,
                double homeMinShare) {
            this(work, from, until, homeMinShare, Map.of());
        }
    }

    /**
     * Why the plan is optimal (from {@link OptimalityEvidence}); {@code cheapestRemainingPath} is null when no
     * source→sink path is left at all.
     */
    public record Proof(boolean provenOptimal, boolean noNegativeCycle, @FullPrecision Double cheapestRemainingPath,
            long augmentations, int components, String method, @FullPrecision double lowerBound,
            @FullPrecision double gap, @FullPrecision double lambda) {

        static Proof of(OptimalityEvidence e) {
            return new Proof(e.provenOptimal(), e.noNegativeCycle(),
                    Double.isFinite(e.cheapestRemainingPath()) ? e.cheapestRemainingPath() : null, e.augmentations(),
                    e.components(), e.method(), e.lowerBound(), e.gap(), e.lambda());
        }
    }
}
