package id.seimbang.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request the service refuses for a reason the caller can fix. Rendered as
 * {@code application/problem+json} by {@link ProblemHandler}, with every field problem listed.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final Bilingual title;
    private final List<FieldProblem> problems;

    public ApiException(HttpStatus status, Bilingual title, List<FieldProblem> problems) {
        super(title.joined());
        this.status = status;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public static ApiException notFound(String field, String value) {
        return new ApiException(HttpStatus.NOT_FOUND,
                Bilingual.of("Data tidak ditemukan", "Not found"),
                List.of(FieldProblem.of(field, Bilingual.of(
                        "'" + value + "' tidak ditemukan", "'" + value + "' was not found"))));
    }

    public static ApiException badRequest(String field, Bilingual reason) {
        return new ApiException(HttpStatus.BAD_REQUEST,
                Bilingual.of("Permintaan tidak valid", "Invalid request"),
                List.of(FieldProblem.of(field, reason)));
    }

    public static ApiException conflict(String field, Bilingual reason) {
        return new ApiException(HttpStatus.CONFLICT,
                Bilingual.of("Konflik dengan keadaan saat ini", "Conflict with the current state"),
                List.of(FieldProblem.of(field, reason)));
    }

    public HttpStatus status() {
        return status;
    }

    public Bilingual title() {
        return title;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
