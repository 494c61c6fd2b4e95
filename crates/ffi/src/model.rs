//! Records and enums that mirror the library's model, with the conversions both ways.
//!
//! Identifiers (account ids, region names, organization ids) cross as strings and are validated by the core when
//! they come back in, so a bad one is a `Validation` error with the core's field name. Times cross as timestamps and
//! durations as durations (Go `time.Time`/`time.Duration`, Swift `Date`/`TimeInterval`, Kotlin `Instant`/`Duration`).

use std::time::{Duration, SystemTime};

use marketplane::facade::WaitOptions as CoreWaitOptions;
use marketplane::model::account::{
    AccountInformation as CoreAccountInformation, AccountState as CoreAccountState,
    AlternateContact as CoreAlternateContact, AlternateContactType as CoreAlternateContactType,
    ContactInformation as CoreContactInformation, GovCloudAccountInformation as CoreGovCloudAccountInformation,
    PhoneNumberVerificationStatus as CorePhoneNumberVerificationStatus, PrimaryContact as CorePrimaryContact,
    PrimaryEmailUpdate as CorePrimaryEmailUpdate, PrimaryEmailUpdateStatus as CorePrimaryEmailUpdateStatus,
};
use marketplane::model::region::{Region as CoreRegion, RegionOptStatus as CoreRegionOptStatus};
use marketplane::model::serverless as sar;
use marketplane::model::serverless::{
    Capability as CoreCapability, PolicyAction as CorePolicyAction, TemplateStatus as CoreTemplateStatus,
};

use crate::error::Result;

