package id.seimbang.temporary;

import java.time.LocalDate;
import java.util.List;

import id.seimbang.eligibility.RuleOutcome;
import id.seimbang.placement.MatchedRow;
import id.seimbang.placement.TemporaryWork;

/**
 * The verdict on one temporary assignment: allowed when no temporary-assignment rule blocks and the fit table does
 * not exclude it. {@code reasons} are the rules that fired, each with its id, regulation, severity and message;
 * {@code fitRows} the table rows that decided the fit, with their annotations. {@code homeCell} shows the figures
 * the home-cell rule judged.
 */
record TemporaryAssignmentEvaluation(String nip, String name, TemporaryWork work, LocalDate from,
        LocalDate until, String targetUnitCode, String targetUnitName, String policyVersion, boolean allowed,
        List<RuleOutcome> reasons, String fitLevel, boolean fitExcludes, double penalty, List<MatchedRow> fitRows,
        HomeCell homeCell) {

    public TemporaryAssignmentEvaluation {
        reasons = List.copyOf(reasons);
        fitRows = List.copyOf(fitRows);
    }
}
