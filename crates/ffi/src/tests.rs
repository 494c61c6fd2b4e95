//! The exported surface, called from Rust: flows on the local backend, both flavours, and the panic guard.

use super::*;

const WORLD: &str = r#"
[settings]
region_transition_seconds = 0.2

[[organizations]]
id = "o-aa111bb222"
management_account = "123456789012"
trusted_access = ["account.amazonaws.com"]

[[accounts]]
id = "123456789012"
name = "Management"
organization = "o-aa111bb222"

[[accounts]]
id = "111111111111"
name = "Workload A"
email = "a@example.com"
organization = "o-aa111bb222"
"#;

const M: &str = "123456789012";
const A: &str = "111111111111";

fn client(account: &str) -> Arc<Client> {
    Client::in_memory_with_world(WORLD.into()).unwrap().as_account(account.into()).unwrap()
}

fn kind(err: &MarketplaneError) -> ErrorKind {
    err.kind().clone()
}

#[test]
fn alternate_contacts_and_error_mapping() {
    let accounts = client(A).accounts();
    let err = accounts.get_alternate_contact(AlternateContactType::Security, None).unwrap_err();
    assert_eq!(kind(&err), ErrorKind::NotFound);
    let contact = AlternateContact {
        alternate_contact_type: AlternateContactType::Operations,
        name: "Mateo Jackson".into(),
        title: "Ops".into(),
        email_address: "mateo@example.com".into(),
        phone_number: "+1(206)555-1234".into(),
    };
    accounts.put_alternate_contact(contact.clone(), None).unwrap();
    assert_eq!(accounts.get_alternate_contact(AlternateContactType::Operations, None).unwrap(), contact);
    let all = accounts.alternate_contacts(None).unwrap();
    assert_eq!((all.billing, all.operations), (None, Some(contact.clone())));

    let bad = AlternateContact { name: "x".repeat(65), email_address: "bad".into(), ..contact };
    let MarketplaneError::Failure { kind: bad_kind, code, field_errors, .. } =
        accounts.put_alternate_contact(bad, None).unwrap_err();
    assert_eq!((bad_kind, code.as_str()), (ErrorKind::Validation, "ValidationException"));
    let names: Vec<_> = field_errors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["Name", "EmailAddress"]);

    // Identifiers are validated by the core, with its field names.
    let err = client(A).as_account("12345".into()).unwrap_err();
    assert_eq!(kind(&err), ErrorKind::Validation);
}

#[test]
fn organizations_mode_and_primary_email() {
    let base = Client::in_memory_with_world(WORLD.into()).unwrap();
    let m = base.as_account(M.into()).unwrap();
    let info = m.accounts().get_account_information(Some(A.into())).unwrap();
    assert_eq!((info.account_id.as_str(), info.account_state), (A, AccountState::Active));
    let status = m.accounts().start_primary_email_update(A.into(), "new-a@example.com".into()).unwrap();
    assert_eq!(status, PrimaryEmailUpdateStatus::Pending);
    let code = base.messages_to("new-a@example.com".into()).unwrap().pop().unwrap().code;
    let status = m.accounts().accept_primary_email_update(A.into(), "new-a@example.com".into(), code).unwrap();
    assert_eq!(status, PrimaryEmailUpdateStatus::Accepted);
    assert_eq!(base.organization_accounts(A.into()).unwrap(), [A, M]);
}

#[test]
fn regions_pages_and_waiters() {
    let regions = client(A).regions();
    let first = regions.list_page(vec![], Some(10), None, None).unwrap();
    assert_eq!(first.regions.len(), 10);
    let second = regions.list_page(vec![], Some(10), first.next_token.clone(), None).unwrap();
    assert_ne!(first.regions[0], second.regions[0]);
    let all = regions.list(vec![], Some(10), None).unwrap();
    assert!(all.len() > 20);
    assert_eq!(regions.get("af-south-1".into(), None).unwrap(), RegionOptStatus::Disabled);
    let fast = WaitOptions {
        timeout: std::time::Duration::from_secs(10),
        initial_delay: std::time::Duration::from_millis(50),
        max_delay: std::time::Duration::from_millis(200),
    };
    assert_eq!(regions.enable_and_wait("af-south-1".into(), fast, None).unwrap(), RegionOptStatus::Enabled);
    let err = regions.get("xx-fake-1".into(), None).unwrap_err();
    assert_eq!(kind(&err), ErrorKind::Validation);
    assert_eq!(default_wait_options().max_delay, std::time::Duration::from_secs(30));
}

