//! AWS Marketplace Agreement (API 2020-03-01): the contracts a buyer lives with — agreement requests (quotes with
//! computed charges), acceptance with purchase orders, agreements and their statuses, accepted terms, entitlements,
//! charges, cancellation.
//!
//! The structures serialize as the service's JSON (camelCase members; timestamps as epoch seconds). The emulator
//! carries the same members in CBOR (RPC v2) or JSON.

use crate::model::{AgreementId, OfferId};
use marketplane_macros::model;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;

use crate::model::discovery::epoch_seconds;
use crate::model::open_enum;

mod ops;
pub use ops::*;

open_enum!(
    /// Where an agreement stands.
    AgreementStatus {
        /// In force.
        Active => "ACTIVE",
        /// Archived.
        Archived => "ARCHIVED",
        /// Cancelled before its end.
        Cancelled => "CANCELLED",
        /// Ended.
        Expired => "EXPIRED",
        /// Renewed into a new agreement.
        Renewed => "RENEWED",
        /// Replaced by a new agreement (a replacement offer).
        Replaced => "REPLACED",
        /// Rolled back.
        RolledBack => "ROLLED_BACK",
        /// Superseded by an amendment (an upgrade).
        Superseded => "SUPERSEDED",
        /// Terminated.
        Terminated => "TERMINATED",
    }
);

open_enum!(
    /// Where an agreement request stands.
    AgreementRequestStatus {
        /// Created, not accepted.
        Draft => "DRAFT",
        /// Waiting for approval.
        PendingApproval => "PENDING_APPROVAL",
        /// Approved.
        Approved => "APPROVED",
        /// Accepted: an agreement exists.
        Accepted => "ACCEPTED",
        /// Rejected.
        Rejected => "REJECTED",
        /// Cancelled.
        Cancelled => "CANCELLED",
    }
);

open_enum!(
    /// What an agreement request does.
    RequestIntent {
        /// A new agreement.
        New => "NEW",
        /// Amend an existing agreement (more units, a higher tier).
        Amend => "AMEND",
        /// Replace an existing agreement (a replacement offer).
        Replace => "REPLACE",
    }
);

/// A dimension and quantity the buyer chooses.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DimensionQuantity {
    /// The dimension.
    pub dimension_key: String,
    /// How many.
    pub dimension_value: i64,
}

/// The buyer's choice on a configurable contract: a duration and quantities.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContractConfiguration {
    /// The rate card's selector value (a duration such as `P12M`).
    pub selector_value: String,
    /// The quantities.
    pub dimensions: Vec<DimensionQuantity>,
}

/// The configuration of a requested term (a union; one member).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestedTermConfiguration {
    /// For a `ConfigurableUpfrontPricingTerm`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configurable_upfront_pricing_term_configuration: Option<ContractConfiguration>,
    /// For a `RenewalTerm` (`{"enableAutoRenew": bool}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewal_term_configuration: Option<Value>,
}

/// A term of the offer the buyer requests, by the id Discovery gives it.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestedTerm {
    /// The term's id.
    pub id: String,
    /// The buyer's choices, for terms that take them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub configuration: Option<RequestedTermConfiguration>,
}

/// `CreateAgreementRequest`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateAgreementRequestInput {
    /// Idempotency token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    /// NEW, AMEND or REPLACE.
    pub intent: RequestIntent,
    /// The terms requested (1–30).
    pub requested_terms: Vec<RequestedTerm>,
    /// The agreement amended or replaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_agreement_identifier: Option<AgreementId>,
    /// The offer's proposal (`ap-...`, from Discovery's `agreementProposalId`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_proposal_identifier: Option<String>,
    /// Whether to estimate taxes into the charge summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_configuration: Option<TaxConfiguration>,
    /// Who accepts, as the seller will see it (`GetAgreementContacts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptor_contact: Option<AcceptorContact>,
}

/// `taxConfiguration`: `{"taxEstimation": "ENABLED"}` asks for estimated taxes.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaxConfiguration {
    /// `ENABLED` or `DISABLED`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_estimation: Option<String>,
}

