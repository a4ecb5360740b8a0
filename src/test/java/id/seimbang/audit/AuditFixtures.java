package id.seimbang.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

/** A fresh, migrated H2 database per test and a trail on it; payloads shaped like real decisions. */
final class AuditFixtures {

    private AuditFixtures() {
    }

    /** An in-memory H2 database in PostgreSQL mode, migrated with the same locations as application.yml. */
    static HikariDataSource freshInMemoryDatabase() {
        return migrated("jdbc:h2:mem:audit-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    static HikariDataSource migrated(String url) {
        return migrated(url, "sa", "", "h2");
    }

    /** {@code vendor} as Spring Boot fills in {@code {vendor}}: h2 or postgresql. */
    static HikariDataSource migrated(String url, String user, String password, String vendor) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(4);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load().migrate();
        return dataSource;
    }

    static AuditTrail trailOn(HikariDataSource dataSource) {
        return new AuditTrail(new AuditRecordRepository(new JdbcTemplate(dataSource)),
                new DataSourceTransactionManager(dataSource), Clock.system(ZoneOffset.UTC));
    }

    static AuditTrail trailOn(HikariDataSource dataSource, Clock clock) {
        return new AuditTrail(new AuditRecordRepository(new JdbcTemplate(dataSource)),
                new DataSourceTransactionManager(dataSource), clock);
    }

    /**
     * Appends {@code perThread} records from each of {@code threadsPerTrail} threads on every trail at once (each
     * trail standing for a service instance with its own connection pool), and checks that the database holds
     * one chain: it verifies, and its sequence numbers are exactly 1..n, with no gap and no duplicate.
     */
    static void assertConcurrentWritersKeepOneChain(List<AuditTrail> trails, JdbcTemplate sql, int threadsPerTrail,
            int perThread) throws InterruptedException {
        java.util.Queue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < trails.size(); t++) {
            AuditTrail trail = trails.get(t);
            for (int k = 0; k < threadsPerTrail; k++) {
                String caller = "instance-" + t + "-thread-" + k;
                Thread thread = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < perThread; i++) {
                            trail.append(AuditKind.DECISION, caller, "pv-1", "S" + i, decision("n" + i, i));
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                thread.start();
                threads.add(thread);
            }
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
        long total = (long) trails.size() * threadsPerTrail * perThread;
        for (AuditTrail trail : trails) {
            org.assertj.core.api.Assertions.assertThat(trail.verify())
                    .extracting(ChainVerification::ok, ChainVerification::recordsChecked).containsExactly(true, total);
        }
        org.assertj.core.api.Assertions.assertThat(sql.queryForList("SELECT sequence FROM audit_record ORDER BY sequence",
                Long.class)).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, total).boxed().toList());
    }

    static Clock fixedClock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** A small decision-like payload. */
    static Map<String, Object> decision(String nip, int rank) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("nip", nip);
        payload.put("asOf", "2026-11-26");
        payload.put("moves", List.of(Map.of("unit", "DINKES-" + rank, "gain", 4, "penalty", 1.5)));
        return payload;
    }

    /**
     * About 5 KB of canonical JSON, shaped like a decision record: facts snapshot, ten ranked moves with
     * reasons, fired rules and matched DMN rows.
     */
    static Map<String, Object> realisticDecision(int n) {
        Map<String, Object> employee = new LinkedHashMap<>();
        employee.put("nip", String.format("19800101200501%04d", n % 10000));
        employee.put("name", "Pegawai Contoh " + n);
        employee.put("status", "PNS");
        employee.put("golongan", "III/c");
        employee.put("unit", "DINKES-KAB-" + (n % 40));
        employee.put("position", "PRANATA-KOMPUTER-AHLI-PERTAMA");
        employee.put("tmtPosition", "2019-03-01");
        employee.put("skp", List.of(Map.of("year", 2024, "predikat", "BAIK"), Map.of("year", 2025, "predikat", "SANGAT_BAIK")));
        employee.put("education", Map.of("level", "S1", "field", "Teknik Informatika"));
        employee.put("home", Map.of("kabupaten", "3201", "lat", -6.597147, "lon", 106.806038));
        List<Map<String, Object>> moves = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> move = new LinkedHashMap<>();
            move.put("unit", "DISKOMINFO-KAB-" + i);
            move.put("position", "PRANATA-KOMPUTER-AHLI-PERTAMA");
            move.put("gain", 10 - i);
            move.put("penalty", 0.5 * i);
            move.put("score", 10 - 1.5 * i);
            move.put("fit", "SESUAI");
            move.put("relocationSupport", "TRANSPORT");
            move.put("acceptanceRisk", "RENDAH");
            move.put("reasons", List.of(Map.of("id", "Pendidikan sesuai dengan jabatan tujuan",
                    "en", "Education matches the target position"),
                    Map.of("id", "Jarak 12 km dari domisili", "en", "12 km from home"),
                    Map.of("id", "Unit tujuan kekurangan 3 pegawai", "en", "Target unit is 3 staff short")));
            moves.add(move);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("inputs", Map.of("employee", employee, "asOf", "2026-11-26", "scope", "SAME_INSTANSI", "limit", 10));
        payload.put("eligibility", Map.of("eligible", true, "firedRules", List.of(
                Map.of("rule", "ELIG-TENURE-2Y", "regulation", "PP 11/2017 jo. PP 17/2020 Pasal 190",
                        "message", Map.of("id", "Masa jabatan 7 tahun 8 bulan, minimal 2 tahun",
                                "en", "7 years 8 months in position, at least 2 years")),
                Map.of("rule", "ROT-DUE-5Y", "regulation", "Permenpan RB 2024",
                        "message", Map.of("id", "Sudah waktunya rotasi", "en", "Rotation due")))));
        payload.put("placement", Map.of("matchedRows", List.of(
                Map.of("table", "fit", "rows", List.of("fit-3", "fit-7"), "annotation", "Bidang pendidikan sesuai sektor"),
                Map.of("table", "penalty", "rows", List.of("pen-2"), "annotation", "Jarak sedang"))));
        payload.put("moves", moves);
        payload.put("imbalance", Map.of("before", 1532.25, "after", 1514.25));
        return payload;
    }
}
