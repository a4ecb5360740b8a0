package id.seimbang.plan;

import java.time.LocalDate;
import java.util.List;

import id.seimbang.system.FullPrecision;

/**
 * What became of a completed plan (issue 20 point 4): its moves with their markings, Σg² as planned against Σg²
 * with only the executed moves applied (both on the cells and gaps the plan started from), and the balance of the
 * plan's scope on today's workforce data against the plan's start.
 *
 * @param imbalanceAtStart  Σg² of the plan's cells when it was made ({@link PlanResult#imbalanceBefore()})
 * @param plannedImbalance  Σg² after all planned moves ({@link PlanResult#imbalanceAfter()})
 * @param executedImbalance Σg² of the same cells with only the moves marked EXECUTED applied to the starting staff
 * @param imbalanceToday    Σg² of the plan's scope on the current workforce data and workload model, or null when the
 *                          scope no longer exists in the data ({@code scopeProblem} says why)
 * @param cellsToday        formation cells of the scope today (the plan had {@code cellsAtStart})
 */
public record PlanFollowUp(String planId, LocalDate planAsOf, LocalDate planCreatedOn, LocalDate today,
        int plannedMoves, int executedMoves, int notExecutedMoves, int unmarkedMoves,
        @FullPrecision double imbalanceAtStart, @FullPrecision double plannedImbalance,
        @FullPrecision double executedImbalance, @FullPrecision Double imbalanceToday, int cellsAtStart,
        Integer cellsToday, String scopeProblem, List<FollowedMove> moves) {

    public PlanFollowUp {
        moves = List.copyOf(moves);
    }

    /** Where today's workforce data has the employee of a move. */
    public enum WhereToday {
        /** In the move's target cell: the move is in the data (imported). */
        AT_TARGET,
        /** Still in the cell the move starts from. */
        AT_ORIGIN,
        /** In another cell. */
        ELSEWHERE,
        /** Not in the workforce data any more. */
        ABSENT
    }

    /** One planned move, its marking (null while unmarked) and where the employee is in today's data. */
    public record FollowedMove(String nip, String name, String fromUnit, String fromPosition, String toUnit,
            String toPosition, MoveExecution execution, WhereToday whereToday) {
    }
}
