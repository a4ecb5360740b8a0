package id.seimbang.workforce;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import id.seimbang.system.FullPrecision;

/**
 * A work unit (unit kerja / OPD) of an instansi. {@code island} names the island it is on, because
 * a move across the sea is a relocation of another kind than a long drive.
 *
 * <p>The constraints apply where a caller sends a unit inline (decisions): code, instansi, kabupaten and sector
 * are what the engine groups and scores by.
 */
public record Unit(@NotBlank String code, String name, @NotBlank String instansiCode, @NotBlank String kabupatenCode,
        @NotNull(message = "wajib diisi / required") Sector sector,
        @FullPrecision double latitude, @FullPrecision double longitude, String island, boolean active) {
}
