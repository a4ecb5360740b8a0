package id.seimbang.audit;

import java.time.Instant;

/** A search hit: the record without its document. */
public record AuditSummary(
        String id,
        long sequence,
        AuditKind kind,
        Instant recordedAt,
        String caller,
        String subject,
        String policyVersion,
        String hash) {
}
