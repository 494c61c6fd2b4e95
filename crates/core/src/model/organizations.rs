//! AWS Organizations (API 2016-11-28, awsJson1_1) and AWS STS (API 2011-06-15, query protocol): the read side of an
//! organization (its accounts, roots, organizational units, policies, tags, trusted services and delegated
//! administrators), who the caller is, and roles assumed in member accounts.
//!
//! The structures serialize as Organizations' JSON (PascalCase members, timestamps as epoch seconds); STS's answers
//! serialize with the same member names and ISO 8601 times, which the emulator writes as the query protocol's XML.
//! Member rules come from the services' models (botocore `organizations/2016-11-28` and `sts/2011-06-15`).

use marketplane_macros::model;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::model::account::AccountState;
use crate::model::catalog::Tag;
use crate::model::discovery::epoch_seconds;
use crate::model::{open_enum, AccountId, OrganizationId};
use crate::operation::Validate;
use crate::validate::{static_regex, Validator};

/// The role `Client::as_account` assumes in a member account on AWS unless told otherwise: the one AWS Organizations
/// creates in every account it creates.
pub const DEFAULT_ROLE_NAME: &str = "OrganizationAccountAccessRole";

/// The id of the AWS-managed service control policy every all-features organization attaches to its root, its
/// organizational units and its accounts.
pub const FULL_AWS_ACCESS_POLICY_ID: &str = "p-FullAWSAccess";

open_enum!(
    /// Which features an organization has.
    OrganizationFeatureSet {
        /// Every feature: policies, trusted access, delegated administrators.
        All => "ALL",
        /// Consolidated billing only.
        ConsolidatedBilling => "CONSOLIDATED_BILLING",
    }
);

open_enum!(
    /// A kind of organization policy.
    PolicyType {
        /// A service control policy (SCP): the most the accounts under its target may do.
        ServiceControlPolicy => "SERVICE_CONTROL_POLICY",
        /// A resource control policy.
        ResourceControlPolicy => "RESOURCE_CONTROL_POLICY",
        /// A tag policy.
        TagPolicy => "TAG_POLICY",
        /// A backup policy.
        BackupPolicy => "BACKUP_POLICY",
        /// An AI services opt-out policy.
        AiservicesOptOutPolicy => "AISERVICES_OPT_OUT_POLICY",
        /// A chat applications policy.
        ChatbotPolicy => "CHATBOT_POLICY",
        /// A declarative policy for EC2.
        DeclarativePolicyEc2 => "DECLARATIVE_POLICY_EC2",
        /// A Security Hub policy.
        SecurityhubPolicy => "SECURITYHUB_POLICY",
    }
);

open_enum!(
    /// Whether a policy type is enabled in a root.
    PolicyTypeStatus {
        /// Enabled.
        Enabled => "ENABLED",
        /// Being enabled.
        PendingEnable => "PENDING_ENABLE",
        /// Being disabled.
        PendingDisable => "PENDING_DISABLE",
    }
);

open_enum!(
    /// An account's status in its organization.
    OrganizationAccountStatus {
        /// Active.
        Active => "ACTIVE",
        /// Suspended.
        Suspended => "SUSPENDED",
        /// Being closed.
        PendingClosure => "PENDING_CLOSURE",
    }
);

open_enum!(
    /// How an account joined its organization.
    AccountJoinedMethod {
        /// It accepted an invitation.
        Invited => "INVITED",
        /// The organization created it.
        Created => "CREATED",
    }
);

open_enum!(
    /// What a parent is.
    ParentType {
        /// The organization's root.
        Root => "ROOT",
        /// An organizational unit.
        OrganizationalUnit => "ORGANIZATIONAL_UNIT",
    }
);

open_enum!(
    /// What a child is.
    ChildType {
        /// A member account.
        Account => "ACCOUNT",
        /// An organizational unit.
        OrganizationalUnit => "ORGANIZATIONAL_UNIT",
    }
);

/// A policy type and whether it is enabled.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyTypeSummary {
    /// The policy type.
    #[serde(rename = "Type")]
    pub policy_type: PolicyType,
    /// Whether it is enabled.
    pub status: PolicyTypeStatus,
}

