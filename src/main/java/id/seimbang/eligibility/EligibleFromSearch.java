package id.seimbang.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import id.seimbang.policy.PolicyParameters;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Sanction;
import id.seimbang.workforce.SkpAppraisal;

/**
 * Finds, for an employee blocked on an as-of date, the earliest later as-of date on which each blocking rule stops
 * blocking and the earliest date on which none blocks, by evaluating the policy's rules themselves at later dates:
 * <ol>
 * <li>one step per month from the as-of date up to {@link #HORIZON_MONTHS} months ahead;</li>
 * <li>where the set of blocking rules changes between two steps, the month is refined on candidate dates (the
 * monthly anniversaries of the employee's fact dates — TMT position and CPNS, birth and BUP dates, sanction,
 * study leave and service bond dates, the day an SKP year counts — each itself and one day later, and the first of
 * the month), then day by day by bisection between the last blocked and the first clear candidate.</li>
 * </ol>
 * Nothing here knows what a rule means: a rule a policy officer adds or changes is followed as it is. Changes that
 * come and go within one month step are not seen. Every evaluation is cached by date within one search.
 * <p>
 * The facts stay as they are, except SKP appraisals of years that are not yet complete on the as-of date
 * ({@link SkpPeriods}): without them every later date would be blocked by a missing appraisal, so each such year
 * without an appraisal is taken at the employee's latest recorded predicate ({@link #projectSkp}).
 */
final class EligibleFromSearch {

    /** How far ahead the rules are evaluated: ten years. */
    static final int HORIZON_MONTHS = 120;

    private final Function<LocalDate, Set<String>> rules;
    private final Map<LocalDate, Set<String>> blocking = new HashMap<>();
    private final List<LocalDate> anchors;
    private int evaluations;

    /**
     * @param blockingOn the ids of the BLOCK rules that fire on a date (one rule execution)
     * @param anchors    fact dates whose monthly anniversaries are candidate boundaries
     */
    EligibleFromSearch(Function<LocalDate, Set<String>> blockingOn, List<LocalDate> anchors) {
        this.rules = blockingOn;
        this.anchors = anchors.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /**
     * The result on {@code asOf} with {@code blockedOnAsOf} already known; null when nothing blocks.
     * {@code skpAssumed}: the assumed appraisals that count up to a date.
     */
    EligibleFrom search(LocalDate asOf, Set<String> blockedOnAsOf, Function<LocalDate, List<SkpAppraisal>> skpAssumed) {
        blocking.put(asOf, Set.copyOf(blockedOnAsOf));
        if (blockedOnAsOf.isEmpty()) {
            return null;
        }
        LocalDate horizon = asOf.plusMonths(HORIZON_MONTHS);
        Map<String, LocalDate> clears = new LinkedHashMap<>();
        TreeSet<String> open = new TreeSet<>(blockedOnAsOf);
        open.forEach(r -> clears.put(r, null));
        LocalDate date = null;
        LocalDate previous = asOf;
        for (int k = 1; k <= HORIZON_MONTHS && (!open.isEmpty() || date == null); k++) {
            LocalDate step = asOf.plusMonths(k);
            Set<String> now = blockingOn(step);
            for (String rule : List.copyOf(open)) {
                if (!now.contains(rule)) {
                    clears.put(rule, earliest(previous, step, d -> !blockingOn(d).contains(rule)));
                    open.remove(rule);
                }
            }
            if (date == null && now.isEmpty()) {
                date = earliest(previous, step, d -> blockingOn(d).isEmpty());
            }
            previous = step;
        }
        List<EligibleFrom.Clearance> clearances = new ArrayList<>();
        clears.forEach((rule, on) -> clearances.add(new EligibleFrom.Clearance(rule, on)));
        return new EligibleFrom(date, clearances, horizon, skpAssumed.apply(date != null ? date : horizon));
    }

    /** How many rule executions the search made (for tests and measurements). */
    int evaluations() {
        return evaluations;
    }

    private Set<String> blockingOn(LocalDate date) {
        return blocking.computeIfAbsent(date, d -> {
            evaluations++;
            return Set.copyOf(rules.apply(d));
        });
    }

    /**
     * The earliest date in ({@code blocked}, {@code clear}] on which {@code holds}, given it does not hold on
     * {@code blocked} and holds on {@code clear}: first among the candidate dates between them (binary search),
     * then day by day (bisection) between the last candidate where it does not hold and the first where it does.
     */
    private LocalDate earliest(LocalDate blocked, LocalDate clear, Predicate<LocalDate> holds) {
        List<LocalDate> candidates = candidates(blocked, clear);
        int low = -1;
        int high = candidates.size();
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (holds.test(candidates.get(middle))) {
                high = middle;
            } else {
                low = middle;
            }
        }
        LocalDate from = low < 0 ? blocked : candidates.get(low);
        LocalDate to = high == candidates.size() ? clear : candidates.get(high);
        while (ChronoUnit.DAYS.between(from, to) > 1) {
            LocalDate middle = from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
            if (holds.test(middle)) {
                to = middle;
            } else {
                from = middle;
            }
        }
        return to;
    }

