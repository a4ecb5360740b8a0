package id.seimbang.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Policy versions and their files in the database, so that any past version can be recompiled. */
@Repository
public class PolicyVersionStore {

    private final JdbcClient jdbc;

    public PolicyVersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a version and its files; a version already stored is left as it is (same hash, same files). */
    @Transactional
    public boolean save(String version, List<PolicyFile> files, PolicyStatus status, String createdBy, String note,
            Instant now) {
        if (find(version).isPresent()) {
            return false;
        }
        jdbc.sql("INSERT INTO policy_version (version, status, created_at, created_by, activated_at, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(version, status.name(), Timestamp.from(now), createdBy,
                        status == PolicyStatus.ACTIVE ? Timestamp.from(now) : null, note)
                .update();
        for (PolicyFile f : files) {
            jdbc.sql("INSERT INTO policy_file (version, path, content) VALUES (?, ?, ?)")
                    .params(version, f.path(), f.normalizedContent()).update();
        }
        return true;
    }

    /** Marks {@code version} ACTIVE and every other ACTIVE version RETIRED, in one transaction. */
    @Transactional
    public void markActive(String version, Instant now) {
        jdbc.sql("UPDATE policy_version SET status = 'RETIRED' WHERE status = 'ACTIVE' AND version <> ?")
                .param(version).update();
        jdbc.sql("UPDATE policy_version SET status = 'ACTIVE', activated_at = ? WHERE version = ? AND status <> 'ACTIVE'")
                .params(Timestamp.from(now), version).update();
    }

    /**
     * Publication's compare-and-set: retires {@code expectedActive} only if it is still the ACTIVE version,
     * then stores (or re-activates) {@code version}. False, and nothing changed, when another publication
     * came first. Runs inside the caller's transaction.
     */
    @Transactional
    public boolean compareAndActivate(String expectedActive, String version, List<PolicyFile> files, String author,
            String approvedBy, String publishedBy, String note, Instant now) {
        int retired = jdbc.sql("UPDATE policy_version SET status = 'RETIRED' WHERE version = ? AND status = 'ACTIVE'")
                .param(expectedActive).update();
        if (retired != 1) {
            return false;
        }
        save(version, files, PolicyStatus.DRAFT, author, note, now);
        jdbc.sql("UPDATE policy_version SET status = 'ACTIVE', activated_at = ?, approved_by = ?, published_by = ? "
                        + "WHERE version = ?")
                .params(Timestamp.from(now), approvedBy, publishedBy, version).update();
        return true;
    }

    public Optional<PolicyVersion> find(String version) {
        return jdbc.sql("SELECT * FROM policy_version WHERE version = ?").param(version)
                .query(PolicyVersionStore::row).optional();
    }

    public Optional<PolicyVersion> findActive() {
        return jdbc.sql("SELECT * FROM policy_version WHERE status = 'ACTIVE' ORDER BY activated_at DESC")
                .query(PolicyVersionStore::row).list().stream().findFirst();
    }

    /** The ACTIVE version's id alone (a cheap query, run every poll by {@link PolicyFollower}). */
    public Optional<String> findActiveVersion() {
        return jdbc.sql("SELECT version FROM policy_version WHERE status = 'ACTIVE' ORDER BY activated_at DESC")
                .query(String.class).list().stream().findFirst();
    }

    public List<PolicyFile> findFiles(String version) {
        return jdbc.sql("SELECT path, content FROM policy_file WHERE version = ? ORDER BY path").param(version)
                .query((rs, i) -> new PolicyFile(rs.getString("path"), rs.getString("content"))).list();
    }

    /** All versions, newest first. */
    public List<PolicyVersion> list() {
        return jdbc.sql("SELECT * FROM policy_version ORDER BY created_at DESC, version")
                .query(PolicyVersionStore::row).list();
    }

    private static PolicyVersion row(ResultSet rs, int i) throws SQLException {
        Timestamp activated = rs.getTimestamp("activated_at");
        return new PolicyVersion(rs.getString("version"), PolicyStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                activated == null ? null : activated.toInstant(), rs.getString("note"), rs.getString("approved_by"),
                rs.getString("published_by"));
    }
}
