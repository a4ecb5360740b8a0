package id.seimbang.workforce;

import java.time.LocalDate;

/**
 * An employee's placement in one cell over a stretch of days (V20 {@code employee_placement}): in force from
 * {@code from} (inclusive) until {@code until} (exclusive; null while still in force). Written by each workforce
 * import for the employees it places anew, dated by the import day.
 */
public record Placement(String nip, CellKey cell, LocalDate from, LocalDate until) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }
}
