package id.seimbang.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

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

/**
 * Placement evaluations per second without and with the memo, over the (employee, candidate cell)
 * tuples of a synthetic 20,000-employee, 800-unit province. Prints figures; asserts nothing about speed.
 * Run: {@code mvn -o test -Pbenchmark -Dtest=PlacementBenchmark}
 */
@Tag("benchmark")
class PlacementBenchmark {

    private static final int EMPLOYEES = 20_000;
    private static final int UNITS = 800;
    private static final int CANDIDATES_PER_EMPLOYEE = 75;
    /** Uncached DMN evaluation runs at thousands per second: timing a sample keeps the run short on 2 cores. */
    private static final int UNCACHED_SAMPLE = 10_000;

    private static final Map<String, List<String>> FIELDS = Map.of(
            "HEALTH", List.of("KEPERAWATAN", "KEBIDANAN", "KESEHATAN_MASYARAKAT", "KEDOKTERAN", "FARMASI"),
            "EDUCATION", List.of("PENDIDIKAN_GURU_SD", "PENDIDIKAN_MATEMATIKA", "PENDIDIKAN_BAHASA_INDONESIA", "PENDIDIKAN_IPA"),
            "FINANCE", List.of("AKUNTANSI", "EKONOMI", "MANAJEMEN_KEUANGAN"),
            "IT", List.of("TEKNIK_INFORMATIKA", "SISTEM_INFORMASI"),
            "POPULATION", List.of("STATISTIKA", "ILMU_ADMINISTRASI_NEGARA"),
            "ENGINEERING", List.of("TEKNIK_SIPIL", "ARSITEKTUR"),
            "ADMINISTRATION", List.of("ILMU_ADMINISTRASI_NEGARA", "ILMU_PEMERINTAHAN", "HUKUM", "MANAJEMEN", "SOSIOLOGI"));
    private static final Map<String, String> COMPETENCY = Map.of("HEALTH", "STR_PERAWAT", "EDUCATION",
            "SERTIFIKAT_PENDIDIK", "FINANCE", "PENGELOLAAN_KEUANGAN_DAERAH", "IT", "PENGEMBANGAN_APLIKASI",
            "POPULATION", "ADMINISTRASI_KEPENDUDUKAN", "ENGINEERING", "AHLI_KONSTRUKSI", "ADMINISTRATION", "KEARSIPAN");
    private static final Map<Sector, String> CORE_FAMILY = Map.of(Sector.HEALTH, "HEALTH", Sector.EDUCATION, "EDUCATION",
            Sector.FINANCE, "FINANCE", Sector.DIGITAL, "IT", Sector.POPULATION, "POPULATION", Sector.PUBLIC_WORKS,
            "ENGINEERING", Sector.GENERAL_ADMINISTRATION, "ADMINISTRATION");

    private record Cell(Unit unit, Position position) {
    }

    @Test
    void uncachedVersusMemoised() {
        Random random = new Random(20251126L);
        List<Cell> cells = province(random);
        List<PlacementInput> tuples = tuples(random, cells);
        Set<PlacementInput> distinct = new HashSet<>(tuples);

        PlacementEvaluator uncached = PlacementFixtures.newEvaluator();
        warmUp(uncached, tuples);
        long start = System.nanoTime();
        for (int i = 0; i < UNCACHED_SAMPLE; i++) {
            uncached.evaluateUncached(tuples.get((int) ((long) i * tuples.size() / UNCACHED_SAMPLE)));
        }
        double uncachedSeconds = (System.nanoTime() - start) / 1e9;
        double uncachedRate = UNCACHED_SAMPLE / uncachedSeconds;

        PlacementEvaluator memoised = PlacementFixtures.newEvaluator();
        start = System.nanoTime();
        for (PlacementInput tuple : tuples) {
            memoised.evaluate(tuple);
        }
        double memoSeconds = (System.nanoTime() - start) / 1e9;
        double memoRate = tuples.size() / memoSeconds;
        long firstPassEvaluations = memoised.evaluations();
        long firstPassHits = memoised.cacheHits();

        // a second pass over the same province: every tuple is now a hit (a later run against one snapshot)
        start = System.nanoTime();
        for (PlacementInput tuple : tuples) {
            memoised.evaluate(tuple);
        }
        double warmSeconds = (System.nanoTime() - start) / 1e9;
        double warmRate = tuples.size() / warmSeconds;

        System.out.printf("%nPlacement benchmark: %,d employees, %,d units, %,d cells, %,d (employee, candidate cell) tuples%n",
                EMPLOYEES, UNITS, cells.size(), tuples.size());
        System.out.printf("  distinct input tuples:  %,d (%.2f%% of all); %,d after unknown education fields read as LAINNYA%n",
                distinct.size(), 100.0 * distinct.size() / tuples.size(), memoised.cachedTuples());
        System.out.printf("  uncached (DMN each time, sample of %,d): %,.0f evaluations/s (%.2f s)%n",
                UNCACHED_SAMPLE, uncachedRate, uncachedSeconds);
        System.out.printf("  memoised (all %,d tuples):           %,.0f evaluations/s (%.2f s; %,d tuple misses, %,d hits; the"
                + " misses took %,d single-decision DMN evaluations)%n", tuples.size(), memoRate, memoSeconds,
                firstPassEvaluations, firstPassHits, memoised.decisionsEvaluated());
        System.out.printf("  memoised, second pass (all hits):     %,.0f evaluations/s (%.2f s)%n", warmRate, warmSeconds);
        System.out.printf("  ratio memoised / uncached: %.1fx first pass, %.0fx second pass; uncached all tuples would take about %.0f s%n",
                memoRate / uncachedRate, warmRate / uncachedRate, tuples.size() / uncachedRate);
        System.out.printf("  system load average during the run: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static void warmUp(PlacementEvaluator evaluator, List<PlacementInput> tuples) {
        for (int i = 0; i < 3_000; i++) {
            evaluator.evaluateUncached(tuples.get(i % tuples.size()));
        }
    }

    /** Ten kabupaten on Sumatra and one on an outer island; units clustered around their kabupaten centre. */
    private static List<Cell> province(Random random) {
        double[][] centres = {{-3.80, 102.27}, {-3.47, 102.52}, {-4.45, 102.92}, {-3.10, 101.90}, {-4.80, 103.40},
                {-2.55, 101.60}, {-3.95, 103.05}, {-4.15, 102.55}, {-2.90, 102.30}, {-3.60, 103.10}, {-5.35, 102.20}};
        List<Cell> cells = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            int kab = random.nextInt(centres.length);
            Sector sector = sector(random);
            Unit unit = new Unit("U" + u, "Unit " + u, "PROV", "K" + kab, sector,
                    centres[kab][0] + random.nextGaussian() * 0.12, centres[kab][1] + random.nextGaussian() * 0.12,
                    kab == centres.length - 1 ? "ENGGANO" : "SUMATRA", true);
            cells.add(new Cell(unit, position(CORE_FAMILY.get(sector), u % 20 == 0)));
            cells.add(new Cell(unit, position("ADMINISTRATION", false)));
            if (sector != Sector.GENERAL_ADMINISTRATION && random.nextInt(3) == 0) {
                cells.add(new Cell(unit, position(random.nextBoolean() ? "FINANCE" : "IT", false)));
            }
        }
        return cells;
    }

