package id.seimbang.eligibility;

import static id.seimbang.eligibility.EmployeeFixtures.AS_OF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.seimbang.policy.PolicyCompiler;
import id.seimbang.policy.PolicyFixtures;
import id.seimbang.policy.PolicySnapshot;
import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.SanctionLevel;
import id.seimbang.workforce.SkpPredicate;

/**
 * Policy compile time and employee-level eligibility throughput on 20,000 synthetic employees
 * (fixture employees varied deterministically). Prints figures; asserts nothing about speed.
 * Run: {@code mvn -o test -Pbenchmark -Dtest=EligibilityBenchmark}.
 */
@Tag("benchmark")
class EligibilityBenchmark {

    private static final int EMPLOYEES = 20_000;

    @Test
    void compileAndEvaluate() throws Exception {
        PolicyCompiler compiler = PolicyFixtures.compiler();
        long t0 = System.nanoTime();
        compiler.compile(PolicyFixtures.shippedFiles());
        long t1 = System.nanoTime();
        PolicySnapshot policy = compiler.compile(PolicyFixtures.shippedFiles());
        long t2 = System.nanoTime();
        compiler.compile(PolicyFixtures.shippedFiles());
        long t3 = System.nanoTime();
        System.out.printf("BENCHMARK policy compile: first %.0f ms, second %.0f ms, third %.0f ms (load average %.1f on %d cores)%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        List<Employee> employees = synthetic(EMPLOYEES);
        EligibilityService service = new EligibilityService();
        evaluateAll(service, policy, employees); // warm-up: JIT and the per-snapshot session

        long s0 = System.nanoTime();
        int blocked1 = evaluateAll(service, policy, employees);
        double oneThread = EMPLOYEES / ((System.nanoTime() - s0) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long p0 = System.nanoTime();
            List<Future<Integer>> halves = List.of(
                    pool.submit(() -> evaluateAll(service, policy, employees.subList(0, EMPLOYEES / 2))),
                    pool.submit(() -> evaluateAll(service, policy, employees.subList(EMPLOYEES / 2, EMPLOYEES))));
            int blocked2 = halves.get(0).get() + halves.get(1).get();
            double twoThreads = EMPLOYEES / ((System.nanoTime() - p0) / 1e9);
            System.out.printf("BENCHMARK employee eligibility, %d employees (%d ineligible): 1 thread %.0f employees/s, "
                    + "2 threads %.0f employees/s (ratio %.2f)%n", EMPLOYEES, blocked1, oneThread, twoThreads,
                    twoThreads / oneThread);
            if (blocked1 != blocked2) {
                throw new AssertionError("one and two threads disagree: " + blocked1 + " vs " + blocked2);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static int evaluateAll(EligibilityService service, PolicySnapshot policy, List<Employee> employees) {
        int ineligible = 0;
        for (Employee e : employees) {
            if (!service.evaluateEmployee(policy, e, EmployeeFixtures.ANALIS_KEUANGAN, AS_OF).eligible()) {
                ineligible++;
            }
        }
        return ineligible;
    }

    /** Fixture employees with facts spread deterministically around every rule's boundary. */
    static List<Employee> synthetic(int n) {
        SplittableRandom random = new SplittableRandom(20_000);
        List<Employee> employees = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            EmployeeFixtures e = EmployeeFixtures.eligiblePns()
                    .withNip(String.format("1980%02d%02d2011011%03d", 1 + i % 12, 1 + i % 28, i % 1000))
                    .withPositionTmt(AS_OF.minusDays(random.nextInt(1, 12 * 365)))
                    .withBirthDate(LocalDate.of(1967, 1, 1).plusDays(random.nextInt(0, 30 * 365)))
                    .withCpnsTmt(AS_OF.minusDays(random.nextInt(365, 30 * 365)));
            if (random.nextInt(100) < 10) {
                e.withStatus(random.nextBoolean() ? EmploymentStatus.PPPK : EmploymentStatus.CPNS);
            }
            if (random.nextInt(100) < 15) {
                e.withSkp(2024 + random.nextInt(2), SkpPredicate.values()[random.nextInt(SkpPredicate.values().length)]);
            }
            if (random.nextInt(100) < 3) {
                e.withSanction(SanctionLevel.values()[random.nextInt(3)], AS_OF.minusMonths(6), AS_OF.plusMonths(random.nextInt(-3, 12)));
            }
            if (random.nextInt(100) < 2) {
                e.withLegalProcess();
            }
            if (random.nextInt(100) < 3) {
                e.withStudyLeaveUntil(AS_OF.plusDays(random.nextInt(-400, 400)));
            }
            if (random.nextInt(100) < 3) {
                e.withServiceBondUntil(AS_OF.plusDays(random.nextInt(-400, 400)));
            }
            employees.add(e.build());
        }
        return employees;
    }
}
