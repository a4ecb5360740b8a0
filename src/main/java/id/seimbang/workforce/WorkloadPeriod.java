package id.seimbang.workforce;

import java.time.LocalDate;

/**
 * One ABK period of a formation cell: the workload W (hours per year) in force from {@code effectiveFrom} until the
 * next period of the same cell. Before a cell's first period its {@link FormationCell#workloadHours()} is in force.
 */
public record WorkloadPeriod(String unitCode, String positionCode, LocalDate effectiveFrom, double workloadHours) {

    public CellKey key() {
        return new CellKey(unitCode, positionCode);
    }
}
