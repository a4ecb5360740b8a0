package id.seimbang.plan;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;

@RestController
@Validated
@RequestMapping("/api/v1/plans")
@Tag(name = "Rencana mutasi / Transfer plans",
        description = "Optimum eksak seluruh wilayah, asinkron / Exact region-wide optimum, asynchronous")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mulai rencana / Start a plan",
            description = "Queues a plan job and returns its id at once (HTTP 202); poll GET /api/v1/plans/{id}.")
    ResponseEntity<PlanView> start(@Valid @RequestBody PlanRequest request, Principal principal) {
        PlanView plan = plans.start(request, principal == null ? "anonymous" : principal.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header(HttpHeaders.LOCATION, "/api/v1/plans/" + plan.id()).body(plan);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Daftar rencana / List plans", description = "Newest first, without results.")
    List<PlanView> list(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return plans.list(limit);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Status dan hasil / Status and result",
            description = "Phase and progress while running; moves, objective, imbalance before/after, per-cell "
                    + "changes, greedy objective and optimality evidence once completed.")
    PlanView view(@PathVariable String id) {
        return plans.view(id);
    }

    @PostMapping(path = "/{id}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Batalkan / Cancel", description = "Stops a queued or running plan; nothing is saved.")
    PlanView cancel(@PathVariable String id) {
        return plans.cancel(id);
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "Unduh / Export", description = "format=csv (moves) or format=xlsx (summary and moves sheets).")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String id, @RequestParam String format) {
        MediaType type = switch (format) {
            case "csv" -> new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
            case "xlsx" -> MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            default -> throw DomainException.badRequest("format",
                    Bilingual.of("Format harus csv atau xlsx", "Format must be csv or xlsx"));
        };
        plans.requireCompleted(id); // errors as problem+json before streaming starts
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rencana-" + id + "." + format + "\"")
                .body(out -> plans.export(id, format, out));
    }

    @GetMapping("/{id}/candidates")
    @Operation(summary = "Kandidat perpindahan / Candidate moves",
            description = "CSV of every allowed move the optimiser considered (employee, from cell with need and "
                    + "staff, to cell with need and staff, penalty, move cost), to check the optimum independently.")
    ResponseEntity<StreamingResponseBody> candidates(@PathVariable String id) {
        plans.requireCompleted(id);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kandidat-" + id + ".csv\"")
                .body(out -> plans.candidates(id, out));
    }
}
