//! Marketplace Agreement's operation table: all 36 operations of the service (RPC v2 CBOR at
//! `/service/AWSMPCommerceService_v20200301/operation/<Operation>`, or JSON 1.0 with `X-Amz-Target`), with the
//! member rules each input must meet.

use super::table::{define_service, Validate};
use crate::error::Result;
use crate::model::agreement::*;
use crate::validate::Validator;

/// The Marketplace Agreement operation table, handed to `$callback` (see [`crate::operation::table`]).
#[macro_export]
macro_rules! agreement_operations {
    ($callback:ident) => {
        $callback! {
            /// AWS Marketplace Agreement.
            service MarketplaceAgreement, variant Agreement, request AgreementServiceRequest,
                response AgreementServiceResponse, engine AgreementEngine, remote AgreementRemote,
                table AGREEMENT_OPERATIONS;
            /// `AcceptAgreementApproval`: an organization administrator approves an agreement request.
            AcceptAgreementApproval accept_agreement_approval($crate::model::agreement::AcceptAgreementApprovalInput)
                -> (), [write] [rpc];
            /// `AcceptAgreementCancellationRequest`: the buyer agrees to cancel; the agreement ends.
            AcceptAgreementCancellationRequest accept_agreement_cancellation_request(
                $crate::model::agreement::AcceptAgreementCancellationRequestInput)
                -> $crate::model::agreement::CancellationRequest, [write] [rpc];
            /// `AcceptAgreementPaymentRequest`: the buyer approves a payment request; it is charged.
            AcceptAgreementPaymentRequest accept_agreement_payment_request(
                $crate::model::agreement::AcceptAgreementPaymentRequestInput)
                -> $crate::model::agreement::PaymentRequest, [write] [rpc];
            /// `AcceptAgreementRequest`: the agreement is made; its id.
            AcceptAgreementRequest accept_agreement_request($crate::model::agreement::AcceptAgreementRequestInput)
                -> String as "agreementId", [write] [rpc];
            /// `BatchCreateBillingAdjustmentRequest`: the seller refunds invoiced charges.
            BatchCreateBillingAdjustmentRequest batch_create_billing_adjustment_request(
                $crate::model::agreement::BatchCreateBillingAdjustmentRequestInput)
                -> $crate::model::agreement::BatchCreateBillingAdjustmentRequestOutput, [write] [rpc];
            /// `CancelAgreement`.
            CancelAgreement cancel_agreement($crate::model::agreement::CancelAgreementInput) -> (), [write] [rpc];
            /// `CancelAgreementCancellationRequest`: the seller withdraws a cancellation request.
            CancelAgreementCancellationRequest cancel_agreement_cancellation_request(
                $crate::model::agreement::CancelAgreementCancellationRequestInput)
                -> $crate::model::agreement::CancellationRequest, [write] [rpc];
            /// `CancelAgreementPaymentRequest`: the seller withdraws a payment request.
            CancelAgreementPaymentRequest cancel_agreement_payment_request(
                $crate::model::agreement::CancelAgreementPaymentRequestInput)
                -> $crate::model::agreement::PaymentRequest, [write] [rpc];
            /// `CancelAgreementRequest`: the buyer withdraws a request not yet accepted.
            CancelAgreementRequest cancel_agreement_request($crate::model::agreement::CancelAgreementRequestInput)
                -> (), [write] [rpc];
            /// `CreateAgreementRequest`: a quote for an offer (or an amendment or replacement).
            CreateAgreementRequest create_agreement_request($crate::model::agreement::CreateAgreementRequestInput)
                -> $crate::model::agreement::AgreementRequest, [idempotent(client_token)] [rpc];
            /// `DescribeAgreement`.
            DescribeAgreement describe_agreement($crate::model::agreement::DescribeAgreementInput)
                -> $crate::model::agreement::Agreement, [read] [rpc];
            /// `GetAgreementApproval`.
            GetAgreementApproval get_agreement_approval($crate::model::agreement::GetAgreementApprovalInput)
                -> $crate::model::agreement::BuyerApproval as "buyerAgreementApproval", [read] [rpc];
            /// `GetAgreementCancellationRequest`.
            GetAgreementCancellationRequest get_agreement_cancellation_request(
                $crate::model::agreement::GetAgreementCancellationRequestInput)
                -> $crate::model::agreement::CancellationRequest, [read] [rpc];
            /// `GetAgreementContacts`: who accepted the agreement.
            GetAgreementContacts get_agreement_contacts($crate::model::agreement::GetAgreementContactsInput)
                -> $crate::model::agreement::GetAgreementContactsOutput, [read] [rpc];
            /// `GetAgreementEntitlements`: one page.
            GetAgreementEntitlements get_agreement_entitlements(
                $crate::model::agreement::GetAgreementEntitlementsInput)
                -> $crate::model::agreement::GetAgreementEntitlementsOutput, [read] [rpc] [pages];
            /// `GetAgreementPaymentRequest`.
            GetAgreementPaymentRequest get_agreement_payment_request(
                $crate::model::agreement::GetAgreementPaymentRequestInput)
                -> $crate::model::agreement::PaymentRequest, [read] [rpc];
            /// `GetAgreementRequest`: a request with its intent, proposer and proposal.
            GetAgreementRequest get_agreement_request($crate::model::agreement::GetAgreementRequestInput)
                -> $crate::model::agreement::AgreementRequestDetail, [read] [rpc];
            /// `GetAgreementRequestApprovalPlans`: the plans that can approve a request.
            GetAgreementRequestApprovalPlans get_agreement_request_approval_plans(
                $crate::model::agreement::GetAgreementRequestApprovalPlansInput)
                -> $crate::model::agreement::GetAgreementRequestApprovalPlansOutput, [read] [rpc] [pages];
            /// `GetAgreementRequestTerms`: one page of the terms a request asks for.
            GetAgreementRequestTerms get_agreement_request_terms($crate::model::agreement::GetAgreementRequestTermsInput)
                -> $crate::model::agreement::GetAgreementRequestTermsOutput, [read] [rpc] [pages];
            /// `GetAgreementTerms`: one page.
            GetAgreementTerms get_agreement_terms($crate::model::agreement::GetAgreementTermsInput)
                -> $crate::model::agreement::GetAgreementTermsOutput, [read] [rpc] [pages];
            /// `GetBillingAdjustmentRequest`.
            GetBillingAdjustmentRequest get_billing_adjustment_request(
                $crate::model::agreement::GetBillingAdjustmentRequestInput)
                -> $crate::model::agreement::BillingAdjustment, [read] [rpc];
            /// `ListAgreementApprovals`: one page.
            ListAgreementApprovals list_agreement_approvals($crate::model::agreement::ListAgreementApprovalsInput)
                -> $crate::model::agreement::ListAgreementApprovalsOutput, [read] [rpc] [pages];
            /// `ListAgreementCancellationRequests`: one page.
            ListAgreementCancellationRequests list_agreement_cancellation_requests(
                $crate::model::agreement::ListAgreementCancellationRequestsInput)
                -> $crate::model::agreement::ListAgreementCancellationRequestsOutput, [read] [rpc] [pages];
            /// `ListAgreementCharges`: one page.
            ListAgreementCharges list_agreement_charges($crate::model::agreement::ListAgreementChargesInput)
                -> $crate::model::agreement::ListAgreementChargesOutput, [read] [rpc] [pages];
            /// `ListAgreementInvoiceLineItems`: one page of invoices and credit memos.
            ListAgreementInvoiceLineItems list_agreement_invoice_line_items(
                $crate::model::agreement::ListAgreementInvoiceLineItemsInput)
                -> $crate::model::agreement::ListAgreementInvoiceLineItemsOutput, [read] [rpc] [pages];
            /// `ListAgreementPaymentRequests`: one page.
            ListAgreementPaymentRequests list_agreement_payment_requests(
                $crate::model::agreement::ListAgreementPaymentRequestsInput)
                -> $crate::model::agreement::ListAgreementPaymentRequestsOutput, [read] [rpc] [pages];
            /// `ListAgreementRequests`: one page of the caller's requests.
            ListAgreementRequests list_agreement_requests($crate::model::agreement::ListAgreementRequestsInput)
                -> $crate::model::agreement::ListAgreementRequestsOutput, [read] [rpc] [pages];
            /// `ListBillingAdjustmentRequests`: one page.
            ListBillingAdjustmentRequests list_billing_adjustment_requests(
                $crate::model::agreement::ListBillingAdjustmentRequestsInput)
                -> $crate::model::agreement::ListBillingAdjustmentRequestsOutput, [read] [rpc] [pages];
            /// `RejectAgreementApproval`: an organization administrator rejects an agreement request.
            RejectAgreementApproval reject_agreement_approval($crate::model::agreement::RejectAgreementApprovalInput)
                -> (), [write] [rpc];
            /// `RejectAgreementCancellationRequest`: the buyer keeps the agreement.
            RejectAgreementCancellationRequest reject_agreement_cancellation_request(
                $crate::model::agreement::RejectAgreementCancellationRequestInput)
                -> $crate::model::agreement::CancellationRequest, [write] [rpc];
            /// `RejectAgreementPaymentRequest`: the buyer refuses a payment request.
            RejectAgreementPaymentRequest reject_agreement_payment_request(
                $crate::model::agreement::RejectAgreementPaymentRequestInput)
                -> $crate::model::agreement::PaymentRequest, [write] [rpc];
            /// `SearchAgreements`: one page.
            SearchAgreements search_agreements($crate::model::agreement::SearchAgreementsInput)
                -> $crate::model::agreement::SearchAgreementsOutput, [read] [rpc] [pages];
            /// `SendAgreementCancellationRequest`: the seller asks the buyer to agree to cancel.
            SendAgreementCancellationRequest send_agreement_cancellation_request(
                $crate::model::agreement::SendAgreementCancellationRequestInput)
                -> $crate::model::agreement::CancellationRequest, [idempotent(client_token)] [rpc];
            /// `SendAgreementPaymentRequest`: the seller asks the buyer to pay under a variable payment term.
            SendAgreementPaymentRequest send_agreement_payment_request(
                $crate::model::agreement::SendAgreementPaymentRequestInput)
                -> $crate::model::agreement::PaymentRequest, [idempotent(client_token)] [rpc];
            /// `StartAgreementApprovals`: ask the organization's administrators to approve a request.
            StartAgreementApprovals start_agreement_approvals(
                $crate::model::agreement::StartAgreementApprovalsInput)
                -> Vec<$crate::model::agreement::ApprovalSummary> as "approvalSummaries", [write] [rpc];
            /// `UpdatePurchaseOrders`: set the purchase orders of charges.
            UpdatePurchaseOrders update_purchase_orders($crate::model::agreement::UpdatePurchaseOrdersInput) -> (),
                [idempotent] [rpc];
        }
    };
}

