//! Every operation a backend serves, as one request enum and one response enum.
//!
//! The facade turns its typed builders into a [`Request`], a backend answers with a [`Response`]. One enum (instead of
//! one trait method per operation) keeps decorators such as retry and tracing to a single method, lets the emulator
//! route generically, and lets new operations arrive without breaking other backends: both enums are
//! `#[non_exhaustive]`, so every backend already answers unknown requests with `Unsupported`.

pub mod agreement;
pub mod catalog;
pub mod discovery;

pub use agreement::{AgreementRequestOp, AgreementResponse};
pub use catalog::{CatalogRequest, CatalogResponse};
pub use discovery::{DiscoveryRequest, DiscoveryResponse};
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::model::account::{
    validate_account_name, validate_otp, validate_primary_email, AccountInformation, AlternateContact,
    AlternateContactType, ContactInformation, GovCloudAccountInformation, PhoneNumberVerificationStatus,
    PrimaryContact, PrimaryEmailUpdate, PrimaryEmailUpdateStatus,
};
use crate::model::region::{Region, RegionOptStatus};
use crate::model::serverless::{
    Application, ApplicationDependency, ApplicationSummary, ApplicationUpdate, ChangeSetDetails, ChangeSetRequest,
    NewApplication, PolicyStatement, TemplateDetails, Version, VersionSummary,
};
use crate::model::OrganizationId;
use crate::model::{AccountId, RegionName};
use crate::validate::Validator;

