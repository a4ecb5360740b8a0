package id.seimbang.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.test.context.DynamicPropertyRegistry;

import id.seimbang.tools.ProvinceGenerator;

/**
 * For benchmarks: a generated province (deterministic, seed 42) in target/, loaded at start-up into a fresh
 * H2 file database as if it were the sample province.
 */
public final class GeneratedProvince {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);
    /** The size the benchmarks generate: {@code -Dbenchmark.employees} (20,000), {@code -Dbenchmark.units} (800). */
    public static final int EMPLOYEES = Integer.getInteger("benchmark.employees", 20_000);
    public static final int UNITS = Integer.getInteger("benchmark.units", 800);

    private GeneratedProvince() {
    }

    /** {@link #register(DynamicPropertyRegistry, int, int)} with the configured size. */
    public static void register(DynamicPropertyRegistry registry) {
        register(registry, EMPLOYEES, UNITS);
    }

    /** Generates the province once per size and points the service's start-up loader and database at it. */
    public static void register(DynamicPropertyRegistry registry, int employees, int units) {
        Path dir = Path.of("target/province-" + employees + "-" + units); // one folder per size: units too
        try {
            if (!Files.exists(dir.resolve("employees.csv"))) {
                new ProvinceGenerator(new ProvinceGenerator.Options(employees, units, 42, AS_OF)).writeTo(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path database = Path.of("target/benchmark-db/" + employees + "-" + System.nanoTime());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:./" + database + "/seimbang;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("seimbang.sample-data.path", dir::toString);
    }

    public static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the last reset, in MB. */
    public static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    public static String machine() {
        return String.format("load average %.1f on %d cores",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
