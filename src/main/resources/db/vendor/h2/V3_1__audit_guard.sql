-- H2: a Java trigger refuses every UPDATE and DELETE on audit_record.
CREATE TRIGGER audit_record_append_only BEFORE UPDATE, DELETE ON audit_record
    FOR EACH ROW CALL 'id.seimbang.audit.AppendOnlyTrigger';

-- H2's TRUNCATE TABLE fires no trigger, but it refuses a table that a foreign key references.
-- This table stays empty; it exists only for that reference.
CREATE TABLE audit_record_truncate_guard (
    audit_record_id VARCHAR(36),
    CONSTRAINT fk_audit_record_truncate_guard FOREIGN KEY (audit_record_id) REFERENCES audit_record (id)
);
