//! AWS Organizations' read side and AWS STS in the local engine: the world's organizations (roots, nested
//! organizational units, policies and their targets, tags, trusted access, delegated administrators) as the service
//! answers about them, who may ask (any member may describe its organization; the rest is for the management
//! account and delegated administrators), and sessions of roles assumed in accounts of the caller's organization.

use super::Tx;
use rand::distributions::{Alphanumeric, DistString};
use rand::Rng;
use rusqlite::{params, OptionalExtension};
use time::OffsetDateTime;

use super::accounts::{organization_of, OrgRow};
use super::schema::db_error;
use super::stored::{self, in_row};
use super::world::World;
use super::{exists, to_ms};
use crate::error::{Error, ErrorKind, Result};
use crate::model::account::AccountState;
use crate::model::catalog::Tag;
use crate::model::organizations::*;
use crate::model::AccountId;
use crate::operation::{whole_seconds, OrganizationsEngine, OrganizationsRequest, OrganizationsResponse};
use crate::operation::{StsEngine, StsRequest, StsResponse};

/// The page size when a request gives none.
const DEFAULT_PAGE: usize = 20;

/// `FullAWSAccess`, the AWS-managed policy every all-features organization has attached everywhere.
const FULL_AWS_ACCESS_CONTENT: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;

/// Declare a (checked) world's organizational units, policies, targets and tags inside `tx`: each organization the
/// world names gets exactly the units and policies it declares.
pub(super) fn load_world(tx: &Tx<'_>, world: &World) -> Result<()> {
    for org in &world.organizations {
        let id = org.id.as_str();
        tx.execute("DELETE FROM org_policy_targets WHERE policy_id IN (SELECT id FROM org_policies WHERE organization_id = ?1)", [id])
            .map_err(db_error)?;
        tx.execute("DELETE FROM org_policies WHERE organization_id = ?1", [id]).map_err(db_error)?;
        tx.execute("DELETE FROM org_units WHERE organization_id = ?1", [id]).map_err(db_error)?;
        set_tags(tx, &org.root_id(), &org.root_tags)?;
    }
    for unit in &world.organizational_units {
        let id = world.unit_id(&unit.organization, &unit.path).ok_or_else(|| Error::internal("unresolved unit"))?;
        let root = world
            .organizations
            .iter()
            .find(|o| o.id == unit.organization)
            .map(|o| o.root_id())
            .ok_or_else(|| Error::internal("unit of an undeclared organization"))?;
        let parent = match unit.parent_path() {
            Some(path) => {
                world.unit_id(&unit.organization, path).ok_or_else(|| Error::internal("unresolved parent"))?
            }
            None => root,
        };
        // The ids from the root's first unit down to this one.
        let mut chain = Vec::new();
        let parts: Vec<&str> = unit.path.split('/').collect();
        for end in 1..=parts.len() {
            let prefix = parts[..end].join("/");
            chain.push(world.unit_id(&unit.organization, &prefix).ok_or_else(|| Error::internal("unresolved level"))?);
        }
        tx.execute(
            "INSERT INTO org_units (id, organization_id, parent_id, name, id_path) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, unit.organization.as_str(), parent, unit.name(), chain.join("/")],
        )
        .map_err(db_error)?;
        set_tags(tx, &id, &unit.tags)?;
    }
    for policy in &world.policies {
        let id = world.policy_id(policy);
        tx.execute(
            "INSERT INTO org_policies (id, organization_id, name, description, policy_type, content)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id,
                policy.organization.as_str(),
                policy.name,
                policy.description,
                policy.policy_type.as_str(),
                policy.content
            ],
        )
        .map_err(db_error)?;
        for target in &policy.targets {
            let target = world
                .resolve_target(&policy.organization, target)
                .ok_or_else(|| Error::internal("unresolved target"))?;
            tx.execute(
                "INSERT OR IGNORE INTO org_policy_targets (policy_id, target_id) VALUES (?1, ?2)",
                params![id, target],
            )
            .map_err(db_error)?;
        }
        set_tags(tx, &id, &policy.tags)?;
    }
    for account in &world.accounts {
        set_tags(tx, account.id.as_str(), &account.tags)?;
    }
    Ok(())
}

