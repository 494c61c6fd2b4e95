//! The Serverless Application Repository in the local engine: applications and immutable versions, visibility through
//! application policies (owner, accounts, organizations, public), unsharing, quotas, CloudFormation templates that
//! expire on the clock, and change sets that refuse unacknowledged capabilities and invalid parameter values.

use std::time::Duration;

use super::Tx;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::schema::db_error;
use super::stored;
use super::{conflict, exists, to_ms, LocalConfig};
use crate::error::{Error, ErrorKind, Result};
use crate::model::serverless::*;
use crate::model::{AccountId, OrganizationId};
use crate::operation::{whole_seconds, SarEngine, SarRequest, SarResponse};
use crate::template::Template;

/// Public applications per account and region (the service's default quota).
const PUBLIC_APPLICATIONS_QUOTA: i64 = 100;
/// The longest application policy, in characters of its JSON.
const MAX_POLICY_CHARS: usize = 6144;
/// How long a template from `CreateCloudFormationTemplate` lives.
const TEMPLATE_LIFETIME: Duration = Duration::from_secs(3600);

fn bad_request(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Validation, "BadRequestException", message)
}

fn not_found(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::NotFound, "NotFoundException", message)
}

fn forbidden(caller: &AccountId, operation: &str, arn: &str) -> Error {
    Error::new(
        ErrorKind::AccessDenied,
        "ForbiddenException",
        format!("User: arn:aws:iam::{caller}:root is not authorized to perform: serverlessrepo:{operation} on resource: {arn}"),
    )
}

/// The mutable fields of an application, stored as one JSON document.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Record {
    description: String,
    author: String,
    spdx_license_id: Option<String>,
    license_url: Option<String>,
    readme_url: Option<String>,
    labels: Vec<String>,
    home_page_url: Option<String>,
}

struct Row {
    arn: String,
    owner: AccountId,
    name: String,
    record: Record,
    created: OffsetDateTime,
}

/// A stored version: semantic version, template JSON, source code URL, source archive URL, creation time.
type StoredVersion = (String, String, Option<String>, Option<String>, i64);

/// The context of one request.
struct Ctx<'a> {
    tx: &'a Tx<'a>,
    config: &'a LocalConfig,
    now: OffsetDateTime,
    caller: &'a AccountId,
    caller_org: Option<OrganizationId>,
    operation: &'static str,
}

/// Serve one SAR request inside `tx`.
pub(super) fn handle(
    tx: &Tx<'_>,
    config: &LocalConfig,
    now: OffsetDateTime,
    caller: &AccountId,
    request: SarRequest,
) -> Result<SarResponse> {
    let caller_org = organization_of(tx, caller)?;
    let operation = request.info().name;
    request.serve(&Engine(Ctx { tx, config, now, caller, caller_org, operation }))
}

/// The engine's arm of each repository operation.
struct Engine<'a>(Ctx<'a>);

