//! The inputs and outputs of the Agreement operations that carry their own shapes: agreement requests and their
//! terms, buyer approvals, cancellation requests, billing adjustments, payment requests, invoices and contacts.
//! Members are the service's (camelCase; timestamps as epoch seconds).

use crate::model::{AgreementId, OfferId};
use marketplane_macros::model;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::{
    AcceptedTerm, AcceptorContact, Agreement, AgreementEntitlement, AgreementRequest, AgreementRequestStatus,
    ApprovalStatus, CancellationRequest, Charge, InvoiceBillingPeriod, InvoiceLineItemGroup, Party, PaymentRequest,
    PaymentRequestStatus, ProposalSummary, RequestIntent,
};
use crate::model::discovery::epoch_seconds;
use crate::model::open_enum;

/// Declares an input whose members are all required ids.
macro_rules! ids_input {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident: $ty:ty),+ $(,)? }) => {
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )+
        }

        impl $name {
            /// The input naming these resources.
            #[allow(clippy::too_many_arguments)]
            pub fn new($($field: impl Into<$ty>),+) -> Self {
                $name { $($field: $field.into()),+ }
            }
        }
    };
}

/// Declares a list output: one page of items under the service's member name.
macro_rules! page_output {
    ($(#[$meta:meta])* $name:ident, $items:ident: $item:ty) => {
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            /// This page.
            #[serde(default)]
            pub $items: Vec<$item>,
            /// The next page.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub next_token: Option<String>,
        }

        impl $name {
            /// A page of `items`, followed by the page at `next_token`.
            pub fn new(items: Vec<$item>, next_token: Option<String>) -> Self {
                $name { $items: items, next_token }
            }
        }

        impl crate::facade::Paged for $name {
            type Item = $item;
            fn into_page(self) -> (Vec<$item>, Option<String>) {
                (self.$items, self.next_token)
            }
        }
    };
}

// ------------------------------------------------------------------------------------------------------------------
// Agreements

ids_input!(
    /// `DescribeAgreement`'s input.
    DescribeAgreementInput {
        /// The agreement.
        agreement_id: AgreementId
    }
);

ids_input!(
    /// `CancelAgreement`'s input.
    CancelAgreementInput {
        /// The agreement.
        agreement_id: AgreementId
    }
);

ids_input!(
    /// `GetAgreementContacts`'s input.
    GetAgreementContactsInput {
        /// The agreement.
        agreement_id: AgreementId
    }
);

/// Declares an input naming one resource, with a page (the table's `[pages]` column makes it a paged input).
macro_rules! id_page_input {
    ($(#[$meta:meta])* $name:ident, $id:ident) => {
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            /// The resource.
            pub $id: String,
            /// Page size.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub max_results: Option<i32>,
            /// The page.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub next_token: Option<String>,
        }

        impl $name {
            /// The first page for `id`.
            pub fn new(id: impl Into<String>) -> Self {
                $name { $id: id.into(), max_results: None, next_token: None }
            }
        }

    };
}

id_page_input!(
    /// `GetAgreementTerms`'s input (pages of 1–50).
    GetAgreementTermsInput, agreement_id
);
id_page_input!(
    /// `GetAgreementEntitlements`'s input (pages of 1–50).
    GetAgreementEntitlementsInput, agreement_id
);
id_page_input!(
    /// `GetAgreementRequestApprovalPlans`'s input (pages of 1–50).
    GetAgreementRequestApprovalPlansInput, agreement_request_id
);

page_output!(
    /// `GetAgreementTerms`'s output.
    GetAgreementTermsOutput, accepted_terms: AcceptedTerm
);
page_output!(
    /// `GetAgreementEntitlements`'s output.
    GetAgreementEntitlementsOutput, agreement_entitlements: AgreementEntitlement
);
page_output!(
    /// `ListAgreementCharges`'s output.
    ListAgreementChargesOutput, items: Charge
);

/// `SearchAgreements`'s output. Each agreement travels as an `AgreementViewSummary`, whose end-time behaviour is
/// flattened into `endTimeBehaviorType` and `endTimeBehaviorReasonCode`.
#[model]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct SearchAgreementsOutput {
    /// This page.
    pub agreement_view_summaries: Vec<Agreement>,
    /// The next page.
    pub next_token: Option<String>,
}