/// Declares a mirror of one of the library's open enums: the same variants plus `Unknown { value }`, which keeps a
/// value this version does not know exactly as the service sent it. (`#[uniffi::remote]` cannot express the core's
/// `Unknown(String)` on a `#[non_exhaustive]` enum; a mirror can, and keeps uniffi out of the core.)
///
/// `Name from Core` converts one way (for enums that only come out); `Name <=> Core` both ways.
macro_rules! mirror_enum {
    ($(#[$meta:meta])* $name:ident from $core:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, uniffi::Enum)]
        pub enum $name {
            $($variant,)+
            /// A value this version of the library does not know, kept as the service sent it.
            Unknown {
                /// The value as it appears on the wire.
                value: String,
            },
        }

        impl From<$core> for $name {
            fn from(value: $core) -> Self {
                match value {
                    $($core::$variant => $name::$variant,)+
                    // The core's own `Unknown`, and variants a newer core may add.
                    #[allow(unreachable_patterns)]
                    other => $name::Unknown { value: other.as_str().to_owned() },
                }
            }
        }
    };
    ($(#[$meta:meta])* $name:ident <=> $core:ident { $($variant:ident),+ $(,)? }) => {
        $crate::model::mirror_enum!($(#[$meta])* $name from $core { $($variant),+ });

        impl From<$name> for $core {
            fn from(value: $name) -> Self {
                match value {
                    $($name::$variant => $core::$variant,)+
                    $name::Unknown { value } => $core::from(value),
                }
            }
        }
    };
}
pub(crate) use mirror_enum;

mirror_enum!(
    /// Which of the three alternate contacts.
    AlternateContactType <=> CoreAlternateContactType { Billing, Operations, Security }
);
mirror_enum!(
    /// The state of an account.
    AccountState <=> CoreAccountState { PendingActivation, Active, Suspended, Closed }
);
mirror_enum!(
    /// Where a primary email update stands.
    PrimaryEmailUpdateStatus <=> CorePrimaryEmailUpdateStatus { Pending, Accepted, Completed, Failed }
);
mirror_enum!(
    /// Whether the primary contact's phone number is verified.
    PhoneNumberVerificationStatus <=> CorePhoneNumberVerificationStatus { Pending, Verified, Unverified, NotSupported }
);
mirror_enum!(
    /// The opt-in status of a region for an account.
    RegionOptStatus <=> CoreRegionOptStatus { Enabled, Enabling, Disabling, Disabled, EnabledByDefault }
);
mirror_enum!(
    /// What a deployer must acknowledge before deploying a template with certain resources.
    Capability <=> CoreCapability { Iam, NamedIam, AutoExpand, ResourcePolicy }
);
mirror_enum!(
    /// An action an application policy statement grants (`Deploy` grants the six view-and-deploy actions).
    PolicyAction <=> CorePolicyAction {
        GetApplication, CreateCloudFormationChangeSet, CreateCloudFormationTemplate, ListApplicationVersions,
        ListApplicationDependencies, SearchApplications, Deploy, UnshareApplication,
    }
);
mirror_enum!(
    /// Where a CloudFormation template made from a version stands.
    TemplateStatus <=> CoreTemplateStatus { Preparing, Active, Expired }
);

fn time(at: time::OffsetDateTime) -> SystemTime {
    at.into()
}

/// An alternate contact (billing, operations or security).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AlternateContact {
    /// Which contact this is.
    pub alternate_contact_type: AlternateContactType,
    /// Name, 1 to 64 characters.
    pub name: String,
    /// Title, 1 to 50 characters.
    pub title: String,
    /// Email address, 1 to 254 characters.
    pub email_address: String,
    /// Phone number, 1 to 25 characters of digits, spaces and `()+-`.
    pub phone_number: String,
}

impl From<CoreAlternateContact> for AlternateContact {
    fn from(c: CoreAlternateContact) -> Self {
        AlternateContact {
            alternate_contact_type: c.alternate_contact_type.into(),
            name: c.name,
            title: c.title,
            email_address: c.email_address,
            phone_number: c.phone_number,
        }
    }
}

impl From<AlternateContact> for CoreAlternateContact {
    fn from(c: AlternateContact) -> Self {
        CoreAlternateContact::new(c.alternate_contact_type.into(), c.name, c.title, c.email_address, c.phone_number)
    }
}

/// The three alternate contacts of an account; none where one is not set.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AlternateContacts {
    /// The billing contact.
    pub billing: Option<AlternateContact>,
    /// The operations contact.
    pub operations: Option<AlternateContact>,
    /// The security contact.
    pub security: Option<AlternateContact>,
}

impl From<marketplane::facade::AlternateContacts> for AlternateContacts {
    fn from(c: marketplane::facade::AlternateContacts) -> Self {
        AlternateContacts {
            billing: c.billing.map(Into::into),
            operations: c.operations.map(Into::into),
            security: c.security.map(Into::into),
        }
    }
}

/// The primary contact of an account.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContactInformation {
    /// Full name, 1 to 50 characters.
    pub full_name: String,
    /// First address line, 1 to 60 characters.
    pub address_line1: String,
    /// Second address line.
    pub address_line2: Option<String>,
    /// Third address line.
    pub address_line3: Option<String>,
    /// City, 1 to 50 characters.
    pub city: String,
    /// State or region; required in US, CA, GB, DE, JP, IN and BR.
    pub state_or_region: Option<String>,
    /// District or county.
    pub district_or_county: Option<String>,
    /// Postal code, 1 to 20 characters.
    pub postal_code: String,
    /// ISO 3166 two-letter country code.
    pub country_code: String,
    /// Phone number starting with `+` and the country code.
    pub phone_number: String,
    /// Company name.
    pub company_name: Option<String>,
    /// Website URL.
    pub website_url: Option<String>,
}

impl From<CoreContactInformation> for ContactInformation {
    fn from(c: CoreContactInformation) -> Self {
        ContactInformation {
            full_name: c.full_name,
            address_line1: c.address_line1,
            address_line2: c.address_line2,
            address_line3: c.address_line3,
            city: c.city,
            state_or_region: c.state_or_region,
            district_or_county: c.district_or_county,
            postal_code: c.postal_code,
            country_code: c.country_code,
            phone_number: c.phone_number,
            company_name: c.company_name,
            website_url: c.website_url,
        }
    }
}

impl From<ContactInformation> for CoreContactInformation {
    fn from(c: ContactInformation) -> Self {
        // Built field by field, not through the validating builder: the facade validates before sending, and
        // reports every broken rule at once.
        CoreContactInformation {
            full_name: c.full_name,
            address_line1: c.address_line1,
            address_line2: c.address_line2,
            address_line3: c.address_line3,
            city: c.city,
            state_or_region: c.state_or_region,
            district_or_county: c.district_or_county,
            postal_code: c.postal_code,
            country_code: c.country_code,
            phone_number: c.phone_number,
            company_name: c.company_name,
            website_url: c.website_url,
        }
    }
}

/// The primary contact together with the verification status of its phone number.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PrimaryContact {
    /// The contact information.
    pub contact_information: ContactInformation,
    /// Whether the phone number is verified, when the service says.
    pub verification_status: Option<PhoneNumberVerificationStatus>,
}

