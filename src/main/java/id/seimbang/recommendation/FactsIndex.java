package id.seimbang.recommendation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * Our facts arranged for decisions: units, positions and every cell with its staff count, the cells of each
 * instansi and kabupaten, and the {@link ScopeFacts} of each scope key met so far. Built once per workforce
 * snapshot (an import makes a new snapshot, hence a new index; {@link DecisionService} keeps them), so a decision neither copies the whole province
 * nor sorts, canonicalises and hashes the facts of its scope again.
 */
final class FactsIndex {

    private final Workforce source;
    private final Map<String, Unit> units;
    private final Map<String, Position> positions;
    private final Map<CellKey, CellFacts> cells;
    private final Map<String, List<CellFacts>> byInstansi;
    private final Map<String, List<CellFacts>> byKabupaten;
    private final Map<ScopeKey, ScopeFacts> scopes = new ConcurrentHashMap<>();

    private FactsIndex(Workforce source, Map<String, Unit> units, Map<String, Position> positions,
            Map<CellKey, CellFacts> cells, Map<String, List<CellFacts>> byInstansi,
            Map<String, List<CellFacts>> byKabupaten) {
        this.source = source;
        this.units = units;
        this.positions = positions;
        this.cells = cells;
        this.byInstansi = byInstansi;
        this.byKabupaten = byKabupaten;
    }

    static FactsIndex build(Workforce data) {
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
            byInstansi.computeIfAbsent(unit.instansiCode(), k -> new ArrayList<>()).add(facts);
            byKabupaten.computeIfAbsent(unit.kabupatenCode(), k -> new ArrayList<>()).add(facts);
        }
        return new FactsIndex(data, Collections.unmodifiableMap(units), Collections.unmodifiableMap(positions),
                Collections.unmodifiableMap(cells), byInstansi, byKabupaten);
    }

    Map<String, Unit> units() {
        return units;
    }

    Map<String, Position> positions() {
        return positions;
    }

    Map<CellKey, CellFacts> cells() {
        return cells;
    }

    /**
     * The target cells the scope offers from the origin unit: active units within the scope, sorted, with their
     * units and positions. The same object for every origin with the same scope key.
     */
    ScopeFacts scopeFacts(Scope scope, Unit origin) {
        return scopes.computeIfAbsent(ScopeKey.of(scope, origin),
                k -> ScopeFacts.of(cellsInScope(scope, origin), scope, origin, units, positions));
    }

    /** The cells a scope can reach from the origin unit, before the active-unit filter. */
    private Collection<CellFacts> cellsInScope(Scope scope, Unit origin) {
        return switch (scope) {
            case INSTANSI -> byInstansi.getOrDefault(origin.instansiCode(), List.of());
            case KABUPATEN -> byKabupaten.getOrDefault(origin.kabupatenCode(), List.of());
            case PROVINCE -> cells.values();
        };
    }
}
