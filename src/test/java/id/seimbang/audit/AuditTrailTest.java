package id.seimbang.audit;

import static id.seimbang.audit.AuditFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;


import id.seimbang.audit.ChainBreak.Reason;

/** The trail on a fresh in-memory H2 database per test. */
class AuditTrailTest extends InMemoryTrailTest {

    private List<AuditRecord> appendFive() {
        List<AuditRecord> appended = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            appended.add(trail.append(AuditKind.DECISION, "tester", "pv-1", "19800101200501100" + i, decision("n" + i, i)));
        }
        return appended;
    }

    /** What a DBA (or an intruder with DBA rights) would do before editing the table. */
    private void dropGuard() {
        sql.execute("DROP TRIGGER audit_record_append_only");
    }

    @Test
    void aChainOfAppendsVerifies() {
        List<AuditRecord> records = appendFive();

        assertThat(records).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(records.get(0).previousHash()).isEqualTo(AuditTrail.GENESIS);
        for (int i = 1; i < 5; i++) {
            assertThat(records.get(i).previousHash()).isEqualTo(records.get(i - 1).hash());
        }
        ChainVerification verification = trail.verify();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(5);
        assertThat(verification.lastSequence()).isEqualTo(5L);
        assertThat(verification.lastHash()).isEqualTo(records.get(4).hash());
        assertThat(verification.firstBroken()).isNull();
    }

    @Test
    void anEmptyChainVerifies() {
        assertThat(trail.verify()).isEqualTo(new ChainVerification(true, 0, null, null, null, null));
    }

    @Test
    void hashIsSha256OfThePreviousHashFollowedByTheStoredDocument() throws Exception {
        appendFive();
        AuditRecord stored = trail.find(trail.search(null, null, null, null, 1).get(0).id()).orElseThrow();

        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((stored.previousHash() + stored.document()).getBytes(StandardCharsets.UTF_8));
        assertThat(stored.hash()).isEqualTo(HexFormat.of().formatHex(digest)).hasSize(64);
        assertThat(CanonicalJson.normalise(stored.document())).isEqualTo(stored.document());
        assertThat(CanonicalJson.write(stored.payload())).isEqualTo(CanonicalJson.write(decision("n5", 5)));
    }

    @Test
    void theDocumentHoldsTheRecordFieldsInCanonicalForm() {
        AuditTrail pinned = AuditFixtures.trailOn(db, AuditFixtures.fixedClock("2026-11-26T02:25:39.123456Z"));
        AuditRecord record = pinned.append(AuditKind.PLAN, "planner", null, "PLAN-7", List.of(1, 2));

        assertThat(record.recordedAt()).isEqualTo(Instant.parse("2026-11-26T02:25:39.123Z"));
        assertThat(record.document()).isEqualTo("{\"caller\":\"planner\",\"id\":\"" + record.id()
                + "\",\"kind\":\"PLAN\",\"payload\":[1,2],\"policyVersion\":null,"
                + "\"recordedAt\":\"2026-11-26T02:25:39.123Z\",\"sequence\":1,\"subject\":\"PLAN-7\"}");
        assertThat(trail.find(record.id())).contains(record);
    }

    @Test
    void anEditedDocumentBreaksTheChainAtThatRecord() {
        List<AuditRecord> records = appendFive();
        dropGuard();
        sql.update("UPDATE audit_record SET document = REPLACE(document, 'DINKES-3', 'DINKES-9') WHERE sequence = 3");

        ChainVerification verification = trail.verify();

        assertThat(verification.ok()).isFalse();
        assertThat(verification.recordsChecked()).isEqualTo(3);
        assertThat(verification.lastSequence()).isEqualTo(2L);
        assertThat(verification.lastHash()).isEqualTo(records.get(1).hash());
        ChainBreak broken = verification.firstBroken();
        assertThat(broken.id()).isEqualTo(records.get(2).id());
        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.reason()).isEqualTo(Reason.HASH_MISMATCH);
        assertThat(broken.message().en()).isEqualTo("hash does not match content");
    }

    @Test
    void anEditedPreviousHashBreaksTheChainAtThatRecord() {
        List<AuditRecord> records = appendFive();
        dropGuard();
        sql.update("UPDATE audit_record SET previous_hash = ? WHERE sequence = 3", "f".repeat(64));

        ChainBreak broken = trail.verify().firstBroken();

        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.id()).isEqualTo(records.get(2).id());
        assertThat(broken.reason()).isEqualTo(Reason.PREVIOUS_HASH_MISMATCH);
        assertThat(broken.message().en()).isEqualTo("previous hash does not match");
    }

    @Test
    void aRewrittenRecordWithARecomputedHashBreaksTheLinkToTheNextRecord() throws Exception {
        List<AuditRecord> records = appendFive();
        AuditRecord third = records.get(2);
        String forged = third.document().replace("DINKES-3", "DINKES-9");
        String forgedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((third.previousHash() + forged).getBytes(StandardCharsets.UTF_8)));
        dropGuard();
        sql.update("UPDATE audit_record SET document = ?, hash = ? WHERE sequence = 3", forged, forgedHash);

        ChainBreak broken = trail.verify().firstBroken();

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.reason()).isEqualTo(Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void anEditedSearchColumnIsReportedAsNotMatchingTheDocument() {
        appendFive();
        dropGuard();
        sql.update("UPDATE audit_record SET caller = 'someone-else' WHERE sequence = 3");

        ChainBreak broken = trail.verify().firstBroken();

        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.reason()).isEqualTo(Reason.COLUMN_MISMATCH);
        assertThat(broken.message().en()).contains("caller");
    }

    @Test
    void aDeletedRecordBreaksTheChainAtItsSuccessor() {
        appendFive();
        dropGuard();
        sql.update("DELETE FROM audit_record WHERE sequence = 3");

        ChainBreak broken = trail.verify().firstBroken();

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.reason()).isEqualTo(Reason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void theDatabaseGuardRefusesUpdateDeleteAndTruncateFromPlainJdbc() throws SQLException {
        List<AuditRecord> records = appendFive();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_record SET caller = 'x' WHERE sequence = 3"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only: UPDATE refused");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_record"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only: DELETE refused");
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE TABLE audit_record"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Cannot truncate");
        }
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM audit_record", Long.class)).isEqualTo(5);
        assertThat(trail.find(records.get(2).id())).contains(records.get(2));
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void concurrentAppendsFromSeveralThreadsKeepOneValidChain() throws Exception {
        int threads = 4;
        int perThread = 300; // 1,200 records: verify walks three pages
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        trail.append(AuditKind.DECISION, "thread-" + thread, "pv-1", "S" + thread, decision("n" + i, i));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        ChainVerification verification = trail.verify();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(threads * perThread);
        assertThat(sql.queryForList("SELECT sequence FROM audit_record ORDER BY sequence", Long.class))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * perThread).boxed().toList());
    }

    @Test
    void aRestartedServiceContinuesTheChainFromTheDatabase() {
        List<AuditRecord> before = appendFive();
        AuditTrail restarted = AuditFixtures.trailOn(db);

        AuditRecord next = restarted.append(AuditKind.IMPORT, "importer", null, null, "workforce.csv");

        assertThat(next.sequence()).isEqualTo(6);
        assertThat(next.previousHash()).isEqualTo(before.get(4).hash());
        assertThat(restarted.verify().ok()).isTrue();
    }

    @Test
    void aSecondWriterOnTheSameDatabaseContinuesTheSameChain() {
        AuditTrail other = AuditFixtures.trailOn(db);
        trail.append(AuditKind.DECISION, "a", null, null, 1);
        other.append(AuditKind.DECISION, "b", null, null, 2);   // reads head 1 under the chain lock and writes 2

        AuditRecord third = trail.append(AuditKind.DECISION, "a", null, null, 3);

        assertThat(third.sequence()).isEqualTo(3);
        assertThat(trail.verify()).extracting(ChainVerification::ok, ChainVerification::recordsChecked)
                .containsExactly(true, 3L);
    }

    @Test
    void twoInstancesAppendingAtOnceKeepOneChain() throws Exception {
        // Two trails on two connection pools of one database stand for two service instances.
        try (HikariDataSource second = new HikariDataSource()) {
            second.setJdbcUrl(db.getJdbcUrl());
            second.setUsername("sa");
            second.setPassword("");
            AuditFixtures.assertConcurrentWritersKeepOneChain(List.of(trail, AuditFixtures.trailOn(second)), sql, 3, 100);
        }
    }

    @Test
    void searchFiltersByKindSubjectAndTimeNewestFirst() {
        AuditTrail early = AuditFixtures.trailOn(db, AuditFixtures.fixedClock("2026-11-01T00:00:00Z"));
        AuditRecord a = early.append(AuditKind.DECISION, "c", "pv-1", "NIP-A", 1);
        AuditTrail late = AuditFixtures.trailOn(db, AuditFixtures.fixedClock("2026-11-20T00:00:00Z"));
        AuditRecord b = late.append(AuditKind.DECISION, "c", "pv-1", "NIP-A", 2);
        AuditRecord c = late.append(AuditKind.PLAN, "c", "pv-1", "PLAN-1", 3);

        assertThat(trail.search(null, null, null, null, 10)).extracting(AuditSummary::id)
                .containsExactly(c.id(), b.id(), a.id());
        assertThat(trail.search(AuditKind.DECISION, "NIP-A", null, null, 10)).extracting(AuditSummary::id)
                .containsExactly(b.id(), a.id());
        assertThat(trail.search(null, null, Instant.parse("2026-11-10T00:00:00Z"), null, 10))
                .extracting(AuditSummary::id).containsExactly(c.id(), b.id());
        assertThat(trail.search(null, null, null, Instant.parse("2026-11-20T00:00:00Z"), 10))
                .extracting(AuditSummary::id).containsExactly(a.id());
        assertThat(trail.search(null, null, null, null, 1)).extracting(AuditSummary::id).containsExactly(c.id());
        assertThat(trail.search(AuditKind.PLAN, null, null, null, 10).get(0))
                .isEqualTo(new AuditSummary(c.id(), 3, AuditKind.PLAN, c.recordedAt(), "c", "PLAN-1", "pv-1", c.hash()));
        assertThatThrownBy(() -> trail.search(null, null, null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAppendWithoutCallerIsRefused() {
        assertThatThrownBy(() -> trail.append(AuditKind.DECISION, " ", null, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(trail.verify().recordsChecked()).isZero();
    }
}
