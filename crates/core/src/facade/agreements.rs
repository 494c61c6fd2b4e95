//! `client.agreements()`: AWS Marketplace Agreement — request an offer (a quote with charges), accept it with
//! purchase orders, and live with the agreement: terms, entitlements, charges, upgrades, replacements, cancellation;
//! with the helpers a procurement team wants (renewals due, total contract value, charges by purchase order).

use std::collections::BTreeMap;
use std::time::Duration;

use crate::client::{Call, Client};
use crate::error::{Error, Result};
use crate::model::agreement::{
    AcceptAgreementRequestInput, AcceptedTerm, AcceptorContact, Agreement, AgreementEntitlement, AgreementFilter,
    AgreementIdInput, AgreementRefs, AgreementRequest, ApprovalStatus, ApprovalSummary, CancellationRequest, Charge,
    ContractConfiguration, CreateAgreementRequestInput, InvoiceLineItemGroup, ListChargesInput, PaymentRequest,
    PurchaseOrder, RequestIntent, RequestedTerm, RequestedTermConfiguration, SearchAgreementsInput,
    UpdatePurchaseOrdersInput,
};
use crate::model::discovery::Page;
use crate::operation::{AgreementRequestOp, AgreementResponse, Request, Response};

/// Marketplace Agreement operations.
#[derive(Debug, Clone, Copy)]
pub struct Agreements<'a> {
    client: &'a Client,
}

/// Take an agreement response variant out of a backend answer.
macro_rules! agreement {
    ($variant:path) => {
        |response| match response {
            Response::Agreement(inner) => match *inner {
                $variant(value) => Ok(value),
                other => Err(Box::new(Response::Agreement(Box::new(other)))),
            },
            other => Err(Box::new(other)),
        }
    };
}

fn empty(response: Response) -> std::result::Result<(), Box<Response>> {
    match response {
        Response::Agreement(inner) if *inner == AgreementResponse::Empty => Ok(()),
        other => Err(Box::new(other)),
    }
}

fn by_id(agreement_id: &str, next_token: Option<String>) -> AgreementIdInput {
    AgreementIdInput { agreement_id: agreement_id.into(), max_results: None, next_token }
}

fn amount(text: &str) -> i128 {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let cents: String = fraction.chars().chain("00".chars()).take(2).collect();
    whole.parse::<i128>().unwrap_or(0) * 100 + cents.parse::<i128>().unwrap_or(0)
}

