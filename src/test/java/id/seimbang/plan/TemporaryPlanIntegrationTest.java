package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.audit.AuditKind;
import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.TemporaryFacts;
import id.seimbang.placement.TemporaryFit;
import id.seimbang.placement.TemporaryFitEvaluator;
import id.seimbang.placement.TemporaryWork;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * A plan of temporary assignments (issue 20 point 2c) on the sample province: a vaccination campaign in Kota
 * Bengkulu. Every assignment is one the policy allows (checked here through the rules and the fit table), every home
 * cell keeps its floor, the optimum is proven, and exports and the page show the assignments apart with their period.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:temporary-plans-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
@DirtiesContext
@WithMockUser(username = "planner", roles = {"PLANNER", "AUDITOR"})
class TemporaryPlanIntegrationTest {

    static final LocalDate FROM = LocalDate.of(2027, 1, 4);
    static final LocalDate UNTIL = LocalDate.of(2027, 2, 26);
    static final String CAMPAIGN = "{\"scope\":\"KABUPATEN\",\"scopeCode\":\"1771\",\"temporary\":{\"work\":\"VAKSINASI\","
            + "\"from\":\"" + FROM + "\",\"until\":\"" + UNTIL + "\"}}";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlanService plans;
    @Autowired
    WorkforceService workforce;
    @Autowired
    ActivePolicy activePolicy;
    @Autowired
    EligibilityService eligibility;

