package id.seimbang.system;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where errors become {@code application/problem+json}: a title, a detail in
 * Indonesian and English, and the list of {@code errors} naming each field and its reason.
 * Stack traces never leave the server.
 */
@RestControllerAdvice
// Before Spring's own ProblemDetails advice (spring.mvc.problemdetails.enabled), which would answer
// bean-validation errors without naming the fields.
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return problem(status(e.kind()), e.title(), e.problems());
    }

    /** 429 with the seconds to wait in {@code Retry-After}. */
    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RateLimitedException.seconds(e.retryAfter())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(HttpStatus.TOO_MANY_REQUESTS, e.title(), e.problems()));
    }

    /** The one mapping from the domain's kinds of refusal to HTTP. */
    public static HttpStatus status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_SIGNED_IN -> HttpStatus.UNAUTHORIZED;
            case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldProblem.of(f.getField(), Bilingual.split(String.valueOf(f.getDefaultMessage()))))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, invalid(), problems);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<FieldProblem> problems = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> FieldProblem.of(
                        r.getMethodParameter().getParameterName(), Bilingual.split(String.valueOf(err.getDefaultMessage())))))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, invalid(), problems);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        List<FieldProblem> problems = e.getConstraintViolations().stream()
                .map(v -> FieldProblem.of(v.getPropertyPath().toString(), Bilingual.split(v.getMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, invalid(), problems);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException) {
                return bodyTooLarge();
            }
        }
        String field = "body";
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            field = jsonPath(mismatch);
        }
        String path = field;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && "body".equals(path)) {
                path = jsonPath(mapping);
            }
            if (cause instanceof DomainException refused) {
                // A fact record refused its own values while the body was read: its fields, under the JSON path.
                String at = path;
                return problem(status(refused.kind()), refused.title(), refused.problems().stream()
                        .map(p -> new FieldProblem(at + "." + p.field(), p.reason(), p.reasonEn())).toList());
            }
        }
        if (e.getCause() instanceof InvalidFormatException invalid && isDate(invalid.getTargetType())) {
            return problem(HttpStatus.BAD_REQUEST, invalid(), List.of(FieldProblem.of(field, badDate(invalid.getValue()))));
        }
        JsonParseException parse = null;
        for (Throwable cause = e.getCause(); cause != null && parse == null; cause = cause.getCause()) {
            parse = cause instanceof JsonParseException p ? p : null;
        }
        if (parse != null && parse.getLocation() != null) {
            // Malformed JSON: where the parser stopped, so the caller can find the typo.
            JsonLocation at = parse.getLocation();
            String what = parse.getOriginalMessage();
            return problem(HttpStatus.BAD_REQUEST, invalid(), List.of(new FieldProblem(field,
                    "JSON tidak valid pada baris " + at.getLineNr() + ", kolom " + at.getColumnNr(),
                    "Malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + " (" + what + ")")));
        }
        String value = e.getCause() instanceof InvalidFormatException invalid
                ? " ('" + invalid.getValue() + "')" : "";
        return problem(HttpStatus.BAD_REQUEST, invalid(), List.of(new FieldProblem(field,
                "Nilai tidak dapat dibaca atau formatnya salah" + value,
                "Value is unreadable or has the wrong format" + value)));
    }

    /** {@code employee.sanctions[0]}: where in the body Jackson was when it failed. */
    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
    }

    private static boolean isDate(Class<?> type) {
        return type == LocalDate.class;
    }

    /** The expected form and the value the caller sent. */
    static Bilingual badDate(Object value) {
        return Bilingual.of("Tanggal harus berbentuk yyyy-mm-dd (misalnya 2026-03-31), bukan '" + value + "'",
                "A date must have the form yyyy-mm-dd (e.g. 2026-03-31), not '" + value + "'");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, invalid(), List.of(new FieldProblem(e.getParameterName(),
                "Parameter wajib diisi", "Parameter is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (isDate(e.getRequiredType())) {
            return problem(HttpStatus.BAD_REQUEST, invalid(), List.of(FieldProblem.of(e.getName(), badDate(e.getValue()))));
        }
        return problem(HttpStatus.BAD_REQUEST, invalid(), List.of(new FieldProblem(e.getName(),
                "Nilai '" + e.getValue() + "' tidak sesuai format", "Value '" + e.getValue() + "' has the wrong format")));
    }

    /** An upload endpoint called without a multipart body (MaxUploadSizeExceededException, a subtype, is above). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(org.springframework.web.multipart.MultipartException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Bilingual.of("Jenis isi tidak didukung",
                "Unsupported content type"), List.of(new FieldProblem("Content-Type",
                        "Unggahan harus dikirim sebagai multipart/form-data",
                        "An upload must be sent as multipart/form-data")));
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(
            org.springframework.web.multipart.support.MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, invalid(), List.of(new FieldProblem(e.getRequestPartName(),
                "Bagian unggahan wajib diisi", "The upload part is required")));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, Bilingual.of("Berkas terlalu besar", "Upload too large"),
                List.of(new FieldProblem("file", "Ukuran unggahan melebihi batas", "Upload exceeds the size limit")));
    }

    /** A chunked body (no Content-Length) that grew past the limit while a controller read it. */
    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge() {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, BODY_TOO_LARGE, List.of(BODY_LIMIT));
    }

    /** Shared with the filter that refuses a too-large Content-Length before anything reads the body. */
    public static final Bilingual BODY_TOO_LARGE = Bilingual.of("Isi permintaan terlalu besar", "Request body too large");
    public static final FieldProblem BODY_LIMIT = new FieldProblem("body",
            "Ukuran isi permintaan melebihi batas (seimbang.security.max-body-size)",
            "Request body exceeds the limit (seimbang.security.max-body-size)");

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, Bilingual.of("Tidak ditemukan", "Not found"),
                List.of(new FieldProblem("path", "Alamat tidak dikenal", "Unknown path")));
    }

    /** A method-level security check (the filter chain answers the URL rules itself, with the same body). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, Bilingual.of("Akses ditolak", "Access denied"),
                List.of(new FieldProblem("role", "Peran Anda tidak mengizinkan permintaan ini",
                        "Your roles do not allow this request")));
    }

    /** A body in a format the endpoint does not read: 415 naming what it reads. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException e) {
        String sent = e.getContentType() == null ? "(none)" : e.getContentType().toString();
        String supported = MediaType.toString(e.getSupportedMediaTypes());
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Bilingual.of("Jenis isi tidak didukung",
                "Unsupported content type"), List.of(new FieldProblem("Content-Type",
                        "Jenis isi " + sent + " tidak didukung di sini; gunakan " + supported,
                        "Content type " + sent + " is not supported here; use " + supported)));
    }

    /**
     * An Accept header that excludes everything the endpoint writes: 406. Written directly as problem+json, because
     * the converters would refuse the problem body for the same Accept header.
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletResponse response) throws IOException {
        String supported = MediaType.toString(e.getSupportedMediaTypes());
        writeDirectly(response, HttpStatus.NOT_ACCEPTABLE, Bilingual.of("Format jawaban tidak tersedia",
                "Response format not available"), List.of(new FieldProblem("Accept",
                        "Jawaban tersedia sebagai " + supported, "The response is available as " + supported)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        String allowed = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().toString();
        return problem(HttpStatus.METHOD_NOT_ALLOWED, Bilingual.of("Metode tidak diizinkan", "Method not allowed"),
                List.of(new FieldProblem("method", "Metode " + e.getMethod() + " tidak diizinkan di sini " + allowed,
                        "Method " + e.getMethod() + " is not allowed here " + allowed)));
    }

    /** With Spring's mix-in, so that {@code errors} is a top-level member as in every other problem body. */
    private static final com.fasterxml.jackson.databind.ObjectMapper PROBLEM_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper().addMixIn(ProblemDetail.class,
                    org.springframework.http.converter.json.ProblemDetailJacksonMixin.class);

    /** For answers whose body the message converters cannot be asked to write. */
    public static void writeDirectly(HttpServletResponse response, HttpStatus status, Bilingual title,
            List<FieldProblem> problems) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        PROBLEM_JSON.writeValue(response.getOutputStream(), detail(status, title, problems));
    }

    /**
     * The client went away while the answer was written (a closed tab, a timed-out caller): nothing to answer and
     * nothing wrong with the service, so no ERROR and no stack trace.
     */
    static boolean isClientDisconnect(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.equals("org.apache.catalina.connector.ClientAbortException")
                    || name.equals("org.springframework.web.context.request.async.AsyncRequestNotUsableException")) {
                return true;
            }
            String message = cause.getMessage();
            if (cause instanceof IOException && message != null
                    && (message.contains("Broken pipe") || message.contains("Connection reset by peer"))) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (isClientDisconnect(e)) {
            log.debug("Client disconnected: {}", e.toString());
            return null;
        }
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                Bilingual.of("Kesalahan internal", "Internal error"), List.of());
    }

    private static Bilingual invalid() {
        return Bilingual.of("Permintaan tidak valid", "Invalid request");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, Bilingual title, List<FieldProblem> problems) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                && current.getResponse() != null && wantsPage(current.getRequest())) {
            try {
                sendPage(current.getRequest(), current.getResponse(), status, title, problems);
                return null;
            } catch (IOException | IllegalStateException committed) {
                // Too late for an error page: the problem+json body below is the best left.
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(status, title, problems));
    }

    /** Request attributes read by the error page ({@code templates/error.html}). */
    public static final String TITLE_ATTRIBUTE = "seimbangTitle";
    public static final String PROBLEMS_ATTRIBUTE = "seimbangProblems";

    /**
     * A browser asking for a page (not an {@code /api/} call, Accept naming text/html): it gets the HTML error page
     * in the reader's language with a way back, never raw JSON.
     */
    public static boolean wantsPage(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /** Hands the problem to the servlet container's error page (Spring Boot's {@code /error}, view "error"). */
    public static void sendPage(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            Bilingual title, List<FieldProblem> problems) throws IOException {
        request.setAttribute(TITLE_ATTRIBUTE, title);
        request.setAttribute(PROBLEMS_ATTRIBUTE, problems);
        response.sendError(status.value());
    }

    /** The problem body, also written by the security filters that answer before any controller runs. */
    public static ProblemDetail detail(HttpStatus status, Bilingual title, List<FieldProblem> problems) {
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setTitle(title.joined());
        body.setDetail(problems.isEmpty() ? title.joined()
                : problems.get(0).field() + ": " + problems.get(0).reason() + " / " + problems.get(0).reasonEn()
                        + (problems.size() > 1 ? " (+" + (problems.size() - 1) + ")" : ""));
        body.setProperty("errors", problems);
        return body;
    }
}
