/**
 * Audit: the append-only hash-chained trail, shared facts snapshots, verification.
 * <p>
 * Module map (docs/architecture.md): may depend on system; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "audit", allowedDependencies = { "system" })
package id.seimbang.audit;

import org.springframework.modulith.ApplicationModule;
