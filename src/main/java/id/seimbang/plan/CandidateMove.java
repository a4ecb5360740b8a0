package id.seimbang.plan;

import java.util.Comparator;
import java.util.Objects;

import id.seimbang.workforce.CellKey;

/**
 * One allowed move the optimiser may choose: employee {@code employeeId} leaves cell {@code from} for cell
 * {@code to}. {@code cost} = moveCost + placement penalty, in the units of the balance objective.
 */
public record CandidateMove(String employeeId, CellKey from, CellKey to, double cost) {

    /** The order of every returned plan: from cell, to cell, employee id. */
    public static final Comparator<CandidateMove> PLAN_ORDER = Comparator.comparing(CandidateMove::from)
            .thenComparing(CandidateMove::to)
            .thenComparing(CandidateMove::employeeId);

    /** The tie-break order of the greedy baseline: employee id, from cell, to cell. */
    static final Comparator<CandidateMove> EMPLOYEE_ORDER = Comparator.comparing(CandidateMove::employeeId)
            .thenComparing(CandidateMove::from)
            .thenComparing(CandidateMove::to);

    public CandidateMove {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("move of " + employeeId + " must change cell, got " + from);
        }
        if (!(cost >= 0) || Double.isInfinite(cost)) {
            throw new IllegalArgumentException("move cost of " + employeeId + " must be finite and >= 0, got " + cost);
        }
    }
}
