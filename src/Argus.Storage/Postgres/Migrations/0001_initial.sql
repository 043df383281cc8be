-- Organisations, playbook versions, status history and the audit chain (PostgreSQL).
-- Timestamps are microseconds since the Unix epoch (UTC), the same sortable integers as on SQLite.
-- Text that is sorted or compared uses the "C" collation so both providers order names identically.
CREATE TABLE organisations (
    id               text    NOT NULL PRIMARY KEY,
    display_name     text    NOT NULL,
    created_us       bigint  NOT NULL,
    audit_head_seq   bigint  NOT NULL DEFAULT 0,
    audit_head_hash  text    NOT NULL DEFAULT ''
);

CREATE TABLE playbook_versions (
    version_key          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id      text    NOT NULL REFERENCES organisations (id),
    playbook_id          text    COLLATE "C" NOT NULL,
    modified             text    COLLATE "C" NOT NULL,
    modified_us          bigint  NOT NULL,
    document             bytea   NOT NULL,
    sha256               text    NOT NULL,
    size_bytes           integer NOT NULL,
    name                 text    COLLATE "C" NOT NULL,
    description          text,
    playbook_types       jsonb   NOT NULL,
    labels               jsonb   NOT NULL,
    created              text,
    created_by           text,
    revoked              boolean NOT NULL,
    valid_from           text,
    valid_until          text,
    playbook_variables   jsonb   NOT NULL,
    markings             jsonb   NOT NULL,
    processing_summary   jsonb   NOT NULL,
    step_count           integer NOT NULL,
    validation_warnings  jsonb   NOT NULL,
    classification       integer NOT NULL CHECK (classification BETWEEN 0 AND 4),
    status               text    NOT NULL CHECK (status IN ('draft', 'verified', 'deprecated')),
    version_label        text,
    author               text,
    importer             text    NOT NULL,
    imported_us          bigint  NOT NULL,
    status_changed_by    text    NOT NULL,
    status_changed_us    bigint  NOT NULL,
    UNIQUE (organisation_id, playbook_id, modified)
);

CREATE INDEX ix_playbook_versions_org_modified ON playbook_versions (organisation_id, modified_us DESC, version_key DESC);
CREATE INDEX ix_playbook_versions_org_name ON playbook_versions (organisation_id, name, version_key);
CREATE INDEX ix_playbook_versions_org_playbook ON playbook_versions (organisation_id, playbook_id, modified_us, version_key);

CREATE TABLE status_changes (
    id               bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  text    NOT NULL REFERENCES organisations (id),
    version_key      bigint  NOT NULL REFERENCES playbook_versions (version_key),
    from_status      text,
    to_status        text    NOT NULL,
    changed_by       text    NOT NULL,
    changed_us       bigint  NOT NULL
);

CREATE TABLE audit_events (
    organisation_id  text    NOT NULL REFERENCES organisations (id),
    sequence         bigint  NOT NULL,
    occurred_us      bigint  NOT NULL,
    actor            text    NOT NULL,
    action           text    NOT NULL,
    subject          text    NOT NULL,
    details          text    NOT NULL,
    previous_hash    text    NOT NULL,
    hash             text    NOT NULL,
    PRIMARY KEY (organisation_id, sequence)
);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$;

CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

-- Row-level security, the second line behind the WHERE clauses of every query. FORCE makes the policies
-- apply to the owning role too (the application's role owns these tables). A transaction without the
-- settings sees nothing: current_setting(..., true) is NULL or '' and no comparison with it is true.
ALTER TABLE playbook_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE playbook_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY playbook_versions_scope ON playbook_versions
    USING (organisation_id = current_setting('argus.org', true)
           AND classification <= coalesce(nullif(current_setting('argus.clearance', true), '')::integer, -1))
    WITH CHECK (organisation_id = current_setting('argus.org', true)
           AND classification <= coalesce(nullif(current_setting('argus.clearance', true), '')::integer, -1));

ALTER TABLE status_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE status_changes FORCE ROW LEVEL SECURITY;
CREATE POLICY status_changes_scope ON status_changes
    USING (organisation_id = current_setting('argus.org', true))
    WITH CHECK (organisation_id = current_setting('argus.org', true));

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_events_scope ON audit_events
    USING (organisation_id = current_setting('argus.org', true))
    WITH CHECK (organisation_id = current_setting('argus.org', true));