impl From<CorePrimaryContact> for PrimaryContact {
    fn from(c: CorePrimaryContact) -> Self {
        PrimaryContact {
            contact_information: c.contact_information.into(),
            verification_status: c.verification_status.map(Into::into),
        }
    }
}

/// What `GetAccountInformation` returns.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AccountInformation {
    /// The account.
    pub account_id: String,
    /// Its name.
    pub account_name: String,
    /// When it was created.
    pub account_created_date: SystemTime,
    /// Its state.
    pub account_state: AccountState,
}

impl From<CoreAccountInformation> for AccountInformation {
    fn from(a: CoreAccountInformation) -> Self {
        AccountInformation {
            account_id: a.account_id.to_string(),
            account_name: a.account_name,
            account_created_date: time(a.account_created_date),
            account_state: a.account_state.into(),
        }
    }
}

/// What `GetGovCloudAccountInformation` returns.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct GovCloudAccountInformation {
    /// The GovCloud account linked to the standard account.
    pub gov_cloud_account_id: String,
    /// Its state.
    pub account_state: AccountState,
}

impl From<CoreGovCloudAccountInformation> for GovCloudAccountInformation {
    fn from(a: CoreGovCloudAccountInformation) -> Self {
        GovCloudAccountInformation {
            gov_cloud_account_id: a.gov_cloud_account_id.to_string(),
            account_state: a.account_state.into(),
        }
    }
}

/// What `GetPrimaryEmailUpdateStatus` returns.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PrimaryEmailUpdate {
    /// Where the update stands.
    pub status: PrimaryEmailUpdateStatus,
    /// When it last changed.
    pub updated_at: Option<SystemTime>,
}

impl From<CorePrimaryEmailUpdate> for PrimaryEmailUpdate {
    fn from(u: CorePrimaryEmailUpdate) -> Self {
        PrimaryEmailUpdate { status: u.status.into(), updated_at: u.updated_at.map(time) }
    }
}

/// A one-time code the local backend "sent" (it keeps them so that tests and tools can read them).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SentMessage {
    /// `email` or `sms`.
    pub channel: String,
    /// The address or phone number.
    pub recipient: String,
    /// What the message is about.
    pub subject: String,
    /// The one-time code it carries.
    pub code: String,
    /// When it was sent.
    pub sent_at: SystemTime,
}

impl From<marketplane::backend::local::SentMessage> for SentMessage {
    fn from(m: marketplane::backend::local::SentMessage) -> Self {
        SentMessage {
            channel: m.channel,
            recipient: m.recipient,
            subject: m.subject,
            code: m.code,
            sent_at: time(m.sent_at),
        }
    }
}

/// A region and its opt-in status for one account.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Region {
    /// The region code.
    pub region_name: String,
    /// Its opt-in status.
    pub region_opt_status: RegionOptStatus,
}

impl From<CoreRegion> for Region {
    fn from(r: CoreRegion) -> Self {
        Region { region_name: r.region_name.to_string(), region_opt_status: r.region_opt_status.into() }
    }
}

