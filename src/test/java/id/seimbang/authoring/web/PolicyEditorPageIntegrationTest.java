package id.seimbang.authoring.web;

import java.io.IOException;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.authoring.PolicyLifecycle;

// The configuration of the other MockMvc tests with the small workforce (PoliciesPageIntegrationTest, …): one context
@SpringBootTest(properties = TestWorkforceConfiguration.H2_MEMORY)
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
@WithMockUser(username = "officer", roles = "POLICY_OFFICER")
class PolicyEditorPageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PolicyLifecycle lifecycle;

    private long id;
    private String editor;

    @BeforeEach
    void draft() throws IOException {
        id = PolicyEditorFixtures.draftWithFixtures(lifecycle).id();
        editor = "/policies/drafts/" + id + "/editor";
    }

    @Test
    void dmnEditorPageIsIndonesianByDefaultAndPointsTheEditorAtTheContentUrls() throws Exception {
        // The address as a browser sends it: the language links are built from the query string.
        String contentUrl = "/api/v1/policy-drafts/" + id + "/files/content?path=decision-tables/test-fit.dmn";
        mvc.perform(get(editor + "?file=" + PolicyEditorFixtures.DMN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"id\">"),
                        containsString("<h1>Editor tabel keputusan</h1>"),
                        containsString(">Simpan</button>"),
                        containsString("aria-current=\"page\">Kebijakan</a>"),
                        containsString("data-content-url=\"" + contentUrl + "\""),
                        containsString("data-save-url=\"" + contentUrl + "\""),
                        containsString("data-file=\"decision-tables/test-fit.dmn\""),
                        containsString("src=\"/vendor/dmn-editor/index.js\""),
                        // the language switch keeps the file parameter
                        containsString("href=\"" + editor + "?file=decision-tables/test-fit.dmn&amp;lang=en\""))));
    }

    @Test
    void englishIsChosenWithLangAndKeptInACookie() throws Exception {
        Cookie chosen = mvc.perform(get(editor).param("file", PolicyEditorFixtures.DMN).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("seimbang-lang", "en"))
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"en\">"),
                        containsString("<h1>Decision table editor</h1>"),
                        containsString(">Save</button>"),
                        containsString(">Policies</a>"),
                        not(containsString("Simpan")))))
                .andReturn().getResponse().getCookie("seimbang-lang");

        mvc.perform(get(editor).param("file", PolicyEditorFixtures.DRL).cookie(chosen))
                .andExpect(content().string(containsString("<h1>Policy file editor</h1>")));
    }

    /** Issue 18 point 9: someone who may not save a file sees it without a Save button, marked read-only. */
    @Test
    void readersWhoMayNotSaveGetNoSaveButton() throws Exception {
        String saveButton = "id=\"save-button\"";
        String readOnly = "data-editable=\"false\"";
        mvc.perform(get(editor).param("file", PolicyEditorFixtures.DMN).with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString(saveButton)), containsString(readOnly))));
        mvc.perform(get(editor).param("file", PolicyEditorFixtures.DMN).with(user("approver").roles("POLICY_APPROVER")))
                .andExpect(content().string(allOf(not(containsString(saveButton)), containsString(readOnly))));
        // DRL is code: a policy officer reads it, a rule author edits it
        mvc.perform(get(editor).param("file", PolicyEditorFixtures.DRL).param("lang", "en"))
                .andExpect(content().string(allOf(not(containsString(saveButton)), containsString(readOnly),
                        containsString("You may read this file but not edit it; editing needs the role RULE_AUTHOR."))));
        mvc.perform(get(editor).param("file", PolicyEditorFixtures.DRL).with(user("author").roles("RULE_AUTHOR")))
                .andExpect(content().string(allOf(containsString(saveButton), containsString("data-editable=\"true\""))));
        mvc.perform(get(editor).param("file", PolicyEditorFixtures.DMN))
                .andExpect(content().string(allOf(containsString(saveButton), containsString("data-editable=\"true\""))));
    }

    @Test
    void unknownLanguagesKeepIndonesian() throws Exception {
        mvc.perform(get(editor).param("file", PolicyEditorFixtures.DMN).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Editor tabel keputusan</h1>")));
    }

    @Test
    void drlAndPropertiesFilesOpenInTheTextEditorWithLineNumbers() throws Exception {
        for (String file : new String[] {PolicyEditorFixtures.DRL, PolicyEditorFixtures.PROPERTIES}) {
            mvc.perform(get(editor).param("file", file))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("<h1>Editor berkas kebijakan</h1>"),
                            containsString("id=\"line-numbers\""),
                            containsString("<label for=\"text-content\""),
                            containsString("data-editor=\"text\""),
                            not(containsString("/vendor/dmn-editor/")))));
        }
    }

    @Test
    void refusesFilesOutsideThePolicyFoldersAndMissingFiles() throws Exception {
        mvc.perform(get(editor).param("file", "decision-tables/../pom.xml"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(get(editor).param("file", "decision-tables/missing.dmn"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/policies/drafts/999999/editor").param("file", PolicyEditorFixtures.DMN))
                .andExpect(status().isNotFound());
    }
}
