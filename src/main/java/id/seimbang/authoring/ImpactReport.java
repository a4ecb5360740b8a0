package id.seimbang.authoring;

import java.time.Instant;
import java.util.List;

/**
 * What publishing a draft would change on the current workforce, compared with the active version.
 *
 * @param eligibilityChanged   employees whose employee-level verdict changes (the first
 *                             {@code seimbang.policy.impact-listed} of them, by NIP, in {@code changes})
 * @param reasonsChanged       employees not eligible under both whose blocking rules differ
 * @param topMoveChanged       employees whose best recommended move (same-instansi scope) changes
 * @param imbalanceBefore      imbalance of the province now, Σ gap² (with the active policy's E)
 * @param imbalanceActive      imbalance after the optimal province plan under the active policy
 * @param imbalanceDraft       the same under the draft
 * @param equity               who the changes and the plans fall on, by group, with the four-fifths flags; null in a
 *                             report saved before the equity report existed
 */
public record ImpactReport(String activeVersion, String draftVersion, int employees, int eligibilityChanged,
        int reasonsChanged, List<EligibilityChange> changes, int topMoveChanged, double imbalanceBefore,
        double imbalanceActive, double imbalanceDraft, long millis, Instant at, EquityReport equity) {

    public ImpactReport {
        changes = List.copyOf(changes);
    }

    /** One employee whose verdict changes, with the BLOCK rules that fire under each version. */
    public record EligibilityChange(String nip, String name, boolean eligibleActive, boolean eligibleDraft,
            List<String> rulesActive, List<String> rulesDraft, List<String> rulesChanged) {
    }
}
