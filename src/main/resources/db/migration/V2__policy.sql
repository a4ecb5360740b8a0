-- Policy versions (DESIGN §4): every set of rules/ and decision-tables/ files, identified by the
-- SHA-256 of its canonical content, kept so that any past version can be recompiled and replayed.
CREATE TABLE policy_version (
    version      VARCHAR(64)   PRIMARY KEY,
    status       VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED')),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    activated_at TIMESTAMP WITH TIME ZONE,
    note         VARCHAR(2000)
);

CREATE INDEX policy_version_status ON policy_version (status);

CREATE TABLE policy_file (
    version VARCHAR(64)  NOT NULL REFERENCES policy_version (version),
    path    VARCHAR(500) NOT NULL,
    content TEXT         NOT NULL,
    PRIMARY KEY (version, path)
);
