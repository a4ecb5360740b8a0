package id.seimbang.temporary;

import java.time.LocalDate;
import java.util.List;

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
}
