//! Marketplace Agreement: the records that mirror `marketplane::model::agreement`, and the blocking and `async`
//! service objects ([`Agreements`], [`AsyncAgreements`]).
//!
//! A buyer requests an offer (a quote with computed charges), accepts it with purchase orders, and lives with the
//! agreement: terms, entitlements, charges, upgrades, cancellation requests, approvals by the organization. Term-shaped
//! members (accepted terms) and the answers of the generic `workflow` call cross as JSON text in the service's shape;
//! times cross as timestamps.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use marketplane::model::agreement as core;
use marketplane::operation::{Request, Service, AGREEMENT_OPERATIONS};
use serde_json::Value;

use crate::error::Result;
use crate::model::mirror_enum;
use crate::{block_on, Agreements, AsyncAgreements, SortOrder};

use core::{
    AgreementRequestStatus as CoreAgreementRequestStatus, AgreementStatus as CoreAgreementStatus,
    ApprovalStatus as CoreApprovalStatus, PaymentRequestStatus as CorePaymentRequestStatus,
    RequestIntent as CoreRequestIntent,
};

mirror_enum!(
    /// Where an agreement stands.
    AgreementStatus from CoreAgreementStatus {
        Active, Archived, Cancelled, Expired, Renewed, Replaced, RolledBack, Superseded, Terminated,
    }
);
mirror_enum!(
    /// Where an agreement request (a quote) stands.
    AgreementRequestStatus <=> CoreAgreementRequestStatus {
        Draft, PendingApproval, Approved, Accepted, Rejected, Cancelled,
    }
);
mirror_enum!(
    /// What an agreement request does: a new agreement, an amendment (upgrade) or a replacement.
    RequestIntent <=> CoreRequestIntent { New, Amend, Replace }
);
mirror_enum!(
    /// Where an approval or a cancellation request stands.
    ApprovalStatus <=> CoreApprovalStatus { PendingApproval, Approved, Rejected, Expired, Cancelled, ValidationFailed }
);
mirror_enum!(
    /// Where a seller's payment request stands.
    PaymentRequestStatus from CorePaymentRequestStatus {
        Validating, ValidationFailed, PendingApproval, Approved, Rejected, Cancelled,
    }
);

/// JSON text of a value the core holds (serializing these values cannot fail).
fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn time(at: Option<time::OffsetDateTime>) -> Option<SystemTime> {
    at.map(Into::into)
}

fn core_time(at: Option<SystemTime>) -> Option<time::OffsetDateTime> {
    at.map(Into::into)
}

fn all<T, U: From<T>>(items: Vec<T>) -> Vec<U> {
    items.into_iter().map(Into::into).collect()
}

/// A dimension and the quantity the buyer chooses.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DimensionQuantity {
    /// The dimension's key (`Users`).
    pub dimension_key: String,
    /// How many.
    pub dimension_value: i64,
}

/// The buyer's choice on a contract it configures (a `ConfigurableUpfrontPricingTerm`): a duration and quantities.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContractConfiguration {
    /// The rate card's selector value: a duration such as `P12M`.
    pub selector_value: String,
    /// The quantities.
    pub dimensions: Vec<DimensionQuantity>,
}

impl From<ContractConfiguration> for core::ContractConfiguration {
    fn from(c: ContractConfiguration) -> Self {
        core::ContractConfiguration {
            selector_value: c.selector_value,
            dimensions: c
                .dimensions
                .into_iter()
                .map(|d| core::DimensionQuantity { dimension_key: d.dimension_key, dimension_value: d.dimension_value })
                .collect(),
        }
    }
}

impl From<core::ContractConfiguration> for ContractConfiguration {
    fn from(c: core::ContractConfiguration) -> Self {
        ContractConfiguration {
            selector_value: c.selector_value,
            dimensions: c
                .dimensions
                .into_iter()
                .map(|d| DimensionQuantity { dimension_key: d.dimension_key, dimension_value: d.dimension_value })
                .collect(),
        }
    }
}

/// A term of the offer the buyer requests, by the id Discovery gives it, with the buyer's choices for terms that
/// take them.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RequestedTerm {
    /// The term's id (`term-...`, from the offer's terms in Discovery).
    pub id: String,
    /// For a `ConfigurableUpfrontPricingTerm`: the duration and quantities.
    pub contract_configuration: Option<ContractConfiguration>,
    /// For a `RenewalTerm`: its configuration as JSON text (`{"enableAutoRenew": true}`).
    pub renewal_configuration_json: Option<String>,
}

/// Who accepts an agreement, as the seller may read it back (`acceptor_contact`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AcceptorContact {
    /// 1 to 80 characters.
    pub first_name: String,
    /// 1 to 80 characters.
    pub last_name: String,
    /// An email address.
    pub email_address: String,
    /// 1 to 256 characters.
    pub company_name: String,
    /// Two capital letters (ISO 3166-1 alpha-2).
    pub country_code: String,
}

impl From<AcceptorContact> for core::AcceptorContact {
    fn from(c: AcceptorContact) -> Self {
        core::AcceptorContact {
            first_name: c.first_name,
            last_name: c.last_name,
            email_address: c.email_address,
            company_name: c.company_name,
            country_code: c.country_code,
        }
    }
}

