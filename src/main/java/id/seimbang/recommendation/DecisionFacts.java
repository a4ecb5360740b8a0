package id.seimbang.recommendation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.Unit;

/**
 * The units, positions and cells of a decision's inputs indexed for {@link DecisionEngine}: by code and key, each
 * cell's gap for an effective-hours parameter, and the sorted cells a scope keeps from an origin with the region's
 * imbalance. Built from the inputs' own lists, so a decision made with it is the one its replay makes without it.
 * The shared facts of a scope ({@link ScopeFacts}) keep one for every decision of that scope on a workforce snapshot;
 * a replay or a request with facts beyond the shared ones builds its own. Immutable once built except for its
 * memos, which are thread-safe.
 */
final class DecisionFacts {

    /** The cells a scope keeps from an origin, sorted by key, and Σ g² over them (for one E). */
    record ScopeCells(List<CellKey> keys, double imbalance) {
    }

    /** Gaps for one effective-hours value E, by cell index; the scopes met so far with that E. */
    private record Gaps(double effectiveHours, double[] gaps, Map<ScopeKey, ScopeCells> scopes) {
    }

    private final List<Unit> unitList;
    private final List<Position> positionList;
    private final List<CellFacts> cells;
    private final Map<String, Unit> units;
    private final Map<String, Position> positions;
    private final Map<CellKey, Integer> index;
    private final CellKey[] keys;
    /** Usually one E for the life of the facts (the active policy's); a new E replaces it. */
    private volatile Gaps gaps;

    private DecisionFacts(List<Unit> units, List<Position> positions, List<CellFacts> cells) {
        this.unitList = units;
        this.positionList = positions;
        this.cells = cells;
        this.units = new HashMap<>(units.size() * 2);
        units.forEach(u -> this.units.put(u.code(), u));
        this.positions = new HashMap<>(positions.size() * 2);
        positions.forEach(p -> this.positions.put(p.code(), p));
        this.keys = new CellKey[cells.size()];
        this.index = new HashMap<>(cells.size() * 2);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = cells.get(i).key();
            index.put(keys[i], i);
        }
    }

    /** The inputs' facts indexed; as the engine used to index them, a later entry of a code or key wins. */
    static DecisionFacts of(DecisionInputs in) {
        return new DecisionFacts(in.units(), in.positions(), in.cells());
    }

    static DecisionFacts of(FactSet facts) {
        return new DecisionFacts(facts.units(), facts.positions(), facts.cells());
    }

    /** Whether these are the facts of {@code in}: the same lists, not merely equal ones. */
    boolean indexes(DecisionInputs in) {
        return in.cells() == cells && in.units() == unitList && in.positions() == positionList;
    }

    Unit unit(String code) {
        Unit unit = units.get(code);
        if (unit == null) {
            throw new NoSuchElementException("No value present");
        }
        return unit;
    }

    Position position(String code) {
        Position position = positions.get(code);
        if (position == null) {
            throw new NoSuchElementException("No value present");
        }
        return position;
    }

    /** The inputs' units and positions by code, for the eligibility rules. */
    Map<String, Unit> units() {
        return units;
    }

    Map<String, Position> positions() {
        return positions;
    }

    boolean contains(CellKey cell) {
        return index.containsKey(cell);
    }

    /** A cell of these facts as given (W and B). */
    CellFacts cell(CellKey key) {
        Integer i = index.get(key);
        if (i == null) {
            throw new NoSuchElementException("No cell " + key);
        }
        return cells.get(i);
    }

    /** The gap g = B − W / E of a cell of these facts. */
    double gap(CellKey cell, double effectiveHours) {
        return gapAt(gaps(effectiveHours), cell);
    }

    private double gapAt(Gaps g, CellKey cell) {
        return g.gaps[index.get(cell)];
    }

    /**
     * The cells in {@code scope} of {@code origin}, sorted, and their Σ g² summed in that order; the same for every
     * origin with the same scope key.
     */
    ScopeCells inScope(Scope scope, Unit origin, double effectiveHours) {
        Gaps g = gaps(effectiveHours);
        return g.scopes.computeIfAbsent(ScopeKey.of(scope, origin), k -> {
            Integer[] kept = IntStream.range(0, keys.length)
                    .filter(i -> scope.contains(origin, unit(keys[i].unitCode()))).boxed()
                    .sorted((a, b) -> keys[a].compareTo(keys[b])).toArray(Integer[]::new);
            List<CellKey> sorted = Arrays.stream(kept).map(i -> keys[i]).toList();
            // summed as the engine always summed it: a stream's sum, in key order
            // (by key, as it always was: of two cells with one key, the later one's gap counts for both)
            double imbalance = Arrays.stream(kept).mapToDouble(i -> gapAt(g, keys[i]) * gapAt(g, keys[i])).sum();
            return new ScopeCells(sorted, imbalance);
        });
    }

    private Gaps gaps(double effectiveHours) {
        Gaps g = gaps;
        if (g == null || g.effectiveHours != effectiveHours) {
            double[] values = new double[keys.length];
            for (int i = 0; i < values.length; i++) {
                CellFacts c = cells.get(i);
                values[i] = c.staff() - c.workloadHours() / effectiveHours;
            }
            g = new Gaps(effectiveHours, values, new ConcurrentHashMap<>());
            gaps = g;
        }
        return g;
    }
}
