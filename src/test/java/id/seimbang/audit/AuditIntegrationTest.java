package id.seimbang.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The trail wired by Spring, migrated with the locations in application.yml, behind its REST API. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:audit-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@WithMockUser(username = "auditor", roles = "AUDITOR")
class AuditIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void flywayAppliesTheCommonAndTheH2MigrationsOnceEach() {
        List<Map<String, Object>> applied = sql.queryForList(
                "SELECT version, script FROM flyway_schema_history WHERE success ORDER BY installed_rank");
        assertThat(applied).extracting(row -> row.get("script"))
                .containsSubsequence("V3__audit.sql", "V3_1__audit_guard.sql", "V7__audit_facts.sql",
                        "V7_1__audit_facts_guard.sql")
                .doesNotHaveDuplicates();
        assertThat(sql.queryForList("SELECT trigger_name FROM information_schema.triggers", String.class))
                .contains("audit_record_append_only", "audit_facts_append_only");
    }

    @Test
    void verifyEndpointReportsTheChain() throws Exception {
        AuditRecord last = trail.append(AuditKind.DECISION, "it", "pv-1", "NIP-IT-1", AuditFixtures.decision("x", 1));

        mvc.perform(post("/api/v1/audit/verify").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.firstBroken").doesNotExist())
                .andExpect(jsonPath("$.recordsChecked").value((int) last.sequence()))
                .andExpect(jsonPath("$.lastHash").value(last.hash()));
    }

    @Test
    void searchEndpointListsSummariesAndRecordEndpointTheHashedDocument() throws Exception {
        AuditRecord record = trail.append(AuditKind.PLAN, "planner", "pv-2", "PLAN-IT-9", Map.of("moves", 3));

        mvc.perform(get("/api/v1/audit").param("kind", "PLAN").param("subject", "PLAN-IT-9")
                        .param("from", "2000-01-01T00:00:00Z").param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(record.id()))
                .andExpect(jsonPath("$[0].kind").value("PLAN"))
                .andExpect(jsonPath("$[0].caller").value("planner"))
                .andExpect(jsonPath("$[0].policyVersion").value("pv-2"))
                .andExpect(jsonPath("$[0].hash").value(record.hash()))
                .andExpect(jsonPath("$[0].document").doesNotExist());
        mvc.perform(get("/api/v1/audit/{id}", record.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.document").value(record.document()))
                .andExpect(jsonPath("$.previousHash").value(record.previousHash()));
    }

    @Test
    void factsEndpointGivesTheSnapshotARecordNames() throws Exception {
        FactsSnapshot facts = FactsSnapshot.of(Map.of("cells", List.of(Map.of("unitCode", "IT-1", "staff", 2))));
        AuditRecord record = trail.append(AuditKind.DECISION, "it", "pv-1", "NIP-IT-F", 1, facts);

        mvc.perform(get("/api/v1/audit/{id}", record.id()))
                .andExpect(jsonPath("$.factsHash").value(facts.hash()));
        mvc.perform(get("/api/v1/audit/facts/{hash}", facts.hash()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hash").value(facts.hash()))
                .andExpect(jsonPath("$.document").value(facts.document()));
        mvc.perform(get("/api/v1/audit/facts/{hash}", "0".repeat(64)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("hash"));
    }

    @Test
    void badSearchParametersAreProblems() throws Exception {
        mvc.perform(get("/api/v1/audit").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        // Type mismatches are rendered by the shared problem handling (system package).
        mvc.perform(get("/api/v1/audit").param("kind", "GOSSIP"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/audit").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/audit").param("from", "2026-02-01T00:00:00Z").param("to", "2026-01-01T00:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/audit/{id}", "no-such-record"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void aRecordAppendedInACallersRolledBackTransactionStaysAndTheChainHolds() {
        TransactionTemplate callers = new TransactionTemplate(transactions);
        String id = callers.execute(status -> {
            AuditRecord record = trail.append(AuditKind.DECISION, "it", "pv-1", "NIP-IT-RB", 1);
            status.setRollbackOnly();
            return record.id();
        });

        assertThat(trail.find(id)).isPresent();
        trail.append(AuditKind.DECISION, "it", "pv-1", "NIP-IT-RB", 2);
        assertThat(trail.verify().ok()).isTrue();
    }
}
