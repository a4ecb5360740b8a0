package id.seimbang.recommendation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Unit;

/**
 * Units, positions and formation cells as a decision reads them: units and positions by code, cells by
 * {@link CellKey}, each unit and position once. This is also the content of a shared facts snapshot in the audit
 * trail, so its canonical JSON is {@code {"cells":[..],"positions":[..],"units":[..]}}.
 */
record FactSet(List<Unit> units, List<Position> positions, List<CellFacts> cells) {

    FactSet {
        units = List.copyOf(units);
        positions = List.copyOf(positions);
        cells = List.copyOf(cells);
    }

    /** The cells, sorted, with the units and positions they refer to (looked up in the maps). */
    static FactSet of(Collection<CellFacts> cells, Map<String, Unit> units, Map<String, Position> positions) {
        TreeMap<CellKey, CellFacts> sortedCells = new TreeMap<>();
        TreeMap<String, Unit> usedUnits = new TreeMap<>();
        TreeMap<String, Position> usedPositions = new TreeMap<>();
        for (CellFacts c : cells) {
            sortedCells.put(c.key(), c);
            usedUnits.put(c.unitCode(), units.get(c.unitCode()));
            usedPositions.put(c.positionCode(), positions.get(c.positionCode()));
        }
        return new FactSet(List.copyOf(usedUnits.values()), List.copyOf(usedPositions.values()),
                List.copyOf(sortedCells.values()));
    }

    /** Both sets in one, in the same order; an entry in both (same code or key) appears once. */
    FactSet plus(FactSet other) {
        if (other.units.isEmpty() && other.positions.isEmpty() && other.cells.isEmpty()) {
            return this;
        }
        TreeMap<String, Unit> allUnits = new TreeMap<>();
        units.forEach(u -> allUnits.put(u.code(), u));
        other.units.forEach(u -> allUnits.put(u.code(), u));
        TreeMap<String, Position> allPositions = new TreeMap<>();
        positions.forEach(p -> allPositions.put(p.code(), p));
        other.positions.forEach(p -> allPositions.put(p.code(), p));
        TreeMap<CellKey, CellFacts> allCells = new TreeMap<>();
        cells.forEach(c -> allCells.put(c.key(), c));
        other.cells.forEach(c -> allCells.put(c.key(), c));
        return new FactSet(List.copyOf(allUnits.values()), List.copyOf(allPositions.values()),
                List.copyOf(allCells.values()));
    }
}
