//! Marketplace Agreement over the local engine's catalog: a buyer requests an offer's terms (a quote with computed
//! charges), accepts it with purchase orders, and lives with the agreement: terms, entitlements, charges, upgrades
//! (amendments that only add units), replacements, cancellation.
//!
//! Money is computed in integer hundred-millionths (the offer schema's 8 decimals) and written with 2 decimals.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use time::OffsetDateTime;

mod approvals;
mod billing;
mod cancellations;

use super::{not_found, random_id, validation, Ctx};
use crate::backend::local::conflict;
use crate::backend::local::schema::db_error;
use crate::error::{Error, Result};
use crate::model::agreement::*;
use crate::model::catalog::terms::parse_duration;
use crate::model::AgreementId;
use crate::operation::{AgreementEngine, AgreementServiceRequest, AgreementServiceResponse};

/// The tables of requests, agreements and charges (rows are JSON records keyed by id).
const REQUESTS: &str = "agreement_requests";
const AGREEMENTS: &str = "agreements";
const CHARGES: &str = "agreement_charges";

const AGREEMENT_TYPE: &str = "PurchaseAgreement";
const CATALOG: &str = "AWSMarketplace";
/// Amounts are kept in hundred-millionths.
const SCALE: i128 = 100_000_000;

fn parse_amount(text: &str) -> i128 {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let mut frac: String = fraction.chars().take(8).collect();
    while frac.len() < 8 {
        frac.push('0');
    }
    whole.parse::<i128>().unwrap_or(0) * SCALE + frac.parse::<i128>().unwrap_or(0)
}

fn format_amount(value: i128) -> String {
    let cents = (value.abs() + SCALE / 200) / (SCALE / 100);
    let sign = if value < 0 && cents > 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", cents / 100, cents % 100)
}

/// What the engine keeps of a request besides what the API shows.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredRequest {
    request: AgreementRequest,
    offer_id: String,
    product_id: String,
    product_type: String,
    proposer: String,
    intent: RequestIntent,
    source: Option<String>,
    terms: Vec<AcceptedTerm>,
    quantities: BTreeMap<String, i64>,
    start: Option<i64>,
    end: Option<i64>,
    renews: bool,
    flexible_schedule: bool,
    value: String,
    currency: String,
    /// The agreement the request became, once accepted.
    #[serde(default)]
    agreement_id: Option<String>,
    /// Who accepts, as the seller will see it.
    #[serde(default)]
    acceptor_contact: Option<AcceptorContact>,
    /// Why the agreement cannot take purchase orders, if it cannot.
    #[serde(default)]
    purchase_order_refusal: Option<String>,
}

/// Only the agreement of a stored one, for lists that need nothing else (reading skips the terms).
#[derive(Debug, Deserialize)]
struct AgreementOnly {
    agreement: Agreement,
}

/// What the engine keeps of an agreement.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredAgreement {
    agreement: Agreement,
    terms: Vec<AcceptedTerm>,
    quantities: BTreeMap<String, i64>,
    flexible_schedule: bool,
    product_type: String,
    last_update: i64,
    /// Who accepted, as given with the request.
    #[serde(default)]
    acceptor_contact: Option<AcceptorContact>,
    /// Why the agreement cannot take purchase orders, if it cannot.
    #[serde(default)]
    purchase_order_refusal: Option<String>,
}

/// Which agreements take purchase orders (the buyer guide §9.3): SaaS contracts, professional services, and server
/// products (AMI, container) with contract pricing, or with annual pricing when the private offer has a flexible
/// payment schedule. Pay-as-you-go usage is billed on the monthly consolidated invoice, which carries no PO.
fn purchase_order_refusal(product_type: &str, terms: &[AcceptedTerm], private: bool, flexible: bool) -> Option<String> {
    let has = |t: &str| term_body(terms, t).is_some();
    let upfront = has("FixedUpfrontPricingTerm") || has("ConfigurableUpfrontPricingTerm");
    let usage = has("UsageBasedPricingTerm");
    let refusal = match product_type {
        "ProfessionalServicesProduct" => None,
        "SaaSProduct" if upfront => None,
        "SaaSProduct" => Some("a SaaS subscription is pay-as-you-go: only SaaS contracts take purchase orders".into()),
        "AmiProduct" | "ContainerProduct" if upfront && !usage => None,
        "AmiProduct" | "ContainerProduct" if upfront => (!(private && flexible)).then(|| {
            "annual pricing takes purchase orders only in a private offer with a flexible payment schedule".into()
        }),
        "AmiProduct" | "ContainerProduct" => Some(
            "pay-as-you-go server pricing is billed on the monthly invoice, which carries no purchase order".into(),
        ),
        other => Some(format!("{other} agreements do not take purchase orders")),
    };
    refusal.map(|r: String| format!("PurchaseOrderNotSupported: {r}"))
}

/// Serve one Agreement request as `ctx.caller`.
pub(in crate::backend::local) fn handle(
    ctx: &Ctx<'_>,
    request: AgreementServiceRequest,
) -> Result<AgreementServiceResponse> {
    // Records keep their times to the millisecond (the services' precision), so the engine works at that precision:
    // what an operation answers is then exactly what a later read of the same record shows.
    let now = crate::backend::local::whole_ms(ctx.now);
    let ctx = &Ctx { tx: ctx.tx, config: ctx.config, now, caller: ctx.caller };
    ctx.settle_change_sets()?;
    ctx.expire_agreements()?;
    ctx.settle_payment_requests()?;
    ctx.settle_billing_adjustments()?;
    request.serve(&Engine(ctx))
}

/// The engine's arm of each Agreement operation.
struct Engine<'c, 'a>(&'c Ctx<'a>);

impl AgreementEngine for Engine<'_, '_> {
    fn accept_agreement_approval(&self, input: AcceptAgreementApprovalInput) -> Result<()> {
        let i = input.buyer_agreement_approval_approver_input;
        let decision = approvals::Decision {
            approve: true,
            note: i.note,
            purchase_orders: i.purchase_orders,
            outcome_to_override: i.approver_outcome_id_to_override,
        };
        self.0.decide_approval(&i.agreement_approval_id, decision)
    }

    fn accept_agreement_cancellation_request(
        &self,
        input: AcceptAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        let answer = cancellations::Answer::Accept;
        self.0.answer_cancellation(&input.agreement_id, &input.agreement_cancellation_request_id, answer)
    }

    fn accept_agreement_payment_request(&self, input: AcceptAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        let answer = billing::PaymentAnswer::Accept { purchase_order_reference: input.purchase_order_reference };
        self.0.answer_payment(&input.agreement_id, &input.payment_request_id, answer)
    }

    fn accept_agreement_request(&self, input: AcceptAgreementRequestInput) -> Result<String> {
        self.0.accept(&input)
    }

    fn batch_create_billing_adjustment_request(
        &self,
        input: BatchCreateBillingAdjustmentRequestInput,
    ) -> Result<BatchCreateBillingAdjustmentRequestOutput> {
        self.0.create_billing_adjustments(&input.billing_adjustment_request_entries)
    }

    fn cancel_agreement(&self, input: CancelAgreementInput) -> Result<()> {
        self.0.cancel(&input.agreement_id)
    }

    fn cancel_agreement_cancellation_request(
        &self,
        input: CancelAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        let answer = cancellations::Answer::Withdraw { reason: input.cancellation_reason };
        self.0.answer_cancellation(&input.agreement_id, &input.agreement_cancellation_request_id, answer)
    }

