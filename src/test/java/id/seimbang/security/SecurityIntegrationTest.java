package id.seimbang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditSummary;
import id.seimbang.audit.AuditTrail;

// The sample province is loaded so that a decision can be made for one of its employees.
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:security-decisions-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "seimbang.sample-data.load-on-empty=true",
        "seimbang.security.admin-password=" + SecurityTestSupport.ADMIN_PASSWORD,
        "seimbang.security.max-body-size=64KB"})
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
class SecurityIntegrationTest {

    /** An inline employee: the eligibility call needs no stored workforce. */
    static final String ELIGIBILITY = """
            {"asOf": "2026-11-26",
             "employee": {"nip": "199001012015031002", "status": "PNS", "instansiCode": "KOTA-X",
               "unitCode": "U-X", "positionCode": "PRANATA",
               "position": {"type": "PELAKSANA", "level": "PELAKSANA", "jobFamily": "TI"},
               "positionTmt": "2020-07-26", "cpnsTmt": "2015-03-01", "birthDate": "1990-01-01",
               "educationLevel": "D3", "educationField": "Informatika",
               "skp": [{"year": 2024, "predicate": "BAIK"}, {"year": 2025, "predicate": "BAIK"}]}}""";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @MockitoSpyBean AuditTrail audit;

    private JsonNode createClient(String clientId, String... roles) throws Exception {
        MvcResult created = mvc.perform(post("/api/v1/admin/clients")
                        .with(httpBasic("admin", SecurityTestSupport.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("clientId", clientId, "name", "HR system " + clientId,
                                "roles", List.of(roles)))))
                .andExpect(status().isCreated())
                .andReturn();
        return json.readTree(created.getResponse().getContentAsString());
    }

