package id.seimbang.authoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.seimbang.policy.PolicyFile;

/** Drafts, their files and scenarios in the database (V5). Status changes are compare-and-set updates. */
@Repository
class DraftStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public DraftStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public long create(String author, String baseVersion, String note, List<PolicyFile> files,
            List<ScenarioRunner.Source> scenarios, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO policy_draft (status, base_version, author, created_at, updated_at, note) "
                        + "VALUES ('DRAFT', ?, ?, ?, ?, ?)")
                .params(baseVersion, author, Timestamp.from(now), Timestamp.from(now), note)
                .update(key, "id");
        long id = key.getKey().longValue();
        files.forEach(f -> jdbc.sql("INSERT INTO policy_draft_file (draft_id, path, content) VALUES (?, ?, ?)")
                .params(id, f.path(), f.normalizedContent()).update());
        scenarios.forEach(s -> saveScenario(id, s.name(), s.json()));
        return id;
    }

    public Optional<PolicyDraft> find(long id) {
        return jdbc.sql("SELECT * FROM policy_draft WHERE id = ?").param(id).query(this::row).optional();
    }

    /** All drafts, newest first. */
    public List<PolicyDraft> list() {
        return jdbc.sql("SELECT * FROM policy_draft ORDER BY id DESC").query(this::row).list();
    }

    /** Ids of the drafts approved and not yet published (cheap: run every poll by ApprovedDraftCompiler). */
    public List<Long> approvedIds() {
        return jdbc.sql("SELECT id FROM policy_draft WHERE status = 'APPROVED' ORDER BY id").query(Long.class).list();
    }

    public List<PolicyFile> files(long id) {
        return jdbc.sql("SELECT path, content FROM policy_draft_file WHERE draft_id = ? ORDER BY path").param(id)
                .query((rs, i) -> new PolicyFile(rs.getString("path"), rs.getString("content"))).list();
    }

    /**
     * Writes a file of a draft that is still DRAFT, remembering {@code editor} among the draft's editors; false when
     * the draft is in another status.
     */
    @Transactional
    public boolean saveFile(long id, PolicyFile file, String editor, Instant now) {
        if (!touchDraft(id, now)) {
            return false;
        }
        addEditor(id, editor, now);
        int updated = jdbc.sql("UPDATE policy_draft_file SET content = ? WHERE draft_id = ? AND path = ?")
                .params(file.normalizedContent(), id, file.path()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO policy_draft_file (draft_id, path, content) VALUES (?, ?, ?)")
                    .params(id, file.path(), file.normalizedContent()).update();
        }
        return true;
    }

    @Transactional
    public boolean deleteFile(long id, String path, String editor, Instant now) {
        boolean deleted = touchDraft(id, now)
                && jdbc.sql("DELETE FROM policy_draft_file WHERE draft_id = ? AND path = ?").params(id, path).update() > 0;
        if (deleted) {
            addEditor(id, editor, now);
        }
        return deleted;
    }

    private void addEditor(long id, String editor, Instant now) {
        jdbc.sql("INSERT INTO policy_draft_editor (draft_id, editor, first_edit_at) SELECT ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM policy_draft_editor WHERE draft_id = ? AND editor = ?)")
                .params(id, editor, Timestamp.from(now), id, editor).update();
    }

    /** Everyone who saved or removed a file of the draft, in the order of their first edit. */
    public List<String> editors(long id) {
        return jdbc.sql("SELECT editor FROM policy_draft_editor WHERE draft_id = ? ORDER BY first_edit_at, editor")
                .param(id).query(String.class).list();
    }

    /** An edit clears the results, which no longer describe the files. */
    private boolean touchDraft(long id, Instant now) {
        return jdbc.sql("UPDATE policy_draft SET updated_at = ?, validation_result = NULL, scenario_result = NULL, "
                        + "impact_result = NULL WHERE id = ? AND status = 'DRAFT'")
                .params(Timestamp.from(now), id).update() == 1;
    }

    public List<ScenarioRunner.Source> scenarios(long id) {
        return jdbc.sql("SELECT name, content FROM policy_draft_scenario WHERE draft_id = ? ORDER BY name").param(id)
                .query((rs, i) -> new ScenarioRunner.Source(rs.getString("name"), "draft", rs.getString("content")))
                .list();
    }

    @Transactional
    public boolean addScenario(long id, String name, String content, Instant now) {
        if (!touchDraft(id, now)) {
            return false;
        }
        jdbc.sql("DELETE FROM policy_draft_scenario WHERE draft_id = ? AND name = ?").params(id, name).update();
        saveScenario(id, name, content);
        return true;
    }

    private void saveScenario(long id, String name, String content) {
        jdbc.sql("INSERT INTO policy_draft_scenario (draft_id, name, content) VALUES (?, ?, ?)")
                .params(id, name, content).update();
    }

    public List<ScenarioRunner.Source> versionScenarios(String version) {
        return jdbc.sql("SELECT name, content FROM policy_version_scenario WHERE version = ? ORDER BY name")
                .param(version)
                .query((rs, i) -> new ScenarioRunner.Source(rs.getString("name"), "draft", rs.getString("content")))
                .list();
    }

    /** Copies the draft's scenarios to the version it publishes (a version republished keeps its own). */
    public void carryScenarios(long id, String version) {
        jdbc.sql("INSERT INTO policy_version_scenario (version, name, content) "
                        + "SELECT ?, s.name, s.content FROM policy_draft_scenario s WHERE s.draft_id = ? "
                        + "AND NOT EXISTS (SELECT 1 FROM policy_version_scenario v WHERE v.version = ? AND v.name = s.name)")
                .params(version, id, version).update();
    }

    public void saveValidation(long id, ValidationReport report) {
        jdbc.sql("UPDATE policy_draft SET validation_result = ? WHERE id = ?").params(write(report), id).update();
    }

    public void saveScenarioReport(long id, ScenarioReport report) {
        jdbc.sql("UPDATE policy_draft SET scenario_result = ? WHERE id = ?").params(write(report), id).update();
    }

    public void saveImpact(long id, ImpactReport report) {
        jdbc.sql("UPDATE policy_draft SET impact_result = ? WHERE id = ?").params(write(report), id).update();
    }

    public boolean submit(long id, String who, Instant now) {
        return jdbc.sql("UPDATE policy_draft SET status = 'SUBMITTED', submitted_by = ?, submitted_at = ? "
                        + "WHERE id = ? AND status = 'DRAFT'")
                .params(who, Timestamp.from(now), id).update() == 1;
    }

    public boolean approve(long id, String who, String activeVersion, Instant now) {
        return jdbc.sql("UPDATE policy_draft SET status = 'APPROVED', approved_by = ?, approved_at = ?, "
                        + "approved_against = ? WHERE id = ? AND status = 'SUBMITTED'")
                .params(who, Timestamp.from(now), activeVersion, id).update() == 1;
    }

    /** REJECTED or WITHDRAWN from any open status. */
    public boolean close(long id, DraftStatus to, String who, String note, Instant now) {
        return jdbc.sql("UPDATE policy_draft SET status = ?, closed_by = ?, closed_at = ?, "
                        + "note = COALESCE(?, note) WHERE id = ? AND status IN ('DRAFT', 'SUBMITTED', 'APPROVED')")
                .params(to.name(), who, Timestamp.from(now), note, id).update() == 1;
    }

    /** Part of the publication transaction: only one caller can move an APPROVED draft to PUBLISHED. */
    public boolean markPublished(long id, String who, String version, Instant now) {
        return jdbc.sql("UPDATE policy_draft SET status = 'PUBLISHED', closed_by = ?, closed_at = ?, "
                        + "published_version = ? WHERE id = ? AND status = 'APPROVED'")
                .params(who, Timestamp.from(now), version, id).update() == 1;
    }

    private String write(Object report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + report.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored " + type.getSimpleName() + " is unreadable", e);
        }
    }

    private PolicyDraft row(ResultSet rs, int i) throws SQLException {
        return new PolicyDraft(rs.getLong("id"), DraftStatus.valueOf(rs.getString("status")),
                rs.getString("base_version"), rs.getString("author"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                rs.getString("approved_by"), instant(rs, "approved_at"), rs.getString("approved_against"),
                rs.getString("closed_by"), instant(rs, "closed_at"), rs.getString("published_version"),
                rs.getString("note"), read(rs.getString("validation_result"), ValidationReport.class),
                read(rs.getString("scenario_result"), ScenarioReport.class),
                read(rs.getString("impact_result"), ImpactReport.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
