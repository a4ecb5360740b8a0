package id.seimbang.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Deterministic JSON: the same logical content always gives the same text, hence the same bytes
 * (UTF-8) and the same hash.
 * <ul>
 * <li>object keys sorted recursively by their UTF-16 code units ({@link String#compareTo}), as in
 * RFC 8785;</li>
 * <li>no whitespace outside strings; strings escaped by Jackson's standard rules ({@code "}, {@code \}
 * and control characters only; other characters are written as they are and encoded as UTF-8);</li>
 * <li>every number written as the shortest plain decimal of its value: trailing zeros removed, no
 * exponent, so {@code 1}, {@code 1.0}, {@code 1.00} (BigDecimal) all become {@code 1}; doubles
 * and floats are taken at their shortest round-trip decimal ({@link Double#toString}); NaN and
 * infinities are refused;</li>
 * <li>a {@link Set} as an array of its elements in the order of their canonical texts (by
 * {@link String#compareTo}), since a set's iteration order may differ between runs of the JVM (the
 * immutable sets of {@code Set.of}/{@code Set.copyOf} iterate in an order salted per JVM), while equal
 * facts must give the same hash; a {@link java.util.List} keeps its order;</li>
 * <li>dates and times as ISO-8601 strings ({@code LocalDate} {@code 2026-11-26}, {@code Instant}
 * {@code 2026-11-26T02:25:39.123Z}); {@code null} values are kept; {@code Optional.empty()} is
 * {@code null}.</li>
 * </ul>
 * It has its own {@link ObjectMapper}, so changing the web API's Jackson settings can never change
 * a stored hash.
 *
 * <p><b>Two ways, one text.</b> The reference way builds a Jackson tree of the value and writes it with every
 * object's keys sorted ({@link #writeViaTree}). {@link #write} first writes the value directly, with bean
 * properties and map entries sorted by name ({@link CanonicalGenerator} checks, key by key, that every object's
 * keys really come in canonical order, and writes numbers in their canonical form); when they do not (a map with
 * keys that do not sort as strings, a class with its own property order, raw or binary values), or anything else
 * goes wrong, it writes the value the reference way instead. So the text is the reference text either way; the
 * direct way only saves building the tree.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(new SimpleModule("canonical-float").addSerializer(Float.class, new FloatAsDecimal())
                    .addSerializer(float.class, new FloatAsDecimal()))
            .addModule(new SimpleModule("canonical-set").addSerializer(new SetInCanonicalOrder()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /** Without it a float is widened to double on the way into the tree: 0.1f would read 0.10000000149011612. */
    private static final class FloatAsDecimal extends StdSerializer<Float> {
        FloatAsDecimal() {
            super(Float.class);
        }

        @Override
        public void serialize(Float value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException("NaN and infinite numbers have no JSON form");
            }
            out.writeNumber(new BigDecimal(Float.toString(value)));
        }
    }

    /** A set's elements in the order of their canonical texts: the same set, the same array, in every JVM. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SetInCanonicalOrder extends StdSerializer<Set> {
        SetInCanonicalOrder() {
            super(Set.class);
        }

        @Override
        public void serialize(Set value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartArray();
            for (Object element : inCanonicalOrder((Set<Object>) value)) {
                provider.defaultSerializeValue(element, out);
            }
            out.writeEndArray();
        }
    }

    /** The elements of a set sorted by their canonical texts (strings by their quoted, escaped form). */
    static List<Object> inCanonicalOrder(Set<?> set) {
        List<Object> elements = new ArrayList<>(set);
        if (elements.size() < 2) {
            return elements;
        }
        Map<Object, String> texts = new IdentityHashMap<>();
        for (Object element : elements) {
            texts.put(element, element instanceof String text ? quoted(text) : write(element));
        }
        elements.sort(Comparator.comparing(texts::get));
        return elements;
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, quoted);
        return quoted.append('"').toString();
    }

    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** The same mapper, with properties and map entries in canonical order for writing without a tree. */
    private static final JsonMapper DIRECT = MAPPER.rebuild()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final LongAdder TREE_WRITES = new LongAdder();

    private CanonicalJson() {
    }

    /** The canonical text of any value Jackson can serialise (records, maps, lists, JsonNode...). */
    public static String write(Object value) {
        if (!(value instanceof JsonNode)) {
            try {
                return writeDirectly(value);
            } catch (IOException | RuntimeException notDirectly) {
                // not in canonical order, or not serialisable at all: the reference way gives the text or the error
            }
        }
        TREE_WRITES.increment();
        return writeViaTree(value);
    }

    /**
     * The canonical text the reference way, through a Jackson tree whose object keys are sorted as it is written;
     * {@link #write} gives the same text, usually without the tree.
     */
    public static String writeViaTree(Object value) {
        return writeTree(value instanceof JsonNode node ? node : MAPPER.valueToTree(value));
    }

    /**
     * How many values {@link #write} wrote through a tree in this JVM (JSON trees, and values not in canonical
     * order): lets tests see which way a kind of value takes.
     */
    public static long treeWrites() {
        return TREE_WRITES.sum();
    }

    private static String writeDirectly(Object value) throws IOException {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator generator = new CanonicalGenerator(FACTORY.createGenerator(out))) {
            DIRECT.writeValue(generator, value);
        }
        return out.toString();
    }

    /** Canonicalises a JSON text (e.g. a stored or received document). Duplicate keys are refused. */
    public static String normalise(String json) {
        return writeTree(parse(json));
    }

    /** Parses JSON keeping decimals exact, for reading stored documents back. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String writeTree(JsonNode tree) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(tree, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>(node.size());
                node.fieldNames().forEachRemaining(names::add);
                names.sort(null);
                out.writeStartObject();
                for (String name : names) {
                    out.writeFieldName(name);
                    write(node.get(name), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (Iterator<JsonNode> items = node.elements(); items.hasNext();) {
                    write(items.next(), out);
                }
                out.writeEndArray();
            }
            case NUMBER -> out.writeNumber(number(node));
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL, MISSING -> out.writeNull();
            case BINARY -> out.writeString(node.asText()); // base64, as Jackson writes byte[]
            case POJO -> write(MAPPER.valueToTree(((POJONode) node).getPojo()), out);
        }
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            throw new IllegalArgumentException("NaN and infinite numbers have no JSON form");
        }
        // Double and float nodes: their shortest round-trip decimal, not the binary value's full expansion.
        BigDecimal value = node.isFloat() ? new BigDecimal(Float.toString(node.floatValue()))
                : node.isDouble() ? new BigDecimal(Double.toString(node.doubleValue()))
                : node.decimalValue();
        return decimal(value);
    }

    /** The shortest plain decimal of a value: no exponent, no trailing zeros, zero as {@code 0}. */
    static String decimal(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