/// A call to a backend.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Request {
    /// `AcceptPrimaryEmailUpdate`.
    AcceptPrimaryEmailUpdate {
        /// The member account.
        account_id: AccountId,
        /// The new address, as given to `StartPrimaryEmailUpdate`.
        primary_email: String,
        /// The one-time code sent to the new address.
        otp: String,
    },
    /// `DeleteAlternateContact`.
    DeleteAlternateContact {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
        /// Which contact.
        contact_type: AlternateContactType,
    },
    /// `DisableRegion`.
    DisableRegion {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
        /// The region.
        region_name: RegionName,
    },
    /// `EnableRegion`.
    EnableRegion {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
        /// The region.
        region_name: RegionName,
    },
    /// `GetAccountInformation`.
    GetAccountInformation {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
    },
    /// `GetAlternateContact`.
    GetAlternateContact {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
        /// Which contact.
        contact_type: AlternateContactType,
    },
    /// `GetContactInformation`.
    GetContactInformation {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
    },
    /// `GetGovCloudAccountInformation`.
    GetGovCloudAccountInformation {
        /// The standard account; `None` acts on the caller's own account.
        standard_account_id: Option<AccountId>,
    },
    /// `GetPrimaryEmail`.
    GetPrimaryEmail {
        /// The member account.
        account_id: AccountId,
    },
    /// `GetPrimaryEmailUpdateStatus`.
    GetPrimaryEmailUpdateStatus {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
    },
    /// `GetRegionOptStatus`.
    GetRegionOptStatus {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
        /// The region.
        region_name: RegionName,
    },
    /// `ListRegions` (one page).
    ListRegions {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
        /// Page size, 1 to 50.
        max_results: Option<i32>,
        /// Where to continue.
        next_token: Option<String>,
        /// Only regions in these statuses.
        status_filter: Vec<RegionOptStatus>,
    },
    /// `PutAccountName`.
    PutAccountName {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
        /// The new name.
        account_name: String,
    },
    /// `PutAlternateContact`.
    PutAlternateContact {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
        /// The contact to create or replace.
        contact: AlternateContact,
    },
    /// `PutContactInformation`.
    PutContactInformation {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
        /// The primary contact, replacing the current one whole.
        contact_information: ContactInformation,
    },
    /// `SendPhoneNumberVerification`.
    SendPhoneNumberVerification {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
    },
    /// `StartPrimaryEmailUpdate`.
    StartPrimaryEmailUpdate {
        /// The member account.
        account_id: AccountId,
        /// The new address.
        primary_email: String,
    },
    /// `VerifyPhoneNumber`.
    VerifyPhoneNumber {
        /// The target account; `None` acts on the caller's own account.
        account_id: Option<AccountId>,
        /// The code sent to the phone.
        otp: String,
    },
    /// SAR `CreateApplication`.
    CreateApplication(Box<NewApplication>),
    /// SAR `GetApplication`.
    GetApplication {
        /// The application's ARN.
        application_id: String,
        /// The version to include (default: the latest).
        semantic_version: Option<String>,
    },
    /// SAR `ListApplications` (one page of the caller's own applications).
    ListApplications {
        /// Page size, 1 to 100.
        max_items: Option<i32>,
        /// Where to continue.
        next_token: Option<String>,
    },
    /// SAR `UpdateApplication`.
    UpdateApplication {
        /// The application's ARN.
        application_id: String,
        /// The changes.
        update: ApplicationUpdate,
    },
    /// SAR `DeleteApplication`.
    DeleteApplication {
        /// The application's ARN.
        application_id: String,
    },
    /// SAR `CreateApplicationVersion`.
    CreateApplicationVersion {
        /// The application's ARN.
        application_id: String,
        /// The new version.
        semantic_version: String,
        /// Its source code repository.
        source_code_url: Option<String>,
        /// Its source archive.
        source_code_archive_url: Option<String>,
        /// Its template text.
        template_body: Option<String>,
        /// A link to its template.
        template_url: Option<String>,
    },
    /// SAR `ListApplicationVersions` (one page).
    ListApplicationVersions {
        /// The application's ARN.
        application_id: String,
        /// Page size, 1 to 100.
        max_items: Option<i32>,
        /// Where to continue.
        next_token: Option<String>,
    },
    /// SAR `ListApplicationDependencies` (one page).
    ListApplicationDependencies {
        /// The application's ARN.
        application_id: String,
        /// The version (default: the latest).
        semantic_version: Option<String>,
        /// Page size, 1 to 100.
        max_items: Option<i32>,
        /// Where to continue.
        next_token: Option<String>,
    },
    /// SAR `GetApplicationPolicy`.
    GetApplicationPolicy {
        /// The application's ARN.
        application_id: String,
    },
    /// SAR `PutApplicationPolicy` (replaces the whole policy).
    PutApplicationPolicy {
        /// The application's ARN.
        application_id: String,
        /// The statements.
        statements: Vec<PolicyStatement>,
    },
    /// SAR `UnshareApplication` (organization management account only).
    UnshareApplication {
        /// The application's ARN.
        application_id: String,
        /// The organization to unshare from.
        organization_id: OrganizationId,
    },
    /// SAR `CreateCloudFormationTemplate`.
    CreateCloudFormationTemplate {
        /// The application's ARN.
        application_id: String,
        /// The version (default: the latest).
        semantic_version: Option<String>,
    },
    /// SAR `GetCloudFormationTemplate`.
    GetCloudFormationTemplate {
        /// The application's ARN.
        application_id: String,
        /// The template's UUID.
        template_id: String,
    },
    /// SAR `CreateCloudFormationChangeSet`.
    CreateCloudFormationChangeSet {
        /// The application's ARN.
        application_id: String,
        /// What to deploy and how.
        request: Box<ChangeSetRequest>,
    },
    /// A Marketplace Catalog operation.
    Catalog(Box<CatalogRequest>),
    /// A Marketplace Discovery operation.
    Discovery(Box<DiscoveryRequest>),
    /// A Marketplace Agreement operation.
    Agreement(Box<AgreementRequestOp>),
}

