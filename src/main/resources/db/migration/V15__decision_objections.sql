-- Objections (keberatan) to recorded decisions (issue 19 point 3). The audit trail holds every step (records of
-- kinds OBJECTION and OBJECTION_RESOLUTION, hash-chained like decisions); this table is the searchable state:
-- one row per objection, OPEN until a second person resolves it. A resolution changes the row once, from OPEN,
-- in the same transaction as its audit record's id is written (a conditional UPDATE: two resolutions of one
-- objection cannot both succeed).
CREATE TABLE decision_objection (
    id                      VARCHAR(36)              NOT NULL,
    decision_id             VARCHAR(36)              NOT NULL,
    nip                     VARCHAR(18)              NOT NULL,
    objection_text          TEXT                     NOT NULL,
    received_on             DATE                     NOT NULL,
    -- received_on + seimbang.objections.days-to-resolve, fixed when the objection is recorded
    due_on                  DATE                     NOT NULL,
    -- SHA-256 of each attachment, lower-case hex, comma-separated; the files themselves are not stored
    attachments             TEXT                     NOT NULL,
    recorded_by             VARCHAR(200)             NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    record_audit_id         VARCHAR(36),
    status                  VARCHAR(16)              NOT NULL,
    resolved_by             VARCHAR(200),
    resolved_at             TIMESTAMP WITH TIME ZONE,
    reasons                 TEXT,
    replacement_decision_id VARCHAR(36),
    resolution_audit_id     VARCHAR(36),
    CONSTRAINT pk_decision_objection PRIMARY KEY (id),
    CONSTRAINT fk_decision_objection_decision FOREIGN KEY (decision_id) REFERENCES audit_record (id),
    CONSTRAINT fk_decision_objection_replacement FOREIGN KEY (replacement_decision_id) REFERENCES audit_record (id),
    CONSTRAINT ck_decision_objection_status CHECK (status IN ('OPEN', 'UPHELD', 'REJECTED', 'REPLACED'))
);

CREATE INDEX decision_objection_decision ON decision_objection (decision_id);
CREATE INDEX decision_objection_status ON decision_objection (status, received_on);
