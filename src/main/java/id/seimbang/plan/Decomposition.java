package id.seimbang.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the move graph into connected components (cells joined by a candidate move). Moves of different
 * components never share a cell, so the objective is a sum over components and each is solved alone.
 */
final class Decomposition {

    /** One component: its cells, candidates (ascending, hence grouped by employee) and employees (ascending). */
    record Component(int[] cells, int[] candidates, int[] employees) {
    }

    final List<Component> components;
    /** Index of each cell within its component (−1 for cells no move touches). */
    final int[] localCell;
    /** Index of each employee within its component. */
    final int[] localEmployee;

    Decomposition(IndexedProblem p) {
        int n = p.cells.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < p.from.length; k++) {
            int a = find(parent, p.from[k]);
            int b = find(parent, p.to[k]);
            if (a != b) {
                // Union by smaller index keeps the root deterministic.
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] componentOfRoot = new int[n];
        Arrays.fill(componentOfRoot, -1);
        boolean[] touched = new boolean[n];
        for (int k = 0; k < p.from.length; k++) {
            touched[p.from[k]] = true;
            touched[p.to[k]] = true;
        }
        List<IntList> cells = new ArrayList<>();
        localCell = new int[n];
        Arrays.fill(localCell, -1);
        for (int c = 0; c < n; c++) {
            if (!touched[c]) {
                continue;
            }
            int root = find(parent, c);
            if (componentOfRoot[root] < 0) {
                componentOfRoot[root] = cells.size();
                cells.add(new IntList());
            }
            IntList list = cells.get(componentOfRoot[root]);
            localCell[c] = list.size;
            list.add(c);
        }
        List<IntList> candidates = new ArrayList<>();
        List<IntList> employees = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            candidates.add(new IntList());
            employees.add(new IntList());
        }
        localEmployee = new int[p.employees];
        for (int k = 0; k < p.from.length; k++) {
            int comp = componentOfRoot[find(parent, p.from[k])];
            candidates.get(comp).add(k);
            IntList emps = employees.get(comp);
            int e = p.employee[k];
            if (emps.size == 0 || emps.data[emps.size - 1] != e) {
                localEmployee[e] = emps.size;
                emps.add(e);
            }
        }
        List<Component> result = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            result.add(new Component(cells.get(i).toArray(), candidates.get(i).toArray(), employees.get(i).toArray()));
        }
        components = List.copyOf(result);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** A growable int array, to avoid boxing millions of candidate indices. */
    static final class IntList {
        int[] data = new int[8];
        int size;

        void add(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
