package id.seimbang.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The hashed text of a record: a canonical JSON object holding the record's fields and its payload,
 * <pre>{"caller":..,"facts":..,"id":..,"kind":..,"payload":{..},"policyVersion":..,"recordedAt":..,"sequence":..,"subject":..}</pre>
 * where {@code facts}, the hash of the shared {@link FactsSnapshot} the payload rests on, is present only
 * when there is one (so records without one, and all records older than it, keep their exact form).
 * Hashing the fields too means that changing who, when or which policy version is as detectable as
 * changing the content. Keys are written in sorted order directly, so the already canonical payload
 * is copied in as it is rather than canonicalised a second time inside the append lock.
 */
final class AuditDocument {

    static final String PAYLOAD = "payload";

    /** Fixed millisecond precision, so the text does not depend on the clock's resolution. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final JsonFactory JSON = new JsonFactory();

    private AuditDocument() {
    }

    static String write(String caller, String factsHash, String id, AuditKind kind, String canonicalPayload,
            String policyVersion, Instant recordedAt, long sequence, String subject) {
        StringWriter out = new StringWriter(canonicalPayload.length() + 256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("caller", caller);
            if (factsHash != null) {
                json.writeStringField("facts", factsHash);
            }
            json.writeStringField("id", id);
            json.writeStringField("kind", kind.name());
            json.writeFieldName(PAYLOAD);
            json.writeRawValue(canonicalPayload);
            json.writeStringField("policyVersion", policyVersion);
            json.writeStringField("recordedAt", TIME.format(recordedAt));
            json.writeNumberField("sequence", sequence);
            json.writeStringField("subject", subject);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The first column of {@code record} that differs from the same field in its document, or null
     * when they all agree. Reads only the top level: the payload is skipped, not parsed.
     */
    static String firstColumnMismatch(AuditRecord record) {
        Map<String, String> fields = topLevelScalars(record.document());
        if (!Objects.equals(fields.get("id"), record.id())) {
            return "id";
        }
        if (!Objects.equals(fields.get("sequence"), Long.toString(record.sequence()))) {
            return "sequence";
        }
        if (!Objects.equals(fields.get("kind"), record.kind().name())) {
            return "kind";
        }
        if (!Objects.equals(fields.get("recordedAt"), TIME.format(record.recordedAt()))) {
            return "recorded_at";
        }
        if (!Objects.equals(fields.get("caller"), record.caller())) {
            return "caller";
        }
        if (!Objects.equals(fields.get("policyVersion"), record.policyVersion())) {
            return "policy_version";
        }
        if (!Objects.equals(fields.get("subject"), record.subject())) {
            return "subject";
        }
        if (!Objects.equals(fields.get("facts"), record.factsHash())) {
            return "facts_hash";
        }
        return null;
    }

    private static Map<String, String> topLevelScalars(String document) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(document)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isStructStart()) {
                    parser.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    fields.put(name, parser.getText());
                }
            }
        } catch (IOException e) {
            // An unreadable document simply matches no column.
            fields.clear();
        }
        return fields;
    }
}
