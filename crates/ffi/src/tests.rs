//! The exported surface, called from Rust: flows on the local backend through both flavours, the panic guard, bad
//! identifiers caught at the boundary, and a check that the exported surface covers the core's facade.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use marketplane::facade::WaitOptions;
use marketplane::model::account::*;
use marketplane::model::agreement::*;
use marketplane::model::catalog::changes::{self as ch, TypedDetails};
use marketplane::model::catalog::offer::{ContractSpec, Installment, OfferSpec, UsageSpec, VariablePaymentsSpec};
use marketplane::model::catalog::private_marketplace::*;
use marketplane::model::catalog::*;
use marketplane::model::discovery::*;
use marketplane::model::region::RegionOptStatus;
use marketplane::model::serverless::*;
use marketplane::operation::catalog::*;
use marketplane::ErrorKind;
use serde_json::{json, Value};
use uniffi::{Lift, Lower, RustBuffer, RustCallStatus, RustCallStatusCode};

use super::*;
use crate::helpers::{build_offer, typed_change};

const ORG: &str = r#"
[settings]
region_transition_seconds = 0.2
change_set_preparation_seconds = 0.05
change_set_application_seconds = 0.05

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

[[accounts]]
id = "444444444444"
name = "Seller"

[[accounts]]
id = "100000000003"
name = "Bystander"
"#;

/// The management account, a member (the buyer), a standalone seller and a bystander.
const M: &str = "123456789012";
const A: &str = "111111111111";
const S: &str = "444444444444";
const BYSTANDER: &str = "100000000003";
const DAY: Duration = Duration::from_secs(24 * 3600);

fn id(text: &str) -> AccountId {
    text.parse().unwrap()
}

fn base() -> Arc<Client> {
    Client::in_memory_with_world(ORG.into()).unwrap()
}

fn client(account: &str) -> Arc<Client> {
    base().as_account(id(account)).unwrap()
}

fn kind<T: std::fmt::Debug>(result: Result<T>) -> ErrorKind {
    result.unwrap_err().kind()
}

fn field_names(err: &MarketplaneError) -> Vec<String> {
    let MarketplaneError::Failure { field_errors, .. } = err;
    field_errors.iter().map(|f| f.name.clone()).collect()
}

fn fast(timeout: Duration) -> WaitOptions {
    WaitOptions::default()
        .with_timeout(timeout)
        .with_initial_delay(Duration::from_millis(20))
        .with_max_delay(Duration::from_millis(100))
}

fn wait<T>(work: impl Future<Output = T>) -> T {
    runtime().block_on(work)
}

// ---------------------------------------------------------------------------------------------------------------
// Account Management and regions.

#[test]
fn alternate_contacts_and_error_mapping() {
    let accounts = client(A).accounts();
    let security = GetAlternateContactInput::new(AlternateContactType::Security);
    let err = accounts.get_alternate_contact(security).unwrap_err();
    let MarketplaneError::Failure { kind, code, .. } = &err;
    assert_eq!((*kind, code.as_str()), (ErrorKind::NotFound, "ResourceNotFoundException"));
    let contact = AlternateContact::new(
        AlternateContactType::Operations,
        "Mateo Jackson",
        "Ops",
        "mateo@example.com",
        "+1(206)555-1234",
    );
    accounts.put_alternate_contact(PutAlternateContactInput::new(contact.clone())).unwrap();
    let operations = GetAlternateContactInput::new(AlternateContactType::Operations);
    assert_eq!(accounts.get_alternate_contact(operations).unwrap(), contact);
    let all = accounts.alternate_contacts(None).unwrap();
    assert_eq!((all.billing, all.operations), (None, Some(contact.clone())));

    let bad = contact.with_name("x".repeat(65)).with_email_address("bad");
    let err = accounts.put_alternate_contact(PutAlternateContactInput::new(bad)).unwrap_err();
    assert_eq!((err.kind(), field_names(&err)), (ErrorKind::Validation, vec!["Name".into(), "EmailAddress".into()]));
    assert!(err.to_string().starts_with("ValidationException: "), "{err}");
}

#[test]
fn organizations_mode_and_primary_email() {
    let base = base();
    let m = base.as_account(id(M)).unwrap();
    assert_eq!(m.caller(), Some(id(M)));
    let info = m.accounts().get_account_information(GetAccountInformationInput::default().with_account_id(id(A)));
    let info = info.unwrap();
    assert_eq!((info.account_id.as_str(), info.account_state), (A, AccountState::Active));
    let start = StartPrimaryEmailUpdateInput::new(id(A), "new-a@example.com");
    assert_eq!(m.accounts().start_primary_email_update(start).unwrap(), PrimaryEmailUpdateStatus::Pending);
    let otp = base.messages_to("new-a@example.com".into()).unwrap().pop().unwrap().code;
    let accept = AcceptPrimaryEmailUpdateInput::new(id(A), "new-a@example.com", otp);
    assert_eq!(m.accounts().accept_primary_email_update(accept).unwrap(), PrimaryEmailUpdateStatus::Accepted);
    assert_eq!(base.organization_accounts(id(A)).unwrap(), [id(A), id(M)]);
}

#[test]
fn regions_pages_and_waiters() {
    let accounts = client(A).accounts();
    let first = accounts.list_regions(ListRegionsInput::new().with_max_results(10)).unwrap();
    assert_eq!(first.regions.len(), 10);
    let next = ListRegionsInput::new().with_max_results(10).with_next_token(first.next_token.clone().unwrap());
    let second = accounts.list_regions(next).unwrap();
    assert_ne!(first.regions[0], second.regions[0]);
    let af = || GetRegionOptStatusInput::new("af-south-1".parse().unwrap());
    assert_eq!(accounts.get_region_opt_status(af()).unwrap().region_opt_status, RegionOptStatus::Disabled);
    let region = "af-south-1".parse::<marketplane::model::RegionName>().unwrap();
    assert_eq!(accounts.ensure_enabled(region.clone(), None).unwrap(), RegionOptStatus::Enabling);
    let enabled = accounts.enable_and_wait(region.clone(), fast(Duration::from_secs(10)), None).unwrap();
    assert_eq!(enabled, RegionOptStatus::Enabled);
    let err = accounts.enable_region(EnableRegionInput::new(region.clone())).unwrap_err();
    let MarketplaneError::Failure { reason, .. } = &err;
    assert_eq!((err.kind(), reason.as_deref()), (ErrorKind::Validation, Some("invalidRegionOptTarget")));
    let timeout = fast(Duration::from_millis(50));
    assert_eq!(kind(accounts.enable_and_wait("me-south-1".parse().unwrap(), timeout, None)), ErrorKind::Timeout);
    assert_eq!(default_wait_options().max_delay, Duration::from_secs(30));

    // One account's failure does not stop the others.
    let m = client(M).accounts();
    let outcomes = m.enable_and_wait_for_accounts(region, vec![id(M), id(S)], fast(Duration::from_secs(10)));
    let outcomes = outcomes.unwrap();
    assert_eq!(outcomes[0].status, Some(RegionOptStatus::Enabled));
    assert_eq!(outcomes[1].error.as_ref().map(MarketplaneError::kind), Some(ErrorKind::AccessDenied));
}

