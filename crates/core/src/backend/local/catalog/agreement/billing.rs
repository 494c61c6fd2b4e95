//! What an agreement bills after acceptance: the seller's payment requests under a variable payment term (sent,
//! validated, approved or rejected by the buyer, or approved on expiry), the invoices and credit memos its charges
//! and billing adjustments become, and the acceptor's contact the seller may read.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use time::OffsetDateTime;

use super::{format_amount, page_of, parse_amount, StoredAgreement, AGREEMENT_TYPE};
use crate::backend::local::catalog::{not_found, random_id, validation, Ctx};
use crate::backend::local::conflict;
use crate::backend::local::schema::db_error;
use crate::error::{Error, Result};
use crate::model::agreement::{
    AcceptorContact, AgreementRefs, AgreementStatus, Charge, EstimatedTaxes, InvoiceBillingPeriod,
    InvoiceLineItemGroup, InvoicingEntity, PaymentRequest, PaymentRequestStatus, PricingCurrencyAmount,
    TaxBreakdownItem,
};
use crate::model::catalog::terms::expiration_days;
use crate::ErrorKind;

/// How long a payment request waits for the buyer when the term gives no expiration duration.
const DEFAULT_EXPIRATION_DAYS: i64 = 30;

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

fn access_denied(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::AccessDenied, "AccessDeniedException", message)
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
        Ok(self.workflow_items::<StoredPayment>("payment")?.into_iter().map(|(_, p)| p).collect())
    }

    fn save_payment(&self, payment: &StoredPayment) -> Result<()> {
        self.save_workflow(&payment.request.payment_request_id, "payment", &payment.request.agreement_id, payment)
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

    /// The payment-request operations.
    pub(super) fn payment_requests(&self, name: &str, refs: &AgreementRefs) -> Result<Value> {
        let now = self.now;
        let me = Some(self.caller.to_string());
        let agreement_id = refs.agreement_id.clone().unwrap_or_default();
        let shown = |p: &StoredPayment| serde_json::to_value(&p.request).unwrap_or_default();
        match name {
            "SendAgreementPaymentRequest" => {
                let stored = self.visible_agreement(&agreement_id)?;
                if stored.agreement.proposer.account_id != me {
                    return Err(access_denied("only the agreement's seller sends payment requests"));
                }
                let all = self.payments()?;
                if let Some(token) = &refs.client_token {
                    if let Some(earlier) = all
                        .iter()
                        .find(|p| p.client_token.as_ref() == Some(token) && p.request.agreement_id == agreement_id)
                    {
                        let same = Some(&earlier.request.name) == refs.name.as_ref()
                            && Some(&earlier.request.charge_amount) == refs.charge_amount.as_ref()
                            && Some(&earlier.term_id) == refs.term_id.as_ref();
                        if !same {
                            return Err(conflict(format!(
                                "clientToken {token} was used for payment request {} with other members",
                                earlier.request.payment_request_id
                            )));
                        }
                        return Ok(shown(earlier));
                    }
                }
                if stored.agreement.status != AgreementStatus::Active {
                    return Err(conflict(format!("agreement {agreement_id} is {}", stored.agreement.status)));
                }
                let term_id = refs.term_id.clone().unwrap_or_default();
                let (currency, _, approve_on_expiry, days) = variable_term(&stored, &term_id).ok_or_else(|| {
                    validation(format!(
                        "termId {term_id} is not a VariablePaymentTerm of agreement {agreement_id}; payment requests \
                         charge under the agreement's variable payment term"
                    ))
                })?;
                let amount = refs.charge_amount.clone().unwrap_or_default();
                if parse_amount(&amount) <= 0 {
                    return Err(validation("chargeAmount must be more than 0"));
                }
                let payment = StoredPayment {
                    request: PaymentRequest {
                        payment_request_id: format!("pr-{}", random_id("", 16)),
                        agreement_id: agreement_id.clone(),
                        status: PaymentRequestStatus::Validating,
                        status_message: None,
                        name: refs.name.clone().unwrap_or_default(),
                        description: refs.description.clone(),
                        charge_id: None,
                        charge_amount: format_amount(parse_amount(&amount)),
                        currency_code: currency,
                        created_at: Some(now),
                        updated_at: Some(now),
                    },
                    term_id,
                    client_token: refs.client_token.clone(),
                    expires_at: now.unix_timestamp() + days * 24 * 3600,
                    approve_on_expiry,
                    purchase_order_reference: None,
                };
                self.save_payment(&payment)?;
                Ok(shown(&payment))
            }
            "ListAgreementPaymentRequests" => {
                let mut items = Vec::new();
                for p in self.payments()? {
                    let Ok(stored) = self.visible_agreement(&p.request.agreement_id) else { continue };
                    let role_ok = match refs.party_type.as_deref() {
                        Some("Proposer") | Some("PROPOSER") => stored.agreement.proposer.account_id == me,
                        Some("Acceptor") | Some("ACCEPTOR") => stored.agreement.acceptor.account_id == me,
                        _ => false,
                    };
                    if role_ok
                        && refs.agreement_id.as_ref().is_none_or(|a| a == &p.request.agreement_id)
                        && refs.status.as_ref().is_none_or(|s| p.request.status.as_str() == s)
                    {
                        let mut summary = shown(&p);
                        if let Some(m) = summary.as_object_mut() {
                            m.remove("description");
                            m.remove("statusMessage");
                        }
                        items.push(summary);
                    }
                }
                let (items, next) = page_of(items, refs.next_token.as_deref(), refs.max_results)?;
                Ok(json!({"items": items, "nextToken": next}))
            }
            _ => {
                let stored = self.visible_agreement(&agreement_id)?;
                let id = refs.payment_request_id.clone().unwrap_or_default();
                let mut payment = self
                    .payments()?
                    .into_iter()
                    .find(|p| p.request.payment_request_id == id && p.request.agreement_id == agreement_id)
                    .ok_or_else(|| not_found(format!("Payment request {id} not found")))?;
                if name == "GetAgreementPaymentRequest" {
                    return Ok(shown(&payment));
                }
                let buyer = stored.agreement.acceptor.account_id == me;
                if (name == "CancelAgreementPaymentRequest") == buyer {
                    return Err(access_denied("the buyer accepts or rejects a payment request; the seller cancels it"));
                }
                let open = if name == "CancelAgreementPaymentRequest" {
                    matches!(
                        payment.request.status,
                        PaymentRequestStatus::Validating | PaymentRequestStatus::PendingApproval
                    )
                } else {
                    payment.request.status == PaymentRequestStatus::PendingApproval
                };
                if !open {
                    return Err(conflict(format!("payment request {id} is {}", payment.request.status)));
                }
                match name {
                    "AcceptAgreementPaymentRequest" => {
                        if stored.agreement.status != AgreementStatus::Active {
                            return Err(conflict(format!("agreement {agreement_id} is {}", stored.agreement.status)));
                        }
                        if refs.purchase_order_reference.is_some() {
                            self.check_purchase_orders(stored.purchase_order_refusal.as_ref())?;
                        }
                        payment.purchase_order_reference = refs.purchase_order_reference.clone();
                        self.approve(&mut payment, now)?;
                    }
                    "RejectAgreementPaymentRequest" => {
                        payment.request.status = PaymentRequestStatus::Rejected;
                        payment.request.status_message = refs.rejection_reason.clone();
                        payment.request.updated_at = Some(now);
                        self.save_payment(&payment)?;
                    }
                    _ => {
                        payment.request.status = PaymentRequestStatus::Cancelled;
                        payment.request.updated_at = Some(now);
                        self.save_payment(&payment)?;
                    }
                }
                Ok(shown(&payment))
            }
        }
    }

    /// `ListAgreementInvoiceLineItems`: every charge that has fallen due is an out-of-cycle invoice (its id is the
    /// charge's id, which billing adjustments name as `originalInvoiceId`), and every completed billing adjustment a
    /// credit memo; both in the order they were issued.
    pub(super) fn invoice_line_items(&self, refs: &AgreementRefs) -> Result<Value> {
        let agreement_id = refs.agreement_id.clone().unwrap_or_default();
        self.visible_agreement(&agreement_id)?;
        let entity = InvoicingEntity { legal_name: Some("Amazon Web Services, Inc.".into()), branch_name: None };
        let period = |t: OffsetDateTime| InvoiceBillingPeriod { month: u8::from(t.month()) as i32, year: t.year() };
        let adjustments: Vec<Value> = self
            .workflow_items::<Value>("adjustment")?
            .into_iter()
            .filter(|(parent, _)| parent == &agreement_id)
            .map(|(_, a)| a)
            .collect();
        let mut groups: Vec<InvoiceLineItemGroup> = Vec::new();
        for charge in self.charges()? {
            let Some(time) = charge.time else { continue };
            if charge.agreement_id != agreement_id || time > self.now || parse_amount(&charge.amount) <= 0 {
                continue;
            }
            let adjusted: i128 = adjustments
                .iter()
                .filter(|a| a["originalInvoiceId"] == json!(charge.id))
                .map(|a| parse_amount(a["adjustmentAmount"].as_str().unwrap_or("0")))
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
                invoice_type: Some("INVOICE".into()),
                invoicing_entity: Some(entity.clone()),
            });
        }
        for a in adjustments.iter().filter(|a| a["status"] == "COMPLETED") {
            let issued = a["updatedAt"].as_i64().and_then(|s| OffsetDateTime::from_unix_timestamp(s).ok());
            groups.push(InvoiceLineItemGroup {
                agreement_id: Some(agreement_id.clone()),
                invoice_id: a["billingAdjustmentRequestId"].as_str().map(str::to_owned),
                pricing_currency_amount: Some(PricingCurrencyAmount {
                    amount: a["adjustmentAmount"].as_str().map(str::to_owned),
                    max_adjustment_amount: None,
                    currency_code: a["currencyCode"].as_str().map(str::to_owned),
                }),
                invoice_billing_period: issued.map(period),
                issued_time: issued,
                invoice_type: Some("CREDIT_MEMO".into()),
                invoicing_entity: Some(entity.clone()),
            });
        }
        groups.sort_by_key(|g| g.issued_time);
        let groups: Vec<InvoiceLineItemGroup> = groups
            .into_iter()
            .filter(|g| refs.invoice_id.is_none() || g.invoice_id == refs.invoice_id)
            .filter(|g| refs.invoice_type.is_none() || g.invoice_type == refs.invoice_type)
            .filter(|g| {
                refs.invoice_billing_period.is_none() || g.invoice_billing_period == refs.invoice_billing_period
            })
            .filter(|g| refs.before_issued_time.is_none_or(|t| g.issued_time.is_some_and(|i| i < t)))
            .filter(|g| refs.after_issued_time.is_none_or(|t| g.issued_time.is_some_and(|i| i > t)))
            .collect();
        let (items, next) = page_of(groups, refs.next_token.as_deref(), refs.max_results)?;
        Ok(json!({"agreementInvoiceLineItemGroupSummaries": items, "nextToken": next}))
    }

    /// `GetAgreementContacts`: the acceptor's contact, as given with the agreement request or, when none was, from
    /// the buyer account's contact information and email.
    pub(super) fn agreement_contacts(&self, refs: &AgreementRefs) -> Result<Value> {
        let stored = self.visible_agreement(refs.agreement_id.as_deref().unwrap_or_default())?;
        let contact = match stored.acceptor_contact.clone() {
            Some(c) => Some(c),
            None => self.account_contact(stored.agreement.acceptor.account_id.as_deref().unwrap_or_default())?,
        };
        Ok(match contact {
            Some(c) => json!({"acceptorContact": c}),
            None => json!({}),
        })
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
        let Some((name, email, body)) = row else { return Ok(None) };
        let Some(info) = body.and_then(|b| serde_json::from_str::<Value>(&b).ok()) else { return Ok(None) };
        let full_name = info["FullName"].as_str().unwrap_or_default().trim();
        let (first, last) = full_name.split_once(' ').unwrap_or((full_name, full_name));
        Ok(Some(AcceptorContact {
            first_name: first.to_owned(),
            last_name: last.trim().to_owned(),
            email_address: email,
            company_name: info["CompanyName"].as_str().filter(|c| !c.is_empty()).unwrap_or(&name).to_owned(),
            country_code: info["CountryCode"].as_str().unwrap_or_default().to_owned(),
        }))
    }
}
