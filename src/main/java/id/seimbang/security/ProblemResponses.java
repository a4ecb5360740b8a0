package id.seimbang.security;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.InvalidCsrfTokenException;
import org.springframework.security.web.csrf.MissingCsrfTokenException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;
import id.seimbang.system.ProblemHandler;

/**
 * 401, 403 and 404 answered by the security filters as {@code application/problem+json}, like every other
 * error. Security answers before any controller, so {@link ProblemHandler} never sees these. Each answer says
 * what to fix: credentials refused rather than missing, the CSRF token, the role a request needs, or a path
 * that does not exist at all (refused by the catch-all rule, but a 404 to the caller).
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final ObjectProvider<RequestMappingHandlerMapping> endpoints;

    ProblemResponses(ObjectMapper json,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> endpoints) {
        this.json = json;
        this.endpoints = endpoints;
    }

    /** 401: no or wrong credentials. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // Deliberately not "Basic": a browser would prompt, then send the cached password with every request to
        // this site, cross-site forms included, and Basic requests skip the CSRF check. Clients send Basic unasked.
        response.setHeader("WWW-Authenticate", "ApiKey realm=\"seimbang\"");
        if (e instanceof BadCredentialsException || e instanceof AccountStatusException) {
            boolean key = ApiKeyAuthenticationFilter.key(request).isPresent();
            write(response, HttpStatus.UNAUTHORIZED, Bilingual.of("Kredensial ditolak", "Credentials refused"),
                    key ? FieldProblem.of(ApiKeyAuthenticationFilter.HEADER, Bilingual.of(
                                    "Kunci API tidak dikenal atau klien dinonaktifkan",
                                    "Unknown API key or disabled client"))
                        : FieldProblem.of("Authorization", Bilingual.of(
                                    "Nama pengguna atau kata sandi salah, atau akun dinonaktifkan",
                                    "Wrong user name or password, or the account is disabled")));
            return;
        }
        write(response, HttpStatus.UNAUTHORIZED, Bilingual.of("Perlu autentikasi", "Authentication required"),
                FieldProblem.of("Authorization", Bilingual.of(
                        "Kirim HTTP Basic (pengguna:kata sandi) atau header X-API-Key, atau masuk lewat /login",
                        "Send HTTP Basic (user:password) or an X-API-Key header, or sign in at /login")));
    }

    /**
     * 403 (missing role or CSRF token), or 404 for a path no endpoint serves; a browser asking for a page gets the
     * HTML error page with the same words.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Refusal refusal = refusal(request, e);
        if (ProblemHandler.wantsPage(request)) {
            ProblemHandler.sendPage(request, response, refusal.status(), refusal.title(), List.of(refusal.problem()));
            return;
        }
        write(response, refusal.status(), refusal.title(), refusal.problem());
    }

    /** What a refused request is told: also the content of the HTML error page for browsers. */
    record Refusal(HttpStatus status, Bilingual title, FieldProblem problem) {
    }

    Refusal refusal(HttpServletRequest request, AccessDeniedException e) {
        if (e instanceof MissingCsrfTokenException) {
            return new Refusal(HttpStatus.FORBIDDEN, Bilingual.of("Token CSRF tidak ada", "CSRF token missing"),
                    FieldProblem.of("_csrf", Bilingual.of(
                            "Permintaan dari sesi browser harus membawa token CSRF (kolom _csrf atau header X-CSRF-TOKEN); "
                                    + "muat ulang halaman lalu coba lagi",
                            "A request from a browser session must carry the CSRF token (field _csrf or header "
                                    + "X-CSRF-TOKEN); reload the page and try again")));
        }
        if (e instanceof InvalidCsrfTokenException) {
            return new Refusal(HttpStatus.FORBIDDEN, Bilingual.of("Token CSRF salah", "CSRF token wrong"),
                    FieldProblem.of("_csrf", Bilingual.of(
                            "Token CSRF tidak cocok dengan sesi (mungkin sesi sudah berganti); muat ulang halaman lalu coba lagi",
                            "The CSRF token does not match the session (it may have changed); reload the page and try again")));
        }
        if (!isKnownPath(request)) {
            return new Refusal(HttpStatus.NOT_FOUND, Bilingual.of("Tidak ditemukan", "Not found"),
                    FieldProblem.of("path", Bilingual.of("Alamat tidak dikenal: " + request.getRequestURI(),
                            "Unknown path: " + request.getRequestURI())));
        }
        String needed = neededRoles(e);
        String yours = callerRoles();
        if (needed.isEmpty()) {
            return new Refusal(HttpStatus.FORBIDDEN, Bilingual.of("Akses ditolak", "Access denied"),
                    FieldProblem.of("role", Bilingual.of("Peran Anda (" + yours + ") tidak mengizinkan permintaan ini",
                            "Your roles (" + yours + ") do not allow this request")));
        }
        return new Refusal(HttpStatus.FORBIDDEN, Bilingual.of("Akses ditolak", "Access denied"),
                FieldProblem.of("role", Bilingual.of(
                        "Permintaan ini memerlukan peran " + needed + "; peran Anda: " + yours,
                        "This request needs the role " + needed + "; your roles: " + yours)));
    }

    /** The roles the refusing rule asked for ("A atau B"), from the authorization decision, if it says. */
    static String neededRoles(AccessDeniedException e) {
        if (e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision) {
            return roleNames(decision.getAuthorities());
        }
        return "";
    }

    private static String callerRoles() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String roles = caller == null ? "" : roleNames(caller.getAuthorities());
        return roles.isEmpty() ? "-" : roles;
    }

    private static String roleNames(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length())).sorted().collect(Collectors.joining(", "));
    }

    /** True unless no controller or actuator endpoint serves this path, for any method. */
    boolean isKnownPath(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/actuator")) {
            return true;
        }
        RequestMappingHandlerMapping mapping = endpoints.getIfAvailable();
        if (mapping == null) {
            return true;
        }
        Object previous = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            return mapping.getHandler(request) != null;
        } catch (Exception knownButNotForThisMethod) {
            // e.g. HttpRequestMethodNotSupportedException: the path exists.
            return true;
        } finally {
            request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, previous);
        }
    }

    void write(HttpServletResponse response, HttpStatus status, Bilingual title, FieldProblem problem)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ProblemHandler.detail(status, title, List.of(problem)));
    }
}
