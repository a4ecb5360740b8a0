package id.seimbang.recommendation;

import static id.seimbang.benchmark.GeneratedProvince.EMPLOYEES;
import static id.seimbang.benchmark.GeneratedProvince.UNITS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.seimbang.benchmark.GeneratedProvince;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Workforce;
import id.seimbang.workforce.WorkforceService;

/**
 * Issue 19 speed on a generated 20,000-employee / 800-unit province (scope INSTANSI, engine only, nothing recorded):
 * what {@code eligibleFrom} adds to the decision of an ineligible employee (the same inputs evaluated with and
 * without the look ahead, interleaved), and how long the counterfactual search takes for one decision. Prints
 * figures; asserts nothing about speed. Run: {@code mvn -o test -Pbenchmark -Dtest=Issue19Benchmark}. Without the
 * service's cache of search results (issue 17), which would answer the second evaluation of the same inputs.
 */
@Tag("benchmark")
@SpringBootTest(properties = "seimbang.eligibility.eligible-from-cache=0")
class Issue19Benchmark {


    @DynamicPropertySource
    static void province(DynamicPropertyRegistry registry) {
        GeneratedProvince.register(registry);
    }

    @Autowired
    DecisionService decisions;
    @Autowired
    DecisionEngine engine;
    @Autowired
    CounterfactualSearch counterfactuals;
    @Autowired
    ActivePolicy policy;
    @Autowired
    WorkforceService workforce;

    @Test
    void eligibleFromAndCounterfactuals() {
        Workforce data = workforce.current();
        PolicySnapshot active = policy.current();
        List<String> nips = new ArrayList<>(data.employees().stream().map(Employee::nip).sorted().toList());
        Collections.shuffle(nips, new Random(19));
        List<DecisionInputs> ineligible = new ArrayList<>();
        List<DecisionInputs> eligibleOrRequesting = new ArrayList<>();
        for (String nip : nips.subList(0, 4_000)) {
            DecisionInputs in = decisions.inputsFor(new DecisionRequest(nip, null, null, null, null,
                    GeneratedProvince.AS_OF, null, null), data);
            if (!engine.evaluateAll(active, in, DecisionEngine.Depth.OUTCOME).outcome().eligible()) {
                ineligible.add(in);
            } else if (eligibleOrRequesting.size() < 300) {
                eligibleOrRequesting.add(in);
            }
        }
        // warm-up
        ineligible.stream().limit(300).forEach(in -> engine.evaluateAll(active, in, DecisionEngine.Depth.DECISION));
        eligibleOrRequesting.stream().limit(30).forEach(in -> counterfactuals.search("warm-up", active, in));

        long[] without = new long[ineligible.size()];
        long[] with = new long[ineligible.size()];
        for (int i = 0; i < ineligible.size(); i++) {
            long t0 = System.nanoTime();
            engine.evaluateAll(active, ineligible.get(i), DecisionEngine.Depth.OUTCOME);
            long t1 = System.nanoTime();
            engine.evaluateAll(active, ineligible.get(i), DecisionEngine.Depth.DECISION);
            long t2 = System.nanoTime();
            without[i] = t1 - t0;
            with[i] = t2 - t1;
        }
        long[] added = new long[with.length];
        for (int i = 0; i < with.length; i++) {
            added[i] = with[i] - without[i];
        }
        List<DecisionInputs> searched = new ArrayList<>(eligibleOrRequesting.subList(30, eligibleOrRequesting.size()));
        searched.addAll(ineligible.subList(0, Math.min(100, ineligible.size())));
        long[] search = new long[searched.size()];
        int goals = 0;
        int answered = 0;
        int incomplete = 0;
        for (int i = 0; i < searched.size(); i++) {
            long t0 = System.nanoTime();
            Counterfactuals result = counterfactuals.search("benchmark", active, searched.get(i));
            search[i] = System.nanoTime() - t0;
            goals += result.goals().size();
            answered += (int) result.goals().stream().filter(g -> !g.answers().isEmpty()).count();
            incomplete += (int) result.goals().stream().filter(g -> !g.complete()).count();
        }
        System.out.printf("%nIssue 19 on %,d employees / %d units, scope INSTANSI (%s)%n", EMPLOYEES, UNITS,
                GeneratedProvince.machine());
        System.out.printf("  ineligible decisions: %,d of 4,000 sampled%n", ineligible.size());
        print("decision without eligibleFrom", without);
        print("decision with eligibleFrom", with);
        print("added by eligibleFrom", added);
        print("counterfactual search per decision (" + searched.size() + " decisions, " + goals + " goals, " + answered
                + " with an answer, " + incomplete + " stopped at the time limit)", search);
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %s: mean %.2f ms, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", label,
                Arrays.stream(nanos).average().orElse(0) / 1e6, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
