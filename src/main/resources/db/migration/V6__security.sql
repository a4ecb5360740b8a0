-- Accounts (people, form login / HTTP Basic) and API clients (machines, X-API-Key).
-- Passwords are stored as bcrypt hashes ({bcrypt}...), API keys as the SHA-256 hex of the key:
-- neither the password nor the key can be read back. Roles are a comma-separated list of Role names.
CREATE TABLE app_user (
    username      VARCHAR(100)             NOT NULL,
    password_hash VARCHAR(100)             NOT NULL,
    roles         VARCHAR(500)             NOT NULL,
    enabled       BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)             NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (username)
);

CREATE TABLE api_client (
    client_id    VARCHAR(100)             NOT NULL,
    name         VARCHAR(200)             NOT NULL,
    key_hash     CHAR(64)                 NOT NULL,
    roles        VARCHAR(500)             NOT NULL,
    enabled      BOOLEAN                  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)             NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_client PRIMARY KEY (client_id),
    CONSTRAINT uq_api_client_key_hash UNIQUE (key_hash)
);
