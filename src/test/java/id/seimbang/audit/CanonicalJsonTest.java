package id.seimbang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

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
}
