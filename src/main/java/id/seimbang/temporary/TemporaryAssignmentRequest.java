package id.seimbang.temporary;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import id.seimbang.placement.TemporaryWork;

/** One temporary assignment to evaluate; checked by {@link TemporaryAssignmentService} (400 naming each field). */
@Schema(description = "Penugasan sementara yang dinilai / A temporary assignment to evaluate")
record TemporaryAssignmentRequest(
        @Schema(description = "NIP pegawai / the employee's NIP", example = "198310262023111001")
        String nip,
        @Schema(description = "Kode unit tujuan (bukan unit asal) / code of the target unit (not the home unit)",
                example = "1771-DINKES")
        String targetUnitCode,
        @Schema(description = "Jenis pekerjaan penugasan / kind of work", example = "VAKSINASI")
        TemporaryWork work,
        @Schema(description = "Hari pertama penugasan / first day of the assignment", example = "2027-01-04")
        LocalDate from,
        @Schema(description = "Hari terakhir penugasan, tidak sebelum from / last day, not before from",
                example = "2027-02-26")
        LocalDate until) {
}
