/**
 * Security: accounts, roles, API keys, access rules, request limits.
 * <p>
 * Module map (docs/architecture.md): may depend on system; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "security", allowedDependencies = { "system" })
package id.seimbang.security;

import org.springframework.modulith.ApplicationModule;
