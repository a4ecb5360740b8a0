package id.seimbang.eligibility;

import java.util.List;

/**
 * The verdict of the temporary-assignment rules for one employee and period: allowed when no BLOCK outcome fired.
 * {@code facts} are the inputs as the rules saw them.
 */
public record TemporaryEligibility(String policyVersion, boolean allowed, List<RuleOutcome> outcomes,
        TemporaryFacts facts) {

    public TemporaryEligibility {
        outcomes = List.copyOf(outcomes);
    }
}
