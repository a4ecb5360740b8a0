package id.seimbang.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Appends per second with a ~5 KB decision-like payload on an H2 file database (1, 2 and 8 threads), against
 * a baseline of plain INSERTs of the same rows (no canonical JSON, hashing or lock), and the time to
 * verify 10,000 records. Prints figures; asserts nothing. The append lock makes 2 and 8 threads
 * measure contention, not parallel inserts. {@code mvn -o test -Pbenchmark -Dtest=AuditTrailBenchmark}
 */
@Tag("benchmark")
class AuditTrailBenchmark {

    // 1,000 + 3,000 + 2 x 1,500 + 8 x 375 = 10,000 records to verify
    private static final int WARM_UP = 1000;
    private static final int SINGLE = 3000;

    @Test
    void appendsAndVerify() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "audit-benchmark", UUID.randomUUID().toString()));
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (HikariDataSource db = AuditFixtures.migrated(url)) {
            AuditTrail trail = AuditFixtures.trailOn(db);
            List<Map<String, Object>> payloads = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                payloads.add(AuditFixtures.realisticDecision(i));
            }
            int bytes = CanonicalJson.write(payloads.get(0)).getBytes(StandardCharsets.UTF_8).length;
            System.out.printf("payload: %,d bytes of canonical JSON%n", bytes);

            appendAll(trail, payloads, 1, WARM_UP);
            ObjectMapper plain = new ObjectMapper();
            for (int round = 0; round < 2; round++) { // the first round warms up
                long t0 = System.nanoTime();
                for (int i = 0; i < 2000; i++) {
                    plain.writeValueAsString(payloads.get(i % 100));
                }
                long t1 = System.nanoTime();
                for (int i = 0; i < 2000; i++) {
                    CanonicalJson.write(payloads.get(i % 100));
                }
                long t2 = System.nanoTime();
                if (round == 1) {
                    System.out.printf("plain Jackson writeValueAsString: %.1f us; canonical JSON: %.1f us per payload (%.1f x)%n",
                            (t1 - t0) / 1000.0 / 2000, (t2 - t1) / 1000.0 / 2000, (double) (t2 - t1) / (t1 - t0));
                }
            }

            double baseline = plainInserts(db, payloads, SINGLE, null);
            double baselineInTransaction = plainInserts(db, payloads, SINGLE, new TransactionTemplate(
                    new DataSourceTransactionManager(db)));
            double single = appendAll(trail, payloads, 1, SINGLE);
            double dual = appendAll(trail, payloads, 2, SINGLE / 2);
            double eight = appendAll(trail, payloads, 8, SINGLE / 8);
            System.out.printf("baseline plain INSERT (autocommit), 1 thread: %,.0f rows/s%n", baseline);
            System.out.printf("baseline plain INSERT, one transaction each, 1 thread: %,.0f rows/s (%.2f x baseline)%n",
                    baselineInTransaction, baselineInTransaction / baseline);
            System.out.printf("append, 1 thread: %,.0f records/s (%.2f x baseline)%n", single, single / baseline);
            System.out.printf("append, 2 threads: %,.0f records/s (%.2f x baseline)%n", dual, dual / baseline);
            System.out.printf("append, 8 threads: %,.0f records/s (%.2f x baseline)%n", eight, eight / baseline);

            long start = System.nanoTime();
            ChainVerification verification = trail.verify();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("verify: %,d records, ok=%s, %.2f s (%,.0f records/s)%n",
                    verification.recordsChecked(), verification.ok(), seconds, verification.recordsChecked() / seconds);
            new JdbcTemplate(db).execute("SHUTDOWN");
        }
    }

    private static double appendAll(AuditTrail trail, List<Map<String, Object>> payloads, int threads, int perThread)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        trail.append(AuditKind.DECISION, "benchmark", "pv-1", "NIP-" + i, payloads.get(i % payloads.size()));
                    }
                    return null;
                });
            }
            long start = System.nanoTime();
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
            return threads * perThread / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static String v3Script() {
        try (var in = AuditTrailBenchmark.class.getResourceAsStream("/db/migration/V3__audit.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same rows with fixed documents and fake hashes, in a table built by the V3 script, without triggers. */
    private static double plainInserts(HikariDataSource db, List<Map<String, Object>> payloads, int count,
            TransactionTemplate eachInTransaction) {
        JdbcTemplate sql = new JdbcTemplate(db);
        String table = "baseline_record_" + (eachInTransaction == null ? "autocommit" : "transaction");
        // The same table, constraints and indexes as V3, under another name.
        String ddl = v3Script().replace("audit_record", table).lines()
                .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        for (String statement : ddl.split(";")) {
            if (!statement.isBlank()) {
                sql.execute(statement);
            }
        }
        List<String> documents = payloads.stream().map(CanonicalJson::write).toList();
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Object[] row = {i, UUID.randomUUID().toString(), "DECISION", now, "benchmark", "pv-1", "NIP-" + i,
                    documents.get(i % documents.size()), String.format("%064d", i), String.format("%064d", i + 1)};
            String insert = "INSERT INTO " + table + " (sequence, id, kind, recorded_at, caller, policy_version, subject,"
                    + " document, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            if (eachInTransaction == null) {
                sql.update(insert, row);
            } else {
                eachInTransaction.executeWithoutResult(status -> sql.update(insert, row));
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
