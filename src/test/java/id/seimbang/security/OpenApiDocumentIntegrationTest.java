package id.seimbang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.audit.AuditTrail;
import id.seimbang.eligibility.TestWorkforceConfiguration;

/** Issue 18 point 14: the OpenAPI document names the API, its version, and both ways to sign in. */
// Same configuration as SecurityIntegrationTest, bean overrides included, so they share one application context.
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:security-decisions-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "seimbang.sample-data.load-on-empty=true",
        "seimbang.security.admin-password=" + SecurityTestSupport.ADMIN_PASSWORD,
        "seimbang.security.max-body-size=64KB"})
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
class OpenApiDocumentIntegrationTest {

    @Autowired MockMvc mvc;
    /** Unused here: SecurityIntegrationTest's spy, without which this class would need a context of its own. */
    @MockitoSpyBean AuditTrail audit;
    @Autowired ObjectMapper json;
    @Autowired BuildProperties build;

    @Test
    void documentHasTitleVersionDescriptionAndBothSecuritySchemesApplied() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs").with(httpBasic("admin", SecurityTestSupport.ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(doc.at("/info/title").asText()).isEqualTo("Seimbang API");
        assertThat(doc.at("/info/version").asText()).isEqualTo(build.getVersion()).startsWith("0.");
        assertThat(doc.at("/info/description").asText()).contains("Rules-engine decision service", "X-API-Key");
        assertThat(doc.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(doc.at("/components/securitySchemes/apiKey/type").asText()).isEqualTo("apiKey");
        assertThat(doc.at("/components/securitySchemes/apiKey/in").asText()).isEqualTo("header");
        assertThat(doc.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-API-Key");
        assertThat(doc.get("security").toString()).contains("\"basicAuth\"", "\"apiKey\"");
    }
}
