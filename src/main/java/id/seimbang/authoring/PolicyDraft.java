package id.seimbang.authoring;

import java.time.Instant;

/**
 * A draft without its files. {@code baseVersion}: the version it was copied from (null for an upload);
 * {@code approvedAgainst}: the version that was active when it was approved, which must still be active
 * at publication; the three results are the latest validation, scenario run and impact analysis.
 */
public record PolicyDraft(long id, DraftStatus status, String baseVersion, String author, Instant createdAt,
        Instant updatedAt, String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt,
        String approvedAgainst, String closedBy, Instant closedAt, String publishedVersion, String note,
        ValidationReport validation, ScenarioReport scenarios, ImpactReport impact) {
}
