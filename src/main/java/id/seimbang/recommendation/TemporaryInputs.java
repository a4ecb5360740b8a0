package id.seimbang.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.seimbang.temporary.RunningAssignment;

import java.util.List;

import id.seimbang.temporary.TemporaryTerms;

/**
 * What a decision's temporary part reads beyond the decision's own inputs, exactly as used (issue 20 point 2): the
 * kind of work and period, the most running assignments of other employees away from the home cell on one day of the
 * period ({@link id.seimbang.temporary.RunningAssignment}), and the cells whose workload in force on the period's first
 * day differs from that of the decision's as-of date (ABK period or surge), with that workload; every other cell has
 * the same W on both days; {@code alreadyAssigned}: the employee's own running assignment on a day of the period, if
 * any (a person is in one place at a time, so no assignment is proposed). Recorded with the decision, so a replay needs neither the plans nor the workload history.
 */
public record TemporaryInputs(TemporaryTerms terms, int runningAway, List<CellFacts> periodCells,
        @JsonInclude(JsonInclude.Include.NON_NULL) RunningAssignment alreadyAssigned) {

    public TemporaryInputs {
        periodCells = List.copyOf(periodCells);
    }
}
