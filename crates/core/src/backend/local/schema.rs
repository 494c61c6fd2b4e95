//! The SQLite schema of the local backend and its migrations.

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};

/// The schema version this build writes. Bump it and add a migration step when the schema changes.
pub const SCHEMA_VERSION: i64 = 5;

const V1: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    management_account TEXT NOT NULL,
    all_features INTEGER NOT NULL
);
CREATE TABLE trusted_access (
    organization_id TEXT NOT NULL,
    service_principal TEXT NOT NULL,
    PRIMARY KEY (organization_id, service_principal)
);
CREATE TABLE delegated_administrators (
    organization_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    service_principal TEXT NOT NULL,
    PRIMARY KEY (organization_id, account_id, service_principal)
);
CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    state TEXT NOT NULL,
    organization_id TEXT,
    govcloud_account_id TEXT
);
CREATE INDEX accounts_by_organization ON accounts (organization_id);
CREATE TABLE alternate_contacts (
    account_id TEXT NOT NULL,
    contact_type TEXT NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL,
    email_address TEXT NOT NULL,
    phone_number TEXT NOT NULL,
    PRIMARY KEY (account_id, contact_type)
) WITHOUT ROWID;
CREATE TABLE contact_information (
    account_id TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    phone_status TEXT NOT NULL
);
CREATE TABLE region_opt (
    account_id TEXT NOT NULL,
    region TEXT NOT NULL,
    status TEXT NOT NULL,
    settles_at_ms INTEGER,
    PRIMARY KEY (account_id, region)
) WITHOUT ROWID;
CREATE INDEX region_opt_in_flight ON region_opt (settles_at_ms) WHERE settles_at_ms IS NOT NULL;
CREATE TABLE primary_email_updates (
    account_id TEXT PRIMARY KEY,
    new_email TEXT NOT NULL,
    otp TEXT NOT NULL,
    status TEXT NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    completes_at_ms INTEGER
);
CREATE TABLE phone_verifications (
    account_id TEXT PRIMARY KEY,
    phone_number TEXT NOT NULL,
    otp TEXT NOT NULL,
    sent_at_ms INTEGER NOT NULL
);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    code TEXT NOT NULL,
    sent_at_ms INTEGER NOT NULL
);
";

/// Version 2: the Serverless Application Repository.
const V2: &str = "
CREATE TABLE sar_applications (
    arn TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    UNIQUE (owner, name)
);
CREATE TABLE sar_versions (
    arn TEXT NOT NULL,
    semantic_version TEXT NOT NULL,
    template TEXT NOT NULL,
    source_code_url TEXT,
    source_code_archive_url TEXT,
    created_at_ms INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (arn, semantic_version)
);
CREATE TABLE sar_policies (arn TEXT PRIMARY KEY, statements TEXT NOT NULL);
CREATE TABLE sar_unshared (arn TEXT NOT NULL, organization_id TEXT NOT NULL, PRIMARY KEY (arn, organization_id));
CREATE TABLE sar_templates (
    template_id TEXT PRIMARY KEY,
    arn TEXT NOT NULL,
    semantic_version TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL
);
CREATE TABLE sar_change_sets (
    change_set_id TEXT PRIMARY KEY,
    arn TEXT NOT NULL,
    semantic_version TEXT NOT NULL,
    stack_id TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL
);
";

/// The steps from each version to the next; step `i` migrates version `i + 1` to `i + 2`.
const STEPS: &[&str] = &[V2, V3, V4, V5];

/// Version 4: whether an organization's management account has set up the AWS Billing integration that lets its
/// accounts add purchase orders (on for organizations that existed before); each agreement's status and end as
/// columns, and indexes, so that the agreement tables' lookups and inserts do not read every row.
const V4: &str = "
ALTER TABLE organizations ADD COLUMN purchase_order_integration INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agreements ADD COLUMN status TEXT;
ALTER TABLE agreements ADD COLUMN end_time INTEGER;
UPDATE agreements SET status = json_extract(body, '$.agreement.status'),
    end_time = CAST(json_extract(body, '$.agreement.endTime') AS INTEGER);
CREATE INDEX agreements_ending ON agreements (status, end_time);
CREATE INDEX agreement_order ON agreements (seq);
CREATE INDEX agreements_by_acceptor ON agreements (acceptor, seq);
CREATE INDEX agreements_by_proposer ON agreements (proposer, seq);
CREATE INDEX agreement_request_order ON agreement_requests (seq);
CREATE INDEX agreement_charge_order ON agreement_charges (seq);
CREATE INDEX agreement_workflow_order ON agreement_workflow (kind, seq);
";

