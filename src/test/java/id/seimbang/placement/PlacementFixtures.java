package id.seimbang.placement;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.Position;
import id.seimbang.workforce.PositionType;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Sex;
import id.seimbang.workforce.SkpAppraisal;
import id.seimbang.workforce.SkpPredicate;
import id.seimbang.workforce.Unit;

/** The shipped placement tables compiled the way the policy snapshot compiles them, plus small facts. */
final class PlacementFixtures {

    static final Path PLACEMENT_DMN = Path.of("decision-tables", "placement.dmn");

    /** Kota Bengkulu and Kabupaten Rejang Lebong are on Sumatra; Kota Ternate is not. */
    static final String KOTA = "1771";
    static final String REJANG_LEBONG = "1702";
    static final String TERNATE = "8271";

    private static PlacementEvaluator shared;

    private PlacementFixtures() {
    }

    static String shippedXml() {
        try {
            return Files.readString(PLACEMENT_DMN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new evaluator over the shipped file (fresh memo and counters). */
    static PlacementEvaluator newEvaluator() {
        return evaluatorFor(shippedXml());
    }

    /** One evaluator shared by tests that do not look at counters: compiling takes most of a second. */
    static synchronized PlacementEvaluator sharedEvaluator() {
        if (shared == null) {
            shared = newEvaluator();
        }
        return shared;
    }

    static PlacementEvaluator evaluatorFor(String xml) {
        return PlacementEvaluator.forRuntime(runtime(xml), PlacementProperties.DEFAULTS.memoSize());
    }

    static DMNRuntime runtime(String xml) {
        Resource resource = ResourceFactory.newReaderResource(new StringReader(xml));
        resource.setSourcePath("decision-tables/placement.dmn");
        return DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(resource))
                .getOrElseThrow(e -> new IllegalStateException("placement.dmn does not compile", e));
    }

    static DMNModel model(DMNRuntime runtime) {
        return runtime.getModel(PlacementEvaluator.MODEL_NAMESPACE, PlacementEvaluator.MODEL_NAME);
    }

    static Unit unit(String code, Sector sector, String kabupaten, double lat, double lon, String island) {
        return new Unit(code, code, "PROV", kabupaten, sector, lat, lon, island, true);
    }

    static Unit dinasKesehatan() {
        return unit("DINKES", Sector.HEALTH, KOTA, -3.7956, 102.2592, "SUMATRA");
    }

    static Unit bpkad() {
        return unit("BPKAD", Sector.FINANCE, KOTA, -3.7900, 102.2650, "SUMATRA");
    }

    static Unit diskominfo() {
        return unit("DISKOMINFO", Sector.DIGITAL, KOTA, -3.8000, 102.2700, "SUMATRA");
    }

    static Unit sdNegeri() {
        return unit("SDN-01", Sector.EDUCATION, KOTA, -3.8100, 102.2800, "SUMATRA");
    }

    static Unit sekretariat() {
        return unit("SETDA", Sector.GENERAL_ADMINISTRATION, KOTA, -3.7930, 102.2610, "SUMATRA");
    }

    static Position position(String code, String jobFamily, boolean strategic) {
        return new Position(code, code, PositionType.FUNGSIONAL, "AHLI_PERTAMA", jobFamily, EducationLevel.S1,
                Set.of(), strategic);
    }

    static EmployeeBuilder employee(String educationField) {
        return new EmployeeBuilder(educationField);
    }

    /** Defaults: lives in Kota Bengkulu on Sumatra, SKP Baik, no talent box, no spouse, no health reason. */
    static final class EmployeeBuilder {
        private final String educationField;
        private Set<String> competencies = Set.of();
        private String homeKabupaten = KOTA;
        private double lat = -3.80;
        private double lon = 102.27;
        private String island = "SUMATRA";
        private String spouseKabupaten;
        private boolean healthReason;
        private List<SkpAppraisal> skp = List.of(new SkpAppraisal(2024, SkpPredicate.BAIK),
                new SkpAppraisal(2025, SkpPredicate.BAIK));
        private Integer talentBox;

        private EmployeeBuilder(String educationField) {
            this.educationField = educationField;
        }

        EmployeeBuilder competencies(String... codes) {
            competencies = Set.of(codes);
            return this;
        }

        EmployeeBuilder home(String kabupaten, double latitude, double longitude, String homeIsland) {
            homeKabupaten = kabupaten;
            lat = latitude;
            lon = longitude;
            island = homeIsland;
            return this;
        }

        EmployeeBuilder spouseIn(String kabupaten) {
            spouseKabupaten = kabupaten;
            return this;
        }

        EmployeeBuilder healthReason() {
            healthReason = true;
            return this;
        }

        EmployeeBuilder latestSkp(SkpPredicate predicate) {
            skp = List.of(new SkpAppraisal(2024, SkpPredicate.BAIK), new SkpAppraisal(2025, predicate));
            return this;
        }

        EmployeeBuilder noSkp() {
            skp = List.of();
            return this;
        }

        EmployeeBuilder talentBox(Integer box) {
            talentBox = box;
            return this;
        }

        Employee build() {
            return new Employee("199001012015031001", "Pegawai Uji", EmploymentStatus.PNS, "III/b", "OLD", "OLD-POS",
                    LocalDate.of(2020, 1, 1), LocalDate.of(2015, 3, 1), LocalDate.of(1990, 1, 1), Sex.MALE,
                    EducationLevel.S1, educationField, competencies, skp, List.of(), false, null, null, null, null,
                    homeKabupaten, lat, lon, island, spouseKabupaten, healthReason, talentBox);
        }
    }
}
