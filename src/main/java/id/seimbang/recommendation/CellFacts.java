package id.seimbang.recommendation;

import id.seimbang.workforce.CellKey;

/** A formation cell as a decision used it: ABK workload W and the staff B counted at decision time. */
public record CellFacts(String unitCode, String positionCode, double workloadHours, int staff) {

    public CellKey key() {
        return new CellKey(unitCode, positionCode);
    }
}
