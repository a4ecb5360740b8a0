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
 * EJ grade. The staff is the snapshot's B at every point ({@code staffAsOf}, today), not the staff of that date:
 * nothing the service stores gives a cell's staff on an earlier day. Employee rows are upserted in place by each import
 * (a moved employee's earlier unit and position are overwritten, a departed one is never end-dated), the IMPORT audit
 * records hold only the counts of an import, marked executions of plan moves (V18) cover only planned moves and never
 * change the workforce, and temporary assignments cover only those of plans. So the history varies W, need and grade
 * with the ABK periods and holds B at today's value, and says so.
 */
public final class WorkloadHistory {

    private WorkloadHistory() {
    }

    /** One date of a series. */
    public record Point(LocalDate date, double workloadHours, double need, int staff, double gap, Double ej,
            EjGrade grade) {

        static Point of(LocalDate date, CellBalance b) {
            return new Point(date, b.workloadHours(), b.need(), b.staff(), b.gap(), b.ej(), b.grade());
        }
    }

    public record CellHistory(String positionCode, String positionName, List<Point> points) {
    }

    /**
     * The unit's totals (grade of the totals, as on the dashboard) and each of its cells, over the same dates;
     * {@code staffAsOf}: the day whose staff every point shows (today), whatever its date.
     */
    public record UnitHistory(String unitCode, List<LocalDate> dates, LocalDate staffAsOf, List<Point> totals,
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
            double workload = 0;
            int staff = 0;
            for (int i = 0; i < cells.size(); i++) {
                CellKey key = cells.get(i).key();
                CellBalance b = model.balance(dated, dated.cell(key).orElseThrow());
                series.get(i).add(Point.of(date, b));
                workload += b.workloadHours();
                staff += b.staff();
            }
            totals.add(Point.of(date, model.balance(new CellKey(unitCode, ""), workload, staff)));
        }
        List<CellHistory> histories = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String code = cells.get(i).positionCode();
            histories.add(new CellHistory(code, w.position(code).map(Position::name).orElse(code),
                    List.copyOf(series.get(i))));
        }
        return new UnitHistory(unitCode, dates, today, totals, histories);
    }
}
