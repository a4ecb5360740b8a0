package id.seimbang.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.seimbang.MutableClock;
import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditRecord;
import id.seimbang.audit.AuditTrail;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicyService;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.policy.PolicyStatus;
import id.seimbang.policy.PolicyVersionStore;
import id.seimbang.system.Clocks;

/**
 * Objections (keberatan, issue 19 point 3) on the sample province: recorded by a planner or policy officer, resolved
 * by a second person with POLICY_APPROVER, each step an audit record in the verified chain; searched by status, age
 * and overdue on a clock the test moves forward (it never moves back: audit times follow it).
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:objections-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "seimbang.audit.witness.path=target/objections-witness-${random.uuid}.log",
        "seimbang.audit.witness.every-records=1"})
@AutoConfigureMockMvc
@DirtiesContext
class ObjectionIntegrationTest {

    static final String NIP = DecisionIntegrationTest.SURPLUS_CLERK;
    static final String HASH = "AB".repeat(32);
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"), Clocks.JAKARTA);

    static final RequestPostProcessor PLANNER = user("pak-planner").roles("PLANNER");
    static final RequestPostProcessor OFFICER = user("bu-officer").roles("POLICY_OFFICER");
    /** The officer who recorded, also holding POLICY_APPROVER: may not resolve their own record. */
    static final RequestPostProcessor OFFICER_AS_APPROVER = user("bu-officer").roles("POLICY_OFFICER", "POLICY_APPROVER");
    static final RequestPostProcessor APPROVER = user("pak-approver").roles("POLICY_APPROVER");
    static final RequestPostProcessor OTHER_APPROVER = user("bu-approver").roles("POLICY_APPROVER");
    static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditTrail audit;
    @Autowired
    ActivePolicy activePolicy;
    @Autowired
    PolicyService policies;
    @Autowired
    PolicyVersionStore versions;

    @Test
    void lifecycleWithFourEyesEveryStepInTheVerifiedChain() throws Exception {
        JsonNode decision = decide();
        String decisionId = decision.get("decisionId").asText();
        LocalDate today = today();
        JsonNode objection = json.readTree(recordObjection(decisionId, OFFICER, "Saya keberatan: suami saya bertugas di "
                + "Kota Bengkulu", today, List.of(HASH)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.nip").value(NIP))
                .andExpect(jsonPath("$.dueOn").value(today.plusDays(21).toString()))
                .andExpect(jsonPath("$.attachments[0]").value(HASH.toLowerCase()))
                .andExpect(jsonPath("$.recordedBy").value("bu-officer"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andReturn().getResponse().getContentAsString());
        String objectionId = objection.get("objectionId").asText();

        AuditRecord recorded = audit.find(objection.get("recordAuditId").asText()).orElseThrow();
        assertThat(recorded.kind()).isEqualTo(AuditKind.OBJECTION);
        assertThat(recorded.caller()).isEqualTo("bu-officer");
        assertThat(recorded.subject()).isEqualTo(NIP);
        assertThat(recorded.payload().get("decisionId").asText()).isEqualTo(decisionId);
        assertThat(recorded.payload().get("decisionHash").asText()).isEqualTo(decision.get("hash").asText());
        assertThat(recorded.payload().get("attachments").get(0).asText()).isEqualTo(HASH.toLowerCase());

        // four eyes: the person who recorded it may not resolve it, even holding POLICY_APPROVER
        resolve(objectionId, OFFICER_AS_APPROVER, "REJECTED", "Mutasi sesuai kebutuhan")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("resolver"));
        // a planner may record, not resolve
        resolve(objectionId, PLANNER, "REJECTED", "x").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/decisions/{id}/objections", decisionId).with(AUDITOR))
                .andExpect(jsonPath("$[0].status").value("OPEN"));

        JsonNode resolved = json.readTree(resolve(objectionId, APPROVER, "REJECTED", "Mutasi sesuai kebutuhan unit")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.resolution.outcome").value("REJECTED"))
                .andExpect(jsonPath("$.resolution.resolvedBy").value("pak-approver"))
                .andExpect(jsonPath("$.resolution.reasons").value("Mutasi sesuai kebutuhan unit"))
                .andExpect(jsonPath("$.resolution.replacementDecisionId").doesNotExist())
                .andReturn().getResponse().getContentAsString());
        AuditRecord resolution = audit.find(resolved.at("/resolution/auditId").asText()).orElseThrow();
        assertThat(resolution.kind()).isEqualTo(AuditKind.OBJECTION_RESOLUTION);
        assertThat(resolution.caller()).isEqualTo("pak-approver");
        assertThat(resolution.payload().get("objectionRecord").asText()).isEqualTo(recorded.id());
        assertThat(resolution.payload().get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(resolution.sequence()).isGreaterThan(recorded.sequence());

        // resolving twice: 409, and the first resolution stands
        resolve(objectionId, OTHER_APPROVER, "UPHELD", "Dikabulkan").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/decisions/{id}/objections", decisionId).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("REJECTED"))
                .andExpect(jsonPath("$[0].resolution.resolvedBy").value("pak-approver"));

        // the decision page shows the history, in the reader's language
        String page = mvc.perform(get("/decisions/{id}", decisionId).with(AUDITOR).param("lang", "id")
                .accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"objections-table\"", "data-status=\"REJECTED\"", "Ditolak",
                "Mutasi sesuai kebutuhan unit", "pak-approver", HASH.toLowerCase());
        String english = mvc.perform(get("/decisions/{id}", decisionId).with(AUDITOR).param("lang", "en")
                .accept(MediaType.TEXT_HTML)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english).contains("Objection history", "Rejected").doesNotContain("Ditolak");

        assertThat(audit.verify().ok()).isTrue();
        mvc.perform(post("/api/v1/audit/verify").with(csrf()).with(AUDITOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void replacedMakesANewDecisionUnderThePolicyActiveAtResolutionAndLinksIt() throws Exception {
        JsonNode original = decide();
        String decisionId = original.get("decisionId").asText();
        String objectionId = json.readTree(recordObjection(decisionId, PLANNER, "Data SKP saya salah", today(), List.of())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("objectionId").asText();

        // a new policy version goes live between the objection and its resolution
        PolicySnapshot before = activePolicy.current();
        PolicySnapshot changed = activePolicy.replace(PolicyFixtures.withParameter("position.min-months", "6"));
        versions.save(changed.version(), changed.files(), PolicyStatus.DRAFT, "test", "6 months", Instant.now());
        JsonNode resolved;
        try {
            policies.activate(changed.version());
            resolved = json.readTree(resolve(objectionId, APPROVER, "REPLACED", "Keputusan dibuat ulang")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("REPLACED"))
                    .andReturn().getResponse().getContentAsString());
        } finally {
            policies.activate(before.version());
        }
        assertThat(changed.version()).isNotEqualTo(before.version());
        String replacement = resolved.at("/resolution/replacementDecisionId").asText();
        assertThat(replacement).isNotBlank().isNotEqualTo(decisionId);
        mvc.perform(get("/api/v1/decisions/{id}", decisionId).with(AUDITOR))
                .andExpect(jsonPath("$.policyVersion").value(before.version()));
        mvc.perform(get("/api/v1/decisions/{id}", replacement).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inputs.employee.nip").value(NIP))
                .andExpect(jsonPath("$.caller").value("pak-approver"))
                .andExpect(jsonPath("$.policyVersion").value(changed.version()))
                .andExpect(jsonPath("$.inputs.asOf").value(today().toString()));
        AuditRecord resolution = audit.find(resolved.at("/resolution/auditId").asText()).orElseThrow();
        assertThat(resolution.payload().get("replacementDecisionId").asText()).isEqualTo(replacement);
        assertThat(resolution.policyVersion()).isEqualTo(changed.version());
        AuditRecord newDecision = audit.find(replacement).orElseThrow();
        assertThat(resolution.payload().get("replacementHash").asText()).isEqualTo(newDecision.hash());
        assertThat(newDecision.sequence()).isLessThan(resolution.sequence());
        mvc.perform(get("/api/v1/decisions/{id}/objections", decisionId).with(AUDITOR))
                .andExpect(jsonPath("$[0].resolution.replacementDecisionId").value(replacement));
        assertThat(mvc.perform(get("/decisions/{id}", decisionId).with(AUDITOR).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"/decisions/" + replacement + "\"");
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void badInputIsRefusedWithProblemDetails() throws Exception {
        String decisionId = decide().get("decisionId").asText();
        LocalDate today = today();
        recordObjection("no-such-decision", PLANNER, "Keberatan", today, List.of()).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        recordObjection(decisionId, PLANNER, "   ", today, List.of()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        recordObjection(decisionId, PLANNER, "x".repeat(ObjectionService.MAX_TEXT + 1), today, List.of())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("text"));
        recordObjection(decisionId, PLANNER, "Keberatan", today.plusDays(1), List.of())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
        recordObjection(decisionId, PLANNER, "Keberatan", today.minusDays(1), List.of())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
        recordObjection(decisionId, PLANNER, "Keberatan", null, List.of())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
        recordObjection(decisionId, PLANNER, "Keberatan", today, List.of(HASH, "not-a-hash"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("attachments[1]"))
                .andExpect(jsonPath("$.errors[0].reason").value("Bukan hash SHA-256 (64 karakter heksadesimal)"));
        recordObjection(decisionId, PLANNER, "Keberatan", today, List.of(HASH, HASH.toLowerCase()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("attachments[1]"));
        // a policy approver may not record; an auditor may read only
        recordObjection(decisionId, APPROVER, "Keberatan", today, List.of()).andExpect(status().isForbidden());
        recordObjection(decisionId, AUDITOR, "Keberatan", today, List.of()).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/decisions/{id}/objections", decisionId).with(AUDITOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/decisions/{id}/objections", "no-such-decision").with(AUDITOR))
                .andExpect(status().isNotFound());

        String objectionId = json.readTree(recordObjection(decisionId, PLANNER, "Keberatan", today, List.of())
                .andReturn().getResponse().getContentAsString()).get("objectionId").asText();
        resolve(objectionId, APPROVER, null, "Alasan").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        resolve(objectionId, APPROVER, "OPEN", "Alasan").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        resolve(objectionId, APPROVER, "UPHELD", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasons"));
        resolve("no-such-objection", APPROVER, "UPHELD", "Alasan").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/objections").param("olderThanDays", "-1").with(AUDITOR))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/objections").param("status", "LOST").with(AUDITOR))
                .andExpect(status().isBadRequest());
        // refused attempts recorded nothing: still OPEN and alone
        mvc.perform(get("/api/v1/decisions/{id}/objections", decisionId).with(AUDITOR))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].status").value("OPEN"));
    }

    @Test
    void searchByStatusAgeAndOverdueFollowsTheClock() throws Exception {
        String decisionId = decide().get("decisionId").asText();
        LocalDate decidedOn = today();
        CLOCK.advance(Duration.ofDays(40));
        // received on day 5 (due day 26: overdue), day 12 (due day 33: overdue, but resolved), day 30 (due day 51)
        String early = objectionId(decisionId, decidedOn.plusDays(5));
        String resolvedOne = objectionId(decisionId, decidedOn.plusDays(12));
        String recent = objectionId(decisionId, decidedOn.plusDays(30));
        resolve(resolvedOne, APPROVER, "UPHELD", "Dikabulkan").andExpect(status().isOk());

        assertThat(search("overdue", "true")).containsExactly(early);
        assertThat(search("status", "OPEN")).containsExactly(early, recent);
        assertThat(search("olderThanDays", "20")).containsExactly(early, resolvedOne);
        assertThat(search("status", "OPEN", "olderThanDays", "20")).containsExactly(early);
        assertThat(search("status", "UPHELD")).containsExactly(resolvedOne);
        mvc.perform(get("/api/v1/objections").param("overdue", "true").with(APPROVER))
                .andExpect(jsonPath("$[?(@.objectionId == '" + early + "')].overdue").value(true))
                .andExpect(jsonPath("$[?(@.objectionId == '" + early + "')].ageDays").value(35));

        // eleven more days: the recent one (due day 51) is past due too
        CLOCK.advance(Duration.ofDays(11));
        assertThat(search("overdue", "true")).containsExactly(early);
        CLOCK.advance(Duration.ofDays(1));
        assertThat(search("overdue", "true")).containsExactly(early, recent);
        assertThat(audit.verify().ok()).isTrue();
    }

    @Test
    void thePagesRecordListAndResolveThroughTheSameChecksAsTheApi() throws Exception {
        String decisionId = decide().get("decisionId").asText();
        LocalDate today = today();
        RequestPostProcessor plannerAsApprover = user("pak-planner").roles("PLANNER", "POLICY_APPROVER");

        // a refused record form is shown beside the form with the input kept, and records nothing
        String refused = html(mvc.perform(post("/objections").with(csrf()).with(OFFICER)
                .param("decisionId", decisionId).param("text", "Keberatan halaman: jarak terlalu jauh")
                .param("receivedOn", today.plusDays(1).toString()).param("attachments", HASH + "\nnot-a-hash")));
        assertThat(refused).contains("id=\"record-errors\"", "<code>receivedOn</code>", "<code>attachments[1]</code>",
                "Bukan hash SHA-256", "Keberatan halaman: jarak terlalu jauh", "value=\"" + decisionId + "\"");
        assertThat(html(mvc.perform(post("/objections").with(csrf()).with(OFFICER).param("decisionId", "no-such-decision")
                .param("text", "Keberatan").param("receivedOn", today.toString())))).contains("id=\"record-errors\"");
        mvc.perform(get("/api/v1/decisions/{id}/objections", decisionId).with(AUDITOR))
                .andExpect(jsonPath("$.length()").value(0));

        // recorded from the decision page by a planner: back to that page, which offers the form to planners only
        assertThat(html(mvc.perform(get("/decisions/{id}", decisionId).with(PLANNER).accept(MediaType.TEXT_HTML))))
                .contains("id=\"objection-form\"", "name=\"returnTo\" value=\"decision\"");
        assertThat(html(mvc.perform(get("/decisions/{id}", decisionId).with(AUDITOR).accept(MediaType.TEXT_HTML))))
                .doesNotContain("id=\"objection-form\"");
        mvc.perform(post("/objections").with(csrf()).with(plannerAsApprover).param("decisionId", decisionId)
                        .param("text", "Keberatan halaman: jarak terlalu jauh").param("receivedOn", today.toString())
                        .param("attachments", HASH + "\n\n").param("returnTo", "decision"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/decisions/" + decisionId + "#objections"));
        JsonNode recorded = json.readTree(mvc.perform(get("/api/v1/decisions/{id}/objections", decisionId).with(AUDITOR))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].recordedBy").value("pak-planner"))
                .andExpect(jsonPath("$[0].attachments[0]").value(HASH.toLowerCase()))
                .andReturn().getResponse().getContentAsString()).get(0);
        String objectionId = recorded.get("objectionId").asText();
        String resolution = "action=\"/objections/" + objectionId + "/resolution\"";

        // the list: another approver gets the resolution form, the one who recorded it a hint, an auditor neither
        assertThat(html(mvc.perform(get("/objections").param("status", "OPEN").with(APPROVER))))
                .contains("id=\"objection-" + objectionId + "\"", resolution);
        assertThat(html(mvc.perform(get("/objections").with(plannerAsApprover))))
                .contains("id=\"objection-" + objectionId + "\"", "own-objection").doesNotContain(resolution);
        assertThat(html(mvc.perform(get("/objections").with(AUDITOR)))).contains("id=\"objection-" + objectionId + "\"")
                .doesNotContain(resolution).doesNotContain("id=\"objection-form\"");
        // four eyes through the page too: refused beside the form, still open
        assertThat(html(mvc.perform(post("/objections/{id}/resolution", objectionId).with(csrf()).with(plannerAsApprover)
                .param("outcome", "UPHELD").param("reasons", "Dikabulkan"))))
                .contains("id=\"resolve-errors\"", "<code>resolver</code>", "jadi tidak boleh menyelesaikannya");
        assertThat(html(mvc.perform(post("/objections/{id}/resolution", objectionId).with(csrf()).with(APPROVER)
                .param("outcome", "REJECTED").param("reasons", " ")))).contains("id=\"resolve-errors\"", "<code>reasons</code>");
        // the URL rules: an auditor does not record, a planner does not resolve, a machine has no pages
        mvc.perform(post("/objections").with(csrf()).with(AUDITOR).param("decisionId", decisionId).param("text", "x")
                .param("receivedOn", today.toString())).andExpect(status().isForbidden());
        mvc.perform(post("/objections/{id}/resolution", objectionId).with(csrf()).with(PLANNER).param("outcome", "UPHELD")
                .param("reasons", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/objections").with(user("sistem").roles("CLIENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/decisions/{id}/objections", decisionId).with(AUDITOR))
                .andExpect(jsonPath("$[0].status").value("OPEN"));

        mvc.perform(post("/objections/{id}/resolution", objectionId).with(csrf()).with(APPROVER)
                        .param("outcome", "REJECTED").param("reasons", "Jarak sesuai ketentuan"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/objections#objection-" + objectionId));
        mvc.perform(get("/api/v1/decisions/{id}/objections", decisionId).with(AUDITOR))
                .andExpect(jsonPath("$[0].status").value("REJECTED"))
                .andExpect(jsonPath("$[0].resolution.resolvedBy").value("pak-approver"))
                .andExpect(jsonPath("$[0].resolution.reasons").value("Jarak sesuai ketentuan"));
        assertThat(html(mvc.perform(get("/objections").param("status", "REJECTED").with(OFFICER))))
                .contains("id=\"objection-" + objectionId + "\"", "Jarak sesuai ketentuan").doesNotContain(resolution);
        mvc.perform(post("/objections/{id}/resolution", "no-such-objection").with(csrf()).with(APPROVER)
                .param("outcome", "UPHELD").param("reasons", "x")).andExpect(status().isNotFound());
        // a filter the API refuses is refused beside the filter
        assertThat(html(mvc.perform(get("/objections").param("status", "UPHELD").param("overdue", "true").with(AUDITOR))))
                .contains("id=\"filter-errors\"", "<code>overdue</code>");
        assertThat(audit.verify().ok()).isTrue();
    }

    private static String html(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Objection ids of this decision only: the class's other tests record theirs in the same database. */
    private List<String> search(String... params) throws Exception {
        var request = get("/api/v1/objections").with(OFFICER);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        JsonNode found = json.readTree(mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        List<String> ids = new ArrayList<>();
        for (JsonNode o : found) {
            if (o.get("text").asText().startsWith("Keberatan pencarian")) {
                ids.add(o.get("objectionId").asText());
            }
        }
        return ids;
    }

    private String objectionId(String decisionId, LocalDate receivedOn) throws Exception {
        return json.readTree(recordObjection(decisionId, OFFICER, "Keberatan pencarian " + receivedOn, receivedOn,
                List.of()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("objectionId").asText();
    }

    private JsonNode decide() throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/decisions").with(csrf()).with(PLANNER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nip\":\"" + NIP + "\",\"limit\":3}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private ResultActions recordObjection(String decisionId, RequestPostProcessor who, String text, LocalDate received,
            List<String> attachments) throws Exception {
        ObjectNode body = json.createObjectNode().put("text", text)
                .put("receivedOn", received == null ? null : received.toString());
        attachments.forEach(body.putArray("attachments")::add);
        if (attachments.isEmpty()) {
            body.putArray("attachments");
        }
        return mvc.perform(post("/api/v1/decisions/{id}/objections", decisionId).with(csrf()).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private ResultActions resolve(String objectionId, RequestPostProcessor who, String outcome, String reasons)
            throws Exception {
        ObjectNode body = json.createObjectNode().put("outcome", outcome).put("reasons", reasons);
        return mvc.perform(post("/api/v1/objections/{id}/resolution", objectionId).with(csrf()).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private static LocalDate today() {
        return Clocks.todayInJakarta(CLOCK);
    }

}
