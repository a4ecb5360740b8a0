package id.seimbang.authoring.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditTrail;
import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyParameters;

/**
 * The whole authoring path through the REST API: draft, edit, check, submit, approve by another person,
 * publish (the next decision uses the new version), roll back, diff, zip; and every refusal on the way.
 * Tests that publish start from whatever version is active, so they do not depend on their order.
 */
@SpringBootTest(properties = TestWorkforceConfiguration.H2_MEMORY)
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
@WithMockUser(username = "carol", roles = {"POLICY_OFFICER", "POLICY_APPROVER", "RULE_AUTHOR"})
class PolicyLifecycleIntegrationTest {

    /** Two people holding every policy role: the four-eyes rule, not the roles, keeps them apart. */
    static final RequestPostProcessor ALICE = user("alice").roles("POLICY_OFFICER", "POLICY_APPROVER", "RULE_AUTHOR");
    static final RequestPostProcessor BOB = user("bob").roles("POLICY_OFFICER", "POLICY_APPROVER", "RULE_AUTHOR");
    private static final String DRAFTS = "/api/v1/policy-drafts";
    private static final String PARAMETERS = PolicyParameters.FILE;

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired ActivePolicy active;
    @Autowired AuditTrail audit;

    @Test
    void publishedDraftDecidesTheNextRequestAndARollbackRestoresThePreviousVersion() throws Exception {
        String before = active.current().version();
        long id = draftWithParameter(ALICE, "position.min-months", "48");

        // Checks: valid, every scenario passes, and the impact names the employees and the rule that changed.
        mvc.perform(post(DRAFTS + "/{id}/validate", id).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
        mvc.perform(post(DRAFTS + "/{id}/scenarios/run", id).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.failed").value(0))
                .andExpect(jsonPath("$.total").value(greaterThan(5)));
        mvc.perform(post(DRAFTS + "/{id}/impact", id).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.activeVersion").value(before))
                .andExpect(jsonPath("$.eligibilityChanged").value(greaterThan(0)))
                .andExpect(jsonPath("$.changes[0].eligibleActive").value(true))
                .andExpect(jsonPath("$.changes[0].eligibleDraft").value(false))
                .andExpect(jsonPath("$.changes[0].rulesChanged", hasItem("ELIG-MASA-JABATAN")));

        mvc.perform(post(DRAFTS + "/{id}/submit", id).with(csrf()).with(ALICE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.draft.status").value("SUBMITTED"));
        mvc.perform(post(DRAFTS + "/{id}/approve", id).with(csrf()).with(BOB)).andExpect(status().isOk())
                .andExpect(jsonPath("$.draft.status").value("APPROVED"))
                .andExpect(jsonPath("$.draft.approvedBy").value("bob"));
        eligibility().andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.policyVersion").value(before));

        JsonNode published = body(mvc.perform(post(DRAFTS + "/{id}/publish", id).with(csrf()).with(BOB))
                .andExpect(status().isOk()).andReturn());
        String version = published.get("version").asText();
        assertThat(published.get("previousVersion").asText()).isEqualTo(before);
        assertThat(active.current().version()).isEqualTo(version);
        // 36 months in position: eligible under the old 24-month rule, not under the new 48-month one.
        eligibility().andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.policyVersion").value(version))
                .andExpect(jsonPath("$.outcomes[0].ruleId").value("ELIG-MASA-JABATAN"));
        assertThat(audit.search(AuditKind.PUBLICATION, "policy-version/" + version, null, null, 10)).hasSize(1);
        assertThat(audit.search(AuditKind.APPROVAL, "policy-draft/" + id, null, null, 10)).hasSize(1);

        mvc.perform(get("/api/v1/policy-versions")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.version == '%s')].status".formatted(version)).value("ACTIVE"))
                .andExpect(jsonPath("$[?(@.version == '%s')].approvedBy".formatted(version)).value("bob"))
                .andExpect(jsonPath("$[?(@.version == '%s')].status".formatted(before)).value("RETIRED"));
        mvc.perform(get("/api/v1/policy-versions/diff").param("from", before).param("to", version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files.length()").value(1))
                .andExpect(jsonPath("$.files[0].path").value(PARAMETERS))
                .andExpect(jsonPath("$.files[0].change").value("MODIFIED"))
                .andExpect(jsonPath("$.files[0].unified").value(containsString("\n-position.min-months=24\n")))
                .andExpect(jsonPath("$.files[0].unified").value(containsString("\n+position.min-months=48\n")));

        // Rollback: a draft from the earlier version, through the same four eyes.
        long rollback = id(mvc.perform(post(DRAFTS).with(csrf()).with(BOB).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fromVersion\": \"" + before + "\"}")).andExpect(status().isCreated()).andReturn());
        mvc.perform(post(DRAFTS + "/{id}/submit", rollback).with(csrf()).with(BOB)).andExpect(status().isOk());
        mvc.perform(post(DRAFTS + "/{id}/approve", rollback).with(csrf()).with(ALICE)).andExpect(status().isOk());
        mvc.perform(post(DRAFTS + "/{id}/publish", rollback).with(csrf()).with(ALICE)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(before));
        assertThat(active.current().version()).isEqualTo(before);
        eligibility().andExpect(jsonPath("$.eligible").value(true));
    }

    @Test
    void theAuthorCannotApproveTheirOwnDraftNorEditItOnceSubmitted() throws Exception {
        long id = draftWithParameter(ALICE, "rotation.due-years", "6");
        mvc.perform(post(DRAFTS + "/{id}/submit", id).with(csrf()).with(ALICE)).andExpect(status().isOk());

        mvc.perform(post(DRAFTS + "/{id}/approve", id).with(csrf()).with(ALICE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("approver"));
        mvc.perform(put(DRAFTS + "/{id}/files/content", id).with(csrf()).param("path", PARAMETERS).with(ALICE)
                        .contentType(MediaType.TEXT_PLAIN).content("rotation.due-years=7\n"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("only a DRAFT can be edited")));
        mvc.perform(post(DRAFTS + "/{id}/publish", id).with(csrf()).with(BOB))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("expected APPROVED")));
    }

    /** Issue 15 M2: an officer who is also an approver edits a colleague's draft, then tries to approve it. */
    @Test
    void whoeverEditedAFileOfTheDraftCannotApproveNorPublishIt() throws Exception {
        long id = draftWithParameter(ALICE, "rotation.due-years", "6");
        mvc.perform(put(DRAFTS + "/{id}/files/content", id).with(csrf()).param("path", PARAMETERS).with(BOB)
                        .contentType("text/plain;charset=UTF-8")
                        .content(read(id, PARAMETERS).replace("rotation.due-years=6", "rotation.due-years=9")))
                .andExpect(status().isOk());
        mvc.perform(post(DRAFTS + "/{id}/submit", id).with(csrf()).with(ALICE)).andExpect(status().isOk());

        mvc.perform(post(DRAFTS + "/{id}/approve", id).with(csrf()).with(BOB))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("approver"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("Anda mengubah berkas draf " + id)))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("You edited a file of draft " + id)));
        mvc.perform(get(DRAFTS + "/{id}", id)).andExpect(jsonPath("$.draft.status").value("SUBMITTED"));

        // carol, who did not touch it, approves; then neither the editor nor the author may publish it
        mvc.perform(post(DRAFTS + "/{id}/approve", id).with(csrf())).andExpect(status().isOk());
        mvc.perform(post(DRAFTS + "/{id}/publish", id).with(csrf()).with(BOB))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].field").value("publisher"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("You edited a file of draft " + id)));
        mvc.perform(post(DRAFTS + "/{id}/publish", id).with(csrf()).with(ALICE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("You created draft " + id)));
        mvc.perform(get(DRAFTS + "/{id}", id)).andExpect(jsonPath("$.draft.status").value("APPROVED"));
    }

