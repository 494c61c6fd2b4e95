//! AWS Serverless Application Repository: semantic versions, SPDX license ids, capabilities, parameter definitions,
//! nested-application dependencies and the `AWS::ServerlessRepo::Application` metadata that `sam publish` reads.
//!
//! The operations arrive with the SAR issue; these types are what template analysis ([`crate::template`]) produces.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::open_enum;
use crate::error::{Error, Result};

/// A semantic version (SemVer 2.0.0: `MAJOR.MINOR.PATCH[-prerelease][+build]`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SemanticVersion(semver::Version);

impl SemanticVersion {
    /// The parsed version, for precedence comparisons.
    pub fn version(&self) -> &semver::Version {
        &self.0
    }
}

impl FromStr for SemanticVersion {
    type Err = Error;
    fn from_str(value: &str) -> Result<Self> {
        semver::Version::parse(value).map(SemanticVersion).map_err(|e| {
            Error::invalid_field(
                "SemanticVersion",
                format!("{value:?} is not a semantic version (MAJOR.MINOR.PATCH[-prerelease][+build]): {e}"),
            )
        })
    }
}

impl fmt::Display for SemanticVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Serialize for SemanticVersion {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SemanticVersion {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        raw.parse().map_err(|e: Error| serde::de::Error::custom(e.message().to_owned()))
    }
}

/// A license identifier from the SPDX license list (`Apache-2.0`, `MIT`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SpdxLicenseId(String);

impl SpdxLicenseId {
    /// The identifier.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the Open Source Initiative approved the license (needed to share an application publicly).
    pub fn is_osi_approved(&self) -> bool {
        spdx::license_id(&self.0).is_some_and(|l| l.is_osi_approved())
    }
}

impl FromStr for SpdxLicenseId {
    type Err = Error;
    fn from_str(value: &str) -> Result<Self> {
        match spdx::license_id(value) {
            Some(license) => Ok(SpdxLicenseId(license.name.to_owned())),
            None => Err(Error::invalid_field(
                "SpdxLicenseId",
                format!("{value:?} is not an identifier of the SPDX license list"),
            )),
        }
    }
}

impl fmt::Display for SpdxLicenseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

open_enum!(
    /// What a deployer must acknowledge before a template with certain resources is deployed.
    Capability {
        /// The template creates IAM resources.
        Iam => "CAPABILITY_IAM",
        /// The template creates IAM resources with custom names.
        NamedIam => "CAPABILITY_NAMED_IAM",
        /// The template contains nested applications.
        AutoExpand => "CAPABILITY_AUTO_EXPAND",
        /// The template creates resource policies.
        ResourcePolicy => "CAPABILITY_RESOURCE_POLICY",
    }
);

open_enum!(
    /// An action an application policy statement grants.
    PolicyAction {
        /// View the application.
        GetApplication => "GetApplication",
        /// Deploy it (and nothing else).
        CreateCloudFormationChangeSet => "CreateCloudFormationChangeSet",
        /// Create a CloudFormation template of it.
        CreateCloudFormationTemplate => "CreateCloudFormationTemplate",
        /// List its versions.
        ListApplicationVersions => "ListApplicationVersions",
        /// List its nested applications.
        ListApplicationDependencies => "ListApplicationDependencies",
        /// Find it in searches.
        SearchApplications => "SearchApplications",
        /// All of the above.
        Deploy => "Deploy",
        /// Revoke an organization share (included when sharing with an organization).
        UnshareApplication => "UnshareApplication",
    }
);

impl PolicyAction {
    /// The actions this one grants: `Deploy` grants the six view-and-deploy actions, the others themselves.
    pub fn expand(&self) -> Vec<PolicyAction> {
        match self {
            PolicyAction::Deploy => PolicyAction::KNOWN[..6].to_vec(),
            other => vec![other.clone()],
        }
    }
}

/// Who an application policy statement is for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Principal {
    /// Everyone (a public application, unless narrowed to organizations).
    Everyone,
    /// One account.
    Account(super::AccountId),
}

