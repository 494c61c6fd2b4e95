//! The conformance suite for AWS Marketplace Agreement: a buyer requests what a seller offers, has its organization
//! approve the request, accepts it with purchase orders and lives with the contract (cancellation requests, payment
//! requests, refunds, invoices, the acceptor's contact). Every case runs on the local backend in process and on the
//! AWS backend against the emulator (RPC v2 CBOR: aws-sdk-marketplaceagreement, and the backend's own signed RPC
//! client for the operations the SDK lacks). Seller S; buyers A and B of organization o-aa111bb222, whose management
//! account M and delegated administrator D decide approvals.

mod common;

use futures::TryStreamExt;
use std::time::Duration;

use common::{Harness, A, B, D, M, S};
use marketplane::facade::PaymentAnswer;
use marketplane::model::account::ContactInformation;
use marketplane::model::agreement::{
    AcceptAgreementApprovalInput, AcceptorContact, AgreementFilter, AgreementRequestStatus, AgreementRequestTerm,
    AgreementStatus, ApprovalPlanInput, ApprovalPurchaseOrder, ApprovalStatus, ApproverOutcomeStatus,
    BillingAdjustmentEntry, BillingAdjustmentReasonCode, BillingAdjustmentStatus, CancellationReasonCode,
    ContractConfiguration, DimensionQuantity, GetAgreementCancellationRequestInput, GetAgreementRequestTermsInput,
    GetBillingAdjustmentRequestInput, ListAgreementCancellationRequestsInput, ListAgreementInvoiceLineItemsInput,
    ListAgreementPaymentRequestsInput, ListAgreementRequestsInput, ListBillingAdjustmentRequestsInput,
    PaymentRequestStatus, PurchaseOrder, RequestIntent, SendAgreementCancellationRequestInput,
    StartAgreementApprovalsInput, TaxConfiguration,
};
use marketplane::model::catalog::changes::{
    typed, AddDimensions, CreateProduct, Dimension, ReleaseProduct, UpdateVisibility,
};
use marketplane::model::catalog::offer::OfferBuilder;
use marketplane::model::catalog::terms::{
    Allowance, ConfigurableRateCard, ConfigurableUpfrontPricingTerm, Constraints, CurrencyCode, OfferPricingModel,
    RateCardItem, Selector, Term,
};
use marketplane::model::catalog::{EntityRef, EntityType, StartChangeSetInput};
use marketplane::{Client, ErrorKind};

conformance!(
    a_buyer_requests_accepts_and_lives_with_a_contract,
    upgrades_add_units_and_downgrades_are_refused,
    future_dated_agreements_start_later,
    expired_offers_cannot_be_accepted,
    usage_agreements_can_be_cancelled_and_searched,
    sellers_ask_and_buyers_answer_cancellation_requests,
    a_free_trial_runs_its_course_once,
    sellers_adjust_what_was_charged,
    sellers_request_variable_payments_and_buyers_answer,
    invoices_follow_charges_and_credit_memos_follow_adjustments,
    purchase_orders_only_where_the_guide_allows,
    a_higher_tier_is_an_upgrade_and_a_lower_one_is_not,
    organizations_approve_requests_before_they_are_accepted,
    approvals_are_rejected_withdrawn_or_expire,
    the_seller_reads_who_accepted,
    a_request_shows_the_terms_it_asks_for,
);

/// Taxes need configured rates, so these two run outside the macro with their own harness.
#[tokio::test]
async fn taxes_are_estimated_when_asked_local() {
    taxes_are_estimated_when_asked(common::Mode::Local).await;
}

#[tokio::test]
async fn taxes_are_estimated_when_asked_emulator() {
    taxes_are_estimated_when_asked(common::Mode::Emulator).await;
}

const DAY: Duration = Duration::from_secs(24 * 3600);

async fn product(seller: &Client) -> String {
    let me = || EntityRef::created_by(EntityType::SaaSProduct, "P");
    let dimension = Dimension::new("Users", "Users")
        .with_description("Named users")
        .with_types(vec!["Entitled".into(), "ExternallyMetered".into()])
        .with_unit("Users");
    let changes = vec![
        typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Contracted"))
            .named("P"),
        typed(me(), &AddDimensions::default().with_dimensions(vec![dimension])),
        typed(me(), &ReleaseProduct::default()),
        typed(me(), &UpdateVisibility::default().with_target_visibility("Public")),
    ];
    let done = seller.catalog().apply(StartChangeSetInput::new(changes)).await.expect("product");
    done.entity_id_of("P").expect("product").to_owned()
}

fn users(n: i64) -> ContractConfiguration {
    ContractConfiguration::new("P12M").with_dimensions(vec![DimensionQuantity::new("Users", n)])
}

/// Seller S's private contract for buyer A (`price` for a year of `seats` users, expiring 2026-06-30, `extra` adding
/// to the offer), requested and accepted by A: the agreement's id.
async fn accepted_contract(h: &Harness, price: &str, seats: i64, extra: fn(OfferBuilder) -> OfferBuilder) -> String {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let offer = OfferBuilder::new(&product_id)
        .buyers([A])
        .contract(CurrencyCode::Usd, "P12M", price, [("Users", seats)])
        .standard_eula()
        .available_until("2026-06-30");
    let offer_id = seller.catalog().publish_offer(extra(offer)).await.unwrap();
    let buyer = h.client(A);
    let request = buyer.agreements().request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    buyer.agreements().accept(&request.agreement_request_id, vec![]).await.unwrap()
}

async fn a_buyer_requests_accepts_and_lives_with_a_contract(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let offer = OfferBuilder::new(&product_id)
        .name("Example Corp")
        .buyers([A])
        .contract(CurrencyCode::Usd, "P12M", "0", [("Users", 50)])
        .payment_schedule([("2026-03-01", "6000.00"), ("2026-09-01", "6000.00")])
        .standard_eula()
        .available_until("2026-02-15");
    let offer_id = seller.catalog().publish_offer(offer).await.unwrap();

    let buyer = h.client(A);
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    assert!(request.agreement_request_id.starts_with("ar-"), "{}", request.agreement_request_id);
    let summary = &request.charge_summary;
    assert_eq!(
        (summary.currency_code.as_deref(), summary.new_agreement_value.as_deref()),
        (Some("USD"), Some("12000.00"))
    );
    let amounts: Vec<&str> = summary.expected_charges.iter().filter_map(|c| c.amount.as_deref()).collect();
    assert_eq!(amounts, ["6000.00", "6000.00"]);

    let agreement_id = agreements.accept_with_purchase_order(&request, "PO-2026-001").await.unwrap();
    let agreement = agreements.describe(&agreement_id).await.unwrap();
    assert_eq!(agreement.status, AgreementStatus::Active);
    assert_eq!(agreement.acceptor.account_id.as_deref(), Some(A));
    assert_eq!(agreement.proposer.account_id.as_deref(), Some(S));
    assert_eq!(agreement.proposal_summary.offer_id.as_deref(), Some(offer_id.as_str()));
    assert_eq!(agreement.proposal_summary.resources[0].id.as_deref(), Some(product_id.as_str()));
    assert_eq!(agreement.estimated_charges.as_ref().unwrap().agreement_value.as_deref(), Some("12000.00"));
    let (start, end) = (agreement.start_time.unwrap(), agreement.end_time.unwrap());
    assert_eq!((end.year() - start.year(), end.month(), end.day()), (1, start.month(), start.day()), "twelve months");
    assert!(!agreement.renews(), "private offers do not renew");

    let terms = agreements.terms(&agreement_id).try_collect::<Vec<_>>().await.unwrap();
    let types: Vec<&str> = terms.iter().filter_map(|t| t.term_type()).collect();
    assert_eq!(types, ["FixedUpfrontPricingTerm", "PaymentScheduleTerm", "LegalTerm"]);
    let entitlements: Vec<_> = agreements.entitlements(&agreement_id).try_collect().await.unwrap();
    assert_eq!(entitlements[0].status, "PROVISIONED");
    assert_eq!(entitlements[0].resource.id.as_deref(), Some(product_id.as_str()));

    let by_po = agreements.charges_by_purchase_order().await.unwrap();
    assert_eq!(by_po["PO-2026-001"].len(), 2);
    assert_eq!(agreements.total_contract_value().await.unwrap()["USD"], "12000.00");
    let charge = by_po["PO-2026-001"][0].clone();
    agreements
        .update_purchase_orders(vec![PurchaseOrder::new(charge.id.clone())
            .with_charge_revision(1)
            .with_agreement_id(agreement_id.clone())
            .with_purchase_order_reference("PO-2026-002")])
        .await
        .unwrap();
    let charges = agreements.charges(Some(&agreement_id)).try_collect::<Vec<_>>().await.unwrap();
    let updated = charges.iter().find(|c| c.id == charge.id).unwrap();
    assert_eq!((updated.purchase_order_reference.as_deref(), updated.revision), (Some("PO-2026-002"), 2));

    // One agreement per product; flexible schedules cannot be amended; others cannot see it.
    let again = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap_err();
    assert_eq!(again.kind(), ErrorKind::Conflict, "{again}");
    let amend = agreements.request_offer(&offer_id, None, RequestIntent::Amend, Some(&agreement_id)).await.unwrap_err();
    assert!(amend.message().contains("flexible payment schedule"), "{amend}");
    assert_eq!(h.client(B).agreements().describe(&agreement_id).await.unwrap_err().kind(), ErrorKind::NotFound);
    let sold = seller.agreements().all(vec![AgreementFilter::new("PartyType", "Proposer")]).await.unwrap();
    assert_eq!(sold.iter().map(|a| a.agreement_id.as_str()).collect::<Vec<_>>(), [agreement_id.as_str()]);

    // Without a renewal term it simply expires at its end.
    h.advance(DAY * 400);
    assert_eq!(agreements.describe(&agreement_id).await.unwrap().status, AgreementStatus::Expired);
    assert_eq!(
        agreements.entitlements(&agreement_id).try_collect::<Vec<_>>().await.unwrap()[0].status,
        "DEPROVISIONED"
    );
}

