package id.seimbang.workforce;

import java.time.LocalDate;

/** A disciplinary sanction (hukuman disiplin), in force from {@code from} until {@code until} inclusive. */
public record Sanction(SanctionLevel level, LocalDate from, LocalDate until) {

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}