/// An organization.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Organization {
    /// Its id (`o-` and 10 to 32 letters or digits).
    pub id: OrganizationId,
    /// Its ARN (`arn:aws:organizations::<management>:organization/<id>`).
    pub arn: String,
    /// Its features.
    pub feature_set: OrganizationFeatureSet,
    /// Its management account's ARN.
    pub master_account_arn: String,
    /// Its management account.
    pub master_account_id: AccountId,
    /// Its management account's email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub master_account_email: Option<String>,
    /// The policy types it may use (deprecated by the service in favour of the root's).
    #[serde(default)]
    pub available_policy_types: Vec<PolicyTypeSummary>,
}

/// A member account as Organizations describes it.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrganizationAccount {
    /// The account id.
    pub id: AccountId,
    /// Its ARN (`arn:aws:organizations::<management>:account/<organization>/<id>`).
    pub arn: String,
    /// Its root email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its status in the organization (deprecated by the service in favour of `state`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OrganizationAccountStatus>,
    /// Its state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<AccountState>,
    /// Where it sits: `o-.../r-.../ou-.../<id>/`, from the organization down.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paths: Vec<String>,
    /// How it joined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_method: Option<AccountJoinedMethod>,
    /// When it joined.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub joined_timestamp: Option<OffsetDateTime>,
}

/// An organization's root: the parent of every top-level organizational unit and account.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Root {
    /// Its id (`r-` and 4 to 32 letters or digits).
    pub id: String,
    /// Its ARN.
    pub arn: String,
    /// Its name (`Root`).
    pub name: String,
    /// The policy types enabled in it.
    #[serde(default)]
    pub policy_types: Vec<PolicyTypeSummary>,
}

/// An organizational unit.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrganizationalUnit {
    /// Its id (`ou-<root part>-<8 to 32 letters or digits>`).
    pub id: String,
    /// Its ARN.
    pub arn: String,
    /// Its name.
    pub name: String,
    /// Where it sits: `o-.../r-.../ou-.../`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// A parent of an account or organizational unit.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrganizationParent {
    /// The root's or organizational unit's id.
    pub id: String,
    /// What it is.
    #[serde(rename = "Type")]
    pub parent_type: ParentType,
}

/// A child of a root or organizational unit.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrganizationChild {
    /// The account's or organizational unit's id.
    pub id: String,
    /// What it is.
    #[serde(rename = "Type")]
    pub child_type: ChildType,
}

/// A policy without its content.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PolicySummary {
    /// Its id (`p-...`).
    pub id: String,
    /// Its ARN.
    pub arn: String,
    /// Its name.
    pub name: String,
    /// Its description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its type.
    #[serde(rename = "Type")]
    pub policy_type: PolicyType,
    /// Whether AWS manages it (`FullAWSAccess`).
    #[serde(default)]
    pub aws_managed: bool,
}

/// A policy and its content.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Policy {
    /// What it is.
    pub policy_summary: PolicySummary,
    /// Its JSON text.
    pub content: String,
}

/// A service with trusted access to the organization.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EnabledServicePrincipal {
    /// The service principal (`account.amazonaws.com`).
    pub service_principal: String,
    /// When its access was enabled.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub date_enabled: Option<OffsetDateTime>,
}

/// A member account registered as a delegated administrator.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DelegatedAdministrator {
    /// The account id.
    pub id: AccountId,
    /// Its ARN.
    pub arn: String,
    /// Its root email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OrganizationAccountStatus>,
    /// Its state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<AccountState>,
    /// How it joined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_method: Option<AccountJoinedMethod>,
    /// When it joined.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub joined_timestamp: Option<OffsetDateTime>,
    /// When it became a delegated administrator (for its first service).
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub delegation_enabled_date: Option<OffsetDateTime>,
}

// ------------------------------------------------------------------------------------------------------------------
// Inputs and outputs.

/// `DescribeOrganization`'s input (it has no members).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DescribeOrganizationInput {}

impl DescribeOrganizationInput {
    /// The caller's organization.
    pub fn new() -> Self {
        DescribeOrganizationInput {}
    }
}

