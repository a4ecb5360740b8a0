package id.seimbang.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 row trigger installed by {@code db/vendor/h2/V3_1__audit_guard.sql} on {@code audit_record} and by
 * {@code V7_1__audit_facts_guard.sql} on {@code audit_facts}: refuses every UPDATE and DELETE, so the
 * append-only rule holds even for someone with plain JDBC. (PostgreSQL gets the same guard as plpgsql triggers.)
 */
public class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE class 23: integrity constraint violation, the same code the PostgreSQL guard raises. */
    static final String SQL_STATE = "23000";

    private String table = "audit_record";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(table + " is append-only: " + operation + " refused", SQL_STATE);
    }
}
