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
 * @param equity        thresholds of the equity report of an impact analysis
 */
@ConfigurationProperties("seimbang.policy")
record LifecycleProperties(
        @DefaultValue("tests-data/scenarios") Path scenariosDir,
        @DefaultValue("false") boolean watch,
        @DefaultValue("200") int impactListed,
        @DefaultValue("2") int impactThreads,
        @DefaultValue Equity equity) {

    /**
     * Thresholds of the equity report ({@link EquityReport}) under {@code seimbang.policy.equity}. They are the
     * operator's configuration, not policy parameters: they judge a draft, so a draft must not carry its own (a
     * change of {@code rules/parameters.properties} could otherwise loosen the check on itself, and the approver
     * would see a clean report).
     *
     * @param fourFifths   a group is flagged on an adverse outcome when its disparity ratio is above
     *                     {@code 1 / fourFifths} (0.8: above 1.25)
     * @param minGroupSize groups with fewer members are shown as too small and never flagged
     */
    record Equity(@DefaultValue("0.8") double fourFifths, @DefaultValue("30") int minGroupSize) {

        /** Refused at start-up rather than at the first check. */
        Equity {
            if (!(fourFifths > 0 && fourFifths <= 1)) {
                throw new IllegalArgumentException("seimbang.policy.equity.four-fifths must be in (0, 1], got "
                        + fourFifths);
            }
            if (minGroupSize < 1) {
                throw new IllegalArgumentException("seimbang.policy.equity.min-group-size must be at least 1, got "
                        + minGroupSize);
            }
        }
    }
}
