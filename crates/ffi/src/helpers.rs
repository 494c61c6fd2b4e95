//! The facade's helpers that are more than one operation: waiters, idempotent region changes, sharing shortcuts,
//! SAM publishing, offers from an `OfferSpec` (and `build_offer`, which only builds its changes), the agreement
//! workflows. Each is a thin call into the core facade, exported blocking and `async` from one body. The crate's
//! tests check that every facade method that is not one operation of a table has its helper here.

use std::time::Duration;

use marketplane::facade::{AlternateContacts, PaymentAnswer, WaitOptions};
use marketplane::ffi::MarketplaneError;
use marketplane::model::agreement::{
    AcceptorContact, Agreement, AgreementFilter, AgreementRequest, ApprovalStatus, ApprovalSummary,
    CancellationReasonCode, CancellationRequest, ChargesByPurchaseOrder, ContractConfiguration,
    CreateAgreementRequestInput, InvoiceLineItemGroup, PaymentRequest, RequestIntent,
};
use marketplane::model::catalog::changes::TypedDetails;
use marketplane::model::catalog::offer::{OfferBuilder, OfferDetails, OfferSpec};
use marketplane::model::catalog::{Change, ChangeSetDescription, EntityRef, StartChangeSetInput};
use marketplane::model::discovery::OfferTerm;
use marketplane::model::region::RegionOptStatus;
use marketplane::model::serverless::{Application, PolicyStatement};
use marketplane::model::{AccountId, OrganizationId, RegionName};

use crate::{
    block_on, Accounts, Agreements, Applications, AsyncAccounts, AsyncAgreements, AsyncApplications, AsyncCatalog,
    AsyncDiscovery, Catalog, Discovery, Result,
};

