package id.seimbang.security;

import java.util.Arrays;
import java.util.EnumSet;

import org.springframework.context.ApplicationContext;

/** Accounts for tests: the first-start admin password they configure, and users with chosen roles. */
public final class SecurityTestSupport {

    /** The first-start admin's password, from configuration as an operator would set it. */
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    /** Every role a person can have: enough for any page. */
    public static final Role[] ALL_PEOPLE_ROLES = AccessRules.PEOPLE;

    private SecurityTestSupport() {
    }

    /** Creates a machine client with these roles and returns its API key (shown once, as to an administrator). */
    public static String createClientKey(ApplicationContext context, String clientId, Role... roles) {
        return context.getBean(AccountService.class)
                .createClient(clientId, clientId, EnumSet.copyOf(Arrays.asList(roles)), "test").apiKey();
    }

    /** Creates the user in the application's database unless it exists (a cached context is reused). */
    public static void ensureUser(ApplicationContext context, String username, String password, Role... roles) {
        AccountService accounts = context.getBean(AccountService.class);
        if (accounts.users().stream().noneMatch(u -> u.username().equals(username))) {
            accounts.createUser(username, password, EnumSet.copyOf(Arrays.asList(roles)), "test");
        }
    }
}
