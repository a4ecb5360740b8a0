package id.seimbang.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the browser session of an account that was disabled after it signed in (issue 15 M1): on every request
 * of a signed-in session the account's enabled flag is read ({@link AccountService#isDisabled}, cached for
 * {@link AccountService#ENABLED_CACHE_TIME} and cleared on this instance when an administrator disables someone),
 * and a disabled account's session is invalidated and its security context cleared before any rule runs, so the
 * request continues as anonymous: a page redirects to the login, an API call gets 401. It checks the account, not
 * the session store, so it works the same with sessions in memory or in a shared store.
 */
class DisabledAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DisabledAccountFilter.class);

    private final AccountService accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    DisabledAccountFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = contexts.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
                && accounts.isDisabled(signedIn.getName())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
            log.info("Ended the session of disabled account {}", signedIn.getName());
        }
        chain.doFilter(request, response);
    }
}
