package id.seimbang.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.audit.AuditTrail;
import id.seimbang.audit.ChainVerification;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicyService;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.policy.PolicyStatus;
import id.seimbang.policy.PolicyVersionStore;

/**
 * The decision endpoint on the sample province: record, explanation, search, tamper detection and replay
 * across a policy change.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:decisions-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
@DirtiesContext
class DecisionIntegrationTest {

    /** In the sample province: a pelaksana in the Sekretariat Daerah of Kota Bengkulu, far over need. */
    static final String SURPLUS_CLERK = "199209232015021001";
    static final String AS_OF = "2026-11-26";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActivePolicy activePolicy;
    @Autowired
    PolicyService policies;
    @Autowired
    PolicyVersionStore versions;

    @Test
    void decisionIsRankedRecordedExplainedAndFound() throws Exception {
        JsonNode decision = decide(SURPLUS_CLERK, "{\"limit\":3}");
        String id = decision.get("decisionId").asText();
        JsonNode moves = decision.at("/outcome/moves");
        assertThat(decision.at("/outcome/eligible").asBoolean()).isTrue();
        assertThat(moves.size()).isBetween(1, 3);
        for (JsonNode m : moves) {
            assertThat(m.get("score").asDouble()).isEqualTo(m.get("gain").asDouble() - m.get("penalty").asDouble());
            assertThat(m.get("gain").asDouble())
                    .isEqualTo(2 * (m.get("gapFrom").asDouble() - m.get("gapTo").asDouble()) - 2);
        }
        for (int i = 1; i < moves.size(); i++) {
            assertThat(moves.get(i - 1).get("score").asDouble()).isGreaterThanOrEqualTo(moves.get(i).get("score").asDouble());
        }

        mvc.perform(get("/api/v1/decisions/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inputs.employee.nip").value(SURPLUS_CLERK))
                .andExpect(jsonPath("$.inputs.asOf").value(AS_OF))
                .andExpect(jsonPath("$.hash").value(decision.get("hash").asText()));
        mvc.perform(get("/api/v1/decisions/{id}/explanation", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.id").isString())
                .andExpect(jsonPath("$.summary.en").isString())
                .andExpect(jsonPath("$.moves[0].rank").value(1));
        mvc.perform(get("/api/v1/decisions").param("nip", SURPLUS_CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].decisionId", hasItem(id)));
    }

    @Test
    void badRequestsNameTheField() throws Exception {
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content("{\"nip\":\"123\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"" + SURPLUS_CLERK + "\",\"limit\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"" + SURPLUS_CLERK + "\",\"scope\":\"PLANET\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scope"));
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"199001012020011001\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        mvc.perform(get("/api/v1/decisions/{id}", "no-such-decision"))
                .andExpect(status().isNotFound());
    }

    @Test
    void recordEditedInTheDatabaseFailsVerificationAtThatRecord() throws Exception {
        decide(SURPLUS_CLERK, "{}");
        String tampered = decide(SURPLUS_CLERK, "{}").get("decisionId").asText();
        decide(SURPLUS_CLERK, "{}");
        assertThat(audit.verify().ok()).isTrue();

        // A DBA with full rights removes the guard and edits the stored outcome.
        String original = jdbc.queryForObject("SELECT document FROM audit_record WHERE id = ?", String.class, tampered);
        jdbc.execute("DROP TRIGGER audit_record_append_only");
        try {
            jdbc.update("UPDATE audit_record SET document = REPLACE(document, '\"eligible\":true', '\"eligible\":false') "
                    + "WHERE id = ?", tampered);
            ChainVerification verification = audit.verify();
            assertThat(verification.ok()).isFalse();
            assertThat(verification.firstBroken().id()).isEqualTo(tampered);
            mvc.perform(post("/api/v1/audit/verify"))
                    .andExpect(jsonPath("$.ok").value(false))
                    .andExpect(jsonPath("$.firstBroken.id").value(tampered));
        } finally {
            jdbc.update("UPDATE audit_record SET document = ? WHERE id = ?", original, tampered);
            jdbc.execute("CREATE TRIGGER audit_record_append_only BEFORE UPDATE, DELETE ON audit_record "
                    + "FOR EACH ROW CALL 'id.seimbang.audit.AppendOnlyTrigger'");
        }
    }

    @Test
    void replayAfterAPolicyChangeReproducesTheOldDecisionWithTheOldVersion() throws Exception {
        JsonNode before = decide(SURPLUS_CLERK, "{}");
        String oldVersion = before.at("/outcome/policyVersion").asText();
        PolicySnapshot original = activePolicy.current();

        // Policy officers shorten the minimum time in position; a new version goes live.
        List<PolicyFile> edited = PolicyFixtures.withParameter("position.min-months", "6");
        PolicySnapshot changed = activePolicy.replace(edited);
        versions.save(changed.version(), changed.files(), PolicyStatus.DRAFT, "test", "6 months", Instant.now());
        try {
            policies.activate(changed.version());
            assertThat(decide(SURPLUS_CLERK, "{}").at("/outcome/policyVersion").asText()).isEqualTo(changed.version());

            mvc.perform(post("/api/v1/decisions/{id}/replay", before.get("decisionId").asText()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.policyVersion").value(oldVersion))
                    .andExpect(jsonPath("$.recompiled").value(true))
                    .andExpect(jsonPath("$.identical").value(true))
                    .andExpect(jsonPath("$.differences").isEmpty());
        } finally {
            policies.activate(original.version());
        }
    }

    private JsonNode decide(String nip, String extra) throws Exception {
        JsonNode body = json.readTree(extra);
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("nip", nip).put("asOf", AS_OF);
        String response = mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }
}
