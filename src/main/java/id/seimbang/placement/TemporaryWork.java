package id.seimbang.placement;

/**
 * The kind of work a temporary assignment is for (issue 20 point 2): the values of {@code tJenisPenugasan} in
 * decision-tables/temporary-assignment.dmn, which decides who fits which kind.
 */
public enum TemporaryWork {
    /** Mass vaccination campaign. */
    VAKSINASI,
    /** Health services (puskesmas, hospital) during a surge. */
    PELAYANAN_KESEHATAN,
    /** Population registration services (Dukcapil) during a surge of requests. */
    PELAYANAN_KEPENDUDUKAN,
    /** Teaching. */
    PEMBELAJARAN,
    /** Administrative support. */
    ADMINISTRASI
}
