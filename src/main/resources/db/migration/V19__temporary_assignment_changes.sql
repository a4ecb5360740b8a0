-- Ending or extending a temporary assignment of a plan (issue 20 point 2). The audit trail holds every change
-- (records of kind TEMPORARY_ASSIGNMENT_CHANGE, hash-chained like plans); this table is the queryable state. An
-- assignment runs until the plan's last day unless changed; its current end is the new_until of its latest change.
-- Changes of one assignment are numbered 1, 2, ...: the primary key refuses two changes made from the same state
-- at the same moment (the second gets a conflict), and END is final.
CREATE TABLE temporary_assignment_change (
    plan_id      VARCHAR(36)              NOT NULL,
    nip          VARCHAR(18)              NOT NULL,
    seq          INTEGER                  NOT NULL,
    kind         VARCHAR(8)               NOT NULL,
    previous_until DATE                   NOT NULL,
    new_until    DATE                     NOT NULL,
    reason       TEXT                     NOT NULL,
    recorded_by  VARCHAR(200)             NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_id     VARCHAR(36),
    CONSTRAINT pk_temporary_assignment_change PRIMARY KEY (plan_id, nip, seq),
    CONSTRAINT fk_temporary_assignment_change_plan FOREIGN KEY (plan_id) REFERENCES transfer_plan (id),
    CONSTRAINT fk_temporary_assignment_change_audit FOREIGN KEY (audit_id) REFERENCES audit_record (id),
    CONSTRAINT ck_temporary_assignment_change_kind CHECK (kind IN ('END', 'EXTEND')),
    CONSTRAINT ck_temporary_assignment_change_seq CHECK (seq >= 1)
);