impl FromStr for Principal {
    type Err = Error;
    fn from_str(value: &str) -> Result<Self> {
        if value == "*" {
            return Ok(Principal::Everyone);
        }
        super::AccountId::parse_field(value, "Principals")
            .map(Principal::Account)
            .map_err(|_| Error::invalid_field("Principals", format!("{value:?} is neither an account id nor *")))
    }
}

impl fmt::Display for Principal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Principal::Everyone => f.write_str("*"),
            Principal::Account(id) => id.fmt(f),
        }
    }
}

/// One statement of an application's policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyStatement {
    /// A statement id, unique in the policy (the service assigns one when absent).
    pub statement_id: Option<String>,
    /// Who it is for.
    pub principals: Vec<Principal>,
    /// Narrows the principals to members of these organizations.
    pub principal_org_ids: Vec<super::OrganizationId>,
    /// What it grants.
    pub actions: Vec<PolicyAction>,
}

impl PolicyStatement {
    /// Whether the statement makes the application public: everyone, not narrowed to organizations.
    pub fn is_public(&self) -> bool {
        self.principals.contains(&Principal::Everyone) && self.principal_org_ids.is_empty()
    }

    /// Whether the statement grants `action` (directly or through `Deploy`) to `account` in `organization`.
    pub fn grants(
        &self,
        action: &PolicyAction,
        account: &super::AccountId,
        organization: Option<&super::OrganizationId>,
    ) -> bool {
        let principal_matches = self
            .principals
            .iter()
            .any(|p| matches!(p, Principal::Everyone) || matches!(p, Principal::Account(a) if a == account));
        let organization_matches =
            self.principal_org_ids.is_empty() || organization.is_some_and(|org| self.principal_org_ids.contains(org));
        principal_matches && organization_matches && self.actions.iter().any(|a| a.expand().contains(action))
    }

    /// Check the statement: at least one principal and one action, only known actions.
    pub fn validate(&self) -> Result<()> {
        let mut v = crate::validate::Validator::new();
        if self.principals.is_empty() {
            v.fail("Principals", "must name at least one account or *");
        }
        if self.actions.is_empty() {
            v.fail("Actions", "must name at least one action");
        }
        for action in self.actions.iter().filter(|a| !a.is_known()) {
            v.fail("Actions", format!("{:?} is not one of {}", action.as_str(), PolicyAction::known_values()));
        }
        v.finish()
    }
}

/// A template parameter, as the service describes it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParameterDefinition {
    /// The parameter's name.
    pub name: String,
    /// `String`, `Number`, `List<Number>` or `CommaDelimitedList` (other CloudFormation types pass through).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub parameter_type: Option<String>,
    /// The value used when none is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// Up to 4,000 characters describing it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether the value is masked when the stack is described.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_echo: Option<bool>,
    /// The pattern a `String` value must match.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_pattern: Option<String>,
    /// The values allowed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowed_values: Vec<String>,
    /// What to say when a constraint is broken.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constraint_description: Option<String>,
    /// The smallest `Number`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_value: Option<i64>,
    /// The largest `Number`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_value: Option<i64>,
    /// The fewest characters of a `String`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<i64>,
    /// The most characters of a `String`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<i64>,
    /// The resources whose definitions use the parameter.
    pub referenced_by_resources: Vec<String>,
}

/// A nested application a template deploys (`AWS::Serverless::Application` with a repository location).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationDependency {
    /// The nested application's ARN.
    pub application_id: String,
    /// Its version.
    pub semantic_version: String,
}

