package id.seimbang.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditTrail;
import id.seimbang.eligibility.EligibilityService;
import id.seimbang.eligibility.MoveEligibility;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.CellKey;
import id.seimbang.workforce.WorkforceService;

/** Plans on the sample province: asynchronous job, optimum vs greedy, caps, exports, audit, cancel, restart. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:plans-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
@DirtiesContext
@WithMockUser(username = "planner", roles = {"PLANNER", "AUDITOR"})
class PlanIntegrationTest {

    static final String KOTA_BENGKULU = "{\"scope\":\"INSTANSI\",\"scopeCode\":\"KOTA-1771\",\"asOf\":\"2026-11-26\"";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditTrail audit;
    @Autowired
    WorkforceService workforce;
    @Autowired
    PlanRepository repository;
    @Autowired
    PlanService plans;
    @Autowired
    EligibilityService eligibility;
    @Autowired
    ActivePolicy activePolicy;
    @Autowired
    @Qualifier(PlanPools.RUNNER)
    ThreadPoolTaskExecutor runner;
    @Autowired
    @Qualifier(PlanPools.WORKERS)
    ThreadPoolTaskExecutor workers;

    /** A download streams on the MVC task executor; MockMvc's default 10 s wait is too short on a loaded machine. */
    static final long ASYNC_WAIT_MILLIS = 120_000;

    /** The as-of date of every plan in this test. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    @Test
    void planIsOptimalWithinCapsExportedAndAudited() throws Exception {
        JsonNode plan = completed(start(KOTA_BENGKULU + ",\"maxOutflowShare\":0.2,\"moveCost\":1}"));
        JsonNode result = plan.get("result");

        assertThat(result.get("moves").size()).isPositive();
        assertThat(result.at("/evidence/provenOptimal").asBoolean()).isTrue();
        assertThat(result.get("objective").asDouble()).isLessThanOrEqualTo(result.get("greedyObjective").asDouble() + 1e-9);
        assertThat(result.get("imbalanceAfter").asDouble()).isLessThan(result.get("imbalanceBefore").asDouble());

        // caps and one move per employee hold, and every move is one the optimiser was allowed to consider
        Map<CellKey, Integer> departures = new HashMap<>();
        Set<String> movers = new HashSet<>();
        // the candidate list is the one recorded: its SHA-256 and count, and the cells' staff as of the plan
        String candidatesCsv = candidatesCsv(plan.get("id").asText());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(candidatesCsv.getBytes(StandardCharsets.UTF_8)))).isEqualTo(result.get("candidatesSha256").asText());
        // the download alone names the plan's options (point 5 of issue 18)
        assertThat(candidatesCsv).startsWith("# seimbang plan candidates").contains("scope=INSTANSI; scopeCode=KOTA-1771; "
                + "asOf=2026-11-26; moveCost=1.0; maxOutflowShare=0.2; maxMoves=none");
        List<CSVRecord> candidateRows = candidateRows(candidatesCsv);
        assertThat(candidateRows).hasSize(result.get("candidateCount").asInt());
        Set<String> candidates = new HashSet<>();
        for (CSVRecord r : candidateRows) {
            candidates.add(r.get("nip") + ">" + r.get("to_unit") + "/" + r.get("to_position"));
            assertThat(Integer.parseInt(r.get("to_staff"))).isEqualTo(workforce.current()
                    .staffOf(new CellKey(r.get("to_unit"), r.get("to_position"))).size());
            assertThat(Double.parseDouble(r.get("move_cost"))).isEqualTo(1.0);
        }
        for (JsonNode m : result.get("moves")) {
            CellKey from = new CellKey(m.get("fromUnit").asText(), m.get("fromPosition").asText());
            departures.merge(from, 1, Integer::sum);
            assertThat(movers.add(m.get("nip").asText())).isTrue();
            assertThat(candidates).contains(m.get("nip").asText() + ">" + m.get("toUnit").asText() + "/"
                    + m.get("toPosition").asText());
            Employee employee = workforce.current().employee(m.get("nip").asText()).orElseThrow();
            assertThat(employee.cell()).isEqualTo(from);
            // and the policy allows it: eligible employee, no blocking move rule, placement not excluded
            CellKey to = new CellKey(m.get("toUnit").asText(), m.get("toPosition").asText());
            MoveEligibility rules = eligibility.evaluateMoves(activePolicy.current(), employee, workforce.current(),
                    List.of(to), AS_OF);
            assertThat(rules.employee().eligible()).isTrue();
            assertThat(rules.moves().get(0).allowed()).isTrue();
            assertThat(m.get("fitLevel").asText()).isNotEqualTo("Tidak Sesuai");
        }
        departures.forEach((cell, count) -> assertThat(count)
                .isLessThanOrEqualTo((int) Math.floor(0.2 * workforce.current().staffOf(cell).size())));

        String id = plan.get("id").asText();
        // Numbers at the edge: gains and cell figures to four decimals, objective values at full precision.
        for (JsonNode m : result.get("moves")) {
            assertThat(new java.math.BigDecimal(m.get("gain").asText()).scale()).isLessThanOrEqualTo(4);
        }
        for (JsonNode c : result.get("cells")) {
            for (String field : List.of("need", "gapBefore", "gapAfter")) {
                assertThat(new java.math.BigDecimal(c.get(field).asText()).scale()).as(field).isLessThanOrEqualTo(4);
            }
        }
        PlanResult stored = plans.view(id).result();
        assertThat(result.get("objective").asText()).isEqualTo(Double.toString(stored.objective()));
        assertThat(result.get("imbalanceBefore").asText()).isEqualTo(Double.toString(stored.imbalanceBefore()));
        assertThat(stored.cells()).anyMatch(c -> new java.math.BigDecimal(Double.toString(c.gapBefore())).scale() > 4);
        String csv = export(id, "csv").getResponse().getContentAsString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(result.get("moves").size());
        for (CSVRecord r : rows) {
            assertThat(new java.math.BigDecimal(r.get("gain")).scale()).isLessThanOrEqualTo(4);
        }
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(
                export(id, "xlsx").getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheet("Ringkasan")).isNotNull();
            assertThat(book.getSheet("Perpindahan").getLastRowNum()).isEqualTo(result.get("moves").size());
        }

        assertThat(audit.search(AuditKind.PLAN, id, null, null, 10)).hasSize(1);
        assertThat(plan.get("auditId").asText()).isNotBlank();
        assertThat(audit.verify().ok()).isTrue();
    }

    /** Plans and their parallel parts run on the service's pools (threads with the application's class loader). */
    @Test
    void aPlanRunsOnThePlanRunnerAndItsPartsOnThePlanWorkers() throws Exception {
        long jobs = runner.getThreadPoolExecutor().getTaskCount();
        long parts = workers.getThreadPoolExecutor().getTaskCount();

        assertThat(completed(start(KOTA_BENGKULU + "}")).get("status").asText()).isEqualTo("COMPLETED");

        assertThat(runner.getThreadPoolExecutor().getTaskCount()).isGreaterThan(jobs);
        // two candidate tasks, the candidate file and the greedy baseline, at least one optimiser task
        assertThat(workers.getThreadPoolExecutor().getTaskCount()).isGreaterThanOrEqualTo(parts + 5);
    }

    @Test
    void aQueuedPlanCanBeCancelledAndNothingIsSaved() throws Exception {
        start("{\"scope\":\"PROVINCE\",\"asOf\":\"2026-11-26\"}");
        String queued = start(KOTA_BENGKULU + "}");

        mvc.perform(post("/api/v1/plans/{id}/cancel", queued).with(csrf())).andExpect(status().isOk());
        JsonNode cancelled = completed(queued);
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("result")).isNull();
        mvc.perform(get("/api/v1/plans/{id}/export", queued).param("format", "csv"))
                .andExpect(status().isConflict());
    }

    @Test
    void plansUnfinishedAtRestartAreMarkedInterrupted() {
        repository.insert("restart-test", new PlanRequest(id.seimbang.workforce.Scope.PROVINCE, null, null, null,
                null, null), "planner", Instant.now());
        repository.progress("restart-test", "optimise", 0.7);

        plans.markInterruptedPlans();

        PlanView view = plans.view("restart-test");
        assertThat(view.status()).isEqualTo(PlanStatus.INTERRUPTED);
        assertThat(view.result()).isNull();
    }

    @Test
    void badPlanRequestsNameTheField() throws Exception {
        mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scope"));
        mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"scope\":\"INSTANSI\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scopeCode"));
        mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"KABUPATEN\",\"scopeCode\":\"9999\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("scopeCode"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value("'9999' is not a known kabupaten/kota code (scope KABUPATEN)"));
        // A code of the other kind: the answer says which kind the scope wants.
        mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"KABUPATEN\",\"scopeCode\":\"KOTA-1771\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value("'KOTA-1771' adalah kode instansi; cakupan KABUPATEN memerlukan kode kabupaten/kota"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value("'KOTA-1771' is an instansi code; scope KABUPATEN needs a kabupaten/kota code"));
        mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"PROVINCE\",\"maxOutflowShare\":1.5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("maxOutflowShare"))
                .andExpect(jsonPath("$.errors[0].reason").value("maksimal 1")).andExpect(jsonPath("$.errors[0].reasonEn").value("at most 1"));
        mvc.perform(get("/api/v1/plans/{id}", "nope")).andExpect(status().isNotFound());
    }

    /** Issue 15, low: bad input of any kind is a 4xx problem+json, never a 500 nor a silently chosen value. */
    @Test
    void aRepeatedFieldAnUnsupportedContentTypeAndAnUnacceptableAcceptAre4xxProblems() throws Exception {
        mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scope\":\"PROVINCE\",\"maxOutflowShare\":0.1,\"maxOutflowShare\":0.9}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(org.hamcrest.Matchers.containsString(
                        "Duplicate field 'maxOutflowShare'")));
        mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.TEXT_PLAIN).content("scope=PROVINCE"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Content-Type"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(org.hamcrest.Matchers.containsString("application/json")));
        mvc.perform(get("/api/v1/plans/{id}", "nope").accept(MediaType.valueOf("text/csv")))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Accept"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/v1/plans")
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String start(String body) throws Exception {
        String response = mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    private JsonNode completed(String id) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode plan = json.readTree(mvc.perform(get("/api/v1/plans/{id}", id)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            if (PlanStatus.valueOf(plan.get("status").asText()).finished()) {
                return plan;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("plan " + id + " did not finish in 120 s");
    }

    private MvcResult export(String id, String format) throws Exception {
        MvcResult async = mvc.perform(get("/api/v1/plans/{id}/export", id).param("format", format))
                .andExpect(request().asyncStarted()).andReturn();
        async.getAsyncResult(ASYNC_WAIT_MILLIS);
        return mvc.perform(asyncDispatch(async)).andExpect(status().isOk()).andReturn();
    }

    private String candidatesCsv(String id) throws Exception {
        MvcResult async = mvc.perform(get("/api/v1/plans/{id}/candidates", id))
                .andExpect(request().asyncStarted()).andReturn();
        async.getAsyncResult(ASYNC_WAIT_MILLIS);
        return mvc.perform(asyncDispatch(async)).andReturn().getResponse().getContentAsString();
    }

    private static List<CSVRecord> candidateRows(String csv) throws Exception {
        return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))
                .getRecords();
    }
}
