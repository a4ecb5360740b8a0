package id.seimbang.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.eligibility.TestWorkforceConfiguration;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicyCompiler;
import id.seimbang.policy.PolicyFile;
import id.seimbang.system.Bilingual;
import id.seimbang.workforce.WorkforceService;

/**
 * Drafts are evaluated in a worker JVM with a time and a memory limit (issue 15; architecture §5): whatever passes
 * the safety checks but runs too long or needs too much memory is stopped within the limit, the draft gets a
 * "terlalu lambat / too slow" or "terlalu besar / too large" problem naming the setting, and the service answers
 * other requests meanwhile. Short limits: 5 s of evaluation, a 256 MB heap.
 */
@SpringBootTest(properties = {TestWorkforceConfiguration.H2_MEMORY, "seimbang.authoring.worker.enabled=true",
        "seimbang.authoring.worker.timeout=" + DraftWorkerIntegrationTest.LIMIT_SECONDS + "s",
        "seimbang.authoring.worker.max-heap=256MB"})
@AutoConfigureMockMvc
@Import(TestWorkforceConfiguration.class)
@WithMockUser(username = "carol", roles = {"POLICY_OFFICER", "RULE_AUTHOR"})
class DraftWorkerIntegrationTest {

    static final int LIMIT_SECONDS = 5;
    private static final String DRAFTS = "/api/v1/policy-drafts";
    private static final String DMN = "decision-tables/placement.dmn";
    private static final RequestPostProcessor OFFICER = user("dewi").roles("POLICY_OFFICER", "RULE_AUTHOR");
    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool();

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

    @AfterAll
    static void stopBackground() {
        BACKGROUND.shutdownNow();
    }

    // ---- what the safety checks already refuse never reaches an evaluation

    @ParameterizedTest
    @ValueSource(strings = {"count(for i in 1..10000000 return i) > 0", "count(for i in (1)..10000000 return i) > 0",
            "count(for i in 0+1..10000000 return i) > 0"})
    void rangesNotBoundedByDataAreRefusedBeforeAnythingRuns(String feel) throws Exception {
        long id = draftWithFeel(feel);
        long start = System.nanoTime();
        JsonNode report = body(mvc.perform(post(DRAFTS + "/{id}/scenarios/run", id).with(csrf()).with(OFFICER))
                .andReturn(), 200);
        assertThat(report.path("failed").asInt()).isEqualTo(report.path("total").asInt()).isPositive();
        JsonNode validation = json.readTree(json.writeValueAsString(lifecycle.draft(id).validation()));
        assertThat(validation.path("valid").asBoolean()).isFalse();
        assertThat(validation.path("problems").toString()).contains("numeric range");
        assertThat(seconds(start)).isLessThan(properties.compileTimeout().toSeconds());
    }

    // ---- what passes the checks is stopped by the limits

    @Test
    void feelRecursionIsStoppedAsTooSlowWhileTheServiceKeepsAnswering() throws Exception {
        long id = draftWithFeel("{fib: function(n) if n < 2 then n else fib(n - 1) + fib(n - 2), r: fib(40) > 0}.r");
        assertStoppedAsTooSlow(id, "/scenarios/run");
    }

    @Test
    void feelTextThatGrowsFourfoldIsStoppedAsTooLarge() throws Exception {
        // Text rather than a list: FEEL handles a list element by element, slowly enough that under load a list
        // reached the time limit before the heap; text is copied in bulk and fills 256 MB in a fraction of a second.
        long id = draftWithFeel("{f: function(n) if n = 0 then \"xxxxxxxx\" else {h: f(n - 1), r: h + h + h + h}.r, "
                + "r: string length(f(40)) > 0}.r");
        assertStoppedAsTooLarge(id, "/scenarios/run");
    }

    @Test
    void drlExponentialRecursionIsStoppedAsTooSlow() throws Exception {
        long id = draftWithRule("function long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }",
                "outcomes.employee(drools, \"fib \" + fib(90), \"fib \" + fib(90));");
        assertStoppedAsTooSlow(id, "/check");
    }

    @Test
    void drlNestedForEachOverCopiesIsStoppedAsTooSlow() throws Exception {
        long id = draftWithRule("", "long n = 0;"
                + " for (Object a : java.util.Collections.nCopies(1000000, \"a\")) {"
                + " for (Object b : java.util.Collections.nCopies(1000000, \"b\")) { n = n + a.hashCode() + b.hashCode(); } }"
                + " outcomes.employee(drools, \"n \" + n, \"n \" + n);");
        assertStoppedAsTooSlow(id, "/scenarios/run");
    }

