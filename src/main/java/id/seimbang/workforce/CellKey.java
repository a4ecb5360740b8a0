package id.seimbang.workforce;

/** Identifies a formation cell: one position in one unit. */
public record CellKey(String unitCode, String positionCode) implements Comparable<CellKey> {

    @Override
    public int compareTo(CellKey other) {
        int byUnit = unitCode.compareTo(other.unitCode);
        return byUnit != 0 ? byUnit : positionCode.compareTo(other.positionCode);
    }

    @Override
    public String toString() {
        return unitCode + "/" + positionCode;
    }
}
