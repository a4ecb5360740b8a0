package id.seimbang.plan;

/** Life of a plan job. INTERRUPTED marks jobs that were running when the service stopped. */
public enum PlanStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED, INTERRUPTED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