/// Declares a list input with only `NextToken` and `MaxResults`, and its `new`.
macro_rules! plain_list_input {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[model]
        #[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        pub struct $name {
            /// Where to continue.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub next_token: Option<String>,
            /// Page size, 1 to 20.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub max_results: Option<i32>,
        }

        impl $name {
            /// The first page.
            pub fn new() -> Self {
                $name::default()
            }
        }
    };
}

plain_list_input!(
    /// `ListAccounts`'s input (one page).
    ListAccountsInput
);
plain_list_input!(
    /// `ListRoots`'s input (one page).
    ListRootsInput
);
plain_list_input!(
    /// `ListAWSServiceAccessForOrganization`'s input (one page).
    ListAwsServiceAccessForOrganizationInput
);

/// Declares a page of a list output: the items member and `NextToken`, `new`, and its `Paged` impl.
macro_rules! list_output {
    ($(#[$meta:meta])* $name:ident, $items:ident: $Item:ty, $wire:literal) => {
        $(#[$meta])*
        #[model]
        #[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        pub struct $name {
            /// This page's items.
            #[serde(default, rename = $wire)]
            pub $items: Vec<$Item>,
            /// Where the next page starts, if there is one.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub next_token: Option<String>,
        }

        impl $name {
            /// A page of `items`, followed by the page at `next_token` if given.
            pub fn new($items: Vec<$Item>, next_token: Option<String>) -> Self {
                $name { $items, next_token }
            }
        }

        crate::facade::paged_output!($name => $items: $Item);
    };
}

list_output!(
    /// `ListAccounts`'s and `ListAccountsForParent`'s output: one page of accounts.
    ListAccountsOutput, accounts: OrganizationAccount, "Accounts"
);
list_output!(
    /// `ListRoots`'s output.
    ListRootsOutput, roots: Root, "Roots"
);
list_output!(
    /// `ListOrganizationalUnitsForParent`'s output.
    ListOrganizationalUnitsForParentOutput, organizational_units: OrganizationalUnit, "OrganizationalUnits"
);
list_output!(
    /// `ListParents`'s output.
    ListParentsOutput, parents: OrganizationParent, "Parents"
);
list_output!(
    /// `ListChildren`'s output.
    ListChildrenOutput, children: OrganizationChild, "Children"
);
list_output!(
    /// `ListPoliciesForTarget`'s output.
    ListPoliciesForTargetOutput, policies: PolicySummary, "Policies"
);
list_output!(
    /// Organizations' `ListTagsForResource` output.
    ListOrganizationTagsOutput, tags: Tag, "Tags"
);
list_output!(
    /// `ListAWSServiceAccessForOrganization`'s output.
    ListAwsServiceAccessForOrganizationOutput, enabled_service_principals: EnabledServicePrincipal,
        "EnabledServicePrincipals"
);
list_output!(
    /// `ListDelegatedAdministrators`'s output.
    ListDelegatedAdministratorsOutput, delegated_administrators: DelegatedAdministrator, "DelegatedAdministrators"
);

/// `DescribeAccount`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAccountInput {
    /// The member account.
    pub account_id: AccountId,
}

