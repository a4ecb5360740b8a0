package id.seimbang.plan;

import java.security.Principal;

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

/** Follow-up of executed transfers, issue 20 point 4. */
@RestController
@RequestMapping(path = "/api/v1/plans/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tindak lanjut rencana / Plan follow-up", description = "Pelaksanaan perpindahan rencana, dicatat di jejak "
        + "audit; Σg² rencana dibanding pelaksanaan dan hari ini / Execution of a plan's moves, recorded in the audit "
        + "trail; planned against executed Σg², and today")
class PlanFollowUpController {

    private final PlanFollowUpService followUp;

    PlanFollowUpController(PlanFollowUpService followUp) {
        this.followUp = followUp;
    }

    @PostMapping(path = "/moves/{nip}/execution", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tandai pelaksanaan perpindahan / Mark a move executed or not",
            description = "PLANNER. EXECUTED with skNumber and executedOn (not before the day the plan was made, not "
                    + "in the future, Asia/Jakarta), or NOT_EXECUTED with a reason. Once per move: 409 when the move "
                    + "is already marked or the plan is not completed; 404 for an unknown plan or a NIP without a move "
                    + "in the plan; 400 naming each bad field. Recorded in the audit trail (kind PLAN_MOVE_EXECUTION, "
                    + "subject the plan id). The workforce is not changed: executed moves reach it through the "
                    + "regular import.")
    MoveExecution mark(@PathVariable String id, @PathVariable String nip, @RequestBody MoveExecutionRequest request,
            Principal principal) {
        return followUp.mark(id, nip, request, Actor.of(principal));
    }

    @GetMapping("/follow-up")
    @Operation(summary = "Tindak lanjut / Follow-up",
            description = "Counts of executed, not executed and unmarked moves; Σg² at the plan's start, as planned "
                    + "and with only the executed moves applied; Σg² of the plan's scope on today's data; per move its "
                    + "marking and where today's data has the employee (AT_TARGET once the move is imported).")
    PlanFollowUp followUp(@PathVariable String id) {
        return followUp.followUp(id);
    }

}
