-- H2: the same Java trigger as audit_record refuses every UPDATE and DELETE on audit_facts.
-- TRUNCATE fires no trigger in H2, but it is refused anyway: audit_record's foreign key references the table.
CREATE TRIGGER audit_facts_append_only BEFORE UPDATE, DELETE ON audit_facts
    FOR EACH ROW CALL 'id.seimbang.audit.AppendOnlyTrigger';
