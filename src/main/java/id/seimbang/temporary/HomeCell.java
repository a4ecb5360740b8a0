package id.seimbang.temporary;

/**
 * The home formation cell of a temporary assignment as the home-cell rule (TEMP-SEL-ASAL) judged it: staff now, the
 * most other running assignments away from it on one day of the period ({@link RunningAssignment}), staff staying
 * during the assignment (staff − 1 − runningAway), need N = W / E and the floor {@code temporary.home-min-share} × N it
 * must not drop below.
 */
public record HomeCell(String unitCode, String positionCode, int staff, int runningAway, int staffDuring, double need,
        double minShare, double floor) {
}
