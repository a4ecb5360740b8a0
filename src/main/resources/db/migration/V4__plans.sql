-- Transfer plans (rencana mutasi): one row per asynchronous plan job. The result is written in the
-- same statement that marks the job COMPLETED, so a plan is never half saved.
CREATE TABLE transfer_plan (
    id               VARCHAR(36)  PRIMARY KEY,
    status           VARCHAR(16)  NOT NULL,
    phase            VARCHAR(32),
    progress         DOUBLE PRECISION NOT NULL DEFAULT 0,
    created_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    policy_version   VARCHAR(64),
    request_json     TEXT         NOT NULL,
    result_json      TEXT,
    candidates_gzip  BYTEA,
    error            TEXT,
    audit_id         VARCHAR(36)
);

CREATE INDEX transfer_plan_created ON transfer_plan (created_at);
