package id.seimbang.policy;

import java.time.Instant;

/** A stored policy version (without its files). */
public record PolicyVersion(String version, PolicyStatus status, Instant createdAt, String createdBy,
        Instant activatedAt, String note) {
}