impl SarEngine for Engine<'_> {
    fn create_application(&self, input: CreateApplicationInput) -> Result<Application> {
        self.0.create_application(&input)
    }

    fn create_application_version(&self, input: CreateApplicationVersionInput) -> Result<Version> {
        let row = self.0.owned(&input.application_id)?;
        self.0.create_version(
            &row,
            &input.semantic_version,
            input.template_body.as_deref(),
            input.template_url.as_deref(),
            input.source_code_url.as_deref(),
            input.source_code_archive_url.as_deref(),
        )
    }

    fn create_cloud_formation_change_set(&self, input: CreateCloudFormationChangeSetInput) -> Result<ChangeSetDetails> {
        self.0.create_change_set(&input.application_id, &input.request)
    }

    fn create_cloud_formation_template(&self, input: CreateCloudFormationTemplateInput) -> Result<TemplateDetails> {
        self.0.create_template(&input.application_id, input.semantic_version.as_deref())
    }

    fn delete_application(&self, input: DeleteApplicationInput) -> Result<()> {
        self.0.delete_application(&input.application_id)
    }

    fn get_application(&self, input: GetApplicationInput) -> Result<Application> {
        self.0.get_application(&input.application_id, input.semantic_version.as_deref())
    }

    fn get_application_policy(&self, input: GetApplicationPolicyInput) -> Result<Vec<PolicyStatement>> {
        let row = self.0.owned(&input.application_id)?;
        self.0.policy(&row.arn)
    }

    fn get_cloud_formation_template(&self, input: GetCloudFormationTemplateInput) -> Result<TemplateDetails> {
        self.0.get_template(&input.application_id, &input.template_id)
    }

    fn list_application_dependencies(
        &self,
        input: ListApplicationDependenciesInput,
    ) -> Result<ListApplicationDependenciesOutput> {
        self.0.list_dependencies(
            &input.application_id,
            input.semantic_version.as_deref(),
            input.max_items,
            input.next_token.as_deref(),
        )
    }

    fn list_application_versions(&self, input: ListApplicationVersionsInput) -> Result<ListApplicationVersionsOutput> {
        self.0.list_versions(&input.application_id, input.max_items, input.next_token.as_deref())
    }

    fn list_applications(&self, input: ListApplicationsInput) -> Result<ListApplicationsOutput> {
        self.0.list_applications(input.max_items, input.next_token.as_deref())
    }

    fn put_application_policy(&self, input: PutApplicationPolicyInput) -> Result<Vec<PolicyStatement>> {
        self.0.put_policy(&input.application_id, input.statements)
    }

    fn unshare_application(&self, input: UnshareApplicationInput) -> Result<()> {
        self.0.unshare(&input.application_id, &input.organization_id)
    }

    fn update_application(&self, input: UpdateApplicationInput) -> Result<Application> {
        self.0.update_application(&input.application_id, &input.update)
    }
}

fn organization_of(tx: &Tx<'_>, account: &AccountId) -> Result<Option<OrganizationId>> {
    let org: Option<String> = tx
        .query_row("SELECT organization_id FROM accounts WHERE id = ?1", [account.as_str()], |r| r.get(0))
        .optional()
        .map_err(db_error)?
        .flatten();
    org.map(|o| stored::parsed("accounts", account.as_str(), "organization_id", &o)).transpose()
}

fn page<T: Clone>(
    items: &[T],
    max_items: Option<i32>,
    token: Option<&str>,
    prefix: &str,
) -> Result<(Vec<T>, Option<String>)> {
    let start = match token {
        None | Some("") => 0,
        Some(t) => t
            .strip_prefix(prefix)
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|&n| n <= items.len())
            .ok_or_else(|| bad_request("nextToken is not a token this operation returned"))?,
    };
    let size = max_items.map_or(100, |m| m as usize);
    let end = (start + size).min(items.len());
    let next = (end < items.len()).then(|| format!("{prefix}{end}"));
    Ok((items[start..end].to_vec(), next))
}

