package id.seimbang.recommendation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.seimbang.temporary.RunningAssignment;
import id.seimbang.temporary.TemporaryTerms;
import id.seimbang.workforce.CellKey;

/**
 * What a decision's temporary part reads beyond the decision's own inputs, exactly as used (issue 20 point 2): the
 * kind of work and period, the most running assignments of other employees away from the home cell on one day of the
 * period ({@link id.seimbang.temporary.RunningAssignment}), and the cells whose workload in force on the period's first
 * day differs from that of the decision's as-of date (ABK period or surge), with that workload; every other cell has
 * the same W on both days; {@code alreadyAssigned}: the employee's own running assignment on a day of the period, if
 * any (a person is in one place at a time, so no assignment is proposed); {@code runningShift}: the cells read whose
 * gap over the period the running assignments of other employees move (their hours leave the home cell and reach the
 * target for the days they run, {@link RunningAssignment#shiftOverPeriod}; omitted when none, as in records made
 * before it existed). Recorded with the decision, so a replay needs neither the plans nor the workload history.
 */
public record TemporaryInputs(TemporaryTerms terms, int runningAway, List<CellFacts> periodCells,
        @JsonInclude(JsonInclude.Include.NON_NULL) RunningAssignment alreadyAssigned,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Shift> runningShift) {

    public TemporaryInputs {
        periodCells = List.copyOf(periodCells);
        runningShift = runningShift == null ? List.of() : List.copyOf(runningShift);
    }

    /** The shift of one cell's gap over the period, in persons (negative: hours away, positive: hours arriving). */
    public record Shift(String unitCode, String positionCode, double shift) {

        public CellKey key() {
            return new CellKey(unitCode, positionCode);
        }
    }

    /** The shift by cell (0 for a cell not listed). */
    public Map<CellKey, Double> shiftByCell() {
        Map<CellKey, Double> byCell = new HashMap<>();
        runningShift.forEach(s -> byCell.put(s.key(), s.shift()));
        return byCell;
    }
}