impl From<core::AcceptorContact> for AcceptorContact {
    fn from(c: core::AcceptorContact) -> Self {
        AcceptorContact {
            first_name: c.first_name,
            last_name: c.last_name,
            email_address: c.email_address,
            company_name: c.company_name,
            country_code: c.country_code,
        }
    }
}

/// A `CreateAgreementRequest` request. `request_offer` builds one from an offer; this is for callers that pick the
/// terms themselves.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CreateAgreementRequestInput {
    /// Idempotency token; none sends none.
    pub client_token: Option<String>,
    /// A new agreement, an amendment or a replacement.
    pub intent: RequestIntent,
    /// The terms requested, 1 to 30.
    pub requested_terms: Vec<RequestedTerm>,
    /// The agreement amended or replaced (required for `Amend` and `Replace`).
    pub source_agreement_identifier: Option<String>,
    /// The offer's proposal (`ap-...`, the `agreement_proposal_id` of Discovery's offer).
    pub agreement_proposal_identifier: Option<String>,
    /// `ENABLED` to have the quote estimate taxes (the service's `taxConfiguration.taxEstimation`); none for none.
    #[uniffi(default = None)]
    pub tax_estimation: Option<String>,
    /// Who accepts, for the seller's records.
    #[uniffi(default = None)]
    pub acceptor_contact: Option<AcceptorContact>,
}

impl From<core::CreateAgreementRequestInput> for CreateAgreementRequestInput {
    fn from(input: core::CreateAgreementRequestInput) -> Self {
        CreateAgreementRequestInput {
            client_token: input.client_token,
            intent: input.intent.into(),
            requested_terms: input
                .requested_terms
                .into_iter()
                .map(|t| {
                    let configuration = t.configuration.unwrap_or_default();
                    RequestedTerm {
                        id: t.id,
                        contract_configuration: configuration
                            .configurable_upfront_pricing_term_configuration
                            .map(Into::into),
                        renewal_configuration_json: configuration.renewal_term_configuration.map(|v| v.to_string()),
                    }
                })
                .collect(),
            source_agreement_identifier: input.source_agreement_identifier,
            agreement_proposal_identifier: input.agreement_proposal_identifier,
            tax_estimation: input.tax_configuration.and_then(|t| t.tax_estimation),
            acceptor_contact: input.acceptor_contact.map(Into::into),
        }
    }
}

impl TryFrom<CreateAgreementRequestInput> for core::CreateAgreementRequestInput {
    type Error = crate::MarketplaneError;

    fn try_from(input: CreateAgreementRequestInput) -> Result<Self> {
        let requested_terms = input
            .requested_terms
            .into_iter()
            .enumerate()
            .map(|(i, t)| {
                let renewal = match t.renewal_configuration_json {
                    Some(text) => Some(crate::catalog::parse_json(
                        &text,
                        &format!("requestedTerms[{i}].configuration.renewalTermConfiguration"),
                    )?),
                    None => None,
                };
                let configured = t.contract_configuration.is_some() || renewal.is_some();
                Ok(core::RequestedTerm {
                    id: t.id,
                    configuration: configured.then(|| core::RequestedTermConfiguration {
                        configurable_upfront_pricing_term_configuration: t.contract_configuration.map(Into::into),
                        renewal_term_configuration: renewal,
                    }),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(core::CreateAgreementRequestInput {
            client_token: input.client_token,
            intent: input.intent.into(),
            requested_terms,
            source_agreement_identifier: input.source_agreement_identifier,
            agreement_proposal_identifier: input.agreement_proposal_identifier,
            tax_configuration: input.tax_estimation.map(|t| core::TaxConfiguration { tax_estimation: Some(t) }),
            acceptor_contact: input.acceptor_contact.map(Into::into),
        })
    }
}

/// A charge an agreement request will make once accepted.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExpectedCharge {
    /// The charge's id (purchase orders refer to it).
    pub id: Option<String>,
    /// When it is charged.
    pub time: Option<SystemTime>,
    /// How much, as a decimal string.
    pub amount: Option<String>,
    /// `ON_ACCEPTANCE`, `SCHEDULED`, `BILLING_PERIOD` or `NOT_APPLICABLE`.
    pub timing: Option<String>,
    /// A purchase order for it.
    pub purchase_order_reference: Option<String>,
}

impl From<core::ExpectedCharge> for ExpectedCharge {
    fn from(c: core::ExpectedCharge) -> Self {
        ExpectedCharge {
            id: c.id,
            time: time(c.time),
            amount: c.amount,
            timing: c.timing,
            purchase_order_reference: c.purchase_order_reference,
        }
    }
}

impl From<ExpectedCharge> for core::ExpectedCharge {
    fn from(c: ExpectedCharge) -> Self {
        core::ExpectedCharge {
            id: c.id,
            time: core_time(c.time),
            amount: c.amount,
            timing: c.timing,
            purchase_order_reference: c.purchase_order_reference,
        }
    }
}

/// A change of quantity an amendment (upgrade) makes, and what it costs.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ItemizedCharge {
    /// The dimension.
    pub dimension_key: String,
    /// The quantity after.
    pub new_quantity: Option<i64>,
    /// The quantity before.
    pub old_quantity: Option<i64>,
    /// What the change costs, as a decimal string.
    pub incremental_charge_amount: Option<String>,
}

impl From<core::ItemizedCharge> for ItemizedCharge {
    fn from(c: core::ItemizedCharge) -> Self {
        ItemizedCharge {
            dimension_key: c.dimension_key,
            new_quantity: c.new_quantity,
            old_quantity: c.old_quantity,
            incremental_charge_amount: c.incremental_charge_amount,
        }
    }
}

impl From<ItemizedCharge> for core::ItemizedCharge {
    fn from(c: ItemizedCharge) -> Self {
        core::ItemizedCharge {
            dimension_key: c.dimension_key,
            new_quantity: c.new_quantity,
            old_quantity: c.old_quantity,
            incremental_charge_amount: c.incremental_charge_amount,
        }
    }
}

/// One tax of an estimate.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TaxBreakdownItem {
    /// How much, as a decimal string.
    pub amount: Option<String>,
    /// The rate in percent (`19`).
    pub rate: Option<String>,
    /// Which tax (`VAT`, `Sales tax`, ...).
    pub tax_type: Option<String>,
}

/// The taxes a quote estimates, when the request asked for them.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EstimatedTaxes {
    /// Each tax.
    pub breakdown: Vec<TaxBreakdownItem>,
    /// Their total, as a decimal string.
    pub total_amount: Option<String>,
}

