package id.seimbang.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * First start (no account at all): creates {@code admin} with role ADMIN. Its password comes from
 * {@code seimbang.security.admin-password}, or is random and written to the log this one time. The code
 * holds no default password; later starts leave existing accounts alone.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final SecuritySettings settings;

    AdminBootstrap(AccountService accounts, SecuritySettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasUsers()) {
            return;
        }
        String configured = settings.adminPassword();
        boolean random = configured == null || configured.isBlank();
        String password = random ? randomPassword() : configured;
        accounts.createUser(ADMIN, password, EnumSet.of(Role.ADMIN), "system (first start)");
        if (random) {
            log.warn("\n\n  First start: created user '{}' with password {}\n  It is shown only this once. Create "
                    + "personal accounts with POST /api/v1/admin/users, then disable or keep '{}' safe.\n", ADMIN,
                    password, ADMIN);
        } else {
            log.info("First start: created user '{}' with the password from seimbang.security.admin-password", ADMIN);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
