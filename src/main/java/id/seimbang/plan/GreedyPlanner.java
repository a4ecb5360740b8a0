package id.seimbang.plan;

import java.util.Arrays;

import id.seimbang.balance.WorkloadModel;

/**
 * Baseline: repeatedly take the single best remaining move by score = balance gain − cost, with the gaps as they
 * are after the moves already taken, until no move has a positive score. Respects outflow caps, the maximum
 * number of moves and one move per employee. Ties go to the smaller (employee id, from cell, to cell).
 *
 * <p>Moves between the same two cells differ only in their cost, so the best of them is the cheapest employee not
 * yet moved (ties to the smaller id). A max-heap holds, per pair of cells, the score of its best move, stamped
 * with the step it was computed at; after each move the pairs touching the two changed cells are scored again and
 * stale entries are skipped when they surface. A cell has thousands of candidate moves in a large province but
 * only hundreds of pairs, which is what keeps the rescoring after each move small.
 */
final class GreedyPlanner {

    public GreedyPlan solve(PlanProblem problem) {
        return solve(IndexedProblem.of(problem));
    }

    /** The same for a problem already indexed (shared with the optimiser on the same input). */
    GreedyPlan solve(IndexedProblem p) {
        PlanProblem problem = p.problem;
        int cells = p.cells.length;
        Pairs pairs = new Pairs(p);
        double[] gap = p.gap.clone();
        int[] left = new int[cells];
        int[] changedAt = new int[cells];
        boolean[] moved = new boolean[p.employees];
        Buckets outOf = Buckets.of(pairs.from, cells);
        Buckets into = Buckets.of(pairs.to, cells);
        int limit = problem.maxMoves() == null ? Integer.MAX_VALUE : problem.maxMoves();

        Heap heap = new Heap(Math.max(16, pairs.count));
        for (int pair = 0; pair < pairs.count; pair++) {
            offer(heap, p, pairs, gap, left, moved, pair, 0);
        }
        int[] chosen = new int[Math.min(p.from.length, p.employees)];
        int count = 0;
        int step = 0;
        while (count < limit && !heap.isEmpty()) {
            int k = heap.topCandidate();
            int stamp = heap.topStamp();
            heap.pop();
            int a = p.from[k];
            int b = p.to[k];
            if (moved[p.employee[k]] || stamp < changedAt[a] || stamp < changedAt[b] || capReached(p, left, a)) {
                continue;
            }
            chosen[count++] = k;
            moved[p.employee[k]] = true;
            left[a]++;
            gap[a] -= 1;
            gap[b] += 1;
            step++;
            changedAt[a] = step;
            changedAt[b] = step;
            for (int cell : new int[] { a, b }) {
                for (Buckets touching : new Buckets[] { outOf, into }) {
                    for (int i = touching.start[cell]; i < touching.start[cell + 1]; i++) {
                        offer(heap, p, pairs, gap, left, moved, touching.items[i], step);
                    }
                }
            }
        }
        var moves = p.plan(chosen, count);
        return new GreedyPlan(moves, problem.objectiveOf(moves), problem.imbalanceBefore(),
                problem.imbalanceAfter(moves));
    }

    /** Scores the pair's best move not yet taken, if any may still be taken. */
    private static void offer(Heap heap, IndexedProblem p, Pairs pairs, double[] gap, int[] left, boolean[] moved,
            int pair, int stamp) {
        if (capReached(p, left, pairs.from[pair])) {
            return;
        }
        int k = pairs.best(pair, moved);
        if (k < 0) {
            return;
        }
        double score = WorkloadModel.gain(gap[p.from[k]], gap[p.to[k]]) - p.cost[k];
        if (score > TransferOptimizer.EPSILON) {
            heap.push(score, k, stamp);
        }
    }

    /**
     * The candidates grouped by (from cell, to cell), each group ordered by cost and then candidate index (the
     * tie order), with a cursor past the employees who have moved.
     */
    private static final class Pairs {
        final int count;
        final int[] from;
        final int[] to;
        private final int[] start;
        private final int[] cursor;
        private final int[] members;
        private final IndexedProblem p;