crate::agreement_operations!(define_service);

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

/// Implements [`Validate`] from a body that fills the validator.
macro_rules! rules {
    ($input:ty, |$this:ident, $v:ident| $body:block) => {
        impl Validate for $input {
            fn validate(&self) -> Result<()> {
                let $this = self;
                let mut $v = Validator::new();
                $body
                $v.finish()
            }
        }
    };
}

fn prefixed_id(v: &mut Validator, field: &str, id: &str, prefix: &str) {
    let ok = id.len() <= 64
        && id
            .strip_prefix(prefix)
            .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric()));
    if !ok {
        v.fail(field, format!("must match {prefix}[a-zA-Z0-9]+"));
    }
}

fn known<T: std::fmt::Display>(v: &mut Validator, field: &str, known: bool, value: &T, values: String) {
    if !known {
        v.fail(field, format!("{value:?} is not one of {values}", value = value.to_string()));
    }
}

rules!(CreateAgreementRequestInput, |i, v| {
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
        None if needs_source => v.fail("sourceAgreementIdentifier", format!("is required for intent {}", i.intent)),
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
});

rules!(AcceptAgreementRequestInput, |i, v| {
    prefixed_id(&mut v, "agreementRequestId", &i.agreement_request_id, "ar-");
    purchase_orders_rule(&mut v, &i.purchase_orders, false);
});

