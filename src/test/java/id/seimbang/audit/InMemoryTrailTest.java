package id.seimbang.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

/** Tests of the trail on a fresh in-memory H2 database per test (no Spring context needed). */
abstract class InMemoryTrailTest {

    HikariDataSource db;
    AuditTrail trail;
    JdbcTemplate sql;

    @BeforeEach
    void freshDatabase() {
        db = AuditFixtures.freshInMemoryDatabase();
        trail = AuditFixtures.trailOn(db);
        sql = new JdbcTemplate(db);
    }

    @AfterEach
    void dropDatabase() {
        sql.execute("SHUTDOWN");
        db.close();
    }
}
