/**
 * Temporary: temporary assignments (penugasan sementara, issue 20 point 2), an employee assigned for a period to
 * another unit while keeping the home position. Evaluates one assignment with the policy's temporary-assignment
 * rules (DRL, eligibility) and fit table (DMN, placement). Declares {@link id.seimbang.temporary.RunningAssignments},
 * the one source of running assignments that every home-cell floor counts; module plan implements it.
 * <p>
 * Module map (docs/architecture.md): may depend on eligibility, placement, balance, policy, workforce, system;
 * {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "temporary", allowedDependencies = { "eligibility", "placement", "balance", "policy", "workforce", "system" })
package id.seimbang.temporary;

import org.springframework.modulith.ApplicationModule;
