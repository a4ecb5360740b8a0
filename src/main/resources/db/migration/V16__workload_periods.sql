-- ABK workload history (issue 20 point 3). formation_cell.workload_hours stays the cell's workload before its first
-- period (and the only one of a cell without periods); each row here is the ABK workload in force from
-- effective_from until the next period of the same cell. Importing a new period adds a row: older periods stay.
CREATE TABLE workload_period (
    unit_code       VARCHAR(40) NOT NULL,
    position_code   VARCHAR(40) NOT NULL,
    effective_from  DATE        NOT NULL,
    workload_hours  INTEGER     NOT NULL,
    CONSTRAINT pk_workload_period PRIMARY KEY (unit_code, position_code, effective_from),
    CONSTRAINT fk_workload_period_cell FOREIGN KEY (unit_code, position_code)
        REFERENCES formation_cell (unit_code, position_code),
    CONSTRAINT ck_workload_period_hours CHECK (workload_hours >= 0)
);