impl SearchAgreementsOutput {
    /// A page of `agreements`.
    pub fn new(agreements: Vec<Agreement>, next_token: Option<String>) -> Self {
        SearchAgreementsOutput { agreement_view_summaries: agreements, next_token }
    }
}

impl crate::facade::Paged for SearchAgreementsOutput {
    type Item = Agreement;
    fn into_page(self) -> (Vec<Agreement>, Option<String>) {
        (self.agreement_view_summaries, self.next_token)
    }
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ViewSummaries {
    #[serde(default)]
    agreement_view_summaries: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    next_token: Option<String>,
}

impl Serialize for SearchAgreementsOutput {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut summaries = Vec::with_capacity(self.agreement_view_summaries.len());
        for agreement in &self.agreement_view_summaries {
            let mut value = serde_json::to_value(agreement).map_err(serde::ser::Error::custom)?;
            if let Some(map) = value.as_object_mut() {
                if let Some(behavior) = map.remove("endTimeBehavior") {
                    map.insert("endTimeBehaviorType".into(), behavior["type"].clone());
                    if let Some(reason) = behavior.get("reasonCode") {
                        map.insert("endTimeBehaviorReasonCode".into(), reason.clone());
                    }
                }
            }
            summaries.push(value);
        }
        ViewSummaries { agreement_view_summaries: summaries, next_token: self.next_token.clone() }.serialize(s)
    }
}

impl<'de> Deserialize<'de> for SearchAgreementsOutput {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = ViewSummaries::deserialize(d)?;
        let mut agreements = Vec::with_capacity(raw.agreement_view_summaries.len());
        for mut value in raw.agreement_view_summaries {
            if let Some(map) = value.as_object_mut() {
                if let Some(kind) = map.remove("endTimeBehaviorType") {
                    let mut behavior = serde_json::json!({ "type": kind });
                    if let Some(reason) = map.remove("endTimeBehaviorReasonCode") {
                        behavior["reasonCode"] = reason;
                    }
                    map.insert("endTimeBehavior".into(), behavior);
                }
            }
            agreements.push(serde_json::from_value(value).map_err(serde::de::Error::custom)?);
        }
        Ok(SearchAgreementsOutput { agreement_view_summaries: agreements, next_token: raw.next_token })
    }
}

// ------------------------------------------------------------------------------------------------------------------
// Agreement requests

ids_input!(
    /// `GetAgreementRequest`'s input.
    GetAgreementRequestInput {
        /// The request (`ar-...`).
        agreement_request_id: String
    }
);

ids_input!(
    /// `CancelAgreementRequest`'s input.
    CancelAgreementRequestInput {
        /// The request (`ar-...`).
        agreement_request_id: String
    }
);

/// `GetAgreementRequest`'s output: the request with its intent, proposer, proposal and (once accepted) agreement.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AgreementRequestDetail {
    /// The request and its charges.
    #[serde(flatten)]
    pub request: AgreementRequest,
    /// NEW, AMEND or REPLACE.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<RequestIntent>,
    /// The agreement it made, once accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_id: Option<AgreementId>,
    /// The seller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposer: Option<Party>,
    /// The offer and its product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal_summary: Option<ProposalSummary>,
}

/// `ListAgreementRequests`'s input: the caller's own requests.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListAgreementRequestsInput {
    /// `AWSMarketplace`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<String>,
    /// Only requests in this status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AgreementRequestStatus>,
    /// Only requests for this product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// Page size (1–50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// A request in `ListAgreementRequests`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AgreementRequestSummary {
    /// The request (`ar-...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_request_id: Option<String>,
    /// `PurchaseAgreement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_type: Option<String>,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AgreementRequestStatus>,
    /// The agreement it made, once accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_id: Option<AgreementId>,
    /// The offer and its product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal_summary: Option<ProposalSummary>,
}

page_output!(
    /// `ListAgreementRequests`'s output.
    ListAgreementRequestsOutput, items: AgreementRequestSummary
);

/// A term an agreement request asks for (`AgreementRequestTerm`): the same unions as [`AcceptedTerm`], such as
/// `{"fixedUpfrontPricingTerm": {...}}`, with the buyer's configuration where the term takes one.
pub type AgreementRequestTerm = AcceptedTerm;

id_page_input!(
    /// `GetAgreementRequestTerms`'s input (pages of 10–50).
    GetAgreementRequestTermsInput, agreement_request_id
);

page_output!(
    /// `GetAgreementRequestTerms`'s output: one page of the terms the request asks for.
    GetAgreementRequestTermsOutput, terms: AgreementRequestTerm
);