impl Ctx<'_> {
    fn arn(&self, name: &str) -> String {
        format!("arn:aws:serverlessrepo:{}:{}:applications/{name}", self.config.region, self.caller)
    }

    fn load(&self, arn: &str) -> Result<Row> {
        let row: Option<(String, String, String, i64)> = self
            .tx
            .query_row("SELECT owner, name, body, created_at_ms FROM sar_applications WHERE arn = ?1", [arn], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()
            .map_err(db_error)?;
        let (owner, name, body, created) =
            row.ok_or_else(|| not_found(format!("Application {arn} does not exist.")))?;
        let record: Record = stored::json("sar_applications", arn, "body", &body)?;
        Ok(Row {
            arn: arn.to_owned(),
            owner: stored::parsed("sar_applications", arn, "owner", &owner)?,
            name,
            record,
            created: stored::time("sar_applications", arn, "created_at_ms", created)?,
        })
    }

    /// The application, if the caller owns it.
    fn owned(&self, arn: &str) -> Result<Row> {
        let row = self.load(arn)?;
        if &row.owner != self.caller {
            return Err(forbidden(self.caller, self.operation, arn));
        }
        Ok(row)
    }

    /// The application, if the caller owns it or a policy statement grants it `action`.
    fn permitted(&self, arn: &str, action: PolicyAction) -> Result<Row> {
        let row = self.load(arn)?;
        if &row.owner == self.caller {
            return Ok(row);
        }
        let granted = self.policy(arn)?.iter().any(|s| s.grants(&action, self.caller, self.caller_org.as_ref()));
        if !granted {
            return Err(forbidden(self.caller, self.operation, arn));
        }
        Ok(row)
    }

    fn policy(&self, arn: &str) -> Result<Vec<PolicyStatement>> {
        let stored: Option<String> = self
            .tx
            .query_row("SELECT statements FROM sar_policies WHERE arn = ?1", [arn], |r| r.get(0))
            .optional()
            .map_err(db_error)?;
        match stored {
            None => Ok(Vec::new()),
            Some(json) => decode_policy(arn, &json),
        }
    }

    fn application(&self, row: &Row, version: Option<Version>) -> Application {
        let r = &row.record;
        Application {
            application_id: row.arn.clone().into(),
            name: row.name.clone(),
            description: r.description.clone(),
            author: r.author.clone(),
            spdx_license_id: r.spdx_license_id.clone(),
            license_url: r.license_url.clone(),
            readme_url: r.readme_url.clone(),
            labels: r.labels.clone(),
            home_page_url: r.home_page_url.clone(),
            is_verified_author: false,
            creation_time: row.created,
            version,
        }
    }

    fn artifact_url(&self, owner: &AccountId, name: &str, file: &str) -> String {
        format!("s3://marketplane-local-serverlessrepo/{owner}/{name}/{file}")
    }

    fn create_application(&self, app: &NewApplication) -> Result<Application> {
        let arn = self.arn(&app.name);
        if exists(self.tx, "SELECT 1 FROM sar_applications WHERE arn = ?1", &[&arn])? {
            return Err(conflict(format!(
                "Application with name {} already exists in account {}.",
                app.name, self.caller
            )));
        }
        // Bodies are kept by the service and served from its own bucket; the local engine does the same in name.
        let license_url = app
            .license_url
            .clone()
            .or_else(|| app.license_body.as_ref().map(|_| self.artifact_url(self.caller, &app.name, "LICENSE")));
        let readme_url = app
            .readme_url
            .clone()
            .or_else(|| app.readme_body.as_ref().map(|_| self.artifact_url(self.caller, &app.name, "README.md")));
        let record = Record {
            description: app.description.clone(),
            author: app.author.clone(),
            spdx_license_id: app.spdx_license_id.clone(),
            license_url,
            readme_url,
            labels: app.labels.clone(),
            home_page_url: app.home_page_url.clone(),
        };
        let seq: i64 = self
            .tx
            .query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM sar_applications", [], |r| r.get(0))
            .map_err(db_error)?;
        let body = serde_json::to_string(&record).map_err(|e| Error::internal(e.to_string()))?;
        self.tx
            .execute(
                "INSERT INTO sar_applications (arn, owner, name, body, created_at_ms, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![arn, self.caller.as_str(), app.name, body, to_ms(whole_seconds(self.now)), seq],
            )
            .map_err(db_error)?;
        let row = self.load(&arn)?;
        let version = match (&app.semantic_version, app.template_body.is_some() || app.template_url.is_some()) {
            (Some(v), true) => Some(self.create_version(
                &row,
                v,
                app.template_body.as_deref(),
                app.template_url.as_deref(),
                app.source_code_url.as_deref(),
                app.source_code_archive_url.as_deref(),
            )?),
            _ => None,
        };
        Ok(self.application(&row, version))
    }

    fn create_version(
        &self,
        row: &Row,
        semantic_version: &str,
        template_body: Option<&str>,
        template_url: Option<&str>,
        source_code_url: Option<&str>,
        source_code_archive_url: Option<&str>,
    ) -> Result<Version> {
        let body = match (template_body, template_url) {
            (Some(body), _) => body,
            (None, Some(url)) => {
                return Err(bad_request(format!(
                    "templateUrl {url} can't be fetched by the local backend; send the template as templateBody"
                )))
            }
            (None, None) => return Err(bad_request("a version needs templateBody or templateUrl")),
        };
        let template = Template::parse(body)?;
        if exists(
            self.tx,
            "SELECT 1 FROM sar_versions WHERE arn = ?1 AND semantic_version = ?2",
            &[&row.arn, semantic_version],
        )? {
            return Err(conflict(format!(
                "Version {semantic_version} of {} already exists; versions can't be changed.",
                row.arn
            )));
        }
        let seq: i64 = self
            .tx
            .query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM sar_versions WHERE arn = ?1", [&row.arn], |r| r.get(0))
            .map_err(db_error)?;
        let stored = serde_json::Value::Object(template.document().clone()).to_string();
        self.tx
            .execute(
                "INSERT INTO sar_versions (arn, semantic_version, template, source_code_url, source_code_archive_url,
                    created_at_ms, seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    row.arn,
                    semantic_version,
                    stored,
                    source_code_url,
                    source_code_archive_url,
                    to_ms(whole_seconds(self.now)),
                    seq
                ],
            )
            .map_err(db_error)?;
        self.version(row, Some(semantic_version))?.ok_or_else(|| Error::internal("a version just written is missing"))
    }

    /// A version with what its template implies; `None` asks for the latest. `Ok(None)`: the application has none.
    fn version(&self, row: &Row, semantic_version: Option<&str>) -> Result<Option<Version>> {
        let found: Option<StoredVersion> = self
            .tx
            .query_row(
                "SELECT semantic_version, template, source_code_url, source_code_archive_url, created_at_ms
                 FROM sar_versions WHERE arn = ?1 AND (?2 IS NULL OR semantic_version = ?2)
                 ORDER BY seq DESC LIMIT 1",
                params![row.arn, semantic_version],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()
            .map_err(db_error)?;
        let Some((version, template, source_code_url, source_code_archive_url, created)) = found else {
            if let Some(v) = semantic_version {
                return Err(not_found(format!("Application {} has no version {v}.", row.arn)));
            }
            return Ok(None);
        };
        let key = format!("{} {version}", row.arn);
        let template = Template::parse(&template)
            .map_err(|e| stored::unreadable("sar_versions", &key, "template", e.message()))?;
        let creation_time = stored::time("sar_versions", &key, "created_at_ms", created)?;
        Ok(Some(Version {
            application_id: row.arn.clone().into(),
            template_url: self.artifact_url(&row.owner, &row.name, &format!("{version}/template.yaml")),
            semantic_version: version,
            creation_time,
            parameter_definitions: template.parameter_definitions(),
            required_capabilities: template.required_capabilities(),
            resources_supported: template.resources_supported(),
            source_code_url,
            source_code_archive_url,
        }))
    }

    fn get_application(&self, arn: &str, semantic_version: Option<&str>) -> Result<Application> {
        let row = self.permitted(arn, PolicyAction::GetApplication)?;
        let version = self.version(&row, semantic_version)?;
        Ok(self.application(&row, version))
    }

    fn list_applications(&self, max_items: Option<i32>, token: Option<&str>) -> Result<ListApplicationsOutput> {
        let mut stmt =
            self.tx.prepare("SELECT arn FROM sar_applications WHERE owner = ?1 ORDER BY seq").map_err(db_error)?;
        let arns = stmt
            .query_map([self.caller.as_str()], |r| r.get::<_, String>(0))
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        let (arns, next_token) = page(&arns, max_items, token, "applications.")?;
        let applications = arns
            .iter()
            .map(|arn| {
                let row = self.load(arn)?;
                Ok(ApplicationSummary {
                    application_id: row.arn.into(),
                    name: row.name,
                    description: row.record.description,
                    author: row.record.author,
                    spdx_license_id: row.record.spdx_license_id,
                    labels: row.record.labels,
                    home_page_url: row.record.home_page_url,
                    creation_time: row.created,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(ListApplicationsOutput::new(applications, next_token))
    }

    fn update_application(&self, arn: &str, update: &ApplicationUpdate) -> Result<Application> {
        let mut row = self.owned(arn)?;
        let r = &mut row.record;
        if let Some(d) = &update.description {
            r.description = d.clone();
        }
        if let Some(a) = &update.author {
            r.author = a.clone();
        }
        if let Some(labels) = &update.labels {
            r.labels = labels.clone();
        }
        if let Some(url) = &update.home_page_url {
            r.home_page_url = Some(url.clone());
        }
        if let Some(url) = &update.readme_url {
            r.readme_url = Some(url.clone());
        } else if update.readme_body.is_some() {
            r.readme_url = Some(self.artifact_url(&row.owner, &row.name, "README.md"));
        }
        let body = serde_json::to_string(&row.record).map_err(|e| Error::internal(e.to_string()))?;
        self.tx.execute("UPDATE sar_applications SET body = ?2 WHERE arn = ?1", [arn, &body]).map_err(db_error)?;
        let version = self.version(&row, None)?;
        Ok(self.application(&row, version))
    }

    fn delete_application(&self, arn: &str) -> Result<()> {
        self.owned(arn)?;
        for table in
            ["sar_applications", "sar_versions", "sar_policies", "sar_unshared", "sar_templates", "sar_change_sets"]
        {
            self.tx.execute(&format!("DELETE FROM {table} WHERE arn = ?1"), [arn]).map_err(db_error)?;
        }
        Ok(())
    }

    fn list_versions(
        &self,
        arn: &str,
        max_items: Option<i32>,
        token: Option<&str>,
    ) -> Result<ListApplicationVersionsOutput> {
        let row = self.permitted(arn, PolicyAction::ListApplicationVersions)?;
        let mut stmt = self
            .tx
            .prepare(
                "SELECT semantic_version, source_code_url, created_at_ms FROM sar_versions WHERE arn = ?1 ORDER BY seq",
            )
            .map_err(db_error)?;
        let all = stmt
            .query_map([&row.arn], |r| {
                let semantic_version: String = r.get(0)?;
                let key = format!("{} {semantic_version}", row.arn);
                Ok(VersionSummary {
                    application_id: row.arn.clone().into(),
                    creation_time: stored::in_row(stored::time("sar_versions", &key, "created_at_ms", r.get(2)?))?,
                    semantic_version,
                    source_code_url: r.get(1)?,
                })
            })
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        let (versions, next_token) = page(&all, max_items, token, "versions.")?;
        Ok(ListApplicationVersionsOutput::new(versions, next_token))
    }

    fn list_dependencies(
        &self,
        arn: &str,
        semantic_version: Option<&str>,
        max_items: Option<i32>,
        token: Option<&str>,
    ) -> Result<ListApplicationDependenciesOutput> {
        let row = self.permitted(arn, PolicyAction::ListApplicationDependencies)?;
        let template: Option<String> = self
            .tx
            .query_row(
                "SELECT template FROM sar_versions WHERE arn = ?1 AND (?2 IS NULL OR semantic_version = ?2)
                 ORDER BY seq DESC LIMIT 1",
                params![row.arn, semantic_version],
                |r| r.get(0),
            )
            .optional()
            .map_err(db_error)?;
        let template = template.ok_or_else(|| not_found(format!("Application {arn} has no such version.")))?;
        let all = Template::parse(&template)?.dependencies();
        let (dependencies, next_token) = page(&all, max_items, token, "dependencies.")?;
        Ok(ListApplicationDependenciesOutput::new(dependencies, next_token))
    }

    fn put_policy(&self, arn: &str, mut statements: Vec<PolicyStatement>) -> Result<Vec<PolicyStatement>> {
        let row = self.owned(arn)?;
        for (i, statement) in statements.iter_mut().enumerate() {
            if statement.statement_id.is_none() {
                statement.statement_id = Some(format!("statement-{}", i + 1));
            }
            for org in &statement.principal_org_ids {
                if self.caller_org.as_ref() != Some(org) {
                    return Err(bad_request(format!(
                        "You can share an application only with your own organization; {org} is not {}.",
                        self.caller_org
                            .as_ref()
                            .map_or("your organization (you are in none)".to_owned(), |o| o.to_string())
                    )));
                }
                let unshared = exists(
                    self.tx,
                    "SELECT 1 FROM sar_unshared WHERE arn = ?1 AND organization_id = ?2",
                    &[arn, org.as_str()],
                )?;
                if unshared {
                    return Err(bad_request(format!(
                        "The application was unshared from {org} and can't be shared with it again."
                    )));
                }
            }
        }
        if statements.iter().any(PolicyStatement::is_public) {
            self.check_public(&row)?;
        }
        let json = encode_policy(&statements);
        if json.chars().count() > MAX_POLICY_CHARS {
            return Err(bad_request(format!("The application policy is longer than {MAX_POLICY_CHARS} characters.")));
        }
        self.tx
            .execute(
                "INSERT INTO sar_policies (arn, statements) VALUES (?1, ?2)
                 ON CONFLICT (arn) DO UPDATE SET statements = ?2",
                [arn, &json],
            )
            .map_err(db_error)?;
        Ok(statements)
    }

    /// Public sharing needs an OSI-approved license, a version with a source code URL, and room in the quota.
    fn check_public(&self, row: &Row) -> Result<()> {
        let osi = row
            .record
            .spdx_license_id
            .as_deref()
            .and_then(|id| id.parse::<SpdxLicenseId>().ok())
            .is_some_and(|id| id.is_osi_approved());
        if row.record.license_url.is_none() || !osi {
            return Err(bad_request(
                "To share an application publicly it needs an OSI-approved license (SpdxLicenseId and a license), set \
                 when it was created.",
            ));
        }
        let with_source = self.version(row, None)?.is_some_and(|v| v.source_code_url.is_some());
        if !with_source {
            return Err(bad_request("To share an application publicly its latest version needs a SourceCodeUrl."));
        }
        let already_public = self.policy(&row.arn)?.iter().any(PolicyStatement::is_public);
        if !already_public && self.public_count()? >= PUBLIC_APPLICATIONS_QUOTA {
            return Err(bad_request(format!(
                "Account {} already has {PUBLIC_APPLICATIONS_QUOTA} public applications in {} (the quota).",
                self.caller, self.config.region
            )));
        }
        Ok(())
    }

    fn public_count(&self) -> Result<i64> {
        let mut stmt = self
            .tx
            .prepare(
                "SELECT p.arn, p.statements FROM sar_policies p JOIN sar_applications a ON a.arn = p.arn
                 WHERE a.owner = ?1",
            )
            .map_err(db_error)?;
        let policies = stmt
            .query_map([self.caller.as_str()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        let mut count = 0;
        for (arn, json) in policies {
            if decode_policy(&arn, &json)?.iter().any(PolicyStatement::is_public) {
                count += 1;
            }
        }
        Ok(count)
    }

    fn unshare(&self, arn: &str, organization: &OrganizationId) -> Result<()> {
        let row = self.load(arn)?;
        let management: Option<String> = self
            .tx
            .query_row("SELECT management_account FROM organizations WHERE id = ?1", [organization.as_str()], |r| {
                r.get(0)
            })
            .optional()
            .map_err(db_error)?;
        if management.as_deref() != Some(self.caller.as_str()) {
            return Err(forbidden(self.caller, self.operation, arn));
        }
        let mut statements = self.policy(arn)?;
        let shared = statements.iter().any(|s| s.principal_org_ids.contains(organization));
        if !shared {
            return Err(not_found(format!("Application {arn} is not shared with {organization}.")));
        }
        statements.retain_mut(|s| {
            let was_org = !s.principal_org_ids.is_empty();
            s.principal_org_ids.retain(|o| o != organization);
            !(was_org && s.principal_org_ids.is_empty())
        });
        self.tx
            .execute("UPDATE sar_policies SET statements = ?2 WHERE arn = ?1", [&row.arn, &encode_policy(&statements)])
            .map_err(db_error)?;
        self.tx
            .execute(
                "INSERT OR IGNORE INTO sar_unshared (arn, organization_id) VALUES (?1, ?2)",
                [&row.arn, organization.as_str()],
            )
            .map_err(db_error)?;
        Ok(())
    }

    fn template_details(
        &self,
        row: &Row,
        template_id: &str,
        version: String,
        created: OffsetDateTime,
    ) -> TemplateDetails {
        let expires = created + TEMPLATE_LIFETIME;
        let status = if self.now >= expires {
            TemplateStatus::Expired
        } else if self.now >= created + self.config.template_preparation {
            TemplateStatus::Active
        } else {
            TemplateStatus::Preparing
        };
        TemplateDetails {
            application_id: row.arn.clone().into(),
            template_url: self.artifact_url(&row.owner, &row.name, &format!("templates/{template_id}.yaml")),
            template_id: template_id.to_owned(),
            semantic_version: version,
            status,
            creation_time: created,
            expiration_time: expires,
        }
    }

    fn create_template(&self, arn: &str, semantic_version: Option<&str>) -> Result<TemplateDetails> {
        let row = self.permitted(arn, PolicyAction::CreateCloudFormationTemplate)?;
        let version = self
            .version(&row, semantic_version)?
            .ok_or_else(|| not_found(format!("Application {arn} has no version to make a template of.")))?;
        let id = uuid::Uuid::new_v4().to_string();
        let created = whole_seconds(self.now);
        self.tx
            .execute(
                "INSERT INTO sar_templates (template_id, arn, semantic_version, created_at_ms) VALUES (?1, ?2, ?3, ?4)",
                params![id, row.arn, version.semantic_version, to_ms(created)],
            )
            .map_err(db_error)?;
        Ok(self.template_details(&row, &id, version.semantic_version, created))
    }

    fn stored_template(&self, row: &Row, template_id: &str) -> Result<TemplateDetails> {
        let found: Option<(String, i64)> = self
            .tx
            .query_row(
                "SELECT semantic_version, created_at_ms FROM sar_templates WHERE template_id = ?1 AND arn = ?2",
                [template_id, &row.arn],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(db_error)?;
        let (version, created) =
            found.ok_or_else(|| not_found(format!("Template {template_id} of {} does not exist.", row.arn)))?;
        let created = stored::time("sar_templates", template_id, "created_at_ms", created)?;
        Ok(self.template_details(row, template_id, version, created))
    }

    fn get_template(&self, arn: &str, template_id: &str) -> Result<TemplateDetails> {
        let row = self.permitted(arn, PolicyAction::CreateCloudFormationTemplate)?;
        self.stored_template(&row, template_id)
    }

    fn create_change_set(&self, arn: &str, request: &ChangeSetRequest) -> Result<ChangeSetDetails> {
        let row = self.permitted(arn, PolicyAction::CreateCloudFormationChangeSet)?;
        let semantic_version = match &request.template_id {
            Some(id) => {
                let template = self.stored_template(&row, id)?;
                match template.status {
                    TemplateStatus::Active => template.semantic_version,
                    status => {
                        return Err(bad_request(format!(
                            "Template {id} is {status}; only an ACTIVE template can be deployed."
                        )))
                    }
                }
            }
            None => request.semantic_version.clone().unwrap_or_default(),
        };
        let wanted = (!semantic_version.is_empty()).then_some(semantic_version.as_str());
        let version = self
            .version(&row, wanted)?
            .ok_or_else(|| not_found(format!("Application {arn} has no version to deploy.")))?;
        check_capabilities(&version.required_capabilities, &request.capabilities)?;
        check_parameters(&version.parameter_definitions, &request.parameter_overrides)?;
        let stack_name = if request.stack_name.starts_with("serverlessrepo-") {
            request.stack_name.clone()
        } else {
            format!("serverlessrepo-{}", request.stack_name)
        };
        let region = &self.config.region;
        let caller = self.caller;
        let stack_id = format!("arn:aws:cloudformation:{region}:{caller}:stack/{stack_name}/{}", uuid::Uuid::new_v4());
        let change_set_id = format!(
            "arn:aws:cloudformation:{region}:{caller}:changeSet/{stack_name}-{}/{}",
            to_ms(self.now),
            uuid::Uuid::new_v4()
        );
        self.tx
            .execute(
                "INSERT INTO sar_change_sets (change_set_id, arn, semantic_version, stack_id, created_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![change_set_id, row.arn, version.semantic_version, stack_id, to_ms(self.now)],
            )
            .map_err(db_error)?;
        Ok(ChangeSetDetails {
            application_id: row.arn.into(),
            semantic_version: version.semantic_version,
            change_set_id,
            stack_id,
        })
    }
}

/// Every required capability must be acknowledged; `CAPABILITY_NAMED_IAM` covers `CAPABILITY_IAM`.
fn check_capabilities(required: &[Capability], acknowledged: &[Capability]) -> Result<()> {
    let missing: Vec<&str> = required
        .iter()
        .filter(|c| {
            let covered =
                acknowledged.contains(c) || (**c == Capability::Iam && acknowledged.contains(&Capability::NamedIam));
            !covered
        })
        .map(Capability::as_str)
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(bad_request(format!("Requires capabilities : [{}]", missing.join(", "))))
    }
}

/// Overrides must name known parameters, every parameter without a default needs one, and each value must keep the
/// definition's constraints.
fn check_parameters(
    definitions: &[ParameterDefinition],
    overrides: &[crate::model::serverless::ParameterValue],
) -> Result<()> {
    let mut problems = Vec::new();
    for o in overrides {
        if !definitions.iter().any(|d| d.name == o.name) {
            problems.push(format!("Parameter '{}' is not defined by the template", o.name));
        }
    }
    let missing: Vec<&str> = definitions
        .iter()
        .filter(|d| d.default_value.is_none() && !overrides.iter().any(|o| o.name == d.name))
        .map(|d| d.name.as_str())
        .collect();
    if !missing.is_empty() {
        problems.push(format!("Parameters: [{}] must have values", missing.join(", ")));
    }
    for d in definitions {
        if let Some(o) = overrides.iter().find(|o| o.name == d.name) {
            if let Some(problem) = parameter_problem(d, &o.value) {
                problems.push(problem);
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(bad_request(problems.join("; ")))
    }
}

fn parameter_problem(d: &ParameterDefinition, value: &str) -> Option<String> {
    let kind = d.parameter_type.as_deref().unwrap_or("String");
    let values: Vec<&str> = if kind == "CommaDelimitedList" || kind.starts_with("List<") {
        value.split(',').map(str::trim).collect()
    } else {
        vec![value]
    };
    let broken = |rule: String| {
        Some(match &d.constraint_description {
            Some(text) => format!("Parameter '{}' {}", d.name, text),
            None => format!("Parameter '{}' {rule}", d.name),
        })
    };
    for v in values {
        if !d.allowed_values.is_empty() && !d.allowed_values.iter().any(|a| a == v) {
            return broken("must be one of AllowedValues".to_owned());
        }
        if kind == "Number" || kind == "List<Number>" {
            let Ok(n) = v.parse::<f64>() else { return broken(format!("must be a number, got {v:?}")) };
            if d.min_value.is_some_and(|m| n < m as f64) || d.max_value.is_some_and(|m| n > m as f64) {
                return broken("is outside MinValue/MaxValue".to_owned());
            }
            continue;
        }
        let len = v.chars().count() as i64;
        if d.min_length.is_some_and(|m| len < m) || d.max_length.is_some_and(|m| len > m) {
            return broken("is outside MinLength/MaxLength".to_owned());
        }
        if let Some(pattern) = &d.allowed_pattern {
            // CloudFormation matches the whole value.
            match regex::Regex::new(&format!("^(?:{pattern})$")) {
                Ok(re) if re.is_match(v) => {}
                Ok(_) => return broken(format!("must match pattern {pattern}")),
                Err(_) => return broken(format!("has an AllowedPattern that is not a valid pattern: {pattern}")),
            }
        }
    }
    None
}

/// The policy as the engine stores it.
fn encode_policy(statements: &[PolicyStatement]) -> String {
    let list: Vec<serde_json::Value> = statements
        .iter()
        .map(|s| {
            serde_json::json!({
                "statementId": s.statement_id,
                "principals": s.principals.iter().map(Principal::to_string).collect::<Vec<_>>(),
                "principalOrgIDs": s.principal_org_ids.iter().map(|o| o.to_string()).collect::<Vec<_>>(),
                "actions": s.actions.iter().map(|a| a.as_str().to_owned()).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::Value::Array(list).to_string()
}

/// One statement as [`encode_policy`] writes it.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct StoredStatement {
    statement_id: Option<String>,
    principals: Vec<String>,
    #[serde(rename = "principalOrgIDs")]
    principal_org_ids: Vec<String>,
    actions: Vec<String>,
}

/// The policy of application `arn` as the engine stored it.
fn decode_policy(arn: &str, json: &str) -> Result<Vec<PolicyStatement>> {
    let list: Vec<StoredStatement> = stored::json("sar_policies", arn, "statements", json)?;
    list.into_iter()
        .map(|s| {
            Ok(PolicyStatement {
                statement_id: s.statement_id,
                principals: s
                    .principals
                    .iter()
                    .map(|p| stored::parsed("sar_policies", arn, "statements", p))
                    .collect::<Result<_>>()?,
                principal_org_ids: s
                    .principal_org_ids
                    .iter()
                    .map(|o| stored::parsed("sar_policies", arn, "statements", o))
                    .collect::<Result<_>>()?,
                actions: s.actions.into_iter().map(crate::model::serverless::PolicyAction::from).collect(),
            })
        })
        .collect()
}
