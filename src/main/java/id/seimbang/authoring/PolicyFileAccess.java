package id.seimbang.authoring;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/**
 * Who may write a file of a draft: DRL (and anything that is not a decision table or the parameters file) is
 * code and needs a rule author; tables and parameters need a policy officer. One rule for the service methods'
 * {@code @PreAuthorize} and for the editor page that shows or hides its save button.
 */
@Component("policyFileAccess")
public class PolicyFileAccess {

    /** For method security: {@code @policyFileAccess.mayWrite(authentication, #path)}. */
    public boolean mayWrite(Authentication who, String path) {
        if (who == null) {
            return false;
        }
        Set<String> authorities = AuthorityUtils.authorityListToSet(who.getAuthorities());
        return mayWrite(role -> authorities.contains("ROLE_" + role), path);
    }

    /** @param hasRole whether the reader holds a role, by its name without prefix (e.g. the request's isUserInRole) */
    public boolean mayWrite(Predicate<String> hasRole, String path) {
        if (path == null) {
            return false;
        }
        if (hasRole.test("RULE_AUTHOR")) {
            return true;
        }
        String lower = path.strip().toLowerCase(Locale.ROOT);
        return hasRole.test("POLICY_OFFICER") && (lower.endsWith(".dmn") || lower.endsWith(".properties"));
    }
}