/// Exports one list of helpers twice: blocking on `$blocking`, `async` on `$asynchronous`. Each helper is written
/// once as an async block over `$c`, an owned core client, and returns `Result<$ret>`.
macro_rules! helpers {
    (
        $blocking:ident, $asynchronous:ident;
        $(
            $(#[doc = $doc:literal])*
            fn $name:ident($c:ident $(, $arg:ident: $ty:ty)* $(,)?) -> $ret:ty $body:block
        )*
    ) => {
        #[uniffi::export]
        impl $blocking {
            $(
                $(#[doc = $doc])*
                pub fn $name(&self $(, $arg: $ty)*) -> Result<$ret> {
                    let $c = self.client.clone();
                    block_on(async move {
                        let out: Result<$ret> = $body;
                        out
                    })
                }
            )*
        }

        #[uniffi::export(async_runtime = "tokio")]
        impl $asynchronous {
            $(
                $(#[doc = $doc])*
                pub async fn $name(&self $(, $arg: $ty)*) -> Result<$ret> {
                    let $c = self.client.clone();
                    let out: Result<$ret> = $body;
                    out
                }
            )*
        }
    };
}

/// One account's outcome of [`Accounts::enable_and_wait_for_accounts`]: the region's status, or the error.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct AccountRegionOutcome {
    /// The account.
    pub account_id: AccountId,
    /// The region's status when the account's wait ended, on success.
    pub status: Option<RegionOptStatus>,
    /// Why the account failed, otherwise.
    pub error: Option<MarketplaneError>,
}

/// A region change, aimed at `account_id` when given. (A macro because the core does not name the change's type.)
macro_rules! aimed {
    ($change:expr, $account_id:expr) => {{
        let change = $change;
        match $account_id {
            Some(id) => change.account_id(id),
            None => change,
        }
    }};
}

helpers! {
    Accounts, AsyncAccounts;

    /// All three alternate contacts of the caller's account, or of `account_id` (organizations mode); the ones not
    /// set are none.
    fn alternate_contacts(c, account_id: Option<AccountId>) -> AlternateContacts {
        Ok(c.accounts().alternate_contacts(account_id.as_ref()).await?)
    }

    /// Enable the region unless it is already enabled or enabling (waiting out a DISABLING first); returns the
    /// status after the call.
    fn ensure_enabled(c, region_name: RegionName, account_id: Option<AccountId>) -> RegionOptStatus {
        Ok(aimed!(c.regions().ensure_enabled(region_name), account_id).send().await?)
    }

    /// Disable the region unless it is already disabled or disabling; returns DISABLING or DISABLED.
    fn ensure_disabled(c, region_name: RegionName, account_id: Option<AccountId>) -> RegionOptStatus {
        Ok(aimed!(c.regions().ensure_disabled(region_name), account_id).send().await?)
    }

    /// Ensure the region is enabled and wait until it is ENABLED (or ENABLED_BY_DEFAULT); `Timeout` when it is not
    /// by `options.timeout`.
    fn enable_and_wait(
        c,
        region_name: RegionName,
        options: WaitOptions,
        account_id: Option<AccountId>,
    ) -> RegionOptStatus {
        Ok(aimed!(c.regions().enable_and_wait(region_name, options), account_id).send().await?)
    }

    /// Ensure the region is disabled and wait until it is DISABLED.
    fn disable_and_wait(
        c,
        region_name: RegionName,
        options: WaitOptions,
        account_id: Option<AccountId>,
    ) -> RegionOptStatus {
        Ok(aimed!(c.regions().disable_and_wait(region_name, options), account_id).send().await?)
    }

    /// Enable the region on every account of `account_ids` and wait for each, all at once; each account gets its
    /// own outcome, so one failure does not stop the others.
    fn enable_and_wait_for_accounts(
        c,
        region_name: RegionName,
        account_ids: Vec<AccountId>,
        options: WaitOptions,
    ) -> Vec<AccountRegionOutcome> {
        let outcomes = c.regions().enable_and_wait_for_accounts(&region_name, &account_ids, options).await;
        Ok(outcomes
            .into_iter()
            .map(|(account_id, outcome)| match outcome {
                Ok(status) => AccountRegionOutcome { account_id, status: Some(status), error: None },
                Err(err) => AccountRegionOutcome { account_id, status: None, error: Some(err.into()) },
            })
            .collect())
    }
}

helpers! {
    Applications, AsyncApplications;

    /// Share with accounts so they can find and deploy the application; returns the policy as stored.
    fn share_with_accounts(c, application_id: String, account_ids: Vec<AccountId>) -> Vec<PolicyStatement> {
        Ok(c.applications().share_with_accounts(&application_id, &account_ids).send().await?)
    }

    /// Share with every account of the caller's organization (revocable with `unshare_application`).
    fn share_with_organization(
        c,
        application_id: String,
        organization_id: OrganizationId,
    ) -> Vec<PolicyStatement> {
        Ok(c.applications().share_with_organization(&application_id, organization_id).send().await?)
    }

    /// Make the application public (it needs an OSI-approved license and a version with a source code URL).
    fn make_public(c, application_id: String) -> Vec<PolicyStatement> {
        Ok(c.applications().make_public(&application_id).send().await?)
    }

    /// Make the application private again: an empty policy.
    fn make_private(c, application_id: String) -> Vec<PolicyStatement> {
        Ok(c.applications().make_private(&application_id).send().await?)
    }

    /// Publish like `sam publish` from the SAM template at `template_path`: create the application, or add the
    /// template as a new version of the caller's application of that name.
    fn publish_sam(c, template_path: String) -> Application {
        Ok(c.applications().publish_sam(&template_path).await?)
    }
}

/// The changes that create (and, unless `draft`, release) the offer `spec` describes, built without sending anything;
/// an invalid spec is one `Validation` error with a field error per problem.
#[uniffi::export]
pub fn build_offer(spec: OfferSpec) -> Result<Vec<Change>> {
    Ok(OfferBuilder::from(spec).build()?)
}

/// A change of typed `details` (`TypedDetails`: one case per change type, such as `AddDimensions` or `CreateOffer`)
/// on `entity`, built without sending anything. The details are checked now by the rules the local engine applies
/// when it runs the change: a mistake is one `Validation` error naming every member at fault (`DetailsDocument[0].Key`).
/// Set `change_name` on the result to refer to what it creates.
#[uniffi::export]
pub fn typed_change(entity: EntityRef, details: TypedDetails) -> Result<Change> {
    Ok(Change::typed_details(entity, details)?)
}

helpers! {
    Catalog, AsyncCatalog;

    /// Poll a change set until it ends (SUCCEEDED, FAILED or CANCELLED); `Timeout` when it has not by
    /// `options.timeout`.
    fn wait_for_change_set(c, change_set_id: String, options: WaitOptions) -> ChangeSetDescription {
        Ok(c.catalog().wait_for_change_set(&change_set_id, options).await?)
    }

    /// Start a change set and wait for it to end; a FAILED change set is an error carrying its error details.
    fn apply(c, input: StartChangeSetInput) -> ChangeSetDescription {
        Ok(c.catalog().apply(input).await?)
    }

    /// Create (and, unless `draft`, release) the offer `spec` describes; its id.
    fn publish_offer(c, spec: OfferSpec) -> String {
        Ok(c.catalog().publish_offer(OfferBuilder::from(spec)).await?)
    }

    /// An offer's details document, typed.
    fn offer(c, offer_id: String) -> OfferDetails {
        Ok(c.catalog().offer(&offer_id).await?)
    }
}

helpers! {
    Discovery, AsyncDiscovery;

    /// Every term of an offer, all pages.
    fn all_offer_terms(c, offer_id: String) -> Vec<OfferTerm> {
        Ok(c.discovery().all_offer_terms(&offer_id).await?)
    }
}

helpers! {
    Agreements, AsyncAgreements;

    /// What `request_offer` sends, to adjust before `create_agreement_request`: the offer's proposal and every term
    /// as Discovery shows them, with `configuration` for a contract the buyer configures.
    fn offer_request(
        c,
        offer_id: String,
        configuration: Option<ContractConfiguration>,
        intent: RequestIntent,
        source_agreement_id: Option<String>,
    ) -> CreateAgreementRequestInput {
        let agreements = c.agreements();
        Ok(agreements.offer_request(&offer_id, configuration, intent, source_agreement_id.as_deref()).await?)
    }

    /// Request an offer (see `offer_request`); `intent` and `source_agreement_id` make it an amendment or a
    /// replacement.
    fn request_offer(
        c,
        offer_id: String,
        configuration: Option<ContractConfiguration>,
        intent: RequestIntent,
        source_agreement_id: Option<String>,
    ) -> AgreementRequest {
        let agreements = c.agreements();
        Ok(agreements.request_offer(&offer_id, configuration, intent, source_agreement_id.as_deref()).await?)
    }

    /// Accept with one purchase order number for every charge of the request; the new agreement's id.
    fn accept_with_purchase_order(c, request: AgreementRequest, purchase_order: String) -> String {
        Ok(c.agreements().accept_with_purchase_order(&request, &purchase_order).await?)
    }

    /// Every agreement matching the filters, all pages.
    fn all(c, filters: Vec<AgreementFilter>) -> Vec<Agreement> {
        Ok(c.agreements().all(filters).await?)
    }

    /// Ask the organization's administrators to approve an agreement request before it is accepted.
    fn start_approval(c, agreement_request_id: String, name: String) -> ApprovalSummary {
        Ok(c.agreements().start_approval(&agreement_request_id, &name).await?)
    }

    /// Approvals the caller asked for (`admin == false`) or is to decide as an organization administrator.
    fn approvals(c, admin: bool, status: Option<ApprovalStatus>) -> Vec<ApprovalSummary> {
        Ok(c.agreements().approvals(admin, status).await?)
    }

    /// Approve or reject an approval, with an optional note.
    fn decide_approval(c, agreement_approval_id: String, approve: bool, note: Option<String>) -> () {
        Ok(c.agreements().decide_approval(&agreement_approval_id, approve, note.as_deref()).await?)
    }

    /// The buyer asks the seller to cancel an agreement.
    fn send_cancellation_request(
        c,
        agreement_id: String,
        reason_code: CancellationReasonCode,
        description: Option<String>,
    ) -> CancellationRequest {
        let agreements = c.agreements();
        Ok(agreements.send_cancellation_request(&agreement_id, reason_code, description.as_deref()).await?)
    }

    /// The seller accepts (`accept`) or declines a cancellation request.
    fn answer_cancellation_request(
        c,
        agreement_id: String,
        request_id: String,
        accept: bool,
    ) -> CancellationRequest {
        Ok(c.agreements().answer_cancellation_request(&agreement_id, &request_id, accept).await?)
    }

    /// The seller rejects a cancellation request, saying why.
    fn reject_cancellation_request(
        c,
        agreement_id: String,
        request_id: String,
        reason: String,
    ) -> CancellationRequest {
        Ok(c.agreements().reject_cancellation_request(&agreement_id, &request_id, &reason).await?)
    }

    /// The buyer withdraws its cancellation request, saying why.
    fn withdraw_cancellation_request(
        c,
        agreement_id: String,
        request_id: String,
        reason: String,
    ) -> CancellationRequest {
        Ok(c.agreements().withdraw_cancellation_request(&agreement_id, &request_id, &reason).await?)
    }

    /// The seller asks the buyer to pay `amount` under the agreement's variable payment term `term_id`.
    fn send_payment_request(
        c,
        agreement_id: String,
        term_id: String,
        name: String,
        amount: String,
        description: Option<String>,
    ) -> PaymentRequest {
        let agreements = c.agreements();
        Ok(agreements
            .send_payment_request(&agreement_id, &term_id, &name, &amount, description.as_deref())
            .await?)
    }

    /// One payment request.
    fn payment_request(c, agreement_id: String, payment_request_id: String) -> PaymentRequest {
        Ok(c.agreements().payment_request(&agreement_id, &payment_request_id).await?)
    }

    /// The buyer approves a payment request (against `purchase_order` if given) or rejects it (with `reason` if
    /// given).
    fn answer_payment_request(
        c,
        agreement_id: String,
        payment_request_id: String,
        approve: bool,
        purchase_order: Option<String>,
        reason: Option<String>,
    ) -> PaymentRequest {
        let answer = if approve {
            PaymentAnswer::Approve { purchase_order: purchase_order.as_deref() }
        } else {
            PaymentAnswer::Reject { reason: reason.as_deref() }
        };
        Ok(c.agreements().answer_payment_request(&agreement_id, &payment_request_id, answer).await?)
    }

    /// The seller cancels a payment request the buyer has not answered.
    fn cancel_payment_request(c, agreement_id: String, payment_request_id: String) -> PaymentRequest {
        Ok(c.agreements().cancel_payment_request(&agreement_id, &payment_request_id).await?)
    }

    /// Every payment request the caller sent (`as_seller`) or received, optionally of one agreement, all pages.
    fn payment_requests(c, as_seller: bool, agreement_id: Option<String>) -> Vec<PaymentRequest> {
        Ok(c.agreements().payment_requests(as_seller, agreement_id.as_deref()).await?)
    }

    /// An agreement's invoices and credit memos, oldest first, all pages.
    fn invoices(c, agreement_id: String) -> Vec<InvoiceLineItemGroup> {
        Ok(c.agreements().invoices(&agreement_id).await?)
    }

    /// Who accepted an agreement; none when nobody is on record.
    fn acceptor_contact(c, agreement_id: String) -> Option<AcceptorContact> {
        Ok(c.agreements().acceptor_contact(&agreement_id).await?)
    }

    /// Active agreements the caller bought whose term ends within `window` from now, soonest first.
    fn renewals_due(c, window: Duration) -> Vec<Agreement> {
        Ok(c.agreements().renewals_due(window).await?)
    }

    /// The total value of the caller's active agreements, per currency (`"USD" -> "120000.00"`).
    fn total_contract_value(c) -> marketplane::model::StringMap {
        Ok(c.agreements().total_contract_value().await?)
    }

    /// The caller's charges grouped by purchase order reference (charges without one under `""`).
    fn charges_by_purchase_order(c) -> ChargesByPurchaseOrder {
        Ok(c.agreements().charges_by_purchase_order().await?)
    }

    /// Upgrade an agreement with an offer: more units or a higher tier, accepted at once; the new agreement's id.
    fn upgrade(c, agreement_id: String, offer_id: String, configuration: ContractConfiguration) -> String {
        Ok(c.agreements().upgrade(&agreement_id, &offer_id, configuration).await?)
    }
}
