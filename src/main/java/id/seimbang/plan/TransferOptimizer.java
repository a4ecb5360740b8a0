package id.seimbang.plan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

import id.seimbang.system.Parallel;

/**
 * Exact transfer plan (architecture §4) by convex-cost min-cost flow, solved per independent component of the move
 * graph (see {@link ComponentFlow} for the network and the algorithm).
 *
 * <p>Guarantees: without a maximum number of moves the returned plan minimises F over all plans that use only
 * candidate moves, move each employee at most once and respect the outflow caps; the evidence carries an
 * independent residual check. With a maximum K the plan is the exact optimum when the K cheapest augmentations
 * fit in K moves; one unit of flow may be a chain of several moves, and when such chains make them exceed K a
 * Lagrangian price λ per move is searched instead; see {@link #solve} for what is guaranteed then.
 *
 * <p>Components run as {@code threads} tasks on the caller's pool (the {@code plan-worker} pool in the service);
 * each component is deterministic and results are merged in component order, so the plan does not depend on the
 * number of threads.
 */
final class TransferOptimizer {

    /** A path must cost less than −EPSILON to improve the plan; also the tolerance of every optimality check. */
    public static final double EPSILON = 1e-9;
    static final String FLOW_METHOD = "convex-cost min-cost flow, successive shortest paths (Dijkstra, Johnson potentials)";
    private static final int MAX_LAGRANGE_ROUNDS = 40;

    private final Executor pool;
    private final int threads;

    /** One component after the other, on the calling thread. */
    public TransferOptimizer() {
        this(Runnable::run, 1);
    }

    /** Components solved by {@code threads} tasks on {@code pool}. */
    public TransferOptimizer(Executor pool, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        this.pool = pool;
        this.threads = threads;
    }

    /**
     * Solves the problem. Progress phases: {@code prepare}, {@code solve}, {@code max-moves} (only when the
     * maximum binds), {@code done}.
     *
     * <p>Maximum number of moves K. If the unconstrained optimum uses at most K moves it is returned (gap 0).
     * Otherwise the K cheapest augmentations of the free solve are kept (see {@link #cheapestAugmentations}):
     * Σ g² plus their costs bounds every plan with at most K moves, and the flow made of them meets the bound; if
     * its plan has at most K moves it is returned with gap 0, {@code cheapestRemainingPath} = the cheapest path
     * left minus the dearest augmentation kept (≥ 0 when nothing left out is cheaper than what was kept; each
     * truncated flow is a min-cost flow of its value, so its residual network has no negative cycle) and
     * {@code lambda} = minus that dearest cost.
     *
     * <p>Fallback when chains make that plan exceed K: a price λ ≥ 0 is added to every move and λ is bisected for
     * the smallest price whose optimum P_λ uses m ≤ K moves. Bound: let L(λ) = min over all plans P of F(P) +
     * λ·moves(P) = F(P_λ) + λm. For any plan P' with moves(P') ≤ K, F(P') ≥ F(P') + λ(moves(P') − K) ≥ L(λ) − λK
     * = F(P_λ) − λ(K − m). So every round whose residual check holds gives a valid lower bound L(λ) − λK (also
     * rounds with m > K); the best of these and of the K-cheapest bound is reported. The returned plan is the best
     * feasible one found (the greedy plan under the same cap is also tried), and {@code evidence.gap()} = its
     * objective − the bound; it is not always optimal.
     */
    public PlanSolution solve(PlanProblem problem, ProgressListener listener) {
        return solve(IndexedProblem.of(problem), listener);
    }

    /** The same for a problem already indexed (shared with the greedy baseline on the same input). */
    PlanSolution solve(IndexedProblem p, ProgressListener listener) {
        PlanProblem problem = p.problem;
        Progress progress = new Progress(listener);
        progress.report("prepare", 0);
        Decomposition d = new Decomposition(p);
        progress.report("prepare", 1);
        int components = d.components.size();
        Integer maxMoves = problem.maxMoves();

        Round free = round(p, d, 0, progress, "solve", 0, 1);
        if (maxMoves == null || free.moves.size() <= maxMoves) {
            double bound = free.verified() ? free.objective : 0;
            progress.report("done", 1);
            return solution(problem, free.moves, new OptimalityEvidence(free.noNegativeCycle, free.cheapest,
                    free.augmentations, components, FLOW_METHOD, bound, free.objective - bound, 0));
        }

        int k = maxMoves;
        Cheapest cheapest = cheapestAugmentations(p, d, free, k, progress);
        List<CandidateMove> kept = MoveCycles.withoutCycles(cheapest.round.moves);
        if (kept.size() <= k && cheapest.round.noNegativeCycle) {
            Round r = cheapest.round;
            double objective = problem.objectiveOf(kept);
            double bound = Math.min(cheapest.bound, objective);
            progress.report("done", 1);
            return solution(problem, kept, new OptimalityEvidence(r.noNegativeCycle, r.cheapest - cheapest.price,
                    free.augmentations + r.augmentations, components, FLOW_METHOD + "; max moves " + k + " by the "
                    + k + " cheapest augmentations (convex cost per component)", bound, objective - bound,
                    -cheapest.price));
        }
        return lagrangian(p, d, free, k, Math.max(free.verified() ? cheapest.bound : 0, 0),
                free.augmentations + cheapest.round.augmentations, progress);
    }

