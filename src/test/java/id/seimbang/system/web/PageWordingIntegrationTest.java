package id.seimbang.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 18 point 10: times in WIB in one form on every page; code values translated in both languages. */
@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
class PageWordingIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WibTimes wib;
    @Autowired
    EnumLabels labels;

    @Test
    void timesAreInWibInOneForm() throws Exception {
        assertThat(wib.format(Instant.parse("2026-11-26T17:05:09Z"))).isEqualTo("2026-11-27 00:05:09 WIB");
        assertThat(wib.format(null)).isEqualTo("-");
        String page = mvc.perform(get("/policies").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // No raw UTC instant (2026-11-26T10:00:00.123Z) anywhere; the active version's time is in WIB.
        assertThat(page).doesNotContainPattern(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
        assertThat(page).containsPattern(Pattern.compile("<dd>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} WIB</dd>"));
        assertThat(page).contains(">Aktif</td>").doesNotContain(">ACTIVE</td>");
    }

    @Test
    void codeValuesAreTranslatedInBothLanguages() {
        try {
            LocaleContextHolder.setLocale(WebPageConfiguration.INDONESIAN);
            assertThat(labels.of("risk", "LOW")).isEqualTo("Rendah");
            assertThat(labels.of("relocation", "NONE")).isEqualTo("Tidak ada");
            assertThat(labels.of("relocation", "TRANSPORT_AND_HOUSING")).isEqualTo("Transportasi dan perumahan");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(labels.of("risk", "HIGH")).isEqualTo("High");
            assertThat(labels.of("policyStatus", id.seimbang.policy.PolicyStatus.ACTIVE)).isEqualTo("Active");
            // A value a policy introduces without a label is shown as it is.
            assertThat(labels.of("risk", "EXTREME")).isEqualTo("EXTREME");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
