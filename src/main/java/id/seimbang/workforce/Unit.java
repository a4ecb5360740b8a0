package id.seimbang.workforce;

import id.seimbang.system.FullPrecision;

/**
 * A work unit (unit kerja / OPD) of an instansi. {@code island} names the island it is on, because
 * a move across the sea is a relocation of another kind than a long drive.
 */
public record Unit(String code, String name, String instansiCode, String kabupatenCode, Sector sector,
        @FullPrecision double latitude, @FullPrecision double longitude, String island, boolean active) {
}
