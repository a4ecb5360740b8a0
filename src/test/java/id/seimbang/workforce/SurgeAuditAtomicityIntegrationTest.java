package id.seimbang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 20: a surge recorded or withdrawn, and an import, are one transaction with their audit record. The audit
 * append is made to fail by a constraint on audit_record (as a full disk or a lost connection would at that
 * moment); then nothing of the change may be written. Dates in 2030 leave today's figures alone. H2 by default; on
 * PostgreSQL with {@code -Dseimbang.test.datasource.url=jdbc:postgresql://host:port/empty-db} (and {@code .user},
 * {@code .password}).
 */
@SpringBootTest(properties = {"spring.datasource.url=${seimbang.test.datasource.url:jdbc:h2:mem:surge-audit-${random.uuid};"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}",
        "spring.datasource.username=${seimbang.test.datasource.user:sa}",
        "spring.datasource.password=${seimbang.test.datasource.password:}"})
@AutoConfigureMockMvc
@DirtiesContext
class SurgeAuditAtomicityIntegrationTest {

    static final RequestPostProcessor STEWARD = user("steward").roles("DATA_STEWARD");
    static final RequestPostProcessor PLANNER = user("planner").roles("PLANNER");
    static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");
    /** A pelaksana of the Sekretariat Daerah of Kota Bengkulu in the sample province. */
    static final String CLERK = "199209232015021001";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkforceService workforce;
    @Autowired
    ImportCommand command;

    /** The audit table refuses records with these subjects, as if the append failed there. */
    void refuseAuditRecords(String... subjects) {
        jdbc.execute("ALTER TABLE audit_record ADD CONSTRAINT test_refused_subject CHECK (subject IS NULL OR subject"
                + " NOT IN ('" + String.join("', '", subjects) + "'))");
    }

    /** As {@link #refuseAuditRecords}, for import records by this caller only (the sample province's is stored). */
    void refuseImportRecordsBy(String caller) {
        jdbc.execute("ALTER TABLE audit_record ADD CONSTRAINT test_refused_subject CHECK (subject IS NULL OR caller"
                + " IS NULL OR NOT (subject = 'import' AND caller = '" + caller + "'))");
    }

    @AfterEach
    void acceptAuditRecords() {
        jdbc.execute("ALTER TABLE audit_record DROP CONSTRAINT IF EXISTS test_refused_subject");
    }

    int surgeRows() {
        return jdbc.queryForObject("SELECT count(*) FROM workload_surge", Integer.class);
    }

