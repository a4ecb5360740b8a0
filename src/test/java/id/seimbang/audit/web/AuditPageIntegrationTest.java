package id.seimbang.audit.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import id.seimbang.audit.AuditKind;
import id.seimbang.audit.AuditRecord;
import id.seimbang.audit.AuditTrail;
import id.seimbang.system.Clocks;
import id.seimbang.system.web.PageTestDatabase;

@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
class AuditPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Test
    void searchesByKindAndSubjectAndDate() throws Exception {
        AuditRecord imported = trail.append(AuditKind.IMPORT, "page-test", null, "import-page-test", Map.of("rows", 3));
        trail.append(AuditKind.PUBLICATION, "page-test", null, "publication-page-test", Map.of("files", 2));
        String today = LocalDate.now(Clocks.JAKARTA).toString();

        mvc.perform(get("/audit").param("kind", "IMPORT").param("subject", "import-page-test")
                        .param("from", today).param("to", today))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Jejak audit</h1>"),
                        containsString("aria-current=\"page\">Audit</a>"),
                        containsString("<option value=\"IMPORT\" selected=\"selected\">Impor data</option>"),
                        containsString("href=\"/api/v1/audit/" + imported.id() + "\""),
                        containsString("<th scope=\"row\" class=\"num\">" + imported.sequence() + "</th>"),
                        not(containsString("publication-page-test")))));

        mvc.perform(get("/audit").param("subject", "import-page-test").param("from", "2000-01-01").param("to", "2000-01-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tidak ada catatan yang cocok."),
                        not(containsString(imported.id())))));
    }

    @Test
    void verifiesTheChain() throws Exception {
        trail.append(AuditKind.IMPORT, "page-test", null, "verify-page-test", Map.of("rows", 1));

        mvc.perform(post("/audit/verify").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"verification-result\">Chain intact: "),
                        containsString("Last intact record"))));
    }

    @Test
    void refusesAnEndBeforeTheStart() throws Exception {
        mvc.perform(get("/audit").param("from", "2026-02-01").param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }
}
