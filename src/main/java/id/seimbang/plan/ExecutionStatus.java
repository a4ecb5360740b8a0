package id.seimbang.plan;

/** How a planned move ended up, as a planner marked it (issue 20 point 4). */
public enum ExecutionStatus {
    /** Carried out: a transfer decree (SK) was issued with its number and date. */
    EXECUTED,
    /** Not carried out, for a stated reason. */
    NOT_EXECUTED
}
