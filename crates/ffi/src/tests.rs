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
