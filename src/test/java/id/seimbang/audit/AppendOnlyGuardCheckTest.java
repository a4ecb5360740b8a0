package id.seimbang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The service refuses to start when a guard trigger of the audit tables is gone, and says which. */
class AppendOnlyGuardCheckTest {

    private static JdbcTemplate database(String name) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
        jdbc.execute("CREATE TABLE audit_record (id VARCHAR(36) PRIMARY KEY)");
        jdbc.execute("CREATE TABLE audit_facts (id VARCHAR(36) PRIMARY KEY)");
        jdbc.execute("CREATE TRIGGER audit_record_append_only BEFORE UPDATE, DELETE ON audit_record "
                + "FOR EACH ROW CALL 'id.seimbang.audit.AppendOnlyTrigger'");
        jdbc.execute("CREATE TRIGGER audit_facts_append_only BEFORE UPDATE, DELETE ON audit_facts "
                + "FOR EACH ROW CALL 'id.seimbang.audit.AppendOnlyTrigger'");
        return jdbc;
    }

    @Test
    void startsWhenBothGuardsExist() {
        AppendOnlyGuardCheck check = new AppendOnlyGuardCheck(database("guard-ok"));
        assertThat(check.missing()).isEmpty();
        check.afterPropertiesSet();
    }

    @Test
    void refusesToStartNamingTheMissingTrigger() {
        JdbcTemplate jdbc = database("guard-missing");
        jdbc.execute("DROP TRIGGER audit_facts_append_only");
        AppendOnlyGuardCheck check = new AppendOnlyGuardCheck(jdbc);
        assertThat(check.missing()).containsExactly("audit_facts.audit_facts_append_only");
        assertThatThrownBy(check::afterPropertiesSet).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("audit_facts.audit_facts_append_only")
                .hasMessageContaining("not protected");
        jdbc.execute("DROP TRIGGER audit_record_append_only");
        assertThat(check.missing()).containsExactlyInAnyOrder("audit_facts.audit_facts_append_only",
                "audit_record.audit_record_append_only");
    }
}
