package id.seimbang.recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.seimbang.temporary.RunningAssignment;

import java.time.LocalDate;
import java.util.List;

import id.seimbang.eligibility.RuleOutcome;
import id.seimbang.placement.MatchedRow;
import id.seimbang.placement.TemporaryWork;
import id.seimbang.temporary.HomeCell;

/**
 * A decision's temporary part (issue 20 point 2): the temporary assignments of the employee for one period that the
 * policy allows, best first. The temporary-assignment rules ({@code reasons}: every TEMP-* rule that fired, with id,
 * regulation, severity and message) and the fit table ({@code fitLevel}, {@code penalty}, {@code fitRows} with their
 * annotations, {@code targetJobFamily}) do not read the target unit, so they are given once and hold for every target.
 * {@code assignments}: cells in scope of another unit whose position is of {@code targetJobFamily}, with the balance
 * gain over the period's cells (gaps g = B − W/E + the shift by others' running assignments, W in force on the
 * period's first day); when allowed, those with a
 * positive score (gain − penalty), ranked like moves and at most the decision's limit; when refused, the best of them
 * as they would have been ranked, each {@code allowed: false}, for the reasons above. {@code alreadyAssigned}: the
 * employee's own running assignment on a day of the period; then nothing is allowed, whatever the policy says.
 */
public record TemporaryProposals(TemporaryWork work, LocalDate from, LocalDate until, boolean allowed,
        List<RuleOutcome> reasons, String fitLevel, boolean fitExcludes, double penalty, List<MatchedRow> fitRows,
        String targetJobFamily, HomeCell homeCell, List<Assignment> assignments, int targetsConsidered,
        @JsonInclude(JsonInclude.Include.NON_NULL) RunningAssignment alreadyAssigned) {

    public TemporaryProposals {
        reasons = List.copyOf(reasons);
        fitRows = List.copyOf(fitRows);
        assignments = List.copyOf(assignments);
    }

    /** One temporary assignment to a target cell: gaps of the period, gain 2(g_home − g_target) − 2, score. */
    public record Assignment(String unitCode, String unitName, String positionCode, String positionName,
            boolean allowed, double gapFrom, double gapTo, double gain, double penalty, double score) {
    }
}