/// One page of `ListRegions`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RegionPage {
    /// The regions of this page.
    pub regions: Vec<Region>,
    /// The token of the next page; none on the last page.
    pub next_token: Option<String>,
}

/// How long and how often a waiter polls. `default_wait_options()` gives the library's defaults.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WaitOptions {
    /// Give up after this long.
    pub timeout: Duration,
    /// The first pause between polls; it doubles each poll.
    pub initial_delay: Duration,
    /// The longest pause between polls.
    pub max_delay: Duration,
}

impl From<CoreWaitOptions> for WaitOptions {
    fn from(o: CoreWaitOptions) -> Self {
        WaitOptions { timeout: o.timeout, initial_delay: o.initial_delay, max_delay: o.max_delay }
    }
}

impl From<WaitOptions> for CoreWaitOptions {
    fn from(o: WaitOptions) -> Self {
        CoreWaitOptions { timeout: o.timeout, initial_delay: o.initial_delay, max_delay: o.max_delay }
    }
}

/// The outcome of a region change on one account of many.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AccountRegionOutcome {
    /// The account.
    pub account_id: String,
    /// The final status, when the change succeeded.
    pub status: Option<RegionOptStatus>,
    /// Why it failed, when it did.
    pub error: Option<crate::error::MarketplaneError>,
}

/// A template parameter, as the service describes it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ParameterDefinition {
    /// The parameter's name.
    pub name: String,
    /// `String`, `Number`, `List<Number>` or `CommaDelimitedList`.
    pub parameter_type: Option<String>,
    /// The value used when none is given.
    pub default_value: Option<String>,
    /// What it is for.
    pub description: Option<String>,
    /// Whether the value is masked when the stack is described.
    pub no_echo: Option<bool>,
    /// The pattern a `String` value must match.
    pub allowed_pattern: Option<String>,
    /// The values allowed.
    pub allowed_values: Vec<String>,
    /// What to say when a constraint is broken.
    pub constraint_description: Option<String>,
    /// The smallest `Number`.
    pub min_value: Option<i64>,
    /// The largest `Number`.
    pub max_value: Option<i64>,
    /// The fewest characters of a `String`.
    pub min_length: Option<i64>,
    /// The most characters of a `String`.
    pub max_length: Option<i64>,
    /// The resources whose definitions use the parameter.
    pub referenced_by_resources: Vec<String>,
}

impl From<sar::ParameterDefinition> for ParameterDefinition {
    fn from(p: sar::ParameterDefinition) -> Self {
        ParameterDefinition {
            name: p.name,
            parameter_type: p.parameter_type,
            default_value: p.default_value,
            description: p.description,
            no_echo: p.no_echo,
            allowed_pattern: p.allowed_pattern,
            allowed_values: p.allowed_values,
            constraint_description: p.constraint_description,
            min_value: p.min_value,
            max_value: p.max_value,
            min_length: p.min_length,
            max_length: p.max_length,
            referenced_by_resources: p.referenced_by_resources,
        }
    }
}

/// An application version.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Version {
    /// The application's ARN.
    pub application_id: String,
    /// The version.
    pub semantic_version: String,
    /// When it was published.
    pub creation_time: SystemTime,
    /// The template's parameters.
    pub parameter_definitions: Vec<ParameterDefinition>,
    /// What a deployer must acknowledge.
    pub required_capabilities: Vec<Capability>,
    /// Whether every resource type is supported.
    pub resources_supported: bool,
    /// The source code repository.
    pub source_code_url: Option<String>,
    /// The source archive.
    pub source_code_archive_url: Option<String>,
    /// Where the template is.
    pub template_url: String,
}

impl From<sar::Version> for Version {
    fn from(v: sar::Version) -> Self {
        Version {
            application_id: v.application_id,
            semantic_version: v.semantic_version,
            creation_time: time(v.creation_time),
            parameter_definitions: v.parameter_definitions.into_iter().map(Into::into).collect(),
            required_capabilities: v.required_capabilities.into_iter().map(Into::into).collect(),
            resources_supported: v.resources_supported,
            source_code_url: v.source_code_url,
            source_code_archive_url: v.source_code_archive_url,
            template_url: v.template_url,
        }
    }
}

