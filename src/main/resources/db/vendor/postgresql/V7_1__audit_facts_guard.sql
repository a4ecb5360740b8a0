-- PostgreSQL: refuse every UPDATE, DELETE and TRUNCATE on audit_facts, as V3_1 does for audit_record.
CREATE FUNCTION audit_facts_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_facts is append-only: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER audit_facts_append_only BEFORE UPDATE OR DELETE ON audit_facts
    FOR EACH ROW EXECUTE FUNCTION audit_facts_refuse_change();

CREATE TRIGGER audit_facts_no_truncate BEFORE TRUNCATE ON audit_facts
    FOR EACH STATEMENT EXECUTE FUNCTION audit_facts_refuse_change();
