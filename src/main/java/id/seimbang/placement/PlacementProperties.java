package id.seimbang.placement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sizes of the placement caches ({@code seimbang.placement.*}).
 *
 * @param sharedEvaluators compiled placement models kept, one per distinct content of the DMN files
 * @param memoSize         input tuples memoised per evaluator (a 20,000-employee province has about 77,000)
 */
@ConfigurationProperties("seimbang.placement")
public record PlacementProperties(@DefaultValue("4") int sharedEvaluators, @DefaultValue("1000000") long memoSize) {

    public static final PlacementProperties DEFAULTS = new PlacementProperties(4, 1_000_000);

    public PlacementProperties {
        if (sharedEvaluators < 1 || memoSize < 1) {
            throw new IllegalArgumentException("seimbang.placement.shared-evaluators and memo-size must be at least 1");
        }
    }
}
