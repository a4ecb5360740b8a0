package id.seimbang.recommendation;

import java.util.List;

import id.seimbang.eligibility.EligibleFrom;
import id.seimbang.eligibility.RuleOutcome;

/**
 * What a decision concluded, as stored in the audit record and compared by a replay.
 *
 * @param eligibleFrom for an employee who is not eligible: when each blocking rule stops blocking and when none
 *                     does, if the facts stay as they are (issue 19 point 1); null when eligible. Records made
 *                     before this field existed do not hold it; their replay does not compare it
 *                     ({@link ReplayReport#notRecorded()})
 * @param moves the recommended moves (allowed and with a positive score), best first
 */
public record DecisionOutcome(
        String policyVersion,
        boolean eligible,
        List<RuleOutcome> eligibility,
        EligibleFrom eligibleFrom,
        List<MoveOption> moves,
        RequestedTarget requestedTarget,
        RegionBalance region,
        int candidatesConsidered) {
}
