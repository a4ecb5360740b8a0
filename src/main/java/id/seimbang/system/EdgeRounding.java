package id.seimbang.system;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Numbers are rounded where they leave the service (JSON responses, CSV and XLSX exports) to
 * {@value #DECIMALS} decimals, so a reader sees {@code -7.004}, not {@code -7.004000000000001}. Computation,
 * storage and the audit trail keep full precision. Values a checker recomputes (objective values, Σg²,
 * optimality bounds) are marked {@link FullPrecision} and leave unrounded.
 */
public final class EdgeRounding {

    public static final int DECIMALS = 4;
    private static final double SCALE = 10_000d;
    /** Above this, scaling could overflow a long; such values have no fraction worth rounding anyway. */
    private static final double LIMIT = 1e14;

    private EdgeRounding() {
    }

    /** Rounded half away from zero to four decimals; NaN and infinities as they are. */
    public static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= LIMIT) {
            return value;
        }
        double rounded = Math.round(Math.abs(value) * SCALE) / SCALE;
        return value < 0 ? (rounded == 0 ? 0d : -rounded) : rounded;
    }

    /** For the web API's Jackson: every double and Double rounded unless its property is {@link FullPrecision}. */
    public static SimpleModule jacksonModule() {
        SimpleModule module = new SimpleModule("seimbang-edge-rounding");
        module.addSerializer(Double.class, new Rounded());
        module.addSerializer(double.class, new Rounded());
        return module;
    }

    static final class Rounded extends StdSerializer<Double> {
        Rounded() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(round(value));
        }
    }

    /** Writes the value as it is (see {@link FullPrecision}). */
    public static final class Exact extends StdSerializer<Double> {
        public Exact() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value);
        }
    }
}