/// An application, with the version asked for (or the latest).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Application {
    /// Its ARN: `arn:aws:serverlessrepo:{region}:{owner}:applications/{name}`.
    pub application_id: String,
    /// Its name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// Its author.
    pub author: String,
    /// Its SPDX license id.
    pub spdx_license_id: Option<String>,
    /// Where its license is.
    pub license_url: Option<String>,
    /// Where its readme is.
    pub readme_url: Option<String>,
    /// Its labels.
    pub labels: Vec<String>,
    /// Its home page.
    pub home_page_url: Option<String>,
    /// Whether the author is verified.
    pub is_verified_author: bool,
    /// When it was created.
    pub creation_time: SystemTime,
    /// The version asked for, or the latest; none before the first version.
    pub version: Option<Version>,
}

impl From<sar::Application> for Application {
    fn from(a: sar::Application) -> Self {
        Application {
            application_id: a.application_id,
            name: a.name,
            description: a.description,
            author: a.author,
            spdx_license_id: a.spdx_license_id,
            license_url: a.license_url,
            readme_url: a.readme_url,
            labels: a.labels,
            home_page_url: a.home_page_url,
            is_verified_author: a.is_verified_author,
            creation_time: time(a.creation_time),
            version: a.version.map(Into::into),
        }
    }
}

/// An application in a list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ApplicationSummary {
    /// Its ARN.
    pub application_id: String,
    /// Its name.
    pub name: String,
    /// Its description.
    pub description: String,
    /// Its author.
    pub author: String,
    /// Its SPDX license id.
    pub spdx_license_id: Option<String>,
    /// Its labels.
    pub labels: Vec<String>,
    /// Its home page.
    pub home_page_url: Option<String>,
    /// When it was created.
    pub creation_time: SystemTime,
}

impl From<sar::ApplicationSummary> for ApplicationSummary {
    fn from(a: sar::ApplicationSummary) -> Self {
        ApplicationSummary {
            application_id: a.application_id,
            name: a.name,
            description: a.description,
            author: a.author,
            spdx_license_id: a.spdx_license_id,
            labels: a.labels,
            home_page_url: a.home_page_url,
            creation_time: time(a.creation_time),
        }
    }
}

/// One page of `ListApplications`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ApplicationPage {
    /// The applications of this page.
    pub applications: Vec<ApplicationSummary>,
    /// The token of the next page; none on the last page.
    pub next_token: Option<String>,
}

/// A version in a list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VersionSummary {
    /// The application's ARN.
    pub application_id: String,
    /// The version.
    pub semantic_version: String,
    /// When it was published.
    pub creation_time: SystemTime,
    /// Its source code repository.
    pub source_code_url: Option<String>,
}

impl From<sar::VersionSummary> for VersionSummary {
    fn from(v: sar::VersionSummary) -> Self {
        VersionSummary {
            application_id: v.application_id,
            semantic_version: v.semantic_version,
            creation_time: time(v.creation_time),
            source_code_url: v.source_code_url,
        }
    }
}

/// One page of `ListApplicationVersions`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VersionPage {
    /// The versions of this page.
    pub versions: Vec<VersionSummary>,
    /// The token of the next page; none on the last page.
    pub next_token: Option<String>,
}

/// A nested application a template deploys.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ApplicationDependency {
    /// The nested application's ARN.
    pub application_id: String,
    /// Its version.
    pub semantic_version: String,
}

impl From<sar::ApplicationDependency> for ApplicationDependency {
    fn from(d: sar::ApplicationDependency) -> Self {
        ApplicationDependency { application_id: d.application_id, semantic_version: d.semantic_version }
    }
}