impl From<core::EstimatedTaxes> for EstimatedTaxes {
    fn from(t: core::EstimatedTaxes) -> Self {
        EstimatedTaxes {
            breakdown: t
                .breakdown
                .into_iter()
                .map(|b| TaxBreakdownItem { amount: b.amount, rate: b.rate, tax_type: b.tax_type })
                .collect(),
            total_amount: t.total_amount,
        }
    }
}

impl From<EstimatedTaxes> for core::EstimatedTaxes {
    fn from(t: EstimatedTaxes) -> Self {
        core::EstimatedTaxes {
            breakdown: t
                .breakdown
                .into_iter()
                .map(|b| core::TaxBreakdownItem { amount: b.amount, rate: b.rate, tax_type: b.tax_type })
                .collect(),
            total_amount: t.total_amount,
        }
    }
}

/// What an agreement request will cost.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChargeSummary {
    /// The currency.
    pub currency_code: Option<String>,
    /// The agreement's total value, as a decimal string.
    pub new_agreement_value: Option<String>,
    /// The charges, in time order.
    pub expected_charges: Vec<ExpectedCharge>,
    /// Per-dimension changes (amendments only).
    pub itemized_charges: Vec<ItemizedCharge>,
    /// Estimated taxes, when the request asked for them.
    pub estimated_taxes: Option<EstimatedTaxes>,
    /// The value with the estimated taxes, when the request asked for them.
    pub new_agreement_value_after_tax: Option<String>,
}

/// An agreement request: a quote the buyer accepts (`CreateAgreementRequest`'s answer).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AgreementRequest {
    /// `ar-...`.
    pub agreement_request_id: String,
    /// `PurchaseAgreement`.
    pub agreement_type: String,
    /// The charges.
    pub charge_summary: ChargeSummary,
    /// Where it stands.
    pub status: AgreementRequestStatus,
    /// `REQUIRED` or `NOT_REQUIRED`: whether the organization must approve it before it is accepted.
    pub approval_requirement: String,
    /// When it was made.
    pub created_at: Option<SystemTime>,
}

impl From<core::AgreementRequest> for AgreementRequest {
    fn from(r: core::AgreementRequest) -> Self {
        let s = r.charge_summary;
        AgreementRequest {
            agreement_request_id: r.agreement_request_id,
            agreement_type: r.agreement_type,
            charge_summary: ChargeSummary {
                currency_code: s.currency_code,
                new_agreement_value: s.new_agreement_value,
                expected_charges: all(s.expected_charges),
                itemized_charges: all(s.itemized_charges),
                estimated_taxes: s.estimated_taxes.map(Into::into),
                new_agreement_value_after_tax: s.new_agreement_value_after_tax,
            },
            status: r.status.into(),
            approval_requirement: r.approval_requirement,
            created_at: time(r.created_at),
        }
    }
}

impl From<AgreementRequest> for core::AgreementRequest {
    fn from(r: AgreementRequest) -> Self {
        let s = r.charge_summary;
        core::AgreementRequest {
            agreement_request_id: r.agreement_request_id,
            agreement_type: r.agreement_type,
            charge_summary: core::ChargeSummary {
                currency_code: s.currency_code,
                new_agreement_value: s.new_agreement_value,
                expected_charges: all(s.expected_charges),
                itemized_charges: all(s.itemized_charges),
                estimated_taxes: s.estimated_taxes.map(Into::into),
                new_agreement_value_after_tax: s.new_agreement_value_after_tax,
            },
            status: r.status.into(),
            approval_requirement: r.approval_requirement,
            created_at: core_time(r.created_at),
        }
    }
}

/// A purchase order for a charge.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PurchaseOrder {
    /// The charge (`ExpectedCharge.id` when accepting, `Charge.id` when updating).
    pub charge_id: String,
    /// The charge's revision.
    pub charge_revision: Option<i64>,
    /// The agreement (required by `update_purchase_orders`).
    pub agreement_id: Option<String>,
    /// The buyer's purchase order number, 1 to 200 characters.
    pub purchase_order_reference: Option<String>,
}

