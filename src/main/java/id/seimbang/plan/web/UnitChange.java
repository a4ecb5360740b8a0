package id.seimbang.plan.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.seimbang.plan.CellChange;

/**
 * A unit before and after a plan, summed over its cells: staff, and its share of the imbalance Σg², which
 * the before/after chart shows (gaps of opposite sign inside a unit would cancel out in a plain sum).
 */
record UnitChange(String unitCode, String unitName, double need, int staffBefore, int staffAfter,
        double imbalanceBefore, double imbalanceAfter) {

    static List<UnitChange> of(List<CellChange> cells, Map<String, String> unitNames) {
        Map<String, UnitChange> units = new TreeMap<>();
        for (CellChange c : cells) {
            UnitChange cell = new UnitChange(c.unitCode(), unitNames.getOrDefault(c.unitCode(), c.unitCode()),
                    c.need(), c.staffBefore(), c.staffAfter(), c.gapBefore() * c.gapBefore(),
                    c.gapAfter() * c.gapAfter());
            units.merge(c.unitCode(), cell, UnitChange::plus);
        }
        return units.values().stream().sorted(Comparator.comparing(UnitChange::unitCode)).toList();
    }

    private UnitChange plus(UnitChange o) {
        return new UnitChange(unitCode, unitName, need + o.need, staffBefore + o.staffBefore,
                staffAfter + o.staffAfter, imbalanceBefore + o.imbalanceBefore, imbalanceAfter + o.imbalanceAfter);
    }
}
