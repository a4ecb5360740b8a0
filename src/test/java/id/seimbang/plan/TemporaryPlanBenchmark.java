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
import id.seimbang.placement.TemporaryWork;
import id.seimbang.workforce.Scope;

/**
 * A province-wide plan of temporary assignments (issue 20 point 2, target: under 10 s at 20,000 employees) on a
 * generated province: a vaccination campaign of eight weeks from the province's as-of date, end to end (rules and fit
 * table of every employee, exact optimum with the home-cell floor, greedy baseline, candidate CSV). Size:
 * -Dbenchmark.employees (default 20000) and -Dbenchmark.units (default 800).
 */
@Tag("benchmark")
@SpringBootTest
class TemporaryPlanBenchmark {

    @DynamicPropertySource
    static void province(DynamicPropertyRegistry registry) {
        GeneratedProvince.register(registry);
    }

    @Autowired
    PlanService plans;

    @Test
    void provinceWideTemporaryPlan() throws Exception {
        TemporaryPlanOptions campaign = new TemporaryPlanOptions(TemporaryWork.VAKSINASI, GeneratedProvince.AS_OF,
                GeneratedProvince.AS_OF.plusWeeks(8).minusDays(1));
        for (String run : List.of("first run (cold)", "second run (warm)")) {
            GeneratedProvince.resetPeakHeap();
            long started = System.nanoTime();
            PlanView view = plans.start(new PlanRequest(Scope.PROVINCE, null, null, 1.0, null, null, campaign),
                    "benchmark");
            while (!view.status().finished()) {
                Thread.sleep(100);
                view = plans.view(view.id());
            }
            long wall = (System.nanoTime() - started) / 1_000_000;
            if (view.status() != PlanStatus.COMPLETED) {
                throw new AssertionError(view.status() + ": " + view.error());
            }
            PlanResult r = view.result();
            System.out.printf("%nTemporary plan %s, %,d employees / %d units, scope PROVINCE, %s (%s)%n", run, EMPLOYEES,
                    UNITS, r.temporary(), GeneratedProvince.machine());
            System.out.printf("  employees in scope %,d, allowed and fit %,d, candidate assignments %,d%n",
                    r.employeesInScope(), r.eligibleEmployees(), r.candidateCount());
            System.out.printf("  total %,d ms (job wall %,d ms); optimiser %,d ms%n", r.totalMillis(), wall,
                    r.solveMillis());
            System.out.printf("  optimum: %d assignments, objective %.3f, imbalance %.3f -> %.3f, proven optimal %s; "
                    + "greedy %.3f%n", r.moves().size(), r.objective(), r.imbalanceBefore(), r.imbalanceAfter(),
                    r.evidence().provenOptimal(), r.greedyObjective());
            System.out.printf("  time per phase (ms): %s; peak heap %,d MB%n", r.phaseMillis(),
                    GeneratedProvince.peakHeapMb());
        }
    }
}
