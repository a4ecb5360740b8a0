package id.seimbang.workforce;

/** A formation cell with its ABK workload in hours per year. */
public record FormationCell(String unitCode, String positionCode, double workloadHours) {

    public CellKey key() {
        return new CellKey(unitCode, positionCode);
    }
}
