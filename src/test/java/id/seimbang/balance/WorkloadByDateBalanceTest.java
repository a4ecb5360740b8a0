package id.seimbang.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Instansi;
import id.seimbang.workforce.InstansiLevel;
import id.seimbang.workforce.Kabupaten;
import id.seimbang.workforce.Placement;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.PositionType;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Sex;
import id.seimbang.workforce.Surge;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkloadPeriod;

/**
 * Issue 20: a surge changes the balance only inside its dates; the history and the routine evaluation read the ABK
 * workload of each period. E = 1250: cell U-1/ANALIS has W 2500 (N 2) and 2 staff, U-1/ARSIP W 1250 and 3 staff.
 */
class WorkloadByDateBalanceTest {

    static final WorkloadModel MODEL = new WorkloadModel(1250, EjGradeBands.DEFAULT);
    static final CellKey ANALIS = new CellKey("U-1", "ANALIS");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final CellKey ARSIP = new CellKey("U-1", "ARSIP");

    static Workforce workforce(List<WorkloadPeriod> periods, List<Surge> surges) {
        Position analis = new Position("ANALIS", "Analis", PositionType.FUNGSIONAL, "AHLI_PERTAMA", "FINANCE",
                EducationLevel.S1, Set.of(), false);
        Position arsip = new Position("ARSIP", "Arsiparis", PositionType.FUNGSIONAL, "TERAMPIL", "ARCHIVE",
                EducationLevel.D3, Set.of(), false);
        List<Employee> staff = IntStream.range(0, 5).mapToObj(i -> employee("19880410201203100" + i,
                i < 2 ? "ANALIS" : "ARSIP")).toList();
        return new Workforce(List.of(new Kabupaten("1771", "Kota Bengkulu", -3.8, 102.3)),
                List.of(new Instansi("I-1", "Pemkot", InstansiLevel.KOTA, "1771")),
                List.of(new Unit("U-1", "Dinas Dukcapil", "I-1", "1771", Sector.POPULATION, -3.8, 102.3, "SUMATERA",
                        true)), List.of(analis, arsip),
                List.of(new FormationCell("U-1", "ANALIS", 2500), new FormationCell("U-1", "ARSIP", 1250)), staff,
                List.of(), periods, surges);
    }

    static Employee employee(String nip, String position) {
        return new Employee(nip, "Pegawai " + nip.substring(15), EmploymentStatus.PNS, "III/a", "U-1", position,
                LocalDate.of(2020, 1, 1), LocalDate.of(2012, 3, 1), LocalDate.of(1988, 4, 10), Sex.MALE,
                EducationLevel.S1, "AKUNTANSI", Set.of(), List.of(), List.of(), false, null, null, null, null, "1771",
                -3.8, 102.3, "SUMATERA", null, false, null);
    }

    static double imbalance(Workforce w) {
        return WorkloadModel.imbalance(w.cells().stream().map(c -> MODEL.balance(w, c)).toList());
    }

    static CellBalance balance(Workforce w, CellKey cell) {
        return MODEL.balance(w, w.cell(cell).orElseThrow());
    }

