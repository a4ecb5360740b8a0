-- Placement history (issue 20 point 3, staff by date). One row per employee and stretch of days in one cell:
-- in force from valid_from (inclusive) until valid_until (exclusive; null: still in force). Each workforce import
-- writes it in its own transaction: an employee who is new or whose unit or position changed gets their open row
-- closed on the import day and a new open row from that day. Executed plan moves reach the workforce through that
-- import too (README "Executed moves reach the workforce only through the regular import"), so they are dated by it.
-- The placements already stored when this migration runs are the initial rows, in force from the day it runs:
-- nothing earlier is known (earlier imports overwrote employee rows in place).
CREATE TABLE employee_placement (
    nip            CHAR(18)    NOT NULL,
    unit_code      VARCHAR(40) NOT NULL,
    position_code  VARCHAR(40) NOT NULL,
    valid_from     DATE        NOT NULL,
    valid_until    DATE,
    CONSTRAINT pk_employee_placement PRIMARY KEY (nip, valid_from),
    CONSTRAINT fk_employee_placement_employee FOREIGN KEY (nip) REFERENCES employee (nip),
    CONSTRAINT ck_employee_placement_days CHECK (valid_until IS NULL OR valid_until > valid_from)
);
CREATE INDEX employee_placement_cell ON employee_placement (unit_code, position_code);

INSERT INTO employee_placement (nip, unit_code, position_code, valid_from, valid_until)
    SELECT nip, unit_code, position_code, CURRENT_DATE, NULL FROM employee;
