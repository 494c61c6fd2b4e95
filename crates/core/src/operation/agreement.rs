//! The Marketplace Agreement operations the library serves, as one request enum and one response enum.

use crate::error::Result;
use crate::model::agreement::{
    AcceptAgreementRequestInput, AcceptedTerm, Agreement, AgreementEntitlement, AgreementIdInput, AgreementRefs,
    AgreementRequest, Charge, CreateAgreementRequestInput, ListChargesInput, SearchAgreementsInput,
    UpdatePurchaseOrdersInput,
};
use crate::model::discovery::Page;
use crate::validate::Validator;

/// A Marketplace Agreement call.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AgreementRequestOp {
    /// `CreateAgreementRequest`: a quote for an offer (or an amendment or replacement).
    CreateAgreementRequest(CreateAgreementRequestInput),
    /// `AcceptAgreementRequest`: the agreement is made.
    AcceptAgreementRequest(AcceptAgreementRequestInput),
    /// `DescribeAgreement`.
    DescribeAgreement(AgreementIdInput),
    /// `GetAgreementTerms`.
    GetAgreementTerms(AgreementIdInput),
    /// `GetAgreementEntitlements`.
    GetAgreementEntitlements(AgreementIdInput),
    /// `SearchAgreements`.
    SearchAgreements(SearchAgreementsInput),
    /// `ListAgreementCharges`.
    ListAgreementCharges(ListChargesInput),
    /// `CancelAgreement`.
    CancelAgreement(AgreementIdInput),
    /// `UpdatePurchaseOrders`.
    UpdatePurchaseOrders(UpdatePurchaseOrdersInput),
    /// `GetAgreementRequest`, `ListAgreementRequests`, `CancelAgreementRequest`, the approval operations
    /// (`GetAgreementRequestApprovalPlans`, `StartAgreementApprovals`, `GetAgreementApproval`, `ListAgreementApprovals`,
    /// `AcceptAgreementApproval`, `RejectAgreementApproval`) and the cancellation-request operations
    /// (`SendAgreementCancellationRequest`, `AcceptAgreementCancellationRequest`, `RejectAgreementCancellationRequest`,
    /// `CancelAgreementCancellationRequest`, `GetAgreementCancellationRequest`, `ListAgreementCancellationRequests`),
    /// named by the first member.
    Workflow(&'static str, Box<AgreementRefs>),
}

/// The operations carried by [`AgreementRequestOp::Workflow`].
pub const WORKFLOW_OPERATIONS: &[&str] = &[
    "GetAgreementRequest",
    "ListAgreementRequests",
    "CancelAgreementRequest",
    "GetAgreementRequestApprovalPlans",
    "StartAgreementApprovals",
    "GetAgreementApproval",
    "ListAgreementApprovals",
    "AcceptAgreementApproval",
    "RejectAgreementApproval",
    "SendAgreementCancellationRequest",
    "AcceptAgreementCancellationRequest",
    "RejectAgreementCancellationRequest",
    "CancelAgreementCancellationRequest",
    "GetAgreementCancellationRequest",
    "ListAgreementCancellationRequests",
    "BatchCreateBillingAdjustmentRequest",
    "GetBillingAdjustmentRequest",
    "ListBillingAdjustmentRequests",
];

/// A Marketplace Agreement answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AgreementResponse {
    /// No output.
    Empty,
    /// `CreateAgreementRequest`.
    Request(Box<AgreementRequest>),
    /// `AcceptAgreementRequest`: the new agreement's id.
    AgreementId(String),
    /// `DescribeAgreement`.
    Agreement(Box<Agreement>),
    /// `GetAgreementTerms`.
    Terms(Page<AcceptedTerm>),
    /// `GetAgreementEntitlements`.
    Entitlements(Page<AgreementEntitlement>),
    /// `SearchAgreements`.
    Agreements(Page<Agreement>),
    /// `ListAgreementCharges`.
    Charges(Page<Charge>),
    /// The answer of a workflow operation, in the service's JSON shape.
    Document(serde_json::Value),
}

