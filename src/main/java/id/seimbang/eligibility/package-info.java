/**
 * Eligibility: DRL rules evaluated on employee and move facts.
 * <p>
 * Module map (docs/architecture.md): may depend on policy, workforce, system; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "eligibility", allowedDependencies = { "policy", "workforce", "system" })
package id.seimbang.eligibility;

import org.springframework.modulith.ApplicationModule;
