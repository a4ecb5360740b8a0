package id.seimbang.audit;

/**
 * What an audit record is about. Stored by name in a VARCHAR column without a check constraint, so a
 * new kind needs no migration; never rename a kind that has records.
 */
public enum AuditKind {
    /** A transfer recommendation for one employee. */
    DECISION,
    /** A region-wide transfer plan (rencana mutasi). */
    PLAN,
    /** A policy version published (made active). */
    PUBLICATION,
    /** A policy version approved. */
    APPROVAL,
    /** A workforce data import. */
    IMPORT,
    /** A replay of an earlier record against its stored policy version. */
    REPLAY,
    /** An employee's objection (keberatan) to a recorded decision, as received (issue 19 point 3). */
    OBJECTION,
    /** The resolution of an objection by a second person: upheld, rejected or decision replaced. */
    OBJECTION_RESOLUTION,
    /** A move of a completed plan marked executed (SK number and date) or not executed (reason), issue 20 point 4. */
    PLAN_MOVE_EXECUTION,
    /** A temporary assignment of a plan ended early or extended, with the reason (issue 20 point 2). */
    TEMPORARY_ASSIGNMENT_CHANGE
}
