package id.seimbang.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;
import id.seimbang.system.ProblemHandler;

/**
 * Issue 18 point 8: a browser (Accept: text/html) gets the HTML error page in its language with a way back, never
 * raw JSON; a 403 names the role needed. MockMvc does not forward to /error, so the hand-over (status and request
 * attributes) and the page itself are checked apart.
 */
@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
class ErrorPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aBrowserAskingForAPageGetsTheErrorPageNotJson() throws Exception {
        MvcResult unknown = mvc.perform(get("/no-such-page").with(user("p").roles("PLANNER")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(unknown.getResponse().getContentType()).isNull();
        assertThat(unknown.getRequest().getAttribute(ProblemHandler.TITLE_ATTRIBUTE))
                .isEqualTo(Bilingual.of("Tidak ditemukan", "Not found"));

        MvcResult forbidden = mvc.perform(get("/audit").with(user("p").roles("PLANNER")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden()).andReturn();
        assertThat(forbidden.getResponse().getContentAsString()).isEmpty();
        @SuppressWarnings("unchecked")
        List<FieldProblem> problems = (List<FieldProblem>) forbidden.getRequest().getAttribute(ProblemHandler.PROBLEMS_ATTRIBUTE);
        assertThat(problems.get(0).reason()).isEqualTo("Permintaan ini memerlukan peran AUDITOR; peran Anda: PLANNER");

        // A refusal from a page controller (ProblemHandler) too.
        MvcResult plan = mvc.perform(get("/plans/no-such-plan").with(user("p").roles("PLANNER")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(plan.getResponse().getContentAsString()).isEmpty();
        assertThat(plan.getRequest().getAttribute(ProblemHandler.PROBLEMS_ATTRIBUTE)).isNotNull();

        // A form posted without its CSRF token says so.
        MvcResult csrfMissing = mvc.perform(post("/plans").with(user("p").roles("PLANNER")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden()).andReturn();
        assertThat(csrfMissing.getRequest().getAttribute(ProblemHandler.TITLE_ATTRIBUTE))
                .isEqualTo(Bilingual.of("Token CSRF tidak ada", "CSRF token missing"));

        // An API call keeps its problem+json, whatever it accepts.
        mvc.perform(get("/api/v1/no-such-thing").with(user("p").roles("PLANNER")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theErrorPageSpeaksTheReadersLanguageNamesTheRoleAndLeadsBack() throws Exception {
        Bilingual title = Bilingual.of("Akses ditolak", "Access denied");
        List<FieldProblem> problems = List.of(new FieldProblem("role",
                "Permintaan ini memerlukan peran AUDITOR; peran Anda: PLANNER",
                "This request needs the role AUDITOR; your roles: PLANNER"));
        mvc.perform(get("/error").with(user("p").roles("PLANNER")).accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(ProblemHandler.TITLE_ATTRIBUTE, title)
                        .requestAttr(ProblemHandler.PROBLEMS_ATTRIBUTE, problems))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("lang=\"id\""),
                        containsString("<h1 id=\"error-title\">Akses ditolak</h1>"),
                        containsString("memerlukan peran AUDITOR"),
                        containsString("<a id=\"error-back\" class=\"button primary\" href=\"/\">Kembali ke dasbor</a>"),
                        not(containsString("your roles")))));
        mvc.perform(get("/error").with(user("p").roles("PLANNER")).accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie("seimbang-lang", "en"))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(ProblemHandler.TITLE_ATTRIBUTE, title)
                        .requestAttr(ProblemHandler.PROBLEMS_ATTRIBUTE, problems))
                .andExpect(content().string(allOf(containsString("lang=\"en\""),
                        containsString("<h1 id=\"error-title\">Access denied</h1>"),
                        containsString("needs the role AUDITOR"),
                        containsString("Back to the dashboard"),
                        not(containsString("memerlukan")))));
        // An error without a problem (e.g. from the container) still gets a translated title and the way back.
        mvc.perform(get("/error").with(user("p").roles("PLANNER")).accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andExpect(content().string(allOf(containsString("Halaman tidak ditemukan"),
                        containsString("id=\"error-back\""))));
    }
}
