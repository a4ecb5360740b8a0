package id.seimbang.tools;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.seimbang.workforce.CsvKind;
import id.seimbang.workforce.EducationLevel;
import id.seimbang.workforce.Employee;
import id.seimbang.workforce.EmploymentStatus;
import id.seimbang.workforce.InstansiLevel;
import id.seimbang.workforce.Nip;
import id.seimbang.workforce.PositionType;
import id.seimbang.workforce.RequestReason;
import id.seimbang.workforce.Sanction;
import id.seimbang.workforce.SanctionLevel;
import id.seimbang.workforce.Sector;
import id.seimbang.workforce.Sex;
import id.seimbang.workforce.SkpAppraisal;
import id.seimbang.workforce.SkpPredicate;
import id.seimbang.workforce.Unit;

/**
 * Writes a synthetic but realistic Provinsi Bengkulu as a CSV bundle (tests-data/README.md) at any
 * scale. Deterministic: the same options give byte-identical files, because every random draw comes
 * from one seeded {@link Random} in a fixed order and "today" is the fixed {@code asOf} date.
 *
 * <p>Imbalance is built in on purpose, so that balancing has something to do: school teachers and
 * population-registry (Dukcapil) staff are well below need, the Sekretariat Daerah and BKD/BKPSDM
 * pelaksana well above it, and every other cell scatters around its need.
 */
public final class ProvinceGenerator {

    public record Options(int employees, int units, long seed, LocalDate asOf) {
        public static Options bengkulu() {
            return new Options(2500, 62, 17L, LocalDate.of(2026, 1, 1));
        }
    }

    private static final String SUMATERA = "SUMATERA";
    private static final String ENGGANO = "ENGGANO";
    private static final double E = 1250;

    private record Kab(String code, String name, boolean kota, double lat, double lon, List<String> kecamatan) {
        String instansiCode() {
            return (kota ? "KOTA-" : "KAB-") + code;
        }

        String shortName() {
            return name.replace("Kabupaten ", "");
        }
    }

    private static final List<Kab> KABUPATEN = List.of(
            new Kab("1771", "Kota Bengkulu", true, -3.7956, 102.2592, List.of("Ratu Agung", "Gading Cempaka",
                    "Teluk Segara", "Sungai Serut", "Muara Bangkahulu", "Selebar", "Kampung Melayu", "Ratu Samban",
                    "Singaran Pati")),
            new Kab("1701", "Kabupaten Bengkulu Selatan", false, -4.4669, 102.9050, List.of("Kota Manna",
                    "Pino Raya", "Kedurang", "Seginim", "Air Nipis", "Pasar Manna")),
            new Kab("1702", "Kabupaten Rejang Lebong", false, -3.4700, 102.5200, List.of("Curup", "Curup Timur",
                    "Selupu Rejang", "Padang Ulak Tanding", "Kota Padang", "Bermani Ulu")),
            new Kab("1703", "Kabupaten Bengkulu Utara", false, -3.4420, 102.1960, List.of("Arga Makmur", "Ketahun",
                    "Lais", "Kerkap", "Putri Hijau", "Air Besi")),
            new Kab("1704", "Kabupaten Kaur", false, -4.8150, 103.3700, List.of("Kaur Selatan", "Nasal", "Maje",
                    "Kaur Tengah", "Tanjung Kemuning", "Kinal")),
            new Kab("1705", "Kabupaten Seluma", false, -4.0300, 102.5700, List.of("Seluma", "Sukaraja", "Talo",
                    "Semidang Alas", "Air Periukan", "Ilir Talo")),
            new Kab("1706", "Kabupaten Mukomuko", false, -2.5830, 101.1170, List.of("Kota Mukomuko",
                    "Lubuk Pinang", "Teras Terunjam", "Ipuh", "Pondok Suguh", "Penarik")),
            new Kab("1707", "Kabupaten Lebong", false, -3.1600, 102.2000, List.of("Lebong Utara", "Lebong Selatan",
                    "Rimbo Pengadang", "Lebong Atas", "Lebong Tengah", "Amen")),
            new Kab("1708", "Kabupaten Kepahiang", false, -3.6430, 102.5780, List.of("Kepahiang", "Ujan Mas",
                    "Kabawetan", "Tebat Karai", "Bermani Ilir", "Muara Kemumu")),
            new Kab("1709", "Kabupaten Bengkulu Tengah", false, -3.6700, 102.3900, List.of("Karang Tinggi",
                    "Taba Penanjung", "Pondok Kelapa", "Talang Empat", "Pagar Jati", "Pondok Kubang")));
    private static final Kab CAPITAL = KABUPATEN.get(0);
    private static final Kab BENGKULU_UTARA = KABUPATEN.get(3);
    private static final String PROVINCE = "PROV-17";

    // ----- positions -------------------------------------------------------------------------------

    private record Pos(String code, String name, PositionType type, String level, String family, EducationLevel min,
            List<String> fields, boolean strategic) {
    }

    private static final List<String> TEACHING = List.of("PENDIDIKAN_GURU_SD", "PENDIDIKAN_MATEMATIKA",
            "PENDIDIKAN_BAHASA_INDONESIA", "PENDIDIKAN_BAHASA_INGGRIS", "PENDIDIKAN_IPA", "PENDIDIKAN_IPS",
            "PENDIDIKAN_JASMANI");
    private static final List<String> FINANCE = List.of("AKUNTANSI", "EKONOMI", "MANAJEMEN_KEUANGAN");
    private static final List<String> IT = List.of("TEKNIK_INFORMATIKA", "SISTEM_INFORMASI", "ILMU_KOMPUTER");
    private static final List<String> ADMIN_FIELDS = List.of("ADMINISTRASI_PUBLIK", "ILMU_PEMERINTAHAN", "HUKUM",
            "MANAJEMEN", "ILMU_KOMUNIKASI", "SOSIOLOGI", "UMUM");

