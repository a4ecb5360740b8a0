package id.seimbang.balance;

import java.util.Collection;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Workforce;

/**
 * The workload mathematics of architecture §2, free of any framework so it can be tested directly.
 * E (effective hours per person-year) comes from the policy parameters.
 */
public record WorkloadModel(double effectiveHours, EjGradeBands bands) {

    public WorkloadModel {
        if (!(effectiveHours > 0)) {
            throw new IllegalArgumentException("effective hours must be positive");
        }
    }

    /** Staff needed N = W / E. */
    public double need(double workloadHours) {
        return workloadHours / effectiveHours;
    }

    public CellBalance balance(CellKey cell, double workloadHours, int staff) {
        double need = need(workloadHours);
        Double ej = staff == 0 ? null : workloadHours / (staff * effectiveHours);
        EjGrade grade;
        if (ej == null) {
            grade = workloadHours > 0 ? EjGrade.UNSTAFFED : EjGrade.E;
        } else {
            grade = bands.grade(ej);
        }
        return new CellBalance(cell, workloadHours, staff, need, staff - need, ej, grade);
    }

    /** The balance of a cell of a workforce snapshot, with the staff the snapshot places in it. */
    public CellBalance balance(Workforce workforce, FormationCell cell) {
        return balance(cell.key(), cell.workloadHours(), workforce.staffOf(cell.key()).size());
    }

    /** Region imbalance I = Σ g². Zero only when every cell has exactly what it needs. */
    public static double imbalance(Collection<CellBalance> cells) {
        return cells.stream().mapToDouble(c -> c.gap() * c.gap()).sum();
    }

    /**
     * Balance gain of moving one person from a cell with gap {@code gapFrom} to a different cell with gap
     * {@code gapTo}: the decrease of I, −[(g_a−1)² + (g_b+1)² − g_a² − g_b²] = 2(g_a − g_b) − 2.
     */
    public static double gain(double gapFrom, double gapTo) {
        return 2 * (gapFrom - gapTo) - 2;
    }
}
