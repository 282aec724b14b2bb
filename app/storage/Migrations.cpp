#include "Migration.h"

namespace motcua {

namespace {

// Times are INTEGER milliseconds since the Unix epoch (UTC); the program shows them in Asia/Ho_Chi_Minh.
// Dates without time are TEXT 'YYYY-MM-DD'. States are the national status codes 1–10.
constexpr const char* kInitialSchema = R"sql(
PRAGMA application_id = 1296254027;

CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at INTEGER NOT NULL
);

CREATE TABLE dossiers (
    id                        INTEGER PRIMARY KEY,
    uuid                      TEXT NOT NULL UNIQUE,
    code                      TEXT NOT NULL UNIQUE,
    code_provisional          INTEGER NOT NULL DEFAULT 1 CHECK (code_provisional IN (0, 1)),
    provisional_code          TEXT,
    procedure_code            TEXT NOT NULL,
    procedure_version         INTEGER NOT NULL,
    procedure_name            TEXT NOT NULL,
    catalogue_version         TEXT NOT NULL,
    applicant_name            TEXT NOT NULL,
    applicant_id_number       TEXT NOT NULL,
    applicant_birth_date      TEXT,
    applicant_sex             TEXT NOT NULL,
    applicant_address         TEXT NOT NULL,
    applicant_province_code   TEXT NOT NULL,
    applicant_commune_code    TEXT NOT NULL,
    applicant_phone           TEXT NOT NULL,
    applicant_email           TEXT NOT NULL,
    applicant_identity_source TEXT NOT NULL,
    has_representative        INTEGER NOT NULL DEFAULT 0 CHECK (has_representative IN (0, 1)),
    rep_name                  TEXT,
    rep_id_number             TEXT,
    rep_birth_date            TEXT,
    rep_sex                   TEXT,
    rep_address               TEXT,
    rep_province_code         TEXT,
    rep_commune_code          TEXT,
    rep_phone                 TEXT,
    rep_email                 TEXT,
    rep_identity_source       TEXT,
    state                     INTEGER NOT NULL CHECK (state BETWEEN 1 AND 10),
    received_at               INTEGER,
    due_at                    INTEGER,
    previous_due_at           INTEGER,
    supplement_requests       INTEGER NOT NULL DEFAULT 0 CHECK (supplement_requests >= 0),
    extensions                INTEGER NOT NULL DEFAULT 0 CHECK (extensions >= 0),
    fee_vnd                   INTEGER NOT NULL DEFAULT 0 CHECK (fee_vnd >= 0),
    return_channel            TEXT NOT NULL DEFAULT '',
    parent_uuid               TEXT REFERENCES dossiers (uuid) DEFERRABLE INITIALLY DEFERRED,
    received_by               TEXT NOT NULL DEFAULT '',
    note                      TEXT NOT NULL DEFAULT '',
    demo                      INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
    revision                  INTEGER NOT NULL DEFAULT 1,
    created_at                INTEGER NOT NULL,
    updated_at                INTEGER NOT NULL
);
CREATE INDEX dossiers_state ON dossiers (state, due_at);
CREATE INDEX dossiers_received_at ON dossiers (received_at);
CREATE INDEX dossiers_due_at ON dossiers (due_at);
CREATE INDEX dossiers_applicant_id ON dossiers (applicant_id_number);
CREATE INDEX dossiers_procedure ON dossiers (procedure_code);
CREATE INDEX dossiers_parent ON dossiers (parent_uuid) WHERE parent_uuid IS NOT NULL;
CREATE INDEX dossiers_provisional_code ON dossiers (provisional_code) WHERE provisional_code IS NOT NULL;

CREATE TABLE files (
    sha256        TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size          INTEGER NOT NULL CHECK (size >= 0),
    media_type    TEXT NOT NULL,
    relative_path TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    uploaded_at   INTEGER,
    purged_at     INTEGER
) WITHOUT ROWID;

CREATE TABLE dossier_components (
    dossier_id   INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    component_id TEXT NOT NULL,
    name         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('missing', 'scanned', 'shown_only', 'reused')),
    file_sha256  TEXT REFERENCES files (sha256),
    page_count   INTEGER NOT NULL DEFAULT 0,
    bytes        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (dossier_id, position)
) WITHOUT ROWID;
CREATE INDEX dossier_components_file ON dossier_components (file_sha256) WHERE file_sha256 IS NOT NULL;

