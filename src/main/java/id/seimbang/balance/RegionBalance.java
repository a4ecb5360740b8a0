package id.seimbang.balance;

import java.util.Comparator;
import java.util.List;

/**
 * The balance of a set of cells: imbalance Σg², the cell count, and the cells with the largest surplus
 * and the largest deficit (worst first; ties by cell key so the answer is stable).
 */
public record RegionBalance(double imbalance, int cells, List<CellBalance> worstSurplus,
        List<CellBalance> worstDeficit) {

    public static RegionBalance of(List<CellBalance> cells, int worst) {
        Comparator<CellBalance> byKey = Comparator.comparing(CellBalance::cell);
        List<CellBalance> surplus = cells.stream().filter(c -> c.gap() > 0)
                .sorted(Comparator.comparingDouble(CellBalance::gap).reversed().thenComparing(byKey))
                .limit(worst).toList();
        List<CellBalance> deficit = cells.stream().filter(c -> c.gap() < 0)
                .sorted(Comparator.comparingDouble(CellBalance::gap).thenComparing(byKey))
                .limit(worst).toList();
        return new RegionBalance(WorkloadModel.imbalance(cells), cells.size(), surplus, deficit);
    }
}
