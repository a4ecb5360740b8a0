package id.seimbang.authoring.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in for the sign-in of the security module in browser tests: the request's user is the value of the
 * {@code test-user} cookie, or "alice" without one. Only in test sources; the application reads
 * {@link Principal} and nothing else.
 */
@TestConfiguration
class TestUsers {

    static final String COOKIE = "test-user";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> testUserFilter() {
        return new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String name = "alice";
                if (request.getCookies() != null) {
                    for (Cookie c : request.getCookies()) {
                        if (COOKIE.equals(c.getName())) {
                            name = c.getValue();
                        }
                    }
                }
                String user = name;
                chain.doFilter(new HttpServletRequestWrapper(request) {
                    @Override
                    public Principal getUserPrincipal() {
                        return () -> user;
                    }
                }, response);
            }
        });
    }
}
