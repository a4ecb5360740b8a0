package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * Employee-level verdict: eligible when no BLOCK outcome fired. {@code facts} are the inputs as the
 * rules saw them, kept for the audit record.
 */
public record EmployeeEligibility(String nip, LocalDate asOf, String policyVersion, boolean eligible,
        List<RuleOutcome> outcomes, EmployeeFacts facts) {

    public EmployeeEligibility {
        outcomes = List.copyOf(outcomes);
    }
}
