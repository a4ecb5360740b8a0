package id.seimbang.recommendation;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** An objection as received from the employee; checked by {@link ObjectionService} (400 naming each field). */
@Schema(description = "Keberatan pegawai atas keputusan tercatat / An employee's objection to a recorded decision")
record ObjectionRequest(
        @Schema(description = "Isi keberatan (1 sampai 4000 karakter) / text of the objection (1 to 4000 characters)")
        String text,
        @Schema(description = "Tanggal keberatan diterima, tidak di masa depan / date received, not in the future",
                example = "2026-11-30")
        LocalDate receivedOn,
        @Schema(description = "SHA-256 tiap lampiran (64 karakter heksadesimal), paling banyak 20; berkasnya tidak "
                + "disimpan / SHA-256 of each attachment (64 hex characters), at most 20; the files are not stored")
        List<String> attachments) {
}