/// A one-year contract the buyer configures, priced per unit of each dimension.
fn per_unit_contract(prices: &[(&str, &str)]) -> Term {
    Term::ConfigurableUpfrontPricing(ConfigurableUpfrontPricingTerm::new(CurrencyCode::Usd).with_rate_cards(
        vec![ConfigurableRateCard::new(
            Selector::new("Duration", "P12M"),
            Constraints::new(Allowance::Allowed, Allowance::Allowed),
        )
        .with_rate_card(prices.iter().map(|(key, price)| RateCardItem::new(*key, *price)).collect::<Vec<_>>())],
    ))
}

fn configurable_offer(product_id: &str) -> OfferBuilder {
    let term = per_unit_contract(&[("Users", "100")]);
    OfferBuilder::new(product_id)
        .name("Annual seats")
        .pricing(OfferPricingModel::Contract, term)
        .standard_eula()
        .auto_renew(true)
}

async fn upgrades_add_units_and_downgrades_are_refused(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let offer_id = seller.catalog().publish_offer(configurable_offer(&product_id)).await.unwrap();
    let buyer = h.client(A);
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, Some(users(10)), RequestIntent::New, None).await.unwrap();
    assert_eq!(request.charge_summary.new_agreement_value.as_deref(), Some("1000.00"));
    assert_eq!(request.charge_summary.expected_charges[0].timing.as_deref(), Some("ON_ACCEPTANCE"));
    let first = agreements.accept(&request.agreement_request_id, vec![]).await.unwrap();
    assert!(agreements.describe(&first).await.unwrap().renews());

    let contract_end = agreements.describe(&first).await.unwrap().end_time;
    // Half-way through, five more seats: charged for the half year left.
    h.advance(DAY * 182);
    let amend = agreements.request_offer(&offer_id, Some(users(15)), RequestIntent::Amend, Some(&first)).await.unwrap();
    let item = &amend.charge_summary.itemized_charges[0];
    assert_eq!((item.old_quantity, item.new_quantity), (Some(10), Some(15)));
    let incremental: f64 = item.incremental_charge_amount.as_deref().unwrap().parse().unwrap();
    assert!((240.0..=260.0).contains(&incremental), "about half of 500.00, got {incremental}");
    let upgraded = agreements.accept(&amend.agreement_request_id, vec![]).await.unwrap();
    assert_eq!(agreements.describe(&first).await.unwrap().status, AgreementStatus::Superseded);
    let now = agreements.describe(&upgraded).await.unwrap();
    assert_eq!(now.initial_agreement_id.as_deref(), Some(first.as_str()));
    assert_eq!(now.end_time, contract_end, "the upgrade keeps the contract's end");

    // Fewer seats is a downgrade: refused.
    let err =
        agreements.request_offer(&offer_id, Some(users(5)), RequestIntent::Amend, Some(&upgraded)).await.unwrap_err();
    assert!(err.message().contains("CannotReduceEntitlements"), "{err}");
    // A charged contract is not cancelled by the buyer alone.
    assert_eq!(agreements.cancel(&upgraded).await.unwrap_err().kind(), ErrorKind::Conflict);

    // Its end falls within the next 200 days; there it renews into a new agreement for another year.
    let due = agreements.renewals_due(DAY * 200).await.unwrap();
    assert_eq!(due.iter().map(|a| a.agreement_id.as_str()).collect::<Vec<_>>(), [upgraded.as_str()]);
    assert!(agreements.renewals_due(DAY * 30).await.unwrap().is_empty());
    h.advance(DAY * 200);
    assert_eq!(agreements.describe(&upgraded).await.unwrap().status, AgreementStatus::Renewed);
    let active = agreements.all(vec![AgreementFilter::new("Status", "ACTIVE")]).await.unwrap();
    assert_eq!(active.len(), 1);
    assert_eq!(active[0].initial_agreement_id.as_deref(), Some(first.as_str()));
    assert_eq!(active[0].start_time, agreements.describe(&upgraded).await.unwrap().end_time);
}

async fn future_dated_agreements_start_later(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let offer = OfferBuilder::new(&product_id)
        .buyers([A])
        .contract(CurrencyCode::Usd, "P12M", "1200", [("Users", 10)])
        .standard_eula()
        .agreement_dates("2026-03-01", "2027-02-28")
        .available_until("2026-02-01");
    let offer_id = seller.catalog().publish_offer(offer).await.unwrap();
    let buyer = h.client(A);
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    let charge = &request.charge_summary.expected_charges[0];
    assert_eq!(charge.timing.as_deref(), Some("SCHEDULED"));
    let agreement_id = agreements.accept(&request.agreement_request_id, vec![]).await.unwrap();
    let agreement = agreements.describe(&agreement_id).await.unwrap();
    let start = agreement.start_time.unwrap();
    assert_eq!((start.year(), u8::from(start.month()), start.day()), (2026, 3, 1));
    assert!(agreement.acceptance_time.unwrap() < start);
    let entitlement = &agreements.entitlements(&agreement_id).try_collect::<Vec<_>>().await.unwrap()[0];
    assert_eq!(
        (entitlement.status.as_str(), entitlement.status_reason_code.as_deref()),
        ("SCHEDULED", Some("FUTURE_START_DATE"))
    );
    // Before it starts nothing has been charged, so the buyer can still cancel.
    agreements.cancel(&agreement_id).await.unwrap();
    assert_eq!(agreements.describe(&agreement_id).await.unwrap().status, AgreementStatus::Cancelled);
    assert!(agreements.charges(Some(&agreement_id)).try_collect::<Vec<_>>().await.unwrap().is_empty());

    // Future-dated agreements are for SaaS products (buyer guide §6.8): an AMI offer with a start date is refused.
    let ami = || EntityRef::created_by(EntityType::AmiProduct, "P");
    let changes = vec![
        typed(EntityRef::new(EntityType::AmiProduct), &CreateProduct::default().with_product_title("Appliance"))
            .named("P"),
        typed(ami(), &ReleaseProduct::default()),
        typed(ami(), &UpdateVisibility::default().with_target_visibility("Public")),
    ];
    let done = seller.catalog().apply(StartChangeSetInput::new(changes)).await.unwrap();
    let ami_offer = OfferBuilder::new(done.entity_id_of("P").unwrap())
        .buyers([A])
        .contract(CurrencyCode::Usd, "P12M", "1200", [("Users", 10)])
        .standard_eula()
        .agreement_dates("2026-03-01", "2027-02-28")
        .available_until("2026-02-01");
    let err = seller.catalog().publish_offer(ami_offer).await.unwrap_err();
    assert!(err.message().contains("FdaNotSupported"), "{err}");
}

