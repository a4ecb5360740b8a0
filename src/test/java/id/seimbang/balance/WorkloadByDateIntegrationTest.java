package id.seimbang.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.SurgeService;
import id.seimbang.workforce.WorkforceService;

/**
 * Issue 20 points 1 and 3 through the service, on the sample province: abk_periods.csv and surges.csv imported
 * all-or-nothing, a surge recorded by API, the balance and a decision for dates inside and outside, the decision's
 * replay, the history and the routine evaluation. Dates lie in 2030–2031 so that today's figures are untouched.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:workload-by-date-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@AutoConfigureMockMvc
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkloadByDateIntegrationTest {

    /** In the sample province: a pelaksana in the Sekretariat Daerah of Kota Bengkulu (DecisionIntegrationTest). */
    static final String CLERK = "199209232015021001";
    static final RequestPostProcessor STEWARD = user("steward").roles("DATA_STEWARD");
    static final RequestPostProcessor PLANNER = user("planner").roles("PLANNER", "AUDITOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkforceService workforce;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SurgeService surgeService;

    FormationCell clerkCell() {
        Employee e = workforce.current().employee(CLERK).orElseThrow();
        return workforce.current().cell(e.cell()).orElseThrow();
    }

    JsonNode read(String path, String... params) throws Exception {
        var request = get(path).with(PLANNER);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    double imbalanceOn(String date) throws Exception {
        return read("/api/v1/balance", "date", date).get("imbalance").asDouble();
    }

    @Test
    @Order(1)
    void badRowsOfBothFilesAreListedByLineAndNothingIsWritten() throws Exception {
        FormationCell cell = clerkCell();
        String periods = "unit_code,position_code,effective_from,workload_hours\n"
                + cell.unitCode() + "," + cell.positionCode() + ",2031-01-01,2500\n"
                + cell.unitCode() + ",NO-SUCH-POSITION,2031-01-01,2500\n"
                + cell.unitCode() + "," + cell.positionCode() + ",2031-13-01,-5\n";
        String surges = "unit_code,position_code,job_family,extra_hours,from,until,reason\n"
                + cell.unitCode() + "," + cell.positionCode() + ",,1250,2030-03-01,2030-02-01,Lonjakan\n"
                + cell.unitCode() + "," + cell.positionCode() + ",FINANCE,1250,2030-03-02,2030-04-30,Keduanya\n"
                + cell.unitCode() + ",,NO-FAMILY,0,2030-03-01,2030-04-30,\n"
                + cell.unitCode() + ",DOKTER_AM,,1250,2030-03-01,2030-04-30,Bukan sel unit ini\n";

        String body = mvc.perform(multipart("/api/v1/imports").file(csv("abk_periods", periods))
                        .file(csv("surges", surges)).with(csrf()).with(STEWARD))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();

        List<String> fields = new ArrayList<>();
        json.readTree(body).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("abk_periods.csv:3:position_code",
                "abk_periods.csv:4:effective_from", "abk_periods.csv:4:workload_hours", "surges.csv:2:until",
                "surges.csv:3:position_code", "surges.csv:4:job_family", "surges.csv:4:extra_hours",
                "surges.csv:4:reason", "surges.csv:5:position_code");
        assertThat(jdbc.queryForObject("select count(*) from workload_period", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from workload_surge", Integer.class)).isZero();
    }

    @Test
    @Order(2)
    void aSurgeImportedByCsvChangesTheBalanceOnlyInsideItsDates() throws Exception {
        double before = imbalanceOn("2030-02-28");
        FormationCell cell = clerkCell();
        String surges = "unit_code,position_code,job_family,extra_hours,from,until,reason\n"
                + cell.unitCode() + "," + cell.positionCode() + ",,25000,2030-03-01,2030-04-30,Lonjakan layanan\n";
        mvc.perform(multipart("/api/v1/imports").file(csv("surges", surges)).with(csrf()).with(STEWARD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.surges.inserted").value(1));

        assertThat(imbalanceOn("2030-02-28")).isEqualTo(before);
        assertThat(imbalanceOn("2030-03-01")).isNotEqualTo(before);
        assertThat(imbalanceOn("2030-04-30")).isEqualTo(imbalanceOn("2030-03-01"));
        assertThat(imbalanceOn("2030-05-01")).isEqualTo(before);
        JsonNode unit = read("/api/v1/units/" + cell.unitCode(), "date", "2030-03-15");
        for (JsonNode c : unit.get("cells")) {
            if (c.get("positionCode").asText().equals(cell.positionCode())) {
                assertThat(c.get("workloadHours").asDouble()).isEqualTo(cell.workloadHours() + 25000);
            }
        }
        assertThat(read("/api/v1/surges", "date", "2030-03-15")).hasSize(1);
        assertThat(read("/api/v1/surges", "date", "2030-05-01")).isEmpty();
    }

    @Test
    @Order(3)
    void aDecisionInsideTheSurgeReadsTheSurgedWorkloadAndItsReplayReproducesIt() throws Exception {
        FormationCell cell = clerkCell();
        JsonNode inside = decide("2030-03-15");
        JsonNode outside = decide("2030-06-15");

        assertThat(recordedWorkload(inside, cell)).isEqualTo(cell.workloadHours() + 25000);
        assertThat(recordedWorkload(outside, cell)).isEqualTo(cell.workloadHours());
        for (JsonNode decision : List.of(inside, outside)) {
            mvc.perform(post("/api/v1/decisions/{id}/replay", decision.get("decisionId").asText()).with(csrf())
                            .with(PLANNER))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.identical").value(true));
        }
    }

    private JsonNode decide(String asOf) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/decisions").with(csrf()).with(PLANNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"" + CLERK + "\",\"asOf\":\"" + asOf + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private double recordedWorkload(JsonNode decision, FormationCell cell) throws Exception {
        JsonNode record = read("/api/v1/decisions/" + decision.get("decisionId").asText());
        for (JsonNode c : record.at("/inputs/cells")) {
            if (c.get("unitCode").asText().equals(cell.unitCode())
                    && c.get("positionCode").asText().equals(cell.positionCode())) {
                return c.get("workloadHours").asDouble();
            }
        }
        throw new AssertionError("the record holds no facts of " + cell.key());
    }

    @Test
    @Order(4)
    void aSurgeByApiIsCheckedByFieldAndRecordedForStewardsAndPlanners() throws Exception {
        FormationCell cell = clerkCell();
        mvc.perform(post("/api/v1/surges").with(csrf()).with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + cell.unitCode() + "\",\"extraHours\":0,\"from\":\"2030-09-01\","
                                + "\"until\":\"2030-08-01\",\"reason\":\" \"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "positionCode", "extraHours", "until", "reason")));
        mvc.perform(post("/api/v1/surges").with(csrf()).with(user("client").roles("CLIENT"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());

        String surge = "{\"unitCode\":\"" + cell.unitCode() + "\",\"positionCode\":\"" + cell.positionCode()
                + "\",\"extraHours\":1250,\"from\":\"2030-09-01\",\"until\":\"2030-09-30\","
                + "\"reason\":\"Kampanye vaksinasi\"}";
        mvc.perform(post("/api/v1/surges").with(csrf()).with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content(surge))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(false))
                .andExpect(jsonPath("$.cells[0].positionCode").value(cell.positionCode()));
        mvc.perform(post("/api/v1/surges").with(csrf()).with(STEWARD).contentType(MediaType.APPLICATION_JSON)
                        .content(surge.replace("1250", "2500")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(true));
        assertThat(read("/api/v1/units/" + cell.unitCode(), "date", "2030-09-15").get("cells").findValues(
                "workloadHours")).anySatisfy(w -> assertThat(w.asDouble()).isEqualTo(cell.workloadHours() + 2500));
    }

    @Test
    @Order(4)
    void aSurgeIsWithdrawnByItsKeyForStewardsAndPlannersWithAnAuditRecord() throws Exception {
        FormationCell cell = clerkCell();
        String json = "{\"unitCode\":\"" + cell.unitCode() + "\",\"positionCode\":\"" + cell.positionCode()
                + "\",\"extraHours\":3750,\"from\":\"2030-10-01\",\"until\":\"2030-10-31\",\"reason\":\"Lonjakan\"}";
        mvc.perform(post("/api/v1/surges").with(csrf()).with(STEWARD).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isOk());
        double during = imbalanceOn("2030-10-15");
        Integer audits = jdbc.queryForObject("select count(*) from audit_record where subject = 'surge-withdrawn'",
                Integer.class);

        // not allowed for other roles (URL rule; the service method checks the same roles)
        mvc.perform(delete("/api/v1/surges").with(csrf()).with(user("auditor").roles("AUDITOR"))
                        .param("unitCode", cell.unitCode()).param("positionCode", cell.positionCode())
                        .param("from", "2030-10-01"))
                .andExpect(status().isForbidden());
        // an incomplete key names its fields; an unknown key is 404; both problem+json
        mvc.perform(delete("/api/v1/surges").with(csrf()).with(PLANNER).param("unitCode", cell.unitCode())
                        .param("positionCode", cell.positionCode()).param("jobFamily", "KESEHATAN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "positionCode", "from")));
        mvc.perform(delete("/api/v1/surges").with(csrf()).with(PLANNER).param("unitCode", cell.unitCode())
                        .param("positionCode", cell.positionCode()).param("from", "2030-10-02"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("surge"));
        assertThat(imbalanceOn("2030-10-15")).isEqualTo(during);

        mvc.perform(delete("/api/v1/surges").with(csrf()).with(PLANNER).param("unitCode", cell.unitCode())
                        .param("positionCode", cell.positionCode()).param("from", "2030-10-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.extraHours").value(3750))
                .andExpect(jsonPath("$.reason").value("Lonjakan"));

        assertThat(imbalanceOn("2030-10-15")).isNotEqualTo(during).isEqualTo(imbalanceOn("2030-11-01"));
        assertThat(read("/api/v1/surges", "date", "2030-10-15")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where subject = 'surge-withdrawn'",
                Integer.class)).isEqualTo(audits + 1);
        // the service method checks the roles itself, whatever the URL rules say
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("auditor", "x", "ROLE_AUDITOR"));
        try {
            assertThatThrownBy(() -> surgeService.withdraw(cell.unitCode(), cell.positionCode(), null,
                    java.time.LocalDate.of(2030, 10, 1), "auditor")).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        // the withdrawal is documented with its answers
        JsonNode withdrawal = this.json.readTree(mvc.perform(get("/v3/api-docs").with(PLANNER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).at("/paths/~1api~1v1~1surges/delete");
        assertThat(withdrawal.get("summary").asText()).startsWith("Withdraw");
        assertThat(withdrawal.get("responses").fieldNames()).toIterable().contains("200", "400", "404");
        // withdrawn twice: 404
        mvc.perform(delete("/api/v1/surges").with(csrf()).with(STEWARD).param("unitCode", cell.unitCode())
                        .param("positionCode", cell.positionCode()).param("from", "2030-10-01"))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(5)
    void anImportOfANewAbkPeriodKeepsTheOldOneAndHistoryAndRoutineEvaluationReadThemByDate() throws Exception {
        FormationCell cell = clerkCell();
        String first = "unit_code,position_code,effective_from,workload_hours\n"
                + cell.unitCode() + "," + cell.positionCode() + ",2031-01-01," + (int) (cell.workloadHours() + 12500)
                + "\n";
        String second = "unit_code,position_code,effective_from,workload_hours\n"
                + cell.unitCode() + "," + cell.positionCode() + ",2032-01-01," + (int) (cell.workloadHours() + 25000)
                + "\n";
        for (String periods : List.of(first, second)) {
            mvc.perform(multipart("/api/v1/imports").file(csv("abk_periods", periods)).with(csrf()).with(STEWARD))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.counts.abk_periods.inserted").value(1));
        }
        assertThat(jdbc.queryForObject("select count(*) from workload_period", Integer.class)).isEqualTo(2);

        JsonNode history = read("/api/v1/balance/history", "unit", cell.unitCode());
        assertThat(history.get("dates")).extracting(JsonNode::asText).containsExactly("2031-01-01", "2032-01-01");
        JsonNode points = null;
        for (JsonNode c : history.get("cells")) {
            if (c.get("positionCode").asText().equals(cell.positionCode())) {
                points = c.get("points");
            }
        }
        assertThat(points).extracting(p -> p.get("workloadHours").asDouble())
                .containsExactly(cell.workloadHours() + 12500, cell.workloadHours() + 25000);

        JsonNode report = read("/api/v1/balance/routine-evaluation", "from", "2030-12-31", "to", "2031-06-30");
        assertThat(report.get("rows")).anySatisfy(r -> {
            assertThat(r.get("positionCode").asText()).isEqualTo(cell.positionCode());
            assertThat(r.get("workloadTo").asDouble()).isEqualTo(cell.workloadHours() + 12500);
        });
        String csv = mvc.perform(get("/api/v1/balance/routine-evaluation").with(PLANNER).param("from", "2030-12-31")
                        .param("to", "2031-06-30").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("unit,nama_unit,jabatan,nama_jabatan,pegawai_awal,pegawai_akhir,");
        assertThat(csv).contains(cell.unitCode() + ",");
        byte[] xlsx = mvc.perform(get("/api/v1/balance/routine-evaluation").with(PLANNER)
                        .param("from", "2030-12-31").param("to", "2031-06-30").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("Sel").getLastRowNum()).isEqualTo(report.get("rows").size());
        }
        mvc.perform(get("/api/v1/balance/routine-evaluation").with(PLANNER).param("from", "2031-06-30")
                        .param("to", "2030-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        // the dashboard draws the unit's history
        String page = mvc.perform(get("/").with(PLANNER).param("unit", cell.unitCode())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the unit's totals show the gap, each cell its EJ; each table feeds the line chart above it
        // both dates lie after today: the staff shown is today's, and each point and the report name that day
        assertThat(headers(page, "history-table")).containsExactly("Awal periode", "Beban kerja (jam/tahun)",
                "Kebutuhan", "Pegawai", "Selisih", "Predikat EJ");
        assertThat(headers(page, "history-cell-0")).containsExactly("Awal periode", "Beban kerja (jam/tahun)",
                "Kebutuhan", "Pegawai", "EJ", "Predikat EJ");
        String today = java.time.LocalDate.now(id.seimbang.system.Clocks.JAKARTA).toString();
        assertThat(page).contains("riwayat penempatan, yang dicatat oleh setiap impor data pegawai sejak " + today,
                "(per " + today + ")");
        assertThat(points).extracting(p -> p.get("staffAsOf").asText()).containsOnly(today);
        assertThat(history.get("staffRecordedFrom").asText()).isEqualTo(today);
        assertThat(report.get("staffAsOfFrom").asText()).isEqualTo(today);
        assertThat(report.get("staffAsOfTo").asText()).isEqualTo(today);
        assertThat(page).contains("id=\"history-chart\"", "data-source=\"history-table\"",
                "id=\"history-cell-chart-0\"", "data-source=\"history-cell-0\"");
    }

    @Test
    @Order(6)
    void theSampleInTestsDataImportsOnTopOfTheSampleProvince() throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of("tests-data/workload-history");
        mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile("abk_periods", "abk_periods.csv", "text/csv",
                                java.nio.file.Files.readAllBytes(folder.resolve("abk_periods.csv"))))
                        .file(new MockMultipartFile("surges", "surges.csv", "text/csv",
                                java.nio.file.Files.readAllBytes(folder.resolve("surges.csv"))))
                        .with(csrf()).with(STEWARD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.abk_periods.inserted").value(10))
                .andExpect(jsonPath("$.counts.surges.inserted").value(2));
        // the vaccination campaign adds 7500 h/year to the health family of 1771-DINKES, split over its cells
        JsonNode during = read("/api/v1/units/1771-DINKES", "date", "2027-02-15");
        JsonNode after = read("/api/v1/units/1771-DINKES", "date", "2027-03-01");
        double sumDuring = 0;
        double sumAfter = 0;
        for (JsonNode c : during.get("cells")) {
            sumDuring += c.get("workloadHours").asDouble();
        }
        for (JsonNode c : after.get("cells")) {
            sumAfter += c.get("workloadHours").asDouble();
        }
        assertThat(sumDuring - sumAfter).isCloseTo(7500, org.assertj.core.data.Offset.offset(1e-6));
    }

    /**
     * Staff by date (V20): the province's placements are dated back to 2024-06-01 (as if it had been loaded then),
     * then an import moves a registration clerk of 1771-DUKCAPIL to data processing. Her earlier placement is closed
     * today and the new one starts today; the history's 2025-01-01 point (the ABK periods of tests-data/workload-history)
     * counts her in her earlier cell, today's balance in the new one.
     */
    @Test
    @Order(7)
    void anImportRecordsTheMoveInThePlacementHistoryAndTheHistoryShowsTheStaffOfEachDate() throws Exception {
        String nip = "197006291989071001";
        String registration = "PENGADMINISTRASI_REGISTRASI";
        String processing = "PENGOLAH_DATA_KEPENDUDUKAN";
        String today = java.time.LocalDate.now(id.seimbang.system.Clocks.JAKARTA).toString();
        assertThat(jdbc.queryForObject("select count(*) from employee_placement where valid_until is null",
                Integer.class)).as("every employee of the sample has an open placement from its import")
                .isEqualTo(jdbc.queryForObject("select count(*) from employee", Integer.class));
        jdbc.update("update employee_placement set valid_from = date '2024-06-01'");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("tests-data/bengkulu/employees.csv"));
        String row = lines.stream().filter(l -> l.startsWith(nip + ",")).findFirst().orElseThrow();
        String moved = row.replace(",1771-DUKCAPIL," + registration + ",", ",1771-DUKCAPIL," + processing + ",");
        assertThat(moved).isNotEqualTo(row);
        int registrationToday = workforce.current().staffOf(new id.seimbang.workforce.CellKey("1771-DUKCAPIL",
                registration)).size();

        mvc.perform(multipart("/api/v1/imports").file(csv("employees", lines.get(0) + "\n" + moved + "\n"))
                        .with(csrf()).with(STEWARD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.employees.updated").value(1));

        assertThat(jdbc.queryForList("select position_code, valid_from, valid_until from employee_placement"
                + " where nip = ? order by valid_from", nip)).extracting(r -> r.get("position_code") + " "
                        + r.get("valid_from") + " " + r.get("valid_until"))
                .containsExactly(registration + " 2024-06-01 " + today, processing + " " + today + " null");
        JsonNode history = read("/api/v1/balance/history", "unit", "1771-DUKCAPIL");
        assertThat(history.get("staffRecordedFrom").asText()).isEqualTo("2024-06-01");
        assertThat(history.get("dates").get(0).asText()).isEqualTo("2025-01-01");
        for (JsonNode cell : history.get("cells")) {
            JsonNode first = cell.get("points").get(0);
            assertThat(first.get("staffAsOf").asText()).isEqualTo("2025-01-01");
            if (cell.get("positionCode").asText().equals(registration)) {
                assertThat(first.get("staff").asInt()).as("she was a registration clerk on 2025-01-01")
                        .isEqualTo(registrationToday);
                JsonNode last = cell.get("points").get(cell.get("points").size() - 1);
                assertThat(last.get("staff").asInt()).as("and is not any more").isEqualTo(registrationToday - 1);
            }
        }
        // the routine evaluation between 2025-01-01 and a date after today compares the staff of both days
        JsonNode report = read("/api/v1/balance/routine-evaluation", "from", "2025-01-01", "to", "2032-06-30",
                "gapGrowth", "0");
        assertThat(report.get("staffAsOfFrom").asText()).isEqualTo("2025-01-01");
        assertThat(report.get("staffAsOfTo").asText()).isEqualTo(today);
        assertThat(report.get("rows")).anySatisfy(r -> {
            assertThat(r.get("positionCode").asText()).isEqualTo(registration);
            assertThat(r.get("staffFrom").asInt()).isEqualTo(registrationToday);
            assertThat(r.get("staffTo").asInt()).isEqualTo(registrationToday - 1);
        });
    }

    private static MockMultipartFile csv(String kind, String content) {
        return new MockMultipartFile(kind, kind + ".csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    /** The column headers of the table with this id, in order. */
    private static List<String> headers(String page, String tableId) {
        int table = page.indexOf("<table id=\"" + tableId + "\"");
        assertThat(table).as("table " + tableId).isNotNegative();
        String head = page.substring(page.indexOf("<thead>", table), page.indexOf("</thead>", table));
        return java.util.regex.Pattern.compile("<th[^>]*>([^<]*)</th>").matcher(head).results()
                .map(m -> m.group(1)).toList();
    }
}
