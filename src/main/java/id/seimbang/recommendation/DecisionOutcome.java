package id.seimbang.recommendation;

import java.util.List;

import id.seimbang.eligibility.RuleOutcome;

/**
 * What a decision concluded, as stored in the audit record and compared by a replay.
 *
 * @param moves the recommended moves (allowed and with a positive score), best first
 */
public record DecisionOutcome(
        String policyVersion,
        boolean eligible,
        List<RuleOutcome> eligibility,
        List<MoveOption> moves,
        RequestedTarget requestedTarget,
        RegionBalance region,
        int candidatesConsidered) {
}
