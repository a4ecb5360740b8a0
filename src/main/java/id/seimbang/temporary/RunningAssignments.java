package id.seimbang.temporary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;

/**
 * The one source of running temporary assignments (see {@link RunningAssignment} for what "running" means). The
 * home-cell floor of every check (an evaluation, a plan of temporary assignments, an extension, a decision's proposed
 * assignments) counts the assignments this returns as away from their home cells. Implemented by module {@code plan},
 * which holds plans, the markings of their moves (V18) and the changes of their assignments (V19); declared here so
 * that this module does not depend on plans.
 */
public interface RunningAssignments {

    /** Every running assignment that runs on at least one day from {@code first} to {@code last}, of every plan. */
    List<RunningAssignment> during(LocalDate first, LocalDate last);

    /**
     * What the running assignments mean for assigning {@code employee} from {@code first} to {@code last}: the most of
     * the other employees' assignments away from the employee's home cell on one day, and the employee's own running
     * assignment in those days (one place at a time), if any.
     */
    default ForEmployee forEmployee(Employee employee, LocalDate first, LocalDate last) {
        List<RunningAssignment> running = during(first, last);
        Predicate<RunningAssignment> others = r -> !r.nip().equals(employee.nip());
        return new ForEmployee(RunningAssignment.mostAwayOnOneDay(running, employee.cell(), first, last, others),
                RunningAssignment.ofEmployee(running, employee.nip(), first, last).orElse(null),
                RunningAssignment.shiftOverPeriod(running, first, last, others));
    }

    /**
     * @param own   the employee's own running assignment in the days asked about, or null
     * @param shift what the others' running assignments do to the period's gaps, by cell
     *              ({@link RunningAssignment#shiftOverPeriod})
     */
    record ForEmployee(int othersAway, RunningAssignment own, Map<CellKey, Double> shift) {
    }
}
