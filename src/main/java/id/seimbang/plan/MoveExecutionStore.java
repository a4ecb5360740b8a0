package id.seimbang.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The markings of plan moves (table {@code plan_move_execution}, V18). A move is marked once: the primary key
 * (plan, NIP) refuses a second row, also when two markings race.
 */
@Repository
class MoveExecutionStore {

    private static final String COLUMNS =
            "plan_id, nip, status, sk_number, executed_on, reason, recorded_by, recorded_at, audit_id";

    private final JdbcTemplate jdbc;

    MoveExecutionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Throws Spring's {@code DuplicateKeyException} when the move is already marked. */
    void insert(String planId, String nip, MoveExecutionRequest marking, String recordedBy, Instant recordedAt) {
        jdbc.update("INSERT INTO plan_move_execution (plan_id, nip, status, sk_number, executed_on, reason, "
                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", planId, nip, marking.status().name(),
                marking.skNumber(), marking.executedOn() == null ? null : Date.valueOf(marking.executedOn()),
                marking.reason(), recordedBy, Timestamp.from(recordedAt));
    }

    void setAuditId(String planId, String nip, String auditId) {
        jdbc.update("UPDATE plan_move_execution SET audit_id = ? WHERE plan_id = ? AND nip = ?", auditId, planId, nip);
    }

    Optional<MoveExecution> find(String planId, String nip) {
        return jdbc.query("SELECT " + COLUMNS + " FROM plan_move_execution WHERE plan_id = ? AND nip = ?",
                MoveExecutionStore::row, planId, nip).stream().findFirst();
    }

    List<MoveExecution> ofPlan(String planId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM plan_move_execution WHERE plan_id = ? ORDER BY nip",
                MoveExecutionStore::row, planId);
    }

    private static MoveExecution row(ResultSet rs, int n) throws SQLException {
        Date executedOn = rs.getDate("executed_on");
        return new MoveExecution(rs.getString("plan_id"), rs.getString("nip"),
                ExecutionStatus.valueOf(rs.getString("status")), rs.getString("sk_number"),
                executedOn == null ? null : executedOn.toLocalDate(), rs.getString("reason"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("audit_id"));
    }
}
