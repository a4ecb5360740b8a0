package id.seimbang.authoring;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Policy authoring settings under {@code seimbang.policy}.
 *
 * @param scenariosDir  folder of the shipped scenario files run against every draft
 * @param watch         create a validated draft whenever files under rules/ or decision-tables/ change
 * @param impactListed  how many changed employees an impact report names (all are counted)
 * @param impactThreads threads of the {@code impact-worker} pool: few, since the machine also serves decisions
 */
@ConfigurationProperties("seimbang.policy")
record LifecycleProperties(
        @DefaultValue("tests-data/scenarios") Path scenariosDir,
        @DefaultValue("false") boolean watch,
        @DefaultValue("200") int impactListed,
        @DefaultValue("2") int impactThreads) {
}
