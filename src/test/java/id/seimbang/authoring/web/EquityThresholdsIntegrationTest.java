package id.seimbang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

import id.seimbang.authoring.EquityReport;
import id.seimbang.authoring.EquityReport.Dimension;
import id.seimbang.authoring.EquityReport.Outcome;
import id.seimbang.authoring.PolicyLifecycle;
import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyParameters;

/**
 * The equity thresholds are the service's configuration: with four-fifths 0.5 (flag above 2) and a minimum group of
 * 800, the age band 50+ (736 members on the sample province) that the default flags is shown as too small.
 */
@SpringBootTest(properties = {TestWorkforceConfiguration.H2_MEMORY, "seimbang.policy.equity.four-fifths=0.5",
        "seimbang.policy.equity.min-group-size=800"})
@Import(TestWorkforceConfiguration.class)
@WithMockUser(username = "carol", roles = {"POLICY_OFFICER", "POLICY_APPROVER", "RULE_AUTHOR"})
class EquityThresholdsIntegrationTest {

    @Autowired PolicyLifecycle lifecycle;

    @Test
    void theConfiguredThresholdsDecideWhatIsFlagged() {
        long id = lifecycle.createDraft(null, "alice", null).id();
        String parameters = lifecycle.content(id, PolicyParameters.FILE);
        lifecycle.saveFile(id, new PolicyFile(PolicyParameters.FILE,
                parameters.replaceAll("(?m)^bup\\.months-before=.*$", "bup.months-before=120")), "alice");
        EquityReport equity = lifecycle.impact(id).equity();

        assertThat(equity.fourFifths()).isEqualTo(0.5);
        assertThat(equity.flagAbove()).isEqualTo(2.0);
        assertThat(equity.minGroupSize()).isEqualTo(800);
        EquityReport.Group old = equity.groups().stream()
                .filter(g -> g.dimension() == Dimension.AGE_BAND && g.key().equals("50+")).findFirst().orElseThrow();
        assertThat(old.size()).isLessThan(800);
        assertThat(old.tooSmall()).isTrue();
        assertThat(old.rate(Outcome.NEWLY_BLOCKED).ratio()).isGreaterThan(2.0);
        assertThat(old.rate(Outcome.NEWLY_BLOCKED).flagged()).isFalse();
        assertThat(equity.flagged()).allSatisfy(f -> {
            assertThat(f.size()).isGreaterThanOrEqualTo(800);
            assertThat(f.ratio()).isGreaterThan(2.0);
        });
    }
}
