//! AWS Serverless Application Repository: semantic versions, SPDX license ids, capabilities, parameter definitions,
//! nested-application dependencies and the `AWS::ServerlessRepo::Application` metadata that `sam publish` reads.
//!
//! The operations arrive with the SAR issue; these types are what template analysis ([`crate::template`]) produces.

use crate::model::ApplicationId;
use marketplane_macros::model;
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

/// Timestamps as the repository writes them: ISO 8601 with milliseconds (`2018-07-30T17:37:37.045Z`).
pub mod iso8601_millis {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::format_description::well_known::iso8601::{Config, EncodedConfig, Iso8601, TimePrecision};
    use time::format_description::well_known::Rfc3339;
    use time::OffsetDateTime;

    const MILLIS: EncodedConfig = Config::DEFAULT
        .set_time_precision(TimePrecision::Second { decimal_digits: std::num::NonZeroU8::new(3) })
        .encode();

    /// Format `t` with milliseconds.
    pub fn format(t: OffsetDateTime) -> String {
        // Formatting a valid date with a fixed format only fails for years past 9999, which the engine never makes.
        t.format(&Iso8601::<MILLIS>).unwrap_or_else(|_| t.unix_timestamp().to_string())
    }

    /// Write `t` with milliseconds.
    pub fn serialize<S: Serializer>(t: &OffsetDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(*t))
    }

    /// Read any RFC 3339 time.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<OffsetDateTime, D::Error> {
        let raw = String::deserialize(d)?;
        OffsetDateTime::parse(&raw, &Rfc3339)
            .map_err(|e| serde::de::Error::custom(format!("{raw:?} is not a time: {e}")))
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
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Principal {
    /// Everyone (a public application, unless narrowed to organizations).
    Everyone,
    /// One account.
    Account(super::AccountId),
}

// In Python a principal is its wire string: `*` or an account id.
#[cfg(feature = "python")]
crate::python::python_string!(Principal);

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

impl Serialize for Principal {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Principal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        raw.parse().map_err(|e: Error| serde::de::Error::custom(e.field_errors()[0].message.clone()))
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
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyStatement {
    /// A statement id, unique in the policy (the service assigns one when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_id: Option<String>,
    /// Who it is for.
    #[serde(default)]
    pub principals: Vec<Principal>,
    /// Narrows the principals to members of these organizations.
    #[serde(default, rename = "principalOrgIDs")]
    pub principal_org_ids: Vec<super::OrganizationId>,
    /// What it grants.
    #[serde(default)]
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

/// What `CreateApplication` takes: the application's fields and, optionally, its first version.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewApplication {
    /// 1 to 140 letters, digits and hyphens; immutable.
    pub name: String,
    /// 1 to 256 characters.
    pub description: String,
    /// 1 to 127 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.
    pub author: String,
    /// An SPDX license id; immutable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spdx_license_id: Option<String>,
    /// The license text (at most 5 MB); immutable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_body: Option<String>,
    /// A link to the license; immutable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_url: Option<String>,
    /// The readme text (at most 5 MB).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readme_body: Option<String>,
    /// A link to the readme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readme_url: Option<String>,
    /// At most 10 labels of 1 to 127 characters (letters, digits, `+ - _ : / @`).
    #[serde(default)]
    pub labels: Vec<String>,
    /// The home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_page_url: Option<String>,
    /// The first version's semantic version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semantic_version: Option<String>,
    /// The first version's source code repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_code_url: Option<String>,
    /// The first version's source archive (a ZIP of at most 50 MB).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_code_archive_url: Option<String>,
    /// The first version's template text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_body: Option<String>,
    /// A link to the first version's template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_url: Option<String>,
}

/// Five megabytes: the limit of license and readme bodies.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;

/// Check an application name: 1 to 140 letters, digits and hyphens.
pub fn validate_application_name(v: &mut crate::validate::Validator, name: &str) {
    if v.length("name", name, 1, 140) && !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        v.fail("name", "must contain only letters, digits and hyphens (pattern [a-zA-Z0-9\\-]+)");
    }
}

