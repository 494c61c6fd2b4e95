//! `client.estate()`: the organization's accounts as one estate — an [inventory](Estate::inventory) of every account
//! (organization, unit path, tags, contacts, Regions), an [audit](Estate::audit) against the partner checklists'
//! automatable checks (seeds 001 and 004, `spec/partner-checklists.md` Part C), and a [plan](Estate::plan) from a
//! desired state (alternate contacts, Regions) that [apply](Estate::apply) carries out at the pace of Account
//! Management's published quotas.
//!
//! The estate is read from the management account (or a delegated administrator): Account Management's calls name
//! the other accounts with `AccountId`, and the caller's own account (learnt from STS `GetCallerIdentity`) without it.
//! Reads that fail do not stop the run: each is recorded on its account and the checks it feeds become
//! `NOT_EVALUABLE`.
//!
//! ```no_run
//! use marketplane::estate::{AuditPolicy, ChangeOutcome, CheckStatus, DesiredState};
//! use marketplane::model::account::{AlternateContact, AlternateContactType};
//!
//! async fn estate(client: &marketplane::Client) -> marketplane::Result<()> {
//! let estate = client.estate().on_progress(|e| eprintln!("{} {}/{}", e.phase, e.done, e.total));
//! let inventory = estate.inventory().await?;          // every account: organization, unit path, tags, contacts, Regions
//! let policy = AuditPolicy::default()
//!     .with_distribution_lists(["@lists.example.com".to_owned()]) // addresses, or whole domains with a leading @
//!     .with_owned_phone_numbers(["+1 206 555 0100".to_owned()]);
//! let report = estate.audit(&policy).await?;
//! for f in report.findings.iter().filter(|f| f.status == CheckStatus::Fail) {
//!     println!("{} {} {} {}", f.check, f.account_id, f.control, f.detail);
//! }
//! let desired = DesiredState::default()                // overwrite: false (only missing contacts), every active account
//!     .with_contacts([AlternateContact::new(AlternateContactType::Security, "SOC", "Security", "soc@lists.example.com", "+1 206 555 0100")])
//!     .with_regions(vec!["af-south-1".parse()?]);
//! let plan = estate.plan(&desired).await?;            // reads only: what would change, per account
//! let report = estate.apply(&plan).await?;            // each change APPLIED, UNCHANGED, FAILED or CANCELLED
//! println!("{} applied, {} failed", report.count(&ChangeOutcome::Applied), report.count(&ChangeOutcome::Failed));
//! let again = estate.plan(&desired).await?;           // converged: empty unless something failed
//! Ok(())
//! }
//! ```

pub mod checklist;
mod checks;
mod collect;
mod plan;
pub mod quota;

use std::sync::Arc;

use marketplane_macros::model;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::facade::AlternateContacts;
use crate::model::account::{AlternateContact, AlternateContactType, ContactInformation};
use crate::model::organizations::{
    AccountJoinedMethod, Organization, OrganizationAccountStatus, OrganizationFeatureSet,
};
use crate::model::region::Region;
use crate::model::{open_enum, AccountId, RegionName, StringMap};

pub use checklist::{applicable_msp_versions, ChecklistRelease, VersionApplicability, VersionPurpose};
pub use checks::audit_inventory;
use quota::Pacer;
pub use quota::{Quotas, RateQuota};

open_enum!(
    /// The outcome of one check.
    CheckStatus {
        /// The APIs show the check is met.
        Pass => "PASS",
        /// The APIs show the check is not met.
        Fail => "FAIL",
        /// The APIs could not decide (access denied, a read failed, a registry is missing, a state is in flux).
        NotEvaluable => "NOT_EVALUABLE",
        /// The check does not apply here (the management account for SCPs, a question answered "No").
        NotApplicable => "NOT_APPLICABLE",
    }
);

open_enum!(
    /// How a Retail Competency solution is delivered (checklist 001, prerequisite 1.3).
    DeliveryType {
        /// Software as a service, in the partner's accounts.
        Saas => "SAAS",
        /// Deployed into the customer's accounts.
        CustomerDeployed => "CUSTOMER_DEPLOYED",
    }
);

open_enum!(
    /// What a planned change does.
    ChangeKind {
        /// `PutAlternateContact`.
        PutAlternateContact => "PUT_ALTERNATE_CONTACT",
        /// `EnableRegion` (and, when asked, wait until it is ENABLED).
        EnableRegion => "ENABLE_REGION",
    }
);