    fn cancel_agreement_payment_request(&self, input: CancelAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        self.0.answer_payment(&input.agreement_id, &input.payment_request_id, billing::PaymentAnswer::Withdraw)
    }

    fn cancel_agreement_request(&self, input: CancelAgreementRequestInput) -> Result<()> {
        self.0.cancel_request(&input.agreement_request_id)
    }

    fn create_agreement_request(&self, input: CreateAgreementRequestInput) -> Result<AgreementRequest> {
        self.0.create_request(&input)
    }

    fn describe_agreement(&self, input: DescribeAgreementInput) -> Result<Agreement> {
        Ok(self.0.visible_agreement(&input.agreement_id)?.agreement)
    }

    fn get_agreement_approval(&self, input: GetAgreementApprovalInput) -> Result<BuyerApproval> {
        self.0.approval(&input.agreement_approval_id)
    }

    fn get_agreement_cancellation_request(
        &self,
        input: GetAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        self.0.cancellation(&input.agreement_id, &input.agreement_cancellation_request_id)
    }

    fn get_agreement_contacts(&self, input: GetAgreementContactsInput) -> Result<GetAgreementContactsOutput> {
        self.0.agreement_contacts(&input.agreement_id).map(GetAgreementContactsOutput::new)
    }

    fn get_agreement_entitlements(
        &self,
        input: GetAgreementEntitlementsInput,
    ) -> Result<GetAgreementEntitlementsOutput> {
        let items = self.0.entitlements(&input.agreement_id)?;
        let (items, next_token) = page_of(items, input.next_token.as_deref(), input.max_results)?;
        Ok(GetAgreementEntitlementsOutput::new(items, next_token))
    }

    fn get_agreement_payment_request(&self, input: GetAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        self.0.payment(&input.agreement_id, &input.payment_request_id)
    }

    fn get_agreement_request(&self, input: GetAgreementRequestInput) -> Result<AgreementRequestDetail> {
        self.0.request_detail(&input.agreement_request_id)
    }

    fn get_agreement_request_approval_plans(
        &self,
        input: GetAgreementRequestApprovalPlansInput,
    ) -> Result<GetAgreementRequestApprovalPlansOutput> {
        let plans = self.0.approval_plans(&input.agreement_request_id)?;
        let (items, next_token) = page_of(plans, input.next_token.as_deref(), input.max_results)?;
        Ok(GetAgreementRequestApprovalPlansOutput::new(items, next_token))
    }

    fn get_agreement_request_terms(
        &self,
        input: GetAgreementRequestTermsInput,
    ) -> Result<GetAgreementRequestTermsOutput> {
        let stored = self
            .0
            .load_request(&input.agreement_request_id)?
            .ok_or_else(|| not_found(format!("Agreement request {} not found", input.agreement_request_id)))?;
        let (items, next_token) = page_of(stored.terms, input.next_token.as_deref(), input.max_results)?;
        Ok(GetAgreementRequestTermsOutput::new(items, next_token))
    }

    fn get_agreement_terms(&self, input: GetAgreementTermsInput) -> Result<GetAgreementTermsOutput> {
        let stored = self.0.visible_agreement(&input.agreement_id)?;
        let (items, next_token) = page_of(stored.terms, input.next_token.as_deref(), input.max_results)?;
        Ok(GetAgreementTermsOutput::new(items, next_token))
    }

    fn get_billing_adjustment_request(&self, input: GetBillingAdjustmentRequestInput) -> Result<BillingAdjustment> {
        self.0.billing_adjustment(&input.agreement_id, &input.billing_adjustment_request_id)
    }

    fn list_agreement_approvals(&self, input: ListAgreementApprovalsInput) -> Result<ListAgreementApprovalsOutput> {
        let items = self.0.list_approvals(&input)?;
        let (items, next_token) = page_of(items, input.next_token.as_deref(), input.max_results)?;
        Ok(ListAgreementApprovalsOutput::new(items, next_token))
    }

    fn list_agreement_cancellation_requests(
        &self,
        input: ListAgreementCancellationRequestsInput,
    ) -> Result<ListAgreementCancellationRequestsOutput> {
        let items = self.0.list_cancellations(&input)?;
        let (items, next_token) = page_of(items, input.next_token.as_deref(), input.max_results)?;
        Ok(ListAgreementCancellationRequestsOutput::new(items, next_token))
    }

    fn list_agreement_charges(&self, input: ListAgreementChargesInput) -> Result<ListAgreementChargesOutput> {
        self.0.list_charges(&input)
    }

    fn list_agreement_invoice_line_items(
        &self,
        input: ListAgreementInvoiceLineItemsInput,
    ) -> Result<ListAgreementInvoiceLineItemsOutput> {
        let items = self.0.invoice_line_items(&input)?;
        let (items, next_token) = page_of(items, input.next_token.as_deref(), input.max_results)?;
        Ok(ListAgreementInvoiceLineItemsOutput::new(items, next_token))
    }

    fn list_agreement_payment_requests(
        &self,
        input: ListAgreementPaymentRequestsInput,
    ) -> Result<ListAgreementPaymentRequestsOutput> {
        let items = self.0.list_payments(&input)?;
        let (items, next_token) = page_of(items, input.next_token.as_deref(), input.max_results)?;
        Ok(ListAgreementPaymentRequestsOutput::new(items, next_token))
    }

    fn list_agreement_requests(&self, input: ListAgreementRequestsInput) -> Result<ListAgreementRequestsOutput> {
        let items = self.0.list_requests(&input)?;
        let (items, next_token) = page_of(items, input.next_token.as_deref(), input.max_results)?;
        Ok(ListAgreementRequestsOutput::new(items, next_token))
    }

    fn list_billing_adjustment_requests(
        &self,
        input: ListBillingAdjustmentRequestsInput,
    ) -> Result<ListBillingAdjustmentRequestsOutput> {
        let items = self.0.list_billing_adjustments(&input)?;
        let (items, next_token) = page_of(items, input.next_token.as_deref(), input.max_results)?;
        Ok(ListBillingAdjustmentRequestsOutput::new(items, next_token))
    }

    fn reject_agreement_approval(&self, input: RejectAgreementApprovalInput) -> Result<()> {
        let i = input.buyer_agreement_approval_rejection_input;
        let decision = approvals::Decision {
            approve: false,
            note: i.note,
            purchase_orders: Vec::new(),
            outcome_to_override: i.approver_outcome_id_to_override,
        };
        self.0.decide_approval(&i.agreement_approval_id, decision)
    }

    fn reject_agreement_cancellation_request(
        &self,
        input: RejectAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        let answer = cancellations::Answer::Reject { reason: input.rejection_reason };
        self.0.answer_cancellation(&input.agreement_id, &input.agreement_cancellation_request_id, answer)
    }

    fn reject_agreement_payment_request(&self, input: RejectAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        let answer = billing::PaymentAnswer::Reject { reason: input.rejection_reason };
        self.0.answer_payment(&input.agreement_id, &input.payment_request_id, answer)
    }

    fn search_agreements(&self, input: SearchAgreementsInput) -> Result<SearchAgreementsOutput> {
        self.0.search_agreements(&input)
    }

    fn send_agreement_cancellation_request(
        &self,
        input: SendAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        self.0.send_cancellation(&input)
    }

    fn send_agreement_payment_request(&self, input: SendAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        self.0.send_payment(&input)
    }

