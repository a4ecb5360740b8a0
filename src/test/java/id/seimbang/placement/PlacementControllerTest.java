package id.seimbang.placement;

import static id.seimbang.placement.PlacementFixtures.dinasKesehatan;
import static id.seimbang.placement.PlacementFixtures.employee;
import static id.seimbang.placement.PlacementFixtures.position;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.RequestReason;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Workforce;

@WebMvcTest(PlacementController.class)
@Import({PlacementService.class, PlacementControllerTest.Wiring.class})
class PlacementControllerTest {

    static final AtomicReference<PlacementPolicy> ACTIVE = new AtomicReference<>();

    @TestConfiguration
    static class Wiring {
        @Bean
        PlacementPolicySource placementPolicySource() {
            return () -> Optional.ofNullable(ACTIVE.get());
        }

        @Bean
        Supplier<Workforce> placementFacts() {
            Employee nurse = employee("KEPERAWATAN").build();
            return () -> new Workforce(List.of(), List.of(), List.of(dinasKesehatan()),
                    List.of(position("PERAWAT", "HEALTH", false), position("JFT_HUKUM", "ADMINISTRATION", false)),
                    List.of(), List.of(nurse),
                    List.of(new TransferRequest(nurse.nip(), "DINKES", null, RequestReason.FAMILY, LocalDate.of(2025, 5, 2))));
        }
    }

    @Autowired
    MockMvc mvc;

    @AfterEach
    void clear() {
        ACTIVE.set(null);
    }

    private static final String INLINE = """
            {"employee": {"educationField": "KEPERAWATAN", "competencies": ["STR_PERAWAT"],
                          "homeKabupatenCode": "1702", "homeLatitude": -3.8, "homeLongitude": 103.27,
                          "homeIsland": "SUMATRA", "healthReason": false, "skpPredicate": "BAIK"},
             "unit": {"kabupatenCode": "1771", "sector": "HEALTH", "latitude": -3.8, "longitude": 102.27, "island": "SUMATRA"},
             "position": {"jobFamily": "HEALTH", "strategic": false}}
            """;

    private org.springframework.test.web.servlet.ResultActions postJson(String body) throws Exception {
        return mvc.perform(post("/api/v1/placements/evaluate").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void evaluatesInlineFactsWithMatchedRowsAndPolicyVersion() throws Exception {
        ACTIVE.set(new PlacementPolicy("sha256:abc", PlacementFixtures.sharedEvaluator()));
        postJson(INLINE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.policyVersion").value("sha256:abc"))
                .andExpect(jsonPath("$.fitLevel").value("Sangat Sesuai"))
                .andExpect(jsonPath("$.distanceBand").value("50_TO_150_KM"))
                .andExpect(jsonPath("$.relocationSupport").value("TRANSPORT"))
                .andExpect(jsonPath("$.acceptanceRisk").value("MEDIUM"))
                .andExpect(jsonPath("$.penalty").value(3))
                .andExpect(jsonPath("$.excluded").value(false))
                .andExpect(jsonPath("$.matchedRows[*].table", hasItem("Relokasi")))
                .andExpect(jsonPath("$.matchedRows[*].annotation.en",
                        hasItem("50 to 150 km: transport allowance, medium risk")));
    }

    @Test
    void evaluatesAKnownEmployeeReadingTheTransferRequests() throws Exception {
        ACTIVE.set(new PlacementPolicy("v1", PlacementFixtures.sharedEvaluator()));
        postJson("""
                {"nip": "199001012015031001", "unitCode": "DINKES", "positionCode": "PERAWAT"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fitLevel").value("Sangat Sesuai"))
                .andExpect(jsonPath("$.distanceBand").value("SAME_KABUPATEN"))
                .andExpect(jsonPath("$.matchedRows[*].annotation.en",
                        hasItem("The employee asked for this target: penalty down by 2")));
        postJson("""
                {"nip": "199001012015031001", "unitCode": "DINKES", "positionCode": "PERAWAT", "requested": false}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matchedRows[*].annotation.en",
                        hasItem("No request for this target: no adjustment")));
    }

    @Test
    void replacedPolicyChangesTheAnswer() throws Exception {
        ACTIVE.set(new PlacementPolicy("v1", PlacementFixtures.sharedEvaluator()));
        postJson(INLINE).andExpect(jsonPath("$.penalty").value(3));

        String xml = PlacementFixtures.shippedXml();
        int table = xml.indexOf("name=\"Relokasi\"");
        String edited = xml.substring(0, table) + xml.substring(table)
                .replaceFirst("<text>\"MEDIUM\"</text></outputEntry>(\\s*)<outputEntry id=\"([^\"]+)\"><text>3</text>",
                        "<text>\"MEDIUM\"</text></outputEntry>$1<outputEntry id=\"$2\"><text>4</text>");
        ACTIVE.set(new PlacementPolicy("v2", PlacementFixtures.evaluatorFor(edited)));

        postJson(INLINE).andExpect(jsonPath("$.policyVersion").value("v2")).andExpect(jsonPath("$.penalty").value(4));
    }

    @Test
    void refusesBothNipAndInlineEmployee() throws Exception {
        ACTIVE.set(new PlacementPolicy("v1", PlacementFixtures.sharedEvaluator()));
        postJson("""
                {"nip": "199001012015031001", "employee": {"educationField": "HUKUM"}, "unitCode": "DINKES", "positionCode": "PERAWAT"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
    }

    @Test
    void unknownUnitIsNotFound() throws Exception {
        ACTIVE.set(new PlacementPolicy("v1", PlacementFixtures.sharedEvaluator()));
        postJson("""
                {"nip": "199001012015031001", "unitCode": "NOPE", "positionCode": "PERAWAT"}""")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("unitCode"));
    }

    @Test
    void withoutAnActivePolicyTheServiceIsNotReady() throws Exception {
        postJson(INLINE).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.errors[0].field").value("policy"));
    }
}
