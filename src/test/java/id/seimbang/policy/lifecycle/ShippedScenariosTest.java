package id.seimbang.policy.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.json.JsonMapper;

import id.seimbang.eligibility.EligibilityService;
import id.seimbang.policy.PolicyFixtures;

/** The scenarios in tests-data/scenarios hold for the policy shipped in rules/ and decision-tables/. */
class ShippedScenariosTest {

    static ScenarioRunner runner() {
        return new ScenarioRunner(new EligibilityService(), JsonMapper.builder().findAndAddModules().build());
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
        var policy = new id.seimbang.policy.PolicyCompiler()
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
}
