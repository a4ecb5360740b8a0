-- Audit trail: one row per recorded event, chained by hash (see id.seimbang.audit.AuditTrail).
-- The hashed text is stored verbatim in "document" so that an auditor can recompute
-- hash = SHA-256(previous_hash || document) from two columns; the other columns index that document.
-- Append-only: the code has no UPDATE or DELETE; V3_1 (per database vendor) adds a trigger that refuses them.
CREATE TABLE audit_record (
    sequence       BIGINT                   NOT NULL,
    id             VARCHAR(36)              NOT NULL,
    kind           VARCHAR(32)              NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    caller         VARCHAR(200)             NOT NULL,
    policy_version VARCHAR(64),
    subject        VARCHAR(200),
    document       TEXT                     NOT NULL,
    previous_hash  CHAR(64)                 NOT NULL,
    hash           CHAR(64)                 NOT NULL,
    CONSTRAINT pk_audit_record PRIMARY KEY (id),
    CONSTRAINT uq_audit_record_sequence UNIQUE (sequence),
    -- Two records with the same predecessor would be a fork of the chain.
    CONSTRAINT uq_audit_record_previous_hash UNIQUE (previous_hash)
);

CREATE INDEX ix_audit_record_subject ON audit_record (subject, sequence);
CREATE INDEX ix_audit_record_recorded_at ON audit_record (recorded_at);