fn set_tags(tx: &Tx<'_>, resource: &str, tags: &std::collections::BTreeMap<String, String>) -> Result<()> {
    tx.execute("DELETE FROM org_tags WHERE resource_id = ?1", [resource]).map_err(db_error)?;
    for (key, value) in tags {
        tx.execute("INSERT INTO org_tags (resource_id, key, value) VALUES (?1, ?2, ?3)", params![resource, key, value])
            .map_err(db_error)?;
    }
    Ok(())
}

/// Serve one Organizations request inside `tx`.
pub(super) fn handle(tx: &Tx<'_>, caller: &AccountId, request: OrganizationsRequest) -> Result<OrganizationsResponse> {
    let org = organization_of(tx, caller)?.ok_or_else(|| {
        Error::new(
            ErrorKind::NotFound,
            "AWSOrganizationsNotInUseException",
            "Your account is not a member of an organization.",
        )
    })?;
    let root_id: Option<String> =
        tx.query_row("SELECT root_id FROM organizations WHERE id = ?1", [&org.id], |r| r.get(0)).map_err(db_error)?;
    let root_id = match root_id {
        Some(id) => id,
        None => super::world::derived_root_id(&org.id.parse()?),
    };
    let engine = Engine { tx, caller, org, root_id };
    if !matches!(request, OrganizationsRequest::DescribeOrganization(_)) {
        engine.require_administrator()?;
    }
    request.serve(&engine)
}

struct Engine<'a> {
    tx: &'a Tx<'a>,
    caller: &'a AccountId,
    org: OrgRow,
    root_id: String,
}

/// A page of `items` from the request's token and size; the token is the offset of the page's first item.
fn page<T>(items: Vec<T>, next_token: Option<&str>, max_results: Option<i32>) -> Result<(Vec<T>, Option<String>)> {
    let start = match next_token {
        None => 0,
        Some(token) => {
            token.strip_prefix("mp-").and_then(|n| n.parse::<usize>().ok()).filter(|n| *n <= items.len()).ok_or_else(
                || {
                    Error::new(ErrorKind::Validation, "InvalidInputException", "The NextToken is not valid.")
                        .with_reason("INVALID_NEXT_TOKEN")
                },
            )?
        }
    };
    let size = max_results.map_or(DEFAULT_PAGE, |n| n.max(1) as usize);
    let end = (start + size).min(items.len());
    let next = (end < items.len()).then(|| format!("mp-{end}"));
    Ok((items.into_iter().skip(start).take(end - start).collect(), next))
}

fn not_found(code: &str, message: &str) -> Error {
    Error::new(ErrorKind::NotFound, code, message)
}

fn parent_not_found() -> Error {
    not_found("ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified.")
}

fn target_not_found() -> Error {
    not_found(
        "TargetNotFoundException",
        "We can't find a root, OU, account, or policy with the TargetId that you specified.",
    )
}

struct AccountRow {
    id: String,
    name: String,
    email: String,
    state: String,
    parent_id: Option<String>,
    joined_method: Option<String>,
    created_ms: i64,
}

const ACCOUNT_COLUMNS: &str = "id, name, email, state, parent_id, joined_method, created_at_ms";

fn account_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AccountRow> {
    Ok(AccountRow {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        state: r.get(3)?,
        parent_id: r.get(4)?,
        joined_method: r.get(5)?,
        created_ms: r.get(6)?,
    })
}

