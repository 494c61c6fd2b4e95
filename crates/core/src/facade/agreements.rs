//! `client.agreements()`: AWS Marketplace Agreement — request an offer (a quote with charges), accept it with
//! purchase orders, and live with the agreement: terms, entitlements, charges, upgrades, replacements, cancellation;
//! with the helpers a procurement team wants (renewals due, total contract value, charges by purchase order).

use crate::model::{AgreementId, OfferId};
use std::collections::BTreeMap;
use std::time::Duration;

use super::Paginator;
use crate::client::{Call, Client};
use crate::error::{Error, Result};
use crate::model::agreement::*;

/// Marketplace Agreement operations.
#[derive(Debug, Clone, Copy)]
pub struct Agreements<'a> {
    client: &'a Client,
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

    /// `CreateAgreementRequest`.
    pub fn create_request(&self, input: CreateAgreementRequestInput) -> Call<'a, CreateAgreementRequestInput> {
        self.client.call(input)
    }

    /// Request an offer: its proposal and every term as Discovery shows them, with `configuration` for a contract
    /// the buyer configures. `intent` and `source` make it an amendment (upgrade) or a replacement.
    pub async fn request_offer(
        &self,
        offer_id: impl Into<OfferId>,
        configuration: Option<ContractConfiguration>,
        intent: RequestIntent,
        source_agreement_id: Option<&str>,
    ) -> Result<AgreementRequest> {
        let offer_id: OfferId = offer_id.into();
        let input = self.offer_request(offer_id, configuration, intent, source_agreement_id).await?;
        self.create_request(input).send().await
    }

    /// What [`request_offer`](Self::request_offer) sends, to adjust before [`create_request`](Self::create_request):
    /// ask for estimated taxes (`tax_configuration`) or name who accepts (`acceptor_contact`).
    pub async fn offer_request(
        &self,
        offer_id: impl Into<OfferId>,
        configuration: Option<ContractConfiguration>,
        intent: RequestIntent,
        source_agreement_id: Option<&str>,
    ) -> Result<CreateAgreementRequestInput> {
        let offer_id: OfferId = offer_id.into();
        let discovery = self.client.discovery();
        let offer = discovery.offer(&offer_id).send().await?;
        let terms = discovery.all_offer_terms(&offer_id).await?;
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
            source_agreement_identifier: source_agreement_id.map(str::to_owned).map(Into::into),
            agreement_proposal_identifier: Some(offer.agreement_proposal_id),
        })
    }

    /// `AcceptAgreementRequest` with purchase orders for its charges; the new agreement's id.
    pub fn accept(
        &self,
        agreement_request_id: &str,
        purchase_orders: Vec<PurchaseOrder>,
    ) -> Call<'a, AcceptAgreementRequestInput> {
        self.client
            .call(AcceptAgreementRequestInput { agreement_request_id: agreement_request_id.into(), purchase_orders })
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
    pub fn describe(&self, agreement_id: impl Into<AgreementId>) -> Call<'a, DescribeAgreementInput> {
        let agreement_id: AgreementId = agreement_id.into();
        self.client.call(DescribeAgreementInput::new(agreement_id))
    }

    /// `GetAgreementTerms`, every page.
    pub fn terms(&self, agreement_id: impl Into<AgreementId>) -> Paginator<'a, GetAgreementTermsInput> {
        let agreement_id: AgreementId = agreement_id.into();
        Paginator::new(self.client, GetAgreementTermsInput::new(agreement_id))
    }

    /// `GetAgreementEntitlements`, every page.
    pub fn entitlements(&self, agreement_id: impl Into<AgreementId>) -> Paginator<'a, GetAgreementEntitlementsInput> {
        let agreement_id: AgreementId = agreement_id.into();
        Paginator::new(self.client, GetAgreementEntitlementsInput::new(agreement_id))
    }

    /// `SearchAgreements`, one page.
    pub fn search(&self, input: SearchAgreementsInput) -> Call<'a, SearchAgreementsInput> {
        self.client.call(input)
    }

    /// Every agreement matching `filters` (the caller as buyer unless a `PartyType` filter says otherwise).
    pub fn agreements(&self, filters: Vec<AgreementFilter>) -> Paginator<'a, SearchAgreementsInput> {
        let mut filters = filters;
        if !filters.iter().any(|f| f.name == "PartyType") {
            filters.push(AgreementFilter::new("PartyType", "Acceptor"));
        }
        Paginator::new(self.client, SearchAgreementsInput { filters, ..SearchAgreementsInput::default() })
    }

    /// Every agreement matching `filters`, collected (see [`agreements`](Self::agreements)).
    pub async fn all(&self, filters: Vec<AgreementFilter>) -> Result<Vec<Agreement>> {
        self.agreements(filters).collect().await
    }

    /// `ListAgreementCharges` (of one agreement, or all the caller's), every page.
    pub fn charges(&self, agreement_id: Option<&str>) -> Paginator<'a, ListAgreementChargesInput> {
        let input = ListAgreementChargesInput {
            agreement_id: agreement_id.map(str::to_owned).map(Into::into),
            ..ListAgreementChargesInput::default()
        };
        Paginator::new(self.client, input)
    }

    /// `CancelAgreement`.
    pub fn cancel(&self, agreement_id: impl Into<AgreementId>) -> Call<'a, CancelAgreementInput> {
        let agreement_id: AgreementId = agreement_id.into();
        self.client.call(CancelAgreementInput::new(agreement_id))
    }

    /// `UpdatePurchaseOrders`.
    pub fn update_purchase_orders(&self, purchase_orders: Vec<PurchaseOrder>) -> Call<'a, UpdatePurchaseOrdersInput> {
        self.client.call(UpdatePurchaseOrdersInput { purchase_orders })
    }

    /// `GetAgreementRequest`: a request with its intent, proposer and proposal.
    pub fn request(&self, agreement_request_id: &str) -> Call<'a, GetAgreementRequestInput> {
        self.client.call(GetAgreementRequestInput::new(agreement_request_id))
    }

    /// `ListAgreementRequests`: the caller's requests, every page.
    pub fn requests(&self) -> Paginator<'a, ListAgreementRequestsInput> {
        Paginator::new(self.client, ListAgreementRequestsInput::default())
    }

    /// `CancelAgreementRequest`: withdraw a request that is not yet accepted.
    pub fn cancel_request(&self, agreement_request_id: &str) -> Call<'a, CancelAgreementRequestInput> {
        self.client.call(CancelAgreementRequestInput::new(agreement_request_id))
    }

    /// `GetAgreementRequestApprovalPlans`: the plans that can approve a request, every page.
    pub fn approval_plans(&self, agreement_request_id: &str) -> Paginator<'a, GetAgreementRequestApprovalPlansInput> {
        Paginator::new(self.client, GetAgreementRequestApprovalPlansInput::new(agreement_request_id))
    }

    /// Ask the organization's administrators to approve an agreement request before it is accepted.
    pub async fn start_approval(&self, agreement_request_id: &str, name: &str) -> Result<ApprovalSummary> {
        let input = StartAgreementApprovalsInput::new(
            agreement_request_id,
            vec![ApprovalPlanInput::buyer(None, Some(name.to_owned()))],
        );
        let mut started = self.client.call(input).send().await?;
        started.pop().ok_or_else(|| Error::internal("StartAgreementApprovals answered no approval"))
    }

    /// `GetAgreementApproval`.
    pub fn approval(&self, agreement_approval_id: &str) -> Call<'a, GetAgreementApprovalInput> {
        self.client.call(GetAgreementApprovalInput::new(agreement_approval_id))
    }

    /// Approvals the caller asked for (`admin == false`) or is to decide as an organization administrator.
    pub async fn approvals(&self, admin: bool, status: Option<ApprovalStatus>) -> Result<Vec<ApprovalSummary>> {
        let party = if admin { ApprovalPartyType::AwsOrganizationAdmin } else { ApprovalPartyType::Requester };
        let mut input = ListAgreementApprovalsInput::new(party);
        input.status = status;
        Paginator::new(self.client, input).collect().await
    }

    /// Approve (`true`) or reject an approval, as the organization's management account or a delegated administrator.
    pub async fn decide_approval(&self, agreement_approval_id: &str, approve: bool, note: Option<&str>) -> Result<()> {
        let note = note.map(str::to_owned);
        if approve {
            self.client.call(AcceptAgreementApprovalInput::new(agreement_approval_id, note)).send().await
        } else {
            self.client.call(RejectAgreementApprovalInput::new(agreement_approval_id, note)).send().await
        }
    }

    /// The seller asks the buyer to agree to cancel an agreement.
    pub async fn send_cancellation_request(
        &self,
        agreement_id: impl Into<AgreementId>,
        reason_code: impl Into<CancellationReasonCode>,
        description: Option<&str>,
    ) -> Result<CancellationRequest> {
        let agreement_id: AgreementId = agreement_id.into();
        let mut input = SendAgreementCancellationRequestInput::new(agreement_id, reason_code.into());
        input.description = description.map(str::to_owned);
        self.client.call(input).send().await
    }

    /// The buyer accepts (`true`) or rejects a cancellation request; an accepted one cancels the agreement.
    pub async fn answer_cancellation_request(
        &self,
        agreement_id: impl Into<AgreementId>,
        request_id: &str,
        accept: bool,
    ) -> Result<CancellationRequest> {
        let agreement_id: AgreementId = agreement_id.into();
        if accept {
            let input = AcceptAgreementCancellationRequestInput::new(agreement_id, request_id);
            return self.client.call(input).send().await;
        }
        self.reject_cancellation_request(agreement_id, request_id, "The buyer keeps the agreement.").await
    }

    /// The buyer rejects a cancellation request, saying why; the agreement goes on.
    pub async fn reject_cancellation_request(
        &self,
        agreement_id: impl Into<AgreementId>,
        request_id: &str,
        reason: &str,
    ) -> Result<CancellationRequest> {
        let agreement_id: AgreementId = agreement_id.into();
        self.client.call(RejectAgreementCancellationRequestInput::new(agreement_id, request_id, reason)).send().await
    }

    /// The seller withdraws a cancellation request the buyer has not answered.
    pub async fn withdraw_cancellation_request(
        &self,
        agreement_id: impl Into<AgreementId>,
        request_id: &str,
        reason: &str,
    ) -> Result<CancellationRequest> {
        let agreement_id: AgreementId = agreement_id.into();
        self.client.call(CancelAgreementCancellationRequestInput::new(agreement_id, request_id, reason)).send().await
    }

    /// Every cancellation request the caller sent (`as_seller`) or received, optionally of one agreement.
    pub fn cancellation_requests(
        &self,
        as_seller: bool,
        agreement_id: Option<&str>,
    ) -> Paginator<'a, ListAgreementCancellationRequestsInput> {
        let mut input = ListAgreementCancellationRequestsInput::new(if as_seller { "PROPOSER" } else { "ACCEPTOR" });
        input.agreement_id = agreement_id.map(str::to_owned).map(Into::into);
        Paginator::new(self.client, input)
    }

    /// The seller refunds invoiced charges (each entry refunds part or all of one invoice).
    pub fn refund(&self, entries: Vec<BillingAdjustmentEntry>) -> Call<'a, BatchCreateBillingAdjustmentRequestInput> {
        self.client.call(BatchCreateBillingAdjustmentRequestInput::new(entries))
    }

    /// The seller's refunds, optionally of one agreement.
    pub fn refunds(&self, agreement_id: Option<&str>) -> Paginator<'a, ListBillingAdjustmentRequestsInput> {
        let input = ListBillingAdjustmentRequestsInput {
            agreement_id: agreement_id.map(str::to_owned).map(Into::into),
            ..ListBillingAdjustmentRequestsInput::default()
        };
        Paginator::new(self.client, input)
    }

    /// The seller asks the buyer to pay `amount` under the agreement's variable payment term `term_id`. The request
    /// starts VALIDATING and moves to PENDING_APPROVAL, or to VALIDATION_FAILED when it would take the term past its
    /// maximum.
    pub async fn send_payment_request(
        &self,
        agreement_id: impl Into<AgreementId>,
        term_id: &str,
        name: &str,
        amount: &str,
        description: Option<&str>,
    ) -> Result<PaymentRequest> {
        let agreement_id: AgreementId = agreement_id.into();
        let mut input = SendAgreementPaymentRequestInput::new(agreement_id, term_id, name, amount);
        input.description = description.map(str::to_owned);
        self.client.call(input).send().await
    }

    /// A payment request, as the seller or the buyer sees it.
    pub async fn payment_request(
        &self,
        agreement_id: impl Into<AgreementId>,
        payment_request_id: &str,
    ) -> Result<PaymentRequest> {
        let agreement_id: AgreementId = agreement_id.into();
        self.client.call(GetAgreementPaymentRequestInput::new(agreement_id, payment_request_id)).send().await
    }

    /// The buyer approves a payment request (charged at once, against `purchase_order` if given) or rejects it with a
    /// reason.
    pub async fn answer_payment_request(
        &self,
        agreement_id: impl Into<AgreementId>,
        payment_request_id: &str,
        answer: PaymentAnswer<'_>,
    ) -> Result<PaymentRequest> {
        let agreement_id: AgreementId = agreement_id.into();
        match answer {
            PaymentAnswer::Approve { purchase_order } => {
                let mut input = AcceptAgreementPaymentRequestInput::new(agreement_id, payment_request_id);
                input.purchase_order_reference = purchase_order.map(str::to_owned);
                self.client.call(input).send().await
            }
            PaymentAnswer::Reject { reason } => {
                let mut input = RejectAgreementPaymentRequestInput::new(agreement_id, payment_request_id);
                input.rejection_reason = reason.map(str::to_owned);
                self.client.call(input).send().await
            }
        }
    }

    /// The seller withdraws a payment request the buyer has not answered.
    pub async fn cancel_payment_request(
        &self,
        agreement_id: impl Into<AgreementId>,
        payment_request_id: &str,
    ) -> Result<PaymentRequest> {
        let agreement_id: AgreementId = agreement_id.into();
        self.client.call(CancelAgreementPaymentRequestInput::new(agreement_id, payment_request_id)).send().await
    }

    /// Every payment request the caller sent (`as_seller`) or received, optionally of one agreement, all pages.
    pub async fn payment_requests(&self, as_seller: bool, agreement_id: Option<&str>) -> Result<Vec<PaymentRequest>> {
        let mut input = ListAgreementPaymentRequestsInput::new(if as_seller { "Proposer" } else { "Acceptor" });
        input.agreement_id = agreement_id.map(str::to_owned).map(Into::into);
        Paginator::new(self.client, input).collect().await
    }

    /// An agreement's invoices and credit memos, oldest first, all pages.
    pub async fn invoices(&self, agreement_id: impl Into<AgreementId>) -> Result<Vec<InvoiceLineItemGroup>> {
        let agreement_id: AgreementId = agreement_id.into();
        Paginator::new(self.client, ListAgreementInvoiceLineItemsInput::new(agreement_id)).collect().await
    }

    /// Who accepted an agreement (the seller reads it to reach the buyer); `None` when nobody is on record.
    pub async fn acceptor_contact(&self, agreement_id: impl Into<AgreementId>) -> Result<Option<AcceptorContact>> {
        let agreement_id: AgreementId = agreement_id.into();
        Ok(self.client.call(GetAgreementContactsInput::new(agreement_id)).send().await?.acceptor_contact)
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
        for charge in self.charges(None).collect().await? {
            grouped.entry(charge.purchase_order_reference.clone().unwrap_or_default()).or_default().push(charge);
        }
        Ok(grouped)
    }

    /// Upgrade an agreement with the seller's (or the same) offer: more units or a higher tier, accepted at once.
    pub async fn upgrade(
        &self,
        agreement_id: impl Into<AgreementId>,
        offer_id: impl Into<OfferId>,
        configuration: ContractConfiguration,
    ) -> Result<String> {
        let agreement_id: AgreementId = agreement_id.into();
        let offer_id: OfferId = offer_id.into();
        let request = self
            .request_offer(offer_id, Some(configuration), RequestIntent::Amend, Some(agreement_id.as_str()))
            .await?;
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