// ------------------------------------------------------------------------------------------------------------------
// Buyer approvals

/// A purchase order an approval carries for one charge.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalPurchaseOrder {
    /// The charge (`ch-...`).
    pub charge_id: String,
    /// The purchase order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_reference: Option<String>,
}

impl ApprovalPurchaseOrder {
    /// `purchase_order_reference` for the charge `charge_id`.
    pub fn new(charge_id: impl Into<String>, purchase_order_reference: Option<String>) -> Self {
        ApprovalPurchaseOrder { charge_id: charge_id.into(), purchase_order_reference }
    }
}

/// Which approval plan to follow (`BuyerAgreementApprovalPlanInput`).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BuyerApprovalPlanInput {
    /// The plan, as `GetAgreementRequestApprovalPlans` names it (`aplan-...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_reference: Option<String>,
    /// A name for the approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// One plan to start (`AgreementApprovalPlanInput`, a union with one member).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalPlanInput {
    /// A buyer approval plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer_agreement_approval_plan_input: Option<BuyerApprovalPlanInput>,
}

impl ApprovalPlanInput {
    /// The buyer approval plan `plan_reference` (or the default one with `None`), named `name`.
    pub fn buyer(plan_reference: Option<String>, name: Option<String>) -> Self {
        ApprovalPlanInput { buyer_agreement_approval_plan_input: Some(BuyerApprovalPlanInput { plan_reference, name }) }
    }
}

/// `StartAgreementApprovals`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StartAgreementApprovalsInput {
    /// The request to approve (`ar-...`).
    pub agreement_request_id: String,
    /// 1–10 plans.
    pub plan_inputs: Vec<ApprovalPlanInput>,
    /// Purchase orders for the request's charges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purchase_orders: Vec<ApprovalPurchaseOrder>,
}

impl StartAgreementApprovalsInput {
    /// Start `plan_inputs` for `agreement_request_id`.
    pub fn new(agreement_request_id: impl Into<String>, plan_inputs: Vec<ApprovalPlanInput>) -> Self {
        StartAgreementApprovalsInput {
            agreement_request_id: agreement_request_id.into(),
            plan_inputs,
            purchase_orders: Vec::new(),
        }
    }
}

/// Who approves (`Approver`, a union with one member).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Approver {
    /// A person, by email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_approver: Option<EmailApprover>,
    /// A procurement system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procurement_tool_approver: Option<NamedApprover>,
    /// The organization's administrators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws_organization_admin_approver: Option<OrganizationAdminApprover>,
}

/// A person who approves by email.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct EmailApprover {
    /// The address.
    pub email_address: String,
    /// The name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A procurement system that approves.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct NamedApprover {
    /// Its name.
    pub name: String,
}

/// The administrators of an organization.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OrganizationAdminApprover {
    /// The organization (`o-...`).
    pub organization_id: String,
}

/// How many approvers of a group must approve.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalCriteria {
    /// The count.
    pub required_approval_count: i32,
}

/// A group of approvers in a plan level.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalPlanGroup {
    /// How many must approve.
    pub approval_criteria: ApprovalCriteria,
    /// 1–10 approvers.
    pub approvers: Vec<Approver>,
}

/// A level of an approval plan (levels approve one after the other).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalPlanLevel {
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Exactly one group.
    pub groups: Vec<ApprovalPlanGroup>,
}

/// A buyer approval plan (`BuyerAgreementApprovalPlan`).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BuyerApprovalPlan {
    /// `aplan-...`.
    pub plan_reference: String,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// 1–6 levels.
    pub levels: Vec<ApprovalPlanLevel>,
}

/// An approval plan (`AgreementApprovalPlan`, a union with one member).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalPlan {
    /// A buyer approval plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer_agreement_approval_plan: Option<BuyerApprovalPlan>,
}

page_output!(
    /// `GetAgreementRequestApprovalPlans`'s output.
    GetAgreementRequestApprovalPlansOutput, items: ApprovalPlan
);

open_enum!(
    /// Where one approver stands.
    ApproverOutcomeStatus {
        /// Waiting for an earlier level.
        Queued => "QUEUED",
        /// Waiting for this approver.
        PendingApproval => "PENDING_APPROVAL",
        /// Approved.
        Approved => "APPROVED",
        /// Rejected.
        Rejected => "REJECTED",
        /// Expired unanswered.
        Expired => "EXPIRED",
        /// Not needed.
        Skipped => "SKIPPED",
    }
);

