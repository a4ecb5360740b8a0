package id.seimbang.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Facts that many records read, stored once in {@code audit_facts} and referred to by hash: a canonical JSON
 * {@code document} and {@code hash = SHA-256(UTF-8(document))} in lower-case hex. A record appended with a
 * snapshot carries the hash as the top-level {@code facts} field of its hashed document, so the chain covers
 * the reference and {@link AuditTrail#verify()} recomputes the snapshot's hash.
 *
 * <p>Build it once per set of shared facts and reuse it: canonicalising and hashing happen here, not in
 * {@link AuditTrail#append}.
 */
public final class FactsSnapshot {

    private static final HexFormat HEX = HexFormat.of();

    private final String hash;
    private final String document;

    private FactsSnapshot(String hash, String document) {
        this.hash = hash;
        this.document = document;
    }

    /** The canonical form of {@code facts} (anything Jackson can serialise) and its SHA-256. */
    public static FactsSnapshot of(Object facts) {
        String document = CanonicalJson.write(facts);
        return new FactsSnapshot(hashOf(document), document);
    }

    public String hash() {
        return hash;
    }

    /** The exact canonical text that was hashed and is stored. */
    public String document() {
        return document;
    }

    static String hashOf(String document) {
        return HEX.formatHex(AuditTrail.sha256().digest(document.getBytes(StandardCharsets.UTF_8)));
    }
}