impl From<PurchaseOrder> for core::PurchaseOrder {
    fn from(p: PurchaseOrder) -> Self {
        core::PurchaseOrder {
            charge_id: p.charge_id,
            charge_revision: p.charge_revision,
            agreement_id: p.agreement_id,
            purchase_order_reference: p.purchase_order_reference,
        }
    }
}

impl From<core::PurchaseOrder> for PurchaseOrder {
    fn from(p: core::PurchaseOrder) -> Self {
        PurchaseOrder {
            charge_id: p.charge_id,
            charge_revision: p.charge_revision,
            agreement_id: p.agreement_id,
            purchase_order_reference: p.purchase_order_reference,
        }
    }
}

/// An account party to an agreement.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Party {
    /// The account.
    pub account_id: Option<String>,
}

/// A product or other resource an agreement covers.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AgreementResource {
    /// Its id (`prod-...`).
    pub id: Option<String>,
    /// Its type (`SaaSProduct`, ...).
    pub resource_type: Option<String>,
}

impl From<core::AgreementResource> for AgreementResource {
    fn from(r: core::AgreementResource) -> Self {
        AgreementResource { id: r.id, resource_type: r.resource_type }
    }
}

/// What was proposed: the offer and its products.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProposalSummary {
    /// The products.
    pub resources: Vec<AgreementResource>,
    /// The offer.
    pub offer_id: Option<String>,
    /// The offer set the offer belongs to.
    pub offer_set_id: Option<String>,
}

/// An agreement's value.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EstimatedCharges {
    /// The currency.
    pub currency_code: Option<String>,
    /// The total, as a decimal string.
    pub agreement_value: Option<String>,
}

/// What happens at an agreement's end.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EndTimeBehavior {
    /// `RENEW`, `REPLACE` or `EXPIRE`.
    pub behavior_type: String,
    /// Why (`NO_RENEWAL_TERM`, ...).
    pub reason_code: Option<String>,
}

/// An agreement (`DescribeAgreement`, and the items of `SearchAgreements`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Agreement {
    /// The agreement's id (`agmt-...`).
    pub agreement_id: String,
    /// The buyer.
    pub acceptor: Party,
    /// The seller.
    pub proposer: Party,
    /// When it starts (later than acceptance for a future-dated agreement).
    pub start_time: Option<SystemTime>,
    /// When it ends; none for pay-as-you-go.
    pub end_time: Option<SystemTime>,
    /// When the buyer accepted.
    pub acceptance_time: Option<SystemTime>,
    /// `PurchaseAgreement`.
    pub agreement_type: String,
    /// Its value.
    pub estimated_charges: Option<EstimatedCharges>,
    /// The offer and products.
    pub proposal_summary: ProposalSummary,
    /// Where it stands.
    pub status: AgreementStatus,
    /// The first agreement of an amended, renewed or replaced line.
    pub initial_agreement_id: Option<String>,
    /// What happens at the end.
    pub end_time_behavior: Option<EndTimeBehavior>,
    /// Whether it renews at its end (its end time behavior is `RENEW`).
    pub renews: bool,
}

impl From<core::Agreement> for Agreement {
    fn from(a: core::Agreement) -> Self {
        Agreement {
            renews: a.renews(),
            agreement_id: a.agreement_id,
            acceptor: Party { account_id: a.acceptor.account_id },
            proposer: Party { account_id: a.proposer.account_id },
            start_time: time(a.start_time),
            end_time: time(a.end_time),
            acceptance_time: time(a.acceptance_time),
            agreement_type: a.agreement_type,
            estimated_charges: a
                .estimated_charges
                .map(|e| EstimatedCharges { currency_code: e.currency_code, agreement_value: e.agreement_value }),
            proposal_summary: ProposalSummary {
                resources: all(a.proposal_summary.resources),
                offer_id: a.proposal_summary.offer_id,
                offer_set_id: a.proposal_summary.offer_set_id,
            },
            status: a.status.into(),
            initial_agreement_id: a.initial_agreement_id,
            end_time_behavior: a
                .end_time_behavior
                .map(|b| EndTimeBehavior { behavior_type: b.behavior_type, reason_code: b.reason_code }),
        }
    }
}

/// A charge of an agreement (`ListAgreementCharges`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Charge {
    /// Its id.
    pub id: String,
    /// Its revision (a purchase order update makes a new one).
    pub revision: i64,
    /// The agreement.
    pub agreement_id: String,
    /// `PurchaseAgreement`.
    pub agreement_type: String,
    /// The purchase order it is billed against.
    pub purchase_order_reference: Option<String>,
    /// The currency.
    pub currency_code: String,
    /// How much, as a decimal string.
    pub amount: String,
    /// When.
    pub time: Option<SystemTime>,
}

impl From<core::Charge> for Charge {
    fn from(c: core::Charge) -> Self {
        Charge {
            id: c.id,
            revision: c.revision,
            agreement_id: c.agreement_id,
            agreement_type: c.agreement_type,
            purchase_order_reference: c.purchase_order_reference,
            currency_code: c.currency_code,
            amount: c.amount,
            time: time(c.time),
        }
    }
}