    @Test
    void aSurgeChangesTheBalanceOnlyInsideItsDates() {
        Workforce w = workforce(List.of(), List.of(new Surge("U-1", "ANALIS", null, 2500, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30), "Lonjakan permohonan KTP")));
        // outside: ANALIS g 0, ARSIP g 3 − 1 = +2 → Σg² 4; inside: ANALIS N 4, g −2 → Σg² 8
        for (LocalDate outside : List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 1))) {
            assertThat(imbalance(w.asOf(outside))).as(outside.toString()).isEqualTo(4.0);
            assertThat(balance(w.asOf(outside), ANALIS).grade()).isEqualTo(EjGrade.B);
        }
        for (LocalDate inside : List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30))) {
            assertThat(imbalance(w.asOf(inside))).as(inside.toString()).isEqualTo(8.0);
            CellBalance analis = balance(w.asOf(inside), ANALIS);
            assertThat(analis.need()).isEqualTo(4.0);
            assertThat(analis.gap()).isEqualTo(-2.0);
            assertThat(analis.grade()).isEqualTo(EjGrade.A);
            assertThat(balance(w.asOf(inside), ARSIP).gap()).isEqualTo(2.0);
        }
    }

    @Test
    void theHistoryHasOnePointPerPeriodStartWithTheAbkWorkloadOfThatDateAndNoSurge() {
        Workforce w = workforce(List.of(new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2025, 1, 1), 2500),
                new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2026, 1, 1), 3750),
                new WorkloadPeriod("U-1", "ARSIP", LocalDate.of(2026, 1, 1), 2500)),
                List.of(new Surge("U-1", "ANALIS", null, 5000, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                        "Kampanye")));

        WorkloadHistory.UnitHistory history = WorkloadHistory.ofUnit(w, MODEL, "U-1", LocalDate.of(2026, 12, 3));

        assertThat(history.dates()).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
        assertThat(history.cells()).extracting(WorkloadHistory.CellHistory::positionCode)
                .containsExactly("ANALIS", "ARSIP");
        WorkloadHistory.CellHistory analis = history.cells().get(0);
        assertThat(analis.points()).extracting(WorkloadHistory.Point::workloadHours).containsExactly(2500.0, 3750.0);
        assertThat(analis.points()).extracting(WorkloadHistory.Point::grade).containsExactly(EjGrade.B, EjGrade.A);
        // no placement history recorded: the staff is today's at every date, and each point names that day
        assertThat(analis.points()).extracting(WorkloadHistory.Point::staff).containsExactly(2, 2);
        assertThat(analis.points()).extracting(WorkloadHistory.Point::staffAsOf)
                .containsOnly(LocalDate.of(2026, 12, 3));
        assertThat(history.staffRecordedFrom()).isNull();
        // ARSIP has no 2025 period: its formation value 1250 is in force then
        assertThat(history.cells().get(1).points()).extracting(WorkloadHistory.Point::workloadHours)
                .containsExactly(1250.0, 2500.0);
        assertThat(history.totals()).extracting(WorkloadHistory.Point::workloadHours).containsExactly(3750.0, 6250.0);
        assertThat(history.totals()).extracting(WorkloadHistory.Point::need).containsExactly(3.0, 5.0);
    }

    @Test
    void withoutPeriodsTheHistoryIsTodayAlone() {
        WorkloadHistory.UnitHistory history = WorkloadHistory.ofUnit(workforce(List.of(), List.of()), MODEL, "U-1",
                LocalDate.of(2026, 12, 3));
        assertThat(history.dates()).containsExactly(LocalDate.of(2026, 12, 3));
        assertThat(history.totals()).singleElement().extracting(WorkloadHistory.Point::workloadHours)
                .isEqualTo(3750.0);
    }

    @Test
    void theRoutineEvaluationListsCellsWhoseGradeChangedOrWhoseGapGrewBeyondTheThreshold() {
        // 2026: ANALIS 2500 → 2750 (N 2.2, EJ 1.1: B → A, |g| grows 0.2); ARSIP 1250 → 0 (g +2 → +3, grade E → E)
        Workforce w = workforce(List.of(new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2026, 1, 1), 2750),
                new WorkloadPeriod("U-1", "ARSIP", LocalDate.of(2026, 1, 1), 0)), List.of());
        LocalDate from = LocalDate.of(2025, 6, 1);
        LocalDate to = LocalDate.of(2026, 6, 1);

        RoutineEvaluation strict = RoutineEvaluation.between(w, MODEL, from, to, TODAY, 1.0);
        assertThat(strict.staffAsOfFrom()).as("no placement history: today's staff, and the report says so")
                .isEqualTo(TODAY);
        assertThat(strict.staffAsOfTo()).isEqualTo(TODAY);
        assertThat(strict.rows()).extracting(RoutineEvaluation.Row::positionCode).containsExactly("ANALIS");
        RoutineEvaluation.Row analis = strict.rows().get(0);
        assertThat(analis.gradeChanged()).isTrue();
        assertThat(analis.gradeFrom()).isEqualTo(EjGrade.B);
        assertThat(analis.gradeTo()).isEqualTo(EjGrade.A);

        RoutineEvaluation loose = RoutineEvaluation.between(w, MODEL, from, to, TODAY, 0.5);
        assertThat(loose.rows()).extracting(RoutineEvaluation.Row::positionCode).containsExactly("ANALIS", "ARSIP");
        RoutineEvaluation.Row arsip = loose.rows().get(1);
        assertThat(arsip.gradeChanged()).isFalse();
        assertThat(arsip.gapGrown()).isEqualTo(1.0);

        assertThat(RoutineEvaluation.between(w, MODEL, to, to, TODAY, 0.0).rows()).isEmpty();
    }

    /**
     * Placement history (V20): recorded from 2026-06-01; the fifth employee was an ANALIS from then until 2026-09-01
     * and is an ARSIP since (today's snapshot has her in ARSIP). Periods start 2026-01-01 (before the history),
     * 2026-07-01, 2026-10-01 and 2027-03-01 (after today).
     */
    static Workforce withPlacements() {
        Workforce today = workforce(List.of(), List.of());
        List<WorkloadPeriod> periods = List.of(new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2026, 1, 1), 2500),
                new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2026, 7, 1), 2500),
                new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2026, 10, 1), 2500),
                new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2027, 3, 1), 2500));
        LocalDate recorded = LocalDate.of(2026, 6, 1);
        LocalDate moved = LocalDate.of(2026, 9, 1);
        List<Employee> staff = List.copyOf(today.employees());
        List<Placement> placements = new java.util.ArrayList<>();
        for (Employee e : staff) {
            if (e.nip().endsWith("4")) {
                placements.add(new Placement(e.nip(), ANALIS, recorded, moved));
                placements.add(new Placement(e.nip(), ARSIP, moved, null));
            } else {
                placements.add(new Placement(e.nip(), e.cell(), recorded, null));
            }
        }
        return new Workforce(today.kabupaten(), today.instansi(), today.units(), today.positions(), today.cells(),
                staff, List.of(), periods, List.of(), placements);
    }

    @Test
    void theHistoryShowsTheStaffInForceOnEachDateAndNamesTheDayUsedOutsideTheRecordedPlacements() {
        WorkloadHistory.UnitHistory history = WorkloadHistory.ofUnit(withPlacements(), MODEL, "U-1", TODAY);

        assertThat(history.staffRecordedFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        WorkloadHistory.CellHistory analis = history.cells().get(0);
        WorkloadHistory.CellHistory arsip = history.cells().get(1);
        // 2026-01-01 is before the history: the staff of its first day (ANALIS 3), and the point says so
        assertThat(analis.points()).extracting(WorkloadHistory.Point::staff).containsExactly(3, 3, 2, 2);
        assertThat(arsip.points()).extracting(WorkloadHistory.Point::staff).containsExactly(2, 2, 3, 3);
        assertThat(analis.points()).extracting(WorkloadHistory.Point::staffAsOf).containsExactly(
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1), TODAY);
        assertThat(analis.points()).extracting(WorkloadHistory.Point::staffOfAnotherDay)
                .containsExactly(true, false, false, true);
        // ANALIS W 2500 (N 2): 3 staff g +1, then 2 staff g 0; the totals follow
        assertThat(analis.points()).extracting(WorkloadHistory.Point::gap).containsExactly(1.0, 1.0, 0.0, 0.0);
        assertThat(history.totals()).extracting(WorkloadHistory.Point::staff).containsOnly(5);
    }

    @Test
    void theRoutineEvaluationComparesTheStaffInForceOnBothDates() {
        RoutineEvaluation report = RoutineEvaluation.between(withPlacements(), MODEL, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 10, 1), TODAY, 0.5);

        assertThat(report.staffAsOfFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(report.staffAsOfTo()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(report.staffRecordedFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
        // the workload is the same on both dates: only the move of the fifth employee changes the cells
        RoutineEvaluation.Row analis = report.rows().stream().filter(r -> r.positionCode().equals("ANALIS"))
                .findFirst().orElseThrow();
        assertThat(analis.staffFrom()).isEqualTo(3);
        assertThat(analis.staffTo()).isEqualTo(2);
        assertThat(analis.gradeChanged()).isTrue();
        RoutineEvaluation.Row arsip = report.rows().stream().filter(r -> r.positionCode().equals("ARSIP"))
                .findFirst().orElseThrow();
        assertThat(arsip.staffFrom()).isEqualTo(2);
        assertThat(arsip.staffTo()).isEqualTo(3);
        assertThat(arsip.gapGrown()).isEqualTo(1.0);
    }
}
