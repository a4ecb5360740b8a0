-- One row whose lock serialises appends to the audit chain across every service instance on this database
-- (id.seimbang.audit.AuditTrail): an append locks it (SELECT ... FOR UPDATE), reads the head, inserts its
-- records and commits, which releases the lock. Without it, two instances could read the same head.
CREATE TABLE audit_chain_lock (
    id INT NOT NULL,
    CONSTRAINT pk_audit_chain_lock PRIMARY KEY (id)
);
INSERT INTO audit_chain_lock (id) VALUES (1);
