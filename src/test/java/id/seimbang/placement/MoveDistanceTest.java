package id.seimbang.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import id.seimbang.eligibility.EmployeeFixtures;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Unit;

/** Long-distance for the equity report is exactly the relocation table's two farthest bands. */
class MoveDistanceTest {

    /** Home in KAB-01 on Jawa at (-6.9, 107.6). */
    private static final Employee EMPLOYEE = EmployeeFixtures.eligiblePns().build();

    private static Unit unit(String kabupaten, String island, double latitude, double longitude) {
        return new Unit("U", "Unit", "INS", kabupaten, Sector.values()[0], latitude, longitude, island, true);
    }

    @Test
    void theTwoFarthestBandsAreLongDistance() {
        MoveDistance over150 = MoveDistance.of(EMPLOYEE, unit("KAB-02", "Jawa", -6.9, 109.6)); // ≈ 221 km
        assertThat(over150.longDistance()).isTrue();
        assertThat(over150.km()).isCloseTo(DistanceBands.haversineKm(-6.9, 107.6, -6.9, 109.6), within(1e-9));
        assertThat(MoveDistance.of(EMPLOYEE, unit("KAB-02", "Sumatera", -6.8, 107.6)).longDistance()).isTrue();
    }

    @Test
    void nearerBandsAndTheOwnKabupatenAreNot() {
        assertThat(MoveDistance.of(EMPLOYEE, unit("KAB-02", "Jawa", -6.9, 108.5)).longDistance()).isFalse(); // ≈ 99 km
        assertThat(MoveDistance.of(EMPLOYEE, unit("KAB-02", "Jawa", -6.9, 107.8)).longDistance()).isFalse(); // ≈ 22 km
        // Same kabupaten wins over distance, as in the relocation table.
        MoveDistance home = MoveDistance.of(EMPLOYEE, unit("KAB-01", "Jawa", -6.9, 109.6));
        assertThat(home.longDistance()).isFalse();
        assertThat(home.km()).isGreaterThan(150);
    }
}
