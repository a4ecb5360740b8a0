package id.seimbang.plan.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.seimbang.plan.CellChange;

/**
 * A unit before and after a plan, summed over its cells: staff, and its share of the imbalance Σg², which
 * the before/after chart shows (gaps of opposite sign inside a unit would cancel out in a plain sum).
 * {@code changedCells} are the unit's cells whose staff changes: when the unit's Σg² rises, the page shows them
 * to explain it (the plan minimises the region's total, so one cell may overshoot while another improves).
 */
record UnitChange(String unitCode, String unitName, double need, int staffBefore, int staffAfter,
        double imbalanceBefore, double imbalanceAfter, List<CellChange> changedCells) {

    /** Below this a difference of Σg² is rounding of the stored figures, not a rise. */
    private static final double EPSILON = 1e-9;

    UnitChange {
        changedCells = List.copyOf(changedCells);
    }

    static List<UnitChange> of(List<CellChange> cells, Map<String, String> unitNames) {
        Map<String, UnitChange> units = new TreeMap<>();
        for (CellChange c : cells) {
            UnitChange cell = new UnitChange(c.unitCode(), unitNames.getOrDefault(c.unitCode(), c.unitCode()),
                    c.need(), c.staffBefore(), c.staffAfter(), c.gapBefore() * c.gapBefore(),
                    c.gapAfter() * c.gapAfter(), c.staffBefore() == c.staffAfter() ? List.of() : List.of(c));
            units.merge(c.unitCode(), cell, UnitChange::plus);
        }
        return units.values().stream().sorted(Comparator.comparing(UnitChange::unitCode)).toList();
    }

    /** True when the plan leaves this unit with a larger Σg² than before. */
    public boolean rises() {
        return imbalanceAfter - imbalanceBefore > EPSILON;
    }

    private UnitChange plus(UnitChange o) {
        List<CellChange> changed = new ArrayList<>(changedCells);
        changed.addAll(o.changedCells);
        changed.sort(Comparator.comparing(CellChange::positionCode));
        return new UnitChange(unitCode, unitName, need + o.need, staffBefore + o.staffBefore,
                staffAfter + o.staffAfter, imbalanceBefore + o.imbalanceBefore, imbalanceAfter + o.imbalanceAfter,
                changed);
    }
}