async fn expired_offers_cannot_be_accepted(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let offer = OfferBuilder::new(&product_id)
        .buyers([A])
        .contract(CurrencyCode::Usd, "P12M", "100", [("Users", 1)])
        .standard_eula()
        .available_until("2026-01-10");
    let offer_id = seller.catalog().publish_offer(offer).await.unwrap();
    let buyer = h.client(A);
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    h.advance(DAY * 15);
    // TV-051: an expired private offer cannot be accepted.
    let err = agreements.accept(&request.agreement_request_id, vec![]).await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
    assert!(err.message().contains("expired"), "{err}");
}

async fn usage_agreements_can_be_cancelled_and_searched(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let offer = OfferBuilder::new(&product_id).usage(CurrencyCode::Usd, [("Users", "0.50")]).standard_eula();
    let offer_id = seller.catalog().publish_offer(offer).await.unwrap();
    let buyer = h.client(A);
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    assert_eq!(request.charge_summary.new_agreement_value.as_deref(), Some("0.00"));
    assert!(request.charge_summary.expected_charges.is_empty());
    // A purchase order needs a charge to attach to.
    let po = PurchaseOrder::new("ch-none").with_purchase_order_reference("PO-1");
    assert_eq!(
        agreements.accept(&request.agreement_request_id, vec![po]).await.unwrap_err().code(),
        "ValidationException"
    );
    let agreement_id = agreements.accept(&request.agreement_request_id, vec![]).await.unwrap();
    assert!(agreements.describe(&agreement_id).await.unwrap().end_time.is_none(), "pay as you go has no end");
    agreements.cancel(&agreement_id).await.unwrap();
    assert_eq!(agreements.cancel(&agreement_id).await.unwrap_err().kind(), ErrorKind::Conflict);
    let cancelled = agreements.all(vec![AgreementFilter::new("Status", "CANCELLED")]).await.unwrap();
    assert_eq!(cancelled.len(), 1);
    assert!(agreements.all(vec![AgreementFilter::new("Status", "ACTIVE")]).await.unwrap().is_empty());
    let by_offer = agreements.all(vec![AgreementFilter::new("OfferId", offer_id.as_str())]).await.unwrap();
    assert_eq!(by_offer.len(), 1);
    let err = agreements.all(vec![AgreementFilter::new("Colour", "blue")]).await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
}

async fn sellers_ask_and_buyers_answer_cancellation_requests(h: &Harness) {
    let agreement_id = accepted_contract(h, "900", 3, |offer| offer).await;
    let (seller, buyer) = (h.client(S), h.client(A));

    // A charged contract: the buyer alone cannot cancel it; the seller asks, the buyer answers.
    assert_eq!(buyer.agreements().cancel(&agreement_id).await.unwrap_err().kind(), ErrorKind::Conflict);
    let asked = seller
        .agreements()
        .send_cancellation_request(&agreement_id, "INCORRECT_TERMS_ACCEPTED", Some("wrong seats"))
        .await
        .unwrap();
    assert_eq!(asked.status, ApprovalStatus::PendingApproval);
    assert_eq!(
        seller.agreements().send_cancellation_request(&agreement_id, "OTHER", None).await.unwrap_err().kind(),
        ErrorKind::Conflict
    );
    let rejected = buyer
        .agreements()
        .answer_cancellation_request(&agreement_id, &asked.agreement_cancellation_request_id, false)
        .await
        .unwrap();
    assert_eq!(rejected.status, ApprovalStatus::Rejected);
    let read = buyer
        .call(GetAgreementCancellationRequestInput::new(&agreement_id, &asked.agreement_cancellation_request_id))
        .await
        .unwrap();
    assert_eq!(
        (read.status, read.status_message.as_deref()),
        (ApprovalStatus::Rejected, Some("The buyer keeps the agreement."))
    );
    assert_eq!(
        (read.reason_code, read.description.as_deref()),
        ("INCORRECT_TERMS_ACCEPTED".into(), Some("wrong seats"))
    );

    // The seller may withdraw a pending request (the buyer may not); a resend with the same token is the same request.
    let mut send = SendAgreementCancellationRequestInput::new(&agreement_id, CancellationReasonCode::Other);
    send.client_token = Some("cancel-token-1".into());
    let pending = seller.call(send.clone()).await.unwrap();
    assert_eq!(seller.call(send).await.unwrap(), pending, "the same token answers with the same request");
    let pending_id = pending.agreement_cancellation_request_id.clone();
    let err = buyer.agreements().withdraw_cancellation_request(&agreement_id, &pending_id, "mine").await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::AccessDenied, "{err}");
    let withdrawn =
        seller.agreements().withdraw_cancellation_request(&agreement_id, &pending_id, "Sent by mistake").await.unwrap();
    assert_eq!(
        (withdrawn.status, withdrawn.status_message.as_deref()),
        (ApprovalStatus::Cancelled, Some("Sent by mistake"))
    );
    let unknown = GetAgreementCancellationRequestInput::new(&agreement_id, "acr-nothing");
    assert_eq!(buyer.call(unknown).await.unwrap_err().kind(), ErrorKind::NotFound);

    let again = seller.agreements().send_cancellation_request(&agreement_id, "TEST_AGREEMENT", None).await.unwrap();
    let accepted = buyer
        .agreements()
        .answer_cancellation_request(&agreement_id, &again.agreement_cancellation_request_id, true)
        .await
        .unwrap();
    assert_eq!(accepted.status, ApprovalStatus::Approved);
    assert_eq!(buyer.agreements().describe(&agreement_id).await.unwrap().status, AgreementStatus::Cancelled);
    let listed: Vec<_> =
        seller.agreements().cancellation_requests(true, Some(&agreement_id)).try_collect().await.unwrap();
    let statuses: Vec<ApprovalStatus> = listed.iter().map(|c| c.status.clone()).collect();
    assert_eq!(statuses, [ApprovalStatus::Rejected, ApprovalStatus::Cancelled, ApprovalStatus::Approved]);
    let received: Vec<_> = buyer.agreements().cancellation_requests(false, None).try_collect().await.unwrap();
    assert_eq!(received, listed, "the buyer receives what the seller sent");
    let mut approved = ListAgreementCancellationRequestsInput::new("PROPOSER");
    approved.status = Some(ApprovalStatus::Approved);
    let page = seller.call(approved).await.unwrap();
    assert_eq!(
        page.items.iter().map(|c| c.agreement_cancellation_request_id.as_str()).collect::<Vec<_>>(),
        [again.agreement_cancellation_request_id.as_str()]
    );
    let nobody = h.client(B).agreements().cancellation_requests(false, None).try_collect::<Vec<_>>().await.unwrap();
    assert!(nobody.is_empty());
}