/// Check an author: the model's `^[a-z0-9](([a-z0-9]|-(?!-))*[a-z0-9])?$`, 1 to 127 characters.
pub fn validate_author(v: &mut crate::validate::Validator, author: &str) {
    if !v.length("author", author, 1, 127) {
        return;
    }
    let edge_ok = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    let chars_ok = author.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !chars_ok || !edge_ok(author.bytes().next()) || !edge_ok(author.bytes().last()) || author.contains("--") {
        v.fail(
            "author",
            "must be lower-case letters, digits and single hyphens, starting and ending with a letter or digit",
        );
    }
}

/// Check labels: at most 10, each 1 to 127 characters of letters, digits and `+ - _ : / @`.
pub fn validate_labels(v: &mut crate::validate::Validator, labels: &[String]) {
    if labels.len() > 10 {
        v.fail("labels", format!("must hold at most 10 labels, got {}", labels.len()));
    }
    for label in labels {
        if v.length("labels", label, 1, 127)
            && !label.bytes().all(|b| b.is_ascii_alphanumeric() || b"+-_:/@".contains(&b))
        {
            v.fail("labels", format!("{label:?} must contain only letters, digits and + - _ : / @"));
        }
    }
}

impl NewApplication {
    /// Check every field against the service's rules.
    pub fn validate(&self) -> Result<()> {
        let mut v = crate::validate::Validator::new();
        validate_application_name(&mut v, &self.name);
        v.length("description", &self.description, 1, 256);
        validate_author(&mut v, &self.author);
        validate_labels(&mut v, &self.labels);
        if let Some(id) = &self.spdx_license_id {
            if let Err(e) = id.parse::<SpdxLicenseId>() {
                v.fail("spdxLicenseId", e.field_errors()[0].message.clone());
            }
        }
        if let Some(version) = &self.semantic_version {
            if let Err(e) = version.parse::<SemanticVersion>() {
                v.fail("semanticVersion", e.field_errors()[0].message.clone());
            }
        }
        for (field, body) in [("licenseBody", &self.license_body), ("readmeBody", &self.readme_body)] {
            if body.as_ref().is_some_and(|b| b.len() > MAX_DOCUMENT_BYTES) {
                v.fail(field, "must be at most 5 MB");
            }
        }
        for (field, a, b) in [
            ("licenseBody", &self.license_body, &self.license_url),
            ("readmeBody", &self.readme_body, &self.readme_url),
            ("templateBody", &self.template_body, &self.template_url),
        ] {
            if a.is_some() && b.is_some() {
                v.fail(field, format!("give either {field} or its URL, not both"));
            }
        }
        let has_template = self.template_body.is_some() || self.template_url.is_some();
        if has_template && self.semantic_version.is_none() {
            v.fail("semanticVersion", "is required when a template is given (the template is the first version)");
        }
        v.finish()
    }
}

open_enum!(
    /// Where a CloudFormation template made by `CreateCloudFormationTemplate` stands.
    TemplateStatus {
        /// Being prepared.
        Preparing => "PREPARING",
        /// Ready to deploy.
        Active => "ACTIVE",
        /// Past its hour.
        Expired => "EXPIRED",
    }
);

/// An application version.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Version {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The version.
    pub semantic_version: String,
    /// When it was published.
    #[serde(with = "iso8601_millis")]
    pub creation_time: time::OffsetDateTime,
    /// The template's parameters.
    #[serde(default)]
    pub parameter_definitions: Vec<ParameterDefinition>,
    /// What a deployer must acknowledge.
    #[serde(default)]
    pub required_capabilities: Vec<Capability>,
    /// Whether every resource type is supported.
    #[serde(default)]
    pub resources_supported: bool,
    /// The source code repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_code_url: Option<String>,
    /// The source archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_code_archive_url: Option<String>,
    /// Where the template is.
    pub template_url: String,
}

/// An application, with the version asked for (or the latest).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Application {
    /// Its ARN: `arn:aws:serverlessrepo:{region}:{owner}:applications/{name}`.
    pub application_id: ApplicationId,
    /// Its name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// Its author.
    pub author: String,
    /// Its SPDX license id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spdx_license_id: Option<String>,
    /// Where its license is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_url: Option<String>,
    /// Where its readme is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readme_url: Option<String>,
    /// Its labels.
    #[serde(default)]
    pub labels: Vec<String>,
    /// Its home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_page_url: Option<String>,
    /// Whether the author is verified.
    #[serde(default)]
    pub is_verified_author: bool,
    /// When it was created.
    #[serde(with = "iso8601_millis")]
    pub creation_time: time::OffsetDateTime,
    /// The version asked for, or the latest; none before the first version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<Version>,
}

