package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * Answer of {@code POST /api/v1/eligibility}. {@code eligible}: the employee may be transferred and,
 * when a target was given, to that target. {@code eligibleFrom}: for an employee who is not eligible by the
 * employee-level rules, when each blocking rule stops blocking and when none does, if the facts stay as they are —
 * the same look ahead as a decision's {@code outcome.eligibleFrom}; absent when the employee is eligible.
 * {@code facts}: the inputs as the rules saw them.
 */
record EligibilityResponse(String nip, LocalDate asOf, String policyVersion, boolean eligible,
        boolean employeeEligible, List<RuleOutcome> outcomes, EligibleFrom eligibleFrom, MoveOutcome move,
        EmployeeFacts facts) {

    static EligibilityResponse of(EmployeeEligibility employee, EligibleFrom eligibleFrom, MoveOutcome move) {
        return new EligibilityResponse(employee.nip(), employee.asOf(), employee.policyVersion(),
                move == null ? employee.eligible() : move.allowed(), employee.eligible(), employee.outcomes(),
                eligibleFrom, move, employee.facts());
    }
}
