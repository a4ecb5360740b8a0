package id.seimbang.workforce;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files of a workforce CSV bundle, in the order they are imported (references point backwards),
 * with their columns. tests-data/README.md documents every column.
 */
public enum CsvKind {
    KABUPATEN("kabupaten", "code", "name", "latitude", "longitude"),
    INSTANSI("instansi", "code", "name", "level", "kabupaten_code"),
    UNITS("units", "code", "name", "instansi_code", "kabupaten_code", "sector", "latitude", "longitude", "island",
            "active"),
    POSITIONS("positions", "code", "name", "type", "level", "job_family", "min_education_level",
            "education_fields", "strategic"),
    FORMATION("formation", "unit_code", "position_code", "workload_hours"),
    EMPLOYEES("employees", "nip", "name", "status", "golongan", "unit_code", "position_code", "position_tmt",
            "cpns_tmt", "birth_date", "sex", "education_level", "education_field", "competencies", "legal_process",
            "study_leave_from", "study_leave_until", "service_bond_from", "service_bond_until", "home_kabupaten_code", "home_latitude", "home_longitude",
            "home_island", "spouse_kabupaten_code", "health_reason", "talent_box"),
    SKP("skp", "nip", "year", "predicate"),
    SANCTIONS("sanctions", "nip", "level", "from", "until"),
    REQUESTS("requests", "nip", "unit_code", "position_code", "reason", "request_date"),
    /** ABK periods (issue 20): the workload of a cell from a date on; earlier periods stay. */
    ABK_PERIODS("abk_periods", "unit_code", "position_code", "effective_from", "workload_hours"),
    /**
     * Temporary workloads (issue 20): extra hours per year on a cell or a job family of a unit, for a period; the
     * optional {@code action} ({@code record}, the default, or {@code withdraw}) withdraws the surge with the row's key.
     */
    SURGES("surges", "unit_code", "position_code", "job_family", "extra_hours", "from", "until", "reason", "action");

    /**
     * Columns added after the first release: bundles written before them still import (the values are empty). The
     * surges' {@code action} is optional: a file of surges to record needs no such column.
     */
    private static final java.util.Set<String> ADDED_LATER = java.util.Set.of("study_leave_from", "service_bond_from",
            "action");

    private final String key;
    private final List<String> columns;

    CsvKind(String key, String... columns) {
        this.key = key;
        this.columns = List.of(columns);
    }

    /** The multipart part name and the report key, e.g. {@code employees}. */
    public String key() {
        return key;
    }

    public String fileName() {
        return key + ".csv";
    }

    public List<String> columns() {
        return columns;
    }

    /** Whether a file may leave this column out of its header. */
    static boolean mayBeAbsent(String column) {
        return ADDED_LATER.contains(column);
    }

    public static Optional<CsvKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static Optional<CsvKind> byFileName(String fileName) {
        return Arrays.stream(values()).filter(k -> k.fileName().equals(fileName)).findFirst();
    }
}
