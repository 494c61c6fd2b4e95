//! The service classes: each operation table through `service!`, with the facade's helpers beside it. Region
//! helpers have a handle of their own, as in the Rust facade (`client.regions`); the region operations stay on
//! `client.accounts` with the rest of their table.

use marketplane::facade::PaymentAnswer;
use marketplane::model::agreement::{
    AcceptorContact, Agreement, AgreementFilter, AgreementRequest, ApprovalStatus, ApprovalSummary,
    CancellationReasonCode, CancellationRequest, Charge, ContractConfiguration, CreateAgreementRequestInput,
    InvoiceLineItemGroup, PaymentRequest, RequestIntent,
};
use marketplane::model::catalog::offer::{OfferBuilder, OfferDetails, OfferSpec};
use marketplane::model::catalog::{ChangeSetDescription, StartChangeSetInput};
use marketplane::model::discovery::OfferTerm;
use marketplane::model::region::RegionOptStatus;
use marketplane::model::serverless::{Application, PolicyStatement};
use marketplane::model::{AccountId, OrganizationId, RegionName};
use marketplane::Client;
use pyo3::prelude::*;

use crate::service::service;
use crate::values::{estate_options, wait_options, AccountOutcome, AlternateContacts, FsPath, Progress, Seconds};
use marketplane::estate::{ApplyReport, AuditPolicy, AuditReport, DesiredState, Inventory, Plan};

macro_rules! accounts {
    ($($table:tt)*) => {
        service! {
            classes Accounts / AsyncAccounts, doc "AWS Account Management: contacts, primary email, account name and information, GovCloud information, phone verification and opt-in regions. Members named `account_id` act on another account of the organization (organizations mode).";
            helpers {
                /// All three alternate contacts of the caller's account, or of `account_id` (organizations mode).
                fn alternate_contacts(; account_id: Option<AccountId> = None) -> AlternateContacts =
                    |client: Client| async move {
                        client.accounts().alternate_contacts(account_id.as_ref()).await.map(AlternateContacts)
                    };
            }
            lists {}
            $($table)*
        }
    };
}
marketplane::account_operations!(accounts);

/// A region change of the facade (`ensure_*`, `*_and_wait`), acting on `account_id` when given.
async fn region_change(
    client: Client,
    region: RegionName,
    account_id: Option<AccountId>,
    enable: bool,
    wait: Option<marketplane::facade::WaitOptions>,
) -> marketplane::Result<RegionOptStatus> {
    let regions = client.regions();
    let mut change = match (enable, wait) {
        (true, None) => regions.ensure_enabled(region),
        (false, None) => regions.ensure_disabled(region),
        (true, Some(options)) => regions.enable_and_wait(region, options),
        (false, Some(options)) => regions.disable_and_wait(region, options),
    };
    if let Some(account) = account_id {
        change = change.account_id(account);
    }
    change.send().await
}

service! {
    classes Regions / AsyncRegions, doc "Opt-in regions: what the SDKs lack on top of the region operations (which are on `accounts`): idempotent changes, waiters, and the same across the accounts of an organization.";
    helpers {
        /// Enable the region unless it is already enabled or enabling (a region that is DISABLING is waited for
        /// first); the status after the call.
        fn ensure_enabled(region_name: RegionName; account_id: Option<AccountId> = None) -> RegionOptStatus =
            |client: Client| region_change(client, region_name, account_id, true, None);
        /// Disable the region unless it is already disabled or disabling; the status after the call.
        fn ensure_disabled(region_name: RegionName; account_id: Option<AccountId> = None) -> RegionOptStatus =
            |client: Client| region_change(client, region_name, account_id, false, None);
        /// Ensure the region is enabled and wait until it is ENABLED (or ENABLED_BY_DEFAULT); `WaitTimeoutError`
        /// after `timeout`. Polls after `initial_delay`, doubling up to `max_delay`.
        fn enable_and_wait(
            region_name: RegionName;
            account_id: Option<AccountId> = None,
            timeout: Seconds = Seconds::from_secs(3600),
            initial_delay: Seconds = Seconds::from_secs(1),
            max_delay: Seconds = Seconds::from_secs(30)
        ) -> RegionOptStatus = |client: Client| {
            let options = wait_options(timeout, initial_delay, max_delay);
            region_change(client, region_name, account_id, true, Some(options))
        };
        /// Ensure the region is disabled and wait until it is DISABLED; `WaitTimeoutError` after `timeout`.
        fn disable_and_wait(
            region_name: RegionName;
            account_id: Option<AccountId> = None,
            timeout: Seconds = Seconds::from_secs(3600),
            initial_delay: Seconds = Seconds::from_secs(1),
            max_delay: Seconds = Seconds::from_secs(30)
        ) -> RegionOptStatus = |client: Client| {
            let options = wait_options(timeout, initial_delay, max_delay);
            region_change(client, region_name, account_id, false, Some(options))
        };
        /// Enable the region on every account of `account_ids` and wait for each, all at once (the caller's own
        /// account directly, the others in organizations mode). Each account gets its own outcome: its final status,
        /// or the error it met.
        fn enable_and_wait_for_accounts(
            region_name: RegionName,
            account_ids: Vec<AccountId>;
            timeout: Seconds = Seconds::from_secs(3600),
            initial_delay: Seconds = Seconds::from_secs(1),
            max_delay: Seconds = Seconds::from_secs(30)
        ) -> Vec<AccountOutcome> = |client: Client| async move {
            let options = wait_options(timeout, initial_delay, max_delay);
            let outcomes = client.regions().enable_and_wait_for_accounts(&region_name, &account_ids, options).await;
            Ok(outcomes.into_iter().map(|(account, outcome)| AccountOutcome(account, outcome)).collect())
        };
    }
    lists {}
}

