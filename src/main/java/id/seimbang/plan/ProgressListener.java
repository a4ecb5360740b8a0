package id.seimbang.plan;

/**
 * Receives progress of a running optimisation. Calls may come from the optimiser's worker threads, but never
 * two at a time. To cancel, either throw {@link PlanCancelledException} from {@link #onProgress} or return true
 * from {@link #cancelRequested()}, which workers poll while solving a large component.
 */
interface ProgressListener {

    ProgressListener NONE = (phase, fraction) -> { };

    void onProgress(String phase, double fraction);

    default boolean cancelRequested() {
        return false;
    }
}
