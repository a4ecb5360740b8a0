package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.seimbang.balance.EjGrade;
import id.seimbang.balance.EjGradeBands;
import id.seimbang.balance.WorkloadModel;
import id.seimbang.eligibility.EmployeeFixtures;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Instansi;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.Employee;

/** Executed against planned Σg² on a constructed case (issue 20 point 4), worked out by hand in the comments. */
class FollowUpFiguresTest {

    // Gaps before: A +2, B −2, C +0.5, D −1.5 → Σg² = 4 + 4 + 0.25 + 2.25 = 10.5
    static final List<CellChange> CELLS = List.of(
            cell("A", 2, 4, 2, 0), cell("B", 3, 1, -2, 0), cell("C", 1.5, 2, 0.5, -0.5), cell("D", 2.5, 1, -1.5, -0.5));
    // Planned: two moves A → B, one C → D; after: A 0, B 0, C −0.5, D −0.5 → Σg² = 0.5
    static final List<PlannedMove> MOVES = List.of(move("N1", "A", "B"), move("N2", "A", "B"), move("N3", "C", "D"));

    @Test
    void onlyTheExecutedMovesChangeTheStartingGaps() {
        // N1 and N3 executed, N2 not: A +1, B −1, C −0.5, D −0.5 → 1 + 1 + 0.25 + 0.25 = 2.5
        assertThat(FollowUpFigures.executedImbalance(CELLS, MOVES, Set.of("N1", "N3"))).isCloseTo(2.5, within(1e-12));
        // N2 alone gives the same gaps as N1 alone: A +1, B −1, C +0.5, D −1.5 → 1 + 1 + 0.25 + 2.25 = 4.5
        assertThat(FollowUpFigures.executedImbalance(CELLS, MOVES, Set.of("N2"))).isCloseTo(4.5, within(1e-12));
        // N3 alone: A +2, B −2, C −0.5, D −0.5 → 4 + 4 + 0.25 + 0.25 = 8.5
        assertThat(FollowUpFigures.executedImbalance(CELLS, MOVES, Set.of("N3"))).isCloseTo(8.5, within(1e-12));
    }

    @Test
    void nothingExecutedIsThePlansStartAndEverythingExecutedIsThePlan() {
        assertThat(FollowUpFigures.executedImbalance(CELLS, MOVES, Set.of())).isCloseTo(10.5, within(1e-12));
        assertThat(FollowUpFigures.executedImbalance(CELLS, MOVES, Set.of("N1", "N2", "N3")))
                .isCloseTo(CELLS.stream().mapToDouble(c -> c.gapAfter() * c.gapAfter()).sum(), within(1e-12))
                .isCloseTo(0.5, within(1e-12));
        // a NIP that is not a move of the plan changes nothing
        assertThat(FollowUpFigures.executedImbalance(CELLS, MOVES, Set.of("X"))).isCloseTo(10.5, within(1e-12));
    }

    @Test
    void todaysBalanceCoversTheScopesCellsOnTodaysData() {
        // E = 1000: cell U1/P needs 2 and has 3 (+1), U1/Q needs 1.5 and has 0 (−1.5), U2/P (other instansi) is out
        Unit u1 = new Unit("U1", "Satu", "I1", "K1", Sector.HEALTH, 0, 0, "Jawa", true);
        Unit u2 = new Unit("U2", "Dua", "I2", "K1", Sector.HEALTH, 0, 0, "Jawa", true);
        List<Employee> staff = List.of(employee("198005102011011001", "U1", "P"), employee("198005102011011002", "U1", "P"), employee("198005102011011003", "U1", "P"),
                employee("198005102011011004", "U2", "P"));
        Workforce data = new Workforce(List.of(), List.of(new Instansi("I1", "Satu", null, "K1"), new Instansi("I2", "Dua", null, "K1")),
                List.of(u1, u2), List.of(), List.of(new FormationCell("U1", "P", 2000), new FormationCell("U1", "Q", 1500),
                        new FormationCell("U2", "P", 9000)), staff, List.of());
        WorkloadModel model = new WorkloadModel(1000, EjGradeBands.DEFAULT);
        PlanScopeFilter scope = new PlanScopeFilter(u -> u.active() && u.instansiCode().equals("I1"));

        FollowUpFigures.ScopeBalance today = FollowUpFigures.scopeBalance(data, model, scope);

        assertThat(today.cells()).isEqualTo(2);
        assertThat(today.imbalance()).isCloseTo(1 + 2.25, within(1e-12));
        // where the data has each mover
        assertThat(FollowUpFigures.whereToday(staff.get(0), move("198005102011011001", "U9", "U1", "P"))).isEqualTo(PlanFollowUp.WhereToday.AT_TARGET);
        assertThat(FollowUpFigures.whereToday(staff.get(0), move("198005102011011001", "U1", "U2", "P"))).isEqualTo(PlanFollowUp.WhereToday.AT_ORIGIN);
        assertThat(FollowUpFigures.whereToday(staff.get(0), move("198005102011011001", "U8", "U9", "P"))).isEqualTo(PlanFollowUp.WhereToday.ELSEWHERE);
        assertThat(FollowUpFigures.whereToday(null, move("198005102011011009", "U1", "U2", "P"))).isEqualTo(PlanFollowUp.WhereToday.ABSENT);
    }

    private static CellChange cell(String unit, double need, int staff, double gapBefore, double gapAfter) {
        return new CellChange(unit, "P", need, staff, (int) Math.round(gapAfter + need), gapBefore, gapAfter, EjGrade.A,
                EjGrade.A);
    }

    private static PlannedMove move(String nip, String from, String to) {
        return move(nip, from, to, "P");
    }

    private static PlannedMove move(String nip, String from, String to, String position) {
        return new PlannedMove(nip, nip, from, position, to, position, 0, 0, 1, "Sesuai", List.of());
    }

    private static Employee employee(String nip, String unit, String position) {
        return EmployeeFixtures.eligiblePns().withNip(nip).withUnit(unit).withPosition(position).build();
    }
}