macro_rules! applications {
    ($($table:tt)*) => {
        service! {
            classes Applications / AsyncApplications, doc "The Serverless Application Repository: publish (also from a SAM template), version, share and deploy applications. Application ids are ARNs.";
            helpers {
                /// Share with accounts so they can find and deploy the application (the `Deploy` action); the policy.
                fn share_with_accounts(application_id: String, account_ids: Vec<AccountId>) -> Vec<PolicyStatement> =
                    |client: Client| async move {
                        client.applications().share_with_accounts(&application_id, &account_ids).await
                    };
                /// Share with every account of the caller's organization (with `UnshareApplication`, so the share can
                /// be revoked); the policy.
                fn share_with_organization(application_id: String, organization_id: OrganizationId)
                    -> Vec<PolicyStatement> = |client: Client| async move {
                        client.applications().share_with_organization(&application_id, organization_id).await
                    };
                /// Make the application public (it needs an OSI-approved license and a version with a source code
                /// URL); the policy.
                fn make_public(application_id: String) -> Vec<PolicyStatement> =
                    |client: Client| async move { client.applications().make_public(&application_id).await };
                /// Make the application private again: an empty policy.
                fn make_private(application_id: String) -> Vec<PolicyStatement> =
                    |client: Client| async move { client.applications().make_private(&application_id).await };
                /// Publish like `sam publish`: read the template's `AWS::ServerlessRepo::Application` metadata, take
                /// the license and readme from files next to it, and create the application, or add the template as
                /// a new version when the caller already has an application of that name.
                fn publish_sam(template_path: FsPath) -> Application =
                    |client: Client| async move { client.applications().publish_sam(&template_path.0).await };
            }
            lists {}
            $($table)*
        }
    };
}
marketplane::serverlessrepo_operations!(applications);

macro_rules! catalog {
    ($($table:tt)*) => {
        service! {
            classes Catalog / AsyncCatalog, doc "AWS Marketplace Catalog: entities, change sets, tags, resource policies, assessments, the private marketplace, and typed offers.";
            helpers {
                /// Poll a change set until it finishes (SUCCEEDED, FAILED or CANCELLED); its description.
                /// `WaitTimeoutError` after `timeout`.
                fn wait_for_change_set(
                    change_set_id: String;
                    timeout: Seconds = Seconds::from_secs(1800),
                    initial_delay: Seconds = Seconds::from_secs(1),
                    max_delay: Seconds = Seconds::from_secs(30)
                ) -> ChangeSetDescription = |client: Client| async move {
                    let options = wait_options(timeout, initial_delay, max_delay);
                    client.catalog().wait_for_change_set(&change_set_id, options).await
                };
                /// Start a change set and wait for it. A FAILED one raises `ValidationError` (code `ChangeSetFailed`)
                /// listing every change's errors; a CANCELLED one `ConflictError`.
                fn apply(input: StartChangeSetInput) -> ChangeSetDescription =
                    |client: Client| async move { client.catalog().apply(input).await };
                /// Build an offer from its spec (`ValidationError` lists every problem at once, before anything is
                /// sent), apply it as one change set, and return the new offer's id.
                fn publish_offer(spec: OfferSpec) -> String =
                    |client: Client| async move { client.catalog().publish_offer(OfferBuilder::from(spec)).await };
                /// An offer's details, typed.
                fn offer(offer_id: String) -> OfferDetails =
                    |client: Client| async move { client.catalog().offer(&offer_id).await };
            }
            lists {}
            $($table)*
        }
    };
}
marketplane::catalog_operations!(catalog);