    private static final List<Pos> POSITIONS = List.of(
            fung("DOKTER_AP", "Dokter Ahli Pertama", "AHLI_PERTAMA", "HEALTH", EducationLevel.S1, "KEDOKTERAN"),
            fung("DOKTER_AM", "Dokter Ahli Muda", "AHLI_MUDA", "HEALTH", EducationLevel.S1, "KEDOKTERAN"),
            fung("DOKTER_SPESIALIS_AMD", "Dokter Spesialis Ahli Madya", "AHLI_MADYA", "HEALTH", EducationLevel.S2,
                    "KEDOKTERAN"),
            fung("PERAWAT_TRP", "Perawat Terampil", "TERAMPIL", "HEALTH", EducationLevel.D3, "KEPERAWATAN"),
            fung("PERAWAT_MHR", "Perawat Mahir", "MAHIR", "HEALTH", EducationLevel.D3, "KEPERAWATAN"),
            fung("PERAWAT_AP", "Perawat Ahli Pertama", "AHLI_PERTAMA", "HEALTH", EducationLevel.S1, "KEPERAWATAN"),
            fung("BIDAN_TRP", "Bidan Terampil", "TERAMPIL", "HEALTH", EducationLevel.D3, "KEBIDANAN"),
            fung("APOTEKER_AP", "Apoteker Ahli Pertama", "AHLI_PERTAMA", "HEALTH", EducationLevel.S1, "FARMASI"),
            fung("PRANATA_LAB_TRP", "Pranata Laboratorium Kesehatan Terampil", "TERAMPIL", "HEALTH",
                    EducationLevel.D3, "ANALIS_KESEHATAN"),
            fung("EPIDEMIOLOG_AM", "Epidemiolog Kesehatan Ahli Muda", "AHLI_MUDA", "HEALTH", EducationLevel.S1,
                    "KESEHATAN_MASYARAKAT"),
            fung("PENYULUH_KESMAS_AP", "Penyuluh Kesehatan Masyarakat Ahli Pertama", "AHLI_PERTAMA", "HEALTH",
                    EducationLevel.S1, "KESEHATAN_MASYARAKAT"),
            fung("GURU_AP", "Guru Ahli Pertama", "AHLI_PERTAMA", "EDUCATION", EducationLevel.S1,
                    TEACHING.toArray(String[]::new)),
            fung("GURU_AM", "Guru Ahli Muda", "AHLI_MUDA", "EDUCATION", EducationLevel.S1,
                    TEACHING.toArray(String[]::new)),
            fung("GURU_AMD", "Guru Ahli Madya", "AHLI_MADYA", "EDUCATION", EducationLevel.S1,
                    TEACHING.toArray(String[]::new)),
            fung("PENGAWAS_SEKOLAH_AMD", "Pengawas Sekolah Ahli Madya", "AHLI_MADYA", "EDUCATION", EducationLevel.S2,
                    TEACHING.toArray(String[]::new)),
            fung("PENGEMBANG_TP_AP", "Pengembang Teknologi Pembelajaran Ahli Pertama", "AHLI_PERTAMA", "EDUCATION",
                    EducationLevel.S1, "TEKNOLOGI_PENDIDIKAN", "TEKNIK_INFORMATIKA"),
            fung("ANALIS_KEUANGAN_AP", "Analis Keuangan Pusat dan Daerah Ahli Pertama", "AHLI_PERTAMA", "FINANCE",
                    EducationLevel.S1, FINANCE.toArray(String[]::new)),
            fung("ANALIS_KEUANGAN_AM", "Analis Keuangan Pusat dan Daerah Ahli Muda", "AHLI_MUDA", "FINANCE",
                    EducationLevel.S1, FINANCE.toArray(String[]::new)),
            fung("PEMERIKSA_PAJAK_AP", "Pemeriksa Pajak Daerah Ahli Pertama", "AHLI_PERTAMA", "FINANCE",
                    EducationLevel.S1, "AKUNTANSI", "PERPAJAKAN", "EKONOMI"),
            pel("PENGELOLA_KEUANGAN", "Pengelola Keuangan", "FINANCE", EducationLevel.D3,
                    FINANCE.toArray(String[]::new)),
            pel("BENDAHARA", "Bendahara", "FINANCE", EducationLevel.SMA),
            fung("PRAKOM_TRP", "Pranata Komputer Terampil", "TERAMPIL", "IT", EducationLevel.D3,
                    IT.toArray(String[]::new)),
            strategic(fung("PRAKOM_AP", "Pranata Komputer Ahli Pertama", "AHLI_PERTAMA", "IT", EducationLevel.S1,
                    IT.toArray(String[]::new))),
            strategic(fung("PRAKOM_AM", "Pranata Komputer Ahli Muda", "AHLI_MUDA", "IT", EducationLevel.S1,
                    IT.toArray(String[]::new))),
            fung("PRANATA_HUMAS_AP", "Pranata Hubungan Masyarakat Ahli Pertama", "AHLI_PERTAMA", "IT",
                    EducationLevel.S1, "ILMU_KOMUNIKASI"),
            fung("STATISTISI_AP", "Statistisi Ahli Pertama", "AHLI_PERTAMA", "IT", EducationLevel.S1, "STATISTIKA",
                    "MATEMATIKA"),
            fung("ADM_DATABASE_KEPENDUDUKAN_AP", "Administrator Database Kependudukan Ahli Pertama", "AHLI_PERTAMA",
                    "POPULATION", EducationLevel.S1, "TEKNIK_INFORMATIKA", "SISTEM_INFORMASI", "ILMU_KOMPUTER",
                    "STATISTIKA"),
            fung("ADM_DATABASE_KEPENDUDUKAN_TRP", "Administrator Database Kependudukan Terampil", "TERAMPIL",
                    "POPULATION", EducationLevel.D3, "TEKNIK_INFORMATIKA", "SISTEM_INFORMASI", "ILMU_KOMPUTER"),
            pel("PENGADMINISTRASI_REGISTRASI", "Pengadministrasi Registrasi Kependudukan", "POPULATION",
                    EducationLevel.SMA),
            pel("PENGOLAH_DATA_KEPENDUDUKAN", "Pengolah Data Kependudukan", "POPULATION", EducationLevel.D3),
            fung("TEKNIK_JALAN_AP", "Teknik Jalan dan Jembatan Ahli Pertama", "AHLI_PERTAMA", "ENGINEERING",
                    EducationLevel.S1, "TEKNIK_SIPIL"),
            fung("TEKNIK_JALAN_AM", "Teknik Jalan dan Jembatan Ahli Muda", "AHLI_MUDA", "ENGINEERING",
                    EducationLevel.S1, "TEKNIK_SIPIL"),
            fung("TEKNIK_TATA_BANGUNAN_AP", "Teknik Tata Bangunan dan Perumahan Ahli Pertama", "AHLI_PERTAMA",
                    "ENGINEERING", EducationLevel.S1, "TEKNIK_SIPIL", "ARSITEKTUR"),
            pel("PENGAWAS_LAPANGAN", "Pengawas Lapangan Pekerjaan Konstruksi", "ENGINEERING", EducationLevel.D3,
                    "TEKNIK_SIPIL"),
            fung("ANALIS_SDMA_AP", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", "AHLI_PERTAMA",
                    "ADMINISTRATION", EducationLevel.S1),
            strategic(fung("ANALIS_KEBIJAKAN_AM", "Analis Kebijakan Ahli Muda", "AHLI_MUDA", "ADMINISTRATION",
                    EducationLevel.S1, "ADMINISTRASI_PUBLIK", "ILMU_PEMERINTAHAN", "HUKUM", "EKONOMI")),
            fung("PERENCANA_AP", "Perencana Ahli Pertama", "AHLI_PERTAMA", "ADMINISTRATION", EducationLevel.S1,
                    "EKONOMI", "PERENCANAAN_WILAYAH", "ADMINISTRASI_PUBLIK"),
            fung("ARSIPARIS_TRP", "Arsiparis Terampil", "TERAMPIL", "ADMINISTRATION", EducationLevel.D3),
            fung("ARSIPARIS_PENYELIA", "Arsiparis Penyelia", "PENYELIA", "ADMINISTRATION", EducationLevel.D3),
            pel("PENGADMINISTRASI_PERKANTORAN", "Pengadministrasi Perkantoran", "ADMINISTRATION", EducationLevel.SMA),
            pel("PENATA_LAYANAN_OPERASIONAL", "Penata Layanan Operasional", "ADMINISTRATION", EducationLevel.D3),
            pel("OPERATOR_LAYANAN_OPERASIONAL", "Operator Layanan Operasional", "ADMINISTRATION", EducationLevel.SMA),
            new Pos("KASUBBAG_UMUM", "Kepala Subbagian Umum dan Kepegawaian", PositionType.PENGAWAS, "PENGAWAS",
                    "ADMINISTRATION", EducationLevel.S1, List.of(), false),
            new Pos("KEPALA_BIDANG", "Kepala Bidang", PositionType.ADMINISTRATOR, "ADMINISTRATOR", "ADMINISTRATION",
                    EducationLevel.S1, List.of(), true),
            new Pos("SEKRETARIS", "Sekretaris Dinas/Badan", PositionType.ADMINISTRATOR, "ADMINISTRATOR",
                    "ADMINISTRATION", EducationLevel.S1, List.of(), true),
            new Pos("KEPALA_OPD", "Kepala Dinas/Badan", PositionType.JPT, "JPT", "ADMINISTRATION", EducationLevel.S2,
                    List.of(), true));

