/**
 * Plan: region-wide transfer plans, exact optimiser, jobs, pages.
 * <p>
 * Module map (docs/architecture.md): may depend on temporary, eligibility, placement, balance, audit, policy, workforce, system; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "plan", allowedDependencies = { "temporary", "eligibility", "placement", "balance", "audit", "policy", "workforce", "system" })
package id.seimbang.plan;

import org.springframework.modulith.ApplicationModule;
