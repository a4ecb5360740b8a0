package id.seimbang.audit;

import static id.seimbang.audit.AuditFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

import id.seimbang.audit.ChainBreak.Reason;

/** The witness file beside the database: written every N records and on flush, and compared by verify. */
class AuditWitnessTest extends InMemoryTrailTest {

    @TempDir
    Path folder;

    AuditWitness witness;
    AuditTrail witnessed;

    @BeforeEach
    void trailWithWitness() {
        witness = new AuditWitness(folder.resolve("sub/audit-witness.log"), 100, Duration.ofSeconds(10),
                Clock.system(ZoneOffset.UTC));
        witness.open();
        witnessed = new AuditTrail(new AuditRecordRepository(new JdbcTemplate(db)),
                new DataSourceTransactionManager(db), Clock.system(ZoneOffset.UTC), witness);
    }

    private List<AuditRecord> append(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> witnessed.append(AuditKind.DECISION, "tester", "pv-1", "s" + i, decision("n" + i, i)))
                .toList();
    }

    /** What a DBA (or an intruder with DBA rights) does: lift the guard, delete the newest records. */
    private void deleteAfter(long sequence) {
        sql.execute("DROP TRIGGER audit_record_append_only");
        sql.update("DELETE FROM audit_record WHERE sequence > ?", sequence);
    }

    @Test
    void theHeadIsWrittenEveryHundredRecordsAndOnFlush() throws Exception {
        List<AuditRecord> records = append(250);

        assertThat(witness.read().lines()).extracting(AuditWitness.Line::sequence).containsExactly(100L, 200L);
        witness.flush();
        witness.flush(); // nothing new: no second line
        List<String> text = Files.readAllLines(witness.path(), StandardCharsets.US_ASCII);
        assertThat(text.get(0)).isEqualTo(AuditWitness.HEADER.strip());
        assertThat(text).hasSize(4);
        assertThat(text.get(3)).startsWith("250 " + records.get(249).hash() + " " + records.get(249).recordedAt());

        ChainVerification verification = witnessed.verify();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.witness().status()).isEqualTo(WitnessCheck.Status.AGREES);
        assertThat(verification.witness().witnessSequence()).isEqualTo(250L);
        assertThat(verification.witness().databaseHead()).isEqualTo(250L);
    }

    @Test
    void aDatabaseWhoseNewestRecordsWereDeletedIsTruncatedByHowMany() {
        append(250);
        witness.flush();
        deleteAfter(240);

        // The remaining chain is intact in itself: without the witness it verifies.
        assertThat(trail.verify().ok()).isTrue();

        ChainVerification verification = witnessed.verify();
        assertThat(verification.ok()).isFalse();
        assertThat(verification.recordsChecked()).isEqualTo(240);
        assertThat(verification.lastSequence()).isEqualTo(240L);
        assertThat(verification.firstBroken().reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(verification.firstBroken().sequence()).isEqualTo(241L);
        assertThat(verification.firstBroken().id()).isNull();
        assertThat(verification.firstBroken().message().en())
                .contains("ends at sequence 240", "recorded sequence 250", "last 10 records are missing");
        assertThat(verification.witness().status()).isEqualTo(WitnessCheck.Status.TRUNCATED);
        assertThat(verification.witness().witnessSequence()).isEqualTo(250L);
        assertThat(verification.witness().databaseHead()).isEqualTo(240L);
        assertThat(verification.witness().missingRecords()).isEqualTo(10L);
    }

    @Test
    void anEmptiedDatabaseIsTruncatedToo() {
        append(100);
        deleteAfter(0);

        ChainVerification verification = witnessed.verify();
        assertThat(verification.ok()).isFalse();
        assertThat(verification.witness().databaseHead()).isZero();
        assertThat(verification.witness().missingRecords()).isEqualTo(100L);
    }

    @Test
    void aChainRewrittenAfterATruncationIsForkedAtTheFirstWitnessedSequence() {
        List<AuditRecord> original = append(200);
        deleteAfter(150);
        // new records grow the chain past the witness again, with other hashes from sequence 151 on
        append(60);

        ChainVerification verification = witnessed.verify();
        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBroken().reason()).isEqualTo(Reason.FORKED);
        assertThat(verification.firstBroken().sequence()).isEqualTo(200L);
        assertThat(verification.firstBroken().message().en()).contains(original.get(199).hash());
        assertThat(verification.witness().status()).isEqualTo(WitnessCheck.Status.FORKED);
    }

    @Test
    void aTornLastLineIsCountedAndTheCompleteLinesStillCount() throws Exception {
        append(100);
        Files.writeString(witness.path(), "101 abc", StandardCharsets.US_ASCII,
                java.nio.file.StandardOpenOption.APPEND);

        ChainVerification verification = witnessed.verify();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.witness().unreadableLines()).isEqualTo(1);
        assertThat(verification.witness().witnessSequence()).isEqualTo(100L);
    }

    @Test
    void aWitnessPathThatCannotBeWrittenStopsTheStartNamingTheSetting() throws Exception {
        Path file = folder.resolve("a-file");
        Files.writeString(file, "x");
        AuditWitness impossible = new AuditWitness(file.resolve("witness.log"), 100, Duration.ofSeconds(10),
                Clock.system(ZoneOffset.UTC));

        assertThatThrownBy(impossible::open).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seimbang.audit.witness.path");
    }
}
