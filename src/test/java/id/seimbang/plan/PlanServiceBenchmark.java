package id.seimbang.plan;

import static id.seimbang.benchmark.GeneratedProvince.EMPLOYEES;
import static id.seimbang.benchmark.GeneratedProvince.UNITS;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.seimbang.benchmark.GeneratedProvince;
import id.seimbang.workforce.Scope;

/**
 * A province-wide plan on a generated province, end to end: eligibility and placement of every candidate,
 * exact optimum, greedy baseline (same input, same run), CSV digest. Size: -Dbenchmark.employees (default
 * 20000) and -Dbenchmark.units (default 800).
 */
@Tag("benchmark")
@SpringBootTest
class PlanServiceBenchmark {


    @DynamicPropertySource
    static void province(DynamicPropertyRegistry registry) {
        GeneratedProvince.register(registry);
    }

    @Autowired
    PlanService plans;

    @Test
    void provinceWidePlan() throws Exception {
        for (String run : List.of("first run (cold: policy caches empty)", "second run (placement memo warm)")) {
            GeneratedProvince.resetPeakHeap();
            long started = System.nanoTime();
            PlanView view = plans.start(new PlanRequest(Scope.PROVINCE, null, GeneratedProvince.AS_OF, 1.0, null,
                    null), "benchmark");
            while (!view.status().finished()) {
                Thread.sleep(100);
                view = plans.view(view.id());
            }
            long wall = (System.nanoTime() - started) / 1_000_000;
            if (view.status() != PlanStatus.COMPLETED) {
                throw new AssertionError(view.status() + ": " + view.error());
            }
            PlanResult r = view.result();
            System.out.printf("%n%s, %,d employees / %d units, scope PROVINCE (%s)%n", run, EMPLOYEES, UNITS,
                    GeneratedProvince.machine());
            System.out.printf("  employees in scope %,d, eligible %,d, candidate moves %,d%n", r.employeesInScope(),
                    r.eligibleEmployees(), r.candidateCount());
            System.out.printf("  total %,d ms (job wall %,d ms); optimiser %,d ms; candidates+greedy+result %,d ms%n",
                    r.totalMillis(), wall, r.solveMillis(), r.totalMillis() - r.solveMillis());
            System.out.printf("  optimum: %d moves, objective %.3f, imbalance %.3f -> %.3f, proven optimal %s%n",
                    r.moves().size(), r.objective(), r.imbalanceBefore(), r.imbalanceAfter(),
                    r.evidence().provenOptimal());
            System.out.printf("  greedy baseline: %d moves, objective %.3f (optimum is %.3f lower)%n", r.greedyMoves(),
                    r.greedyObjective(), r.greedyObjective() - r.objective());
            System.out.printf("  time per phase (ms, rule and placement phases summed over 2 worker threads): %s%n",
                    r.phaseMillis());
            System.out.printf("  peak heap %,d MB%n", GeneratedProvince.peakHeapMb());
        }
    }
}
