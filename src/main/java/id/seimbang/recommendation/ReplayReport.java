package id.seimbang.recommendation;

import java.util.List;

/**
 * The result of re-evaluating a recorded decision's inputs with its recorded policy version.
 *
 * @param recompiled true when that version was no longer active and was recompiled from the database
 */
record ReplayReport(String decisionId, String policyVersion, boolean recompiled, boolean identical,
        List<Difference> differences, DecisionOutcome replayed) {

    /** One JSON path where the replayed outcome differs from the recorded one. */
    public record Difference(String path, String recorded, String replayed) implements java.io.Serializable {
    }
}