impl<'a> Agreements<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Agreements { client }
    }

    fn call<T: Send + 'a>(
        &self,
        op: AgreementRequestOp,
        extract: fn(Response) -> std::result::Result<T, Box<Response>>,
    ) -> Call<'a, T> {
        Call::new(self.client, Request::Agreement(Box::new(op)), extract)
    }

    /// `CreateAgreementRequest`.
    pub fn create_request(&self, input: CreateAgreementRequestInput) -> Call<'a, AgreementRequest> {
        self.call(AgreementRequestOp::CreateAgreementRequest(input), |r| {
            agreement!(AgreementResponse::Request)(r).map(|b| *b)
        })
    }

    /// Request an offer: its proposal and every term as Discovery shows them, with `configuration` for a contract
    /// the buyer configures. `intent` and `source` make it an amendment (upgrade) or a replacement.
    pub async fn request_offer(
        &self,
        offer_id: &str,
        configuration: Option<ContractConfiguration>,
        intent: RequestIntent,
        source_agreement_id: Option<&str>,
    ) -> Result<AgreementRequest> {
        let input = self.offer_request(offer_id, configuration, intent, source_agreement_id).await?;
        self.create_request(input).send().await
    }

    /// What [`request_offer`](Self::request_offer) sends, to adjust before [`create_request`](Self::create_request):
    /// ask for estimated taxes (`tax_configuration`) or name who accepts (`acceptor_contact`).
    pub async fn offer_request(
        &self,
        offer_id: &str,
        configuration: Option<ContractConfiguration>,
        intent: RequestIntent,
        source_agreement_id: Option<&str>,
    ) -> Result<CreateAgreementRequestInput> {
        let discovery = self.client.discovery();
        let offer = discovery.offer(offer_id).send().await?;
        let terms = discovery.all_offer_terms(offer_id).await?;
        let requested = terms
            .iter()
            .filter_map(|t| t.member())
            .map(|(member, body)| RequestedTerm {
                id: body["id"].as_str().unwrap_or_default().to_owned(),
                configuration: (member == "configurableUpfrontPricingTerm").then(|| RequestedTermConfiguration {
                    configurable_upfront_pricing_term_configuration: configuration.clone(),
                    renewal_term_configuration: None,
                }),
            })
            .collect();
        Ok(CreateAgreementRequestInput {
            tax_configuration: None,
            acceptor_contact: None,
            client_token: Some(uuid::Uuid::new_v4().to_string()),
            intent,
            requested_terms: requested,
            source_agreement_identifier: source_agreement_id.map(str::to_owned),
            agreement_proposal_identifier: Some(offer.agreement_proposal_id),
        })
    }

    /// `AcceptAgreementRequest` with purchase orders for its charges; the new agreement's id.
    pub fn accept(&self, agreement_request_id: &str, purchase_orders: Vec<PurchaseOrder>) -> Call<'a, String> {
        let input = AcceptAgreementRequestInput { agreement_request_id: agreement_request_id.into(), purchase_orders };
        self.call(AgreementRequestOp::AcceptAgreementRequest(input), agreement!(AgreementResponse::AgreementId))
    }

    /// Accept with one purchase order number for every charge of the request.
    pub async fn accept_with_purchase_order(&self, request: &AgreementRequest, purchase_order: &str) -> Result<String> {
        let orders = request
            .charge_summary
            .expected_charges
            .iter()
            .filter_map(|c| c.id.clone())
            .map(|charge_id| PurchaseOrder {
                charge_id,
                charge_revision: None,
                agreement_id: None,
                purchase_order_reference: Some(purchase_order.to_owned()),
            })
            .collect();
        self.accept(&request.agreement_request_id, orders).send().await
    }

    /// `DescribeAgreement`.
    pub fn describe(&self, agreement_id: &str) -> Call<'a, Agreement> {
        self.call(AgreementRequestOp::DescribeAgreement(by_id(agreement_id, None)), |r| {
            agreement!(AgreementResponse::Agreement)(r).map(|b| *b)
        })
    }

    /// `GetAgreementTerms`, one page.
    pub fn terms(&self, agreement_id: &str, next_token: Option<String>) -> Call<'a, Page<AcceptedTerm>> {
        self.call(
            AgreementRequestOp::GetAgreementTerms(by_id(agreement_id, next_token)),
            agreement!(AgreementResponse::Terms),
        )
    }

    /// `GetAgreementEntitlements`, one page.
    pub fn entitlements(&self, agreement_id: &str) -> Call<'a, Page<AgreementEntitlement>> {
        self.call(
            AgreementRequestOp::GetAgreementEntitlements(by_id(agreement_id, None)),
            agreement!(AgreementResponse::Entitlements),
        )
    }

    /// `SearchAgreements`, one page.
    pub fn search(&self, input: SearchAgreementsInput) -> Call<'a, Page<Agreement>> {
        self.call(AgreementRequestOp::SearchAgreements(input), agreement!(AgreementResponse::Agreements))
    }

    /// Every agreement matching `filters` (the caller as buyer unless a `PartyType` filter says otherwise).
    pub async fn all(&self, filters: Vec<AgreementFilter>) -> Result<Vec<Agreement>> {
        let mut filters = filters;
        if !filters.iter().any(|f| f.name == "PartyType") {
            filters.push(AgreementFilter::new("PartyType", "Acceptor"));
        }
        let mut out = Vec::new();
        let mut token = None;
        loop {
            let input = SearchAgreementsInput {
                filters: filters.clone(),
                next_token: token,
                ..SearchAgreementsInput::default()
            };
            let page = self.search(input).send().await?;
            out.extend(page.items);
            match page.next_token {
                Some(next) => token = Some(next),
                None => return Ok(out),
            }
        }
    }

    /// `ListAgreementCharges` (of one agreement, or all the caller's), one page.
    pub fn charges(&self, agreement_id: Option<&str>, next_token: Option<String>) -> Call<'a, Page<Charge>> {
        let input = ListChargesInput {
            agreement_id: agreement_id.map(str::to_owned),
            next_token,
            ..ListChargesInput::default()
        };
        self.call(AgreementRequestOp::ListAgreementCharges(input), agreement!(AgreementResponse::Charges))
    }

    /// `CancelAgreement`.
    pub fn cancel(&self, agreement_id: &str) -> Call<'a, ()> {
        self.call(AgreementRequestOp::CancelAgreement(by_id(agreement_id, None)), empty)
    }

    /// `UpdatePurchaseOrders`.
    pub fn update_purchase_orders(&self, purchase_orders: Vec<PurchaseOrder>) -> Call<'a, ()> {
        self.call(AgreementRequestOp::UpdatePurchaseOrders(UpdatePurchaseOrdersInput { purchase_orders }), empty)
    }

    /// Active agreements the caller bought whose term ends within `window` from now (by the client's clock), soonest
    /// first: what renews (see [`Agreement::renews`]) or needs renewing.
    pub async fn renewals_due(&self, window: Duration) -> Result<Vec<Agreement>> {
        let now = self.client.clock().now();
        let until = now + window;
        let mut due: Vec<Agreement> = self
            .all(vec![AgreementFilter::new("Status", "ACTIVE")])
            .await?
            .into_iter()
            .filter(|a| a.end_time.is_some_and(|e| e >= now && e <= until))
            .collect();
        due.sort_by_key(|a| a.end_time);
        Ok(due)
    }

    /// The total value of the caller's active agreements, per currency (`"USD" -> "120000.00"`).
    pub async fn total_contract_value(&self) -> Result<BTreeMap<String, String>> {
        let mut totals: BTreeMap<String, i128> = BTreeMap::new();
        for a in self.all(vec![AgreementFilter::new("Status", "ACTIVE")]).await? {
            // Search results do not carry the value on AWS; the agreement itself does.
            let charges = match a.estimated_charges {
                Some(charges) => Some(charges),
                None => self.describe(&a.agreement_id).send().await?.estimated_charges,
            };
            if let Some(charges) = charges {
                let currency = charges.currency_code.unwrap_or_default();
                *totals.entry(currency).or_default() += amount(charges.agreement_value.as_deref().unwrap_or("0"));
            }
        }
        Ok(totals.into_iter().map(|(c, v)| (c, format!("{}.{:02}", v / 100, v % 100))).collect())
    }

    /// The caller's charges grouped by purchase order reference (charges without one under `""`).
    pub async fn charges_by_purchase_order(&self) -> Result<BTreeMap<String, Vec<Charge>>> {
        let mut grouped: BTreeMap<String, Vec<Charge>> = BTreeMap::new();
        let mut token = None;
        loop {
            let page = self.charges(None, token).send().await?;
            for charge in page.items {
                grouped.entry(charge.purchase_order_reference.clone().unwrap_or_default()).or_default().push(charge);
            }
            match page.next_token {
                Some(next) => token = Some(next),
                None => return Ok(grouped),
            }
        }
    }

    /// A workflow operation by name (`GetAgreementRequest`, `StartAgreementApprovals`,
    /// `SendAgreementCancellationRequest`, ...), with its answer in the service's JSON shape.
    pub fn workflow(&self, operation: &'static str, refs: AgreementRefs) -> Call<'a, serde_json::Value> {
        self.call(AgreementRequestOp::Workflow(operation, Box::new(refs)), agreement!(AgreementResponse::Document))
    }

    async fn typed<T: serde::de::DeserializeOwned>(
        &self,
        operation: &'static str,
        refs: AgreementRefs,
        member: Option<&str>,
    ) -> Result<T> {
        let value = self.workflow(operation, refs).send().await?;
        let part = match member {
            Some(m) => value.get(m).cloned().unwrap_or(serde_json::Value::Null),
            None => value,
        };
        serde_json::from_value(part)
            .map_err(|e| Error::internal(format!("{operation} answered an unexpected shape: {e}")))
    }

    /// Ask the organization's administrators to approve an agreement request before it is accepted.
    pub async fn start_approval(&self, agreement_request_id: &str, name: &str) -> Result<ApprovalSummary> {
        let refs = AgreementRefs {
            agreement_request_id: Some(agreement_request_id.into()),
            plan_inputs: vec![serde_json::json!({"buyerAgreementApprovalPlanInput": {"name": name}})],
            ..AgreementRefs::default()
        };
        let mut started: Vec<ApprovalSummary> =
            self.typed("StartAgreementApprovals", refs, Some("approvalSummaries")).await?;
        started.pop().ok_or_else(|| Error::internal("StartAgreementApprovals answered no approval"))
    }

    /// Approvals the caller asked for (`admin == false`) or is to decide as an organization administrator.
    pub async fn approvals(&self, admin: bool, status: Option<ApprovalStatus>) -> Result<Vec<ApprovalSummary>> {
        let refs = AgreementRefs {
            party_type: Some(if admin { "AWS_ORGANIZATION_ADMIN" } else { "REQUESTER" }.into()),
            status: status.map(|s| s.as_str().to_owned()),
            ..AgreementRefs::default()
        };
        self.typed("ListAgreementApprovals", refs, Some("items")).await
    }

    /// Approve (`true`) or reject an approval, as the organization's management account or a delegated administrator.
    pub async fn decide_approval(
        &self,
        agreement_approval_id: &str,
        approve: bool,
        reason: Option<&str>,
    ) -> Result<()> {
        let input = serde_json::json!({"agreementApprovalId": agreement_approval_id, "rejectionReason": reason});
        let refs = if approve {
            AgreementRefs { buyer_agreement_approval_approver_input: Some(input), ..AgreementRefs::default() }
        } else {
            AgreementRefs { buyer_agreement_approval_rejection_input: Some(input), ..AgreementRefs::default() }
        };
        self.workflow(if approve { "AcceptAgreementApproval" } else { "RejectAgreementApproval" }, refs)
            .send()
            .await
            .map(|_| ())
    }

    /// The seller asks the buyer to agree to cancel an agreement.
    pub async fn send_cancellation_request(
        &self,
        agreement_id: &str,
        reason_code: &str,
        description: Option<&str>,
    ) -> Result<CancellationRequest> {
        let refs = AgreementRefs {
            agreement_id: Some(agreement_id.into()),
            reason_code: Some(reason_code.into()),
            description: description.map(str::to_owned),
            client_token: Some(uuid::Uuid::new_v4().to_string()),
            ..AgreementRefs::default()
        };
        self.typed("SendAgreementCancellationRequest", refs, None).await
    }

    /// The buyer accepts (`true`) or rejects a cancellation request; an accepted one cancels the agreement.
    pub async fn answer_cancellation_request(
        &self,
        agreement_id: &str,
        request_id: &str,
        accept: bool,
    ) -> Result<CancellationRequest> {
        let refs = AgreementRefs {
            agreement_id: Some(agreement_id.into()),
            agreement_cancellation_request_id: Some(request_id.into()),
            ..AgreementRefs::default()
        };
        let operation =
            if accept { "AcceptAgreementCancellationRequest" } else { "RejectAgreementCancellationRequest" };
        self.typed(operation, refs, None).await
    }

    /// The seller asks the buyer to pay `amount` under the agreement's variable payment term `term_id`. The request
    /// starts VALIDATING and moves to PENDING_APPROVAL, or to VALIDATION_FAILED when it would take the term past its
    /// maximum.
    pub async fn send_payment_request(
        &self,
        agreement_id: &str,
        term_id: &str,
        name: &str,
        amount: &str,
        description: Option<&str>,
    ) -> Result<PaymentRequest> {
        let refs = AgreementRefs {
            agreement_id: Some(agreement_id.into()),
            term_id: Some(term_id.into()),
            name: Some(name.into()),
            charge_amount: Some(amount.into()),
            description: description.map(str::to_owned),
            client_token: Some(uuid::Uuid::new_v4().to_string()),
            ..AgreementRefs::default()
        };
        self.typed("SendAgreementPaymentRequest", refs, None).await
    }

    /// A payment request, as the seller or the buyer sees it.
    pub async fn payment_request(&self, agreement_id: &str, payment_request_id: &str) -> Result<PaymentRequest> {
        self.typed("GetAgreementPaymentRequest", payment_refs(agreement_id, payment_request_id), None).await
    }

    /// The buyer approves a payment request (charged at once, against `purchase_order` if given) or rejects it with a
    /// reason.
    pub async fn answer_payment_request(
        &self,
        agreement_id: &str,
        payment_request_id: &str,
        answer: PaymentAnswer<'_>,
    ) -> Result<PaymentRequest> {
        let mut refs = payment_refs(agreement_id, payment_request_id);
        let operation = match answer {
            PaymentAnswer::Approve { purchase_order } => {
                refs.purchase_order_reference = purchase_order.map(str::to_owned);
                "AcceptAgreementPaymentRequest"
            }
            PaymentAnswer::Reject { reason } => {
                refs.rejection_reason = reason.map(str::to_owned);
                "RejectAgreementPaymentRequest"
            }
        };
        self.typed(operation, refs, None).await
    }

    /// The seller withdraws a payment request the buyer has not answered.
    pub async fn cancel_payment_request(&self, agreement_id: &str, payment_request_id: &str) -> Result<PaymentRequest> {
        self.typed("CancelAgreementPaymentRequest", payment_refs(agreement_id, payment_request_id), None).await
    }

    /// Every payment request the caller sent (`as_seller`) or received, optionally of one agreement, all pages.
    pub async fn payment_requests(&self, as_seller: bool, agreement_id: Option<&str>) -> Result<Vec<PaymentRequest>> {
        let refs = AgreementRefs {
            party_type: Some(if as_seller { "Proposer" } else { "Acceptor" }.into()),
            agreement_id: agreement_id.map(str::to_owned),
            ..AgreementRefs::default()
        };
        self.all_pages("ListAgreementPaymentRequests", refs, "items").await
    }

    /// An agreement's invoices and credit memos, oldest first, all pages.
    pub async fn invoices(&self, agreement_id: &str) -> Result<Vec<InvoiceLineItemGroup>> {
        let refs = AgreementRefs {
            agreement_id: Some(agreement_id.into()),
            group_by: Some("INVOICE_ID".into()),
            ..AgreementRefs::default()
        };
        self.all_pages("ListAgreementInvoiceLineItems", refs, "agreementInvoiceLineItemGroupSummaries").await
    }

    /// Every page of a workflow list operation, its `member` items typed.
    async fn all_pages<T: serde::de::DeserializeOwned>(
        &self,
        operation: &'static str,
        mut refs: AgreementRefs,
        member: &str,
    ) -> Result<Vec<T>> {
        let mut all = Vec::new();
        loop {
            let page = self.workflow(operation, refs.clone()).send().await?;
            let items: Vec<T> = serde_json::from_value(page[member].clone())
                .map_err(|e| Error::internal(format!("{operation} answered an unexpected shape: {e}")))?;
            all.extend(items);
            match page["nextToken"].as_str() {
                Some(token) => refs.next_token = Some(token.to_owned()),
                None => return Ok(all),
            }
        }
    }

    /// Who accepted an agreement (the seller reads it to reach the buyer); `None` when nobody is on record.
    pub async fn acceptor_contact(&self, agreement_id: &str) -> Result<Option<AcceptorContact>> {
        let refs = AgreementRefs { agreement_id: Some(agreement_id.into()), ..AgreementRefs::default() };
        self.typed("GetAgreementContacts", refs, Some("acceptorContact")).await
    }

    /// Upgrade an agreement with the seller's (or the same) offer: more units or a higher tier, accepted at once.
    pub async fn upgrade(
        &self,
        agreement_id: &str,
        offer_id: &str,
        configuration: ContractConfiguration,
    ) -> Result<String> {
        let request =
            self.request_offer(offer_id, Some(configuration), RequestIntent::Amend, Some(agreement_id)).await?;
        if request.charge_summary.itemized_charges.is_empty() {
            return Err(Error::internal("the amendment came back without itemized charges"));
        }
        self.accept(&request.agreement_request_id, Vec::new()).send().await
    }
}

/// How a buyer answers a payment request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentAnswer<'p> {
    /// Approve it, optionally against a purchase order.
    Approve {
        /// The purchase order (1–200 characters).
        purchase_order: Option<&'p str>,
    },
    /// Reject it, optionally saying why (1–250 characters).
    Reject {
        /// Why.
        reason: Option<&'p str>,
    },
}

fn payment_refs(agreement_id: &str, payment_request_id: &str) -> AgreementRefs {
    AgreementRefs {
        agreement_id: Some(agreement_id.into()),
        payment_request_id: Some(payment_request_id.into()),
        ..AgreementRefs::default()
    }
}
