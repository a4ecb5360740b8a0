package id.seimbang.policy;

import java.time.Instant;

/**
 * A stored policy version (without its files). {@code createdBy} is the author; {@code approvedBy} and
 * {@code publishedBy} are null for a version activated at start-up.
 */
public record PolicyVersion(String version, PolicyStatus status, Instant createdAt, String createdBy,
        Instant activatedAt, String note, String approvedBy, String publishedBy) {
}
