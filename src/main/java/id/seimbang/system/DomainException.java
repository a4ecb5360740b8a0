package id.seimbang.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request the service refuses for a reason the caller can fix, said in the domain's words: what kind of
 * refusal, a bilingual title and every field problem. Only {@link ProblemHandler} turns the kind into an HTTP
 * status and {@code application/problem+json}; domain code never knows HTTP.
 */
public class DomainException extends RuntimeException {

    /** Why the request is refused. */
    public enum Kind {
        /** The input is malformed or breaks a rule of its own (400). */
        INVALID_INPUT,
        /** The caller must sign in first (401). */
        NOT_SIGNED_IN,
        /** The caller may not do this, e.g. the four-eyes principle (403). */
        NOT_PERMITTED,
        /** Something named does not exist (404). */
        NOT_FOUND,
        /** The current state does not allow it, e.g. a draft no longer editable (409). */
        CONFLICT,
        /** The input or its content is too large (413). */
        TOO_LARGE,
        /** The caller asked too often; it may retry later (429 with Retry-After, see {@link RateLimitedException}). */
        TOO_MANY_REQUESTS,
        /** Well-formed, but refused after evaluation, e.g. a policy that fails its checks (422). */
        UNPROCESSABLE,
        /** A part the request needs is not ready, e.g. no policy compiled yet (503). */
        UNAVAILABLE
    }

    private final Kind kind;
    private final Bilingual title;
    private final List<FieldProblem> problems;

    public DomainException(Kind kind, Bilingual title, List<FieldProblem> problems) {
        super(title.joined());
        this.kind = kind;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public static DomainException notFound(String field, String value) {
        return new DomainException(Kind.NOT_FOUND,
                Bilingual.of("Data tidak ditemukan", "Not found"),
                List.of(FieldProblem.of(field, Bilingual.of(
                        "'" + value + "' tidak ditemukan", "'" + value + "' was not found"))));
    }

    public static DomainException badRequest(String field, Bilingual reason) {
        return new DomainException(Kind.INVALID_INPUT,
                Bilingual.of("Permintaan tidak valid", "Invalid request"),
                List.of(FieldProblem.of(field, reason)));
    }

    public static DomainException conflict(String field, Bilingual reason) {
        return new DomainException(Kind.CONFLICT,
                Bilingual.of("Konflik dengan keadaan saat ini", "Conflict with the current state"),
                List.of(FieldProblem.of(field, reason)));
    }

    public Kind kind() {
        return kind;
    }

    public Bilingual title() {
        return title;
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** For a page's message box: the title, then "field: reason" for each problem, in the reader's language. */
    public List<String> lines(Locale reader) {
        boolean english = "en".equals(reader.getLanguage());
        List<String> lines = new ArrayList<>();
        lines.add(english ? title.en() : title.id());
        problems.forEach(p -> lines.add(p.field() + ": " + (english ? p.reasonEn() : p.reason())));
        return lines;
    }

    /** For errors shown beside a form's fields: field → "reason / reason in English", several joined by "; ". */
    public Map<String, String> reasonsByField() {
        Map<String, String> reasons = new LinkedHashMap<>();
        problems.forEach(p -> reasons.merge(p.field(), p.reason() + " / " + p.reasonEn(), (a, b) -> a + "; " + b));
        return reasons;
    }
}
