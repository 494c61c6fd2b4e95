//! The AWS backend's Marketplace Agreement part: every operation `aws-sdk-marketplaceagreement` carries goes through
//! it, its outputs mapped to the typed model; the ones it lacks (agreement requests, approvals, contacts) and the
//! members it lacks (`CreateAgreementRequest`'s `acceptorContact`) go through the signed RPC v2 CBOR client
//! ([`super::aws_rpc`]), which sends the typed input's members and reads the typed output's.
//!
//! The SDK's `CreateAgreementRequest` answer carries only the request id and the charge summary, so a request made
//! through it reads as DRAFT, with no approval requirement or creation time.

use aws_config::SdkConfig;
use aws_sdk_marketplaceagreement as ma;
use aws_smithy_types::DateTime;
use aws_types::service_config::ServiceConfigKey;
use futures::FutureExt;
use ma::config::endpoint::ResolveEndpoint;
use ma::types as sdk;
use serde_json::{json, Value};

use super::aws::{from_sdk_error, lacked, smithy_time as time, strip_nulls};
use super::aws_rpc::{RpcClient, RpcService};
use crate::error::{Error, Result};
use crate::model::agreement::*;
use crate::operation::AgreementRemote;

fn epoch(t: Option<&DateTime>) -> Value {
    t.map_or(Value::Null, |t| json!(t.secs()))
}

fn resources(list: Option<Vec<sdk::Resource>>) -> Vec<AgreementResource> {
    list.unwrap_or_default().into_iter().map(|r| AgreementResource { id: r.id, resource_type: r.r#type }).collect()
}

fn proposal(p: Option<sdk::ProposalSummary>) -> ProposalSummary {
    p.map(|p| ProposalSummary {
        resources: resources(p.resources),
        offer_id: p.offer_id.map(Into::into),
        offer_set_id: p.offer_set_id,
    })
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
        agreement_id: c.agreement_id.unwrap_or_default().into(),
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
                .set_agreement_id(p.agreement_id.clone().map(Into::into))
                .set_purchase_order_reference(p.purchase_order_reference.clone())
                .build()
                .map_err(|e| Error::invalid_field("purchaseOrders", e.to_string()))
        })
        .collect::<Result<Vec<_>>>()
        .map(Some)
}

/// The RPC client of Marketplace Agreement (`AWSMPCommerceService_v20200301`, signed as `aws-marketplace` for
/// us-east-1) for what `aws-sdk-marketplaceagreement` lacks.
///
/// Its endpoint is, in order: the override the backend was built with; the configuration's
/// (`AWS_ENDPOINT_URL_MARKETPLACE_AGREEMENT` or the profile's `marketplace_agreement` section, else
/// `AWS_ENDPOINT_URL`), as the SDK client resolves it; else the service's endpoint for us-east-1 from the SDK's own
/// endpoint rules (`https://agreement-marketplace.us-east-1.amazonaws.com`; FIPS and dual-stack as configured).
pub(super) fn rpc_client(config: &SdkConfig, endpoint_url: Option<&str>) -> RpcClient {
    let service = RpcService {
        name: crate::wire::agreement::SERVICE,
        signing_name: "aws-marketplace",
        region: crate::model::catalog::CATALOG_REGION,
    };
    RpcClient::new(config, service, rpc_endpoint(config, endpoint_url))
}

fn rpc_endpoint(config: &SdkConfig, endpoint_url: Option<&str>) -> std::result::Result<String, String> {
    let configured = || {
        // The SDK clients prefer an endpoint set on the configuration in code over the service's own setting.
        if config.get_origin("endpoint_url").is_client_config() {
            return config.endpoint_url().map(str::to_owned);
        }
        let key = ServiceConfigKey::builder()
            .service_id("Marketplace Agreement")
            .env("AWS_ENDPOINT_URL")
            .profile("endpoint_url")
            .build()
            .ok()?;
        config.service_config().and_then(|c| c.load_config(key)).or_else(|| config.endpoint_url().map(str::to_owned))
    };
    let endpoint = endpoint_url.map(str::to_owned).or_else(configured);
    let params = ma::config::endpoint::Params::builder()
        .region(crate::model::catalog::CATALOG_REGION)
        .set_endpoint(endpoint)
        .use_fips(config.use_fips().unwrap_or(false))
        .use_dual_stack(config.use_dual_stack().unwrap_or(false))
        .build()
        .map_err(|e| format!("Marketplace Agreement endpoint: {e}"))?;
    let resolved = ma::config::endpoint::DefaultResolver::new()
        .resolve_endpoint(&params)
        .now_or_never()
        .ok_or("the Marketplace Agreement endpoint rules did not resolve at once")?
        .map_err(|e| format!("Marketplace Agreement endpoint: {e}"))?;
    Ok(resolved.url().to_owned())
}

