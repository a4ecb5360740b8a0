package id.seimbang.plan;

/** Thrown when a planner cancelled a running optimisation; no partial plan is returned. */
class PlanCancelledException extends RuntimeException {

    public PlanCancelledException() {
        super("plan cancelled");
    }
}
