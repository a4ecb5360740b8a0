package id.seimbang.recommendation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param temporary the temporary assignments proposed for the period the request named (issue 20 point 2); absent
 *                  (not null) from the record and the answer of a decision without a temporary part, so those stay as
 *                  they were. A record made before it existed had no temporary part, so a replay never misses it
 */
public record DecisionOutcome(
        String policyVersion,
        boolean eligible,
        List<RuleOutcome> eligibility,
        EligibleFrom eligibleFrom,
        List<MoveOption> moves,
        RequestedTarget requestedTarget,
        RegionBalance region,
        int candidatesConsidered,
        @JsonInclude(JsonInclude.Include.NON_NULL) TemporaryProposals temporary) {
}