/// One approver's answer (`ApproverOutcome`: the approver's kind, its status and note).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApproverOutcome {
    /// The organization's administrators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws_organization_approver_outcome: Option<OutcomeDetail>,
    /// A person, by email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_approver_outcome: Option<OutcomeDetail>,
    /// A procurement system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procurement_tool_approver_outcome: Option<OutcomeDetail>,
}

/// What one approver answered.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OutcomeDetail {
    /// Where it stands.
    pub status: ApproverOutcomeStatus,
    /// When it last changed.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<OffsetDateTime>,
    /// `aprout-...`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver_outcome_id: Option<String>,
    /// The approver's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The approver's name or address, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The email approver's address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// Purchase orders the approver gave.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purchase_orders: Vec<ApprovalPurchaseOrder>,
}

/// A group of an approval in progress.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalGroup {
    /// How many must approve.
    pub approval_criteria: ApprovalCriteria,
    /// Each approver's answer.
    pub approvers: Vec<ApproverOutcome>,
}

/// A level of an approval in progress.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalLevel {
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Exactly one group.
    pub groups: Vec<ApprovalGroup>,
}

/// The seller, as an approval shows it.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalProposer {
    /// The seller's account.
    pub account_id: String,
    /// The seller's legal name.
    #[serde(default)]
    pub legal_name: String,
}

/// A product an approval covers.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalResource {
    /// Its id.
    pub id: String,
    /// Its type (`SaaSProduct`, ...).
    #[serde(rename = "type")]
    pub resource_type: String,
    /// Its name.
    #[serde(default)]
    pub name: String,
    /// Whether it is deployed on AWS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployed_on_aws: Option<String>,
}

/// What an approval is for.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApprovalProposalSummary {
    /// The offer.
    pub offer_id: OfferId,
    /// The offer set, when the offer is in one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_set_id: Option<String>,
    /// Its products.
    #[serde(default)]
    pub resources: Vec<ApprovalResource>,
    /// PUBLIC or PRIVATE.
    #[serde(default)]
    pub visibility_scope: String,
}

/// A buyer approval of an agreement request, as `GetAgreementApproval` shows it.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BuyerApproval {
    /// The approval's summary: id, request, name, status and times.
    #[serde(flatten)]
    pub summary: super::ApprovalSummary,
    /// Who asked for it.
    pub requester: Party,
    /// Its levels, with each approver's answer.
    #[serde(default)]
    pub levels: Vec<ApprovalLevel>,
    /// The plan it follows.
    #[serde(default)]
    pub plan_input: BuyerApprovalPlanInput,
    /// The seller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposer: Option<ApprovalProposer>,
    /// What it is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal_summary: Option<ApprovalProposalSummary>,
}

ids_input!(
    /// `GetAgreementApproval`'s input.
    GetAgreementApprovalInput {
        /// The approval (`apr-...`).
        agreement_approval_id: String
    }
);

open_enum!(
    /// Whose approvals `ListAgreementApprovals` lists.
    ApprovalPartyType {
        /// The approvals the caller asked for.
        Requester => "REQUESTER",
        /// The approvals the caller is to decide as an organization administrator.
        AwsOrganizationAdmin => "AWS_ORGANIZATION_ADMIN",
    }
);

/// `ListAgreementApprovals`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListAgreementApprovalsInput {
    /// Whose approvals.
    pub party_type: ApprovalPartyType,
    /// `AWSMarketplace`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<String>,
    /// Only this request's approvals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_request_id: Option<String>,
    /// `BUYER_AGREEMENT_APPROVAL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval_type: Option<String>,
    /// Only this status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ApprovalStatus>,
    /// Page size (1–50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListAgreementApprovalsInput {
    /// The approvals of `party_type`.
    pub fn new(party_type: ApprovalPartyType) -> Self {
        ListAgreementApprovalsInput {
            party_type,
            catalog: None,
            agreement_request_id: None,
            approval_type: None,
            status: None,
            max_results: None,
            next_token: None,
        }
    }
}

page_output!(
    /// `ListAgreementApprovals`'s output.
    ListAgreementApprovalsOutput, items: super::ApprovalSummary
);

