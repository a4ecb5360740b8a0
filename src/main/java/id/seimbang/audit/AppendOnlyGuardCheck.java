package id.seimbang.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail is append-only because the database refuses UPDATE and DELETE on {@code audit_record} and
 * {@code audit_facts} (the guard triggers of the vendor migrations). If someone dropped a trigger, records could
 * be changed without a trace in the database itself, so the service refuses to start until the guard is back.
 * Runs once the schema is migrated (JDBC beans wait for Flyway).
 */
@Component
class AppendOnlyGuardCheck implements InitializingBean {

    /** Table → the triggers that must exist on it (lower case, as the migrations name them). */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "audit_record", List.of("audit_record_append_only"),
            "audit_facts", List.of("audit_facts_append_only"));

    private final JdbcTemplate jdbc;

    AppendOnlyGuardCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The audit trail is not protected: missing append-only trigger(s) "
                    + missing + ". Restore them (db/vendor/*/V3_1__audit_guard.sql, V7_1__audit_facts_guard.sql) "
                    + "before starting the service. / Jejak audit tidak terlindungi: trigger append-only hilang.");
        }
    }

    /** "table.trigger" for every required trigger that the database does not have. */
    List<String> missing() {
        boolean postgres = isPostgres(jdbc.getDataSource());
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((table, triggers) -> {
            List<String> present = (postgres
                    ? jdbc.queryForList("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                            + "WHERE c.relname = ? AND NOT t.tgisinternal AND t.tgenabled <> 'D' "
                            + "AND pg_table_is_visible(c.oid)", String.class, table)
                    : jdbc.queryForList("SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS "
                            + "WHERE LOWER(EVENT_OBJECT_TABLE) = ? AND EVENT_OBJECT_SCHEMA = SCHEMA()", String.class, table))
                    .stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            triggers.stream().filter(t -> !present.contains(t)).forEach(t -> missing.add(table + "." + t));
        });
        return missing;
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product", e);
        }
    }
}