    private static Pos fung(String code, String name, String level, String family, EducationLevel min,
            String... fields) {
        return new Pos(code, name, PositionType.FUNGSIONAL, level, family, min, List.of(fields), false);
    }

    private static Pos pel(String code, String name, String family, EducationLevel min, String... fields) {
        return new Pos(code, name, PositionType.PELAKSANA, "PELAKSANA", family, min, List.of(fields), false);
    }

    private static Pos strategic(Pos p) {
        return new Pos(p.code, p.name, p.type, p.level, p.family, p.min, p.fields, true);
    }

    private static final Map<String, Pos> POSITION_BY_CODE = new HashMap<>();

    static {
        POSITIONS.forEach(p -> POSITION_BY_CODE.put(p.code, p));
    }

    // ----- unit templates: staff needed per position and the staffing ratio B/N built in ------------

    private record Slot(String position, double need, double staffing) {
    }

    private record Template(String abbreviation, Sector sector, List<Slot> slots) {
    }

    private static Slot s(String position, double need) {
        return new Slot(position, need, 1.0);
    }

    private static Slot s(String position, double need, double staffing) {
        return new Slot(position, need, staffing);
    }

    private static List<Slot> leadership(double pelaksanaNeed, double pelaksanaStaffing) {
        return List.of(s("KEPALA_OPD", 1), s("SEKRETARIS", 1), s("KEPALA_BIDANG", 3), s("KASUBBAG_UMUM", 1),
                s("PENGADMINISTRASI_PERKANTORAN", pelaksanaNeed, pelaksanaStaffing),
                s("OPERATOR_LAYANAN_OPERASIONAL", pelaksanaNeed / 2, pelaksanaStaffing),
                s("ARSIPARIS_TRP", 1), s("PENGELOLA_KEUANGAN", 2), s("BENDAHARA", 1));
    }

    private static Template template(String abbreviation, Sector sector, List<Slot> base, Slot... own) {
        List<Slot> slots = new ArrayList<>(base);
        slots.addAll(List.of(own));
        return new Template(abbreviation, sector, slots);
    }