/// The person who accepts an agreement, shared with the seller.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AcceptorContact {
    /// 1–80 characters.
    pub first_name: String,
    /// 1–80 characters.
    pub last_name: String,
    /// An email address (≤ 255 characters).
    pub email_address: String,
    /// 1–256 characters.
    pub company_name: String,
    /// Two capital letters (ISO 3166-1 alpha-2).
    pub country_code: String,
}

/// Estimated taxes on an agreement request.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EstimatedTaxes {
    /// Each tax.
    #[serde(default)]
    pub breakdown: Vec<TaxBreakdownItem>,
    /// Their total (2 decimals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<String>,
}

/// One tax of an estimate.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaxBreakdownItem {
    /// How much.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// The rate in percent (`19`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<String>,
    /// Which tax (`VAT`, `Sales tax`, ...).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub tax_type: Option<String>,
}

/// A charge the agreement will make.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedCharge {
    /// The charge's id (purchase orders refer to it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub time: Option<OffsetDateTime>,
    /// How much.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// ON_ACCEPTANCE, SCHEDULED, BILLING_PERIOD or NOT_APPLICABLE.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<String>,
    /// A purchase order for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_reference: Option<String>,
}

/// A change of quantity an amendment makes.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemizedCharge {
    /// The dimension.
    pub dimension_key: String,
    /// The quantity after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_quantity: Option<i64>,
    /// The quantity before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_quantity: Option<i64>,
    /// What the change costs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incremental_charge_amount: Option<String>,
}

/// What an agreement request will cost.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChargeSummary {
    /// The currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// The agreement's total value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_agreement_value: Option<String>,
    /// The charges, in time order.
    #[serde(default)]
    pub expected_charges: Vec<ExpectedCharge>,
    /// Per-dimension changes (amendments).
    #[serde(default)]
    pub itemized_charges: Vec<ItemizedCharge>,
    /// Estimated taxes, when the request asked for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_taxes: Option<EstimatedTaxes>,
    /// The value with the estimated taxes, when the request asked for them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_agreement_value_after_tax: Option<String>,
}

/// An agreement request: a quote the buyer accepts.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgreementRequest {
    /// `ar-...`.
    pub agreement_request_id: String,
    /// `PurchaseAgreement`.
    pub agreement_type: String,
    /// The charges.
    pub charge_summary: ChargeSummary,
    /// Where it stands.
    pub status: AgreementRequestStatus,
    /// REQUIRED or NOT_REQUIRED.
    pub approval_requirement: String,
    /// When it was made.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<OffsetDateTime>,
}

/// A purchase order for a charge.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseOrder {
    /// The charge.
    pub charge_id: String,
    /// The charge's revision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_revision: Option<i64>,
    /// The agreement (for `UpdatePurchaseOrders`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_id: Option<AgreementId>,
    /// The buyer's PO number (1–200 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_reference: Option<String>,
}

/// An account party to an agreement.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Party {
    /// The account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
}

/// A product or other resource an agreement covers.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgreementResource {
    /// Its id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its type (`SaaSProduct`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none", rename = "type")]
    pub resource_type: Option<String>,
}

/// What was proposed.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProposalSummary {
    /// The products.
    #[serde(default)]
    pub resources: Vec<AgreementResource>,
    /// The offer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_id: Option<OfferId>,
    /// The offer set the offer belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_set_id: Option<String>,
}

/// An agreement's value.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EstimatedCharges {
    /// The currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// The total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_value: Option<String>,
}

/// What happens at the end.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EndTimeBehavior {
    /// RENEW, REPLACE or EXPIRE.
    #[serde(rename = "type")]
    pub behavior_type: String,
    /// Why (NO_RENEWAL_TERM, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<String>,
}