/// An application in a list.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationSummary {
    /// Its ARN.
    pub application_id: ApplicationId,
    /// Its name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// Its author.
    pub author: String,
    /// Its SPDX license id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spdx_license_id: Option<String>,
    /// Its labels.
    #[serde(default)]
    pub labels: Vec<String>,
    /// Its home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_page_url: Option<String>,
    /// When it was created.
    #[serde(with = "iso8601_millis")]
    pub creation_time: time::OffsetDateTime,
}

/// A version in a list.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VersionSummary {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The version.
    pub semantic_version: String,
    /// When it was published.
    #[serde(with = "iso8601_millis")]
    pub creation_time: time::OffsetDateTime,
    /// Its source code repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_code_url: Option<String>,
}

/// The fields `UpdateApplication` can change; `None` leaves a field as it is.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationUpdate {
    /// New description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// New author.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// New readme text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readme_body: Option<String>,
    /// New readme link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readme_url: Option<String>,
    /// New labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// New home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_page_url: Option<String>,
}

impl ApplicationUpdate {
    /// Check the fields that are given.
    pub fn validate(&self) -> Result<()> {
        let mut v = crate::validate::Validator::new();
        if let Some(d) = &self.description {
            v.length("description", d, 1, 256);
        }
        if let Some(a) = &self.author {
            validate_author(&mut v, a);
        }
        if let Some(labels) = &self.labels {
            validate_labels(&mut v, labels);
        }
        if self.readme_body.as_ref().is_some_and(|b| b.len() > MAX_DOCUMENT_BYTES) {
            v.fail("readmeBody", "must be at most 5 MB");
        }
        if self.readme_body.is_some() && self.readme_url.is_some() {
            v.fail("readmeBody", "give either readmeBody or readmeUrl, not both");
        }
        v.finish()
    }
}

/// A CloudFormation template made from a version, valid for an hour.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateDetails {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The version.
    pub semantic_version: String,
    /// The template's UUID.
    pub template_id: String,
    /// Where the template is.
    pub template_url: String,
    /// Where it stands.
    pub status: TemplateStatus,
    /// When it was made.
    #[serde(with = "iso8601_millis")]
    pub creation_time: time::OffsetDateTime,
    /// When it expires.
    #[serde(with = "iso8601_millis")]
    pub expiration_time: time::OffsetDateTime,
}

/// A parameter value for a deployment.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ParameterValue {
    /// The parameter.
    pub name: String,
    /// Its value.
    pub value: String,
}

/// What `CreateCloudFormationChangeSet` takes.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeSetRequest {
    /// The stack name; the service prefixes it with `serverlessrepo-`.
    pub stack_name: String,
    /// The version to deploy (default: the latest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semantic_version: Option<String>,
    /// A template from `CreateCloudFormationTemplate` to deploy instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// The capabilities acknowledged.
    #[serde(default)]
    pub capabilities: Vec<Capability>,
    /// Parameter values.
    #[serde(default)]
    pub parameter_overrides: Vec<ParameterValue>,
}

/// A change set created for a deployment.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeSetDetails {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The version deployed.
    pub semantic_version: String,
    /// The change set's ARN.
    pub change_set_id: String,
    /// The stack's ARN.
    pub stack_id: String,
}

/// A template parameter, as the service describes it.
#[model(new)]
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
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationDependency {
    /// The nested application's ARN.
    pub application_id: ApplicationId,
    /// Its version.
    pub semantic_version: String,
}

/// The `Metadata: AWS::ServerlessRepo::Application` section that `sam publish` reads.
#[model(new)]
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

// ------------------------------------------------------------------------------------------------------------------
// Operation inputs and outputs, with the service's member names. `application_id` is the application's ARN; on the
// wire it is a path segment.

/// `CreateApplication`'s input (the application and, optionally, its first version).
pub type CreateApplicationInput = NewApplication;

/// `GetApplication`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetApplicationInput {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The version to include (default: the latest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semantic_version: Option<String>,
}

