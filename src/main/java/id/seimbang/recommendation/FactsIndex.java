package id.seimbang.recommendation;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * Our facts arranged for decisions: units, positions and every cell with its staff count, and the cells of each
 * instansi and kabupaten. Built once per workforce snapshot (an import makes a new snapshot, hence a new index),
 * so a decision does not copy the whole province.
 */
record FactsIndex(Workforce source, Map<String, Unit> units, Map<String, Position> positions,
        Map<CellKey, CellFacts> cells, Map<String, List<CellFacts>> byInstansi,
        Map<String, List<CellFacts>> byKabupaten) {

    private static final AtomicReference<FactsIndex> LATEST = new AtomicReference<>();

    static FactsIndex of(Workforce data) {
        FactsIndex latest = LATEST.get();
        if (latest != null && latest.source == data) {
            return latest;
        }
        FactsIndex built = build(data);
        LATEST.set(built);
        return built;
    }

    private static FactsIndex build(Workforce data) {
        Map<String, Unit> units = new HashMap<>();
        data.units().forEach(u -> units.put(u.code(), u));
        Map<String, Position> positions = new HashMap<>();
        data.positions().forEach(p -> positions.put(p.code(), p));
        Map<CellKey, CellFacts> cells = new HashMap<>();
        Map<String, List<CellFacts>> byInstansi = new HashMap<>();
        Map<String, List<CellFacts>> byKabupaten = new HashMap<>();
        for (FormationCell cell : data.cells()) {
            CellFacts facts = new CellFacts(cell.unitCode(), cell.positionCode(), cell.workloadHours(),
                    data.staffOf(cell.key()).size());
            cells.put(cell.key(), facts);
            Unit unit = units.get(cell.unitCode());
            byInstansi.computeIfAbsent(unit.instansiCode(), k -> new java.util.ArrayList<>()).add(facts);
            byKabupaten.computeIfAbsent(unit.kabupatenCode(), k -> new java.util.ArrayList<>()).add(facts);
        }
        return new FactsIndex(data, Collections.unmodifiableMap(units), Collections.unmodifiableMap(positions),
                Collections.unmodifiableMap(cells), byInstansi, byKabupaten);
    }

    /** The cells a scope can reach from the origin unit (inactive units are filtered by the caller). */
    Collection<CellFacts> cellsInScope(Scope scope, Unit origin) {
        return switch (scope) {
            case INSTANSI -> byInstansi.getOrDefault(origin.instansiCode(), List.of());
            case KABUPATEN -> byKabupaten.getOrDefault(origin.kabupatenCode(), List.of());
            case PROVINCE -> cells.values();
        };
    }
}
