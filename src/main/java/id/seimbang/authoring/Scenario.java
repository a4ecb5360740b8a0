package id.seimbang.authoring;

import java.time.LocalDate;
import java.util.List;

import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Instansi;
import id.seimbang.workforce.Kabupaten;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;

/**
 * A policy test in the GIVEN/EXPECT style of Kogito scenario files: an employee, the units, positions and
 * formation cells around them (each cell with its ABK workload and current staff), an as-of date, and what
 * the policy must conclude. Only the expectations that are given are checked.
 */
record Scenario(
        String name,
        String description,
        LocalDate asOf,
        Employee employee,
        List<Kabupaten> kabupaten,
        List<Instansi> instansi,
        List<Unit> units,
        List<Position> positions,
        List<Cell> cells,
        List<TransferRequest> requests,
        Expect expect) {

    public Scenario {
        kabupaten = kabupaten == null ? List.of() : List.copyOf(kabupaten);
        instansi = instansi == null ? List.of() : List.copyOf(instansi);
        units = units == null ? List.of() : List.copyOf(units);
        positions = positions == null ? List.of() : List.copyOf(positions);
        cells = cells == null ? List.of() : List.copyOf(cells);
        requests = requests == null ? List.of() : List.copyOf(requests);
    }

    /** A formation cell: ABK workload hours per year and the staff in it now (the employee included). */
    public record Cell(String unitCode, String positionCode, double workloadHours, int staff) {

        public CellKey key() {
            return new CellKey(unitCode, positionCode);
        }
    }

    /**
     * @param eligible          employee-level verdict
     * @param ruleIds           exactly the ids of the BLOCK rules that fire for the employee (all of them)
     * @param target            the cell the fit expectations are about
     * @param targetAllowed     whether move-level rules allow the move to {@code target}
     * @param fitLevel          placement fit level for {@code target}
     * @param relocationSupport relocation support for {@code target}
     * @param topMove           the best recommended move (same-instansi scope); null expects none when
     *                          {@code noMove} is true
     */
    public record Expect(Boolean eligible, List<String> ruleIds, CellKey target, Boolean targetAllowed,
            String fitLevel, String relocationSupport, CellKey topMove, Boolean noMove) {
    }
}