impl GetApplicationInput {
    /// The application with its latest version.
    pub fn new(application_id: impl Into<String>) -> Self {
        GetApplicationInput { application_id: application_id.into().into(), semantic_version: None }
    }

    /// Include this version instead of the latest.
    pub fn semantic_version(mut self, version: impl Into<String>) -> Self {
        self.semantic_version = Some(version.into());
        self
    }
}

/// `ListApplications`'s input: one page of the caller's own applications.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListApplicationsInput {
    /// Page size, 1 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::model::lenient_int")]
    pub max_items: Option<i32>,
    /// Where to continue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListApplicationsInput {
    /// The first page.
    pub fn new() -> Self {
        ListApplicationsInput::default()
    }
}

/// `ListApplications`'s output.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListApplicationsOutput {
    /// The applications of this page.
    #[serde(default)]
    pub applications: Vec<ApplicationSummary>,
    /// Where the next page starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListApplicationsOutput {
    /// A page of `applications`.
    pub fn new(applications: Vec<ApplicationSummary>, next_token: Option<String>) -> Self {
        ListApplicationsOutput { applications, next_token }
    }
}

/// `UpdateApplication`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UpdateApplicationInput {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The changes.
    #[serde(flatten)]
    pub update: ApplicationUpdate,
}

impl UpdateApplicationInput {
    /// Apply `update` to the application.
    pub fn new(application_id: impl Into<String>, update: ApplicationUpdate) -> Self {
        UpdateApplicationInput { application_id: application_id.into().into(), update }
    }
}

/// An input naming one application (`DeleteApplication`, `GetApplicationPolicy`).
macro_rules! application_input {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {$(
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            /// The application's ARN.
            pub application_id: ApplicationId,
        }

        impl $name {
            /// The input for the application `application_id`.
            pub fn new(application_id: impl Into<String>) -> Self {
                $name { application_id: application_id.into().into() }
            }
        }
    )*};
}

application_input!(
    /// `DeleteApplication`'s input.
    DeleteApplicationInput,
    /// `GetApplicationPolicy`'s input.
    GetApplicationPolicyInput,
);

/// `CreateApplicationVersion`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreateApplicationVersionInput {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The new version.
    pub semantic_version: String,
    /// Its source code repository.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_code_url: Option<String>,
    /// Its source archive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_code_archive_url: Option<String>,
    /// Its template text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_body: Option<String>,
    /// A link to its template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_url: Option<String>,
}

impl CreateApplicationVersionInput {
    /// Version `semantic_version` of the application, from `template_body`.
    pub fn new(
        application_id: impl Into<String>,
        semantic_version: impl Into<String>,
        template_body: impl Into<String>,
    ) -> Self {
        CreateApplicationVersionInput {
            application_id: application_id.into().into(),
            semantic_version: semantic_version.into(),
            source_code_url: None,
            source_code_archive_url: None,
            template_body: Some(template_body.into()),
            template_url: None,
        }
    }

    /// The version's source code repository.
    pub fn source_code_url(mut self, url: impl Into<String>) -> Self {
        self.source_code_url = Some(url.into());
        self
    }
}

/// `ListApplicationVersions`'s input (one page).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListApplicationVersionsInput {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// Page size, 1 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::model::lenient_int")]
    pub max_items: Option<i32>,
    /// Where to continue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListApplicationVersionsInput {
    /// The first page of the application's versions.
    pub fn new(application_id: impl Into<String>) -> Self {
        ListApplicationVersionsInput { application_id: application_id.into().into(), max_items: None, next_token: None }
    }
}

/// `ListApplicationVersions`'s output.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListApplicationVersionsOutput {
    /// The versions of this page.
    #[serde(default)]
    pub versions: Vec<VersionSummary>,
    /// Where the next page starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListApplicationVersionsOutput {
    /// A page of `versions`.
    pub fn new(versions: Vec<VersionSummary>, next_token: Option<String>) -> Self {
        ListApplicationVersionsOutput { versions, next_token }
    }
}

/// `ListApplicationDependencies`'s input (one page).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListApplicationDependenciesInput {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The version (default: the latest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semantic_version: Option<String>,
    /// Page size, 1 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::model::lenient_int")]
    pub max_items: Option<i32>,
    /// Where to continue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListApplicationDependenciesInput {
    /// The first page of the nested applications of the latest version.
    pub fn new(application_id: impl Into<String>) -> Self {
        ListApplicationDependenciesInput {
            application_id: application_id.into().into(),
            semantic_version: None,
            max_items: None,
            next_token: None,
        }
    }
}