impl Engine<'_> {
    fn mgmt(&self) -> &str {
        &self.org.management_account
    }

    fn arn(&self, kind: &str, rest: &str) -> String {
        format!("arn:aws:organizations::{}:{kind}/{}/{rest}", self.mgmt(), self.org.id)
    }

    /// The management account, or a delegated administrator (for any service), may read the organization.
    fn require_administrator(&self) -> Result<()> {
        if self.caller.as_str() == self.mgmt() {
            return Ok(());
        }
        let delegated = exists(
            self.tx,
            "SELECT 1 FROM delegated_administrators WHERE organization_id = ?1 AND account_id = ?2",
            &[&self.org.id, self.caller.as_str()],
        )?;
        if delegated {
            return Ok(());
        }
        Err(Error::new(
            ErrorKind::AccessDenied,
            "AccessDeniedException",
            "You don't have permissions to access this resource.",
        ))
    }

    fn policy_types(&self) -> Vec<PolicyTypeSummary> {
        if self.org.all_features {
            vec![PolicyTypeSummary { policy_type: PolicyType::ServiceControlPolicy, status: PolicyTypeStatus::Enabled }]
        } else {
            Vec::new()
        }
    }

    fn query_accounts(&self, filter: &str, args: &[&str]) -> Result<Vec<AccountRow>> {
        let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE organization_id = ?1 {filter} ORDER BY id");
        let mut stmt = self.tx.prepare_cached(&sql).map_err(db_error)?;
        let mut all: Vec<&str> = vec![&self.org.id];
        all.extend_from_slice(args);
        let rows = stmt
            .query_map(rusqlite::params_from_iter(all), account_row)
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        Ok(rows)
    }

    /// The ids from the root down to `parent` (an organizational unit or the root), for paths.
    fn unit_chain(&self, parent: Option<&str>) -> Result<String> {
        let Some(unit) = parent.filter(|p| p.starts_with("ou-")) else { return Ok(String::new()) };
        let chain: Option<String> = self
            .tx
            .query_row("SELECT id_path FROM org_units WHERE id = ?1", [unit], |r| r.get(0))
            .optional()
            .map_err(db_error)?;
        Ok(chain.map(|c| format!("{c}/")).unwrap_or_default())
    }

    fn account(&self, row: AccountRow) -> Result<OrganizationAccount> {
        let state = AccountState::from(row.state.as_str());
        let status = match state {
            AccountState::Active => OrganizationAccountStatus::Active,
            AccountState::Suspended | AccountState::Closed => OrganizationAccountStatus::Suspended,
            _ => OrganizationAccountStatus::from(row.state.as_str()),
        };
        let path =
            format!("{}/{}/{}{}/", self.org.id, self.root_id, self.unit_chain(row.parent_id.as_deref())?, row.id);
        Ok(OrganizationAccount {
            arn: self.arn("account", &row.id),
            id: row.id.parse()?,
            email: Some(row.email),
            name: Some(row.name),
            status: Some(status),
            state: Some(state),
            paths: vec![path],
            joined_method: Some(
                row.joined_method.as_deref().map_or(AccountJoinedMethod::Created, AccountJoinedMethod::from),
            ),
            joined_timestamp: Some(stored::time("accounts", &row.id, "created_ms", row.created_ms)?),
        })
    }

    fn is_member(&self, account: &str) -> Result<bool> {
        exists(self.tx, "SELECT 1 FROM accounts WHERE id = ?1 AND organization_id = ?2", &[account, &self.org.id])
    }

    fn is_unit(&self, unit: &str) -> Result<bool> {
        exists(self.tx, "SELECT 1 FROM org_units WHERE id = ?1 AND organization_id = ?2", &[unit, &self.org.id])
    }

    fn is_policy(&self, policy: &str) -> Result<bool> {
        if policy == FULL_AWS_ACCESS_POLICY_ID {
            return Ok(self.org.all_features);
        }
        exists(self.tx, "SELECT 1 FROM org_policies WHERE id = ?1 AND organization_id = ?2", &[policy, &self.org.id])
    }

    /// Whether `parent` is this organization's root or one of its units.
    fn check_parent(&self, parent: &str) -> Result<()> {
        if parent == self.root_id || (parent.starts_with("ou-") && self.is_unit(parent)?) {
            Ok(())
        } else {
            Err(parent_not_found())
        }
    }

    fn units_under(&self, parent: &str) -> Result<Vec<OrganizationalUnit>> {
        let mut stmt = self
            .tx
            .prepare_cached(
                "SELECT id, name, id_path FROM org_units WHERE organization_id = ?1 AND parent_id = ?2 ORDER BY id",
            )
            .map_err(db_error)?;
        let rows = stmt
            .query_map([self.org.id.as_str(), parent], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
            })
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        Ok(rows
            .into_iter()
            .map(|(id, name, chain)| OrganizationalUnit {
                arn: self.arn("ou", &id),
                path: Some(format!("{}/{}/{chain}/", self.org.id, self.root_id)),
                id,
                name,
            })
            .collect())
    }

    fn accounts_under(&self, parent: &str) -> Result<Vec<AccountRow>> {
        if parent == self.root_id {
            self.query_accounts("AND parent_id IS NULL", &[])
        } else {
            self.query_accounts("AND parent_id = ?2", &[parent])
        }
    }

    fn full_aws_access(&self) -> PolicySummary {
        PolicySummary {
            id: FULL_AWS_ACCESS_POLICY_ID.to_owned(),
            arn: format!("arn:aws:organizations::aws:policy/service_control_policy/{FULL_AWS_ACCESS_POLICY_ID}"),
            name: "FullAWSAccess".to_owned(),
            description: Some("Allows access to every operation".to_owned()),
            policy_type: PolicyType::ServiceControlPolicy,
            aws_managed: true,
        }
    }

    fn policy_summary(
        &self,
        id: String,
        name: String,
        description: Option<String>,
        policy_type: String,
    ) -> PolicySummary {
        let policy_type = PolicyType::from(policy_type);
        PolicySummary {
            arn: self.arn("policy", &format!("{}/{id}", policy_type.as_str().to_ascii_lowercase())),
            id,
            name,
            description,
            policy_type,
            aws_managed: false,
        }
    }
}

