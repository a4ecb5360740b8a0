package id.seimbang.balance;

import id.seimbang.system.FullPrecision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.seimbang.system.Clocks;
import id.seimbang.system.DomainException;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Keseimbangan beban kerja / Workload balance")
class UnitController {

    /** One cell of a unit as shown to people: the position, W, B, N, gap, EJ and its grade. */
    record CellView(String positionCode, String positionName, double workloadHours, int staff, double need,
            double gap, Double ej, EjGrade grade) {
    }

    record UnitView(String code, String name, String instansiCode, String kabupatenCode, String sector,
            @FullPrecision double latitude, @FullPrecision double longitude, String island, boolean active, int staff, double need, double gap,
            List<CellView> cells) {
    }

    private final WorkforceService workforce;
    private final WorkloadModels balance;
    private final Clock clock;

    UnitController(WorkforceService workforce, WorkloadModels balance, Clock clock) {
        this.workforce = workforce;
        this.balance = balance;
        this.clock = clock;
    }

    /** The snapshot with the workload in force on the date (default today, Asia/Jakarta). */
    private Workforce on(LocalDate date) {
        return workforce.current().asOf(date != null ? date : Clocks.todayInJakarta(clock));
    }

    @GetMapping("/units")
    @Operation(summary = "Units with their formation cells: workload W, staff B, need N, gap, EJ and grade",
            description = "Optional filters: kabupaten (code), sector (e.g. HEALTH), instansi (code); unknown codes"
                    + " give 404. date (default today): the workload in force that day, ABK period and surges.")
    List<UnitView> units(@RequestParam(required = false) String kabupaten,
            @RequestParam(required = false) Sector sector, @RequestParam(required = false) String instansi,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Workforce w = on(date);
        if (kabupaten != null && w.kabupaten(kabupaten).isEmpty()) {
            throw DomainException.notFound("kabupaten", kabupaten);
        }
        if (instansi != null && w.instansi(instansi).isEmpty()) {
            throw DomainException.notFound("instansi", instansi);
        }
        WorkloadModel model = balance.current();
        Map<String, List<FormationCell>> cellsByUnit = w.cells().stream()
                .collect(Collectors.groupingBy(FormationCell::unitCode));
        return w.units().stream()
                .filter(u -> kabupaten == null || u.kabupatenCode().equals(kabupaten))
                .filter(u -> sector == null || u.sector() == sector)
                .filter(u -> instansi == null || u.instansiCode().equals(instansi))
                .sorted(Comparator.comparing(Unit::code))
                .map(u -> view(w, model, u, cellsByUnit.getOrDefault(u.code(), List.of()))).toList();
    }

    @GetMapping("/units/{code}")
    @Operation(summary = "One unit with its formation cells", description = "date as for /units")
    UnitView unit(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Workforce w = on(date);
        Unit unit = w.unit(code).orElseThrow(() -> DomainException.notFound("code", code));
        return view(w, balance.current(), unit,
                w.cells().stream().filter(c -> c.unitCode().equals(code)).toList());
    }



    private static UnitView view(Workforce w, WorkloadModel model, Unit u, List<FormationCell> unitCells) {
        List<CellView> cells = unitCells.stream()
                .sorted(Comparator.comparing(FormationCell::positionCode))
                .map(c -> {
                    CellBalance b = model.balance(w, c);
                    return new CellView(c.positionCode(), w.position(c.positionCode()).map(Position::name).orElse(null),
                            c.workloadHours(), b.staff(), b.need(), b.gap(), b.ej(), b.grade());
                }).toList();
        int staff = cells.stream().mapToInt(CellView::staff).sum();
        double need = cells.stream().mapToDouble(CellView::need).sum();
        return new UnitView(u.code(), u.name(), u.instansiCode(), u.kabupatenCode(), u.sector().name(), u.latitude(),
                u.longitude(), u.island(), u.active(), staff, need, staff - need, cells);
    }
}
