package id.seimbang.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class GreedyPlannerTest {

    private final GreedyPlanner greedy = new GreedyPlanner();

    @Test
    void heapGreedyTakesTheSameMovesAsTheNaiveRescan() {
        Random random = new Random(7_101);
        for (int round = 0; round < 500; round++) {
            PlanProblem problem = PlanFixtures.smallRandom(random, random.nextBoolean(), random.nextBoolean());
            GreedyPlan plan = greedy.solve(problem);
            assertThat(plan.moves()).as("round %d", round).isEqualTo(BruteForcePlanner.naiveGreedy(problem));
            assertThat(PlanChecks.violations(problem, plan.moves())).isEmpty();
            assertThat(plan.objective()).isCloseTo(problem.objectiveOf(plan.moves()), within(1e-9));
            assertThat(plan.objective()).isLessThanOrEqualTo(plan.imbalanceBefore() + 1e-9);
        }
    }

    @Test
    void breaksTiesByEmployeeIdThenCells() {
        PlanProblem problem = new PlanProblem(PlanFixtures.gaps("A", 1, "B", 1, "C", -1),
                List.of(PlanFixtures.move("e2", "B", "C", 0), PlanFixtures.move("e1", "A", "C", 0)));

        assertThat(greedy.solve(problem).moves()).containsExactly(PlanFixtures.move("e1", "A", "C", 0));
    }

    @Test
    void stopsAtTheMaximumNumberOfMoves() {
        PlanProblem problem = new PlanProblem(PlanFixtures.gaps("A", 3, "B", -3),
                List.of(PlanFixtures.move("a1", "A", "B", 0), PlanFixtures.move("a2", "A", "B", 0),
                        PlanFixtures.move("a3", "A", "B", 0)), Map.of(), 2);

        assertThat(greedy.solve(problem).moves()).hasSize(2);
    }
}