impl OrganizationsEngine for Engine<'_> {
    fn describe_organization(&self, _: DescribeOrganizationInput) -> Result<Organization> {
        let email: Option<String> = self
            .tx
            .query_row("SELECT email FROM accounts WHERE id = ?1", [self.mgmt()], |r| r.get(0))
            .optional()
            .map_err(db_error)?;
        Ok(Organization {
            id: self.org.id.parse()?,
            arn: format!("arn:aws:organizations::{}:organization/{}", self.mgmt(), self.org.id),
            feature_set: if self.org.all_features {
                OrganizationFeatureSet::All
            } else {
                OrganizationFeatureSet::ConsolidatedBilling
            },
            master_account_arn: self.arn("account", self.mgmt()),
            master_account_id: self.mgmt().parse()?,
            master_account_email: email,
            available_policy_types: self.policy_types(),
        })
    }

    fn list_accounts(&self, input: ListAccountsInput) -> Result<ListAccountsOutput> {
        let rows = self.query_accounts("", &[])?;
        let (rows, next) = page(rows, input.next_token.as_deref(), input.max_results)?;
        let accounts = rows.into_iter().map(|r| self.account(r)).collect::<Result<Vec<_>>>()?;
        Ok(ListAccountsOutput::new(accounts, next))
    }

    fn describe_account(&self, input: DescribeAccountInput) -> Result<OrganizationAccount> {
        let row = self
            .query_accounts("AND id = ?2", &[input.account_id.as_str()])?
            .pop()
            .ok_or_else(|| not_found("AccountNotFoundException", "You specified an account that doesn't exist."))?;
        self.account(row)
    }

    fn list_roots(&self, input: ListRootsInput) -> Result<ListRootsOutput> {
        let root = Root {
            id: self.root_id.clone(),
            arn: self.arn("root", &self.root_id),
            name: "Root".to_owned(),
            policy_types: self.policy_types(),
        };
        let (roots, next) = page(vec![root], input.next_token.as_deref(), input.max_results)?;
        Ok(ListRootsOutput::new(roots, next))
    }

    fn list_organizational_units_for_parent(
        &self,
        input: ListOrganizationalUnitsForParentInput,
    ) -> Result<ListOrganizationalUnitsForParentOutput> {
        self.check_parent(&input.parent_id)?;
        let units = self.units_under(&input.parent_id)?;
        let (units, next) = page(units, input.next_token.as_deref(), input.max_results)?;
        Ok(ListOrganizationalUnitsForParentOutput::new(units, next))
    }

    fn list_accounts_for_parent(&self, input: ListAccountsForParentInput) -> Result<ListAccountsOutput> {
        self.check_parent(&input.parent_id)?;
        let rows = self.accounts_under(&input.parent_id)?;
        let (rows, next) = page(rows, input.next_token.as_deref(), input.max_results)?;
        let accounts = rows.into_iter().map(|r| self.account(r)).collect::<Result<Vec<_>>>()?;
        Ok(ListAccountsOutput::new(accounts, next))
    }

    fn list_parents(&self, input: ListParentsInput) -> Result<ListParentsOutput> {
        let child = input.child_id.as_str();
        let parent: Option<Option<String>> = if child.starts_with("ou-") {
            self.tx
                .query_row(
                    "SELECT parent_id FROM org_units WHERE id = ?1 AND organization_id = ?2",
                    [child, &self.org.id],
                    |r| r.get(0),
                )
                .optional()
                .map_err(db_error)?
        } else {
            self.tx
                .query_row(
                    "SELECT parent_id FROM accounts WHERE id = ?1 AND organization_id = ?2",
                    [child, &self.org.id],
                    |r| r.get(0),
                )
                .optional()
                .map_err(db_error)?
        };
        let Some(parent) = parent else {
            return Err(not_found(
                "ChildNotFoundException",
                "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.",
            ));
        };
        let parent = match parent {
            Some(id) if id.starts_with("ou-") => OrganizationParent { id, parent_type: ParentType::OrganizationalUnit },
            _ => OrganizationParent { id: self.root_id.clone(), parent_type: ParentType::Root },
        };
        let (parents, next) = page(vec![parent], input.next_token.as_deref(), input.max_results)?;
        Ok(ListParentsOutput::new(parents, next))
    }

    fn list_children(&self, input: ListChildrenInput) -> Result<ListChildrenOutput> {
        self.check_parent(&input.parent_id)?;
        let children: Vec<OrganizationChild> = match input.child_type {
            ChildType::Account => self
                .accounts_under(&input.parent_id)?
                .into_iter()
                .map(|r| OrganizationChild { id: r.id, child_type: ChildType::Account })
                .collect(),
            _ => self
                .units_under(&input.parent_id)?
                .into_iter()
                .map(|u| OrganizationChild { id: u.id, child_type: ChildType::OrganizationalUnit })
                .collect(),
        };
        let (children, next) = page(children, input.next_token.as_deref(), input.max_results)?;
        Ok(ListChildrenOutput::new(children, next))
    }

    fn list_policies_for_target(&self, input: ListPoliciesForTargetInput) -> Result<ListPoliciesForTargetOutput> {
        let target = input.target_id.as_str();
        let known = if target.starts_with("r-") {
            target == self.root_id
        } else if target.starts_with("ou-") {
            self.is_unit(target)?
        } else {
            self.is_member(target)?
        };
        if !known {
            return Err(target_not_found());
        }
        let mut policies = Vec::new();
        if input.filter == PolicyType::ServiceControlPolicy && self.org.all_features {
            policies.push(self.full_aws_access());
        }
        let mut stmt = self
            .tx
            .prepare_cached(
                "SELECT p.id, p.name, p.description, p.policy_type FROM org_policies p
                 JOIN org_policy_targets t ON t.policy_id = p.id
                 WHERE t.target_id = ?1 AND p.organization_id = ?2 AND p.policy_type = ?3 ORDER BY p.id",
            )
            .map_err(db_error)?;
        let rows = stmt
            .query_map([target, &self.org.id, input.filter.as_str()], |r| {
                Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        policies.extend(
            rows.into_iter().map(|(id, name, description, kind)| self.policy_summary(id, name, description, kind)),
        );
        let (policies, next) = page(policies, input.next_token.as_deref(), input.max_results)?;
        Ok(ListPoliciesForTargetOutput::new(policies, next))
    }

    fn describe_policy(&self, input: DescribePolicyInput) -> Result<Policy> {
        let missing =
            || not_found("PolicyNotFoundException", "We can't find a policy with the PolicyId that you specified.");
        if input.policy_id == FULL_AWS_ACCESS_POLICY_ID {
            if !self.org.all_features {
                return Err(missing());
            }
            return Ok(Policy { policy_summary: self.full_aws_access(), content: FULL_AWS_ACCESS_CONTENT.to_owned() });
        }
        let row: Option<(String, String, Option<String>, String, String)> = self
            .tx
            .query_row(
                "SELECT id, name, description, policy_type, content FROM org_policies WHERE id = ?1 AND organization_id = ?2",
                [input.policy_id.as_str(), &self.org.id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()
            .map_err(db_error)?;
        let (id, name, description, kind, content) = row.ok_or_else(missing)?;
        Ok(Policy { policy_summary: self.policy_summary(id, name, description, kind), content })
    }

    fn list_tags_for_resource(&self, input: ListOrganizationTagsInput) -> Result<ListOrganizationTagsOutput> {
        let resource = input.resource_id.as_str();
        let known = if resource.starts_with("r-") {
            resource == self.root_id
        } else if resource.starts_with("ou-") {
            self.is_unit(resource)?
        } else if resource.starts_with("p-") {
            self.is_policy(resource)?
        } else if resource.starts_with("rp-") || resource.starts_with("rt-") {
            false
        } else {
            self.is_member(resource)?
        };
        if !known {
            return Err(target_not_found());
        }
        let mut stmt = self
            .tx
            .prepare_cached("SELECT key, value FROM org_tags WHERE resource_id = ?1 ORDER BY key")
            .map_err(db_error)?;
        let tags = stmt
            .query_map([resource], |r| Ok(Tag::new(r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        let (tags, next) = page(tags, input.next_token.as_deref(), None)?;
        Ok(ListOrganizationTagsOutput::new(tags, next))
    }

    fn list_aws_service_access_for_organization(
        &self,
        input: ListAwsServiceAccessForOrganizationInput,
    ) -> Result<ListAwsServiceAccessForOrganizationOutput> {
        let mut stmt = self
            .tx
            .prepare_cached(
                "SELECT service_principal, enabled_ms FROM trusted_access WHERE organization_id = ?1 ORDER BY service_principal",
            )
            .map_err(db_error)?;
        let principals = stmt
            .query_map([&self.org.id], |r| {
                let service_principal: String = r.get(0)?;
                let date_enabled = r
                    .get::<_, Option<i64>>(1)?
                    .map(|ms| in_row(stored::time("trusted_access", &service_principal, "enabled_ms", ms)))
                    .transpose()?;
                Ok(EnabledServicePrincipal { service_principal, date_enabled })
            })
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        let (principals, next) = page(principals, input.next_token.as_deref(), input.max_results)?;
        Ok(ListAwsServiceAccessForOrganizationOutput::new(principals, next))
    }

    fn list_delegated_administrators(
        &self,
        input: ListDelegatedAdministratorsInput,
    ) -> Result<ListDelegatedAdministratorsOutput> {
        let mut stmt = self
            .tx
            .prepare_cached(
                "SELECT d.account_id, MIN(d.enabled_ms) FROM delegated_administrators d
                 WHERE d.organization_id = ?1 AND (?2 IS NULL OR d.service_principal = ?2)
                 GROUP BY d.account_id ORDER BY d.account_id",
            )
            .map_err(db_error)?;
        let rows = stmt
            .query_map(params![&self.org.id, input.service_principal], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
            })
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        let mut admins = Vec::new();
        for (account, enabled) in rows {
            let Some(row) = self.query_accounts("AND id = ?2", &[&account])?.pop() else { continue };
            let a = self.account(row)?;
            admins.push(DelegatedAdministrator {
                id: a.id,
                arn: a.arn,
                email: a.email,
                name: a.name,
                status: a.status,
                state: a.state,
                joined_method: a.joined_method,
                joined_timestamp: a.joined_timestamp,
                delegation_enabled_date: enabled
                    .map(|ms| stored::time("delegated_administrators", &account, "enabled_ms", ms))
                    .transpose()?,
            });
        }
        let (admins, next) = page(admins, input.next_token.as_deref(), input.max_results)?;
        Ok(ListDelegatedAdministratorsOutput::new(admins, next))
    }
}

// ------------------------------------------------------------------------------------------------------------------
// STS.

/// Serve one STS request inside `tx`; `session` is the access key id of the assumed-role credentials the request was
/// signed with, if it was.
pub(super) fn handle_sts(
    tx: &Tx<'_>,
    now: OffsetDateTime,
    caller: &AccountId,
    session: Option<&str>,
    request: StsRequest,
) -> Result<StsResponse> {
    request.serve(&Sts { tx, now, caller, session })
}

struct Sts<'a> {
    tx: &'a Tx<'a>,
    now: OffsetDateTime,
    caller: &'a AccountId,
    session: Option<&'a str>,
}

/// An assumed role's session as the engine keeps it.
#[derive(Clone, PartialEq, Eq)]
pub struct Session {
    /// The account the session acts as.
    pub account_id: AccountId,
    /// The secret its requests are signed with.
    pub secret_access_key: String,
    /// The token its requests carry (`X-Amz-Security-Token`).
    pub session_token: String,
    /// When it expires.
    pub expiration: OffsetDateTime,
}

/// The secret and token stay out of logs.
impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session").field("account_id", &self.account_id).field("expiration", &self.expiration).finish()
    }
}

/// The session of temporary credentials `access_key_id`, if the engine issued them (expired or not).
pub(super) fn session(tx: &Tx<'_>, access_key_id: &str) -> Result<Option<Session>> {
    let row: Option<(String, String, String, i64)> = tx
        .query_row(
            "SELECT account_id, secret_access_key, session_token, expires_ms FROM sts_sessions WHERE access_key_id = ?1",
            [access_key_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()
        .map_err(db_error)?;
    row.map(|(account, secret, token, expires)| {
        Ok(Session {
            account_id: stored::parsed("sts_sessions", access_key_id, "account_id", &account)?,
            secret_access_key: secret,
            session_token: token,
            expiration: stored::time("sts_sessions", access_key_id, "expires_ms", expires)?,
        })
    })
    .transpose()
}

fn upper_alnum(n: usize) -> String {
    let mut rng = rand::thread_rng();
    (0..n)
        .map(|_| {
            let i = rng.gen_range(0..36u8);
            char::from(if i < 10 { b'0' + i } else { b'A' + i - 10 })
        })
        .collect()
}

impl StsEngine for Sts<'_> {
    fn get_caller_identity(&self, _: GetCallerIdentityInput) -> Result<CallerIdentity> {
        if let Some(key) = self.session {
            let row: Option<(String, String, String)> = self
                .tx
                .query_row(
                    "SELECT role_name, role_id, session_name FROM sts_sessions WHERE access_key_id = ?1",
                    [key],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()
                .map_err(db_error)?;
            if let Some((role, role_id, name)) = row {
                return Ok(CallerIdentity {
                    user_id: format!("{role_id}:{name}"),
                    account: self.caller.clone(),
                    arn: format!("arn:aws:sts::{}:assumed-role/{role}/{name}", self.caller),
                });
            }
        }
        Ok(CallerIdentity {
            user_id: self.caller.to_string(),
            account: self.caller.clone(),
            arn: format!("arn:aws:iam::{}:root", self.caller),
        })
    }

    fn assume_role(&self, input: AssumeRoleInput) -> Result<AssumeRoleOutput> {
        let (target, role) = parse_role_arn(&input.role_arn)?;
        let denied = || {
            Error::new(
                ErrorKind::AccessDenied,
                "AccessDenied",
                format!(
                    "User: arn:aws:iam::{}:root is not authorized to perform: sts:AssumeRole on resource: {}",
                    self.caller, input.role_arn
                ),
            )
        };
        // A role of the caller's own account, or of an active account of the caller's organization: the trust the
        // organization's access role gives. Anything else is outside what the world lets the caller reach.
        if &target != self.caller {
            let same_org = match organization_of(self.tx, self.caller)? {
                Some(org) => exists(
                    self.tx,
                    "SELECT 1 FROM accounts WHERE id = ?1 AND organization_id = ?2 AND state = 'ACTIVE'",
                    &[target.as_str(), &org.id],
                )?,
                None => false,
            };
            if !same_org {
                return Err(denied());
            }
        }
        let seconds = i64::from(input.duration_seconds.unwrap_or(3600));
        let expiration = whole_seconds(self.now) + time::Duration::seconds(seconds);
        let access_key_id = format!("ASIA{}", upper_alnum(16));
        let secret = Alphanumeric.sample_string(&mut rand::thread_rng(), 40);
        let token = Alphanumeric.sample_string(&mut rand::thread_rng(), 128);
        // The role's id is stable for a role, as IAM's is.
        let role_id = format!("AROA{:017X}", fnv(&format!("{target}/{role}")));
        self.tx
            .execute(
                "INSERT INTO sts_sessions (access_key_id, secret_access_key, session_token, account_id, role_name,
                 role_id, session_name, expires_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    access_key_id,
                    secret,
                    token,
                    target.as_str(),
                    role,
                    role_id,
                    input.role_session_name,
                    to_ms(expiration)
                ],
            )
            .map_err(db_error)?;
        Ok(AssumeRoleOutput {
            credentials: SessionCredentials {
                access_key_id,
                secret_access_key: secret,
                session_token: token,
                expiration,
            },
            assumed_role_user: AssumedRoleUser {
                assumed_role_id: format!("{role_id}:{}", input.role_session_name),
                arn: format!("arn:aws:sts::{target}:assumed-role/{role}/{}", input.role_session_name),
            },
        })
    }
}

fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}
