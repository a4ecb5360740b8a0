package id.seimbang.plan;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** A planner's marking of one move of a plan; checked by {@link PlanFollowUpService} (400 naming each field). */
@Schema(description = "Tanda pelaksanaan satu perpindahan rencana / Marking of one move of a plan")
public record MoveExecutionRequest(
        @Schema(description = "EXECUTED atau NOT_EXECUTED", example = "EXECUTED")
        ExecutionStatus status,
        @Schema(description = "Nomor SK mutasi, wajib untuk EXECUTED (1 sampai 100 karakter) / number of the transfer "
                + "decree (SK), required for EXECUTED (1 to 100 characters)", example = "800/123/BKPSDM/2026")
        String skNumber,
        @Schema(description = "Tanggal SK, wajib untuk EXECUTED; tidak sebelum rencana dibuat dan tidak di masa depan / "
                + "date of the SK, required for EXECUTED; not before the plan was made, not in the future",
                example = "2026-12-03")
        LocalDate executedOn,
        @Schema(description = "Alasan tidak dilaksanakan, wajib untuk NOT_EXECUTED (1 sampai 4000 karakter) / why the "
                + "move was not carried out, required for NOT_EXECUTED (1 to 4000 characters)")
        String reason) {
}
