package id.seimbang.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;

/** A disciplinary sanction (hukuman disiplin), in force from {@code from} until {@code until} inclusive. */
public record Sanction(SanctionLevel level, LocalDate from, LocalDate until) {

    /**
     * A sanction without its level or dates cannot be judged, and ignoring it would let the employee pass the
     * sanction rule: such facts are refused wherever they come from (inline facts of a decision, imports, tests).
     */
    public Sanction {
        List<FieldProblem> problems = new ArrayList<>();
        if (level == null) {
            problems.add(FieldProblem.of("level", Bilingual.of("Tingkat hukuman disiplin wajib diisi (RINGAN, SEDANG, BERAT)",
                    "The sanction level is required (RINGAN, SEDANG, BERAT)")));
        }
        if (from == null) {
            problems.add(FieldProblem.of("from", Bilingual.of("Tanggal mulai hukuman wajib diisi (yyyy-mm-dd)",
                    "The sanction's start date is required (yyyy-mm-dd)")));
        }
        if (until == null) {
            problems.add(FieldProblem.of("until", Bilingual.of("Tanggal akhir hukuman wajib diisi (yyyy-mm-dd)",
                    "The sanction's end date is required (yyyy-mm-dd)")));
        }
        if (from != null && until != null && until.isBefore(from)) {
            problems.add(FieldProblem.of("until", Bilingual.of("Tanggal akhir " + until + " sebelum tanggal mulai " + from,
                    "End date " + until + " is before start date " + from)));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT,
                    Bilingual.of("Hukuman disiplin tidak lengkap", "Incomplete disciplinary sanction"), problems);
        }
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}
