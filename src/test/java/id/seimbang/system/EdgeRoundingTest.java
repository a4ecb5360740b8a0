package id.seimbang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class EdgeRoundingTest {

    record Figures(double gain, Double need, @FullPrecision double objective) {
    }

    @Test
    void roundsToFourDecimalsAndKeepsNonFiniteValues() {
        assertThat(EdgeRounding.round(-7.004000000000001)).isEqualTo(-7.004);
        assertThat(EdgeRounding.round(5.556799999999999)).isEqualTo(5.5568);
        assertThat(EdgeRounding.round(0.00005)).isEqualTo(0.0001);
        assertThat(EdgeRounding.round(-0.00004)).isEqualTo(0.0);
        assertThat(EdgeRounding.round(Double.NaN)).isNaN();
        assertThat(EdgeRounding.round(Double.POSITIVE_INFINITY)).isInfinite();
    }

    @Test
    void jsonRoundsEveryDoubleExceptFullPrecisionProperties() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(EdgeRounding.jacksonModule());
        assertThat(json.writeValueAsString(new Figures(-7.004000000000001, 5.556799999999999, 1.0 / 3)))
                .isEqualTo("{\"gain\":-7.004,\"need\":5.5568,\"objective\":0.3333333333333333}");
        assertThat(json.writeValueAsString(Map.of("g", 2.0 / 3))).isEqualTo("{\"g\":0.6667}");
        // Coordinates are facts and keep every decimal.
        assertThat(json.writeValueAsString(new id.seimbang.workforce.Kabupaten("1771", "Kota Bengkulu", -3.79993, 102.26627)))
                .contains("\"latitude\":-3.79993", "\"longitude\":102.26627");
    }
}
