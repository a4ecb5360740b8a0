package id.seimbang.plan;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.seimbang.workforce.CellKey;

/**
 * A plan of temporary assignments over one period (issue 20 point 2), as the same flow problem as a transfer plan
 * (architecture §4). During the period an assigned employee's hours leave the home cell and reach the target cell,
 * so the period's cells have the gaps g = B − N of the period and the objective is the same convex
 * Σ_c (g_c + in_c − out_c)² + Σ (moveCost + penalty); the exact min-cost flow ({@link TransferOptimizer}) and its
 * evidence apply unchanged.
 *
 * <p>The home-cell floor of the policy ({@code temporary.home-min-share}, rule TEMP-SEL-ASAL) is an outflow cap:
 * a cell with staff B and need N keeps at least share × N of its own staff, so at most ⌊B − share × N⌋ of them may be
 * assigned away. Like the rule, it counts the cell's own staff only (an assignment into the cell does not allow
 * another one out of it), so every plan within the caps keeps every home cell at or above its floor whatever else is
 * assigned. Staff away on running assignments of other plans ({@code id.seimbang.temporary.RunningAssignment}) on
 * some day of the period do not stay either: the cap is ⌊B − away − share × N⌋. Their hours also move for the days
 * they run: the period's gap of each cell is B − N + shift, the shift being −d/n at the home cell and +d/n at the target
 * for an assignment running on d of the period's n days ({@code RunningAssignment.shiftOverPeriod}). Pure: no Spring,
 * no database.
 */
final class TemporaryPeriod {

    /** Tolerance of the floor: a cell exactly at share × N (up to rounding of the need) is at the floor, not below. */
    static final double FLOOR_TOLERANCE = 1e-9;

    private TemporaryPeriod() {
    }

    /**
     * A formation cell during the period: its staff B, its need N = W / E, the most of its staff away on one day of
     * the period on running assignments of other plans (they lower its floor cap) and the shift of its gap by those
     * assignments over the period (negative at a home cell, positive at a target).
     */
    record Cell(CellKey key, int staff, double need, int runningAway, double shift) {
        Cell {
            Objects.requireNonNull(key, "key");
            if (staff < 0 || !(need >= 0) || !Double.isFinite(need) || runningAway < 0 || runningAway > staff
                    || !Double.isFinite(shift)) {
                throw new IllegalArgumentException("cell " + key + ": staff " + staff + ", need " + need
                        + ", running away " + runningAway + ", shift " + shift);
            }
        }

        Cell(CellKey key, int staff, double need, int runningAway) {
            this(key, staff, need, runningAway, 0);
        }

        Cell(CellKey key, int staff, double need) {
            this(key, staff, need, 0, 0);
        }

        /** The cell's gap over the period before any new assignment: B − N + shift. */
        double gap() {
            return staff - need + shift;
        }
    }

    /** How many of a cell's staff may be assigned away: the largest k with B − k ≥ share × N, at least 0. */
    static int floorCap(int staff, double need, double homeMinShare) {
        if (!(homeMinShare >= 0 && homeMinShare <= 1)) {
            throw new IllegalArgumentException("home minimum share must be between 0 and 1, got " + homeMinShare);
        }
        return Math.max(0, Math.min(staff, (int) Math.floor(staff - homeMinShare * need + FLOOR_TOLERANCE)));
    }

    /**
     * The period's problem: gaps of the period's cells, the allowed temporary assignments (cost = moveCost + fit
     * penalty), outflow caps = the smaller of the floor cap and {@code otherCaps} (e.g. a planner's maximum outflow
     * share; null or missing: none), and an optional maximum number of assignments.
     */
    static PlanProblem problem(List<Cell> cells, List<CandidateMove> assignments, double homeMinShare,
            Map<CellKey, Integer> otherCaps, Integer maxMoves) {
        Map<CellKey, Double> gaps = new LinkedHashMap<>();
        Map<CellKey, Integer> caps = new HashMap<>();
        for (Cell cell : cells) {
            if (gaps.put(cell.key(), cell.gap()) != null) {
                throw new IllegalArgumentException("cell " + cell.key() + " given twice");
            }
            int cap = floorCap(cell.staff() - cell.runningAway(), cell.need(), homeMinShare);
            Integer other = otherCaps == null ? null : otherCaps.get(cell.key());
            caps.put(cell.key(), other == null ? cap : Math.min(cap, other));
        }
        return new PlanProblem(gaps, assignments, caps, maxMoves);
    }
}
