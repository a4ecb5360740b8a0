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

    /** Only a RUNNING plan completes: one recorded INTERRUPTED meanwhile (its instance was thought dead) stays so. */
    boolean complete(String id, PlanResult result, byte[] storedCandidates, String auditId, Instant finishedAt) {
        return jdbc.update("UPDATE transfer_plan SET status = ?, phase = ?, progress = 1, result_json = ?, candidates_gzip = ?, "
                + "policy_version = ?, audit_id = ?, finished_at = ? WHERE id = ? AND status = ?", PlanStatus.COMPLETED.name(),
                "done", write(result), storedCandidates, result.policyVersion(), auditId, Timestamp.from(finishedAt), id,
                PlanStatus.RUNNING.name()) == 1;
    }

    /** Ends a queued or running plan; a plan that has already ended keeps its end. */
    boolean finish(String id, PlanStatus status, String error, Instant finishedAt) {
        return jdbc.update("UPDATE transfer_plan SET status = ?, error = ?, finished_at = ? WHERE id = ? AND status IN (?, ?)",
                status.name(), error, Timestamp.from(finishedAt), id, PlanStatus.QUEUED.name(),
                PlanStatus.RUNNING.name()) == 1;
    }

    /** The one instance that claimed the plan's job starts it; false when it was cancelled or interrupted before. */
    boolean claim(String id, String instance) {
        return jdbc.update("UPDATE transfer_plan SET status = ?, phase = ?, progress = 0, run_by = ? WHERE id = ? AND status = ?",
                PlanStatus.RUNNING.name(), "facts", instance, id, PlanStatus.QUEUED.name()) == 1;
    }

    /** Plans waiting in the database for any instance. */
    int countQueued() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM transfer_plan WHERE status = ?", Integer.class,
                PlanStatus.QUEUED.name());
        return count == null ? 0 : count;
    }

    /** A running plan's progress, for status requests on other instances; true when a cancellation was asked for. */
    boolean syncProgress(String id, String phase, double progress) {
        jdbc.update("UPDATE transfer_plan SET phase = ?, progress = ? WHERE id = ? AND status = ?", phase, progress, id,
                PlanStatus.RUNNING.name());
        return Boolean.TRUE.equals(jdbc.query("SELECT cancel_requested FROM transfer_plan WHERE id = ?",
                (rs, n) -> rs.getBoolean(1), id).stream().findFirst().orElse(false));
    }

    /** Cancels a plan that no instance has started; false when it is running (or has ended). */
    boolean cancelQueued(String id, Instant now) {
        return jdbc.update("UPDATE transfer_plan SET status = ?, error = ?, finished_at = ? WHERE id = ? AND status = ?",
                PlanStatus.CANCELLED.name(), CANCELLED_MESSAGE, Timestamp.from(now), id, PlanStatus.QUEUED.name()) == 1;
    }

    /** Asks the instance running the plan to cancel it (it reads the flag within about a second). */
    void requestCancel(String id) {
        jdbc.update("UPDATE transfer_plan SET cancel_requested = TRUE WHERE id = ? AND status = ?", id,
                PlanStatus.RUNNING.name());
    }

    static final String CANCELLED_MESSAGE = "Dibatalkan / Cancelled";

    static final String INTERRUPTED_MESSAGE =
            "Layanan berhenti saat rencana berjalan / The service stopped while the plan was running";

    static String deadMessage(String instance) {
        return "Instans yang menjalankan rencana berhenti (tanpa denyut) / The instance running the plan stopped "
                + "(no heartbeat): " + instance;
    }

    /**
     * At start-up: plans queued or running without a job in {@code scheduled_tasks} (saved by a version before
     * plan jobs were in the database, or whose job was removed) will never finish. Plans with a job are left to
     * the scheduler: a queued one runs, a running one whose instance died is found dead ({@link PlanJobs}).
     */
    int markUnfinishedInterrupted(Instant now) {
        return jdbc.update("UPDATE transfer_plan SET status = ?, error = ?, finished_at = ? WHERE status IN (?, ?) "
                + "AND NOT EXISTS (SELECT 1 FROM scheduled_tasks t WHERE t.task_name = ? AND t.task_instance = transfer_plan.id)",
                PlanStatus.INTERRUPTED.name(), INTERRUPTED_MESSAGE, Timestamp.from(now), PlanStatus.QUEUED.name(),
                PlanStatus.RUNNING.name(), PlanJobs.TASK_NAME);
    }

    /** At shutdown: these jobs, if still in one of {@code statuses}, will never finish. */
    int markInterrupted(Iterable<String> ids, Instant now, PlanStatus... statuses) {
        int marked = 0;
        for (String id : ids) {
            for (PlanStatus status : statuses) {
                marked += jdbc.update("UPDATE transfer_plan SET status = ?, error = ?, finished_at = ? WHERE id = ? "
                        + "AND status = ?", PlanStatus.INTERRUPTED.name(), INTERRUPTED_MESSAGE, Timestamp.from(now), id,
                        status.name());
            }
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