/// A call through the exported C function, as a foreign caller makes it: the status and what came back.
fn status_of(call: impl FnOnce(&mut RustCallStatus) -> RustBuffer) -> (RustCallStatusCode, RustBuffer) {
    let mut status = RustCallStatus::default();
    let returned = call(&mut status);
    let error = std::mem::ManuallyDrop::into_inner(status.error_buf);
    let code = status.code;
    let buf = if code == RustCallStatusCode::Success { returned } else { error };
    (code, buf)
}

fn lift_error(buf: RustBuffer) -> MarketplaneError {
    <MarketplaneError as Lift<crate::UniFfiTag>>::try_lift(buf).unwrap()
}

#[test]
fn bad_identifiers_are_validation_errors_naming_the_field() {
    // A malformed account id, given as an argument: the custom type's check answers the call's own error.
    let handle = <Arc<Client> as Lower<crate::UniFfiTag>>::lower(base());
    let account = <String as Lower<crate::UniFfiTag>>::lower("12345".into());
    let (code, buf) = status_of(|status| {
        uniffi_marketplane_ffi_fn_method_client_as_account(handle, account, status);
        RustBuffer::new()
    });
    assert_eq!(code, RustCallStatusCode::Error, "a bad id must arrive as MarketplaneError");
    let err = lift_error(buf);
    assert_eq!((err.kind(), field_names(&err)), (ErrorKind::Validation, vec!["AccountId".to_owned()]));

    // A malformed region name inside an input record (serialized as the bindings do: a length-prefixed string,
    // then the absent optional account id).
    let accounts = <Arc<Accounts> as Lower<crate::UniFfiTag>>::lower(client(S).accounts());
    let mut input = Vec::new();
    let name = "x".repeat(51);
    input.extend_from_slice(&i32::try_from(name.len()).unwrap().to_be_bytes());
    input.extend_from_slice(name.as_bytes());
    input.push(0);
    let (code, buf) = status_of(|status| {
        uniffi_marketplane_ffi_fn_method_accounts_get_region_opt_status(accounts, RustBuffer::from_vec(input), status)
    });
    assert_eq!(code, RustCallStatusCode::Error);
    let err = lift_error(buf);
    assert_eq!((err.kind(), field_names(&err)), (ErrorKind::Validation, vec!["RegionName".to_owned()]));
}

#[test]
fn a_panic_through_the_exported_scaffolding_is_an_error() {
    let (code, buf) = status_of(|status| {
        uniffi_marketplane_ffi_fn_func_debug_panic(status);
        RustBuffer::new()
    });
    assert_eq!(code, RustCallStatusCode::Error, "the panic must arrive as MarketplaneError");
    let err = lift_error(buf);
    assert_eq!(err.kind(), ErrorKind::Internal);
    assert!(err.to_string().contains("deliberate panic"), "{err}");
}

#[test]
fn a_panic_outside_the_guard_is_still_caught_by_uniffi() {
    let (code, buf) = status_of(|status| {
        uniffi_marketplane_ffi_fn_func_debug_panic_unguarded(status);
        RustBuffer::new()
    });
    assert_eq!(code, RustCallStatusCode::UnexpectedError);
    let message = <String as Lift<crate::UniFfiTag>>::try_lift(buf).unwrap();
    assert!(message.contains("deliberate panic"), "{message}");
}

// ---------------------------------------------------------------------------------------------------------------
// The Serverless Application Repository.

