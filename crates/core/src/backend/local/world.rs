//! The world file: the accounts and organizations the local backend knows, and its settings.
//!
//! ```toml
//! default_account = "123456789012"      # who acts when no account is named (default 000000000000)
//!
//! [settings]
//! region_transition_seconds = 2.0       # how long ENABLING/DISABLING last
//! max_region_requests_per_account = 6
//! max_region_requests_per_organization = 20
//! primary_email_propagation_seconds = 60.0
//! enforce_rate_limits = false           # the service's per-operation request rates
//! change_set_preparation_seconds = 1.0  # how long a catalog change set stays PREPARING
//! change_set_application_seconds = 1.0  # then APPLYING
//!
//! [settings.tax_rates]                  # estimated taxes by the buyer's country (none by default)
//! DE = { type = "VAT", rate = "19" }
//!
//! [[organizations]]
//! id = "o-aa111bb222"
//! management_account = "123456789012"
//! all_features = true                   # default true
//! root_id = "r-aa11"                    # default: r- and the first 4 characters after o-
//! trusted_access = ["account.amazonaws.com"]   # service access (ListAWSServiceAccessForOrganization)
//! delegated_administrators = [{ account = "222222222222", service_principal = "account.amazonaws.com" }]
//! purchase_order_integration = true     # billing integration set up, so accounts may add POs (default true)
//! root_tags = { owner = "platform" }
//!
//! [[organizational_units]]              # nested by path: each parent is declared too
//! organization = "o-aa111bb222"
//! path = "Workloads/Prod"               # names from the root down, separated by /
//! id = "ou-aa11-prod0001"               # optional: derived from the path otherwise
//! tags = { env = "prod" }
//!
//! [[policies]]                          # service control policies (and other policy types)
//! organization = "o-aa111bb222"
//! name = "DenyRootUser"
//! id = "p-denyroot01"                   # optional: derived from the name otherwise
//! description = "No root user"
//! type = "SERVICE_CONTROL_POLICY"       # default
//! content = '{"Version":"2012-10-17","Statement":[...]}'
//! targets = ["root", "Workloads/Prod", "111111111111"]   # the root, OU paths or ids, account ids
//! tags = { control = "A-ROOT" }
//!
//! [[accounts]]
//! id = "123456789012"
//! name = "Management"
//! email = "root@example.com"
//! organization = "o-aa111bb222"         # omit for a standalone account
//! parent = "Workloads/Prod"             # the OU (path or id) it sits in; default the root
//! tags = { customer = "A" }
//! joined_method = "CREATED"             # or INVITED (default CREATED)
//! state = "ACTIVE"                      # default ACTIVE
//! govcloud_account_id = "999999999999"  # optional linked GovCloud account
//! ```
//!
//! Every organization with all features has the AWS-managed `FullAWSAccess` service control policy attached to its
//! root, units and accounts, as AWS Organizations does; the `[[policies]]` come on top.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::account::AccountState;
use crate::model::organizations::{is_ou_id, is_policy_id, is_root_id, AccountJoinedMethod, PolicyType};
use crate::model::{AccountId, OrganizationId};

/// The whole world file.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct World {
    /// The account that acts when a call names none.
    #[serde(default)]
    pub default_account: Option<AccountId>,
    /// Engine settings.
    #[serde(default)]
    pub settings: Settings,
    /// Organizations.
    #[serde(default)]
    pub organizations: Vec<OrganizationSpec>,
    /// Organizational units.
    #[serde(default)]
    pub organizational_units: Vec<OrganizationalUnitSpec>,
    /// Policies (service control policies and others) and where they are attached.
    #[serde(default)]
    pub policies: Vec<PolicySpec>,
    /// Accounts.
    #[serde(default)]
    pub accounts: Vec<AccountSpec>,
}

/// Engine settings a world may set; unset ones keep their defaults.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// How long a region stays ENABLING or DISABLING, in seconds.
    pub region_transition_seconds: Option<f64>,
    /// Region-opt requests in flight per account.
    pub max_region_requests_per_account: Option<u32>,
    /// Region-opt requests in flight per organization.
    pub max_region_requests_per_organization: Option<u32>,
    /// How long an accepted primary email update takes to complete, in seconds.
    pub primary_email_propagation_seconds: Option<f64>,
    /// Enforce the service's request-rate quotas (off by default).
    pub enforce_rate_limits: Option<bool>,
    /// How long a Marketplace Catalog change set stays PREPARING, in seconds.
    pub change_set_preparation_seconds: Option<f64>,
    /// How long it then stays APPLYING, in seconds.
    pub change_set_application_seconds: Option<f64>,
    /// Tax rates by the buyer's country code, for agreement requests that ask for estimated taxes.
    #[serde(default)]
    pub tax_rates: std::collections::BTreeMap<String, TaxRate>,
}

