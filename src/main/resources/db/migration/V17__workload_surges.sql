-- Temporary workload of surges and campaigns (issue 20 point 1): extra hours per year added to the workload W of
-- one cell (position_code) or of every cell of a job family in the unit (job_family, split equally among them)
-- on dates from valid_from to valid_until, both included. Exactly one of position_code and job_family is set;
-- target is 'P:' || position_code or 'F:' || job_family, so that the primary key has no NULL column.
CREATE TABLE workload_surge (
    unit_code       VARCHAR(40)  NOT NULL REFERENCES unit (code),
    target          VARCHAR(80)  NOT NULL,
    position_code   VARCHAR(40)  REFERENCES position (code),
    job_family      VARCHAR(80),
    valid_from      DATE         NOT NULL,
    valid_until     DATE         NOT NULL,
    extra_hours     INTEGER      NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    CONSTRAINT pk_workload_surge PRIMARY KEY (unit_code, target, valid_from),
    CONSTRAINT ck_workload_surge_target CHECK ((position_code IS NULL) <> (job_family IS NULL)),
    CONSTRAINT ck_workload_surge_dates CHECK (valid_until >= valid_from),
    CONSTRAINT ck_workload_surge_hours CHECK (extra_hours > 0)
);
