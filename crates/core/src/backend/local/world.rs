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
//! trusted_access = ["account.amazonaws.com"]
//! delegated_administrators = [{ account = "222222222222", service_principal = "account.amazonaws.com" }]
//! purchase_order_integration = true     # billing integration set up, so accounts may add POs (default true)
//!
//! [[accounts]]
//! id = "123456789012"
//! name = "Management"
//! email = "root@example.com"
//! organization = "o-aa111bb222"         # omit for a standalone account
//! state = "ACTIVE"                      # default ACTIVE
//! govcloud_account_id = "999999999999"  # optional linked GovCloud account
//! ```

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::account::AccountState;
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
}

fn yes() -> bool {
    true
}

impl World {
    /// Parse a world from TOML text.
    pub fn from_toml_str(text: &str) -> Result<World> {
        let world: World =
            toml::from_str(text).map_err(|e| Error::config(format!("invalid world file: {e}")).with_source(e))?;
        world.check()?;
        Ok(world)
    }

    /// Read and parse a world file.
    pub fn from_file(path: impl AsRef<Path>) -> Result<World> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::config(format!("cannot read world file {}: {e}", path.display())).with_source(e))?;
        World::from_toml_str(&text).map_err(|e| Error::config(format!("{}: {}", path.display(), e.message())))
    }

    /// Check the rules Organizations enforces: trusted access needs all features, a delegated administrator needs
    /// trusted access for its service and must be a member other than the management account, accounts belong to
    /// declared organizations.
    pub fn check(&self) -> Result<()> {
        let mut problems = Vec::new();
        let mut org_ids = HashSet::new();
        for org in &self.organizations {
            if !org_ids.insert(org.id.clone()) {
                problems.push(format!("organization {} is declared twice", org.id));
            }
            if !org.trusted_access.is_empty() && !org.all_features {
                problems.push(format!("organization {}: trusted access needs all features enabled", org.id));
            }
            for admin in &org.delegated_administrators {
                if !org.trusted_access.contains(&admin.service_principal) {
                    problems.push(format!(
                        "organization {}: delegated administrator {} for {} needs trusted access for {} first",
                        org.id, admin.account, admin.service_principal, admin.service_principal
                    ));
                }
                if admin.account == org.management_account {
                    problems.push(format!(
                        "organization {}: the management account cannot be a delegated administrator",
                        org.id
                    ));
                } else if !self
                    .accounts
                    .iter()
                    .any(|a| a.id == admin.account && a.organization.as_ref() == Some(&org.id))
                {
                    problems.push(format!(
                        "organization {}: delegated administrator {} is not a declared member",
                        org.id, admin.account
                    ));
                }
            }
        }
        let mut account_ids = HashSet::new();
        for account in &self.accounts {
            if !account_ids.insert(account.id.clone()) {
                problems.push(format!("account {} is declared twice", account.id));
            }
            if let Some(org) = &account.organization {
                if !org_ids.contains(org) {
                    problems.push(format!("account {}: organization {org} is not declared", account.id));
                }
            }
            if let Some(name) = &account.name {
                if let Err(e) = crate::model::account::validate_account_name(name) {
                    problems.push(format!("account {}: name {}", account.id, e.message()));
                }
            }
        }
        for org in &self.organizations {
            if let Some(mgmt) = self.accounts.iter().find(|a| a.id == org.management_account) {
                if mgmt.organization.as_ref() != Some(&org.id) {
                    problems.push(format!(
                        "organization {}: management account {} must list organization = \"{}\"",
                        org.id, org.management_account, org.id
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::config(format!("invalid world: {}", problems.join("; "))))
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

    #[test]
    fn bad_ids_and_unknown_keys_are_refused() {
        assert!(World::from_toml_str("[[accounts]]\nid = \"12\"").is_err());
        assert!(World::from_toml_str("colour = \"blue\"").is_err());
        assert!(World::from_toml_str("[[accounts]]\nid = \"111111111111\"\norganization = \"o-zzzzzzzzzz\"").is_err());
    }
}
