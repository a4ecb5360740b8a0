package id.seimbang.audit;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One link of the audit chain. {@code document} is the exact text that was hashed:
 * {@code hash = SHA-256(UTF-8(previousHash + document))} in lower-case hex. The other fields are
 * copies of the document's top-level fields, kept as columns so records can be searched.
 */
public record AuditRecord(
        long sequence,
        String id,
        AuditKind kind,
        Instant recordedAt,
        String caller,
        String policyVersion,
        String subject,
        String document,
        String previousHash,
        String hash) {

    /** The recorded content (inputs, outputs, reasons...) as the caller gave it, canonicalised. */
    public JsonNode payload() {
        return CanonicalJson.parse(document).get(AuditDocument.PAYLOAD);
    }
}
