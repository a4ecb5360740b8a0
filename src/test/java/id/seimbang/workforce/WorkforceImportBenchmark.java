package id.seimbang.workforce;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.seimbang.tools.ProvinceGenerator;

/**
 * Generates a 20,000-employee / 800-unit province into target/, imports it into a fresh H2 file database
 * and prints the time and peak heap of the import and of a re-import (all unchanged).
 * {@code mvn -o test -Pbenchmark -Dtest=WorkforceImportBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(properties = "seimbang.sample-data.load-on-empty=false")
class WorkforceImportBenchmark {

    private static final Path DATABASE = Path.of("target/benchmark-db/" + System.currentTimeMillis());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:./" + DATABASE + "/seimbang;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    WorkforceImporter importer;

    @Test
    void import20kEmployees() throws Exception {
        Path dir = Path.of("target/province-20k");
        long t0 = System.nanoTime();
        new ProvinceGenerator(new ProvinceGenerator.Options(20_000, 800, 42, WorkforceFixtures.AS_OF)).writeTo(dir);
        System.out.printf("generate 20,000 employees / 800 units: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        measure("first import (all inserted)", dir);
        measure("re-import (all unchanged)", dir);
    }

    private void measure(String label, Path dir) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcBefore = gcMillis();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportReport report = importer.importBundle(CsvBundle.fromDirectory(dir), "benchmark");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        // Wall time depends on what else the machine runs: the CPU time of this thread (H2 is embedded, so
        // it includes the database work) and the load average say how to read it.
        System.out.printf("%s: %d ms wall, %d ms CPU of the importing thread, peak heap %d MB (sum of heap pool"
                + " peaks), GC %d ms, system load average %.1f on %d cores%n%s%n", label, millis, cpuMillis,
                peak / (1024 * 1024), gcMillis() - gcBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), report.describe());
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
