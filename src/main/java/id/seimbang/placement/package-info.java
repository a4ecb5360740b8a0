/**
 * Placement: DMN decision tables, distance bands, memo.
 * <p>
 * Module map (docs/architecture.md): may depend on policy, workforce, system; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "placement", allowedDependencies = { "policy", "workforce", "system" })
package id.seimbang.placement;

import org.springframework.modulith.ApplicationModule;