/// `DescribeAgreement`'s output (and the agreements `SearchAgreements` lists).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    /// The agreement's id.
    pub agreement_id: AgreementId,
    /// The buyer.
    #[serde(default)]
    pub acceptor: Party,
    /// The seller.
    #[serde(default)]
    pub proposer: Party,
    /// When it starts (later than acceptance for a future-dated agreement).
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<OffsetDateTime>,
    /// When it ends.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<OffsetDateTime>,
    /// When the buyer accepted.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub acceptance_time: Option<OffsetDateTime>,
    /// `PurchaseAgreement`.
    #[serde(default)]
    pub agreement_type: String,
    /// Its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_charges: Option<EstimatedCharges>,
    /// The offer and products.
    #[serde(default)]
    pub proposal_summary: ProposalSummary,
    /// Where it stands.
    pub status: AgreementStatus,
    /// The first agreement of an amended or replaced line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_agreement_id: Option<AgreementId>,
    /// What happens at the end.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time_behavior: Option<EndTimeBehavior>,
}

impl Agreement {
    /// Whether it renews at its end.
    pub fn renews(&self) -> bool {
        self.end_time_behavior.as_ref().is_some_and(|b| b.behavior_type == "RENEW")
    }
}

/// A charge of an agreement.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Charge {
    /// Its id.
    pub id: String,
    /// Its revision.
    #[serde(default)]
    pub revision: i64,
    /// The agreement.
    pub agreement_id: AgreementId,
    /// `PurchaseAgreement`.
    #[serde(default)]
    pub agreement_type: String,
    /// The PO it is billed against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_reference: Option<String>,
    /// The currency.
    pub currency_code: String,
    /// How much.
    pub amount: String,
    /// When.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub time: Option<OffsetDateTime>,
}

/// An entitlement an agreement grants.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgreementEntitlement {
    /// The product.
    #[serde(default)]
    pub resource: AgreementResource,
    /// The kind (`Dimension:<key>` here).
    #[serde(default, rename = "type")]
    pub entitlement_type: String,
    /// PROVISIONED, SCHEDULED, PENDING, FAILED or DEPROVISIONED.
    pub status: String,
    /// Why (FUTURE_START_DATE, AGREEMENT_INACTIVE, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason_code: Option<String>,
}

/// An accepted term: a union with one member, such as `{"fixedUpfrontPricingTerm": {...}}`, as the service's JSON.
pub type AcceptedTerm = crate::model::discovery::OfferTerm;

/// A `SearchAgreements` filter: `PartyType` (Proposer, Acceptor), `AgreementType`, `Status`, `OfferId`,
/// `ResourceIdentifier`, `BeforeEndTime`, `AfterEndTime` (epoch seconds).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgreementFilter {
    /// The filter.
    pub name: String,
    /// Exactly one value.
    pub values: Vec<String>,
}

impl AgreementFilter {
    /// A filter.
    pub fn new(name: &str, value: impl Into<String>) -> Self {
        AgreementFilter { name: name.to_owned(), values: vec![value.into()] }
    }
}

/// `SearchAgreements`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchAgreementsInput {
    /// `AWSMarketplace`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<String>,
    /// Filters; all must match.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<AgreementFilter>,
    /// `{"sortBy": "EndTime", "sortOrder": "ASCENDING"}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Value>,
    /// 1–50.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// `AcceptAgreementRequest`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AcceptAgreementRequestInput {
    /// The request (`ar-...`).
    pub agreement_request_id: String,
    /// Purchase orders for the request's charges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purchase_orders: Vec<PurchaseOrder>,
}

/// `ListAgreementCharges`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListAgreementChargesInput {
    /// `AWSMarketplace`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<String>,
    /// Only this agreement's charges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_id: Option<AgreementId>,
    /// `PurchaseAgreement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_type: Option<String>,
    /// Page size (1–50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// `UpdatePurchaseOrders`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdatePurchaseOrdersInput {
    /// 1–86 purchase orders, each naming its agreement and charge.
    pub purchase_orders: Vec<PurchaseOrder>,
}

/// The month an invoice bills.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceBillingPeriod {
    /// 1–12.
    pub month: i32,
    /// 2023–2050.
    pub year: i32,
}

