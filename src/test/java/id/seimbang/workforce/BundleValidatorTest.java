package id.seimbang.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.seimbang.system.FieldProblem;

class BundleValidatorTest {

    @TempDir
    static Path temp;

    private static CsvBundle province;
    private Map<CsvKind, List<String>> lines;

    @BeforeEach
    void copyProvince() {
        if (province == null) {
            province = CsvBundle.fromDirectory(WorkforceFixtures.province(temp.resolve("p"), 200, 30, 3));
        }
        lines = WorkforceFixtures.lines(province);
    }

    @Test
    void theBirthDateColumnMustMatchTheNip() {
        String birth = WorkforceFixtures.get(lines, CsvKind.EMPLOYEES, 4, "birth_date");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 4, "birth_date",
                java.time.LocalDate.parse(birth).minusDays(1).toString());

        assertThat(fields()).containsExactly("employees.csv:4:birth_date");
    }

    @Test
    void theTmtCpnsMonthMustMatchTheNip() {
        String cpns = WorkforceFixtures.get(lines, CsvKind.EMPLOYEES, 6, "cpns_tmt");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 6, "cpns_tmt",
                java.time.LocalDate.parse(cpns).minusMonths(1).toString());

        assertThat(fields()).contains("employees.csv:6:cpns_tmt");
    }

    @Test
    void theSexColumnMustMatchTheNipDigit() {
        String sex = WorkforceFixtures.get(lines, CsvKind.EMPLOYEES, 3, "sex");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 3, "sex", sex.equals("MALE") ? "FEMALE" : "MALE");

        assertThat(fields()).containsExactly("employees.csv:3:sex");
    }

    @Test
    void aStudyLeaveOrServiceBondStartNeedsAnEndNotBeforeIt() {
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 3, "study_leave_from", "2027-01-01");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 3, "study_leave_until", "");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 5, "service_bond_from", "2027-01-01");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 5, "service_bond_until", "2026-12-31");

        List<FieldProblem> problems = BundleValidator.validate(WorkforceFixtures.bundle(lines), WorkforceFixtures.empty(),
                WorkforceFixtures.AS_OF).problems();
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("employees.csv:3:study_leave_from", "employees.csv:5:service_bond_from");
        assertThat(problems.get(0).reason()).isEqualTo("Tanggal mulai 2027-01-01 tanpa tanggal selesai");
        assertThat(problems.get(1).reasonEn()).isEqualTo("End date 2026-12-31 is before start date 2027-01-01");
    }

    @Test
    void aBundleWrittenBeforeTheStartDateColumnsStillImports() throws Exception {
        List<String> before = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVParser.parse(String.join("\n", lines.get(CsvKind.EMPLOYEES)),
                org.apache.commons.csv.CSVFormat.DEFAULT)) {
            for (var record : parser) {
                List<String> cells = new java.util.ArrayList<>(record.toList());
                cells.remove(CsvKind.EMPLOYEES.columns().indexOf("service_bond_from"));
                cells.remove(CsvKind.EMPLOYEES.columns().indexOf("study_leave_from"));
                before.add(org.apache.commons.csv.CSVFormat.DEFAULT.format(cells.toArray()));
            }
        }
        lines.put(CsvKind.EMPLOYEES, before);

        BundleValidator.Result result = BundleValidator.validate(WorkforceFixtures.bundle(lines),
                WorkforceFixtures.empty(), WorkforceFixtures.AS_OF);
        assertThat(result.problems()).isEmpty();
        assertThat(result.parsed().employees()).hasSize(before.size() - 1)
                .allSatisfy(e -> assertThat(e.studyLeaveFrom()).isNull());
    }

    @Test
    void lineNumbersCountEmptyLines() {
        lines.get(CsvKind.EMPLOYEES).add(2, "");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 5, "talent_box", "0");

        assertThat(fields()).containsExactly("employees.csv:5:talent_box");
    }

    @Test
    void rowsMayReferToTheStoredDataInsteadOfTheBundle() {
        BundleValidator.Result whole = BundleValidator.validate(province, WorkforceFixtures.empty(),
                WorkforceFixtures.AS_OF);
        Workforce stored = new Workforce(whole.parsed().kabupaten(), whole.parsed().instansi(), whole.parsed().units(),
                whole.parsed().positions(), whole.parsed().cells(), List.of(), List.of());
        lines.keySet().retainAll(List.of(CsvKind.EMPLOYEES));

        assertThat(BundleValidator.validate(WorkforceFixtures.bundle(lines), stored, WorkforceFixtures.AS_OF)
                .problems()).isEmpty();
        assertThat(BundleValidator.validate(WorkforceFixtures.bundle(lines), WorkforceFixtures.empty(),
                WorkforceFixtures.AS_OF).problems()).isNotEmpty();
    }

    @Test
    void reportsDuplicatesEnumsRangesDatesAndMissingColumns() {
        lines.get(CsvKind.UNITS).add(lines.get(CsvKind.UNITS).get(1));
        WorkforceFixtures.set(lines, CsvKind.UNITS, 2, "sector", "SPACE");
        WorkforceFixtures.set(lines, CsvKind.UNITS, 3, "latitude", "-91");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 2, "talent_box", "10");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 5, "position_tmt", "1950-01-01");
        WorkforceFixtures.set(lines, CsvKind.SKP, 2, "year", "1890");
        lines.get(CsvKind.SANCTIONS).set(0, "nip,level,from");

        assertThat(fields()).containsExactlyInAnyOrder(
                "units.csv:" + lines.get(CsvKind.UNITS).size() + ":code",
                "units.csv:2:sector", "units.csv:3:latitude", "employees.csv:2:talent_box",
                "employees.csv:5:position_tmt", "skp.csv:2:year", "sanctions.csv:1:until");
    }

    private List<String> fields() {
        return BundleValidator.validate(WorkforceFixtures.bundle(lines), WorkforceFixtures.empty(),
                WorkforceFixtures.AS_OF).problems().stream().map(FieldProblem::field).toList();
    }
}