/// A tax the local backend estimates on agreement requests from buyers in one country.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxRate {
    /// Which tax (`VAT`, `GST`, `Sales tax`).
    #[serde(rename = "type")]
    pub tax_type: String,
    /// The rate in percent, up to 4 decimals (`19`, `8.875`).
    pub rate: String,
}

/// An organization.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationSpec {
    /// Its id.
    pub id: OrganizationId,
    /// Its management account (declare it under `accounts` too, or it is created).
    pub management_account: AccountId,
    /// Whether all features are enabled (required for trusted access).
    #[serde(default = "yes")]
    pub all_features: bool,
    /// Service principals with trusted access (`account.amazonaws.com`).
    #[serde(default)]
    pub trusted_access: Vec<String>,
    /// Delegated administrators.
    #[serde(default)]
    pub delegated_administrators: Vec<DelegatedAdministrator>,
    /// Whether the management account has set up the AWS Billing integration (the purchase-order service-linked
    /// role) that lets the organization's accounts add purchase orders. Worlds describe organizations that did, unless
    /// they say `false`.
    #[serde(default = "yes")]
    pub purchase_order_integration: bool,
    /// The root's id (`r-` and 4 to 32 lower-case letters or digits); derived from the organization's id if absent.
    #[serde(default)]
    pub root_id: Option<String>,
    /// The root's tags.
    #[serde(default)]
    pub root_tags: BTreeMap<String, String>,
}

impl OrganizationSpec {
    /// The root's id: as declared, else `r-` and the first 4 characters after `o-`.
    pub fn root_id(&self) -> String {
        self.root_id.clone().unwrap_or_else(|| derived_root_id(&self.id))
    }
}

/// The root id of an organization that declares none: `r-` and the first 4 characters after `o-`.
pub fn derived_root_id(organization: &OrganizationId) -> String {
    let rest = organization.as_str().trim_start_matches("o-");
    format!("r-{}", &rest[..4.min(rest.len())])
}

/// An organizational unit, declared by its path of names from the root.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationalUnitSpec {
    /// Its organization.
    pub organization: OrganizationId,
    /// Its names from the root down, separated by `/` (`Workloads/Prod`); its parent must be declared too.
    pub path: String,
    /// Its id (`ou-<4 to 32>-<8 to 32>` lower-case letters or digits); derived from the path if absent.
    #[serde(default)]
    pub id: Option<String>,
    /// Its tags.
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
}

impl OrganizationalUnitSpec {
    /// Its name: the last part of its path.
    pub fn name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }

    /// The path of its parent, `None` under the root.
    pub fn parent_path(&self) -> Option<&str> {
        self.path.rsplit_once('/').map(|(parent, _)| parent)
    }
}

/// A policy and the targets it is attached to.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicySpec {
    /// Its organization.
    pub organization: OrganizationId,
    /// Its name (1 to 128 characters).
    pub name: String,
    /// Its id (`p-` and 8 to 128 letters, digits or `_`); derived from the name if absent.
    #[serde(default)]
    pub id: Option<String>,
    /// Its description (up to 512 characters).
    #[serde(default)]
    pub description: Option<String>,
    /// Its type (default `SERVICE_CONTROL_POLICY`).
    #[serde(default = "scp", rename = "type")]
    pub policy_type: PolicyType,
    /// Its JSON text.
    pub content: String,
    /// Where it is attached: `root` (or the root's id), organizational units by path or id, account ids.
    #[serde(default)]
    pub targets: Vec<String>,
    /// Its tags.
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
}

fn scp() -> PolicyType {
    PolicyType::ServiceControlPolicy
}

/// A delegated administrator registration.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DelegatedAdministrator {
    /// The member account.
    pub account: AccountId,
    /// The service it administers (`account.amazonaws.com`).
    pub service_principal: String,
}

