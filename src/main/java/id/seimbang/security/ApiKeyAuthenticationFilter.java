package id.seimbang.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * API clients authenticate with {@code X-API-Key: <key>} or {@code Authorization: ApiKey <key>}. The key
 * is hashed and looked up; the principal's name is the client id (so audit records name the client).
 * A request carrying a wrong key is refused at once with 401 rather than treated as anonymous.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    static final String SCHEME = "ApiKey ";

    private final AccountService accounts;
    private final ProblemResponses problems;

    ApiKeyAuthenticationFilter(AccountService accounts, ProblemResponses problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    static Optional<String> key(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return Optional.of(header.strip());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.of(authorization.substring(SCHEME.length()).strip());
        }
        return Optional.empty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> key = key(request);
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Accounts.Client> client = accounts.authenticateKey(key.get());
        if (client.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, new BadCredentialsException("Unknown or disabled API key"));
            return;
        }
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                client.get().clientId(), null,
                client.get().roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