    private void createUser(String username, String password, String... roles) throws Exception {
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", SecurityTestSupport.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("username", username, "password", password,
                                "roles", List.of(roles)))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.password").doesNotExist());
    }

    @Test
    void eligibilityWithoutCredentialsIs401ProblemAndWithAClientKeyWorks() throws Exception {
        mvc.perform(post("/api/v1/eligibility").contentType(MediaType.APPLICATION_JSON).content(ELIGIBILITY))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.errors[0].field").value("Authorization"));

        String key = createClient("hr-eligibility", "CLIENT").get("apiKey").asText();
        assertThat(key).startsWith(AccountService.KEY_PREFIX);
        mvc.perform(post("/api/v1/eligibility").header("X-API-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(ELIGIBILITY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(post("/api/v1/eligibility").header("Authorization", "ApiKey " + key)
                        .contentType(MediaType.APPLICATION_JSON).content(ELIGIBILITY))
                .andExpect(status().isOk());

        // Only the hash is stored, and the use is recorded.
        Map<String, Object> row = jdbc.queryForMap("SELECT key_hash, last_used_at FROM api_client WHERE client_id = ?",
                "hr-eligibility");
        assertThat(row.get("key_hash")).isEqualTo(AccountService.hashKey(key)).isNotEqualTo(key);
        // written by the client-last-use pool, off the request thread
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT last_used_at FROM api_client WHERE client_id = ?", Object.class, "hr-eligibility") != null);
        mvc.perform(get("/api/v1/admin/clients").with(httpBasic("admin", SecurityTestSupport.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(key))));
    }

    @Test
    void decisionWithoutCredentialsIs401AndWithAClientKeyIsMadeAndAuditedUnderTheClient() throws Exception {
        String request = "{\"nip\": \"196703051995091001\", \"asOf\": \"2026-11-26\"}";
        mvc.perform(post("/api/v1/decisions").contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String key = createClient("hr-decisions", "CLIENT").get("apiKey").asText();
        mvc.perform(post("/api/v1/decisions").header("X-API-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk());
        assertThat(audit.search(AuditKind.DECISION, null, null, null, 10))
                .extracting(AuditSummary::caller).contains("hr-decisions");
        // Reading decisions back is for auditors and planners, not for the client.
        mvc.perform(get("/api/v1/decisions").header("X-API-Key", key)).andExpect(status().isForbidden());
    }

    @Test
    void wrongOrDisabledKeyIs401AndAClientCannotImport() throws Exception {
        mvc.perform(post("/api/v1/eligibility").header("X-API-Key", "smb_not-a-key")
                        .contentType(MediaType.APPLICATION_JSON).content(ELIGIBILITY))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String key = createClient("hr-disabled", "CLIENT").get("apiKey").asText();
        mvc.perform(post("/api/v1/imports").header("X-API-Key", key))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/admin/clients/hr-disabled/disable")
                        .with(httpBasic("admin", SecurityTestSupport.ADMIN_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/eligibility").header("X-API-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(ELIGIBILITY))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void basicAuthenticationUsesTheStoredBcryptUsers() throws Exception {
        createUser("steward", "steward-password-1", "DATA_STEWARD");
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'steward'", String.class))
                .startsWith("{bcrypt}$2");
        mvc.perform(get("/api/v1/units").with(httpBasic("steward", "steward-password-1")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units").with(httpBasic("steward", "wrong-password-123")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/audit").with(httpBasic("steward", "steward-password-1")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/users/steward/disable").with(httpBasic("admin", SecurityTestSupport.ADMIN_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units").with(httpBasic("steward", "steward-password-1")))
                .andExpect(status().isUnauthorized());
    }

    /** Issue 15 M1: disabling a user ends the browser session they already have, at the next request. */
    @Test
    void disablingAUserEndsTheirExistingBrowserSessionAtOnce() throws Exception {
        createUser("leaver", "leaver-password-1", "DATA_STEWARD");
        MvcResult login = mvc.perform(post("/login").with(csrf())
                        .param("username", "leaver").param("password", "leaver-password-1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        // the page session is in the database (Spring Session JDBC), named by its SESSION cookie
        jakarta.servlet.http.Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/admin/users/leaver/disable").with(httpBasic("admin", SecurityTestSupport.ADMIN_PASSWORD)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/units").cookie(session))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'leaver'",
                Integer.class)).as("the leaver's session is gone from the database").isZero();
        mvc.perform(get("/").cookie(session)).andExpect(status().isFound());
        jakarta.servlet.http.Cookie second = mvc.perform(post("/login").with(csrf())
                        .param("username", "leaver").param("password", "leaver-password-1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(second == null ? get("/") : get("/").cookie(second))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    /** Issue 15, low: a Content-Security-Policy on every answer; only the DMN editor page may run eval. */
    @Test
    void everyAnswerCarriesAContentSecurityPolicy() throws Exception {
        String login = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(login).contains("default-src 'self'", "script-src 'self';", "object-src 'none'",
                "frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(mvc.perform(get("/api/v1/units").with(user("steward").roles("DATA_STEWARD")))
                .andReturn().getResponse().getHeader("Content-Security-Policy")).isEqualTo(login);
        assertThat(mvc.perform(get("/policies/drafts/1/editor").with(user("officer").roles("POLICY_OFFICER")))
                .andReturn().getResponse().getHeader("Content-Security-Policy")).contains("'unsafe-eval'");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
    }

    /** Issue 15, low: after five wrong passwords even the right one waits (form login and HTTP Basic alike). */
    @Test
    void afterFiveFailedSignInsTheNextAttemptIsRefusedEvenWithTheRightPassword() throws Exception {
        createUser("guessed", "guessed-password-1", "DATA_STEWARD");
        org.springframework.test.web.servlet.request.RequestPostProcessor from = request -> {
            request.setRemoteAddr("192.0.2.15");
            return request;
        };
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(from)
                            .param("username", "guessed").param("password", "wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).with(from)
                        .param("username", "guessed").param("password", "guessed-password-1"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/units").with(httpBasic("guessed", "guessed-password-1")))
                .andExpect(status().isUnauthorized());
        // another account from another address is not affected
        createUser("bystander", "bystander-password-1", "DATA_STEWARD");
        mvc.perform(get("/api/v1/units").with(httpBasic("bystander", "bystander-password-1")))
                .andExpect(status().isOk());
    }

    @Test
    void adminApiRefusesShortPasswordsAndOtherRoles() throws Exception {
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", SecurityTestSupport.ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"shorty\", \"password\": \"short\", \"roles\": [\"AUDITOR\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(get("/api/v1/admin/users").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesRedirectToTheLoginAndTheFormLoginNeedsItsCsrfToken() throws Exception {
        mvc.perform(get("/policies"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nama pengguna")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")));
        createUser("officer", "officer-password-1", "POLICY_OFFICER");
        mvc.perform(post("/login").param("username", "officer").param("password", "officer-password-1"))
                .andExpect(status().isForbidden());
        MvcResult login = mvc.perform(post("/login").with(csrf())
                        .param("username", "officer").param("password", "officer-password-1"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        // The page session is Spring Session's, kept in the database (any instance accepts it): its cookie is SESSION
        jakarta.servlet.http.Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'officer'",
                Integer.class)).isEqualTo(1);
        mvc.perform(get("/policies").cookie(session)).andExpect(status().isOk());
        // The editor's save goes through the session: without the token it is refused.
        mvc.perform(put("/api/v1/policy-drafts/1/files/content").cookie(session).param("path", "rules/parameters.properties")
                        .contentType(MediaType.TEXT_PLAIN).content("a=1"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/login").param("error", "")).andExpect(status().isOk());
    }

    @Test
    void drlFilesNeedTheRuleAuthorRole() throws Exception {
        mvc.perform(put("/api/v1/policy-drafts/1/files/content").with(user("o").roles("POLICY_OFFICER")).with(csrf())
                        .param("path", "rules/eligibility-move.drl").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/policy-drafts/1/files/content").with(user("o").roles("POLICY_OFFICER")).with(csrf())
                        .param("path", "rules/eligibility-move.DRL").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/policy-drafts/1/files/content").with(user("o").roles("POLICY_OFFICER"))
                        .with(csrf()).param("path", "rules/eligibility-move.drl"))
                .andExpect(status().isForbidden());
        // The rule author gets past security (to the draft's own answer: it does not exist).
        mvc.perform(put("/api/v1/policy-drafts/999999/files/content").with(user("a").roles("RULE_AUTHOR")).with(csrf())
                        .param("path", "rules/eligibility-move.drl").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
        // Refused too; no endpoint serves a file named in the URL, so the answer is 404.
        mvc.perform(put("/api/v1/policy-drafts/d1/files/rules/eligibility-move.drl")
                        .with(user("o").roles("POLICY_OFFICER")).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isNotFound());
        assertThat(AccessRules.isRuleFileWrite(new org.springframework.mock.web.MockHttpServletRequest("PUT",
                "/api/v1/policy-drafts/d1/files/decision-tables/placement.dmn"))).isFalse();
        assertThat(AccessRules.isRuleFileWrite(new org.springframework.mock.web.MockHttpServletRequest("PUT",
                "/api/v1/policy-drafts/d1/files/rules/x.drl"))).isTrue();
        assertThat(AccessRules.requiresRuleAuthor("rules/x.drl")).isTrue();
        assertThat(AccessRules.requiresRuleAuthor("rules/x.drl ")).isTrue();
        assertThat(AccessRules.requiresRuleAuthor("decision-tables/placement.dmn")).isFalse();
        assertThat(AccessRules.requiresRuleAuthor("rules/parameters.properties")).isFalse();
    }

    @Test
    void requestBodyAboveTheLimitIs413Problem() throws Exception {
        String big = "{\"asOf\": \"" + "x".repeat(70 * 1024) + "\"}";
        mvc.perform(post("/api/v1/eligibility").with(user("c").roles("CLIENT")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void importIsAuditedUnderTheCallersName() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/imports")
                        .file(new org.springframework.mock.web.MockMultipartFile("kabupaten", "kabupaten.csv", "text/csv",
                                "code,name,latitude,longitude\n1771,Kota Bengkulu,-3.79560,102.25920\n".getBytes()))
                        .with(user("steward-anna").roles("DATA_STEWARD")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(audit.search(AuditKind.IMPORT, "import", null, null, 10))
                .extracting(AuditSummary::caller).contains("steward-anna");
    }

    @Test
    void anInternalErrorIsAProblemWithoutStackTrace() throws Exception {
        org.mockito.Mockito.doThrow(new IllegalStateException("secret internal detail"))
                .when(audit).verify();
        mvc.perform(post("/api/v1/audit/verify").with(user("auditor").roles("AUDITOR")).with(csrf()))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.containsString("at id.seimbang"),
                        org.hamcrest.Matchers.containsString("IllegalStateException"),
                        org.hamcrest.Matchers.containsString("secret internal detail")))));
        org.mockito.Mockito.reset(audit);
    }
}
