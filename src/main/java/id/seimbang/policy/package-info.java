/**
 * Policy kernel: snapshot, compiler, parameters, versions, safety checks.
 * <p>
 * Module map (docs/architecture.md): may depend on workforce, system; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "policy", allowedDependencies = { "workforce", "system" })
package id.seimbang.policy;

import org.springframework.modulith.ApplicationModule;
