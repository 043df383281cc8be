-- Organisations, playbook versions, status history and the audit chain (SQLite).
-- Timestamps are microseconds since the Unix epoch (UTC); JSON columns hold arrays/objects as text.
CREATE TABLE organisations (
    id               TEXT    NOT NULL PRIMARY KEY,
    display_name     TEXT    NOT NULL,
    created_us       INTEGER NOT NULL,
    audit_head_seq   INTEGER NOT NULL DEFAULT 0,
    audit_head_hash  TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE playbook_versions (
    version_key          INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    organisation_id      TEXT    NOT NULL REFERENCES organisations (id),
    playbook_id          TEXT    NOT NULL,
    modified             TEXT    NOT NULL,
    modified_us          INTEGER NOT NULL,
    document             BLOB    NOT NULL,
    sha256               TEXT    NOT NULL,
    size_bytes           INTEGER NOT NULL,
    name                 TEXT    NOT NULL,
    description          TEXT,
    playbook_types       TEXT    NOT NULL,
    labels               TEXT    NOT NULL,
    created              TEXT,
    created_by           TEXT,
    revoked              INTEGER NOT NULL,
    valid_from           TEXT,
    valid_until          TEXT,
    playbook_variables   TEXT    NOT NULL,
    markings             TEXT    NOT NULL,
    processing_summary   TEXT    NOT NULL,
    step_count           INTEGER NOT NULL,
    validation_warnings  TEXT    NOT NULL,
    classification       INTEGER NOT NULL CHECK (classification BETWEEN 0 AND 4),
    status               TEXT    NOT NULL CHECK (status IN ('draft', 'verified', 'deprecated')),
    version_label        TEXT,
    author               TEXT,
    importer             TEXT    NOT NULL,
    imported_us          INTEGER NOT NULL,
    status_changed_by    TEXT    NOT NULL,
    status_changed_us    INTEGER NOT NULL,
    UNIQUE (organisation_id, playbook_id, modified)
);

CREATE INDEX ix_playbook_versions_org_modified ON playbook_versions (organisation_id, modified_us DESC, version_key DESC);
CREATE INDEX ix_playbook_versions_org_name ON playbook_versions (organisation_id, name, version_key);
CREATE INDEX ix_playbook_versions_org_playbook ON playbook_versions (organisation_id, playbook_id, modified_us, version_key);

CREATE TABLE status_changes (
    id               INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    organisation_id  TEXT    NOT NULL REFERENCES organisations (id),
    version_key      INTEGER NOT NULL REFERENCES playbook_versions (version_key),
    from_status      TEXT,
    to_status        TEXT    NOT NULL,
    changed_by       TEXT    NOT NULL,
    changed_us       INTEGER NOT NULL
);

CREATE TABLE audit_events (
    organisation_id  TEXT    NOT NULL REFERENCES organisations (id),
    sequence         INTEGER NOT NULL,
    occurred_us      INTEGER NOT NULL,
    actor            TEXT    NOT NULL,
    action           TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    details          TEXT    NOT NULL,
    previous_hash    TEXT    NOT NULL,
    hash             TEXT    NOT NULL,
    PRIMARY KEY (organisation_id, sequence)
);

-- Append-only: the application never updates or deletes an event; the chain detects whoever bypasses this.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is append-only');
END;