fn id_rule(v: &mut Validator, field: &str, id: &str) {
    if v.length(field, id, 1, 64) && !id.chars().all(|c| c.is_ascii_alphanumeric() || "_/-".contains(c)) {
        v.fail(field, "must match [A-Za-z0-9_/-]+");
    }
}

fn page_rule(v: &mut Validator, max_results: Option<i32>) {
    if let Some(n) = max_results {
        v.range("maxResults", i64::from(n), 1, 50);
    }
}

fn purchase_orders_rule(v: &mut Validator, orders: &[crate::model::agreement::PurchaseOrder], need_agreement: bool) {
    if orders.len() > 86 {
        v.fail("purchaseOrders", "at most 86 purchase orders");
    }
    for (i, po) in orders.iter().enumerate() {
        id_rule(v, &format!("purchaseOrders[{i}].chargeId"), &po.charge_id);
        match &po.purchase_order_reference {
            Some(r) => {
                v.length(&format!("purchaseOrders[{i}].purchaseOrderReference"), r, 1, 200);
            }
            None => v.fail(format!("purchaseOrders[{i}].purchaseOrderReference"), "is required"),
        }
        if need_agreement && po.agreement_id.is_none() {
            v.fail(format!("purchaseOrders[{i}].agreementId"), "is required");
        }
    }
}

