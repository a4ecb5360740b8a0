package id.seimbang.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;

/** The resolution of an objection by a POLICY_APPROVER who did not record it. */
@Schema(description = "Penyelesaian keberatan / Resolution of an objection")
record ResolutionRequest(
        @Schema(description = "UPHELD (dikabulkan / upheld), REJECTED (ditolak / rejected), REPLACED (keputusan "
                + "diganti dengan keputusan baru di bawah kebijakan aktif / decision replaced by a new decision "
                + "under the active policy)")
        ObjectionStatus outcome,
        @Schema(description = "Alasan (1 sampai 4000 karakter) / reasons (1 to 4000 characters)")
        String reasons) {
}
