package id.seimbang.plan;

import static id.seimbang.plan.PlanFixtures.cell;
import static id.seimbang.plan.PlanFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The shortcuts of {@link ComponentFlow}'s Dijkstra (move twins without flow not visited, class-mates without a move
 * scanned once) skip only relaxations that cannot change a label: with and without them every component gives the
 * same chosen moves, augmentations and evidence, on random instances and on temporary-assignment instances where
 * many employees share a home cell, a fit penalty and their targets.
 */
class ComponentFlowShortcutsTest {

    @Test
    void randomInstancesGiveTheSameFlowWithAndWithoutShortcuts() {
        Random random = new Random(2020);
        for (int round = 0; round < 400; round++) {
            PlanProblem problem = PlanFixtures.smallRandom(random, round % 2 == 0, false);
            assertSameFlow(problem, round % 3 == 0 ? 0.7 : 0);
        }
    }

    @Test
    void provinceShapedInstancesGiveTheSameFlow() {
        for (long seed = 1; seed <= 3; seed++) {
            assertSameFlow(PlanFixtures.province(seed, 3000, 300, 6, 600, 40), 0);
        }
    }

    @Test
    void temporaryAssignmentsWithManyClassMatesGiveTheSameFlow() {
        Random random = new Random(20);
        long skipped = 0;
        for (int round = 0; round < 30; round++) {
            PlanProblem problem = campaign(random, 8 + random.nextInt(20), 5 + random.nextInt(20), 3 + random.nextInt(6));
            skipped += assertSameFlow(problem, 0);
        }
        assertThat(skipped).as("class-mate scans skipped").isGreaterThan(100);
    }

    /**
     * A campaign: home cells with several staff (units H0…), target cells in other units (T0…); every employee may go
     * to every target at 1 + a penalty of 0, 1 or 2, so employees of one home cell with one penalty are class-mates;
     * the home floor at share 0.75 as caps.
     */
    private static PlanProblem campaign(Random random, int homes, int targets, int maxStaff) {
        List<TemporaryPeriod.Cell> cells = new ArrayList<>();
        List<CandidateMove> moves = new ArrayList<>();
        for (int h = 0; h < homes; h++) {
            int staff = 1 + random.nextInt(maxStaff);
            cells.add(new TemporaryPeriod.Cell(cell("H" + h), staff, random.nextInt(8000) / PlanFixtures.E));
            for (int e = 0; e < staff; e++) {
                double cost = 1 + random.nextInt(3);
                for (int t = 0; t < targets; t++) {
                    moves.add(move("h" + h + "e" + e, "H" + h, "T" + t, cost));
                }
            }
        }
        for (int t = 0; t < targets; t++) {
            cells.add(new TemporaryPeriod.Cell(cell("T" + t), random.nextInt(3), random.nextInt(12000) / PlanFixtures.E));
        }
        return TemporaryPeriod.problem(cells, moves, 0.75, null, null);
    }

    /** Solves every component both ways, asserts the same outcome and returns how many scans the shortcut skipped. */
    private static long assertSameFlow(PlanProblem problem, double lambda) {
        IndexedProblem p = IndexedProblem.of(problem);
        Decomposition d = new Decomposition(p);
        long skipped = 0;
        for (Decomposition.Component comp : d.components) {
            ComponentFlow withShortcuts = new ComponentFlow(p, comp, d, lambda, true);
            ComponentFlow.Result fast = withShortcuts.solve(() -> false);
            ComponentFlow.Result plain = new ComponentFlow(p, comp, d, lambda, false).solve(() -> false);
            assertThat(fast.chosen()).isEqualTo(plain.chosen());
            assertThat(fast.augmentations()).isEqualTo(plain.augmentations());
            assertThat(fast.noNegativeCycle()).isEqualTo(plain.noNegativeCycle());
            assertThat(fast.cheapestRemainingPath()).isEqualTo(plain.cheapestRemainingPath());
            skipped += withShortcuts.skippedScans();
        }
        return skipped;
    }
}
