package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.placement.TemporaryWork;
import id.seimbang.system.Clocks;
import id.seimbang.workforce.Scope;

/**
 * Running assignments outside their plan (issue 20 point 2): plan 1 assigns two of the ten midwives of Puskesmas 1 Kota
 * Bengkulu (1771-PKM1/BIDAN_TRP, need 11,706 / 1,250 = 9.36, floor 0.75 × 9.36 = 7.02) to Dinas Kesehatan from
 * 2027-01-04 to 2027-02-26. While its moves are unmarked, an evaluation of a third midwife and a second plan may take
 * her (10 − 1 = 9 stay); once both are marked EXECUTED they run, and a third would leave 10 − 2 − 1 = 7 &lt; 7.02:
 * the evaluation and a decision's temporary part refuse her with TEMP-SEL-ASAL and the second plan proposes nobody
 * from that cell. After one of the
 * two is ended (END) before the period asked about, she is allowed again, but not for days on which both still ran.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:running-assignments-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
@DirtiesContext
@WithMockUser(username = "planner", roles = {"PLANNER", "AUDITOR"})
class RunningAssignmentsIntegrationTest {

    static final LocalDate FROM = LocalDate.of(2027, 1, 4);
    static final LocalDate UNTIL = LocalDate.of(2027, 2, 26);
    static final String RAHMA = "198001062014022001";
    static final String SRI = "198905172016052001";
    static final String NOVI = "199305192024122001";
    static final Pattern FROM_THE_CELL = Pattern.compile("(?m)^\\d{18},1771-PKM1,BIDAN_TRP,");
    static final String SECOND_PLAN = "{\"scope\":\"INSTANSI\",\"scopeCode\":\"KOTA-1771\",\"temporary\":"
            + "{\"work\":\"VAKSINASI\",\"from\":\"2027-02-01\",\"until\":\"2027-02-26\"}}";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlanRepository repository;
    @Autowired
    PlanService plans;
    @Autowired
    Clock clock;
    @Autowired
    RunningTemporaryAssignments running;

    @Test
    void executedAssignmentsOfAnotherPlanCountAgainstTheHomeCellFloorOnTheirDays() throws Exception {
        // the campaign's workload at Dinas Kesehatan, so that a decision has targets worth proposing
        mvc.perform(post("/api/v1/surges").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitCode\":\"1771-DINKES\",\"positionCode\":\"EPIDEMIOLOG_AM\",\"extraHours\":12500,"
                        + "\"from\":\"2027-01-04\",\"until\":\"2027-02-26\",\"reason\":\"Kampanye imunisasi\"}"))
                .andExpect(status().is2xxSuccessful());
        String first = firstPlan();

        // unmarked: plan 1's assignments do not run
        JsonNode before = evaluate(NOVI, "2027-02-01", "2027-02-26");
        assertThat(before.get("allowed").asBoolean()).isTrue();
        assertThat(before.at("/homeCell/runningAway").asInt()).isZero();
        assertThat(before.at("/homeCell/staffDuring").asInt()).isEqualTo(9);
        JsonNode decidedBefore = decide(NOVI);
        assertThat(decidedBefore.at("/outcome/temporary/allowed").asBoolean()).isTrue();
        assertThat(decidedBefore.at("/outcome/temporary/assignments").size()).isPositive();
        String candidatesBefore = candidates(completed(start(SECOND_PLAN)));
        assertThat(FROM_THE_CELL.matcher(candidatesBefore).find()).isTrue();

        // the markings are read again only at a new revision (issue 20): two calls, one read
        running.during(FROM, UNTIL);
        long reads = running.reads();
        assertThat(running.during(FROM, UNTIL)).isEmpty();
        assertThat(running.reads()).isEqualTo(reads);

        mark(first, RAHMA);
        assertThat(running.during(FROM, UNTIL)).extracting(id.seimbang.temporary.RunningAssignment::nip)
                .containsExactly(RAHMA);
        assertThat(running.reads()).isEqualTo(reads + 1);
        mark(first, SRI);

        JsonNode refused = evaluate(NOVI, "2027-02-01", "2027-02-26");
        assertThat(refused.get("allowed").asBoolean()).isFalse();
        assertThat(refused.at("/reasons/0/ruleId").asText()).isEqualTo("TEMP-SEL-ASAL");
        assertThat(refused.at("/reasons/0/message/en").asText())
                .startsWith("Home cell 1771-PKM1/BIDAN_TRP would keep 7 staff during the assignment");
        assertThat(refused.at("/homeCell/runningAway").asInt()).isEqualTo(2);
        JsonNode decidedRefused = decide(NOVI);
        JsonNode part = decidedRefused.at("/outcome/temporary");
        assertThat(part.get("allowed").asBoolean()).isFalse();
        assertThat(part.at("/reasons/0/ruleId").asText()).isEqualTo("TEMP-SEL-ASAL");
        assertThat(part.at("/reasons/0/message/en").asText())
                .startsWith("Home cell 1771-PKM1/BIDAN_TRP would keep 7 staff during the assignment");
        assertThat(part.at("/homeCell/runningAway").asInt()).isEqualTo(2);
        // the best targets, as they would have been proposed, each refused for the reasons above
        assertThat(part.get("assignments").size()).isPositive();
        part.get("assignments").forEach(a -> assertThat(a.get("allowed").asBoolean()).isFalse());
        // the period's gaps: both run all of February, so the home cell has 2 persons' hours fewer and their target
        // 2 more than before the marking (issue 20: a running assignment moves its hours for its days)
        double homeGapBefore = decidedBefore.at("/outcome/temporary/assignments/0/gapFrom").asDouble();
        assertThat(part.at("/assignments/0/gapFrom").asDouble()).isCloseTo(homeGapBefore - 2, within(1e-9));
        assertThat(targetGap(part)).isCloseTo(targetGap(decidedBefore.at("/outcome/temporary")) + 2, within(1e-9));
        // Sri is away herself until 2027-02-26: one place at a time, so nothing is proposed for her in February
        mvc.perform(post("/api/v1/temporary-assignments/evaluation").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"" + SRI + "\",\"targetUnitCode\":\"1771-DINKES\",\"work\":\"VAKSINASI\","
                                + "\"from\":\"2027-02-01\",\"until\":\"2027-02-26\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("nip"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(org.hamcrest.Matchers.containsString(
                        "is already on a temporary assignment to 1771-DINKES/EPIDEMIOLOG_AM (plan " + first + ")")));
        JsonNode sriDecision = decide(SRI);
        JsonNode sriPart = sriDecision.at("/outcome/temporary");
        assertThat(sriPart.get("allowed").asBoolean()).isFalse();
        assertThat(sriPart.at("/alreadyAssigned/planId").asText()).isEqualTo(first);
        assertThat(sriPart.at("/alreadyAssigned/until").asText()).isEqualTo(UNTIL.toString());
        sriPart.get("assignments").forEach(a -> assertThat(a.get("allowed").asBoolean()).isFalse());
        assertThat(decidedRefused.at("/outcome/temporary/alreadyAssigned").isMissingNode()).isTrue();
        String second = completed(start(SECOND_PLAN));
        PlanResult result = plans.view(second).result();
        assertThat(result.temporary().runningAway()).isEqualTo(Map.of("1771-PKM1/BIDAN_TRP", 2));
        assertThat(mvc.perform(get("/plans/{id}", second).param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"temporary-running-away\"", "data-cell=\"1771-PKM1/BIDAN_TRP\"",
                        "1771-PKM1/BIDAN_TRP: at most 2 staff away on one day");
        MvcResult xlsx = mvc.perform(get("/api/v1/plans/{id}/export", second).param("format", "xlsx"))
                .andExpect(request().asyncStarted()).andReturn();
        xlsx.getAsyncResult(PlanIntegrationTest.ASYNC_WAIT_MILLIS);
        try (org.apache.poi.ss.usermodel.Workbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(mvc.perform(asyncDispatch(xlsx)).andExpect(status().isOk()).andReturn()
                        .getResponse().getContentAsByteArray()))) {
            List<String> summary = new java.util.ArrayList<>();
            book.getSheet("Ringkasan").forEach(row -> row.forEach(cell -> summary.add(cell.toString())));
            assertThat(summary).contains("{1771-PKM1/BIDAN_TRP=2}");
        }
        assertThat(result.moves()).noneMatch(m -> m.fromUnit().equals("1771-PKM1") && m.fromPosition().equals("BIDAN_TRP"));
        String candidatesAfter = candidates(second);
        assertThat(FROM_THE_CELL.matcher(candidatesAfter).find()).isFalse();
        assertThat(candidatesAfter).contains("# running assignments of other plans away from home cells (most on one day "
                + "of the period): 1771-PKM1/BIDAN_TRP=2;", "move the period's gaps by their hours",
                "1771-DINKES/EPIDEMIOLOG_AM=2.0, 1771-PKM1/BIDAN_TRP=-2.0; g = staff - need + shift");

        // Rahma's assignment ended on 2027-01-20: from February one runs, 10 − 1 − 1 = 8 stay
        mvc.perform(post("/api/v1/plans/{id}/moves/{nip}/end", first, RAHMA).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"until\":\"2027-01-20\",\"reason\":\"Kembali\"}"))
                .andExpect(status().isOk());
        // the change is a new revision: read again, and Rahma no longer runs in February
        assertThat(running.during(LocalDate.of(2027, 2, 1), UNTIL)).extracting(id.seimbang.temporary.RunningAssignment::nip)
                .containsExactly(SRI);
        JsonNode afterEnd = evaluate(NOVI, "2027-02-01", "2027-02-26");
        assertThat(afterEnd.get("allowed").asBoolean()).isTrue();
        assertThat(afterEnd.at("/homeCell/runningAway").asInt()).isEqualTo(1);
        assertThat(decide(NOVI).at("/outcome/temporary/allowed").asBoolean()).isTrue();
        // Rahma's own assignment ended too: free in February, still away in January
        assertThat(evaluate(RAHMA, "2027-02-01", "2027-02-26").get("allowed").asBoolean()).isTrue();
        mvc.perform(post("/api/v1/temporary-assignments/evaluation").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nip\":\"" + RAHMA + "\",\"targetUnitCode\":\"1771-DINKES\",\"work\":\"VAKSINASI\","
                                + "\"from\":\"2027-01-15\",\"until\":\"2027-01-31\"}"))
                .andExpect(status().isConflict());
        // Sri's refused decision recorded her own assignment: its replay is identical after Rahma's end
        mvc.perform(post("/api/v1/decisions/{id}/replay", sriDecision.get("decisionId").asText()).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.identical").value(true));
        // the refused decision recorded the two running assignments: its replay is still identical
        mvc.perform(post("/api/v1/decisions/{id}/replay", decidedRefused.get("decisionId").asText()).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.identical").value(true));
        // in January both still ran
        assertThat(evaluate(NOVI, "2027-01-15", "2027-01-31").at("/reasons/0/ruleId").asText())
                .isEqualTo("TEMP-SEL-ASAL");
        // from 2027-01-15 to 2027-01-31 (17 days) Rahma runs 6 days and Sri all 17: the home cell's gap over the
        // period has 23/17 of a person fewer, the target's 23/17 more
        JsonNode january = decide(NOVI, "2027-01-15", "2027-01-31").at("/outcome/temporary");
        assertThat(january.at("/assignments/0/gapFrom").asDouble()).isCloseTo(homeGapBefore - 23.0 / 17,
                within(1e-4)); // answers are rounded to 4 places
        assertThat(targetGap(january)).isCloseTo(targetGap(decidedBefore.at("/outcome/temporary")) + 23.0 / 17,
                within(1e-4));
    }

    /** Plan 1, completed, as a plan of temporary assignments run today would store it. */
    private String firstPlan() {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        PlanRequest request = new PlanRequest(Scope.INSTANSI, "KOTA-1771", null, null, null, null,
                new TemporaryPlanOptions(TemporaryWork.VAKSINASI, FROM, UNTIL));
        repository.insert(id, request, "planner", now);
        assertThat(repository.claim(id, "test")).isTrue();
        List<PlannedMove> moves = List.of(RAHMA, SRI).stream().map(nip -> new PlannedMove(nip, nip, "1771-PKM1",
                "BIDAN_TRP", "1771-DINKES", "EPIDEMIOLOG_AM", 1, 0, 1, "Sangat Sesuai", List.of())).toList();
        assertThat(repository.complete(id, new PlanResult("v", FROM, 10, 10, 2, "sha", moves, 0, 0, 0, 0, 0, null, List.of(), 0,
                0, Map.of(), new PlanResult.Temporary(TemporaryWork.VAKSINASI, FROM, UNTIL, 0.75)), null, null, now)).isTrue();
        return id;
    }

    private void mark(String plan, String nip) throws Exception {
        mvc.perform(post("/api/v1/plans/{id}/moves/{nip}/execution", plan, nip).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"EXECUTED\",\"skNumber\":\"800/" + nip
                        + "\",\"executedOn\":\"" + Clocks.todayInJakarta(clock) + "\"}"))
                .andExpect(status().isOk());
    }

    private JsonNode evaluate(String nip, String from, String until) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/temporary-assignments/evaluation").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"nip\":\"" + nip + "\",\"targetUnitCode\":"
                        + "\"1771-DINKES\",\"work\":\"VAKSINASI\",\"from\":\"" + from + "\",\"until\":\"" + until + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode decide(String nip) throws Exception {
        return decide(nip, "2027-02-01", "2027-02-26");
    }

    private JsonNode decide(String nip, String from, String until) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/decisions").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nip\":\"" + nip + "\",\"asOf\":\"2026-11-26\",\"limit\":3,\"temporary\":{\"work\":"
                        + "\"VAKSINASI\",\"from\":\"" + from + "\",\"until\":\"" + until + "\"}}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The period's gap of the running assignments' target, 1771-DINKES/EPIDEMIOLOG_AM, among the proposals. */
    private static double targetGap(JsonNode part) {
        for (JsonNode a : part.get("assignments")) {
            if (a.get("unitCode").asText().equals("1771-DINKES") && a.get("positionCode").asText().equals("EPIDEMIOLOG_AM")) {
                return a.get("gapTo").asDouble();
            }
        }
        throw new AssertionError("1771-DINKES/EPIDEMIOLOG_AM not proposed: " + part.get("assignments"));
    }

    private String start(String body) throws Exception {
        return PlanCalls.start(mvc, json, body);
    }

    private String completed(String id) throws InterruptedException {
        return PlanCalls.completed(plans, id);
    }

    private String candidates(String id) throws Exception {
        MvcResult async = mvc.perform(get("/api/v1/plans/" + id + "/candidates")).andExpect(request().asyncStarted())
                .andReturn();
        async.getAsyncResult(PlanIntegrationTest.ASYNC_WAIT_MILLIS);
        return mvc.perform(asyncDispatch(async)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