    fn start_agreement_approvals(&self, input: StartAgreementApprovalsInput) -> Result<Vec<ApprovalSummary>> {
        self.0.start_approvals(&input)
    }

    fn update_purchase_orders(&self, input: UpdatePurchaseOrdersInput) -> Result<()> {
        self.0.update_purchase_orders(&input)
    }
}

fn access_denied(message: impl Into<String>) -> Error {
    Error::new(crate::ErrorKind::AccessDenied, "AccessDeniedException", message)
}

/// A stored row's record. A row that does not read (a damaged state file, or a bug that wrote it) is an error naming
/// its table and id, never skipped: a list that silently lost an item would mislead more than an error does.
fn read_row<T: DeserializeOwned>(table: &str, id: &str, body: &str) -> Result<T> {
    serde_json::from_str(body)
        .map_err(|e| Error::internal(format!("local state: row {id} of table {table} cannot be read: {e}")))
}

/// A record as the JSON body of its row.
fn write_row<T: Serialize>(table: &str, id: &str, record: &T) -> Result<String> {
    serde_json::to_string(record)
        .map_err(|e| Error::internal(format!("local state: row {id} of table {table} cannot be written: {e}")))
}

/// Which side of an agreement a list is for (`partyType`). The Agreement API spells it `Proposer`/`Acceptor` in
/// some operations and `PROPOSER`/`ACCEPTOR` in others, so either casing is taken; anything else is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Proposer,
    Acceptor,
}

impl Side {
    fn parse(party_type: &str) -> Result<Side> {
        match party_type.to_ascii_uppercase().as_str() {
            "PROPOSER" => Ok(Side::Proposer),
            "ACCEPTOR" => Ok(Side::Acceptor),
            _ => Err(crate::Error::invalid_field("partyType", format!("{party_type:?} is not Proposer or Acceptor"))
                .with_reason("INVALID_PARTY_TYPE")),
        }
    }

    /// Whether `account` is on this side of `agreement`.
    fn holds(self, agreement: &Agreement, account: &str) -> bool {
        let party = match self {
            Side::Proposer => &agreement.proposer,
            Side::Acceptor => &agreement.acceptor,
        };
        party.account_id.as_deref() == Some(account)
    }
}

fn page_of<T>(items: Vec<T>, token: Option<&str>, max_results: Option<i32>) -> Result<(Vec<T>, Option<String>)> {
    super::paginate(items, token, max_results.unwrap_or(50) as usize)
}

fn term_body<'a>(terms: &'a [AcceptedTerm], type_name: &str) -> Option<&'a Value> {
    terms.iter().find(|t| t.term_type() == Some(type_name)).and_then(|t| t.member()).map(|(_, v)| v)
}

fn add_months(t: OffsetDateTime, months: u32, years: u32, days: u32) -> OffsetDateTime {
    let total = i64::from(t.month() as u8) - 1 + i64::from(months) + i64::from(years) * 12;
    let year = t.year() + (total / 12) as i32;
    let month = time::Month::try_from((total % 12 + 1) as u8).unwrap_or(time::Month::January);
    let day = t.day().min(month.length(year));
    let date = time::Date::from_calendar_date(year, month, day).unwrap_or(t.date());
    t.replace_date(date) + time::Duration::days(i64::from(days))
}

fn after(start: OffsetDateTime, duration: &str) -> Option<OffsetDateTime> {
    let (y, m, d) = parse_duration(duration)?;
    Some(add_months(start, m, y, d))
}

