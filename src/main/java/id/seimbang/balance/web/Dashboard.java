package id.seimbang.balance.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.seimbang.balance.CellBalance;
import id.seimbang.balance.EjGrade;
import id.seimbang.balance.RegionBalance;
import id.seimbang.balance.WorkloadModel;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * What the dashboard shows for the units that pass the filters: the imbalance Σg² of their cells, one row
 * per unit (need, staff, gap, EJ of the unit's totals and its grade), and the worst surplus and deficit cells.
 */
record Dashboard(RegionBalance balance, List<UnitRow> units, List<CellRow> worstSurplus, List<CellRow> worstDeficit) {

    static final int WORST = 10;

    /** How the unit table and the chart are ordered. */
    enum Sort {
        CODE(Comparator.comparing(UnitRow::code)),
        GAP(Comparator.comparingDouble(UnitRow::gap).thenComparing(UnitRow::code)),
        NEED(Comparator.comparingDouble(UnitRow::need).reversed().thenComparing(UnitRow::code)),
        STAFF(Comparator.comparingInt(UnitRow::staff).reversed().thenComparing(UnitRow::code)),
        EJ(Comparator.comparing(UnitRow::ej, Comparator.nullsFirst(Comparator.<Double>reverseOrder()))
                .thenComparing(UnitRow::code));

        final Comparator<UnitRow> order;

        Sort(Comparator<UnitRow> order) {
            this.order = order;
        }
    }

    record UnitRow(String code, String name, String kabupatenCode, String kabupatenName, Sector sector, int cells,
            double need, int staff, double gap, Double ej, EjGrade grade) {
    }

    record CellRow(String unitCode, String unitName, String positionCode, String positionName, double need, int staff,
            double gap, EjGrade grade) {
    }

    static Dashboard of(Workforce w, WorkloadModel model, String kabupaten, Sector sector, Sort sort) {
        Map<String, Unit> units = w.units().stream()
                .filter(u -> kabupaten == null || u.kabupatenCode().equals(kabupaten))
                .filter(u -> sector == null || u.sector() == sector)
                .collect(Collectors.toMap(Unit::code, u -> u));
        Map<String, List<CellBalance>> byUnit = w.cells().stream()
                .filter(c -> units.containsKey(c.unitCode()))
                .sorted(Comparator.comparing(FormationCell::key))
                .map(c -> model.balance(w, c))
                .collect(Collectors.groupingBy(b -> b.cell().unitCode()));
        List<CellBalance> cells = byUnit.values().stream().flatMap(List::stream).toList();
        RegionBalance balance = RegionBalance.of(cells, WORST);
        List<UnitRow> rows = units.values().stream()
                .map(u -> unitRow(w, model, u, byUnit.getOrDefault(u.code(), List.of())))
                .sorted(sort.order).toList();
        return new Dashboard(balance, rows, cellRows(w, balance.worstSurplus()), cellRows(w, balance.worstDeficit()));
    }

    private static UnitRow unitRow(Workforce w, WorkloadModel model, Unit u, List<CellBalance> cells) {
        double workload = cells.stream().mapToDouble(CellBalance::workloadHours).sum();
        int staff = cells.stream().mapToInt(CellBalance::staff).sum();
        // The unit's grade is the grade of its totals, by the same rule as a cell's.
        CellBalance total = model.balance(new CellKey(u.code(), ""), workload, staff);
        String kabupatenName = w.kabupaten(u.kabupatenCode()).map(k -> k.name()).orElse(u.kabupatenCode());
        return new UnitRow(u.code(), u.name(), u.kabupatenCode(), kabupatenName, u.sector(), cells.size(),
                total.need(), staff, total.gap(), total.ej(), total.grade());
    }

    private static List<CellRow> cellRows(Workforce w, List<CellBalance> cells) {
        return cells.stream().map(c -> new CellRow(c.cell().unitCode(),
                w.unit(c.cell().unitCode()).map(Unit::name).orElse(c.cell().unitCode()), c.cell().positionCode(),
                w.position(c.cell().positionCode()).map(Position::name).orElse(c.cell().positionCode()), c.need(),
                c.staff(), c.gap(), c.grade())).toList();
    }
}
