package id.seimbang.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditSummary;
import id.seimbang.audit.AuditTrail;
import id.seimbang.authoring.EquityReport;
import id.seimbang.authoring.EquityReport.Dimension;
import id.seimbang.authoring.EquityReport.Outcome;
import id.seimbang.authoring.ImpactReport;
import id.seimbang.authoring.PolicyLifecycle;
import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyParameters;

/**
 * The equity report on the sample province (2,500 employees): a draft that stops transfers within ten years of
 * retirement (bup.months-before 12 → 120) newly blocks older employees, so the age band 50+ is flagged on
 * "newly blocked", while a draft that changes nothing flags no group. The page shows the table and the chart's
 * source, and the approval's audit record carries the report the approver saw.
 */
@SpringBootTest(properties = TestWorkforceConfiguration.H2_MEMORY)
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
@WithMockUser(username = "carol", roles = {"POLICY_OFFICER", "POLICY_APPROVER", "RULE_AUTHOR"})
class EquityReportIntegrationTest {

    @Autowired PolicyLifecycle lifecycle;
    @Autowired AuditTrail audit;
    @Autowired MockMvc mvc;

    /** A draft whose parameters differ from the active ones only by a comment: a new version, the same outcomes. */
    private long draftWithComment(String comment) {
        long id = lifecycle.createDraft(null, "alice", null).id();
        String parameters = lifecycle.content(id, PolicyParameters.FILE);
        lifecycle.saveFile(id, new PolicyFile(PolicyParameters.FILE, parameters + "\n# " + comment + "\n"), "alice");
        return id;
    }

    private long draftWithParameter(String key, String value) {
        long id = lifecycle.createDraft(null, "alice", null).id();
        String parameters = lifecycle.content(id, PolicyParameters.FILE);
        String edited = parameters.replaceAll("(?m)^" + key.replace(".", "\\.") + "=.*$", key + "=" + value);
        assertThat(edited).isNotEqualTo(parameters);
        lifecycle.saveFile(id, new PolicyFile(PolicyParameters.FILE, edited), "alice");
        return id;
    }

    private JsonNode approval(AuditSummary hit) {
        return audit.find(hit.id()).orElseThrow().payload();
    }

    private static EquityReport.Group group(EquityReport report, Dimension d, String key) {
        return report.groups().stream().filter(g -> g.dimension() == d && g.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aDraftThatNewlyBlocksOlderEmployeesFlagsTheAgeBandAndTheApprovalRecordsIt() throws Exception {
        long id = draftWithParameter("bup.months-before", "120");
        ImpactReport impact = lifecycle.impact(id);
        EquityReport equity = impact.equity();

        assertThat(equity).isNotNull();
        assertThat(equity.employees()).isEqualTo(impact.employees());
        int blocked = equity.overallRate(Outcome.NEWLY_BLOCKED).count();
        assertThat(blocked).isPositive().isLessThanOrEqualTo(impact.eligibilityChanged());
        EquityReport.Group old = group(equity, Dimension.AGE_BAND, "50+");
        EquityReport.Rate oldBlocked = old.rate(Outcome.NEWLY_BLOCKED);
        assertThat(old.tooSmall()).isFalse();
        assertThat(oldBlocked.ratio()).isEqualTo(((double) oldBlocked.count() / old.size())
                / ((double) blocked / equity.employees()));
        assertThat(oldBlocked.flagged()).isTrue();
        assertThat(equity.flagged()).anySatisfy(f -> {
            assertThat(f.dimension()).isEqualTo(Dimension.AGE_BAND);
            assertThat(f.key()).isEqualTo("50+");
            assertThat(f.outcome()).isEqualTo(Outcome.NEWLY_BLOCKED);
        });
        // Nobody under 40 is within ten years of a retirement age of 58 or more.
        assertThat(group(equity, Dimension.AGE_BAND, "<30").rate(Outcome.NEWLY_BLOCKED).count()).isZero();
        assertThat(group(equity, Dimension.AGE_BAND, "30-39").rate(Outcome.NEWLY_BLOCKED).flagged()).isFalse();
        // Every dimension divides the whole workforce.
        for (Dimension d : Dimension.values()) {
            assertThat(equity.groups().stream().filter(g -> g.dimension() == d).mapToInt(EquityReport.Group::size).sum())
                    .as(d.name()).isEqualTo(equity.employees());
        }

        lifecycle.submit(id, "alice");
        lifecycle.approve(id, "bob");
        List<AuditSummary> approvals = audit.search(AuditKind.APPROVAL, "policy-draft/" + id, null, null, 10);
        assertThat(approvals).hasSize(1);
        JsonNode recorded = approval(approvals.get(0)).get("equity");
        assertThat(recorded.get("checked").asBoolean()).isTrue();
        assertThat(recorded.get("current").asBoolean()).isTrue();
        assertThat(recorded.get("draftVersion").asText()).isEqualTo(impact.draftVersion());
        assertThat(recorded.get("report").get("minGroupSize").asInt()).isEqualTo(30);
        assertThat(recorded.get("report").get("flagged").toString()).contains("\"key\":\"50+\"", "NEWLY_BLOCKED");

        // Last: a MockMvc request ends the test's mock user for the lifecycle calls above.
        mvc.perform(get("/policies").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"equity-table-" + id + "\""),
                        containsString("data-source=\"equity-table-" + id + "\""),
                        containsString("groups flagged: look at them before approving."),
                        containsString("data-code=\"50+\""),
                        containsString("(the group&#39;s rate over the whole workforce&#39;s) is above 1.25"),
                        containsString("<td class=\"equity-status\">Flagged</td>"),
                        containsString("/vendor/uplot/uPlot.iife.min.js"),
                        containsString("/js/charts.js"))));

    }

    @Test
    void aDraftThatChangesNoOutcomeFlagsNoGroupAndAnUncheckedApprovalSaysSo() throws Exception {
        long id = draftWithComment("only a comment");
        EquityReport equity = lifecycle.impact(id).equity();

        assertThat(equity.overallRate(Outcome.NEWLY_BLOCKED).count()).isZero();
        assertThat(equity.flagged()).isEmpty();

        long unchecked = draftWithComment("another comment");
        lifecycle.submit(unchecked, "alice");
        mvc.perform(get("/policies").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No group is flagged."),
                        containsString("This draft&#39;s equity has not been checked"))));
        mvc.perform(post("/api/v1/policy-drafts/{id}/approve", unchecked).with(csrf())
                .with(user("bob").roles("POLICY_APPROVER"))).andExpect(status().isOk());
        JsonNode recorded = approval(audit.search(AuditKind.APPROVAL, "policy-draft/" + unchecked, null, null, 10)
                .get(0)).get("equity");
        assertThat(recorded.get("checked").asBoolean()).isFalse();
        assertThat(recorded.path("report").isMissingNode() || recorded.path("report").isNull()).isTrue();
    }
}
