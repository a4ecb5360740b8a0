package id.seimbang.recommendation;

import java.time.LocalDate;

import id.seimbang.workforce.RequestReason;

/**
 * The employee's own latest transfer request, evaluated even when it is not recommended or not allowed,
 * so that the employee can be told why.
 */
record RequestedTarget(String unitCode, String positionCode, RequestReason reason, LocalDate requestedOn,
        Status status, MoveOption evaluation) {

    public enum Status {
        /** Among the returned top moves. */
        RECOMMENDED,
        /** Allowed and it helps balance, but other moves rank higher than the limit. */
        ALLOWED_NOT_IN_TOP,
        /** Allowed and it helps balance, but the unit is outside the decision's scope. */
        OUTSIDE_SCOPE,
        /** Allowed, but it does not improve workload balance once the placement penalty is counted. */
        NOT_BENEFICIAL,
        /** A move-level rule blocks it or the placement tables exclude it. */
        NOT_ALLOWED,
        /** The employee is not eligible for any transfer now. */
        EMPLOYEE_NOT_ELIGIBLE,
        /** The requested unit has no formation for the position. */
        NO_FORMATION
    }
}
