package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyFile;
import id.seimbang.system.Bilingual;
import id.seimbang.workforce.WorkforceService;

/**
 * What the tests of the draft worker's limits share ({@link DraftWorkerIntegrationTest}: the time limit, refusals
 * before any evaluation, equivalence with the service; {@link DraftWorkerMemoryIntegrationTest}: the heap limit):
 * the beans, hostile drafts, and the check of a run stopped as too large. The two classes differ in the time limit
 * only, so each has its own application context.
 */
abstract class DraftWorkerTestSupport {

    static final String DRAFTS = "/api/v1/policy-drafts";
    static final String DMN = "decision-tables/placement.dmn";
    static final RequestPostProcessor OFFICER = user("dewi").roles("POLICY_OFFICER", "RULE_AUTHOR");

    /** Runs the requests that are stopped, so that the test thread can watch them. */
    final ExecutorService background = Executors.newCachedThreadPool();

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired PolicyLifecycle lifecycle;
    @Autowired DraftWorkers workers;
    @Autowired ScenarioRunner scenarioRunner;
    @Autowired ImpactAnalysis impactAnalysis;
    @Autowired ActivePolicy active;
    @Autowired WorkforceService workforce;
    @Autowired WorkerProperties properties;
    @Autowired Environment environment;

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    /**
     * Runs the draft on a background request and checks that it was stopped as too large: 422 problem naming the
     * heap setting and its value, the draft carries the problem.
     */
    void assertStoppedAsTooLarge(long id, String path) throws Exception {
        warmWorker();
        long start = System.nanoTime();
        MvcResult result = background.submit(() -> mvc.perform(post(DRAFTS + "/{id}" + path, id)
                .with(csrf()).with(OFFICER)).andReturn())
                .get(properties.compileTimeout().toSeconds() + properties.timeout().toSeconds() + 10, TimeUnit.SECONDS);
        double took = seconds(start);
        JsonNode problem = body(result, 422);
        assertThat(problem.path("title").asText()).isEqualTo(
                "Evaluasi draf dihentikan: terlalu besar / Draft evaluation stopped: too large");
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("seimbang.authoring.worker.max-heap");
        assertThat(error.path("reason").asText()).startsWith("Terlalu besar: ").contains("256 MB");
        assertThat(error.path("reasonEn").asText()).startsWith("Too large: ").contains("memory limit of 256 MB");
        assertThat(took).isLessThan(properties.compileTimeout().toSeconds() + properties.timeout().toSeconds() + 5);
        assertDraftCarries(id, "Terlalu besar");
        System.out.printf("DraftWorker stop: %s %s out of memory, %.1f s in all%n", id, path, took);
    }

    /**
     * A worker ready for the next run (a killed one is replaced), so that the timed run is the draft's alone. A
     * warm-up run, as the service sends a new worker: a live worker has compiled the active version already and
     * answers at once; a validation of the active files here compiled that policy once more in every test.
     */
    void warmWorker() {
        workers.evaluate(new DraftEvaluation(DraftEvaluation.Kind.WARM_UP, List.of(), List.of(),
                java.time.Instant.now(), active.current().files(), null), Bilingual.of("pemanasan", "warm-up"));
    }

    void assertDraftCarries(long id, String problem) {
        ValidationReport validation = lifecycle.draft(id).validation();
        assertThat(validation.valid()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith(problem));
    }

    JsonNode body(MvcResult result, int status) throws Exception {
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(text).isEqualTo(status);
        return json.readTree(text);
    }

    /** A draft whose competency decision (evaluated for every scenario with a target) is {@code feel}. */
    long draftWithFeel(String feel) {
        long id = lifecycle.createDraft(null, "carol", "hostile FEEL").id();
        String dmn = lifecycle.content(id, DMN);
        String marker = "<text>some k in Kompetensi satisfies list contains(Katalog Kompetensi[item.Rumpun = "
                + "Rumpun Jabatan Tujuan].Kode, k)</text>";
        assertThat(dmn).contains(marker);
        lifecycle.saveFile(id, new PolicyFile(DMN, dmn.replace(marker, "<text>" + feel.replace("<", "&lt;")
                .replace(">", "&gt;") + "</text>")), "carol");
        return id;
    }

    /** A draft with one more employee rule: {@code functions} before it, {@code consequence} as its then-part. */
    long draftWithRule(String functions, String consequence) {
        long id = lifecycle.createDraft(null, "carol", "hostile DRL").id();
        lifecycle.saveFile(id, new PolicyFile("rules/hostile.drl", """
                package rules;

                import id.seimbang.eligibility.EmployeeFacts;

                global id.seimbang.eligibility.Outcomes outcomes;

                %s

                rule "HOSTILE"
                    @id("HOSTILE")
                    @regulation("none")
                    @severity("SIGNAL")
                when
                    EmployeeFacts()
                then
                    %s
                end
                """.formatted(functions, consequence)), "carol");
        return id;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
