package id.seimbang.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Workforce;

/**
 * Issue 20 point 3: a unit's balance over the ABK periods. One point per period start (the first day of any cell's
 * period), with the ABK workload in force that day (surges left out: they are not ABK), the need, the staff and the
 * EJ grade. The staff is the one in force on the point's date by the recorded placement history (V20
 * {@code employee_placement}, written by each import, see {@link Workforce#staffOn}); each point names the day whose
 * staff it shows ({@code staffAsOf}): its own date, or the first day of the placement history for a date before it
 * (nothing earlier is known), or today for a date after today.
 */
public final class WorkloadHistory {

    private WorkloadHistory() {
    }

    /** One date of a series. */
    public record Point(LocalDate date, double workloadHours, double need, int staff, LocalDate staffAsOf,
            double gap, Double ej, EjGrade grade) {

        static Point of(LocalDate date, LocalDate staffAsOf, CellBalance b) {
            return new Point(date, b.workloadHours(), b.need(), b.staff(), staffAsOf, b.gap(), b.ej(), b.grade());
        }

        /** Whether the staff shown is that of another day than the point's (before the history, or in the future). */
        public boolean staffOfAnotherDay() {
            return !staffAsOf.equals(date);
        }
    }

    public record CellHistory(String positionCode, String positionName, List<Point> points) {
    }

    /**
     * The unit's totals (grade of the totals, as on the dashboard) and each of its cells, over the same dates;
     * {@code staffRecordedFrom}: the first day of the placement history (null: none recorded, every point shows
     * today's staff).
     */
    public record UnitHistory(String unitCode, List<LocalDate> dates, LocalDate staffRecordedFrom, List<Point> totals,
            List<CellHistory> cells) {
    }

    /** The dates of the history: every period start, oldest first; {@code today} alone when there is none. */
    public static List<LocalDate> dates(Workforce w, LocalDate today) {
        return w.periodStarts().isEmpty() ? List.of(today) : List.copyOf(w.periodStarts());
    }

    public static UnitHistory ofUnit(Workforce w, WorkloadModel model, String unitCode, LocalDate today) {
        List<LocalDate> dates = dates(w, today);
        List<FormationCell> cells = w.cells().stream().filter(c -> c.unitCode().equals(unitCode))
                .sorted(Comparator.comparing(FormationCell::positionCode)).toList();
        List<List<Point>> series = new ArrayList<>();
        cells.forEach(c -> series.add(new ArrayList<>()));
        List<Point> totals = new ArrayList<>();
        for (LocalDate date : dates) {
            Workforce dated = w.abkAsOf(date);
            LocalDate staffDay = w.staffDay(date, today);
            double workload = 0;
            int staff = 0;
            for (int i = 0; i < cells.size(); i++) {
                CellKey key = cells.get(i).key();
                CellBalance b = model.balance(key, dated.cell(key).orElseThrow().workloadHours(),
                        w.staffOn(key, date, today));
                series.get(i).add(Point.of(date, staffDay, b));
                workload += b.workloadHours();
                staff += b.staff();
            }
            totals.add(Point.of(date, staffDay, model.balance(new CellKey(unitCode, ""), workload, staff)));
        }
        List<CellHistory> histories = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String code = cells.get(i).positionCode();
            histories.add(new CellHistory(code, w.position(code).map(Position::name).orElse(code),
                    List.copyOf(series.get(i))));
        }
        return new UnitHistory(unitCode, dates, w.placementsRecordedFrom().orElse(null), totals, histories);
    }
}
