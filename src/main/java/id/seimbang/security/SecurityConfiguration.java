package id.seimbang.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;

/**
 * Two ways in, one set of rules ({@link AccessRules}):
 * <ul>
 * <li>API calls that carry credentials (HTTP Basic, {@code X-API-Key} or {@code Authorization: ApiKey})
 * are stateless: no session, no CSRF token (a browser never adds these headers to a cross-site
 * request on its own);</li>
 * <li>everything else is the browser: form login at {@code /login}, a session, and CSRF tokens on every
 * form and on the page scripts' fetch calls. API calls from the pages use that session, so they need the
 * token too.</li>
 * </ul>
 * Anonymous API calls get 401 problem+json, wrong roles 403 problem+json; pages redirect to the login.
 */
@Configuration
@EnableWebSecurity
// The lifecycle services check roles themselves too (@PreAuthorize): a routing mistake cannot grant a role.
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * The strict firewall (Spring's default) rejects encoded slashes, dots, semicolons, backslashes and
     * percent signs before any rule runs; its refusal is a 400 problem+json like every other bad input.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (request, response, e) -> problems.write(response, HttpStatus.BAD_REQUEST,
                Bilingual.of("Alamat permintaan ditolak", "Request address rejected"),
                FieldProblem.of("path", Bilingual.of(
                        "Alamat memuat karakter tersandi yang tidak diizinkan (mis. %2F, %2E, %3B, %25, %5C)",
                        "The address contains encoded characters that are not allowed (e.g. %2F, %2E, %3B, %25, %5C)")));
    }

    /**
     * No observations of Spring Security's own: with an observation registry present (actuator) it wraps each filter
     * of a chain, and the chain, authentication and authorization, in an observation on every request, and records
     * timers that no endpoint exposes (only health and info are): per-request work of every API call (issue 17; figures
     * in the README, "Benchmarks"). The request's own observation ({@code http.server.requests}) stays.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowUrlEncodedPercent(false);
        firewall.setAllowUrlEncodedSlash(false);
        firewall.setAllowUrlEncodedPeriod(false);
        firewall.setAllowSemicolon(false);
        firewall.setAllowBackSlash(false);
        return firewall;
    }

    /**
     * Password sign-in (form login and HTTP Basic) against the stored accounts, throttled after repeated failures
     * ({@link LoginThrottle}). Being the one AuthenticationProvider bean, it replaces the provider Spring Boot would
     * otherwise build from the UserDetailsService.
     */
    @Bean
    AuthenticationProvider passwordSignIn(AccountService accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(passwords);
        return new ThrottledAuthenticationProvider(dao, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt}... so that stored hashes say how they were made.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Content-Security-Policy of every answer: scripts, styles, images and connections from this server only (the
     * pages have no inline script; uPlot and the DMN editor are served from /vendor/), no page in a frame (with the default
     * X-Frame-Options: DENY), forms posting only here.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The DMN editor page only: KIE's standalone editor runs its envelope in an iframe it writes itself (srcdoc,
     * inline scripts, blob: workers) and its GWT code evaluates generated code, so this one page allows inline
     * scripts and eval, still only from this server.
     */
    static final String CSP_DMN_EDITOR = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' data: blob:; worker-src 'self' blob:; frame-src 'self' blob: data: about:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static void securityHeaders(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean dmnEditor = path.startsWith("/policies/drafts/") && path.endsWith("/editor");
        response.setHeader("Content-Security-Policy", dmnEditor ? CSP_DMN_EDITOR : CSP);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The API and its OpenAPI document, which tools fetch with the same credentials. */
    static boolean hasApiCredentials(HttpServletRequest request) {
        boolean machinePath = isApi(request)
                || request.getRequestURI().startsWith(request.getContextPath() + "/v3/api-docs");
        return machinePath && (request.getHeader("Authorization") != null
                || ApiKeyAuthenticationFilter.key(request).isPresent());
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiWithCredentials(HttpSecurity http, AccountService accounts, ProblemResponses problems)
            throws Exception {
        http.securityMatcher(SecurityConfiguration::hasApiCredentials)
                .authorizeHttpRequests(AccessRules::apply)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new ApiKeyAuthenticationFilter(accounts, problems), BasicAuthenticationFilter.class)
                .headers(headers -> headers.addHeaderWriter(SecurityConfiguration::securityHeaders))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, ProblemResponses problems, AccountService accounts)
            throws Exception {
        RequestMatcher api = SecurityConfiguration::isApi;
        // After a login the browser returns to the page it asked for; API calls are never replayed.
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(request -> !isApi(request) && "GET".equals(request.getMethod()));
        http.authorizeHttpRequests(AccessRules::apply)
                // Without a session there is nothing to forge: an anonymous API call gets its 401, not a 403.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> isApi(request) && request.getSession(false) == null))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        // Pages too: a browser gets the HTML error page naming the role (or the CSRF token, or 404).
                        .accessDeniedHandler(problems))
                .requestCache(cache -> cache.requestCache(pages))
                .headers(headers -> headers.addHeaderWriter(SecurityConfiguration::securityHeaders))
                // A session whose account was disabled since it signed in ends here, before any rule runs.
                .addFilterAfter(new DisabledAccountFilter(accounts), SecurityContextHolderFilter.class)
                .addFilterAfter(new SwaggerCsrfCookie(), AuthorizationFilter.class);
        return http.build();
    }
}