open_enum!(
    /// How one change of a plan ended.
    ChangeOutcome {
        /// Done.
        Applied => "APPLIED",
        /// Already as wanted when applied (someone else did it since the plan).
        Unchanged => "UNCHANGED",
        /// The service refused it or it could not be sent; the detail says why.
        Failed => "FAILED",
        /// Not attempted: the run was stopped first.
        Cancelled => "CANCELLED",
    }
);

/// One finding of an audit.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Finding {
    /// The check (`CHK-CONTACT-ALT-PRESENT`, ...).
    pub check: String,
    /// The account it is about (for checks of the organization or of the seller, the management or calling account).
    pub account_id: AccountId,
    /// The outcome.
    pub status: CheckStatus,
    /// The checklist control it serves, namespaced by checklist and version (`msp/7.1/SEC-003 [A-CONTACTS]`).
    pub control: String,
    /// What was found, in a sentence.
    pub detail: String,
    /// The alternate contact type, for the per-type contact checks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_type: Option<AlternateContactType>,
    /// The resource, where the finding is about one (a policy, a service principal, an application, a product).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
}

/// A checklist the audit follows, with the dates that make it the one to use.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ChecklistUsed {
    /// `AWS MSP Program Validation Checklist` or `AWS Retail Competency Technology Partner Validation Checklist`.
    pub name: String,
    /// Its version (`7.1`).
    pub version: String,
    /// When it was released (`2025-08`).
    pub released: String,
    /// Why this version (the rule of Part B.2 that chose it).
    pub note: String,
}

/// The outcome of an audit.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AuditReport {
    /// The date the checklist versions were chosen for (ISO, `2026-03-16`).
    pub as_of: String,
    /// The checklists and versions the controls refer to.
    pub checklists: Vec<ChecklistUsed>,
    /// Every finding, account by account.
    pub findings: Vec<Finding>,
}

impl AuditReport {
    /// Whether any finding is a FAIL.
    pub fn has_failures(&self) -> bool {
        self.findings.iter().any(|f| f.status == CheckStatus::Fail)
    }

    /// The findings of `check` (for one account when given).
    pub fn of(&self, check: &str, account: Option<&AccountId>) -> Vec<&Finding> {
        self.findings.iter().filter(|f| f.check == check && account.into_iter().all(|a| &f.account_id == a)).collect()
    }
}

/// A read that failed while the estate was gathered.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ReadError {
    /// The operation (`GetAlternateContact(SECURITY)`, `ListRegions`).
    pub operation: String,
    /// The service's error code.
    pub code: String,
    /// Its message.
    pub message: String,
    /// Whether the caller was refused (AccessDenied): the check is not evaluable rather than failed.
    pub access_denied: bool,
}

impl ReadError {
    fn new(operation: impl Into<String>, err: &Error) -> Self {
        ReadError {
            operation: operation.into(),
            code: err.code().to_owned(),
            message: err.message().to_owned(),
            access_denied: err.kind() == crate::ErrorKind::AccessDenied,
        }
    }
}

/// An account of the estate.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EstateAccount {
    /// Its id.
    pub account_id: AccountId,
    /// Its name in the organization.
    pub name: Option<String>,
    /// Its root email, as the organization knows it.
    pub email: Option<String>,
    /// Its status in the organization.
    pub status: Option<OrganizationAccountStatus>,
    /// How it joined.
    pub joined_method: Option<AccountJoinedMethod>,
    /// Whether it is the organization's management account.
    pub management: bool,
    /// The id of its parent (root or unit).
    pub parent_id: Option<String>,
    /// The names of the units from the root down to its parent (empty directly under the root).
    pub ou_path: Vec<String>,
    /// The ids of the same units.
    pub ou_ids: Vec<String>,
    /// Its tags.
    pub tags: StringMap,
    /// The service control policies attached to the account itself.
    pub policy_ids: Vec<String>,
    /// The primary contact, when it could be read.
    pub primary_contact: Option<ContactInformation>,
    /// The alternate contacts that are set.
    pub alternate_contacts: AlternateContacts,
    /// Its Regions and their opt-in status (empty when they could not be read).
    pub regions: Vec<Region>,
    /// What could not be read.
    pub read_errors: Vec<ReadError>,
}

impl EstateAccount {
    /// The unit path as text (`Workloads/Prod`; empty under the root).
    pub fn path(&self) -> String {
        self.ou_path.join("/")
    }

