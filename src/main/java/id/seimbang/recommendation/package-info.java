/**
 * Recommendation: decisions, explanation, replay.
 * <p>
 * Module map (docs/architecture.md): may depend on temporary, eligibility, placement, balance, audit, policy, workforce, system; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "recommendation", allowedDependencies = { "temporary", "eligibility", "placement", "balance", "audit", "policy", "workforce", "system" })
package id.seimbang.recommendation;

import org.springframework.modulith.ApplicationModule;
