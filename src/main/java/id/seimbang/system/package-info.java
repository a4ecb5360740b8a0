/**
 * System: errors as problem+json, clock, bilingual text, page support.
 * <p>
 * Module map (docs/architecture.md): may depend on nothing; {@code ModularityTests} keeps it.
 */
@ApplicationModule(displayName = "system", allowedDependencies = {})
package id.seimbang.system;

import org.springframework.modulith.ApplicationModule;
