package id.seimbang.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.seimbang.workforce.CellKey;

/**
 * A transfer-planning instance (architecture §4): the gap g = B − N of every cell in scope, the allowed moves,
 * optional per-cell outflow caps (at most k_c employees may leave c) and an optional maximum number of moves.
 * Objective of a plan: F = Σ_c (g_c + in_c − out_c)² + Σ_moves cost.
 */
record PlanProblem(Map<CellKey, Double> gaps, List<CandidateMove> candidates,
        Map<CellKey, Integer> outflowCaps, Integer maxMoves) {

    public PlanProblem {
        gaps = Map.copyOf(Objects.requireNonNull(gaps, "gaps"));
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        outflowCaps = Map.copyOf(outflowCaps == null ? Map.of() : outflowCaps);
        for (Map.Entry<CellKey, Double> gap : gaps.entrySet()) {
            if (!Double.isFinite(gap.getValue())) {
                throw new IllegalArgumentException("gap of " + gap.getKey() + " must be finite, got " + gap.getValue());
            }
        }
        for (Map.Entry<CellKey, Integer> cap : outflowCaps.entrySet()) {
            if (!gaps.containsKey(cap.getKey())) {
                throw new IllegalArgumentException("outflow cap for unknown cell " + cap.getKey());
            }
            if (cap.getValue() < 0) {
                throw new IllegalArgumentException("outflow cap of " + cap.getKey() + " must be >= 0, got "
                        + cap.getValue());
            }
        }
        if (maxMoves != null && maxMoves < 0) {
            throw new IllegalArgumentException("maxMoves must be >= 0, got " + maxMoves);
        }
        validateCandidates(gaps, candidates);
    }

    /**
     * Every move uses known cells, an employee sits in one cell, and an (employee, target) pair is one decision.
     * Checked with primitive keys because a province has over a million candidates.
     */
    private static void validateCandidates(Map<CellKey, Double> gaps, List<CandidateMove> candidates) {
        Map<CellKey, Integer> cellIndex = new HashMap<>(gaps.size() * 2);
        List<CellKey> cells = new ArrayList<>(gaps.keySet());
        for (CellKey cell : cells) {
            cellIndex.put(cell, cellIndex.size());
        }
        Map<String, Integer> employeeIndex = new HashMap<>();
        List<CellKey> home = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int[] employeeOf = new int[candidates.size()];
        int[] toOf = new int[candidates.size()];
        String lastId = null;
        int lastEmployee = -1;
        CellKey lastFromKey = null;
        Integer lastFrom = null;
        for (int k = 0; k < employeeOf.length; k++) {
            CandidateMove move = candidates.get(k);
            // an employee's moves share the origin: looked up again only when it changes
            if (move.from() != lastFromKey) {
                lastFromKey = move.from();
                lastFrom = cellIndex.get(lastFromKey);
            }
            Integer from = lastFrom;
            Integer to = cellIndex.get(move.to());
            if (from == null || to == null) {
                throw new IllegalArgumentException("move of " + move.employeeId() + " uses a cell without a gap: "
                        + move.from() + " -> " + move.to());
            }
            // an employee's moves usually come together: the same id needs no lookup
            Integer employee = move.employeeId().equals(lastId) ? Integer.valueOf(lastEmployee)
                    : employeeIndex.putIfAbsent(move.employeeId(), ids.size());
            if (employee == null) {
                employee = ids.size();
                ids.add(move.employeeId());
                home.add(move.from());
            } else if (!home.get(employee).equals(move.from())) {
                throw new IllegalArgumentException("employee " + move.employeeId() + " has moves from two cells: "
                        + home.get(employee) + " and " + move.from());
            }
            lastId = move.employeeId();
            lastEmployee = employee;
            employeeOf[k] = employee;
            toOf[k] = to;
        }
        // duplicates: the moves of each employee, grouped by a counting sort, against a per-cell stamp
        Buckets byEmployee = Buckets.of(employeeOf, ids.size());
        int[] seenBy = new int[cells.size()];
        for (int e = 0; e < ids.size(); e++) {
            for (int i = byEmployee.start[e]; i < byEmployee.start[e + 1]; i++) {
                int to = toOf[byEmployee.items[i]];
                if (seenBy[to] == e + 1) {
                    throw new IllegalArgumentException("duplicate move " + ids.get(e) + " " + home.get(e) + " -> "
                            + cells.get(to));
                }
                seenBy[to] = e + 1;
            }
        }
    }

    public PlanProblem(Map<CellKey, Double> gaps, List<CandidateMove> candidates) {
        this(gaps, candidates, Map.of(), null);
    }

    /** I = Σ g² before any move. */
    public double imbalanceBefore() {
        return gaps.values().stream().mapToDouble(g -> g * g).sum();
    }

    /** I = Σ (g + in − out)² after the given moves. */
    public double imbalanceAfter(Collection<CandidateMove> moves) {
        Map<CellKey, Double> after = new HashMap<>(gaps);
        for (CandidateMove move : moves) {
            after.merge(move.from(), -1.0, Double::sum);
            after.merge(move.to(), 1.0, Double::sum);
        }
        return after.values().stream().mapToDouble(g -> g * g).sum();
    }

    /** F = Σ (g + in − out)² + Σ cost, recomputed from the moves alone. */
    public double objectiveOf(Collection<CandidateMove> moves) {
        return imbalanceAfter(moves) + moves.stream().mapToDouble(CandidateMove::cost).sum();
    }
}