/// An account.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountSpec {
    /// Its id.
    pub id: AccountId,
    /// Its name (1 to 50 characters).
    #[serde(default)]
    pub name: Option<String>,
    /// Its root email address.
    #[serde(default)]
    pub email: Option<String>,
    /// Its organization, if it is a member.
    #[serde(default)]
    pub organization: Option<OrganizationId>,
    /// Its state.
    #[serde(default)]
    pub state: Option<AccountState>,
    /// The GovCloud account linked to it.
    #[serde(default)]
    pub govcloud_account_id: Option<AccountId>,
    /// The organizational unit it sits in (a path of names or an id); the root if absent.
    #[serde(default)]
    pub parent: Option<String>,
    /// Its tags.
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
    /// How it joined its organization (default `CREATED`).
    #[serde(default)]
    pub joined_method: Option<AccountJoinedMethod>,
}

fn yes() -> bool {
    true
}

/// One broken rule of a world file: where (the array, the entry's index, the key) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Problem {
    table: &'static str,
    index: usize,
    field: &'static str,
    message: String,
}

impl Problem {
    fn new(table: &'static str, index: usize, field: &'static str, message: impl Into<String>) -> Problem {
        Problem { table, index, field, message: message.into() }
    }

    /// `accounts[2].parent: ...`, with the line when `text` (the file) shows where the entry is.
    fn render(&self, text: Option<&str>) -> String {
        let line = text.and_then(|t| locate(t, self.table, self.index, self.field));
        match line {
            Some(line) => format!("line {line}: {}[{}].{}: {}", self.table, self.index, self.field, self.message),
            None => format!("{}[{}].{}: {}", self.table, self.index, self.field, self.message),
        }
    }
}

/// The line (from 1) of `field` in the `index`th `[[table]]` entry of `text`, or of the entry's header when the key
/// is not written there; `None` for entries written another way (inline arrays).
fn locate(text: &str, table: &str, index: usize, field: &str) -> Option<usize> {
    let header = format!("[[{table}]]");
    let mut seen = 0;
    let mut entry: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("[[") || (trimmed.starts_with('[') && entry.is_some()) {
            if let Some(at) = entry {
                // The entry ended without the key: point at its header.
                if trimmed.starts_with('[') {
                    return Some(at + 1);
                }
            }
            if trimmed.split('#').next().map(str::trim) == Some(header.as_str()) {
                if seen == index {
                    entry = Some(n);
                }
                seen += 1;
            }
            continue;
        }
        if entry.is_some() {
            let key = trimmed.split('=').next().map(str::trim);
            if key == Some(field) {
                return Some(n + 1);
            }
        }
    }
    entry.map(|at| at + 1)
}

/// FNV-1a: a stable hash for the ids a world derives (the same world gives the same ids on every machine).
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

impl World {
    /// Parse a world from TOML text.
    pub fn from_toml_str(text: &str) -> Result<World> {
        let world: World =
            toml::from_str(text).map_err(|e| Error::config(format!("invalid world file: {e}")).with_source(e))?;
        world.check_with(Some(text))?;
        Ok(world)
    }

