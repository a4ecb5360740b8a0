package id.seimbang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

class CanonicalJsonTest {

    record Move(String unit, double gain, BigDecimal penalty, LocalDate asOf, Optional<String> note) {
    }

    @Test
    void sameContentInAnyInsertionOrderGivesTheSameText() {
        Map<String, Object> inner1 = new LinkedHashMap<>();
        inner1.put("z", 1);
        inner1.put("a", List.of(Map.of("y", true, "b", "x")));
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("nip", "198001012005011001");
        first.put("facts", inner1);
        first.put("alpha", null);

        Map<String, Object> inner2 = new LinkedHashMap<>();
        inner2.put("a", List.of(new LinkedHashMap<>(Map.of("b", "x", "y", true))));
        inner2.put("z", 1);
        Map<String, Object> second = new HashMap<>();
        second.put("alpha", null);
        second.put("facts", inner2);
        second.put("nip", "198001012005011001");

        assertThat(CanonicalJson.write(first))
                .isEqualTo(CanonicalJson.write(second))
                .isEqualTo("{\"alpha\":null,\"facts\":{\"a\":[{\"b\":\"x\",\"y\":true}],\"z\":1},"
                        + "\"nip\":\"198001012005011001\"}");
    }

    record Holder(Set<String> fields, List<String> ordered) {
    }

    /**
     * Set.copyOf iterates in an order salted per JVM, so the same facts read in two runs used to give two texts
     * (and two facts hashes); sets in any iteration order must give one text, lists keep theirs.
     */
    @Test
    void setsAreWrittenInCanonicalOrderWhateverTheirIterationOrder() {
        Set<String> one = new LinkedHashSet<>(List.of("MANAJEMEN_SDM", "AKUNTANSI", "KEPEMIMPINAN", "a\"q"));
        Set<String> other = new LinkedHashSet<>(List.of("KEPEMIMPINAN", "a\"q", "MANAJEMEN_SDM", "AKUNTANSI"));
        assertThat(List.copyOf(one)).isNotEqualTo(List.copyOf(other));

        String expected = "{\"fields\":[\"AKUNTANSI\",\"KEPEMIMPINAN\",\"MANAJEMEN_SDM\",\"a\\\"q\"],"
                + "\"ordered\":[\"z\",\"a\"]}";
        assertThat(CanonicalJson.write(new Holder(one, List.of("z", "a")))).isEqualTo(expected);
        assertThat(CanonicalJson.write(new Holder(other, List.of("z", "a")))).isEqualTo(expected);
        assertThat(CanonicalJson.write(new Holder(Set.copyOf(other), List.of("z", "a")))).isEqualTo(expected);
        // sets of objects: by each element's canonical text
        assertThat(CanonicalJson.write(new LinkedHashSet<>(List.of(Map.of("k", 2), Map.of("k", 1)))))
                .isEqualTo("[{\"k\":1},{\"k\":2}]");
    }

    @Test
    void arraysKeepTheirOrder() {
        assertThat(CanonicalJson.write(List.of(3, 1, 2))).isEqualTo("[3,1,2]");
    }

    @Test
    void numbersAreWrittenByValueNotByType() {
        Map<String, Object> mixed = Map.of("a", 1, "b", 1.0, "c", new BigDecimal("1.00"), "d", 1L,
                "e", 0.1f, "f", new BigDecimal("1E+3"), "g", -0.0, "h", 12.50);
        assertThat(CanonicalJson.write(mixed))
                .isEqualTo("{\"a\":1,\"b\":1,\"c\":1,\"d\":1,\"e\":0.1,\"f\":1000,\"g\":0,\"h\":12.5}");
    }

