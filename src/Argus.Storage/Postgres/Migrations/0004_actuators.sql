-- OpenC2 actuators configured per organisation (PostgreSQL). Independent of every other migration after 0002, so it
-- applies the same whether 0003 exists yet or arrives later. Secrets (authentication, client certificate with its key)
-- are AES-256-GCM ciphertext sealed with a key held outside the database (storage README, "Actuator credentials");
-- the trusted CA (PEM) and the pinned fingerprint are public data.
CREATE TABLE actuators (
    id                               text    NOT NULL PRIMARY KEY,
    organisation_id                  text    NOT NULL REFERENCES organisations (id),
    name                             text    COLLATE "C" NOT NULL,
    endpoint                         text    NOT NULL,
    transfer_version                 text    NOT NULL CHECK (transfer_version IN ('V1_1', 'V1_0')),
    path                             text,
    actuator_member                  text    NOT NULL CHECK (actuator_member IN ('actuator', 'profile')),
    profiles                         jsonb   NOT NULL,
    environment                      text    NOT NULL CHECK (environment IN ('PRODUCTION', 'SANDBOX')),
    timeout_ms                       bigint  NOT NULL,
    authentication                   text    NOT NULL CHECK (authentication IN ('none', 'bearer', 'basic')),
    authentication_secret            bytea,
    client_certificate_secret        bytea,
    client_certificate_subject       text,
    client_certificate_sha256        text,
    client_certificate_not_after_us  bigint,
    trusted_ca_pem                   text,
    pinned_server_sha256             text,
    created_by                       text    NOT NULL,
    created_us                       bigint  NOT NULL,
    updated_by                       text    NOT NULL,
    updated_us                       bigint  NOT NULL,
    UNIQUE (organisation_id, name),
    CHECK ((authentication = 'none') = (authentication_secret IS NULL))
);

-- Actuators are not classified: the policy scopes by organisation only, like the audit events.
ALTER TABLE actuators ENABLE ROW LEVEL SECURITY;
ALTER TABLE actuators FORCE ROW LEVEL SECURITY;
CREATE POLICY actuators_scope ON actuators
    USING (organisation_id = current_setting('argus.org', true))
    WITH CHECK (organisation_id = current_setting('argus.org', true));
