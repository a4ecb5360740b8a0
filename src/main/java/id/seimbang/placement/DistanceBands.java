package id.seimbang.placement;

import java.util.Objects;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Unit;

/**
 * Distance from an employee's home to a target unit, reduced to the bands the relocation table
 * decides on. Same kabupaten wins over everything (a commute inside one's own regency is never a
 * relocation); then a different island (the sea makes a short distance a relocation); then the
 * great-circle distance.
 */
final class DistanceBands {

    /** Mean Earth radius (IUGG), enough for bands tens of kilometres wide. */
    static final double EARTH_RADIUS_KM = 6371.0088;
    static final double NEAR_KM = 50;
    static final double FAR_KM = 150;

    private DistanceBands() {
    }

    /** Great-circle distance in kilometres between two points given in decimal degrees. */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public static DistanceBand band(Employee employee, Unit target) {
        return band(employee.homeKabupatenCode(), employee.homeIsland(), employee.homeLatitude(),
                employee.homeLongitude(), target.kabupatenCode(), target.island(), target.latitude(),
                target.longitude());
    }

    /** An unknown island (null) never makes a move inter-island: only a recorded difference does. */
    public static DistanceBand band(String homeKabupaten, String homeIsland, double homeLat, double homeLon,
            String targetKabupaten, String targetIsland, double targetLat, double targetLon) {
        if (homeKabupaten != null && homeKabupaten.equals(targetKabupaten)) {
            return DistanceBand.SAME_KABUPATEN;
        }
        if (homeIsland != null && targetIsland != null && !Objects.equals(homeIsland, targetIsland)) {
            return DistanceBand.INTER_ISLAND;
        }
        double km = haversineKm(homeLat, homeLon, targetLat, targetLon);
        if (km < NEAR_KM) {
            return DistanceBand.UNDER_50_KM;
        }
        return km <= FAR_KM ? DistanceBand.FROM_50_TO_150_KM : DistanceBand.OVER_150_KM;
    }
}
