package id.seimbang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Issue 20: the workload of a cell on a date, from its ABK periods and the surges covering the date. */
class WorkloadByDateTest {

    static final Position ANALIS = new Position("ANALIS", "Analis", PositionType.FUNGSIONAL, "AHLI_PERTAMA",
            "FINANCE", EducationLevel.S1, Set.of(), false);
    static final Position PERAWAT = new Position("PERAWAT", "Perawat", PositionType.FUNGSIONAL, "AHLI_PERTAMA",
            "HEALTH", EducationLevel.S1, Set.of(), false);
    static final Position BIDAN = new Position("BIDAN", "Bidan", PositionType.FUNGSIONAL, "AHLI_PERTAMA", "HEALTH",
            EducationLevel.D3, Set.of(), false);
    static final Unit UNIT = new Unit("U-1", "Dinas Kesehatan", "I-1", "1771", Sector.HEALTH, -3.8, 102.3,
            "SUMATERA", true);
    static final CellKey ANALIS_CELL = new CellKey("U-1", "ANALIS");
    static final CellKey PERAWAT_CELL = new CellKey("U-1", "PERAWAT");
    static final CellKey BIDAN_CELL = new CellKey("U-1", "BIDAN");

    static Workforce workforce(List<WorkloadPeriod> periods, List<Surge> surges) {
        return new Workforce(List.of(new Kabupaten("1771", "Kota Bengkulu", -3.8, 102.3)),
                List.of(new Instansi("I-1", "Pemkot", InstansiLevel.KOTA, "1771")), List.of(UNIT),
                List.of(ANALIS, PERAWAT, BIDAN), List.of(new FormationCell("U-1", "ANALIS", 2500),
                        new FormationCell("U-1", "PERAWAT", 2500), new FormationCell("U-1", "BIDAN", 1250)),
                List.of(), List.of(), periods, surges);
    }

    static double w(Workforce w, CellKey cell) {
        return w.cell(cell).orElseThrow().workloadHours();
    }

    @Test
    void withoutPeriodsOrSurgesEveryDateIsTheSnapshotItself() {
        Workforce w = workforce(List.of(), List.of());
        assertThat(w.asOf(LocalDate.of(2026, 5, 1))).isSameAs(w);
        assertThat(w.abkAsOf(LocalDate.of(2020, 1, 1))).isSameAs(w);
        assertThat(w.hasDatedWorkload()).isFalse();
    }

    @Test
    void theAbkPeriodInForceIsTheLatestStartingOnOrBeforeTheDateAndOlderPeriodsStay() {
        Workforce w = workforce(List.of(
                new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2027, 1, 1), 5000),
                new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2026, 1, 1), 3750)), List.of());

        assertThat(w(w.asOf(LocalDate.of(2025, 12, 31)), ANALIS_CELL)).isEqualTo(2500);
        assertThat(w(w.asOf(LocalDate.of(2026, 1, 1)), ANALIS_CELL)).isEqualTo(3750);
        assertThat(w(w.asOf(LocalDate.of(2026, 12, 31)), ANALIS_CELL)).isEqualTo(3750);
        assertThat(w(w.asOf(LocalDate.of(2027, 6, 1)), ANALIS_CELL)).isEqualTo(5000);
        // other cells keep their formation value; the snapshot itself is unchanged
        assertThat(w(w.asOf(LocalDate.of(2027, 6, 1)), PERAWAT_CELL)).isEqualTo(2500);
        assertThat(w(w, ANALIS_CELL)).isEqualTo(2500);
        assertThat(w.periodStarts()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(w.periodsOf(ANALIS_CELL)).extracting(WorkloadPeriod::workloadHours).containsExactly(3750.0, 5000.0);
        // before the first period nothing differs: the snapshot itself
        assertThat(w.asOf(LocalDate.of(2025, 1, 1))).isSameAs(w);
    }

    @Test
    void oneViewPerDateAndAViewAnswersForOtherDatesFromItsSnapshot() {
        Workforce w = workforce(List.of(new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2026, 1, 1), 3750)),
                List.of());
        Workforce view = w.asOf(LocalDate.of(2026, 3, 1));
        assertThat(w.asOf(LocalDate.of(2026, 3, 1))).isSameAs(view);
        assertThat(view.asOf(LocalDate.of(2025, 3, 1))).isSameAs(w);
        assertThat(view.employees()).isSameAs(w.employees());
        // every date with the same period and surges in force shares the view (and the indexes kept per view)
        assertThat(w.asOf(LocalDate.of(2026, 12, 31))).isSameAs(view);
    }

    @Test
    void datesShareAViewOnlyWhenTheSameSurgesAreInForce() {
        Workforce w = workforce(List.of(new WorkloadPeriod("U-1", "ANALIS", LocalDate.of(2026, 1, 1), 3750)),
                List.of(new Surge("U-1", "ANALIS", null, 1250, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                        "Lonjakan")));
        Workforce before = w.asOf(LocalDate.of(2026, 2, 1));
        Workforce during = w.asOf(LocalDate.of(2026, 3, 10));
        assertThat(during).isNotSameAs(before).isSameAs(w.asOf(LocalDate.of(2026, 3, 31)));
        assertThat(w.asOf(LocalDate.of(2026, 4, 1))).isSameAs(before);
        assertThat(w.abkAsOf(LocalDate.of(2026, 3, 10))).isSameAs(before);
    }

    @Test
    void aSurgeOnACellCountsOnItsFirstAndLastDayAndNotOutside() {
        Workforce w = workforce(List.of(), List.of(new Surge("U-1", "ANALIS", null, 1250, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30), "Lonjakan pelaporan")));

        assertThat(w(w.asOf(LocalDate.of(2026, 2, 28)), ANALIS_CELL)).isEqualTo(2500);
        assertThat(w(w.asOf(LocalDate.of(2026, 3, 1)), ANALIS_CELL)).isEqualTo(3750);
        assertThat(w(w.asOf(LocalDate.of(2026, 4, 30)), ANALIS_CELL)).isEqualTo(3750);
        assertThat(w(w.asOf(LocalDate.of(2026, 5, 1)), ANALIS_CELL)).isEqualTo(2500);
        // the ABK view leaves surges out
        assertThat(w(w.abkAsOf(LocalDate.of(2026, 3, 15)), ANALIS_CELL)).isEqualTo(2500);
        assertThat(w.surgesOn(LocalDate.of(2026, 3, 15))).hasSize(1);
        assertThat(w.surgesOn(LocalDate.of(2026, 5, 1))).isEmpty();
    }

    @Test
    void aSurgeOnAJobFamilyIsSplitEquallyAmongTheUnitsCellsOfThatFamilyOnTopOfThePeriod() {
        Workforce w = workforce(List.of(new WorkloadPeriod("U-1", "PERAWAT", LocalDate.of(2026, 1, 1), 3750)),
                List.of(new Surge("U-1", null, "HEALTH", 2500, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31),
                        "Vaksinasi massal")));
        Workforce during = w.asOf(LocalDate.of(2026, 7, 15));

        assertThat(w.surgeCells(w.surges().get(0))).containsExactly(BIDAN_CELL, PERAWAT_CELL);
        assertThat(w(during, PERAWAT_CELL)).isEqualTo(3750 + 1250);
        assertThat(w(during, BIDAN_CELL)).isEqualTo(1250 + 1250);
        assertThat(w(during, ANALIS_CELL)).isEqualTo(2500);
        assertThat(w(w.asOf(LocalDate.of(2026, 9, 1)), PERAWAT_CELL)).isEqualTo(3750);
    }
}
