package id.seimbang.audit;

import static id.seimbang.audit.AuditFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link AuditTrail#appendInTransaction}: the record commits with the caller's writes or not at all. */
class AuditTrailInTransactionTest extends InMemoryTrailTest {

    TransactionTemplate callers() {
        return new TransactionTemplate(new DataSourceTransactionManager(db));
    }

    int rows() {
        return sql.queryForObject("SELECT count(*) FROM fact_change", Integer.class);
    }

    @Test
    void aRolledBackTransactionTakesItsRecordWithItAndLeavesNoHole() {
        sql.execute("CREATE TABLE fact_change (id INT PRIMARY KEY)");
        trail.append(AuditKind.DECISION, "tester", "pv-1", "n1", decision("n1", 1));

        assertThatThrownBy(() -> callers().executeWithoutResult(status -> {
            sql.update("INSERT INTO fact_change (id) VALUES (1)");
            trail.appendInTransaction(AuditKind.IMPORT, "steward", null, "surge", "a surge");
            throw new IllegalStateException("the caller fails after the append");
        })).hasMessage("the caller fails after the append");

        assertThat(rows()).isZero();
        assertThat(sql.queryForObject("SELECT count(*) FROM audit_record", Integer.class)).isEqualTo(1);
        // the next record takes sequence 2: nothing points across a rolled-back record
        assertThat(trail.append(AuditKind.DECISION, "tester", "pv-1", "n2", decision("n2", 2)).sequence()).isEqualTo(2);
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void aCommittedTransactionHoldsItsRowsAndItsRecordsInTheChain() {
        sql.execute("CREATE TABLE fact_change (id INT PRIMARY KEY)");
        trail.append(AuditKind.DECISION, "tester", "pv-1", "n1", decision("n1", 1));

        AuditRecord[] written = callers().execute(status -> {
            sql.update("INSERT INTO fact_change (id) VALUES (1)");
            return new AuditRecord[] {trail.appendInTransaction(AuditKind.IMPORT, "steward", null, "surge", "one"),
                    trail.appendInTransaction(AuditKind.IMPORT, "steward", null, "surge", "two")};
        });

        assertThat(rows()).isEqualTo(1);
        assertThat(written).extracting(AuditRecord::sequence).containsExactly(2L, 3L);
        assertThat(written[1].previousHash()).isEqualTo(written[0].hash());
        assertThat(trail.find(written[1].id())).isPresent();
        assertThat(trail.append(AuditKind.DECISION, "tester", "pv-1", "n4", decision("n4", 4)).sequence()).isEqualTo(4);
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void itNeedsTheCallersTransactionAndRefusesAnOwnTransactionAppendAfterIt() {
        assertThatThrownBy(() -> trail.appendInTransaction(AuditKind.IMPORT, "steward", null, "surge", "x"))
                .isInstanceOf(IllegalStateException.class);

        assertThatThrownBy(() -> callers().executeWithoutResult(status -> {
            trail.appendInTransaction(AuditKind.IMPORT, "steward", null, "surge", "x");
            trail.append(AuditKind.IMPORT, "steward", null, "surge", "y");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("same transaction");
        // the lock was released with the rolled-back transaction
        assertThat(trail.append(AuditKind.IMPORT, "steward", null, "surge", "z").sequence()).isEqualTo(1);
    }

    @Test
    void otherAppendsWaitForTheCallersCommitAndChainAfterIt() throws Exception {
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<AuditRecord> inTransaction = threads.submit(() -> callers().execute(status -> {
                AuditRecord r = trail.appendInTransaction(AuditKind.IMPORT, "steward", null, "surge", "held");
                appended.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return r;
            }));
            assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
            Future<AuditRecord> other = threads.submit(
                    () -> trail.append(AuditKind.DECISION, "tester", "pv-1", "n2", decision("n2", 2)));
            Thread.sleep(300);
            assertThat(other.isDone()).as("waits for the caller's commit").isFalse();
            release.countDown();
            assertThat(inTransaction.get(10, TimeUnit.SECONDS).sequence()).isEqualTo(1);
            assertThat(other.get(10, TimeUnit.SECONDS).sequence()).isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
        assertThat(trail.verify().ok()).isTrue();
    }
}
