-- Several instances on one database (README "Several instances", docs/architecture.md §8). H2 and PostgreSQL.

-- Plan jobs, claimed by exactly one instance: db-scheduler's execution table (com.github.kagkarlsson:db-scheduler,
-- its PostgreSQL definition with VARCHAR keys so that H2 accepts them too). One row per queued or running plan
-- (task_name 'plan', task_instance = transfer_plan.id); the instance running it renews last_heartbeat, and an
-- execution whose heartbeat is older than seimbang.plan.dead-after is handed to a live instance as dead.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            VARCHAR(100),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    CONSTRAINT pk_scheduled_tasks PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_time ON scheduled_tasks (priority DESC, execution_time ASC);

-- Which instance runs a plan, and a cancellation asked for on another instance (the running one reads it).
ALTER TABLE transfer_plan ADD COLUMN run_by VARCHAR(100);
ALTER TABLE transfer_plan ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;

-- Generation counters of shared state that every instance keeps in memory: an import increments 'workforce' in
-- its transaction; each instance reloads its snapshot when the stored generation differs from the one it loaded.
CREATE TABLE cluster_generation (
    name       VARCHAR(32) NOT NULL,
    generation BIGINT      NOT NULL,
    CONSTRAINT pk_cluster_generation PRIMARY KEY (name)
);
INSERT INTO cluster_generation (name, generation) VALUES ('workforce', 0);

-- Page sessions (Spring Session JDBC; spring.session.jdbc.initialize-schema=never): Spring Session's PostgreSQL
-- schema, which H2 in PostgreSQL mode accepts as it is. Any instance accepts a session another one created.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id)
        ON DELETE CASCADE
);
