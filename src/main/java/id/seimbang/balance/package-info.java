/**
 * Balance: workload model, /balance, /units, dashboard.
 * <p>
 * Module map (docs/architecture.md): may depend on workforce, policy, system; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "balance", allowedDependencies = { "workforce", "policy", "system" })
package id.seimbang.balance;

import org.springframework.modulith.ApplicationModule;
