package id.seimbang.workforce;

import java.time.LocalDate;

/**
 * A temporary workload (surge or campaign): {@code extraHours} hours per year added to the workload W of one cell
 * ({@code positionCode}) or of the unit's cells whose position has {@code jobFamily} (split equally among them), on
 * every date from {@code from} to {@code until}, both included. Exactly one of positionCode and jobFamily is set.
 */
public record Surge(String unitCode, String positionCode, String jobFamily, int extraHours, LocalDate from,
        LocalDate until, String reason) {

    /** Whether the surge is in force on the date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }

    /** The stored key's target: {@code P:} and the position code, or {@code F:} and the job family. */
    public String target() {
        return target(positionCode, jobFamily);
    }

    private static String target(String positionCode, String jobFamily) {
        return positionCode != null ? "P:" + positionCode : "F:" + jobFamily;
    }

    /** The natural key: unit, target, first day. */
    public String key() {
        return key(unitCode, positionCode, jobFamily, from);
    }

    /** The natural key of the surge with these fields, as {@link #key()}. */
    static String key(String unitCode, String positionCode, String jobFamily, LocalDate from) {
        return unitCode + "/" + target(positionCode, jobFamily) + "/" + from;
    }
}
