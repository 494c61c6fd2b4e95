//! What an agreement bills after acceptance: the seller's payment requests under a variable payment term (sent,
//! validated, approved or rejected by the buyer, or approved on expiry), the invoices and credit memos its charges
//! and billing adjustments become, and the acceptor's contact the seller may read.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::{access_denied, format_amount, kind, parse_amount, Side, StoredAgreement, AGREEMENT_TYPE, CATALOG};
use crate::backend::local::catalog::{not_found, random_id, validation, Ctx};
use crate::backend::local::conflict;
use crate::backend::local::schema::db_error;
use crate::error::{Error, Result};
use crate::model::account::ContactInformation;
use crate::model::agreement::*;
use crate::model::catalog::terms::expiration_days;

/// How long a payment request waits for the buyer when the term gives no expiration duration.
const DEFAULT_EXPIRATION_DAYS: i64 = 30;
/// How long a billing adjustment is PENDING before it is COMPLETED.
const ADJUSTMENT_PROCESSING: time::Duration = time::Duration::days(1);
/// `invoiceType`s.
const INVOICE: &str = "INVOICE";
const CREDIT_MEMO: &str = "CREDIT_MEMO";

/// How a party answers a payment request.
#[derive(Debug)]
pub(super) enum PaymentAnswer {
    /// The buyer approves it, optionally against a purchase order: it is charged.
    Accept {
        /// The purchase order.
        purchase_order_reference: Option<String>,
    },
    /// The buyer refuses it, optionally saying why.
    Reject {
        /// Why.
        reason: Option<String>,
    },
    /// The seller withdraws it.
    Withdraw,
}

/// What the engine keeps of a payment request besides what the API shows.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredPayment {
    request: PaymentRequest,
    term_id: String,
    client_token: Option<String>,
    /// When an unanswered request expires (unix seconds).
    expires_at: i64,
    /// Whether it is approved on expiry (`AUTO_APPROVE_ON_EXPIRATION`) rather than left waiting.
    approve_on_expiry: bool,
    /// The purchase order the buyer approved it against.
    #[serde(default)]
    purchase_order_reference: Option<String>,
}

/// What the engine keeps of a billing adjustment: the adjustment as `GetBillingAdjustmentRequest` shows it
/// (flattened: this is the shape the rows have always had) and the seller's token for the entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredAdjustment {
    #[serde(flatten)]
    adjustment: BillingAdjustment,
    client_token: String,
}

/// The variable payment term of an agreement with the given id: `(currency, maximum, approve on expiry, days)`.
fn variable_term(stored: &StoredAgreement, term_id: &str) -> Option<(String, i128, bool, i64)> {
    stored.terms.iter().find_map(|t| {
        let (member, body) = t.member()?;
        if member != "variablePaymentTerm" || body["id"].as_str() != Some(term_id) {
            return None;
        }
        let config = &body["configuration"];
        let days = config["expirationDuration"]
            .as_str()
            .and_then(expiration_days)
            .map(i64::from)
            .unwrap_or(DEFAULT_EXPIRATION_DAYS);
        Some((
            body["currencyCode"].as_str().unwrap_or("USD").to_owned(),
            parse_amount(body["maxTotalChargeAmount"].as_str().unwrap_or("0")),
            config["paymentRequestApprovalStrategy"] == "AUTO_APPROVE_ON_EXPIRATION",
            days,
        ))
    })
}

