package id.seimbang.balance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.seimbang.system.Bilingual;
import id.seimbang.system.Clocks;
import id.seimbang.system.DomainException;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Workload history over the ABK periods and the routine evaluation between two of them (issue 20 point 3). */
@RestController
@RequestMapping("/api/v1/balance")
@Tag(name = "Keseimbangan beban kerja / Workload balance")
class HistoryController {

    private final WorkforceService workforce;
    private final WorkloadModels models;
    private final Clock clock;
    private final double defaultGapGrowth;

    HistoryController(WorkforceService workforce, WorkloadModels models, Clock clock,
            @Value("${seimbang.balance.routine-evaluation.gap-growth:1.0}") double defaultGapGrowth) {
        this.workforce = workforce;
        this.models = models;
        this.clock = clock;
        this.defaultGapGrowth = defaultGapGrowth;
    }

    @GetMapping("/history")
    @Operation(summary = "A unit's W, need, staff, gap, EJ and grade at each ABK period start, totals and per cell",
            description = "One point per first day of any cell's ABK period (abk_periods.csv), oldest first; today"
                    + " alone when no period is stored. ABK workload only (surges left out). The staff at each point is the placements in force that day"
                    + " by the placement history every import records (V20); each point names the day used (staffAsOf):"
                    + " the first day of that history (staffRecordedFrom) for an earlier date, today for a later one.")
    WorkloadHistory.UnitHistory history(@RequestParam String unit) {
        Workforce w = workforce.current();
        if (w.unit(unit).isEmpty()) {
            throw DomainException.notFound("unit", unit);
        }
        return WorkloadHistory.ofUnit(w, models.current(), unit, Clocks.todayInJakarta(clock));
    }

    @GetMapping("/routine-evaluation")
    @Operation(summary = "Evaluasi rutin / Routine evaluation: cells whose EJ grade changed or whose gap grew",
            description = "Compares the ABK workload in force on `from` with that on `to` (dates inside the two"
                    + " periods): a cell is listed when its grade differs or |gap| grew by more than gapGrowth people"
                    + " (default seimbang.balance.routine-evaluation.gap-growth, 1.0). format=json (default), csv"
                    + " or xlsx. The staff of each date is the placements in force that day (CSV columns pegawai_awal,"
                    + " pegawai_akhir); staffAsOfFrom and staffAsOfTo name the days used (the first day of the"
                    + " placement history for an earlier date, today for a later one).")
    ResponseEntity<?> routineEvaluation(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Double gapGrowth, @RequestParam(defaultValue = "json") String format) throws IOException {
        if (gapGrowth != null && !(gapGrowth >= 0)) {
            throw DomainException.badRequest("gapGrowth", Bilingual.of("Ambang harus angka ≥ 0",
                    "The threshold must be a number ≥ 0"));
        }
        if (to.isBefore(from)) {
            throw DomainException.badRequest("to", Bilingual.of("Tanggal akhir sebelum tanggal awal",
                    "The end date is before the start date"));
        }
        MediaType type = switch (format) {
            case "json" -> MediaType.APPLICATION_JSON;
            case "csv" -> new MediaType("text", "csv", StandardCharsets.UTF_8);
            case "xlsx" -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            default -> throw DomainException.badRequest("format",
                    Bilingual.of("Format harus json, csv atau xlsx", "Format must be json, csv or xlsx"));
        };
        RoutineEvaluation report = RoutineEvaluation.between(workforce.current(), models.current(), from, to,
                Clocks.todayInJakarta(clock), gapGrowth != null ? gapGrowth : defaultGapGrowth);
        if (format.equals("json")) {
            return ResponseEntity.ok().contentType(type).body(report);
        }
        // A report of cells, not of employees: small enough to write in memory before answering.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (format.equals("csv")) {
            RoutineEvaluationExport.csv(report, body);
        } else {
            RoutineEvaluationExport.xlsx(report, body);
        }
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"evaluasi-rutin-" + from + "-" + to + "." + format + "\"").body(body.toByteArray());
    }
}
