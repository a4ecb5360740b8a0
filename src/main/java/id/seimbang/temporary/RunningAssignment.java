package id.seimbang.temporary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import id.seimbang.workforce.CellKey;

/**
 * A running temporary assignment (issue 20 point 2): an assignment of a plan of temporary assignments whose move a
 * planner marked EXECUTED, on the days from {@code from} to {@code until} (both included), {@code until} being the end
 * as it stands (the plan's last day, or the new last day of its latest END or EXTEND change). Before {@code from} and
 * after {@code until} it does not run; an assignment whose move is unmarked or NOT_EXECUTED never runs. During its
 * days the employee is away from the {@code home} cell (and still counted in its staff: the home position is kept).
 */
public record RunningAssignment(String planId, String nip, CellKey home, CellKey target, LocalDate from,
        LocalDate until) {

    public RunningAssignment {
        Objects.requireNonNull(home, "home");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("assignment " + planId + "/" + nip + " ends before it starts");
        }
    }

    /** Whether it runs on at least one day from {@code first} to {@code last}. */
    public boolean runsDuring(LocalDate first, LocalDate last) {
        return !from.isAfter(last) && !until.isBefore(first);
    }

    /**
     * The running assignment of employee {@code nip} that runs on a day from {@code first} to {@code last}, the
     * earliest first, or empty. A person is in one place at a time: plans do not assign such an employee again, and
     * the evaluation and decisions refuse to.
     */
    public static Optional<RunningAssignment> ofEmployee(Collection<RunningAssignment> running, String nip,
            LocalDate first, LocalDate last) {
        return running.stream().filter(r -> r.nip().equals(nip) && r.runsDuring(first, last))
                .min(Comparator.comparing(RunningAssignment::from).thenComparing(RunningAssignment::planId));
    }

    /**
     * The most of the {@code counted} running assignments that are away from {@code home} on one and the same day from
     * {@code first} to {@code last}: the home-cell floor must hold on every day, so the worst day counts.
     */
    public static int mostAwayOnOneDay(Collection<RunningAssignment> running, CellKey home, LocalDate first,
            LocalDate last, Predicate<RunningAssignment> counted) {
        // +1 on the first day each runs in the window, −1 on the day after its last: the running maximum of the sum
        List<long[]> events = new ArrayList<>();
        for (RunningAssignment r : running) {
            if (r.home().equals(home) && r.runsDuring(first, last) && counted.test(r)) {
                LocalDate start = r.from().isBefore(first) ? first : r.from();
                LocalDate end = r.until().isAfter(last) ? last : r.until();
                events.add(new long[] {start.toEpochDay(), 1});
                events.add(new long[] {end.toEpochDay() + 1, -1});
            }
        }
        // on one day, leaving (−1) before arriving (+1): one ending the day before another starts is not overlap
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int now = 0;
        int most = 0;
        for (long[] e : events) {
            now += (int) e[1];
            most = Math.max(most, now);
        }
        return most;
    }

    /** How many of the days from {@code first} to {@code last} it runs on (0 when none). */
    public long daysDuring(LocalDate first, LocalDate last) {
        LocalDate start = from.isBefore(first) ? first : from;
        LocalDate end = until.isAfter(last) ? last : until;
        return end.isBefore(start) ? 0 : end.toEpochDay() - start.toEpochDay() + 1;
    }

    /**
     * What the {@code counted} running assignments do to the gaps of a period from {@code first} to {@code last}: an
     * employee away from home cell A on d of the period's n days takes d / n of a person's hours from A and adds them
     * to the target B (the period's gap is the mean over its days, as the convex cost over the period's cells reads
     * it). By cell, only cells with a shift; a cell both left and reached by as many person-days has none.
     */
    public static Map<CellKey, Double> shiftOverPeriod(Collection<RunningAssignment> running,
            LocalDate first, LocalDate last, Predicate<RunningAssignment> counted) {
        double days = last.toEpochDay() - first.toEpochDay() + 1;
        Map<CellKey, Long> personDays = new TreeMap<>();
        for (RunningAssignment r : running) {
            long d = r.daysDuring(first, last);
            if (d > 0 && counted.test(r)) {
                personDays.merge(r.home(), -d, Long::sum);
                personDays.merge(r.target(), d, Long::sum);
            }
        }
        Map<CellKey, Double> shift = new TreeMap<>();
        personDays.forEach((cell, d) -> {
            if (d != 0) {
                shift.put(cell, d / days);
            }
        });
        return shift;
    }
}
