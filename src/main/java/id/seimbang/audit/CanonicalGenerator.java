package id.seimbang.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

/**
 * Writes JSON in the canonical form of {@link CanonicalJson} as a serialiser produces it, or refuses: every
 * object's keys must come in strictly increasing order ({@link String#compareTo}), doubles, floats and big decimals
 * are written as their shortest plain decimal, and what the reference way would write otherwise (raw text, binary
 * values, numbers given as text, embedded objects, trees) is refused. A refusal is a {@link NotCanonical}
 * exception, on which {@link CanonicalJson#write} writes the value through a tree instead. Not thread-safe: one per
 * text.
 */
final class CanonicalGenerator extends JsonGeneratorDelegate {

    /** The value cannot be written directly in canonical form; the caller writes it the reference way. */
    static final class NotCanonical extends IOException {
        NotCanonical(String reason) {
            super(reason, null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a routine signal to take the other way, not an error
        }
    }

    /** Marks an object without a key yet (compared by identity: any key may come first, even ""). */
    private static final String NO_KEY_YET = new String("");

    /** The last key written in each open object, innermost first. */
    private final Deque<String> lastKeys = new ArrayDeque<>();

    CanonicalGenerator(JsonGenerator out) {
        super(out, false);
    }

    // --- objects and their keys -----------------------------------------------------------------------------------

    @Override
    public void writeStartObject() throws IOException {
        opened();
        super.writeStartObject();
    }

    @Override
    public void writeStartObject(Object forValue) throws IOException {
        opened();
        super.writeStartObject(forValue);
    }

    @Override
    public void writeStartObject(Object forValue, int size) throws IOException {
        opened();
        super.writeStartObject(forValue, size);
    }

    @Override
    public void writeEndObject() throws IOException {
        lastKeys.pop();
        super.writeEndObject();
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        key(name);
        super.writeFieldName(name);
    }

    @Override
    public void writeFieldName(SerializableString name) throws IOException {
        key(name.getValue());
        super.writeFieldName(name);
    }

    @Override
    public void writeFieldId(long id) throws IOException {
        throw new NotCanonical("numeric field id");
    }

    private void opened() {
        lastKeys.push(NO_KEY_YET);
    }

    private void key(String name) throws NotCanonical {
        String last = lastKeys.peek();
        if (last == null) {
            throw new NotCanonical("key outside an object");
        }
        if (last != NO_KEY_YET && name.compareTo(last) <= 0) {
            throw new NotCanonical("key '" + name + "' after '" + last + "'");
        }
        lastKeys.pop();
        lastKeys.push(name);
    }

    // --- numbers ----------------------------------------------------------------------------------------------

    @Override
    public void writeNumber(double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("NaN and infinite numbers have no JSON form");
        }
        super.writeNumber(CanonicalJson.decimal(new BigDecimal(Double.toString(value))));
    }

    @Override
    public void writeNumber(float value) throws IOException {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException("NaN and infinite numbers have no JSON form");
        }
        super.writeNumber(CanonicalJson.decimal(new BigDecimal(Float.toString(value))));
    }

    @Override
    public void writeNumber(BigDecimal value) throws IOException {
        if (value == null) {
            super.writeNull();
        } else {
            super.writeNumber(CanonicalJson.decimal(value));
        }
    }

    @Override
    public void writeArray(double[] values, int offset, int length) throws IOException {
        // element by element, each in canonical form (the delegate would write them as Java prints doubles)
        writeStartArray(values, length);
        for (int i = offset; i < offset + length; i++) {
            writeNumber(values[i]);
        }
        writeEndArray();
    }

    @Override
    public void writeNumber(String encodedValue) throws IOException {
        throw new NotCanonical("number given as text");
    }

    @Override
    public void writeNumber(char[] encodedValueBuffer, int offset, int length) throws IOException {
        throw new NotCanonical("number given as text");
    }

    // --- what only the reference way writes -------------------------------------------------------------------

    @Override
    public void writeRaw(String text) throws IOException {
        throw new NotCanonical("raw text");
    }

    @Override
    public void writeRaw(String text, int offset, int len) throws IOException {
        throw new NotCanonical("raw text");
    }

    @Override
    public void writeRaw(char[] text, int offset, int len) throws IOException {
        throw new NotCanonical("raw text");
    }

    @Override
    public void writeRaw(char c) throws IOException {
        throw new NotCanonical("raw text");
    }

    @Override
    public void writeRaw(SerializableString raw) throws IOException {
        throw new NotCanonical("raw text");
    }

    @Override
    public void writeRawValue(String text) throws IOException {
        throw new NotCanonical("raw value");
    }

    @Override
    public void writeRawValue(String text, int offset, int len) throws IOException {
        throw new NotCanonical("raw value");
    }

    @Override
    public void writeRawValue(char[] text, int offset, int len) throws IOException {
        throw new NotCanonical("raw value");
    }

    @Override
    public void writeRawUTF8String(byte[] text, int offset, int length) throws IOException {
        throw new NotCanonical("raw UTF-8 string");
    }

    @Override
    public void writeUTF8String(byte[] text, int offset, int length) throws IOException {
        throw new NotCanonical("UTF-8 string");
    }

    @Override
    public void writeString(Reader reader, int len) throws IOException {
        throw new NotCanonical("string from a reader");
    }

    @Override
    public void writeBinary(Base64Variant b64variant, byte[] data, int offset, int len) throws IOException {
        throw new NotCanonical("binary value");
    }

    @Override
    public int writeBinary(Base64Variant b64variant, InputStream data, int dataLength) throws IOException {
        throw new NotCanonical("binary value");
    }

    @Override
    public void writeEmbeddedObject(Object object) throws IOException {
        throw new NotCanonical("embedded object");
    }

    @Override
    public void writeObject(Object pojo) throws IOException {
        throw new NotCanonical("object written by the generator's codec");
    }

    @Override
    public void writeTree(TreeNode tree) throws IOException {
        throw new NotCanonical("tree");
    }

    @Override
    public void writePOJO(Object pojo) throws IOException {
        throw new NotCanonical("object written by the generator's codec");
    }

    @Override
    public void writeTypeId(Object id) throws IOException {
        throw new NotCanonical("native type id");
    }

    @Override
    public void copyCurrentEvent(JsonParser parser) throws IOException {
        throw new NotCanonical("copied from a parser");
    }

    @Override
    public void copyCurrentStructure(JsonParser parser) throws IOException {
        throw new NotCanonical("copied from a parser");
    }
}