    /**
     * The K cheapest augmentations of the free solve and the flow made of them, with the lower bound they give.
     *
     * @param round the flow: per component the first k_c augmentations, k_c its share of the K cheapest
     * @param bound Σ g² + the sum of the K cheapest path costs: no plan with at most K moves has a lower objective
     * @param price the cost of the dearest augmentation kept (of the cheapest one when K = 0): no augmentation left
     *              out is cheaper, which the residual check of every truncated component confirms
     */
    private record Cheapest(Round round, double bound, double price) {
    }

    /**
     * Why this is exact. A plan with m_c moves in component c induces a flow of value v_c ≤ m_c (net departures; a
     * chain of moves is one unit) whose cost is F − Σ g², so F ≥ Σ g² + (min cost of a flow of value v_c), summed
     * over components. That min cost is the sum of the first v_c path costs of the free solve (capped at its
     * number of augmentations, as the path costs after it are ≥ 0), and every path cost is negative, so any Σ v_c ≤ K
     * of them sum to no less than the K most negative ones over all components: that is the bound. The path costs
     * of a component are non-decreasing, so the K cheapest (ties by component, then augmentation) take a prefix of
     * k_c augmentations in each component; re-solving the component (same network, same tie-breaking, so the same
     * first k_c paths) and stopping after k_c augmentations gives a flow whose cost meets the bound. If its plan
     * has at most K moves it is an exact optimum; a unit of flow that is a chain of several moves can make it
     * need more, and the caller then searches a price per move instead.
     */
    private Cheapest cheapestAugmentations(IndexedProblem p, Decomposition d, Round free, int k, Progress progress) {
        ComponentFlow.Result[] results = free.results;
        int total = 0;
        for (ComponentFlow.Result r : results) {
            total += r.pathCosts().length;
        }
        // (cost, component, augmentation), cheapest first; ties by component then augmentation
        long[] order = new long[total];
        double[] costs = new double[total];
        int at = 0;
        for (int c = 0; c < results.length; c++) {
            double[] pc = results[c].pathCosts();
            for (int i = 0; i < pc.length; i++) {
                costs[at] = pc[i];
                order[at++] = ((long) c << 32) | i;
            }
        }
        Integer[] index = IntStream.range(0, total).boxed().toArray(Integer[]::new);
        Arrays.sort(index, Comparator.comparingDouble((Integer i) -> costs[i]).thenComparingLong(i -> order[i]));
        int keep = Math.min(k, total);
        int[] limit = new int[results.length];
        double bound = p.problem.imbalanceBefore();
        for (int j = 0; j < keep; j++) {
            limit[(int) (order[index[j]] >>> 32)]++;
            bound += costs[index[j]];
        }
        double price = keep > 0 ? costs[index[keep - 1]] : total > 0 ? costs[index[0]] : 0;
        ComponentFlow.Result[] truncated = results.clone();
        List<Integer> again = IntStream.range(0, results.length)
                .filter(c -> limit[c] < results[c].pathCosts().length).boxed().toList();
        solveAll(p, d, 0, again, limit, truncated, progress, "max-moves", 0, 1);
        long augmentations = again.stream().mapToLong(c -> truncated[c].augmentations()).sum();
        Round merged = merge(p, truncated, 0);
        return new Cheapest(new Round(merged.moves, merged.objective, augmentations, merged.noNegativeCycle,
                merged.cheapest, 0, truncated), bound, price);
    }

    /**
     * Fallback when the K cheapest augmentations need more than K moves: a price λ ≥ 0 per move, bisected; see
     * {@link #solve(PlanProblem, ProgressListener)}. {@code bound} is the bound known so far.
     */
    private PlanSolution lagrangian(IndexedProblem p, Decomposition d, Round free, int k, double bound,
            long augmentations, Progress progress) {
        PlanProblem problem = p.problem;
        int components = d.components.size();
        double minGap = Arrays.stream(p.gap).min().orElse(0);
        double maxGap = Arrays.stream(p.gap).max().orElse(0);
        // A unit of flow costs at least (1 − 2·max g) + (2·min g + 1) + λ, so at this price nothing moves.
        double lo = 0;
        double hi = 2 * (maxGap - minGap) + 1;
        Round best = null;
        for (int i = 0; i < MAX_LAGRANGE_ROUNDS; i++) {
            double lambda = i == 0 ? hi : (lo + hi) / 2;
            Round r = round(p, d, lambda, progress, "max-moves", (double) i / MAX_LAGRANGE_ROUNDS,
                    1.0 / MAX_LAGRANGE_ROUNDS);
            augmentations += r.augmentations;
            int m = r.moves.size();
            if (r.verified()) {
                bound = Math.max(bound, r.objective - lambda * (k - m));
            }
            if (m <= k) {
                if (r.verified() && (best == null || r.objective < best.objective - EPSILON)) {
                    best = r;
                }
                hi = lambda;
            } else {
                lo = lambda;
            }
            if (m == k || hi - lo <= EPSILON * (1 + hi)) {
                break;
            }
        }
        List<CandidateMove> moves = best == null ? List.of() : best.moves;
        double objective = best == null ? problem.imbalanceBefore() : best.objective;
        String method = FLOW_METHOD + "; max moves " + k + " by Lagrangian price per move";
        GreedyPlan greedy = new GreedyPlanner().solve(p);
        if (greedy.objective() < objective - EPSILON) {
            moves = greedy.moves();
            objective = greedy.objective();
            method += "; greedy plan kept, better than the priced optimum";
        }
        bound = Math.min(bound, objective);
        progress.report("done", 1);
        return solution(problem, moves, new OptimalityEvidence(best == null || best.noNegativeCycle,
                best == null ? Double.POSITIVE_INFINITY : best.cheapest, augmentations, components, method, bound,
                objective - bound, best == null ? hi : best.lambda));
    }

