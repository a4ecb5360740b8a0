package id.seimbang.eligibility;

import java.util.List;

/** The employee-level verdict and one {@link MoveOutcome} per requested target, from one rule execution. */
public record MoveEligibility(EmployeeEligibility employee, List<MoveOutcome> moves) {

    public MoveEligibility {
        moves = List.copyOf(moves);
    }
}
