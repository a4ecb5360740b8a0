-- H2: a Java trigger refuses every UPDATE and DELETE on audit_record.
-- (H2's TRUNCATE TABLE does not fire triggers; the PostgreSQL guard also covers TRUNCATE.)
CREATE TRIGGER audit_record_append_only BEFORE UPDATE, DELETE ON audit_record
    FOR EACH ROW CALL 'id.seimbang.audit.AppendOnlyTrigger';