/// An administrator's approval (`BuyerAgreementApprovalApproverInput`).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApproverInput {
    /// The approval (`apr-...`).
    pub agreement_approval_id: String,
    /// A note (1–1000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Purchase orders for the request's charges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purchase_orders: Vec<ApprovalPurchaseOrder>,
    /// Answer for this approver outcome instead of the caller's own (`aprout-...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver_outcome_id_to_override: Option<String>,
}

/// An administrator's rejection (`BuyerAgreementApprovalRejectionInput`).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RejectionInput {
    /// The approval (`apr-...`).
    pub agreement_approval_id: String,
    /// Why (1–1000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Answer for this approver outcome instead of the caller's own (`aprout-...`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver_outcome_id_to_override: Option<String>,
}

/// `AcceptAgreementApproval`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AcceptAgreementApprovalInput {
    /// The approval and the approver's note and purchase orders.
    pub buyer_agreement_approval_approver_input: ApproverInput,
}

impl AcceptAgreementApprovalInput {
    /// Approve `agreement_approval_id`.
    pub fn new(agreement_approval_id: impl Into<String>, note: Option<String>) -> Self {
        AcceptAgreementApprovalInput {
            buyer_agreement_approval_approver_input: ApproverInput {
                agreement_approval_id: agreement_approval_id.into(),
                note,
                purchase_orders: Vec::new(),
                approver_outcome_id_to_override: None,
            },
        }
    }
}

/// `RejectAgreementApproval`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RejectAgreementApprovalInput {
    /// The approval and why it is rejected.
    pub buyer_agreement_approval_rejection_input: RejectionInput,
}

impl RejectAgreementApprovalInput {
    /// Reject `agreement_approval_id`, saying why.
    pub fn new(agreement_approval_id: impl Into<String>, note: Option<String>) -> Self {
        RejectAgreementApprovalInput {
            buyer_agreement_approval_rejection_input: RejectionInput {
                agreement_approval_id: agreement_approval_id.into(),
                note,
                approver_outcome_id_to_override: None,
            },
        }
    }
}

// ------------------------------------------------------------------------------------------------------------------
// Cancellation requests

open_enum!(
    /// Why a seller asks to cancel an agreement.
    CancellationReasonCode {
        /// The buyer accepted the wrong terms.
        IncorrectTermsAccepted => "INCORRECT_TERMS_ACCEPTED",
        /// Another agreement replaces it.
        ReplacingAgreement => "REPLACING_AGREEMENT",
        /// It was a test.
        TestAgreement => "TEST_AGREEMENT",
        /// The buyer procures elsewhere.
        AlternativeProcurementChannel => "ALTERNATIVE_PROCUREMENT_CHANNEL",
        /// The product is discontinued.
        ProductDiscontinued => "PRODUCT_DISCONTINUED",
        /// It renewed by mistake.
        UnintendedRenewal => "UNINTENDED_RENEWAL",
        /// The buyer is not satisfied.
        BuyerDissatisfaction => "BUYER_DISSATISFACTION",
        /// Anything else.
        Other => "OTHER",
    }
);

/// `SendAgreementCancellationRequest`'s input (the seller).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SendAgreementCancellationRequestInput {
    /// The agreement.
    pub agreement_id: AgreementId,
    /// Why.
    pub reason_code: CancellationReasonCode,
    /// Idempotency token (filled by the library when empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    /// Details (1–2000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl SendAgreementCancellationRequestInput {
    /// Ask to cancel `agreement_id` for `reason_code`.
    pub fn new(agreement_id: impl Into<String>, reason_code: CancellationReasonCode) -> Self {
        SendAgreementCancellationRequestInput {
            agreement_id: agreement_id.into().into(),
            reason_code,
            client_token: None,
            description: None,
        }
    }
}

ids_input!(
    /// `AcceptAgreementCancellationRequest`'s input (the buyer).
    AcceptAgreementCancellationRequestInput {
        /// The agreement.
        agreement_id: AgreementId,
        /// The request (`acr-...`).
        agreement_cancellation_request_id: String,
    }
);

ids_input!(
    /// `GetAgreementCancellationRequest`'s input.
    GetAgreementCancellationRequestInput {
        /// The agreement.
        agreement_id: AgreementId,
        /// The request (`acr-...`).
        agreement_cancellation_request_id: String,
    }
);

ids_input!(
    /// `RejectAgreementCancellationRequest`'s input (the buyer).
    RejectAgreementCancellationRequestInput {
        /// The agreement.
        agreement_id: AgreementId,
        /// The request (`acr-...`).
        agreement_cancellation_request_id: String,
        /// Why (1–2000 characters).
        rejection_reason: String,
    }
);

