package id.seimbang.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.seimbang.policy.PolicyCompiler;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;

/**
 * Placement results depend only on the input tuple and the DMN files: policy versions that differ only in rules
 * or parameters share one evaluator (and its memo); a changed table gets its own.
 */
class PlacementEvaluatorSharingTest {

    private final PolicyCompiler compiler = PolicyFixtures.compiler();

    @Test
    void versionsWithTheSameTablesShareTheEvaluator() {
        PolicySnapshot shipped = compiler.compile(PolicyFixtures.shippedFiles());
        PolicySnapshot sixMonths = compiler.compile(PolicyFixtures.withParameter("position.min-months", "6"));

        assertThat(sixMonths.version()).isNotEqualTo(shipped.version());
        assertThat(PlacementEvaluator.of(sixMonths)).isSameAs(PlacementEvaluator.of(shipped));
    }

    @Test
    void aChangedTableGetsItsOwnEvaluator() {
        PolicySnapshot shipped = compiler.compile(PolicyFixtures.shippedFiles());
        PolicySnapshot edited = compiler.compile(PolicyFixtures.replace("decision-tables/placement.dmn",
                xml -> xml.replace("Penempatan</", "Penempatan</") + "\n<!-- edited -->\n"));

        assertThat(PlacementEvaluator.of(edited)).isNotSameAs(PlacementEvaluator.of(shipped));
    }
}