rules!(DescribeAgreementInput, |i, v| { id_rule(&mut v, "agreementId", &i.agreement_id) });
rules!(CancelAgreementInput, |i, v| { id_rule(&mut v, "agreementId", &i.agreement_id) });
rules!(GetAgreementContactsInput, |i, v| { id_rule(&mut v, "agreementId", &i.agreement_id) });
rules!(GetAgreementTermsInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    page_rule(&mut v, i.max_results);
});
rules!(GetAgreementEntitlementsInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    page_rule(&mut v, i.max_results);
});

rules!(SearchAgreementsInput, |i, v| {
    page_rule(&mut v, i.max_results);
    if i.filters.len() > 10 {
        v.fail("filters", "at most 10 filters");
    }
    for (n, f) in i.filters.iter().enumerate() {
        if f.values.len() != 1 {
            v.fail(format!("filters[{n}].values"), "must hold exactly one value");
        }
    }
});

rules!(ListAgreementChargesInput, |i, v| {
    page_rule(&mut v, i.max_results);
    if let Some(a) = &i.agreement_id {
        id_rule(&mut v, "agreementId", a);
    }
});

rules!(UpdatePurchaseOrdersInput, |i, v| {
    if i.purchase_orders.is_empty() {
        v.fail("purchaseOrders", "must hold 1 to 86 purchase orders");
    }
    purchase_orders_rule(&mut v, &i.purchase_orders, true);
});

