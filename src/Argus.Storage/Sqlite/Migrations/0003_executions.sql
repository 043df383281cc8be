-- Durable executions (SQLite): one row per execution, the latest snapshot of each step invocation, and the manual
-- requests with their answers. Ids are UUID text; timestamps are microseconds since the Unix epoch (UTC).
-- classification is the executed version's (copied at submit; a version's classification never changes): an
-- execution is visible to the readers that may see its playbook.
CREATE TABLE executions (
    id                 TEXT    NOT NULL PRIMARY KEY,
    organisation_id    TEXT    NOT NULL REFERENCES organisations (id),
    classification     INTEGER NOT NULL CHECK (classification BETWEEN 0 AND 4),
    clearance          INTEGER NOT NULL CHECK (clearance BETWEEN 0 AND 4),
    requested_by       TEXT    NOT NULL,
    playbook_id        TEXT    NOT NULL,
    playbook_modified  TEXT    NOT NULL,
    step_id            TEXT,
    mode               TEXT    NOT NULL CHECK (mode IN ('live', 'exercise')),
    state              TEXT    NOT NULL CHECK (state IN ('pending', 'running', 'completed', 'failed', 'cancelled', 'refused')),
    reason             TEXT,
    input_variables    TEXT    NOT NULL,
    final_variables    TEXT,
    created_us         INTEGER NOT NULL,
    started_us         INTEGER,
    ended_us           INTEGER,
    attempt            INTEGER NOT NULL DEFAULT 0,
    cancel_requested   INTEGER NOT NULL DEFAULT 0,
    worker_id          TEXT,
    lease_expires_us   INTEGER,
    change_seq         INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (organisation_id, playbook_id, playbook_modified) REFERENCES playbook_versions (organisation_id, playbook_id, modified)
);

-- Claims look only at open executions: pending ones, and running ones whose lease may have expired, oldest first.
CREATE INDEX ix_executions_claim ON executions (state, lease_expires_us, created_us) WHERE state IN ('pending', 'running');
CREATE INDEX ix_executions_org_created ON executions (organisation_id, created_us DESC, id DESC);

-- Keyed by (execution, record id): a worker's upsert can never reach another execution's rows. invocation_key is
-- not unique: a later attempt may re-run an interrupted invocation under a new execution-status record.
CREATE TABLE step_invocations (
    execution_id            TEXT    NOT NULL REFERENCES executions (id),
    record_id               TEXT    NOT NULL,
    organisation_id         TEXT    NOT NULL,
    classification          INTEGER NOT NULL,
    invocation_key          TEXT    NOT NULL,
    step_id                 TEXT    NOT NULL,
    step_type               TEXT    NOT NULL,
    branch_path             TEXT    NOT NULL,
    iteration               INTEGER,
    status                  TEXT    NOT NULL,
    record_json             TEXT    NOT NULL,
    produces_status_record  INTEGER NOT NULL,
    outputs                 TEXT    NOT NULL,
    sequence                INTEGER NOT NULL,
    change_sequence         INTEGER NOT NULL,
    updated_us              INTEGER NOT NULL,
    PRIMARY KEY (execution_id, record_id),
    UNIQUE (execution_id, change_sequence)
);

CREATE INDEX ix_step_invocations_key ON step_invocations (execution_id, invocation_key);

-- A request and its answer in one row: the first answer wins (answered_us IS NULL guards the update).
-- delivered_attempt is the attempt that took the answer; a later attempt is given it again.
CREATE TABLE manual_requests (
    execution_id        TEXT    NOT NULL REFERENCES executions (id),
    request_id          TEXT    NOT NULL,
    organisation_id     TEXT    NOT NULL,
    classification      INTEGER NOT NULL,
    record_id           TEXT    NOT NULL,
    step_id             TEXT    NOT NULL,
    prompt              TEXT    NOT NULL,
    expected_variables  TEXT    NOT NULL,
    requested_us        INTEGER NOT NULL,
    answer_outcome      TEXT,
    answer_variables    TEXT,
    answered_by         TEXT,
    answered_us         INTEGER,
    delivered_attempt   INTEGER,
    PRIMARY KEY (execution_id, request_id)
);
