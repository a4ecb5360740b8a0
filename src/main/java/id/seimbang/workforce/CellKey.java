package id.seimbang.workforce;

import java.util.Objects;

/** Identifies a formation cell: one position in one unit. */
public record CellKey(String unitCode, String positionCode) implements Comparable<CellKey> {

    @Override
    public int compareTo(CellKey other) {
        int byUnit = unitCode.compareTo(other.unitCode);
        return byUnit != 0 ? byUnit : positionCode.compareTo(other.positionCode);
    }

    // Written out rather than generated: the record's generated hashCode and equals go through method handles that
    // the JIT did not inline, and cell keys are hashed thousands of times per decision (17 % of a profile).
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CellKey k && Objects.equals(unitCode, k.unitCode)
                && Objects.equals(positionCode, k.positionCode);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(unitCode) + Objects.hashCode(positionCode);
    }

    @Override
    public String toString() {
        return unitCode + "/" + positionCode;
    }
}