    private static Sector sector(Random random) {
        int r = random.nextInt(100);
        if (r < 50) return Sector.EDUCATION;
        if (r < 75) return Sector.HEALTH;
        if (r < 87) return Sector.GENERAL_ADMINISTRATION;
        if (r < 91) return Sector.POPULATION;
        if (r < 95) return Sector.PUBLIC_WORKS;
        return r < 98 ? Sector.FINANCE : Sector.DIGITAL;
    }

    private static Position position(String family, boolean strategic) {
        return new Position(family + (strategic ? "-KEPALA" : ""), family, PositionType.FUNGSIONAL, "AHLI_MUDA", family,
                EducationLevel.S1, Set.of(), strategic);
    }

    /** Every employee against 75 candidate cells, mostly of their own job family. */
    private static List<PlacementInput> tuples(Random random, List<Cell> cells) {
        List<PlacementInput> tuples = new ArrayList<>(EMPLOYEES * CANDIDATES_PER_EMPLOYEE);
        for (int e = 0; e < EMPLOYEES; e++) {
            Cell home = cells.get(random.nextInt(cells.size()));
            String family = home.position().jobFamily();
            Employee employee = employee(random, e, home, family);
            List<Cell> sameFamily = cells.stream().filter(c -> c.position().jobFamily().equals(family)).toList();
            for (int c = 0; c < CANDIDATES_PER_EMPLOYEE; c++) {
                Cell target = random.nextInt(10) < 8 ? sameFamily.get(random.nextInt(sameFamily.size()))
                        : cells.get(random.nextInt(cells.size()));
                tuples.add(PlacementInput.of(employee, target.unit(), target.position(), random.nextInt(100) == 0));
            }
        }
        return tuples;
    }

    private static Employee employee(Random random, int index, Cell home, String family) {
        List<String> fields = FIELDS.get(family);
        String field = random.nextInt(10) < 8 ? fields.get(random.nextInt(fields.size())) : "LAINNYA";
        Unit unit = home.unit();
        String homeKabupaten = random.nextInt(100) < 85 ? unit.kabupatenCode() : "K" + random.nextInt(11);
        int spouse = random.nextInt(10);
        SkpPredicate skp = skp(random);
        return new Employee(String.format("19850101201001%04d", index % 10_000), "E" + index, EmploymentStatus.PNS,
                "III/b", unit.code(), home.position().code(), LocalDate.of(2019, 1, 1), LocalDate.of(2010, 1, 1),
                LocalDate.of(1985, 1, 1), Sex.FEMALE, EducationLevel.S1, field,
                random.nextInt(10) < 3 ? Set.of(COMPETENCY.get(family)) : Set.of(),
                List.of(new SkpAppraisal(2024, skp), new SkpAppraisal(2025, skp)), List.of(), false, null, null, null, null,
                homeKabupaten, unit.latitude() + random.nextGaussian() * 0.05, unit.longitude() + random.nextGaussian() * 0.05,
                unit.island(), spouse < 6 ? homeKabupaten : spouse < 7 ? "K" + random.nextInt(11) : null,
                random.nextInt(100) < 3, random.nextInt(10) < 3 ? 1 + random.nextInt(9) : null);
    }

    private static SkpPredicate skp(Random random) {
        int r = random.nextInt(100);
        if (r < 25) return SkpPredicate.SANGAT_BAIK;
        if (r < 90) return SkpPredicate.BAIK;
        return r < 97 ? SkpPredicate.BUTUH_PERBAIKAN : SkpPredicate.KURANG;
    }
}