impl Ctx<'_> {
    /// The caller's own request.
    fn load_request(&self, id: &str) -> Result<Option<StoredRequest>> {
        let body: Option<String> = self
            .tx
            .query_row(
                "SELECT body FROM agreement_requests WHERE id = ?1 AND acceptor = ?2",
                [id, self.caller.as_str()],
                |r| r.get(0),
            )
            .optional()
            .map_err(db_error)?;
        body.map(|b| read_row(REQUESTS, id, &b)).transpose()
    }

    /// The caller's requests, oldest first.
    fn my_requests(&self) -> Result<Vec<StoredRequest>> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT id, body FROM agreement_requests WHERE acceptor = ?1 ORDER BY seq")
            .map_err(db_error)?;
        let rows: Vec<(String, String)> = stmt
            .query_map([self.caller.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(db_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db_error)?;
        rows.iter().map(|(id, body)| read_row(REQUESTS, id, body)).collect()
    }

    /// Write a request back. An existing row keeps its acceptor and token (approvers update other accounts'
    /// requests through this too); a new one is the caller's.
    fn save_request(&self, stored: &StoredRequest, token: Option<&str>) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO agreement_requests (id, acceptor, token, body, seq) VALUES (?1, ?2, ?3, ?4,
                 (SELECT COALESCE(MAX(seq), 0) + 1 FROM agreement_requests))
                 ON CONFLICT (id) DO UPDATE SET body = ?4",
                params![
                    stored.request.agreement_request_id,
                    self.caller.as_str(),
                    token,
                    write_row(REQUESTS, &stored.request.agreement_request_id, stored)?
                ],
            )
            .map_err(db_error)?;
        Ok(())
    }

    /// The agreements a SQL condition on the `agreements` table selects, in the order they were made. Selecting in
    /// SQL keeps a call from reading (and parsing) every agreement on record.
    fn agreements_where<T: serde::de::DeserializeOwned>(
        &self,
        condition: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<T>> {
        let sql = format!("SELECT id, body FROM agreements WHERE {condition} ORDER BY seq");
        let mut stmt = self.tx.prepare_cached(&sql).map_err(db_error)?;
        let rows: Vec<(String, String)> = stmt
            .query_map(args, |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(db_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db_error)?;
        rows.iter().map(|(id, body)| read_row(AGREEMENTS, id, body)).collect()
    }

    /// The caller's agreements as buyer.
    fn my_agreements(&self) -> Result<Vec<StoredAgreement>> {
        self.agreements_where("acceptor = ?1", &[&self.caller.as_str()])
    }

    /// An agreement by id, whoever its parties.
    fn agreement(&self, id: &str) -> Result<Option<StoredAgreement>> {
        Ok(self.agreements_where("id = ?1", &[&id])?.pop())
    }

    fn save_agreement(&self, stored: &StoredAgreement) -> Result<()> {
        let a = &stored.agreement;
        self.tx
            .execute(
                "INSERT INTO agreements (id, acceptor, proposer, body, seq, status, end_time) VALUES (?1, ?2, ?3, ?4,
                 (SELECT COALESCE(MAX(seq), 0) + 1 FROM agreements), ?5, ?6)
                 ON CONFLICT (id) DO UPDATE SET body = ?4, status = ?5, end_time = ?6",
                params![
                    a.agreement_id,
                    a.acceptor.account_id.clone().unwrap_or_default(),
                    a.proposer.account_id.clone().unwrap_or_default(),
                    write_row(AGREEMENTS, &a.agreement_id, stored)?,
                    a.status.as_str(),
                    a.end_time.map(|t| t.unix_timestamp()),
                ],
            )
            .map_err(db_error)?;
        Ok(())
    }

    fn charges(&self) -> Result<Vec<Charge>> {
        let mut stmt = self.tx.prepare("SELECT id, body FROM agreement_charges ORDER BY seq").map_err(db_error)?;
        let rows: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(db_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db_error)?;
        rows.iter().map(|(id, body)| read_row(CHARGES, id, body)).collect()
    }

    fn save_charge(&self, charge: &Charge) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO agreement_charges (id, agreement_id, body, seq) VALUES (?1, ?2, ?3,
                 (SELECT COALESCE(MAX(seq), 0) + 1 FROM agreement_charges))
                 ON CONFLICT (id) DO UPDATE SET body = ?3",
                params![charge.id, charge.agreement_id, write_row(CHARGES, &charge.id, charge)?],
            )
            .map_err(db_error)?;
        Ok(())
    }

    /// Agreements whose end has passed: a renewing one is RENEWED into a new agreement for another term of the same
    /// length, on the same terms, charged its value at the renewal (repeatedly, if the clock skipped several terms);
    /// the others are EXPIRED.
    fn expire_agreements(&self) -> Result<()> {
        // Only ACTIVE agreements whose end has passed have anything to do.
        let mut pending: Vec<StoredAgreement> =
            self.agreements_where("status = 'ACTIVE' AND end_time <= ?1", &[&self.now.unix_timestamp()])?;
        while let Some(mut stored) = pending.pop() {
            let Some(end) = stored.agreement.end_time.filter(|end| *end <= self.now) else { continue };
            if stored.agreement.status != AgreementStatus::Active {
                continue;
            }
            stored.last_update = super::super::to_ms(end);
            if !stored.agreement.renews() {
                stored.agreement.status = AgreementStatus::Expired;
                self.save_agreement(&stored)?;
                continue;
            }
            stored.agreement.status = AgreementStatus::Renewed;
            self.save_agreement(&stored)?;
            let start = end;
            let length = end - stored.agreement.start_time.unwrap_or(end);
            let mut next = stored.clone();
            next.agreement.agreement_id = format!("agmt-{}", random_id("", 20)).into();
            next.agreement.status = AgreementStatus::Active;
            next.agreement.start_time = Some(start);
            next.agreement.end_time = Some(start + length);
            next.agreement.acceptance_time = Some(start);
            next.agreement.initial_agreement_id = Some(
                stored.agreement.initial_agreement_id.clone().unwrap_or_else(|| stored.agreement.agreement_id.clone()),
            );
            self.save_agreement(&next)?;
            let value =
                next.agreement.estimated_charges.as_ref().and_then(|c| c.agreement_value.clone()).unwrap_or_default();
            if parse_amount(&value) > 0 && length > time::Duration::ZERO {
                self.save_charge(&Charge {
                    id: random_id("ch", 12),
                    revision: 1,
                    agreement_id: next.agreement.agreement_id.clone(),
                    agreement_type: AGREEMENT_TYPE.into(),
                    purchase_order_reference: None,
                    currency_code: next
                        .agreement
                        .estimated_charges
                        .as_ref()
                        .and_then(|c| c.currency_code.clone())
                        .unwrap_or_default(),
                    amount: value,
                    time: Some(start),
                })?;
            }
            if length > time::Duration::ZERO {
                pending.push(next);
            }
        }
        Ok(())
    }

    fn visible_agreement(&self, id: &str) -> Result<StoredAgreement> {
        let me = Some(self.caller.to_string());
        self.agreement(id)?
            .filter(|a| a.agreement.acceptor.account_id == me || a.agreement.proposer.account_id == me)
            .ok_or_else(|| not_found(format!("Agreement {id} not found")))
    }

    fn create_request(&self, input: &CreateAgreementRequestInput) -> Result<AgreementRequest> {
        if let Some(token) = &input.client_token {
            let earlier: Option<(String, String)> = self
                .tx
                .query_row(
                    "SELECT id, body FROM agreement_requests WHERE acceptor = ?1 AND token = ?2",
                    [self.caller.as_str(), token],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(db_error)?;
            if let Some((id, body)) = earlier {
                return Ok(read_row::<StoredRequest>(REQUESTS, &id, &body)?.request);
            }
        }
        let proposal = input.agreement_proposal_identifier.as_deref().unwrap_or_default();
        let offer_id = format!("offer-{}", &proposal[proposal.len().min(3)..]);
        let (entity, offer) = self
            .visible_offers()?
            .into_iter()
            .find(|(e, _)| e.id == offer_id)
            .ok_or_else(|| not_found(format!("Agreement proposal {proposal} not found")))?;
        if self.is_expired(&offer) {
            return Err(validation(format!(
                "the offer of proposal {proposal} has expired; ask the seller to extend it or make a new offer"
            )));
        }
        let product_id = offer.product_id.clone().unwrap_or_default();
        let product_type = self.load(&product_id)?.map(|p| p.kind.as_str().to_owned()).unwrap_or_default();
        let mut terms = self.offer_terms(&offer_id, None, Some(10_000))?.0;

        // Every term of the offer is accepted together; the buyer configures the ones that take choices.
        let ids: Vec<String> =
            terms.iter().filter_map(|t| t.member()).filter_map(|(_, v)| v["id"].as_str()).map(str::to_owned).collect();
        let requested: BTreeMap<&str, &crate::model::agreement::RequestedTerm> =
            input.requested_terms.iter().map(|t| (t.id.as_str(), t)).collect();
        let unknown: Vec<&str> = requested.keys().filter(|id| !ids.iter().any(|i| i == *id)).copied().collect();
        let missing: Vec<&str> =
            ids.iter().filter(|id| !requested.contains_key(id.as_str())).map(String::as_str).collect();
        if !unknown.is_empty() || !missing.is_empty() {
            return Err(validation(format!(
                "requestedTerms must name every term of the offer once: unknown {unknown:?}, missing {missing:?}"
            )));
        }

        let now = self.now;
        let mut quantities = BTreeMap::new();
        // Each dimension's price on the configured rate card: what tells a higher tier from a lower one.
        let mut unit_prices: BTreeMap<String, i128> = BTreeMap::new();
        let mut value: i128 = 0;
        let mut currency = "USD".to_owned();
        let mut charges: Vec<ExpectedCharge> = Vec::new();
        let mut duration: Option<String> = None;
        let flexible_schedule = term_body(&terms, "PaymentScheduleTerm").is_some();
        for term in &mut terms {
            let Some((member, body)) = term.0.iter_mut().next() else { continue };
            let id = body["id"].as_str().unwrap_or_default().to_owned();
            if let Some(c) = body["currencyCode"].as_str() {
                currency = c.to_owned();
            }
            match member.as_str() {
                "fixedUpfrontPricingTerm" => {
                    for g in body["grants"].as_array().into_iter().flatten() {
                        quantities.insert(
                            g["dimensionKey"].as_str().unwrap_or_default().to_owned(),
                            g["maxQuantity"].as_i64().unwrap_or(1),
                        );
                    }
                    value += parse_amount(body["price"].as_str().unwrap_or("0"));
                    duration = duration.or(body["duration"].as_str().map(str::to_owned));
                }
                "configurableUpfrontPricingTerm" => {
                    let config = requested[id.as_str()]
                        .configuration
                        .as_ref()
                        .and_then(|c| c.configurable_upfront_pricing_term_configuration.clone())
                        .ok_or_else(|| {
                            validation(format!(
                                "requestedTerms: term {id} needs a configurableUpfrontPricingTermConfiguration"
                            ))
                        })?;
                    let card = body["rateCards"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .find(|c| c["selector"]["value"] == json!(config.selector_value))
                        .cloned()
                        .ok_or_else(|| {
                            validation(format!(
                                "selectorValue {} is not one of the offer's durations",
                                config.selector_value
                            ))
                        })?;
                    for item in card["rateCard"].as_array().into_iter().flatten() {
                        unit_prices.insert(
                            item["dimensionKey"].as_str().unwrap_or_default().to_owned(),
                            parse_amount(item["price"].as_str().unwrap_or("0")),
                        );
                    }
                    if card["constraints"]["multipleDimensionSelection"] == "Disallowed" && config.dimensions.len() > 1
                    {
                        return Err(validation("this offer allows one dimension only"));
                    }
                    for d in &config.dimensions {
                        let item = card["rateCard"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .find(|i| i["dimensionKey"] == json!(d.dimension_key));
                        let item = item.ok_or_else(|| {
                            validation(format!("dimension {} is not on the rate card", d.dimension_key))
                        })?;
                        if d.dimension_value < 0
                            || (card["constraints"]["quantityConfiguration"] == "Disallowed" && d.dimension_value > 1)
                        {
                            return Err(validation(format!(
                                "quantity {} of {} is not allowed",
                                d.dimension_value, d.dimension_key
                            )));
                        }
                        value += parse_amount(item["price"].as_str().unwrap_or("0")) * i128::from(d.dimension_value);
                        quantities.insert(d.dimension_key.clone(), d.dimension_value);
                    }
                    duration = Some(config.selector_value.clone());
                    body["configuration"] = serde_json::to_value(&config).unwrap_or_default();
                }
                "freeTrialPricingTerm" => {
                    for g in body["grants"].as_array().into_iter().flatten() {
                        quantities.insert(
                            g["dimensionKey"].as_str().unwrap_or_default().to_owned(),
                            g["maxQuantity"].as_i64().unwrap_or(0),
                        );
                    }
                    duration = duration.or(body["duration"].as_str().map(str::to_owned));
                }
                "validityTerm" => {
                    if let Some(d) = body["agreementDuration"].as_str() {
                        duration = Some(d.to_owned());
                    }
                }
                _ => {}
            }
        }
        // The start: a future-dated agreement starts on its validity start date.
        let validity = term_body(&terms, "ValidityTerm");
        let epoch =
            |v: Option<&Value>| v.and_then(Value::as_i64).and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok());
        let start = epoch(validity.and_then(|v| v.get("agreementStartDate"))).filter(|s| *s > now).unwrap_or(now);
        let end = epoch(validity.and_then(|v| v.get("agreementEndDate")))
            .or_else(|| duration.as_deref().and_then(|d| after(start, d)));
        if let Some(schedule) = term_body(&terms, "PaymentScheduleTerm") {
            for item in schedule["schedule"].as_array().into_iter().flatten() {
                let amount = parse_amount(item["chargeAmount"].as_str().unwrap_or("0"));
                value += amount;
                charges.push(ExpectedCharge {
                    id: Some(random_id("ch", 12)),
                    time: epoch(item.get("chargeDate")),
                    amount: Some(format_amount(amount)),
                    timing: Some("SCHEDULED".into()),
                    purchase_order_reference: None,
                });
            }
        } else if value > 0 {
            charges.push(ExpectedCharge {
                id: Some(random_id("ch", 12)),
                time: Some(start),
                amount: Some(format_amount(value)),
                timing: Some(if start > now { "SCHEDULED" } else { "ON_ACCEPTANCE" }.into()),
                purchase_order_reference: None,
            });
        }
        if let Some(recurring) = term_body(&terms, "RecurringPaymentTerm") {
            let price = parse_amount(recurring["price"].as_str().unwrap_or("0"));
            charges.push(ExpectedCharge {
                id: Some(random_id("ch", 12)),
                time: Some(start),
                amount: Some(format_amount(price)),
                timing: Some("BILLING_PERIOD".into()),
                purchase_order_reference: None,
            });
        }

        let mut itemized = Vec::new();
        let mine = |a: &StoredAgreement| a.agreement.acceptor.account_id.as_deref() == Some(self.caller.as_str());
        let same_product = |a: &StoredAgreement| {
            a.agreement.proposal_summary.resources.iter().any(|r| r.id.as_deref() == Some(product_id.as_str()))
        };
        let (start, end) = match input.intent {
            RequestIntent::New => {
                // One free trial per account and product (buyer guide V-19).
                let trial = term_body(&terms, "FreeTrialPricingTerm").is_some();
                let had_trial = |a: &StoredAgreement| term_body(&a.terms, "FreeTrialPricingTerm").is_some();
                if trial && self.my_agreements()?.iter().any(|a| same_product(a) && had_trial(a)) {
                    return Err(validation(format!(
                        "TrialAlreadyUsed: account {} has already had a free trial of product {product_id}",
                        self.caller
                    )));
                }
                if self
                    .my_agreements()?
                    .iter()
                    .any(|a| same_product(a) && a.agreement.status == AgreementStatus::Active)
                {
                    return Err(conflict(format!(
                        "account {} already has an active agreement for product {product_id}; amend or replace it (one offer per product)",
                        self.caller
                    )));
                }
                (start, end)
            }
            RequestIntent::Amend | RequestIntent::Replace => {
                let source_id = input.source_agreement_identifier.clone().unwrap_or_default();
                let source = self
                    .agreement(&source_id)?
                    .filter(mine)
                    .ok_or_else(|| not_found(format!("Agreement {source_id} not found")))?;
                if source.agreement.status != AgreementStatus::Active {
                    return Err(conflict(format!("agreement {source_id} is {}, not ACTIVE", source.agreement.status)));
                }
                if !same_product(&source) {
                    return Err(validation(format!("agreement {source_id} is for another product")));
                }
                if input.intent == RequestIntent::Amend {
                    if source.flexible_schedule {
                        return Err(validation(format!(
                            "agreement {source_id} has a flexible payment schedule and cannot be amended; ask the seller for a replacement offer"
                        )));
                    }
                    // Fewer units are a downgrade, unless they move to a higher tier: every dimension that loses
                    // units is priced below one that gains, and the contract is worth more than before.
                    let new_of = |k: &str| quantities.get(k).copied().unwrap_or(0);
                    let price_of = |k: &str| unit_prices.get(k).copied();
                    let worth = |q: &BTreeMap<String, i64>| -> Option<i128> {
                        q.iter().map(|(k, n)| price_of(k).map(|p| p * i128::from(*n))).sum()
                    };
                    let reduced: Vec<&String> =
                        source.quantities.iter().filter(|(k, old)| new_of(k) < **old).map(|(k, _)| k).collect();
                    let tier_upgrade = !reduced.is_empty()
                        && matches!((worth(&source.quantities), worth(&quantities)), (Some(old), Some(new)) if new > old)
                        && reduced.iter().all(|k| {
                            let Some(lower) = price_of(k) else { return false };
                            quantities.iter().any(|(gain, n)| {
                                *n > source.quantities.get(gain).copied().unwrap_or(0)
                                    && price_of(gain).is_some_and(|p| p > lower)
                            })
                        });
                    let reduced: Vec<String> = if tier_upgrade {
                        Vec::new()
                    } else {
                        reduced.iter().map(|k| format!("{k} {} -> {}", source.quantities[*k], new_of(k))).collect()
                    };
                    if !reduced.is_empty() {
                        return Err(validation(format!(
                            "CannotReduceEntitlements: an amendment can only add units or a higher tier ({})",
                            reduced.join(", ")
                        )));
                    }
                    if source.quantities == quantities {
                        return Err(validation("the amendment changes no quantity"));
                    }
                    // The upgrade keeps the contract's dates; the added units are charged for the time left.
                    let (s, e) = (source.agreement.start_time.unwrap_or(now), source.agreement.end_time);
                    let remaining = match e {
                        Some(e) if e > s => ((e - now.max(s)).whole_seconds() as i128 * 1000
                            / (e - s).whole_seconds().max(1) as i128)
                            .clamp(0, 1000),
                        _ => 1000,
                    };
                    let mut incremental_total = 0;
                    let keys: std::collections::BTreeSet<&String> =
                        quantities.keys().chain(source.quantities.keys()).collect();
                    for key in keys {
                        let new = &new_of(key);
                        let old = source.quantities.get(key).copied().unwrap_or(0);
                        // The rate card's price; without one (a fixed price), the contract's average per unit.
                        let unit = price_of(key)
                            .unwrap_or_else(|| value / i128::from(quantities.values().sum::<i64>().max(1)));
                        let incremental = unit * i128::from(new - old) * remaining / 1000;
                        incremental_total += incremental;
                        itemized.push(ItemizedCharge {
                            dimension_key: key.clone(),
                            new_quantity: Some(*new),
                            old_quantity: Some(old),
                            incremental_charge_amount: Some(format_amount(incremental)),
                        });
                    }
                    charges = vec![ExpectedCharge {
                        id: Some(random_id("ch", 12)),
                        time: Some(now.max(s)),
                        amount: Some(format_amount(incremental_total)),
                        timing: Some("ON_ACCEPTANCE".into()),
                        purchase_order_reference: None,
                    }];
                    (s, e)
                } else {
                    let replaces = offer.replacement_agreement_id.as_deref().or(entity.str("/ReplacementAgreementId"));
                    if replaces.is_some_and(|r| r != source_id) {
                        return Err(validation(format!(
                            "offer {offer_id} replaces another agreement, not {source_id}"
                        )));
                    }
                    (start, end)
                }
            }
            RequestIntent::Unknown(ref other) => {
                return Err(validation(format!("intent {other:?} is not NEW, AMEND or REPLACE")))
            }
        };
        let renews = term_body(&terms, "RenewalTerm").is_some();
        let acceptor_contact = input.acceptor_contact.clone();
        let taxes = if input.tax_configuration.as_ref().and_then(|t| t.tax_estimation.as_deref()) == Some("ENABLED") {
            let country = match &acceptor_contact {
                Some(c) => Some(c.country_code.clone()),
                None => self.account_contact(self.caller.as_str())?.map(|c| c.country_code),
            };
            Some(self.estimate_taxes(value, country.as_deref()))
        } else {
            None
        };
        let purchase_order_refusal =
            purchase_order_refusal(&product_type, &terms, offer.is_private(), flexible_schedule);
        let request = AgreementRequest {
            agreement_request_id: random_id("ar", 16).replace('-', ""),
            agreement_type: AGREEMENT_TYPE.into(),
            charge_summary: ChargeSummary {
                currency_code: Some(currency.clone()),
                new_agreement_value: Some(format_amount(value)),
                expected_charges: charges,
                itemized_charges: itemized,
                new_agreement_value_after_tax: taxes.as_ref().map(|(_, total)| format_amount(value + total)),
                estimated_taxes: taxes.map(|(taxes, _)| taxes),
            },
            status: AgreementRequestStatus::Draft,
            approval_requirement: "NOT_REQUIRED".into(),
            created_at: Some(now),
        };
        // Request ids are `ar-` and alphanumerics.
        let mut request = request;
        request.agreement_request_id = format!("ar-{}", &request.agreement_request_id[2..]);
        let stored = StoredRequest {
            request: request.clone(),
            offer_id,
            product_id,
            product_type,
            proposer: entity.owner.clone(),
            intent: input.intent.clone(),
            source: input.source_agreement_identifier.clone().map(Into::into),
            terms,
            quantities,
            start: Some(start.unix_timestamp()),
            end: end.map(|e| e.unix_timestamp()),
            renews,
            flexible_schedule,
            value: format_amount(value),
            currency,
            agreement_id: None,
            acceptor_contact,
            purchase_order_refusal,
        };
        self.save_request(&stored, input.client_token.as_deref())?;
        Ok(request)
    }

    fn accept(&self, input: &AcceptAgreementRequestInput) -> Result<String> {
        let mut stored = self
            .load_request(&input.agreement_request_id)?
            .ok_or_else(|| not_found(format!("Agreement request {} not found", input.agreement_request_id)))?;
        if !matches!(stored.request.status, AgreementRequestStatus::Draft | AgreementRequestStatus::Approved) {
            return Err(conflict(format!(
                "agreement request {} is {}",
                input.agreement_request_id, stored.request.status
            )));
        }
        let offer_set_id = match self.visible_offers()?.into_iter().find(|(e, _)| e.id == stored.offer_id) {
            Some((e, offer)) if !self.is_expired(&offer) => e.str("/OfferSetId").map(str::to_owned),
            _ => return Err(validation(format!("offer {} has expired or is no longer available", stored.offer_id))),
        };
        if !input.purchase_orders.is_empty() {
            self.check_purchase_orders(stored.purchase_order_refusal.as_ref())?;
        }
        let now = self.now;
        let charge_ids: Vec<String> =
            stored.request.charge_summary.expected_charges.iter().filter_map(|c| c.id.clone()).collect();
        let mut orders: BTreeMap<String, String> = BTreeMap::new();
        for (i, po) in input.purchase_orders.iter().enumerate() {
            if !charge_ids.contains(&po.charge_id) {
                return Err(validation(format!(
                    "purchaseOrders[{i}].chargeId {} is not a charge of this request",
                    po.charge_id
                )));
            }
            orders.insert(po.charge_id.clone(), po.purchase_order_reference.clone().unwrap_or_default());
        }
        let source = match &stored.source {
            Some(id) => Some(self.agreement(id)?.ok_or_else(|| not_found(format!("Agreement {id} not found")))?),
            None => None,
        };
        if let Some(src) = &source {
            if src.agreement.status != AgreementStatus::Active {
                return Err(conflict(format!(
                    "agreement {} is {}, not ACTIVE",
                    src.agreement.agreement_id, src.agreement.status
                )));
            }
        }
        let agreement_id = format!("agmt-{}", random_id("", 20));
        let start = stored.start.and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok());
        let agreement = Agreement {
            agreement_id: agreement_id.clone().into(),
            acceptor: Party { account_id: Some(self.caller.to_string()) },
            proposer: Party { account_id: Some(stored.proposer.clone()) },
            start_time: start,
            end_time: stored.end.and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok()),
            acceptance_time: Some(now),
            agreement_type: AGREEMENT_TYPE.into(),
            estimated_charges: Some(EstimatedCharges {
                currency_code: Some(stored.currency.clone()),
                agreement_value: Some(stored.value.clone()),
            }),
            proposal_summary: ProposalSummary {
                resources: vec![AgreementResource {
                    id: Some(stored.product_id.clone()),
                    resource_type: Some(stored.product_type.clone()),
                }],
                offer_id: Some(stored.offer_id.clone().into()),
                offer_set_id,
            },
            status: AgreementStatus::Active,
            initial_agreement_id: source
                .as_ref()
                .map(|s| s.agreement.initial_agreement_id.clone().unwrap_or_else(|| s.agreement.agreement_id.clone())),
            end_time_behavior: Some(if stored.renews {
                EndTimeBehavior { behavior_type: "RENEW".into(), reason_code: None }
            } else {
                EndTimeBehavior { behavior_type: "EXPIRE".into(), reason_code: Some("NO_RENEWAL_TERM".into()) }
            }),
        };
        if let Some(mut src) = source {
            // The old terms and their remaining scheduled charges give way to the new agreement.
            src.agreement.status = if stored.intent == RequestIntent::Amend {
                AgreementStatus::Superseded
            } else {
                AgreementStatus::Replaced
            };
            src.agreement.end_time = Some(now);
            src.last_update = super::super::to_ms(now);
            self.save_agreement(&src)?;
            self.drop_future_charges(&src.agreement.agreement_id)?;
        }
        self.save_agreement(&StoredAgreement {
            agreement,
            terms: stored.terms.clone(),
            quantities: stored.quantities.clone(),
            flexible_schedule: stored.flexible_schedule,
            product_type: stored.product_type.clone(),
            last_update: super::super::to_ms(now),
            acceptor_contact: stored.acceptor_contact.clone(),
            purchase_order_refusal: stored.purchase_order_refusal.clone(),
        })?;
        for expected in &stored.request.charge_summary.expected_charges {
            let id = expected.id.clone().unwrap_or_default();
            self.save_charge(&Charge {
                purchase_order_reference: orders.get(&id).cloned(),
                id,
                revision: 1,
                agreement_id: agreement_id.clone().into(),
                agreement_type: AGREEMENT_TYPE.into(),
                currency_code: stored.currency.clone(),
                amount: expected.amount.clone().unwrap_or_default(),
                time: expected.time,
            })?;
        }
        stored.request.status = AgreementRequestStatus::Accepted;
        stored.agreement_id = Some(agreement_id.clone());
        self.save_request(&stored, None)?;
        Ok(agreement_id)
    }

    /// Whether the caller may add purchase orders to `agreement` (the buyer guide §9.3): the agreement's kind takes
    /// them (V-17), and an account in an organization needs the AWS Billing integration its management account sets
    /// up once (V-18). A standalone account is its own payer and needs none here (the guide is silent on it).
    fn check_purchase_orders(&self, refusal: Option<&String>) -> Result<()> {
        if let Some(refusal) = refusal {
            return Err(validation(refusal.clone()));
        }
        let Some(org) = super::organization_of(self.tx, self.caller)? else { return Ok(()) };
        let integrated: bool = self
            .tx
            .query_row("SELECT purchase_order_integration FROM organizations WHERE id = ?1", [&org.id], |r| r.get(0))
            .map_err(db_error)?;
        if integrated {
            Ok(())
        } else {
            Err(validation(format!(
                "BillingIntegrationRequired: organization {}'s management account ({}) has not set up the AWS \
                 Billing integration, so its accounts cannot add purchase orders",
                org.id, org.management_account
            )))
        }
    }

    fn drop_future_charges(&self, agreement_id: &str) -> Result<()> {
        for charge in self.charges()? {
            if charge.agreement_id == agreement_id && charge.time.is_some_and(|t| t > self.now) {
                self.tx.execute("DELETE FROM agreement_charges WHERE id = ?1", [&charge.id]).map_err(db_error)?;
            }
        }
        Ok(())
    }

    fn entitlements(&self, agreement_id: &str) -> Result<Vec<AgreementEntitlement>> {
        let stored = self.visible_agreement(agreement_id)?;
        let a = &stored.agreement;
        let (status, reason) = match a.status {
            AgreementStatus::Active if a.start_time.is_some_and(|s| s > self.now) => {
                ("SCHEDULED", Some("FUTURE_START_DATE"))
            }
            AgreementStatus::Active => ("PROVISIONED", None),
            _ => ("DEPROVISIONED", Some("AGREEMENT_INACTIVE")),
        };
        let resource = a.proposal_summary.resources.first().cloned().unwrap_or_default();
        let mut items: Vec<AgreementEntitlement> = stored
            .quantities
            .keys()
            .map(|key| AgreementEntitlement {
                resource: resource.clone(),
                entitlement_type: format!("Dimension:{key}"),
                status: status.into(),
                status_reason_code: reason.map(str::to_owned),
            })
            .collect();
        if items.is_empty() {
            items.push(AgreementEntitlement {
                resource,
                entitlement_type: "Product".into(),
                status: status.into(),
                status_reason_code: reason.map(str::to_owned),
            });
        }
        Ok(items)
    }

    fn search_agreements(&self, input: &SearchAgreementsInput) -> Result<SearchAgreementsOutput> {
        let party = input
            .filters
            .iter()
            .find(|f| f.name == "PartyType")
            .and_then(|f| f.values.first())
            .map(String::as_str)
            .unwrap_or("Acceptor");
        // Every filter is checked before any agreement is, so a bad one fails even when nothing would match.
        const FILTERS: &[&str] =
            &["PartyType", "AgreementType", "Status", "OfferId", "ResourceIdentifier", "BeforeEndTime", "AfterEndTime"];
        if let Some(f) = input.filters.iter().find(|f| !FILTERS.contains(&f.name.as_str())) {
            return Err(validation(format!("filters: {} is not one of {}", f.name, FILTERS.join(", "))));
        }
        if !["Proposer", "Acceptor"].contains(&party) {
            return Err(validation(format!("filters: PartyType {party:?} is not Proposer or Acceptor")));
        }
        let mut items = Vec::new();
        let me_text = self.caller.as_str();
        let parties = if party == "Proposer" { "proposer = ?1" } else { "acceptor = ?1" };
        for stored in self.agreements_where::<AgreementOnly>(parties, &[&me_text])? {
            let a = stored.agreement;
            let mut keep = true;
            for f in &input.filters {
                let value = f.values.first().map(String::as_str).unwrap_or_default();
                let epoch = || value.parse::<i64>().ok().and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok());
                keep &= match f.name.as_str() {
                    "PartyType" => true,
                    "AgreementType" => a.agreement_type == value,
                    "Status" => a.status.as_str() == value,
                    "OfferId" => a.proposal_summary.offer_id.as_deref() == Some(value),
                    "ResourceIdentifier" => a.proposal_summary.resources.iter().any(|r| r.id.as_deref() == Some(value)),
                    "BeforeEndTime" => a.end_time.zip(epoch()).is_some_and(|(e, t)| e <= t),
                    _ => a.end_time.zip(epoch()).is_some_and(|(e, t)| e >= t), // AfterEndTime
                };
            }
            if keep {
                items.push(a);
            }
        }
        let sort_by = input.sort.as_ref().and_then(|s| s["sortBy"].as_str()).unwrap_or("EndTime");
        match sort_by {
            "EndTime" => items.sort_by_key(|a| a.end_time),
            "StartTime" => items.sort_by_key(|a| a.start_time),
            "AcceptanceTime" => items.sort_by_key(|a| a.acceptance_time),
            other => {
                return Err(validation(format!("sort.sortBy {other:?} is not EndTime, StartTime or AcceptanceTime")))
            }
        }
        if input.sort.as_ref().and_then(|s| s["sortOrder"].as_str()) == Some("DESCENDING") {
            items.reverse();
        }
        let (items, next_token) = page_of(items, input.next_token.as_deref(), input.max_results)?;
        Ok(SearchAgreementsOutput::new(items, next_token))
    }

    fn list_charges(&self, input: &ListAgreementChargesInput) -> Result<ListAgreementChargesOutput> {
        // The caller's agreements, as buyer or seller.
        let parties: std::collections::BTreeSet<AgreementId> = self
            .agreements_where::<AgreementOnly>("acceptor = ?1 OR proposer = ?1", &[&self.caller.as_str()])?
            .into_iter()
            .map(|a| a.agreement.agreement_id)
            .collect();
        let mut items: Vec<Charge> = self
            .charges()?
            .into_iter()
            .filter(|c| parties.contains(&c.agreement_id))
            .filter(|c| input.agreement_id.as_ref().is_none_or(|a| &c.agreement_id == a))
            .collect();
        items.sort_by_key(|c| c.time);
        let (items, next_token) = page_of(items, input.next_token.as_deref(), input.max_results)?;
        Ok(ListAgreementChargesOutput::new(items, next_token))
    }

    /// A buyer cancels: allowed for pay-as-you-go, BYOL and free agreements, and for future-dated agreements before
    /// they start; a contract that has already been charged is cancelled through the seller.
    fn cancel(&self, agreement_id: &str) -> Result<()> {
        let mut stored = self.visible_agreement(agreement_id)?;
        if stored.agreement.acceptor.account_id.as_deref() != Some(self.caller.as_str()) {
            return Err(crate::error::Error::new(
                crate::ErrorKind::AccessDenied,
                "AccessDeniedException",
                "only the buyer can cancel an agreement",
            ));
        }
        if stored.agreement.status != AgreementStatus::Active {
            return Err(conflict(format!("agreement {agreement_id} is {}", stored.agreement.status)));
        }
        let not_started = stored.agreement.start_time.is_some_and(|s| s > self.now);
        let charged = self.charges()?.iter().any(|c| {
            c.agreement_id == agreement_id && c.time.is_some_and(|t| t <= self.now) && parse_amount(&c.amount) > 0
        });
        if charged && !not_started {
            return Err(conflict(format!(
                "agreement {agreement_id} has been charged for its contract; send the seller a cancellation request instead"
            )));
        }
        stored.agreement.status = AgreementStatus::Cancelled;
        stored.agreement.end_time = Some(self.now);
        stored.last_update = super::super::to_ms(self.now);
        self.save_agreement(&stored)?;
        self.drop_future_charges(agreement_id)
    }

    fn update_purchase_orders(&self, input: &UpdatePurchaseOrdersInput) -> Result<()> {
        let charges = self.charges()?;
        for (i, po) in input.purchase_orders.iter().enumerate() {
            let agreement_id = po.agreement_id.clone().unwrap_or_default();
            let stored = self.visible_agreement(&agreement_id)?;
            if stored.agreement.acceptor.account_id.as_deref() != Some(self.caller.as_str()) {
                return Err(not_found(format!("Agreement {agreement_id} not found")));
            }
            self.check_purchase_orders(stored.purchase_order_refusal.as_ref())
                .map_err(|e| validation(format!("purchaseOrders[{i}]: {}", e.message())))?;
            let mut charge =
                charges
                    .iter()
                    .find(|c| c.id == po.charge_id && c.agreement_id == agreement_id)
                    .cloned()
                    .ok_or_else(|| not_found(format!("purchaseOrders[{i}]: charge {} not found", po.charge_id)))?;
            if po.charge_revision.is_some_and(|r| r != charge.revision) {
                return Err(conflict(format!(
                    "charge {} is at revision {}, not {}",
                    charge.id,
                    charge.revision,
                    po.charge_revision.unwrap_or_default()
                )));
            }
            charge.purchase_order_reference = po.purchase_order_reference.clone();
            charge.revision += 1;
            self.save_charge(&charge)?;
        }
        Ok(())
    }
}