/// Declares a list input keyed by one id member, with `NextToken` and `MaxResults`, and its `new`.
macro_rules! keyed_list_input {
    ($(#[$meta:meta])* $name:ident, $key:ident, $doc:literal) => {
        $(#[$meta])*
        #[model]
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        pub struct $name {
            #[doc = $doc]
            pub $key: String,
            /// Where to continue.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub next_token: Option<String>,
            /// Page size, 1 to 20.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub max_results: Option<i32>,
        }

        impl $name {
            /// The first page.
            pub fn new($key: impl Into<String>) -> Self {
                $name { $key: $key.into(), next_token: None, max_results: None }
            }
        }
    };
}

keyed_list_input!(
    /// `ListOrganizationalUnitsForParent`'s input (one page).
    ListOrganizationalUnitsForParentInput, parent_id, "The root (`r-...`) or organizational unit (`ou-...`)."
);
keyed_list_input!(
    /// `ListAccountsForParent`'s input (one page).
    ListAccountsForParentInput, parent_id, "The root (`r-...`) or organizational unit (`ou-...`)."
);
keyed_list_input!(
    /// `ListParents`'s input (one page).
    ListParentsInput, child_id, "The account (12 digits) or organizational unit (`ou-...`)."
);

/// `ListChildren`'s input (one page).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListChildrenInput {
    /// The root (`r-...`) or organizational unit (`ou-...`).
    pub parent_id: String,
    /// Accounts or organizational units.
    pub child_type: ChildType,
    /// Where to continue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// Page size, 1 to 20.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl ListChildrenInput {
    /// The first page of `parent_id`'s children of `child_type`.
    pub fn new(parent_id: impl Into<String>, child_type: ChildType) -> Self {
        ListChildrenInput { parent_id: parent_id.into(), child_type, next_token: None, max_results: None }
    }
}

/// `ListPoliciesForTarget`'s input (one page).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListPoliciesForTargetInput {
    /// The root, organizational unit or account.
    pub target_id: String,
    /// Which type of policy.
    pub filter: PolicyType,
    /// Where to continue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// Page size, 1 to 20.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl ListPoliciesForTargetInput {
    /// The first page of the policies of type `filter` attached directly to `target_id`.
    pub fn new(target_id: impl Into<String>, filter: PolicyType) -> Self {
        ListPoliciesForTargetInput { target_id: target_id.into(), filter, next_token: None, max_results: None }
    }
}

/// `DescribePolicy`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribePolicyInput {
    /// The policy (`p-...`).
    pub policy_id: String,
}

impl DescribePolicyInput {
    /// Describe `policy_id`.
    pub fn new(policy_id: impl Into<String>) -> Self {
        DescribePolicyInput { policy_id: policy_id.into() }
    }
}

/// Organizations' `ListTagsForResource` input (one page; the service has no page size here).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListOrganizationTagsInput {
    /// The account, organizational unit, root or policy.
    pub resource_id: String,
    /// Where to continue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListOrganizationTagsInput {
    /// The first page of `resource_id`'s tags.
    pub fn new(resource_id: impl Into<String>) -> Self {
        ListOrganizationTagsInput { resource_id: resource_id.into(), next_token: None }
    }
}

/// `ListDelegatedAdministrators`'s input (one page).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListDelegatedAdministratorsInput {
    /// Only the administrators of this service (`account.amazonaws.com`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_principal: Option<String>,
    /// Where to continue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// Page size, 1 to 20.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
}

impl ListDelegatedAdministratorsInput {
    /// The first page of every delegated administrator.
    pub fn new() -> Self {
        ListDelegatedAdministratorsInput::default()
    }
}

// ------------------------------------------------------------------------------------------------------------------
// STS.

/// `GetCallerIdentity`'s input (it has no members).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct GetCallerIdentityInput {}

impl GetCallerIdentityInput {
    /// Who signs the request.
    pub fn new() -> Self {
        GetCallerIdentityInput {}
    }
}

/// Who signs the requests: `GetCallerIdentity`'s answer.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CallerIdentity {
    /// The principal's unique id (the account id for the root user, `AROA...:session` for an assumed role).
    pub user_id: String,
    /// The account.
    pub account: AccountId,
    /// The principal's ARN (`arn:aws:iam::<account>:root`, `arn:aws:sts::<account>:assumed-role/<role>/<session>`).
    pub arn: String,
}

/// `AssumeRole`'s input: the members this library sends (session policies, tags and MFA are not modelled).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssumeRoleInput {
    /// The role (`arn:aws:iam::<account>:role/<name>`).
    pub role_arn: String,
    /// The session's name, 2 to 64 characters of `[\w+=,.@-]`.
    pub role_session_name: String,
    /// How long the credentials last, 900 to 43200 seconds (default 3600).
    #[serde(default, with = "crate::model::lenient_int", skip_serializing_if = "Option::is_none")]
    pub duration_seconds: Option<i32>,
    /// The external id the role's trust policy may require.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl AssumeRoleInput {
    /// Assume `role_arn` under `role_session_name`.
    pub fn new(role_arn: impl Into<String>, role_session_name: impl Into<String>) -> Self {
        AssumeRoleInput {
            role_arn: role_arn.into(),
            role_session_name: role_session_name.into(),
            duration_seconds: None,
            external_id: None,
        }
    }

    /// The role named `role_name` in `account`, as `arn:aws:iam::<account>:role/<role_name>`.
    pub fn role_arn_for(account: &AccountId, role_name: &str) -> String {
        format!("arn:aws:iam::{account}:role/{role_name}")
    }
}