/// An entitlement an agreement grants.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AgreementEntitlement {
    /// The product.
    pub resource: AgreementResource,
    /// The kind (`Dimension:<key>`).
    pub entitlement_type: String,
    /// `PROVISIONED`, `SCHEDULED`, `PENDING`, `FAILED` or `DEPROVISIONED`.
    pub status: String,
    /// Why (`FUTURE_START_DATE`, `AGREEMENT_INACTIVE`, ...).
    pub status_reason_code: Option<String>,
}

impl From<core::AgreementEntitlement> for AgreementEntitlement {
    fn from(e: core::AgreementEntitlement) -> Self {
        AgreementEntitlement {
            resource: e.resource.into(),
            entitlement_type: e.entitlement_type,
            status: e.status,
            status_reason_code: e.status_reason_code,
        }
    }
}

/// A `SearchAgreements` filter: `PartyType` (`Proposer`, `Acceptor`), `AgreementType`, `Status`, `OfferId`,
/// `ResourceIdentifier`, `BeforeEndTime`, `AfterEndTime` (epoch seconds).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AgreementFilter {
    /// The filter's name.
    pub name: String,
    /// Its values (the service takes exactly one).
    pub values: Vec<String>,
}

impl From<AgreementFilter> for core::AgreementFilter {
    fn from(f: AgreementFilter) -> Self {
        core::AgreementFilter { name: f.name, values: f.values }
    }
}

/// A `SearchAgreements` request, one page.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AgreementSearch {
    /// Filters; all must match. The service wants a `PartyType` filter.
    pub filters: Vec<AgreementFilter>,
    /// What to sort by (`EndTime`, ...).
    pub sort_by: Option<String>,
    /// The direction.
    pub sort_order: Option<SortOrder>,
    /// Agreements per page, 1 to 50.
    pub max_results: Option<i32>,
    /// The previous page's token.
    pub next_token: Option<String>,
}

impl From<AgreementSearch> for core::SearchAgreementsInput {
    fn from(s: AgreementSearch) -> Self {
        let sort = (s.sort_by.is_some() || s.sort_order.is_some()).then(|| {
            let mut sort = serde_json::Map::new();
            if let Some(by) = s.sort_by {
                sort.insert("sortBy".into(), Value::String(by));
            }
            if let Some(order) = s.sort_order {
                let order: marketplane::model::catalog::SortOrder = order.into();
                sort.insert("sortOrder".into(), Value::String(order.as_str().to_owned()));
            }
            Value::Object(sort)
        });
        core::SearchAgreementsInput {
            catalog: None,
            filters: s.filters.into_iter().map(Into::into).collect(),
            sort,
            max_results: s.max_results,
            next_token: s.next_token,
        }
    }
}

/// One page of `SearchAgreements`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AgreementPage {
    /// The agreements of this page.
    pub agreements: Vec<Agreement>,
    /// Pass in the next search for the next page; none on the last page.
    pub next_token: Option<String>,
}

/// One page of `GetAgreementTerms`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AgreementTermPage {
    /// The accepted terms of this page, each as JSON text in the service's shape: a union with one member, such as
    /// `{"fixedUpfrontPricingTerm": {...}}`.
    pub terms_json: Vec<String>,
    /// Pass to the next call for the next page; none on the last page.
    pub next_token: Option<String>,
}

/// One page of `ListAgreementCharges`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChargePage {
    /// The charges of this page.
    pub charges: Vec<Charge>,
    /// Pass to the next call for the next page; none on the last page.
    pub next_token: Option<String>,
}

/// An approval of an agreement request by the buyer's organization.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ApprovalSummary {
    /// `BUYER_AGREEMENT_APPROVAL`.
    pub approval_type: String,
    /// The request it approves.
    pub agreement_request_id: String,
    /// `apr-...`.
    pub agreement_approval_id: String,
    /// Its name.
    pub name: String,
    /// Where it stands.
    pub status: ApprovalStatus,
    /// When it was made.
    pub created_at: Option<SystemTime>,
    /// When it last changed.
    pub updated_at: Option<SystemTime>,
    /// When it expires unanswered.
    pub approval_needed_by: Option<SystemTime>,
}

impl From<core::ApprovalSummary> for ApprovalSummary {
    fn from(a: core::ApprovalSummary) -> Self {
        ApprovalSummary {
            approval_type: a.approval_type,
            agreement_request_id: a.agreement_request_id,
            agreement_approval_id: a.agreement_approval_id,
            name: a.name,
            status: a.status.into(),
            created_at: time(a.created_at),
            updated_at: time(a.updated_at),
            approval_needed_by: time(a.approval_needed_by),
        }
    }
}

/// A seller's request to cancel an agreement, which the buyer accepts or rejects.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CancellationRequest {
    /// The agreement.
    pub agreement_id: String,
    /// `acr-...`.
    pub agreement_cancellation_request_id: String,
    /// Where it stands.
    pub status: ApprovalStatus,
    /// Why the seller asks (`INCORRECT_TERMS_ACCEPTED`, `TEST_AGREEMENT`, `OTHER`, ...).
    pub reason_code: String,
    /// Details.
    pub description: Option<String>,
    /// When it was made.
    pub created_at: Option<SystemTime>,
    /// When it last changed.
    pub updated_at: Option<SystemTime>,
}