ids_input!(
    /// `CancelAgreementCancellationRequestInput`'s input (the seller withdraws it).
    CancelAgreementCancellationRequestInput {
        /// The agreement.
        agreement_id: AgreementId,
        /// The request (`acr-...`).
        agreement_cancellation_request_id: String,
        /// Why (1–2000 characters).
        cancellation_reason: String,
    }
);

/// Declares the input of a list operation filtered by the caller's role (`PartyType`: Proposer or Acceptor).
macro_rules! party_list_input {
    ($(#[$meta:meta])* $name:ident, $status:ty) => {
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            /// `Proposer` (the seller's view) or `Acceptor` (the buyer's).
            pub party_type: String,
            /// Only this agreement's.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub agreement_id: Option<AgreementId>,
            /// Only this status.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub status: Option<$status>,
            /// `PurchaseAgreement`.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub agreement_type: Option<String>,
            /// `AWSMarketplace`.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub catalog: Option<String>,
            /// Page size (1–50).
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub max_results: Option<i32>,
            /// The page.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub next_token: Option<String>,
        }

        impl $name {
            /// The caller's list as `party_type` (`Proposer` or `Acceptor`).
            pub fn new(party_type: impl Into<String>) -> Self {
                $name {
                    party_type: party_type.into(),
                    agreement_id: None,
                    status: None,
                    agreement_type: None,
                    catalog: None,
                    max_results: None,
                    next_token: None,
                }
            }
        }

    };
}

party_list_input!(
    /// `ListAgreementCancellationRequests`'s input.
    ListAgreementCancellationRequestsInput, ApprovalStatus
);

page_output!(
    /// `ListAgreementCancellationRequests`'s output.
    ListAgreementCancellationRequestsOutput, items: CancellationRequest
);

// ------------------------------------------------------------------------------------------------------------------
// Billing adjustments (the seller's refunds)

open_enum!(
    /// Why a seller refunds.
    BillingAdjustmentReasonCode {
        /// The buyer accepted the wrong terms.
        IncorrectTermsAccepted => "INCORRECT_TERMS_ACCEPTED",
        /// Usage was metered wrongly.
        IncorrectMetering => "INCORRECT_METERING",
        /// Charges of a test environment.
        TestEnvironmentCharges => "TEST_ENVIRONMENT_CHARGES",
        /// The buyer procures elsewhere.
        AlternativeProcurementChannel => "ALTERNATIVE_PROCUREMENT_CHANNEL",
        /// It renewed by mistake.
        UnintendedRenewal => "UNINTENDED_RENEWAL",
        /// The buyer is not satisfied.
        BuyerDissatisfaction => "BUYER_DISSATISFACTION",
        /// Anything else.
        Other => "OTHER",
    }
);

open_enum!(
    /// Where a billing adjustment stands.
    BillingAdjustmentStatus {
        /// Being processed (a day, locally).
        Pending => "PENDING",
        /// Refused.
        ValidationFailed => "VALIDATION_FAILED",
        /// Credited.
        Completed => "COMPLETED",
    }
);

/// One refund to create (`BatchCreateBillingAdjustmentRequestEntry`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillingAdjustmentEntry {
    /// The agreement.
    pub agreement_id: AgreementId,
    /// The invoice it refunds (a charge's id).
    pub original_invoice_id: String,
    /// How much (up to 8 decimals).
    pub adjustment_amount: String,
    /// The invoice's currency.
    pub currency_code: String,
    /// Why.
    pub adjustment_reason_code: BillingAdjustmentReasonCode,
    /// Details (1–500 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Idempotency token of this entry.
    pub client_token: String,
}

impl BillingAdjustmentEntry {
    /// Refund `adjustment_amount` `currency_code` of `original_invoice_id` on `agreement_id`, with a fresh token.
    pub fn new(
        agreement_id: impl Into<String>,
        original_invoice_id: impl Into<String>,
        adjustment_amount: impl Into<String>,
        currency_code: impl Into<String>,
        adjustment_reason_code: BillingAdjustmentReasonCode,
    ) -> Self {
        BillingAdjustmentEntry {
            agreement_id: agreement_id.into().into(),
            original_invoice_id: original_invoice_id.into(),
            adjustment_amount: adjustment_amount.into(),
            currency_code: currency_code.into(),
            adjustment_reason_code,
            description: None,
            client_token: uuid::Uuid::new_v4().to_string(),
        }
    }
}