macro_rules! discovery {
    ($($table:tt)*) => {
        service! {
            classes Discovery / AsyncDiscovery, doc "AWS Marketplace Discovery: what a buyer can find and buy: listings, products, offers and their terms, purchase options, fulfillment options, search and facets.";
            helpers {
                /// Every term of an offer, all pages.
                fn all_offer_terms(offer_id: String) -> Vec<OfferTerm> =
                    |client: Client| async move { client.discovery().all_offer_terms(&offer_id).await };
            }
            lists {}
            $($table)*
        }
    };
}
marketplane::discovery_operations!(discovery);

macro_rules! agreements {
    ($($table:tt)*) => {
        service! {
            classes Agreements / AsyncAgreements, doc "AWS Marketplace Agreement: request an offer, accept it with purchase orders, and live with the agreement: terms, entitlements, charges, payment requests, invoices, approvals, upgrades and cancellation.";
            helpers {
                /// Request an offer: its proposal and every term as Discovery shows them, with `configuration` for a
                /// contract the buyer configures; `intent` and `source_agreement_id` make it an amendment (upgrade)
                /// or a replacement. The request, with its charges.
                fn request_offer(
                    offer_id: String;
                    configuration: Option<ContractConfiguration> = None,
                    intent: RequestIntent = RequestIntent::New,
                    source_agreement_id: Option<String> = None
                ) -> AgreementRequest = |client: Client| async move {
                    client
                        .agreements()
                        .request_offer(&offer_id, configuration, intent, source_agreement_id.as_deref())
                        .await
                };
                /// What `request_offer` sends, to adjust (estimated taxes, the acceptor contact) before
                /// `create_agreement_request`.
                fn offer_request(
                    offer_id: String;
                    configuration: Option<ContractConfiguration> = None,
                    intent: RequestIntent = RequestIntent::New,
                    source_agreement_id: Option<String> = None
                ) -> CreateAgreementRequestInput = |client: Client| async move {
                    client
                        .agreements()
                        .offer_request(&offer_id, configuration, intent, source_agreement_id.as_deref())
                        .await
                };
                /// Accept a request with one purchase order number for every charge; the new agreement's id.
                fn accept_with_purchase_order(request: AgreementRequest, purchase_order: String) -> String =
                    |client: Client| async move {
                        client.agreements().accept_with_purchase_order(&request, &purchase_order).await
                    };
                /// Every agreement matching `filters` (the caller as buyer unless a `PartyType` filter says
                /// otherwise), collected.
                fn all(; filters: Vec<AgreementFilter> = Vec::new()) -> Vec<Agreement> =
                    |client: Client| async move { client.agreements().all(filters).await };
                /// Ask the organization's administrators to approve an agreement request before it is accepted.
                fn start_approval(agreement_request_id: String, name: String) -> ApprovalSummary =
                    |client: Client| async move {
                        client.agreements().start_approval(&agreement_request_id, &name).await
                    };
                /// Approvals the caller asked for, or (`admin`) is to decide as an organization administrator.
                fn approvals(; admin: bool = false, status: Option<ApprovalStatus> = None) -> Vec<ApprovalSummary> =
                    |client: Client| async move { client.agreements().approvals(admin, status).await };
                /// Approve (`approve=True`) or reject an approval, as the organization's management account or a
                /// delegated administrator.
                fn decide_approval(agreement_approval_id: String, approve: bool; note: Option<String> = None) -> () =
                    |client: Client| async move {
                        client.agreements().decide_approval(&agreement_approval_id, approve, note.as_deref()).await
                    };
                /// The seller asks the buyer to agree to cancel an agreement.
                fn send_cancellation_request(
                    agreement_id: String,
                    reason_code: CancellationReasonCode;
                    description: Option<String> = None
                ) -> CancellationRequest = |client: Client| async move {
                    client
                        .agreements()
                        .send_cancellation_request(&agreement_id, reason_code, description.as_deref())
                        .await
                };
                /// The buyer accepts (`accept=True`: the agreement is cancelled) or rejects a cancellation request.
                fn answer_cancellation_request(agreement_id: String, request_id: String, accept: bool)
                    -> CancellationRequest = |client: Client| async move {
                        client.agreements().answer_cancellation_request(&agreement_id, &request_id, accept).await
                    };
                /// The buyer rejects a cancellation request, saying why; the agreement goes on.
                fn reject_cancellation_request(agreement_id: String, request_id: String, reason: String)
                    -> CancellationRequest = |client: Client| async move {
                        client.agreements().reject_cancellation_request(&agreement_id, &request_id, &reason).await
                    };
                /// The seller withdraws a cancellation request the buyer has not answered.
                fn withdraw_cancellation_request(agreement_id: String, request_id: String, reason: String)
                    -> CancellationRequest = |client: Client| async move {
                        client.agreements().withdraw_cancellation_request(&agreement_id, &request_id, &reason).await
                    };
                /// The seller asks the buyer to pay `amount` under the agreement's variable payment term `term_id`:
                /// VALIDATING, then PENDING_APPROVAL, or VALIDATION_FAILED past the term's maximum.
                fn send_payment_request(
                    agreement_id: String,
                    term_id: String,
                    name: String,
                    amount: String;
                    description: Option<String> = None
                ) -> PaymentRequest = |client: Client| async move {
                    client
                        .agreements()
                        .send_payment_request(&agreement_id, &term_id, &name, &amount, description.as_deref())
                        .await
                };
                /// A payment request, as the seller or the buyer sees it.
                fn payment_request(agreement_id: String, payment_request_id: String) -> PaymentRequest =
                    |client: Client| async move {
                        client.agreements().payment_request(&agreement_id, &payment_request_id).await
                    };
                /// The buyer approves a payment request (`approve=True`: charged at once, against `purchase_order`
                /// if given) or rejects it (with `reason`).
                fn answer_payment_request(
                    agreement_id: String,
                    payment_request_id: String,
                    approve: bool;
                    purchase_order: Option<String> = None,
                    reason: Option<String> = None
                ) -> PaymentRequest = |client: Client| async move {
                    let answer = if approve {
                        PaymentAnswer::Approve { purchase_order: purchase_order.as_deref() }
                    } else {
                        PaymentAnswer::Reject { reason: reason.as_deref() }
                    };
                    client.agreements().answer_payment_request(&agreement_id, &payment_request_id, answer).await
                };
                /// The seller withdraws a payment request the buyer has not answered.
                fn cancel_payment_request(agreement_id: String, payment_request_id: String) -> PaymentRequest =
                    |client: Client| async move {
                        client.agreements().cancel_payment_request(&agreement_id, &payment_request_id).await
                    };
                /// Every payment request the caller sent (`as_seller`) or received, optionally of one agreement.
                fn payment_requests(; as_seller: bool = false, agreement_id: Option<String> = None)
                    -> Vec<PaymentRequest> = |client: Client| async move {
                        client.agreements().payment_requests(as_seller, agreement_id.as_deref()).await
                    };
                /// An agreement's invoices and credit memos, oldest first, all pages.
                fn invoices(agreement_id: String) -> Vec<InvoiceLineItemGroup> =
                    |client: Client| async move { client.agreements().invoices(&agreement_id).await };
                /// Who accepted an agreement (the seller reads it to reach the buyer); `None` when nobody is on
                /// record.
                fn acceptor_contact(agreement_id: String) -> Option<AcceptorContact> =
                    |client: Client| async move { client.agreements().acceptor_contact(&agreement_id).await };
                /// Active agreements the caller bought whose term ends within `window` from now, soonest first.
                fn renewals_due(window: Seconds) -> Vec<Agreement> =
                    |client: Client| async move { client.agreements().renewals_due(window.0).await };
                /// The total value of the caller's active agreements, per currency (`{"USD": "120000.00"}`).
                fn total_contract_value() -> std::collections::BTreeMap<String, String> =
                    |client: Client| async move { client.agreements().total_contract_value().await };
                /// The caller's charges grouped by purchase order reference (charges without one under `""`).
                fn charges_by_purchase_order() -> std::collections::BTreeMap<String, Vec<Charge>> =
                    |client: Client| async move { client.agreements().charges_by_purchase_order().await };
                /// Upgrade an agreement with an offer (more units or a higher tier), accepted at once; the new
                /// agreement's id.
                fn upgrade(agreement_id: String, offer_id: String, configuration: ContractConfiguration) -> String =
                    |client: Client| async move {
                        client.agreements().upgrade(&agreement_id, &offer_id, configuration).await
                    };
            }
            lists {
                /// Every agreement matching `filters` (the caller as buyer unless a `PartyType` filter says
                /// otherwise), page after page.
                fn agreements(; filters: Vec<AgreementFilter> = Vec::new()) -> Agreement = |client: &Client| {
                    let mut list = client.agreements().agreements(filters);
                    list.input_mut().clone()
                };
            }
            $($table)*
        }
    };
}
marketplane::agreement_operations!(agreements);

