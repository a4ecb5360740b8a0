package id.seimbang.workforce;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Temporary workloads of surges and campaigns (issue 20 point 1); surges.csv in an import does the same in bulk. */
@RestController
@RequestMapping("/api/v1/surges")
@Tag(name = "Beban kerja sementara / Temporary workload")
class SurgeController {

    /** A recorded surge, the cells it adds to, and whether it replaced one with the same unit, target and start. */
    record Recorded(Surge surge, List<CellKey> cells, boolean updated) {
    }

    private final SurgeService surges;
    private final WorkforceService workforce;

    SurgeController(SurgeService surges, WorkforceService workforce) {
        this.surges = surges;
        this.workforce = workforce;
    }

    @PostMapping
    @Operation(summary = "Record a temporary workload (surge, campaign)",
            description = "extraHours (hours per year) is added to the workload W of the cell unitCode/positionCode,"
                    + " or split equally among the unit's cells of jobFamily, on every date from..until (both"
                    + " included). Give exactly one of positionCode and jobFamily. The same unit, target and from"
                    + " replaces the earlier surge. Balance, decisions and plans for a date in the period include it."
                    + " The surge and its audit record (kind IMPORT, subject surge) are written in one transaction.")
    @ApiResponse(responseCode = "200", description = "Recorded")
    @ApiResponse(responseCode = "422", description = "Rejected; every problem listed by field")
    Recorded record(@RequestBody Surge surge, Principal caller) {
        ImportReport report = surges.record(surge, caller.getName());
        return new Recorded(surge, workforce.current().surgeCells(surge),
                report.counts().get(CsvKind.SURGES.key()).updated() > 0);
    }

    @DeleteMapping
    @Operation(summary = "Withdraw a recorded temporary workload (surge, campaign)",
            description = "The surge is named by its key: unitCode, exactly one of positionCode and jobFamily, and its"
                    + " first day from. Balance, decisions and plans no longer include it; the withdrawal and its audit"
                    + " record (kind IMPORT, subject surge-withdrawn) holding the surge as it was are one transaction."
                    + " Data stewards and planners.")
    @ApiResponse(responseCode = "200", description = "Withdrawn; the surge as it was recorded")
    @ApiResponse(responseCode = "400", description = "Key incomplete: every problem listed by field")
    @ApiResponse(responseCode = "404", description = "No surge recorded with this key")
    Surge withdraw(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String positionCode,
            @RequestParam(required = false) String jobFamily,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            Principal caller) {
        return surges.withdraw(unitCode, positionCode, jobFamily, from, caller.getName());
    }

    @GetMapping
    @Operation(summary = "Recorded surges, all or those in force on a date")
    List<Surge> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Workforce w = workforce.current();
        return date == null ? w.surges() : w.surgesOn(date);
    }
}
