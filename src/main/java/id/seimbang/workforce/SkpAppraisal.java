package id.seimbang.workforce;

import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;

/** The SKP predicate an employee received for one year. */
public record SkpAppraisal(int year, SkpPredicate predicate) {

    /** An appraisal without its predicate would be read as no appraisal at all: refused, like a bad sanction. */
    public SkpAppraisal {
        if (predicate == null) {
            throw DomainException.badRequest("predicate", Bilingual.of(
                    "Predikat SKP tahun " + year + " wajib diisi (SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG)",
                    "The SKP predicate of " + year + " is required (SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG)"));
        }
    }
}