    @Test
    void actionsWithoutASignedInUserAre401() throws Exception {
        mvc.perform(post(DRAFTS).with(anonymous()).with(csrf())).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Authorization"));
    }

    @Test
    void aFailingScenarioRefusesPublicationShowingExpectedAndActual() throws Exception {
        String before = active.current().version();
        long id = approved(draftWithParameter(ALICE, "position.min-months", "12"));

        mvc.perform(post(DRAFTS + "/{id}/publish", id).with(csrf()).with(BOB))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("scenario:masa-jabatan-kurang-dua-tahun"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("eligible: expected false, actual true")));
        assertThat(active.current().version()).isEqualTo(before);
        mvc.perform(get(DRAFTS + "/{id}", id)).andExpect(jsonPath("$.draft.status").value("APPROVED"))
                .andExpect(jsonPath("$.draft.scenarios.failed").value(1))
                .andExpect(jsonPath("$.draft.scenarios.results[?(@.passed == false)].mismatches[0].expected")
                        .value("false"));
    }

    @Test
    void aCompileErrorRefusesPublicationNamingFileAndLine() throws Exception {
        long id = id(mvc.perform(post(DRAFTS).with(csrf()).with(ALICE)).andExpect(status().isCreated()).andReturn());
        String drl = read(id, "rules/eligibility-employee.drl");
        save(id, "rules/eligibility-employee.drl", drl.replace("EmployeeFacts(legalProcess)", "EmployeeFacts(legalProcess ==)"));
        mvc.perform(post(DRAFTS + "/{id}/validate", id).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[0].file").value("rules/eligibility-employee.drl"))
                .andExpect(jsonPath("$.problems[0].line").isNumber());
        approved(id);

        mvc.perform(post(DRAFTS + "/{id}/publish", id).with(csrf()).with(BOB))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value(startsWith("rules/eligibility-employee.drl:")));
    }

    @Test
    void ofTwoConcurrentPublicationsOnlyOneWinsTheOtherGets409() throws Exception {
        long first = approved(draftWithParameter(ALICE, "rotation.due-years", "7"));
        long second = approved(draftWithParameter(ALICE, "rotation.due-years", "8"));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.<Callable<Integer>>of(
                    () -> mvc.perform(post(DRAFTS + "/{id}/publish", first).with(csrf()).with(BOB)).andReturn().getResponse().getStatus(),
                    () -> mvc.perform(post(DRAFTS + "/{id}/publish", second).with(csrf()).with(BOB)).andReturn().getResponse().getStatus()));
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aVersionZipUploadsAsAnIdenticalDraft() throws Exception {
        String version = active.current().version();
        byte[] zip = mvc.perform(get("/api/v1/policy-versions/{v}/zip", version)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        long id = id(mvc.perform(multipart(DRAFTS + "/upload").file(new MockMultipartFile("file", "policy.zip",
                "application/zip", zip)).with(csrf()).with(ALICE)).andExpect(status().isCreated()).andReturn());

        mvc.perform(post(DRAFTS + "/{id}/validate", id).with(csrf())).andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void zipEntriesOutsideThePolicyFoldersAreRefused() throws Exception {
        for (String name : List.of("../evil.drl", "rules/../../etc/evil.drl", "/rules/x.drl", "src/Main.java",
                "rules/notes.txt")) {
            mvc.perform(multipart(DRAFTS + "/upload").file(new MockMultipartFile("file", "evil.zip", "application/zip",
                            zip(name, "package x;\n"))).with(csrf()).with(ALICE))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("zip:" + name));
        }
    }

    @Test
    void scenariosAddedToADraftRunWithIt() throws Exception {
        long id = id(mvc.perform(post(DRAFTS).with(csrf()).with(ALICE)).andExpect(status().isCreated()).andReturn());
        String scenario = new String(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("tests-data/scenarios/masa-jabatan-kurang-dua-tahun.json")), StandardCharsets.UTF_8)
                .replace("\"eligible\": false", "\"eligible\": true");
        mvc.perform(put(DRAFTS + "/{id}/scenarios/{name}", id, "sengaja-salah").with(csrf()).with(ALICE)
                        .contentType(MediaType.APPLICATION_JSON).content(scenario))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scenarios[0]").value("sengaja-salah"));
        mvc.perform(post(DRAFTS + "/{id}/scenarios/run", id).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.results[?(@.name == 'sengaja-salah')].source").value("draft"));
        mvc.perform(put(DRAFTS + "/{id}/scenarios/{name}", id, "rusak").with(csrf()).with(ALICE)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": 1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scenario"));
    }

    // ---- helpers

    private org.springframework.test.web.servlet.ResultActions eligibility() throws Exception {
        return mvc.perform(post("/api/v1/eligibility").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nip\": \"198005102011011001\", \"asOf\": \"2026-11-26\"}")).andExpect(status().isOk());
    }

    private long draftWithParameter(RequestPostProcessor author, String key, String value) throws Exception {
        long id = id(mvc.perform(post(DRAFTS).with(csrf()).with(author)).andExpect(status().isCreated()).andReturn());
        String parameters = read(id, PARAMETERS);
        String edited = parameters.replaceAll("(?m)^" + key.replace(".", "\\.") + "=.*$", key + "=" + value);
        assertThat(edited).isNotEqualTo(parameters);
        save(id, PARAMETERS, edited);
        return id;
    }

    private long approved(long id) throws Exception {
        mvc.perform(post(DRAFTS + "/{id}/submit", id).with(csrf()).with(ALICE)).andExpect(status().isOk());
        mvc.perform(post(DRAFTS + "/{id}/approve", id).with(csrf()).with(BOB)).andExpect(status().isOk());
        return id;
    }

    private String read(long id, String path) throws Exception {
        return mvc.perform(get(DRAFTS + "/{id}/files/content", id).param("path", path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void save(long id, String path, String text) throws Exception {
        mvc.perform(put(DRAFTS + "/{id}/files/content", id).with(csrf()).param("path", path).with(ALICE)
                        .contentType("text/plain;charset=UTF-8").content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
    }

    private long id(MvcResult result) throws Exception {
        return body(result).get("draft").get("id").asLong();
    }

    private JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static byte[] zip(String name, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
