package id.seimbang.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

import id.seimbang.system.DomainException;
import id.seimbang.system.FieldProblem;

/** Import against a real (in-memory H2) database: all-or-nothing, idempotent, counted. Runs in order. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:importer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "seimbang.sample-data.load-on-empty=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkforceImporterIntegrationTest {

    private static final List<String> TABLES = List.of("kabupaten", "instansi", "unit", "position", "formation_cell",
            "employee", "skp_appraisal", "sanction", "transfer_request");

    @TempDir
    static Path temp;

    static CsvBundle province;

    @Autowired
    WorkforceImporter importer;

    @Autowired
    WorkforceService service;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Events events;

    @BeforeAll
    static void generate() {
        province = CsvBundle.fromDirectory(WorkforceFixtures.province(temp.resolve("p"), 300, 30, 11));
    }

    @Test
    @Order(1)
    void aBundleWithThreeBadRowsIsRejectedWithAllThreeListedAndNothingWritten() {
        Map<CsvKind, List<String>> lines = WorkforceFixtures.lines(province);
        String sex = WorkforceFixtures.get(lines, CsvKind.EMPLOYEES, 7, "sex");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 7, "sex", sex.equals("MALE") ? "FEMALE" : "MALE");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 12, "unit_code", "1771-NOWHERE");
        WorkforceFixtures.set(lines, CsvKind.FORMATION, 5, "workload_hours", "-40");
        Map<String, Integer> before = counts();

        DomainException e = catchThrowableOfType(DomainException.class,
                () -> importer.importBundle(WorkforceFixtures.bundle(lines), "steward"));

        assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "employees.csv:7:sex", "employees.csv:12:unit_code", "formation.csv:5:workload_hours");
        assertThat(e.problems()).allSatisfy(p -> {
            assertThat(p.reason()).isNotBlank();
            assertThat(p.reasonEn()).isNotBlank().isNotEqualTo(p.reason());
        });
        assertThat(counts()).isEqualTo(before);
        assertThat(service.current().employees()).isEmpty();
    }

    @Test
    @Order(2)
    void aValidBundleIsInsertedAndTheSnapshotReplaced() {
        ImportReport report = importer.importBundle(province, "steward");

        assertThat(report.counts().get("employees")).isEqualTo(new ImportReport.Counts(300, 0, 0));
        assertThat(report.counts().get("units").inserted()).isEqualTo(30);
        assertThat(counts().get("employee")).isEqualTo(300);
        assertThat(service.current().employees()).hasSize(300);
        assertThat(events.received).last().satisfies(e -> assertThat(e.workforce()).isSameAs(service.current()));
    }

    @Test
    @Order(3)
    void reimportingTheSameDataChangesNothing() {
        Workforce before = service.current();

        ImportReport report = importer.importBundle(province, "steward");

        assertThat(report.changedAnything()).isFalse();
        assertThat(report.counts().values()).allSatisfy(c -> {
            assertThat(c.inserted()).isZero();
            assertThat(c.updated()).isZero();
        });
        assertThat(report.counts().get("employees").unchanged()).isEqualTo(300);
        assertThat(report.counts().get("skp").unchanged()).isEqualTo(counts().get("skp_appraisal"));
        assertThat(service.current().employees()).containsExactlyInAnyOrderElementsOf(before.employees());
    }

    @Test
    @Order(4)
    void anEditedRowIsCountedAsUpdatedAndStored() {
        Map<CsvKind, List<String>> lines = WorkforceFixtures.lines(province);
        String nip = WorkforceFixtures.get(lines, CsvKind.EMPLOYEES, 3, "nip");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 3, "name", "Nama Baru");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 3, "study_leave_from", "2027-01-01");
        WorkforceFixtures.set(lines, CsvKind.EMPLOYEES, 3, "study_leave_until", "2028-12-31");
        String cellUnit = WorkforceFixtures.get(lines, CsvKind.FORMATION, 2, "unit_code");
        String cellPosition = WorkforceFixtures.get(lines, CsvKind.FORMATION, 2, "position_code");
        WorkforceFixtures.set(lines, CsvKind.FORMATION, 2, "workload_hours", "99999");

        ImportReport report = importer.importBundle(WorkforceFixtures.bundle(lines), "steward");

        assertThat(report.counts().get("employees")).isEqualTo(new ImportReport.Counts(0, 1, 299));
        assertThat(report.counts().get("formation").updated()).isEqualTo(1);
        Employee stored = service.current().employee(nip).orElseThrow();
        assertThat(stored.name()).isEqualTo("Nama Baru");
        assertThat(stored.studyLeaveFrom()).isEqualTo(java.time.LocalDate.of(2027, 1, 1));
        assertThat(stored.studyLeaveUntil()).isEqualTo(java.time.LocalDate.of(2028, 12, 31));
        assertThat(service.current().cell(new CellKey(cellUnit, cellPosition)).orElseThrow().workloadHours())
                .isEqualTo(99999);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Integer.class)));
        return counts;
    }

    static class Events {
        final List<WorkforceChanged> received = new ArrayList<>();

        @EventListener
        void on(WorkforceChanged event) {
            received.add(event);
        }
    }

    @TestConfiguration
    static class ListenerConfiguration {
        @Bean
        Events events() {
            return new Events();
        }
    }
}
