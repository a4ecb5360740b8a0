package id.seimbang.plan;

import java.security.Principal;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import id.seimbang.system.Actor;

/** Ending and extending the temporary assignments of a plan, issue 20 point 2. */
@RestController
@RequestMapping(path = "/api/v1/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Penugasan sementara dalam rencana / Temporary assignments of a plan", description = "Mengakhiri atau "
        + "memperpanjang penugasan, dicatat di jejak audit / ending or extending an assignment, recorded in the audit "
        + "trail")
class AssignmentChangeController {

    private final AssignmentChangeService changes;

    AssignmentChangeController(AssignmentChangeService changes) {
        this.changes = changes;
    }

    @GetMapping("/assignments")
    @Operation(summary = "Penugasan dan akhirnya / Assignments and their end",
            description = "The temporary assignments of a completed plan of temporary assignments: each with its "
                    + "period as it stands (until: the current last day), whether it was ended, and every change. 409 "
                    + "for a transfer plan or a plan not completed.")
    List<AssignmentChangeService.Assignment> assignments(@PathVariable String id) {
        return changes.assignments(id);
    }

    @PostMapping(path = "/moves/{nip}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Akhiri lebih awal / End early",
            description = "PLANNER. until: the last day in the target unit (not before the start, before the current "
                    + "end); reason. Final. Recorded in the audit trail (kind TEMPORARY_ASSIGNMENT_CHANGE). 404 unknown "
                    + "plan or NIP; 409 transfer plan, already ended or changed meanwhile; 400 naming each bad field.")
    AssignmentChangeService.Assignment end(@PathVariable String id, @PathVariable String nip,
            @RequestBody AssignmentChangeRequest request, Principal principal) {
        return changes.end(id, nip, request, Actor.of(principal));
    }

    @PostMapping(path = "/moves/{nip}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Perpanjang / Extend",
            description = "PLANNER. until: the new last day (after the current end); reason. The active policy's "
                    + "temporary-assignment rules judge the added days (the employee's current facts, the home cell "
                    + "with this plan's running assignments away): 422 with each blocking rule's message, id and "
                    + "regulation. Recorded in the audit trail (kind TEMPORARY_ASSIGNMENT_CHANGE) with the rules that "
                    + "fired. Other errors as for ending.")
    AssignmentChangeService.Assignment extend(@PathVariable String id, @PathVariable String nip,
            @RequestBody AssignmentChangeRequest request, Principal principal) {
        return changes.extend(id, nip, request, Actor.of(principal));
    }

}
