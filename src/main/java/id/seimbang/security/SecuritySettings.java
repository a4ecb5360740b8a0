package id.seimbang.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code seimbang.security.admin-password}: the password of the {@code admin} account created on first
 * start (env {@code SEIMBANG_SECURITY_ADMIN_PASSWORD}); without it a random one is written once to the
 * log. (The body limit, {@code seimbang.security.max-body-size}, is read by {@link RequestBodyLimitFilter}.)
 */
@ConfigurationProperties("seimbang.security")
record SecuritySettings(String adminPassword) {
}
