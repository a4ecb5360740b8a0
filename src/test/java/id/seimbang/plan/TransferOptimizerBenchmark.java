package id.seimbang.plan;

import java.lang.management.ManagementFactory;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Province-shaped instances: 20,000 employees / 800 units (~6,000 cells in 20 compatibility classes, 10,000
 * movable employees with ~150 targets each ≈ 1.5 M move arcs) and the same shape at 100,000 employees.
 * Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class TransferOptimizerBenchmark {

    @Test
    void province20kAnd100k() {
        run("warm-up", 1, 2_000, 600, 20, 1_000, 50);
        run("20k employees", 20_261_126, 20_000, 6_000, 20, 10_000, 150);
        run("100k employees", 20_261_127, 100_000, 30_000, 100, 50_000, 150);
    }

    /** The 20k province with a binding maximum number of moves (the unconstrained optimum uses 2,633). */
    @Test
    void province20kWithMaxMoves() {
        run("warm-up", 1, 2_000, 600, 20, 1_000, 50);
        run("20k employees, at most 2,000 moves", 20_261_126, 20_000, 6_000, 20, 10_000, 150, 2_000);
    }

    /** 100k employees in 20 classes: components five times larger than in the 20k province. */
    @Test
    void province100kInTwentyClasses() {
        run("warm-up", 1, 2_000, 600, 20, 1_000, 50);
        run("100k employees, 20 classes", 20_261_128, 100_000, 30_000, 20, 50_000, 150);
    }

    private static void run(String label, long seed, int employees, int cells, int classes, int movers, int targets) {
        run(label, seed, employees, cells, classes, movers, targets, null);
    }

    private static void run(String label, long seed, int employees, int cells, int classes, int movers, int targets,
            Integer maxMoves) {
        System.gc();
        long t0 = System.nanoTime();
        PlanProblem generated = PlanFixtures.province(seed, employees, cells, classes, movers, targets);
        long t1 = System.nanoTime();
        // Validation alone, as the service will pay it when it assembles the problem.
        PlanProblem problem = new PlanProblem(generated.gaps(), generated.candidates(), Map.of(), maxMoves);
        long tv = System.nanoTime();
        double generation = (t1 - t0) / 1e9;
        double validation = (tv - t1) / 1e9;
        HeapSampler sampler = HeapSampler.begin();
        long cpu0 = processCpuNanos();
        t1 = System.nanoTime();
        PlanSolution plan = PlanFixtures.parallelOptimizer().solve(problem, ProgressListener.NONE);
        long t2 = System.nanoTime();
        long cpu1 = processCpuNanos();
        long peakSolve = sampler.finish();
        GreedyPlan greedy = new GreedyPlanner().solve(problem);
        long t3 = System.nanoTime();
        OptimalityEvidence ev = plan.evidence();
        System.out.printf("%n== %s: %,d cells, %,d classes, %,d movable employees, %,d candidate moves%n", label,
                cells, classes, movers, problem.candidates().size());
        System.out.printf("instance generation %.2f s | validation %.2f s | optimiser %.2f s wall, %.2f s CPU "
                + "| greedy %.2f s (optimiser/greedy time %.2f) | load average %.1f%n",
                generation, validation, (t2 - t1) / 1e9,
                (cpu1 - cpu0) / 1e9, (t3 - t2) / 1e9, (double) (t2 - t1) / (t3 - t2),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("objective %.3f (imbalance %.3f -> %.3f, %,d moves) | greedy %.3f (%,d moves) "
                + "| optimum better by %.3f (%.2f %% of greedy's reduction)%n",
                plan.objective(), plan.imbalanceBefore(), plan.imbalanceAfter(), plan.moves().size(),
                greedy.objective(), greedy.moves().size(), greedy.objective() - plan.objective(),
                100 * (greedy.objective() - plan.objective()) / (plan.imbalanceBefore() - greedy.objective()));
        System.out.printf("evidence: proven %s, no negative cycle %s, cheapest remaining path %.3f, "
                + "%,d augmentations, %,d components, lower bound %.3f, gap %.4f, lambda %.4f%n", ev.provenOptimal(),
                ev.noNegativeCycle(), ev.cheapestRemainingPath(), ev.augmentations(), ev.components(),
                ev.lowerBound(), ev.gap(), ev.lambda());
        System.out.printf("heap during solve: peak %,d MB used (instance included), max heap %,d MB%n",
                peakSolve >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Samples used heap every 5 ms; the maximum is the peak (GC may lower it between samples). */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        static HeapSampler begin() {
            HeapSampler sampler = new HeapSampler();
            sampler.setDaemon(true);
            sampler.start();
            return sampler;
        }

        @Override
        public void run() {
            Runtime runtime = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() {
            running = false;
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak;
        }
    }
}
