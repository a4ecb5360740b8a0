package id.seimbang.recommendation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.seimbang.system.web.PageTestDatabase;

/** The employee page previews a decision; recording it leads to the explanation page, which replays it. */
@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
@WithMockUser(username = "planner", roles = {"PLANNER", "AUDITOR"})
class DecisionPagesIntegrationTest {

    /** In the sample province (tests-data/bengkulu), with a transfer request. */
    static final String NIP = "198505062015061001";

    @Autowired
    MockMvc mvc;

    @Autowired
    DecisionService decisions;

    @Test
    void employeePageShowsFactsEligibilityMovesAndTheRequestWithoutRecording() throws Exception {
        int before = decisions.search(NIP, null, null, 100).size();

        mvc.perform(get("/employees/" + NIP).param("scope", "KABUPATEN").param("limit", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<code>" + NIP + "</code>"),
                        containsString("<h2 id=\"eligibility-heading\">Syarat mutasi</h2>"),
                        containsString("id=\"eligibility-verdict\""),
                        containsString("id=\"moves-table\""),
                        containsString("<option value=\"KABUPATEN\" selected=\"selected\">"),
                        containsString("id=\"requested-target\""),
                        containsString("<code>1704-SETDA/PENGADMINISTRASI_PERKANTORAN</code>"),
                        containsString("action=\"/employees/" + NIP + "/decisions\""),
                        containsString("<input type=\"hidden\" name=\"limit\" value=\"5\">"))));

        assertThat(decisions.search(NIP, null, null, 100)).hasSize(before);
    }

    @Test
    void recordingRedirectsToTheExplanationWhichReplaysIdentically() throws Exception {
        String location = mvc.perform(post("/employees/" + NIP + "/decisions").with(csrf()).param("scope", "INSTANSI"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/decisions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/decisions/".length());
        DecisionRecord record = decisions.find(id);

        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Penjelasan keputusan</h1>"),
                        containsString("id=\"summary\""),
                        containsString("<code class=\"hash\" id=\"record-hash\">" + record.hash() + "</code>"),
                        containsString("<code class=\"hash\" id=\"policy-version\">" + record.policyVersion() + "</code>"),
                        containsString("action=\"/decisions/" + id + "/replay#audit-record\""),
                        not(containsString("id=\"replay-result\"")))));

        // Post-redirect-get: the POST answers with a redirect, the page shows the result once, a reload shows none.
        MvcResult replayed = mvc.perform(post(location + "/replay").with(csrf()).param("lang", "en"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(location + "#audit-record"))
                .andReturn();
        // The flash attribute travels in the page session, which is in the database: follow the redirect with its cookie
        jakarta.servlet.http.Cookie session = replayed.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get(location).param("lang", "en").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"replay-result\">Identical: "),
                        not(containsString("id=\"replay-differences\"")))));
        mvc.perform(get(location).cookie(session)).andExpect(content().string(not(containsString("id=\"replay-result\""))));

        MvcResult verified = mvc.perform(post(location + "/verify").with(csrf()).param("lang", "en"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(location + "#audit-record"))
                .andReturn();
        jakarta.servlet.http.Cookie verifySession = verified.getResponse().getCookie("SESSION");
        assertThat(verifySession).isNotNull();
        mvc.perform(get(location).param("lang", "en").cookie(verifySession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verification-result\">Chain intact: ")));
        mvc.perform(get(location).cookie(verifySession))
                .andExpect(content().string(not(containsString("id=\"verification-result\""))));

        mvc.perform(get("/employees/" + NIP))
                .andExpect(content().string(containsString("href=\"/decisions/" + id + "\"")));
    }

    @Test
    void theExplanationUrlGivesThePageToBrowsersAndJsonToOthers() throws Exception {
        String id = decisions.decide(new DecisionRequest(NIP, null, null, null, null, null, null, null), "test").decisionId();

        mvc.perform(get("/api/v1/decisions/" + id + "/explanation").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<h1>Penjelasan keputusan</h1>")));
        mvc.perform(get("/api/v1/decisions/" + id + "/explanation").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionId").value(id));
        mvc.perform(get("/api/v1/decisions/" + id + "/explanation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionId").value(id));
    }

    /**
     * Issue 20: the employee page's form takes the decision's optional temporary part (kind of work, from, until) like
     * the API's {@code temporary}: the preview shows the proposals, recording keeps the terms, a bad period is a 400
     * naming the field, and empty fields mean no temporary part.
     */
    @Test
    void theFormTakesATemporaryPartPreviewsItAndRecordsItWithTheDecision() throws Exception {
        String midwife = "199305192024122001"; // Puskesmas Ratu Agung, a midwife (RunningAssignmentsIntegrationTest)
        mvc.perform(get("/employees/" + midwife).param("asOf", "2026-11-26").param("temporaryWork", "VAKSINASI")
                        .param("temporaryFrom", "2027-02-01").param("temporaryUntil", "2027-02-26"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<option value=\"VAKSINASI\" selected=\"selected\">Vaksinasi</option>"),
                        containsString("id=\"temporaryFrom\" name=\"temporaryFrom\" type=\"date\" value=\"2027-02-01\""),
                        containsString("id=\"temporary-preview\""),
                        containsString("<h2 id=\"temporary-heading\">Penugasan sementara yang diusulkan</h2>"),
                        containsString("Vaksinasi, 2027-02-01 s.d. 2027-02-26"),
                        containsString("<input type=\"hidden\" name=\"temporaryWork\" value=\"VAKSINASI\">"),
                        containsString("<input type=\"hidden\" name=\"temporaryUntil\" value=\"2027-02-26\">"))));
        // without the part: no preview, nothing selected, no hidden fields
        mvc.perform(get("/employees/" + midwife))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"temporaryWork\""),
                        not(containsString("id=\"temporary-preview\"")),
                        not(containsString("name=\"temporaryWork\" value=")))));

        String location = mvc.perform(post("/employees/" + midwife + "/decisions").with(csrf())
                        .param("asOf", "2026-11-26").param("temporaryWork", "VAKSINASI")
                        .param("temporaryFrom", "2027-02-01").param("temporaryUntil", "2027-02-26"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        DecisionRecord record = decisions.find(location.substring("/decisions/".length()));
        assertThat(record.inputs().temporary().terms()).isEqualTo(new id.seimbang.temporary.TemporaryTerms(
                id.seimbang.placement.TemporaryWork.VAKSINASI, java.time.LocalDate.of(2027, 2, 1),
                java.time.LocalDate.of(2027, 2, 26)));
        assertThat(record.outcome().temporary()).isNotNull();
        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"temporary-lines\"")));

        // the same checks as the API: a kind of work without a period is refused, naming the fields; nothing recorded
        int recorded = decisions.search(midwife, null, null, 100).size();
        mvc.perform(post("/employees/" + midwife + "/decisions").with(csrf()).param("temporaryWork", "VAKSINASI")
                        .param("temporaryUntil", "2027-02-26"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("temporary.from"));
        mvc.perform(get("/employees/" + midwife).param("temporaryWork", "VAKSINASI")
                        .param("temporaryFrom", "2027-02-26").param("temporaryUntil", "2027-02-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("temporary.until"));
        assertThat(decisions.search(midwife, null, null, 100)).hasSize(recorded);
    }

    @Test
    void unknownEmployeesAndDecisionsAreProblems() throws Exception {
        mvc.perform(get("/employees/199001012015011999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        mvc.perform(get("/employees/12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        mvc.perform(post("/employees/199001012015011999/decisions").with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/decisions/no-such-decision"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(get("/employees/" + NIP).param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }
}