/// What a backend answers.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Response {
    /// The operation has no output.
    Empty,
    /// An alternate contact.
    AlternateContact(AlternateContact),
    /// The primary contact.
    PrimaryContact(PrimaryContact),
    /// One region's status.
    Region(Region),
    /// One page of regions.
    RegionPage {
        /// The regions of this page.
        regions: Vec<Region>,
        /// Where the next page starts, if there is one.
        next_token: Option<String>,
    },
    /// Account information.
    AccountInformation(AccountInformation),
    /// GovCloud account information.
    GovCloudAccountInformation(GovCloudAccountInformation),
    /// A primary email address.
    PrimaryEmail(String),
    /// The status a primary-email operation reports.
    PrimaryEmailUpdateStatus(PrimaryEmailUpdateStatus),
    /// The status of a primary email update with its time.
    PrimaryEmailUpdate(PrimaryEmailUpdate),
    /// A phone number verification status.
    PhoneNumberVerification(PhoneNumberVerificationStatus),
    /// An application.
    Application(Box<Application>),
    /// One page of applications.
    ApplicationPage {
        /// The applications of this page.
        applications: Vec<ApplicationSummary>,
        /// Where the next page starts.
        next_token: Option<String>,
    },
    /// An application version.
    Version(Box<Version>),
    /// One page of versions.
    VersionPage {
        /// The versions of this page.
        versions: Vec<VersionSummary>,
        /// Where the next page starts.
        next_token: Option<String>,
    },
    /// One page of nested applications.
    DependencyPage {
        /// The nested applications of this page.
        dependencies: Vec<ApplicationDependency>,
        /// Where the next page starts.
        next_token: Option<String>,
    },
    /// An application policy.
    Policy(Vec<PolicyStatement>),
    /// A CloudFormation template.
    Template(TemplateDetails),
    /// A change set.
    ChangeSet(ChangeSetDetails),
    /// A Marketplace Catalog answer.
    Catalog(Box<CatalogResponse>),
    /// A Marketplace Discovery answer.
    Discovery(Box<DiscoveryResponse>),
    /// A Marketplace Agreement answer.
    Agreement(Box<AgreementResponse>),
}