impl From<core::CancellationRequest> for CancellationRequest {
    fn from(c: core::CancellationRequest) -> Self {
        CancellationRequest {
            agreement_id: c.agreement_id,
            agreement_cancellation_request_id: c.agreement_cancellation_request_id,
            status: c.status.into(),
            reason_code: c.reason_code.as_str().to_owned(),
            description: c.description,
            created_at: time(c.created_at),
            updated_at: time(c.updated_at),
        }
    }
}

/// A seller's request to charge an amount under an agreement's variable payment term.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PaymentRequest {
    /// `pr-...`.
    pub payment_request_id: String,
    /// The agreement.
    pub agreement_id: String,
    /// Where it stands.
    pub status: PaymentRequestStatus,
    /// Why it failed validation or was rejected.
    pub status_message: Option<String>,
    /// Its name, 5 to 64 characters.
    pub name: String,
    /// Details.
    pub description: Option<String>,
    /// The charge it became, once approved (`ch-...`).
    pub charge_id: Option<String>,
    /// How much, as a decimal string.
    pub charge_amount: String,
    /// The term's currency.
    pub currency_code: String,
    /// When it was sent.
    pub created_at: Option<SystemTime>,
    /// When it last changed.
    pub updated_at: Option<SystemTime>,
}

impl From<core::PaymentRequest> for PaymentRequest {
    fn from(p: core::PaymentRequest) -> Self {
        PaymentRequest {
            payment_request_id: p.payment_request_id,
            agreement_id: p.agreement_id,
            status: p.status.into(),
            status_message: p.status_message,
            name: p.name,
            description: p.description,
            charge_id: p.charge_id,
            charge_amount: p.charge_amount,
            currency_code: p.currency_code,
            created_at: time(p.created_at),
            updated_at: time(p.updated_at),
        }
    }
}

/// The operations the generic `workflow` call accepts, as the core names them.
#[uniffi::export]
pub fn agreement_workflow_operations() -> Vec<String> {
    AGREEMENT_OPERATIONS.iter().map(|op| op.name.to_owned()).collect()
}

/// A Marketplace Agreement request from its operation's name and input members (a JSON object in the service's
/// shape; empty text for none). An unknown operation or input member is a `Validation` error naming it, not
/// silently dropped.
fn workflow_request(operation: &str, text: &str) -> Result<Request> {
    let info = AGREEMENT_OPERATIONS.iter().find(|op| op.name == operation).ok_or_else(|| {
        let names: Vec<&str> = AGREEMENT_OPERATIONS.iter().map(|op| op.name).collect();
        marketplane::Error::invalid_field(
            "operation",
            format!("{operation:?} is not an agreement operation; one of {}", names.join(", ")),
        )
    })?;
    let value = match text.trim() {
        "" => Value::Object(serde_json::Map::new()),
        text => crate::catalog::parse_json(text, "refs")?,
    };
    let Value::Object(members) = &value else {
        return Err(marketplane::Error::invalid_field("refs", "must be a JSON object").into());
    };
    let request = Request::decode(Service::MarketplaceAgreement, info.name, value.clone())?;
    // What the input keeps, serialized back; members left out as empty (none, []) are not unknown.
    let kept = request.members()?;
    let unknown: Vec<marketplane::FieldError> = members
        .iter()
        .filter(|(name, value)| {
            kept.get(name.as_str()).is_none()
                && !value.is_null()
                && !matches!(value.as_array(), Some(a) if a.is_empty())
        })
        .map(|(name, _)| marketplane::FieldError::new(format!("refs.{name}"), "is not a member of the operation"))
        .collect();
    if !unknown.is_empty() {
        return Err(marketplane::Error::validation(unknown).into());
    }
    Ok(request)
}