open_enum!(
    /// Where a seller's payment request stands.
    PaymentRequestStatus {
        /// Being checked against the agreement and its variable payment term.
        Validating => "VALIDATING",
        /// Refused by those checks (see the status message).
        ValidationFailed => "VALIDATION_FAILED",
        /// Waiting for the buyer.
        PendingApproval => "PENDING_APPROVAL",
        /// Approved by the buyer or on expiry: charged.
        Approved => "APPROVED",
        /// Rejected by the buyer.
        Rejected => "REJECTED",
        /// Withdrawn by the seller.
        Cancelled => "CANCELLED",
    }
);

/// A seller's request to charge an amount under an agreement's variable payment term.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentRequest {
    /// `pr-...`.
    pub payment_request_id: String,
    /// The agreement.
    pub agreement_id: AgreementId,
    /// Where it stands.
    pub status: PaymentRequestStatus,
    /// Why it failed validation or was rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
    /// 5–64 characters.
    pub name: String,
    /// Details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The charge it became, once approved (`ch-...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_id: Option<String>,
    /// How much.
    pub charge_amount: String,
    /// The term's currency.
    pub currency_code: String,
    /// When it was sent.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<OffsetDateTime>,
    /// When it last changed.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<OffsetDateTime>,
}

/// An invoice (or credit memo) of an agreement, as `ListAgreementInvoiceLineItems` groups it by invoice id.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceLineItemGroup {
    /// The agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_id: Option<AgreementId>,
    /// The invoice (a charge's id) or credit memo (a billing adjustment's id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// `{"amount", "currencyCode"}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing_currency_amount: Option<PricingCurrencyAmount>,
    /// The month billed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_billing_period: Option<InvoiceBillingPeriod>,
    /// When it was issued.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub issued_time: Option<OffsetDateTime>,
    /// `INVOICE` or `CREDIT_MEMO`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_type: Option<String>,
    /// Who invoices: AWS Inc. or AWS EMEA SARL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoicing_entity: Option<InvoicingEntity>,
}

/// An amount and its currency.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PricingCurrencyAmount {
    /// How much.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
    /// The most it may still be adjusted by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_adjustment_amount: Option<String>,
    /// The currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
}

/// The AWS company that invoices.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvoicingEntity {
    /// Its legal name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// Its branch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_name: Option<String>,
}

open_enum!(
    /// Where an approval or a cancellation request stands.
    ApprovalStatus {
        /// Waiting.
        PendingApproval => "PENDING_APPROVAL",
        /// Approved.
        Approved => "APPROVED",
        /// Rejected.
        Rejected => "REJECTED",
        /// Expired unanswered.
        Expired => "EXPIRED",
        /// Withdrawn.
        Cancelled => "CANCELLED",
        /// Refused by validation.
        ValidationFailed => "VALIDATION_FAILED",
    }
);

/// An approval of an agreement request by the organization's administrators.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApprovalSummary {
    /// `BUYER_AGREEMENT_APPROVAL`.
    pub approval_type: String,
    /// The request.
    pub agreement_request_id: String,
    /// `apr-...`.
    pub agreement_approval_id: String,
    /// A name.
    pub name: String,
    /// Where it stands.
    pub status: ApprovalStatus,
    /// When it was made.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<OffsetDateTime>,
    /// When it last changed.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<OffsetDateTime>,
    /// When it expires unanswered.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub approval_needed_by: Option<OffsetDateTime>,
    /// When the approvers were asked.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub started_at: Option<OffsetDateTime>,
    /// When it expires.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<OffsetDateTime>,
}

/// A seller's request to cancel an agreement, which the buyer accepts or rejects.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CancellationRequest {
    /// The agreement.
    pub agreement_id: AgreementId,
    /// `acr-...`.
    pub agreement_cancellation_request_id: String,
    /// Where it stands.
    pub status: ApprovalStatus,
    /// Why.
    pub reason_code: CancellationReasonCode,
    /// Details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Why it was rejected or failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
    /// When it was made.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<OffsetDateTime>,
    /// When it last changed.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<OffsetDateTime>,
}

crate::model::sorted_maps! {
    /// Charges by purchase order reference.
    ChargesByPurchaseOrder = Vec<Charge>;
}
