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
 * Issue 20 point 3, "evaluasi rutin": the cells whose EJ grade changed between the ABK workload in force on
 * {@code from} and on {@code to}, or whose gap grew (|g| at {@code to} minus |g| at {@code from}) by more than
 * {@code gapGrowth} people. Surges are left out (ABK only); the staff is the snapshot's B at both dates, i.e. today's
 * ({@code staffAsOf}): staff on earlier dates is not stored (see {@link WorkloadHistory}), so the report compares
 * workloads, not staffing.
 */
record RoutineEvaluation(LocalDate from, LocalDate to, LocalDate staffAsOf, double gapGrowth, List<Row> rows) {

    public record Row(String unitCode, String unitName, String positionCode, String positionName, int staff,
            double workloadFrom, double workloadTo, double gapFrom, double gapTo, EjGrade gradeFrom, EjGrade gradeTo,
            boolean gradeChanged, double gapGrown) {
    }

    public static RoutineEvaluation between(Workforce w, WorkloadModel model, LocalDate from, LocalDate to,
            LocalDate today, double gapGrowth) {
        Workforce before = w.abkAsOf(from);
        Workforce after = w.abkAsOf(to);
        List<Row> rows = w.cells().stream().sorted(Comparator.comparing(FormationCell::key)).map(cell -> {
            CellBalance a = model.balance(before, before.cell(cell.key()).orElseThrow());
            CellBalance b = model.balance(after, after.cell(cell.key()).orElseThrow());
            boolean gradeChanged = !Objects.equals(a.grade(), b.grade());
            double grown = Math.abs(b.gap()) - Math.abs(a.gap());
            if (!gradeChanged && !(grown > gapGrowth)) {
                return null;
            }
            return new Row(cell.unitCode(), w.unit(cell.unitCode()).map(Unit::name).orElse(cell.unitCode()),
                    cell.positionCode(), w.position(cell.positionCode()).map(Position::name).orElse(cell.positionCode()),
                    a.staff(), a.workloadHours(), b.workloadHours(), a.gap(), b.gap(), a.grade(), b.grade(),
                    gradeChanged, grown);
        }).filter(Objects::nonNull).toList();
        return new RoutineEvaluation(from, to, today, gapGrowth, rows);
    }
}
