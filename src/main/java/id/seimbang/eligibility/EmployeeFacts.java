package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.List;

import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.SanctionLevel;

/**
 * Employee-level inputs to the eligibility rules, computed in Java from the employee, the as-of date
 * and the policy parameters; the DRL decides what they mean. Optional dates are null. Every count of months
 * follows {@link CalendarMonths}. {@code skpChecked} repeats, for the audit record, the {@link SkpYear} facts
 * the SKP rule sees: the last completed appraisal years ({@link SkpPeriods}).
 */
public record EmployeeFacts(
        String nip,
        LocalDate asOf,
        EmploymentStatus status,
        LocalDate positionTmt,
        int monthsInPosition,
        LocalDate birthDate,
        int ageMonths,
        int bupAge,
        LocalDate bupDate,
        int monthsUntilBup,
        LocalDate cpnsTmt,
        int monthsSinceCpns,
        SanctionLevel activeSanctionLevel,
        LocalDate activeSanctionUntil,
        boolean legalProcess,
        boolean studyLeaveActive,
        LocalDate studyLeaveFrom,
        LocalDate studyLeaveUntil,
        boolean serviceBondActive,
        LocalDate serviceBondFrom,
        LocalDate serviceBondUntil,
        List<SkpYear> skpChecked) {

    public EmployeeFacts {
        skpChecked = List.copyOf(skpChecked);
    }
}
