package id.seimbang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.seimbang.tools.ProvinceGenerator;

class ProvinceGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void sameSeedGivesByteIdenticalFiles() {
        Path a = WorkforceFixtures.province(temp.resolve("a"), 400, 40, 7);
        Path b = WorkforceFixtures.province(temp.resolve("b"), 400, 40, 7);
        Path c = WorkforceFixtures.province(temp.resolve("c"), 400, 40, 8);

        for (CsvKind kind : CsvKind.values()) {
            if (kind == CsvKind.ABK_PERIODS || kind == CsvKind.SURGES) {
                // dated workload (issue 20) is optional and the generator writes none
                assertThat(a.resolve(kind.fileName())).doesNotExist();
                continue;
            }
            assertThat(WorkforceFixtures.read(a.resolve(kind.fileName())))
                    .as(kind.fileName()).isEqualTo(WorkforceFixtures.read(b.resolve(kind.fileName())));
        }
        assertThat(WorkforceFixtures.read(a.resolve("employees.csv")))
                .isNotEqualTo(WorkforceFixtures.read(c.resolve("employees.csv")));
    }

    @Test
    void writesAValidProvinceOfTheRequestedSize() {
        Path dir = WorkforceFixtures.province(temp.resolve("p"), 2000, 150, 42);

        BundleValidator.Result result = BundleValidator.validate(CsvBundle.fromDirectory(dir),
                WorkforceFixtures.empty(), WorkforceFixtures.AS_OF);

        assertThat(result.problems()).isEmpty();
        BundleValidator.Parsed p = result.parsed();
        assertThat(p.employees()).hasSize(2000);
        assertThat(p.units()).hasSize(150);
        assertThat(p.kabupaten()).hasSize(10);
        assertThat(p.instansi()).hasSize(11);
        assertThat(p.units()).anySatisfy(u -> assertThat(u.island()).isEqualTo("ENGGANO"));
        Map<String, Long> unitsPerKabupaten = p.units().stream()
                .collect(Collectors.groupingBy(Unit::kabupatenCode, Collectors.counting()));
        assertThat(unitsPerKabupaten).hasSize(10).allSatisfy((k, n) -> assertThat(n).isGreaterThan(5));
        assertThat(p.employees()).extracting(Employee::status).contains(EmploymentStatus.PNS, EmploymentStatus.PPPK,
                EmploymentStatus.CPNS);
        assertThat(p.sanctions()).isNotEmpty();
        assertThat(p.requests()).isNotEmpty();
        assertThat(p.cells()).allSatisfy(c -> assertThat(c.workloadHours() % 1).isZero());
    }
}