    /// Read and parse a world file; errors name the file, the line and the key.
    pub fn from_file(path: impl AsRef<Path>) -> Result<World> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::config(format!("cannot read world file {}: {e}", path.display())).with_source(e))?;
        World::from_toml_str(&text).map_err(|e| Error::config(format!("{}: {}", path.display(), e.message())))
    }

    /// The id of the organizational unit at `path` of `organization` (declared or derived).
    pub fn unit_id(&self, organization: &OrganizationId, path: &str) -> Option<String> {
        let unit = self.organizational_units.iter().find(|u| &u.organization == organization && u.path == path)?;
        Some(self.id_of_unit(unit))
    }

    fn id_of_unit(&self, unit: &OrganizationalUnitSpec) -> String {
        if let Some(id) = &unit.id {
            return id.clone();
        }
        let root = self
            .organizations
            .iter()
            .find(|o| o.id == unit.organization)
            .map(OrganizationSpec::root_id)
            .unwrap_or_else(|| derived_root_id(&unit.organization));
        let root_part = root.trim_start_matches("r-").to_owned();
        format!("ou-{root_part}-{:08x}", fnv(&format!("{}/{}", unit.organization, unit.path)) as u32)
    }

    /// The id of a policy (declared or derived).
    pub fn policy_id(&self, policy: &PolicySpec) -> String {
        policy
            .id
            .clone()
            .unwrap_or_else(|| format!("p-{:010x}", fnv(&format!("{}/{}", policy.organization, policy.name)) >> 24))
    }

    /// Where an account's or policy's `parent`/`targets` entry points in `organization`: the root's id, an
    /// organizational unit's id (by path or id), or an account id of the organization.
    pub fn resolve_target(&self, organization: &OrganizationId, target: &str) -> Option<String> {
        let org = self.organizations.iter().find(|o| &o.id == organization)?;
        let root = org.root_id();
        if target == "root" || target == root {
            return Some(root);
        }
        if is_ou_id(target) {
            let known = self
                .organizational_units
                .iter()
                .any(|u| &u.organization == organization && self.id_of_unit(u) == target);
            return known.then(|| target.to_owned());
        }
        if let Ok(account) = target.parse::<AccountId>() {
            let member = account == org.management_account
                || self.accounts.iter().any(|a| a.id == account && a.organization.as_ref() == Some(organization));
            return member.then(|| account.to_string());
        }
        self.unit_id(organization, target)
    }

    /// Check the rules Organizations enforces: trusted access needs all features, a delegated administrator needs
    /// trusted access for its service and must be a member other than the management account, accounts belong to
    /// declared organizations, units nest under declared parents, policies need all features and attach to what
    /// the organization has.
    pub fn check(&self) -> Result<()> {
        self.check_with(None)
    }

    fn check_with(&self, text: Option<&str>) -> Result<()> {
        let problems = self.problems();
        if problems.is_empty() {
            Ok(())
        } else {
            let listed: Vec<String> = problems.iter().map(|p| p.render(text)).collect();
            Err(Error::config(format!("invalid world: {}", listed.join("; "))))
        }
    }

    fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut org_ids = HashSet::new();
        for (i, org) in self.organizations.iter().enumerate() {
            let p = |field, message: String| Problem::new("organizations", i, field, message);
            if !org_ids.insert(org.id.clone()) {
                problems.push(p("id", format!("organization {} is declared twice", org.id)));
            }
            if !org.trusted_access.is_empty() && !org.all_features {
                problems.push(p(
                    "trusted_access",
                    format!("organization {}: trusted access needs all features enabled", org.id),
                ));
            }
            if !is_root_id(&org.root_id()) {
                problems.push(p("root_id", format!("{:?} must match r-[0-9a-z]{{4,32}}", org.root_id())));
            }
            tag_problems(&org.root_tags, |m| problems.push(p("root_tags", m)));
            for admin in &org.delegated_administrators {
                if !org.trusted_access.contains(&admin.service_principal) {
                    problems.push(p(
                        "delegated_administrators",
                        format!(
                            "organization {}: delegated administrator {} for {} needs trusted access for {} first",
                            org.id, admin.account, admin.service_principal, admin.service_principal
                        ),
                    ));
                }
                if admin.account == org.management_account {
                    problems.push(p(
                        "delegated_administrators",
                        format!("organization {}: the management account cannot be a delegated administrator", org.id),
                    ));
                } else if !self
                    .accounts
                    .iter()
                    .any(|a| a.id == admin.account && a.organization.as_ref() == Some(&org.id))
                {
                    problems.push(p(
                        "delegated_administrators",
                        format!(
                            "organization {}: delegated administrator {} is not a declared member",
                            org.id, admin.account
                        ),
                    ));
                }
            }
        }
        let all_features: HashMap<&OrganizationId, bool> =
            self.organizations.iter().map(|o| (&o.id, o.all_features)).collect();

        let mut unit_paths = HashSet::new();
        let mut unit_ids = HashSet::new();
        for (i, unit) in self.organizational_units.iter().enumerate() {
            let p = |field, message: String| Problem::new("organizational_units", i, field, message);
            if !org_ids.contains(&unit.organization) {
                problems.push(p("organization", format!("organization {} is not declared", unit.organization)));
                continue;
            }
            if unit.path.split('/').any(|part| part.is_empty() || part.chars().count() > 128) {
                problems.push(p("path", format!("{:?}: every name between / is 1 to 128 characters", unit.path)));
            }
            if !unit_paths.insert((unit.organization.clone(), unit.path.clone())) {
                problems.push(p("path", format!("{} is declared twice in {}", unit.path, unit.organization)));
            }
            if let Some(parent) = unit.parent_path() {
                let declared =
                    self.organizational_units.iter().any(|u| u.organization == unit.organization && u.path == parent);
                if !declared {
                    problems.push(p("path", format!("its parent {parent:?} is not declared (declare every level)")));
                }
            }
            let id = self.id_of_unit(unit);
            if !is_ou_id(&id) {
                problems.push(p("id", format!("{id:?} must match ou-[0-9a-z]{{4,32}}-[a-z0-9]{{8,32}}")));
            } else if !unit_ids.insert(id.clone()) {
                problems.push(p("id", format!("{id} is used twice")));
            }
            tag_problems(&unit.tags, |m| problems.push(p("tags", m)));
        }

        let mut policy_ids = HashSet::new();
        for (i, policy) in self.policies.iter().enumerate() {
            let p = |field, message: String| Problem::new("policies", i, field, message);
            let Some(features) = all_features.get(&policy.organization) else {
                problems.push(p("organization", format!("organization {} is not declared", policy.organization)));
                continue;
            };
            if !features {
                problems.push(p(
                    "organization",
                    format!("organization {}: policies need all features enabled", policy.organization),
                ));
            }
            let n = policy.name.chars().count();
            if !(1..=128).contains(&n) {
                problems.push(p("name", format!("must be 1 to 128 characters, got {n}")));
            }
            if policy.description.as_ref().is_some_and(|d| d.chars().count() > 512) {
                problems.push(p("description", "must be at most 512 characters".to_owned()));
            }
            if !policy.policy_type.is_known() {
                problems.push(p(
                    "type",
                    format!("{:?} is not one of {}", policy.policy_type.as_str(), PolicyType::known_values()),
                ));
            }
            if let Err(e) = serde_json::from_str::<serde_json::Value>(&policy.content) {
                problems.push(p("content", format!("is not JSON: {e}")));
            }
            let id = self.policy_id(policy);
            if !is_policy_id(&id) {
                problems.push(p("id", format!("{id:?} must match p-[0-9a-zA-Z_]{{8,128}}")));
            } else if !policy_ids.insert(id.clone()) {
                problems.push(p("id", format!("{id} is used twice")));
            }
            for target in &policy.targets {
                if self.resolve_target(&policy.organization, target).is_none() {
                    problems.push(p(
                        "targets",
                        format!(
                            "{target:?} is neither root, an organizational unit nor an account of {}",
                            policy.organization
                        ),
                    ));
                }
            }
            tag_problems(&policy.tags, |m| problems.push(p("tags", m)));
        }

        let mut account_ids = HashSet::new();
        for (i, account) in self.accounts.iter().enumerate() {
            let p = |field, message: String| Problem::new("accounts", i, field, message);
            if !account_ids.insert(account.id.clone()) {
                problems.push(p("id", format!("account {} is declared twice", account.id)));
            }
            if let Some(org) = &account.organization {
                if !org_ids.contains(org) {
                    problems
                        .push(p("organization", format!("account {}: organization {org} is not declared", account.id)));
                }
            }
            if let Some(name) = &account.name {
                if let Err(e) = crate::model::account::validate_account_name(name) {
                    problems.push(p("name", format!("account {}: name {}", account.id, e.message())));
                }
            }
            if let Some(parent) = &account.parent {
                match &account.organization {
                    None => {
                        problems.push(p("parent", "a standalone account has no parent; set organization".to_owned()))
                    }
                    Some(org) if org_ids.contains(org) => {
                        let resolved = self.resolve_target(org, parent);
                        if !resolved.is_some_and(|id| is_root_id(&id) || is_ou_id(&id)) {
                            problems.push(p("parent", format!("{parent:?} is not an organizational unit of {org}")));
                        }
                    }
                    Some(_) => {}
                }
            }
            tag_problems(&account.tags, |m| problems.push(p("tags", m)));
        }
        for (i, org) in self.organizations.iter().enumerate() {
            if let Some(mgmt) = self.accounts.iter().find(|a| a.id == org.management_account) {
                if mgmt.organization.as_ref() != Some(&org.id) {
                    problems.push(Problem::new(
                        "organizations",
                        i,
                        "management_account",
                        format!(
                            "organization {}: management account {} must list organization = \"{}\"",
                            org.id, org.management_account, org.id
                        ),
                    ));
                }
            }
        }
        problems
    }
}