/// The `Metadata: AWS::ServerlessRepo::Application` section that `sam publish` reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApplicationMetadata {
    /// The application's name.
    pub name: Option<String>,
    /// Its description.
    pub description: Option<String>,
    /// Its author.
    pub author: Option<String>,
    /// Its SPDX license id.
    pub spdx_license_id: Option<String>,
    /// The license: a local file (to upload as the body) or an S3 URL.
    pub license_url: Option<String>,
    /// The readme: a local file or an S3 URL.
    pub readme_url: Option<String>,
    /// Search labels.
    pub labels: Vec<String>,
    /// The home page.
    pub home_page_url: Option<String>,
    /// The version `sam publish` creates.
    pub semantic_version: Option<String>,
    /// The source code repository.
    pub source_code_url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semantic_versions_follow_semver_2() {
        for ok in ["0.0.1", "1.2.3", "1.0.0-alpha.1", "1.0.0+build.5", "10.20.30-rc.1+sha.abc"] {
            assert_eq!(ok.parse::<SemanticVersion>().unwrap().to_string(), ok);
        }
        for bad in ["1", "1.2", "01.2.3", "1.2.3.4", "v1.2.3", "", "1.2.3-", "1.2.3-01"] {
            let err = bad.parse::<SemanticVersion>().unwrap_err();
            assert_eq!(err.field_errors()[0].name, "SemanticVersion", "{bad}");
        }
        let a: SemanticVersion = "1.0.0-alpha".parse().unwrap();
        let b: SemanticVersion = "1.0.0".parse().unwrap();
        assert!(a < b, "pre-releases come before the release");
    }

    #[test]
    fn spdx_ids_come_from_the_license_list() {
        let apache: SpdxLicenseId = "Apache-2.0".parse().unwrap();
        assert!(apache.is_osi_approved());
        assert!("MIT".parse::<SpdxLicenseId>().is_ok());
        assert!("Apache 2".parse::<SpdxLicenseId>().is_err());
        assert!("NotALicense-1.0".parse::<SpdxLicenseId>().is_err());
    }

    #[test]
    fn deploy_expands_to_the_six_actions_and_not_unshare() {
        let deploy = PolicyAction::Deploy.expand();
        assert_eq!(deploy.len(), 6);
        assert!(deploy.contains(&PolicyAction::SearchApplications));
        assert!(!deploy.contains(&PolicyAction::UnshareApplication));
        assert_eq!(PolicyAction::GetApplication.expand(), [PolicyAction::GetApplication]);
    }

    #[test]
    fn statements_grant_by_principal_organization_and_action() {
        let a: super::super::AccountId = "111111111111".parse().unwrap();
        let b: super::super::AccountId = "222222222222".parse().unwrap();
        let org: super::super::OrganizationId = "o-aa111bb222".parse().unwrap();
        let shared = PolicyStatement {
            statement_id: None,
            principals: vec![Principal::Account(a.clone())],
            principal_org_ids: vec![],
            actions: vec![PolicyAction::Deploy],
        };
        assert!(shared.grants(&PolicyAction::CreateCloudFormationChangeSet, &a, None));
        assert!(!shared.grants(&PolicyAction::GetApplication, &b, None));
        assert!(!shared.grants(&PolicyAction::UnshareApplication, &a, None));
        assert!(!shared.is_public());
        let whole_org = PolicyStatement {
            statement_id: Some("org".into()),
            principals: vec!["*".parse().unwrap()],
            principal_org_ids: vec![org.clone()],
            actions: vec![PolicyAction::Deploy, PolicyAction::UnshareApplication],
        };
        assert!(!whole_org.is_public());
        assert!(whole_org.grants(&PolicyAction::GetApplication, &b, Some(&org)));
        assert!(!whole_org.grants(&PolicyAction::GetApplication, &b, None));
        let public = PolicyStatement { principal_org_ids: vec![], ..whole_org.clone() };
        assert!(public.is_public());
        assert!(public.grants(&PolicyAction::GetApplication, &b, None));
        assert!("12".parse::<Principal>().is_err());
        let bad = PolicyStatement { actions: vec![PolicyAction::from("DeleteApplication")], ..shared };
        assert_eq!(bad.validate().unwrap_err().field_errors()[0].name, "Actions");
    }

    #[test]
    fn capabilities_are_open() {
        assert_eq!(Capability::from("CAPABILITY_AUTO_EXPAND"), Capability::AutoExpand);
        assert!(!Capability::from("CAPABILITY_FUTURE").is_known());
    }
}
