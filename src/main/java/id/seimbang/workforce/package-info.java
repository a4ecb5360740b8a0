/**
 * Workforce: facts, CSV import, sample province, scope.
 * <p>
 * Module map (docs/architecture.md): may depend on audit, system; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "workforce", allowedDependencies = { "audit", "system" })
package id.seimbang.workforce;

import org.springframework.modulith.ApplicationModule;
