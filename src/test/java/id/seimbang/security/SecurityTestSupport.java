package id.seimbang.security;

/** The first-start admin password the security integration tests configure. */
public final class SecurityTestSupport {

    /** The first-start admin's password, from configuration as an operator would set it. */
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    private SecurityTestSupport() {
    }
}