/// `ListApplicationDependencies`'s output.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListApplicationDependenciesOutput {
    /// The nested applications of this page.
    #[serde(default)]
    pub dependencies: Vec<ApplicationDependency>,
    /// Where the next page starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListApplicationDependenciesOutput {
    /// A page of `dependencies`.
    pub fn new(dependencies: Vec<ApplicationDependency>, next_token: Option<String>) -> Self {
        ListApplicationDependenciesOutput { dependencies, next_token }
    }
}

/// `PutApplicationPolicy`'s input: the whole policy.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PutApplicationPolicyInput {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The statements, replacing the current ones.
    pub statements: Vec<PolicyStatement>,
}

impl PutApplicationPolicyInput {
    /// Replace the application's policy with `statements`.
    pub fn new(application_id: impl Into<String>, statements: Vec<PolicyStatement>) -> Self {
        PutApplicationPolicyInput { application_id: application_id.into().into(), statements }
    }
}

/// `UnshareApplication`'s input (the organization's management account only).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnshareApplicationInput {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The organization to unshare from.
    pub organization_id: super::OrganizationId,
}

impl UnshareApplicationInput {
    /// Unshare the application from `organization_id`, for good.
    pub fn new(application_id: impl Into<String>, organization_id: super::OrganizationId) -> Self {
        UnshareApplicationInput { application_id: application_id.into().into(), organization_id }
    }
}

/// `CreateCloudFormationTemplate`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreateCloudFormationTemplateInput {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The version (default: the latest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semantic_version: Option<String>,
}

impl CreateCloudFormationTemplateInput {
    /// A template of the application's latest version.
    pub fn new(application_id: impl Into<String>) -> Self {
        CreateCloudFormationTemplateInput { application_id: application_id.into().into(), semantic_version: None }
    }
}

/// `GetCloudFormationTemplate`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetCloudFormationTemplateInput {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// The template's UUID.
    pub template_id: String,
}

impl GetCloudFormationTemplateInput {
    /// The template `template_id` of the application.
    pub fn new(application_id: impl Into<String>, template_id: impl Into<String>) -> Self {
        GetCloudFormationTemplateInput { application_id: application_id.into().into(), template_id: template_id.into() }
    }
}

/// `CreateCloudFormationChangeSet`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreateCloudFormationChangeSetInput {
    /// The application's ARN.
    pub application_id: ApplicationId,
    /// What to deploy and how.
    #[serde(flatten)]
    pub request: ChangeSetRequest,
}

impl CreateCloudFormationChangeSetInput {
    /// Deploy the application as `request` says.
    pub fn new(application_id: impl Into<String>, request: ChangeSetRequest) -> Self {
        CreateCloudFormationChangeSetInput { application_id: application_id.into().into(), request }
    }
}

// ------------------------------------------------------------------------------------------------------------------
// The repository's member rules.

fn page_size(v: &mut crate::validate::Validator, max_items: Option<i32>) {
    if let Some(max) = max_items {
        v.range("maxItems", i64::from(max), 1, 100);
    }
}

fn absorb(v: &mut crate::validate::Validator, result: Result<()>) {
    if let Err(err) = result {
        v.extend(err.field_errors().to_vec());
    }
}

impl crate::operation::Validate for NewApplication {
    fn validate(&self) -> Result<()> {
        NewApplication::validate(self)
    }
}

impl crate::operation::Validate for UpdateApplicationInput {
    fn validate(&self) -> Result<()> {
        self.update.validate()
    }
}

impl crate::operation::Validate for CreateApplicationVersionInput {
    fn validate(&self) -> Result<()> {
        let mut v = crate::validate::Validator::new();
        if let Err(e) = self.semantic_version.parse::<SemanticVersion>() {
            v.extend(e.field_errors().to_vec());
        }
        if self.template_body.is_some() == self.template_url.is_some() {
            v.fail("templateBody", "give exactly one of templateBody and templateUrl");
        }
        v.finish()
    }
}