service! {
    Agreements, AsyncAgreements;

    /// `CreateAgreementRequest` with terms the caller picks; `request_offer` does it from an offer.
    fn create_request(c, input: CreateAgreementRequestInput) -> AgreementRequest {
        Ok(c.agreements().create_request(input.try_into()?).send().await?.into())
    }

    /// What `request_offer` sends, to adjust (`tax_estimation`, `acceptor_contact`) before `create_request`.
    fn offer_request(
        c,
        offer_id: String,
        configuration: Option<ContractConfiguration>,
        intent: RequestIntent,
        source_agreement_id: Option<String>,
    ) -> CreateAgreementRequestInput {
        let input = c
            .agreements()
            .offer_request(&offer_id, configuration.map(Into::into), intent.into(), source_agreement_id.as_deref())
            .await?;
        Ok(input.into())
    }

    /// Request an offer: a quote with computed charges for its proposal and every term Discovery shows.
    /// `configuration` is the buyer's choice on a contract it configures. `intent` `Amend` (an upgrade) or `Replace`
    /// needs `source_agreement_id`.
    fn request_offer(
        c,
        offer_id: String,
        configuration: Option<ContractConfiguration>,
        intent: RequestIntent,
        source_agreement_id: Option<String>,
    ) -> AgreementRequest {
        let request = c
            .agreements()
            .request_offer(&offer_id, configuration.map(Into::into), intent.into(), source_agreement_id.as_deref())
            .await?;
        Ok(request.into())
    }

    /// `AcceptAgreementRequest` with purchase orders for its charges (by `ExpectedCharge.id`); the new agreement's
    /// id.
    fn accept(c, agreement_request_id: String, purchase_orders: Vec<PurchaseOrder>) -> String {
        Ok(c.agreements().accept(&agreement_request_id, all(purchase_orders)).send().await?)
    }

    /// Accept a request with one purchase order number for every one of its charges; the new agreement's id.
    fn accept_with_purchase_order(c, request: AgreementRequest, purchase_order: String) -> String {
        Ok(c.agreements().accept_with_purchase_order(&request.into(), &purchase_order).await?)
    }

    /// `DescribeAgreement`.
    fn describe(c, agreement_id: String) -> Agreement {
        Ok(c.agreements().describe(&agreement_id).send().await?.into())
    }

    /// `GetAgreementTerms`, one page: pass the previous page's `next_token` to continue.
    fn terms_page(c, agreement_id: String, next_token: Option<String>) -> AgreementTermPage {
        let mut input = core::GetAgreementTermsInput::new(agreement_id);
        input.next_token = next_token;
        let page = c.call(input).await?;
        Ok(AgreementTermPage { terms_json: page.accepted_terms.iter().map(json).collect(), next_token: page.next_token })
    }

    /// `GetAgreementTerms`, every page: each accepted term as JSON text (`{"fixedUpfrontPricingTerm": {...}}`).
    fn terms(c, agreement_id: String) -> Vec<String> {
        Ok(c.agreements().terms(&agreement_id).collect().await?.iter().map(json).collect())
    }

    /// `GetAgreementEntitlements`: what the agreement grants (the service's first page; the facade takes no page
    /// token).
    fn entitlements(c, agreement_id: String) -> Vec<AgreementEntitlement> {
        Ok(all(c.agreements().entitlements(&agreement_id).collect().await?))
    }

    /// `SearchAgreements`, one page (the search's `next_token` picks the page).
    fn search_page(c, search: AgreementSearch) -> AgreementPage {
        let page = c.agreements().search(search.into()).send().await?;
        Ok(AgreementPage { agreements: all(page.agreement_view_summaries), next_token: page.next_token })
    }

    /// Every agreement matching `filters`, all pages: the caller's as buyer unless a `PartyType` filter says
    /// otherwise (`Proposer` for a seller's).
    fn all(c, filters: Vec<AgreementFilter>) -> Vec<Agreement> {
        Ok(all(c.agreements().all(all(filters)).await?))
    }

    /// `ListAgreementCharges` of one agreement (or all the caller's), one page.
    fn charges_page(c, agreement_id: Option<String>, next_token: Option<String>) -> ChargePage {
        let mut input = core::ListAgreementChargesInput { agreement_id, ..Default::default() };
        input.next_token = next_token;
        let page = c.call(input).await?;
        Ok(ChargePage { charges: all(page.items), next_token: page.next_token })
    }

    /// `ListAgreementCharges` of one agreement (or all the caller's), every page.
    fn charges(c, agreement_id: Option<String>) -> Vec<Charge> {
        Ok(all(c.agreements().charges(agreement_id.as_deref()).collect().await?))
    }

    /// `CancelAgreement`: the buyer alone can cancel an agreement that has charged nothing yet (pay-as-you-go, or
    /// future-dated); a charged contract needs the seller's cancellation request.
    fn cancel(c, agreement_id: String) -> () {
        Ok(c.agreements().cancel(&agreement_id).send().await?)
    }

    /// `UpdatePurchaseOrders`: each order names its agreement and charge; the charge gets a new revision.
    fn update_purchase_orders(c, purchase_orders: Vec<PurchaseOrder>) -> () {
        Ok(c.agreements().update_purchase_orders(all(purchase_orders)).send().await?)
    }

    /// Active agreements the caller bought whose term ends within `window_seconds` from now, soonest first: what
    /// renews (`renews`) or needs renewing.
    fn renewals_due(c, window_seconds: u64) -> Vec<Agreement> {
        Ok(all(c.agreements().renewals_due(Duration::from_secs(window_seconds)).await?))
    }

    /// The total value of the caller's active agreements, per currency (`"USD" -> "12000.00"`).
    fn total_contract_value(c) -> HashMap<String, String> {
        Ok(c.agreements().total_contract_value().await?.into_iter().collect())
    }

    /// The caller's charges grouped by purchase order reference (charges without one under `""`).
    fn charges_by_purchase_order(c) -> HashMap<String, Vec<Charge>> {
        let grouped = c.agreements().charges_by_purchase_order().await?;
        Ok(grouped.into_iter().map(|(po, charges)| (po, all(charges))).collect())
    }

    /// Ask the buyer's organization to approve an agreement request before it is accepted (the local backend and
    /// the emulator; the AWS SDK has no approval operations, so the AWS backend answers `Unsupported`).
    fn start_approval(c, agreement_request_id: String, name: String) -> ApprovalSummary {
        Ok(c.agreements().start_approval(&agreement_request_id, &name).await?.into())
    }

    /// Approvals the caller asked for (`admin == false`) or is to decide as an organization administrator,
    /// optionally of one status.
    fn approvals(c, admin: bool, status: Option<ApprovalStatus>) -> Vec<ApprovalSummary> {
        Ok(all(c.agreements().approvals(admin, status.map(Into::into)).await?))
    }

    /// Approve (`approve == true`) or reject an approval, as the organization's management account or a delegated
    /// administrator; `reason` explains a rejection.
    fn decide_approval(c, agreement_approval_id: String, approve: bool, reason: Option<String>) -> () {
        Ok(c.agreements().decide_approval(&agreement_approval_id, approve, reason.as_deref()).await?)
    }

    /// The seller asks the buyer to agree to cancel an agreement, for `reason_code` (`INCORRECT_TERMS_ACCEPTED`,
    /// `REPLACING_AGREEMENT`, `TEST_AGREEMENT`, `OTHER`, ...).
    fn send_cancellation_request(
        c,
        agreement_id: String,
        reason_code: String,
        description: Option<String>,
    ) -> CancellationRequest {
        let call = c.agreements();
        let sent =
            call.send_cancellation_request(&agreement_id, reason_code.as_str(), description.as_deref()).await?;
        Ok(sent.into())
    }

    /// The buyer accepts (`accept == true`) or rejects a cancellation request; an accepted one cancels the
    /// agreement.
    fn answer_cancellation_request(
        c,
        agreement_id: String,
        agreement_cancellation_request_id: String,
        accept: bool,
    ) -> CancellationRequest {
        let call = c.agreements();
        let answered =
            call.answer_cancellation_request(&agreement_id, &agreement_cancellation_request_id, accept).await?;
        Ok(answered.into())
    }

    /// The seller asks the buyer to pay `amount` (a decimal string) under the agreement's variable payment term
    /// `term_id`; the request is validated against the term's maximum, then waits for the buyer.
    fn send_payment_request(
        c,
        agreement_id: String,
        term_id: String,
        name: String,
        amount: String,
        description: Option<String>,
    ) -> PaymentRequest {
        let call = c.agreements();
        let sent =
            call.send_payment_request(&agreement_id, &term_id, &name, &amount, description.as_deref()).await?;
        Ok(sent.into())
    }

    /// A payment request, as the seller or the buyer sees it.
    fn payment_request(c, agreement_id: String, payment_request_id: String) -> PaymentRequest {
        Ok(c.agreements().payment_request(&agreement_id, &payment_request_id).await?.into())
    }

    /// The buyer approves a payment request (`approve == true`: charged at once, against `purchase_order` if
    /// given) or rejects it (with `reason`, if given).
    fn answer_payment_request(
        c,
        agreement_id: String,
        payment_request_id: String,
        approve: bool,
        purchase_order: Option<String>,
        reason: Option<String>,
    ) -> PaymentRequest {
        let answer = if approve {
            marketplane::facade::PaymentAnswer::Approve { purchase_order: purchase_order.as_deref() }
        } else {
            marketplane::facade::PaymentAnswer::Reject { reason: reason.as_deref() }
        };
        let call = c.agreements();
        Ok(call.answer_payment_request(&agreement_id, &payment_request_id, answer).await?.into())
    }

    /// The seller withdraws a payment request the buyer has not answered.
    fn cancel_payment_request(c, agreement_id: String, payment_request_id: String) -> PaymentRequest {
        Ok(c.agreements().cancel_payment_request(&agreement_id, &payment_request_id).await?.into())
    }

    /// Every payment request the caller sent (`as_seller`) or received, optionally of one agreement, all pages.
    fn payment_requests(c, as_seller: bool, agreement_id: Option<String>) -> Vec<PaymentRequest> {
        Ok(all(c.agreements().payment_requests(as_seller, agreement_id.as_deref()).await?))
    }

    /// An agreement's invoices and credit memos, oldest first, all pages: each as JSON text in the service's shape
    /// (`{"invoiceId", "invoiceType", "pricingCurrencyAmount": {"amount", "currencyCode"}, "issuedTime", ...}`).
    fn invoices(c, agreement_id: String) -> Vec<String> {
        Ok(c.agreements().invoices(&agreement_id).await?.iter().map(json).collect())
    }

    /// Who accepted an agreement (the seller reads it to reach the buyer); none when nobody is on record.
    fn acceptor_contact(c, agreement_id: String) -> Option<AcceptorContact> {
        Ok(c.agreements().acceptor_contact(&agreement_id).await?.map(Into::into))
    }

    /// Upgrade an agreement with an offer the buyer configures (more units): requested as an amendment and
    /// accepted at once; the new agreement's id. The old one is superseded; fewer units are refused.
    fn upgrade(c, agreement_id: String, offer_id: String, configuration: ContractConfiguration) -> String {
        Ok(c.agreements().upgrade(&agreement_id, &offer_id, configuration.into()).await?)
    }

    /// Any agreement workflow operation by name (`agreement_workflow_operations` lists them: `GetAgreementRequest`,
    /// `ListAgreementRequests`, `ListAgreementCancellationRequests`, `BatchCreateBillingAdjustmentRequest`, ...).
    /// `refs_json` is its input as a JSON object in the service's shape (`{"agreementRequestId": "ar-..."}`; empty
    /// text for none); the answer is JSON text in the service's shape. An unknown operation or input member is a
    /// `Validation` error.
    fn workflow(c, operation: String, refs_json: String) -> String {
        let request = workflow_request(&operation, &refs_json)?;
        let answer = c.execute(request).await?.encode()?;
        Ok(json(&answer.unwrap_or_else(|| serde_json::json!({}))))
    }
}
