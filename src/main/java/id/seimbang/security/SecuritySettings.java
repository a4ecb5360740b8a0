package id.seimbang.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code seimbang.security.admin-password}: the password of the {@code admin} account created on first
 * start (env {@code SEIMBANG_SECURITY_ADMIN_PASSWORD}); without it a random one is written once to the
 * log. {@code seimbang.security.max-body-size}: largest non-multipart request body (413 above it;
 * above the 5 MB a policy file may have).
 */
@ConfigurationProperties("seimbang.security")
public record SecuritySettings(
        String adminPassword,
        @DefaultValue("6MB") DataSize maxBodySize) {
}
