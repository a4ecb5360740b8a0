package id.seimbang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.seimbang.authoring.DraftStatus;
import id.seimbang.authoring.PolicyLifecycle;
import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.policy.PolicyFile;

/**
 * Access rules match the decoded path Spring MVC routes (an encoded letter no longer slips past them), the
 * strict firewall answers encoded reserved characters with 400 problem+json, and the lifecycle service checks
 * roles itself, so a routing mistake cannot grant one.
 */
@SpringBootTest(properties = TestWorkforceConfiguration.H2_MEMORY)
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
@WithMockUser(username = "alice", roles = "POLICY_OFFICER")
class EncodedPathIntegrationTest {

    private static final RequestPostProcessor OFFICER = user("mallory").roles("POLICY_OFFICER");

    @Autowired MockMvc mvc;
    @Autowired PolicyLifecycle lifecycle;

    @Test
    void encodedLetterInFilesDoesNotLetAnOfficerSaveDrl() throws Exception {
        long id = lifecycle.createDraft(null, "alice", "encoded").id();
        String before = lifecycle.content(id, "rules/eligibility-move.drl");
        mvc.perform(put(URI.create("/api/v1/policy-drafts/" + id + "/fil%65s/content?path=rules/eligibility-move.drl"))
                        .with(OFFICER).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("package rules;"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(lifecycle.content(id, "rules/eligibility-move.drl")).isEqualTo(before);
        assertThat(lifecycle.files(id)).extracting(PolicyFile::path).doesNotContain("rules/x.drl");
        mvc.perform(put(URI.create("/api/v1/policy-drafts/" + id + "/fil%65s/content?path=rules/x.drl"))
                        .with(OFFICER).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("package rules;"))
                .andExpect(status().isForbidden());
        assertThat(lifecycle.files(id)).extracting(PolicyFile::path).doesNotContain("rules/x.drl");
    }

    @Test
    void encodedLettersInApproveAndPublishDoNotLetAnOfficerApproveOrPublish() throws Exception {
        long id = lifecycle.createDraft(null, "alice", "encoded").id();
        lifecycle.submit(id, "alice");
        mvc.perform(post(URI.create("/api/v1/policy-drafts/" + id + "/appr%6Fve")).with(OFFICER).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(URI.create("/api/v1/policy-drafts/" + id + "/publ%69sh")).with(OFFICER).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(lifecycle.draft(id).status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(lifecycle.draft(id).approvedBy()).isNull();
    }

    @Test
    void theRulesSeeTheDecodedPath() {
        MockHttpServletRequest encoded = new MockHttpServletRequest("POST", "/api/v1/policy-drafts/3/appr%6Fve");
        assertThat(AccessRules.isApproval(encoded)).isTrue();
        MockHttpServletRequest file = new MockHttpServletRequest("PUT", "/api/v1/policy-drafts/3/fil%65s/rules/x.drl");
        assertThat(AccessRules.isRuleFileWrite(file)).isTrue();
    }

    @Test
    void encodedSlashIsRejectedByTheFirewallAsProblemJson() throws Exception {
        mvc.perform(post(URI.create("/api/v1/policy-drafts/1%2Fapprove")).with(OFFICER).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theLifecycleRefusesADirectCallWithoutTheRole() {
        long id = lifecycle.createDraft(null, "alice", "direct").id();
        lifecycle.submit(id, "alice");
        // alice is only a POLICY_OFFICER here (the class's mock user): no URL rule is involved at all.
        assertThatThrownBy(() -> lifecycle.approve(id, "alice")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.publish(id, "alice")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifecycle.reject(id, "alice", "no")).isInstanceOf(AccessDeniedException.class);
        long other = lifecycle.createDraft(null, "alice", "drl").id();
        assertThatThrownBy(() -> lifecycle.saveFile(other, new PolicyFile("rules/x.drl", "package rules;"), "alice"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(lifecycle.files(other)).extracting(PolicyFile::path).doesNotContain("rules/x.drl");
        assertThat(lifecycle.draft(id).status()).isEqualTo(DraftStatus.SUBMITTED);
    }

    @Test
    @WithMockUser(username = "carol", roles = "AUDITOR")
    void anAuditorCannotEvenSubmit() {
        assertThatThrownBy(() -> lifecycle.submit(1, "carol")).isInstanceOf(AccessDeniedException.class);
    }
}
