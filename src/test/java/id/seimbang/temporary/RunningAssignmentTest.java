package id.seimbang.temporary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.seimbang.workforce.CellKey;

/** The home-cell floor counts the running assignments away on the worst day of the period, not all that overlap it. */
class RunningAssignmentTest {

    static final CellKey HOME = new CellKey("U1", "P");
    static final CellKey OTHER = new CellKey("U1", "Q");
    static final CellKey TARGET = new CellKey("U2", "P");

    private static RunningAssignment running(String nip, CellKey home, String from, String until) {
        return new RunningAssignment("p1", nip, home, TARGET, LocalDate.parse(from), LocalDate.parse(until));
    }

    private static int most(List<RunningAssignment> running, String first, String last) {
        return RunningAssignment.mostAwayOnOneDay(running, HOME, LocalDate.parse(first), LocalDate.parse(last), r -> true);
    }

    @Test
    void assignmentsThatFollowEachOtherAreNotAwayTogether() {
        List<RunningAssignment> running = List.of(running("a", HOME, "2027-01-01", "2027-01-31"),
                running("b", HOME, "2027-02-01", "2027-02-28"), running("c", HOME, "2027-02-20", "2027-03-10"),
                running("d", OTHER, "2027-01-01", "2027-12-31"));
        assertThat(most(running, "2027-01-01", "2027-03-31")).isEqualTo(2); // b and c from 02-20 to 02-28
        assertThat(most(running, "2027-01-15", "2027-02-10")).isEqualTo(1); // a, then b: never both
        assertThat(most(running, "2027-03-01", "2027-03-31")).isEqualTo(1);
        assertThat(most(running, "2027-04-01", "2027-04-30")).isZero();
        // the day an assignment ends it still runs
        assertThat(most(List.of(running("a", HOME, "2027-01-01", "2027-01-31"), running("b", HOME, "2027-01-31",
                "2027-02-05")), "2027-01-01", "2027-03-31")).isEqualTo(2);
        assertThat(RunningAssignment.mostAwayOnOneDay(running, HOME, LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-03-31"), r -> !r.nip().equals("c"))).isEqualTo(1);
    }

    @Test
    void runsDuringItsDaysBothIncluded() {
        RunningAssignment a = running("a", HOME, "2027-01-10", "2027-01-20");
        assertThat(a.runsDuring(LocalDate.parse("2027-01-20"), LocalDate.parse("2027-02-01"))).isTrue();
        assertThat(a.runsDuring(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-10"))).isTrue();
        assertThat(a.runsDuring(LocalDate.parse("2027-01-21"), LocalDate.parse("2027-02-01"))).isFalse();
        assertThatThrownBy(() -> running("x", HOME, "2027-01-10", "2027-01-09"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunningAssignmentMovesItsHoursFromHomeToTargetForTheDaysItRunsInThePeriod() {
        // the period 2027-02-01..2027-02-28 has 28 days: a runs 14 of them (from 02-15), b all 28, d none
        List<RunningAssignment> running = List.of(running("a", HOME, "2027-01-01", "2027-02-14"),
                running("b", OTHER, "2027-01-20", "2027-03-31"), running("c", HOME, "2027-02-15", "2027-02-28"),
                running("d", HOME, "2027-03-01", "2027-03-31"));
        var shift = RunningAssignment.shiftOverPeriod(running, LocalDate.parse("2027-02-01"),
                LocalDate.parse("2027-02-28"), r -> true);
        // HOME: a 14 days + c 14 days away = 1 person; OTHER: b 28 days = 1 person; TARGET receives both
        assertThat(shift).containsOnly(java.util.Map.entry(HOME, -1.0), java.util.Map.entry(OTHER, -1.0),
                java.util.Map.entry(TARGET, 2.0));
        assertThat(running.get(0).daysDuring(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-28"))).isEqualTo(14);
        assertThat(running.get(3).daysDuring(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-28"))).isZero();
        // the counted ones only, and a cell that as many person-days leave as arrive has none
        var withoutB = RunningAssignment.shiftOverPeriod(running, LocalDate.parse("2027-02-01"),
                LocalDate.parse("2027-02-28"), r -> !r.nip().equals("b"));
        assertThat(withoutB).containsOnly(java.util.Map.entry(HOME, -1.0), java.util.Map.entry(TARGET, 1.0));
        var circular = RunningAssignment.shiftOverPeriod(List.of(new RunningAssignment("p", "x", HOME, TARGET,
                LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-07")), new RunningAssignment("p", "y", TARGET,
                HOME, LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-07"))), LocalDate.parse("2027-02-01"),
                LocalDate.parse("2027-02-28"), r -> true);
        assertThat(circular).isEmpty();
    }
}