async fn a_free_trial_runs_its_course_once(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let trial = Term::FreeTrialPricing(
        marketplane::model::catalog::terms::FreeTrialPricingTerm::new("P30D")
            .with_grants(vec![marketplane::model::catalog::terms::Grant::new("Users", 5)]),
    );
    let offer = OfferBuilder::new(&product_id).name("Try it").pricing(OfferPricingModel::Free, trial).standard_eula();
    let offer_id = seller.catalog().publish_offer(offer).await.unwrap();
    let buyer = h.client(A);
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    assert_eq!(request.charge_summary.new_agreement_value.as_deref(), Some("0.00"));
    assert!(request.charge_summary.expected_charges.is_empty(), "a trial charges nothing");
    let agreement_id = agreements.accept(&request.agreement_request_id, vec![]).await.unwrap();
    let agreement = agreements.describe(&agreement_id).await.unwrap();
    assert_eq!((agreement.end_time.unwrap() - agreement.start_time.unwrap()).whole_days(), 30);
    h.advance(DAY * 31);
    assert_eq!(agreements.describe(&agreement_id).await.unwrap().status, AgreementStatus::Expired);
    // One free trial per account and product.
    let again = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap_err();
    assert!(again.message().contains("TrialAlreadyUsed"), "{again}");
    // Another account still can.
    h.client(B).agreements().request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
}

async fn sellers_adjust_what_was_charged(h: &Harness) {
    let agreement_id = accepted_contract(h, "5000", 10, |offer| offer).await;
    let (seller, buyer) = (h.client(S), h.client(A));
    let charge = buyer.agreements().charges(Some(&agreement_id)).try_collect::<Vec<_>>().await.unwrap().remove(0);
    assert_eq!(charge.amount, "5000.00");

    let entry = |token: &str, amount: &str| {
        let mut entry = BillingAdjustmentEntry::new(
            &agreement_id,
            &charge.id,
            amount,
            "USD",
            BillingAdjustmentReasonCode::BuyerDissatisfaction,
        );
        entry.client_token = token.to_owned();
        entry
    };
    let out = seller
        .agreements()
        .refund(vec![entry("t-1", "1000"), entry("t-2", "4500"), entry("t-3", "4000")])
        .await
        .unwrap();
    // 1000 + 4000 fit in the 5000 charged; 4500 more does not.
    assert_eq!(out.items.len(), 2);
    assert_eq!(out.errors[0].client_token, "t-2");
    assert_eq!(out.errors[0].code, "VALIDATION_EXCEPTION");
    // The same token again is the same adjustment; the buyer cannot adjust.
    let again = seller.agreements().refund(vec![entry("t-1", "1000")]).await.unwrap();
    assert_eq!(again.items[0].billing_adjustment_request_id, out.items[0].billing_adjustment_request_id);
    let by_buyer = buyer.agreements().refund(vec![entry("t-9", "1")]).await.unwrap();
    assert_eq!(by_buyer.errors[0].code, "RESOURCE_NOT_FOUND_EXCEPTION");

    let id = out.items[0].billing_adjustment_request_id.clone();
    let get = GetBillingAdjustmentRequestInput::new(agreement_id.clone(), id);
    assert_eq!(seller.call(get.clone()).await.unwrap().status, BillingAdjustmentStatus::Pending);
    h.advance(DAY);
    let done = seller.call(get).await.unwrap();
    assert_eq!((done.status, done.adjustment_amount.as_str()), (BillingAdjustmentStatus::Completed, "1000.00"));
    assert_eq!(done.adjustment_reason_code, Some(BillingAdjustmentReasonCode::BuyerDissatisfaction));
    let listed: Vec<_> = seller.agreements().refunds(None).try_collect().await.unwrap();
    assert_eq!(listed.len(), 2);
    let mut completed = ListBillingAdjustmentRequestsInput::default();
    completed.status = Some(BillingAdjustmentStatus::Completed);
    let page = seller.call(completed).await.unwrap();
    assert_eq!(page.items.len(), 2, "both are a day old");
    let summary = &page.items[0];
    assert_eq!(
        (summary.agreement_type.as_deref(), summary.catalog.as_deref()),
        (Some("PurchaseAgreement"), Some("AWSMarketplace"))
    );
    assert_eq!(summary.adjustment_reason_code, None, "a summary leaves out the reason");
    let mut pending = ListBillingAdjustmentRequestsInput::default();
    pending.status = Some(BillingAdjustmentStatus::Pending);
    assert!(seller.call(pending).await.unwrap().items.is_empty());
    // Refunds are the seller's: the buyer neither reads nor lists them.
    let get =
        GetBillingAdjustmentRequestInput::new(agreement_id.clone(), out.items[0].billing_adjustment_request_id.clone());
    assert_eq!(buyer.call(get).await.unwrap_err().kind(), ErrorKind::NotFound);
    assert!(buyer.agreements().refunds(None).try_collect::<Vec<_>>().await.unwrap().is_empty());
}

/// A seller's contract offer to buyer A with variable payments up to 5000 USD that are approved when the buyer leaves
/// them unanswered for 7 days; A accepts it. Returns (agreement id, the variable payment term's id).
async fn variable_payment_agreement(h: &Harness) -> (String, String) {
    let agreement_id = accepted_contract(h, "1200", 10, |offer| offer.variable_payments("5000.00", true, 7)).await;
    let buyer = h.client(A);
    let terms = buyer.agreements().terms(&agreement_id).try_collect::<Vec<_>>().await.unwrap();
    let variable = terms.iter().find(|t| t.term_type() == Some("VariablePaymentTerm")).expect("variable payment term");
    let (_, body) = variable.member().unwrap();
    assert_eq!(body["maxTotalChargeAmount"], "5000.00");
    assert_eq!(body["configuration"]["paymentRequestApprovalStrategy"], "AUTO_APPROVE_ON_EXPIRATION");
    (agreement_id, body["id"].as_str().unwrap().to_owned())
}