        Pairs(IndexedProblem p) {
            this.p = p;
            int cells = p.cells.length;
            int m = p.from.length;
            // two stable counting sorts: by to, then by from; candidate indices stay ascending within a pair
            members = Buckets.of(Buckets.of(p.to, cells).items, p.from, cells).items;
            int pairs = 0;
            for (int i = 0; i < m; i++) {
                if (i == 0 || !samePair(members[i - 1], members[i])) {
                    pairs++;
                }
            }
            count = pairs;
            from = new int[pairs];
            to = new int[pairs];
            start = new int[pairs + 1];
            int pair = -1;
            for (int i = 0; i < m; i++) {
                if (i == 0 || !samePair(members[i - 1], members[i])) {
                    pair++;
                    from[pair] = p.from[members[i]];
                    to[pair] = p.to[members[i]];
                    start[pair] = i;
                }
            }
            start[pairs] = m;
            for (int q = 0; q < pairs; q++) {
                sortByCost(start[q], start[q + 1]);
            }
            cursor = Arrays.copyOf(start, pairs);
        }

        /** The pair's cheapest candidate whose employee has not moved, or −1. */
        int best(int pair, boolean[] moved) {
            int i = cursor[pair];
            while (i < start[pair + 1] && moved[p.employee[members[i]]]) {
                i++;
            }
            cursor[pair] = i;
            return i < start[pair + 1] ? members[i] : -1;
        }

        private boolean samePair(int k1, int k2) {
            return p.from[k1] == p.from[k2] && p.to[k1] == p.to[k2];
        }

        /** Insertion sort by (cost, index): a pair holds the few employees of one cell. */
        private void sortByCost(int lo, int hi) {
            for (int i = lo + 1; i < hi; i++) {
                int k = members[i];
                int j = i - 1;
                while (j >= lo && (p.cost[members[j]] > p.cost[k]
                        || (p.cost[members[j]] == p.cost[k] && members[j] > k))) {
                    members[j + 1] = members[j];
                    j--;
                }
                members[j + 1] = k;
            }
        }
    }

    private static boolean capReached(IndexedProblem p, int[] left, int cell) {
        return p.cap[cell] >= 0 && left[cell] >= p.cap[cell];
    }

    /** Max-heap by score, then smallest candidate index (= employee, from, to order), on primitive arrays. */
    private static final class Heap {
        private double[] score;
        private int[] candidate;
        private int[] stamp;
        private int size;

        Heap(int capacity) {
            score = new double[capacity];
            candidate = new int[capacity];
            stamp = new int[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        int topCandidate() {
            return candidate[0];
        }

        int topStamp() {
            return stamp[0];
        }

        void push(double s, int k, int st) {
            if (size == score.length) {
                score = Arrays.copyOf(score, size * 2);
                candidate = Arrays.copyOf(candidate, size * 2);
                stamp = Arrays.copyOf(stamp, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!before(s, k, score[parent], candidate[parent])) {
                    break;
                }
                move(parent, i);
                i = parent;
            }
            set(i, s, k, st);
        }

        void pop() {
            size--;
            if (size == 0) {
                return;
            }
            double s = score[size];
            int k = candidate[size];
            int st = stamp[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && before(score[child + 1], candidate[child + 1], score[child], candidate[child])) {
                    child++;
                }
                if (!before(score[child], candidate[child], s, k)) {
                    break;
                }
                move(child, i);
                i = child;
            }
            set(i, s, k, st);
        }

        private static boolean before(double s1, int k1, double s2, int k2) {
            return s1 > s2 || (s1 == s2 && k1 < k2);
        }

        private void move(int from, int to) {
            score[to] = score[from];
            candidate[to] = candidate[from];
            stamp[to] = stamp[from];
        }

        private void set(int i, double s, int k, int st) {
            score[i] = s;
            candidate[i] = k;
            stamp[i] = st;
        }
    }
}
