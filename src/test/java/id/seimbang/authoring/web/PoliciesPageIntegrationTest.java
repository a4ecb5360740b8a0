package id.seimbang.authoring.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyFile;
import id.seimbang.policy.PolicyFiles;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicyStatus;
import id.seimbang.policy.PolicyVersionStore;
import id.seimbang.authoring.PolicyLifecycle;

@SpringBootTest(properties = TestWorkforceConfiguration.H2_MEMORY)
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
@WithMockUser(username = "officer", roles = "POLICY_OFFICER")
class PoliciesPageIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired PolicyLifecycle lifecycle;
    @Autowired ActivePolicy active;
    @Autowired PolicyVersionStore store;

    @Test
    void showsTheActiveVersionDraftsWithEditorLinksAndHistory() throws Exception {
        long id = lifecycle.createDraft(null, "alice", null).id();
        mvc.perform(get("/policies"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Kebijakan mutasi</h1>"),
                        containsString("id=\"active-hash\">" + active.current().version() + "<"),
                        containsString("id=\"draft-" + id + "\""),
                        containsString("href=\"/policies/drafts/" + id + "/editor?file=decision-tables/placement.dmn\""),
                        containsString("href=\"/policies/drafts/" + id + "/editor?file=rules/parameters.properties\""),
                        containsString("<h2 id=\"history-heading\">Riwayat versi</h2>"),
                        containsString("href=\"/api/v1/policy-versions/" + active.current().version() + "/zip\""))));
    }

    @Test
    void anUploadWithoutAMultipartBodyOrWithoutItsFileIsAProblemNotAServerError() throws Exception {
        var officer = user("alice").roles("POLICY_OFFICER", "RULE_AUTHOR");
        mvc.perform(post("/policies/drafts/upload").with(csrf()).with(officer)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                        .value("Content-Type"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].reasonEn")
                        .value("An upload must be sent as multipart/form-data"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/policy-drafts/upload")
                        .file("other", new byte[] {1}).with(csrf()).with(officer))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                        .value("file"));
    }

    @Test
    void historyLinksEachVersionToItsDiffWithThePreviousOne() throws Exception {
        List<PolicyFile> six = PolicyFixtures.withParameter("position.min-months", "6");
        String sixVersion = PolicyFiles.version(six);
        store.save(sixVersion, six, PolicyStatus.RETIRED, "carol", null, Instant.now().plusSeconds(60));
        String shipped = active.current().version();

        mvc.perform(get("/policies"))
                .andExpect(content().string(allOf(
                        containsString("href=\"/policies/diff?from=" + shipped + "&amp;to=" + sixVersion + "\""),
                        containsString("name=\"fromVersion\" value=\"" + sixVersion + "\""))));
        mvc.perform(get("/policies/diff").param("from", shipped).param("to", sixVersion))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<code>rules/parameters.properties</code>"),
                        containsString("-position.min-months=24\n+position.min-months=6"))));
    }

    @Test
    void checkShowsValidationScenariosAndImpactAndSelfApprovalIsShownAsRefused() throws Exception {
        long id = lifecycle.createDraft(null, "alice", null).id();
        mvc.perform(post("/policies/drafts/{id}/check", id).with(csrf()).with(user("alice").roles("POLICY_OFFICER", "POLICY_APPROVER")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/policies#draft-" + id))
                .andExpect(flash().attribute("flashOk", "Draf " + id + " diperiksa."));
        mvc.perform(get("/policies").param("lang", "en"))
                .andExpect(content().string(allOf(
                        containsString("The policy compiles without problems."),
                        containsString("scenarios pass."),
                        containsString("employees change eligibility."))));

        // Through the API: the mock user of the request above is gone, and the lifecycle checks roles itself.
        mvc.perform(post("/api/v1/policy-drafts/{id}/submit", id).with(csrf()).with(user("alice").roles("POLICY_OFFICER")))
                .andExpect(status().isOk());
        mvc.perform(post("/policies/drafts/{id}/approve", id).with(csrf()).with(user("alice").roles("POLICY_OFFICER", "POLICY_APPROVER")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", List.of("Prinsip empat mata",
                        "approver: Anda menyusun draf " + id + ", jadi tidak boleh menyetujuinya; minta rekan lain")));
    }
}
