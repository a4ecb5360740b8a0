package id.seimbang.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Changes of temporary assignments (table {@code temporary_assignment_change}, V19). */
@Repository
class AssignmentChangeStore {

    private static final String COLUMNS =
            "plan_id, nip, seq, kind, previous_until, new_until, reason, recorded_by, recorded_at, audit_id";

    private final JdbcTemplate jdbc;

    AssignmentChangeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws Spring's {@code DuplicateKeyException} when another change with this number was made meanwhile. */
    void insert(AssignmentChange change) {
        jdbc.update("INSERT INTO temporary_assignment_change (plan_id, nip, seq, kind, previous_until, new_until, reason, "
                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", change.planId(), change.nip(),
                change.seq(), change.kind().name(), Date.valueOf(change.previousUntil()), Date.valueOf(change.newUntil()),
                change.reason(), change.recordedBy(), Timestamp.from(change.recordedAt()));
    }

    void setAuditId(String planId, String nip, int seq, String auditId) {
        jdbc.update("UPDATE temporary_assignment_change SET audit_id = ? WHERE plan_id = ? AND nip = ? AND seq = ?",
                auditId, planId, nip, seq);
    }

    /** Every change of the plan's assignments, by NIP and in order. */
    List<AssignmentChange> ofPlan(String planId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM temporary_assignment_change WHERE plan_id = ? ORDER BY nip, seq",
                AssignmentChangeStore::row, planId);
    }

    private static AssignmentChange row(ResultSet rs, int n) throws SQLException {
        Instant at = rs.getTimestamp("recorded_at").toInstant();
        return new AssignmentChange(rs.getString("plan_id"), rs.getString("nip"), rs.getInt("seq"),
                AssignmentChange.Kind.valueOf(rs.getString("kind")), rs.getDate("previous_until").toLocalDate(),
                rs.getDate("new_until").toLocalDate(), rs.getString("reason"), rs.getString("recorded_by"), at,
                rs.getString("audit_id"));
    }
}
