package id.seimbang.recommendation;

import java.util.List;

/**
 * The result of re-evaluating a recorded decision's inputs with its recorded policy version.
 *
 * @param recompiled  true when that version was no longer active and was recompiled from the database
 * @param notRecorded outcome fields the service computes now but that did not exist when the record was made
 *                    (e.g. {@code /eligibleFrom}, issue 19): the record cannot hold them, so they are not compared
 *                    and do not make the replay different; the record itself is unchanged (its hash verifies)
 */
record ReplayReport(String decisionId, String policyVersion, boolean recompiled, boolean identical,
        List<Difference> differences, List<String> notRecorded, DecisionOutcome replayed) {

    /** One JSON path where the replayed outcome differs from the recorded one. */
    public record Difference(String path, String recorded, String replayed) implements java.io.Serializable {
    }
}
