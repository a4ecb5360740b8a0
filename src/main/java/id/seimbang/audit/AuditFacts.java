package id.seimbang.audit;

import java.time.Instant;

/**
 * A stored facts snapshot: {@code hash = SHA-256(UTF-8(document))} in lower-case hex, and when it was first
 * used. Records refer to it by hash (see {@link FactsSnapshot}).
 */
public record AuditFacts(String hash, Instant recordedAt, String document) {
}
