package id.seimbang.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.seimbang.workforce.CellKey;

/**
 * An exact plan by another method than the optimiser, for tests: minimum-cost circulation by cycle cancelling
 * (Klein), on a network built here from the {@link PlanProblem} alone (not from {@link IndexedProblem},
 * {@link Decomposition} or {@link ComponentFlow}). Each cell's quadratic cost is a bundle of unit arcs, one per
 * departure (the k-th costs 2(k − g) − 1) and per arrival (2(g + k) − 1); an outflow cap is a gate arc; each employee
 * is a node of capacity 1; a return arc sink → source closes the circulation. Starting from no flow, Bellman-Ford
 * finds a negative residual cycle and the flow is pushed round it until none is left, which is optimal for a
 * min-cost circulation; with integral capacities the flow is integral, i.e. a set of moves. Slow (every cancel is a
 * full Bellman-Ford), so for instances far beyond exhaustive search but far below a province.
 *
 * <p>A maximum number of moves K is not a pure flow (one flow unit can be a chain of moves through a cell), so
 * {@link #cappedOptimum} adds a branch and bound over the employees on top of the same network: a node fixes some
 * employees' choices (a fixed move shifts the two gaps, uses one unit of the origin's outflow cap and one of K); its
 * bound is the Lagrangian one, {@code min over plans of (objective + λ·moves) − λ·K} for several λ ≥ 0, each minimum
 * found by cycle cancelling with λ added to every move arc; a plan with at most K moves found on the way is an
 * incumbent. Exact, and built from the problem alone like the uncapped check.
 */
final class CycleCancellingPlanner {

    private static final double EPSILON = 1e-9;

    // Arc a runs tail[a] → head[a]; its twin (the residual arc) is a ^ 1. Primitive arrays: the Bellman-Ford rounds
    // below read every arc over and over, and boxed lists made this check the dearest part of its tests.
    private int[] tail = new int[64];
    private int[] head = new int[64];
    private int[] capacity = new int[64];
    private double[] costs = new double[64];
    private int arcCount;
    private int nodes;

    private CycleCancellingPlanner() {
    }

    /** The moves of an optimal plan of the problem (which must have no maximum number of moves). */
    static List<CandidateMove> optimum(PlanProblem problem) {
        if (problem.maxMoves() != null) {
            throw new IllegalArgumentException("a maximum number of moves is not a flow; use cappedOptimum");
        }
        return new CycleCancellingPlanner().solve(problem, 0);
    }

    /** The moves of an optimal plan among those with at most {@code problem.maxMoves()} moves. */
    static List<CandidateMove> cappedOptimum(PlanProblem problem) {
        if (problem.maxMoves() == null) {
            throw new IllegalArgumentException("no maximum number of moves; use optimum");
        }
        CappedSearch search = new CappedSearch();
        search.node(new HashMap<>(problem.gaps()), problem.candidates(), new HashMap<>(problem.outflowCaps()),
                problem.maxMoves(), List.of(), 0);
        return search.best;
    }

    /** Branch and bound over the employees' choices; see the class comment. */
    private static final class CappedSearch {

        /** Prices tried per node, by bisection on λ between 0 and a price at which no move pays. */
        static final int PRICE_STEPS = 24;

        List<CandidateMove> best = List.of();
        double bestValue = Double.POSITIVE_INFINITY;

        void node(Map<CellKey, Double> gaps, List<CandidateMove> candidates, Map<CellKey, Integer> caps, int k,
                List<CandidateMove> fixed, double fixedCost) {
            PlanProblem relaxed = new PlanProblem(gaps, candidates, caps, null);
            if (candidates.isEmpty() || k == 0) {
                offer(fixed, List.of(), relaxed.imbalanceBefore() + fixedCost);
                return;
            }
            List<CandidateMove> free = new CycleCancellingPlanner().solve(relaxed, 0);
            double bound = relaxed.objectiveOf(free);
            if (free.size() <= k) {
                // the relaxation's optimum is feasible: the node's optimum
                offer(fixed, free, bound + fixedCost);
                return;
            }
            // Any plan costs at least 0, and the empty plan costs imbalanceBefore: above that price no move pays.
            double lo = 0;
            double hi = relaxed.imbalanceBefore() + 1;
            for (int step = 0; step < PRICE_STEPS && bound + fixedCost < bestValue - tolerance(); step++) {
                double price = (lo + hi) / 2;
                List<CandidateMove> priced = new CycleCancellingPlanner().solve(relaxed, price);
                double value = relaxed.objectiveOf(priced);
                bound = Math.max(bound, value + price * (priced.size() - k));
                if (priced.size() <= k) {
                    offer(fixed, priced, value + fixedCost);
                    if (priced.size() == k) {
                        return; // value = the Lagrangian bound: optimal for this node
                    }
                    hi = price;
                } else {
                    lo = price;
                }
            }
            if (bound + fixedCost >= bestValue - tolerance()) {
                return;
            }
            // Branch on an employee who moves in the relaxation: each of their moves fixed, or staying.
            String employee = free.get(0).employeeId();
            List<CandidateMove> others = candidates.stream().filter(m -> !m.employeeId().equals(employee)).toList();
            for (CandidateMove m : candidates) {
                if (!m.employeeId().equals(employee)) {
                    continue;
                }
                Integer cap = caps.get(m.from());
                if (cap != null && cap == 0) {
                    continue;
                }
                Map<CellKey, Double> shifted = new HashMap<>(gaps);
                shifted.merge(m.from(), -1.0, Double::sum);
                shifted.merge(m.to(), 1.0, Double::sum);
                Map<CellKey, Integer> used = new HashMap<>(caps);
                if (cap != null) {
                    used.put(m.from(), cap - 1);
                }
                List<CandidateMove> withMove = new ArrayList<>(fixed);
                withMove.add(m);
                node(shifted, others, used, k - 1, withMove, fixedCost + m.cost());
            }
            node(gaps, others, caps, k, fixed, fixedCost);
        }