    /// The read error of `operation`, if it failed.
    pub fn read_error(&self, operation: &str) -> Option<&ReadError> {
        self.read_errors.iter().find(|e| e.operation == operation)
    }
}

/// An organizational unit.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EstateUnit {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its parent's id.
    pub parent_id: String,
    /// Names from the root down, itself included.
    pub path: Vec<String>,
    /// The service control policies attached to it.
    pub policy_ids: Vec<String>,
}

/// A service control policy.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EstatePolicy {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Whether AWS manages it (`FullAWSAccess`).
    pub aws_managed: bool,
    /// Its document, when it could be read.
    pub content: Option<String>,
}

/// A delegated administrator of a service.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Delegation {
    /// The account.
    pub account_id: AccountId,
    /// The service it administers.
    pub service_principal: String,
}

/// Every account of the estate, with what the audit needs of the organization around them.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Inventory {
    /// Who read it.
    pub caller: AccountId,
    /// The organization (none for a standalone account).
    pub organization: Option<Organization>,
    /// The root's id.
    pub root_id: Option<String>,
    /// Whether service control policies are enabled on the root.
    pub scps_enabled: bool,
    /// The service control policies attached to the root.
    pub root_policy_ids: Vec<String>,
    /// Every organizational unit.
    pub units: Vec<EstateUnit>,
    /// Every service control policy attached somewhere.
    pub policies: Vec<EstatePolicy>,
    /// The services with trusted access.
    pub service_access: Vec<String>,
    /// The delegated administrators.
    pub delegated_administrators: Vec<Delegation>,
    /// Every account, by id.
    pub accounts: Vec<EstateAccount>,
    /// What could not be read of the organization itself.
    pub read_errors: Vec<ReadError>,
}

impl Inventory {
    /// The account `id`, if it is in the estate.
    pub fn account(&self, id: &AccountId) -> Option<&EstateAccount> {
        self.accounts.iter().find(|a| &a.account_id == id)
    }

    /// Whether the organization has all features (service control policies, trusted access).
    pub fn all_features(&self) -> bool {
        self.organization.as_ref().is_some_and(|o| o.feature_set == OrganizationFeatureSet::All)
    }

    /// The read error of `operation` on the organization, if it failed.
    pub fn read_error(&self, operation: &str) -> Option<&ReadError> {
        self.read_errors.iter().find(|e| e.operation == operation)
    }
}

/// What an audit checks against: the registries and conventions the APIs cannot know (Part C.2 `EstatePolicy`).
#[model]
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuditPolicy {
    /// The distribution-list registry: addresses (`ops@example.com`) or whole domains (`@lists.example.com`) that
    /// are lists. Empty: CHK-CONTACT-DL is not evaluable.
    pub distribution_lists: Vec<String>,
    /// Phone numbers the partner or customer owns. When given, every contact phone must be one of them.
    pub owned_phone_numbers: Vec<String>,
    /// Personal numbers that must not be contact phones (used when no owned-number registry is given).
    pub personal_phone_numbers: Vec<String>,
    /// Also hold the root email (the organization's `Account.Email`) to the distribution-list registry.
    #[serde(default)]
    pub include_root_email: bool,
    /// The tag key naming an account's customer (default `customer`).
    pub customer_tag: Option<String>,
    /// The prefix of units named after a customer (default `customer-`).
    pub customer_unit_prefix: Option<String>,
    /// The tag key whose value `true` marks a production account (default `production`).
    pub production_tag: Option<String>,
    /// Accounts offboarded from managed services (CHK-OFFBOARDED).
    pub offboarded_accounts: Vec<AccountId>,
    /// The partner's email domains (`partner.example`), which offboarded accounts must no longer use.
    pub partner_email_domains: Vec<String>,
    /// The service principals CHK-ORG-SERVICE-ACCESS looks for (default: CloudTrail, Security Hub, GuardDuty, IAM
    /// Identity Center, IAM Access Analyzer, Health).
    pub service_principals: Vec<String>,
    /// Retail prerequisite 4.3, "Is the solution offered through AWS Marketplace?" (unset: CHK-MP-PUBLIC-LISTING is
    /// not applicable).
    pub retail_marketplace_listing: Option<bool>,
    /// Retail prerequisite 1.3, the delivery type (unset: CHK-MP-DELIVERY-CONSISTENCY is not applicable).
    pub retail_delivery_type: Option<DeliveryType>,
    /// Retail prerequisite 1.4, the customer count the partner states (CHK-MP-CUSTOMER-LOWER-BOUND compares).
    pub retail_customer_count: Option<u32>,
    /// Run the seller checks (CHK-MP-*) in the calling account.
    #[serde(default)]
    pub marketplace: bool,
    /// Look for publicly shared Serverless Application Repository applications in every account (CHK-SAR-PUBLIC).
    #[serde(default)]
    pub serverless_applications: bool,
    /// The date that chooses the checklist versions (ISO; default today).
    pub as_of: Option<String>,
}

