package id.seimbang.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;
import id.seimbang.system.ProblemHandler;

/**
 * 401 and 403 for the API as {@code application/problem+json}, like every other error. Security answers
 * before any controller, so {@link ProblemHandler} never sees these.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** 401: no or wrong credentials. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // Deliberately not "Basic": a browser would prompt, then send the cached password with every request to
        // this site, cross-site forms included, and Basic requests skip the CSRF check. Clients send Basic unasked.
        response.setHeader("WWW-Authenticate", "ApiKey realm=\"seimbang\"");
        write(response, HttpStatus.UNAUTHORIZED, Bilingual.of("Perlu autentikasi", "Authentication required"),
                FieldProblem.of("Authorization", Bilingual.of(
                        "Kirim HTTP Basic (pengguna:kata sandi) atau header X-API-Key, atau masuk lewat /login",
                        "Send HTTP Basic (user:password) or an X-API-Key header, or sign in at /login")));
    }

    /** 403: known caller without a role that this endpoint allows. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, Bilingual.of("Akses ditolak", "Access denied"),
                FieldProblem.of("role", Bilingual.of("Peran Anda tidak mengizinkan permintaan ini",
                        "Your roles do not allow this request")));
    }

    void write(HttpServletResponse response, HttpStatus status, Bilingual title, FieldProblem problem)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemHandler.detail(status, title, List.of(problem)));
    }
}