macro_rules! organizations {
    ($($table:tt)*) => {
        service! {
            classes Organizations / AsyncOrganizations, doc "AWS Organizations, the read side: the organization, its accounts, roots, organizational units, policies, tags, trusted services and delegated administrators.";
            helpers {}
            lists {}
            $($table)*
        }
    };
}
marketplane::organizations_operations!(organizations);

macro_rules! sts {
    ($($table:tt)*) => {
        service! {
            classes Sts / AsyncSts, doc "AWS STS: who the caller is (`get_caller_identity`) and a role's temporary credentials (`assume_role`).";
            helpers {}
            lists {}
            $($table)*
        }
    };
}
marketplane::sts_operations!(sts);

service! {
    classes Estate / AsyncEstate, doc "The estate: every account of the organization inventoried, audited against the partner checklists, and brought to a desired state (contacts, Regions) at Account Management's request rates. Each method takes `concurrency` (accounts at once, default 16) and `paced` (keep to the published quotas, default True).";
    helpers {
        /// Every account with its organization, unit path, tags, contacts and Regions; reads that fail are recorded
        /// on the account (`read_errors`), not raised.
        fn inventory(; concurrency: u32 = 16, paced: bool = true, progress: Progress = Progress::default())
            -> Inventory = |client: Client| async move {
                client.estate().with_options(estate_options(concurrency, paced, progress)?).inventory().await
            };
        /// The audit: every check the policy asks for, each finding PASS, FAIL, NOT_EVALUABLE (AccessDenied never
        /// stops it) or NOT_APPLICABLE.
        fn audit(policy: AuditPolicy; concurrency: u32 = 16, paced: bool = true, progress: Progress = Progress::default())
            -> AuditReport = |client: Client| async move {
                client.estate().with_options(estate_options(concurrency, paced, progress)?).audit(&policy).await
            };
        /// What would change to reach `desired`, account by account (reads only).
        fn plan(desired: DesiredState; concurrency: u32 = 16, paced: bool = true) -> Plan =
            |client: Client| async move {
                client.estate().with_options(estate_options(concurrency, paced, Progress::default())?).plan(&desired).await
            };
        /// Apply `plan`, calling `progress` with each `ProgressEvent`; each change gets its own outcome. Planning
        /// again after a stop gives exactly what is left.
        fn apply(plan: Plan; concurrency: u32 = 16, paced: bool = true, progress: Progress = Progress::default())
            -> ApplyReport = |client: Client| async move {
                client.estate().with_options(estate_options(concurrency, paced, progress)?).apply(&plan).await
            };
    }
    lists {}
}

/// Every service class, with the client attribute that holds it.
pub fn register(module: &Bound<'_, pyo3::types::PyModule>) -> PyResult<()> {
    Accounts::register(module)?;
    Regions::register(module)?;
    Applications::register(module)?;
    Catalog::register(module)?;
    Discovery::register(module)?;
    Agreements::register(module)?;
    Organizations::register(module)?;
    Sts::register(module)?;
    Estate::register(module)
}

/// The stubs of every service class.
pub fn stubs(stubs: &mut marketplane::python::Stubs) -> Vec<String> {
    [
        Accounts::stubs(stubs),
        Regions::stubs(stubs),
        Applications::stubs(stubs),
        Catalog::stubs(stubs),
        Discovery::stubs(stubs),
        Agreements::stubs(stubs),
        Organizations::stubs(stubs),
        Sts::stubs(stubs),
        Estate::stubs(stubs),
    ]
    .into_iter()
    .flatten()
    .collect()
}
