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
}
