package id.seimbang.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form login and HTTP Basic) through {@link LoginThrottle}: an attempt that must still wait is
 * refused before the password is even checked, a wrong password counts as a failure, a right one clears the user
 * name's count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Refused without checking the password: too many failed attempts for this user name or address. */
    static final class Throttled extends AuthenticationException {
        private static final long serialVersionUID = 1L;

        Throttled(Duration wait) {
            super("Too many failed sign-in attempts; retry in " + Math.max(1, wait.toSeconds()) + " s");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            throw new Throttled(wait);
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
