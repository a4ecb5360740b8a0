package id.seimbang.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.seimbang.workforce.CellKey;

/**
 * Removes cycles of moves (A→B and B→A, or longer rings). A cycle leaves every gap unchanged, so dropping it
 * never raises the objective and keeps every constraint; in an optimal plan such cycles cost exactly 0 and only
 * appear when moves are free, but a plan should never ask people to swap places for nothing.
 */
final class MoveCycles {

    private MoveCycles() {
    }

    static List<CandidateMove> withoutCycles(List<CandidateMove> moves) {
        List<CandidateMove> plan = moves;
        while (true) {
            List<Integer> cycle = findCycle(plan);
            if (cycle.isEmpty()) {
                return plan;
            }
            List<CandidateMove> kept = new ArrayList<>(plan);
            cycle.stream().sorted((x, y) -> y - x).forEach(i -> kept.remove((int) i));
            plan = kept;
        }
    }

    /** Indices of the moves of one directed cycle over cells, or empty. Deterministic for a given move order. */
    private static List<Integer> findCycle(List<CandidateMove> moves) {
        Map<CellKey, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < moves.size(); i++) {
            out.computeIfAbsent(moves.get(i).from(), c -> new ArrayList<>()).add(i);
        }
        Map<CellKey, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: finished
        for (CandidateMove root : moves) {
            if (state.containsKey(root.from())) {
                continue;
            }
            List<CellKey> cells = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            List<Integer> path = new ArrayList<>();
            cells.add(root.from());
            next.add(0);
            state.put(root.from(), 1);
            while (!cells.isEmpty()) {
                int top = cells.size() - 1;
                CellKey cell = cells.get(top);
                List<Integer> edges = out.getOrDefault(cell, List.of());
                if (next.get(top) == edges.size()) {
                    state.put(cell, 2);
                    cells.remove(top);
                    next.remove(top);
                    if (!path.isEmpty()) {
                        path.remove(path.size() - 1);
                    }
                    continue;
                }
                int edge = edges.get(next.get(top));
                next.set(top, next.get(top) + 1);
                CellKey target = moves.get(edge).to();
                Integer seen = state.get(target);
                if (seen == null) {
                    state.put(target, 1);
                    cells.add(target);
                    next.add(0);
                    path.add(edge);
                } else if (seen == 1) {
                    List<Integer> cycle = new ArrayList<>(path.subList(cells.indexOf(target), path.size()));
                    cycle.add(edge);
                    return cycle;
                }
            }
        }
        return List.of();
    }
}
