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
    "SendAgreementPaymentRequest",
    "AcceptAgreementPaymentRequest",
    "RejectAgreementPaymentRequest",
    "CancelAgreementPaymentRequest",
    "GetAgreementPaymentRequest",
    "ListAgreementPaymentRequests",
    "ListAgreementInvoiceLineItems",
    "GetAgreementContacts",
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

fn client_token_rule(v: &mut Validator, token: Option<&str>) {
    if let Some(t) = token {
        if v.length("clientToken", t, 1, 64) && !t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            v.fail("clientToken", "must match [a-zA-Z0-9-]+");
        }
    }
}

fn acceptor_contact_rule(v: &mut Validator, c: &crate::model::agreement::AcceptorContact) {
    v.length("acceptorContact.firstName", &c.first_name, 1, 80);
    v.length("acceptorContact.lastName", &c.last_name, 1, 80);
    v.length("acceptorContact.companyName", &c.company_name, 1, 256);
    if v.length("acceptorContact.emailAddress", &c.email_address, 1, 255) && !looks_like_email(&c.email_address) {
        v.fail("acceptorContact.emailAddress", "must be an email address (name@domain.tld)");
    }
    if c.country_code.len() != 2 || !c.country_code.chars().all(|ch| ch.is_ascii_uppercase()) {
        v.fail("acceptorContact.countryCode", "must be two capital letters (ISO 3166-1 alpha-2)");
    }
}

/// The model's `[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`.
fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    let Some((host, tld)) = domain.rsplit_once('.') else { return false };
    !local.is_empty()
        && local.chars().all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c))
        && !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || ".-".contains(c))
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic())
}

/// An amount as `[0-9]*(\.[0-9]{0,8})?`, with at least one digit.
pub(crate) fn is_amount(text: &str) -> bool {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    !(whole.is_empty() && fraction.is_empty())
        && whole.chars().all(|c| c.is_ascii_digit())
        && fraction.len() <= 8
        && fraction.chars().all(|c| c.is_ascii_digit())
}

fn payment_request_rules(v: &mut Validator, name: &str, refs: &AgreementRefs) {
    if !name.contains("PaymentRequest") {
        return;
    }
    if name != "ListAgreementPaymentRequests" {
        match &refs.agreement_id {
            Some(id) => id_rule(v, "agreementId", id),
            None => v.fail("agreementId", "is required"),
        }
    }
    if !["SendAgreementPaymentRequest", "ListAgreementPaymentRequests"].contains(&name) {
        match &refs.payment_request_id {
            Some(id) => {
                let ok = id.len() <= 64
                    && id
                        .strip_prefix("pr-")
                        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric()));
                if !ok {
                    v.fail("paymentRequestId", "must match pr-[a-zA-Z0-9]+");
                }
            }
            None => v.fail("paymentRequestId", "is required"),
        }
    }
    match name {
        "SendAgreementPaymentRequest" => {
            match &refs.term_id {
                Some(t) => {
                    v.length("termId", t, 1, 256);
                }
                None => v.fail("termId", "is required"),
            }
            match &refs.name {
                Some(n) => {
                    v.length("name", n, 5, 64);
                }
                None => v.fail("name", "is required"),
            }
            match &refs.charge_amount {
                Some(a) if !is_amount(a) => v.fail("chargeAmount", "must be a decimal amount with at most 8 decimals"),
                Some(_) => {}
                None => v.fail("chargeAmount", "is required"),
            }
        }
        "AcceptAgreementPaymentRequest" => {
            v.optional_length("purchaseOrderReference", refs.purchase_order_reference.as_deref(), 1, 200);
        }
        "ListAgreementPaymentRequests" => {
            if refs.party_type.is_none() {
                v.fail("partyType", "is required (PROPOSER or ACCEPTOR)");
            }
            if let Some(status) = &refs.status {
                if !crate::model::agreement::PaymentRequestStatus::from(status.as_str()).is_known() {
                    v.fail(
                        "status",
                        format!(
                            "{status:?} is not one of {}",
                            crate::model::agreement::PaymentRequestStatus::known_values()
                        ),
                    );
                }
            }
        }
        _ => {}
    }
}

fn invoice_rules(v: &mut Validator, name: &str, refs: &AgreementRefs) {
    if name != "ListAgreementInvoiceLineItems" {
        return;
    }
    match &refs.agreement_id {
        Some(id) => id_rule(v, "agreementId", id),
        None => v.fail("agreementId", "is required"),
    }
    match refs.group_by.as_deref() {
        Some("INVOICE_ID") => {}
        Some(other) => v.fail("groupBy", format!("{other:?} is not one of INVOICE_ID")),
        None => v.fail("groupBy", "is required (INVOICE_ID)"),
    }
    if let Some(kind) = refs.invoice_type.as_deref() {
        if !["INVOICE", "CREDIT_MEMO"].contains(&kind) {
            v.fail("invoiceType", format!("{kind:?} is not one of INVOICE, CREDIT_MEMO"));
        }
    }
    if let Some(id) = &refs.invoice_id {
        id_rule(v, "invoiceId", id);
    }
    if let Some(period) = &refs.invoice_billing_period {
        v.range("invoiceBillingPeriod.month", i64::from(period.month), 1, 12);
        v.range("invoiceBillingPeriod.year", i64::from(period.year), 2023, 2050);
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
                client_token_rule(&mut v, i.client_token.as_deref());
                if let Some(c) = &i.acceptor_contact {
                    acceptor_contact_rule(&mut v, c);
                }
                if let Some(estimation) = i.tax_configuration.as_ref().and_then(|t| t.tax_estimation.as_deref()) {
                    if !["ENABLED", "DISABLED"].contains(&estimation) {
                        v.fail("taxConfiguration.taxEstimation", "must be ENABLED or DISABLED");
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
                payment_request_rules(&mut v, name, refs);
                invoice_rules(&mut v, name, refs);
                if *name == "GetAgreementContacts" && refs.agreement_id.is_none() {
                    v.fail("agreementId", "is required");
                }
                v.optional_length("rejectionReason", refs.rejection_reason.as_deref(), 1, 250);
                client_token_rule(&mut v, refs.client_token.as_deref());
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