impl Default for AuditPolicy {
    /// Every check on, no registries, today's checklist versions.
    fn default() -> Self {
        AuditPolicy {
            distribution_lists: Vec::new(),
            owned_phone_numbers: Vec::new(),
            personal_phone_numbers: Vec::new(),
            include_root_email: false,
            customer_tag: None,
            customer_unit_prefix: None,
            production_tag: None,
            offboarded_accounts: Vec::new(),
            partner_email_domains: Vec::new(),
            service_principals: Vec::new(),
            retail_marketplace_listing: None,
            retail_delivery_type: None,
            retail_customer_count: None,
            marketplace: true,
            serverless_applications: true,
            as_of: None,
        }
    }
}

impl AuditPolicy {
    /// The default policy: every check on, no registries.
    pub fn new() -> Self {
        AuditPolicy::default()
    }
}

/// What the estate should look like: alternate contacts per type, Regions enabled.
#[model]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct DesiredState {
    /// The alternate contacts every account should have (at most one per type).
    pub contacts: Vec<AlternateContact>,
    /// Replace contacts that are set but differ (otherwise only missing ones are added).
    #[serde(default)]
    pub overwrite: bool,
    /// Regions every account should have enabled.
    pub regions: Vec<RegionName>,
    /// Only these accounts (default: every active account of the estate).
    pub accounts: Vec<AccountId>,
    /// Wait for enabled Regions to be ENABLED (and plan a change for Regions still ENABLING).
    #[serde(default)]
    pub wait_for_regions: bool,
}

/// One change of a plan.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlannedChange {
    /// The account.
    pub account_id: AccountId,
    /// What it does.
    pub kind: ChangeKind,
    /// The contact to put, for PUT_ALTERNATE_CONTACT.
    pub contact: Option<AlternateContact>,
    /// The Region to enable, for ENABLE_REGION.
    pub region: Option<RegionName>,
    /// What is there now and what will be, in a sentence.
    pub detail: String,
}

/// An account the plan could not decide about.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlanSkip {
    /// The account.
    pub account_id: AccountId,
    /// Why (the read that failed).
    pub detail: String,
}

/// What would change, account by account.
#[model]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Plan {
    /// The changes, in account order.
    pub changes: Vec<PlannedChange>,
    /// Accounts already as desired.
    pub unchanged: Vec<AccountId>,
    /// Accounts that could not be read.
    pub skipped: Vec<PlanSkip>,
    /// Wait for enabled Regions to be ENABLED.
    #[serde(default)]
    pub wait_for_regions: bool,
}

impl Plan {
    /// Whether applying it would do nothing.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// How one change ended.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AppliedChange {
    /// The change.
    pub change: PlannedChange,
    /// How it ended.
    pub outcome: ChangeOutcome,
    /// The error or final state.
    pub detail: String,
}

/// The outcome of applying a plan.
#[model]
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct ApplyReport {
    /// Every change with its outcome.
    pub results: Vec<AppliedChange>,
}

impl ApplyReport {
    /// How many changes ended with `outcome`.
    pub fn count(&self, outcome: &ChangeOutcome) -> usize {
        self.results.iter().filter(|r| &r.outcome == outcome).count()
    }
}

/// A step of a run, for progress bars and logs.
#[model]
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ProgressEvent {
    /// `inventory` (an account was read) or `apply` (a change ended).
    pub phase: String,
    /// Steps done so far.
    pub done: u64,
    /// Steps in all.
    pub total: u64,
    /// The account of this step.
    pub account_id: Option<AccountId>,
    /// What happened.
    pub message: String,
}

/// A progress callback: called from the run's tasks, so it must be quick and thread-safe.
pub type ProgressFn = Arc<dyn Fn(&ProgressEvent) + Send + Sync>;

