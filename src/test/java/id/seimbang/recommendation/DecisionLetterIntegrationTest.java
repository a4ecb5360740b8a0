package id.seimbang.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import id.seimbang.placement.MatchedRow;
import id.seimbang.system.ProblemHandler;
import id.seimbang.system.web.PageTestDatabase;

/** Issue 19 point 5: the letter to the employee about a recorded decision, as a page and as PDF. */
@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionLetterIntegrationTest {

    /** In the sample province (tests-data/bengkulu), eligible, with a transfer request. */
    static final String NIP = DecisionPagesIntegrationTest.NIP;
    /** Not eligible yet on 2026-11-26 (placed 2025-07-01). */
    static final String NOT_YET_ELIGIBLE = "198708242017021001";

    static final RequestPostProcessor PLANNER = user("planner").roles("PLANNER");

    @Autowired
    MockMvc mvc;

    @Autowired
    DecisionService decisions;

    @Autowired
    ObjectionService objections;

    DecisionRecord moved;
    DecisionRecord notYet;

    @BeforeAll
    void decisions() throws Exception {
        moved = record(post("/employees/" + NIP + "/decisions").param("scope", "KABUPATEN"));
        notYet = record(post("/employees/" + NOT_YET_ELIGIBLE + "/decisions").param("asOf", "2026-11-26"));
        assertThat(moved.outcome().moves()).as("the sample employee has a proposed move").isNotEmpty();
        assertThat(notYet.outcome().eligible()).isFalse();
    }

    private DecisionRecord record(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        String location = mvc.perform(request.with(csrf()).with(PLANNER))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return decisions.find(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theLetterInIndonesianCarriesTheDecisionItsReasonsTheMoveTheRightToObjectAndTheRecord() throws Exception {
        String html = page(moved, "id");
        MoveOption top = moved.outcome().moves().get(0);
        assertThat(top.matchedRows()).as("the benefits below are checked on real annotations").isNotEmpty();
        assertThat(html).contains("<h1>Pemberitahuan keputusan mutasi</h1>", "lang=\"id\">",
                "<span id=\"letter-nip\">" + NIP + "</span>",
                "<code id=\"letter-id\">" + moved.decisionId() + "</code>",
                "<code id=\"letter-hash\">" + moved.hash() + "</code>",
                "<code id=\"letter-link\">http://localhost/decisions/" + moved.decisionId() + "</code>",
                "src=\"data:image/png;base64,",
                "href=\"/api/v1/decisions/" + moved.decisionId() + "/letter.pdf?lang=id\"",
                "paling lambat " + objections.daysToResolve() + " hari kalender sejak diterima")
                .doesNotContain("Notice of a transfer decision");
        String text = HtmlUtils.htmlUnescape(html);
        assertThat(text).contains(top.unitName() + " (" + top.positionName() + ")", "Per " + moved.inputs().asOf()
                + " pegawai memenuhi syarat. Usulan terbaik: " + top.unitName());
        for (MatchedRow row : top.matchedRows()) {
            assertThat(text).contains(row.annotation().id());
        }
    }

    @Test
    void theLetterInEnglish() throws Exception {
        String html = page(moved, "en");
        assertThat(html).contains("<h1>Notice of a transfer decision</h1>", "lang=\"en\">",
                "<code id=\"letter-hash\">" + moved.hash() + "</code>",
                "within " + objections.daysToResolve() + " calendar days of receipt")
                .doesNotContain("Pemberitahuan keputusan mutasi");
        String text = HtmlUtils.htmlUnescape(html);
        for (MatchedRow row : moved.outcome().moves().get(0).matchedRows()) {
            assertThat(text).contains(row.annotation().en());
        }
    }

    @Test
    void aNotYetEligibleEmployeeIsToldWhyAndGetsNoMoveSection() throws Exception {
        String text = HtmlUtils.htmlUnescape(page(notYet, "id"));
        assertThat(text).contains("belum memenuhi syarat mutasi", "Menghalangi:")
                .doesNotContain("id=\"letter-move\"", "Dukungan relokasi");
    }

    @Test
    void thePdfOpensAndCarriesTheHashTheNipAndTheDecision() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/decisions/" + moved.decisionId() + "/letter.pdf").with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        String joined = text.replaceAll("\\s+", "");
        assertThat(text).contains("Pemberitahuan keputusan mutasi", NIP);
        // a hash may be broken over two lines in print
        assertThat(joined).contains(moved.hash(), moved.decisionId());

        String english = text(mvc.perform(get("/api/v1/decisions/" + moved.decisionId() + "/letter.pdf")
                        .param("lang", "en").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(english).contains("Notice of a transfer decision", NIP);
        assertThat(english.replaceAll("\\s+", "")).contains(moved.hash());
    }

    @Test
    void anUnknownDecisionIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/decisions/no-such-decision/letter.pdf").with(PLANNER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                        .value("id"));
        // A page: handed to the container's HTML error page (MockMvc does not dispatch it; see ErrorPagesIntegrationTest)
        var page = mvc.perform(get("/decisions/no-such-decision/letter").with(PLANNER).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(page.getResponse().getContentAsString()).isEmpty();
        assertThat(page.getRequest().getAttribute(ProblemHandler.TITLE_ATTRIBUTE)).isNotNull();
        assertThat(page.getRequest().getAttribute(ProblemHandler.PROBLEMS_ATTRIBUTE)).isNotNull();
    }

    @Test
    void onlyReadersOfDecisionsGetTheLetter() throws Exception {
        for (String role : new String[] {"CLIENT", "POLICY_OFFICER", "DATA_STEWARD"}) {
            mvc.perform(get("/api/v1/decisions/" + moved.decisionId() + "/letter.pdf").with(user("x").roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/decisions/" + moved.decisionId() + "/letter").with(user("x").roles(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/decisions/" + moved.decisionId() + "/letter").with(user("a").roles("AUDITOR")))
                .andExpect(status().isOk());
    }

    @Test
    void theDecisionPageLinksToTheLetter() throws Exception {
        mvc.perform(get("/decisions/" + moved.decisionId()).with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "href=\"/decisions/" + moved.decisionId() + "/letter\"")));
    }

    private String page(DecisionRecord record, String lang) throws Exception {
        return mvc.perform(get("/decisions/" + record.decisionId() + "/letter").param("lang", lang).with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
    }

    private static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(document);
        }
    }
}