#[test]
fn applications_through_the_async_flavour() {
    let client = AsyncClient::in_memory().unwrap().as_account(id(A)).unwrap();
    let apps = client.applications();
    wait(async {
        let new = NewApplication::new("my-app", "hello", "user1")
            .with_spdx_license_id("MIT")
            .with_license_body("MIT License")
            .with_semantic_version("1.0.0")
            .with_source_code_url("https://example.com/src")
            .with_template_body("Resources: {}");
        let app = apps.create_application(new).await.unwrap();
        assert_eq!(app.version.unwrap().semantic_version, "1.0.0");
        let listed = apps.list_applications(ListApplicationsInput::default()).await.unwrap();
        assert_eq!((listed.applications.len(), listed.next_token), (1, None));
        let shared = apps.share_with_accounts(app.application_id.clone().into(), vec![id(M)]).await.unwrap();
        assert_eq!(shared[0].principals, [Principal::Account(id(M))]);
        let public = apps.make_public(app.application_id.clone().into()).await.unwrap();
        assert_eq!(public[0].principals, [Principal::Everyone]);
        let none = GetApplicationInput::new("arn:aws:serverlessrepo:us-east-1:111111111111:applications/none");
        assert_eq!(apps.get_application(none).await.unwrap_err().kind(), ErrorKind::NotFound);
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Marketplace Catalog and Discovery.

fn change(change_type: &str, entity_type: EntityType, entity: Option<&str>, details: Value) -> Change {
    let entity = match entity {
        Some(id) => EntityRef::existing(entity_type, id),
        None => EntityRef::new(entity_type),
    };
    Change::raw(change_type, entity, details)
}

/// A released, public SaaS product of `catalog`'s caller, and its id.
fn product(catalog: &Catalog, title: &str) -> String {
    let product = Some("$P.Entity.Identifier");
    let done = catalog
        .apply(StartChangeSetInput::new(vec![
            change("CreateProduct", EntityType::SaaSProduct, None, json!({"ProductTitle": title})).named("P"),
            change("UpdateInformation", EntityType::SaaSProduct, product, json!({"ShortDescription": "Fast SQL"})),
            change("ReleaseProduct", EntityType::SaaSProduct, product, json!({})),
            change("UpdateVisibility", EntityType::SaaSProduct, product, json!({"TargetVisibility": "Public"})),
        ]))
        .unwrap();
    assert_eq!(done.status, ChangeSetStatus::Succeeded);
    done.entity_id_of("P").unwrap().to_owned()
}

fn private_offer(product_id: &str) -> OfferSpec {
    OfferSpec::new(product_id)
        .with_name("Example Corp")
        .with_buyers(vec![A.into()])
        .with_contract(ContractSpec::new("USD", "P12M", "0").with_grants([("Users".to_owned(), 10)]))
        .with_payment_schedule(vec![Installment::new("2099-01-01", "500.00"), Installment::new("2099-07-01", "500.00")])
        .with_eula("standard")
        .with_available_until("2099-12-31")
        .with_auto_renew(false)
        .with_draft(false)
}

#[test]
fn catalog_and_discovery_flow() {
    let base = base();
    let seller = base.as_account(id(S)).unwrap().catalog();
    let product_id = product(&seller, "Lakehouse Query");
    let described = seller.describe_entity(DescribeEntityInput::new(product_id.clone())).unwrap();
    assert_eq!(described.details_document.unwrap()["Description"]["ProductTitle"], "Lakehouse Query");

    let offer_id = seller.publish_offer(private_offer(&product_id)).unwrap();
    let details = seller.offer(offer_id.clone()).unwrap();
    assert_eq!((details.state.as_str(), details.buyer_accounts()), ("Released", vec![A.to_owned()]));
    assert_eq!(details.terms.len(), 3, "{:?}", details.terms);
    let changes = build_offer(private_offer(&product_id)).unwrap();
    assert_eq!(changes[0].change_type, "CreateOffer");

    let shared = marketplane::facade::Catalog::entities_of("Offer").with_ownership_type(OwnershipType::Shared);
    let buyer = base.as_account(id(A)).unwrap();
    let seen = buyer.catalog().list_entities(shared.clone()).unwrap().entity_summary_list;
    assert_eq!(seen.iter().map(|e| e.entity_id.as_str()).collect::<Vec<_>>(), [offer_id.as_str()]);
    let bystander = base.as_account(id(BYSTANDER)).unwrap();
    assert!(bystander.catalog().list_entities(shared).unwrap().entity_summary_list.is_empty());

    let by_product = ListPurchaseOptionsInput::new(vec![DiscoveryFilter::new("PRODUCT_ID", [product_id.clone()])]);
    let options = buyer.discovery().list_purchase_options(by_product.clone()).unwrap().purchase_options;
    let private = options.iter().find(|o| o.purchase_option_id == offer_id).expect("the private offer");
    assert!(private.badges.iter().any(|b| b.badge_type == "PRIVATE_PRICING"), "{:?}", private.badges);
    let theirs = bystander.discovery().list_purchase_options(by_product).unwrap().purchase_options;
    assert!(theirs.iter().all(|o| o.purchase_option_id != offer_id));
    assert!(!buyer.discovery().all_offer_terms(offer_id).unwrap().is_empty());

    let found = buyer.discovery().search_listings(SearchListingsInput::new(Some("lakehouse".into()))).unwrap();
    assert_eq!(found.listing_summaries.len(), 1);
    assert_eq!(found.listing_summaries[0].listing_name, "Lakehouse Query");
    let listing_id = found.listing_summaries[0].listing_id.clone();
    let listing = buyer.discovery().get_listing(GetListingInput::new(listing_id)).unwrap();
    assert_eq!(listing.short_description, "Fast SQL");
}

#[test]
fn typed_changes_build_a_product_and_its_offer() {
    let seller = client(S).catalog();
    let product = EntityRef::created_by(EntityType::SaaSProduct, "P");
    let dimension = ch::Dimension::new("Users", "Users")
        .with_types(vec!["Entitled".to_owned()])
        .with_description("Seats")
        .with_unit("Users");
    let changes = vec![
        typed_change(
            EntityRef::new(EntityType::SaaSProduct),
            TypedDetails::CreateProduct(ch::CreateProduct::default().with_product_title("Typed")),
        )
        .unwrap()
        .named("P"),
        typed_change(
            product.clone(),
            TypedDetails::AddDimensions(ch::AddDimensions::default().with_dimensions(vec![dimension])),
        )
        .unwrap(),
        typed_change(product, TypedDetails::ReleaseProduct(ch::ReleaseProduct::default())).unwrap(),
        typed_change(
            EntityRef::new(EntityType::Offer),
            TypedDetails::CreateOffer(
                ch::CreateOffer::default().with_product_id("$P.Entity.Identifier").with_name("Typed offer"),
            ),
        )
        .unwrap()
        .named("O"),
    ];
    let done = seller.apply(StartChangeSetInput::new(changes)).unwrap();
    assert_eq!(done.status, ChangeSetStatus::Succeeded, "{done:?}");
    let product_id = done.entity_id_of("P").unwrap().to_owned();
    let described = seller.describe_entity(DescribeEntityInput::new(product_id.clone())).unwrap();
    let details = described.details_document.unwrap();
    assert_eq!(details["Dimensions"][0]["Key"], "Users");
    assert_eq!(details["Description"]["Visibility"], "Limited");
    let offer_id = done.entity_id_of("O").unwrap().to_owned();
    let offer = seller.describe_entity(DescribeEntityInput::new(offer_id)).unwrap();
    assert_eq!(offer.details_document.unwrap()["ProductId"], json!(product_id));

    // Checked before anything is sent, by the engine's rules and names; and only on an entity type that takes it.
    let bad = ch::AddDimensions::default().with_dimensions(vec![ch::Dimension::new("no spaces", "Users")]);
    let err = typed_change(EntityRef::existing(EntityType::SaaSProduct, &product_id), TypedDetails::AddDimensions(bad))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(
        field_names(&err),
        [
            "DetailsDocument[0].Key",
            "DetailsDocument[0].Description",
            "DetailsDocument[0].Unit",
            "DetailsDocument[0].Types"
        ]
    );
    let release_offer = typed_change(
        EntityRef::existing(EntityType::SaaSProduct, &product_id),
        TypedDetails::ReleaseOffer(ch::ReleaseOffer::default()),
    );
    assert_eq!(field_names(&release_offer.unwrap_err()), ["Entity.Type"]);
}

#[test]
fn offer_spec_errors_and_failed_change_sets() {
    let mut bad = private_offer("prod-abc")
        .with_buyers(["123".to_owned()])
        .with_contract(ContractSpec::new("INR", "P12M", "1").with_grants([("Users".to_owned(), 1)]))
        .with_payment_schedule([])
        .with_auto_renew(true);
    bad.eula = None;
    bad.available_until = None;
    let err = build_offer(bad.clone()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    let names = field_names(&err);
    for field in ["Offer.LegalTerm", "Offer.AutoRenew", "Offer.AvailabilityEndDate"] {
        assert!(names.iter().any(|n| n == field), "{names:?}");
    }
    let seller = client(S).catalog();
    assert_eq!(kind(seller.publish_offer(bad)), ErrorKind::Validation);
    // Details text that is not a JSON object is a validation error naming the change.
    let mut not_json = change("CreateProduct", EntityType::SaaSProduct, None, json!({}));
    (not_json.details, not_json.details_document) = (Some("{nope".into()), None);
    let err = seller.start_change_set(StartChangeSetInput::new(vec![not_json])).unwrap_err();
    assert_eq!(field_names(&err), ["ChangeSet[0].Details"]);

    let create = change("CreateProduct", EntityType::SaaSProduct, None, json!({"ProductTitle": "P"}));
    let created = seller.apply(StartChangeSetInput::new(vec![create])).unwrap();
    let product_id = strip_revision(created.changes[0].entity.identifier.as_deref().unwrap()).to_owned();
    let pricing = || vec![change("UpdatePricingTerms", EntityType::SaaSProduct, Some(&product_id), json!({}))];
    let started = seller.start_change_set(StartChangeSetInput::new(pricing())).unwrap();
    let failed = seller.wait_for_change_set(started.change_set_id.into(), fast(Duration::from_secs(10))).unwrap();
    assert_eq!((failed.status, failed.failure_code), (ChangeSetStatus::Failed, Some(FailureCode::ClientError)));
    assert_eq!(failed.changes[0].error_detail_list[0].error_code, "UNSUPPORTED_CHANGE_TYPE");
    let listed = seller.list_change_sets(ListChangeSetsInput::default().with_catalog(CATALOG)).unwrap();
    assert_eq!(listed.change_set_summary_list.len(), 2);
    let err = seller.apply(StartChangeSetInput::new(pricing())).unwrap_err();
    assert!(err.to_string().contains("UNSUPPORTED_CHANGE_TYPE"), "{err}");
}

#[test]
fn assessments_tags_and_the_async_catalog() {
    let client = AsyncClient::in_memory_with_world(ORG.into()).unwrap().as_account(id(S)).unwrap();
    let catalog = client.catalog();
    wait(async {
        let created = catalog
            .apply(StartChangeSetInput::new(vec![
                change("CreateProduct", EntityType::SaaSProduct, None, json!({"ProductTitle": "Graded"})).named("P"),
                change("ReleaseProduct", EntityType::SaaSProduct, Some("$P.Entity.Identifier"), json!({})),
            ]))
            .await
            .unwrap();
        let product_id = created.entity_id_of("P").unwrap().to_owned();
        let start = StartAssessmentInput::new(CATALOG, "listing-quality", product_id.clone());
        let assessment_id = catalog.start_assessment(start).await.unwrap();
        let described =
            catalog.describe_assessment(DescribeAssessmentInput::new(CATALOG, assessment_id.clone())).await.unwrap();
        let assessment = described.assessment;
        assert_eq!(assessment.assessment_target_summary.entity_id.as_deref(), Some(product_id.as_str()));
        assert!(!assessment.control_assessments.is_empty());
        let listed = catalog.list_assessments(ListAssessmentsInput::default().with_catalog(CATALOG)).await.unwrap();
        let ids: Vec<_> = listed.assessment_summary_list.iter().map(|a| a.assessment_id.as_str()).collect();
        assert_eq!(ids, [assessment_id.as_str()]);

        let arn = catalog.describe_entity(DescribeEntityInput::new(product_id)).await.unwrap().entity_arn;
        let tags = vec![Tag::new("team", "growth"), Tag::new("tier", "1")];
        catalog.tag_resource(TagResourceInput::new(arn.clone()).with_tags(tags)).await.unwrap();
        catalog
            .untag_resource(UntagResourceInput::new(arn.clone()).with_tag_keys(vec!["tier".to_owned()]))
            .await
            .unwrap();
        let listed = catalog.list_tags_for_resource(ListTagsForResourceInput::new(arn)).await.unwrap();
        assert_eq!(listed.tags, [Tag::new("team", "growth")]);

        // Released but never made Public: only the seller itself finds it.
        let search = SearchListingsInput::new(Some("graded".into()));
        assert_eq!(client.discovery().search_listings(search).await.unwrap().listing_summaries.len(), 1);
    });
}

#[test]
fn private_marketplace_requests() {
    let base = base();
    let wanted = product(&base.as_account(id(S)).unwrap().catalog(), "Wanted");
    let (user, admin) = (base.as_account(id(A)).unwrap().catalog(), base.as_account(id(M)).unwrap().catalog());
    let experience = |change_type: &str, details: Value| {
        change(change_type, EntityType::Experience, Some("$E.Entity.Identifier"), details)
    };
    admin
        .apply(StartChangeSetInput::new(vec![
            change("CreateExperience", EntityType::Experience, None, json!({"Name": "Engineering"})).named("E"),
            experience("AssociateAudience", json!({"Principals": [A]})),
            experience("UpdateExperience", json!({"Status": "Enabled"})),
        ]))
        .unwrap();
    let status = user.get_procurement_status(GetProcurementStatusInput::new(wanted.clone())).unwrap();
    assert!(status.live && !status.procurable, "{status:?}");
    let request = user.create_product_request(CreateProductRequestInput::new(wanted.clone())).unwrap();
    let pending = admin.list_product_requests(ListProductRequestsInput::new()).unwrap();
    assert_eq!(pending, std::slice::from_ref(&request));
    let approve = || ApproveProductRequestInput::new(request.request_id.clone());
    assert_eq!(admin.approve_product_request(approve()).unwrap().status, ProductRequestStatus::Approved);
    assert_eq!(kind(admin.approve_product_request(approve())), ErrorKind::Conflict);
}

// ---------------------------------------------------------------------------------------------------------------
// Marketplace Agreement.

/// A private offer to the buyer of a contract it configures: 100.00 a user for a year.
fn per_seat_offer(product_id: &str) -> OfferSpec {
    let mut spec = private_offer(product_id).with_payment_schedule([]).with_configurable_contract(
        marketplane::model::catalog::offer::ConfigurableContractSpec::new("USD", "P12M")
            .with_prices([("Users".to_owned(), "100".to_owned())])
            .with_multiple_dimensions(false),
    );
    spec.contract = None;
    spec
}

fn users(n: i64) -> ContractConfiguration {
    ContractConfiguration::new("P12M").with_dimensions(vec![DimensionQuantity::new("Users", n)])
}

/// Each term by its union member (`configurableUpfrontPricingTerm`, ...).
fn members(terms: &[OfferTerm]) -> Vec<String> {
    terms.iter().map(|t| t.0.keys().cloned().collect::<Vec<_>>().join("+")).collect()
}

#[test]
fn a_buyer_requests_gets_approval_accepts_and_upgrades() {
    let base = base();
    let (seller, buyer, admin) =
        (base.as_account(id(S)).unwrap(), base.as_account(id(A)).unwrap(), base.as_account(id(M)).unwrap());
    let product_id = product(&seller.catalog(), "Seats");
    let offer_id = seller.catalog().publish_offer(per_seat_offer(&product_id)).unwrap();

    let agreements = buyer.agreements();
    let request = agreements.request_offer(offer_id.clone(), Some(users(10)), RequestIntent::New, None).unwrap();
    assert!(request.agreement_request_id.starts_with("ar-"), "{request:?}");
    assert_eq!(request.status, AgreementRequestStatus::Draft);
    let summary = &request.charge_summary;
    assert_eq!(
        (summary.currency_code.as_deref(), summary.new_agreement_value.as_deref()),
        (Some("USD"), Some("1000.00"))
    );
    assert_eq!(summary.expected_charges[0].timing.as_deref(), Some("ON_ACCEPTANCE"));

    // The organization approves before the buyer can accept.
    let approval = agreements.start_approval(request.agreement_request_id.clone(), "Finance".into()).unwrap();
    assert_eq!((approval.status.clone(), approval.name.as_str()), (ApprovalStatus::PendingApproval, "Finance"));
    assert_eq!(kind(agreements.accept_with_purchase_order(request.clone(), "PO-1".into())), ErrorKind::Conflict);
    let pending = admin.agreements().approvals(true, Some(ApprovalStatus::PendingApproval)).unwrap();
    assert_eq!(pending, std::slice::from_ref(&approval));
    admin.agreements().decide_approval(approval.agreement_approval_id.clone(), true, None).unwrap();
    assert_eq!(agreements.approvals(false, None).unwrap()[0].status, ApprovalStatus::Approved);
    let detail = agreements.get_agreement_request(GetAgreementRequestInput::new(&request.agreement_request_id));
    assert_eq!(detail.unwrap().request.status, AgreementRequestStatus::Approved);

    let agreement_id = agreements.accept_with_purchase_order(request.clone(), "PO-1".into()).unwrap();
    let describe = |agreement_id: &str| agreements.describe_agreement(DescribeAgreementInput::new(agreement_id));
    let agreement = describe(&agreement_id).unwrap();
    assert_eq!(agreement.status, AgreementStatus::Active);
    assert_eq!(
        (agreement.acceptor.account_id.as_deref(), agreement.proposer.account_id.as_deref()),
        (Some(A), Some(S))
    );
    assert_eq!(agreement.proposal_summary.offer_id.as_deref(), Some(offer_id.as_str()));
    assert_eq!(agreement.proposal_summary.resources[0].id.as_deref(), Some(product_id.as_str()));
    assert_eq!(agreement.estimated_charges.as_ref().unwrap().agreement_value.as_deref(), Some("1000.00"));
    assert!(!agreement.renews());

    let terms = agreements.get_agreement_terms(GetAgreementTermsInput::new(&agreement_id)).unwrap().accepted_terms;
    assert_eq!(members(&terms), ["configurableUpfrontPricingTerm", "legalTerm"], "{terms:?}");
    let pricing = &terms[0].0["configurableUpfrontPricingTerm"];
    assert_eq!(pricing["configuration"]["dimensions"][0]["dimensionValue"], 10);
    let entitlements = agreements.get_agreement_entitlements(GetAgreementEntitlementsInput::new(&agreement_id));
    assert_eq!(entitlements.unwrap().agreement_entitlements[0].status, "PROVISIONED");
    let by_po = agreements.charges_by_purchase_order().unwrap();
    assert_eq!(by_po.keys().collect::<Vec<_>>(), ["PO-1"]);
    assert_eq!(by_po["PO-1"][0].amount, "1000.00");
    assert_eq!(agreements.total_contract_value().unwrap()["USD"], "1000.00");
    let due = agreements.renewals_due(400 * DAY).unwrap();
    assert_eq!(due.iter().map(|a| a.agreement_id.as_str()).collect::<Vec<_>>(), [agreement_id.as_str()]);
    assert!(agreements.renewals_due(30 * DAY).unwrap().is_empty());

    // Five more seats: an amendment that supersedes the agreement; fewer seats are refused.
    let upgraded = agreements.upgrade(agreement_id.clone(), offer_id.clone(), users(15)).unwrap();
    assert_eq!(describe(&agreement_id).unwrap().status, AgreementStatus::Superseded);
    assert_eq!(describe(&upgraded).unwrap().initial_agreement_id, Some(agreement_id.into()));
    let down = agreements.request_offer(offer_id, Some(users(5)), RequestIntent::Amend, Some(upgraded.clone()));
    let down = down.unwrap_err();
    assert_eq!(down.kind(), ErrorKind::Validation);
    assert!(down.to_string().contains("CannotReduceEntitlements"), "{down}");

    // The seller asks to cancel, the buyer agrees.
    let sales = seller.agreements();
    let test_agreement = CancellationReasonCode::TestAgreement;
    let asked = sales.send_cancellation_request(upgraded.clone(), test_agreement, None).unwrap();
    assert_eq!(asked.status, ApprovalStatus::PendingApproval);
    let request_id = asked.agreement_cancellation_request_id.clone();
    let answered = agreements.answer_cancellation_request(upgraded.clone(), request_id.clone(), true).unwrap();
    assert_eq!(answered.status, ApprovalStatus::Approved);
    assert_eq!(describe(&upgraded).unwrap().status, AgreementStatus::Cancelled);
    let mut listed = ListAgreementCancellationRequestsInput::new("PROPOSER");
    listed.agreement_id = Some(upgraded.into());
    let listed = sales.list_agreement_cancellation_requests(listed).unwrap();
    assert_eq!(listed.items[0].agreement_cancellation_request_id, request_id);
    let sold = sales.all(vec![AgreementFilter::new("PartyType", "Proposer")]).unwrap();
    assert_eq!(sold.len(), 2);
}

#[test]
fn bad_agreement_input_is_a_typed_error() {
    let agreements = client(A).agreements();

    // The core's rules, with the service's member names.
    let po = PurchaseOrder::new("not a charge id!");
    let accept = AcceptAgreementRequestInput::new("req-1").with_purchase_orders(vec![po]);
    let err = agreements.accept_agreement_request(accept).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(
        field_names(&err),
        ["agreementRequestId", "purchaseOrders[0].chargeId", "purchaseOrders[0].purchaseOrderReference"]
    );
    let missing = agreements.describe_agreement(DescribeAgreementInput::new("agmt-doesnotexist"));
    assert_eq!(kind(missing), ErrorKind::NotFound);
    let accept = AcceptAgreementRequestInput::new("ar-doesnotexist");
    assert_eq!(kind(agreements.accept_agreement_request(accept)), ErrorKind::NotFound);
    let partial = GetAgreementCancellationRequestInput::new("agmt-1", "");
    let err = agreements.get_agreement_cancellation_request(partial).unwrap_err();
    assert_eq!(field_names(&err), ["agreementCancellationRequestId"]);

    let bad = CreateAgreementRequestInput::new(RequestIntent::Amend)
        .with_client_token("not a token!")
        .with_agreement_proposal_identifier("offer-1")
        .with_acceptor_contact(AcceptorContact::new("Mateo", "Jackson", "not an address", "Example Corp", "us"));
    let err = agreements.create_agreement_request(bad).unwrap_err();
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
}

#[test]
fn usage_agreements_through_the_async_flavour() {
    let base = AsyncClient::in_memory_with_world(ORG.into()).unwrap();
    let (seller, buyer) = (base.as_account(id(S)).unwrap(), base.as_account(id(A)).unwrap());
    wait(async {
        let product = Some("$P.Entity.Identifier");
        let done = seller
            .catalog()
            .apply(StartChangeSetInput::new(vec![
                change("CreateProduct", EntityType::SaaSProduct, None, json!({"ProductTitle": "Metered"})).named("P"),
                change("ReleaseProduct", EntityType::SaaSProduct, product, json!({})),
                change("UpdateVisibility", EntityType::SaaSProduct, product, json!({"TargetVisibility": "Public"})),
            ]))
            .await
            .unwrap();
        let product_id = done.entity_id_of("P").unwrap().to_owned();
        let mut spec = private_offer(&product_id)
            .with_buyers([])
            .with_payment_schedule([])
            .with_usage(UsageSpec::new("USD").with_prices([("Users".to_owned(), "0.50".to_owned())]));
        spec.contract = None;
        spec.available_until = None;
        let offer_id = seller.catalog().publish_offer(spec).await.unwrap();
        let agreements = buyer.agreements();
        let request = agreements.request_offer(offer_id.clone(), None, RequestIntent::New, None).await.unwrap();
        assert!(request.charge_summary.expected_charges.is_empty());
        let accept = AcceptAgreementRequestInput::new(request.agreement_request_id);
        let agreement_id = agreements.accept_agreement_request(accept).await.unwrap();
        let described = agreements.describe_agreement(DescribeAgreementInput::new(&agreement_id)).await;
        assert_eq!(described.unwrap().end_time, None);
        agreements.cancel_agreement(CancelAgreementInput::new(&agreement_id)).await.unwrap();
        let again = agreements.cancel_agreement(CancelAgreementInput::new(&agreement_id)).await;
        assert_eq!(kind(again), ErrorKind::Conflict);

        let filter = |name: &str, value: &str| AgreementFilter::new(name, value);
        let search = SearchAgreementsInput::new()
            .with_filters(vec![filter("PartyType", "Acceptor"), filter("Status", "CANCELLED")])
            .with_max_results(10);
        let page = agreements.search_agreements(search).await.unwrap();
        let found: Vec<_> = page.agreement_view_summaries.iter().map(|a| a.agreement_id.as_str()).collect();
        assert_eq!(found, [agreement_id.as_str()]);
        assert_eq!(page.agreement_view_summaries[0].status, AgreementStatus::Cancelled);
        assert!(agreements.all(vec![filter("Status", "ACTIVE")]).await.unwrap().is_empty());
        assert_eq!(agreements.all(vec![filter("OfferId", &offer_id)]).await.unwrap().len(), 1);
        let charges = ListAgreementChargesInput::new().with_agreement_id(agreement_id);
        assert!(agreements.list_agreement_charges(charges).await.unwrap().items.is_empty());
        let err = agreements.all(vec![filter("Colour", "blue")]).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Validation);
    });
}

#[test]
fn sellers_request_variable_payments_and_buyers_answer() {
    let base = base();
    let (seller, buyer) = (base.as_account(id(S)).unwrap(), base.as_account(id(A)).unwrap());
    let product_id = product(&seller.catalog(), "Services");
    let spec = private_offer(&product_id).with_payment_schedule(vec![]).with_variable_payments(
        VariablePaymentsSpec::new("5000.00").with_approve_on_expiry(false).with_expiration_days(7u32),
    );
    let offer_id = seller.catalog().publish_offer(spec).unwrap();
    // The buyer takes what request_offer would send, asks for estimated taxes and leaves its contact for the seller.
    let contact = AcceptorContact::new("Mateo", "Jackson", "mateo@example.com", "Example Corp", "US");
    let agreements = buyer.agreements();
    let mut input = agreements.offer_request(offer_id.clone(), None, RequestIntent::New, None).unwrap();
    let term_count = buyer.discovery().all_offer_terms(offer_id).unwrap().len();
    assert_eq!(input.requested_terms.len(), term_count, "every term of the offer");
    input.tax_configuration = Some(TaxConfiguration::new().with_tax_estimation("ENABLED"));
    input.acceptor_contact = Some(contact.clone());
    let request = agreements.create_agreement_request(input).unwrap();
    let taxes = request.charge_summary.estimated_taxes.clone().expect("taxes were asked for");
    assert_eq!(taxes.total_amount.as_deref(), Some("0.00"), "no rate configured for US");
    let agreement_id =
        agreements.accept_agreement_request(AcceptAgreementRequestInput::new(request.agreement_request_id));
    let agreement_id = agreement_id.unwrap();
    let terms = agreements.get_agreement_terms(GetAgreementTermsInput::new(&agreement_id)).unwrap().accepted_terms;
    let term_id = terms
        .iter()
        .find_map(|t| t.0.get("variablePaymentTerm")?["id"].as_str().map(str::to_owned))
        .expect("a variable payment term");

    let (sales, purchases) = (seller.agreements(), buyer.agreements());
    let send = |name: &str, amount: &str| {
        sales.send_payment_request(agreement_id.clone(), term_id.clone(), name.into(), amount.into(), None)
    };
    let sent = send("Extra seats", "3000").unwrap();
    assert_eq!(sent.charge_amount, "3000.00");
    let pending = purchases.payment_request(agreement_id.clone(), sent.payment_request_id.clone()).unwrap();
    assert_eq!(pending.status, PaymentRequestStatus::PendingApproval);
    assert_eq!(purchases.payment_requests(false, Some(agreement_id.clone())).unwrap(), [pending]);
    let po = Some("PO-VAR-1".to_owned());
    let approved = purchases.answer_payment_request(agreement_id.clone(), sent.payment_request_id, true, po, None);
    let approved = approved.unwrap();
    assert_eq!(approved.status, PaymentRequestStatus::Approved);
    let charge_id = approved.charge_id.clone().expect("an approved request is charged");
    let charges = ListAgreementChargesInput::new().with_agreement_id(agreement_id.clone());
    let charges = purchases.list_agreement_charges(charges).unwrap().items;
    let charge = charges.iter().find(|c| c.id == charge_id).expect("the payment's charge");
    assert_eq!((charge.amount.as_str(), charge.purchase_order_reference.as_deref()), ("3000.00", Some("PO-VAR-1")));

    let rejected = send("More seats", "500").unwrap();
    let no = Some("No".to_owned());
    let rejected = purchases.answer_payment_request(agreement_id.clone(), rejected.payment_request_id, false, None, no);
    assert_eq!(rejected.unwrap().status, PaymentRequestStatus::Rejected);
    let withdrawn = send("Onboarding", "100").unwrap().payment_request_id;
    let err = purchases.cancel_payment_request(agreement_id.clone(), withdrawn.clone());
    assert_eq!(kind(err), ErrorKind::AccessDenied);
    let cancelled = sales.cancel_payment_request(agreement_id.clone(), withdrawn).unwrap();
    assert_eq!(cancelled.status, PaymentRequestStatus::Cancelled);
    assert_eq!(sales.payment_requests(true, None).unwrap().len(), 3);
    assert_eq!(field_names(&send("Tiny", "1").unwrap_err()), ["name"]);

    // The approved request is invoiced under its charge's id.
    let invoices = purchases.invoices(agreement_id.clone()).unwrap();
    assert!(invoices.iter().any(|i| i.invoice_id.as_deref() == Some(charge_id.as_str())), "{invoices:?}");
    assert_eq!(sales.acceptor_contact(agreement_id).unwrap(), Some(contact));
}

// ---------------------------------------------------------------------------------------------------------------
// The exported surface against the core's facade and operation tables.

/// `(object, table method, input type, paged)` of every table operation, read from the tables themselves.
fn table_operations() -> Vec<(&'static str, &'static str, String, bool)> {
    macro_rules! rows {
        (
            $(#[$service_meta:meta])*
            service $service:ident, variant $Top:ident, request $Req:ident, response $Resp:ident,
                engine $Engine:ident, remote $Remote:ident, table $TABLE:ident;
            $(
                $(#[$meta:meta])*
                $Op:ident $snake:ident ($Input:ty) -> $Output:ty $(as $wrap:literal)?,
                    [$($safety:tt)*] [$($binding:tt)*] $([$pages:ident])?;
            )*
        ) => {
            vec![$((stringify!($Top), stringify!($snake), last_segment(stringify!($Input)), !stringify!($($pages)?).is_empty())),*]
        };
    }
    let mut rows = Vec::new();
    rows.extend(marketplane::account_operations!(rows));
    rows.extend(marketplane::serverlessrepo_operations!(rows));
    rows.extend(marketplane::catalog_operations!(rows));
    rows.extend(marketplane::discovery_operations!(rows));
    rows.extend(marketplane::agreement_operations!(rows));
    rows.extend(marketplane::organizations_operations!(rows));
    rows.extend(marketplane::sts_operations!(rows));
    let object = |variant| match variant {
        "Account" => "accounts",
        "Sar" => "applications",
        "Catalog" => "catalog",
        "Discovery" => "discovery",
        "Agreement" => "agreements",
        // STS's two operations are served by the Organizations object: they are how a client learns who it is.
        "Organizations" | "Sts" => "organizations",
        other => panic!("a table of an unknown service {other}"),
    };
    rows.into_iter().map(|(variant, method, input, paged)| (object(variant), method, input, paged)).collect()
}

fn last_segment(path: &str) -> String {
    path.rsplit("::").next().unwrap_or(path).trim().to_owned()
}

/// The facade helpers each exported object has, blocking and `async` (the `helpers!` macro exports every helper of a
/// block on both): `(object, method)`, read from `helpers.rs`. (UniFFI's metadata would say the same, but the linker
/// drops it from test binaries.)
fn exported_helpers() -> BTreeSet<(String, String)> {
    let source = include_str!("helpers.rs");
    let mut helpers = BTreeSet::new();
    for block in source.split("\nhelpers! {\n").skip(1) {
        let block = &block[..block.find("\n}\n").unwrap()];
        let (objects, body) = block.split_once(';').unwrap();
        let (blocking, asynchronous) = objects.trim().split_once(", ").unwrap();
        assert_eq!(format!("Async{blocking}"), asynchronous, "a helpers! block pairs an object with its async twin");
        for line in body.lines().filter_map(|line| line.strip_prefix("    fn ")) {
            helpers.insert((blocking.to_owned(), line.split('(').next().unwrap().to_owned()));
        }
    }
    assert!(helpers.len() > 30, "helpers found in helpers.rs: {helpers:?}");
    helpers
}

#[test]
fn operation_table_is_the_tables() {
    let table = operation_table();
    let operations = table_operations();
    assert_eq!(table.len(), operations.len());
    for (row, (object, method, _, paged)) in table.iter().zip(&operations) {
        assert_eq!((row.object.as_str(), row.method.as_str(), row.paged), (*object, *method, *paged));
        assert_eq!(row.operation.to_lowercase(), row.method.replace('_', ""), "{row:?}");
    }
    assert!(table.iter().any(|r| r.paged) && table.iter().any(|r| !r.paged));
}

/// The exported object serving a facade object (or an operation table's object).
fn ffi_object(facade: &str) -> &'static str {
    match facade {
        "Accounts" | "Regions" | "accounts" => "Accounts",
        "Applications" | "applications" => "Applications",
        "Catalog" | "catalog" => "Catalog",
        "Discovery" | "discovery" => "Discovery",
        "Agreements" | "agreements" => "Agreements",
        "Organizations" | "organizations" => "Organizations",
        other => panic!("no exported object serves {other}"),
    }
}

/// Facade methods the bindings have no method for, and why.
const NOT_EXPORTED: &[(&str, &str, &str)] = &[
    ("Regions", "list", "a builder (RegionList) over ListRegions: the table's list_regions and its iterators"),
    ("Catalog", "entities_of", "builds a ListEntitiesInput without a call; the bindings build the record"),
    ("Discovery", "text", "builds a SearchListingsInput without a call; the bindings build the record"),
];

/// A model type's other name in the facade's signatures.
const INPUT_ALIASES: &[(&str, &str)] = &[("NewApplication", "CreateApplicationInput")];

/// The public methods of `object` in a facade source file: `(name, takes self, return type)`.
fn facade_methods(source: &str, object: &str) -> Vec<(String, bool, String)> {
    let mut methods = Vec::new();
    let mut in_impl = false;
    let lines: Vec<&str> = source.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("impl") && line.contains(&format!(" {object}<")) && line.ends_with('{') {
            in_impl = true;
        } else if *line == "}" {
            in_impl = false;
        } else if in_impl && (line.starts_with("    pub fn ") || line.starts_with("    pub async fn ")) {
            // The signature runs to the line that opens the body.
            let end = (i..lines.len()).find(|&j| lines[j].ends_with('{')).unwrap();
            let signature = lines[i..=end].join(" ");
            let name = signature.split("fn ").nth(1).unwrap().split(['<', '(']).next().unwrap().to_owned();
            let takes_self = signature.contains("self");
            let returns = signature.rsplit_once("->").map_or("()", |(_, r)| r).trim_end_matches('{').trim().to_owned();
            methods.push((name, takes_self, returns));
        }
    }
    methods
}

#[test]
fn the_exported_surface_covers_the_facade() {
    let exported = exported_helpers();
    let table = operation_table();
    let operations = table_operations();
    let facade_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/src/facade");
    let files = [
        ("accounts.rs", "Accounts"),
        ("regions.rs", "Regions"),
        ("applications.rs", "Applications"),
        ("catalog.rs", "Catalog"),
        ("discovery.rs", "Discovery"),
        ("agreements.rs", "Agreements"),
    ];
    let mut missing = Vec::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (file, object) in files {
        let source = std::fs::read_to_string(format!("{facade_dir}/{file}")).unwrap();
        let methods = facade_methods(&source, object);
        seen.insert(object, methods.len());
        let target = ffi_object(object);
        for (name, takes_self, returns) in methods {
            if NOT_EXPORTED.iter().any(|(o, m, _)| *o == object && *m == name) {
                continue;
            }
            let call = returns.strip_prefix("Call<'a, ").or_else(|| returns.strip_prefix("Paginator<'a, "));
            if let Some(rest) = call {
                // A call or a list of one operation: the operation is the method (and Go's iterators).
                let input = rest.split([',', '>']).next().unwrap().trim();
                let input = INPUT_ALIASES.iter().find(|(alias, _)| *alias == input).map_or(input, |(_, name)| name);
                let operation = operations.iter().find(|(o, _, i, _)| ffi_object(o) == target && i == input);
                match operation {
                    Some((o, method, ..)) if table.iter().any(|r| r.object == *o && r.method == *method) => {}
                    _ => missing.push(format!("{object}::{name}: no table operation of {target} takes {input}")),
                }
            } else if !takes_self {
                missing.push(format!("{object}::{name}: an associated function, neither exported nor excluded"));
            } else if !exported.contains(&(target.to_owned(), name.clone())) {
                missing.push(format!("{object}::{name} -> {returns}: {target} has no helper {name}"));
            }
        }
    }
    assert!(missing.is_empty(), "facade methods the bindings lack: {missing:#?}");
    // The parser found the facade (a renamed object or file would otherwise pass unnoticed), and every exclusion
    // names a facade method that still exists.
    assert!(seen.values().all(|&n| n > 0), "facade methods found per object: {seen:?}");
    for (object, method, _) in NOT_EXPORTED {
        let file = files.iter().find(|(_, o)| o == object).unwrap().0;
        let source = std::fs::read_to_string(format!("{facade_dir}/{file}")).unwrap();
        assert!(
            facade_methods(&source, object).iter().any(|(m, ..)| m == method),
            "stale exclusion {object}::{method}"
        );
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The estate.

fn estate_contact() -> AlternateContact {
    AlternateContact::new(AlternateContactType::Security, "Sec", "CISO", "sec@lists.example.com", "+1 206 555 0100")
}

#[test]
fn the_estate_through_both_flavours_and_a_run_with_progress() {
    use marketplane::estate::{ChangeOutcome, CheckStatus, DesiredState};
    let c = client(M);
    let unpaced = EstateRunOptions { concurrency: 4, paced: false };
    let estate = c.estate().with_options(unpaced.clone()).unwrap();
    let inventory = estate.inventory().unwrap();
    assert_eq!(inventory.accounts.len(), 2);
    let report = estate.audit(marketplane::estate::AuditPolicy::default()).unwrap();
    assert!(report.findings.iter().any(|f| f.check == "CHK-CONTACT-ALT-PRESENT" && f.status == CheckStatus::Fail));

    let desired = DesiredState::default().with_contacts(vec![estate_contact()]);
    let plan = estate.plan(desired.clone()).unwrap();
    assert_eq!(plan.changes.len(), 2);
    let run = estate.start_apply(plan).unwrap();
    let mut events = Vec::new();
    while !run.is_finished() || events.len() < 2 {
        if let Some(event) = run.next_event(100) {
            events.push(event);
        }
    }
    let report = run.wait().unwrap();
    assert_eq!(report.count(&ChangeOutcome::Applied), 2);
    assert_eq!(run.wait().unwrap(), report, "the same report again");
    assert_eq!(events.iter().map(|e| e.done).max(), Some(2));

    // The async flavour sees the converged estate.
    let asynchronous = AsyncClient::in_memory_with_world(ORG.into()).unwrap().as_account(id(M)).unwrap();
    let async_estate = asynchronous.estate().with_options(unpaced).unwrap();
    let plan = wait(async_estate.plan(desired)).unwrap();
    assert_eq!(plan.changes.len(), 2, "a separate in-memory backend: nothing set there yet");
    let blocking_again = estate.plan(DesiredState::default().with_contacts(vec![estate_contact()]));
    assert!(blocking_again.unwrap().is_empty(), "the blocking estate converged");

    // Bad options and bad input are validation errors naming the field.
    let err = c.estate().with_options(EstateRunOptions { concurrency: 0, paced: true }).unwrap_err();
    assert_eq!(field_names(&err), ["concurrency"]);
    let bad = DesiredState::default().with_contacts(vec![AlternateContact::new(
        AlternateContactType::Security,
        "",
        "t",
        "x@y.z",
        "1",
    )]);
    let err = estate.plan(bad).unwrap_err();
    assert_eq!(field_names(&err), ["contacts[0].Name"]);
}
