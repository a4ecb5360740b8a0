package id.seimbang.policy.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {
        "seimbang.policy.source-dir=" + PolicyEditorFixtures.SOURCE_DIR,
        "seimbang.policy.workspace-dir=" + PolicyFileContentIntegrationTest.WORKSPACE,
        "spring.datasource.url=jdbc:h2:mem:policy-files;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"})
@AutoConfigureMockMvc
@WithMockUser(username = "author", roles = {"POLICY_OFFICER", "RULE_AUTHOR"})
class PolicyFileContentIntegrationTest {

    static final String WORKSPACE = "target/policy-files-test-workspace";
    private static final String URL = "/api/v1/policy-files/content";

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void emptyWorkspace() throws IOException {
        Path workspace = Path.of(WORKSPACE);
        if (Files.exists(workspace)) {
            try (Stream<Path> files = Files.walk(workspace)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void readsTheSourceUntilAWorkingCopyIsSaved() throws Exception {
        String source = Files.readString(Path.of(PolicyEditorFixtures.SOURCE_DIR, PolicyEditorFixtures.DMN));
        mvc.perform(get(URL).param("path", PolicyEditorFixtures.DMN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andExpect(content().string(source));

        String edited = source.replace("\"HIGH\"", "\"TOP\"");
        mvc.perform(put(URL).with(csrf()).param("path", PolicyEditorFixtures.DMN)
                        .contentType("application/xml;charset=UTF-8").content(edited.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.path").value(PolicyEditorFixtures.DMN))
                .andExpect(jsonPath("$.bytes").value(edited.getBytes(StandardCharsets.UTF_8).length))
                .andExpect(jsonPath("$.sha256").value(matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.message.id").value("Tersimpan: " + PolicyEditorFixtures.DMN))
                .andExpect(jsonPath("$.message.en").value("Saved: " + PolicyEditorFixtures.DMN));

        assertThat(Path.of(WORKSPACE, PolicyEditorFixtures.DMN)).hasContent(edited);
        assertThat(Path.of(PolicyEditorFixtures.SOURCE_DIR, PolicyEditorFixtures.DMN)).hasContent(source);
        mvc.perform(get(URL).param("path", PolicyEditorFixtures.DMN)).andExpect(content().string(edited));
    }

    @Test
    void savesTextFilesAsUtf8() throws Exception {
        String text = "# Parameter — jarak maksimum\nmax.distance.km=150\n";
        mvc.perform(put(URL).with(csrf()).param("path", PolicyEditorFixtures.PROPERTIES)
                        .contentType("text/plain;charset=UTF-8").content(text.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
        assertThat(Path.of(WORKSPACE, PolicyEditorFixtures.PROPERTIES)).hasContent(text);
        mvc.perform(get(URL).param("path", PolicyEditorFixtures.PROPERTIES))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string(text));
    }

    @Test
    void refusesMalformedDmnNamingLineAndColumn() throws Exception {
        mvc.perform(put(URL).with(csrf()).param("path", PolicyEditorFixtures.DMN).contentType(MediaType.APPLICATION_XML)
                        .content("<definitions>\n  <decision>\n</definitions>"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(startsWith(PolicyEditorFixtures.DMN + ":3:")))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(startsWith("Malformed XML")));
        assertThat(Path.of(WORKSPACE, PolicyEditorFixtures.DMN)).doesNotExist();
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsEverRead() throws Exception {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE definitions [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\">&x;</definitions>";
        mvc.perform(put(URL).with(csrf()).param("path", PolicyEditorFixtures.DMN).contentType(MediaType.APPLICATION_XML).content(xxe))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("DOCTYPE")));
    }

    @Test
    void refusesXmlThatIsNotADmnModel() throws Exception {
        mvc.perform(put(URL).with(csrf()).param("path", PolicyEditorFixtures.DMN).contentType(MediaType.APPLICATION_XML)
                        .content("<project/>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reasonEn").value(containsString("'definitions', not 'project'")));
    }

    @Test
    void refusesBrokenPropertiesAndNonUtf8AndEmptyBodies() throws Exception {
        mvc.perform(put(URL).with(csrf()).param("path", PolicyEditorFixtures.PROPERTIES).contentType(MediaType.TEXT_PLAIN)
                        .content("bad=\\uZZZZ\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(PolicyEditorFixtures.PROPERTIES));
        mvc.perform(put(URL).with(csrf()).param("path", PolicyEditorFixtures.DRL).contentType(MediaType.TEXT_PLAIN)
                        .content(new byte[] {'r', 'u', 'l', 'e', (byte) 0xC3, (byte) 0x28}))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reasonEn").value("File content is not UTF-8 text"));
        mvc.perform(put(URL).with(csrf()).param("path", PolicyEditorFixtures.DRL).contentType(MediaType.TEXT_PLAIN).content(new byte[0]))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reasonEn").value("File content is empty"));
    }

    @Test
    void refusesPathsOutsideThePolicyFolders() throws Exception {
        for (String path : new String[] {"decision-tables/../../pom.xml", "/etc/passwd", "src/main/resources/application.yml"}) {
            mvc.perform(get(URL).param("path", path))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("path"));
            mvc.perform(put(URL).with(csrf()).param("path", path).contentType(MediaType.TEXT_PLAIN).content("x=1"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get(URL).param("path", "rules/missing.drl"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("path"));
    }
}
