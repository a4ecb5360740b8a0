package id.seimbang.balance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.seimbang.system.Clocks;
import id.seimbang.system.DomainException;
import id.seimbang.workforce.Unit;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/balance")
@Tag(name = "Keseimbangan beban kerja / Workload balance")
class BalanceController {

    private static final int WORST = 10;

    private final WorkforceService workforce;
    private final WorkloadModels balance;
    private final Clock clock;

    BalanceController(WorkforceService workforce, WorkloadModels balance, Clock clock) {
        this.workforce = workforce;
        this.balance = balance;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Region imbalance Σg², number of cells, the 10 worst surplus and 10 worst deficit cells",
            description = "Optional filters: kabupaten (code), instansi (code); unknown codes give 404. date"
                    + " (default today, Asia/Jakarta): the workload in force that day, ABK period and surges.")
    RegionBalance balance(@RequestParam(required = false) String kabupaten,
            @RequestParam(required = false) String instansi,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Workforce w = workforce.current().asOf(date != null ? date : Clocks.todayInJakarta(clock));
        if (kabupaten != null && w.kabupaten(kabupaten).isEmpty()) {
            throw DomainException.notFound("kabupaten", kabupaten);
        }
        if (instansi != null && w.instansi(instansi).isEmpty()) {
            throw DomainException.notFound("instansi", instansi);
        }
        WorkloadModel model = balance.current();
        List<CellBalance> cells = w.cells().stream()
                .filter(c -> {
                    Unit u = w.unit(c.unitCode()).orElseThrow();
                    return (kabupaten == null || u.kabupatenCode().equals(kabupaten))
                            && (instansi == null || u.instansiCode().equals(instansi));
                })
                .map(c -> model.balance(w, c)).toList();
        return RegionBalance.of(cells, WORST);
    }
}