rules!(GetAgreementRequestInput, |i, v| { prefixed_id(&mut v, "agreementRequestId", &i.agreement_request_id, "ar-") });
rules!(CancelAgreementRequestInput, |i, v| {
    prefixed_id(&mut v, "agreementRequestId", &i.agreement_request_id, "ar-")
});
rules!(GetAgreementRequestApprovalPlansInput, |i, v| {
    prefixed_id(&mut v, "agreementRequestId", &i.agreement_request_id, "ar-");
    page_rule(&mut v, i.max_results);
});
rules!(GetAgreementRequestTermsInput, |i, v| {
    prefixed_id(&mut v, "agreementRequestId", &i.agreement_request_id, "ar-");
    if let Some(n) = i.max_results {
        v.range("maxResults", i64::from(n), 10, 50);
    }
});
rules!(ListAgreementRequestsInput, |i, v| {
    page_rule(&mut v, i.max_results);
    if let Some(status) = &i.status {
        known(&mut v, "status", status.is_known(), status, AgreementRequestStatus::known_values());
    }
});

rules!(StartAgreementApprovalsInput, |i, v| {
    prefixed_id(&mut v, "agreementRequestId", &i.agreement_request_id, "ar-");
    if i.plan_inputs.is_empty() || i.plan_inputs.len() > 10 {
        v.fail("planInputs", "must hold 1 to 10 plans");
    }
    if i.purchase_orders.len() > 86 {
        v.fail("purchaseOrders", "at most 86 purchase orders");
    }
});
rules!(GetAgreementApprovalInput, |i, v| {
    prefixed_id(&mut v, "agreementApprovalId", &i.agreement_approval_id, "apr-")
});
rules!(ListAgreementApprovalsInput, |i, v| {
    known(&mut v, "partyType", i.party_type.is_known(), &i.party_type, ApprovalPartyType::known_values());
    page_rule(&mut v, i.max_results);
});
rules!(AcceptAgreementApprovalInput, |i, v| {
    let input = &i.buyer_agreement_approval_approver_input;
    prefixed_id(
        &mut v,
        "buyerAgreementApprovalApproverInput.agreementApprovalId",
        &input.agreement_approval_id,
        "apr-",
    );
    v.optional_length("buyerAgreementApprovalApproverInput.note", input.note.as_deref(), 1, 1000);
});
rules!(RejectAgreementApprovalInput, |i, v| {
    let input = &i.buyer_agreement_approval_rejection_input;
    prefixed_id(
        &mut v,
        "buyerAgreementApprovalRejectionInput.agreementApprovalId",
        &input.agreement_approval_id,
        "apr-",
    );
    v.optional_length("buyerAgreementApprovalRejectionInput.note", input.note.as_deref(), 1, 1000);
});

rules!(SendAgreementCancellationRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    known(&mut v, "reasonCode", i.reason_code.is_known(), &i.reason_code, CancellationReasonCode::known_values());
    client_token_rule(&mut v, i.client_token.as_deref());
    v.optional_length("description", i.description.as_deref(), 1, 2000);
});
rules!(AcceptAgreementCancellationRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    prefixed_id(&mut v, "agreementCancellationRequestId", &i.agreement_cancellation_request_id, "acr-");
});
rules!(GetAgreementCancellationRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    prefixed_id(&mut v, "agreementCancellationRequestId", &i.agreement_cancellation_request_id, "acr-");
});
rules!(RejectAgreementCancellationRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    prefixed_id(&mut v, "agreementCancellationRequestId", &i.agreement_cancellation_request_id, "acr-");
    v.length("rejectionReason", &i.rejection_reason, 1, 2000);
});
rules!(CancelAgreementCancellationRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    prefixed_id(&mut v, "agreementCancellationRequestId", &i.agreement_cancellation_request_id, "acr-");
    v.length("cancellationReason", &i.cancellation_reason, 1, 2000);
});
rules!(ListAgreementCancellationRequestsInput, |i, v| {
    v.length("partyType", &i.party_type, 1, 32);
    if let Some(a) = &i.agreement_id {
        id_rule(&mut v, "agreementId", a);
    }
    page_rule(&mut v, i.max_results);
});