/// A member the typed output needs, which the service's answer lacked.
fn need<T>(op: &str, member: &str, value: Option<T>) -> Result<T> {
    value.ok_or_else(|| lacked(op, member))
}

/// A payment request from an SDK output or summary: the members every one of them carries. Each caller adds the
/// members its output has besides.
macro_rules! payment_request {
    ($op:expr, $o:ident) => {
        PaymentRequest {
            payment_request_id: need($op, "paymentRequestId", $o.payment_request_id)?,
            agreement_id: (need($op, "agreementId", $o.agreement_id)?).into(),
            status: PaymentRequestStatus::from(need($op, "status", $o.status)?.as_str()),
            status_message: None,
            name: need($op, "name", $o.name)?,
            description: None,
            charge_id: None,
            charge_amount: need($op, "chargeAmount", $o.charge_amount)?,
            currency_code: need($op, "currencyCode", $o.currency_code)?,
            created_at: time($o.created_at.as_ref()),
            updated_at: None,
        }
    };
}

/// A cancellation request from an SDK output or summary (see [`payment_request!`]).
macro_rules! cancellation_request {
    ($op:expr, $o:ident) => {
        CancellationRequest {
            agreement_id: (need($op, "agreementId", $o.agreement_id)?).into(),
            agreement_cancellation_request_id: need(
                $op,
                "agreementCancellationRequestId",
                $o.agreement_cancellation_request_id,
            )?,
            status: ApprovalStatus::from(need($op, "status", $o.status)?.as_str()),
            reason_code: CancellationReasonCode::from(need($op, "reasonCode", $o.reason_code)?.as_str()),
            description: None,
            status_message: None,
            created_at: time($o.created_at.as_ref()),
            updated_at: time($o.updated_at.as_ref()),
        }
    };
}

/// A requested term as the SDK builds it.
fn requested_term(n: usize, t: &RequestedTerm) -> Result<sdk::RequestedTerm> {
    let field = |member: &str| format!("requestedTerms[{n}].{member}");
    let config = t.configuration.as_ref();
    let contract = config.and_then(|c| c.configurable_upfront_pricing_term_configuration.as_ref());
    let renewal = config.and_then(|c| c.renewal_term_configuration.as_ref());
    let configuration = match (contract, renewal) {
        (Some(_), Some(_)) => {
            return Err(Error::invalid_field(field("configuration"), "is a union: set one configuration, not two"))
        }
        (Some(c), None) => {
            let dimensions = c
                .dimensions
                .iter()
                .enumerate()
                .map(|(d, dim)| {
                    let member = field(&format!("configuration.dimensions[{d}].dimensionValue"));
                    let value = i32::try_from(dim.dimension_value)
                        .map_err(|_| Error::invalid_field(&member, "must fit in a 32-bit integer"))?;
                    sdk::Dimension::builder()
                        .dimension_key(&dim.dimension_key)
                        .dimension_value(value)
                        .build()
                        .map_err(|e| Error::invalid_field(member, e.to_string()))
                })
                .collect::<Result<Vec<_>>>()?;
            let contract = sdk::ConfigurableUpfrontPricingTermConfiguration::builder()
                .selector_value(&c.selector_value)
                .set_dimensions(Some(dimensions))
                .build()
                .map_err(|e| Error::invalid_field(field("configuration"), e.to_string()))?;
            Some(sdk::RequestedTermConfiguration::ConfigurableUpfrontPricingTermConfiguration(contract))
        }
        (None, Some(r)) => {
            let member = field("configuration.renewalTermConfiguration.enableAutoRenew");
            let enable =
                r["enableAutoRenew"].as_bool().ok_or_else(|| Error::invalid_field(&member, "must be a boolean"))?;
            let renewal = sdk::RenewalTermConfiguration::builder()
                .enable_auto_renew(enable)
                .build()
                .map_err(|e| Error::invalid_field(member, e.to_string()))?;
            Some(sdk::RequestedTermConfiguration::RenewalTermConfiguration(renewal))
        }
        (None, None) => None,
    };
    sdk::RequestedTerm::builder()
        .id(&t.id)
        .set_configuration(configuration)
        .build()
        .map_err(|e| Error::invalid_field(field("id"), e.to_string()))
}

