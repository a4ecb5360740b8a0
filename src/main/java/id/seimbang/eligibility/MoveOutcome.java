package id.seimbang.eligibility;

import java.util.List;

import id.seimbang.workforce.CellKey;

/**
 * Move-level verdict for one target cell: {@code eligible} when no move rule blocks it;
 * {@code allowed} when, in addition, the employee is eligible at all.
 */
public record MoveOutcome(CellKey target, boolean eligible, boolean allowed, List<RuleOutcome> outcomes,
        MoveFacts facts) {

    public MoveOutcome {
        outcomes = List.copyOf(outcomes);
    }
}