rules!(BatchCreateBillingAdjustmentRequestInput, |i, v| {
    let n = i.billing_adjustment_request_entries.len();
    if n == 0 || n > 50 {
        v.fail("billingAdjustmentRequestEntries", "must hold 1 to 50 entries");
    }
    for (n, e) in i.billing_adjustment_request_entries.iter().enumerate() {
        let f = |m: &str| format!("billingAdjustmentRequestEntries[{n}].{m}");
        id_rule(&mut v, &f("agreementId"), &e.agreement_id);
        v.length(&f("originalInvoiceId"), &e.original_invoice_id, 0, 1024);
        if !is_amount(&e.adjustment_amount) {
            v.fail(f("adjustmentAmount"), "must be a decimal amount with at most 8 decimals");
        }
        if e.currency_code.len() != 3 || !e.currency_code.chars().all(|c| c.is_ascii_uppercase()) {
            v.fail(f("currencyCode"), "must be three capital letters");
        }
        if !e.adjustment_reason_code.is_known() {
            v.fail(
                f("adjustmentReasonCode"),
                format!(
                    "{:?} is not one of {}",
                    e.adjustment_reason_code.as_str(),
                    BillingAdjustmentReasonCode::known_values()
                ),
            );
        }
        v.optional_length(&f("description"), e.description.as_deref(), 1, 500);
        client_token_rule(&mut v, Some(&e.client_token));
    }
});
rules!(GetBillingAdjustmentRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    prefixed_id(&mut v, "billingAdjustmentRequestId", &i.billing_adjustment_request_id, "ba-");
});
rules!(ListBillingAdjustmentRequestsInput, |i, v| {
    if let Some(a) = &i.agreement_id {
        id_rule(&mut v, "agreementId", a);
    }
    page_rule(&mut v, i.max_results);
});

rules!(SendAgreementPaymentRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    v.length("termId", &i.term_id, 1, 256);
    v.length("name", &i.name, 5, 64);
    if !is_amount(&i.charge_amount) {
        v.fail("chargeAmount", "must be a decimal amount with at most 8 decimals");
    }
    v.optional_length("description", i.description.as_deref(), 1, 2000);
    client_token_rule(&mut v, i.client_token.as_deref());
});
rules!(AcceptAgreementPaymentRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    prefixed_id(&mut v, "paymentRequestId", &i.payment_request_id, "pr-");
    v.optional_length("purchaseOrderReference", i.purchase_order_reference.as_deref(), 1, 200);
});
rules!(RejectAgreementPaymentRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    prefixed_id(&mut v, "paymentRequestId", &i.payment_request_id, "pr-");
    v.optional_length("rejectionReason", i.rejection_reason.as_deref(), 1, 250);
});
rules!(CancelAgreementPaymentRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    prefixed_id(&mut v, "paymentRequestId", &i.payment_request_id, "pr-");
});
rules!(GetAgreementPaymentRequestInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    prefixed_id(&mut v, "paymentRequestId", &i.payment_request_id, "pr-");
});
rules!(ListAgreementPaymentRequestsInput, |i, v| {
    v.length("partyType", &i.party_type, 1, 32);
    if let Some(a) = &i.agreement_id {
        id_rule(&mut v, "agreementId", a);
    }
    if let Some(status) = &i.status {
        known(&mut v, "status", status.is_known(), status, PaymentRequestStatus::known_values());
    }
    page_rule(&mut v, i.max_results);
});

rules!(ListAgreementInvoiceLineItemsInput, |i, v| {
    id_rule(&mut v, "agreementId", &i.agreement_id);
    if i.group_by != "INVOICE_ID" {
        v.fail("groupBy", format!("{:?} is not one of INVOICE_ID", i.group_by));
    }
    if let Some(kind) = i.invoice_type.as_deref() {
        if !["INVOICE", "CREDIT_MEMO"].contains(&kind) {
            v.fail("invoiceType", format!("{kind:?} is not one of INVOICE, CREDIT_MEMO"));
        }
    }
    if let Some(id) = &i.invoice_id {
        id_rule(&mut v, "invoiceId", id);
    }
    if let Some(period) = &i.invoice_billing_period {
        v.range("invoiceBillingPeriod.month", i64::from(period.month), 1, 12);
        v.range("invoiceBillingPeriod.year", i64::from(period.year), 2023, 2050);
    }
    page_rule(&mut v, i.max_results);
});
