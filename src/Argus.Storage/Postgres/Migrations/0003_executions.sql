-- Durable executions (PostgreSQL): one row per execution, the latest snapshot of each step invocation, and the manual
-- requests with their answers. Ids are UUID text; timestamps are microseconds since the Unix epoch (UTC); variable
-- maps are JSON text (never queried inside, and text keeps what jsonb would normalise).
-- classification is the executed version's (copied at submit; a version's classification never changes): an
-- execution is visible to the readers that may see its playbook.
CREATE TABLE executions (
    id                 text    COLLATE "C" NOT NULL PRIMARY KEY,
    organisation_id    text    NOT NULL REFERENCES organisations (id),
    classification     integer NOT NULL CHECK (classification BETWEEN 0 AND 4),
    clearance          integer NOT NULL CHECK (clearance BETWEEN 0 AND 4),
    requested_by       text    NOT NULL,
    playbook_id        text    COLLATE "C" NOT NULL,
    playbook_modified  text    COLLATE "C" NOT NULL,
    step_id            text,
    mode               text    NOT NULL CHECK (mode IN ('live', 'exercise')),
    state              text    NOT NULL CHECK (state IN ('pending', 'running', 'completed', 'failed', 'cancelled', 'refused')),
    reason             text,
    input_variables    text    NOT NULL,
    final_variables    text,
    created_us         bigint  NOT NULL,
    started_us         bigint,
    ended_us           bigint,
    attempt            integer NOT NULL DEFAULT 0,
    cancel_requested   boolean NOT NULL DEFAULT false,
    worker_id          text,
    lease_expires_us   bigint,
    change_seq         bigint  NOT NULL DEFAULT 0,
    FOREIGN KEY (organisation_id, playbook_id, playbook_modified) REFERENCES playbook_versions (organisation_id, playbook_id, modified)
);

-- Claims look only at open executions: pending ones, and running ones whose lease may have expired, oldest first.
CREATE INDEX ix_executions_claim ON executions (state, lease_expires_us, created_us) WHERE state IN ('pending', 'running');
CREATE INDEX ix_executions_org_created ON executions (organisation_id, created_us DESC, id DESC);

-- Keyed by (execution, record id): a worker's upsert can never reach another execution's rows. invocation_key is
-- not unique: a later attempt may re-run an interrupted invocation under a new execution-status record.
CREATE TABLE step_invocations (
    execution_id            text    COLLATE "C" NOT NULL REFERENCES executions (id),
    record_id               text    COLLATE "C" NOT NULL,
    organisation_id         text    NOT NULL,
    classification          integer NOT NULL,
    invocation_key          text    NOT NULL,
    step_id                 text    NOT NULL,
    step_type               text    NOT NULL,
    branch_path             text    NOT NULL,
    iteration               integer,
    status                  text    NOT NULL,
    record_json             text    NOT NULL,
    produces_status_record  boolean NOT NULL,
    outputs                 text    NOT NULL,
    sequence                bigint  NOT NULL,
    change_sequence         bigint  NOT NULL,
    updated_us              bigint  NOT NULL,
    PRIMARY KEY (execution_id, record_id),
    UNIQUE (execution_id, change_sequence)
);

CREATE INDEX ix_step_invocations_key ON step_invocations (execution_id, invocation_key);

-- A request and its answer in one row: the first answer wins (answered_us IS NULL guards the update).
-- delivered_attempt is the attempt that took the answer; a later attempt is given it again.
CREATE TABLE manual_requests (
    execution_id        text    COLLATE "C" NOT NULL REFERENCES executions (id),
    request_id          text    COLLATE "C" NOT NULL,
    organisation_id     text    NOT NULL,
    classification      integer NOT NULL,
    record_id           text    NOT NULL,
    step_id             text    NOT NULL,
    prompt              text    NOT NULL,
    expected_variables  text    NOT NULL,
    requested_us        bigint  NOT NULL,
    answer_outcome      text,
    answer_variables    text,
    answered_by         text,
    answered_us         bigint,
    delivered_attempt   integer,
    PRIMARY KEY (execution_id, request_id)
);

-- Row-level security as for the library: an operator's transaction (argus.org / argus.clearance) sees only its
-- organisation's executions of playbooks at or below its clearance. The work queue serves every organisation, so
-- its transactions - and only its - set argus.worker = 'on' (SqlDialect.BeginWorkerAsync); operator transactions
-- never set it. Like argus.org, the setting is a guard against a query that forgets its WHERE clause, not against
-- someone who can send arbitrary SQL as the application's role.
ALTER TABLE executions ENABLE ROW LEVEL SECURITY;
ALTER TABLE executions FORCE ROW LEVEL SECURITY;
CREATE POLICY executions_scope ON executions
    USING ((organisation_id = current_setting('argus.org', true)
            AND classification <= coalesce(nullif(current_setting('argus.clearance', true), '')::integer, -1))
           OR current_setting('argus.worker', true) = 'on')
    WITH CHECK ((organisation_id = current_setting('argus.org', true)
            AND classification <= coalesce(nullif(current_setting('argus.clearance', true), '')::integer, -1))
           OR current_setting('argus.worker', true) = 'on');

ALTER TABLE step_invocations ENABLE ROW LEVEL SECURITY;
ALTER TABLE step_invocations FORCE ROW LEVEL SECURITY;
CREATE POLICY step_invocations_scope ON step_invocations
    USING ((organisation_id = current_setting('argus.org', true)
            AND classification <= coalesce(nullif(current_setting('argus.clearance', true), '')::integer, -1))
           OR current_setting('argus.worker', true) = 'on')
    WITH CHECK ((organisation_id = current_setting('argus.org', true)
            AND classification <= coalesce(nullif(current_setting('argus.clearance', true), '')::integer, -1))
           OR current_setting('argus.worker', true) = 'on');

ALTER TABLE manual_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE manual_requests FORCE ROW LEVEL SECURITY;
CREATE POLICY manual_requests_scope ON manual_requests
    USING ((organisation_id = current_setting('argus.org', true)
            AND classification <= coalesce(nullif(current_setting('argus.clearance', true), '')::integer, -1))
           OR current_setting('argus.worker', true) = 'on')
    WITH CHECK ((organisation_id = current_setting('argus.org', true)
            AND classification <= coalesce(nullif(current_setting('argus.clearance', true), '')::integer, -1))
           OR current_setting('argus.worker', true) = 'on');
