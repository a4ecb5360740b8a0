package id.seimbang.authoring;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.seimbang.authoring.EquityReport.Dimension;
import id.seimbang.authoring.EquityReport.Outcome;

/**
 * The arithmetic of the equity report (no Spring, no database): group sizes, counts, rates, disparity ratios and
 * the four-fifths flags, from one {@link Person} per employee. What an outcome means for an employee is decided by
 * {@code ImpactAnalysis}; here it is only counted.
 *
 * <p>For a group g of size n_g with c_g members having outcome o, in a workforce of N with C having it:
 * {@code rate_g = c_g / n_g}, {@code rate = C / N}, {@code ratio_g = rate_g / rate} (adverse outcomes, C > 0), and g is
 * flagged on o when {@code n_g >= minGroupSize} and {@code ratio_g > 1 / fourFifths}. The comparison allows for
 * floating-point rounding only (a relative 1e-9), so a ratio equal to the limit is not flagged.
 */
final class GroupRates {

    /** The group of employees whose fact for a dimension is missing (no birth date, no golongan, unknown unit). */
    static final String UNKNOWN = "?";
    static final List<String> AGE_BANDS = List.of("<30", "30-39", "40-49", "50+");
    private static final double ROUNDING = 1e-9;

    /**
     * One employee: their group in every dimension, the outcomes they get, and how far the plans move them
     * ({@code kmActive}/{@code kmDraft} null when that plan does not move them).
     */
    record Person(Map<Dimension, String> groups, Set<Outcome> outcomes, Double kmActive, Double kmDraft) {

        Person {
            groups = Map.copyOf(groups);
            outcomes = outcomes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(outcomes));
        }
    }

    private final double fourFifths;
    private final int minGroupSize;

    /**
     * @param fourFifths   in (0, 1]: the share of the overall rate under which the four-fifths rule puts a group's
     *                     favourable rate; for adverse outcomes a group is flagged above {@code 1 / fourFifths}
     * @param minGroupSize at least 1
     */
    GroupRates(double fourFifths, int minGroupSize) {
        if (!(fourFifths > 0 && fourFifths <= 1)) {
            throw new IllegalArgumentException("four-fifths ratio must be in (0, 1], got " + fourFifths);
        }
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("minimum group size must be at least 1, got " + minGroupSize);
        }
        this.fourFifths = fourFifths;
        this.minGroupSize = minGroupSize;
    }

    /** The age band of someone born on {@code birth}, in whole years on {@code asOf}; {@link #UNKNOWN} without a date. */
    static String ageBand(LocalDate birth, LocalDate asOf) {
        if (birth == null) {
            return UNKNOWN;
        }
        int age = Period.between(birth, asOf).getYears();
        return age < 30 ? AGE_BANDS.get(0) : age < 40 ? AGE_BANDS.get(1) : age < 50 ? AGE_BANDS.get(2) : AGE_BANDS.get(3);
    }

    /**
     * The report over {@code people}; {@code labels} names groups where the key is a code (kabupaten code → name),
     * others are labelled by their key.
     */
    EquityReport compute(List<Person> people, Map<String, String> labels) {
        int total = people.size();
        Map<Outcome, Integer> overallCounts = counts(people);
        List<EquityReport.Rate> overall = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            int c = overallCounts.get(o);
            overall.add(new EquityReport.Rate(o, c, rate(c, total), o.adverse() && c > 0 ? 1.0 : null, false));
        }
        List<EquityReport.Group> groups = new ArrayList<>();
        List<EquityReport.Flag> flagged = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            Map<String, List<Person>> byGroup = new TreeMap<>(order(d));
            for (Person p : people) {
                byGroup.computeIfAbsent(p.groups().getOrDefault(d, UNKNOWN), k -> new ArrayList<>()).add(p);
            }
            byGroup.forEach((key, members) -> {
                EquityReport.Group g = group(d, key, labels.getOrDefault(key, key), members, overallCounts, total);
                groups.add(g);
                g.rates().stream().filter(EquityReport.Rate::flagged).forEach(r -> flagged.add(new EquityReport.Flag(
                        d, key, g.label(), r.outcome(), g.size(), r.count(), r.ratio())));
            });
        }
        return new EquityReport(fourFifths, 1 / fourFifths, minGroupSize, total, overall, groups, flagged, 0);
    }

    private EquityReport.Group group(Dimension d, String key, String label, List<Person> members,
            Map<Outcome, Integer> overallCounts, int total) {
        int size = members.size();
        boolean tooSmall = size < minGroupSize;
        Map<Outcome, Integer> counts = counts(members);
        List<EquityReport.Rate> rates = new ArrayList<>();
        for (Outcome o : Outcome.values()) {
            int c = counts.get(o);
            int all = overallCounts.get(o);
            Double ratio = o.adverse() && all > 0 ? rate(c, size) / rate(all, total) : null;
            boolean flag = ratio != null && !tooSmall && ratio > (1 / fourFifths) * (1 + ROUNDING);
            rates.add(new EquityReport.Rate(o, c, rate(c, size), ratio, flag));
        }
        return new EquityReport.Group(d, key, label, size, tooSmall, rates,
                mean(members.stream().map(Person::kmActive).toList()),
                mean(members.stream().map(Person::kmDraft).toList()));
    }

    private static Map<Outcome, Integer> counts(List<Person> people) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        people.forEach(p -> p.outcomes().forEach(o -> counts.merge(o, 1, Integer::sum)));
        return counts;
    }

    private static double rate(int count, int size) {
        return size == 0 ? 0 : (double) count / size;
    }

    private static Double mean(List<Double> values) {
        List<Double> present = values.stream().filter(v -> v != null).toList();
        return present.isEmpty() ? null : present.stream().mapToDouble(Double::doubleValue).sum() / present.size();
    }

    /** Age bands in age order, the unknown group last, everything else alphabetically. */
    private static Comparator<String> order(Dimension d) {
        Comparator<String> unknownLast = Comparator.comparing(UNKNOWN::equals);
        if (d == Dimension.AGE_BAND) {
            return unknownLast.thenComparing(k -> AGE_BANDS.indexOf(k));
        }
        return unknownLast.thenComparing(Comparator.naturalOrder());
    }
}