        void offer(List<CandidateMove> fixed, List<CandidateMove> free, double value) {
            if (value < bestValue) {
                bestValue = value;
                List<CandidateMove> plan = new ArrayList<>(fixed);
                plan.addAll(free);
                best = plan;
            }
        }

        double tolerance() {
            return 1e-9 * Math.max(1, Math.abs(bestValue));
        }
    }

    /** An optimal plan of the flow problem (caps, no maximum) with {@code movePrice} added to the cost of every move. */
    private List<CandidateMove> solve(PlanProblem problem, double movePrice) {
        int source = nodes++;
        int sink = nodes++;
        Map<CellKey, Integer> cellNode = new LinkedHashMap<>();
        problem.gaps().keySet().forEach(c -> cellNode.put(c, nodes++));
        Map<String, Integer> employeeNode = new HashMap<>();
        Map<CellKey, Integer> movers = new HashMap<>();
        Map<CellKey, Integer> arrivals = new HashMap<>();
        for (CandidateMove m : problem.candidates()) {
            if (employeeNode.putIfAbsent(m.employeeId(), nodes) == null) {
                nodes++;
                movers.merge(m.from(), 1, Integer::sum);
            }
            arrivals.merge(m.to(), 1, Integer::sum);
        }
        for (Map.Entry<CellKey, Integer> cell : cellNode.entrySet()) {
            double g = problem.gaps().get(cell.getKey());
            int node = cell.getValue();
            for (int k = 1; k <= movers.getOrDefault(cell.getKey(), 0); k++) {
                arc(source, node, 1, 2 * (k - g) - 1);
            }
            for (int k = 1; k <= arrivals.getOrDefault(cell.getKey(), 0); k++) {
                arc(node, sink, 1, 2 * (g + k) - 1);
            }
        }
        Map<CellKey, Integer> gate = new HashMap<>();
        problem.outflowCaps().forEach((cell, cap) -> {
            int node = nodes++;
            arc(cellNode.get(cell), node, cap, 0);
            gate.put(cell, node);
        });
        Map<String, CellKey> home = new HashMap<>();
        problem.candidates().forEach(m -> home.put(m.employeeId(), m.from()));
        home.forEach((employee, cell) -> arc(gate.getOrDefault(cell, cellNode.get(cell)), employeeNode.get(employee), 1,
                0));
        int firstMove = arcCount;
        for (CandidateMove m : problem.candidates()) {
            arc(employeeNode.get(m.employeeId()), cellNode.get(m.to()), 1, m.cost() + movePrice);
        }
        arc(sink, source, Integer.MAX_VALUE / 2, 0);
        while (cancelNegativeCycle()) {
            // each cancel lowers the cost; the loop ends because the flow stays integral and bounded
        }
        List<CandidateMove> moves = new ArrayList<>();
        for (int i = 0; i < problem.candidates().size(); i++) {
            if (capacity[firstMove + 2 * i] == 0) {
                moves.add(problem.candidates().get(i));
            }
        }
        return moves;
    }

    private void arc(int from, int to, int cap, double cost) {
        if (arcCount + 2 > tail.length) {
            int size = tail.length * 2;
            tail = java.util.Arrays.copyOf(tail, size);
            head = java.util.Arrays.copyOf(head, size);
            capacity = java.util.Arrays.copyOf(capacity, size);
            costs = java.util.Arrays.copyOf(costs, size);
        }
        tail[arcCount] = from;
        head[arcCount] = to;
        costs[arcCount] = cost;
        capacity[arcCount] = cap;
        arcCount++;
        tail[arcCount] = to;
        head[arcCount] = from;
        costs[arcCount] = -cost;
        capacity[arcCount] = 0;
        arcCount++;
    }

    /** Bellman-Ford from a virtual root (all distances 0); pushes flow round one negative cycle if there is one. */
    private boolean cancelNegativeCycle() {
        double[] dist = new double[nodes];
        int[] via = new int[nodes];
        java.util.Arrays.fill(via, -1);
        int changed = -1;
        for (int round = 0; round < nodes; round++) {
            changed = -1;
            for (int a = 0; a < arcCount; a++) {
                if (capacity[a] > 0) {
                    double nd = dist[tail[a]] + costs[a];
                    if (nd < dist[head[a]] - EPSILON) {
                        dist[head[a]] = nd;
                        via[head[a]] = a;
                        changed = head[a];
                    }
                }
            }
            if (changed < 0) {
                return false;
            }
        }
        int v = changed;
        for (int i = 0; i < nodes; i++) {
            v = tail[via[v]]; // walk back into the cycle
        }
        List<Integer> cycle = new ArrayList<>();
        int u = v;
        do {
            cycle.add(via[u]);
            u = tail[via[u]];
        } while (u != v);
        int push = Integer.MAX_VALUE;
        double cost = 0;
        for (int a : cycle) {
            push = Math.min(push, capacity[a]);
            cost += costs[a];
        }
        if (cost >= -EPSILON) {
            return false; // rounding only
        }
        for (int a : cycle) {
            capacity[a] -= push;
            capacity[a ^ 1] += push;
        }
        return true;
    }
}