    @Test
    void drlListThatDoublesInAForEachIsStoppedAsTooLarge() throws Exception {
        long id = draftWithRule("", "java.util.List<Object> all = new java.util.ArrayList<>(java.util.List.of(\"x\"));"
                + " for (Object a : java.util.Collections.nCopies(64, \"a\")) { all.addAll(all); }"
                + " outcomes.employee(drools, \"n \" + all.size(), \"n \" + all.size());");
        assertStoppedAsTooLarge(id, "/impact");
    }

    // ---- a normal draft: the same reports as in the service

    @Test
    void aNormalCheckInTheWorkerGivesTheReportsTheServiceWouldGiveAndClosingEndsTheWorker() throws Exception {
        long id = lifecycle.createDraft(null, "carol", "worker equivalence").id();
        String parameters = lifecycle.content(id, "rules/parameters.properties");
        lifecycle.saveFile(id, new PolicyFile("rules/parameters.properties",
                parameters.replaceAll("(?m)^position\\.min-months=.*$", "position.min-months=48")), "carol");
        List<ScenarioRunner.Source> scenarios = lifecycle.shippedScenarios();
        DraftEvaluation run = new DraftEvaluation(DraftEvaluation.Kind.CHECK, lifecycle.files(id), scenarios,
                java.time.Instant.parse("2026-12-02T03:00:00Z"), null, null);

        // The service's defaults but the small heap: the 5 s limit of this class is for hostile drafts only.
        DraftWorkers own = new DraftWorkers(new WorkerProperties(true, properties.compileTimeout(),
                java.time.Duration.ofSeconds(120), properties.maxHeap(), properties.startupTimeout(), 1, 100,
                properties.jvmOptions()),
                json, active, workforce, environment);
        ProcessHandle process;
        try {
            checkInWorkerAndInService(own, run, scenarios.size());
            assertThat(own.pids()).hasSize(1);
            process = ProcessHandle.of(own.pids().get(0)).orElseThrow();
            assertThat(process.isAlive()).isTrue();
        } finally {
            own.destroy();
        }
        // Closing (as the service does when it stops) ends the worker.
        process.onExit().get(5, TimeUnit.SECONDS);
        assertThat(process.isAlive()).isFalse();
        assertThat(own.pids()).isEmpty();
    }

