package id.seimbang.audit;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One link of the audit chain. {@code document} is the exact text that was hashed:
 * {@code hash = SHA-256(UTF-8(previousHash + document))} in lower-case hex. The other fields are
 * copies of the document's top-level fields, kept as columns so records can be searched.
 *
 * @param factsHash the shared {@link FactsSnapshot} the payload rests on (the document's top-level
 *                  {@code facts} field), or null when the record holds all its content itself
 */
public record AuditRecord(
        long sequence,
        String id,
        AuditKind kind,
        Instant recordedAt,
        String caller,
        String policyVersion,
        String subject,
        String factsHash,
        String document,
        String previousHash,
        String hash) {

    /** The recorded content (inputs, outputs, reasons...) as the caller gave it, canonicalised. */
    public JsonNode payload() {
        return CanonicalJson.parse(document).get(AuditDocument.PAYLOAD);
    }
}
