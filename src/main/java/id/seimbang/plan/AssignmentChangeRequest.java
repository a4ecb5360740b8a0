package id.seimbang.plan;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** Ending or extending one temporary assignment; checked by {@link AssignmentChangeService} (400 naming each field). */
@Schema(description = "Mengakhiri atau memperpanjang penugasan sementara / Ending or extending a temporary assignment")
public record AssignmentChangeRequest(
        @Schema(description = "END: hari terakhir di unit tujuan (tidak sebelum mulai, sebelum akhir sekarang); EXTEND: "
                + "hari terakhir yang baru (setelah akhir sekarang) / END: last day in the target unit (not before "
                + "the start, before the current end); EXTEND: the new last day (after the current end)",
                example = "2027-03-12")
        LocalDate until,
        @Schema(description = "Alasan (1 sampai 4000 karakter) / reason (1 to 4000 characters)",
                example = "Kampanye vaksinasi diperpanjang dua minggu")
        String reason) {
}