/// Temporary credentials.
#[model]
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SessionCredentials {
    /// The access key id (`ASIA...`).
    pub access_key_id: String,
    /// The secret access key.
    pub secret_access_key: String,
    /// The session token, sent with every request signed with these credentials.
    pub session_token: String,
    /// When they expire.
    #[serde(with = "time::serde::rfc3339")]
    pub expiration: OffsetDateTime,
}

/// The secret and the token stay out of logs.
impl std::fmt::Debug for SessionCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionCredentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"<redacted>")
            .field("session_token", &"<redacted>")
            .field("expiration", &self.expiration)
            .finish()
    }
}

/// The assumed role's session.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssumedRoleUser {
    /// `AROA...:<session name>`.
    pub assumed_role_id: String,
    /// `arn:aws:sts::<account>:assumed-role/<role>/<session name>`.
    pub arn: String,
}

/// `AssumeRole`'s answer.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssumeRoleOutput {
    /// The temporary credentials.
    pub credentials: SessionCredentials,
    /// Who they act as.
    pub assumed_role_user: AssumedRoleUser,
}

/// A role ARN's account and role name (`arn:aws:iam::<account>:role/<path/><name>`).
pub fn parse_role_arn(arn: &str) -> Result<(AccountId, String)> {
    let bad = || Error::new(crate::ErrorKind::Validation, "ValidationError", format!("{arn} is not a valid role ARN"));
    let rest = arn.strip_prefix("arn:aws:iam::").ok_or_else(bad)?;
    let (account, resource) = rest.split_once(':').ok_or_else(bad)?;
    let account: AccountId = account.parse().map_err(|_| bad())?;
    let path = resource.strip_prefix("role/").ok_or_else(bad)?;
    let name = path.rsplit('/').next().filter(|n| !n.is_empty()).ok_or_else(bad)?;
    Ok((account, name.to_owned()))
}

// ------------------------------------------------------------------------------------------------------------------
// The services' member rules.

static_regex!(root_id, r"^r-[0-9a-z]{4,32}$");
static_regex!(ou_id, r"^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$");
static_regex!(policy_id, r"^p-[0-9a-zA-Z_]{8,128}$");
static_regex!(account_digits, r"^\d{12}$");
static_regex!(service_principal, r"^[\w+=,.@-]*$");
static_regex!(session_name, r"^[\w+=,.@-]*$");
static_regex!(external_id, r"^[\w+=,.@:/-]*$");
static_regex!(
    tagged_id,
    r"^(r-[0-9a-z]{4,32}|\d{12}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|p-[0-9a-zA-Z_]{8,128}|rp-[0-9a-zA-Z_]{4,128}|rt-[0-9a-zA-Z_]{8,32})$"
);

/// Whether `id` is a root id (`r-...`).
pub fn is_root_id(id: &str) -> bool {
    root_id().is_match(id)
}

/// Whether `id` is an organizational unit id (`ou-...`).
pub fn is_ou_id(id: &str) -> bool {
    ou_id().is_match(id)
}

/// Whether `id` is a policy id (`p-...`).
pub fn is_policy_id(id: &str) -> bool {
    policy_id().is_match(id)
}

fn page(v: &mut Validator, next_token: Option<&str>, max_results: Option<i32>) {
    if let Some(max) = max_results {
        v.range("MaxResults", i64::from(max), 1, 20);
    }
    v.optional_length("NextToken", next_token, 0, 100_000);
}

