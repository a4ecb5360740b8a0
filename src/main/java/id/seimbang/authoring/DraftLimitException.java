package id.seimbang.authoring;

import java.util.List;

import id.seimbang.policy.PolicyProblem;
import id.seimbang.system.Bilingual;
import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;

/**
 * A draft run stopped because it went over a limit of its worker: too slow (the wall-clock limit) or too large (the
 * heap). 422 problem+json naming the limit and its setting; the draft's validation records the same problem.
 */
class DraftLimitException extends DomainException {

    private final String setting;
    private final Bilingual reason;

    private DraftLimitException(Bilingual title, String setting, Bilingual reason) {
        super(Kind.UNPROCESSABLE, title, List.of(FieldProblem.of(setting, reason)));
        this.setting = setting;
        this.reason = reason;
    }

    /** Over {@code setting}'s limit while {@code phase} (e.g. "mengompilasi" / "compiling") was running. */
    static DraftLimitException tooSlow(Bilingual run, Bilingual phase, String setting, long limitMillis,
            long elapsedMillis) {
        String limit = seconds(limitMillis);
        return new DraftLimitException(
                Bilingual.of("Evaluasi draf dihentikan: terlalu lambat", "Draft evaluation stopped: too slow"),
                setting, Bilingual.of(
                        "Terlalu lambat: " + run.id() + " tidak selesai " + phase.id() + " dalam batas waktu " + limit
                                + " (" + setting + ") dan dihentikan setelah " + seconds(elapsedMillis)
                                + "; periksa perulangan atau rekursi dalam aturan dan tabel",
                        "Too slow: " + run.en() + " did not finish " + phase.en() + " within the time limit of "
                                + limit + " (" + setting + ") and was stopped after " + seconds(elapsedMillis)
                                + "; look for loops or recursion in the rules and tables"));
    }

    static DraftLimitException tooLarge(Bilingual run, long maxHeapBytes) {
        String limit = (maxHeapBytes >> 20) + " MB";
        return new DraftLimitException(
                Bilingual.of("Evaluasi draf dihentikan: terlalu besar", "Draft evaluation stopped: too large"),
                WorkerProperties.MAX_HEAP, Bilingual.of(
                        "Terlalu besar: " + run.id() + " memerlukan lebih dari batas memori " + limit + " ("
                                + WorkerProperties.MAX_HEAP + ") dan dihentikan; periksa daftar yang tumbuh dalam "
                                + "aturan dan tabel",
                        "Too large: " + run.en() + " needed more than the memory limit of " + limit + " ("
                                + WorkerProperties.MAX_HEAP + ") and was stopped; look for lists that grow in the "
                                + "rules and tables"));
    }

    /** The same refusal as a problem of the draft's validation report. */
    PolicyProblem asPolicyProblem() {
        return new PolicyProblem(null, null, null, "ERROR", reason.id() + " / " + reason.en());
    }

    String setting() {
        return setting;
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
