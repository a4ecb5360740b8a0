package id.seimbang.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.workforce.FormationCell;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * Issue 20 point 1: a surge withdrawn from the dashboard (list, confirmation, flash message, roles, CSRF) and by
 * surges.csv rows with action=withdraw (checked row by row, all or nothing). Dates in 2030 leave today alone.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:surge-withdrawal-${random.uuid};MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
@AutoConfigureMockMvc
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurgeWithdrawalIntegrationTest {

    static final RequestPostProcessor STEWARD = user("steward").roles("DATA_STEWARD");
    static final RequestPostProcessor PLANNER = user("planner").roles("PLANNER");
    static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");
    static final String CLERK = "199209232015021001";
    static final String HEADER = "unit_code,position_code,job_family,extra_hours,from,until,reason";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkforceService workforce;
    @Autowired
    ObjectMapper json;

    FormationCell cell() {
        Workforce w = workforce.current();
        return w.cell(w.employee(CLERK).orElseThrow().cell()).orElseThrow();
    }

    int surgeRows() {
        return jdbc.queryForObject("SELECT count(*) FROM workload_surge", Integer.class);
    }

    int records(String subject) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_record WHERE subject = ?", Integer.class, subject);
    }

    MvcResult importSurges(String csv) throws Exception {
        return mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("surges", "surges.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(STEWARD)).andReturn();
    }

    @Test
    @Order(1)
    void surgesCsvWithdrawsByKeyRowByRowAllOrNothing() throws Exception {
        FormationCell c = cell();
        String unit = c.unitCode();
        String position = c.positionCode();
        assertThat(importSurges(HEADER + "\n" + unit + "," + position + ",,2500,2030-03-01,2030-03-31,Lonjakan\n"
                + unit + "," + position + ",,1250,2030-05-01,2030-05-31,Kampanye\n").getResponse().getStatus())
                .isEqualTo(200);
        assertThat(surgeRows()).isEqualTo(2);

        // bad rows: an unknown action, a key that names no surge, a value that differs from the recorded one,
        // no target; every one reported, nothing withdrawn nor recorded
        MvcResult rejected = importSurges(HEADER + ",action\n"
                + unit + "," + position + ",,,2030-03-01,,,hapus\n"
                + unit + "," + position + ",,,2030-04-01,,,withdraw\n"
                + unit + "," + position + ",,9999,2030-05-01,,,withdraw\n"
                + unit + ",,,,2030-05-01,,,withdraw\n"
                + unit + "," + position + ",,1250,2030-07-01,2030-07-31,Baru,record\n");
        assertThat(rejected.getResponse().getStatus()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        json.readTree(rejected.getResponse().getContentAsString()).get("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("surges.csv:2:action", "surges.csv:3:action",
                "surges.csv:4:extra_hours", "surges.csv:5:position_code");
        assertThat(surgeRows()).isEqualTo(2);

        int imports = records("import");
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("surges", "surges.csv", "text/csv",
                        (HEADER + ",action\n" + unit + "," + position + ",,,2030-03-01,,,withdraw\n"
                                + unit + "," + position + ",,1250,2030-05-01,2030-05-31,Kampanye,WITHDRAW\n"
                                + unit + "," + position + ",,1250,2030-07-01,2030-07-31,Baru,\n")
                                .getBytes(StandardCharsets.UTF_8))).with(csrf()).with(STEWARD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.surges.inserted").value(1))
                .andExpect(jsonPath("$.counts.surges.withdrawn").value(2));
        assertThat(workforce.current().surges()).extracting(s -> s.from().toString()).containsExactly("2030-07-01");
        assertThat(records("import")).isEqualTo(imports + 1);
        // the report of other kinds (and of surges without withdrawals) has no withdrawn count
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("surges", "surges.csv", "text/csv",
                        (HEADER + "\n" + unit + "," + position + ",,1250,2030-07-01,2030-07-31,Baru\n")
                                .getBytes(StandardCharsets.UTF_8))).with(csrf()).with(STEWARD))
                .andExpect(jsonPath("$.counts.surges.unchanged").value(1))
                .andExpect(jsonPath("$.counts.surges.withdrawn").doesNotExist());
    }

    @Test
    @Order(2)
    void theDashboardListsSurgesAndWithdrawsOneAfterConfirmation() throws Exception {
        FormationCell c = cell();
        mvc.perform(post("/api/v1/surges").with(csrf()).with(PLANNER)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"unitCode\":\"" + c.unitCode() + "\",\"positionCode\":\"" + c.positionCode()
                        + "\",\"extraHours\":3750,\"from\":\"2030-09-01\",\"until\":\"2030-09-30\","
                        + "\"reason\":\"Pemutakhiran data\"}")).andExpect(status().isOk());
        int before = surgeRows();

        String page = mvc.perform(get("/").with(PLANNER).param("date", "2030-09-15")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"surges-heading\"", "Beban kerja sementara", "Pemutakhiran data",
                "action=\"/surges/withdraw\"", "name=\"_csrf\"", "name=\"confirm\"");
        String english = mvc.perform(get("/").with(PLANNER).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Temporary workloads", "Withdraw this workload");
        // an auditor sees the list but no withdraw form, and may not post one
        String auditors = mvc.perform(get("/").with(AUDITOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(auditors).contains("Pemutakhiran data").doesNotContain("action=\"/surges/withdraw\"");
        mvc.perform(post("/surges/withdraw").with(csrf()).with(AUDITOR).param("unitCode", c.unitCode())
                .param("positionCode", c.positionCode()).param("from", "2030-09-01").param("confirm", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/surges/withdraw").with(PLANNER).param("unitCode", c.unitCode())
                .param("positionCode", c.positionCode()).param("from", "2030-09-01").param("confirm", "true"))
                .andExpect(status().isForbidden()); // no CSRF token
        // not confirmed: nothing withdrawn, said so
        mvc.perform(post("/surges/withdraw").with(csrf()).with(PLANNER).param("unitCode", c.unitCode())
                        .param("positionCode", c.positionCode()).param("from", "2030-09-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("surgeError"));
        // an unknown key: the service's 404 as a message
        mvc.perform(post("/surges/withdraw").with(csrf()).with(PLANNER).param("unitCode", c.unitCode())
                        .param("positionCode", c.positionCode()).param("from", "2030-09-02").param("confirm", "true"))
                .andExpect(flash().attribute("surgeError", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.startsWith("surge: "))));
        assertThat(surgeRows()).isEqualTo(before);

        int withdrawals = records("surge-withdrawn");
        MvcResult done = mvc.perform(post("/surges/withdraw").with(csrf()).with(STEWARD).param("unitCode", c.unitCode())
                        .param("positionCode", c.positionCode()).param("from", "2030-09-01").param("confirm", "true")
                        .param("date", "2030-09-15"))
                .andExpect(redirectedUrl("/?date=2030-09-15#surges-heading"))
                .andExpect(flash().attributeExists("surgeOk"))
                .andReturn();
        assertThat((String) done.getFlashMap().get("surgeOk")).contains(c.unitCode(), "2030-09-01", "ditarik");
        assertThat(surgeRows()).isEqualTo(before - 1);
        assertThat(records("surge-withdrawn")).isEqualTo(withdrawals + 1);
        JsonNode verified = json.readTree(mvc.perform(post("/api/v1/audit/verify").with(csrf()).with(AUDITOR))
                .andReturn().getResponse().getContentAsString());
        assertThat(verified.get("ok").asBoolean()).isTrue();
    }

    /** The dashboard lists the surges a page at a time (seimbang.dashboard.surges-per-page, 20), with links between. */
    @Test
    @Order(3)
    void theDashboardPagesTheSurgeList() throws Exception {
        FormationCell c = cell();
        StringBuilder csv = new StringBuilder(HEADER + "\n");
        for (int day = 1; day <= 25; day++) {
            csv.append(c.unitCode()).append(',').append(c.positionCode()).append(",,1250,2031-01-")
                    .append(String.format("%02d", day)).append(",2031-12-31,Antrean ").append(day).append('\n');
        }
        assertThat(importSurges(csv.toString()).getResponse().getStatus()).isEqualTo(200);
        int total = surgeRows();
        assertThat(total).isGreaterThan(20).isLessThanOrEqualTo(40);

        String first = mvc.perform(get("/").with(PLANNER).param("sector", "HEALTH")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(rows(first)).isEqualTo(20);
        assertThat(first).contains("Halaman 1 dari 2 (" + total + " beban kerja sementara)", "id=\"surge-next\"")
                .doesNotContain("id=\"surge-previous\"");
        // the link keeps the dashboard's other options and returns to the list
        assertThat(first).containsPattern("id=\"surge-next\" rel=\"next\"\\s+href=\"/\\?[^\"]*sector=HEALTH[^\"]*"
                + "surgePage=2#surges-heading\"");
        // following the link as a browser would: page 2 of the same filtered dashboard
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("id=\"surge-next\" rel=\"next\"\\s+href=\"([^\"#]*)")
                .matcher(first);
        assertThat(next.find()).isTrue();
        String followed = mvc.perform(get(next.group(1).replace("&amp;", "&")).with(PLANNER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(followed).contains("Halaman 2 dari 2", "<option value=\"HEALTH\" selected=\"selected\"");
        String second = mvc.perform(get("/").with(PLANNER).param("surgePage", "2")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(rows(second)).isEqualTo(total - 20);
        assertThat(second).contains("Halaman 2 dari 2", "id=\"surge-previous\"", "Antrean 25")
                .doesNotContain("id=\"surge-next\"");
        // past the last page: the last page; before the first: refused, naming the parameter
        assertThat(rows(mvc.perform(get("/").with(PLANNER).param("surgePage", "9")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())).isEqualTo(total - 20);
        mvc.perform(get("/").with(PLANNER).param("surgePage", "0")).andExpect(status().isBadRequest());
    }

    /** The rows of the surge table. */
    private static int rows(String page) {
        int table = page.indexOf("id=\"surge-table\"");
        String body = page.substring(page.indexOf("<tbody>", table), page.indexOf("</tbody>", table));
        return body.split("<tr ", -1).length - 1;
    }
}
