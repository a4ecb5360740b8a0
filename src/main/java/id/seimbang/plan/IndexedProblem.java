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
        // Order candidates by (employee id, to cell) — from is fixed per employee — without comparing strings
        // per candidate: rank the distinct ids once, bucket by rank, then sort each employee's few targets.
        List<CandidateMove> input = problem.candidates();
        int m = input.size();
        Map<String, Integer> firstSeen = new HashMap<>();
        int[] seenIndex = new int[m];
        int[] toIndex = new int[m];
        List<String> ids = new ArrayList<>();
        int[] fromIndex = new int[m];
        String lastId = null;
        int lastSeen = -1;
        CellKey lastFrom = null;
        int lastFromIndex = -1;
        for (int k = 0; k < m; k++) {
            CandidateMove move = input.get(k);
            // an employee's moves come together: the same id and origin need no lookup
            if (!move.employeeId().equals(lastId)) {
                Integer id = firstSeen.get(move.employeeId());
                if (id == null) {
                    id = ids.size();
                    firstSeen.put(move.employeeId(), id);
                    ids.add(move.employeeId());
                }
                lastId = move.employeeId();
                lastSeen = id;
            }
            if (move.from() != lastFrom) {
                lastFrom = move.from();
                lastFromIndex = index.get(lastFrom);
            }
            seenIndex[k] = lastSeen;
            fromIndex[k] = lastFromIndex;
            toIndex[k] = index.get(move.to());
        }
        employees = ids.size();
        Integer[] byId = new Integer[employees];
        for (int i = 0; i < employees; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, (x, y) -> ids.get(x).compareTo(ids.get(y)));
        int[] rank = new int[employees];
        for (int r = 0; r < employees; r++) {
            rank[byId[r]] = r;
        }
        int[] rankOf = new int[m];
        for (int k = 0; k < m; k++) {
            rankOf[k] = rank[seenIndex[k]];
        }
        Buckets byEmployee = Buckets.of(rankOf, employees);
        int[] bucketStart = byEmployee.start;
        long[] sorted = new long[m];
        for (int j = 0; j < m; j++) {
            int k = byEmployee.items[j];
            // CellKey order is the index order, so (to index, input index) sorts one employee's moves.
            sorted[j] = ((long) toIndex[k] << 32) | k;
        }
        candidates = new CandidateMove[m];
        from = new int[m];
        to = new int[m];
        cost = new double[m];
        employee = new int[m];
        employeeCell = new int[employees];
        for (int r = 0; r < employees; r++) {
            Arrays.sort(sorted, bucketStart[r], bucketStart[r + 1]);
            for (int j = bucketStart[r]; j < bucketStart[r + 1]; j++) {
                int k = (int) sorted[j];
                CandidateMove move = input.get(k);
                candidates[j] = move;
                from[j] = fromIndex[k];
                to[j] = toIndex[k];
                cost[j] = move.cost();
                employee[j] = r;
            }
            employeeCell[r] = from[bucketStart[r]];
        }
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
