package id.seimbang.placement;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;

/**
 * The placement of one employee towards many target cells, as a province-wide plan asks for it: hundreds of
 * targets per employee, most of which give the tables the same input. Of a target the tables read only the unit's
 * sector, the position's job family and whether it is strategic, the distance band, whether the spouse lives in
 * the target kabupaten and whether the employee asked for it ({@link PlacementInput#of}); each distinct
 * combination is evaluated once per employee and the distance band once per unit. Not thread-safe: one instance
 * per employee and thread.
 */
public final class EmployeePlacement {

    /**
     * What the tables read of a target, for this employee. equals and hashCode written out, as for CellKey: the
     * generated ones go through method handles, and a decision hashes one per target.
     */
    private record TargetSide(Sector sector, String jobFamily, boolean strategic, DistanceBand band, boolean spouse,
            boolean requested) {

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof TargetSide t && sector == t.sector && band == t.band
                    && strategic == t.strategic && spouse == t.spouse && requested == t.requested
                    && java.util.Objects.equals(jobFamily, t.jobFamily);
        }

        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(sector);
            h = 31 * h + java.util.Objects.hashCode(jobFamily);
            h = 31 * h + java.util.Objects.hashCode(band);
            return 31 * h + (strategic ? 4 : 0) + (spouse ? 2 : 0) + (requested ? 1 : 0);
        }
    }

    private final Employee employee;
    private final Collection<TransferRequest> requests;
    private final PlacementEvaluator evaluator;
    private final Map<Unit, DistanceBand> bands = new IdentityHashMap<>();
    private final Map<TargetSide, PlacementResult> results = new HashMap<>();

    public EmployeePlacement(Employee employee, Collection<TransferRequest> requests, PlacementEvaluator evaluator) {
        this.employee = employee;
        this.requests = requests;
        this.evaluator = evaluator;
    }

    /** The same result as {@code evaluator.evaluate(PlacementInput.of(employee, unit, position, requested))}. */
    public PlacementResult towards(Unit unit, Position position) {
        return towards(unit, position, !requests.isEmpty() && PlacementInput.requested(requests, unit, position));
    }

    /**
     * The same result as {@code evaluator.evaluate(PlacementInput.of(employee, unit, position, requested))}, with
     * whether the employee asked for this target decided by the caller (a decision: the cell of the latest request).
     */
    public PlacementResult towards(Unit unit, Position position, boolean requested) {
        TargetSide side = new TargetSide(unit.sector(), position.jobFamily(), position.strategic(),
                bands.computeIfAbsent(unit, u -> DistanceBands.band(employee, u)),
                PlacementInput.spouseIn(employee, unit), requested);
        PlacementResult result = results.get(side);
        if (result == null) {
            result = evaluator.evaluate(PlacementInput.of(employee, unit, position, requested));
            results.put(side, result);
        }
        return result;
    }
}