    private static final Template SETDA = template("SETDA", Sector.GENERAL_ADMINISTRATION, leadership(8, 2.3),
            s("ANALIS_KEBIJAKAN_AM", 4), s("PERENCANA_AP", 3), s("PENATA_LAYANAN_OPERASIONAL", 6, 1.9),
            s("ARSIPARIS_PENYELIA", 1), s("PRANATA_HUMAS_AP", 2));
    private static final Template BKD = template("BKD", Sector.GENERAL_ADMINISTRATION, leadership(4, 1.8),
            s("ANALIS_SDMA_AP", 6, 0.9), s("PENATA_LAYANAN_OPERASIONAL", 3, 1.6), s("PRAKOM_TRP", 1));
    private static final Template DINKES = template("DINKES", Sector.HEALTH, leadership(3, 1.3),
            s("EPIDEMIOLOG_AM", 3), s("PENYULUH_KESMAS_AP", 3), s("APOTEKER_AP", 2), s("DOKTER_AM", 1),
            s("PERENCANA_AP", 1));
    private static final Template RSUD = template("RSUD", Sector.HEALTH, leadership(4, 1.2),
            s("DOKTER_SPESIALIS_AMD", 8, 0.6), s("DOKTER_AP", 8, 0.8), s("PERAWAT_TRP", 30, 0.85),
            s("PERAWAT_MHR", 10), s("PERAWAT_AP", 10, 0.9), s("BIDAN_TRP", 8), s("APOTEKER_AP", 3),
            s("PRANATA_LAB_TRP", 5), s("PRAKOM_TRP", 2));
    private static final Template PUSKESMAS = new Template("PKM", Sector.HEALTH, List.of(s("DOKTER_AP", 2, 0.7),
            s("PERAWAT_TRP", 6, 0.9), s("PERAWAT_AP", 2), s("BIDAN_TRP", 6), s("PRANATA_LAB_TRP", 1),
            s("PENYULUH_KESMAS_AP", 1), s("KASUBBAG_UMUM", 1), s("PENGADMINISTRASI_PERKANTORAN", 2, 1.4),
            s("BENDAHARA", 1)));
    private static final Template DISDIK = template("DIKBUD", Sector.EDUCATION, leadership(4, 1.5),
            s("PENGAWAS_SEKOLAH_AMD", 6, 0.7), s("PENGEMBANG_TP_AP", 2), s("PERENCANA_AP", 1), s("PRAKOM_TRP", 1));
    private static final Template SD = new Template("SDN", Sector.EDUCATION, List.of(s("GURU_AP", 6, 0.55),
            s("GURU_AM", 4, 0.6), s("GURU_AMD", 2, 0.8), s("PENGADMINISTRASI_PERKANTORAN", 1, 1.5)));
    private static final Template SMP = new Template("SMPN", Sector.EDUCATION, List.of(s("GURU_AP", 10, 0.6),
            s("GURU_AM", 8, 0.65), s("GURU_AMD", 4, 0.85), s("PENGADMINISTRASI_PERKANTORAN", 2, 1.4),
            s("BENDAHARA", 1)));
    private static final Template SMA = new Template("SMAN", Sector.EDUCATION, List.of(s("GURU_AP", 12, 0.6),
            s("GURU_AM", 10, 0.7), s("GURU_AMD", 6, 0.9), s("PENGADMINISTRASI_PERKANTORAN", 3, 1.3),
            s("BENDAHARA", 1), s("PRAKOM_TRP", 1)));
    private static final Template BPKAD = template("BPKAD", Sector.FINANCE, leadership(4, 1.2),
            s("ANALIS_KEUANGAN_AP", 6, 0.8), s("ANALIS_KEUANGAN_AM", 3), s("PRAKOM_AP", 1, 0.5));
    private static final Template BAPENDA = template("BAPENDA", Sector.FINANCE, leadership(4, 1.2),
            s("PEMERIKSA_PAJAK_AP", 6, 0.7), s("ANALIS_KEUANGAN_AP", 2), s("PRAKOM_TRP", 1));
    private static final Template DISKOMINFO = template("DISKOMINFO", Sector.DIGITAL, leadership(3, 1.4),
            s("PRAKOM_AP", 5, 0.6), s("PRAKOM_AM", 2, 0.5), s("PRAKOM_TRP", 3), s("PRANATA_HUMAS_AP", 3),
            s("STATISTISI_AP", 2));
    private static final Template DUKCAPIL = template("DUKCAPIL", Sector.POPULATION, leadership(2, 1.0),
            s("ADM_DATABASE_KEPENDUDUKAN_AP", 4, 0.5), s("ADM_DATABASE_KEPENDUDUKAN_TRP", 4, 0.55),
            s("PENGADMINISTRASI_REGISTRASI", 10, 0.6), s("PENGOLAH_DATA_KEPENDUDUKAN", 6, 0.6));
    private static final Template PUPR = template("PUPR", Sector.PUBLIC_WORKS, leadership(4, 1.1),
            s("TEKNIK_JALAN_AP", 6, 0.75), s("TEKNIK_JALAN_AM", 3), s("TEKNIK_TATA_BANGUNAN_AP", 3),
            s("PENGAWAS_LAPANGAN", 6));

    /** A unit to create: template, instansi, kabupaten, display name, code and optional fixed place. */
    private record UnitPlan(Template template, String instansi, Kab kab, String name, String code, String island,
            Double lat, Double lon) {
    }

    private final Options options;
    private final Random random;

    public ProvinceGenerator(Options options) {
        if (options.units < 1 || options.employees < 1) {
            throw new IllegalArgumentException("units and employees must be positive");
        }
        this.options = options;
        this.random = new Random(options.seed);
    }

    /** Writes the nine CSV files into {@code directory} (created if needed). */
    public void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<UnitPlan> plans = unitPlans(options.units);

        try (CSVPrinter out = printer(directory, CsvKind.KABUPATEN)) {
            for (Kab k : KABUPATEN) {
                out.printRecord(k.code, k.name, coordinate(k.lat), coordinate(k.lon));
            }
        }
        try (CSVPrinter out = printer(directory, CsvKind.INSTANSI)) {
            out.printRecord(PROVINCE, "Pemerintah Provinsi Bengkulu", InstansiLevel.PROVINSI, CAPITAL.code);
            for (Kab k : KABUPATEN) {
                out.printRecord(k.instansiCode(), "Pemerintah " + k.name, k.kota ? InstansiLevel.KOTA
                        : InstansiLevel.KABUPATEN, k.code);
            }
        }
        List<Unit> units = new ArrayList<>();
        try (CSVPrinter out = printer(directory, CsvKind.UNITS)) {
            for (UnitPlan p : plans) {
                double lat = p.lat != null ? p.lat : jitter(p.kab.lat, 0.12);
                double lon = p.lon != null ? p.lon : jitter(p.kab.lon, 0.12);
                Unit unit = new Unit(p.code, p.name, p.instansi, p.kab.code, p.template.sector, round(lat), round(lon),
                        p.island, true);
                units.add(unit);
                out.printRecord(unit.code(), unit.name(), unit.instansiCode(), unit.kabupatenCode(), unit.sector(),
                        coordinate(lat), coordinate(lon), unit.island(), true);
            }
        }
        try (CSVPrinter out = printer(directory, CsvKind.POSITIONS)) {
            for (Pos p : POSITIONS) {
                out.printRecord(p.code, p.name, p.type, p.level, p.family, p.min, String.join("|", p.fields),
                        p.strategic);
            }
        }