impl Ctx<'_> {
    fn payments(&self) -> Result<Vec<StoredPayment>> {
        Ok(self.workflow_items::<StoredPayment>(kind::PAYMENT)?.into_iter().map(|(_, p)| p).collect())
    }

    fn save_payment(&self, payment: &StoredPayment) -> Result<()> {
        self.save_workflow(&payment.request.payment_request_id, kind::PAYMENT, &payment.request.agreement_id, payment)
    }

    /// Move payment requests along the clock: a VALIDATING request is checked against its agreement and the term's
    /// remaining maximum (PENDING_APPROVAL or VALIDATION_FAILED), and an unanswered request whose term approves on
    /// expiry is APPROVED and charged when it expires.
    pub(super) fn settle_payment_requests(&self) -> Result<()> {
        let mut payments = self.payments()?;
        for i in 0..payments.len() {
            let status = payments[i].request.status.clone();
            let agreement_id = payments[i].request.agreement_id.clone();
            if status == PaymentRequestStatus::Validating {
                let stored = self.agreement(&agreement_id)?;
                let problem = match stored.as_ref().map(|a| (a, variable_term(a, &payments[i].term_id))) {
                    None => Some(format!("agreement {agreement_id} no longer exists")),
                    Some((a, _)) if a.agreement.status != AgreementStatus::Active => {
                        Some(format!("agreement {agreement_id} is {}, not ACTIVE", a.agreement.status))
                    }
                    Some((_, None)) => Some(format!("term {} is not a variable payment term", payments[i].term_id)),
                    Some((_, Some((currency, max, _, _)))) => {
                        let committed: i128 = payments
                            .iter()
                            .filter(|p| {
                                p.request.agreement_id == agreement_id
                                    && p.term_id == payments[i].term_id
                                    && matches!(
                                        p.request.status,
                                        PaymentRequestStatus::PendingApproval | PaymentRequestStatus::Approved
                                    )
                            })
                            .map(|p| parse_amount(&p.request.charge_amount))
                            .sum();
                        let amount = parse_amount(&payments[i].request.charge_amount);
                        (committed + amount > max).then(|| {
                            format!(
                                "chargeAmount {} exceeds the {} {currency} left of the term's maximum of {} {currency}",
                                payments[i].request.charge_amount,
                                format_amount(max - committed),
                                format_amount(max)
                            )
                        })
                    }
                };
                let p = &mut payments[i];
                p.request.status = match problem {
                    Some(message) => {
                        p.request.status_message = Some(message);
                        PaymentRequestStatus::ValidationFailed
                    }
                    None => PaymentRequestStatus::PendingApproval,
                };
                self.save_payment(p)?;
            }
            let p = &mut payments[i];
            if p.request.status == PaymentRequestStatus::PendingApproval
                && p.approve_on_expiry
                && self.now.unix_timestamp() >= p.expires_at
            {
                let at = OffsetDateTime::from_unix_timestamp(p.expires_at).unwrap_or(self.now);
                self.approve(p, at)?;
            }
        }
        Ok(())
    }

    /// Charge an approved payment request.
    fn approve(&self, p: &mut StoredPayment, at: OffsetDateTime) -> Result<()> {
        let charge_id = random_id("ch", 12);
        self.save_charge(&Charge {
            id: charge_id.clone(),
            revision: 1,
            agreement_id: p.request.agreement_id.clone(),
            agreement_type: AGREEMENT_TYPE.into(),
            purchase_order_reference: p.purchase_order_reference.clone(),
            currency_code: p.request.currency_code.clone(),
            amount: p.request.charge_amount.clone(),
            time: Some(at),
        })?;
        p.request.status = PaymentRequestStatus::Approved;
        p.request.charge_id = Some(charge_id);
        p.request.updated_at = Some(at);
        self.save_payment(p)
    }

    fn find_payment(&self, agreement_id: &str, id: &str) -> Result<StoredPayment> {
        self.payments()?
            .into_iter()
            .find(|p| p.request.payment_request_id == id && p.request.agreement_id == agreement_id)
            .ok_or_else(|| not_found(format!("Payment request {id} not found")))
    }

    /// `SendAgreementPaymentRequest`: the seller of an active agreement asks for `chargeAmount` under its variable
    /// payment term. It starts VALIDATING (the next call settles it). The same client token again answers with the
    /// request it made, or a conflict when the members differ.
    pub(super) fn send_payment(&self, input: &SendAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        let agreement_id = &input.agreement_id;
        let stored = self.visible_agreement(agreement_id)?;
        if !Side::Proposer.holds(&stored.agreement, self.caller.as_str()) {
            return Err(access_denied("only the agreement's seller sends payment requests"));
        }
        if let Some(token) = &input.client_token {
            let payments = self.payments()?;
            let earlier = payments
                .iter()
                .find(|p| p.client_token.as_ref() == Some(token) && &p.request.agreement_id == agreement_id);
            if let Some(earlier) = earlier {
                let same = earlier.request.name == input.name
                    && earlier.request.charge_amount == format_amount(parse_amount(&input.charge_amount))
                    && earlier.term_id == input.term_id;
                if !same {
                    return Err(conflict(format!(
                        "clientToken {token} was used for payment request {} with other members",
                        earlier.request.payment_request_id
                    )));
                }
                return Ok(earlier.request.clone());
            }
        }
        if stored.agreement.status != AgreementStatus::Active {
            return Err(conflict(format!("agreement {agreement_id} is {}", stored.agreement.status)));
        }
        let term_id = &input.term_id;
        let (currency, _, approve_on_expiry, days) = variable_term(&stored, term_id).ok_or_else(|| {
            validation(format!(
                "termId {term_id} is not a VariablePaymentTerm of agreement {agreement_id}; payment requests charge \
                 under the agreement's variable payment term"
            ))
            .with_reason("INVALID_TERM_ID")
        })?;
        let amount = parse_amount(&input.charge_amount);
        if amount <= 0 {
            return Err(
                Error::invalid_field("chargeAmount", "must be more than 0").with_reason("INVALID_CHARGE_AMOUNT")
            );
        }
        let now = self.now;
        let payment = StoredPayment {
            request: PaymentRequest {
                payment_request_id: format!("pr-{}", random_id("", 16)),
                agreement_id: agreement_id.clone(),
                status: PaymentRequestStatus::Validating,
                status_message: None,
                name: input.name.clone(),
                description: input.description.clone(),
                charge_id: None,
                charge_amount: format_amount(amount),
                currency_code: currency,
                created_at: Some(now),
                updated_at: Some(now),
            },
            term_id: term_id.clone(),
            client_token: input.client_token.clone(),
            expires_at: now.unix_timestamp() + days * 24 * 3600,
            approve_on_expiry,
            purchase_order_reference: None,
        };
        self.save_payment(&payment)?;
        Ok(payment.request)
    }

    /// `GetAgreementPaymentRequest`: either party reads it.
    pub(super) fn payment(&self, agreement_id: &str, id: &str) -> Result<PaymentRequest> {
        self.visible_agreement(agreement_id)?;
        Ok(self.find_payment(agreement_id, id)?.request)
    }

    /// The buyer approves (charged at once) or rejects a pending request; the seller withdraws one that is still
    /// validating or pending.
    pub(super) fn answer_payment(&self, agreement_id: &str, id: &str, answer: PaymentAnswer) -> Result<PaymentRequest> {
        let stored = self.visible_agreement(agreement_id)?;
        let mut payment = self.find_payment(agreement_id, id)?;
        let buyer = Side::Acceptor.holds(&stored.agreement, self.caller.as_str());
        if matches!(answer, PaymentAnswer::Withdraw) == buyer {
            return Err(access_denied("the buyer accepts or rejects a payment request; the seller cancels it"));
        }
        let open = match answer {
            PaymentAnswer::Withdraw => {
                matches!(
                    payment.request.status,
                    PaymentRequestStatus::Validating | PaymentRequestStatus::PendingApproval
                )
            }
            _ => payment.request.status == PaymentRequestStatus::PendingApproval,
        };
        if !open {
            return Err(conflict(format!("payment request {id} is {}", payment.request.status)));
        }
        let now = self.now;
        match answer {
            PaymentAnswer::Accept { purchase_order_reference } => {
                if stored.agreement.status != AgreementStatus::Active {
                    return Err(conflict(format!("agreement {agreement_id} is {}", stored.agreement.status)));
                }
                if purchase_order_reference.is_some() {
                    self.check_purchase_orders(stored.purchase_order_refusal.as_ref())?;
                }
                payment.purchase_order_reference = purchase_order_reference;
                self.approve(&mut payment, now)?;
            }
            PaymentAnswer::Reject { reason } => {
                payment.request.status = PaymentRequestStatus::Rejected;
                payment.request.status_message = reason;
                payment.request.updated_at = Some(now);
                self.save_payment(&payment)?;
            }
            PaymentAnswer::Withdraw => {
                payment.request.status = PaymentRequestStatus::Cancelled;
                payment.request.updated_at = Some(now);
                self.save_payment(&payment)?;
            }
        }
        Ok(payment.request)
    }

    /// `ListAgreementPaymentRequests`: the requests on the caller's side of its agreements (as `Proposer`, the ones
    /// it sent; as `Acceptor`, the ones it received), oldest first, as summaries (without the description and
    /// status message).
    pub(super) fn list_payments(&self, input: &ListAgreementPaymentRequestsInput) -> Result<Vec<PaymentRequest>> {
        let side = Side::parse(&input.party_type)?;
        let me = self.caller.as_str();
        let mut items = Vec::new();
        for p in self.payments()? {
            let request = p.request;
            if input.agreement_id.as_ref().is_some_and(|a| a != &request.agreement_id)
                || input.status.as_ref().is_some_and(|s| s != &request.status)
            {
                continue;
            }
            let agreement = self.agreement(&request.agreement_id)?.ok_or_else(|| {
                Error::internal(format!(
                    "local state: payment request {} belongs to agreement {}, which is not on record",
                    request.payment_request_id, request.agreement_id
                ))
            })?;
            if side.holds(&agreement.agreement, me) {
                items.push(PaymentRequest { description: None, status_message: None, ..request });
            }
        }
        Ok(items)
    }

    fn adjustments(&self) -> Result<Vec<StoredAdjustment>> {
        Ok(self.workflow_items::<StoredAdjustment>(kind::ADJUSTMENT)?.into_iter().map(|(_, a)| a).collect())
    }

    fn save_adjustment(&self, stored: &StoredAdjustment) -> Result<()> {
        let a = &stored.adjustment;
        self.save_workflow(&a.billing_adjustment_request_id, kind::ADJUSTMENT, &a.agreement_id, stored)
    }

    /// Billing adjustments are PENDING for a day, then COMPLETED.
    pub(super) fn settle_billing_adjustments(&self) -> Result<()> {
        for mut stored in self.adjustments()? {
            let a = &mut stored.adjustment;
            let Some(due) = a.created_at.map(|t| t + ADJUSTMENT_PROCESSING) else { continue };
            if a.status == BillingAdjustmentStatus::Pending && self.now >= due {
                a.status = BillingAdjustmentStatus::Completed;
                a.updated_at = Some(due);
                self.save_adjustment(&stored)?;
            }
        }
        Ok(())
    }

    /// Whether the caller sold agreement `agreement_id` (billing adjustments are the seller's).
    fn sold(&self, agreement_id: &str) -> Result<bool> {
        Ok(self.agreement(agreement_id)?.is_some_and(|a| Side::Proposer.holds(&a.agreement, self.caller.as_str())))
    }

    /// `BatchCreateBillingAdjustmentRequest`: the seller refunds part or all of invoices (charges that have fallen
    /// due) of its agreements. Each entry stands alone: a refused one is listed among the errors with its token and
    /// the rest go ahead. The refunds of one charge never exceed its amount and are in its currency; an entry whose
    /// token the seller used before answers with the refund it made.
    pub(super) fn create_billing_adjustments(
        &self,
        entries: &[BillingAdjustmentEntry],
    ) -> Result<BatchCreateBillingAdjustmentRequestOutput> {
        let now = self.now;
        let charges = self.charges()?;
        let mut all = self.adjustments()?;
        let mut out = BatchCreateBillingAdjustmentRequestOutput::default();
        for entry in entries {
            let token = &entry.client_token;
            let agreement_id = &entry.agreement_id;
            let invoice = &entry.original_invoice_id;
            let fail = |code: &str, message: String| BillingAdjustmentError {
                code: code.to_owned(),
                message,
                client_token: token.clone(),
            };
            let mut earlier = None;
            for a in all.iter().filter(|a| &a.client_token == token) {
                if self.sold(&a.adjustment.agreement_id)? {
                    earlier = Some(a.adjustment.billing_adjustment_request_id.clone());
                    break;
                }
            }
            if let Some(id) = earlier {
                out.items
                    .push(BillingAdjustmentItem { billing_adjustment_request_id: id, client_token: token.clone() });
                continue;
            }
            if !self.sold(agreement_id)? {
                let message = format!("agreement {agreement_id} not found among the caller's sales");
                out.errors.push(fail("RESOURCE_NOT_FOUND_EXCEPTION", message));
                continue;
            }
            let Some(charge) = charges.iter().find(|c| &c.id == invoice && &c.agreement_id == agreement_id) else {
                let message = format!("invoice {invoice} is not a charge of agreement {agreement_id}");
                out.errors.push(fail("RESOURCE_NOT_FOUND_EXCEPTION", message));
                continue;
            };
            if charge.time.is_some_and(|t| t > now) {
                out.errors.push(fail("VALIDATION_EXCEPTION", format!("charge {invoice} has not been invoiced yet")));
                continue;
            }
            let amount = parse_amount(&entry.adjustment_amount);
            let already: i128 = all
                .iter()
                .filter(|a| &a.adjustment.original_invoice_id == invoice)
                .map(|a| parse_amount(&a.adjustment.adjustment_amount))
                .sum();
            if amount <= 0 || amount + already > parse_amount(&charge.amount) {
                let message = format!(
                    "adjustments of charge {invoice} may total at most {} {}",
                    charge.amount, charge.currency_code
                );
                out.errors.push(fail("VALIDATION_EXCEPTION", message));
                continue;
            }
            if entry.currency_code != charge.currency_code {
                out.errors
                    .push(fail("VALIDATION_EXCEPTION", format!("charge {invoice} is in {}", charge.currency_code)));
                continue;
            }
            let stored = StoredAdjustment {
                adjustment: BillingAdjustment {
                    billing_adjustment_request_id: format!("ba-{}", random_id("", 16)),
                    agreement_id: agreement_id.clone(),
                    original_invoice_id: invoice.clone(),
                    adjustment_amount: format_amount(amount),
                    currency_code: charge.currency_code.clone(),
                    status: BillingAdjustmentStatus::Pending,
                    status_message: None,
                    adjustment_reason_code: Some(entry.adjustment_reason_code.clone()),
                    description: entry.description.clone(),
                    agreement_type: Some(AGREEMENT_TYPE.into()),
                    catalog: Some(CATALOG.into()),
                    created_at: Some(now),
                    updated_at: Some(now),
                },
                client_token: token.clone(),
            };
            self.save_adjustment(&stored)?;
            out.items.push(BillingAdjustmentItem {
                billing_adjustment_request_id: stored.adjustment.billing_adjustment_request_id.clone(),
                client_token: token.clone(),
            });
            all.push(stored);
        }
        Ok(out)
    }

    /// `GetBillingAdjustmentRequest`: one of the seller's refunds.
    pub(super) fn billing_adjustment(&self, agreement_id: &str, id: &str) -> Result<BillingAdjustment> {
        let found = self
            .adjustments()?
            .into_iter()
            .find(|a| a.adjustment.billing_adjustment_request_id == id && a.adjustment.agreement_id == agreement_id);
        match found {
            Some(a) if self.sold(agreement_id)? => Ok(a.adjustment),
            _ => Err(not_found(format!("Billing adjustment request {id} not found"))),
        }
    }

    /// `ListBillingAdjustmentRequests`: the seller's refunds, oldest first, as summaries (without the reason and
    /// description).
    pub(super) fn list_billing_adjustments(
        &self,
        input: &ListBillingAdjustmentRequestsInput,
    ) -> Result<Vec<BillingAdjustment>> {
        let mut items = Vec::new();
        for stored in self.adjustments()? {
            let a = stored.adjustment;
            let keep = input.agreement_id.as_ref().is_none_or(|id| id == &a.agreement_id)
                && input.status.as_ref().is_none_or(|s| s == &a.status)
                && input.created_after.is_none_or(|t| a.created_at.is_some_and(|c| c > t))
                && input.created_before.is_none_or(|t| a.created_at.is_some_and(|c| c < t))
                && input.catalog.as_ref().is_none_or(|c| Some(c) == a.catalog.as_ref())
                && input.agreement_type.as_ref().is_none_or(|t| Some(t) == a.agreement_type.as_ref());
            if keep && self.sold(&a.agreement_id)? {
                items.push(BillingAdjustment { adjustment_reason_code: None, description: None, ..a });
            }
        }
        Ok(items)
    }

    /// `ListAgreementInvoiceLineItems`: every charge that has fallen due is an out-of-cycle invoice (its id is the
    /// charge's id, which billing adjustments name as `originalInvoiceId`), and every completed billing adjustment a
    /// credit memo; both in the order they were issued, then filtered.
    pub(super) fn invoice_line_items(
        &self,
        input: &ListAgreementInvoiceLineItemsInput,
    ) -> Result<Vec<InvoiceLineItemGroup>> {
        let agreement_id = &input.agreement_id;
        self.visible_agreement(agreement_id)?;
        let entity = InvoicingEntity { legal_name: Some("Amazon Web Services, Inc.".into()), branch_name: None };
        let period = |t: OffsetDateTime| InvoiceBillingPeriod { month: u8::from(t.month()) as i32, year: t.year() };
        let adjustments: Vec<BillingAdjustment> =
            self.adjustments()?.into_iter().map(|a| a.adjustment).filter(|a| &a.agreement_id == agreement_id).collect();
        let mut groups: Vec<InvoiceLineItemGroup> = Vec::new();
        for charge in self.charges()? {
            let Some(time) = charge.time else { continue };
            if &charge.agreement_id != agreement_id || time > self.now || parse_amount(&charge.amount) <= 0 {
                continue;
            }
            let adjusted: i128 = adjustments
                .iter()
                .filter(|a| a.original_invoice_id == charge.id)
                .map(|a| parse_amount(&a.adjustment_amount))
                .sum();
            groups.push(InvoiceLineItemGroup {
                agreement_id: Some(agreement_id.clone()),
                invoice_id: Some(charge.id.clone()),
                pricing_currency_amount: Some(PricingCurrencyAmount {
                    amount: Some(charge.amount.clone()),
                    max_adjustment_amount: Some(format_amount(parse_amount(&charge.amount) - adjusted)),
                    currency_code: Some(charge.currency_code.clone()),
                }),
                invoice_billing_period: Some(period(time)),
                issued_time: Some(time),
                invoice_type: Some(INVOICE.into()),
                invoicing_entity: Some(entity.clone()),
            });
        }
        for a in adjustments.into_iter().filter(|a| a.status == BillingAdjustmentStatus::Completed) {
            groups.push(InvoiceLineItemGroup {
                agreement_id: Some(agreement_id.clone()),
                invoice_id: Some(a.billing_adjustment_request_id),
                pricing_currency_amount: Some(PricingCurrencyAmount {
                    amount: Some(a.adjustment_amount),
                    max_adjustment_amount: None,
                    currency_code: Some(a.currency_code),
                }),
                invoice_billing_period: a.updated_at.map(period),
                issued_time: a.updated_at,
                invoice_type: Some(CREDIT_MEMO.into()),
                invoicing_entity: Some(entity.clone()),
            });
        }
        groups.sort_by_key(|g| g.issued_time);
        Ok(groups
            .into_iter()
            .filter(|g| input.invoice_id.is_none() || g.invoice_id == input.invoice_id)
            .filter(|g| input.invoice_type.is_none() || g.invoice_type == input.invoice_type)
            .filter(|g| {
                input.invoice_billing_period.is_none() || g.invoice_billing_period == input.invoice_billing_period
            })
            .filter(|g| input.before_issued_time.is_none_or(|t| g.issued_time.is_some_and(|i| i < t)))
            .filter(|g| input.after_issued_time.is_none_or(|t| g.issued_time.is_some_and(|i| i > t)))
            .collect())
    }

    /// `GetAgreementContacts`: the acceptor's contact, as given with the agreement request or, when none was, from
    /// the buyer account's contact information and email.
    pub(super) fn agreement_contacts(&self, agreement_id: &str) -> Result<Option<AcceptorContact>> {
        let stored = self.visible_agreement(agreement_id)?;
        match stored.acceptor_contact {
            Some(contact) => Ok(Some(contact)),
            None => self.account_contact(stored.agreement.acceptor.account_id.as_deref().unwrap_or_default()),
        }
    }

    /// Estimated taxes on `value` for a buyer in `country`, from the configured rates, and their total.
    pub(super) fn estimate_taxes(&self, value: i128, country: Option<&str>) -> (EstimatedTaxes, i128) {
        let rate = country.and_then(|c| self.config.tax_rates.get(c));
        let Some(rate) = rate else {
            return (EstimatedTaxes { breakdown: Vec::new(), total_amount: Some(format_amount(0)) }, 0);
        };
        // A rate in percent with up to 8 decimals, as hundred-millionths: value × rate / 100.
        let amount = value * parse_amount(&rate.rate) / (100 * super::SCALE);
        let item = TaxBreakdownItem {
            amount: Some(format_amount(amount)),
            rate: Some(rate.rate.clone()),
            tax_type: Some(rate.tax_type.clone()),
        };
        (EstimatedTaxes { breakdown: vec![item], total_amount: Some(format_amount(amount)) }, amount)
    }

    /// An account's contact as an agreement's acceptor: its contact information's name, company and country and the
    /// account's email.
    pub(super) fn account_contact(&self, account: &str) -> Result<Option<AcceptorContact>> {
        use rusqlite::OptionalExtension;
        let row: Option<(String, String, Option<String>)> = self
            .tx
            .query_row(
                "SELECT a.name, a.email, c.body FROM accounts a LEFT JOIN contact_information c ON c.account_id = a.id
                 WHERE a.id = ?1",
                [account],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(db_error)?;
        let Some((name, email, Some(body))) = row else { return Ok(None) };
        let info: ContactInformation = super::read_row("contact_information", account, &body)?;
        let full_name = info.full_name.trim();
        let (first, last) = full_name.split_once(' ').unwrap_or((full_name, full_name));
        Ok(Some(AcceptorContact {
            first_name: first.to_owned(),
            last_name: last.trim().to_owned(),
            email_address: email,
            company_name: info.company_name.filter(|c| !c.is_empty()).unwrap_or(name),
            country_code: info.country_code,
        }))
    }
}
