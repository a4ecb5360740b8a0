-- Follow-up of executed transfers (issue 20 point 4): a planner marks each move of a completed plan once, as
-- EXECUTED (SK number and date) or NOT_EXECUTED (reason). The audit trail holds every marking (records of kind
-- PLAN_MOVE_EXECUTION, hash-chained like plans); this table is the queryable state. The primary key makes a second
-- marking of the same move impossible, also when two planners mark it at the same moment. Marking never changes
-- the workforce: executed moves reach it through the regular import (README, "Follow-up of executed transfers").
CREATE TABLE plan_move_execution (
    plan_id      VARCHAR(36)              NOT NULL,
    nip          VARCHAR(18)              NOT NULL,
    status       VARCHAR(16)              NOT NULL,
    sk_number    VARCHAR(100),
    executed_on  DATE,
    reason       TEXT,
    recorded_by  VARCHAR(200)             NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_id     VARCHAR(36),
    CONSTRAINT pk_plan_move_execution PRIMARY KEY (plan_id, nip),
    CONSTRAINT fk_plan_move_execution_plan FOREIGN KEY (plan_id) REFERENCES transfer_plan (id),
    CONSTRAINT fk_plan_move_execution_audit FOREIGN KEY (audit_id) REFERENCES audit_record (id),
    CONSTRAINT ck_plan_move_execution_status CHECK (status IN ('EXECUTED', 'NOT_EXECUTED')),
    CONSTRAINT ck_plan_move_execution_fields CHECK (
        (status = 'EXECUTED' AND sk_number IS NOT NULL AND executed_on IS NOT NULL AND reason IS NULL)
        OR (status = 'NOT_EXECUTED' AND sk_number IS NULL AND executed_on IS NULL AND reason IS NOT NULL))
);
