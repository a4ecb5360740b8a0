package id.seimbang.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.seimbang.workforce.CellKey;

class WorkloadModelTest {

    private final WorkloadModel model = new WorkloadModel(1250, EjGradeBands.DEFAULT);

    @Test
    void needIsWorkloadOverEffectiveHours() {
        CellBalance cell = model.balance(new CellKey("U1", "P1"), 6250, 8);
        assertThat(cell.need()).isEqualTo(5.0);
        assertThat(cell.gap()).isEqualTo(3.0);
        assertThat(cell.ej()).isCloseTo(0.625, within(1e-12));
        assertThat(cell.grade()).isEqualTo(EjGrade.D);
    }

    @Test
    void unstaffedCellWithWorkloadIsMarked() {
        CellBalance cell = model.balance(new CellKey("U1", "P1"), 2500, 0);
        assertThat(cell.ej()).isNull();
        assertThat(cell.grade()).isEqualTo(EjGrade.UNSTAFFED);
        assertThat(cell.gap()).isEqualTo(-2.0);
    }

    @ParameterizedTest
    @CsvSource({ "1.01,A", "1.00,B", "0.90,B", "0.89,C", "0.70,C", "0.69,D", "0.50,D", "0.49,E" })
    void gradeBandsFollowTheDesign(double ej, EjGrade expected) {
        assertThat(EjGradeBands.DEFAULT.grade(ej)).isEqualTo(expected);
    }

    @Test
    void gainOfHandComputedMove() {
        // surplus 3 → deficit −2: I goes from 9+4=13 to 4+1=5, a gain of 8 = 2(3−(−2))−2
        assertThat(WorkloadModel.gain(3, -2)).isEqualTo(8.0);
        assertThat(WorkloadModel.gain(0, 0)).isEqualTo(-2.0);
    }

    /** Property: the closed-form gain equals the recomputed drop of Σg² for random regions and moves. */
    @Test
    void gainEqualsRecomputedImbalanceDifference() {
        Random random = new Random(20261126);
        for (int round = 0; round < 2000; round++) {
            int size = 2 + random.nextInt(8);
            List<CellBalance> before = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                before.add(model.balance(new CellKey("U" + i, "P"), random.nextInt(40_000), random.nextInt(30)));
            }
            int from = random.nextInt(size);
            int to = (from + 1 + random.nextInt(size - 1)) % size;
            List<CellBalance> after = new ArrayList<>(before);
            CellBalance a = before.get(from);
            CellBalance b = before.get(to);
            after.set(from, model.balance(a.cell(), a.workloadHours(), a.staff() - 1));
            after.set(to, model.balance(b.cell(), b.workloadHours(), b.staff() + 1));

            double recomputed = WorkloadModel.imbalance(before) - WorkloadModel.imbalance(after);
            assertThat(WorkloadModel.gain(a.gap(), b.gap())).isCloseTo(recomputed, within(1e-6));
        }
    }
}
