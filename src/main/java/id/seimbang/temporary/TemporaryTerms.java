package id.seimbang.temporary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import id.seimbang.placement.TemporaryWork;
import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;

/**
 * The kind of work and the period (both days included) of a temporary assignment, as an evaluation, a plan of
 * temporary assignments and a decision's temporary part take them; {@link #problems} is the one check of all three.
 */
@Schema(description = "Jenis pekerjaan dan periode penugasan sementara / kind of work and period of a temporary "
        + "assignment")
public record TemporaryTerms(
        @Schema(description = "Jenis pekerjaan / kind of work", example = "VAKSINASI") TemporaryWork work,
        @Schema(description = "Hari pertama / first day", example = "2027-02-01") LocalDate from,
        @Schema(description = "Hari terakhir, tidak sebelum from, paling lama 366 hari / last day, not before from, at "
                + "most 366 days", example = "2027-03-31") LocalDate until) {

    /** The longest period, in days (both ends included): a temporary assignment is not a year-long transfer. */
    public static final int MAX_DAYS = 366;

    /** The period's length in days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, until) + 1;
    }

    /**
     * What is wrong with the terms, each problem naming its field with {@code prefix} before it (e.g. "temporary."):
     * the kind of work or a day missing, the last day before the first, a period longer than {@link #MAX_DAYS}.
     */
    public static List<FieldProblem> problems(String prefix, TemporaryWork work, LocalDate from, LocalDate until) {
        List<FieldProblem> problems = new ArrayList<>();
        if (work == null) {
            problems.add(FieldProblem.of(prefix + "work", Bilingual.of("Jenis penugasan wajib diisi (VAKSINASI, "
                    + "PELAYANAN_KESEHATAN, PELAYANAN_KEPENDUDUKAN, PEMBELAJARAN, ADMINISTRASI)", "The kind of work is "
                    + "required (VAKSINASI, PELAYANAN_KESEHATAN, PELAYANAN_KEPENDUDUKAN, PEMBELAJARAN, ADMINISTRASI)")));
        }
        if (from == null) {
            problems.add(FieldProblem.of(prefix + "from", Bilingual.of("Tanggal mulai wajib diisi (YYYY-MM-DD)",
                    "The first day is required (YYYY-MM-DD)")));
        }
        if (until == null) {
            problems.add(FieldProblem.of(prefix + "until", Bilingual.of("Tanggal akhir wajib diisi (YYYY-MM-DD)",
                    "The last day is required (YYYY-MM-DD)")));
        } else if (from != null && until.isBefore(from)) {
            problems.add(FieldProblem.of(prefix + "until", Bilingual.of("Tanggal akhir " + until
                    + " sebelum tanggal mulai " + from, "The last day " + until + " is before the first day " + from)));
        } else if (from != null && new TemporaryTerms(work, from, until).days() > MAX_DAYS) {
            long days = new TemporaryTerms(work, from, until).days();
            problems.add(FieldProblem.of(prefix + "until", Bilingual.of("Periode " + from + " s.d. " + until + " "
                    + days + " hari; paling lama " + MAX_DAYS + " hari", "The period " + from + " to " + until + " has "
                    + days + " days; at most " + MAX_DAYS)));
        }
        return problems;
    }
}
