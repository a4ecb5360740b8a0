package id.seimbang.placement;

/**
 * How far a move takes an employee from home, as the relocation table reads it. {@link #code()} is
 * the value written in {@code decision-tables/placement.dmn}.
 */
enum DistanceBand {
    SAME_KABUPATEN("SAME_KABUPATEN"),
    UNDER_50_KM("UNDER_50_KM"),
    FROM_50_TO_150_KM("50_TO_150_KM"),
    OVER_150_KM("OVER_150_KM"),
    INTER_ISLAND("INTER_ISLAND");

    private final String code;

    DistanceBand(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