    int records(String subject) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_record WHERE subject = ?", Integer.class, subject);
    }

    int records(String subject, String caller) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_record WHERE subject = ? AND caller = ?", Integer.class,
                subject, caller);
    }

    long generation() {
        return jdbc.queryForObject("SELECT generation FROM cluster_generation WHERE name = 'workforce'", Long.class);
    }

    String surgeJson(FormationCell cell, String from) {
        return "{\"unitCode\":\"" + cell.unitCode() + "\",\"positionCode\":\"" + cell.positionCode()
                + "\",\"extraHours\":2500,\"from\":\"" + from + "\",\"until\":\"2030-03-31\",\"reason\":\"Lonjakan\"}";
    }

    FormationCell clerkCell() {
        Workforce w = workforce.current();
        return w.cell(w.employee(CLERK).orElseThrow().cell()).orElseThrow();
    }

    @Test
    void aSurgeWhoseAuditRecordFailsIsNotRecordedNorWithdrawn() throws Exception {
        FormationCell cell = clerkCell();
        long generation = generation();
        refuseAuditRecords("surge", "surge-withdrawn");

        mvc.perform(post("/api/v1/surges").with(csrf()).with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                .content(surgeJson(cell, "2030-03-01"))).andExpect(status().is5xxServerError());

        assertThat(surgeRows()).isZero();
        assertThat(generation()).isEqualTo(generation);
        assertThat(workforce.current().surges()).isEmpty();

        acceptAuditRecords();
        mvc.perform(post("/api/v1/surges").with(csrf()).with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                .content(surgeJson(cell, "2030-03-01"))).andExpect(status().isOk());
        assertThat(surgeRows()).isEqualTo(1);
        assertThat(records("surge")).isEqualTo(1);

        refuseAuditRecords("surge-withdrawn");
        long recorded = generation();
        mvc.perform(delete("/api/v1/surges").with(csrf()).with(STEWARD).param("unitCode", cell.unitCode())
                        .param("positionCode", cell.positionCode()).param("from", "2030-03-01"))
                .andExpect(status().is5xxServerError());
        assertThat(surgeRows()).isEqualTo(1);
        assertThat(generation()).isEqualTo(recorded);
        assertThat(workforce.current().surges()).hasSize(1);

        acceptAuditRecords();
        mvc.perform(delete("/api/v1/surges").with(csrf()).with(STEWARD).param("unitCode", cell.unitCode())
                        .param("positionCode", cell.positionCode()).param("from", "2030-03-01"))
                .andExpect(status().isOk());
        assertThat(surgeRows()).isZero();
        assertThat(records("surge-withdrawn")).isEqualTo(1);
        verifies();
    }

    @Test
    void anImportWhoseAuditRecordFailsWritesNoRow() throws Exception {
        FormationCell cell = clerkCell();
        String surges = "unit_code,position_code,job_family,extra_hours,from,until,reason\n"
                + cell.unitCode() + "," + cell.positionCode() + ",,2500,2030-06-01,2030-06-30,Lonjakan\n";
        String periods = "unit_code,position_code,effective_from,workload_hours\n"
                + cell.unitCode() + "," + cell.positionCode() + ",2031-01-01,2500\n";
        long generation = generation();
        int periodRows = jdbc.queryForObject("SELECT count(*) FROM workload_period", Integer.class);
        refuseImportRecordsBy("steward");

        mvc.perform(multipart("/api/v1/imports").file(csv("surges", surges)).file(csv("abk_periods", periods))
                .with(csrf()).with(STEWARD)).andExpect(status().is5xxServerError());

        assertThat(surgeRows()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM workload_period", Integer.class)).isEqualTo(periodRows);
        assertThat(generation()).isEqualTo(generation);

        acceptAuditRecords();
        mvc.perform(multipart("/api/v1/imports").file(csv("surges", surges)).file(csv("abk_periods", periods))
                        .with(csrf()).with(STEWARD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.surges.inserted").value(1));
        assertThat(surgeRows()).isEqualTo(1);
        assertThat(records("import", "steward")).isEqualTo(1);
        verifies();
    }

    /** Issue 20: the sample province loaded at start-up has its IMPORT record, as an API import has. */
    @Test
    void theSampleProvinceLoadedAtStartUpHasItsAuditRecord() throws Exception {
        assertThat(records("import", "sample-province")).isEqualTo(1);
        String document = jdbc.queryForObject("SELECT document FROM audit_record WHERE subject = 'import'"
                + " AND caller = 'sample-province'", String.class);
        assertThat(document).contains("\"employees\"", "\"inserted\":2500");
        verifies();
    }

    /**
     * Issue 20: the command-line import appends its IMPORT record (caller command-line) in the import's transaction:
     * when the append fails, no row is written; otherwise rows and record are there together.
     */
    @Test
    void aCommandLineImportWritesItsAuditRecordWithTheRowsOrNothing(@TempDir Path folder) throws Exception {
        FormationCell cell = clerkCell();
        Files.writeString(folder.resolve("abk_periods.csv"), "unit_code,position_code,effective_from,workload_hours\n"
                + cell.unitCode() + "," + cell.positionCode() + ",2033-01-01,2500\n");
        long generation = generation();
        int periods = jdbc.queryForObject("SELECT count(*) FROM workload_period", Integer.class);
        refuseImportRecordsBy("command-line");

        assertThatThrownBy(() -> command.importFrom(folder)).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM workload_period", Integer.class)).isEqualTo(periods);
        assertThat(generation()).isEqualTo(generation);
        assertThat(records("import", "command-line")).isZero();

        acceptAuditRecords();
        assertThat(command.importFrom(folder)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM workload_period", Integer.class)).isEqualTo(periods + 1);
        assertThat(records("import", "command-line")).isEqualTo(1);
        verifies();
    }

    void verifies() throws Exception {
        mvc.perform(post("/api/v1/audit/verify").with(csrf()).with(AUDITOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true));
    }

    static MockMultipartFile csv(String kind, String content) {
        return new MockMultipartFile(kind, kind + ".csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
