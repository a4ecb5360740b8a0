package id.seimbang.eligibility;

import java.time.LocalDate;

/**
 * The one month rule used for every period the policy counts in months or years (time in position, since
 * TMT CPNS, until BUP, and the BUP birthday itself): {@code n} months after a date is the same day of the
 * month {@code n} months later, or the last day of that month when it is shorter. So a position started on
 * 2024-02-29 reaches 24 months on 2026-02-28, one started on 2025-01-31 reaches one month on 2025-02-28,
 * and one started on 2025-03-31 reaches one month on 2025-04-30 — the same convention as a BUP birthday on
 * 29 February, taken as 28 February in a common year. (This is {@link LocalDate#plusMonths}; Java's
 * {@code Period.between} instead waits for the day number, one day later at such month ends.)
 */
final class CalendarMonths {

    private CalendarMonths() {
    }

    /** The date on which {@code months} whole months after {@code from} are complete. */
    public static LocalDate after(LocalDate from, int months) {
        return from.plusMonths(months);
    }

    /**
     * Whole months from {@code from} to {@code to}: the largest {@code n} with {@code after(from, n) <= to}.
     * When {@code to} is earlier, minus the whole months from {@code to} back to {@code from}.
     */
    public static int completed(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -completed(to, from);
        }
        int n = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
        return after(from, n).isAfter(to) ? n - 1 : n;
    }
}
