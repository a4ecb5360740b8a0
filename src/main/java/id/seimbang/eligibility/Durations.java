package id.seimbang.eligibility;

/** Formats a number of months for rule messages: "1 tahun 4 bulan" / "1 year 4 months". Used from DRL. */
public final class Durations {

    private Durations() {
    }

    public static String id(int months) {
        int years = months / 12;
        int rest = months % 12;
        if (years == 0) {
            return rest + " bulan";
        }
        return rest == 0 ? years + " tahun" : years + " tahun " + rest + " bulan";
    }

    public static String en(int months) {
        int years = months / 12;
        int rest = months % 12;
        String y = years + (years == 1 ? " year" : " years");
        String m = rest + (rest == 1 ? " month" : " months");
        if (years == 0) {
            return m;
        }
        return rest == 0 ? y : y + " " + m;
    }
}
