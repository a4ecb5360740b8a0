package id.seimbang.plan;

import static id.seimbang.plan.PlanFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MoveCyclesTest {

    @Test
    void dropsASwapAndARingButKeepsChains() {
        CandidateMove chainAB = move("a1", "A", "B", 0.1);
        CandidateMove chainBC = move("b1", "B", "C", 0.1);
        List<CandidateMove> plan = List.of(chainAB, chainBC, move("d1", "D", "E", 0), move("e1", "E", "D", 0),
                move("f1", "F", "G", 0), move("g1", "G", "H", 0), move("h1", "H", "F", 0));

        assertThat(MoveCycles.withoutCycles(plan)).containsExactly(chainAB, chainBC);
    }

    @Test
    void keepsTheRestOfACellWhenOnlyPartOfItsMovesFormACycle() {
        CandidateMove out = move("a2", "A", "C", 0);
        List<CandidateMove> plan = List.of(move("a1", "A", "B", 0), out, move("b1", "B", "A", 0));

        assertThat(MoveCycles.withoutCycles(plan)).containsExactly(out);
    }
}