#[test]
fn applications_through_the_async_flavour() {
    let client = AsyncClient::in_memory().unwrap().as_account(A.into()).unwrap();
    let apps = client.applications();
    runtime().block_on(async {
        let app = apps
            .create(NewApplication {
                name: "my-app".into(),
                description: "hello".into(),
                author: "user1".into(),
                spdx_license_id: Some("Apache-2.0".into()),
                license_body: None,
                license_url: None,
                readme_body: None,
                readme_url: None,
                labels: vec![],
                home_page_url: None,
                semantic_version: Some("1.0.0".into()),
                source_code_url: None,
                source_code_archive_url: None,
                template_body: Some("Resources: {}".into()),
                template_url: None,
            })
            .await
            .unwrap();
        assert_eq!(app.version.unwrap().semantic_version, "1.0.0");
        let listed = apps.list().await.unwrap();
        assert_eq!(listed.len(), 1);
        let shared = apps.share_with_accounts(app.application_id.clone(), vec![M.into()]).await.unwrap();
        assert_eq!(shared[0].principals, [M]);
        let err = apps.get("arn:aws:serverlessrepo:us-east-1:111111111111:applications/none".into(), None).await;
        assert_eq!(kind(&err.unwrap_err()), ErrorKind::NotFound);
    });
}

#[test]
fn a_panic_through_the_exported_scaffolding_is_an_error() {
    // Called as a foreign caller calls it: the C-ABI scaffolding function with a call status.
    let mut status = uniffi::RustCallStatus::default();
    uniffi_marketplane_ffi_fn_func_debug_panic(&mut status);
    assert_eq!(status.code, uniffi::RustCallStatusCode::Error, "the panic must arrive as MarketplaneError");
    let buf = std::mem::ManuallyDrop::into_inner(status.error_buf);
    let err = <MarketplaneError as uniffi::Lift<crate::UniFfiTag>>::try_lift(buf).unwrap();
    assert_eq!(kind(&err), ErrorKind::Internal);
    assert!(err.to_string().contains("deliberate panic"), "{err}");
}

#[test]
fn a_panic_outside_the_guard_is_still_caught_by_uniffi() {
    let mut status = uniffi::RustCallStatus::default();
    uniffi_marketplane_ffi_fn_func_debug_panic_unguarded(&mut status);
    assert_eq!(status.code, uniffi::RustCallStatusCode::UnexpectedError);
    let buf = std::mem::ManuallyDrop::into_inner(status.error_buf);
    let message = <String as uniffi::Lift<crate::UniFfiTag>>::try_lift(buf).unwrap();
    assert!(message.contains("deliberate panic"), "{message}");
}

const MARKET: &str = r#"
[settings]
change_set_preparation_seconds = 0.05
change_set_application_seconds = 0.05

[[accounts]]
id = "200000000001"
name = "acme-software"

[[accounts]]
id = "100000000002"
name = "buyer"

[[accounts]]
id = "100000000003"
name = "bystander"
"#;

const SELLER: &str = "200000000001";
const BUYER: &str = "100000000002";
const BYSTANDER: &str = "100000000003";

fn change(change_type: &str, entity_id: Option<&str>, details: &str, name: Option<&str>) -> Change {
    Change {
        change_type: change_type.into(),
        entity_type: "SaaSProduct@1.0".into(),
        entity_identifier: entity_id.map(Into::into),
        details_json: details.into(),
        change_name: name.map(Into::into),
        entity_tags: vec![],
    }
}

fn input(changes: Vec<Change>) -> ChangeSetInput {
    ChangeSetInput { changes, change_set_name: None, client_request_token: None, change_set_tags: vec![], intent: None }
}

fn private_offer(product_id: &str) -> OfferSpec {
    OfferSpec {
        product_id: product_id.into(),
        name: Some("Example Corp".into()),
        description: None,
        buyers: vec![BUYER.into()],
        contract: Some(ContractSpec {
            currency: "USD".into(),
            duration: "P12M".into(),
            price: "0".into(),
            grants: [("Users".to_owned(), 10)].into(),
        }),
        usage: None,
        payment_schedule: vec![
            Installment { date: "2099-01-01".into(), amount: "500.00".into() },
            Installment { date: "2099-07-01".into(), amount: "500.00".into() },
        ],
        eula: Some("standard".into()),
        refund_policy: None,
        agreement_duration: None,
        available_until: Some("2099-12-31".into()),
        auto_renew: false,
        draft: false,
        configurable_contract: None,
        variable_payments: None,
    }
}

