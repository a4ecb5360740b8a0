package id.seimbang.temporary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.audit.AuditTrail;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.system.web.PageTestDatabase;

/**
 * POST /api/v1/temporary-assignments/evaluation (issue 20 point 2) on the sample province: the rules refuse what
 * they should with cited reasons, the fit table decides fit with its annotations, bad requests name the field, and
 * nothing is recorded. It changes nothing either, so it runs in the page tests' application context (the sample
 * province, {@link PageTestDatabase#URL}) instead of starting one of its own.
 */
@SpringBootTest(properties = PageTestDatabase.URL)
@AutoConfigureMockMvc
@WithMockUser(username = "planner", roles = "PLANNER")
class TemporaryAssignmentIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ActivePolicy policy;
    @Autowired
    AuditTrail audit;

    private ResultActions evaluate(String body) throws Exception {
        return mvc.perform(post("/api/v1/temporary-assignments/evaluation").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode ok(String nip, String target, String work, String from, String until) throws Exception {
        return json.readTree(evaluate("{\"nip\":\"" + nip + "\",\"targetUnitCode\":\"" + target + "\",\"work\":\"" + work
                + "\",\"from\":\"" + from + "\",\"until\":\"" + until + "\"}").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aMidwifeOneYearInPositionMayJoinAVaccinationCampaign() throws Exception {
        // Bidan at Puskesmas 1 Kota Bengkulu since 2025-12-01 (under the transfer rules' two years): 10 staff, need 9.37
        JsonNode r = ok("199305192024122001", "1771-DINKES", "VAKSINASI", "2027-01-04", "2027-02-26");
        assertThat(r.get("allowed").asBoolean()).isTrue();
        assertThat(r.get("reasons")).isEmpty();
        assertThat(r.get("fitLevel").asText()).isEqualTo("Sangat Sesuai");
        assertThat(r.get("penalty").asDouble()).isZero();
        assertThat(r.at("/fitRows/0/table").asText()).isEqualTo("Kesesuaian Penugasan");
        assertThat(r.at("/fitRows/0/annotation/en").asText()).startsWith("Health staff with a health competency");
        assertThat(r.at("/homeCell/staff").asInt()).isEqualTo(10);
        assertThat(r.at("/homeCell/staffDuring").asInt()).isEqualTo(9);
        assertThat(r.at("/homeCell/minShare").asDouble()).isEqualTo(0.75);
        assertThat(r.get("policyVersion").asText()).isEqualTo(policy.current().version());
        assertThat(r.get("targetUnitName").asText()).isNotBlank();
    }

    @Test
    void theRulesRefuseWithCitedReasons() throws Exception {
        // the home cell would drop below 75 % of its need: Sekretariat Daerah Kota Bengkulu, 4 heads of division, need 4.69
        JsonNode floor = ok("196811141995081001", "1771-DUKCAPIL", "ADMINISTRASI", "2027-01-04", "2027-01-29");
        assertThat(floor.get("allowed").asBoolean()).isFalse();
        assertThat(floor.at("/reasons/0/ruleId").asText()).isEqualTo("TEMP-SEL-ASAL");
        assertThat(floor.at("/reasons/0/severity").asText()).isEqualTo("BLOCK");
        assertThat(floor.at("/reasons/0/regulation").asText()).contains("temporary.home-min-share");
        assertThat(floor.at("/reasons/0/message/en").asText()).startsWith("Home cell 1771-SETDA/KEPALA_BIDANG would keep 3 staff");
        assertThat(floor.get("fitLevel").asText()).isEqualTo("Sesuai");

        // on study leave until 2027-03-01
        JsonNode study = ok("197809132001031001", "1771-DINKES", "ADMINISTRASI", "2027-01-04", "2027-02-26");
        assertThat(study.get("allowed").asBoolean()).isFalse();
        assertThat(study.get("reasons").findValuesAsText("ruleId")).contains("TEMP-TUGAS-BELAJAR");
        // the same employee after the study leave has ended is not refused for it
        assertThat(ok("197809132001031001", "1771-DINKES", "ADMINISTRASI", "2027-03-02", "2027-03-31").get("reasons")
                .findValuesAsText("ruleId")).doesNotContain("TEMP-TUGAS-BELAJAR");

        // a light sanction until 2026-07-31, inside the period
        JsonNode sanction = ok("199601052025082001", "1771-DINKES", "ADMINISTRASI", "2026-07-01", "2026-08-31");
        assertThat(sanction.get("reasons").findValuesAsText("ruleId")).contains("TEMP-HUKDIS");
        assertThat(sanction.get("reasons").findValuesAsText("regulation"))
                .contains("PP No. 94 Tahun 2021 tentang Disiplin PNS");
    }

    @Test
    void aTeacherWithoutAHealthCompetencyDoesNotFitVaccination() throws Exception {
        JsonNode r = ok("199002132016091001", "1709-DINKES", "VAKSINASI", "2027-01-04", "2027-02-26");
        assertThat(r.get("fitLevel").asText()).isEqualTo("Tidak Sesuai");
        assertThat(r.get("fitExcludes").asBoolean()).isTrue();
        assertThat(r.get("allowed").asBoolean()).isFalse();
        assertThat(r.at("/fitRows/0/annotation/id").asText())
                .isEqualTo("Vaksinasi dan layanan kesehatan memerlukan kompetensi atau sertifikat kesehatan: tidak sesuai");
    }

    @Test
    void badRequestsNameTheFieldAndNothingIsRecorded() throws Exception {
        long before = audit.verify().recordsChecked();
        evaluate("{}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("nip", "targetUnitCode",
                        "work", "from", "until")));
        evaluate("{\"nip\":\"199305192024122001\",\"targetUnitCode\":\"1771-DINKES\",\"work\":\"VAKSINASI\","
                + "\"from\":\"2027-02-01\",\"until\":\"2027-01-31\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("until"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value("The last day 2027-01-31 is before the first day 2027-02-01"));
        evaluate("{\"nip\":\"199305192024122001\",\"targetUnitCode\":\"1771-PKM1\",\"work\":\"VAKSINASI\","
                + "\"from\":\"2027-01-04\",\"until\":\"2027-01-31\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reasonEn").value("The target unit 1771-PKM1 is the employee's home unit"));
        evaluate("{\"nip\":\"199001012015031001\",\"targetUnitCode\":\"1771-PKM1\",\"work\":\"VAKSINASI\","
                + "\"from\":\"2027-01-04\",\"until\":\"2027-01-31\"}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        evaluate("{\"nip\":\"199305192024122001\",\"targetUnitCode\":\"NOPE\",\"work\":\"VAKSINASI\","
                + "\"from\":\"2027-01-04\",\"until\":\"2027-01-31\"}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("targetUnitCode"));
        evaluate("{\"nip\":\"199305192024122001\",\"targetUnitCode\":\"1771-DINKES\",\"work\":\"SURVEI\","
                + "\"from\":\"2027-01-04\",\"until\":\"2027-01-31\"}").andExpect(status().isBadRequest());
        assertThat(audit.verify().recordsChecked()).isEqualTo(before);
    }

    @Test
    void evaluatorsMayAskAndAuditorsMayNot() throws Exception {
        String body = "{\"nip\":\"199305192024122001\",\"targetUnitCode\":\"1771-DINKES\",\"work\":\"VAKSINASI\","
                + "\"from\":\"2027-01-04\",\"until\":\"2027-01-31\"}";
        mvc.perform(post("/api/v1/temporary-assignments/evaluation").with(csrf()).with(user("hr").roles("CLIENT"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/temporary-assignments/evaluation").with(csrf()).with(user("a").roles("AUDITOR"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    }
}