    private static PlanSolution solution(PlanProblem problem, List<CandidateMove> plan, OptimalityEvidence evidence) {
        List<CandidateMove> moves = MoveCycles.withoutCycles(plan);
        return new PlanSolution(moves, problem.objectiveOf(moves), problem.imbalanceBefore(),
                problem.imbalanceAfter(moves), evidence);
    }

    /** One min-cost-flow solve of every component with price λ per move, and each component's result. */
    private record Round(List<CandidateMove> moves, double objective, long augmentations, boolean noNegativeCycle,
            double cheapest, double lambda, ComponentFlow.Result[] results) {

        boolean verified() {
            return noNegativeCycle && cheapest >= -EPSILON;
        }
    }

    private Round round(IndexedProblem p, Decomposition d, double lambda, Progress progress, String phase,
            double base, double width) {
        ComponentFlow.Result[] results = new ComponentFlow.Result[d.components.size()];
        solveAll(p, d, lambda, IntStream.range(0, results.length).boxed().toList(), null, results, progress, phase,
                base, width);
        return merge(p, results, lambda);
    }

    /** Solves the given components into {@code results}, component c stopping after limit[c] augmentations. */
    private void solveAll(IndexedProblem p, Decomposition d, double lambda, List<Integer> which, int[] limit,
            ComponentFlow.Result[] results, Progress progress, String phase, double base, double width) {
        List<Decomposition.Component> comps = d.components;
        long total = which.stream().mapToLong(i -> comps.get(i).candidates().length).sum() + 1;
        long[] done = new long[1];
        // Largest first, so two workers finish close together.
        List<Integer> largestFirst = which.stream()
                .sorted(Comparator.comparingInt((Integer i) -> -comps.get(i).candidates().length)
                        .thenComparingInt(i -> i))
                .toList();
        try {
            Parallel.map(pool, threads, largestFirst, i -> {
                results[i] = new ComponentFlow(p, comps.get(i), d, lambda)
                        .solve(progress::cancelled, limit == null ? Long.MAX_VALUE : limit[i]);
                synchronized (done) {
                    done[0] += comps.get(i).candidates().length;
                    progress.report(phase, base + width * done[0] / total);
                }
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanCancelledException();
        }
    }

    private static Round merge(IndexedProblem p, ComponentFlow.Result[] results, double lambda) {
        int count = 0;
        long augmentations = 0;
        boolean noNegativeCycle = true;
        double cheapest = Double.POSITIVE_INFINITY;
        for (ComponentFlow.Result r : results) {
            count += r.chosen().length;
            augmentations += r.augmentations();
            noNegativeCycle &= r.noNegativeCycle();
            cheapest = Math.min(cheapest, r.cheapestRemainingPath());
        }
        int[] chosen = new int[count];
        int at = 0;
        for (ComponentFlow.Result r : results) {
            System.arraycopy(r.chosen(), 0, chosen, at, r.chosen().length);
            at += r.chosen().length;
        }
        List<CandidateMove> moves = p.plan(chosen, count);
        return new Round(moves, p.problem.objectiveOf(moves), augmentations, noNegativeCycle, cheapest, lambda,
                results);
    }

    /** Serialises listener calls and remembers a cancellation so that every worker stops. */
    private static final class Progress {
        private final ProgressListener listener;
        private volatile boolean cancelled;

        Progress(ProgressListener listener) {
            this.listener = listener == null ? ProgressListener.NONE : listener;
        }

        synchronized void report(String phase, double fraction) {
            if (cancelled) {
                throw new PlanCancelledException();
            }
            try {
                listener.onProgress(phase, Math.min(1, fraction));
            } catch (PlanCancelledException e) {
                cancelled = true;
                throw e;
            }
            if (listener.cancelRequested()) {
                cancelled = true;
                throw new PlanCancelledException();
            }
        }

        synchronized boolean cancelled() {
            if (!cancelled && listener.cancelRequested()) {
                cancelled = true;
            }
            return cancelled;
        }
    }
}