        // Staff per cell: scale the template needs so that the staff adds up to the requested head count.
        record Cell(UnitPlan plan, Unit unit, Slot slot, double need) {
        }
        List<Cell> cells = new ArrayList<>();
        double staffedNeed = 0;
        for (int i = 0; i < plans.size(); i++) {
            for (Slot slot : plans.get(i).template.slots) {
                double need = slot.need * (0.8 + 0.4 * random.nextDouble());
                cells.add(new Cell(plans.get(i), units.get(i), slot, need));
                staffedNeed += need * slot.staffing;
            }
        }
        double scale = options.employees / staffedNeed;
        double[] target = new double[cells.size()];
        int[] staff = new int[cells.size()];
        int assigned = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            double scatter = c.slot.staffing == 1.0 ? 0.8 + 0.4 * random.nextDouble() : 1.0;
            target[i] = c.need * scale * c.slot.staffing * scatter;
            staff[i] = (int) Math.floor(target[i]);
            assigned += staff[i];
        }
        // Largest remainders get the last few people, so that the total is exact.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int byRemainder = Double.compare(target[b] - staff[b], target[a] - staff[a]);
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int k = 0; assigned < options.employees; k = (k + 1) % order.size()) {
            staff[order.get(k)]++;
            assigned++;
        }
        while (assigned > options.employees) {
            for (int k = order.size() - 1; k >= 0 && assigned > options.employees; k--) {
                if (staff[order.get(k)] > 0) {
                    staff[order.get(k)]--;
                    assigned--;
                }
            }
        }
        try (CSVPrinter out = printer(directory, CsvKind.FORMATION)) {
            for (Cell c : cells) {
                out.printRecord(c.unit.code(), c.slot.position, Math.round(c.need * scale * E));
            }
        }

        PersonFactory people = new PersonFactory();
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            for (int n = 0; n < staff[i]; n++) {
                persons.add(people.create(cells.get(i).unit, cells.get(i).plan.kab, POSITION_BY_CODE.get(
                        cells.get(i).slot.position)));
            }
        }
        try (CSVPrinter out = printer(directory, CsvKind.EMPLOYEES)) {
            for (Person p : persons) {
                Employee e = p.employee;
                out.printRecord(e.nip(), e.name(), e.status(), e.golongan(), e.unitCode(), e.positionCode(),
                        e.positionTmt(), e.cpnsTmt(), e.birthDate(), e.sex(), e.educationLevel(), e.educationField(),
                        String.join("|", p.competencies), e.legalProcess(), text(e.studyLeaveFrom()),
                        text(e.studyLeaveUntil()), text(e.serviceBondFrom()), text(e.serviceBondUntil()), e.homeKabupatenCode(), coordinate(e.homeLatitude()),
                        coordinate(e.homeLongitude()), e.homeIsland(), text(e.spouseKabupatenCode()),
                        e.healthReason(), text(e.talentBox()));
            }
        }
        try (CSVPrinter out = printer(directory, CsvKind.SKP)) {
            for (Person p : persons) {
                for (SkpAppraisal a : p.employee.skp()) {
                    out.printRecord(p.employee.nip(), a.year(), a.predicate());
                }
            }
        }
        try (CSVPrinter out = printer(directory, CsvKind.SANCTIONS)) {
            for (Person p : persons) {
                for (Sanction s : p.employee.sanctions()) {
                    out.printRecord(p.employee.nip(), s.level(), s.from(), s.until());
                }
            }
        }
        try (CSVPrinter out = printer(directory, CsvKind.REQUESTS)) {
            writeRequests(out, persons, units);
        }
    }

    private void writeRequests(CSVPrinter out, List<Person> persons, List<Unit> units) throws IOException {
        Set<String> cellKeys = new java.util.HashSet<>();
        for (Unit u : units) {
            for (Slot slot : templateOf(u).slots) {
                cellKeys.add(u.code() + "/" + slot.position);
            }
        }
        for (Person p : persons) {
            Employee e = p.employee;
            if (e.status() == EmploymentStatus.CPNS || random.nextDouble() >= 0.04) {
                continue;
            }
            double r = random.nextDouble();
            RequestReason reason = e.healthReason() || r < 0.12 ? RequestReason.HEALTH
                    : e.spouseKabupatenCode() != null && r < 0.55 ? RequestReason.FAMILY : RequestReason.PERSONAL;
            String wantedKab = reason == RequestReason.FAMILY ? e.spouseKabupatenCode()
                    : random.nextDouble() < 0.6 ? e.homeKabupatenCode()
                    : KABUPATEN.get(random.nextInt(KABUPATEN.size())).code;
            Unit current = units.stream().filter(u -> u.code().equals(e.unitCode())).findFirst().orElseThrow();
            List<Unit> candidates = units.stream().filter(u -> !u.code().equals(current.code())
                    && u.kabupatenCode().equals(wantedKab) && u.sector() == current.sector()).toList();
            if (candidates.isEmpty()) {
                candidates = units.stream().filter(u -> !u.code().equals(current.code())
                        && u.kabupatenCode().equals(wantedKab)).toList();
            }
            if (candidates.isEmpty()) {
                continue;
            }
            Unit target = candidates.get(random.nextInt(candidates.size()));
            String position = cellKeys.contains(target.code() + "/" + e.positionCode()) ? e.positionCode() : "";
            LocalDate date = options.asOf.minusDays(1 + random.nextInt(330));
            out.printRecord(e.nip(), target.code(), position, reason, date);
        }
    }

    private final Map<String, Template> templateByUnit = new HashMap<>();

    private Template templateOf(Unit unit) {
        return templateByUnit.get(unit.code());
    }

    // ----- units -------------------------------------------------------------------------------------

    /**
     * The first {@code count} units of a fixed priority list: every instansi's core offices first, the
     * Enggano puskesmas (so that inter-island moves exist), then schools, puskesmas and the remaining
     * offices, then more schools and puskesmas round-robin over the kabupaten.
     */
    private List<UnitPlan> unitPlans(int count) {
        List<UnitPlan> plans = new ArrayList<>();
        Map<String, Integer> counters = new HashMap<>();
        // Tier 1: provincial core offices, then four core offices in every kabupaten/kota.
        prov(plans, SETDA, "Sekretariat Daerah Provinsi Bengkulu");
        prov(plans, BKD, "Badan Kepegawaian Daerah Provinsi Bengkulu");
        prov(plans, DINKES, "Dinas Kesehatan Provinsi Bengkulu");
        prov(plans, DISDIK, "Dinas Pendidikan dan Kebudayaan Provinsi Bengkulu");
        prov(plans, BPKAD, "Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Bengkulu");
        prov(plans, BAPENDA, "Badan Pendapatan Daerah Provinsi Bengkulu");
        prov(plans, DISKOMINFO, "Dinas Komunikasi, Informatika dan Statistik Provinsi Bengkulu");
        prov(plans, PUPR, "Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Bengkulu");
        for (Kab k : KABUPATEN) {
            kab(plans, SETDA, k, "Sekretariat Daerah " + k.name);
            kab(plans, DINKES, k, "Dinas Kesehatan " + k.name);
            kab(plans, DISDIK, k, "Dinas Pendidikan dan Kebudayaan " + k.name);
            kab(plans, DUKCAPIL, k, "Dinas Kependudukan dan Pencatatan Sipil " + k.name);
        }
        // Tier 2: Enggano, the provincial hospital and a provincial SMA, a school and a puskesmas everywhere.
        plans.add(new UnitPlan(PUSKESMAS, BENGKULU_UTARA.instansiCode(), BENGKULU_UTARA, "Puskesmas Kahyapu Enggano",
                BENGKULU_UTARA.code + "-PKM-ENGGANO", ENGGANO, -5.3947, 102.2669));
        plans.add(new UnitPlan(RSUD, PROVINCE, CAPITAL, "RSUD Dr. M. Yunus Bengkulu", "PROV-17-RSUD-MYUNUS",
                SUMATERA, -3.8264, 102.3036));
        school(plans, counters, SMA, PROVINCE, CAPITAL);
        for (Kab k : KABUPATEN) {
            school(plans, counters, SD, k.instansiCode(), k);
        }
        for (Kab k : KABUPATEN) {
            puskesmas(plans, counters, k);
        }
        // Tier 3: the remaining offices of every kabupaten/kota.
        for (Template t : List.of(BPKAD, DISKOMINFO, PUPR, BKD, BAPENDA, RSUD)) {
            for (Kab k : KABUPATEN) {
                String name = switch (t.abbreviation) {
                    case "BPKAD" -> "Badan Pengelolaan Keuangan dan Aset Daerah " + k.name;
                    case "DISKOMINFO" -> "Dinas Komunikasi dan Informatika " + k.name;
                    case "PUPR" -> "Dinas Pekerjaan Umum dan Penataan Ruang " + k.name;
                    case "BKD" -> "Badan Kepegawaian dan Pengembangan SDM " + k.name;
                    case "BAPENDA" -> "Badan Pendapatan Daerah " + k.name;
                    default -> "RSUD " + k.shortName();
                };
                kab(plans, t, k, name);
            }
        }
        // Beyond: schools and puskesmas, round-robin over the kabupaten, until there are enough units.
        for (int round = 0; plans.size() < count; round++) {
            for (Kab k : KABUPATEN) {
                school(plans, counters, SD, k.instansiCode(), k);
                school(plans, counters, round % 2 == 0 ? SMP : SD, k.instansiCode(), k);
                if (round % 3 == 0) {
                    school(plans, counters, SMA, PROVINCE, k);
                }
                puskesmas(plans, counters, k);
            }
        }
        List<UnitPlan> chosen = plans.subList(0, count);
        chosen.forEach(p -> templateByUnit.put(p.code, p.template));
        return chosen;
    }

    private static void prov(List<UnitPlan> plans, Template t, String name) {
        plans.add(new UnitPlan(t, PROVINCE, CAPITAL, name, PROVINCE + "-" + t.abbreviation, SUMATERA, null, null));
    }

    private static void kab(List<UnitPlan> plans, Template t, Kab k, String name) {
        plans.add(new UnitPlan(t, k.instansiCode(), k, name, k.code + "-" + t.abbreviation, SUMATERA, null, null));
    }

    private static void school(List<UnitPlan> plans, Map<String, Integer> counters, Template t, String instansi,
            Kab k) {
        int n = counters.merge(t.abbreviation + k.code, 1, Integer::sum);
        String kind = switch (t.abbreviation) {
            case "SDN" -> "SD Negeri";
            case "SMPN" -> "SMP Negeri";
            default -> "SMA Negeri";
        };
        plans.add(new UnitPlan(t, instansi, k, kind + " " + n + " " + k.shortName(),
                (instansi.equals(PROVINCE) ? PROVINCE + "-" : "") + k.code + "-" + t.abbreviation + n, SUMATERA,
                null, null));
    }

    private static void puskesmas(List<UnitPlan> plans, Map<String, Integer> counters, Kab k) {
        int n = counters.merge("PKM" + k.code, 1, Integer::sum);
        String kecamatan = k.kecamatan.get((n - 1) % k.kecamatan.size());
        int cycle = (n - 1) / k.kecamatan.size();
        String name = "Puskesmas " + kecamatan + (cycle == 0 ? "" : " " + roman(cycle + 1));
        plans.add(new UnitPlan(PUSKESMAS, k.instansiCode(), k, name, k.code + "-PKM" + n, SUMATERA, null, null));
    }

    private static String roman(int n) {
        String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n < r.length ? r[n] : String.valueOf(n);
    }

    // ----- people ------------------------------------------------------------------------------------

    private record Person(Employee employee, List<String> competencies) {
    }

    private static final List<String> MALE_NAMES = List.of("Ahmad", "Budi", "Dedi", "Eko", "Fajar", "Hendra",
            "Irfan", "Joko", "Rudi", "Agus", "Bambang", "Rahmat", "Syaiful", "Yusuf", "Andi", "Dian", "Heri",
            "Iwan", "Teguh", "Wahyu", "Zulkifli", "Ferry", "Rizki", "Arif", "Slamet");
    private static final List<String> FEMALE_NAMES = List.of("Siti", "Dewi", "Sri", "Rina", "Yuli", "Wulan", "Nurul",
            "Fitri", "Lestari", "Maya", "Ratna", "Desi", "Eka", "Indah", "Mega", "Novi", "Putri", "Rahma", "Sari",
            "Winda", "Yanti", "Erna", "Herlina", "Lusi", "Tuti");
    private static final List<String> SECOND_NAMES = List.of("Saputra", "Pratama", "Wijaya", "Hidayat", "Kurniawan",
            "Susanto", "Setiawan", "Gunawan", "Harahap", "Siregar", "Nasution", "Lubis", "Rahmawati", "Handayani",
            "Permata", "Anggraini", "Yusuf", "Syahputra", "Fitriani", "Oktaviani", "Rejang", "Sembiring",
            "Marpaung", "Hasibuan", "Effendi", "Mulyadi", "Sudirman", "Damanik", "Ramadhan", "Febriani");

    private static final Map<Sector, List<String>> SECTOR_FIELDS = Map.of(
            Sector.HEALTH, List.of("KESEHATAN_MASYARAKAT", "KEPERAWATAN", "KEBIDANAN"),
            Sector.EDUCATION, TEACHING,
            Sector.FINANCE, FINANCE,
            Sector.DIGITAL, IT,
            Sector.POPULATION, List.of("SISTEM_INFORMASI", "ADMINISTRASI_PUBLIK", "STATISTIKA"),
            Sector.PUBLIC_WORKS, List.of("TEKNIK_SIPIL", "ARSITEKTUR", "TEKNIK_LINGKUNGAN"),
            Sector.GENERAL_ADMINISTRATION, ADMIN_FIELDS);
    private static final List<String> ALL_FIELDS;

    static {
        Set<String> all = new LinkedHashSet<>();
        SECTOR_FIELDS.keySet().stream().sorted().forEach(s -> all.addAll(SECTOR_FIELDS.get(s)));
        POSITIONS.forEach(p -> all.addAll(p.fields));
        ALL_FIELDS = List.copyOf(all);
    }

    private static final Map<String, List<String>> COMPETENCIES = Map.of(
            "HEALTH", List.of("PELAYANAN_KESEHATAN_DASAR", "KEGAWATDARURATAN", "SURVEILANS_EPIDEMIOLOGI",
                    "MANAJEMEN_PUSKESMAS", "PELAYANAN_KIA"),
            "EDUCATION", List.of("KURIKULUM_MERDEKA", "ASESMEN_PEMBELAJARAN", "PEMBELAJARAN_DIGITAL",
                    "BIMBINGAN_KONSELING"),
            "FINANCE", List.of("PENYUSUNAN_ANGGARAN", "AKUNTANSI_PEMERINTAHAN", "SIPD", "MANAJEMEN_ASET",
                    "PERPAJAKAN_DAERAH"),
            "IT", List.of("PEMROGRAMAN", "JARINGAN_KOMPUTER", "KEAMANAN_INFORMASI", "ANALISIS_DATA",
                    "TATA_KELOLA_SPBE"),
            "POPULATION", List.of("SIAK", "PELAYANAN_ADMINDUK", "ANALISIS_DATA", "PENGELOLAAN_DATABASE"),
            "ENGINEERING", List.of("PERENCANAAN_JALAN", "PENGAWASAN_KONSTRUKSI", "PENGADAAN_BARANG_JASA",
                    "AUTOCAD"),
            "ADMINISTRATION", List.of("PELAYANAN_PUBLIK", "KEARSIPAN", "MANAJEMEN_SDM", "PENGADAAN_BARANG_JASA",
                    "PENYUSUNAN_KEBIJAKAN", "KEPEMIMPINAN"));

    private final class PersonFactory {

        private final Map<String, Integer> serials = new HashMap<>();

        Person create(Unit unit, Kab unitKab, Pos pos) {
            LocalDate asOf = options.asOf;
            Sex sex = pos.code.startsWith("BIDAN") ? Sex.FEMALE
                    : random.nextDouble() < (pos.family.equals("HEALTH") || pos.family.equals("EDUCATION") ? 0.7 : 0.45)
                            ? Sex.FEMALE : Sex.MALE;
            int bup = bup(pos);
            int[] ages = ageRange(pos);
            double nearRetirement = random.nextDouble();
            double age = nearRetirement < 0.05 ? bup - random.nextDouble() * 1.5
                    : ages[0] + random.nextDouble() * (Math.min(ages[1], bup - 0.2) - ages[0]);
            LocalDate birth = asOf.minusDays((long) (age * 365.25));
            // A quarter were appointed in the last ten years; the rest earlier, at 22–35.
            LocalDate earliestCpns = birth.plusYears(pos.min.rank() >= EducationLevel.S1.rank() ? 23 : 19);
            LocalDate cpns;
            if (random.nextDouble() < 0.25 && earliestCpns.isBefore(asOf.minusYears(1))) {
                LocalDate from = max(earliestCpns, asOf.minusYears(10));
                cpns = between(from, asOf.minusMonths(1));
            } else {
                LocalDate latest = min(birth.plusYears(35), asOf.minusMonths(1));
                cpns = between(earliestCpns.isBefore(latest) ? earliestCpns : latest.minusMonths(1), latest);
            }
            cpns = cpns.withDayOfMonth(1);
            EmploymentStatus status = cpns.isAfter(asOf.minusYears(1)) ? EmploymentStatus.CPNS
                    : random.nextDouble() < 0.08 ? EmploymentStatus.PPPK : EmploymentStatus.PNS;

            String prefix = Nip.of(birth, YearMonth.from(cpns), sex, 1).substring(0, 15);
            int serial = serials.merge(prefix, 1, Integer::sum);
            String nip = Nip.of(birth, YearMonth.from(cpns), sex, serial);

            EducationLevel education = pos.min == EducationLevel.S1 && random.nextDouble() < 0.15 ? EducationLevel.S2
                    : pos.min;
            String field;
            if (!pos.fields.isEmpty() && random.nextDouble() >= 0.03) {
                field = pos.fields.get(random.nextInt(pos.fields.size()));
            } else if (random.nextDouble() < 0.65) {
                List<String> own = SECTOR_FIELDS.get(unit.sector());
                field = own.get(random.nextInt(own.size()));
            } else {
                // The mismatches balancing should notice: nurses in offices, IT graduates in finance…
                field = ALL_FIELDS.get(random.nextInt(ALL_FIELDS.size()));
            }
            if (education.rank() <= EducationLevel.SMA.rank() && pos.fields.isEmpty()) {
                field = random.nextDouble() < 0.7 ? "UMUM" : field;
            }

            int serviceYears = (int) java.time.temporal.ChronoUnit.YEARS.between(cpns, asOf);
            String golongan = golongan(status, education, serviceYears);

            LocalDate firstPosition = cpns.plusYears(1).isBefore(asOf) ? cpns.plusYears(1) : cpns;
            double r = random.nextDouble();
            LocalDate positionTmt;
            if (status == EmploymentStatus.CPNS) {
                positionTmt = cpns;
            } else if (r < 0.15) {
                positionTmt = max(firstPosition, between(asOf.minusMonths(23), asOf.minusMonths(1)));
            } else if (r < 0.40) {
                positionTmt = between(firstPosition, max(firstPosition, asOf.minusYears(5)));
            } else {
                positionTmt = between(max(firstPosition, asOf.minusYears(5)), asOf.minusMonths(24));
            }
            positionTmt = max(positionTmt.withDayOfMonth(1), cpns);

            List<String> pool = COMPETENCIES.get(pos.family);
            Set<String> competencies = new LinkedHashSet<>();
            int howMany = 1 + random.nextInt(3);
            for (int i = 0; i < howMany; i++) {
                competencies.add(pool.get(random.nextInt(pool.size())));
            }
            List<String> sortedCompetencies = competencies.stream().sorted().toList();

            List<SkpAppraisal> skp = new ArrayList<>();
            for (int year = asOf.getYear() - 3; year < asOf.getYear(); year++) {
                if (cpns.getYear() < year) {
                    skp.add(new SkpAppraisal(year, predicate()));
                }
            }
            List<Sanction> sanctions = new ArrayList<>();
            if (random.nextDouble() < 0.04) {
                double l = random.nextDouble();
                SanctionLevel level = l < 0.6 ? SanctionLevel.RINGAN : l < 0.9 ? SanctionLevel.SEDANG : SanctionLevel.BERAT;
                LocalDate from = max(cpns.plusMonths(6), asOf.minusDays(30 + random.nextInt(4 * 365)));
                sanctions.add(new Sanction(level, from, from.plusMonths(level == SanctionLevel.RINGAN ? 6 : 12)
                        .minusDays(1)));
            }
            boolean legal = random.nextDouble() < 0.005;
            LocalDate studyLeave = status == EmploymentStatus.PNS && random.nextDouble() < 0.015
                    ? asOf.plusMonths(3 + random.nextInt(30)) : null;
            LocalDate serviceBond = serviceYears < 10 && random.nextDouble() < 0.03
                    ? asOf.plusMonths(random.nextInt(48) - 12) : null;

            Kab home = unitKab;
            String island = unit.island();
            double homeLat;
            double homeLon;
            if (ENGGANO.equals(unit.island()) && random.nextDouble() < 0.6) {
                // Most staff posted to Enggano come from the mainland.
                home = KABUPATEN.get(random.nextInt(KABUPATEN.size()));
                island = SUMATERA;
                homeLat = jitter(home.lat, 0.08);
                homeLon = jitter(home.lon, 0.08);
            } else if (!ENGGANO.equals(unit.island()) && random.nextDouble() < 0.15) {
                home = KABUPATEN.get(random.nextInt(KABUPATEN.size()));
                homeLat = jitter(home.lat, 0.08);
                homeLon = jitter(home.lon, 0.08);
            } else {
                homeLat = jitter(unit.latitude(), 0.05);
                homeLon = jitter(unit.longitude(), 0.05);
            }
            String spouse = null;
            if (random.nextDouble() < 0.35) {
                spouse = random.nextDouble() < 0.75 ? home.code : KABUPATEN.get(random.nextInt(KABUPATEN.size())).code;
            }
            boolean health = random.nextDouble() < 0.01;
            Integer talentBox = random.nextDouble() < 0.3 ? talentBox() : null;

            String name = name(sex, education, pos);
            Employee e = new Employee(nip, name, status, golongan, unit.code(), pos.code, positionTmt, cpns, birth,
                    sex, education, field, Set.copyOf(sortedCompetencies), skp, sanctions, legal, null, studyLeave,
                    null, serviceBond, home.code, round(homeLat), round(homeLon), island, spouse, health, talentBox);
            return new Person(e, sortedCompetencies);
        }

        private SkpPredicate predicate() {
            double r = random.nextDouble();
            return r < 0.2 ? SkpPredicate.SANGAT_BAIK : r < 0.9 ? SkpPredicate.BAIK
                    : r < 0.97 ? SkpPredicate.BUTUH_PERBAIKAN : r < 0.995 ? SkpPredicate.KURANG
                    : SkpPredicate.SANGAT_KURANG;
        }

        private int talentBox() {
            int[] boxes = {1, 2, 3, 4, 4, 5, 5, 5, 5, 6, 6, 7, 7, 8, 9};
            return boxes[random.nextInt(boxes.length)];
        }

        private String name(Sex sex, EducationLevel education, Pos pos) {
            List<String> first = sex == Sex.MALE ? MALE_NAMES : FEMALE_NAMES;
            String name = first.get(random.nextInt(first.size())) + " "
                    + SECOND_NAMES.get(random.nextInt(SECOND_NAMES.size()));
            if (pos.code.startsWith("DOKTER")) {
                return "dr. " + name + (pos.code.contains("SPESIALIS") ? ", Sp.PD" : "");
            }
            String degree = switch (education) {
                case S1, D4 -> switch (pos.family) {
                    case "HEALTH" -> pos.code.startsWith("PERAWAT") ? "S.Kep." : pos.code.startsWith("APOTEKER")
                            ? "S.Farm., Apt." : "S.K.M.";
                    case "EDUCATION" -> "S.Pd.";
                    case "FINANCE" -> "S.E.";
                    case "IT", "POPULATION" -> "S.Kom.";
                    case "ENGINEERING" -> "S.T.";
                    default -> "S.Sos.";
                };
                case S2 -> "M.Si.";
                case D3 -> pos.code.startsWith("BIDAN") ? "A.Md.Keb." : pos.code.startsWith("PERAWAT") ? "A.Md.Kep."
                        : "A.Md.";
                default -> "";
            };
            return degree.isEmpty() ? name : name + ", " + degree;
        }
    }

    static int bup(Pos pos) {
        if (pos.family.equals("EDUCATION") && pos.code.startsWith("GURU")) {
            return 60;
        }
        return switch (pos.level) {
            case "JPT", "AHLI_MADYA" -> 60;
            case "AHLI_UTAMA" -> 65;
            default -> 58;
        };
    }

    private static int[] ageRange(Pos pos) {
        return switch (pos.level) {
            case "AHLI_PERTAMA", "TERAMPIL" -> new int[] {24, 50};
            case "AHLI_MUDA", "MAHIR" -> new int[] {31, 57};
            case "AHLI_MADYA", "PENYELIA" -> new int[] {40, 60};
            case "JPT" -> new int[] {45, 60};
            case "ADMINISTRATOR" -> new int[] {38, 58};
            case "PENGAWAS" -> new int[] {32, 58};
            default -> new int[] {21, 58};
        };
    }

    private static String golongan(EmploymentStatus status, EducationLevel education, int serviceYears) {
        if (status == EmploymentStatus.PPPK) {
            return switch (education) {
                case S2, S3 -> "X";
                case S1, D4 -> "IX";
                case D3 -> "VII";
                default -> "V";
            };
        }
        // Start grade by education (SMA II/a, D3 II/c, S1 III/a, S2 III/b), one step up every four years.
        int start = switch (education) {
            case S3 -> 10;
            case S2 -> 9;
            case S1, D4 -> 8;
            case D3 -> 6;
            case D1, D2 -> 5;
            default -> 4;
        };
        int step = Math.min(16, start + (status == EmploymentStatus.CPNS ? 0 : serviceYears / 4));
        String[] rooms = {"I", "II", "III", "IV"};
        return step < 12 ? rooms[step / 4] + "/" + (char) ('a' + step % 4) : "IV/" + (char) ('a' + step - 12);
    }

    // ----- helpers -----------------------------------------------------------------------------------

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * days));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private double jitter(double value, double spread) {
        return value + (random.nextDouble() * 2 - 1) * spread;
    }

    private static double round(double value) {
        return Math.round(value * 100_000) / 100_000.0;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static CSVPrinter printer(Path directory, CsvKind kind) throws IOException {
        Writer writer = Files.newBufferedWriter(directory.resolve(kind.fileName()), StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeader(kind.columns().toArray(String[]::new)).get());
    }
}
