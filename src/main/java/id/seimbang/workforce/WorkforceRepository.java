package id.seimbang.workforce;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the whole workforce into a {@link Workforce} snapshot and writes imported rows in JDBC batches
 * (an import of 20,000 employees must not go row by row).
 */
@Repository
class WorkforceRepository {

    private final JdbcTemplate jdbc;

    WorkforceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        Integer units = jdbc.queryForObject("select count(*) from unit", Integer.class);
        Integer employees = jdbc.queryForObject("select count(*) from employee", Integer.class);
        return units == 0 && employees == 0;
    }

    /** The generation of the stored workforce: every committed import adds one (V11 cluster_generation). */
    long generation() {
        Long generation = jdbc.queryForObject("SELECT generation FROM cluster_generation WHERE name = 'workforce'",
                Long.class);
        return generation == null ? 0 : generation;
    }

    void nextGeneration() {
        jdbc.update("UPDATE cluster_generation SET generation = generation + 1 WHERE name = 'workforce'");
    }

    Workforce load() {
        List<Kabupaten> kabupaten = jdbc.query("select code, name, latitude, longitude from kabupaten",
                (rs, i) -> new Kabupaten(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
        List<Instansi> instansi = jdbc.query("select code, name, level, kabupaten_code from instansi",
                (rs, i) -> new Instansi(rs.getString(1), rs.getString(2), InstansiLevel.valueOf(rs.getString(3)),
                        rs.getString(4)));
        List<Unit> units = jdbc.query("select code, name, instansi_code, kabupaten_code, sector, latitude, longitude,"
                + " island, active from unit", (rs, i) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Sector.valueOf(rs.getString(5)), rs.getDouble(6), rs.getDouble(7),
                        rs.getString(8), rs.getBoolean(9)));
        List<Position> positions = jdbc.query("select code, name, type, level, job_family, min_education_level,"
                + " education_fields, strategic from position", (rs, i) -> new Position(rs.getString(1),
                        rs.getString(2), PositionType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        EducationLevel.valueOf(rs.getString(6)), split(rs.getString(7)), rs.getBoolean(8)));
        List<FormationCell> cells = jdbc.query("select unit_code, position_code, workload_hours from formation_cell",
                (rs, i) -> new FormationCell(rs.getString(1), rs.getString(2), rs.getInt(3)));
        Map<String, List<SkpAppraisal>> skp = new HashMap<>();
        jdbc.query("select nip, appraisal_year, predicate from skp_appraisal", rs -> {
            skp.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new SkpAppraisal(rs.getInt(2), SkpPredicate.valueOf(rs.getString(3))));
        });
        Map<String, List<Sanction>> sanctions = new HashMap<>();
        jdbc.query("select nip, level, valid_from, valid_until from sanction order by nip, valid_from, level", rs -> {
            sanctions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Sanction(
                    SanctionLevel.valueOf(rs.getString(2)), date(rs, 3), date(rs, 4)));
        });
        List<Employee> employees = jdbc.query("select " + String.join(", ", EMPLOYEE_COLUMNS) + " from employee",
                (rs, i) -> employee(rs, skp.getOrDefault(rs.getString(1), List.of()),
                        sanctions.getOrDefault(rs.getString(1), List.of())));
        List<TransferRequest> requests = jdbc.query("select nip, unit_code, position_code, reason, request_date"
                + " from transfer_request", (rs, i) -> new TransferRequest(rs.getString(1), rs.getString(2),
                        rs.getString(3), RequestReason.valueOf(rs.getString(4)), date(rs, 5)));
        List<WorkloadPeriod> periods = jdbc.query("select unit_code, position_code, effective_from, workload_hours"
                + " from workload_period", (rs, i) -> new WorkloadPeriod(rs.getString(1), rs.getString(2), date(rs, 3),
                        rs.getInt(4)));
        List<Surge> surges = jdbc.query("select unit_code, position_code, job_family, extra_hours, valid_from,"
                + " valid_until, reason from workload_surge", (rs, i) -> new Surge(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), date(rs, 5), date(rs, 6), rs.getString(7)));
        List<Placement> placements = jdbc.query("select nip, unit_code, position_code, valid_from, valid_until"
                + " from employee_placement", (rs, i) -> new Placement(rs.getString(1).trim(),
                        new CellKey(rs.getString(2), rs.getString(3)), date(rs, 4), date(rs, 5)));
        return new Workforce(kabupaten, instansi, units, positions, cells, employees, requests, periods, surges,
                placements);
    }

    private static final List<String> EMPLOYEE_COLUMNS = List.of("nip", "name", "status", "golongan", "unit_code",
            "position_code", "position_tmt", "cpns_tmt", "birth_date", "sex", "education_level", "education_field",
            "competencies", "legal_process", "study_leave_until", "service_bond_until", "home_kabupaten_code",
            "home_latitude", "home_longitude", "home_island", "spouse_kabupaten_code", "health_reason", "talent_box",
            "study_leave_from", "service_bond_from");

    private static Employee employee(ResultSet rs, List<SkpAppraisal> skp, List<Sanction> sanctions)
            throws SQLException {
        int talent = rs.getInt(23);
        Integer talentBox = rs.wasNull() ? null : talent;
        return new Employee(rs.getString(1), rs.getString(2), EmploymentStatus.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), date(rs, 7), date(rs, 8), date(rs, 9),
                Sex.valueOf(rs.getString(10)), EducationLevel.valueOf(rs.getString(11)), rs.getString(12),
                split(rs.getString(13)), skp, sanctions, rs.getBoolean(14), date(rs, 24), date(rs, 15), date(rs, 25),
                date(rs, 16),
                rs.getString(17), rs.getDouble(18), rs.getDouble(19), rs.getString(20), rs.getString(21),
                rs.getBoolean(22), talentBox);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Set<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(joined.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).forEach(values::add);
        return values;
    }

    static String join(Collection<String> values) {
        return String.join("|", values.stream().sorted().toList());
    }

    // ----- writes: one batch per table and operation ------------------------------------------------

    void upsertKabupaten(List<Kabupaten> inserts, List<Kabupaten> updates) {
        batch("insert into kabupaten (name, latitude, longitude, code) values (?, ?, ?, ?)",
                "update kabupaten set name = ?, latitude = ?, longitude = ? where code = ?", inserts, updates,
                k -> new Object[] {k.name(), k.latitude(), k.longitude(), k.code()});
    }

    void upsertInstansi(List<Instansi> inserts, List<Instansi> updates) {
        batch("insert into instansi (name, level, kabupaten_code, code) values (?, ?, ?, ?)",
                "update instansi set name = ?, level = ?, kabupaten_code = ? where code = ?", inserts, updates,
                i -> new Object[] {i.name(), i.level().name(), i.kabupatenCode(), i.code()});
    }

    void upsertUnits(List<Unit> inserts, List<Unit> updates) {
        batch("insert into unit (name, instansi_code, kabupaten_code, sector, latitude, longitude, island, active,"
                + " code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "update unit set name = ?, instansi_code = ?, kabupaten_code = ?, sector = ?, latitude = ?,"
                        + " longitude = ?, island = ?, active = ? where code = ?", inserts, updates,
                u -> new Object[] {u.name(), u.instansiCode(), u.kabupatenCode(), u.sector().name(), u.latitude(),
                        u.longitude(), u.island(), u.active(), u.code()});
    }

    void upsertPositions(List<Position> inserts, List<Position> updates) {
        batch("insert into position (name, type, level, job_family, min_education_level, education_fields,"
                + " strategic, code) values (?, ?, ?, ?, ?, ?, ?, ?)",
                "update position set name = ?, type = ?, level = ?, job_family = ?, min_education_level = ?,"
                        + " education_fields = ?, strategic = ? where code = ?", inserts, updates,
                p -> new Object[] {p.name(), p.type().name(), p.level(), p.jobFamily(), p.minEducationLevel().name(),
                        join(p.educationFields()), p.strategic(), p.code()});
    }

    void upsertCells(List<FormationCell> inserts, List<FormationCell> updates) {
        batch("insert into formation_cell (workload_hours, unit_code, position_code) values (?, ?, ?)",
                "update formation_cell set workload_hours = ? where unit_code = ? and position_code = ?", inserts,
                updates, c -> new Object[] {(int) c.workloadHours(), c.unitCode(), c.positionCode()});
    }

    void upsertPeriods(List<WorkloadPeriod> inserts, List<WorkloadPeriod> updates) {
        batch("insert into workload_period (workload_hours, unit_code, position_code, effective_from)"
                + " values (?, ?, ?, ?)",
                "update workload_period set workload_hours = ? where unit_code = ? and position_code = ?"
                        + " and effective_from = ?", inserts, updates,
                p -> new Object[] {(int) p.workloadHours(), p.unitCode(), p.positionCode(), sql(p.effectiveFrom())});
    }

    boolean hasSurge(Surge s) {
        Integer n = jdbc.queryForObject("select count(*) from workload_surge where unit_code = ? and target = ?"
                + " and valid_from = ?", Integer.class, s.unitCode(), s.target(), sql(s.from()));
        return n != null && n > 0;
    }

    /** Deletes the surge with this natural key (unit, target, first day); whether one was there. */
    boolean deleteSurge(Surge s) {
        return jdbc.update("delete from workload_surge where unit_code = ? and target = ? and valid_from = ?",
                s.unitCode(), s.target(), sql(s.from())) > 0;
    }

    void upsertSurges(List<Surge> inserts, List<Surge> updates) {
        batch("insert into workload_surge (position_code, job_family, valid_until, extra_hours, reason, unit_code,"
                + " target, valid_from) values (?, ?, ?, ?, ?, ?, ?, ?)",
                "update workload_surge set position_code = ?, job_family = ?, valid_until = ?, extra_hours = ?,"
                        + " reason = ? where unit_code = ? and target = ? and valid_from = ?", inserts, updates,
                s -> new Object[] {s.positionCode(), s.jobFamily(), sql(s.until()), s.extraHours(), s.reason(),
                        s.unitCode(), s.target(), sql(s.from())});
    }

    void upsertEmployees(List<Employee> inserts, List<Employee> updates) {
        List<String> valueColumns = EMPLOYEE_COLUMNS.subList(1, EMPLOYEE_COLUMNS.size());
        String insert = "insert into employee (" + String.join(", ", valueColumns) + ", nip) values ("
                + "?, ".repeat(valueColumns.size()) + "?)";
        String update = "update employee set " + String.join(" = ?, ", valueColumns) + " = ? where nip = ?";
        batch(insert, update, inserts, updates, e -> new Object[] {e.name(), e.status().name(), e.golongan(),
                e.unitCode(), e.positionCode(), sql(e.positionTmt()), sql(e.cpnsTmt()), sql(e.birthDate()),
                e.sex().name(), e.educationLevel().name(), e.educationField(), join(e.competencies()),
                e.legalProcess(), sql(e.studyLeaveUntil()), sql(e.serviceBondUntil()), e.homeKabupatenCode(),
                e.homeLatitude(), e.homeLongitude(), e.homeIsland(), e.spouseKabupatenCode(), e.healthReason(),
                e.talentBox(), sql(e.studyLeaveFrom()), sql(e.serviceBondFrom()), e.nip()});
    }

    /**
     * Records that each employee is placed in their cell from {@code day} (V20). For {@code moved} employees (stored
     * before) the row opened earlier that same day is replaced and the open row of an earlier day is closed on
     * {@code day}; {@code added} ones have no row yet. Each gets a new open row from {@code day}.
     */
    void recordPlacements(List<Employee> added, List<Employee> moved, LocalDate day) {
        Date from = sql(day);
        if (!moved.isEmpty()) {
            jdbc.batchUpdate("delete from employee_placement where nip = ? and valid_from = ?",
                    moved.stream().map(e -> new Object[] {e.nip(), from}).toList());
            jdbc.batchUpdate("update employee_placement set valid_until = ? where nip = ? and valid_until is null"
                    + " and valid_from < ?", moved.stream().map(e -> new Object[] {from, e.nip(), from}).toList());
        }
        List<Employee> placed = new ArrayList<>(added);
        placed.addAll(moved);
        if (!placed.isEmpty()) {
            jdbc.batchUpdate("insert into employee_placement (nip, unit_code, position_code, valid_from, valid_until)"
                    + " values (?, ?, ?, ?, null)",
                    placed.stream().map(e -> new Object[] {e.nip(), e.unitCode(), e.positionCode(), from}).toList());
        }
    }

    record SkpRow(String nip, SkpAppraisal appraisal) {
    }

    record SanctionRow(String nip, Sanction sanction) {
    }

    void upsertSkp(List<SkpRow> inserts, List<SkpRow> updates) {
        batch("insert into skp_appraisal (predicate, nip, appraisal_year) values (?, ?, ?)",
                "update skp_appraisal set predicate = ? where nip = ? and appraisal_year = ?", inserts, updates,
                r -> new Object[] {r.appraisal().predicate().name(), r.nip(), r.appraisal().year()});
    }

    void upsertSanctions(List<SanctionRow> inserts, List<SanctionRow> updates) {
        batch("insert into sanction (valid_until, nip, valid_from, level) values (?, ?, ?, ?)",
                "update sanction set valid_until = ? where nip = ? and valid_from = ? and level = ?", inserts,
                updates, r -> new Object[] {sql(r.sanction().until()), r.nip(), sql(r.sanction().from()),
                        r.sanction().level().name()});
    }

    void upsertRequests(List<TransferRequest> inserts, List<TransferRequest> updates) {
        batch("insert into transfer_request (position_code, reason, nip, unit_code, request_date)"
                + " values (?, ?, ?, ?, ?)",
                "update transfer_request set position_code = ?, reason = ? where nip = ? and unit_code = ?"
                        + " and request_date = ?", inserts, updates,
                r -> new Object[] {r.positionCode(), r.reason().name(), r.nip(), r.unitCode(), sql(r.date())});
    }

    private <T> void batch(String insert, String update, List<T> inserts, List<T> updates, Function<T, Object[]> args) {
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(insert, inserts.stream().map(args).toList());
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(update, updates.stream().map(args).toList());
        }
    }

    private static Date sql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
