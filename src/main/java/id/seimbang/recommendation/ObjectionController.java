package id.seimbang.recommendation;

import java.security.Principal;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.seimbang.system.Actor;

/** Objections (keberatan) to recorded decisions, issue 19 point 3. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Keberatan / Objections", description = "Keberatan pegawai atas keputusan tercatat, diselesaikan oleh "
        + "orang kedua, setiap langkah tercatat di jejak audit / Employees' objections to recorded decisions, "
        + "resolved by a second person, every step in the audit trail")
class ObjectionController {

    private final ObjectionService objections;

    ObjectionController(ObjectionService objections) {
        this.objections = objections;
    }

    @PostMapping(path = "/decisions/{id}/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Catat keberatan / Record an objection",
            description = "PLANNER or POLICY_OFFICER. Text (1 to 4000 characters), date received (not in the future, "
                    + "not before the decision), attachments as SHA-256 hashes only (64 hex characters, at most 20). "
                    + "Due on the date received + seimbang.objections.days-to-resolve (default 21 days). Recorded in "
                    + "the audit trail (kind OBJECTION). 404 for an unknown decision, 400 naming each bad field.")
    Objection record(@PathVariable String id, @RequestBody ObjectionRequest request, Principal principal) {
        return objections.record(id, request, Actor.of(principal));
    }

    @GetMapping("/decisions/{id}/objections")
    @Operation(summary = "Riwayat keberatan / Objection history",
            description = "The objections to one decision, oldest received first, with their resolutions.")
    List<Objection> ofDecision(@PathVariable String id) {
        return objections.ofDecision(id);
    }

    @PostMapping(path = "/objections/{objectionId}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Selesaikan keberatan / Resolve an objection",
            description = "POLICY_APPROVER who did not record the objection (four eyes: 403 otherwise). Outcome "
                    + "UPHELD, REJECTED or REPLACED, with reasons. REPLACED makes a new decision for the same "
                    + "employee, scope and number of moves, as of today, on the current facts and the active policy, "
                    + "and links it (replacementDecisionId). Recorded in the audit trail (kind "
                    + "OBJECTION_RESOLUTION). 409 when already resolved.")
    Objection resolve(@PathVariable String objectionId, @RequestBody ResolutionRequest request,
            Principal principal) {
        return objections.resolve(objectionId, request, Actor.of(principal));
    }

    @GetMapping("/objections")
    @Operation(summary = "Cari keberatan / Search objections",
            description = "Oldest received first. status: OPEN, UPHELD, REJECTED or REPLACED; olderThanDays: received "
                    + "more than N days ago (Asia/Jakarta); overdue=true: open past the due date.")
    List<Objection> search(@RequestParam(required = false) ObjectionStatus status,
            @RequestParam(required = false) Integer olderThanDays,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "100") int limit) {
        return objections.search(status, olderThanDays, overdue, limit);
    }

}
