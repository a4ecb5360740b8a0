package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditRecord;
import id.seimbang.audit.AuditTrail;
import id.seimbang.system.Clocks;

/**
 * Follow-up of executed transfers (issue 20 point 4) on a plan of the sample province: markings, planned against
 * executed Σg² (recomputed here from the plan's own cells), today's balance, audit records, roles and the
 * problem+json answers to bad markings.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:follow-up-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
@DirtiesContext
@WithMockUser(username = "planner", roles = "PLANNER")
class PlanFollowUpIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditTrail audit;
    @Autowired
    PlanService plans;
    @Autowired
    java.time.Clock clock;

    /** One completed plan for the whole class: every test marks other moves of it. */
    private static String planId;

    @Test
    void executedAgainstPlannedFiguresFollowTheMarkings() throws Exception {
        String id = plan();
        PlanResult result = plans.view(id).result();
        assertThat(result.moves()).hasSizeGreaterThanOrEqualTo(6);
        PlannedMove executed = result.moves().get(0);
        PlannedMove notExecuted = result.moves().get(1);
        LocalDate today = Clocks.todayInJakarta(clock);

        JsonNode marked = json.readTree(mark(id, executed.nip(), "{\"status\":\"EXECUTED\",\"skNumber\":\" 800/1/BKPSDM/2026 \","
                + "\"executedOn\":\"" + today + "\"}").andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(marked.get("status").asText()).isEqualTo("EXECUTED");
        assertThat(marked.get("skNumber").asText()).isEqualTo("800/1/BKPSDM/2026");
        assertThat(marked.get("recordedBy").asText()).isEqualTo("planner");
        mark(id, notExecuted.nip(), "{\"status\":\"NOT_EXECUTED\",\"reason\":\"Pegawai mengajukan keberatan\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("Pegawai mengajukan keberatan"));

        JsonNode followUp = followUp(id);
        // only moves this test marked are counted as marked by it; the other tests of the class mark their own moves
        Map<String, String> statusOf = new HashMap<>();
        followUp.get("moves").forEach(m -> statusOf.put(m.get("nip").asText(),
                !m.hasNonNull("execution") ? "UNMARKED" : m.at("/execution/status").asText()));
        assertThat(statusOf.get(executed.nip())).isEqualTo("EXECUTED");
        assertThat(statusOf.get(notExecuted.nip())).isEqualTo("NOT_EXECUTED");
        assertThat(followUp.get("plannedMoves").asInt()).isEqualTo(result.moves().size());
        assertThat(followUp.get("executedMoves").asInt() + followUp.get("notExecutedMoves").asInt()
                + followUp.get("unmarkedMoves").asInt()).isEqualTo(result.moves().size());

        // Σg² with exactly the executed moves, recomputed from the plan's cells here
        Map<String, Double> gaps = new HashMap<>();
        result.cells().forEach(c -> gaps.put(c.unitCode() + "/" + c.positionCode(), c.gapBefore()));
        for (PlannedMove m : result.moves()) {
            if ("EXECUTED".equals(statusOf.get(m.nip()))) {
                gaps.merge(m.fromUnit() + "/" + m.fromPosition(), -1.0, Double::sum);
                gaps.merge(m.toUnit() + "/" + m.toPosition(), 1.0, Double::sum);
            }
        }
        double expected = gaps.values().stream().mapToDouble(g -> g * g).sum();
        assertThat(followUp.get("executedImbalance").asDouble()).isCloseTo(expected, within(1e-9));
        assertThat(followUp.get("imbalanceAtStart").asDouble()).isEqualTo(result.imbalanceBefore());
        assertThat(followUp.get("plannedImbalance").asDouble()).isEqualTo(result.imbalanceAfter());
        // executing some of the plan's moves lands between the start and the plan
        assertThat(followUp.get("executedImbalance").asDouble()).isLessThan(result.imbalanceBefore())
                .isGreaterThan(result.imbalanceAfter());
        // The workforce has not been imported since: today is the plan's start, and nobody has moved in the data.
        assertThat(followUp.get("imbalanceToday").asDouble()).isCloseTo(result.imbalanceBefore(), within(1e-9));
        assertThat(followUp.get("cellsToday").asInt()).isEqualTo(result.cells().size());
        followUp.get("moves").forEach(m -> assertThat(m.get("whereToday").asText()).isEqualTo("AT_ORIGIN"));

        // each marking is an audit record about the plan, naming the move and the plan's own record
        var records = audit.search(AuditKind.PLAN_MOVE_EXECUTION, id, null, null, 100);
        assertThat(records).hasSizeGreaterThanOrEqualTo(2);
        AuditRecord record = audit.find(marked.get("auditId").asText()).orElseThrow();
        assertThat(record.kind()).isEqualTo(AuditKind.PLAN_MOVE_EXECUTION);
        assertThat(record.caller()).isEqualTo("planner");
        JsonNode payload = json.readTree(record.document());
        assertThat(payload.toString()).contains(executed.nip(), "800/1/BKPSDM/2026", plans.view(id).auditId(),
                executed.toUnit());
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void badMarkingsAreProblemsNamingTheField() throws Exception {
        String id = plan();
        PlanResult result = plans.view(id).result();
        String nip = result.moves().get(2).nip();
        LocalDate today = Clocks.todayInJakarta(clock);

        // unknown move
        problem(mark(id, "199001012015031001", "{\"status\":\"NOT_EXECUTED\",\"reason\":\"x\"}"), 404, "nip",
                "Plan " + id + " has no move of employee '199001012015031001'");
        problem(mark("no-such-plan", nip, "{\"status\":\"NOT_EXECUTED\",\"reason\":\"x\"}"), 404, "id", null);
        // date before the plan
        LocalDate planned = plans.view(id).createdAt().atZone(Clocks.JAKARTA).toLocalDate();
        problem(mark(id, nip, "{\"status\":\"EXECUTED\",\"skNumber\":\"800/2\",\"executedOn\":\"" + planned.minusDays(1)
                + "\"}"), 400, "executedOn", "The date " + planned.minusDays(1) + " is before the plan (made on " + planned
                + ", Asia/Jakarta)");
        problem(mark(id, nip, "{\"status\":\"EXECUTED\",\"skNumber\":\"800/2\",\"executedOn\":\"" + today.plusDays(2)
                + "\"}"), 400, "executedOn", null);
        // missing SK number and date; status missing; reason without NOT_EXECUTED
        mark(id, nip, "{\"status\":\"EXECUTED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("skNumber"))
                .andExpect(jsonPath("$.errors[1].field").value("executedOn"));
        problem(mark(id, nip, "{\"skNumber\":\"800/2\"}"), 400, "status", "Choose EXECUTED or NOT_EXECUTED");
        problem(mark(id, nip, "{\"status\":\"NOT_EXECUTED\",\"reason\":\" \"}"), 400, "reason", null);
        problem(mark(id, nip, "{\"status\":\"NOT_EXECUTED\",\"reason\":\"r\",\"skNumber\":\"800/2\"}"), 400, "skNumber",
                "An SK number is only for EXECUTED");
        // none of these left a marking
        assertThat(followUp(id).get("moves").findValues("nip").stream().map(JsonNode::asText).toList()).contains(nip);
        assertThat(plans.view(id).result().moves()).anyMatch(m -> m.nip().equals(nip));
        assertThat(markingsOf(id, nip)).isEmpty();

        // marked twice: the second is refused and the first stays
        mark(id, nip, "{\"status\":\"EXECUTED\",\"skNumber\":\"800/3\",\"executedOn\":\"" + today + "\"}")
                .andExpect(status().isOk());
        problem(mark(id, nip, "{\"status\":\"NOT_EXECUTED\",\"reason\":\"salah\"}"), 409, "nip",
                "The move of employee " + nip + " is already marked EXECUTED by planner; a marking cannot be changed");
        assertThat(markingsOf(id, nip)).hasSize(1);
    }

    @Test
    void onlyPlannersMarkAndAuditorsRead() throws Exception {
        String id = plan();
        String nip = plans.view(id).result().moves().get(3).nip();
        String body = "{\"status\":\"NOT_EXECUTED\",\"reason\":\"x\"}";

        for (String role : new String[] {"AUDITOR", "DATA_STEWARD", "POLICY_OFFICER", "CLIENT"}) {
            mvc.perform(post("/api/v1/plans/{id}/moves/{nip}/execution", id, nip).with(csrf())
                            .with(user("u-" + role).roles(role)).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/plans/{id}/follow-up", id).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.planId").value(id));
        mvc.perform(get("/api/v1/plans/{id}/follow-up", id).with(user("client").roles("CLIENT")))
                .andExpect(status().isForbidden());
        // the service checks the role itself too, whatever the URL rules say
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("auditor", "x", "ROLE_AUDITOR"));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> followUpService.mark(id, nip,
                    new MoveExecutionRequest(ExecutionStatus.NOT_EXECUTED, null, null, "x"), "auditor"))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(markingsOf(id, nip)).isEmpty();
    }

    @Autowired
    PlanFollowUpService followUpService;

    @Test
    void thePlanPageShowsTheFollowUpAndMarksThroughItsForm() throws Exception {
        String id = plan();
        String nip = plans.view(id).result().moves().get(4).nip();
        LocalDate today = Clocks.todayInJakarta(clock);

        String page = mvc.perform(get("/plans/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"follow-up\"", "Tindak lanjut pelaksanaan", "id=\"imbalance-executed\"",
                "action=\"/plans/" + id + "/moves/" + nip + "/execution\"");

        // a refused marking is shown on the page, in both languages, and records nothing
        String refused = mvc.perform(post("/plans/{id}/moves/{nip}/execution", id, nip).with(csrf())
                        .param("status", "EXECUTED").param("skNumber", "").param("executedOn", today.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"mark-errors\"", "skNumber: Nomor SK wajib diisi",
                "The SK number is required for an executed move");
        assertThat(markingsOf(id, nip)).isEmpty();

        mvc.perform(post("/plans/{id}/moves/{nip}/execution", id, nip).with(csrf()).param("status", "EXECUTED")
                        .param("skNumber", "800/9/2026").param("executedOn", today.toString()).param("reason", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/plans/" + id + "#follow-up"));
        String after = mvc.perform(get("/plans/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(after).contains("Dilaksanakan, SK 800/9/2026 tanggal " + today + " (dicatat oleh planner)")
                .doesNotContain("action=\"/plans/" + id + "/moves/" + nip + "/execution\"");
        assertThat(markingsOf(id, nip)).hasSize(1);

        // an auditor reads the follow-up but gets no forms
        String audited = mvc.perform(get("/plans/{id}", id).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(audited).contains("id=\"follow-up\"").doesNotContain("/execution\"");
        mvc.perform(post("/plans/{id}/moves/{nip}/execution", id, nip).with(csrf())
                        .with(user("auditor").roles("AUDITOR")).param("status", "NOT_EXECUTED").param("reason", "x"))
                .andExpect(status().isForbidden());
    }

    private String plan() throws Exception {
        synchronized (PlanFollowUpIntegrationTest.class) {
            if (planId == null) {
                String response = mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                                .content(PlanIntegrationTest.KOTA_BENGKULU + "}"))
                        .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
                String id = json.readTree(response).get("id").asText();
                for (int attempt = 0; attempt < 600 && !plans.view(id).status().finished(); attempt++) {
                    Thread.sleep(200);
                }
                assertThat(plans.view(id).status()).isEqualTo(PlanStatus.COMPLETED);
                planId = id;
            }
            return planId;
        }
    }

    /** The documents of the PLAN_MOVE_EXECUTION records of the plan that name this employee. */
    private java.util.List<String> markingsOf(String id, String nip) {
        return audit.search(AuditKind.PLAN_MOVE_EXECUTION, id, null, null, 100).stream()
                .map(s -> audit.find(s.id()).orElseThrow().document()).filter(d -> d.contains(nip)).toList();
    }

    private ResultActions mark(String id, String nip, String body) throws Exception {
        return mvc.perform(post("/api/v1/plans/{id}/moves/{nip}/execution", id, nip).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode followUp(String id) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/plans/{id}/follow-up", id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static void problem(ResultActions result, int status, String field, String reasonEn) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        if (reasonEn != null) {
            result.andExpect(jsonPath("$.errors[0].reasonEn").value(reasonEn));
        }
    }
}
