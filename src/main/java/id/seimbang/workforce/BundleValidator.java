package id.seimbang.workforce;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import id.seimbang.system.Bilingual;
import id.seimbang.system.FieldProblem;
import id.seimbang.workforce.WorkforceRepository.SanctionRow;
import id.seimbang.workforce.WorkforceRepository.SkpRow;

/**
 * Reads and checks every row of a bundle, collecting every problem (never stopping at the first) as
 * {@code file:line:column} with a reason in Indonesian and English. References may point to rows of the
 * same bundle or to the data already stored. Line numbers count the header as line 1 (a quoted value
 * that spans lines shifts the count).
 */
final class BundleValidator {

    record Parsed(List<Kabupaten> kabupaten, List<Instansi> instansi, List<Unit> units, List<Position> positions,
            List<FormationCell> cells, List<Employee> employees, List<SkpRow> skp, List<SanctionRow> sanctions,
            List<TransferRequest> requests, List<WorkloadPeriod> periods, List<Surge> surges,
            List<Surge> withdrawnSurges) {
    }

    /** A row of surges.csv: a surge to record, or (withdraw) the stored surge with the row's key. */
    private record SurgeRow(Surge surge, boolean withdraw) {
    }

    record Result(Parsed parsed, List<FieldProblem> problems) {
    }

