package id.seimbang.eligibility;

import java.time.LocalDate;
import java.util.Comparator;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Sanction;
import id.seimbang.workforce.SanctionLevel;

/**
 * Inputs to the temporary-assignment rules ({@code rules/temporary-assignment.drl}, issue 20 point 2) for one
 * employee and one period {@code from}–{@code until} (both days included). Only these facts and the parameters are
 * inserted when a temporary assignment is evaluated, so the transfer rules (which match {@link EmployeeFacts} and
 * {@link MoveFacts}) do not apply to it, and these rules never fire in a transfer decision.
 *
 * @param studyLeaveInPeriod  the employee's study leave overlaps the period ({@code studyLeaveUntil} its end)
 * @param sanctionLevel       the heaviest disciplinary sanction in force on some day of the period, or null
 * @param sanctionUntil       that sanction's end
 * @param homeStaff           staff of the home formation cell now (the employee included)
 * @param homeStaffDuring     staff left in the home cell during the assignment (without the employee)
 * @param homeNeed            the home cell's need N = W / E
 */
public record TemporaryFacts(
        String nip,
        LocalDate from,
        LocalDate until,
        boolean studyLeaveInPeriod,
        LocalDate studyLeaveUntil,
        SanctionLevel sanctionLevel,
        LocalDate sanctionUntil,
        String homeUnitCode,
        String homePositionCode,
        int homeStaff,
        int homeStaffDuring,
        double homeNeed) {

    /**
     * The facts of an assignment of {@code employee} from {@code from} to {@code until}, out of a home cell with
     * {@code homeStaff} staff and need {@code homeNeed}, of which {@code homeStaffDuring} stay during the period.
     */
    public static TemporaryFacts of(Employee employee, LocalDate from, LocalDate until, int homeStaff,
            int homeStaffDuring, double homeNeed) {
        boolean studyLeave = employee.studyLeaveUntil() != null && !employee.studyLeaveUntil().isBefore(from)
                && (employee.studyLeaveFrom() == null || !employee.studyLeaveFrom().isAfter(until));
        Sanction sanction = employee.sanctions().stream()
                .filter(s -> !s.from().isAfter(until) && !s.until().isBefore(from))
                .max(Comparator.comparing(Sanction::level).thenComparing(Sanction::until)).orElse(null);
        return new TemporaryFacts(employee.nip(), from, until, studyLeave, studyLeave ? employee.studyLeaveUntil() : null,
                sanction == null ? null : sanction.level(), sanction == null ? null : sanction.until(),
                employee.unitCode(), employee.positionCode(), homeStaff, homeStaffDuring, homeNeed);
    }
}
