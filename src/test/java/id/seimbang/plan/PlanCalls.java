package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Starting a plan through the API and waiting for it, as the plan integration tests do (as the signed-in user). */
final class PlanCalls {

    private PlanCalls() {
    }

    /** {@code POST /api/v1/plans} with {@code body}: the new plan's id (202 expected). */
    static String start(MockMvc mvc, ObjectMapper json, String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/plans").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString())
                .get("id").asText();
    }

    /** Waits up to two minutes for plan {@code id} to finish and requires it COMPLETED (else its error). */
    static String completed(PlanService plans, String id) throws InterruptedException {
        for (int attempt = 0; attempt < 600 && !plans.view(id).status().finished(); attempt++) {
            Thread.sleep(200);
        }
        PlanView plan = plans.view(id);
        assertThat(plan.status()).as(String.valueOf(plan.error())).isEqualTo(PlanStatus.COMPLETED);
        return id;
    }
}