async fn sellers_request_variable_payments_and_buyers_answer(h: &Harness) {
    let (agreement_id, term_id) = variable_payment_agreement(h).await;
    let (seller, buyer) = (h.client(S), h.client(A));
    let (seller, buyer) = (seller.agreements(), buyer.agreements());
    let send = |amount: &'static str| {
        let (seller, agreement_id, term_id) = (&seller, agreement_id.clone(), term_id.clone());
        async move { seller.send_payment_request(&agreement_id, &term_id, "Extra seats", amount, None).await }
    };

    // Sent, validated, approved against a purchase order: a charge of its own.
    let sent = send("3000").await.unwrap();
    assert!(sent.payment_request_id.starts_with("pr-"), "{}", sent.payment_request_id);
    assert_eq!((sent.status.clone(), sent.charge_amount.as_str()), (PaymentRequestStatus::Validating, "3000.00"));
    let pending = buyer.payment_request(&agreement_id, &sent.payment_request_id).await.unwrap();
    assert_eq!(pending.status, PaymentRequestStatus::PendingApproval);
    let received = buyer.payment_requests(false, Some(&agreement_id)).await.unwrap();
    assert_eq!(received.len(), 1);
    assert!(seller.payment_requests(false, None).await.unwrap().is_empty(), "the seller receives none");
    let approve = PaymentAnswer::Approve { purchase_order: Some("PO-VAR-1") };
    let approved = buyer.answer_payment_request(&agreement_id, &sent.payment_request_id, approve).await.unwrap();
    assert_eq!(approved.status, PaymentRequestStatus::Approved);
    let approved = seller.payment_request(&agreement_id, &sent.payment_request_id).await.unwrap();
    let charge_id = approved.charge_id.clone().expect("an approved request is charged");
    let charges = buyer.charges(Some(&agreement_id)).try_collect::<Vec<_>>().await.unwrap();
    let charge = charges.iter().find(|c| c.id == charge_id).expect("the payment's charge");
    assert_eq!((charge.amount.as_str(), charge.purchase_order_reference.as_deref()), ("3000.00", Some("PO-VAR-1")));
    let twice = buyer.answer_payment_request(&agreement_id, &sent.payment_request_id, approve).await.unwrap_err();
    assert_eq!(twice.code(), "ConflictException", "{twice}");

    // 2500 more would pass the 5000 maximum: validation fails and says what is left.
    let over = send("2500").await.unwrap();
    let over = seller.payment_request(&agreement_id, &over.payment_request_id).await.unwrap();
    assert_eq!(over.status, PaymentRequestStatus::ValidationFailed);
    assert!(over.status_message.as_deref().unwrap_or_default().contains("2000.00"), "{:?}", over.status_message);

    // The buyer cannot withdraw the seller's request, nor send one; the seller can withdraw it once.
    let withdrawn = send("1500").await.unwrap();
    let err = buyer.cancel_payment_request(&agreement_id, &withdrawn.payment_request_id).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::AccessDenied, "{err}");
    let err = buyer.send_payment_request(&agreement_id, &term_id, "Self-billed", "1", None).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::AccessDenied, "{err}");
    let cancelled = seller.cancel_payment_request(&agreement_id, &withdrawn.payment_request_id).await.unwrap();
    assert_eq!(cancelled.status, PaymentRequestStatus::Cancelled);
    let again = seller.cancel_payment_request(&agreement_id, &withdrawn.payment_request_id).await.unwrap_err();
    assert_eq!(again.code(), "ConflictException", "{again}");

    // Rejected with a reason.
    let rejected = send("1000").await.unwrap();
    let reject = PaymentAnswer::Reject { reason: Some("Not in the statement of work") };
    let rejected = buyer.answer_payment_request(&agreement_id, &rejected.payment_request_id, reject).await.unwrap();
    assert_eq!(rejected.status, PaymentRequestStatus::Rejected);

    // Unanswered for the term's 7 days: approved on expiry, and the maximum is then used up.
    let waiting = send("2000").await.unwrap();
    h.advance(DAY * 8);
    let expired = buyer.payment_request(&agreement_id, &waiting.payment_request_id).await.unwrap();
    assert_eq!(expired.status, PaymentRequestStatus::Approved);
    assert!(expired.charge_id.is_some());
    let last = send("0.01").await.unwrap();
    let last = seller.payment_request(&agreement_id, &last.payment_request_id).await.unwrap();
    assert_eq!(last.status, PaymentRequestStatus::ValidationFailed);
    let statuses: Vec<PaymentRequestStatus> =
        seller.payment_requests(true, Some(&agreement_id)).await.unwrap().into_iter().map(|p| p.status).collect();
    assert_eq!(statuses.len(), 6);
    let received = buyer.payment_requests(false, Some(&agreement_id)).await.unwrap();
    assert_eq!(received.len(), 6, "the buyer receives every request the seller sent");
    assert!(received.iter().all(|p| p.description.is_none()), "a summary leaves out the description");
    let mut approved = ListAgreementPaymentRequestsInput::new("Proposer");
    approved.status = Some(PaymentRequestStatus::Approved);
    assert_eq!(h.client(S).call(approved).await.unwrap().items.len(), 2);
    let err = h.client(S).call(ListAgreementPaymentRequestsInput::new("Broker")).await.unwrap_err();
    assert_eq!(err.field_errors()[0].name, "partyType", "{err}");

    // Bad input names the member and the rule.
    let err = send("12.345678901").await.unwrap_err();
    assert_eq!(err.field_errors()[0].name, "chargeAmount", "{err}");
    let err = seller.send_payment_request(&agreement_id, &term_id, "Tiny", "1", None).await.unwrap_err();
    assert_eq!(err.field_errors()[0].name, "name", "{err}");
    let err = seller.send_payment_request(&agreement_id, "term-nope", "Extra seats", "1", None).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation, "{err}");
}

async fn invoices_follow_charges_and_credit_memos_follow_adjustments(h: &Harness) {
    let (agreement_id, term_id) = variable_payment_agreement(h).await;
    let (seller, buyer) = (h.client(S), h.client(A));
    let (seller, buyer) = (seller.agreements(), buyer.agreements());
    let payment = seller.send_payment_request(&agreement_id, &term_id, "Onboarding", "800", None).await.unwrap();
    h.advance(DAY * 40);
    let payment = buyer.payment_request(&agreement_id, &payment.payment_request_id).await.unwrap();
    assert_eq!(payment.status, PaymentRequestStatus::Approved);

    let invoices = buyer.invoices(&agreement_id).await.unwrap();
    let amounts: Vec<(Option<&str>, Option<&str>)> = invoices
        .iter()
        .map(|i| {
            let amount = i.pricing_currency_amount.as_ref().unwrap();
            (i.invoice_type.as_deref(), amount.amount.as_deref())
        })
        .collect();
    assert_eq!(amounts, [(Some("INVOICE"), Some("1200.00")), (Some("INVOICE"), Some("800.00"))]);
    assert_eq!(invoices[1].invoice_id, payment.charge_id, "a charge's invoice carries its id");
    let issued = invoices[1].issued_time.unwrap();
    let period = invoices[1].invoice_billing_period.clone().unwrap();
    assert_eq!((period.month, period.year), (u8::from(issued.month()) as i32, issued.year()));
    assert_eq!(seller.invoices(&agreement_id).await.unwrap(), invoices, "the seller sees the same invoices");
    let err = h.client(B).agreements().invoices(&agreement_id).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "{err}");

    // A refund of 200 on the upfront invoice becomes a credit memo once completed.
    let upfront = invoices[0].invoice_id.clone().unwrap();
    let entry = BillingAdjustmentEntry::new(
        &agreement_id,
        &upfront,
        "200",
        "USD",
        BillingAdjustmentReasonCode::BuyerDissatisfaction,
    );
    seller.refund(vec![entry]).await.unwrap();
    h.advance(DAY * 2);
    let invoices = buyer.invoices(&agreement_id).await.unwrap();
    let memo = invoices.iter().find(|i| i.invoice_type.as_deref() == Some("CREDIT_MEMO")).expect("a credit memo");
    assert_eq!(memo.pricing_currency_amount.as_ref().unwrap().amount.as_deref(), Some("200.00"));
    let upfront_invoice = invoices.iter().find(|i| i.invoice_id.as_deref() == Some(upfront.as_str())).unwrap();
    assert_eq!(
        upfront_invoice.pricing_currency_amount.as_ref().unwrap().max_adjustment_amount.as_deref(),
        Some("1000.00")
    );

    // Filters: only credit memos; a bad groupBy names the member.
    let mut memos = ListAgreementInvoiceLineItemsInput::new(agreement_id.clone());
    memos.invoice_type = Some("CREDIT_MEMO".into());
    let client = h.client(A);
    let found = client.call(memos.clone()).await.unwrap();
    assert_eq!(found.agreement_invoice_line_item_group_summaries.len(), 1);
    memos.group_by = "PRODUCT".into();
    let err = client.call(memos).await.unwrap_err();
    assert_eq!(err.field_errors()[0].name, "groupBy", "{err}");
}