/// Organizations' tag rules: keys of 1 to 128 characters, values of up to 256, at most 50 tags.
fn tag_problems(tags: &BTreeMap<String, String>, mut report: impl FnMut(String)) {
    if tags.len() > 50 {
        report(format!("at most 50 tags, got {}", tags.len()));
    }
    for (key, value) in tags {
        if !(1..=128).contains(&key.chars().count()) {
            report(format!("key {key:?} must be 1 to 128 characters"));
        }
        if value.chars().count() > 256 {
            report(format!("the value of {key:?} must be at most 256 characters"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = r#"
        [[organizations]]
        id = "o-aa111bb222"
        management_account = "123456789012"
        trusted_access = ["account.amazonaws.com"]
        delegated_administrators = [{ account = "222222222222", service_principal = "account.amazonaws.com" }]

        [[accounts]]
        id = "123456789012"
        organization = "o-aa111bb222"
        [[accounts]]
        id = "222222222222"
        organization = "o-aa111bb222"
    "#;

    #[test]
    fn parses_the_documented_format() {
        let world = World::from_toml_str(FIXTURE).unwrap();
        assert_eq!(world.organizations[0].delegated_administrators[0].account.as_str(), "222222222222");
        assert!(world.organizations[0].all_features);
    }

    #[test]
    fn delegated_admin_needs_trusted_access() {
        // TV-097
        let text = FIXTURE.replace(r#"trusted_access = ["account.amazonaws.com"]"#, "");
        let err = World::from_toml_str(&text).unwrap_err();
        assert!(err.message().contains("needs trusted access"), "{}", err.message());
    }

    #[test]
    fn trusted_access_needs_all_features() {
        // TV-091
        let text = FIXTURE.replace(
            r#"management_account = "123456789012""#,
            "management_account = \"123456789012\"\nall_features = false",
        );
        let err = World::from_toml_str(&text).unwrap_err();
        assert!(err.message().contains("all features"), "{}", err.message());
    }

    const ESTATE: &str = r#"
        [[organizations]]
        id = "o-aa111bb222"
        management_account = "123456789012"

        [[organizational_units]]
        organization = "o-aa111bb222"
        path = "Workloads"

        [[organizational_units]]
        organization = "o-aa111bb222"
        path = "Workloads/Prod"
        tags = { env = "prod" }

        [[policies]]
        organization = "o-aa111bb222"
        name = "DenyRoot"
        content = '{"Version":"2012-10-17","Statement":[]}'
        targets = ["root", "Workloads/Prod", "111111111111"]

        [[accounts]]
        id = "123456789012"
        organization = "o-aa111bb222"
        [[accounts]]
        id = "111111111111"
        organization = "o-aa111bb222"
        parent = "Workloads/Prod"
        tags = { customer = "A" }
    "#;

    #[test]
    fn units_and_policies_resolve() {
        let world = World::from_toml_str(ESTATE).unwrap();
        let org: OrganizationId = "o-aa111bb222".parse().unwrap();
        let prod = world.unit_id(&org, "Workloads/Prod").unwrap();
        assert!(is_ou_id(&prod), "{prod}");
        assert!(prod.starts_with("ou-aa11-"));
        assert_eq!(world.resolve_target(&org, "root").as_deref(), Some("r-aa11"));
        assert_eq!(world.resolve_target(&org, &prod), Some(prod.clone()));
        assert_eq!(world.resolve_target(&org, "Nope"), None);
        assert!(is_policy_id(&world.policy_id(&world.policies[0])));
    }

    #[test]
    fn errors_name_the_line_and_key() {
        let broken = ESTATE.replace(r#"parent = "Workloads/Prod""#, r#"parent = "Workloads/Dev""#);
        let err = World::from_toml_str(&broken).unwrap_err();
        let line = broken.lines().position(|l| l.contains("Workloads/Dev")).unwrap() + 1;
        assert!(err.message().contains(&format!("line {line}: accounts[1].parent:")), "{}", err.message());
        let orphan = ESTATE.replace("path = \"Workloads\"\n", "path = \"Other\"\n");
        let err = World::from_toml_str(&orphan).unwrap_err();
        assert!(
            err.message().contains("organizational_units[1].path: its parent \"Workloads\" is not declared"),
            "{}",
            err.message()
        );
        let bad_json = ESTATE.replace("'{\"Version\"", "'{Version");
        let err = World::from_toml_str(&bad_json).unwrap_err();
        assert!(err.message().contains("policies[0].content: is not JSON"), "{}", err.message());
    }

    #[test]
    fn bad_ids_and_unknown_keys_are_refused() {
        assert!(World::from_toml_str("[[accounts]]\nid = \"12\"").is_err());
        assert!(World::from_toml_str("colour = \"blue\"").is_err());
        assert!(World::from_toml_str("[[accounts]]\nid = \"111111111111\"\norganization = \"o-zzzzzzzzzz\"").is_err());
    }
}
