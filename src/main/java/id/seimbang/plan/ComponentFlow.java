package id.seimbang.plan;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Convex-cost min-cost flow for one component of the move graph (architecture §4), on primitive arrays.
 *
 * <p>Network: source S, sink T, a node per cell, a gate node per capped cell, a node per employee.
 * <ul>
 * <li>S→c: departures, one convex arc whose k-th unit costs 2(k − g_c) − 1 (so d units cost (g−d)² − g²),
 * bounded by the number of employees who may leave c;</li>
 * <li>c→T: arrivals, one convex arc whose k-th unit costs 2(g_c + k) − 1 (a units cost (g+a)² − g²), bounded by
 * the number of candidate moves into c;</li>
 * <li>c→gate_c (capacity k_c) when c has an outflow cap, then gate_c→e, else c→e: capacity 1, cost 0, so each
 * employee moves at most once;</li>
 * <li>e→b: one arc per candidate move, capacity 1, cost = move cost + λ.</li>
 * </ul>
 * A unit of flow S→a→e→b→…→T is a chain of moves; a cell both left and entered by the flow only passes it on.
 * Using both S→c and c→T on one cell is never optimal (the pair costs 2(d + a) − 2 > 0 more than the net change),
 * so the flow cost equals F − Σ g² at the optimum.
 *
 * <p>Algorithm: successive shortest paths, one unit per augmentation, Dijkstra on reduced costs with Johnson
 * potentials. At the start the only negative arcs leave S or enter T, so a first full Dijkstra from S (T is never
 * settled, only labelled) is exact and gives valid potentials. The cost of the min-cost flow of value v is convex
 * in v, so the first time the cheapest S→T path costs ≥ −ε the flow is optimal over all values.
 *
 * <p>Floating point: costs are doubles; a path must cost less than −{@link TransferOptimizer#EPSILON} to be
 * augmented, and reduced costs that rounding pushes slightly below 0 are read as 0. Gaps and costs are sums of a
 * few terms of moderate size, so rounding stays far below ε.
 */
final class ComponentFlow {

    private static final byte LINEAR = 0;
    private static final byte DEPARTURE = 1;
    private static final byte DEPARTURE_BACK = 2;
    private static final byte ARRIVAL = 3;
    private static final byte ARRIVAL_BACK = 4;
    private static final int S = 0;
    private static final int T = 1;
    private static final double INF = Double.POSITIVE_INFINITY;

    /**
     * The outcome for one component; {@code pathCosts[i]} is the cost of augmentation i + 1, the change of
     * F that unit of flow made (non-decreasing, see {@link #solve(BooleanSupplier, long)}).
     */
    record Result(int[] chosen, long augmentations, boolean noNegativeCycle, double cheapestRemainingPath,
            double[] pathCosts) {
    }

    private final int n;
    private final int[] start;
    private final int[] head;
    private final int[] rcap;
    private final int[] rev;
    /** Cost of a linear arc (negated on its reverse), or the cell's gap g on a convex arc. */
    private final double[] param;
    private final byte[] kind;
    private final int[] candidates;
    private final int[] moveArc;
    /** Whether the shortcuts of {@link #reducedDijkstra} are on (off only to show in tests that they change nothing). */
    private final boolean shortcuts;
    /** First employee node. */
    private final int firstEmployee;
    /** Per node: where the arcs of candidate moves (forward at an employee, residual twins at a cell) begin. */
    private final int[] moveBegin;
    /** Per cell node: the positions of move twins that carry flow (rcap 1), ascending; the others are skipped. */
    private final int[][] activeTwins;
    private final int[] activeCount;
    /** Per employee (local): its arc from its cell or gate, and its class (employees with identical moves), or −1. */
    private final int[] inArc;
    private final int[] employeeClass;

    ComponentFlow(IndexedProblem p, Decomposition.Component comp, Decomposition d, double lambda) {
        this(p, comp, d, lambda, true);
    }

    ComponentFlow(IndexedProblem p, Decomposition.Component comp, Decomposition d, double lambda, boolean shortcuts) {
        this.shortcuts = shortcuts;
        int cells = comp.cells().length;
        int[] movers = new int[cells];
        int[] arrivals = new int[cells];
        for (int e : comp.employees()) {
            movers[d.localCell[p.employeeCell[e]]]++;
        }
        candidates = comp.candidates();
        for (int k : candidates) {
            arrivals[d.localCell[p.to[k]]]++;
        }
        int[] gate = new int[cells];
        int nodes = 2 + cells;
        int arcs = 0;
        for (int i = 0; i < cells; i++) {
            int cap = p.cap[comp.cells()[i]];
            gate[i] = -1;
            if (movers[i] > 0 && cap >= 0) {
                gate[i] = nodes++;
                arcs++;
            }
            if (departureBound(movers[i], cap) > 0) {
                arcs++;
            }
            if (arrivals[i] > 0) {
                arcs++;
            }
        }
        firstEmployee = nodes;
        nodes += comp.employees().length;
        arcs += comp.employees().length + candidates.length;
        n = nodes;

        int[] tail = new int[arcs];
        int[] tip = new int[arcs];
        int[] cap = new int[arcs];
        double[] value = new double[arcs];
        byte[] type = new byte[arcs];
        int a = 0;
        for (int i = 0; i < cells; i++) {
            int cell = comp.cells()[i];
            int node = 2 + i;
            int bound = departureBound(movers[i], p.cap[cell]);
            if (bound > 0) {
                tail[a] = S; tip[a] = node; cap[a] = bound; value[a] = p.gap[cell]; type[a++] = DEPARTURE;
            }
            if (arrivals[i] > 0) {
                tail[a] = node; tip[a] = T; cap[a] = arrivals[i]; value[a] = p.gap[cell]; type[a++] = ARRIVAL;
            }
            if (gate[i] >= 0) {
                tail[a] = node; tip[a] = gate[i]; cap[a] = p.cap[cell]; type[a++] = LINEAR;
            }
        }
        for (int j = 0; j < comp.employees().length; j++) {
            int i = d.localCell[p.employeeCell[comp.employees()[j]]];
            tail[a] = gate[i] >= 0 ? gate[i] : 2 + i; tip[a] = firstEmployee + j; cap[a] = 1; type[a++] = LINEAR;
        }
        int firstMove = a;
        for (int k : candidates) {
            tail[a] = firstEmployee + d.localEmployee[p.employee[k]];
            tip[a] = 2 + d.localCell[p.to[k]];
            cap[a] = 1;
            value[a] = p.cost[k] + lambda;
            type[a++] = LINEAR;
        }

        // Compressed adjacency: every arc and its residual twin, grouped by tail node.
        start = new int[n + 1];
        for (int i = 0; i < arcs; i++) {
            start[tail[i] + 1]++;
            start[tip[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, n);
        moveBegin = new int[n];
        head = new int[2 * arcs];
        rcap = new int[2 * arcs];
        rev = new int[2 * arcs];
        param = new double[2 * arcs];
        kind = new byte[2 * arcs];
        moveArc = new int[candidates.length];
        for (int i = 0; i < arcs; i++) {
            if (i == firstMove) {
                // move arcs come last: at an employee its forward moves, at a cell the twins of moves into it
                System.arraycopy(fill, 0, moveBegin, 0, n);
            }
            int f = fill[tail[i]]++;
            int b = fill[tip[i]]++;
            head[f] = tip[i];
            head[b] = tail[i];
            rcap[f] = cap[i];
            rev[f] = b;
            rev[b] = f;
            kind[f] = type[i];
            kind[b] = (byte) (type[i] == LINEAR ? LINEAR : type[i] + 1);
            param[f] = value[i];
            param[b] = type[i] == LINEAR ? -value[i] : value[i];
            if (i >= firstMove) {
                moveArc[i - firstMove] = f;
            }
        }
        if (firstMove == arcs) {
            System.arraycopy(fill, 0, moveBegin, 0, n);
        }
        activeTwins = new int[firstEmployee][];
        activeCount = new int[firstEmployee];
        int employees = comp.employees().length;
        inArc = new int[employees];
        for (int j = 0; j < employees; j++) {
            // an employee node's only arc before its moves is the twin of its arc from the cell or gate
            inArc[j] = rev[start[firstEmployee + j]];
        }
        employeeClass = classes(employees);
    }

    /**
     * Employees whose move arcs are identical (same cell or gate before them, same targets at the same costs, in the
     * same order) share a class; an employee alone in its class gets −1. Temporary assignments have many such
     * employees: everyone of a home cell with the same fit penalty may go to the same cells.
     */
    private int[] classes(int employees) {
        int[] cls = new int[employees];
        int[] size = new int[employees];
        int[] representative = new int[employees];
        int classes = 0;
        // classes by a hash of their moves; equal hashes are told apart by comparing the moves themselves
        java.util.Map<Long, java.util.List<Integer>> byHash = new java.util.HashMap<>();
        for (int j = 0; j < employees; j++) {
            int u = firstEmployee + j;
            long hash = head[start[u]]; // the cell or gate before the employee
            for (int a = moveBegin[u]; a < start[u + 1]; a++) {
                hash = hash * 1_000_003L + head[a];
                hash = hash * 31 + Double.doubleToLongBits(param[a]);
            }
            java.util.List<Integer> sameHash = byHash.computeIfAbsent(hash, h -> new java.util.ArrayList<>(1));
            int found = -1;
            for (int c : sameHash) {
                if (identicalMoves(representative[c], j)) {
                    found = c;
                    break;
                }
            }
            if (found < 0) {
                found = classes++;
                representative[found] = j;
                sameHash.add(found);
            }
            cls[j] = found;
            size[found]++;
        }
        for (int j = 0; j < employees; j++) {
            if (size[cls[j]] < 2) {
                cls[j] = -1;
            }
        }
        return cls;
    }

    /** How many employee scans the class shortcut skipped in {@link #solve} (for tests and benchmarks). */
    long skippedScans() {
        return skippedScans;
    }

    private boolean identicalMoves(int x, int y) {
        int u = firstEmployee + x;
        int v = firstEmployee + y;
        if (head[start[u]] != head[start[v]] || start[u + 1] - moveBegin[u] != start[v + 1] - moveBegin[v]) {
            return false;
        }
        for (int a = moveBegin[u], b = moveBegin[v]; a < start[u + 1]; a++, b++) {
            if (head[a] != head[b] || Double.doubleToLongBits(param[a]) != Double.doubleToLongBits(param[b])) {
                return false;
            }
        }
        return true;
    }

    private static int departureBound(int movers, int cap) {
        return cap >= 0 ? Math.min(movers, cap) : movers;
    }

    /** Cost of one more unit on residual arc a, given the flow already on it. */
    private double cost(int a) {
        switch (kind[a]) {
            case DEPARTURE: {
                int flow = rcap[rev[a]];
                return 2 * (flow + 1 - param[a]) - 1;
            }
            case DEPARTURE_BACK: {
                int flow = rcap[a];
                return -(2 * (flow - param[a]) - 1);
            }
            case ARRIVAL: {
                int flow = rcap[rev[a]];
                return 2 * (param[a] + flow + 1) - 1;
            }
            case ARRIVAL_BACK: {
                int flow = rcap[a];
                return -(2 * (param[a] + flow) - 1);
            }
            default:
                return param[a];
        }
    }

    /** Per class: the Dijkstra run, distance and potential of the last class-mate without a move scanned. */
    private int[] classRun;
    private double[] classDist;
    private double[] classPot;
    private int runs;
    private long skippedScans;

    /** Augments while the cheapest path lowers the objective. */
    Result solve(BooleanSupplier cancelled) {
        return solve(cancelled, Long.MAX_VALUE);
    }

    /**
     * Augments while the cheapest path lowers the objective, at most {@code limit} times. After v augmentations the
     * flow is a min-cost flow of value v (successive shortest paths), so its cost is the sum of the first v path
     * costs and these are non-decreasing: the min cost of a flow of value v is convex in v. Stopping early leaves
     * no negative cycle in the residual network; the cheapest remaining path is then the next path cost.
     */
    Result solve(BooleanSupplier cancelled, long limit) {
        int classCount = Arrays.stream(employeeClass).max().orElse(-1) + 1;
        classRun = new int[classCount];
        classDist = new double[classCount];
        classPot = new double[classCount];
        double[] pot = new double[n];
        double[] dist = new double[n];
        int[] prev = new int[n];
        Heap heap = new Heap(n, dist);
        long augmentations = 0;

        Arrays.fill(dist, INF);
        firstDijkstra(dist, prev, heap);
        for (int v = 0; v < n; v++) {
            if (dist[v] < INF) {
                pot[v] = dist[v];
            }
        }
        double pathCost = dist[T];
        double[] pathCosts = new double[16];
        while (pathCost < -TransferOptimizer.EPSILON && augmentations < limit) {
            if (augmentations == pathCosts.length) {
                pathCosts = Arrays.copyOf(pathCosts, 2 * pathCosts.length);
            }
            pathCosts[(int) augmentations] = pathCost;
            augment(prev);
            augmentations++;
            if ((augmentations & 63) == 0 && cancelled.getAsBoolean()) {
                throw new PlanCancelledException();
            }
            Arrays.fill(dist, INF);
            reducedDijkstra(pot, dist, prev, heap);
            if (dist[T] == INF) {
                break;
            }
            pathCost = dist[T] + pot[T] - pot[S];
            // Johnson update; nodes beyond T (or unreached) move by dist(T), which keeps reduced costs >= 0.
            double dt = dist[T];
            for (int v = 0; v < n; v++) {
                pot[v] += Math.min(dist[v], dt);
            }
        }
        int[] chosen = chosen();
        double[] verified = verify();
        return new Result(chosen, augmentations, verified != null,
                verified == null ? Double.NEGATIVE_INFINITY : verified[0],
                Arrays.copyOf(pathCosts, (int) augmentations));
    }

    /** Exact shortest paths from S while the only negative arcs leave S or enter T: T is labelled, never settled. */
    private void firstDijkstra(double[] dist, int[] prev, Heap heap) {
        dist[S] = 0;
        heap.push(S);
        while (!heap.isEmpty()) {
            int u = heap.pop();
            for (int a = start[u]; a < start[u + 1]; a++) {
                if (rcap[a] == 0) {
                    continue;
                }
                int v = head[a];
                double nd = dist[u] + cost(a);
                if (nd < dist[v]) {
                    dist[v] = nd;
                    prev[v] = a;
                    if (v != T) {
                        heap.pushOrDecrease(v);
                    }
                }
            }
        }
    }

    /**
     * Dijkstra on reduced costs, stopping when T is settled. Two shortcuts skip only relaxations that cannot change
     * a label, so distances, predecessors and the order of heap operations are those of the plain scan (a test runs
     * both): at a cell, the twins of moves into it that carry no flow (residual capacity 0) are not visited; an
     * employee without a move whose class-mate without a move was scanned in this run with the same distance and
     * potential is not scanned again, because its arcs would offer every target exactly the same label.
     */
    private void reducedDijkstra(double[] pot, double[] dist, int[] prev, Heap heap) {
        if (!shortcuts) {
            plainReducedDijkstra(pot, dist, prev, heap);
            return;
        }
        heap.clear();
        dist[S] = 0;
        heap.push(S);
        int[] scannedRun = classRun;
        double[] scannedDist = classDist;
        double[] scannedPot = classPot;
        int run = ++runs;
        while (!heap.isEmpty()) {
            int u = heap.pop();
            if (u == T) {
                return;
            }
            double pu = pot[u];
            double du = dist[u];
            if (u >= firstEmployee) {
                int j = u - firstEmployee;
                int c = employeeClass[j];
                if (c >= 0 && rcap[inArc[j]] > 0) {
                    if (scannedRun[c] == run && scannedDist[c] == du && scannedPot[c] == pu) {
                        skippedScans++;
                        continue;
                    }
                    scannedRun[c] = run;
                    scannedDist[c] = du;
                    scannedPot[c] = pu;
                }
                // an employee's arcs (back to its cell or gate, then its moves) are all linear: cost(a) = param[a]
                for (int a = start[u], end = start[u + 1]; a < end; a++) {
                    if (rcap[a] == 0) {
                        continue;
                    }
                    int v = head[a];
                    double nd = du + Math.max(0, param[a] + pu - pot[v]);
                    if (nd < dist[v]) {
                        dist[v] = nd;
                        prev[v] = a;
                        heap.pushOrDecrease(v);
                    }
                }
                continue;
            }
            // S: every arc; a cell or gate: its own arcs, then only the move twins that carry flow, in arc order
            int end = u >= 2 ? moveBegin[u] : start[u + 1];
            for (int a = start[u]; a < end; a++) {
                if (rcap[a] == 0) {
                    continue;
                }
                int v = head[a];
                double reduced = cost(a) + pu - pot[v];
                double nd = du + Math.max(0, reduced);
                if (nd < dist[v]) {
                    dist[v] = nd;
                    prev[v] = a;
                    heap.pushOrDecrease(v);
                }
            }
            if (end != start[u + 1]) {
                int[] twins = activeTwins[u];
                for (int i = 0, count = activeCount[u]; i < count; i++) {
                    int a = twins[i];
                    int v = head[a];
                    double reduced = param[a] + pu - pot[v];
                    double nd = du + Math.max(0, reduced);
                    if (nd < dist[v]) {
                        dist[v] = nd;
                        prev[v] = a;
                        heap.pushOrDecrease(v);
                    }
                }
            }
        }
    }

    /** The same Dijkstra scanning every arc. */
    private void plainReducedDijkstra(double[] pot, double[] dist, int[] prev, Heap heap) {
        heap.clear();
        dist[S] = 0;
        heap.push(S);
        while (!heap.isEmpty()) {
            int u = heap.pop();
            if (u == T) {
                return;
            }
            double pu = pot[u];
            for (int a = start[u]; a < start[u + 1]; a++) {
                if (rcap[a] == 0) {
                    continue;
                }
                int v = head[a];
                double reduced = cost(a) + pu - pot[v];
                double nd = dist[u] + Math.max(0, reduced);
                if (nd < dist[v]) {
                    dist[v] = nd;
                    prev[v] = a;
                    heap.pushOrDecrease(v);
                }
            }
        }
    }

    private void augment(int[] prev) {
        int v = T;
        while (v != S) {
            int a = prev[v];
            rcap[a]--;
            rcap[rev[a]]++;
            int tail = head[rev[a]];
            if (tail >= firstEmployee && a >= moveBegin[tail]) {
                activate(v, rev[a]); // a move taken: its twin at the target cell now carries flow
            } else if (v >= firstEmployee && tail >= 2 && tail < firstEmployee && a >= moveBegin[tail]) {
                deactivate(tail, a); // a move undone: its twin at the cell carries none any more
            }
            v = tail;
        }
    }

    private void activate(int cell, int twin) {
        int[] twins = activeTwins[cell];
        int count = activeCount[cell];
        if (twins == null) {
            twins = activeTwins[cell] = new int[4];
        } else if (count == twins.length) {
            twins = activeTwins[cell] = Arrays.copyOf(twins, 2 * count);
        }
        int i = count;
        while (i > 0 && twins[i - 1] > twin) {
            twins[i] = twins[i - 1];
            i--;
        }
        twins[i] = twin;
        activeCount[cell] = count + 1;
    }

    private void deactivate(int cell, int twin) {
        int[] twins = activeTwins[cell];
        int count = activeCount[cell];
        int i = 0;
        while (twins[i] != twin) {
            i++;
        }
        System.arraycopy(twins, i + 1, twins, i, count - i - 1);
        activeCount[cell] = count - 1;
    }

    private int[] chosen() {
        int count = 0;
        int[] chosen = new int[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            if (rcap[moveArc[i]] == 0) {
                chosen[count++] = candidates[i];
            }
        }
        return Arrays.copyOf(chosen, count);
    }

    /**
     * Independent optimality check on the final residual network: Bellman-Ford (queue variant) from a virtual root
     * joined to every node by a 0-cost arc finds no negative cycle; its distances are then feasible potentials for a
     * Dijkstra from S that gives the cheapest remaining S→T path. Returns {cheapest path cost} or null when a
     * negative cycle exists.
     */
    private double[] verify() {
        double[] p = new double[n];
        int[] queue = new int[n + 1];
        boolean[] queued = new boolean[n];
        int[] enqueued = new int[n];
        int qh = 0;
        int qt = 0;
        for (int v = 0; v < n; v++) {
            queue[qt++] = v;
            queued[v] = true;
        }
        int size = n;
        while (size > 0) {
            int u = queue[qh];
            qh = qh == n ? 0 : qh + 1;
            size--;
            queued[u] = false;
            for (int a = start[u]; a < start[u + 1]; a++) {
                if (rcap[a] == 0) {
                    continue;
                }
                int v = head[a];
                double nd = p[u] + cost(a);
                if (nd < p[v] - TransferOptimizer.EPSILON) {
                    p[v] = nd;
                    if (!queued[v]) {
                        if (++enqueued[v] > n) {
                            return null;
                        }
                        queued[v] = true;
                        queue[qt] = v;
                        qt = qt == n ? 0 : qt + 1;
                        size++;
                    }
                }
            }
        }
        double[] dist = new double[n];
        Arrays.fill(dist, INF);
        int[] prev = new int[n];
        reducedDijkstra(p, dist, prev, new Heap(n, dist));
        double cheapest = dist[T] == INF ? INF : dist[T] + p[T] - p[S];
        return new double[] { cheapest };
    }

    /** Indexed binary min-heap of nodes keyed by dist. */
    private static final class Heap {
        private final int[] nodes;
        private final int[] position;
        private final double[] key;
        private int size;

        Heap(int n, double[] key) {
            nodes = new int[n];
            position = new int[n];
            Arrays.fill(position, -1);
            this.key = key;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                position[nodes[i]] = -1;
            }
            size = 0;
        }

        void push(int v) {
            nodes[size] = v;
            position[v] = size;
            up(size++);
        }

        void pushOrDecrease(int v) {
            if (position[v] < 0) {
                push(v);
            } else {
                up(position[v]);
            }
        }

        int pop() {
            int top = nodes[0];
            position[top] = -1;
            size--;
            if (size > 0) {
                nodes[0] = nodes[size];
                position[nodes[0]] = 0;
                down(0);
            }
            return top;
        }

        private void up(int i) {
            int v = nodes[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (key[nodes[parent]] <= key[v]) {
                    break;
                }
                nodes[i] = nodes[parent];
                position[nodes[i]] = i;
                i = parent;
            }
            nodes[i] = v;
            position[v] = i;
        }

        private void down(int i) {
            int v = nodes[i];
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && key[nodes[child + 1]] < key[nodes[child]]) {
                    child++;
                }
                if (key[nodes[child]] >= key[v]) {
                    break;
                }
                nodes[i] = nodes[child];
                position[nodes[i]] = i;
                i = child;
            }
            nodes[i] = v;
            position[v] = i;
        }
    }
}