/// One page of `ListApplicationDependencies`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DependencyPage {
    /// The nested applications of this page.
    pub dependencies: Vec<ApplicationDependency>,
    /// The token of the next page; none on the last page.
    pub next_token: Option<String>,
}

/// What `CreateApplication` takes: the application's fields and, optionally, its first version.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NewApplication {
    /// 1 to 140 letters, digits and hyphens; immutable.
    pub name: String,
    /// 1 to 256 characters.
    pub description: String,
    /// 1 to 127 lower-case letters, digits and single hyphens.
    pub author: String,
    /// An SPDX license id; immutable.
    pub spdx_license_id: Option<String>,
    /// The license text; immutable.
    pub license_body: Option<String>,
    /// A link to the license; immutable.
    pub license_url: Option<String>,
    /// The readme text.
    pub readme_body: Option<String>,
    /// A link to the readme.
    pub readme_url: Option<String>,
    /// At most 10 labels.
    pub labels: Vec<String>,
    /// The home page.
    pub home_page_url: Option<String>,
    /// The first version's semantic version (required with a template).
    pub semantic_version: Option<String>,
    /// The first version's source code repository.
    pub source_code_url: Option<String>,
    /// The first version's source archive.
    pub source_code_archive_url: Option<String>,
    /// The first version's template text.
    pub template_body: Option<String>,
    /// A link to the first version's template.
    pub template_url: Option<String>,
}

impl From<NewApplication> for sar::NewApplication {
    fn from(a: NewApplication) -> Self {
        sar::NewApplication {
            name: a.name,
            description: a.description,
            author: a.author,
            spdx_license_id: a.spdx_license_id,
            license_body: a.license_body,
            license_url: a.license_url,
            readme_body: a.readme_body,
            readme_url: a.readme_url,
            labels: a.labels,
            home_page_url: a.home_page_url,
            semantic_version: a.semantic_version,
            source_code_url: a.source_code_url,
            source_code_archive_url: a.source_code_archive_url,
            template_body: a.template_body,
            template_url: a.template_url,
        }
    }
}

/// The fields `UpdateApplication` can change; none leaves a field as it is.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ApplicationUpdate {
    /// New description.
    pub description: Option<String>,
    /// New author.
    pub author: Option<String>,
    /// New readme text.
    pub readme_body: Option<String>,
    /// New readme link.
    pub readme_url: Option<String>,
    /// New labels.
    pub labels: Option<Vec<String>>,
    /// New home page.
    pub home_page_url: Option<String>,
}

impl From<ApplicationUpdate> for sar::ApplicationUpdate {
    fn from(u: ApplicationUpdate) -> Self {
        sar::ApplicationUpdate {
            description: u.description,
            author: u.author,
            readme_body: u.readme_body,
            readme_url: u.readme_url,
            labels: u.labels,
            home_page_url: u.home_page_url,
        }
    }
}

/// One statement of an application's policy.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PolicyStatement {
    /// A statement id, unique in the policy (the service assigns one when absent).
    pub statement_id: Option<String>,
    /// Who it is for: account ids, or `*` for everyone.
    pub principals: Vec<String>,
    /// Narrows the principals to members of these organizations.
    pub principal_org_ids: Vec<String>,
    /// What it grants.
    pub actions: Vec<PolicyAction>,
}

impl From<sar::PolicyStatement> for PolicyStatement {
    fn from(s: sar::PolicyStatement) -> Self {
        PolicyStatement {
            statement_id: s.statement_id,
            principals: s.principals.iter().map(ToString::to_string).collect(),
            principal_org_ids: s.principal_org_ids.iter().map(ToString::to_string).collect(),
            actions: s.actions.into_iter().map(Into::into).collect(),
        }
    }
}

impl TryFrom<PolicyStatement> for sar::PolicyStatement {
    type Error = crate::error::MarketplaneError;

