-- Shared facts snapshots of the audit trail (see id.seimbang.audit.FactsSnapshot).
-- Many decisions read the same facts (every employee of one instansi on one workforce snapshot reads the
-- same units, positions and cells), so a record refers to them by hash instead of embedding them:
-- hash = SHA-256(document), the canonical JSON text stored verbatim. Content-addressed, so a row is
-- written once, the first time a record uses it, and never changes.
-- Append-only like audit_record: V7_1 (per database vendor) adds a trigger that refuses UPDATE and DELETE.
CREATE TABLE audit_facts (
    hash        CHAR(64)                 NOT NULL,
    document    TEXT                     NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_audit_facts PRIMARY KEY (hash)
);

-- The facts a record rests on. Also a top-level "facts" field of the record's hashed document, so the
-- chain covers the reference; the foreign key means no record can point at a missing snapshot.
-- Records without shared facts (and every record written before V7) leave it null.
ALTER TABLE audit_record ADD COLUMN facts_hash CHAR(64);
ALTER TABLE audit_record ADD CONSTRAINT fk_audit_record_facts FOREIGN KEY (facts_hash) REFERENCES audit_facts (hash);