/// `BatchCreateBillingAdjustmentRequest`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BatchCreateBillingAdjustmentRequestInput {
    /// 1–50 refunds.
    pub billing_adjustment_request_entries: Vec<BillingAdjustmentEntry>,
}

impl BatchCreateBillingAdjustmentRequestInput {
    /// Create `entries`.
    pub fn new(entries: Vec<BillingAdjustmentEntry>) -> Self {
        BatchCreateBillingAdjustmentRequestInput { billing_adjustment_request_entries: entries }
    }
}

/// A refund created (or found again by its token).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillingAdjustmentItem {
    /// `ba-...`.
    pub billing_adjustment_request_id: String,
    /// The entry's token.
    pub client_token: String,
}

/// A refund refused.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillingAdjustmentError {
    /// CONFLICT_EXCEPTION, VALIDATION_EXCEPTION, RESOURCE_NOT_FOUND_EXCEPTION or INTERNAL_FAILURE.
    pub code: String,
    /// Why.
    pub message: String,
    /// The entry's token.
    pub client_token: String,
}

/// `BatchCreateBillingAdjustmentRequest`'s output.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BatchCreateBillingAdjustmentRequestOutput {
    /// The refunds created.
    #[serde(default)]
    pub items: Vec<BillingAdjustmentItem>,
    /// The refunds refused.
    #[serde(default)]
    pub errors: Vec<BillingAdjustmentError>,
}

/// A refund (`GetBillingAdjustmentRequest`; `ListBillingAdjustmentRequests` leaves out the reason and description
/// and adds the agreement type and catalog).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillingAdjustment {
    /// `ba-...`.
    pub billing_adjustment_request_id: String,
    /// The agreement.
    pub agreement_id: AgreementId,
    /// The invoice it refunds.
    pub original_invoice_id: String,
    /// How much.
    pub adjustment_amount: String,
    /// The currency.
    pub currency_code: String,
    /// Where it stands.
    pub status: BillingAdjustmentStatus,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_message: Option<String>,
    /// Why it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adjustment_reason_code: Option<BillingAdjustmentReasonCode>,
    /// Details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `PurchaseAgreement`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_type: Option<String>,
    /// `AWSMarketplace`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<String>,
    /// When it was made.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<OffsetDateTime>,
    /// When it last changed.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<OffsetDateTime>,
}

ids_input!(
    /// `GetBillingAdjustmentRequest`'s input.
    GetBillingAdjustmentRequestInput {
        /// The agreement.
        agreement_id: AgreementId,
        /// The refund (`ba-...`).
        billing_adjustment_request_id: String,
    }
);

/// `ListBillingAdjustmentRequests`'s input (the seller's refunds).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListBillingAdjustmentRequestsInput {
    /// Only this agreement's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_id: Option<AgreementId>,
    /// Only this status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<BillingAdjustmentStatus>,
    /// Made after this time.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub created_after: Option<OffsetDateTime>,
    /// Made before this time.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub created_before: Option<OffsetDateTime>,
    /// `AWSMarketplace`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<String>,
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

page_output!(
    /// `ListBillingAdjustmentRequests`'s output.
    ListBillingAdjustmentRequestsOutput, items: BillingAdjustment
);

// ------------------------------------------------------------------------------------------------------------------
// Payment requests (the seller's charges under a variable payment term)

/// `SendAgreementPaymentRequest`'s input (the seller).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SendAgreementPaymentRequestInput {
    /// The agreement.
    pub agreement_id: AgreementId,
    /// Its `VariablePaymentTerm`.
    pub term_id: String,
    /// 5–64 characters.
    pub name: String,
    /// How much (up to 8 decimals).
    pub charge_amount: String,
    /// Details (1–2000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Idempotency token (filled by the library when empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
}

impl SendAgreementPaymentRequestInput {
    /// Ask the buyer of `agreement_id` to pay `charge_amount` under `term_id`.
    pub fn new(
        agreement_id: impl Into<String>,
        term_id: impl Into<String>,
        name: impl Into<String>,
        charge_amount: impl Into<String>,
    ) -> Self {
        SendAgreementPaymentRequestInput {
            agreement_id: agreement_id.into().into(),
            term_id: term_id.into(),
            name: name.into(),
            charge_amount: charge_amount.into(),
            description: None,
            client_token: None,
        }
    }
}