    fn try_from(s: PolicyStatement) -> Result<Self> {
        Ok(sar::PolicyStatement {
            statement_id: s.statement_id,
            principals: s.principals.iter().map(|p| p.parse()).collect::<marketplane::Result<_>>()?,
            principal_org_ids: s.principal_org_ids.iter().map(|o| o.parse()).collect::<marketplane::Result<_>>()?,
            actions: s.actions.into_iter().map(Into::into).collect(),
        })
    }
}

/// A CloudFormation template made from a version, valid for an hour.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TemplateDetails {
    /// The application's ARN.
    pub application_id: String,
    /// The version.
    pub semantic_version: String,
    /// The template's id.
    pub template_id: String,
    /// Where the template is.
    pub template_url: String,
    /// Where it stands.
    pub status: TemplateStatus,
    /// When it was made.
    pub creation_time: SystemTime,
    /// When it expires.
    pub expiration_time: SystemTime,
}

impl From<sar::TemplateDetails> for TemplateDetails {
    fn from(t: sar::TemplateDetails) -> Self {
        TemplateDetails {
            application_id: t.application_id,
            semantic_version: t.semantic_version,
            template_id: t.template_id,
            template_url: t.template_url,
            status: t.status.into(),
            creation_time: time(t.creation_time),
            expiration_time: time(t.expiration_time),
        }
    }
}

/// A parameter value for a deployment.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ParameterValue {
    /// The parameter.
    pub name: String,
    /// Its value.
    pub value: String,
}

/// What `CreateCloudFormationChangeSet` takes.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChangeSetRequest {
    /// The stack name; the service prefixes it with `serverlessrepo-`.
    pub stack_name: String,
    /// The version to deploy (default: the latest).
    pub semantic_version: Option<String>,
    /// A template from `create_template` to deploy instead.
    pub template_id: Option<String>,
    /// The capabilities acknowledged.
    pub capabilities: Vec<Capability>,
    /// Parameter values.
    pub parameter_overrides: Vec<ParameterValue>,
}

impl From<ChangeSetRequest> for sar::ChangeSetRequest {
    fn from(r: ChangeSetRequest) -> Self {
        sar::ChangeSetRequest {
            stack_name: r.stack_name,
            semantic_version: r.semantic_version,
            template_id: r.template_id,
            capabilities: r.capabilities.into_iter().map(Into::into).collect(),
            parameter_overrides: r
                .parameter_overrides
                .into_iter()
                .map(|p| sar::ParameterValue { name: p.name, value: p.value })
                .collect(),
        }
    }
}

/// A change set created for a deployment.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChangeSetDetails {
    /// The application's ARN.
    pub application_id: String,
    /// The version deployed.
    pub semantic_version: String,
    /// The change set's ARN.
    pub change_set_id: String,
    /// The stack's ARN.
    pub stack_id: String,
}

impl From<sar::ChangeSetDetails> for ChangeSetDetails {
    fn from(c: sar::ChangeSetDetails) -> Self {
        ChangeSetDetails {
            application_id: c.application_id,
            semantic_version: c.semantic_version,
            change_set_id: c.change_set_id,
            stack_id: c.stack_id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_enum_values_are_preserved_both_ways() {
        let mirrored = RegionOptStatus::from(CoreRegionOptStatus::from("PAUSED"));
        assert_eq!(mirrored, RegionOptStatus::Unknown { value: "PAUSED".into() });
        assert_eq!(CoreRegionOptStatus::from(mirrored).as_str(), "PAUSED");
        assert_eq!(CoreRegionOptStatus::from(RegionOptStatus::EnabledByDefault), CoreRegionOptStatus::EnabledByDefault);
        assert_eq!(PolicyAction::from(CorePolicyAction::Deploy), PolicyAction::Deploy);
    }

    #[test]
    fn bad_principals_are_validation_errors() {
        let statement = PolicyStatement {
            statement_id: None,
            principals: vec!["12".into()],
            principal_org_ids: vec![],
            actions: vec![],
        };
        let err = sar::PolicyStatement::try_from(statement).unwrap_err();
        assert_eq!(err.kind(), &crate::error::ErrorKind::Validation);
    }
}
