package id.seimbang.audit;

import static id.seimbang.audit.AuditFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import id.seimbang.audit.ChainBreak.Reason;

/**
 * The PostgreSQL migrations and guard, on a real server. Opt-in, because the build has no server:
 * {@code mvn -o test -Dtest=AuditPostgresIntegrationTest -Dseimbang.test.postgres=jdbc:postgresql://host:port/db}
 * (user and password from {@code seimbang.test.postgres.user} / {@code .password}, default postgres / empty).
 * Each run works in its own schema and drops it afterwards.
 */
@EnabledIfSystemProperty(named = "seimbang.test.postgres", matches = "jdbc:postgresql:.+")
class AuditPostgresIntegrationTest {

    private final String schema = "audit_test_" + UUID.randomUUID().toString().replace("-", "");
    private HikariDataSource db;
    private AuditTrail trail;
    private JdbcTemplate sql;

    @BeforeEach
    void freshSchema() {
        String url = System.getProperty("seimbang.test.postgres");
        db = AuditFixtures.migrated(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                System.getProperty("seimbang.test.postgres.user", "postgres"),
                System.getProperty("seimbang.test.postgres.password", ""), "postgresql");
        trail = AuditFixtures.trailOn(db);
        sql = new JdbcTemplate(db);
    }

    @AfterEach
    void dropSchema() {
        sql.execute("DROP SCHEMA " + schema + " CASCADE");
        db.close();
    }

