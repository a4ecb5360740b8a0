package id.seimbang.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.seimbang.temporary.RunningAssignment;
import id.seimbang.workforce.CellKey;

/**
 * What the running assignments of other plans take from a plan of temporary assignments over its period: per home
 * cell the most of them away on one day (they lower the cell's floor cap and every candidate's staff during the
 * period), the employees already assigned on some day of the period (not candidates again), and per cell the shift of
 * the period's gap (their hours leave the home cell and reach the target for the days they run,
 * {@link RunningAssignment#shiftOverPeriod}).
 */
record RunningAway(Map<CellKey, Integer> mostAway, Set<String> assigned, Map<CellKey, Double> shift) {

    static final RunningAway NONE = new RunningAway(Map.of(), Set.of(), Map.of());

    RunningAway {
        mostAway = Map.copyOf(mostAway);
        assigned = Set.copyOf(assigned);
        shift = Map.copyOf(shift);
    }

    static RunningAway of(List<RunningAssignment> running, LocalDate from, LocalDate until) {
        Map<CellKey, Integer> most = new TreeMap<>();
        running.stream().map(RunningAssignment::home).distinct().forEach(home -> most.put(home,
                RunningAssignment.mostAwayOnOneDay(running, home, from, until, r -> true)));
        most.values().removeIf(n -> n == 0);
        return new RunningAway(most, running.stream().filter(r -> r.runsDuring(from, until))
                .map(RunningAssignment::nip).collect(Collectors.toSet()),
                RunningAssignment.shiftOverPeriod(running, from, until, r -> true));
    }

    /** The shift of the cell's gap over the period (0 when no running assignment leaves or reaches it). */
    double shiftOf(CellKey cell) {
        return shift.getOrDefault(cell, 0.0);
    }

    int of(CellKey home) {
        return mostAway.getOrDefault(home, 0);
    }

    /** As the plan's result keeps it: "unit/position" → count, sorted, only cells with someone away. */
    Map<String, Integer> byCellText() {
        return byCellText(mostAway);
    }

    /** The shift as the candidate file gives it: "unit/position" → persons, sorted. */
    Map<String, Double> shiftByCellText() {
        return byCellText(shift);
    }

    private static <V> Map<String, V> byCellText(Map<CellKey, V> byCell) {
        Map<String, V> text = new TreeMap<>();
        byCell.forEach((cell, v) -> text.put(cell.toString(), v));
        return text;
    }
}
