package id.seimbang.placement;

import static id.seimbang.placement.PlacementFixtures.KOTA;
import static id.seimbang.placement.PlacementFixtures.REJANG_LEBONG;
import static id.seimbang.placement.PlacementFixtures.TERNATE;
import static id.seimbang.placement.PlacementFixtures.employee;
import static id.seimbang.placement.PlacementFixtures.position;
import static id.seimbang.placement.PlacementFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.seimbang.workforce.Employee;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.RequestReason;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.SkpPredicate;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;

/** One employee towards many targets gives, target by target, what the evaluator gives for that pair. */
class EmployeePlacementTest {

    @Test
    void everyTargetGetsTheResultOfItsOwnInput() {
        List<Unit> units = new ArrayList<>();
        String[] kabupaten = {KOTA, REJANG_LEBONG, TERNATE};
        String[] islands = {"SUMATRA", "SUMATRA", "TERNATE"};
        int n = 0;
        for (Sector sector : Sector.values()) {
            for (int k = 0; k < kabupaten.length; k++) {
                for (double km : new double[] {0.0, 0.4, 1.2}) {
                    units.add(unit("U" + n++, sector, kabupaten[k], -3.8 + km, 102.26 + km, islands[k]));
                }
            }
        }
        List<Position> positions = List.of(position("PERAWAT", "HEALTH", false), position("ANALIS_KEU", "FINANCE", false),
                position("KABAG", "ADMINISTRATION", true), position("GURU", "EDUCATION", false));
        List<Employee> employees = List.of(
                employee("KEPERAWATAN").build(),
                employee("AKUNTANSI").spouseIn(REJANG_LEBONG).healthReason().build(),
                employee("HUKUM").latestSkp(SkpPredicate.SANGAT_BAIK).talentBox(9).build());
        PlacementEvaluator evaluator = PlacementFixtures.sharedEvaluator();

        for (Employee e : employees) {
            List<TransferRequest> requests = List.of(new TransferRequest(e.nip(), "U4", null, RequestReason.FAMILY,
                    LocalDate.of(2026, 1, 5)), new TransferRequest(e.nip(), "U30", "GURU", RequestReason.PERSONAL,
                    LocalDate.of(2026, 2, 5)));
            EmployeePlacement placement = new EmployeePlacement(e, requests, evaluator);
            for (Unit unit : units) {
                for (Position position : positions) {
                    PlacementInput own = PlacementInput.of(e, unit, position,
                            PlacementInput.requested(requests, unit, position));
                    assertThat(placement.towards(unit, position)).as("%s → %s/%s", e.educationField(), unit.code(),
                            position.code()).isEqualTo(evaluator.evaluate(own));
                }
            }
        }
    }
}