/// The table of the items agreements and requests gather after they are made (approvals, cancellation requests,
/// payment requests, billing adjustments), each under its parent's id and of one kind.
const WORKFLOW: &str = "agreement_workflow";

/// The kinds of [`WORKFLOW`] rows.
mod kind {
    pub(super) const APPROVAL: &str = "approval";
    pub(super) const CANCELLATION: &str = "cancellation";
    pub(super) const PAYMENT: &str = "payment";
    pub(super) const ADJUSTMENT: &str = "adjustment";
}

impl Ctx<'_> {
    /// Every workflow item of `kind`, oldest first, with its parent's id.
    fn workflow_items<T: DeserializeOwned>(&self, kind: &str) -> Result<Vec<(String, T)>> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT id, parent, body FROM agreement_workflow WHERE kind = ?1 ORDER BY seq")
            .map_err(db_error)?;
        let rows: Vec<(String, String, String)> = stmt
            .query_map([kind], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(db_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db_error)?;
        rows.into_iter().map(|(id, parent, body)| Ok((parent, read_row(WORKFLOW, &id, &body)?))).collect()
    }

    fn save_workflow<T: Serialize>(&self, id: &str, kind: &str, parent: &str, item: &T) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO agreement_workflow (id, kind, parent, body, seq) VALUES (?1, ?2, ?3, ?4,
                 (SELECT COALESCE(MAX(seq), 0) + 1 FROM agreement_workflow)) ON CONFLICT (id) DO UPDATE SET body = ?4",
                params![id, kind, parent, write_row(WORKFLOW, id, item)?],
            )
            .map_err(db_error)?;
        Ok(())
    }

    /// Any request, whoever made it (approvers look at other accounts' requests), with the account that made it.
    fn any_request(&self, id: &str) -> Result<Option<(String, StoredRequest)>> {
        let row: Option<(String, String)> = self
            .tx
            .query_row("SELECT acceptor, body FROM agreement_requests WHERE id = ?1", [id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(db_error)?;
        row.map(|(acceptor, body)| Ok((acceptor, read_row(REQUESTS, id, &body)?))).transpose()
    }

    /// The organization a requester belongs to, and whether the caller administers it (its management account or a
    /// delegated administrator).
    fn approver_of(&self, requester: &str) -> Result<Option<(String, bool)>> {
        let Ok(account) = requester.parse::<crate::model::AccountId>() else { return Ok(None) };
        let Some(org) = super::organization_of(self.tx, &account)? else { return Ok(None) };
        let me = self.caller.as_str();
        let admin = org.management_account == me
            || super::exists(
                self.tx,
                "SELECT 1 FROM delegated_administrators WHERE organization_id = ?1 AND account_id = ?2",
                &[&org.id, me],
            )?;
        Ok(Some((org.id, admin)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_keep_eight_decimals_and_print_two() {
        assert_eq!(parse_amount("12.5"), 1_250_000_000);
        assert_eq!(format_amount(parse_amount("0.05") * 3), "0.15");
        assert_eq!(format_amount(parse_amount("40000.00") * 3), "120000.00");
        assert_eq!(format_amount(parse_amount("0.005")), "0.01");
        assert_eq!(format_amount(-parse_amount("12.5")), "-12.50");
        assert_eq!(format_amount(-1), "0.00", "no negative zero");
    }

    #[test]
    fn durations_add_calendar_months() {
        let t = time::macros::datetime!(2026-01-31 00:00 UTC);
        assert_eq!(after(t, "P1M").unwrap(), time::macros::datetime!(2026-02-28 00:00 UTC));
        assert_eq!(after(t, "P12M").unwrap(), time::macros::datetime!(2027-01-31 00:00 UTC));
        assert_eq!(after(t, "P1Y30D").unwrap(), time::macros::datetime!(2027-03-02 00:00 UTC));
    }
}
