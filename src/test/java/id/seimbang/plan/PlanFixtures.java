package id.seimbang.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import id.seimbang.system.TaskPools;
import id.seimbang.workforce.CellKey;

/** Builders for plan instances used by the optimiser tests and the benchmark. */
final class PlanFixtures {

    static final double E = 1250;

    /** Two workers as the service's {@code plan-worker} pool gives one plan, shared by the tests of this JVM. */
    private static final ThreadPoolTaskExecutor WORKERS = TaskPools.bounded("test-plan-worker", 2, 16, true);

    static {
        WORKERS.initialize();
    }

    private PlanFixtures() {
    }

    /** The optimiser as a plan job runs it: components on two threads of a pool. */
    static TransferOptimizer parallelOptimizer() {
        return new TransferOptimizer(WORKERS, 2);
    }

    static CellKey cell(String name) {
        return new CellKey("U-" + name, "P-1");
    }

    static CandidateMove move(String employee, String from, String to, double cost) {
        return new CandidateMove(employee, cell(from), cell(to), cost);
    }

    static Map<CellKey, Double> gaps(Object... nameThenGap) {
        Map<CellKey, Double> gaps = new LinkedHashMap<>();
        for (int i = 0; i < nameThenGap.length; i += 2) {
            gaps.put(cell((String) nameThenGap[i]), ((Number) nameThenGap[i + 1]).doubleValue());
        }
        return gaps;
    }

    /**
     * A small random instance: 2–5 cells, up to 7 employees, random candidate subsets, costs including 0, gaps
     * B − W/E with integer workload hours (fractional, sometimes whole so that ties occur).
     */
    static PlanProblem smallRandom(Random random, boolean withCaps, boolean withMaxMoves) {
        int cells = 2 + random.nextInt(4);
        int employees = 1 + random.nextInt(7);
        int[] movers = new int[cells];
        int[] home = new int[employees];
        for (int e = 0; e < employees; e++) {
            home[e] = random.nextInt(cells);
            movers[home[e]]++;
        }
        Map<CellKey, Double> gaps = new HashMap<>();
        for (int c = 0; c < cells; c++) {
            int staff = movers[c] + random.nextInt(3);
            int hours = random.nextBoolean() ? 1250 * random.nextInt(7) : random.nextInt(8000);
            gaps.put(cell("C" + c), staff - hours / E);
        }
        List<CandidateMove> candidates = new ArrayList<>();
        for (int e = 0; e < employees; e++) {
            for (int c = 0; c < cells; c++) {
                if (c != home[e] && random.nextDouble() < 0.6) {
                    candidates.add(move("E" + e, "C" + home[e], "C" + c, randomCost(random)));
                }
            }
        }
        Map<CellKey, Integer> caps = new HashMap<>();
        if (withCaps) {
            for (int c = 0; c < cells; c++) {
                if (random.nextBoolean()) {
                    caps.put(cell("C" + c), random.nextInt(3));
                }
            }
        }
        Integer maxMoves = withMaxMoves ? random.nextInt(4) : null;
        return new PlanProblem(gaps, candidates, caps, maxMoves);
    }

    /**
     * {@code parts} small random instances with outflow caps side by side, as one problem of several components (cell
     * and employee names tagged by part); no maximum number of moves.
     */
    static PlanProblem joined(Random random, int parts) {
        Map<CellKey, Double> gaps = new HashMap<>();
        Map<CellKey, Integer> caps = new HashMap<>();
        List<CandidateMove> moves = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            PlanProblem p = smallRandom(random, true, false);
            String tag = "-" + part;
            p.gaps().forEach((c, g) -> gaps.put(new CellKey(c.unitCode() + tag, c.positionCode()), g));
            p.outflowCaps().forEach((c, k) -> caps.put(new CellKey(c.unitCode() + tag, c.positionCode()), k));
            p.candidates().forEach(m -> moves.add(new CandidateMove(m.employeeId() + tag,
                    new CellKey(m.from().unitCode() + tag, m.from().positionCode()),
                    new CellKey(m.to().unitCode() + tag, m.to().positionCode()), m.cost())));
        }
        return new PlanProblem(gaps, moves, caps, null);
    }

    private static double randomCost(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 0.5;
            case 2 -> random.nextInt(3);
            default -> random.nextDouble() * 3;
        };
    }

    /**
     * A province-shaped instance: cells in compatibility classes (moves only within a class), integer ABK
     * workload hours with E = 1250 chosen around the staff with a deliberate surplus or deficit, a share of
     * the employees with candidates (about {@code targets} targets each in their class).
     */
    static PlanProblem province(long seed, int employees, int cells, int classes, int movers, int targets) {
        Random random = new Random(seed);
        int[] cellClass = new int[cells];
        List<List<Integer>> byClass = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            byClass.add(new ArrayList<>());
        }
        for (int c = 0; c < cells; c++) {
            cellClass[c] = c % classes;
            byClass.get(cellClass[c]).add(c);
        }
        int[] staff = new int[cells];
        int[] home = new int[employees];
        for (int e = 0; e < employees; e++) {
            home[e] = random.nextInt(cells);
            staff[home[e]]++;
        }
        Map<CellKey, Double> gaps = new HashMap<>();
        CellKey[] keys = new CellKey[cells];
        for (int c = 0; c < cells; c++) {
            keys[c] = new CellKey(String.format("U%04d", c / 8), String.format("J%03d-%d", cellClass[c], c % 8));
            double drift = random.nextGaussian() * 1.5;
            int hours = (int) Math.max(0, Math.round((staff[c] + drift) * E + random.nextInt(1250) - 625));
            gaps.put(keys[c], staff[c] - hours / E);
        }
        List<CandidateMove> candidates = new ArrayList<>(movers * targets);
        for (int e = 0; e < movers; e++) {
            int from = home[e];
            // One id instance per employee, as when candidates come from Employee records.
            String id = String.format("%018d", 199001012015011000L + e);
            List<Integer> peers = byClass.get(cellClass[from]);
            int wanted = Math.min(targets, peers.size() - 1);
            java.util.Set<Integer> picked = new java.util.HashSet<>();
            while (picked.size() < wanted) {
                int to = peers.get(random.nextInt(peers.size()));
                if (to != from && picked.add(to)) {
                    double penalty = switch (random.nextInt(4)) {
                        case 0 -> 0;
                        case 1 -> 0.5;
                        case 2 -> 1;
                        default -> 2;
                    };
                    candidates.add(new CandidateMove(id, keys[from],
                            keys[to], 0.5 + penalty));
                }
            }
        }
        return new PlanProblem(gaps, candidates, Map.of(), null);
    }
}
