package id.seimbang.placement;

import static id.seimbang.placement.PlacementFixtures.KOTA;
import static id.seimbang.placement.PlacementFixtures.REJANG_LEBONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistanceBandsTest {

    @Test
    void haversineMatchesKnownDistances() {
        // Jakarta (Monas) to Bandung (Gedung Sate): about 116 km as the crow flies
        assertThat(DistanceBands.haversineKm(-6.2088, 106.8456, -6.9175, 107.6191)).isCloseTo(116.24, within(0.05));
        assertThat(DistanceBands.haversineKm(-3.8, 102.27, -3.8, 102.27)).isZero();
        assertThat(DistanceBands.haversineKm(0, 0, 0, 180)).isCloseTo(Math.PI * DistanceBands.EARTH_RADIUS_KM, within(0.001));
        assertThat(DistanceBands.haversineKm(-3.8, 102.27, 0.79, 127.38))
                .isCloseTo(DistanceBands.haversineKm(0.79, 127.38, -3.8, 102.27), within(1e-9));
    }

    @Test
    void bandsByDistanceOnTheSameIsland() {
        assertThat(band(102.60)).isEqualTo(DistanceBand.UNDER_50_KM);        // 36.6 km
        assertThat(band(102.72)).isEqualTo(DistanceBand.UNDER_50_KM);        // 49.9 km
        assertThat(band(102.73)).isEqualTo(DistanceBand.FROM_50_TO_150_KM);  // 51.0 km
        assertThat(band(103.27)).isEqualTo(DistanceBand.FROM_50_TO_150_KM);  // 111 km
        assertThat(band(104.27)).isEqualTo(DistanceBand.OVER_150_KM);        // 222 km
    }

    @Test
    void sameKabupatenWinsOverDistanceAndIsland() {
        assertThat(DistanceBands.band(KOTA, "SUMATRA", -3.8, 102.27, KOTA, "ENGGANO", -3.8, 104.27))
                .isEqualTo(DistanceBand.SAME_KABUPATEN);
    }

    @Test
    void anotherIslandIsInterIslandEvenWhenClose() {
        assertThat(DistanceBands.band(KOTA, "SUMATRA", -3.8, 102.27, REJANG_LEBONG, "ENGGANO", -3.85, 102.30))
                .isEqualTo(DistanceBand.INTER_ISLAND);
    }

    @Test
    void unknownIslandFallsBackToDistance() {
        assertThat(DistanceBands.band(KOTA, null, -3.8, 102.27, REJANG_LEBONG, "SUMATRA", -3.8, 104.27))
                .isEqualTo(DistanceBand.OVER_150_KM);
    }

    private static DistanceBand band(double targetLongitude) {
        return DistanceBands.band(KOTA, "SUMATRA", -3.8, 102.27, REJANG_LEBONG, "SUMATRA", -3.8, targetLongitude);
    }
}