impl AgreementRequestOp {
    /// The operation's name.
    pub fn operation_name(&self) -> &'static str {
        match self {
            AgreementRequestOp::CreateAgreementRequest(_) => "CreateAgreementRequest",
            AgreementRequestOp::AcceptAgreementRequest(_) => "AcceptAgreementRequest",
            AgreementRequestOp::DescribeAgreement(_) => "DescribeAgreement",
            AgreementRequestOp::GetAgreementTerms(_) => "GetAgreementTerms",
            AgreementRequestOp::GetAgreementEntitlements(_) => "GetAgreementEntitlements",
            AgreementRequestOp::SearchAgreements(_) => "SearchAgreements",
            AgreementRequestOp::ListAgreementCharges(_) => "ListAgreementCharges",
            AgreementRequestOp::CancelAgreement(_) => "CancelAgreement",
            AgreementRequestOp::UpdatePurchaseOrders(_) => "UpdatePurchaseOrders",
            AgreementRequestOp::Workflow(name, _) => name,
        }
    }

    /// Check the request against the model's member rules.
    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        match self {
            AgreementRequestOp::CreateAgreementRequest(i) => {
                if i.requested_terms.is_empty() || i.requested_terms.len() > 30 {
                    v.fail("requestedTerms", "must hold 1 to 30 terms");
                }
                if !i.intent.is_known() {
                    v.fail("intent", "must be NEW, AMEND or REPLACE");
                }
                match &i.agreement_proposal_identifier {
                    Some(p) => {
                        let ok = (p.starts_with("ap-") || p.starts_with("at-"))
                            && p.len() > 3
                            && p.len() <= 64
                            && p[3..].chars().all(|c| c.is_ascii_alphanumeric());
                        if !ok {
                            v.fail("agreementProposalIdentifier", "must match (at-|ap-)[A-Za-z0-9]+");
                        }
                    }
                    None => v.fail("agreementProposalIdentifier", "is required"),
                }
                let needs_source = matches!(
                    i.intent,
                    crate::model::agreement::RequestIntent::Amend | crate::model::agreement::RequestIntent::Replace
                );
                match &i.source_agreement_identifier {
                    Some(s) => id_rule(&mut v, "sourceAgreementIdentifier", s),
                    None if needs_source => {
                        v.fail("sourceAgreementIdentifier", format!("is required for intent {}", i.intent))
                    }
                    None => {}
                }
                if let Some(t) = &i.client_token {
                    if v.length("clientToken", t, 1, 64) && !t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                        v.fail("clientToken", "must match [a-zA-Z0-9-]+");
                    }
                }
            }
            AgreementRequestOp::AcceptAgreementRequest(i) => {
                if !i.agreement_request_id.starts_with("ar-") {
                    v.fail("agreementRequestId", "must match ar-[A-Za-z0-9]+");
                }
                purchase_orders_rule(&mut v, &i.purchase_orders, false);
            }
            AgreementRequestOp::DescribeAgreement(i)
            | AgreementRequestOp::GetAgreementTerms(i)
            | AgreementRequestOp::GetAgreementEntitlements(i)
            | AgreementRequestOp::CancelAgreement(i) => {
                id_rule(&mut v, "agreementId", &i.agreement_id);
                page_rule(&mut v, i.max_results);
            }
            AgreementRequestOp::SearchAgreements(i) => {
                page_rule(&mut v, i.max_results);
                if i.filters.len() > 10 {
                    v.fail("filters", "at most 10 filters");
                }
                for (n, f) in i.filters.iter().enumerate() {
                    if f.values.len() != 1 {
                        v.fail(format!("filters[{n}].values"), "must hold exactly one value");
                    }
                }
            }
            AgreementRequestOp::ListAgreementCharges(i) => {
                page_rule(&mut v, i.max_results);
                if let Some(a) = &i.agreement_id {
                    id_rule(&mut v, "agreementId", a);
                }
            }
            AgreementRequestOp::Workflow(name, refs) => {
                if !WORKFLOW_OPERATIONS.contains(name) {
                    v.fail("operation", format!("{name} is not an agreement workflow operation"));
                }
                let needs = |member: &str| match member {
                    "agreementRequestId" => [
                        "GetAgreementRequest",
                        "CancelAgreementRequest",
                        "GetAgreementRequestApprovalPlans",
                        "StartAgreementApprovals",
                    ]
                    .contains(name),
                    "agreementId" => {
                        name.contains("CancellationRequest") && *name != "ListAgreementCancellationRequests"
                    }
                    "agreementCancellationRequestId" => {
                        name.contains("CancellationRequest")
                            && !["SendAgreementCancellationRequest", "ListAgreementCancellationRequests"].contains(name)
                    }
                    "reasonCode" => *name == "SendAgreementCancellationRequest",
                    "partyType" => *name == "ListAgreementApprovals",
                    _ => false,
                };
                for (member, value) in [
                    ("agreementRequestId", &refs.agreement_request_id),
                    ("agreementId", &refs.agreement_id),
                    ("agreementCancellationRequestId", &refs.agreement_cancellation_request_id),
                    ("reasonCode", &refs.reason_code),
                    ("partyType", &refs.party_type),
                ] {
                    if needs(member) && value.is_none() {
                        v.fail(member, "is required");
                    }
                }
                if *name == "StartAgreementApprovals" && (refs.plan_inputs.is_empty() || refs.plan_inputs.len() > 10) {
                    v.fail("planInputs", "must hold 1 to 10 plans");
                }
                if *name == "GetBillingAdjustmentRequest"
                    && (refs.billing_adjustment_request_id.is_none() || refs.agreement_id.is_none())
                {
                    v.fail("billingAdjustmentRequestId", "agreementId and billingAdjustmentRequestId are required");
                }
                if *name == "BatchCreateBillingAdjustmentRequest"
                    && (refs.billing_adjustment_request_entries.is_empty()
                        || refs.billing_adjustment_request_entries.len() > 50)
                {
                    v.fail("billingAdjustmentRequestEntries", "must hold 1 to 50 entries");
                }
                if *name == "GetAgreementApproval" && refs.agreement_approval_id.is_none() {
                    v.fail("agreementApprovalId", "is required");
                }
                v.optional_length("description", refs.description.as_deref(), 1, 2000);
                page_rule(&mut v, refs.max_results);
            }
            AgreementRequestOp::UpdatePurchaseOrders(i) => {
                if i.purchase_orders.is_empty() {
                    v.fail("purchaseOrders", "must hold 1 to 86 purchase orders");
                }
                purchase_orders_rule(&mut v, &i.purchase_orders, true);
            }
        }
        v.finish()
    }
}
