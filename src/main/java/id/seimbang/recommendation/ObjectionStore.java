package id.seimbang.recommendation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Objections in the database (table {@code decision_objection}, V15). Each change is one statement. */
@Repository
class ObjectionStore {

    /** An objection row; age and overdue are the service's, which knows today. */
    record Row(String id, String decisionId, String nip, String text, LocalDate receivedOn, LocalDate dueOn,
            List<String> attachments, String recordedBy, Instant recordedAt, String recordAuditId,
            ObjectionStatus status, String resolvedBy, Instant resolvedAt, String reasons,
            String replacementDecisionId, String resolutionAuditId) {
    }

    private static final String COLUMNS = "id, decision_id, nip, objection_text, received_on, due_on, attachments, "
            + "recorded_by, recorded_at, record_audit_id, status, resolved_by, resolved_at, reasons, "
            + "replacement_decision_id, resolution_audit_id";

    private final JdbcTemplate jdbc;

    ObjectionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String decisionId, String nip, String text, LocalDate receivedOn, LocalDate dueOn,
            List<String> attachments, String recordedBy, Instant recordedAt) {
        jdbc.update("INSERT INTO decision_objection (id, decision_id, nip, objection_text, received_on, due_on, "
                + "attachments, recorded_by, recorded_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                decisionId, nip, text, Date.valueOf(receivedOn), Date.valueOf(dueOn), String.join(",", attachments),
                recordedBy, Timestamp.from(recordedAt), ObjectionStatus.OPEN.name());
    }

    void setRecordAuditId(String id, String auditId) {
        jdbc.update("UPDATE decision_objection SET record_audit_id = ? WHERE id = ?", auditId, id);
    }

    /** Moves an OPEN objection to its outcome; false when it is no longer open (resolved meanwhile). */
    boolean resolve(String id, ObjectionStatus outcome, String reasons, String resolvedBy, Instant resolvedAt) {
        return jdbc.update("UPDATE decision_objection SET status = ?, reasons = ?, resolved_by = ?, resolved_at = ? "
                + "WHERE id = ? AND status = ?", outcome.name(), reasons, resolvedBy, Timestamp.from(resolvedAt), id,
                ObjectionStatus.OPEN.name()) == 1;
    }

    void setResolutionLinks(String id, String replacementDecisionId, String resolutionAuditId) {
        jdbc.update("UPDATE decision_objection SET replacement_decision_id = ?, resolution_audit_id = ? WHERE id = ?",
                replacementDecisionId, resolutionAuditId, id);
    }

    Optional<Row> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM decision_objection WHERE id = ?", ObjectionStore::row, id)
                .stream().findFirst();
    }

    /** Oldest received first. */
    List<Row> ofDecision(String decisionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM decision_objection WHERE decision_id = ? "
                + "ORDER BY received_on, recorded_at, id", ObjectionStore::row, decisionId);
    }

    /**
     * Oldest received first; every criterion may be null.
     *
     * @param receivedBefore only objections received before this date
     * @param dueBefore      only objections due before this date
     */
    List<Row> search(ObjectionStatus status, LocalDate receivedBefore, LocalDate dueBefore, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM decision_objection WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
        }
        if (receivedBefore != null) {
            sql.append(" AND received_on < ?");
            args.add(Date.valueOf(receivedBefore));
        }
        if (dueBefore != null) {
            sql.append(" AND due_on < ?");
            args.add(Date.valueOf(dueBefore));
        }
        sql.append(" ORDER BY received_on, recorded_at, id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), ObjectionStore::row, args.toArray());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String attachments = rs.getString("attachments");
        Timestamp resolvedAt = rs.getTimestamp("resolved_at");
        return new Row(rs.getString("id"), rs.getString("decision_id"), rs.getString("nip"),
                rs.getString("objection_text"), rs.getDate("received_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(),
                attachments.isEmpty() ? List.of() : Arrays.asList(attachments.split(",")),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("record_audit_id"), ObjectionStatus.valueOf(rs.getString("status")),
                rs.getString("resolved_by"), resolvedAt == null ? null : resolvedAt.toInstant(),
                rs.getString("reasons"), rs.getString("replacement_decision_id"), rs.getString("resolution_audit_id"));
    }
}
