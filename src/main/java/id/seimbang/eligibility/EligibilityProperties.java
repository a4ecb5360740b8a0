package id.seimbang.eligibility;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sizes of the eligibility caches ({@code seimbang.eligibility.*}).
 *
 * @param eligibleFromCache results of the {@code eligibleFrom} search kept, one per ineligible employee's facts, policy
 *                          version and as-of date (a 20,000-employee province has about 10,000 ineligible employees
 *                          on a date); 0 keeps none
 */
@ConfigurationProperties("seimbang.eligibility")
public record EligibilityProperties(@DefaultValue("50000") long eligibleFromCache) {

    /** No cache: every search runs the rules (tests that count rule executions, tools). */
    public static final EligibilityProperties UNCACHED = new EligibilityProperties(0);

    public EligibilityProperties {
        if (eligibleFromCache < 0) {
            throw new IllegalArgumentException("seimbang.eligibility.eligible-from-cache must be 0 or more");
        }
    }
}
