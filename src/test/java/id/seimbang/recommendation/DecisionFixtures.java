package id.seimbang.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.PositionType;
import id.seimbang.workforce.RequestReason;
import id.seimbang.workforce.Scope;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Sex;
import id.seimbang.workforce.SkpAppraisal;
import id.seimbang.workforce.SkpPredicate;
import id.seimbang.workforce.TransferRequest;
import id.seimbang.workforce.Unit;

/**
 * A small hand-computable region: one instansi in Kota Bengkulu with a finance unit in surplus and two in
 * deficit, a health unit, and a unit on Pulau Enggano. Gaps with E = 1250: A +3, B −2, C −1, FAR 0.
 */
final class DecisionFixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    static final Position ANALIS = new Position("ANALIS_KEUANGAN_AP", "Analis Keuangan Ahli Pertama",
            PositionType.FUNGSIONAL, "AHLI_PERTAMA", "FINANCE", EducationLevel.S1, Set.of("AKUNTANSI", "EKONOMI"),
            false);
    static final Position PERAWAT = new Position("PERAWAT_AP", "Perawat Ahli Pertama", PositionType.FUNGSIONAL,
            "AHLI_PERTAMA", "HEALTH", EducationLevel.S1, Set.of("KEPERAWATAN"), false);

    static final Unit A = unit("U-A", "BPKAD Kota", Sector.FINANCE, -3.80, 102.27, "SUMATERA");
    static final Unit B = unit("U-B", "Bapenda Kota", Sector.FINANCE, -3.79, 102.26, "SUMATERA");
    static final Unit C = unit("U-C", "Inspektorat Kota", Sector.FINANCE, -3.81, 102.28, "SUMATERA");
    static final Unit HEALTH = unit("U-H", "Dinas Kesehatan Kota", Sector.HEALTH, -3.80, 102.26, "SUMATERA");
    static final Unit FAR = new Unit("U-FAR", "UPT Pendapatan Enggano", "KOTA-1771", "1703", Sector.FINANCE, -5.35,
            102.27, "ENGGANO", true);

    private DecisionFixtures() {
    }

    private static Unit unit(String code, String name, Sector sector, double lat, double lon, String island) {
        return new Unit(code, name, "KOTA-1771", "1771", sector, lat, lon, island, true);
    }

    static Employee accountant(String nip) {
        return employee(nip, AS_OF.minusYears(3), SkpPredicate.BAIK);
    }

    static Employee employee(String nip, LocalDate positionTmt, SkpPredicate lastSkp) {
        List<SkpAppraisal> skp = new ArrayList<>(IntStream.rangeClosed(2019, 2024)
                .mapToObj(y -> new SkpAppraisal(y, SkpPredicate.BAIK)).toList());
        skp.add(new SkpAppraisal(2025, lastSkp));
        return new Employee(nip, "Pegawai " + nip.substring(14), EmploymentStatus.PNS, "III/a", "U-A",
                ANALIS.code(), positionTmt, LocalDate.of(2012, 3, 1), LocalDate.of(1988, 4, 10), Sex.MALE,
                EducationLevel.S1, "AKUNTANSI", Set.of(), skp, List.of(), false, null, null, null, null, "1771", -3.80, 102.27,
                "SUMATERA", null, false, null);
    }

    static DecisionInputs inputs(Employee employee, List<TransferRequest> requests) {
        return new DecisionInputs(employee, requests, AS_OF, Scope.INSTANSI, 10, List.of(A, B, C, FAR, HEALTH),
                List.of(ANALIS, PERAWAT), List.of(
                        new CellFacts("U-A", ANALIS.code(), 2500, 5),      // N 2, g +3
                        new CellFacts("U-B", ANALIS.code(), 6250, 3),      // N 5, g −2
                        new CellFacts("U-C", ANALIS.code(), 5000, 3),      // N 4, g −1
                        new CellFacts("U-FAR", ANALIS.code(), 2500, 2),    // N 2, g 0
                        new CellFacts("U-H", PERAWAT.code(), 12500, 4)));  // N 10, g −6, but a nurse's post
    }

    static TransferRequest requestFor(Employee employee, Unit unit) {
        return new TransferRequest(employee.nip(), unit.code(), null, RequestReason.FAMILY, AS_OF.minusMonths(2));
    }
}
