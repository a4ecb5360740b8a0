package id.seimbang.eligibility;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import id.seimbang.policy.ActivePolicy;

@SpringBootTest(properties = TestWorkforceConfiguration.H2_MEMORY)
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
@WithMockUser(username = "hr-system", roles = "CLIENT")
class EligibilityControllerIntegrationTest {

    private static final String NIP = "198005102011011001";

    @Autowired MockMvc mvc;
    @Autowired ActivePolicy policy;

    private ResultActions post(String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/eligibility").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void employeeByNipIsEligibleWithThePolicyVersion() throws Exception {
        post("""
                {"nip": "%s", "asOf": "2026-11-26"}""".formatted(NIP))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.policyVersion").value(policy.current().version()))
                .andExpect(jsonPath("$.outcomes", hasSize(0)))
                .andExpect(jsonPath("$.eligibleFrom").doesNotExist())
                .andExpect(jsonPath("$.facts.monthsInPosition").value(36));
    }

    @Test
    void targetInAnotherInstansiIsBlockedWithEveryMoveReason() throws Exception {
        post("""
                {"nip": "%s", "asOf": "2026-11-26",
                 "target": {"unitCode": "U-BPKAD-KAB", "positionCode": "PRANATA-KOMPUTER"}}""".formatted(NIP))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.employeeEligible").value(true))
                .andExpect(jsonPath("$.move.target.unitCode").value("U-BPKAD-KAB"))
                .andExpect(jsonPath("$.move.outcomes[0].ruleId").value("MOVE-JABATAN-SETARA"))
                .andExpect(jsonPath("$.move.outcomes[0].severity").value("BLOCK"))
                .andExpect(jsonPath("$.move.outcomes[0].message.id").isNotEmpty())
                .andExpect(jsonPath("$.move.outcomes[0].message.en").isNotEmpty());
    }

    @Test
    void inlineEmployeeAndInlineTargetAreEvaluatedWithoutOurData() throws Exception {
        post("""
                {"asOf": "2026-11-26",
                 "employee": {"nip": "199001012015031002", "status": "PNS", "instansiCode": "KOTA-X",
                   "unitCode": "U-X", "positionCode": "PRANATA",
                   "position": {"type": "PELAKSANA", "level": "PELAKSANA", "jobFamily": "TI"},
                   "positionTmt": "2025-07-26", "cpnsTmt": "2015-03-01", "birthDate": "1990-01-01",
                   "educationLevel": "D3", "educationField": "Informatika",
                   "skp": [{"year": 2024, "predicate": "BAIK"}, {"year": 2025, "predicate": "KURANG"}],
                   "requestedUnitCodes": ["U-Y"]},
                 "target": {"unitCode": "U-Y", "positionCode": "PRANATA", "instansiCode": "KAB-Y",
                   "position": {"type": "PELAKSANA", "level": "PELAKSANA", "jobFamily": "TI", "minEducationLevel": "D3"}}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.outcomes[*].ruleId").value(org.hamcrest.Matchers.contains("ELIG-MASA-JABATAN", "ELIG-SKP")))
                .andExpect(jsonPath("$.outcomes[0].message.id").value("Masa jabatan 1 tahun 4 bulan; minimal 2 tahun"))
                // issue 19: time in position clears by itself; an SKP whose latest predicate is Kurang does not
                .andExpect(jsonPath("$.eligibleFrom.rules[0].ruleId").value("ELIG-MASA-JABATAN"))
                .andExpect(jsonPath("$.eligibleFrom.rules[0].clearsOn").value("2027-07-26"))
                .andExpect(jsonPath("$.eligibleFrom.rules[1].ruleId").value("ELIG-SKP"))
                .andExpect(jsonPath("$.eligibleFrom.rules[1].clearsOn").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.eligibleFrom.date").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.eligibleFrom.horizon").value("2036-11-26"))
                .andExpect(jsonPath("$.move.eligible").value(true))
                .andExpect(jsonPath("$.move.facts.ownRequest").value(true));
    }

    /** Inline facts with a sanction or an SKP appraisal of {@code item} (JSON). */
    private static String inlineWith(String list, String item) {
        return """
                {"asOf": "2026-11-26",
                 "employee": {"nip": "199001012015031002", "status": "PNS", "instansiCode": "KOTA-X",
                   "unitCode": "U-X", "positionCode": "PRANATA",
                   "position": {"type": "PELAKSANA", "level": "PELAKSANA", "jobFamily": "TI"},
                   "positionTmt": "2020-07-26", "cpnsTmt": "2015-03-01", "birthDate": "1990-01-01",
                   "educationLevel": "D3", "educationField": "Informatika",
                   "skp": [{"year": 2024, "predicate": "BAIK"}, {"year": 2025, "predicate": "BAIK"}],
                   "%s": [%s]}}""".formatted(list, item);
    }

    @Test
    void anIncompleteSanctionIsRefusedNotIgnored() throws Exception {
        // The rule reads the level of a sanction in force: one without a level used to pass as "no sanction".
        post(inlineWith("sanctions", """
                {"from": "2026-01-01", "until": "2027-12-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("employee.sanctions[0].level"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(org.hamcrest.Matchers.containsString("level")));
        post(inlineWith("sanctions", """
                {"level": "SEDANG", "from": "2026-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employee.sanctions[0].until"));
        post(inlineWith("sanctions", """
                {"level": "SEDANG", "from": "2026-06-01", "until": "2026-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employee.sanctions[0].until"))
                .andExpect(jsonPath("$.errors[0].reasonEn").value(org.hamcrest.Matchers.containsString("before")));
        post(inlineWith("sanctions", """
                {"level": "SEDANG", "from": "2026-01-01", "until": "2027-12-31"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false));
    }

    @Test
    void anSkpAppraisalWithoutItsPredicateIsRefused() throws Exception {
        post(inlineWith("sanctions", "").replace("""
                {"year": 2025, "predicate": "BAIK"}""", """
                {"year": 2025}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employee.skp[1].predicate"));
    }

    @Test
    void bothNipAndEmployeeIsAProblemNamingTheField() throws Exception {
        post("""
                {"nip": "%s", "employee": {"nip": "%s", "status": "PNS", "positionCode": "X",
                  "positionTmt": "2020-01-01", "cpnsTmt": "2010-01-01", "birthDate": "1980-01-01"}}""".formatted(NIP, NIP))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
    }

    @Test
    void malformedFieldsAreNamed() throws Exception {
        post("""
                {"nip": "123"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        post("""
                {"nip": "%s", "asOf": "26-11-2026"}""".formatted(NIP))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        post("""
                {"employee": {"nip": "%s", "status": "PNS", "positionCode": "X", "cpnsTmt": "2010-01-01",
                  "birthDate": "1980-01-01"}}""".formatted(NIP))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employee.positionTmt"));
        post("""
                {"employee": {"nip": "%s", "status": "PNS", "positionCode": "ANALIS-KEU", "positionTmt": "2020-01-01",
                  "cpnsTmt": "2010-01-01", "birthDate": "1980-01-01"},
                 "target": {"unitCode": "U-BAPENDA-PROV", "positionCode": "ANALIS-KEU"}}""".formatted(NIP))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employee.instansiCode"));
    }

    @Test
    void unknownNipAndUnknownTargetAreNotFound() throws Exception {
        post("""
                {"nip": "199901012020011001"}""")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        post("""
                {"nip": "%s", "target": {"unitCode": "U-NOPE", "positionCode": "ANALIS-KEU"}}""".formatted(NIP))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("target.unitCode"));
    }
}
