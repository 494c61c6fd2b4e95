//! The AWS backend's Marketplace Agreement part on `aws-sdk-marketplaceagreement` (RPC v2 CBOR). The crate's
//! `CreateAgreementRequest` answer carries only the request id and the charge summary, so the request's status reads
//! as DRAFT here.

use aws_sdk_marketplaceagreement as ma;
use aws_smithy_types::DateTime;
use ma::types as sdk;
use serde_json::{json, Value};

use super::aws::{from_sdk_error, smithy_time as time, strip_nulls};
use crate::error::{Error, Result};
use crate::model::agreement::*;
use crate::operation::{AgreementRemote, Operation};

fn epoch(t: Option<&DateTime>) -> Value {
    t.map_or(Value::Null, |t| json!(t.secs()))
}

fn resources(list: Option<Vec<sdk::Resource>>) -> Vec<AgreementResource> {
    list.unwrap_or_default().into_iter().map(|r| AgreementResource { id: r.id, resource_type: r.r#type }).collect()
}

fn proposal(p: Option<sdk::ProposalSummary>) -> ProposalSummary {
    p.map(|p| ProposalSummary { resources: resources(p.resources), offer_id: p.offer_id, offer_set_id: p.offer_set_id })
        .unwrap_or_default()
}

fn grants(list: Option<Vec<sdk::GrantItem>>) -> Value {
    Value::Array(
        list.unwrap_or_default()
            .into_iter()
            .map(|g| json!({"dimensionKey": g.dimension_key, "maxQuantity": g.max_quantity}))
            .collect(),
    )
}

/// An accepted term as the service's JSON union.
fn term(t: sdk::AcceptedTerm) -> AcceptedTerm {
    let (member, value) = match t {
        sdk::AcceptedTerm::ByolPricingTerm(t) => ("byolPricingTerm", json!({"id": t.id, "type": t.r#type})),
        sdk::AcceptedTerm::ConfigurableUpfrontPricingTerm(t) => (
            "configurableUpfrontPricingTerm",
            json!({"id": t.id, "type": t.r#type, "currencyCode": t.currency_code,
                   "configuration": t.configuration.map(|c| json!({"selectorValue": c.selector_value,
                       "dimensions": c.dimensions.into_iter().map(|d| json!({"dimensionKey": d.dimension_key, "dimensionValue": d.dimension_value})).collect::<Vec<_>>()}))}),
        ),
        sdk::AcceptedTerm::FixedUpfrontPricingTerm(t) => (
            "fixedUpfrontPricingTerm",
            json!({"id": t.id, "type": t.r#type, "currencyCode": t.currency_code, "duration": t.duration, "price": t.price, "grants": grants(t.grants)}),
        ),
        sdk::AcceptedTerm::FreeTrialPricingTerm(t) => (
            "freeTrialPricingTerm",
            json!({"id": t.id, "type": t.r#type, "duration": t.duration, "grants": grants(t.grants)}),
        ),
        sdk::AcceptedTerm::LegalTerm(t) => (
            "legalTerm",
            json!({"id": t.id, "type": t.r#type, "documents": t.documents.unwrap_or_default().into_iter()
                .map(|d| json!({"type": d.r#type, "url": d.url, "version": d.version})).collect::<Vec<_>>()}),
        ),
        sdk::AcceptedTerm::PaymentScheduleTerm(t) => (
            "paymentScheduleTerm",
            json!({"id": t.id, "type": t.r#type, "currencyCode": t.currency_code, "schedule": t.schedule.unwrap_or_default().iter()
                .map(|s| json!({"chargeDate": epoch(s.charge_date.as_ref()), "chargeAmount": s.charge_amount})).collect::<Vec<_>>()}),
        ),
        sdk::AcceptedTerm::RecurringPaymentTerm(t) => (
            "recurringPaymentTerm",
            json!({"id": t.id, "type": t.r#type, "currencyCode": t.currency_code, "billingPeriod": t.billing_period, "price": t.price}),
        ),
        sdk::AcceptedTerm::RenewalTerm(t) => {
            ("renewalTerm", json!({"id": t.id, "type": t.r#type, "maxRenewals": t.max_renewals}))
        }
        sdk::AcceptedTerm::SupportTerm(t) => {
            ("supportTerm", json!({"id": t.id, "type": t.r#type, "refundPolicy": t.refund_policy}))
        }
        sdk::AcceptedTerm::UsageBasedPricingTerm(t) => {
            ("usageBasedPricingTerm", json!({"id": t.id, "type": t.r#type, "currencyCode": t.currency_code}))
        }
        sdk::AcceptedTerm::ValidityTerm(t) => (
            "validityTerm",
            json!({"id": t.id, "type": t.r#type, "agreementDuration": t.agreement_duration,
                   "agreementStartDate": epoch(t.agreement_start_date.as_ref()), "agreementEndDate": epoch(t.agreement_end_date.as_ref())}),
        ),
        sdk::AcceptedTerm::VariablePaymentTerm(t) => (
            "variablePaymentTerm",
            json!({"id": t.id, "type": t.r#type, "currencyCode": t.currency_code, "maxTotalChargeAmount": t.max_total_charge_amount,
                   "configuration": t.configuration.map(|c| json!({"paymentRequestApprovalStrategy": c.payment_request_approval_strategy.as_str(),
                       "expirationDuration": c.expiration_duration}))}),
        ),
        other => ("unknownTerm", json!({"type": format!("{other:?}").split('(').next().unwrap_or("").to_owned()})),
    };
    crate::model::discovery::OfferTerm([(member.to_owned(), strip_nulls(value))].into())
}

fn charge(c: sdk::Charge) -> Charge {
    Charge {
        id: c.id.unwrap_or_default(),
        revision: c.revision.unwrap_or(1),
        agreement_id: c.agreement_id.unwrap_or_default(),
        agreement_type: c.agreement_type.unwrap_or_default(),
        purchase_order_reference: c.purchase_order_reference,
        currency_code: c.currency_code.unwrap_or_default(),
        amount: c.amount.unwrap_or_default(),
        time: time(c.time.as_ref()),
    }
}

fn purchase_orders(list: &[crate::model::agreement::PurchaseOrder]) -> Result<Option<Vec<sdk::PurchaseOrder>>> {
    if list.is_empty() {
        return Ok(None);
    }
    list.iter()
        .map(|p| {
            sdk::PurchaseOrder::builder()
                .charge_id(&p.charge_id)
                .set_charge_revision(p.charge_revision)
                .set_agreement_id(p.agreement_id.clone())
                .set_purchase_order_reference(p.purchase_order_reference.clone())
                .build()
                .map_err(|e| Error::invalid_field("purchaseOrders", e.to_string()))
        })
        .collect::<Result<Vec<_>>>()
        .map(Some)
}

/// A cancellation request's members as the service's JSON.
macro_rules! cancellation_json {
    ($o:expr) => {
        strip_nulls(json!({
            "agreementId": $o.agreement_id, "agreementCancellationRequestId": $o.agreement_cancellation_request_id,
            "status": $o.status.as_ref().map(|s| s.as_str()), "reasonCode": $o.reason_code.as_ref().map(|r| r.as_str()),
            "description": $o.description, "createdAt": epoch($o.created_at.as_ref()), "updatedAt": epoch($o.updated_at.as_ref()),
        }))
    };
}

/// A payment request's members as the service's JSON (outputs differ only in which members they carry).
macro_rules! payment_json {
    ($o:expr $(, $key:literal => $value:expr)*) => {
        strip_nulls(json!({
            "paymentRequestId": $o.payment_request_id, "agreementId": $o.agreement_id,
            "status": $o.status.as_ref().map(|s| s.as_str()), "name": $o.name, "chargeAmount": $o.charge_amount,
            "currencyCode": $o.currency_code, "createdAt": epoch($o.created_at.as_ref()),
            $($key: $value,)*
        }))
    };
}

/// The payment-request workflow and the invoices.
async fn payment_requests(
    c: &ma::Client,
    name: &'static str,
    refs: crate::model::agreement::AgreementRefs,
) -> Result<Value> {
    Ok(match name {
        "SendAgreementPaymentRequest" => {
            let o = c
                .send_agreement_payment_request()
                .set_client_token(refs.client_token)
                .set_agreement_id(refs.agreement_id)
                .set_term_id(refs.term_id)
                .set_name(refs.name)
                .set_charge_amount(refs.charge_amount)
                .set_description(refs.description)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            payment_json!(o, "description" => o.description)
        }
        "AcceptAgreementPaymentRequest" => {
            let o = c
                .accept_agreement_payment_request()
                .set_agreement_id(refs.agreement_id)
                .set_payment_request_id(refs.payment_request_id)
                .set_purchase_order_reference(refs.purchase_order_reference)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            payment_json!(o, "description" => o.description, "updatedAt" => epoch(o.updated_at.as_ref()))
        }
        "RejectAgreementPaymentRequest" => {
            let o = c
                .reject_agreement_payment_request()
                .set_agreement_id(refs.agreement_id)
                .set_payment_request_id(refs.payment_request_id)
                .set_rejection_reason(refs.rejection_reason)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            payment_json!(o, "description" => o.description, "statusMessage" => o.status_message,
                "updatedAt" => epoch(o.updated_at.as_ref()))
        }
        "CancelAgreementPaymentRequest" => {
            let o = c
                .cancel_agreement_payment_request()
                .set_agreement_id(refs.agreement_id)
                .set_payment_request_id(refs.payment_request_id)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            payment_json!(o, "description" => o.description, "updatedAt" => epoch(o.updated_at.as_ref()))
        }
        "GetAgreementPaymentRequest" => {
            let o = c
                .get_agreement_payment_request()
                .set_agreement_id(refs.agreement_id)
                .set_payment_request_id(refs.payment_request_id)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            payment_json!(o, "description" => o.description, "statusMessage" => o.status_message,
                "chargeId" => o.charge_id, "updatedAt" => epoch(o.updated_at.as_ref()))
        }
        "ListAgreementPaymentRequests" => {
            let o = c
                .list_agreement_payment_requests()
                .set_party_type(refs.party_type)
                .set_agreement_type(refs.agreement_type)
                .set_catalog(refs.catalog)
                .set_agreement_id(refs.agreement_id)
                .set_status(refs.status.as_deref().map(sdk::PaymentRequestStatus::from))
                .set_max_results(refs.max_results)
                .set_next_token(refs.next_token)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            let items: Vec<Value> = o
                .items
                .iter()
                .map(|i| payment_json!(i, "chargeId" => i.charge_id, "updatedAt" => epoch(i.updated_at.as_ref())))
                .collect();
            strip_nulls(json!({"items": items, "nextToken": o.next_token}))
        }
        _ => {
            let period = refs
                .invoice_billing_period
                .map(|p| sdk::InvoiceBillingPeriod::builder().month(p.month).year(p.year).build())
                .transpose()
                .map_err(|e| Error::invalid_field("invoiceBillingPeriod", e.to_string()))?;
            let smithy = |t: Option<time::OffsetDateTime>| t.map(|t| DateTime::from_secs(t.unix_timestamp()));
            let o = c
                .list_agreement_invoice_line_items()
                .set_agreement_id(refs.agreement_id)
                .set_group_by(refs.group_by.as_deref().map(sdk::LineItemGroupBy::from))
                .set_invoice_id(refs.invoice_id)
                .set_invoice_type(refs.invoice_type.as_deref().map(sdk::InvoiceType::from))
                .set_invoice_billing_period(period)
                .set_before_issued_time(smithy(refs.before_issued_time))
                .set_after_issued_time(smithy(refs.after_issued_time))
                .set_max_results(refs.max_results)
                .set_next_token(refs.next_token)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            let items: Vec<Value> = o
                .agreement_invoice_line_item_group_summaries
                .unwrap_or_default()
                .into_iter()
                .map(|g| {
                    strip_nulls(json!({
                        "agreementId": g.agreement_id, "invoiceId": g.invoice_id,
                        "pricingCurrencyAmount": g.pricing_currency_amount.map(|p| json!({"amount": p.amount,
                            "maxAdjustmentAmount": p.max_adjustment_amount, "currencyCode": p.currency_code})),
                        "invoiceBillingPeriod": g.invoice_billing_period.map(|p| json!({"month": p.month, "year": p.year})),
                        "issuedTime": epoch(g.issued_time.as_ref()), "invoiceType": g.invoice_type.map(|t| t.as_str().to_owned()),
                        "invoicingEntity": g.invoicing_entity.map(|e| json!({"legalName": e.legal_name, "branchName": e.branch_name})),
                    }))
                })
                .collect();
            strip_nulls(json!({"agreementInvoiceLineItemGroupSummaries": items, "nextToken": o.next_token}))
        }
    })
}

/// The cancellation-request and billing-adjustment workflows, which the Rust SDK carries; the approval and
/// agreement-request workflows it does not, so they are refused as unsupported (the local backend and the emulator
/// serve them).
async fn cancellation_requests(
    c: &ma::Client,
    name: &'static str,
    refs: crate::model::agreement::AgreementRefs,
) -> Result<Value> {
    let err = |e| from_sdk_error(name, e);
    let value = match name {
        _ if name.contains("PaymentRequest") || name == "ListAgreementInvoiceLineItems" => {
            payment_requests(c, name, refs).await?
        }
        "SendAgreementCancellationRequest" => {
            let o = c
                .send_agreement_cancellation_request()
                .set_agreement_id(refs.agreement_id)
                .set_reason_code(refs.reason_code.as_deref().map(sdk::AgreementCancellationRequestReasonCode::from))
                .set_client_token(refs.client_token)
                .set_description(refs.description)
                .send()
                .await
                .map_err(err)?;
            cancellation_json!(o)
        }
        "AcceptAgreementCancellationRequest" => {
            let o = c
                .accept_agreement_cancellation_request()
                .set_agreement_id(refs.agreement_id)
                .set_agreement_cancellation_request_id(refs.agreement_cancellation_request_id)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            cancellation_json!(o)
        }
        "RejectAgreementCancellationRequest" => {
            let o = c
                .reject_agreement_cancellation_request()
                .set_agreement_id(refs.agreement_id)
                .set_agreement_cancellation_request_id(refs.agreement_cancellation_request_id)
                .set_rejection_reason(refs.rejection_reason.or(refs.description))
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            cancellation_json!(o)
        }
        "CancelAgreementCancellationRequest" => {
            let o = c
                .cancel_agreement_cancellation_request()
                .set_agreement_id(refs.agreement_id)
                .set_agreement_cancellation_request_id(refs.agreement_cancellation_request_id)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            cancellation_json!(o)
        }
        "GetAgreementCancellationRequest" => {
            let o = c
                .get_agreement_cancellation_request()
                .set_agreement_id(refs.agreement_id)
                .set_agreement_cancellation_request_id(refs.agreement_cancellation_request_id)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            cancellation_json!(o)
        }
        "ListAgreementCancellationRequests" => {
            let o = c
                .list_agreement_cancellation_requests()
                .set_party_type(refs.party_type)
                .set_agreement_id(refs.agreement_id)
                .set_status(refs.status.as_deref().map(sdk::AgreementCancellationRequestStatus::from))
                .set_max_results(refs.max_results)
                .set_next_token(refs.next_token)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            let items: Vec<Value> = o
                .items
                .unwrap_or_default()
                .into_iter()
                .map(|i| {
                    strip_nulls(json!({
                        "agreementId": i.agreement_id, "agreementCancellationRequestId": i.agreement_cancellation_request_id,
                        "status": i.status.as_ref().map(|s| s.as_str()), "reasonCode": i.reason_code.as_ref().map(|r| r.as_str()),
                        "createdAt": epoch(i.created_at.as_ref()), "updatedAt": epoch(i.updated_at.as_ref()),
                    }))
                })
                .collect();
            strip_nulls(json!({"items": items, "nextToken": o.next_token}))
        }
        "BatchCreateBillingAdjustmentRequest" => {
            let entries = refs
                .billing_adjustment_request_entries
                .iter()
                .map(|e| {
                    let text = |k: &str| e[k].as_str().unwrap_or_default().to_owned();
                    sdk::BatchCreateBillingAdjustmentRequestEntry::builder()
                        .agreement_id(text("agreementId"))
                        .original_invoice_id(text("originalInvoiceId"))
                        .adjustment_amount(text("adjustmentAmount"))
                        .currency_code(text("currencyCode"))
                        .adjustment_reason_code(sdk::BillingAdjustmentReasonCode::from(
                            text("adjustmentReasonCode").as_str(),
                        ))
                        .set_description(e["description"].as_str().map(str::to_owned))
                        .client_token(text("clientToken"))
                        .build()
                        .map_err(|err| Error::invalid_field("billingAdjustmentRequestEntries", err.to_string()))
                })
                .collect::<Result<Vec<_>>>()?;
            let o = c
                .batch_create_billing_adjustment_request()
                .set_billing_adjustment_request_entries(Some(entries))
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            json!({
                "items": o.items.iter().map(|i| json!({"billingAdjustmentRequestId": i.billing_adjustment_request_id, "clientToken": i.client_token})).collect::<Vec<_>>(),
                "errors": o.errors.iter().map(|e| json!({"code": e.code.as_str(), "message": e.message, "clientToken": e.client_token})).collect::<Vec<_>>(),
            })
        }
        "GetBillingAdjustmentRequest" => {
            let o = c
                .get_billing_adjustment_request()
                .set_agreement_id(refs.agreement_id)
                .set_billing_adjustment_request_id(refs.billing_adjustment_request_id)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            strip_nulls(json!({
                "billingAdjustmentRequestId": o.billing_adjustment_request_id, "agreementId": o.agreement_id,
                "adjustmentReasonCode": o.adjustment_reason_code.as_str(), "description": o.description,
                "originalInvoiceId": o.original_invoice_id, "adjustmentAmount": o.adjustment_amount,
                "currencyCode": o.currency_code, "status": o.status.as_str(), "statusMessage": o.status_message,
                "createdAt": epoch(Some(&o.created_at)), "updatedAt": epoch(Some(&o.updated_at)),
            }))
        }
        "ListBillingAdjustmentRequests" => {
            let o = c
                .list_billing_adjustment_requests()
                .set_agreement_id(refs.agreement_id)
                .set_status(refs.status.as_deref().map(sdk::BillingAdjustmentStatus::from))
                .set_max_results(refs.max_results)
                .set_next_token(refs.next_token)
                .send()
                .await
                .map_err(|e| from_sdk_error(name, e))?;
            let items: Vec<Value> = o
                .items
                .iter()
                .map(|i| {
                    json!({
                        "billingAdjustmentRequestId": i.billing_adjustment_request_id, "originalInvoiceId": i.original_invoice_id,
                        "adjustmentAmount": i.adjustment_amount, "currencyCode": i.currency_code, "status": i.status.as_str(),
                        "agreementId": i.agreement_id, "createdAt": epoch(Some(&i.created_at)), "updatedAt": epoch(Some(&i.updated_at)),
                        "agreementType": i.agreement_type, "catalog": i.catalog,
                    })
                })
                .collect();
            strip_nulls(json!({"items": items, "nextToken": o.next_token}))
        }
        other => {
            return Err(Error::unsupported(
                &format!("{other} (not in aws-sdk-marketplaceagreement; the local backend and the emulator serve it)"),
                "aws",
            ))
        }
    };
    Ok(value)
}

/// The Agreement operations over `aws-sdk-marketplaceagreement`.
#[derive(Debug)]
pub(super) struct AgreementApi<'a>(pub(super) &'a ma::Client);

impl AgreementApi<'_> {
    /// A workflow operation through the SDK's member-by-name adapters below: the typed input is read as the members
    /// it names, and the answer (the service's JSON) read back as the typed output.
    async fn workflow<I: Operation>(&self, input: I) -> Result<I::Output> {
        let refs: AgreementRefs = serde_json::to_value(&input)
            .and_then(serde_json::from_value)
            .map_err(|e| Error::internal(format!("{}: {e}", I::INFO.name)))?;
        let answer = cancellation_requests(self.0, I::INFO.name, refs).await?;
        crate::wire::codec::decode_output::<I>(answer)
    }
}

impl AgreementRemote for AgreementApi<'_> {
    async fn create_agreement_request(&self, i: CreateAgreementRequestInput) -> Result<AgreementRequest> {
        let op = "CreateAgreementRequest";
        let c = self.0;

        if i.acceptor_contact.is_some() {
            // Sending the request without it would silently lose who accepts.
            return Err(Error::unsupported(
                "CreateAgreementRequest.acceptorContact (not in aws-sdk-marketplaceagreement; the local backend and \
                 the emulator take it)",
                "aws",
            ));
        }
        let terms = i
            .requested_terms
            .iter()
            .map(|t| {
                let config = t
                    .configuration
                    .as_ref()
                    .and_then(|c| c.configurable_upfront_pricing_term_configuration.as_ref())
                    .map(|c| {
                        let dims = c
                            .dimensions
                            .iter()
                            .map(|d| {
                                sdk::Dimension::builder()
                                    .dimension_key(&d.dimension_key)
                                    .dimension_value(d.dimension_value as i32)
                                    .build()
                            })
                            .collect::<std::result::Result<Vec<_>, _>>();
                        dims.and_then(|dims| {
                            sdk::ConfigurableUpfrontPricingTermConfiguration::builder()
                                .selector_value(&c.selector_value)
                                .set_dimensions(Some(dims))
                                .build()
                        })
                        .map(sdk::RequestedTermConfiguration::ConfigurableUpfrontPricingTermConfiguration)
                    });
                let config = config.transpose().map_err(|e| Error::invalid_field("requestedTerms", e.to_string()))?;
                sdk::RequestedTerm::builder()
                    .id(&t.id)
                    .set_configuration(config)
                    .build()
                    .map_err(|e| Error::invalid_field("requestedTerms", e.to_string()))
            })
            .collect::<Result<Vec<_>>>()?;
        let o = c
            .create_agreement_request()
            .set_client_token(i.client_token)
            .intent(sdk::Intent::from(i.intent.as_str()))
            .set_requested_terms(Some(terms))
            .set_source_agreement_identifier(i.source_agreement_identifier)
            .set_agreement_proposal_identifier(i.agreement_proposal_identifier)
            .set_tax_configuration(i.tax_configuration.map(|t| {
                sdk::TaxConfiguration::builder()
                    .set_tax_estimation(t.tax_estimation.as_deref().map(sdk::TaxEstimation::from))
                    .build()
            }))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let summary = o.charge_summary.map(|s| ChargeSummary {
            currency_code: s.currency_code,
            new_agreement_value: s.new_agreement_value,
            expected_charges: s
                .expected_charges
                .unwrap_or_default()
                .into_iter()
                .map(|e| ExpectedCharge {
                    id: e.id,
                    time: time(e.time.as_ref()),
                    amount: e.amount,
                    timing: e.timing.map(|t| t.as_str().to_owned()),
                    purchase_order_reference: None,
                })
                .collect(),
            itemized_charges: s
                .itemized_charges
                .unwrap_or_default()
                .into_iter()
                .map(|i| ItemizedCharge {
                    dimension_key: i.dimension_key.unwrap_or_default(),
                    new_quantity: i.new_quantity.map(i64::from),
                    old_quantity: i.old_quantity.map(i64::from),
                    incremental_charge_amount: i.incremental_charge_amount,
                })
                .collect(),
            estimated_taxes: s.estimated_taxes.map(|t| EstimatedTaxes {
                breakdown: t
                    .breakdown
                    .unwrap_or_default()
                    .into_iter()
                    .map(|b| TaxBreakdownItem { amount: b.amount, rate: b.rate, tax_type: b.r#type })
                    .collect(),
                total_amount: t.total_amount,
            }),
            new_agreement_value_after_tax: s.new_agreement_value_after_tax,
        });
        Ok(AgreementRequest {
            agreement_request_id: o.agreement_request_id.unwrap_or_default(),
            agreement_type: "PurchaseAgreement".into(),
            charge_summary: summary.unwrap_or_default(),
            status: AgreementRequestStatus::Draft,
            approval_requirement: String::new(),
            created_at: None,
        })
    }

    async fn accept_agreement_request(&self, i: AcceptAgreementRequestInput) -> Result<String> {
        let op = "AcceptAgreementRequest";
        let c = self.0;

        let o = c
            .accept_agreement_request()
            .agreement_request_id(i.agreement_request_id)
            .set_purchase_orders(purchase_orders(&i.purchase_orders)?)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(o.agreement_id.unwrap_or_default())
    }

    async fn describe_agreement(&self, i: DescribeAgreementInput) -> Result<Agreement> {
        let op = "DescribeAgreement";
        let c = self.0;

        let o = c.describe_agreement().agreement_id(i.agreement_id).send().await.map_err(|e| from_sdk_error(op, e))?;
        Ok(Agreement {
            agreement_id: o.agreement_id.unwrap_or_default(),
            acceptor: Party { account_id: o.acceptor.and_then(|a| a.account_id) },
            proposer: Party { account_id: o.proposer.and_then(|p| p.account_id) },
            start_time: time(o.start_time.as_ref()),
            end_time: time(o.end_time.as_ref()),
            acceptance_time: time(o.acceptance_time.as_ref()),
            agreement_type: o.agreement_type.unwrap_or_default(),
            estimated_charges: o
                .estimated_charges
                .map(|e| EstimatedCharges { currency_code: e.currency_code, agreement_value: e.agreement_value }),
            proposal_summary: proposal(o.proposal_summary),
            status: o
                .status
                .map(|s| AgreementStatus::from(s.as_str()))
                .unwrap_or(AgreementStatus::Unknown(String::new())),
            initial_agreement_id: o.initial_agreement_id,
            end_time_behavior: o.end_time_behavior.map(|b| EndTimeBehavior {
                behavior_type: b.r#type.as_str().to_owned(),
                reason_code: b.reason_code.map(|r| r.as_str().to_owned()),
            }),
        })
    }

    async fn get_agreement_terms(&self, i: GetAgreementTermsInput) -> Result<GetAgreementTermsOutput> {
        let op = "GetAgreementTerms";
        let c = self.0;

        let o = c
            .get_agreement_terms()
            .agreement_id(i.agreement_id)
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let items = o.accepted_terms.unwrap_or_default().into_iter().map(term).collect();
        Ok(GetAgreementTermsOutput::new(items, o.next_token))
    }

    async fn get_agreement_entitlements(
        &self,
        i: GetAgreementEntitlementsInput,
    ) -> Result<GetAgreementEntitlementsOutput> {
        let op = "GetAgreementEntitlements";
        let c = self.0;

        let o = c
            .get_agreement_entitlements()
            .agreement_id(i.agreement_id)
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let items = o
            .agreement_entitlements
            .unwrap_or_default()
            .into_iter()
            .map(|e| AgreementEntitlement {
                resource: e
                    .resource
                    .map(|r| AgreementResource { id: r.id, resource_type: r.r#type })
                    .unwrap_or_default(),
                entitlement_type: e.r#type.unwrap_or_default(),
                status: e.status.map(|s| s.as_str().to_owned()).unwrap_or_default(),
                status_reason_code: e.status_reason_code.map(|s| s.as_str().to_owned()),
            })
            .collect();
        Ok(GetAgreementEntitlementsOutput::new(items, o.next_token))
    }

    async fn search_agreements(&self, i: SearchAgreementsInput) -> Result<SearchAgreementsOutput> {
        let op = "SearchAgreements";
        let c = self.0;

        let filters = (!i.filters.is_empty()).then(|| {
            i.filters
                .iter()
                .map(|f| sdk::Filter::builder().name(&f.name).set_values(Some(f.values.clone())).build())
                .collect()
        });
        let sort = i.sort.as_ref().map(|s| {
            sdk::Sort::builder()
                .set_sort_by(s["sortBy"].as_str().map(str::to_owned))
                .set_sort_order(s["sortOrder"].as_str().map(sdk::SortOrder::from))
                .build()
        });
        let o = c
            .search_agreements()
            .set_catalog(i.catalog)
            .set_filters(filters)
            .set_sort(sort)
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let items = o
            .agreement_view_summaries
            .unwrap_or_default()
            .into_iter()
            .map(|a| Agreement {
                agreement_id: a.agreement_id.unwrap_or_default(),
                acceptor: Party { account_id: a.acceptor.and_then(|x| x.account_id) },
                proposer: Party { account_id: a.proposer.and_then(|x| x.account_id) },
                start_time: time(a.start_time.as_ref()),
                end_time: time(a.end_time.as_ref()),
                acceptance_time: time(a.acceptance_time.as_ref()),
                agreement_type: a.agreement_type.unwrap_or_default(),
                estimated_charges: None,
                proposal_summary: proposal(a.proposal_summary),
                status: a
                    .status
                    .map(|s| AgreementStatus::from(s.as_str()))
                    .unwrap_or(AgreementStatus::Unknown(String::new())),
                initial_agreement_id: a.initial_agreement_id,
                end_time_behavior: a.end_time_behavior_type.map(|t| EndTimeBehavior {
                    behavior_type: t.as_str().to_owned(),
                    reason_code: a.end_time_behavior_reason_code.map(|r| r.as_str().to_owned()),
                }),
            })
            .collect();
        Ok(SearchAgreementsOutput::new(items, o.next_token))
    }

    async fn list_agreement_charges(&self, i: ListAgreementChargesInput) -> Result<ListAgreementChargesOutput> {
        let op = "ListAgreementCharges";
        let c = self.0;

        let o = c
            .list_agreement_charges()
            .set_catalog(i.catalog)
            .set_agreement_id(i.agreement_id)
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ListAgreementChargesOutput::new(o.items.unwrap_or_default().into_iter().map(charge).collect(), o.next_token))
    }

    async fn cancel_agreement(&self, i: CancelAgreementInput) -> Result<()> {
        let op = "CancelAgreement";
        let c = self.0;

        c.cancel_agreement().agreement_id(i.agreement_id).send().await.map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn update_purchase_orders(&self, i: UpdatePurchaseOrdersInput) -> Result<()> {
        let op = "UpdatePurchaseOrders";
        let c = self.0;

        c.update_purchase_orders()
            .set_purchase_orders(purchase_orders(&i.purchase_orders)?)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn accept_agreement_approval(&self, input: AcceptAgreementApprovalInput) -> Result<()> {
        self.workflow(input).await
    }

    async fn accept_agreement_cancellation_request(
        &self,
        input: AcceptAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        self.workflow(input).await
    }

    async fn accept_agreement_payment_request(
        &self,
        input: AcceptAgreementPaymentRequestInput,
    ) -> Result<PaymentRequest> {
        self.workflow(input).await
    }

    async fn batch_create_billing_adjustment_request(
        &self,
        input: BatchCreateBillingAdjustmentRequestInput,
    ) -> Result<BatchCreateBillingAdjustmentRequestOutput> {
        self.workflow(input).await
    }

    async fn cancel_agreement_cancellation_request(
        &self,
        input: CancelAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        self.workflow(input).await
    }

    async fn cancel_agreement_payment_request(
        &self,
        input: CancelAgreementPaymentRequestInput,
    ) -> Result<PaymentRequest> {
        self.workflow(input).await
    }

    async fn cancel_agreement_request(&self, input: CancelAgreementRequestInput) -> Result<()> {
        self.workflow(input).await
    }

    async fn get_agreement_approval(&self, input: GetAgreementApprovalInput) -> Result<BuyerApproval> {
        self.workflow(input).await
    }

    async fn get_agreement_cancellation_request(
        &self,
        input: GetAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        self.workflow(input).await
    }

    async fn get_agreement_contacts(&self, input: GetAgreementContactsInput) -> Result<GetAgreementContactsOutput> {
        self.workflow(input).await
    }

    async fn get_agreement_payment_request(&self, input: GetAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        self.workflow(input).await
    }

    async fn get_agreement_request(&self, input: GetAgreementRequestInput) -> Result<AgreementRequestDetail> {
        self.workflow(input).await
    }

    async fn get_agreement_request_approval_plans(
        &self,
        input: GetAgreementRequestApprovalPlansInput,
    ) -> Result<GetAgreementRequestApprovalPlansOutput> {
        self.workflow(input).await
    }

    async fn get_billing_adjustment_request(
        &self,
        input: GetBillingAdjustmentRequestInput,
    ) -> Result<BillingAdjustment> {
        self.workflow(input).await
    }

    async fn list_agreement_approvals(
        &self,
        input: ListAgreementApprovalsInput,
    ) -> Result<ListAgreementApprovalsOutput> {
        self.workflow(input).await
    }

    async fn list_agreement_cancellation_requests(
        &self,
        input: ListAgreementCancellationRequestsInput,
    ) -> Result<ListAgreementCancellationRequestsOutput> {
        self.workflow(input).await
    }

    async fn list_agreement_invoice_line_items(
        &self,
        input: ListAgreementInvoiceLineItemsInput,
    ) -> Result<ListAgreementInvoiceLineItemsOutput> {
        self.workflow(input).await
    }

    async fn list_agreement_payment_requests(
        &self,
        input: ListAgreementPaymentRequestsInput,
    ) -> Result<ListAgreementPaymentRequestsOutput> {
        self.workflow(input).await
    }

    async fn list_agreement_requests(&self, input: ListAgreementRequestsInput) -> Result<ListAgreementRequestsOutput> {
        self.workflow(input).await
    }

    async fn list_billing_adjustment_requests(
        &self,
        input: ListBillingAdjustmentRequestsInput,
    ) -> Result<ListBillingAdjustmentRequestsOutput> {
        self.workflow(input).await
    }

    async fn reject_agreement_approval(&self, input: RejectAgreementApprovalInput) -> Result<()> {
        self.workflow(input).await
    }

    async fn reject_agreement_cancellation_request(
        &self,
        input: RejectAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        self.workflow(input).await
    }

    async fn reject_agreement_payment_request(
        &self,
        input: RejectAgreementPaymentRequestInput,
    ) -> Result<PaymentRequest> {
        self.workflow(input).await
    }

    async fn send_agreement_cancellation_request(
        &self,
        input: SendAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        self.workflow(input).await
    }

    async fn send_agreement_payment_request(&self, input: SendAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        self.workflow(input).await
    }

    async fn start_agreement_approvals(&self, input: StartAgreementApprovalsInput) -> Result<Vec<ApprovalSummary>> {
        self.workflow(input).await
    }
}