/// `AcceptAgreementPaymentRequest`'s input (the buyer).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AcceptAgreementPaymentRequestInput {
    /// The payment request (`pr-...`).
    pub payment_request_id: String,
    /// The agreement.
    pub agreement_id: AgreementId,
    /// The purchase order it is approved against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_reference: Option<String>,
}

impl AcceptAgreementPaymentRequestInput {
    /// Approve `payment_request_id` of `agreement_id`.
    pub fn new(agreement_id: impl Into<String>, payment_request_id: impl Into<String>) -> Self {
        AcceptAgreementPaymentRequestInput {
            payment_request_id: payment_request_id.into(),
            agreement_id: agreement_id.into().into(),
            purchase_order_reference: None,
        }
    }
}

/// `RejectAgreementPaymentRequest`'s input (the buyer).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RejectAgreementPaymentRequestInput {
    /// The payment request (`pr-...`).
    pub payment_request_id: String,
    /// The agreement.
    pub agreement_id: AgreementId,
    /// Why (1–250 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection_reason: Option<String>,
}

impl RejectAgreementPaymentRequestInput {
    /// Reject `payment_request_id` of `agreement_id`.
    pub fn new(agreement_id: impl Into<String>, payment_request_id: impl Into<String>) -> Self {
        RejectAgreementPaymentRequestInput {
            payment_request_id: payment_request_id.into(),
            agreement_id: agreement_id.into().into(),
            rejection_reason: None,
        }
    }
}

/// Declares an input naming one payment request of an agreement.
macro_rules! payment_request_input {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {$(
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            /// The payment request (`pr-...`).
            pub payment_request_id: String,
            /// The agreement.
            pub agreement_id: AgreementId,
        }

        impl $name {
            /// The payment request `payment_request_id` of `agreement_id`.
            pub fn new(agreement_id: impl Into<String>, payment_request_id: impl Into<String>) -> Self {
                $name { payment_request_id: payment_request_id.into(), agreement_id: agreement_id.into().into() }
            }
        }
    )*};
}

payment_request_input!(
    /// `CancelAgreementPaymentRequest`'s input (the seller withdraws it).
    CancelAgreementPaymentRequestInput,
    /// `GetAgreementPaymentRequest`'s input.
    GetAgreementPaymentRequestInput,
);

party_list_input!(
    /// `ListAgreementPaymentRequests`'s input.
    ListAgreementPaymentRequestsInput, PaymentRequestStatus
);

page_output!(
    /// `ListAgreementPaymentRequests`'s output.
    ListAgreementPaymentRequestsOutput, items: PaymentRequest
);

// ------------------------------------------------------------------------------------------------------------------
// Invoices

/// `ListAgreementInvoiceLineItems`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListAgreementInvoiceLineItemsInput {
    /// The agreement.
    pub agreement_id: AgreementId,
    /// `INVOICE_ID`.
    pub group_by: String,
    /// Only this invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// `INVOICE` or `CREDIT_MEMO`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_type: Option<String>,
    /// Only this month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_billing_period: Option<InvoiceBillingPeriod>,
    /// Issued before this time.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub before_issued_time: Option<OffsetDateTime>,
    /// Issued after this time.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub after_issued_time: Option<OffsetDateTime>,
    /// Page size (1–50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListAgreementInvoiceLineItemsInput {
    /// Every invoice of `agreement_id`, grouped by invoice id.
    pub fn new(agreement_id: impl Into<String>) -> Self {
        ListAgreementInvoiceLineItemsInput {
            agreement_id: agreement_id.into().into(),
            group_by: "INVOICE_ID".into(),
            invoice_id: None,
            invoice_type: None,
            invoice_billing_period: None,
            before_issued_time: None,
            after_issued_time: None,
            max_results: None,
            next_token: None,
        }
    }
}

page_output!(
    /// `ListAgreementInvoiceLineItems`'s output.
    ListAgreementInvoiceLineItemsOutput, agreement_invoice_line_item_group_summaries: InvoiceLineItemGroup
);

/// `GetAgreementContacts`'s output.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GetAgreementContactsOutput {
    /// Who accepted, when anybody is on record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptor_contact: Option<AcceptorContact>,
}

impl GetAgreementContactsOutput {
    /// The contact on record.
    pub fn new(acceptor_contact: Option<AcceptorContact>) -> Self {
        GetAgreementContactsOutput { acceptor_contact }
    }
}
