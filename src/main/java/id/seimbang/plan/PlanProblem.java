package id.seimbang.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.seimbang.workforce.CellKey;

/**
 * A transfer-planning instance (DESIGN §6): the gap g = B − N of every cell in scope, the allowed moves,
 * optional per-cell outflow caps (at most k_c employees may leave c) and an optional maximum number of moves.
 * Objective of a plan: F = Σ_c (g_c + in_c − out_c)² + Σ_moves cost.
 */
public record PlanProblem(Map<CellKey, Double> gaps, List<CandidateMove> candidates,
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
        // An employee sits in one cell, and a (employee, target) pair is one decision.
        Map<String, CellKey> home = new HashMap<>();
        Set<CandidateMove> seen = new HashSet<>();
        for (CandidateMove move : candidates) {
            if (!gaps.containsKey(move.from()) || !gaps.containsKey(move.to())) {
                throw new IllegalArgumentException("move of " + move.employeeId() + " uses a cell without a gap: "
                        + move.from() + " -> " + move.to());
            }
            CellKey previous = home.putIfAbsent(move.employeeId(), move.from());
            if (previous != null && !previous.equals(move.from())) {
                throw new IllegalArgumentException("employee " + move.employeeId() + " has moves from two cells: "
                        + previous + " and " + move.from());
            }
            if (!seen.add(new CandidateMove(move.employeeId(), move.from(), move.to(), 0))) {
                throw new IllegalArgumentException("duplicate move " + move.employeeId() + " " + move.from()
                        + " -> " + move.to());
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
