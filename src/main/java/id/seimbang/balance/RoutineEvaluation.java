package id.seimbang.balance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;

/**
 * Issue 20 point 3, "evaluasi rutin": the cells whose EJ grade changed between {@code from} and {@code to} (the ABK
 * workload and the staff in force on each date), or whose gap grew (|g| at {@code to} minus |g| at {@code from}) by
 * more than {@code gapGrowth} people. Surges are left out (ABK only). The staff of each date comes from the
 * placement history ({@link Workforce#staffOn}); {@code staffAsOfFrom} and {@code staffAsOfTo} name the days whose
 * staff was used (a date before the history shows its first day, a date after today shows today).
 */
record RoutineEvaluation(LocalDate from, LocalDate to, LocalDate staffAsOfFrom, LocalDate staffAsOfTo,
        LocalDate staffRecordedFrom, double gapGrowth, List<Row> rows) {

    public record Row(String unitCode, String unitName, String positionCode, String positionName, int staffFrom,
            int staffTo, double workloadFrom, double workloadTo, double gapFrom, double gapTo, EjGrade gradeFrom,
            EjGrade gradeTo, boolean gradeChanged, double gapGrown) {
    }

    public static RoutineEvaluation between(Workforce w, WorkloadModel model, LocalDate from, LocalDate to,
            LocalDate today, double gapGrowth) {
        Workforce before = w.abkAsOf(from);
        Workforce after = w.abkAsOf(to);
        List<Row> rows = w.cells().stream().sorted(Comparator.comparing(FormationCell::key)).map(cell -> {
            CellBalance a = model.balance(cell.key(), before.cell(cell.key()).orElseThrow().workloadHours(),
                    w.staffOn(cell.key(), from, today));
            CellBalance b = model.balance(cell.key(), after.cell(cell.key()).orElseThrow().workloadHours(),
                    w.staffOn(cell.key(), to, today));
            boolean gradeChanged = !Objects.equals(a.grade(), b.grade());
            double grown = Math.abs(b.gap()) - Math.abs(a.gap());
            if (!gradeChanged && !(grown > gapGrowth)) {
                return null;
            }
            return new Row(cell.unitCode(), w.unit(cell.unitCode()).map(Unit::name).orElse(cell.unitCode()),
                    cell.positionCode(), w.position(cell.positionCode()).map(Position::name).orElse(cell.positionCode()),
                    a.staff(), b.staff(), a.workloadHours(), b.workloadHours(), a.gap(), b.gap(), a.grade(), b.grade(),
                    gradeChanged, grown);
        }).filter(Objects::nonNull).toList();
        return new RoutineEvaluation(from, to, w.staffDay(from, today), w.staffDay(to, today),
                w.placementsRecordedFrom().orElse(null), gapGrowth, rows);
    }
}
