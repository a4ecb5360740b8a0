package id.seimbang.audit;

import static id.seimbang.audit.AuditFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;


import id.seimbang.audit.ChainBreak.Reason;
import id.seimbang.system.DomainException;

/** Shared facts snapshots: stored once, named by the records' hashed documents, checked by verify and on read. */
class AuditFactsTest extends InMemoryTrailTest {

    /** Shaped like a scope's facts: units and cells, keys deliberately not in sorted order. */
    private static FactsSnapshot facts(String unit, int staff) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("unitCode", unit);
        cell.put("staff", staff);
        cell.put("workloadHours", 2500.0);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("units", List.of(Map.of("code", unit, "active", true)));
        facts.put("cells", List.of(cell));
        return FactsSnapshot.of(facts);
    }

    private AuditRecord append(String subject, FactsSnapshot facts) {
        return trail.append(AuditKind.DECISION, "tester", "pv-1", subject, decision(subject, 1), facts);
    }

    private long factsRows() {
        return sql.queryForObject("SELECT COUNT(*) FROM audit_facts", Long.class);
    }

    private void dropFactsGuard() {
        sql.execute("DROP TRIGGER audit_facts_append_only");
    }

    @Test
    void theSnapshotIsTheCanonicalDocumentAndItsSha256() throws Exception {
        FactsSnapshot snapshot = facts("DINKES-1", 3);

        assertThat(snapshot.document()).isEqualTo("{\"cells\":[{\"staff\":3,\"unitCode\":\"DINKES-1\","
                + "\"workloadHours\":2500}],\"units\":[{\"active\":true,\"code\":\"DINKES-1\"}]}");
        assertThat(snapshot.hash()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(snapshot.document().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void recordsSharingFactsStoreThemOnceAndNameThemInTheHashedDocument() {
        FactsSnapshot dinkes = facts("DINKES-1", 3);
        AuditRecord first = append("NIP-1", dinkes);
        AuditRecord second = append("NIP-2", dinkes);
        AuditRecord plain = trail.append(AuditKind.IMPORT, "importer", null, null, "workforce.csv");

        assertThat(factsRows()).isEqualTo(1);
        assertThat(List.of(first.factsHash(), second.factsHash())).containsOnly(dinkes.hash());
        assertThat(first.document()).startsWith("{\"caller\":\"tester\",\"facts\":\"" + dinkes.hash() + "\",\"id\":");
        assertThat(plain.factsHash()).isNull();
        assertThat(plain.document()).doesNotContain("\"facts\"");
        assertThat(trail.find(second.id())).contains(second);
        assertThat(trail.facts(dinkes.hash())).hasValueSatisfying(stored -> {
            assertThat(stored.document()).isEqualTo(dinkes.document());
            assertThat(stored.recordedAt()).isEqualTo(first.recordedAt());
        });
        assertThat(trail.verify()).extracting(ChainVerification::ok, ChainVerification::recordsChecked)
                .containsExactly(true, 3L);
    }

    @Test
    void anEditedSnapshotBreaksTheChainAtTheFirstRecordThatNamesItAndIsNotReturned() {
        FactsSnapshot a = facts("DINKES-1", 3);
        FactsSnapshot b = facts("DISDIK-2", 7);
        append("NIP-1", null);
        append("NIP-2", a);
        AuditRecord firstOnB = append("NIP-3", b);
        append("NIP-4", b);
        append("NIP-5", a);
        dropFactsGuard();
        sql.update("UPDATE audit_facts SET document = REPLACE(document, '\"staff\":7', '\"staff\":9') WHERE hash = ?",
                b.hash());

        ChainVerification verification = trail.verify();

        assertThat(verification.ok()).isFalse();
        assertThat(verification.recordsChecked()).isEqualTo(3);
        ChainBreak broken = verification.firstBroken();
        assertThat(broken.id()).isEqualTo(firstOnB.id());
        assertThat(broken.reason()).isEqualTo(Reason.FACTS_MISMATCH);
        assertThat(broken.message().en()).contains(b.hash()).contains("SHA-256 of its document does not match");
        assertThatThrownBy(() -> trail.facts(b.hash())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(trail.facts(a.hash())).isPresent();
    }

    @Test
    void aRemovedSnapshotBreaksTheChainAtTheFirstRecordThatNamesIt() {
        FactsSnapshot a = facts("DINKES-1", 3);
        append("NIP-1", null);
        AuditRecord named = append("NIP-2", a);
        // Only someone who drops both the guard and the foreign key can do this.
        dropFactsGuard();
        sql.execute("ALTER TABLE audit_record DROP CONSTRAINT fk_audit_record_facts");
        sql.update("DELETE FROM audit_facts");

        ChainBreak broken = trail.verify().firstBroken();

        assertThat(broken.id()).isEqualTo(named.id());
        assertThat(broken.reason()).isEqualTo(Reason.FACTS_MISSING);
        assertThat(trail.facts(a.hash())).isEmpty();
    }

    @Test
    void anEditedFactsHashColumnIsReportedAsNotMatchingTheDocument() {
        FactsSnapshot a = facts("DINKES-1", 3);
        FactsSnapshot b = facts("DISDIK-2", 7);
        append("NIP-1", a);
        AuditRecord second = append("NIP-2", b);
        sql.execute("DROP TRIGGER audit_record_append_only");
        sql.update("UPDATE audit_record SET facts_hash = ? WHERE id = ?", a.hash(), second.id());

        ChainBreak broken = trail.verify().firstBroken();

        assertThat(broken.id()).isEqualTo(second.id());
        assertThat(broken.reason()).isEqualTo(Reason.COLUMN_MISMATCH);
        assertThat(broken.message().en()).contains("facts_hash");
    }

    @Test
    void theDatabaseRefusesChangedSnapshotsAndRecordsNamingMissingOnes() throws SQLException {
        FactsSnapshot a = facts("DINKES-1", 3);
        AuditRecord named = append("NIP-1", a);
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_facts SET document = '{}'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("audit_facts is append-only: UPDATE refused");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_facts"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("audit_facts is append-only: DELETE refused");
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE TABLE audit_facts"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Cannot truncate");
        }
        assertThatThrownBy(() -> sql.update("INSERT INTO audit_record (sequence, id, kind, recorded_at, caller, "
                + "facts_hash, document, previous_hash, hash) VALUES (2, 'x', 'DECISION', CURRENT_TIMESTAMP, 'x', ?, "
                + "'{}', ?, ?)", "f".repeat(64), named.hash(), "e".repeat(64)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(trail.facts(a.hash())).map(AuditFacts::document).contains(a.document());
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void aRestartedServiceNamesTheStoredSnapshotWithoutASecondCopy() {
        FactsSnapshot a = facts("DINKES-1", 3);
        append("NIP-1", a);
        AuditTrail restarted = AuditFixtures.trailOn(db);

        AuditRecord next = restarted.append(AuditKind.DECISION, "tester", "pv-1", "NIP-2", decision("NIP-2", 1), a);

        assertThat(next.factsHash()).isEqualTo(a.hash());
        assertThat(factsRows()).isEqualTo(1);
        assertThat(restarted.verify().ok()).isTrue();
    }

    @Test
    void aFailedWriteStoresNoSnapshotAndTheRetryStoresIt() {
        FactsSnapshot a = facts("DINKES-1", 3);
        append("NIP-1", null);
        append("NIP-2", null);
        // The database refuses the record (here a constraint a DBA added; in life a full disk, a lost connection)
        sql.execute("ALTER TABLE audit_record ADD CONSTRAINT ck_test_refuse CHECK (subject <> 'NIP-3')");

        assertThatThrownBy(() -> append("NIP-3", a)).isInstanceOf(DataAccessException.class);
        assertThat(factsRows()).isZero();                             // rolled back with the record
        sql.execute("ALTER TABLE audit_record DROP CONSTRAINT ck_test_refuse");
        AuditRecord retried = append("NIP-3", a);                     // so it must be inserted again

        assertThat(retried.sequence()).isEqualTo(3);
        assertThat(factsRows()).isEqualTo(1);
        assertThat(trail.verify()).extracting(ChainVerification::ok, ChainVerification::recordsChecked)
                .containsExactly(true, 3L);
    }

    @Test
    void concurrentAppendsOnFewSnapshotsStoreEachOnce() throws Exception {
        List<FactsSnapshot> snapshots = List.of(facts("A", 1), facts("B", 2), facts("C", 3));
        int threads = 4;
        int perThread = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        append("S" + thread, snapshots.get((i + thread) % snapshots.size()));
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

        assertThat(sql.queryForList("SELECT hash FROM audit_facts", String.class))
                .containsExactlyInAnyOrderElementsOf(snapshots.stream().map(FactsSnapshot::hash).toList());
        assertThat(trail.verify()).extracting(ChainVerification::ok, ChainVerification::recordsChecked)
                .containsExactly(true, (long) threads * perThread);
    }
}
