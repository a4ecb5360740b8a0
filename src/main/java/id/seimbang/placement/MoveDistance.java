package id.seimbang.placement;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Unit;

/**
 * How far a move takes an employee from home, for reports that compare policies (the equity report of a draft
 * check): the great-circle distance from home to the target unit and whether the move is <em>long-distance</em>,
 * i.e. in one of the two farthest bands of the relocation table ({@code OVER_150_KM} or {@code INTER_ISLAND},
 * {@link DistanceBands}), so the report and the placement table mean the same thing by "far".
 */
public record MoveDistance(double km, boolean longDistance) {

    public static MoveDistance of(Employee employee, Unit target) {
        DistanceBand band = DistanceBands.band(employee, target);
        double km = DistanceBands.haversineKm(employee.homeLatitude(), employee.homeLongitude(), target.latitude(),
                target.longitude());
        return new MoveDistance(km, band == DistanceBand.OVER_150_KM || band == DistanceBand.INTER_ISLAND);
    }
}