    @Test
    void theGuardRefusesUpdateDeleteAndTruncate() throws SQLException {
        for (int i = 1; i <= 3; i++) {
            trail.append(AuditKind.DECISION, "pg", "pv-1", "NIP-" + i, decision("n" + i, i));
        }
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_record SET caller = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only: UPDATE refused");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_record"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only: DELETE refused");
            // CASCADE: without it the foreign keys of tables that refer to the trail (objections) refuse first;
            // the guard must refuse even when a caller asks to empty those tables too
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE audit_record CASCADE"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only: TRUNCATE refused");
        }
        assertThat(trail.verify()).extracting(ChainVerification::ok, ChainVerification::recordsChecked)
                .containsExactly(true, 3L);
    }

    @Test
    void theFactsGuardRefusesUpdateDeleteAndTruncate() throws SQLException {
        FactsSnapshot facts = FactsSnapshot.of(Map.of("units", List.of("DINKES-1")));
        trail.append(AuditKind.DECISION, "pg", "pv-1", "NIP-1", decision("n1", 1), facts);
        trail.append(AuditKind.DECISION, "pg", "pv-1", "NIP-2", decision("n2", 2), facts);
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_facts SET document = '{}'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("audit_facts is append-only: UPDATE refused");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_facts"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("audit_facts is append-only: DELETE refused");
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE audit_facts CASCADE"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only: TRUNCATE refused");
        }
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM audit_facts", Long.class)).isEqualTo(1);
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void anEditedFactsSnapshotBreaksTheChainAtTheFirstRecordThatNamesIt() {
        FactsSnapshot facts = FactsSnapshot.of(Map.of("units", List.of("DINKES-1")));
        trail.append(AuditKind.DECISION, "pg", "pv-1", "NIP-1", decision("n1", 1));
        AuditRecord named = trail.append(AuditKind.DECISION, "pg", "pv-1", "NIP-2", decision("n2", 2), facts);
        sql.execute("DROP TRIGGER audit_facts_append_only ON audit_facts");
        sql.update("UPDATE audit_facts SET document = REPLACE(document, 'DINKES-1', 'DINKES-9')");

        ChainBreak broken = trail.verify().firstBroken();

        assertThat(broken.id()).isEqualTo(named.id());
        assertThat(broken.reason()).isEqualTo(Reason.FACTS_MISMATCH);
    }

    /** Issue 16, item 6: three instances (trails on their own pools) append at once to one chain. */
    @Test
    void threeInstancesAppendingAtOnceKeepOneChainWithoutForkOrDuplicateSequence() throws Exception {
        List<HikariDataSource> pools = new java.util.ArrayList<>();
        try {
            List<AuditTrail> trails = new java.util.ArrayList<>(List.of(trail));
            for (int i = 0; i < 2; i++) {
                HikariDataSource pool = new HikariDataSource();
                pool.setJdbcUrl(db.getJdbcUrl());
                pool.setUsername(db.getUsername());
                pool.setPassword(db.getPassword());
                pool.setMaximumPoolSize(4);
                pools.add(pool);
                trails.add(AuditFixtures.trailOn(pool));
            }
            AuditFixtures.assertConcurrentWritersKeepOneChain(trails, sql, 3, 100);
        } finally {
            pools.forEach(HikariDataSource::close);
        }
    }

    @Test
    void anAppendCommitsWithSynchronousCommitEvenWhenTheSessionDefaultIsOff() {
        try (HikariDataSource fresh = new HikariDataSource()) {
            fresh.setJdbcUrl(db.getJdbcUrl());
            fresh.setUsername(db.getUsername());
            fresh.setPassword(db.getPassword());
            fresh.setMaximumPoolSize(1);
            fresh.setConnectionInitSql("SET synchronous_commit = off"); // as a server or role default could be
            JdbcTemplate freshSql = new JdbcTemplate(fresh);
            org.springframework.transaction.support.TransactionTemplate tx =
                    new org.springframework.transaction.support.TransactionTemplate(
                            new org.springframework.jdbc.datasource.DataSourceTransactionManager(fresh));
            // inside the append's transaction, as the trail does it
            String inside = tx.execute(status -> {
                new AuditRecordRepository(freshSql).lockChain();
                return freshSql.queryForObject("SHOW synchronous_commit", String.class);
            });
            assertThat(inside).isEqualTo("on");
            assertThat(freshSql.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("off");
        }
    }

    @Test
    void anEditedDocumentBreaksTheChainAtThatRecord() {
        for (int i = 1; i <= 5; i++) {
            trail.append(AuditKind.DECISION, "pg", "pv-1", "NIP-" + i, decision("n" + i, i));
        }
        sql.execute("DROP TRIGGER audit_record_append_only ON audit_record");
        sql.update("UPDATE audit_record SET document = REPLACE(document, 'DINKES-3', 'DINKES-9') WHERE sequence = 3");

        ChainBreak broken = trail.verify().firstBroken();

        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.reason()).isEqualTo(Reason.HASH_MISMATCH);
    }

    /**
     * {@link AuditTrail#appendInTransaction} on PostgreSQL, with a second trail standing for another service instance
     * on the same database: a rolled-back caller leaves no record and no hole; the other instance's append waits on
     * the chain lock until the caller commits, then chains after its record.
     */
    @Test
    void anAppendInTheCallersTransactionCommitsWithItAndHoldsTheChainLockUntilThen() throws Exception {
        sql.execute("CREATE TABLE fact_change (id INT PRIMARY KEY)");
        org.springframework.transaction.support.TransactionTemplate callers =
                new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.datasource.DataSourceTransactionManager(db));
        assertThatThrownBy(() -> callers.executeWithoutResult(status -> {
            sql.update("INSERT INTO fact_change (id) VALUES (1)");
            trail.appendInTransaction(AuditKind.IMPORT, "steward", null, "surge", "rolled back");
            throw new IllegalStateException("after the append");
        })).hasMessage("after the append");
        assertThat(sql.queryForObject("SELECT count(*) FROM fact_change", Integer.class)).isZero();
        assertThat(sql.queryForObject("SELECT count(*) FROM audit_record", Integer.class)).isZero();

        AuditTrail otherInstance = AuditFixtures.trailOn(db);
        java.util.concurrent.CountDownLatch appended = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<AuditRecord> held = threads.submit(() -> callers.execute(status -> {
                sql.update("INSERT INTO fact_change (id) VALUES (2)");
                AuditRecord r = trail.appendInTransaction(AuditKind.IMPORT, "steward", null, "surge", "committed");
                appended.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return r;
            }));
            assertThat(appended.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            java.util.concurrent.Future<AuditRecord> other = threads.submit(
                    () -> otherInstance.append(AuditKind.DECISION, "pg", "pv-1", "NIP-1", decision("n1", 1)));
            Thread.sleep(500);
            assertThat(other.isDone()).as("the other instance waits for the chain lock").isFalse();
            release.countDown();
            assertThat(held.get(10, java.util.concurrent.TimeUnit.SECONDS).sequence()).isEqualTo(1);
            assertThat(other.get(10, java.util.concurrent.TimeUnit.SECONDS).sequence()).isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
        assertThat(sql.queryForObject("SELECT count(*) FROM fact_change", Integer.class)).isEqualTo(1);
        assertThat(trail.verify().ok()).isTrue();
    }
}
