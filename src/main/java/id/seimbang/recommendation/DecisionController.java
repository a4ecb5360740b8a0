package id.seimbang.recommendation;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.seimbang.audit.AuditSummary;
import id.seimbang.system.Clocks;

@RestController
@Validated
@RequestMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Keputusan / Decisions", description = "Usulan mutasi per pegawai, tercatat dan dapat diputar ulang / "
        + "Per-employee transfer decisions, recorded and replayable")
class DecisionController {

    private final DecisionService decisions;
    private final DecisionLimits limits;
    private final ExplanationWriter explanations;
    private final LetterWriter letters;

    DecisionController(DecisionService decisions, DecisionLimits limits, ExplanationWriter explanations,
            LetterWriter letters) {
        this.letters = letters;
        this.explanations = explanations;
        this.decisions = decisions;
        this.limits = limits;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Buat keputusan / Make a decision",
            description = "Eligibility, then every target cell in scope: move rules, placement tables, balance gain "
                    + "2(g_a − g_b) − 2 and score = gain − penalty; ranked by score, gain, unit code. For an "
                    + "employee who is not eligible, outcome.eligibleFrom: the eligibility rules evaluated at later "
                    + "as-of dates (month steps up to 120 months, refined to the day) give each blocking rule's "
                    + "clearsOn (null: not by the passing of time) and the date on which none blocks (null: none "
                    + "up to the horizon), if the facts stay as they are and SKP stays at its latest predicate "
                    + "(skpAssumed). With the optional part temporary {work, from, until} (at most 366 days), "
                    + "outcome.temporary also proposes temporary assignments (penugasan sementara) of the employee for "
                    + "that period: the temporary-assignment rules (TEMP-*, with the home cell's staff less the running "
                    + "assignments of executed plans away on the worst day) and fit table once (they do not read the "
                    + "target), then the cells in scope of another unit of the job family the table names, with the "
                    + "gain over the period's cells (workload in force on the first day, surges included) and score = "
                    + "gain - penalty, at most limit; when refused, the best targets marked allowed=false. 400 naming "
                    + "temporary.work, temporary.from or temporary.until for a bad period, 422 for a policy without "
                    + "temporary-assignment rules or table. Recorded in the audit trail with everything it read, so a "
                    + "replay reproduces it.")
    DecisionView decide(@Valid @RequestBody DecisionRequest request, Principal principal) {
        limits.check(request);
        return decisions.decide(request, caller(principal));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Rekaman keputusan / Decision record",
            description = "Inputs exactly as used, outcome, policy version and hash chain links.")
    DecisionRecord find(@PathVariable String id) {
        return decisions.find(id);
    }

    @GetMapping("/{id}/explanation")
    @Operation(summary = "Penjelasan / Explanation",
            description = "Plain-language explanation in Indonesian with English. Send Accept: text/html for a page.")
    Explanation explanation(@PathVariable String id) {
        return explanations.explain(decisions.find(id));
    }

    // problem+json too: an unknown id (or any error) is answered as problem details, which the request must accept
    @GetMapping(path = "/{id}/letter.pdf", produces = {MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "Surat untuk pegawai (PDF) / Letter for the employee (PDF)",
            description = "The printable letter about this decision: the decision, the reasons (the explanation), the "
                    + "proposed move's benefits (placement table annotations) and relocation support, the right to "
                    + "object and the days within which an objection is resolved, the record id and hash, and the "
                    + "decision page's URL as text and QR code. Indonesian; lang=en for English. The same page is "
                    + "served as HTML at /decisions/{id}/letter.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> letter(@PathVariable String id,
            @Parameter(description = "id (default) or en") @RequestParam(defaultValue = "id") String lang) {
        DecisionRecord record = decisions.find(id);
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id-ID");
        byte[] pdf = letters.pdf(letters.letter(record, locale, DecisionPageController.verificationUrl(id)), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("surat-keputusan-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping
    @Operation(summary = "Cari keputusan / Search decisions", description = "By NIP and recording time range.")
    List<DecisionSummary> search(@RequestParam(required = false) String nip,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        Instant start = from == null ? null : from.atStartOfDay(Clocks.JAKARTA).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(Clocks.JAKARTA).toInstant();
        return decisions.search(nip, start, end, limit).stream().map(DecisionSummary::of).toList();
    }

    @PostMapping("/{id}/replay")
    @Operation(summary = "Putar ulang / Replay",
            description = "Re-evaluates the stored inputs with the stored policy version (recompiled from the "
                    + "database when no longer active) and reports identical or the differences. Outcome fields "
                    + "added after a record was made (eligibleFrom, issue 19) are not compared for that record and "
                    + "are listed in notRecorded.")
    ReplayReport replay(@PathVariable String id) {
        return decisions.replay(id);
    }

    @PostMapping("/{id}/counterfactuals")
    @Operation(summary = "Apa yang akan mengubah jawaban / What would change the answer",
            description = "For the requested target that is not recommended and for the in-scope target with the "
                    + "highest balance gain that is not allowed: the smallest sets of changes (one, then two) among "
                    + "the facts listed in the policy file rules/changeable-facts.properties (SKP of a checked year, "
                    + "education level and field, the spouse's kabupaten, the target cell's staff) that make it "
                    + "recommended or allowed, each checked by running the decision again with the changes "
                    + "applied, with the rules it clears, the table rows that now apply and the resulting score; "
                    + "or that none exists within the list (or within the time limit). Uses the recorded inputs "
                    + "and policy version; records nothing.")
    Counterfactuals counterfactuals(@PathVariable String id) {
        return decisions.counterfactuals(id);
    }

    private static String caller(Principal principal) {
        return principal == null ? "anonymous" : principal.getName();
    }

    /** One line of a decision search. */
    record DecisionSummary(String decisionId, Instant decidedAt, String caller, String nip, String policyVersion,
            String hash) {

        static DecisionSummary of(AuditSummary r) {
            return new DecisionSummary(r.id(), r.recordedAt(), r.caller(), r.subject(), r.policyVersion(), r.hash());
        }
    }
}
