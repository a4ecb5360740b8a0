-- Study leave and service bond get an optional start date: one that starts after the as-of date does not
-- block a transfer yet (issue 18). Null means already running.
alter table employee add column study_leave_from date;
alter table employee add column service_bond_from date;
