package id.seimbang.authoring.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import id.seimbang.system.web.PageTestDatabase;

/** Issue 18 point 9: a page shows only the buttons its reader may use; the login page has no navigation. */
@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
class HiddenActionsPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void policyButtonsFollowTheReadersRoles() throws Exception {
        mvc.perform(get("/policies").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"active-version\""),
                        not(containsString("id=\"new-draft\"")), not(containsString("id=\"zip-file\"")))));
        mvc.perform(get("/policies").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(content().string(allOf(containsString("id=\"new-draft\""), not(containsString("id=\"zip-file\"")))));
        mvc.perform(get("/policies").with(user("author").roles("RULE_AUTHOR")))
                .andExpect(content().string(allOf(containsString("id=\"new-draft\""), containsString("id=\"zip-file\""))));
    }

    @Test
    void theStartFormIsForPlannersOnly() throws Exception {
        mvc.perform(get("/plans").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"plan-form\""))));
        mvc.perform(get("/plans").with(user("planner").roles("PLANNER")))
                .andExpect(content().string(containsString("id=\"plan-form\"")));
    }

    @Test
    void theLoginPageShowsNoNavigation() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"login-form\""), not(containsString("class=\"main-nav\"")),
                        containsString("id=\"lang-en\""))));
        mvc.perform(get("/").with(user("planner").roles("PLANNER")))
                .andExpect(content().string(containsString("class=\"main-nav\"")));
    }
}
