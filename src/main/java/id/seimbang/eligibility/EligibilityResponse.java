package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * Answer of {@code POST /api/v1/eligibility}. {@code eligible}: the employee may be transferred and,
 * when a target was given, to that target. {@code facts}: the inputs as the rules saw them.
 */
record EligibilityResponse(String nip, LocalDate asOf, String policyVersion, boolean eligible,
        boolean employeeEligible, List<RuleOutcome> outcomes, MoveOutcome move, EmployeeFacts facts) {

    static EligibilityResponse of(EmployeeEligibility employee, MoveOutcome move) {
        return new EligibilityResponse(employee.nip(), employee.asOf(), employee.policyVersion(),
                move == null ? employee.eligible() : move.allowed(), employee.eligible(), employee.outcomes(), move,
                employee.facts());
    }
}