/// The buyer guide §9.3: purchase orders go with contracts, never with pay-as-you-go usage.
async fn purchase_orders_only_where_the_guide_allows(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let usage = OfferBuilder::new(&product_id)
        .buyers([A])
        .usage(CurrencyCode::Usd, [("Users", "0.50")])
        .standard_eula()
        .available_until("2026-06-30");
    let offer_id = seller.catalog().publish_offer(usage).await.unwrap();
    let buyer = h.client(A);
    let buyer = buyer.agreements();
    let request = buyer.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    // A usage agreement has no upfront charge to put a PO on, so the PO names a made-up charge: the rule comes first.
    let po = PurchaseOrder::new("ch-usage").with_purchase_order_reference("PO-USAGE");
    let err = buyer.accept(&request.agreement_request_id, vec![po]).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation, "{err}");
    assert!(err.message().contains("PurchaseOrderNotSupported"), "{err}");
    // Without a PO it is accepted.
    buyer.accept(&request.agreement_request_id, vec![]).await.unwrap();

    // A contract takes a PO only once the organization's management account has set up the billing integration.
    let contract = OfferBuilder::new(&product(&seller).await)
        .buyers([A])
        .contract(CurrencyCode::Usd, "P12M", "900", [("Users", 3)])
        .standard_eula()
        .available_until("2026-06-30");
    let offer_id = seller.catalog().publish_offer(contract).await.unwrap();
    let request = buyer.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    let organization = "o-aa111bb222".parse().unwrap();
    h.backend.set_purchase_order_integration(&organization, false).unwrap();
    let err = buyer.accept_with_purchase_order(&request, "PO-CONTRACT").await.unwrap_err();
    assert!(err.message().contains("BillingIntegrationRequired"), "{err}");
    h.backend.set_purchase_order_integration(&organization, true).unwrap();
    let unknown = h.backend.set_purchase_order_integration(&"o-zz999yy888".parse().unwrap(), true).unwrap_err();
    assert_eq!(unknown.kind(), ErrorKind::NotFound, "{unknown}");
    let agreement_id = buyer.accept_with_purchase_order(&request, "PO-CONTRACT").await.unwrap();
    let charges = buyer.charges(Some(&agreement_id)).try_collect::<Vec<_>>().await.unwrap();
    assert_eq!(charges[0].purchase_order_reference.as_deref(), Some("PO-CONTRACT"));
}

async fn taxes_are_estimated_when_asked(mode: common::Mode) {
    let mut config = marketplane::backend::local::LocalConfig::default();
    config
        .tax_rates
        .insert("DE".into(), marketplane::backend::local::world::TaxRate { tax_type: "VAT".into(), rate: "19".into() });
    let h = Harness::with_world(mode, common::FIXTURE_WORLD, config).await;
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let offer = OfferBuilder::new(&product_id)
        .buyers([A, B])
        .contract(CurrencyCode::Usd, "P12M", "1000", [("Users", 10)])
        .standard_eula()
        .available_until("2026-06-30");
    let offer_id = seller.catalog().publish_offer(offer).await.unwrap();
    // Buyer A is in Germany (its contact information); buyer B has none on record.
    let contact = marketplane::model::account::ContactInformation::builder(
        "Erika Mustermann",
        "Unter den Linden 1",
        "Berlin",
        "10117",
        "DE",
        "+49301234567",
    )
    .state_or_region("Berlin")
    .company_name("Beispiel GmbH")
    .build()
    .unwrap();
    h.client(A).accounts().put_contact_information(contact).await.unwrap();

    let ask = |client: Client| {
        let offer_id = offer_id.clone();
        async move {
            let agreements = client.agreements();
            let mut input = agreements.offer_request(&offer_id, None, RequestIntent::New, None).await.unwrap();
            input.tax_configuration = Some(TaxConfiguration::new().with_tax_estimation("ENABLED"));
            agreements.create_request(input).await.unwrap().charge_summary
        }
    };
    let german = ask(h.client(A)).await;
    let taxes = german.estimated_taxes.expect("taxes were asked for");
    assert_eq!(taxes.total_amount.as_deref(), Some("190.00"));
    assert_eq!(taxes.breakdown[0].tax_type.as_deref(), Some("VAT"));
    assert_eq!(german.new_agreement_value_after_tax.as_deref(), Some("1190.00"));
    let unknown = ask(h.client(B)).await;
    assert_eq!(unknown.estimated_taxes.and_then(|t| t.total_amount).as_deref(), Some("0.00"));
    assert_eq!(unknown.new_agreement_value_after_tax.as_deref(), Some("1000.00"));
}

/// The buyer guide's upgrades: "more units or a higher tier" mid-contract. Seats move from the Basic tier (100) to the
/// Premium tier (250): an upgrade, charged per tier for the time left; back down is refused.
async fn a_higher_tier_is_an_upgrade_and_a_lower_one_is_not(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let term = per_unit_contract(&[("Basic", "100"), ("Premium", "250")]);
    let offer = OfferBuilder::new(&product_id).name("Tiers").pricing(OfferPricingModel::Contract, term).standard_eula();
    let offer_id = seller.catalog().publish_offer(offer).await.unwrap();
    let tier =
        |key: &str, n: i64| ContractConfiguration::new("P12M").with_dimensions(vec![DimensionQuantity::new(key, n)]);
    let buyer = h.client(A);
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, Some(tier("Basic", 10)), RequestIntent::New, None).await.unwrap();
    assert_eq!(request.charge_summary.new_agreement_value.as_deref(), Some("1000.00"));
    let basic = agreements.accept(&request.agreement_request_id, vec![]).await.unwrap();

    h.advance(DAY * 182);
    let up = agreements
        .request_offer(&offer_id, Some(tier("Premium", 10)), RequestIntent::Amend, Some(&basic))
        .await
        .unwrap();
    let items: Vec<(&str, Option<i64>, Option<i64>, f64)> = up
        .charge_summary
        .itemized_charges
        .iter()
        .map(|i| {
            let amount = i.incremental_charge_amount.as_deref().unwrap().parse().unwrap();
            (i.dimension_key.as_str(), i.old_quantity, i.new_quantity, amount)
        })
        .collect();
    assert_eq!(items.len(), 2, "{items:?}");
    let (basic_item, premium_item) = (items[0], items[1]);
    assert_eq!((basic_item.0, basic_item.1, basic_item.2), ("Basic", Some(10), Some(0)));
    assert_eq!((premium_item.0, premium_item.1, premium_item.2), ("Premium", Some(0), Some(10)));
    // For the half year left: about -500 for Basic, +1250 for Premium; the charge is the difference.
    assert!((-510.0..=-490.0).contains(&basic_item.3), "{items:?}");
    assert!((1225.0..=1275.0).contains(&premium_item.3), "{items:?}");
    let charged: f64 = up.charge_summary.expected_charges[0].amount.as_deref().unwrap().parse().unwrap();
    assert!((735.0..=765.0).contains(&charged), "{charged}");
    let premium = agreements.accept(&up.agreement_request_id, vec![]).await.unwrap();

    // Back to Basic, or fewer Premium seats with more Basic ones, is a downgrade.
    for config in [
        tier("Basic", 10),
        ContractConfiguration::new("P12M")
            .with_dimensions(vec![DimensionQuantity::new("Premium", 5), DimensionQuantity::new("Basic", 30)]),
    ] {
        let err =
            agreements.request_offer(&offer_id, Some(config), RequestIntent::Amend, Some(&premium)).await.unwrap_err();
        assert!(err.message().contains("CannotReduceEntitlements"), "{err}");
    }
}

/// Seller S's private contract offer for buyers A and B (5000 for a year of 10 users).
async fn offer_for_the_organization(h: &Harness) -> (String, String) {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let offer = OfferBuilder::new(&product_id)
        .buyers([A, B])
        .contract(CurrencyCode::Usd, "P12M", "5000", [("Users", 10)])
        .standard_eula()
        .available_until("2026-12-31");
    (seller.catalog().publish_offer(offer).await.unwrap(), product_id)
}

