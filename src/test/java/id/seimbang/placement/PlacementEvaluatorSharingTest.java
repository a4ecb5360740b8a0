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
    private final PlacementEvaluators evaluators = new PlacementEvaluators(PlacementProperties.DEFAULTS);

    @Test
    void versionsWithTheSameTablesShareTheEvaluator() {
        PolicySnapshot shipped = compiler.compile(PolicyFixtures.shippedFiles());
        PolicySnapshot sixMonths = compiler.compile(PolicyFixtures.withParameter("position.min-months", "6"));

        assertThat(sixMonths.version()).isNotEqualTo(shipped.version());
        assertThat(evaluators.of(sixMonths)).isSameAs(evaluators.of(shipped));
    }

    @Test
    void aChangedTableGetsItsOwnEvaluatorAndItsAnswers() {
        PolicySnapshot shipped = compiler.compile(PolicyFixtures.shippedFiles());
        String financeGraduates = "<inputEntry id=\"_ue074\"><text>\"AKUNTANSI\", \"EKONOMI\", \"MANAJEMEN_KEUANGAN\", "
                + "\"PERPAJAKAN\"</text></inputEntry>\n        <outputEntry id=\"_oe075\"><text>\"FINANCE\"</text>";
        PolicySnapshot edited = compiler.compile(PolicyFixtures.replace("decision-tables/placement.dmn", xml -> {
            assertThat(xml).contains(financeGraduates);
            return xml.replace(financeGraduates, financeGraduates.replace("\"FINANCE\"</text>",
                    "\"ADMINISTRATION\"</text>"));
        }));
        // warm the shipped evaluator's memo with the tuple first, so a shared memo would answer the old fit
        PlacementInput accountantToBpkad = PlacementInput.of(PlacementFixtures.employee("AKUNTANSI").build(),
                PlacementFixtures.bpkad(), PlacementFixtures.position("ANALIS_KEU", "FINANCE", false), false);
        assertThat(evaluators.of(shipped).evaluate(accountantToBpkad).fitLevel()).isEqualTo("Sangat Sesuai");

        assertThat(evaluators.of(edited)).isNotSameAs(evaluators.of(shipped));
        assertThat(evaluators.of(edited).evaluate(accountantToBpkad).fitLevel()).isNotEqualTo("Sangat Sesuai");
    }
}
