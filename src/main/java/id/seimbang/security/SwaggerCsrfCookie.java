package id.seimbang.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Swagger UI's "Try it out" work in a signed-in browser session (issue 18 point 14). Requests from a session
 * need the session's CSRF token; Swagger UI (springdoc {@code swagger-ui.csrf.enabled}) copies the cookie
 * {@value #COOKIE} into the header {@code X-CSRF-TOKEN} of every request it sends. This filter writes that cookie,
 * holding a masked form of the session's token, when Swagger UI's page is loaded by someone allowed to see it
 * (it runs after the authorization filter); the token stays checked
 * against the session as on every page form. Scripts of other sites cannot read it (same-origin cookie, SameSite).
 */
class SwaggerCsrfCookie extends OncePerRequestFilter {

    /** springdoc's default cookie name (springdoc.swagger-ui.csrf.cookie-name). */
    static final String COOKIE = "XSRF-TOKEN";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) && request.getRequestURI().equals("/swagger-ui/index.html"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, token.getToken())
                    .path("/").sameSite("Strict").secure(request.isSecure()).httpOnly(false).build().toString());
        }
        chain.doFilter(request, response);
    }
}