fn charge_summary(s: sdk::ChargeSummary) -> ChargeSummary {
    ChargeSummary {
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
    }
}

fn smithy(t: Option<time::OffsetDateTime>) -> Option<DateTime> {
    t.map(|t| DateTime::from_secs_and_nanos(t.unix_timestamp(), t.nanosecond()))
}

/// The Agreement operations: through `aws-sdk-marketplaceagreement` where it has them, else through the signed RPC
/// client.
#[derive(Debug)]
pub(super) struct AgreementApi<'a> {
    /// The SDK client.
    pub(super) sdk: &'a ma::Client,
    /// The RPC client.
    pub(super) rpc: &'a RpcClient,
}

impl AgreementRemote for AgreementApi<'_> {
    async fn create_agreement_request(&self, i: CreateAgreementRequestInput) -> Result<AgreementRequest> {
        let op = "CreateAgreementRequest";
        if i.acceptor_contact.is_some() {
            // The SDK has no such member: sending the request through it would silently lose who accepts.
            return self.rpc.call(i).await;
        }
        let terms = i.requested_terms.iter().enumerate().map(|(n, t)| requested_term(n, t)).collect::<Result<_>>()?;
        let o = self
            .sdk
            .create_agreement_request()
            .set_client_token(i.client_token)
            .intent(sdk::Intent::from(i.intent.as_str()))
            .set_requested_terms(Some(terms))
            .set_source_agreement_identifier(i.source_agreement_identifier.map(Into::into))
            .set_agreement_proposal_identifier(i.agreement_proposal_identifier)
            .set_tax_configuration(i.tax_configuration.map(|t| {
                sdk::TaxConfiguration::builder()
                    .set_tax_estimation(t.tax_estimation.as_deref().map(sdk::TaxEstimation::from))
                    .build()
            }))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(AgreementRequest {
            agreement_request_id: need(op, "agreementRequestId", o.agreement_request_id)?,
            agreement_type: "PurchaseAgreement".into(),
            charge_summary: o.charge_summary.map(charge_summary).unwrap_or_default(),
            status: AgreementRequestStatus::Draft,
            approval_requirement: String::new(),
            created_at: None,
        })
    }

    async fn accept_agreement_request(&self, i: AcceptAgreementRequestInput) -> Result<String> {
        let op = "AcceptAgreementRequest";
        let c = self.sdk;

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
        let c = self.sdk;

        let o = c.describe_agreement().agreement_id(i.agreement_id).send().await.map_err(|e| from_sdk_error(op, e))?;
        Ok(Agreement {
            agreement_id: o.agreement_id.unwrap_or_default().into(),
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
            initial_agreement_id: o.initial_agreement_id.map(Into::into),
            end_time_behavior: o.end_time_behavior.map(|b| EndTimeBehavior {
                behavior_type: b.r#type.as_str().to_owned(),
                reason_code: b.reason_code.map(|r| r.as_str().to_owned()),
            }),
        })
    }

    async fn get_agreement_terms(&self, i: GetAgreementTermsInput) -> Result<GetAgreementTermsOutput> {
        let op = "GetAgreementTerms";
        let c = self.sdk;

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
        let c = self.sdk;

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
        let c = self.sdk;

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
                agreement_id: a.agreement_id.unwrap_or_default().into(),
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
                initial_agreement_id: a.initial_agreement_id.map(Into::into),
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
        let c = self.sdk;

        let o = c
            .list_agreement_charges()
            .set_catalog(i.catalog)
            .set_agreement_id(i.agreement_id.map(Into::into))
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ListAgreementChargesOutput::new(o.items.unwrap_or_default().into_iter().map(charge).collect(), o.next_token))
    }

    async fn cancel_agreement(&self, i: CancelAgreementInput) -> Result<()> {
        let op = "CancelAgreement";
        let c = self.sdk;

        c.cancel_agreement().agreement_id(i.agreement_id).send().await.map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn update_purchase_orders(&self, i: UpdatePurchaseOrdersInput) -> Result<()> {
        let op = "UpdatePurchaseOrders";
        let c = self.sdk;

        c.update_purchase_orders()
            .set_purchase_orders(purchase_orders(&i.purchase_orders)?)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }
    // ---- agreement requests and approvals: not in the SDK crate, through the RPC client ----

    async fn get_agreement_request(&self, i: GetAgreementRequestInput) -> Result<AgreementRequestDetail> {
        self.rpc.call(i).await
    }

    async fn list_agreement_requests(&self, i: ListAgreementRequestsInput) -> Result<ListAgreementRequestsOutput> {
        self.rpc.call(i).await
    }

    async fn cancel_agreement_request(&self, i: CancelAgreementRequestInput) -> Result<()> {
        self.rpc.call(i).await
    }

    async fn get_agreement_request_approval_plans(
        &self,
        i: GetAgreementRequestApprovalPlansInput,
    ) -> Result<GetAgreementRequestApprovalPlansOutput> {
        self.rpc.call(i).await
    }

    async fn get_agreement_request_terms(
        &self,
        i: GetAgreementRequestTermsInput,
    ) -> Result<GetAgreementRequestTermsOutput> {
        self.rpc.call(i).await
    }

    async fn start_agreement_approvals(&self, i: StartAgreementApprovalsInput) -> Result<Vec<ApprovalSummary>> {
        self.rpc.call(i).await
    }

    async fn get_agreement_approval(&self, i: GetAgreementApprovalInput) -> Result<BuyerApproval> {
        self.rpc.call(i).await
    }

    async fn list_agreement_approvals(&self, i: ListAgreementApprovalsInput) -> Result<ListAgreementApprovalsOutput> {
        self.rpc.call(i).await
    }

    async fn accept_agreement_approval(&self, i: AcceptAgreementApprovalInput) -> Result<()> {
        self.rpc.call(i).await
    }

    async fn reject_agreement_approval(&self, i: RejectAgreementApprovalInput) -> Result<()> {
        self.rpc.call(i).await
    }

    async fn get_agreement_contacts(&self, i: GetAgreementContactsInput) -> Result<GetAgreementContactsOutput> {
        self.rpc.call(i).await
    }

    // ---- cancellation requests ----

    async fn send_agreement_cancellation_request(
        &self,
        i: SendAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        let op = "SendAgreementCancellationRequest";
        let o = self
            .sdk
            .send_agreement_cancellation_request()
            .agreement_id(i.agreement_id)
            .reason_code(sdk::AgreementCancellationRequestReasonCode::from(i.reason_code.as_str()))
            .set_client_token(i.client_token)
            .set_description(i.description)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut request = cancellation_request!(op, o);
        request.description = o.description;
        Ok(request)
    }

    async fn accept_agreement_cancellation_request(
        &self,
        i: AcceptAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        let op = "AcceptAgreementCancellationRequest";
        let o = self
            .sdk
            .accept_agreement_cancellation_request()
            .agreement_id(i.agreement_id)
            .agreement_cancellation_request_id(i.agreement_cancellation_request_id)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut request = cancellation_request!(op, o);
        request.description = o.description;
        Ok(request)
    }

    async fn reject_agreement_cancellation_request(
        &self,
        i: RejectAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        let op = "RejectAgreementCancellationRequest";
        let o = self
            .sdk
            .reject_agreement_cancellation_request()
            .agreement_id(i.agreement_id)
            .agreement_cancellation_request_id(i.agreement_cancellation_request_id)
            .rejection_reason(i.rejection_reason)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut request = cancellation_request!(op, o);
        request.description = o.description;
        request.status_message = o.status_message;
        Ok(request)
    }

    async fn cancel_agreement_cancellation_request(
        &self,
        i: CancelAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        let op = "CancelAgreementCancellationRequest";
        let o = self
            .sdk
            .cancel_agreement_cancellation_request()
            .agreement_id(i.agreement_id)
            .agreement_cancellation_request_id(i.agreement_cancellation_request_id)
            .cancellation_reason(i.cancellation_reason)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut request = cancellation_request!(op, o);
        request.description = o.description;
        request.status_message = o.status_message;
        Ok(request)
    }

    async fn get_agreement_cancellation_request(
        &self,
        i: GetAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        let op = "GetAgreementCancellationRequest";
        let o = self
            .sdk
            .get_agreement_cancellation_request()
            .agreement_id(i.agreement_id)
            .agreement_cancellation_request_id(i.agreement_cancellation_request_id)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut request = cancellation_request!(op, o);
        request.description = o.description;
        request.status_message = o.status_message;
        Ok(request)
    }

    async fn list_agreement_cancellation_requests(
        &self,
        i: ListAgreementCancellationRequestsInput,
    ) -> Result<ListAgreementCancellationRequestsOutput> {
        let op = "ListAgreementCancellationRequests";
        let o = self
            .sdk
            .list_agreement_cancellation_requests()
            .party_type(i.party_type)
            .set_agreement_id(i.agreement_id.map(Into::into))
            .set_status(i.status.as_ref().map(|s| sdk::AgreementCancellationRequestStatus::from(s.as_str())))
            .set_agreement_type(i.agreement_type)
            .set_catalog(i.catalog)
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let items =
            o.items.unwrap_or_default().into_iter().map(|s| Ok(cancellation_request!(op, s))).collect::<Result<_>>()?;
        Ok(ListAgreementCancellationRequestsOutput::new(items, o.next_token))
    }

    // ---- payment requests and invoices ----

    async fn send_agreement_payment_request(&self, i: SendAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        let op = "SendAgreementPaymentRequest";
        let o = self
            .sdk
            .send_agreement_payment_request()
            .set_client_token(i.client_token)
            .agreement_id(i.agreement_id)
            .term_id(i.term_id)
            .name(i.name)
            .charge_amount(i.charge_amount)
            .set_description(i.description)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut request = payment_request!(op, o);
        request.description = o.description;
        Ok(request)
    }

    async fn accept_agreement_payment_request(&self, i: AcceptAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        let op = "AcceptAgreementPaymentRequest";
        let o = self
            .sdk
            .accept_agreement_payment_request()
            .agreement_id(i.agreement_id)
            .payment_request_id(i.payment_request_id)
            .set_purchase_order_reference(i.purchase_order_reference)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut request = payment_request!(op, o);
        request.description = o.description;
        request.updated_at = time(o.updated_at.as_ref());
        Ok(request)
    }

    async fn reject_agreement_payment_request(&self, i: RejectAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        let op = "RejectAgreementPaymentRequest";
        let o = self
            .sdk
            .reject_agreement_payment_request()
            .agreement_id(i.agreement_id)
            .payment_request_id(i.payment_request_id)
            .set_rejection_reason(i.rejection_reason)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut request = payment_request!(op, o);
        request.description = o.description;
        request.status_message = o.status_message;
        request.updated_at = time(o.updated_at.as_ref());
        Ok(request)
    }

    async fn cancel_agreement_payment_request(&self, i: CancelAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        let op = "CancelAgreementPaymentRequest";
        let o = self
            .sdk
            .cancel_agreement_payment_request()
            .agreement_id(i.agreement_id)
            .payment_request_id(i.payment_request_id)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut request = payment_request!(op, o);
        request.description = o.description;
        request.updated_at = time(o.updated_at.as_ref());
        Ok(request)
    }

    async fn get_agreement_payment_request(&self, i: GetAgreementPaymentRequestInput) -> Result<PaymentRequest> {
        let op = "GetAgreementPaymentRequest";
        let o = self
            .sdk
            .get_agreement_payment_request()
            .agreement_id(i.agreement_id)
            .payment_request_id(i.payment_request_id)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut request = payment_request!(op, o);
        request.description = o.description;
        request.status_message = o.status_message;
        request.charge_id = o.charge_id;
        request.updated_at = time(o.updated_at.as_ref());
        Ok(request)
    }

    async fn list_agreement_payment_requests(
        &self,
        i: ListAgreementPaymentRequestsInput,
    ) -> Result<ListAgreementPaymentRequestsOutput> {
        let op = "ListAgreementPaymentRequests";
        let o = self
            .sdk
            .list_agreement_payment_requests()
            .party_type(i.party_type)
            .set_agreement_type(i.agreement_type)
            .set_catalog(i.catalog)
            .set_agreement_id(i.agreement_id.map(Into::into))
            .set_status(i.status.as_ref().map(|s| sdk::PaymentRequestStatus::from(s.as_str())))
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let items = o
            .items
            .into_iter()
            .map(|s| {
                let mut request = payment_request!(op, s);
                request.charge_id = s.charge_id;
                request.updated_at = time(s.updated_at.as_ref());
                Ok(request)
            })
            .collect::<Result<_>>()?;
        Ok(ListAgreementPaymentRequestsOutput::new(items, o.next_token))
    }

    async fn list_agreement_invoice_line_items(
        &self,
        i: ListAgreementInvoiceLineItemsInput,
    ) -> Result<ListAgreementInvoiceLineItemsOutput> {
        let op = "ListAgreementInvoiceLineItems";
        let period = i
            .invoice_billing_period
            .map(|p| sdk::InvoiceBillingPeriod::builder().month(p.month).year(p.year).build())
            .transpose()
            .map_err(|e| Error::invalid_field("invoiceBillingPeriod", e.to_string()))?;
        let o = self
            .sdk
            .list_agreement_invoice_line_items()
            .agreement_id(i.agreement_id)
            .group_by(sdk::LineItemGroupBy::from(i.group_by.as_str()))
            .set_invoice_id(i.invoice_id)
            .set_invoice_type(i.invoice_type.as_deref().map(sdk::InvoiceType::from))
            .set_invoice_billing_period(period)
            .set_before_issued_time(smithy(i.before_issued_time))
            .set_after_issued_time(smithy(i.after_issued_time))
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let items = o
            .agreement_invoice_line_item_group_summaries
            .unwrap_or_default()
            .into_iter()
            .map(|g| InvoiceLineItemGroup {
                agreement_id: g.agreement_id.map(Into::into),
                invoice_id: g.invoice_id,
                pricing_currency_amount: g.pricing_currency_amount.map(|p| PricingCurrencyAmount {
                    amount: p.amount,
                    max_adjustment_amount: p.max_adjustment_amount,
                    currency_code: p.currency_code,
                }),
                invoice_billing_period: g
                    .invoice_billing_period
                    .map(|p| InvoiceBillingPeriod { month: p.month, year: p.year }),
                issued_time: time(g.issued_time.as_ref()),
                invoice_type: g.invoice_type.map(|t| t.as_str().to_owned()),
                invoicing_entity: g
                    .invoicing_entity
                    .map(|e| InvoicingEntity { legal_name: e.legal_name, branch_name: e.branch_name }),
            })
            .collect();
        Ok(ListAgreementInvoiceLineItemsOutput::new(items, o.next_token))
    }

    // ---- billing adjustments ----

    async fn batch_create_billing_adjustment_request(
        &self,
        i: BatchCreateBillingAdjustmentRequestInput,
    ) -> Result<BatchCreateBillingAdjustmentRequestOutput> {
        let op = "BatchCreateBillingAdjustmentRequest";
        let entries = i
            .billing_adjustment_request_entries
            .into_iter()
            .enumerate()
            .map(|(n, e)| {
                sdk::BatchCreateBillingAdjustmentRequestEntry::builder()
                    .agreement_id(e.agreement_id)
                    .original_invoice_id(e.original_invoice_id)
                    .adjustment_amount(e.adjustment_amount)
                    .currency_code(e.currency_code)
                    .adjustment_reason_code(sdk::BillingAdjustmentReasonCode::from(e.adjustment_reason_code.as_str()))
                    .set_description(e.description)
                    .client_token(e.client_token)
                    .build()
                    .map_err(|err| {
                        Error::invalid_field(format!("billingAdjustmentRequestEntries[{n}]"), err.to_string())
                    })
            })
            .collect::<Result<Vec<_>>>()?;
        let o = self
            .sdk
            .batch_create_billing_adjustment_request()
            .set_billing_adjustment_request_entries(Some(entries))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(BatchCreateBillingAdjustmentRequestOutput {
            items: o
                .items
                .into_iter()
                .map(|i| BillingAdjustmentItem {
                    billing_adjustment_request_id: i.billing_adjustment_request_id,
                    client_token: i.client_token,
                })
                .collect(),
            errors: o
                .errors
                .into_iter()
                .map(|e| BillingAdjustmentError {
                    code: e.code.as_str().to_owned(),
                    message: e.message,
                    client_token: e.client_token,
                })
                .collect(),
        })
    }

    async fn get_billing_adjustment_request(&self, i: GetBillingAdjustmentRequestInput) -> Result<BillingAdjustment> {
        let op = "GetBillingAdjustmentRequest";
        let o = self
            .sdk
            .get_billing_adjustment_request()
            .agreement_id(i.agreement_id)
            .billing_adjustment_request_id(i.billing_adjustment_request_id)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(BillingAdjustment {
            billing_adjustment_request_id: o.billing_adjustment_request_id,
            agreement_id: o.agreement_id.into(),
            original_invoice_id: o.original_invoice_id,
            adjustment_amount: o.adjustment_amount,
            currency_code: o.currency_code,
            status: BillingAdjustmentStatus::from(o.status.as_str()),
            status_message: o.status_message,
            adjustment_reason_code: Some(BillingAdjustmentReasonCode::from(o.adjustment_reason_code.as_str())),
            description: o.description,
            agreement_type: None,
            catalog: None,
            created_at: time(Some(&o.created_at)),
            updated_at: time(Some(&o.updated_at)),
        })
    }

    async fn list_billing_adjustment_requests(
        &self,
        i: ListBillingAdjustmentRequestsInput,
    ) -> Result<ListBillingAdjustmentRequestsOutput> {
        let op = "ListBillingAdjustmentRequests";
        let o = self
            .sdk
            .list_billing_adjustment_requests()
            .set_agreement_id(i.agreement_id.map(Into::into))
            .set_status(i.status.as_ref().map(|s| sdk::BillingAdjustmentStatus::from(s.as_str())))
            .set_created_after(smithy(i.created_after))
            .set_created_before(smithy(i.created_before))
            .set_catalog(i.catalog)
            .set_agreement_type(i.agreement_type)
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let items = o
            .items
            .into_iter()
            .map(|s| BillingAdjustment {
                billing_adjustment_request_id: s.billing_adjustment_request_id,
                agreement_id: s.agreement_id.into(),
                original_invoice_id: s.original_invoice_id,
                adjustment_amount: s.adjustment_amount,
                currency_code: s.currency_code,
                status: BillingAdjustmentStatus::from(s.status.as_str()),
                status_message: None,
                adjustment_reason_code: None,
                description: None,
                agreement_type: Some(s.agreement_type),
                catalog: Some(s.catalog),
                created_at: time(Some(&s.created_at)),
                updated_at: time(Some(&s.updated_at)),
            })
            .collect();
        Ok(ListBillingAdjustmentRequestsOutput::new(items, o.next_token))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rpc_calls_go_to_the_override_or_the_service_endpoint_in_us_east_1() {
        // The SDK's own endpoint rules give the real endpoint, whatever the configuration's region.
        let config = SdkConfig::builder().region(aws_config::Region::new("eu-west-1")).build();
        assert_eq!(rpc_endpoint(&config, None).unwrap(), "https://agreement-marketplace.us-east-1.amazonaws.com");
        assert_eq!(rpc_endpoint(&config, Some("http://127.0.0.1:4566")).unwrap(), "http://127.0.0.1:4566");
        let configured = SdkConfig::builder().endpoint_url("http://localhost:9000").build();
        assert_eq!(rpc_endpoint(&configured, None).unwrap(), "http://localhost:9000");
        let fips = SdkConfig::builder().use_fips(true).build();
        assert_eq!(rpc_endpoint(&fips, None).unwrap(), "https://agreement-marketplace-fips.us-east-1.amazonaws.com");
        let both = SdkConfig::builder().use_fips(true).endpoint_url("http://localhost:9000").build();
        assert!(rpc_endpoint(&both, None).is_err(), "the SDK's rules refuse FIPS with a custom endpoint");
    }
}