impl Request {
    /// The service's name for this operation.
    pub fn operation_name(&self) -> &'static str {
        match self {
            Request::AcceptPrimaryEmailUpdate { .. } => "AcceptPrimaryEmailUpdate",
            Request::DeleteAlternateContact { .. } => "DeleteAlternateContact",
            Request::DisableRegion { .. } => "DisableRegion",
            Request::EnableRegion { .. } => "EnableRegion",
            Request::GetAccountInformation { .. } => "GetAccountInformation",
            Request::GetAlternateContact { .. } => "GetAlternateContact",
            Request::GetContactInformation { .. } => "GetContactInformation",
            Request::GetGovCloudAccountInformation { .. } => "GetGovCloudAccountInformation",
            Request::GetPrimaryEmail { .. } => "GetPrimaryEmail",
            Request::GetPrimaryEmailUpdateStatus { .. } => "GetPrimaryEmailUpdateStatus",
            Request::GetRegionOptStatus { .. } => "GetRegionOptStatus",
            Request::ListRegions { .. } => "ListRegions",
            Request::PutAccountName { .. } => "PutAccountName",
            Request::PutAlternateContact { .. } => "PutAlternateContact",
            Request::PutContactInformation { .. } => "PutContactInformation",
            Request::SendPhoneNumberVerification { .. } => "SendPhoneNumberVerification",
            Request::StartPrimaryEmailUpdate { .. } => "StartPrimaryEmailUpdate",
            Request::VerifyPhoneNumber { .. } => "VerifyPhoneNumber",
            Request::CreateApplication(_) => "CreateApplication",
            Request::GetApplication { .. } => "GetApplication",
            Request::ListApplications { .. } => "ListApplications",
            Request::UpdateApplication { .. } => "UpdateApplication",
            Request::DeleteApplication { .. } => "DeleteApplication",
            Request::CreateApplicationVersion { .. } => "CreateApplicationVersion",
            Request::ListApplicationVersions { .. } => "ListApplicationVersions",
            Request::ListApplicationDependencies { .. } => "ListApplicationDependencies",
            Request::GetApplicationPolicy { .. } => "GetApplicationPolicy",
            Request::PutApplicationPolicy { .. } => "PutApplicationPolicy",
            Request::UnshareApplication { .. } => "UnshareApplication",
            Request::CreateCloudFormationTemplate { .. } => "CreateCloudFormationTemplate",
            Request::GetCloudFormationTemplate { .. } => "GetCloudFormationTemplate",
            Request::CreateCloudFormationChangeSet { .. } => "CreateCloudFormationChangeSet",
            Request::Catalog(request) => request.operation_name(),
            Request::Discovery(request) => request.operation_name(),
            Request::Agreement(request) => request.operation_name(),
        }
    }

    /// The service the operation belongs to (its SigV4 signing name).
    pub fn service(&self) -> &'static str {
        match self {
            Request::CreateApplication(_)
            | Request::GetApplication { .. }
            | Request::ListApplications { .. }
            | Request::UpdateApplication { .. }
            | Request::DeleteApplication { .. }
            | Request::CreateApplicationVersion { .. }
            | Request::ListApplicationVersions { .. }
            | Request::ListApplicationDependencies { .. }
            | Request::GetApplicationPolicy { .. }
            | Request::PutApplicationPolicy { .. }
            | Request::UnshareApplication { .. }
            | Request::CreateCloudFormationTemplate { .. }
            | Request::GetCloudFormationTemplate { .. }
            | Request::CreateCloudFormationChangeSet { .. } => "serverlessrepo",
            Request::Catalog(_) => "marketplace-catalog",
            Request::Discovery(_) => "marketplace-discovery",
            Request::Agreement(_) => "marketplace-agreement",
            _ => "account",
        }
    }

    /// Whether the operation only reads (safe to retry without an idempotency token).
    pub fn is_read_only(&self) -> bool {
        let name = self.operation_name();
        ["Get", "List", "Describe", "BatchDescribe", "Search"].iter().any(|prefix| name.starts_with(prefix))
    }

    /// The `AccountId` the request names, if any (organizations mode).
    pub fn target_account(&self) -> Option<&AccountId> {
        match self {
            Request::AcceptPrimaryEmailUpdate { account_id, .. }
            | Request::GetPrimaryEmail { account_id }
            | Request::StartPrimaryEmailUpdate { account_id, .. } => Some(account_id),
            Request::DeleteAlternateContact { account_id, .. }
            | Request::DisableRegion { account_id, .. }
            | Request::EnableRegion { account_id, .. }
            | Request::GetAccountInformation { account_id }
            | Request::GetAlternateContact { account_id, .. }
            | Request::GetContactInformation { account_id }
            | Request::GetPrimaryEmailUpdateStatus { account_id }
            | Request::GetRegionOptStatus { account_id, .. }
            | Request::ListRegions { account_id, .. }
            | Request::PutAccountName { account_id, .. }
            | Request::PutAlternateContact { account_id, .. }
            | Request::PutContactInformation { account_id, .. }
            | Request::SendPhoneNumberVerification { account_id }
            | Request::VerifyPhoneNumber { account_id, .. } => account_id.as_ref(),
            Request::GetGovCloudAccountInformation { standard_account_id } => standard_account_id.as_ref(),
            _ => None,
        }
    }

    /// Set the `AccountId` of an operation whose `AccountId` is optional; other operations keep theirs.
    pub fn set_target_account(&mut self, target: Option<AccountId>) {
        match self {
            Request::DeleteAlternateContact { account_id, .. }
            | Request::DisableRegion { account_id, .. }
            | Request::EnableRegion { account_id, .. }
            | Request::GetAccountInformation { account_id }
            | Request::GetAlternateContact { account_id, .. }
            | Request::GetContactInformation { account_id }
            | Request::GetPrimaryEmailUpdateStatus { account_id }
            | Request::GetRegionOptStatus { account_id, .. }
            | Request::ListRegions { account_id, .. }
            | Request::PutAccountName { account_id, .. }
            | Request::PutAlternateContact { account_id, .. }
            | Request::PutContactInformation { account_id, .. }
            | Request::SendPhoneNumberVerification { account_id }
            | Request::VerifyPhoneNumber { account_id, .. } => *account_id = target,
            Request::GetGovCloudAccountInformation { standard_account_id } => *standard_account_id = target,
            _ => {}
        }
    }

    /// Check the request against the service's field rules. Identifiers are valid by construction; this checks the
    /// rest. The facade calls it before anything leaves the process; the local engine calls it again for requests
    /// that arrive over the wire.
    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        match self {
            Request::AcceptPrimaryEmailUpdate { primary_email, otp, .. } => {
                collect(&mut v, validate_primary_email(primary_email));
                collect(&mut v, validate_otp(otp));
            }
            Request::StartPrimaryEmailUpdate { primary_email, .. } => {
                collect(&mut v, validate_primary_email(primary_email))
            }
            Request::VerifyPhoneNumber { otp, .. } => collect(&mut v, validate_otp(otp)),
            Request::DeleteAlternateContact { contact_type, .. }
            | Request::GetAlternateContact { contact_type, .. } => {
                if !contact_type.is_known() {
                    v.fail(
                        "AlternateContactType",
                        format!("{:?} is not one of {}", contact_type.as_str(), AlternateContactType::known_values()),
                    );
                }
            }
            Request::ListRegions { max_results, next_token, status_filter, .. } => {
                if let Some(max) = max_results {
                    v.range("MaxResults", i64::from(*max), 1, 50);
                }
                v.optional_length("NextToken", next_token.as_deref(), 0, 1000);
                for status in status_filter {
                    if !status.is_known() {
                        v.fail(
                            "RegionOptStatusContains",
                            format!("{:?} is not one of {}", status.as_str(), RegionOptStatus::known_values()),
                        );
                    }
                }
            }
            Request::PutAccountName { account_name, .. } => collect(&mut v, validate_account_name(account_name)),
            Request::PutAlternateContact { contact, .. } => contact.validate_into(&mut v),
            Request::PutContactInformation { contact_information, .. } => {
                contact_information.validate_into(&mut v, "ContactInformation.")
            }
            Request::DisableRegion { .. }
            | Request::EnableRegion { .. }
            | Request::GetAccountInformation { .. }
            | Request::GetContactInformation { .. }
            | Request::GetGovCloudAccountInformation { .. }
            | Request::GetPrimaryEmail { .. }
            | Request::GetPrimaryEmailUpdateStatus { .. }
            | Request::GetRegionOptStatus { .. }
            | Request::SendPhoneNumberVerification { .. } => {}
            Request::CreateApplication(app) => collect(&mut v, app.validate()),
            Request::UpdateApplication { update, .. } => collect(&mut v, update.validate()),
            Request::CreateApplicationVersion { semantic_version, template_body, template_url, .. } => {
                if let Err(e) = semantic_version.parse::<crate::model::serverless::SemanticVersion>() {
                    v.extend(e.field_errors().to_vec());
                }
                if template_body.is_some() == template_url.is_some() {
                    v.fail("templateBody", "give exactly one of templateBody and templateUrl");
                }
            }
            Request::ListApplications { max_items, .. }
            | Request::ListApplicationVersions { max_items, .. }
            | Request::ListApplicationDependencies { max_items, .. } => {
                if let Some(max) = max_items {
                    v.range("maxItems", i64::from(*max), 1, 100);
                }
            }
            Request::PutApplicationPolicy { statements, .. } => {
                for statement in statements {
                    collect(&mut v, statement.validate());
                }
            }
            Request::CreateCloudFormationChangeSet { request, .. } => {
                v.length("stackName", &request.stack_name, 1, 128);
            }
            Request::GetApplication { .. }
            | Request::DeleteApplication { .. }
            | Request::GetApplicationPolicy { .. }
            | Request::UnshareApplication { .. }
            | Request::CreateCloudFormationTemplate { .. }
            | Request::GetCloudFormationTemplate { .. } => {}
            Request::Catalog(request) => return request.validate(),
            Request::Discovery(request) => return request.validate(),
            Request::Agreement(request) => return request.validate(),
        }
        let outcome = v.finish();
        if self.service() == "serverlessrepo" {
            // The repository reports bad input as BadRequestException.
            return outcome.map_err(|e| {
                Error::new(crate::ErrorKind::Validation, "BadRequestException", e.message())
                    .with_field_errors(e.field_errors().to_vec())
            });
        }
        outcome
    }
}

fn collect(v: &mut Validator, result: Result<()>) {
    if let Err(err) = result {
        v.extend(err.field_errors().to_vec());
    }
}

/// Turns a response into the variant an operation expects; anything else is a backend bug, reported, not panicked.
pub(crate) fn unexpected(operation: &str, response: &Response) -> Error {
    Error::internal(format!("backend answered {operation} with an unexpected response: {response:?}"))
}

/// A timestamp for responses, truncated to whole seconds as the service reports them.
pub(crate) fn whole_seconds(t: OffsetDateTime) -> OffsetDateTime {
    t.replace_nanosecond(0).unwrap_or(t)
}
