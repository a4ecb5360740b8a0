package id.seimbang.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.seimbang.balance.CellBalance;
import id.seimbang.balance.WorkloadModel;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Workforce;

/**
 * The figures of a plan's follow-up (architecture §4), free of Spring and the database so that they can be checked
 * on a constructed case: Σg² with only the executed moves, the balance of a scope today, where an employee is.
 */
final class FollowUpFigures {

    private FollowUpFigures() {
    }

    /**
     * Σg² over the plan's cells when only the moves of {@code executed} (NIPs) are applied to the staff the plan
     * started from: each such move takes one person from its cell and adds one to its target. With every move
     * executed this is the plan's own Σg² after; with none, its Σg² before.
     */
    static double executedImbalance(List<CellChange> cells, List<PlannedMove> moves, Set<String> executed) {
        Map<CellKey, Double> gaps = new HashMap<>();
        for (CellChange c : cells) {
            gaps.put(new CellKey(c.unitCode(), c.positionCode()), c.gapBefore());
        }
        for (PlannedMove m : moves) {
            if (executed.contains(m.nip())) {
                shift(gaps, new CellKey(m.fromUnit(), m.fromPosition()), -1);
                shift(gaps, new CellKey(m.toUnit(), m.toPosition()), +1);
            }
        }
        return gaps.values().stream().mapToDouble(g -> g * g).sum();
    }

    private static void shift(Map<CellKey, Double> gaps, CellKey cell, int by) {
        Double gap = gaps.get(cell);
        if (gap == null) {
            throw new IllegalStateException("A move of the plan names a cell the plan does not have: " + cell);
        }
        gaps.put(cell, gap + by);
    }

    /** Σg² and number of the formation cells of the units a scope covers, on a workforce snapshot. */
    record ScopeBalance(double imbalance, int cells) {
    }

    static ScopeBalance scopeBalance(Workforce data, WorkloadModel model, PlanScopeFilter scope) {
        double sum = 0;
        int count = 0;
        for (FormationCell cell : data.cells()) {
            if (data.unit(cell.unitCode()).filter(scope.covers()).isPresent()) {
                CellBalance b = model.balance(data, cell);
                sum += b.gap() * b.gap();
                count++;
            }
        }
        return new ScopeBalance(sum, count);
    }

    /** Where the data has the move's employee: in its target cell, still at its origin, elsewhere or gone. */
    static PlanFollowUp.WhereToday whereToday(Employee employee, PlannedMove move) {
        if (employee == null) {
            return PlanFollowUp.WhereToday.ABSENT;
        }
        if (employee.cell().equals(new CellKey(move.toUnit(), move.toPosition()))) {
            return PlanFollowUp.WhereToday.AT_TARGET;
        }
        if (employee.cell().equals(new CellKey(move.fromUnit(), move.fromPosition()))) {
            return PlanFollowUp.WhereToday.AT_ORIGIN;
        }
        return PlanFollowUp.WhereToday.ELSEWHERE;
    }
}
