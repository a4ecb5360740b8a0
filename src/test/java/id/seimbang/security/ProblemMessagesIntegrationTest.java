package id.seimbang.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.audit.AuditTrail;
import id.seimbang.eligibility.TestWorkforceConfiguration;

/** Issue 18 point 6: every refusal says what to fix, Indonesian first and English alongside (problem+json). */
// Same configuration as SecurityIntegrationTest, bean overrides included, so they share one application context.
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:security-decisions-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "seimbang.sample-data.load-on-empty=true",
        "seimbang.security.admin-password=" + SecurityTestSupport.ADMIN_PASSWORD,
        "seimbang.security.max-body-size=64KB"})
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
class ProblemMessagesIntegrationTest {

    @Autowired MockMvc mvc;
    /** Unused here: SecurityIntegrationTest's spy, without which this class would need a context of its own. */
    @MockitoSpyBean AuditTrail audit;
    /** Spring Session's repository (raw: its session type is not public). */
    @SuppressWarnings("rawtypes")
    @Autowired
    org.springframework.session.SessionRepository sessions;
    @Autowired ObjectMapper json;

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        mvc.perform(post("/api/v1/eligibility").with(user("c").roles("CLIENT")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": \"2026-11-26\",\n  \"employee\": {,}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].reason").value("JSON tidak valid pada baris 2, kolom 16"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("Malformed JSON at line 2, column 16")));
    }

    @Test
    void aBadDateNamesTheFormAndQuotesTheValue() throws Exception {
        mvc.perform(post("/api/v1/eligibility").with(user("c").roles("CLIENT")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SecurityIntegrationTest.ELIGIBILITY.replace("\"2026-11-26\"", "\"26/11/2026\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("yyyy-mm-dd")))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("'26/11/2026'")))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(
                        "A date must have the form yyyy-mm-dd (e.g. 2026-03-31), not '26/11/2026'"));
        // The same for a date in the query string.
        mvc.perform(get("/api/v1/decisions").with(user("p").roles("PLANNER")).param("from", "2026-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("yyyy-mm-dd")))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("'2026-13-01'")));
    }

    @Test
    void aWrongPasswordSaysTheCredentialsWereRefused() throws Exception {
        mvc.perform(get("/api/v1/units").with(httpBasic("admin", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Kredensial ditolak / Credentials refused"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value("Wrong user name or password, or the account is disabled"));
        mvc.perform(get("/api/v1/units").header("X-API-Key", "smb_unknown"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Kredensial ditolak / Credentials refused"))
                .andExpect(jsonPath("$.errors[0].field").value("X-API-Key"));
        // No credentials at all is still "authentication required".
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Perlu autentikasi / Authentication required"));
    }

    @Test
    void anUnknownPathIs404AndAMissingRoleNamesTheRole() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("admin", SecurityTestSupport.ADMIN_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("path"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value("Unknown path: /api/v1/no-such-thing"));
        mvc.perform(get("/api/v1/no-such-thing").with(user("p").roles("PLANNER")))
                .andExpect(status().isNotFound());
        // A known path the caller's roles do not reach stays 403, and says which role it needs.
        mvc.perform(get("/api/v1/audit").with(user("p").roles("PLANNER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].reason").value("Permintaan ini memerlukan peran AUDITOR; peran Anda: PLANNER"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value("This request needs the role AUDITOR; your roles: PLANNER"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMissingOrWrongCsrfTokenSaysSo() throws Exception {
        // A caller with a page session (its SESSION cookie; sessions are in the database) must send the token.
        org.springframework.session.Session stored = (org.springframework.session.Session) sessions.createSession();
        stored.setAttribute("x", "session");
        sessions.save(stored);
        jakarta.servlet.http.Cookie session = new jakarta.servlet.http.Cookie("SESSION",
                java.util.Base64.getEncoder().encodeToString(stored.getId().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        mvc.perform(post("/api/v1/decisions").with(user("p").roles("PLANNER")).cookie(session)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Token CSRF tidak ada / CSRF token missing"))
                .andExpect(jsonPath("$.errors[0].field").value("_csrf"));
        // once a page of that session has been shown, the session holds its token: another one is wrong
        mvc.perform(get("/login").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/decisions").with(user("p").roles("PLANNER")).cookie(session)
                        .header("X-CSRF-TOKEN", "not-the-session-token")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Token CSRF salah / CSRF token wrong"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("does not match the session")));
    }

    @Test
    void reasonEnHoldsOnlyEnglish() throws Exception {
        mvc.perform(post("/api/v1/decisions").with(user("p").roles("PLANNER")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("nip", "123", "targetUnitCode", "X",
                                "asOf", "2026-11-26", "candidates", List.of()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'nip')].reason").value("NIP harus 18 digit"))
                .andExpect(jsonPath("$.errors[?(@.field == 'nip')].reasonEn").value("NIP must have 18 digits"))
                .andExpect(jsonPath("$.errors[*].reasonEn").value(not(containsString(" / "))));
    }
}
