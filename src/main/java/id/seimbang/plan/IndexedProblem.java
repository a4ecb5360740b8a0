package id.seimbang.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.seimbang.workforce.CellKey;

/**
 * A {@link PlanProblem} turned into primitive arrays: cells in key order, candidates in
 * {@link CandidateMove#EMPLOYEE_ORDER} (so one employee's candidates are contiguous and ties break the same way
 * in every planner).
 */
final class IndexedProblem {

    final PlanProblem problem;
    final CellKey[] cells;
    final double[] gap;
    /** Outflow cap per cell, −1 when none. */
    final int[] cap;
    final CandidateMove[] candidates;
    final int[] from;
    final int[] to;
    final double[] cost;
    /** Employee index (0..employees−1, in id order) of each candidate. */
    final int[] employee;
    final int employees;
    /** Cell of each employee. */
    final int[] employeeCell;

    private IndexedProblem(PlanProblem problem) {
        this.problem = problem;
        cells = problem.gaps().keySet().toArray(CellKey[]::new);
        Arrays.sort(cells);
        Map<CellKey, Integer> index = new HashMap<>(cells.length * 2);
        gap = new double[cells.length];
        cap = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            index.put(cells[i], i);
            gap[i] = problem.gaps().get(cells[i]);
            cap[i] = problem.outflowCaps().getOrDefault(cells[i], -1);
        }
        candidates = problem.candidates().toArray(CandidateMove[]::new);
        Arrays.parallelSort(candidates, CandidateMove.EMPLOYEE_ORDER);
        int m = candidates.length;
        from = new int[m];
        to = new int[m];
        cost = new double[m];
        employee = new int[m];
        List<Integer> cellOfEmployee = new ArrayList<>();
        int e = -1;
        for (int k = 0; k < m; k++) {
            CandidateMove move = candidates[k];
            if (k == 0 || !move.employeeId().equals(candidates[k - 1].employeeId())) {
                e++;
                cellOfEmployee.add(index.get(move.from()));
            }
            from[k] = index.get(move.from());
            to[k] = index.get(move.to());
            cost[k] = move.cost();
            employee[k] = e;
        }
        employees = e + 1;
        employeeCell = cellOfEmployee.stream().mapToInt(Integer::intValue).toArray();
    }

    static IndexedProblem of(PlanProblem problem) {
        return new IndexedProblem(problem);
    }

    /** The chosen candidates as a plan, in {@link CandidateMove#PLAN_ORDER}. */
    List<CandidateMove> plan(int[] chosen, int count) {
        List<CandidateMove> moves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            moves.add(candidates[chosen[i]]);
        }
        moves.sort(CandidateMove.PLAN_ORDER);
        return moves;
    }
}
