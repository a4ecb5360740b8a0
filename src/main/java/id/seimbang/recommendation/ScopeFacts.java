package id.seimbang.recommendation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.seimbang.audit.FactsSnapshot;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.Unit;

/**
 * The target cells a scope offers from one origin (active units the scope contains), with their units and
 * positions. On one workforce snapshot they are the same for every employee of the same instansi (INSTANSI), the
 * same kabupaten (KABUPATEN) or the province, so {@link FactsIndex} keeps one per scope key and the audit trail
 * stores its {@link #snapshot()} once, referred to by hash from every decision that used it.
 */
final class ScopeFacts {

    private final FactSet facts;
    private final Set<CellKey> keys;
    /** Canonicalised and hashed on first use, so decisions that are not recorded never pay for it. */
    private volatile FactsSnapshot snapshot;
    /** Indexed for the engine on first use, then shared by every decision of this scope key. */
    private volatile DecisionFacts indexed;

    private ScopeFacts(FactSet facts) {
        this.facts = facts;
        this.keys = new HashSet<>(facts.cells().size() * 2);
        facts.cells().forEach(c -> keys.add(c.key()));
    }

    /** The cells of {@code considered} whose unit is active and within {@code scope} of {@code origin}. */
    static ScopeFacts of(Collection<CellFacts> considered, Scope scope, Unit origin, Map<String, Unit> units,
            Map<String, Position> positions) {
        List<CellFacts> candidates = considered.stream().filter(c -> {
            Unit unit = units.get(c.unitCode());
            return unit.active() && scope.contains(origin, unit);
        }).toList();
        return new ScopeFacts(FactSet.of(candidates, units, positions));
    }

    FactSet facts() {
        return facts;
    }

    boolean contains(CellKey cell) {
        return keys.contains(cell);
    }

    /** These facts indexed for {@link DecisionEngine}: a decision whose inputs are exactly these facts uses it. */
    DecisionFacts indexed() {
        DecisionFacts built = indexed;
        if (built == null) {
            // as with the snapshot, two threads may both build it
            built = DecisionFacts.of(facts);
            indexed = built;
        }
        return built;
    }

    FactsSnapshot snapshot() {
        FactsSnapshot built = snapshot;
        if (built == null) {
            // Two threads may both build it: same content, same hash, no harm.
            built = FactsSnapshot.of(facts);
            snapshot = built;
        }
        return built;
    }
}
