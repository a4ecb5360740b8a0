/**
 * Authoring: drafts, checks, scenarios, impact, four eyes, policy pages.
 * <p>
 * Module map (docs/architecture.md): may depend on recommendation, plan, eligibility, placement, balance, audit, policy, workforce, system; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "authoring", allowedDependencies = { "recommendation", "plan", "eligibility", "placement", "balance", "audit", "policy", "workforce", "system" })
package id.seimbang.authoring;

import org.springframework.modulith.ApplicationModule;