/// The buyer's organization approves a request before it is accepted: the plan, the approval started, read and
/// listed by the requester and the administrators, decided by the management account, then the acceptance.
async fn organizations_approve_requests_before_they_are_accepted(h: &Harness) {
    let (offer_id, product_id) = offer_for_the_organization(h).await;
    let buyer = h.client(A);
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    let request_id = request.agreement_request_id.clone();

    let plans: Vec<_> = agreements.approval_plans(&request_id).try_collect().await.unwrap();
    let plan = plans[0].buyer_agreement_approval_plan.as_ref().unwrap();
    assert_eq!(plan.plan_reference, "aplan-aa111bb222");
    let approver = plan.levels[0].groups[0].approvers[0].aws_organization_admin_approver.as_ref().unwrap();
    assert_eq!(approver.organization_id, "o-aa111bb222");

    // A plan the request does not have, or a purchase order for a charge it does not have, is refused.
    let charge_id = request.charge_summary.expected_charges[0].id.clone().unwrap();
    let plan_input =
        |reference: &str| ApprovalPlanInput::buyer(Some(reference.into()), Some("Finance sign-off".into()));
    let input = StartAgreementApprovalsInput::new(&request_id, vec![plan_input("aplan-other")]);
    let err = buyer.call(input).await.unwrap_err();
    assert_eq!(err.field_errors()[0].name, "planInputs[0].buyerAgreementApprovalPlanInput.planReference", "{err}");
    let mut input = StartAgreementApprovalsInput::new(&request_id, vec![plan_input(&plan.plan_reference)]);
    input.purchase_orders = vec![ApprovalPurchaseOrder::new("ch-unknown", Some("PO-1".into()))];
    let err = buyer.call(input.clone()).await.unwrap_err();
    assert_eq!(err.field_errors()[0].name, "purchaseOrders[0].chargeId", "{err}");

    input.purchase_orders = vec![ApprovalPurchaseOrder::new(&charge_id, Some("PO-1".into()))];
    let started = buyer.call(input).await.unwrap();
    let approval = started[0].clone();
    assert_eq!(
        (approval.status.clone(), approval.name.as_str()),
        (ApprovalStatus::PendingApproval, "Finance sign-off")
    );
    assert_eq!(approval.agreement_request_id, request_id);
    let detail = agreements.request(&request_id).await.unwrap();
    assert_eq!(detail.request.status, AgreementRequestStatus::PendingApproval);
    assert_eq!(detail.request.approval_requirement, "REQUIRED");
    assert_eq!(detail.intent, Some(RequestIntent::New));
    assert_eq!(detail.proposer.as_ref().and_then(|p| p.account_id.as_deref()), Some(S));
    assert_eq!(detail.proposal_summary.as_ref().and_then(|p| p.offer_id.as_deref()), Some(offer_id.as_str()));
    // Approvals start from DRAFT only.
    let again = agreements.start_approval(&request_id, "Twice").await.unwrap_err();
    assert_eq!(again.kind(), ErrorKind::Conflict, "{again}");

    // Not yet: the request waits for its approval. The requester cannot decide it; another member cannot see it.
    let err = agreements.accept(&request_id, vec![]).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict, "{err}");
    let id = approval.agreement_approval_id.clone();
    assert_eq!(agreements.decide_approval(&id, true, None).await.unwrap_err().kind(), ErrorKind::AccessDenied);
    let other = h.client(B);
    assert_eq!(other.agreements().decide_approval(&id, true, None).await.unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(other.agreements().approval(&id).await.unwrap_err().kind(), ErrorKind::NotFound);

    // The delegated administrator sees it to decide, with its one level of administrators, the plan, the seller and
    // what it is for.
    let delegated = h.client(D);
    let pending = delegated.agreements().approvals(true, Some(ApprovalStatus::PendingApproval)).await.unwrap();
    assert_eq!(pending.iter().map(|a| a.agreement_approval_id.as_str()).collect::<Vec<_>>(), [id.as_str()]);
    assert!(delegated.agreements().approvals(false, None).await.unwrap().is_empty(), "D asked for none");
    let shown = delegated.agreements().approval(&id).await.unwrap();
    assert_eq!(shown.requester.account_id.as_deref(), Some(A));
    assert_eq!(shown.plan_input.plan_reference.as_deref(), Some("aplan-aa111bb222"));
    assert_eq!(shown.plan_input.name.as_deref(), Some("Finance sign-off"));
    let outcome = shown.levels[0].groups[0].approvers[0].aws_organization_approver_outcome.clone().unwrap();
    assert_eq!(outcome.status, ApproverOutcomeStatus::PendingApproval);
    let outcome_id = outcome.approver_outcome_id.clone().unwrap();
    assert!(outcome_id.starts_with("aprout-"), "{outcome_id}");
    let proposer = shown.proposer.clone().unwrap();
    assert_eq!((proposer.account_id.as_str(), proposer.legal_name.as_str()), (S, "Standalone"));
    let proposal = shown.proposal_summary.clone().unwrap();
    assert_eq!((proposal.offer_id.as_str(), proposal.visibility_scope.as_str()), (offer_id.as_str(), "PRIVATE"));
    assert_eq!(
        (proposal.resources[0].id.as_str(), proposal.resources[0].name.as_str()),
        (product_id.as_str(), "Contracted")
    );

    // The management account approves, for the one outcome there is, with a note and the purchase order.
    let management = h.client(M);
    let mut accept = AcceptAgreementApprovalInput::new(&id, Some("Within budget".into()));
    accept.buyer_agreement_approval_approver_input.approver_outcome_id_to_override = Some("aprout-other".into());
    let err = management.call(accept.clone()).await.unwrap_err();
    assert_eq!(err.field_errors()[0].name, "buyerAgreementApprovalApproverInput.approverOutcomeIdToOverride", "{err}");
    accept.buyer_agreement_approval_approver_input.approver_outcome_id_to_override = Some(outcome_id);
    accept.buyer_agreement_approval_approver_input.purchase_orders =
        vec![ApprovalPurchaseOrder::new(&charge_id, Some("PO-2".into()))];
    management.call(accept).await.unwrap();
    assert_eq!(agreements.approvals(false, None).await.unwrap()[0].status, ApprovalStatus::Approved);
    let decided = agreements.approval(&id).await.unwrap();
    let outcome = decided.levels[0].groups[0].approvers[0].aws_organization_approver_outcome.clone().unwrap();
    assert_eq!((outcome.status, outcome.note.as_deref()), (ApproverOutcomeStatus::Approved, Some("Within budget")));
    assert_eq!(outcome.purchase_orders[0].purchase_order_reference.as_deref(), Some("PO-2"));
    let twice = management.agreements().decide_approval(&id, false, None).await.unwrap_err();
    assert_eq!(twice.kind(), ErrorKind::Conflict, "{twice}");

    let agreement_id = agreements.accept(&request_id, vec![]).await.unwrap();
    let detail = agreements.request(&request_id).await.unwrap();
    assert_eq!(detail.request.status, AgreementRequestStatus::Accepted);
    assert_eq!(detail.agreement_id.as_deref(), Some(agreement_id.as_str()));
    let listed: Vec<_> = agreements.requests().try_collect().await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].agreement_id.as_deref(), Some(agreement_id.as_str()));
    assert_eq!(listed[0].status, Some(AgreementRequestStatus::Accepted));
    let unknown = agreements.request("ar-nothing").await.unwrap_err();
    assert_eq!(unknown.kind(), ErrorKind::NotFound, "{unknown}");
    let err = agreements.approval_plans("ar-nothing").try_collect::<Vec<_>>().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "{err}");
}