    private void checkInWorkerAndInService(DraftWorkers own, DraftEvaluation run, int scenarios) {
        // In the service, with a compiler of its own: the test contexts' compiler reuses the snapshot of identical
        // files (CompiledPolicyReuse), which would make the service's side look free.
        DraftChecks fresh = new DraftChecks(new PolicyCompiler(Runnable::run, java.time.Duration.ofSeconds(60)),
                scenarioRunner, impactAnalysis);
        DraftEvaluation.Result inWorker = own.evaluate(run, Bilingual.of("uji", "test"));
        DraftEvaluation.Result inService = fresh.evaluate(run, active.current(), workforce.current(), () -> { });

        assertThat(inWorker.validation()).usingRecursiveComparison().ignoringFields("millis")
                .isEqualTo(inService.validation());
        assertThat(inWorker.validation().valid()).isTrue();
        assertThat(inWorker.scenarios()).isEqualTo(inService.scenarios());
        assertThat(inWorker.scenarios().total()).isEqualTo(scenarios);
        assertThat(inWorker.impact()).usingRecursiveComparison().ignoringFields("millis").isEqualTo(inService.impact());
        assertThat(inWorker.impact().eligibilityChanged()).isPositive();
        assertThat(inWorker.usage().peakHeapBytes()).isPositive().isLessThan(properties.maxHeap().toBytes());

        // The added latency of a check through the (warm) worker, against the same check in the service.
        long worker = 0;
        long service = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            own.evaluate(run, Bilingual.of("uji", "test"));
            long t1 = System.nanoTime();
            fresh.evaluate(run, active.current(), workforce.current(), () -> { });
            long t2 = System.nanoTime();
            worker += t1 - t0;
            service += t2 - t1;
        }
        System.out.printf("DraftWorker latency: check through the worker %d ms, in the service %d ms (mean of 3); "
                + "first run in the worker %d ms, peak heap %d MB, peak RSS %d MB%n", worker / 3_000_000,
                service / 3_000_000, inWorker.usage().millis(), inWorker.usage().peakHeapBytes() >> 20,
                inWorker.usage().peakRssBytes() >> 20);
    }

    // ---- helpers

    /** Runs the draft on a background request; while it runs, another request is answered at once. */
    private void assertStoppedAsTooSlow(long id, String path) throws Exception {
        warmWorker();
        List<Long> before = workers.pids();
        long start = System.nanoTime();
        Future<MvcResult> stopped = BACKGROUND.submit(() -> mvc.perform(post(DRAFTS + "/{id}" + path, id)
                .with(csrf()).with(OFFICER)).andReturn());
        Thread.sleep(1500);
        assertThat(stopped.isDone()).as("still running after 1.5 s").isFalse();
        long probe = System.nanoTime();
        body(mvc.perform(get(DRAFTS + "/{id}", id).with(OFFICER)).andReturn(), 200);
        assertThat(seconds(probe)).as("another request while the draft runs").isLessThan(2.0);

        MvcResult result = stopped.get(properties.compileTimeout().toSeconds() + LIMIT_SECONDS + 10, TimeUnit.SECONDS);
        double took = seconds(start);
        JsonNode problem = body(result, 422);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(problem.path("title").asText()).isEqualTo(
                "Evaluasi draf dihentikan: terlalu lambat / Draft evaluation stopped: too slow");
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("seimbang.authoring.worker.timeout");
        assertThat(error.path("reason").asText()).startsWith("Terlalu lambat: ").contains("batas waktu 5.0 s");
        assertThat(error.path("reasonEn").asText()).startsWith("Too slow: ").contains("time limit of 5.0 s");
        double evaluated = Double.parseDouble(error.path("reasonEn").asText().replaceAll(".*stopped after ([0-9.]+) s.*", "$1"));
        assertThat(evaluated).as("seconds of evaluation before the stop").isBetween(5.0, 7.0);
        assertThat(took).isLessThan(properties.compileTimeout().toSeconds() + LIMIT_SECONDS + 5);
        assertDraftCarries(id, "Terlalu lambat");
        assertThat(workers.pids()).as("the worker that ran it was killed").doesNotContainAnyElementsOf(before);
        System.out.printf("DraftWorker stop: %s %s stopped after %.1f s of evaluation, %.1f s in all%n", id, path,
                evaluated, took);
    }

    private void assertStoppedAsTooLarge(long id, String path) throws Exception {
        warmWorker();
        long start = System.nanoTime();
        MvcResult result = BACKGROUND.submit(() -> mvc.perform(post(DRAFTS + "/{id}" + path, id)
                .with(csrf()).with(OFFICER)).andReturn())
                .get(properties.compileTimeout().toSeconds() + LIMIT_SECONDS + 10, TimeUnit.SECONDS);
        double took = seconds(start);
        JsonNode problem = body(result, 422);
        assertThat(problem.path("title").asText()).isEqualTo(
                "Evaluasi draf dihentikan: terlalu besar / Draft evaluation stopped: too large");
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("seimbang.authoring.worker.max-heap");
        assertThat(error.path("reason").asText()).startsWith("Terlalu besar: ").contains("256 MB");
        assertThat(error.path("reasonEn").asText()).startsWith("Too large: ").contains("memory limit of 256 MB");
        assertThat(took).isLessThan(properties.compileTimeout().toSeconds() + LIMIT_SECONDS + 5);
        assertDraftCarries(id, "Terlalu besar");
        System.out.printf("DraftWorker stop: %s %s out of memory, %.1f s in all%n", id, path, took);
    }

    /** A worker ready for the next run (a killed one is replaced), so that the timed run is the draft's alone. */
    private void warmWorker() {
        workers.evaluate(new DraftEvaluation(DraftEvaluation.Kind.VALIDATE, active.current().files(), List.of(),
                java.time.Instant.now(), null, null), Bilingual.of("pemanasan", "warm-up"));
    }

    private void assertDraftCarries(long id, String problem) {
        ValidationReport validation = lifecycle.draft(id).validation();
        assertThat(validation.valid()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith(problem));
    }

    private JsonNode body(MvcResult result, int status) throws Exception {
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(text).isEqualTo(status);
        return json.readTree(text);
    }

    /** A draft whose competency decision (evaluated for every scenario with a target) is {@code feel}. */
    private long draftWithFeel(String feel) {
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
    private long draftWithRule(String functions, String consequence) {
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

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