CREATE TABLE dossier_events (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    dossier_id  INTEGER NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    action      TEXT NOT NULL,
    from_state  INTEGER CHECK (from_state BETWEEN 1 AND 10),
    to_state    INTEGER CHECK (to_state BETWEEN 1 AND 10),
    actor       TEXT NOT NULL,
    occurred_at INTEGER NOT NULL,
    payload     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload))
);
CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, occurred_at);

-- One row per change to send to the registry. A dossier with rows here cannot be deleted.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    dossier_id      INTEGER NOT NULL REFERENCES dossiers (id),
    event_id        INTEGER REFERENCES dossier_events (id),
    sequence        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    payload         TEXT NOT NULL CHECK (json_valid(payload)),
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending', 'failed', 'synced')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at INTEGER NOT NULL,
    revision        INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    synced_at       INTEGER,
    exported_at     INTEGER,
    UNIQUE (dossier_id, sequence)
);
CREATE INDEX outbox_state ON outbox (state, next_attempt_at);
CREATE INDEX outbox_event ON outbox (event_id);

-- Daily sequence of dossier codes per agency (or desk, for provisional codes) and reception date.
CREATE TABLE daily_sequences (
    agency_id  TEXT NOT NULL,
    day        TEXT NOT NULL,
    last_value INTEGER NOT NULL CHECK (last_value >= 1),
    PRIMARY KEY (agency_id, day)
) WITHOUT ROWID;

-- Search index, rowid = dossiers.id. Every column holds text folded by motcua::foldForSearch
-- (lower case, no diacritics, đ → d), so queries folded the same way match without diacritics.
CREATE VIRTUAL TABLE dossier_search USING fts5 (
    names, ids, codes, address, procedure,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
);
)sql";

// Security (docs/SECURITY.md): desk accounts with scrypt verifiers and persisted sign-in failures, the
// hash-chained audit trail (append-only: triggers refuse UPDATE and DELETE), and per-profile security
// settings such as the fingerprint of the data key that encrypts the file store.
constexpr const char* kSecuritySchema = R"sql(
CREATE TABLE accounts (
    id                 INTEGER PRIMARY KEY,
    login              TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name       TEXT NOT NULL,
    role               TEXT NOT NULL CHECK (role IN ('official', 'supervisor', 'trainer', 'administrator')),
    origin             TEXT NOT NULL CHECK (origin IN ('local', 'registry')),
    verifier           TEXT NOT NULL DEFAULT '',
    disabled           INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts    INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until       INTEGER,
    last_failure_at    INTEGER,
    last_login_at      INTEGER,
    verified_online_at INTEGER,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);

CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    occurred_at  INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    role         TEXT NOT NULL,
    action       TEXT NOT NULL,
    dossier_uuid TEXT NOT NULL DEFAULT '',
    dossier_code TEXT NOT NULL DEFAULT '',
    detail       TEXT NOT NULL DEFAULT '',
    prev_hash    TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash         TEXT NOT NULL CHECK (length(hash) = 64)
);
CREATE INDEX audit_log_dossier ON audit_log (dossier_uuid) WHERE dossier_uuid <> '';
CREATE INDEX audit_log_time ON audit_log (occurred_at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

CREATE TABLE security_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Procedure catalogues kept in the profile (docs/RECEPTION.md, "The catalogue"): those imported from a
// file, and copies of the registry's that dossiers were received under, one row per source and version,
// each a motcua-catalogue/1 document checked before it was stored. The registry's latest one arrives in
// sync_state (modules/sync), so this table never needs the network.
constexpr const char* kCatalogueSchema = R"sql(
CREATE TABLE stored_catalogues (
    source    TEXT NOT NULL CHECK (source IN ('file', 'registry')),
    version   TEXT NOT NULL,
    document  TEXT NOT NULL,
    stored_at INTEGER NOT NULL,
    stored_by TEXT NOT NULL,
    PRIMARY KEY (source, version)
) WITHOUT ROWID;
)sql";
} // namespace

const QList<Migration>& allMigrations()
{
    static const QList<Migration> migrations{
        {1, "initial schema: dossiers, components, files, events, outbox, daily sequences, search", kInitialSchema},
        {2, "security: accounts, audit trail, security settings", kSecuritySchema},
        {3, "procedure catalogues imported or received", kCatalogueSchema},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return allMigrations().isEmpty() ? 0 : allMigrations().last().version;
}

} // namespace motcua
