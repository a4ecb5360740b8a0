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
 * period), and the employees already assigned on some day of the period (not candidates again).
 */
record RunningAway(Map<CellKey, Integer> mostAway, Set<String> assigned) {

    static final RunningAway NONE = new RunningAway(Map.of(), Set.of());

    RunningAway {
        mostAway = Map.copyOf(mostAway);
        assigned = Set.copyOf(assigned);
    }

    static RunningAway of(List<RunningAssignment> running, LocalDate from, LocalDate until) {
        Map<CellKey, Integer> most = new TreeMap<>();
        running.stream().map(RunningAssignment::home).distinct().forEach(home -> most.put(home,
                RunningAssignment.mostAwayOnOneDay(running, home, from, until, r -> true)));
        most.values().removeIf(n -> n == 0);
        return new RunningAway(most, running.stream().filter(r -> r.runsDuring(from, until))
                .map(RunningAssignment::nip).collect(Collectors.toSet()));
    }

    int of(CellKey home) {
        return mostAway.getOrDefault(home, 0);
    }

    /** As the plan's result keeps it: "unit/position" → count, sorted, only cells with someone away. */
    Map<String, Integer> byCellText() {
        Map<String, Integer> text = new TreeMap<>();
        mostAway.forEach((cell, n) -> text.put(cell.toString(), n));
        return text;
    }
}
