package id.seimbang.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plan jobs in the database. Each state change is one statement, so nothing is ever half saved. */
@Repository
class PlanRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PlanRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(String id, PlanRequest request, String createdBy, Instant createdAt) {
        jdbc.update("INSERT INTO transfer_plan (id, status, phase, progress, created_by, created_at, request_json) "
                + "VALUES (?, ?, ?, 0, ?, ?, ?)", id, PlanStatus.QUEUED.name(), "queued", createdBy,
                Timestamp.from(createdAt), write(request));
    }

    /** A job that never got a place in the queue leaves no trace. */
    void delete(String id) {
        jdbc.update("DELETE FROM transfer_plan WHERE id = ?", id);
    }

    void progress(String id, String phase, double progress) {
        jdbc.update("UPDATE transfer_plan SET status = ?, phase = ?, progress = ? WHERE id = ? AND status IN (?, ?)",
                PlanStatus.RUNNING.name(), phase, progress, id, PlanStatus.QUEUED.name(), PlanStatus.RUNNING.name());
    }

    void complete(String id, PlanResult result, byte[] storedCandidates, String auditId, Instant finishedAt) {
        jdbc.update("UPDATE transfer_plan SET status = ?, phase = ?, progress = 1, result_json = ?, candidates_gzip = ?, "
                + "policy_version = ?, audit_id = ?, finished_at = ? WHERE id = ?", PlanStatus.COMPLETED.name(),
                "done", write(result), storedCandidates, result.policyVersion(), auditId, Timestamp.from(finishedAt), id);
    }

    void finish(String id, PlanStatus status, String error, Instant finishedAt) {
        jdbc.update("UPDATE transfer_plan SET status = ?, error = ?, finished_at = ? WHERE id = ?", status.name(), error,
                Timestamp.from(finishedAt), id);
    }

    static final String INTERRUPTED_MESSAGE =
            "Layanan berhenti saat rencana berjalan / The service stopped while the plan was running";

    /** At start-up: jobs that were queued or running when the service stopped will never finish. */
    int markUnfinishedInterrupted(Instant now) {
        return jdbc.update("UPDATE transfer_plan SET status = ?, error = ?, finished_at = ? WHERE status IN (?, ?)",
                PlanStatus.INTERRUPTED.name(), INTERRUPTED_MESSAGE, Timestamp.from(now), PlanStatus.QUEUED.name(),
                PlanStatus.RUNNING.name());
    }

    /** At shutdown: these jobs of this instance, if still queued or running, will never finish. */
    int markInterrupted(List<String> ids, Instant now) {
        int marked = 0;
        for (String id : ids) {
            marked += jdbc.update("UPDATE transfer_plan SET status = ?, error = ?, finished_at = ? WHERE id = ? "
                    + "AND status IN (?, ?)", PlanStatus.INTERRUPTED.name(), INTERRUPTED_MESSAGE, Timestamp.from(now),
                    id, PlanStatus.QUEUED.name(), PlanStatus.RUNNING.name());
        }
        return marked;
    }

    Optional<PlanView> find(String id) {
        return jdbc.query("SELECT * FROM transfer_plan WHERE id = ?", this::view, id).stream().findFirst();
    }

    List<PlanView> list(int limit) {
        return jdbc.query("SELECT id, status, phase, progress, created_by, created_at, finished_at, policy_version, "
                + "request_json, error, audit_id, NULL AS result_json FROM transfer_plan ORDER BY created_at DESC "
                + "LIMIT ?", this::view, limit);
    }

    Optional<byte[]> candidates(String id) {
        return jdbc.query("SELECT candidates_gzip FROM transfer_plan WHERE id = ?",
                (rs, n) -> rs.getBytes(1), id).stream().filter(b -> b != null).findFirst();
    }

    private PlanView view(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        String result = rs.getString("result_json");
        return new PlanView(rs.getString("id"), PlanStatus.valueOf(rs.getString("status")), rs.getString("phase"),
                rs.getDouble("progress"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("policy_version"),
                read(rs.getString("request_json"), PlanRequest.class), rs.getString("error"), rs.getString("audit_id"),
                result == null ? null : read(result, PlanResult.class));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored plan is unreadable", e);
        }
    }
}
