package id.seimbang.recommendation;

import static id.seimbang.benchmark.GeneratedProvince.EMPLOYEES;
import static id.seimbang.benchmark.GeneratedProvince.UNITS;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.seimbang.benchmark.GeneratedProvince;
import id.seimbang.policy.ActivePolicy;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.WorkforceService;

/**
 * Single-decision latency and throughput on a generated 20,000-employee / 800-unit province, with the audit
 * write of every decision (H2 file database). Baseline in the same run: the same decisions evaluated without
 * recording them (engine only), so the ratio shows what the audit trail costs.
 */
@Tag("benchmark")
@SpringBootTest
class DecisionBenchmark {

    static final int DECISIONS = 4_000;

    @DynamicPropertySource
    static void province(DynamicPropertyRegistry registry) {
        GeneratedProvince.register(registry);
    }

    @Autowired
    DecisionService decisions;
    @Autowired
    ActivePolicy policy;
    @Autowired
    WorkforceService workforce;

    @Test
    void latencyAndThroughput() throws Exception {
        List<String> nips = new ArrayList<>(workforce.current().employees().stream().map(Employee::nip).sorted().toList());
        Collections.shuffle(nips, new Random(42));
        List<String> sample = nips.subList(0, DECISIONS);
        List<DecisionRequest> requests = sample.stream().map(nip -> new DecisionRequest(nip, null, null, null, null,
                GeneratedProvince.AS_OF, null, null)).toList();

        // warm-up: JIT, rule sessions, placement memo for the first tuples
        requests.subList(0, 1_000).forEach(r -> decisions.decide(r, "warm-up"));

        // as decide() evaluates, with the scope's facts indexed once per workforce snapshot
        long[] engineOnly = timeEach(requests, r -> decisions.evaluate(policy.current(),
                decisions.gather(r, workforce.current())));
        long[] recorded = timeEach(requests, r -> decisions.decide(r, "benchmark"));
        long cpu0 = processCpuNanos();
        double twoThreads = throughput(requests, 2);
        double cpuPerDecision = (processCpuNanos() - cpu0) / (double) requests.size();

        System.out.printf("%nDecisions on %,d employees / %d units, scope INSTANSI, %,d decisions (%s)%n", EMPLOYEES,
                UNITS, DECISIONS, GeneratedProvince.machine());
        print("engine only (baseline, no audit write)", engineOnly);
        print("decision with audit record", recorded);
        System.out.printf("  audit-recorded / baseline mean latency: %.2f×%n", mean(recorded) / mean(engineOnly));
        System.out.printf("  throughput with audit, 2 threads: %,.0f decisions/s (1 thread: %,.0f/s)%n", twoThreads,
                1e9 / mean(recorded));
        // CPU time does not grow when other processes take the cores, so it compares runs under different loads.
        System.out.printf("  process CPU per decision on 2 threads: %.2f ms (all threads, GC and database included)%n",
                cpuPerDecision / 1e6);
    }

    private interface Call {
        void run(DecisionRequest request);
    }

    private static long[] timeEach(List<DecisionRequest> requests, Call call) {
        long[] nanos = new long[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            long t0 = System.nanoTime();
            call.run(requests.get(i));
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    private double throughput(List<DecisionRequest> requests, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (DecisionRequest r : requests) {
                futures.add(pool.submit(() -> decisions.decide(r, "benchmark")));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return requests.size() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms, mean %.2f ms%n", label,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, mean(nanos) / 1e6);
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0);
    }
}
