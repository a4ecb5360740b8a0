package id.seimbang.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.seimbang.workforce.CellKey;

class RegionBalanceTest {

    private final WorkloadModel model = new WorkloadModel(1000, EjGradeBands.DEFAULT);

    @Test
    void listsTheWorstSurplusAndDeficitCellsFirstAndSumsTheSquaredGaps() {
        List<CellBalance> cells = List.of(
                cell("U1", 3000, 5),   // gap +2
                cell("U2", 3000, 9),   // gap +6
                cell("U3", 5000, 1),   // gap -4
                cell("U4", 2000, 2),   // gap 0
                cell("U5", 4000, 3));  // gap -1

        RegionBalance region = RegionBalance.of(cells, 1);

        assertThat(region.imbalance()).isEqualTo(4 + 36 + 16 + 0 + 1);
        assertThat(region.cells()).isEqualTo(5);
        assertThat(region.worstSurplus()).extracting(c -> c.cell().unitCode()).containsExactly("U2");
        assertThat(region.worstDeficit()).extracting(c -> c.cell().unitCode()).containsExactly("U3");
        assertThat(RegionBalance.of(cells, 10).worstDeficit()).extracting(c -> c.cell().unitCode())
                .containsExactly("U3", "U5");
    }

    @Test
    void settingsBuildTheModelWithTheirGradeBands() {
        BalanceSettings settings = new BalanceSettings();
        settings.getGradeBands().setB(0.81);

        WorkloadModel configured = settings.model(1000);

        assertThat(configured.need(2500)).isEqualTo(2.5);
        assertThat(configured.bands().grade(0.85)).isEqualTo(EjGrade.B);
        assertThat(new BalanceSettings().model(1250).bands()).isEqualTo(EjGradeBands.DEFAULT);
    }

    private CellBalance cell(String unit, double workload, int staff) {
        return model.balance(new CellKey(unit, "P"), workload, staff);
    }
}