#[test]
fn catalog_and_discovery_flow() {
    let base = Client::in_memory_with_world(MARKET.into()).unwrap();
    let seller = base.as_account(SELLER.into()).unwrap().catalog();
    let product = "$P.Entity.Identifier";
    let done = seller
        .apply(input(vec![
            change("CreateProduct", None, r#"{"ProductTitle": "Lakehouse Query"}"#, Some("P")),
            change("UpdateInformation", Some(product), r#"{"ShortDescription": "Fast SQL over parquet"}"#, None),
            change("ReleaseProduct", Some(product), "{}", None),
            change("UpdateVisibility", Some(product), r#"{"TargetVisibility": "Public"}"#, None),
        ]))
        .unwrap();
    assert_eq!(done.status, ChangeSetStatus::Succeeded);
    let product_id = done.changes[0].entity_id.clone().unwrap();
    let described = seller.describe_entity(product_id.clone()).unwrap();
    assert!(described.details_json.contains("Lakehouse Query"), "{}", described.details_json);

    let offer_id = seller.publish_offer(private_offer(&product_id)).unwrap();
    let details = seller.offer(offer_id.clone()).unwrap();
    assert_eq!((details.state.as_str(), details.buyer_accounts.clone()), ("Released", vec![BUYER.to_owned()]));
    assert_eq!(details.terms_json.len(), 3, "{:?}", details.terms_json);
    let changes: serde_json::Value = serde_json::from_str(&build_offer(private_offer(&product_id)).unwrap()).unwrap();
    assert_eq!(changes[0]["ChangeType"], "CreateOffer");

    let shared = EntityQuery {
        entity_type: "Offer".into(),
        filters: vec![],
        sort: None,
        ownership_type: Some(OwnershipType::Shared),
        entity_type_filters_json: None,
        entity_type_sort_json: None,
        max_results: None,
    };
    let buyer = base.as_account(BUYER.into()).unwrap();
    let seen = buyer.catalog().list_entities(shared.clone()).unwrap();
    assert_eq!(seen.iter().map(|e| e.entity_id.as_str()).collect::<Vec<_>>(), [offer_id.as_str()]);
    assert!(base.as_account(BYSTANDER.into()).unwrap().catalog().list_entities(shared).unwrap().is_empty());

    let filter = DiscoveryFilter { filter_type: "PRODUCT_ID".into(), filter_values: vec![product_id.clone()] };
    let options = buyer.discovery().purchase_options(vec![filter.clone()]).unwrap();
    let private = options.iter().find(|o| o.purchase_option_id == offer_id).expect("the private offer");
    assert!(private.badges.iter().any(|b| b.badge_type == "PRIVATE_PRICING"), "{:?}", private.badges);
    let bystander = base.as_account(BYSTANDER.into()).unwrap().discovery();
    assert!(bystander.purchase_options(vec![filter]).unwrap().iter().all(|o| o.purchase_option_id != offer_id));

    let search = ListingSearch {
        search_text: Some("parquet".into()),
        filters: vec![],
        facet_types: vec![],
        sort_by: None,
        sort_order: None,
        locale: None,
        max_results: None,
        next_token: None,
    };
    let found = buyer.discovery().search(search).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].listing_name, "Lakehouse Query");
    let listing = buyer.discovery().listing(found[0].listing_id.clone()).unwrap();
    assert_eq!(listing.short_description, "Fast SQL over parquet");
}

#[test]
fn offer_spec_errors_and_failed_change_sets() {
    let bad = OfferSpec {
        buyers: vec!["123".into()],
        contract: Some(ContractSpec {
            currency: "INR".into(),
            duration: "P12M".into(),
            price: "1".into(),
            grants: [("Users".to_owned(), 1)].into(),
        }),
        eula: None,
        available_until: None,
        payment_schedule: vec![],
        auto_renew: true,
        ..private_offer("prod-abc")
    };
    let MarketplaneError::Failure { kind, field_errors, .. } = build_offer(bad.clone()).unwrap_err();
    assert_eq!(kind, ErrorKind::Validation);
    let names: Vec<_> = field_errors.iter().map(|f| f.name.as_str()).collect();
    for field in ["Offer.LegalTerm", "Offer.AutoRenew", "Offer.AvailabilityEndDate"] {
        assert!(names.contains(&field), "{names:?}");
    }
    let base = Client::in_memory_with_world(MARKET.into()).unwrap();
    let seller = base.as_account(SELLER.into()).unwrap().catalog();
    assert_eq!(kind_of(seller.publish_offer(bad)), ErrorKind::Validation);
    // JSON that does not parse is a validation error naming the change.
    let MarketplaneError::Failure { field_errors, .. } =
        seller.start(vec![change("CreateProduct", None, "{nope", None)]).unwrap_err();
    assert_eq!(field_errors[0].name, "ChangeSet[0].DetailsDocument");

    let created = seller.apply(input(vec![change("CreateProduct", None, r#"{"ProductTitle": "P"}"#, None)])).unwrap();
    let product_id = created.changes[0].entity_id.clone().unwrap();
    let broken = vec![change("UpdatePricingTerms", Some(&product_id), "{}", None)];
    let started = seller.start(broken).unwrap();
    let fast = WaitOptions {
        timeout: std::time::Duration::from_secs(10),
        initial_delay: std::time::Duration::from_millis(20),
        max_delay: std::time::Duration::from_millis(100),
    };
    let failed = seller.wait_for_change_set(started.change_set_id, fast).unwrap();
    assert_eq!((failed.status, failed.failure_code), (ChangeSetStatus::Failed, Some(FailureCode::ClientError)));
    assert_eq!(failed.changes[0].error_details[0].error_code, "UNSUPPORTED_CHANGE_TYPE");
    let listed = seller.list_change_sets(vec![]).unwrap();
    assert_eq!(listed.len(), 2);
    let err = seller.apply(input(vec![change("UpdatePricingTerms", Some(&product_id), "{}", None)])).unwrap_err();
    assert!(err.to_string().contains("UNSUPPORTED_CHANGE_TYPE"), "{err}");
}

fn kind_of<T: std::fmt::Debug>(result: Result<T>) -> ErrorKind {
    kind(&result.unwrap_err())
}

#[test]
fn assessments_and_the_async_catalog() {
    let client = AsyncClient::in_memory_with_world(MARKET.into()).unwrap().as_account(SELLER.into()).unwrap();
    let catalog = client.catalog();
    runtime().block_on(async {
        let created = catalog
            .apply(input(vec![
                change("CreateProduct", None, r#"{"ProductTitle": "Graded"}"#, Some("P")),
                change("ReleaseProduct", Some("$P.Entity.Identifier"), "{}", None),
            ]))
            .await
            .unwrap();
        let product_id = created.changes[0].entity_id.clone().unwrap();
        let id = catalog.start_assessment(product_id.clone(), "listing-quality".into()).await.unwrap();
        let assessment = catalog.describe_assessment(id.clone()).await.unwrap();
        assert_eq!(assessment.target_entity_id.as_deref(), Some(product_id.as_str()));
        assert!(!assessment.control_assessments.is_empty());
        let page = catalog.list_assessments(None, Some(product_id), None, None, None).await.unwrap();
        assert_eq!(page.assessments.iter().map(|a| a.assessment_id.as_str()).collect::<Vec<_>>(), [id.as_str()]);
        let search = ListingSearch {
            search_text: Some("graded".into()),
            filters: vec![],
            facet_types: vec![],
            sort_by: None,
            sort_order: None,
            locale: None,
            max_results: None,
            next_token: None,
        };
        // Released but never made Public: only the seller itself finds it.
        assert_eq!(client.discovery().search(search).await.unwrap().len(), 1);
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Marketplace Agreement.

const ORG: &str = r#"
[settings]
change_set_preparation_seconds = 0.05
change_set_application_seconds = 0.05

[[organizations]]
id = "o-aa111bb222"
management_account = "123456789012"

[[accounts]]
id = "123456789012"
organization = "o-aa111bb222"

[[accounts]]
id = "111111111111"
organization = "o-aa111bb222"

[[accounts]]
id = "444444444444"
"#;

const S: &str = "444444444444";
const DAY: u64 = 24 * 3600;

/// A released product of `seller`, and its id.
fn product(seller: &Catalog, title: &str) -> String {
    let product = "$P.Entity.Identifier";
    let done = seller
        .apply(input(vec![
            change("CreateProduct", None, &format!(r#"{{"ProductTitle": "{title}"}}"#), Some("P")),
            change("ReleaseProduct", Some(product), "{}", None),
            change("UpdateVisibility", Some(product), r#"{"TargetVisibility": "Public"}"#, None),
        ]))
        .unwrap();
    done.changes[0].entity_id.clone().unwrap()
}

/// A private offer to `buyer` of a contract the buyer configures: 100.00 a user for a year.
fn per_seat_offer(product_id: &str, buyer: &str) -> OfferSpec {
    OfferSpec {
        buyers: vec![buyer.into()],
        contract: None,
        payment_schedule: vec![],
        configurable_contract: Some(ConfigurableContractSpec {
            currency: "USD".into(),
            duration: "P12M".into(),
            prices: [("Users".to_owned(), "100".to_owned())].into(),
            multiple_dimensions: false,
        }),
        ..private_offer(product_id)
    }
}

fn users(n: i64) -> ContractConfiguration {
    ContractConfiguration {
        selector_value: "P12M".into(),
        dimensions: vec![DimensionQuantity { dimension_key: "Users".into(), dimension_value: n }],
    }
}

fn field_names(err: &MarketplaneError) -> Vec<String> {
    let MarketplaneError::Failure { field_errors, .. } = err;
    field_errors.iter().map(|f| f.name.clone()).collect()
}

#[test]
fn a_buyer_requests_gets_approval_accepts_and_upgrades() {
    let base = Client::in_memory_with_world(ORG.into()).unwrap();
    let (seller, buyer, admin) =
        (base.as_account(S.into()).unwrap(), base.as_account(A.into()).unwrap(), base.as_account(M.into()).unwrap());
    let product_id = product(&seller.catalog(), "Seats");
    let offer_id = seller.catalog().publish_offer(per_seat_offer(&product_id, A)).unwrap();

    let agreements = buyer.agreements();
    let request = agreements.request_offer(offer_id.clone(), Some(users(10)), RequestIntent::New, None).unwrap();
    assert!(request.agreement_request_id.starts_with("ar-"), "{request:?}");
    assert_eq!(request.status, AgreementRequestStatus::Draft);
    let summary = &request.charge_summary;
    assert_eq!(
        (summary.currency_code.as_deref(), summary.new_agreement_value.as_deref()),
        (Some("USD"), Some("1000.00"))
    );
    assert_eq!(summary.expected_charges.len(), 1);
    assert_eq!(summary.expected_charges[0].timing.as_deref(), Some("ON_ACCEPTANCE"));

    // The organization approves before the buyer can accept.
    let approval = agreements.start_approval(request.agreement_request_id.clone(), "Finance".into()).unwrap();
    assert_eq!((approval.status.clone(), approval.name.as_str()), (ApprovalStatus::PendingApproval, "Finance"));
    let early = agreements.accept_with_purchase_order(request.clone(), "PO-1".into()).unwrap_err();
    assert_eq!(kind(&early), ErrorKind::Conflict);
    let pending = admin.agreements().approvals(true, Some(ApprovalStatus::PendingApproval)).unwrap();
    assert_eq!(pending, std::slice::from_ref(&approval));
    admin.agreements().decide_approval(approval.agreement_approval_id.clone(), true, None).unwrap();
    assert_eq!(agreements.approvals(false, None).unwrap()[0].status, ApprovalStatus::Approved);

    let agreement_id = agreements.accept_with_purchase_order(request.clone(), "PO-1".into()).unwrap();
    let agreement = agreements.describe(agreement_id.clone()).unwrap();
    assert_eq!(agreement.status, AgreementStatus::Active);
    assert_eq!(
        (agreement.acceptor.account_id.as_deref(), agreement.proposer.account_id.as_deref()),
        (Some(A), Some(S))
    );
    assert_eq!(agreement.proposal_summary.offer_id.as_deref(), Some(offer_id.as_str()));
    assert_eq!(agreement.proposal_summary.resources[0].id.as_deref(), Some(product_id.as_str()));
    assert_eq!(agreement.estimated_charges.as_ref().unwrap().agreement_value.as_deref(), Some("1000.00"));
    assert!(!agreement.renews);

    let terms = agreements.terms(agreement_id.clone()).unwrap();
    let members: Vec<String> = terms
        .iter()
        .map(|t| {
            let term: serde_json::Map<String, serde_json::Value> = serde_json::from_str(t).unwrap();
            term.keys().cloned().collect::<Vec<_>>().join("+")
        })
        .collect();
    assert_eq!(members, ["configurableUpfrontPricingTerm", "legalTerm"], "{terms:?}");
    let pricing: serde_json::Value = serde_json::from_str(&terms[0]).unwrap();
    assert_eq!(pricing["configurableUpfrontPricingTerm"]["configuration"]["dimensions"][0]["dimensionValue"], 10);
    assert_eq!(agreements.terms_page(agreement_id.clone(), None).unwrap().terms_json, terms);
    let entitlements = agreements.entitlements(agreement_id.clone()).unwrap();
    assert_eq!(entitlements[0].status, "PROVISIONED");
    let by_po = agreements.charges_by_purchase_order().unwrap();
    assert_eq!(by_po.keys().collect::<Vec<_>>(), ["PO-1"]);
    assert_eq!(by_po["PO-1"][0].amount, "1000.00");
    assert_eq!(agreements.total_contract_value().unwrap()["USD"], "1000.00");
    let due = agreements.renewals_due(400 * DAY).unwrap();
    assert_eq!(due.iter().map(|a| a.agreement_id.as_str()).collect::<Vec<_>>(), [agreement_id.as_str()]);
    assert!(agreements.renewals_due(30 * DAY).unwrap().is_empty());

    // Five more seats: an amendment that supersedes the agreement; fewer seats are refused.
    let upgraded = agreements.upgrade(agreement_id.clone(), offer_id.clone(), users(15)).unwrap();
    assert_eq!(agreements.describe(agreement_id.clone()).unwrap().status, AgreementStatus::Superseded);
    assert_eq!(agreements.describe(upgraded.clone()).unwrap().initial_agreement_id, Some(agreement_id));
    let down = agreements
        .request_offer(offer_id.clone(), Some(users(5)), RequestIntent::Amend, Some(upgraded.clone()))
        .unwrap_err();
    assert_eq!(kind(&down), ErrorKind::Validation);
    assert!(down.to_string().contains("CannotReduceEntitlements"), "{down}");

    // The seller asks to cancel, the buyer agrees.
    let asked = seller.agreements().send_cancellation_request(upgraded.clone(), "TEST_AGREEMENT".into(), None).unwrap();
    assert_eq!(asked.status, ApprovalStatus::PendingApproval);
    let answered = agreements
        .answer_cancellation_request(upgraded.clone(), asked.agreement_cancellation_request_id.clone(), true)
        .unwrap();
    assert_eq!(answered.status, ApprovalStatus::Approved);
    assert_eq!(agreements.describe(upgraded.clone()).unwrap().status, AgreementStatus::Cancelled);
    let refs = format!(r#"{{"partyType": "PROPOSER", "agreementId": "{upgraded}"}}"#);
    let listed = seller.agreements().workflow("ListAgreementCancellationRequests".into(), refs).unwrap();
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed["items"][0]["agreementCancellationRequestId"], asked.agreement_cancellation_request_id.as_str());
    let sold = seller
        .agreements()
        .all(vec![AgreementFilter { name: "PartyType".into(), values: vec!["Proposer".into()] }])
        .unwrap();
    assert_eq!(sold.len(), 2);
}

#[test]
fn bad_agreement_input_is_a_typed_error() {
    let base = Client::in_memory_with_world(ORG.into()).unwrap();
    let agreements = base.as_account(A.into()).unwrap().agreements();

    // The core's rules, with its field names.
    let po = PurchaseOrder {
        charge_id: "not a charge id!".into(),
        charge_revision: None,
        agreement_id: None,
        purchase_order_reference: None,
    };
    let err = agreements.accept("req-1".into(), vec![po]).unwrap_err();
    assert_eq!(kind(&err), ErrorKind::Validation);
    assert_eq!(
        field_names(&err),
        ["agreementRequestId", "purchaseOrders[0].chargeId", "purchaseOrders[0].purchaseOrderReference"]
    );
    assert_eq!(kind(&agreements.describe("agmt-doesnotexist".into()).unwrap_err()), ErrorKind::NotFound);
    let err = agreements.accept("ar-doesnotexist".into(), vec![]).unwrap_err();
    assert_eq!(kind(&err), ErrorKind::NotFound);

    // The generic workflow: an unknown operation, an unknown member, JSON that does not parse, a missing member.
    let operations = agreement_workflow_operations();
    assert_eq!(operations.len(), marketplane::operation::AGREEMENT_OPERATIONS.len(), "{operations:?}");
    assert!(operations.iter().any(|op| op == "ListAgreementCancellationRequests"), "{operations:?}");
    let err = agreements.workflow("DropAllAgreements".into(), String::new()).unwrap_err();
    assert_eq!((kind(&err), field_names(&err)), (ErrorKind::Validation, vec!["operation".to_owned()]));
    assert!(err.to_string().contains("GetAgreementRequest"), "{err}");
    let err = agreements
        .workflow(
            "GetAgreementRequest".into(),
            r#"{"agreementRequestId": "ar-1", "agreementRequestID": "ar-1"}"#.into(),
        )
        .unwrap_err();
    assert_eq!(field_names(&err), ["refs.agreementRequestID"]);
    let err = agreements.workflow("GetAgreementRequest".into(), "{nope".into()).unwrap_err();
    assert_eq!(field_names(&err), ["refs"]);
    let err = agreements.workflow("GetAgreementRequest".into(), "[1]".into()).unwrap_err();
    assert_eq!(field_names(&err), ["refs"]);
    let err = agreements.workflow("GetAgreementRequest".into(), "{}".into()).unwrap_err();
    assert_eq!(field_names(&err), ["agreementRequestId"]);
    // Empty members are what the refs leave out anyway: not unknown.
    let listed = agreements.workflow("ListAgreementRequests".into(), r#"{"planInputs": [], "status": null}"#.into());
    let listed: serde_json::Value = serde_json::from_str(&listed.unwrap()).unwrap();
    assert_eq!(listed["items"], serde_json::json!([]));

    let bad = CreateAgreementRequestInput {
        client_token: Some("not a token!".into()),
        intent: RequestIntent::Amend,
        requested_terms: vec![],
        source_agreement_identifier: None,
        agreement_proposal_identifier: Some("offer-1".into()),
        tax_estimation: None,
        acceptor_contact: Some(AcceptorContact {
            first_name: "Mateo".into(),
            last_name: "Jackson".into(),
            email_address: "not an address".into(),
            company_name: "Example Corp".into(),
            country_code: "us".into(),
        }),
    };
    let err = agreements.create_request(bad).unwrap_err();
    assert_eq!(
        field_names(&err),
        [
            "requestedTerms",
            "agreementProposalIdentifier",
            "sourceAgreementIdentifier",
            "clientToken",
            "acceptorContact.emailAddress",
            "acceptorContact.countryCode"
        ]
    );
    // A configuration that is not JSON never leaves the process.
    let bad = CreateAgreementRequestInput {
        client_token: None,
        intent: RequestIntent::New,
        requested_terms: vec![RequestedTerm {
            id: "term-1".into(),
            contract_configuration: None,
            renewal_configuration_json: Some("{".into()),
        }],
        source_agreement_identifier: None,
        agreement_proposal_identifier: Some("ap-1".into()),
        tax_estimation: None,
        acceptor_contact: None,
    };
    let err = agreements.create_request(bad).unwrap_err();
    assert_eq!(field_names(&err), ["requestedTerms[0].configuration.renewalTermConfiguration"]);
}

#[test]
fn usage_agreements_through_the_async_flavour() {
    let base = AsyncClient::in_memory_with_world(ORG.into()).unwrap();
    let (seller, buyer) = (base.as_account(S.into()).unwrap(), base.as_account(A.into()).unwrap());
    runtime().block_on(async {
        let done = seller
            .catalog()
            .apply(input(vec![
                change("CreateProduct", None, r#"{"ProductTitle": "Metered"}"#, Some("P")),
                change("ReleaseProduct", Some("$P.Entity.Identifier"), "{}", None),
                change("UpdateVisibility", Some("$P.Entity.Identifier"), r#"{"TargetVisibility": "Public"}"#, None),
            ]))
            .await
            .unwrap();
        let product_id = done.changes[0].entity_id.clone().unwrap();
        let spec = OfferSpec {
            buyers: vec![],
            contract: None,
            payment_schedule: vec![],
            available_until: None,
            usage: Some(UsageSpec { currency: "USD".into(), prices: [("Users".to_owned(), "0.50".to_owned())].into() }),
            ..private_offer(&product_id)
        };
        let offer_id = seller.catalog().publish_offer(spec).await.unwrap();
        let agreements = buyer.agreements();
        let request = agreements.request_offer(offer_id.clone(), None, RequestIntent::New, None).await.unwrap();
        assert!(request.charge_summary.expected_charges.is_empty());
        let agreement_id = agreements.accept(request.agreement_request_id, vec![]).await.unwrap();
        assert_eq!(agreements.describe(agreement_id.clone()).await.unwrap().end_time, None);
        agreements.cancel(agreement_id.clone()).await.unwrap();
        assert_eq!(kind(&agreements.cancel(agreement_id.clone()).await.unwrap_err()), ErrorKind::Conflict);

        let filter = |name: &str, value: &str| AgreementFilter { name: name.into(), values: vec![value.into()] };
        let search = AgreementSearch {
            filters: vec![filter("PartyType", "Acceptor"), filter("Status", "CANCELLED")],
            sort_by: Some("EndTime".into()),
            sort_order: Some(SortOrder::Descending),
            max_results: Some(10),
            next_token: None,
        };
        let page = agreements.search_page(search).await.unwrap();
        assert_eq!(
            page.agreements.iter().map(|a| a.agreement_id.as_str()).collect::<Vec<_>>(),
            [agreement_id.as_str()]
        );
        assert_eq!(page.agreements[0].status, AgreementStatus::Cancelled);
        assert!(agreements.all(vec![filter("Status", "ACTIVE")]).await.unwrap().is_empty());
        assert_eq!(agreements.all(vec![filter("OfferId", &offer_id)]).await.unwrap().len(), 1);
        assert!(agreements.charges(Some(agreement_id.clone())).await.unwrap().is_empty());
        let page = agreements.charges_page(None, None).await.unwrap();
        assert!(page.charges.is_empty() && page.next_token.is_none());
        let err = agreements.all(vec![filter("Colour", "blue")]).await.unwrap_err();
        assert_eq!(kind(&err), ErrorKind::Validation);
    });
}

#[test]
fn sellers_request_variable_payments_and_buyers_answer() {
    let base = Client::in_memory_with_world(ORG.into()).unwrap();
    let (seller, buyer) = (base.as_account(S.into()).unwrap(), base.as_account(A.into()).unwrap());
    let product_id = product(&seller.catalog(), "Services");
    let spec = OfferSpec {
        buyers: vec![A.into()],
        payment_schedule: vec![],
        variable_payments: Some(VariablePaymentsSpec {
            max_total: "5000.00".into(),
            approve_on_expiry: false,
            expiration_days: 7,
        }),
        ..private_offer(&product_id)
    };
    let offer_id = seller.catalog().publish_offer(spec).unwrap();
    // The buyer takes what request_offer would send, asks for estimated taxes and leaves its contact for the seller.
    let contact = AcceptorContact {
        first_name: "Mateo".into(),
        last_name: "Jackson".into(),
        email_address: "mateo@example.com".into(),
        company_name: "Example Corp".into(),
        country_code: "US".into(),
    };
    let agreements = buyer.agreements();
    let mut input = agreements.offer_request(offer_id.clone(), None, RequestIntent::New, None).unwrap();
    let term_count = buyer.discovery().offer_terms(offer_id).unwrap().len();
    assert_eq!(input.requested_terms.len(), term_count, "every term of the offer");
    input.tax_estimation = Some("ENABLED".into());
    input.acceptor_contact = Some(contact.clone());
    let request = agreements.create_request(input).unwrap();
    let taxes = request.charge_summary.estimated_taxes.clone().expect("taxes were asked for");
    assert_eq!(taxes.total_amount.as_deref(), Some("0.00"), "no rate configured for US");
    assert_eq!(request.charge_summary.new_agreement_value.as_deref(), Some("0.00"));
    let agreement_id = agreements.accept(request.agreement_request_id, vec![]).unwrap();
    let term_id = agreements
        .terms(agreement_id.clone())
        .unwrap()
        .iter()
        .map(|t| serde_json::from_str::<serde_json::Value>(t).unwrap())
        .find_map(|t| t["variablePaymentTerm"]["id"].as_str().map(str::to_owned))
        .expect("a variable payment term");

    let (sales, purchases) = (seller.agreements(), buyer.agreements());
    let sent = sales
        .send_payment_request(agreement_id.clone(), term_id.clone(), "Extra seats".into(), "3000".into(), None)
        .unwrap();
    assert_eq!(sent.charge_amount, "3000.00");
    let pending = purchases.payment_request(agreement_id.clone(), sent.payment_request_id.clone()).unwrap();
    assert_eq!(pending.status, PaymentRequestStatus::PendingApproval);
    assert_eq!(purchases.payment_requests(false, Some(agreement_id.clone())).unwrap(), [pending]);
    let approved = purchases
        .answer_payment_request(
            agreement_id.clone(),
            sent.payment_request_id.clone(),
            true,
            Some("PO-VAR-1".into()),
            None,
        )
        .unwrap();
    assert_eq!(approved.status, PaymentRequestStatus::Approved);
    let charge_id = approved.charge_id.clone().expect("an approved request is charged");
    let charges = purchases.charges(Some(agreement_id.clone())).unwrap();
    let charge = charges.iter().find(|c| c.id == charge_id).expect("the payment's charge");
    assert_eq!((charge.amount.as_str(), charge.purchase_order_reference.as_deref()), ("3000.00", Some("PO-VAR-1")));

    let rejected = sales
        .send_payment_request(agreement_id.clone(), term_id.clone(), "More seats".into(), "500".into(), None)
        .unwrap();
    let rejected = purchases
        .answer_payment_request(agreement_id.clone(), rejected.payment_request_id, false, None, Some("No".into()))
        .unwrap();
    assert_eq!(rejected.status, PaymentRequestStatus::Rejected);
    let withdrawn = sales
        .send_payment_request(agreement_id.clone(), term_id.clone(), "Onboarding".into(), "100".into(), None)
        .unwrap();
    let err = purchases.cancel_payment_request(agreement_id.clone(), withdrawn.payment_request_id.clone()).unwrap_err();
    assert_eq!(kind(&err), ErrorKind::AccessDenied);
    let cancelled = sales.cancel_payment_request(agreement_id.clone(), withdrawn.payment_request_id).unwrap();
    assert_eq!(cancelled.status, PaymentRequestStatus::Cancelled);
    assert_eq!(sales.payment_requests(true, None).unwrap().len(), 3);
    let err = sales.send_payment_request(agreement_id.clone(), term_id, "Tiny".into(), "1".into(), None).unwrap_err();
    assert_eq!(field_names(&err), ["name"]);

    // The approved request is invoiced under its charge's id.
    let invoices: Vec<serde_json::Value> =
        purchases.invoices(agreement_id.clone()).unwrap().iter().map(|i| serde_json::from_str(i).unwrap()).collect();
    assert!(invoices.iter().any(|i| i["invoiceId"] == charge_id.as_str()), "{invoices:?}");
    assert_eq!(sales.acceptor_contact(agreement_id).unwrap(), Some(contact));
}
