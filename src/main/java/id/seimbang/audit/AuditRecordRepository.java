package id.seimbang.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Plain JDBC over audit_record. Deliberately has no update or delete: the table is append-only. */
@Repository
class AuditRecordRepository {

    private static final String COLUMNS =
            "sequence, id, kind, recorded_at, caller, policy_version, subject, facts_hash, document, previous_hash, hash";

    private static final RowMapper<AuditRecord> RECORD = (rs, row) -> new AuditRecord(
            rs.getLong("sequence"), rs.getString("id"), AuditKind.valueOf(rs.getString("kind")),
            instant(rs), rs.getString("caller"), rs.getString("policy_version"), rs.getString("subject"),
            rs.getString("facts_hash"), rs.getString("document"), rs.getString("previous_hash"), rs.getString("hash"));

    private static final RowMapper<AuditSummary> SUMMARY = (rs, row) -> new AuditSummary(
            rs.getString("id"), rs.getLong("sequence"), AuditKind.valueOf(rs.getString("kind")), instant(rs),
            rs.getString("caller"), rs.getString("subject"), rs.getString("policy_version"), rs.getString("hash"));

    private final JdbcTemplate jdbc;
    /** Null until the first append asks the driver which database this is. */
    private volatile Boolean postgres;

    AuditRecordRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * In an append's transaction, before reading the head: takes the chain lock, the row lock on
     * {@code audit_chain_lock} that every instance on this database takes, held until the commit. On PostgreSQL
     * the commit must also wait for the write-ahead log to reach the disk ({@code synchronous_commit}, whatever the
     * server's default), so that an acknowledged record survives a crash; H2 gets the same from
     * {@code WRITE_DELAY=0} in its URL.
     */
    void lockChain() {
        if (isPostgres()) {
            jdbc.execute("SET LOCAL synchronous_commit TO on");
        }
        jdbc.queryForObject("SELECT id FROM audit_chain_lock WHERE id = 1 FOR UPDATE", Integer.class);
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                    .toLowerCase(java.util.Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }

    void insertAll(List<AuditRecord> batch) {
        jdbc.batchUpdate("INSERT INTO audit_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch.stream().map(r -> new Object[] {r.sequence(), r.id(), r.kind().name(),
                        OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC), r.caller(), r.policyVersion(),
                        r.subject(), r.factsHash(), r.document(), r.previousHash(), r.hash()}).toList());
    }

    /**
     * Inserts the snapshots whose hash is not stored yet. Content-addressed: a row with the same hash holds the
     * same document, so an existing one is left as it is.
     */
    void insertFactsIfAbsent(Collection<FactsSnapshot> facts, Instant recordedAt) {
        OffsetDateTime at = OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC);
        jdbc.batchUpdate("INSERT INTO audit_facts (hash, document, recorded_at) SELECT ?, ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM audit_facts WHERE hash = ?)",
                facts.stream().map(f -> new Object[] {f.hash(), f.document(), at, f.hash()}).toList());
    }

    Optional<AuditFacts> findFacts(String hash) {
        return jdbc.query("SELECT hash, recorded_at, document FROM audit_facts WHERE hash = ?",
                (rs, row) -> new AuditFacts(rs.getString("hash"), instant(rs), rs.getString("document")), hash)
                .stream().findFirst();
    }

    /** The last record's sequence and hash, or empty when the chain has no record yet. */
    Optional<AuditTrail.Head> head() {
        return jdbc.query("SELECT sequence, hash FROM audit_record ORDER BY sequence DESC LIMIT 1",
                (rs, row) -> new AuditTrail.Head(rs.getLong("sequence"), rs.getString("hash")))
                .stream().findFirst();
    }

    Optional<AuditRecord> findById(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_record WHERE id = ?", RECORD, id).stream().findFirst();
    }

    /** The next page of the chain after {@code afterSequence}, in sequence order (keyset paging). */
    List<AuditRecord> pageAfter(long afterSequence, int size) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_record WHERE sequence > ? ORDER BY sequence LIMIT ?",
                RECORD, afterSequence, size);
    }

    /** Newest first. {@code from} inclusive, {@code to} exclusive; null criteria are ignored. */
    List<AuditSummary> search(AuditKind kind, String subject, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, sequence, kind, recorded_at, caller, subject, policy_version, hash FROM audit_record WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (kind != null) {
            sql.append(" AND kind = ?");
            args.add(kind.name());
        }
        if (subject != null) {
            sql.append(" AND subject = ?");
            args.add(subject);
        }
        if (from != null) {
            sql.append(" AND recorded_at >= ?");
            args.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" AND recorded_at < ?");
            args.add(OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        }
        sql.append(" ORDER BY sequence DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), SUMMARY, args.toArray());
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        return rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
    }
}