    private static final Pattern GOLONGAN = Pattern.compile("(I|II|III|IV)/[a-e]");
    // PPPK grades are roman numerals I–XVII.
    private static final Set<String> PPPK_GRADES = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
            "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");
    // Empty lines are parsed as records (and skipped below) so that record numbers stay line numbers.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final CsvBundle bundle;
    private final Workforce existing;
    private final LocalDate today;
    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<CsvKind, Table> tables = new HashMap<>();

    private BundleValidator(CsvBundle bundle, Workforce existing, LocalDate today) {
        this.bundle = bundle;
        this.existing = existing;
        this.today = today;
    }

    static Result validate(CsvBundle bundle, Workforce existing, LocalDate today) {
        return new BundleValidator(bundle, existing, today).run();
    }

    private Result run() {
        for (CsvKind kind : CsvKind.values()) {
            if (bundle.files().containsKey(kind)) {
                tables.put(kind, table(kind, bundle.files().get(kind)));
            }
        }
        Set<String> kabupaten = known(CsvKind.KABUPATEN, "code", existing.kabupaten().stream().map(Kabupaten::code));
        Set<String> instansi = known(CsvKind.INSTANSI, "code", existing.instansi().stream().map(Instansi::code));
        Set<String> units = known(CsvKind.UNITS, "code", existing.units().stream().map(Unit::code));
        Set<String> positions = known(CsvKind.POSITIONS, "code", existing.positions().stream().map(Position::code));
        Set<String> cells = new HashSet<>();
        existing.cells().forEach(c -> cells.add(c.key().toString()));
        rows(CsvKind.FORMATION).forEach(r -> cells.add(r.raw("unit_code") + "/" + r.raw("position_code")));
        Set<String> nips = known(CsvKind.EMPLOYEES, "nip", existing.employees().stream().map(Employee::nip));

        List<SurgeRow> surgeRows = map(CsvKind.SURGES, r -> r.key("unit_code") + "/" + surgeTarget(r) + "/"
                + r.key("from"), r -> surgeRow(r, units, positions, cells));
        Parsed parsed = new Parsed(
                map(CsvKind.KABUPATEN, r -> r.key("code"), r -> new Kabupaten(r.text("code"), r.text("name"),
                        r.decimal("latitude", -90, 90), r.decimal("longitude", -180, 180))),
                map(CsvKind.INSTANSI, r -> r.key("code"), r -> new Instansi(r.text("code"), r.text("name"),
                        r.enumOf("level", InstansiLevel.class), r.ref("kabupaten_code", kabupaten, "kabupaten"))),
                map(CsvKind.UNITS, r -> r.key("code"), r -> new Unit(r.text("code"), r.text("name"),
                        r.ref("instansi_code", instansi, "instansi"), r.ref("kabupaten_code", kabupaten, "kabupaten"),
                        r.enumOf("sector", Sector.class), r.decimal("latitude", -90, 90),
                        r.decimal("longitude", -180, 180), r.text("island"), r.bool("active"))),
                map(CsvKind.POSITIONS, r -> r.key("code"), r -> new Position(r.text("code"), r.text("name"),
                        r.enumOf("type", PositionType.class), r.text("level"), r.text("job_family"),
                        r.enumOf("min_education_level", EducationLevel.class),
                        WorkforceRepository.split(r.optional("education_fields")), r.bool("strategic"))),
                map(CsvKind.FORMATION, r -> r.key("unit_code") + "/" + r.key("position_code"),
                        r -> new FormationCell(r.ref("unit_code", units, "unit"),
                                r.ref("position_code", positions, "jabatan / position"),
                                r.integer("workload_hours", 0, Integer.MAX_VALUE))),
                map(CsvKind.EMPLOYEES, r -> r.key("nip"), r -> employee(r, kabupaten, units, positions, cells)),
                map(CsvKind.SKP, r -> r.key("nip") + "/" + r.key("year"), r -> new SkpRow(
                        r.ref("nip", nips, "pegawai / employee"), new SkpAppraisal(
                                r.integer("year", 1990, today.getYear()), r.enumOf("predicate", SkpPredicate.class)))),
                map(CsvKind.SANCTIONS, r -> r.key("nip") + "/" + r.key("from") + "/" + r.key("level"),
                        r -> sanction(r, nips)),
                map(CsvKind.REQUESTS, r -> r.key("nip") + "/" + r.key("unit_code") + "/" + r.key("request_date"),
                        r -> new TransferRequest(r.ref("nip", nips, "pegawai / employee"),
                                r.ref("unit_code", units, "unit"), r.optionalRef("position_code", positions,
                                        "jabatan / position"), r.enumOf("reason", RequestReason.class),
                                r.date("request_date"))),
                map(CsvKind.ABK_PERIODS, r -> r.key("unit_code") + "/" + r.key("position_code") + "/"
                        + r.key("effective_from"), r -> period(r, units, positions, cells)),
                surgeRows.stream().filter(r -> !r.withdraw()).map(SurgeRow::surge).toList(),
                surgeRows.stream().filter(SurgeRow::withdraw).map(SurgeRow::surge).toList());
        return new Result(parsed, List.copyOf(problems));
    }

    private Employee employee(Row r, Set<String> kabupaten, Set<String> units, Set<String> positions,
            Set<String> cells) {
        String nip = r.text("nip");
        List<Bilingual> nipProblems = nip == null ? List.of() : Nip.problems(nip);
        nipProblems.forEach(p -> r.problem("nip", p));
        String unit = r.ref("unit_code", units, "unit");
        String position = r.ref("position_code", positions, "jabatan / position");
        if (units.contains(unit) && positions.contains(position) && !cells.contains(unit + "/" + position)) {
            r.problem("position_code", Bilingual.of(
                    "Jabatan " + position + " tidak ada dalam formasi unit " + unit + " (formation.csv)",
                    "Position " + position + " is not in the formation of unit " + unit + " (formation.csv)"));
        }
        LocalDate positionTmt = r.date("position_tmt");
        LocalDate cpnsTmt = r.date("cpns_tmt");
        LocalDate birth = r.date("birth_date");
        Sex sex = r.enumOf("sex", Sex.class);
        if (nip != null && nipProblems.isEmpty()) {
            Nip parsed = Nip.parse(nip);
            if (birth != null && !birth.equals(parsed.birthDate())) {
                r.problem("birth_date", Bilingual.of("Tanggal lahir " + birth + " tidak sesuai dengan NIP ("
                        + parsed.birthDate() + ")", "Birth date " + birth + " does not match the NIP ("
                        + parsed.birthDate() + ")"));
            }
            if (cpnsTmt != null && !YearMonth.from(cpnsTmt).equals(parsed.cpnsMonth())) {
                r.problem("cpns_tmt", Bilingual.of("Bulan TMT CPNS " + YearMonth.from(cpnsTmt)
                        + " tidak sesuai dengan NIP (" + parsed.cpnsMonth() + ")", "TMT CPNS month "
                        + YearMonth.from(cpnsTmt) + " does not match the NIP (" + parsed.cpnsMonth() + ")"));
            }
            if (sex != null && sex != parsed.sex()) {
                r.problem("sex", Bilingual.of("Jenis kelamin " + sex + " tidak sesuai dengan digit NIP "
                        + parsed.sex().nipDigit(), "Sex " + sex + " does not match NIP digit " + parsed.sex().nipDigit()));
            }
        }
        if (birth != null && cpnsTmt != null && !birth.isBefore(cpnsTmt)) {
            r.problem("cpns_tmt", Bilingual.of("TMT CPNS harus sesudah tanggal lahir",
                    "TMT CPNS must be after the birth date"));
        }
        if (cpnsTmt != null && positionTmt != null && positionTmt.isBefore(cpnsTmt)) {
            r.problem("position_tmt", Bilingual.of("TMT jabatan " + positionTmt + " sebelum TMT CPNS " + cpnsTmt,
                    "Position TMT " + positionTmt + " is before TMT CPNS " + cpnsTmt));
        }
        if (birth != null && birth.isAfter(today)) {
            r.problem("birth_date", Bilingual.of("Tanggal lahir di masa depan", "Birth date is in the future"));
        }
        EmploymentStatus employmentStatus = r.enumOf("status", EmploymentStatus.class);
        String golongan = r.text("golongan");
        if (golongan != null && employmentStatus != null && !(GOLONGAN.matcher(golongan).matches()
                || employmentStatus == EmploymentStatus.PPPK && PPPK_GRADES.contains(golongan))) {
            r.problem("golongan", Bilingual.of("Golongan '" + golongan + "' tidak dikenal (contoh: III/a; PPPK: IX)",
                    "Unknown golongan '" + golongan + "' (e.g. III/a; PPPK: IX)"));
        }
        Integer talent = r.optionalInteger("talent_box", 1, 9);
        LocalDate studyLeaveUntil = r.optionalDate("study_leave_until");
        LocalDate serviceBondUntil = r.optionalDate("service_bond_until");
        Employee e = new Employee(nip, r.text("name"), employmentStatus, golongan, unit, position, positionTmt,
                cpnsTmt, birth, sex, r.enumOf("education_level", EducationLevel.class), r.text("education_field"),
                WorkforceRepository.split(r.optional("competencies")), List.of(), List.of(), r.bool("legal_process"),
                period(r, "study_leave_from", studyLeaveUntil), studyLeaveUntil,
                period(r, "service_bond_from", serviceBondUntil), serviceBondUntil,
                r.ref("home_kabupaten_code", kabupaten, "kabupaten"), r.decimal("home_latitude", -90, 90),
                r.decimal("home_longitude", -180, 180), r.text("home_island"),
                r.optionalRef("spouse_kabupaten_code", kabupaten, "kabupaten"), r.bool("health_reason"), talent);
        return e;
    }

    /** The optional start of a period ending {@code until}; a start may not stand alone. */
    private static LocalDate period(Row r, String fromColumn, LocalDate until) {
        LocalDate from = r.optionalDate(fromColumn);
        Bilingual problem = Employee.periodProblem(from, until);
        if (problem != null) {
            r.problem(fromColumn, problem);
        }
        return from;
    }

    private static WorkloadPeriod period(Row r, Set<String> units, Set<String> positions, Set<String> cells) {
        String unit = r.ref("unit_code", units, "unit");
        String position = r.ref("position_code", positions, "jabatan / position");
        if (units.contains(unit) && positions.contains(position) && !cells.contains(unit + "/" + position)) {
            r.problem("position_code", Bilingual.of(
                    "Sel " + unit + "/" + position + " tidak ada dalam formasi (formation.csv)",
                    "Cell " + unit + "/" + position + " is not in the formation (formation.csv)"));
        }
        LocalDate from = r.date("effective_from");
        int hours = r.integer("workload_hours", 0, Integer.MAX_VALUE);
        return from == null ? null : new WorkloadPeriod(unit, position, from, hours);
    }

    private static String surgeTarget(Row r) {
        return r.raw("position_code") != null ? "P:" + r.raw("position_code") : "F:" + r.raw("job_family");
    }

    private SurgeRow surgeRow(Row r, Set<String> units, Set<String> positions, Set<String> cells) {
        String action = r.optional("action");
        if (action == null || action.equalsIgnoreCase("record")) {
            Surge surge = surge(r, units, positions, cells);
            return surge == null ? null : new SurgeRow(surge, false);
        }
        if (!action.equalsIgnoreCase("withdraw")) {
            r.problem("action", Bilingual.of("Tindakan '" + action + "' tidak dikenal; gunakan record (catat, bawaan)"
                    + " atau withdraw (tarik)", "Unknown action '" + action + "'; use record (the default) or withdraw"));
            return null;
        }
        Surge withdrawn = withdrawal(r);
        return withdrawn == null ? null : new SurgeRow(withdrawn, true);
    }

    /**
     * The stored surge a withdraw row names by its key (unit, exactly one of position and family, from). The other
     * columns may be empty; a value given must be the recorded one, so that an edited file cannot withdraw another
     * surge than the one it shows.
     */
    private Surge withdrawal(Row r) {
        String unit = r.text("unit_code");
        String position = r.optional("position_code");
        String family = r.optional("job_family");
        if ((position == null) == (family == null)) {
            r.problem("position_code", SurgeService.TARGET_PROBLEM);
        }
        LocalDate from = r.date("from");
        if (unit == null || from == null || (position == null) == (family == null)) {
            return null;
        }
        String key = Surge.key(unit, position, family, from);
        Surge stored = existing.surge(key).orElse(null);
        if (stored == null) {
            r.problem("action", Bilingual.of("Tidak ada beban kerja sementara tercatat dengan kunci " + key
                    + " untuk ditarik", "No temporary workload is recorded with key " + key + " to withdraw"));
            return null;
        }
        sameAsRecorded(r, "extra_hours", String.valueOf(stored.extraHours()));
        sameAsRecorded(r, "until", stored.until().toString());
        sameAsRecorded(r, "reason", stored.reason());
        return stored;
    }

    private static void sameAsRecorded(Row r, String column, String recorded) {
        String given = r.optional(column);
        if (given != null && !given.equals(recorded)) {
            r.problem(column, Bilingual.of("Berbeda dari yang tercatat (" + recorded + "); kosongkan atau samakan",
                    "Differs from the recorded value (" + recorded + "); leave it empty or the same"));
        }
    }

    private Surge surge(Row r, Set<String> units, Set<String> positions, Set<String> cells) {
        String unit = r.ref("unit_code", units, "unit");
        String position = r.optionalRef("position_code", positions, "jabatan / position");
        String family = r.optional("job_family");
        if ((position == null) == (family == null)) {
            r.problem("position_code", SurgeService.TARGET_PROBLEM);
        } else if (family != null && !jobFamilies().contains(family)) {
            r.problem("job_family", SurgeService.unknownFamily(family));
        } else if (units.contains(unit) && position != null && positions.contains(position)
                && !cells.contains(unit + "/" + position)) {
            r.problem("position_code", Bilingual.of(
                    "Jabatan " + position + " tidak ada dalam formasi unit " + unit + " (formation.csv)",
                    "Position " + position + " is not in the formation of unit " + unit + " (formation.csv)"));
        } else if (units.contains(unit) && family != null && !familiesOf(unit, cells).contains(family)) {
            r.problem("job_family", Bilingual.of("Unit " + unit + " tidak punya sel formasi rumpun jabatan '"
                    + family + "'", "Unit " + unit + " has no formation cell of job family '" + family + "'"));
        }
        int hours = r.integer("extra_hours", 1, Integer.MAX_VALUE);
        LocalDate from = r.date("from");
        LocalDate until = r.date("until");
        if (from != null && until != null && until.isBefore(from)) {
            r.problem("until", Bilingual.of("Tanggal akhir " + until + " sebelum tanggal mulai " + from,
                    "End date " + until + " is before start date " + from));
        }
        String reason = r.text("reason");
        if (reason != null && reason.length() > SurgeService.MAX_REASON) {
            r.problem("reason", SurgeService.REASON_TOO_LONG);
        }
        return from == null || until == null ? null : new Surge(unit, position, family, hours, from, until, reason);
    }

    private Set<String> families;
    private Map<String, Set<String>> familiesByUnit;

    /** The job families of the unit's formation cells, stored or in the bundle. */
    private Set<String> familiesOf(String unit, Set<String> cells) {
        if (familiesByUnit == null) {
            Map<String, String> familyOf = new HashMap<>();
            existing.positions().forEach(p -> familyOf.put(p.code(), p.jobFamily()));
            rows(CsvKind.POSITIONS).forEach(row -> {
                if (row.raw("code") != null && row.raw("job_family") != null) {
                    familyOf.put(row.raw("code"), row.raw("job_family"));
                }
            });
            familiesByUnit = new HashMap<>();
            for (String cell : cells) {
                int slash = cell.indexOf('/');
                String f = familyOf.get(cell.substring(slash + 1));
                if (f != null) {
                    familiesByUnit.computeIfAbsent(cell.substring(0, slash), k -> new HashSet<>()).add(f);
                }
            }
        }
        return familiesByUnit.getOrDefault(unit, Set.of());
    }

    /** Job families of the stored positions and of the bundle's positions.csv. */
    private Set<String> jobFamilies() {
        if (families == null) {
            families = new HashSet<>();
            existing.positions().forEach(p -> families.add(p.jobFamily()));
            rows(CsvKind.POSITIONS).forEach(row -> {
                if (row.raw("job_family") != null) {
                    families.add(row.raw("job_family"));
                }
            });
        }
        return families;
    }

    private SanctionRow sanction(Row r, Set<String> nips) {
        String nip = r.ref("nip", nips, "pegawai / employee");
        SanctionLevel level = r.enumOf("level", SanctionLevel.class);
        LocalDate from = r.date("from");
        LocalDate until = r.date("until");
        if (from != null && until != null && until.isBefore(from)) {
            r.problem("until", Bilingual.of("Tanggal akhir " + until + " sebelum tanggal mulai " + from,
                    "End date " + until + " is before start date " + from));
            return null;
        }
        return level == null || from == null || until == null ? null : new SanctionRow(nip, new Sanction(level, from, until));
    }

    // ----- tables and rows --------------------------------------------------------------------------

    private record Table(CsvKind kind, List<Row> rows) {
    }

    private Table table(CsvKind kind, CsvBundle.Source content) {
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(withoutBom(content.open()), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Map<String, Integer> header = null;
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = new HashMap<>();
                    for (int i = 0; i < record.size(); i++) {
                        header.putIfAbsent(record.get(i).trim().toLowerCase(), i);
                    }
                    List<String> missing = new ArrayList<>();
                    for (String column : kind.columns()) {
                        if (!header.containsKey(column) && !CsvKind.mayBeAbsent(column)) {
                            missing.add(column);
                        }
                    }
                    if (!missing.isEmpty()) {
                        missing.forEach(column -> problems.add(FieldProblem.of(kind.fileName() + ":1:" + column,
                                Bilingual.of("Kolom wajib '" + column + "' tidak ada di baris judul",
                                        "Required column '" + column + "' is missing from the header"))));
                        return new Table(kind, List.of());
                    }
                    continue;
                }
                rows.add(new Row(kind, (int) record.getRecordNumber(), record, header));
            }
            if (header == null) {
                problems.add(FieldProblem.of(kind.fileName() + ":1", Bilingual.of("Berkas kosong, baris judul tidak ada",
                        "File is empty, the header line is missing")));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(FieldProblem.of(kind.fileName(), Bilingual.of("Berkas CSV tidak dapat dibaca: " + e.getMessage(),
                    "CSV file cannot be read: " + e.getMessage())));
        }
        return new Table(kind, rows);
    }

    /** Spreadsheet programs save UTF-8 CSV with a byte order mark, which would otherwise stick to the first column. */
    private static InputStream withoutBom(InputStream in) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(new BufferedInputStream(in), 3);
        byte[] head = stream.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            stream.unread(head);
        }
        return stream;
    }

    private List<Row> rows(CsvKind kind) {
        Table table = tables.get(kind);
        return table == null ? List.of() : table.rows;
    }

    private Set<String> known(CsvKind kind, String column, java.util.stream.Stream<String> stored) {
        Set<String> keys = stored.collect(Collectors.toCollection(HashSet::new));
        rows(kind).forEach(r -> {
            if (r.raw(column) != null) {
                keys.add(r.raw(column));
            }
        });
        return keys;
    }

    /** Maps every row, reports duplicates of the natural key, and keeps only rows without problems. */
    private <T> List<T> map(CsvKind kind, Function<Row, String> key, Function<Row, T> mapper) {
        List<T> values = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Row row : rows(kind)) {
            T value = mapper.apply(row);
            String k = key.apply(row);
            Integer previous = firstLine.putIfAbsent(k, row.line);
            if (previous != null) {
                row.problem(kind.columns().get(0), Bilingual.of("Duplikat: kunci " + k + " sudah ada di baris " + previous,
                        "Duplicate: key " + k + " already on line " + previous));
            }
            if (!row.failed && value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private final class Row {
        private final CsvKind kind;
        private final int line;
        private final CSVRecord record;
        private final Map<String, Integer> header;
        private boolean failed;

        Row(CsvKind kind, int line, CSVRecord record, Map<String, Integer> header) {
            this.kind = kind;
            this.line = line;
            this.record = record;
            this.header = header;
        }

        void problem(String column, Bilingual reason) {
            failed = true;
            problems.add(FieldProblem.of(kind.fileName() + ":" + line + ":" + column, reason));
        }

        /** The trimmed value, or null when empty or absent (an optional column may be left out of the header). */
        String raw(String column) {
            Integer index = header.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).trim();
            return value.isEmpty() ? null : value;
        }

        String key(String column) {
            return String.valueOf(raw(column));
        }

        String optional(String column) {
            return raw(column);
        }

        String text(String column) {
            String value = raw(column);
            if (value == null) {
                problem(column, Bilingual.of("Wajib diisi", "Required"));
            }
            return value;
        }

        <E extends Enum<E>> E enumOf(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase());
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
                problem(column, Bilingual.of("Nilai '" + value + "' tidak dikenal; pilihan: " + allowed,
                        "Unknown value '" + value + "'; allowed: " + allowed));
                return null;
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            return value == null ? null : parseDate(column, value);
        }

        LocalDate optionalDate(String column) {
            String value = raw(column);
            return value == null ? null : parseDate(column, value);
        }

        private LocalDate parseDate(String column, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column, Bilingual.of("Tanggal '" + value + "' tidak sah (format yyyy-mm-dd)",
                        "Date '" + value + "' is invalid (format yyyy-mm-dd)"));
                return null;
            }
        }

        double decimal(String column, double min, double max) {
            String value = text(column);
            if (value == null) {
                return 0;
            }
            try {
                double d = Double.parseDouble(value);
                if (!(d >= min && d <= max)) {
                    problem(column, outOfRange(value, min, max));
                }
                return d;
            } catch (NumberFormatException e) {
                problem(column, notANumber(value));
                return 0;
            }
        }

        int integer(String column, int min, int max) {
            String value = text(column);
            return value == null ? 0 : parseInteger(column, value, min, max);
        }

        Integer optionalInteger(String column, int min, int max) {
            String value = raw(column);
            return value == null ? null : parseInteger(column, value, min, max);
        }

        private int parseInteger(String column, String value, int min, int max) {
            try {
                int i = Integer.parseInt(value);
                if (i < min || i > max) {
                    problem(column, outOfRange(value, min, max));
                }
                return i;
            } catch (NumberFormatException e) {
                problem(column, Bilingual.of("'" + value + "' bukan bilangan bulat", "'" + value + "' is not an integer"));
                return 0;
            }
        }

        boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return false;
            }
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                problem(column, Bilingual.of("Nilai harus true atau false, bukan '" + value + "'",
                        "Value must be true or false, not '" + value + "'"));
            }
            return value.equalsIgnoreCase("true");
        }

        String ref(String column, Set<String> known, String what) {
            String value = text(column);
            return value == null ? null : checkRef(column, value, known, what);
        }

        String optionalRef(String column, Set<String> known, String what) {
            String value = raw(column);
            return value == null ? null : checkRef(column, value, known, what);
        }

        /** {@code what} names the referenced thing as "Indonesian / English" or one word used in both. */
        private String checkRef(String column, String value, Set<String> known, String what) {
            if (!known.contains(value)) {
                String[] names = what.split(" / ");
                String english = names.length > 1 ? names[1] : names[0];
                problem(column, Bilingual.of("Kode " + names[0] + " '" + value + "' tidak dikenal",
                        "Unknown " + english + " code '" + value + "'"));
            }
            return value;
        }
    }

    private static Bilingual outOfRange(String value, double min, double max) {
        String range = (min == (long) min ? String.valueOf((long) min) : String.valueOf(min)) + ".."
                + (max == (long) max ? String.valueOf((long) max) : String.valueOf(max));
        return Bilingual.of("Nilai " + value + " di luar rentang " + range, "Value " + value + " is outside " + range);
    }

    private static Bilingual notANumber(String value) {
        return Bilingual.of("'" + value + "' bukan angka", "'" + value + "' is not a number");
    }
}