    @Test
    void notANumberIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.write(Map.of("x", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsDatesAndOptionalsBecomeIsoTextAndNull() {
        Move move = new Move("U-01", 4.0, new BigDecimal("1.50"), LocalDate.of(2026, 11, 26), Optional.empty());
        assertThat(CanonicalJson.write(move)).isEqualTo(
                "{\"asOf\":\"2026-11-26\",\"gain\":4,\"note\":null,\"penalty\":1.5,\"unit\":\"U-01\"}");
        assertThat(CanonicalJson.write(Map.of("at", Instant.parse("2026-11-26T02:25:39.120Z"))))
                .isEqualTo("{\"at\":\"2026-11-26T02:25:39.120Z\"}");
    }

    @Test
    void aRecordAndTheEquivalentMapGiveTheSameText() {
        Move move = new Move("U-01", 2.5, BigDecimal.ZERO, LocalDate.of(2026, 1, 2), Optional.of("ok"));
        Map<String, Object> map = new HashMap<>();
        map.put("unit", "U-01");
        map.put("note", "ok");
        map.put("penalty", 0);
        map.put("gain", new BigDecimal("2.50"));
        map.put("asOf", "2026-01-02");
        assertThat(CanonicalJson.write(move)).isEqualTo(CanonicalJson.write(map));
    }

    @Test
    void jsonTextIsNormalisedAndKeepsDecimalsExact() {
        String messy = "{ \"b\" : [1.10, 2e2, 12345678901234567890.123456789],\n \"a\": \"Ümran \\\"x\\\"\" }";
        assertThat(CanonicalJson.normalise(messy))
                .isEqualTo("{\"a\":\"Ümran \\\"x\\\"\",\"b\":[1.1,200,12345678901234567890.123456789]}");
        assertThat(CanonicalJson.normalise(CanonicalJson.normalise(messy))).isEqualTo(CanonicalJson.normalise(messy));
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> CanonicalJson.normalise("{\"a\":1,\"a\":2}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    enum Level {
        ZETA, ALPHA
    }

    @JsonPropertyOrder({"zulu", "alpha"})
    record OwnOrder(String alpha, String zulu) {
    }

    record Everything(double tiny, double huge, double negativeZero, float f, BigDecimal decimal, BigDecimal none,
            long big, java.math.BigInteger bigger, double[] doubles, byte[] bytes, Map<String, Object> unsorted,
            Map<Level, Integer> byEnum, Set<Level> levels, List<Optional<String>> notes, Instant at, Level level,
            JsonNode tree, OwnOrder ownOrder, Map<String, Object> empty, Character c, String unicode) {
    }

    /**
     * The direct way (no tree) and the reference way (a tree, keys sorted on writing) give the same text for
     * values of every kind, including those the direct way gives up on (keys that do not sort as strings, a class's
     * own property order, binary values, embedded trees), which it then writes the reference way.
     */
    @Test
    void writingDirectlyGivesTheTextOfTheTree() {
        Map<String, Object> unsorted = new LinkedHashMap<>();
        unsorted.put("zeta", List.of(Map.of("b", 1, "a", 2.50)));
        unsorted.put("", "empty key");
        unsorted.put("Alpha", null);
        Map<Level, Integer> byEnum = new EnumMap<>(Level.class);
        byEnum.put(Level.ZETA, 1);
        byEnum.put(Level.ALPHA, 2);
        Everything all = new Everything(1e-7, 1.5e21, -0.0, 0.1f, new BigDecimal("12.3400"), null, Long.MAX_VALUE,
                java.math.BigInteger.TEN.pow(30), new double[] {1.0, 0.25, 3e-9}, new byte[] {1, 2, 3}, unsorted,
                byEnum, EnumSet.allOf(Level.class), List.of(Optional.empty(), Optional.of("ü\u0001\"")),
                Instant.parse("2026-11-26T02:25:39.120Z"), Level.ALPHA, CanonicalJson.parse("{\"b\":1,\"a\":[2.0]}"),
                new OwnOrder("a", "z"), Map.of(), 'x', "Ümran \t tab");
        Everything plain = new Everything(0.3, 2.0, 1, 2.5f, BigDecimal.ONE, null, 7, java.math.BigInteger.ONE,
                new double[] {0.1}, null, new java.util.TreeMap<>(Map.of("b", 1, "a", 2)), Map.of(), Set.of(),
                List.of(), null, null, null, null, new HashMap<>(Map.of("y", 1, "x", 2)), null, "");

        for (Object value : List.of(all, plain, List.of(all, plain), Map.of("k", all), move(), byEnum, unsorted)) {
            assertThat(CanonicalJson.write(value)).isEqualTo(CanonicalJson.writeViaTree(value));
        }
        // and both ways are taken: a plain record directly, a class with its own property order through the tree
        long before = CanonicalJson.treeWrites();
        CanonicalJson.write(plain);
        CanonicalJson.write(move());
        assertThat(CanonicalJson.treeWrites()).isEqualTo(before);
        CanonicalJson.write(new OwnOrder("a", "z"));
        CanonicalJson.write(byEnum);
        assertThat(CanonicalJson.treeWrites()).isEqualTo(before + 2);
        assertThat(CanonicalJson.write(new OwnOrder("a", "z"))).isEqualTo("{\"alpha\":\"a\",\"zulu\":\"z\"}");
    }

    private static Move move() {
        return new Move("U-01", 4.0, new BigDecimal("1.50"), LocalDate.of(2026, 11, 26), Optional.empty());
    }
}
