package id.seimbang.temporary;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Temporary assignments (penugasan sementara), issue 20 point 2. */
@RestController
@RequestMapping(path = "/api/v1/temporary-assignments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Penugasan sementara / Temporary assignments", description = "Pegawai ditugaskan untuk suatu periode ke "
        + "unit lain dan tetap memegang jabatan asalnya / an employee assigned to another unit for a period, keeping "
        + "the home position")
class TemporaryAssignmentController {

    private final TemporaryAssignmentService assignments;

    TemporaryAssignmentController(TemporaryAssignmentService assignments) {
        this.assignments = assignments;
    }

    @PostMapping(path = "/evaluation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Nilai penugasan sementara / Evaluate a temporary assignment",
            description = "Runs the active policy's temporary-assignment rules (rules/temporary-assignment.drl: not "
                    + "during study leave or a disciplinary sanction, the home cell keeps temporary.home-min-share of "
                    + "its need; no minimum time in position) and fit table (decision-tables/temporary-assignment.dmn: "
                    + "fit by competency for the kind of work, penalty) for an employee, a target unit, a kind of work "
                    + "and a period. allowed = no rule blocks and the fit is not Tidak Sesuai. Returns every rule that "
                    + "fired with id, regulation, severity and message, the fit with the table rows and their "
                    + "annotations, and the home cell's figures. Records nothing. 400 naming each bad field, 404 for an "
                    + "unknown employee or unit, 409 when the employee is on a running temporary assignment on a day of "
                    + "the period, 422 when the active policy has no temporary-assignment rules or table.")
    TemporaryAssignmentEvaluation evaluate(@RequestBody TemporaryAssignmentRequest request) {
        return assignments.evaluate(request);
    }
}