/// Version 5: AWS Organizations' read side (roots, organizational units, policies and their targets, tags, when
/// trusted access and delegations were enabled, where each account sits and how it joined) and the sessions of
/// roles assumed through STS.
const V5: &str = "
ALTER TABLE organizations ADD COLUMN root_id TEXT;
ALTER TABLE accounts ADD COLUMN parent_id TEXT;
ALTER TABLE accounts ADD COLUMN joined_method TEXT;
ALTER TABLE trusted_access ADD COLUMN enabled_ms INTEGER;
ALTER TABLE delegated_administrators ADD COLUMN enabled_ms INTEGER;
CREATE TABLE org_units (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    name TEXT NOT NULL,
    id_path TEXT NOT NULL
);
CREATE INDEX org_units_by_parent ON org_units (parent_id, id);
CREATE INDEX accounts_by_parent ON accounts (parent_id);
CREATE TABLE org_policies (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    policy_type TEXT NOT NULL,
    content TEXT NOT NULL
);
CREATE TABLE org_policy_targets (policy_id TEXT NOT NULL, target_id TEXT NOT NULL, PRIMARY KEY (policy_id, target_id));
CREATE INDEX org_policy_targets_by_target ON org_policy_targets (target_id);
CREATE TABLE org_tags (resource_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (resource_id, key));
CREATE TABLE sts_sessions (
    access_key_id TEXT PRIMARY KEY,
    secret_access_key TEXT NOT NULL,
    session_token TEXT NOT NULL,
    account_id TEXT NOT NULL,
    role_name TEXT NOT NULL,
    role_id TEXT NOT NULL,
    session_name TEXT NOT NULL,
    expires_ms INTEGER NOT NULL
);
";

/// Version 3: the Marketplace Catalog.
const V3: &str = "
CREATE TABLE catalog_entities (
    id TEXT PRIMARY KEY,
    entity_type TEXT NOT NULL,
    owner TEXT NOT NULL,
    revision INTEGER NOT NULL,
    details TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE catalog_change_sets (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    name TEXT,
    intent TEXT NOT NULL,
    status TEXT NOT NULL,
    token TEXT,
    payload TEXT NOT NULL,
    summaries TEXT NOT NULL,
    entity_ids TEXT NOT NULL,
    failure_code TEXT,
    failure_description TEXT,
    start_ms INTEGER NOT NULL,
    applying_ms INTEGER NOT NULL,
    settles_ms INTEGER NOT NULL,
    end_ms INTEGER,
    seq INTEGER NOT NULL
);
CREATE INDEX catalog_entity_order ON catalog_entities (seq);
CREATE INDEX catalog_change_set_order ON catalog_change_sets (seq);
CREATE UNIQUE INDEX catalog_change_set_tokens ON catalog_change_sets (owner, token) WHERE token IS NOT NULL;
CREATE INDEX catalog_open_change_sets ON catalog_change_sets (status);
CREATE TABLE catalog_tags (arn TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (arn, key));
CREATE TABLE catalog_policies (arn TEXT PRIMARY KEY, policy TEXT NOT NULL);
CREATE TABLE catalog_assessments (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    token TEXT,
    body TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE INDEX catalog_assessment_order ON catalog_assessments (seq);
CREATE TABLE pmp_requests (
    id TEXT PRIMARY KEY,
    experience_id TEXT NOT NULL,
    requester TEXT NOT NULL,
    body TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE agreement_requests (
    id TEXT PRIMARY KEY,
    acceptor TEXT NOT NULL,
    token TEXT,
    body TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE agreements (
    id TEXT PRIMARY KEY,
    acceptor TEXT NOT NULL,
    proposer TEXT NOT NULL,
    body TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE agreement_charges (
    id TEXT PRIMARY KEY,
    agreement_id TEXT NOT NULL,
    body TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE agreement_workflow (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    parent TEXT NOT NULL,
    body TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE pmp_blocked (experience_id TEXT NOT NULL, product_id TEXT NOT NULL, PRIMARY KEY (experience_id, product_id));
";

/// Create the schema in a new database, or check and migrate an existing one.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let has_meta: bool = conn
        .query_row("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'", [], |_| Ok(true))
        .optional()
        .map_err(db_error)?
        .unwrap_or(false);
    if !has_meta {
        let tx = conn.transaction().map_err(db_error)?;
        tx.execute_batch(V1).map_err(db_error)?;
        for step in STEPS {
            tx.execute_batch(step).map_err(db_error)?;
        }
        tx.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?1)", [SCHEMA_VERSION.to_string()])
            .map_err(db_error)?;
        tx.commit().map_err(db_error)?;
        return Ok(());
    }
    let version: String =
        conn.query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get(0)).map_err(db_error)?;
    let version: i64 = version
        .parse()
        .map_err(|_| Error::config(format!("state file has an unreadable schema version {version:?}")))?;
    if version > SCHEMA_VERSION {
        return Err(Error::config(format!(
            "state file has schema version {version}, newer than this build's {SCHEMA_VERSION}; upgrade marketplane"
        )));
    }
    // Each missing step runs in its own transaction with the version bump, so a crash leaves a consistent file.
    for (from, step) in STEPS.iter().enumerate().skip((version - 1) as usize) {
        let tx = conn.transaction().map_err(db_error)?;
        tx.execute_batch(step).map_err(db_error)?;
        tx.execute("UPDATE meta SET value = ?1 WHERE key = 'schema_version'", [(from as i64 + 2).to_string()])
            .map_err(db_error)?;
        tx.commit().map_err(db_error)?;
    }
    Ok(())
}

/// Wrap a SQLite failure. Constraint and I/O failures are internal errors of the engine: the caller's input was
/// already validated. An error a row closure carried out with [`super::stored::in_row`] comes back as it was.
pub fn db_error(e: rusqlite::Error) -> Error {
    match e {
        rusqlite::Error::FromSqlConversionFailure(column, kind, cause) => match cause.downcast::<Error>() {
            Ok(carried) => *carried,
            Err(cause) => {
                let e = rusqlite::Error::FromSqlConversionFailure(column, kind, cause);
                Error::internal(format!("local state database: {e}")).with_source(e)
            }
        },
        e => Error::internal(format!("local state database: {e}")).with_source(e),
    }
}
