package id.seimbang.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.seimbang.system.DomainException;
import id.seimbang.system.Bilingual;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Append-only, hash-chained audit trail / Jejak audit berantai hash")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @PostMapping("/verify")
    @Operation(summary = "Verify the whole hash chain",
            description = "Walks every record in sequence order, recomputing SHA-256(previous_hash || document) "
                    + "and checking each link and each referenced facts snapshot (SHA-256 of its document); "
                    + "reports the number of records checked and the first broken record.")
    ChainVerification verify() {
        return trail.verify();
    }

    @GetMapping
    @Operation(summary = "Search audit records, newest first",
            description = "All criteria are optional; 'from' is inclusive and 'to' exclusive (ISO-8601 instants).")
    List<AuditSummary> search(
            @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) String subject,
            @Parameter(example = "2026-11-01T00:00:00Z") @RequestParam(required = false) Instant from,
            @Parameter(example = "2026-12-01T00:00:00Z") @RequestParam(required = false) Instant to,
            @Parameter(description = "1 to 1000") @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > AuditTrail.MAX_SEARCH_LIMIT) {
            throw DomainException.badRequest("limit", Bilingual.of("harus antara 1 dan " + AuditTrail.MAX_SEARCH_LIMIT,
                    "must be between 1 and " + AuditTrail.MAX_SEARCH_LIMIT));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw DomainException.badRequest("to", Bilingual.of("'to' harus setelah 'from'", "'to' must be after 'from'"));
        }
        return trail.search(kind, subject, from, to, limit);
    }

    @GetMapping("/facts/{hash}")
    @Operation(summary = "A shared facts snapshot that records refer to by hash",
            description = "hash = SHA-256 of the UTF-8 bytes of document; checked on every read (409 when it no "
                    + "longer matches). A record names its snapshot in the 'facts' field of its document.")
    AuditFacts facts(@PathVariable String hash) {
        return trail.facts(hash).orElseThrow(() -> DomainException.notFound("hash", hash));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One audit record with the exact hashed document",
            description = "hash = SHA-256 of the UTF-8 bytes of previousHash followed by document.")
    AuditRecord record(@PathVariable String id) {
        return trail.find(id).orElseThrow(() -> DomainException.notFound("id", id));
    }
}