/// A rejected request cannot be accepted; a withdrawn request's approval is cancelled; an unanswered approval
/// expires after 30 days.
async fn approvals_are_rejected_withdrawn_or_expire(h: &Harness) {
    let (offer_id, _) = offer_for_the_organization(h).await;
    let buyer = h.client(B);
    let agreements = buyer.agreements();
    let management = h.client(M);

    let rejected = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    let approval = agreements.start_approval(&rejected.agreement_request_id, "Sign-off").await.unwrap();
    management.agreements().decide_approval(&approval.agreement_approval_id, false, Some("No budget")).await.unwrap();
    let err = agreements.accept(&rejected.agreement_request_id, vec![]).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict, "{err}");
    let shown = agreements.approval(&approval.agreement_approval_id).await.unwrap();
    assert_eq!(shown.summary.status, ApprovalStatus::Rejected);
    let outcome = shown.levels[0].groups[0].approvers[0].aws_organization_approver_outcome.clone().unwrap();
    assert_eq!((outcome.status, outcome.note.as_deref()), (ApproverOutcomeStatus::Rejected, Some("No budget")));

    let withdrawn = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    let approval = agreements.start_approval(&withdrawn.agreement_request_id, "Withdrawn").await.unwrap();
    agreements.cancel_request(&withdrawn.agreement_request_id).await.unwrap();
    let err = agreements.cancel_request(&withdrawn.agreement_request_id).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict, "{err}");
    let cancelled = agreements.approvals(false, Some(ApprovalStatus::Cancelled)).await.unwrap();
    assert_eq!(
        cancelled.iter().map(|a| a.agreement_approval_id.as_str()).collect::<Vec<_>>(),
        [approval.agreement_approval_id.as_str()]
    );
    let err = management.agreements().decide_approval(&approval.agreement_approval_id, true, None).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict, "{err}");

    let late = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    agreements.start_approval(&late.agreement_request_id, "Late").await.unwrap();
    h.advance(DAY * 31);
    let expired = agreements.approvals(false, Some(ApprovalStatus::Expired)).await.unwrap();
    assert_eq!(expired.len(), 1);

    // The requests as the buyer lists them, by status.
    let listed: Vec<_> = agreements.requests().try_collect().await.unwrap();
    let statuses: Vec<Option<AgreementRequestStatus>> = listed.iter().map(|r| r.status.clone()).collect();
    assert_eq!(
        statuses,
        [
            Some(AgreementRequestStatus::Rejected),
            Some(AgreementRequestStatus::Cancelled),
            Some(AgreementRequestStatus::PendingApproval)
        ]
    );
    let mut only_cancelled = ListAgreementRequestsInput::default();
    only_cancelled.status = Some(AgreementRequestStatus::Cancelled);
    let page = buyer.call(only_cancelled).await.unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].agreement_request_id.as_deref(), Some(withdrawn.agreement_request_id.as_str()));
}

/// Request an offer naming who accepts (or not), and accept it.
async fn request_with_contact(
    buyer: &Client,
    offer_id: &str,
    contact: Option<AcceptorContact>,
) -> marketplane::Result<String> {
    let agreements = buyer.agreements();
    let mut input = agreements.offer_request(offer_id, None, RequestIntent::New, None).await?;
    input.acceptor_contact = contact;
    let request = agreements.create_request(input).await?;
    agreements.accept(&request.agreement_request_id, vec![]).await
}

/// The acceptor contact given with a request is what the seller (and the buyer) read; without one, the buyer
/// account's contact information and email stand in.
async fn the_seller_reads_who_accepted(h: &Harness) {
    let (offer_id, _) = offer_for_the_organization(h).await;
    let contact = AcceptorContact::new("Jane", "Doe", "jane.doe@example.com", "Example Corp", "US");
    let agreement_id = request_with_contact(&h.client(A), &offer_id, Some(contact.clone())).await.unwrap();
    for reader in [S, A] {
        assert_eq!(h.client(reader).agreements().acceptor_contact(&agreement_id).await.unwrap(), Some(contact.clone()));
    }
    let err = h.client(B).agreements().acceptor_contact(&agreement_id).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "{err}");

    let other = h.client(B);
    let info = ContactInformation::builder("Max Mustermann", "Main St 1", "Seattle", "98101", "US", "+12065550100")
        .state_or_region("WA")
        .company_name("Other Inc")
        .build()
        .unwrap();
    other.accounts().put_contact_information(info).await.unwrap();
    let agreement_id = request_with_contact(&other, &offer_id, None).await.unwrap();
    let found = h.client(S).agreements().acceptor_contact(&agreement_id).await.unwrap().expect("a contact");
    assert_eq!((found.first_name.as_str(), found.last_name.as_str()), ("Max", "Mustermann"));
    assert_eq!((found.company_name.as_str(), found.country_code.as_str()), ("Other Inc", "US"));
    assert_eq!(found.email_address, "b@example.com");

    // A malformed contact names the member and the rule.
    let bad = contact.with_email_address("not-an-email").with_country_code("usa");
    let err = request_with_contact(&other, &offer_id, Some(bad)).await.unwrap_err();
    let fields: Vec<&str> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["acceptorContact.emailAddress", "acceptorContact.countryCode"], "{err}");
}

/// `GetAgreementRequestTerms`: a request shows the offer's terms it asks for, which the agreement keeps; only the
/// requester reads them, in pages of 10 to 50.
async fn a_request_shows_the_terms_it_asks_for(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller).await;
    let offer = OfferBuilder::new(&product_id)
        .buyers([A])
        .contract(CurrencyCode::Usd, "P12M", "0", [("Users", 20)])
        .payment_schedule([("2026-03-01", "1000.00"), ("2026-09-01", "1000.00")])
        .variable_payments("5000.00", false, 14)
        .standard_eula()
        .available_until("2026-06-30");
    let offer_id = seller.catalog().publish_offer(offer).await.unwrap();
    let buyer = h.client(A);
    let request = buyer.agreements().request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    let request_id = request.agreement_request_id.clone();

    let mut input = GetAgreementRequestTermsInput::new(&request_id);
    input.max_results = Some(10);
    let page = buyer.call(input.clone()).await.unwrap();
    assert_eq!(page.next_token, None, "{} terms fit in one page of 10", page.terms.len());
    let named = |terms: &[AgreementRequestTerm]| -> Vec<(String, String)> {
        terms
            .iter()
            .map(|t| {
                let (_, body) = t.member().unwrap();
                (t.term_type().unwrap().to_owned(), body["id"].as_str().unwrap().to_owned())
            })
            .collect()
    };
    let offered = buyer.discovery().all_offer_terms(&offer_id).await.unwrap();
    assert_eq!(named(&page.terms), named(&offered), "the request asks for every term of the offer");
    let types: Vec<String> = named(&page.terms).into_iter().map(|(t, _)| t).collect();
    assert_eq!(types, ["FixedUpfrontPricingTerm", "PaymentScheduleTerm", "VariablePaymentTerm", "LegalTerm"]);

    let schedule = page.terms[1].member().unwrap().1["schedule"].as_array().unwrap().len();
    assert_eq!(schedule, 2, "the terms come whole: {:?}", page.terms[1]);

    // The agreement keeps the terms its request asked for.
    let agreement_id = buyer.agreements().accept(&request_id, vec![]).await.unwrap();
    let accepted = buyer.agreements().terms(&agreement_id).try_collect::<Vec<_>>().await.unwrap();
    assert_eq!(named(&buyer.call(input).await.unwrap().terms), named(&accepted));

    // Only the requester reads them; pages are 10 to 50 terms; the id is a request's.
    let err = h.client(B).call(GetAgreementRequestTermsInput::new(&request_id)).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "{err}");
    let err = buyer.call(GetAgreementRequestTermsInput::new("ar-nothing")).await.unwrap_err();
    assert_eq!((err.kind(), err.code()), (ErrorKind::NotFound, "ResourceNotFoundException"), "{err}");
    let mut small = GetAgreementRequestTermsInput::new(&request_id);
    small.max_results = Some(5);
    let err = buyer.call(small).await.unwrap_err();
    assert_eq!(err.code(), "ValidationException", "{err}");
    assert_eq!(err.field_errors()[0].name, "maxResults", "{err}");
    let err = buyer.call(GetAgreementRequestTermsInput::new(&agreement_id)).await.unwrap_err();
    assert_eq!(err.field_errors()[0].name, "agreementRequestId", "{err}");
}