/// How an estate run goes.
#[derive(Clone)]
pub struct EstateOptions {
    /// Accounts read or changed at once (default 16).
    pub concurrency: usize,
    /// The request rates to keep to (default: Account Management's published quotas).
    pub quotas: Quotas,
    /// How many times a throttled call is tried again, after the client's own retries (default 8).
    pub throttle_retries: u32,
    /// Called after each step.
    pub progress: Option<ProgressFn>,
    /// Checked before each step; once set the run stops starting new work (Ctrl-C).
    pub cancel: Option<Arc<std::sync::atomic::AtomicBool>>,
}

impl Default for EstateOptions {
    fn default() -> Self {
        EstateOptions {
            concurrency: 16,
            quotas: Quotas::published(),
            throttle_retries: 8,
            progress: None,
            cancel: None,
        }
    }
}

impl std::fmt::Debug for EstateOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EstateOptions")
            .field("concurrency", &self.concurrency)
            .field("quotas", &self.quotas)
            .field("throttle_retries", &self.throttle_retries)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

/// The estate operations of a client; see the module documentation.
#[derive(Debug, Clone)]
pub struct Estate {
    client: Client,
    options: EstateOptions,
    pacer: Pacer,
}

impl Estate {
    pub(crate) fn new(client: Client) -> Self {
        let options = EstateOptions::default();
        let pacer = Pacer::new(options.quotas.clone());
        Estate { client, options, pacer }
    }

    /// The same estate with `options` (concurrency, quotas, progress, cancellation).
    pub fn with_options(mut self, options: EstateOptions) -> Self {
        self.pacer = Pacer::new(options.quotas.clone());
        self.options = options;
        self
    }

    /// How this estate runs.
    pub fn options(&self) -> &EstateOptions {
        &self.options
    }

    /// The same estate reporting progress to `progress`.
    pub fn on_progress(mut self, progress: impl Fn(&ProgressEvent) + Send + Sync + 'static) -> Self {
        self.options.progress = Some(Arc::new(progress));
        self
    }

    /// Every account with its organization, unit path, tags, contacts and Regions. Reads that fail are recorded on
    /// the account (or the inventory) rather than failing the whole; only not knowing who the caller is fails.
    pub async fn inventory(&self) -> Result<Inventory> {
        collect::inventory(self).await
    }

    /// The audit: the inventory, the seller and application reads the policy asks for, and every check.
    pub async fn audit(&self, policy: &AuditPolicy) -> Result<AuditReport> {
        let as_of = checklist::parse_as_of(policy.as_of.as_deref())?;
        let inventory = self.inventory().await?;
        let extra = collect::audit_extras(self, &inventory, policy).await;
        Ok(checks::audit(&inventory, &extra, policy, as_of))
    }

    /// What would change to reach `desired`, account by account (reads only).
    pub async fn plan(&self, desired: &DesiredState) -> Result<Plan> {
        plan::plan(self, desired).await
    }

    /// Apply `plan`, at most `concurrency` accounts at once and each operation at its quota, backing off when
    /// throttled. Each change gets its own outcome; run [`plan`](Self::plan) again to converge after a stop.
    pub async fn apply(&self, plan: &Plan) -> Result<ApplyReport> {
        plan::apply(self, plan).await
    }

    fn progress(&self, event: ProgressEvent) {
        if let Some(progress) = &self.options.progress {
            progress(&event);
        }
    }

    fn cancelled(&self) -> bool {
        self.options.cancel.as_ref().is_some_and(|c| c.load(std::sync::atomic::Ordering::SeqCst))
    }

    /// Send `call` once `operation`'s token is in hand, trying again (paced) while it is throttled.
    async fn paced<T, F, Fut>(&self, operation: &str, call: F) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<T>>,
    {
        let mut attempt = 0;
        loop {
            self.pacer.acquire(operation).await;
            match call().await {
                Err(err) if err.kind() == crate::ErrorKind::Throttled && attempt < self.options.throttle_retries => {
                    attempt += 1;
                    self.pacer.throttled(operation);
                    let backoff = std::time::Duration::from_millis(200u64 << attempt.min(5));
                    tokio::time::sleep(backoff).await;
                }
                other => return other,
            }
        }
    }
}

impl Client {
    /// The estate: inventory, audit, plan and apply over every account of the organization.
    pub fn estate(&self) -> Estate {
        Estate::new(self.clone())
    }
}

#[cfg(test)]
mod tests;
