-- OpenC2 actuators configured per organisation (SQLite). Independent of every other migration after 0002, so it
-- applies the same whether 0003 exists yet or arrives later. Secrets are AES-256-GCM ciphertext (storage README,
-- "Actuator credentials"); JSON columns hold arrays as text.
CREATE TABLE actuators (
    id                               TEXT    NOT NULL PRIMARY KEY,
    organisation_id                  TEXT    NOT NULL REFERENCES organisations (id),
    name                             TEXT    NOT NULL,
    endpoint                         TEXT    NOT NULL,
    transfer_version                 TEXT    NOT NULL CHECK (transfer_version IN ('V1_1', 'V1_0')),
    path                             TEXT,
    actuator_member                  TEXT    NOT NULL CHECK (actuator_member IN ('actuator', 'profile')),
    profiles                         TEXT    NOT NULL,
    environment                      TEXT    NOT NULL CHECK (environment IN ('PRODUCTION', 'SANDBOX')),
    timeout_ms                       INTEGER NOT NULL,
    authentication                   TEXT    NOT NULL CHECK (authentication IN ('none', 'bearer', 'basic')),
    authentication_secret            BLOB,
    client_certificate_secret        BLOB,
    client_certificate_subject       TEXT,
    client_certificate_sha256        TEXT,
    client_certificate_not_after_us  INTEGER,
    trusted_ca_pem                   TEXT,
    pinned_server_sha256             TEXT,
    created_by                       TEXT    NOT NULL,
    created_us                       INTEGER NOT NULL,
    updated_by                       TEXT    NOT NULL,
    updated_us                       INTEGER NOT NULL,
    UNIQUE (organisation_id, name),
    CHECK ((authentication = 'none') = (authentication_secret IS NULL))
);
