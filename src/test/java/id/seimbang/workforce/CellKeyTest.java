package id.seimbang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CellKey's equals and hashCode are written out for speed; both codes must take part. */
class CellKeyTest {

    @Test
    void aKeyEqualsOnlyTheKeyOfTheSameUnitAndPosition() {
        CellKey key = new CellKey("U-1", "P-1");

        assertThat(new CellKey("U-1", "P-1")).isEqualTo(key).hasSameHashCodeAs(key);
        assertThat(new CellKey("U-2", "P-1")).isNotEqualTo(key);
        assertThat(new CellKey("U-1", "P-2")).isNotEqualTo(key);
        // the two codes are not interchangeable
        assertThat(new CellKey("P-1", "U-1")).isNotEqualTo(key);
        assertThat(new CellKey("P-1", "U-1").hashCode()).isNotEqualTo(key.hashCode());
    }
}