    @Test
    void aVaccinationCampaignIsOptimalAllowedAndKeepsEveryHomeCellFloor() throws Exception {
        String id = completed(start(CAMPAIGN));
        PlanView plan = plans.view(id);
        assertThat(plan.status()).isEqualTo(PlanStatus.COMPLETED);
        PlanResult r = plan.result();
        assertThat(r.temporary()).isEqualTo(new PlanResult.Temporary(TemporaryWork.VAKSINASI, FROM, UNTIL, 0.75));
        assertThat(r.asOf()).isEqualTo(FROM);
        assertThat(r.moves()).isNotEmpty();
        assertThat(r.evidence().provenOptimal()).isTrue();
        assertThat(r.objective()).isLessThanOrEqualTo(r.greedyObjective() + 1e-9);
        assertThat(r.imbalanceAfter()).isLessThan(r.imbalanceBefore());

        Workforce data = workforce.current();
        PolicySnapshot policy = activePolicy.current();
        double e = policy.parameters().effectiveHoursPerYear();
        Map<CellKey, Integer> away = new HashMap<>();
        Set<String> assigned = new HashSet<>();
        for (PlannedMove m : r.moves()) {
            Employee employee = data.employee(m.nip()).orElseThrow();
            CellKey home = new CellKey(m.fromUnit(), m.fromPosition());
            assertThat(employee.cell()).isEqualTo(home);
            assertThat(assigned.add(m.nip())).isTrue();
            assertThat(m.toUnit()).isNotEqualTo(m.fromUnit());
            assertThat(data.position(m.toPosition()).orElseThrow().jobFamily()).isEqualTo("HEALTH");
            assertThat(data.unit(m.toUnit()).orElseThrow().kabupatenCode()).isEqualTo("1771");
            // the policy allows it: the temporary rules with this employee away, and the fit table
            int staff = data.staffOf(home).size();
            double need = data.cell(home).orElseThrow().workloadHours() / e;
            assertThat(eligibility.evaluateTemporary(policy, TemporaryFacts.of(employee, FROM, UNTIL, staff, staff - 1,
                    need)).allowed()).as(m.nip()).isTrue();
            TemporaryFit fit = TemporaryFitEvaluator.of(policy).evaluate(TemporaryWork.VAKSINASI,
                    employee.competencies(), data.position(employee.positionCode()).orElseThrow().jobFamily());
            assertThat(fit.excluded()).isFalse();
            assertThat(m.penalty()).isEqualTo(fit.penalty());
            assertThat(m.fitLevel()).isEqualTo(fit.fitLevel());
            away.merge(home, 1, Integer::sum);
        }
        // the home-cell floor holds for all assignments together, not only one by one
        away.forEach((cell, count) -> {
            double need = data.cell(cell).orElseThrow().workloadHours() / e;
            assertThat(data.staffOf(cell).size() - count).as("%s", cell).isGreaterThanOrEqualTo((int) Math.ceil(0.75 * need - 1e-9));
        });

        // exports show the assignments apart, with their period
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(download("/api/v1/plans/" + id + "/export?format=csv").getResponse()
                        .getContentAsString())).getRecords();
        assertThat(rows).hasSize(r.moves().size()).allSatisfy(row -> {
            assertThat(row.get("penugasan_sementara")).isEqualTo("VAKSINASI");
            assertThat(row.get("mulai")).isEqualTo(FROM.toString());
            assertThat(row.get("sampai")).isEqualTo(UNTIL.toString());
        });
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download("/api/v1/plans/" + id + "/export?format=xlsx").getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheet("Perpindahan")).isNull();
            assertThat(book.getSheet("Penugasan sementara").getLastRowNum()).isEqualTo(r.moves().size());
        }
        assertThat(download("/api/v1/plans/" + id + "/candidates").getResponse().getContentAsString())
                .contains("# temporary assignments: work=VAKSINASI; from=2027-01-04; until=2027-02-26; homeMinShare=0.75");

        String page = mvc.perform(get("/plans/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"temporary-period\"", "Vaksinasi, 2027-01-04 s.d. 2027-02-26",
                "<h2 id=\"moves-heading\">Penugasan sementara</h2>", "kembali setelah 2027-02-26",
                "class=\"temporary-until\">", "<span>2027-02-26</span>");
    }

    @Test
    void aTemporaryPlanNeedsItsWorkAndPeriodAndNoAsOf() throws Exception {
        mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"PROVINCE\",\"temporary\":{\"work\":\"VAKSINASI\",\"from\":\"2027-02-01\","
                                + "\"until\":\"2027-01-31\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("temporary.until"));
        mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"PROVINCE\",\"asOf\":\"2026-11-26\",\"temporary\":{\"work\":\"VAKSINASI\","
                                + "\"from\":\"2027-01-04\",\"until\":\"2027-01-31\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"PROVINCE\",\"temporary\":{}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("temporary.work",
                        "temporary.from", "temporary.until")));
    }

    @Test
    void theFormStartsATemporaryPlan() throws Exception {
        String location = mvc.perform(post("/plans").with(csrf()).param("scope", "KABUPATEN").param("scopeCode", "1771")
                        .param("moveCost", "1").param("temporaryWork", "PELAYANAN_KEPENDUDUKAN")
                        .param("temporaryFrom", "2027-01-04").param("temporaryUntil", "2027-01-29"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = completed(location.substring("/plans/".length()));
        assertThat(plans.view(id).result().temporary().work()).isEqualTo(TemporaryWork.PELAYANAN_KEPENDUDUKAN);
        assertThat(plans.view(id).result().moves()).allSatisfy(m ->
                assertThat(workforce.current().position(m.toPosition()).orElseThrow().jobFamily()).isEqualTo("POPULATION"));
        // and the form page offers the kinds of work
        assertThat(mvc.perform(get("/plans")).andReturn().getResponse().getContentAsString())
                .contains("<option value=\"VAKSINASI\">Vaksinasi</option>");
    }

    @Autowired
    id.seimbang.audit.AuditTrail audit;

    @Test
    void assignmentsAreEndedAndExtendedAsAuditRecords() throws Exception {
        String id = completed(start(CAMPAIGN));
        List<PlannedMove> moves = plans.view(id).result().moves();
        assertThat(moves).hasSizeGreaterThanOrEqualTo(2);
        String first = moves.get(0).nip();
        String second = moves.get(1).nip();
        com.fasterxml.jackson.databind.JsonNode all = json.readTree(mvc.perform(get("/api/v1/plans/{id}/assignments", id))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(all).hasSize(moves.size());
        all.forEach(a -> assertThat(a.get("until").asText()).isEqualTo(UNTIL.toString()));

        // extended by two weeks: the rules judge the added days, the change is recorded
        change(id, first, "extension", UNTIL.plusDays(14), "Kampanye diperpanjang dua minggu").andExpect(status().isOk())
                .andExpect(jsonPath("$.until").value(UNTIL.plusDays(14).toString()))
                .andExpect(jsonPath("$.ended").value(false))
                .andExpect(jsonPath("$.changes[0].kind").value("EXTEND"))
                .andExpect(jsonPath("$.changes[0].previousUntil").value(UNTIL.toString()));
        // a new end that is not after the current one is not an extension
        change(id, first, "extension", UNTIL.plusDays(14), "lagi").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("until"));
        // ended early, then final
        change(id, second, "end", FROM.minusDays(1), "x").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reasonEn").value("The last day " + FROM.minusDays(1)
                        + " is before the assignment starts (" + FROM + ")"));
        change(id, second, "end", FROM.plusDays(10), " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        change(id, second, "end", FROM.plusDays(10), "Dibutuhkan kembali di unit asal").andExpect(status().isOk())
                .andExpect(jsonPath("$.ended").value(true)).andExpect(jsonPath("$.until").value(FROM.plusDays(10).toString()));
        change(id, second, "extension", UNTIL.plusDays(30), "x").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reasonEn").value("The assignment of employee " + second
                        + " already ended on " + FROM.plusDays(10)));
        change(id, "199001012015031001", "end", FROM.plusDays(1), "x").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        // only planners change; auditors read
        mvc.perform(post("/api/v1/plans/{id}/moves/{nip}/end", id, first).with(csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("a").roles("AUDITOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"until\":\"" + FROM.plusDays(2) + "\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());

        var records = audit.search(AuditKind.TEMPORARY_ASSIGNMENT_CHANGE, id, null, null, 10);
        assertThat(records).hasSize(2);
        String extension = audit.find(records.stream().filter(r -> audit.find(r.id()).orElseThrow().document()
                .contains("\"EXTEND\"")).findFirst().orElseThrow().id()).orElseThrow().document();
        assertThat(extension).contains(first, "Kampanye diperpanjang dua minggu", UNTIL.plusDays(14).toString(),
                plans.view(id).auditId());
        assertThat(audit.verify().ok()).isTrue();

        // the exports and the page carry the ends as they stand
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(download("/api/v1/plans/" + id + "/export?format=csv").getResponse()
                        .getContentAsString())).getRecords();
        Map<String, String> until = new HashMap<>();
        rows.forEach(row -> until.put(row.get("nip"), row.get("sampai")));
        assertThat(until.get(first)).isEqualTo(UNTIL.plusDays(14).toString());
        assertThat(until.get(second)).isEqualTo(FROM.plusDays(10).toString());
        String page = mvc.perform(get("/plans/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Diperpanjang: " + UNTIL + " → " + UNTIL.plusDays(14) + ", Kampanye diperpanjang dua minggu (oleh planner)",
                "diakhiri lebih awal", "action=\"/plans/" + id + "/moves/" + first + "/extension\"")
                .doesNotContain("action=\"/plans/" + id + "/moves/" + second + "/end\"");
        // the page's own form, refused: shown on the page
        String refused = mvc.perform(post("/plans/{id}/moves/{nip}/extension", id, first).with(csrf())
                .param("until", UNTIL.toString()).param("reason", "x")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("id=\"change-errors\"", "must be after the current end");
        mvc.perform(post("/plans/{id}/moves/{nip}/extension", id, first).with(csrf())
                .param("until", UNTIL.plusDays(21).toString()).param("reason", "Sekali lagi"))
                .andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.ResultActions change(String id, String nip, String what, LocalDate until,
            String reason) throws Exception {
        return mvc.perform(post("/api/v1/plans/{id}/moves/{nip}/" + what, id, nip).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"until\":\"" + until + "\",\"reason\":\"" + reason + "\"}"));
    }

    private String start(String body) throws Exception {
        return PlanCalls.start(mvc, json, body);
    }

    private String completed(String id) throws InterruptedException {
        return PlanCalls.completed(plans, id);
    }

    private MvcResult download(String url) throws Exception {
        MvcResult async = mvc.perform(get(url)).andExpect(request().asyncStarted()).andReturn();
        async.getAsyncResult(PlanIntegrationTest.ASYNC_WAIT_MILLIS);
        MvcResult result = mvc.perform(asyncDispatch(async)).andReturn();
        // a failure names its cause: the problem document hides it from clients
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(() -> body + " " + stackTrace(result.getResolvedException()))
                .isEqualTo(200);
        return result;
    }

    private static String stackTrace(Throwable error) {
        if (error == null) {
            return "";
        }
        java.io.StringWriter text = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

}