fn parent(v: &mut Validator, field: &str, id: &str) {
    if v.length(field, id, 1, 100) && !(is_root_id(id) || is_ou_id(id)) {
        v.fail(field, "must match the pattern ^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$");
    }
}

fn known<T>(v: &mut Validator, field: &str, value: &T, known: bool, values: String)
where
    T: std::fmt::Display,
{
    if !known {
        v.fail(field, format!("{:?} is not one of {values}", value.to_string()));
    }
}

macro_rules! rules {
    ($input:ident, |$s:ident, $v:ident| $body:block) => {
        impl Validate for $input {
            fn validate(&self) -> Result<()> {
                let $s = self;
                let mut $v = Validator::new();
                $body
                $v.finish()
            }
        }
    };
}

rules!(DescribeOrganizationInput, |_s, _v| {});
rules!(DescribeAccountInput, |_s, _v| {});
rules!(GetCallerIdentityInput, |_s, _v| {});
rules!(ListAccountsInput, |s, v| { page(&mut v, s.next_token.as_deref(), s.max_results) });
rules!(ListRootsInput, |s, v| { page(&mut v, s.next_token.as_deref(), s.max_results) });
rules!(ListAwsServiceAccessForOrganizationInput, |s, v| { page(&mut v, s.next_token.as_deref(), s.max_results) });
rules!(ListOrganizationalUnitsForParentInput, |s, v| {
    parent(&mut v, "ParentId", &s.parent_id);
    page(&mut v, s.next_token.as_deref(), s.max_results);
});
rules!(ListAccountsForParentInput, |s, v| {
    parent(&mut v, "ParentId", &s.parent_id);
    page(&mut v, s.next_token.as_deref(), s.max_results);
});
rules!(ListParentsInput, |s, v| {
    if v.length("ChildId", &s.child_id, 1, 100) && !(account_digits().is_match(&s.child_id) || is_ou_id(&s.child_id)) {
        v.fail("ChildId", "must match the pattern ^(\\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$");
    }
    page(&mut v, s.next_token.as_deref(), s.max_results);
});
rules!(ListChildrenInput, |s, v| {
    parent(&mut v, "ParentId", &s.parent_id);
    known(&mut v, "ChildType", &s.child_type, s.child_type.is_known(), ChildType::known_values());
    page(&mut v, s.next_token.as_deref(), s.max_results);
});
rules!(ListPoliciesForTargetInput, |s, v| {
    let id = &s.target_id;
    if v.length("TargetId", id, 1, 100) && !(is_root_id(id) || is_ou_id(id) || account_digits().is_match(id)) {
        v.fail("TargetId", "must match the pattern ^(r-[0-9a-z]{4,32})|(\\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$");
    }
    known(&mut v, "Filter", &s.filter, s.filter.is_known(), PolicyType::known_values());
    page(&mut v, s.next_token.as_deref(), s.max_results);
});
rules!(DescribePolicyInput, |s, v| {
    if v.length("PolicyId", &s.policy_id, 1, 130) && !is_policy_id(&s.policy_id) {
        v.fail("PolicyId", "must match the pattern ^p-[0-9a-zA-Z_]{8,128}$");
    }
});
rules!(ListOrganizationTagsInput, |s, v| {
    if v.length("ResourceId", &s.resource_id, 1, 130) {
        v.pattern("ResourceId", &s.resource_id, tagged_id(), "^(r-[0-9a-z]{4,32})|(\\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})|(^p-[0-9a-zA-Z_]{8,128})|(^rp-[0-9a-zA-Z_]{4,128})|(^rt-[0-9a-zA-Z_]{8,32})$");
    }
    v.optional_length("NextToken", s.next_token.as_deref(), 0, 100_000);
});
rules!(ListDelegatedAdministratorsInput, |s, v| {
    if let Some(principal) = &s.service_principal {
        if v.length("ServicePrincipal", principal, 1, 128) {
            v.pattern("ServicePrincipal", principal, service_principal(), "[\\w+=,.@-]*");
        }
    }
    page(&mut v, s.next_token.as_deref(), s.max_results);
});
rules!(AssumeRoleInput, |s, v| {
    v.length("RoleArn", &s.role_arn, 20, 2048);
    if v.length("RoleSessionName", &s.role_session_name, 2, 64) {
        v.pattern("RoleSessionName", &s.role_session_name, session_name(), "[\\w+=,.@-]*");
    }
    if let Some(seconds) = s.duration_seconds {
        v.range("DurationSeconds", i64::from(seconds), 900, 43_200);
    }
    if let Some(id) = &s.external_id {
        if v.length("ExternalId", id, 2, 1224) {
            v.pattern("ExternalId", id, external_id(), "[\\w+=,.@:/-]*");
        }
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(result: Result<()>) -> Vec<String> {
        result.unwrap_err().field_errors().iter().map(|f| f.name.clone()).collect()
    }

    #[test]
    fn ids_follow_the_model_patterns() {
        assert!(is_root_id("r-ab12"));
        assert!(!is_root_id("r-AB12"));
        assert!(is_ou_id("ou-ab12-abcdefgh"));
        assert!(!is_ou_id("ou-ab12-abc"));
        assert!(is_policy_id(FULL_AWS_ACCESS_POLICY_ID));
        assert!(!is_policy_id("p-short"));
    }

    #[test]
    fn list_inputs_check_pages_and_ids() {
        let mut input = ListAccountsInput::new();
        input.max_results = Some(21);
        assert_eq!(fields(input.validate()), ["MaxResults"]);
        input.max_results = Some(20);
        input.validate().unwrap();
        assert_eq!(fields(ListChildrenInput::new("x-1", ChildType::Account).validate()), ["ParentId"]);
        ListChildrenInput::new("ou-ab12-abcdefgh", ChildType::OrganizationalUnit).validate().unwrap();
        assert_eq!(
            fields(ListChildrenInput::new("r-ab12", ChildType::Unknown("USER".into())).validate()),
            ["ChildType"]
        );
        assert_eq!(fields(ListParentsInput::new("r-ab12").validate()), ["ChildId"]);
        ListParentsInput::new("111111111111").validate().unwrap();
        assert_eq!(fields(DescribePolicyInput::new("p-1").validate()), ["PolicyId"]);
        assert_eq!(fields(ListOrganizationTagsInput::new("nope").validate()), ["ResourceId"]);
        ListOrganizationTagsInput::new("p-FullAWSAccess").validate().unwrap();
    }

    #[test]
    fn assume_role_rules() {
        let input = AssumeRoleInput::new("arn:aws:iam::111111111111:role/OrganizationAccountAccessRole", "s");
        assert_eq!(fields(input.validate()), ["RoleSessionName"]);
        let mut input = AssumeRoleInput::new("arn:aws:iam::111111111111:role/R", "marketplane");
        input.duration_seconds = Some(60);
        assert_eq!(fields(input.validate()), ["DurationSeconds"]);
        assert_eq!(
            parse_role_arn("arn:aws:iam::111111111111:role/path/Admin").unwrap(),
            ("111111111111".parse().unwrap(), "Admin".to_owned())
        );
        assert_eq!(parse_role_arn("arn:aws:iam::111111111111:user/x").unwrap_err().code(), "ValidationError");
    }

    #[test]
    fn wire_forms() {
        let account = OrganizationAccount {
            id: "111111111111".parse().unwrap(),
            arn: "arn:aws:organizations::123456789012:account/o-aa111bb222/111111111111".into(),
            email: None,
            name: Some("A".into()),
            status: Some(OrganizationAccountStatus::Active),
            state: Some(AccountState::Active),
            paths: vec![],
            joined_method: Some(AccountJoinedMethod::Created),
            joined_timestamp: Some(OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap()),
        };
        let json = serde_json::to_value(&account).unwrap();
        assert_eq!(json["JoinedTimestamp"], 1_700_000_000);
        assert_eq!(json["JoinedMethod"], "CREATED");
        assert!(json.get("Email").is_none());
        let parent = serde_json::to_value(OrganizationParent { id: "r-ab12".into(), parent_type: ParentType::Root });
        assert_eq!(parent.unwrap(), serde_json::json!({"Id": "r-ab12", "Type": "ROOT"}));
    }
}
