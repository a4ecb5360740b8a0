package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.json.JsonMapper;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.placement.PlacementEvaluators;
import id.seimbang.placement.PlacementProperties;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.recommendation.DecisionEngine;

/** The scenarios in tests-data/scenarios hold for the policy shipped in rules/ and decision-tables/. */
class ShippedScenariosTest {

    static ScenarioRunner runner() {
        EligibilityService eligibility = new EligibilityService();
        PlacementEvaluators placements = new PlacementEvaluators(PlacementProperties.DEFAULTS);
        return new ScenarioRunner(eligibility, new DecisionEngine(eligibility, placements), placements,
                JsonMapper.builder().findAndAddModules().build());
    }

    @Test
    void everyShippedScenarioPassesOnTheShippedPolicy() {
        List<ScenarioRunner.Source> shipped = PolicyLifecycle.shippedScenarios(Path.of("tests-data/scenarios"));
        assertThat(shipped).hasSizeGreaterThanOrEqualTo(6);

        List<ScenarioResult> results = runner().run(PolicyFixtures.shippedPolicy(), shipped);

        assertThat(results).allSatisfy(r -> assertThat(r.passed())
                .as("%s: %s %s", r.name(), r.error(), r.mismatches()).isTrue());
    }

    @Test
    void aChangedThresholdFailsTheScenarioThatDependsOnIt() {
        List<ScenarioRunner.Source> shipped = PolicyLifecycle.shippedScenarios(Path.of("tests-data/scenarios"));
        var policy = id.seimbang.policy.PolicyFixtures.compiler()
                .compile(PolicyFixtures.withParameter("position.min-months", "12"));

        List<ScenarioResult> results = runner().run(policy, shipped);

        ScenarioResult tenure = results.stream().filter(r -> r.name().equals("masa-jabatan-kurang-dua-tahun"))
                .findFirst().orElseThrow();
        assertThat(tenure.passed()).isFalse();
        assertThat(tenure.mismatches()).extracting(ScenarioResult.Mismatch::field).contains("eligible", "ruleIds");
        assertThat(tenure.mismatches()).filteredOn(m -> m.field().equals("eligible"))
                .singleElement().satisfies(m -> {
                    assertThat(m.expected()).isEqualTo("false");
                    assertThat(m.actual()).isEqualTo("true");
                });
    }

    @Test
    void theTopMoveIsCheckedAgainstTheWholeDecision() throws Exception {
        var json = JsonMapper.builder().build();
        var nurse = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                Path.of("tests-data/scenarios/perawat-ke-puskesmas-kekurangan.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) nurse.at("/expect/topMove"))
                .put("unitCode", "1702-PKM-KOTA-PADANG");
        String wrong = json.writeValueAsString(nurse);

        ScenarioResult result = runner().run(PolicyFixtures.shippedPolicy(),
                List.of(new ScenarioRunner.Source("wrong-top", "draft", wrong))).get(0);

        assertThat(result.passed()).isFalse();
        assertThat(result.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo("topMove");
            assertThat(m.actual()).isEqualTo("1702-PKM-PADANG-ULAK-TANDING/PERAWAT_AP");
        });
    }
}