impl crate::operation::Validate for ListApplicationsInput {
    fn validate(&self) -> Result<()> {
        let mut v = crate::validate::Validator::new();
        page_size(&mut v, self.max_items);
        v.finish()
    }
}

impl crate::operation::Validate for ListApplicationVersionsInput {
    fn validate(&self) -> Result<()> {
        let mut v = crate::validate::Validator::new();
        page_size(&mut v, self.max_items);
        v.finish()
    }
}

impl crate::operation::Validate for ListApplicationDependenciesInput {
    fn validate(&self) -> Result<()> {
        let mut v = crate::validate::Validator::new();
        page_size(&mut v, self.max_items);
        v.finish()
    }
}

impl crate::operation::Validate for PutApplicationPolicyInput {
    fn validate(&self) -> Result<()> {
        let mut v = crate::validate::Validator::new();
        for statement in &self.statements {
            absorb(&mut v, statement.validate());
        }
        v.finish()
    }
}

impl crate::operation::Validate for CreateCloudFormationChangeSetInput {
    fn validate(&self) -> Result<()> {
        let mut v = crate::validate::Validator::new();
        v.length("stackName", &self.request.stack_name, 1, 128);
        v.finish()
    }
}

macro_rules! no_rules {
    ($($input:ident),* $(,)?) => {$(
        impl crate::operation::Validate for $input {
            fn validate(&self) -> Result<()> {
                // The ARN and ids are checked where they are looked up (NotFound), as the service does.
                Ok(())
            }
        }
    )*};
}

no_rules!(
    GetApplicationInput,
    DeleteApplicationInput,
    GetApplicationPolicyInput,
    UnshareApplicationInput,
    CreateCloudFormationTemplateInput,
    GetCloudFormationTemplateInput,
);

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

    fn app() -> NewApplication {
        NewApplication {
            name: "my-app".into(),
            description: "hello world".into(),
            author: "user1".into(),
            spdx_license_id: Some("Apache-2.0".into()),
            labels: vec!["tests".into()],
            semantic_version: Some("0.0.1".into()),
            template_body: Some("Resources: {}".into()),
            ..NewApplication::default()
        }
    }

    fn fields(result: Result<()>) -> Vec<String> {
        result.unwrap_err().field_errors().iter().map(|f| f.name.clone()).collect()
    }

    #[test]
    fn new_application_rules() {
        assert!(app().validate().is_ok());
        for (name, ok) in [("a", true), (&*"a".repeat(140), true), (&*"a".repeat(141), false), ("my_app", false)] {
            let a = NewApplication { name: name.to_owned(), ..app() };
            assert_eq!(a.validate().is_ok(), ok, "{name}");
        }
        for (author, ok) in
            [("user1", true), ("a-b-c", true), ("a--b", false), ("-ab", false), ("ab-", false), ("User", false)]
        {
            let a = NewApplication { author: author.to_owned(), ..app() };
            assert_eq!(a.validate().is_ok(), ok, "{author}");
        }
        let too_many = NewApplication { labels: (0..11).map(|i| format!("l{i}")).collect(), ..app() };
        assert_eq!(fields(too_many.validate()), ["labels"]);
        let bad_label = NewApplication { labels: vec!["has space".into()], ..app() };
        assert_eq!(fields(bad_label.validate()), ["labels"]);
        let ok_label = NewApplication { labels: vec!["a+b-c_d:e/f@g".into()], ..app() };
        assert!(ok_label.validate().is_ok());
        let everything_wrong = NewApplication {
            name: String::new(),
            description: "d".repeat(257),
            spdx_license_id: Some("Apache 2".into()),
            semantic_version: Some("1.0".into()),
            license_body: Some("x".into()),
            license_url: Some("s3://b/LICENSE".into()),
            ..app()
        };
        assert_eq!(
            fields(everything_wrong.validate()),
            ["name", "description", "spdxLicenseId", "semanticVersion", "licenseBody"]
        );
        let no_version = NewApplication { semantic_version: None, ..app() };
        assert_eq!(fields(no_version.validate()), ["semanticVersion"]);
    }

    #[test]
    fn capabilities_are_open() {
        assert_eq!(Capability::from("CAPABILITY_AUTO_EXPAND"), Capability::AutoExpand);
        assert!(!Capability::from("CAPABILITY_FUTURE").is_known());
    }
}