    /** Candidate boundaries strictly between two month steps, in order. */
    List<LocalDate> candidates(LocalDate after, LocalDate before) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (YearMonth month = YearMonth.from(after); !month.isAfter(YearMonth.from(before)); month = month.plusMonths(1)) {
            dates.add(month.atDay(1));
            for (LocalDate anchor : anchors) {
                // the anniversary in this month by the month rule (CalendarMonths): same day, or the month's last
                LocalDate anniversary = anchor.plusMonths(ChronoUnit.MONTHS.between(YearMonth.from(anchor), month));
                dates.add(anniversary);
                dates.add(anniversary.plusDays(1));
            }
        }
        return List.copyOf(dates.subSet(after, false, before, false));
    }

    /** The fact dates of an employee whose anniversaries may be rule boundaries. */
    static List<LocalDate> anchors(Employee e, EmployeeFacts facts, PolicyParameters p) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(e.positionTmt());
        dates.add(e.cpnsTmt());
        dates.add(e.birthDate());
        dates.add(facts.bupDate());
        for (Sanction s : e.sanctions()) {
            dates.add(s.from());
            dates.add(s.until());
        }
        dates.add(e.studyLeaveFrom());
        dates.add(e.studyLeaveUntil());
        dates.add(e.serviceBondFrom());
        dates.add(e.serviceBondUntil());
        dates.add(SkpPeriods.completeFrom(facts.asOf().getYear(), p.skpYearCountsFrom()));
        return dates;
    }

    /**
     * The employee's appraisals with every year after the last completed one on {@code asOf}, up to the last
     * completed one on {@code until}, that has no appraisal taken at the latest recorded predicate. An employee
     * without any appraisal stays without.
     */
    static List<SkpAppraisal> projectSkp(Employee e, LocalDate asOf, LocalDate until, PolicyParameters p) {
        if (e.skp().isEmpty()) {
            return e.skp();
        }
        SkpAppraisal latest = e.skp().stream().max(Comparator.comparingInt(SkpAppraisal::year)).orElseThrow();
        List<SkpAppraisal> all = new ArrayList<>(e.skp());
        int last = SkpPeriods.lastCompleted(until, p.skpYearCountsFrom());
        for (int year = SkpPeriods.lastCompleted(asOf, p.skpYearCountsFrom()) + 1; year <= last; year++) {
            if (e.skpFor(year).isEmpty()) {
                all.add(new SkpAppraisal(year, latest.predicate()));
            }
        }
        return all;
    }

    /** The appraisals {@link #projectSkp} added. */
    static List<SkpAppraisal> assumed(Employee e, List<SkpAppraisal> projected) {
        return projected.stream().filter(a -> e.skpFor(a.year()).isEmpty())
                .sorted(Comparator.comparingInt(SkpAppraisal::year)).toList();
    }
}
