package id.seimbang.plan;

import java.util.Arrays;

import id.seimbang.balance.WorkloadModel;

/**
 * Baseline: repeatedly take the single best remaining move by score = balance gain − cost, with the gaps as they
 * are after the moves already taken, until no move has a positive score. Respects outflow caps, the maximum
 * number of moves and one move per employee. Ties go to the smaller (employee id, from cell, to cell).
 *
 * <p>A move's score changes only when its from or to cell changes, so a max-heap holds scored entries stamped
 * with the step they were computed at; after each move the candidates touching the two changed cells are scored
 * again and stale entries are skipped when they surface.
 */
public final class GreedyPlanner {

    public GreedyPlan solve(PlanProblem problem) {
        return solve(IndexedProblem.of(problem));
    }

    /** The same for a problem already indexed (shared with the optimiser on the same input). */
    GreedyPlan solve(IndexedProblem p) {
        PlanProblem problem = p.problem;
        int cells = p.cells.length;
        int m = p.from.length;
        double[] gap = p.gap.clone();
        int[] left = new int[cells];
        int[] changedAt = new int[cells];
        boolean[] moved = new boolean[p.employees];
        int[][] outOf = incidence(p.from, cells);
        int[][] into = incidence(p.to, cells);
        int limit = problem.maxMoves() == null ? Integer.MAX_VALUE : problem.maxMoves();

        Heap heap = new Heap(Math.max(16, m));
        for (int k = 0; k < m; k++) {
            offer(heap, p, gap, left, moved, k, 0);
        }
        int[] chosen = new int[Math.min(m, p.employees)];
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
            for (int[] list : new int[][] { outOf[a], into[a], outOf[b], into[b] }) {
                for (int j : list) {
                    offer(heap, p, gap, left, moved, j, step);
                }
            }
        }
        var moves = p.plan(chosen, count);
        return new GreedyPlan(moves, problem.objectiveOf(moves), problem.imbalanceBefore(),
                problem.imbalanceAfter(moves));
    }

    private static void offer(Heap heap, IndexedProblem p, double[] gap, int[] left, boolean[] moved, int k,
            int stamp) {
        if (moved[p.employee[k]] || capReached(p, left, p.from[k])) {
            return;
        }
        double score = WorkloadModel.gain(gap[p.from[k]], gap[p.to[k]]) - p.cost[k];
        if (score > TransferOptimizer.EPSILON) {
            heap.push(score, k, stamp);
        }
    }

    private static boolean capReached(IndexedProblem p, int[] left, int cell) {
        return p.cap[cell] >= 0 && left[cell] >= p.cap[cell];
    }

    private static int[][] incidence(int[] cellOf, int cells) {
        int[] count = new int[cells];
        for (int c : cellOf) {
            count[c]++;
        }
        int[][] lists = new int[cells][];
        for (int c = 0; c < cells; c++) {
            lists[c] = new int[count[c]];
        }
        Arrays.fill(count, 0);
        for (int k = 0; k < cellOf.length; k++) {
            lists[cellOf[k]][count[cellOf[k]]++] = k;
        }
        return lists;
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
