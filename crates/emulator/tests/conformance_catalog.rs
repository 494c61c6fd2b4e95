//! The conformance suite for AWS Marketplace Catalog: every case runs on the local backend in process and on the AWS
//! backend (aws-sdk-marketplacecatalog) against the emulator, both over one engine with a manual clock. Sellers are
//! the fixture world's standalone S (444444444444) and X (555555555555); buyers A and B are members of M's
//! organization.

mod common;

use std::time::Duration;

use common::{Harness, A, B, M, S, X};
use futures::TryStreamExt;
use marketplane::backend::local::LocalConfig;
use marketplane::backend::CallContext;
use marketplane::facade::{Catalog, WaitOptions};
use marketplane::model::catalog::changes::{
    self as ch, typed, AddDimensions, CreateExperience, CreateProduct, Dimension, PositiveTargeting, ProductIds,
    ReleaseProduct, UpdateExperience, UpdateOfferTargeting, UpdatePricingTerms, UpdateProductInformation,
    UpdateVisibility,
};
use marketplane::model::catalog::offer::{OfferBuilder, OfferDetails};
use marketplane::model::catalog::terms::{
    CurrencyCode, OfferPricingModel, RateCardItem, Term, UsageBasedPricingTerm, UsageRateCard,
};
use marketplane::model::catalog::{
    Change, ChangeSetStatus, EntityRef, EntityType, EntityTypeFilters, EntityTypeSort, FailureCode, Filter,
    ListAssessmentsInput, OwnershipType, ProductFilters, Sort, SortOrder, StartChangeSetInput, Tag, ValueFilter,
};
use marketplane::operation::{CatalogResponse, Operation, Response};
use marketplane::{Client, ErrorKind};
use serde_json::json;

conformance!(
    change_sets_move_on_the_clock_and_cancel_only_while_preparing,
    running_change_sets_lock_their_entities_and_tokens_are_idempotent,
    a_failed_change_set_reports_each_change_and_applies_nothing,
    private_offers_are_built_released_and_seen_only_by_their_buyers,
    list_entities_filters_sorts_and_pages,
    tags_and_resource_policies,
    private_marketplace_experiences_follow_the_buyer_guide,
    assessments_grade_the_listing,
    bad_input_names_the_field,
    open_change_sets_are_limited_per_account,
    references_resolve_inside_details_documents,
    dimensions_are_sent_as_the_array_itself,
    a_release_is_judged_after_the_whole_set,
    resale_authorizations_take_their_own_terms,
    ami_and_container_products_take_their_own_change_types,
    solutions_and_offer_sets_go_together,
    released_offers_and_products_move_as_aws_allows,
    every_entity_document_reads_into_its_typed_model,
    resale_authorization_information_validity_net_payment_and_restriction,
    restrict_dimensions_takes_dimensions_off_the_product,
    restrict_instance_types_moves_them_to_the_restricted_list,
    restrict_delivery_options_keeps_one_version_open,
    update_delivery_options_changes_a_version_in_place,
    update_delivery_options_visibility_shows_or_hides_an_option,
    offer_terms_branding_and_the_way_back_out_of_an_experience,
);

const PREPARATION: Duration = Duration::from_secs(1);

fn fast_wait() -> WaitOptions {
    WaitOptions::default().with_timeout(Duration::from_secs(60)).with_initial_delay(Duration::from_millis(500))
}

/// Create a SaaS product with a title and dimensions, released as Limited; its id.
async fn product(client: &Client, title: &str) -> String {
    let create = typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title(title))
        .named("CreateProductChange");
    let me = || EntityRef::created_by(EntityType::SaaSProduct, "CreateProductChange");
    let info = UpdateProductInformation::default()
        .with_short_description("A product for tests")
        .with_categories(vec!["Operating Systems".into()]);
    let dimensions = AddDimensions::default().with_dimensions(vec![Dimension::new("Users", "Users")
        .with_description("Named users")
        .with_types(vec!["Entitled".into(), "ExternallyMetered".into()])
        .with_unit("Units")]);
    let changes = vec![create, typed(me(), &info), typed(me(), &dimensions), typed(me(), &ReleaseProduct::default())];
    let done = client.catalog().apply(StartChangeSetInput::new(changes)).await.expect("product change set");
    done.entity_id_of("CreateProductChange").expect("created product").to_owned()
}

fn private_offer(product_id: &str) -> OfferBuilder {
    OfferBuilder::new(product_id)
        .name("Acme, 12 months")
        .buyers([A, B])
        .contract(CurrencyCode::Usd, "P12M", "0", [("Users", 50)])
        .payment_schedule([("2026-02-01", "6000.00"), ("2026-08-01", "6000.00")])
        .standard_eula()
        .available_until("2026-12-31")
}

async fn change_set_status(catalog: &Catalog<'_>, id: &str) -> ChangeSetStatus {
    catalog.describe_change_set(id).send().await.expect("describe change set").status
}

async fn change_sets_move_on_the_clock_and_cancel_only_while_preparing(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let create =
        || vec![typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Clock"))];

    let first = catalog.start(create()).send().await.unwrap();
    assert_eq!(
        first.change_set_arn,
        format!("arn:aws:aws-marketplace:us-east-1:{S}:AWSMarketplace/ChangeSet/{}", first.change_set_id)
    );
    let described = catalog.describe_change_set(&first.change_set_id).send().await.unwrap();
    assert_eq!(described.status, ChangeSetStatus::Preparing);
    // Times cross as times; the wire's 20-character form holds whole seconds.
    let started = described.start_time.expect("a started change set has a start time");
    assert_eq!(started.nanosecond(), 0, "{started}");
    assert_eq!(described.end_time, None);
    let cancelled = catalog.cancel_change_set(&first.change_set_id).send().await.unwrap();
    assert_eq!(cancelled.change_set_id, first.change_set_id);
    assert_eq!(change_set_status(&catalog, &first.change_set_id).await, ChangeSetStatus::Cancelled);

    let second = catalog.start(create()).send().await.unwrap();
    h.advance(PREPARATION);
    assert_eq!(change_set_status(&catalog, &second.change_set_id).await, ChangeSetStatus::Applying);
    let err = catalog.cancel_change_set(&second.change_set_id).send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ResourceInUse, "{err}");
    assert_eq!(err.code(), "ResourceInUseException");
    if h.endpoint().is_some() {
        assert_eq!(err.http_status(), Some(423));
    }
    h.advance(Duration::from_secs(1));
    let done = catalog.describe_change_set(&second.change_set_id).send().await.unwrap();
    assert_eq!(done.status, ChangeSetStatus::Succeeded);
    let ended = done.end_time.expect("a finished change set has an end time");
    let second_started = done.start_time.expect("a start time");
    assert!(ended > second_started && ended.nanosecond() == 0, "{second_started} .. {ended}");
    let identifier = done.changes[0].entity.identifier.clone().expect("created entity");
    assert!(identifier.starts_with("prod-") && identifier.ends_with("@1"), "{identifier}");
    // A finished change set cannot be cancelled either.
    assert_eq!(
        catalog.cancel_change_set(&second.change_set_id).send().await.unwrap_err().kind(),
        ErrorKind::ResourceInUse
    );

    // Another account does not see the change set.
    let err = h.client(X).catalog().describe_change_set(&second.change_set_id).send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.code(), "ResourceNotFoundException");

    // The list holds both, filterable by status.
    let all: Vec<_> = catalog.change_sets(vec![]).try_collect().await.unwrap();
    assert_eq!(all.len(), 2);
    let succeeded: Vec<_> =
        catalog.change_sets(vec![Filter::new("Status", ["SUCCEEDED"])]).try_collect().await.unwrap();
    assert_eq!(succeeded.len(), 1);
    assert_eq!(succeeded[0].entity_id_list, vec![identifier.trim_end_matches("@1").to_owned()]);
}

async fn running_change_sets_lock_their_entities_and_tokens_are_idempotent(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let product_id = product(&seller, "Locks").await;
    let rename = |title: &str| {
        vec![typed(
            EntityRef::existing(EntityType::SaaSProduct, &product_id),
            &UpdateProductInformation::default().with_product_title(title),
        )]
    };
    let mut input = StartChangeSetInput::new(rename("Renamed"));
    input.client_request_token = Some("token-1".into());
    let started = catalog.start_change_set(input.clone()).send().await.unwrap();
    // Same token, same request: the same change set.
    assert_eq!(catalog.start_change_set(input.clone()).send().await.unwrap(), started);
    // Same token, another request: refused.
    let mut other = StartChangeSetInput::new(rename("Other"));
    other.client_request_token = Some("token-1".into());
    let err = catalog.start_change_set(other).send().await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
    assert!(err.message().contains("token-1"), "{err}");
    // The product is locked until the change set completes.
    let err = catalog.start(rename("Again")).send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ResourceInUse);
    assert!(err.message().contains(&product_id) && err.message().contains(started.change_set_id.as_str()), "{err}");

    let done = catalog.wait_for_change_set(&started.change_set_id, fast_wait()).await.unwrap();
    assert_eq!(done.status, ChangeSetStatus::Succeeded);
    let entity = catalog.describe_entity(&product_id).send().await.unwrap();
    assert_eq!(entity.document()["Description"]["ProductTitle"], "Renamed");
    assert!(entity.entity_identifier.ends_with("@5"), "{}", entity.entity_identifier);
    catalog.apply(StartChangeSetInput::new(rename("Unlocked"))).await.unwrap();
}

async fn a_failed_change_set_reports_each_change_and_applies_nothing(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let product_id = product(&seller, "Failing").await;
    let create =
        typed(EntityRef::new(EntityType::Offer), &ch::CreateOffer::default().with_product_id(product_id.clone()))
            .named("NewOffer");
    // A contract needs an upfront term; usage prices alone do not make one.
    let pricing = UpdatePricingTerms::default().with_pricing_model(OfferPricingModel::Contract).with_terms(vec![
        Term::UsageBasedPricing(
            UsageBasedPricingTerm::new(CurrencyCode::Usd)
                .with_rate_cards(vec![UsageRateCard::new().with_rate_card(vec![RateCardItem::new("Users", "1.00")])]),
        ),
    ]);
    let input =
        StartChangeSetInput::new(vec![create, typed(EntityRef::created_by(EntityType::Offer, "NewOffer"), &pricing)]);
    let err = catalog.apply(input).await.unwrap_err();
    assert_eq!(err.code(), "ChangeSetFailed");
    assert!(err.message().contains("UpdatePricingTerms"), "{err}");

    let failed: Vec<_> = catalog.change_sets(vec![Filter::new("Status", ["FAILED"])]).try_collect().await.unwrap();
    let described = catalog.describe_change_set(&failed[0].change_set_id).send().await.unwrap();
    assert_eq!(described.failure_code, Some(FailureCode::ClientError));
    assert!(described.changes[0].error_detail_list.is_empty());
    assert_eq!(described.changes[1].error_detail_list[0].error_code, "INVALID_INPUT");
    assert!(described.changes[1].error_detail_list[0].error_message.contains("Terms"), "{described:?}");
    // Nothing was created.
    assert_eq!(described.changes[0].entity.identifier, None);
    let offers: Vec<_> = catalog.entities(Catalog::entities_of("Offer")).try_collect().await.unwrap();
    assert!(offers.is_empty(), "{offers:?}");

    // Releasing an offer that lacks terms fails with the reasons.
    let draft = typed(
        EntityRef::new(EntityType::Offer),
        &ch::CreateOffer::default().with_product_id(product_id).with_name("Bare"),
    )
    .named("Bare");
    let release = typed(EntityRef::created_by(EntityType::Offer, "Bare"), &ch::ReleaseOffer::default());
    let err = catalog.apply(StartChangeSetInput::new(vec![draft, release])).await.unwrap_err();
    assert!(err.message().contains("pricing terms") && err.message().contains("legal term"), "{err}");
}

async fn private_offers_are_built_released_and_seen_only_by_their_buyers(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let product_id = product(&seller, "Private").await;
    let offer_id = catalog.publish_offer(private_offer(&product_id)).await.unwrap();
    assert!(offer_id.starts_with("offer-"), "{offer_id}");

    let offer: OfferDetails = catalog.offer(&offer_id).await.unwrap();
    assert!(offer.is_released() && offer.is_private());
    assert_eq!(offer.buyer_accounts(), [A, B]);
    assert_eq!(offer.product_id.as_deref(), Some(product_id.as_str()));
    assert_eq!(offer.terms_of("PaymentScheduleTerm").count(), 1);
    assert_eq!(offer.terms_of("FixedUpfrontPricingTerm").count(), 1);
    assert_eq!(offer.availability_end_date(), Some("2026-12-31"));

    // The targeted buyer can read it and sees it as shared; anyone else cannot find it.
    let buyer = h.client(A);
    assert_eq!(buyer.catalog().describe_entity(&offer_id).send().await.unwrap().entity_id(), offer_id);
    let mut shared = Catalog::entities_of("Offer");
    shared.ownership_type = Some(OwnershipType::Shared);
    let seen: Vec<_> = buyer.catalog().entities(shared.clone()).try_collect().await.unwrap();
    assert_eq!(seen.len(), 1);
    let err = h.client(X).catalog().describe_entity(&offer_id).send().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert!(h.client(X).catalog().entities(shared).try_collect::<Vec<_>>().await.unwrap().is_empty());

    // The seller's list carries the offer summary.
    let mine: Vec<_> = catalog.entities(Catalog::entities_of("Offer")).try_collect().await.unwrap();
    let summary = mine[0].offer_summary.clone().unwrap();
    assert_eq!(summary.state.as_deref(), Some("Released"));
    assert_eq!(summary.targeting, ["BuyerAccounts"]);
    assert_eq!(summary.buyer_accounts, [A, B]);
    assert_eq!(summary.release_date.as_deref().map(str::len), Some(20));

    // A released offer's targeting is fixed; its expiry can be extended.
    let retarget = UpdateOfferTargeting::default()
        .with_positive_targeting(PositiveTargeting::new().with_buyer_accounts(vec![M.into()]));
    let err = catalog
        .apply(StartChangeSetInput::new(vec![typed(EntityRef::existing(EntityType::Offer, &offer_id), &retarget)]))
        .await
        .unwrap_err();
    assert!(err.message().contains("released"), "{err}");
    let extend = ch::UpdateAvailability::default().with_availability_end_date("2027-06-30");
    catalog
        .apply(StartChangeSetInput::new(vec![typed(EntityRef::existing(EntityType::Offer, &offer_id), &extend)]))
        .await
        .unwrap();
    assert_eq!(catalog.offer(&offer_id).await.unwrap().availability_end_date(), Some("2027-06-30"));

    // BatchDescribeEntities splits what it found from what it did not.
    let batch = buyer
        .catalog()
        .describe_entities([offer_id.as_str(), product_id.as_str(), "offer-missing1234"])
        .send()
        .await
        .unwrap();
    assert!(batch.entity_details.contains_key(&offer_id));
    assert_eq!(batch.errors["offer-missing1234"].error_code, "ResourceNotFoundException");
    // The product is Limited and not targeted at A, so A cannot see it.
    assert_eq!(batch.errors[&product_id].error_code, "ResourceNotFoundException");
}

async fn list_entities_filters_sorts_and_pages(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    for title in ["Beta analytics", "Alpha analytics", "Gamma storage"] {
        product(&seller, title).await;
    }
    let mut input = Catalog::entities_of("SaaSProduct");
    input.max_results = Some(1);
    input.entity_type_sort = Some(EntityTypeSort(
        [(
            "SaaSProductSort".to_owned(),
            Sort::new().with_sort_by("ProductTitle").with_sort_order(SortOrder::Descending),
        )]
        .into(),
    ));
    let titles: Vec<String> =
        catalog.entities(input.clone()).map_ok(|e| e.name.unwrap_or_default()).try_collect().await.unwrap();
    assert_eq!(titles, ["Gamma storage", "Beta analytics", "Alpha analytics"]);

    input.entity_type_filters = Some(EntityTypeFilters::new().with_saas_product(
        ProductFilters::new().with_product_title(ValueFilter::new().with_wild_card_value("analytics")),
    ));
    let filtered: Vec<_> = catalog.entities(input).try_collect().await.unwrap();
    assert_eq!(filtered.len(), 2);
    assert!(filtered.iter().all(|e| e.saas_product_summary.as_ref().unwrap().visibility.as_deref() == Some("Limited")));

    let mut generic = Catalog::entities_of("SaaSProduct");
    generic.filter_list = vec![Filter::new("Name", ["Gamma storage"])];
    let page = catalog.list_entities(generic).send().await.unwrap();
    assert_eq!(page.entity_summary_list.len(), 1);
    assert_eq!(page.next_token, None);
    assert_eq!(
        page.entity_summary_list[0].entity_arn,
        format!(
            "arn:aws:aws-marketplace:us-east-1:{S}:AWSMarketplace/SaaSProduct/{}",
            page.entity_summary_list[0].entity_id
        )
    );
    // Other sellers list their own (none).
    assert!(h
        .client(X)
        .catalog()
        .entities(Catalog::entities_of("SaaSProduct"))
        .try_collect::<Vec<_>>()
        .await
        .unwrap()
        .is_empty());
}

async fn tags_and_resource_policies(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let create = typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Tagged"))
        .named("P")
        .with_entity_tags(vec![Tag::new("team", "growth")]);
    let done = catalog.apply(StartChangeSetInput::new(vec![create])).await.unwrap();
    let product_id = done.entity_id_of("P").unwrap().to_owned();
    let entity_arn = catalog.describe_entity(&product_id).send().await.unwrap().entity_arn;
    assert_eq!(catalog.tags(&entity_arn).send().await.unwrap(), vec![Tag::new("team", "growth")]);
    catalog.tag(&entity_arn, vec![Tag::new("team", "growth"), Tag::new("cost-center", "42")]).send().await.unwrap();
    catalog.untag(&entity_arn, ["cost-center"]).send().await.unwrap();
    assert_eq!(catalog.tags(&entity_arn).send().await.unwrap(), vec![Tag::new("team", "growth")]);
    let many: Vec<Tag> = (0..50).map(|i| Tag::new(format!("k{i}"), "v")).collect();
    let err = catalog.tag(&entity_arn, many).send().await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
    assert!(err.message().contains("50"), "{err}");
    // Another account cannot tag it.
    assert_eq!(h.client(X).catalog().tags(&entity_arn).send().await.unwrap_err().kind(), ErrorKind::NotFound);

    assert_eq!(catalog.policy(&entity_arn).send().await.unwrap_err().kind(), ErrorKind::NotFound);
    let policy = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": format!("arn:aws:iam::{A}:root")}, "Action": "aws-marketplace:DescribeEntity", "Resource": entity_arn}]}).to_string();
    catalog.put_policy(&entity_arn, &policy).send().await.unwrap();
    assert_eq!(catalog.policy(&entity_arn).send().await.unwrap(), policy);
    let mut shared = Catalog::entities_of("SaaSProduct");
    shared.ownership_type = Some(OwnershipType::Shared);
    let seen: Vec<_> = h.client(A).catalog().entities(shared).try_collect().await.unwrap();
    assert_eq!(seen.len(), 1);
    catalog.delete_policy(&entity_arn).send().await.unwrap();
    assert_eq!(catalog.delete_policy(&entity_arn).send().await.unwrap_err().kind(), ErrorKind::NotFound);
    let err = catalog.put_policy(&entity_arn, "not json").send().await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
}

async fn private_marketplace_experiences_follow_the_buyer_guide(h: &Harness) {
    // Make S's product public, and give B (not the administrator M) a private offer on another product.
    let seller = h.client(S);
    let public = product(&seller, "Public product").await;
    let visibility = UpdateVisibility::default().with_target_visibility("Public");
    seller
        .catalog()
        .apply(StartChangeSetInput::new(vec![typed(
            EntityRef::existing(EntityType::SaaSProduct, &public),
            &visibility,
        )]))
        .await
        .unwrap();
    let private = product(&seller, "Private product").await;
    seller.catalog().publish_offer(private_offer(&private)).await.unwrap();

    let admin = h.client(M);
    let catalog = admin.catalog();
    let created = catalog
        .apply(StartChangeSetInput::new(vec![typed(
            EntityRef::new(EntityType::Experience),
            &CreateExperience::default().with_name("Engineering"),
        )
        .named("E")]))
        .await
        .unwrap();
    let experience = created.entity_id_of("E").unwrap().to_owned();
    assert!(experience.starts_with("exp-"), "{experience}");
    let doc = catalog.describe_entity(&experience).send().await.unwrap().document();
    // TV-158: no products, no audiences, not live.
    assert_eq!((doc["Status"].as_str(), doc["State"].as_str()), (Some("Disabled"), Some("Active")));
    assert_eq!(doc["ProductIds"], json!([]));
    assert_eq!(doc["Principals"], json!([]));

    let on = |change: marketplane::model::catalog::Change| StartChangeSetInput::new(vec![change]);
    let exp = || EntityRef::existing(EntityType::Experience, &experience);
    let allow = |id: &str| {
        typed(
            exp(),
            &ch::AllowProductProcurement::default()
                .with_products(vec![ProductIds::new().with_ids(vec![id.to_owned()])]),
        )
    };
    catalog.apply(on(allow(&public))).await.unwrap();
    // TV-161: a private product the administrator has no offer for cannot be added.
    let err = catalog.apply(on(allow(&private))).await.unwrap_err();
    assert!(err.message().contains("administrator account"), "{err}");

    // TV-153: a live experience cannot be archived; TV-155: an archived one cannot be updated; TV-157: revive.
    let status = |s: &str| typed(exp(), &UpdateExperience::default().with_status(s));
    catalog.apply(on(status("Enabled"))).await.unwrap();
    let archive = || typed(exp(), &ch::RestrictExperience::default().with_confirmation("confirm"));
    assert!(catalog.apply(on(archive())).await.unwrap_err().message().contains("take it offline"));
    catalog.apply(on(status("Disabled"))).await.unwrap();
    catalog.apply(on(archive())).await.unwrap();
    assert!(catalog.apply(on(status("Enabled"))).await.unwrap_err().message().contains("archived"));
    catalog.apply(on(typed(exp(), &ch::ReviveExperience::default()))).await.unwrap();
    let doc = catalog.describe_entity(&experience).send().await.unwrap().document();
    assert_eq!((doc["Status"].as_str(), doc["State"].as_str()), (Some("Disabled"), Some("Active")));
    assert_eq!(doc["ProductIds"], json!([public]));

    // An audience governs one active experience at a time.
    let audience = |e: &str| {
        typed(
            EntityRef::existing(EntityType::Experience, e),
            &ch::AssociateAudience::default().with_principals(vec![A.into()]),
        )
    };
    catalog.apply(on(audience(&experience))).await.unwrap();
    let second = catalog
        .apply(StartChangeSetInput::new(vec![typed(
            EntityRef::new(EntityType::Experience),
            &CreateExperience::default().with_name("Finance"),
        )
        .named("F")]))
        .await
        .unwrap();
    let second = second.entity_id_of("F").unwrap().to_owned();
    assert!(catalog.apply(on(audience(&second))).await.unwrap_err().message().contains("already associated"));

    // User requests: on by default; the setting changes only while the experience is live.
    let policy = catalog
        .apply(StartChangeSetInput::new(vec![typed(
            EntityRef::new(EntityType::ProcurementPolicy),
            &ch::CreateProcurementPolicy::default().with_experience_id(experience.clone()),
        )
        .named("Policy")]))
        .await
        .unwrap();
    let policy_id = policy.entity_id_of("Policy").unwrap().to_owned();
    assert_eq!(catalog.describe_entity(&policy_id).send().await.unwrap().document()["SoftwareRequests"], "Enabled");
    let off = typed(
        EntityRef::existing(EntityType::ProcurementPolicy, &policy_id),
        &ch::UpdateProcurementPolicy::default().with_software_requests("Disabled"),
    );
    assert!(catalog.apply(on(off.clone())).await.unwrap_err().message().contains("must be live"));
    catalog.apply(on(status("Enabled"))).await.unwrap();
    catalog.apply(on(off)).await.unwrap();

    // TV-165: an organization without all features cannot use a private marketplace; with trusted access on,
    // only the management account and delegated administrators manage experiences.
    let world = format!(
        "{}\n[[organizations]]\nid = \"o-cc333dd444\"\nmanagement_account = \"777777777777\"\nall_features = false\n[[accounts]]\nid = \"777777777777\"\nname = \"n\"\nemail = \"n@example.com\"\norganization = \"o-cc333dd444\"\n",
        common::FIXTURE_WORLD.replace(
            "trusted_access = [\"account.amazonaws.com\"]",
            "trusted_access = [\"account.amazonaws.com\", \"private-marketplace.marketplace.amazonaws.com\"]"
        )
    );
    let h2 = Harness::with_world(h.mode, &world, LocalConfig::default()).await;
    let make = || {
        StartChangeSetInput::new(vec![typed(
            EntityRef::new(EntityType::Experience),
            &CreateExperience::default().with_name("X"),
        )])
    };
    assert!(h2.client("777777777777").catalog().apply(make()).await.unwrap_err().message().contains("all features"));
    assert!(h2.client(B).catalog().apply(make()).await.unwrap_err().message().contains("management account"));
    h2.client(M).catalog().apply(make()).await.unwrap();
    // TV-170: a standalone account needs nothing.
    h2.client(S).catalog().apply(make()).await.unwrap();
}

async fn assessments_grade_the_listing(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller, "Graded").await;
    // StartAssessment is not in aws-sdk-marketplacecatalog: the AWS backend refuses it clearly, the engine serves it.
    let started = seller.catalog().start_assessment(&product_id, "listing-quality").send().await;
    let assessment_id = match h.endpoint() {
        None => started.unwrap(),
        Some(_) => {
            assert_eq!(started.unwrap_err().kind(), ErrorKind::Unsupported);
            let request = marketplane::model::catalog::StartAssessmentInput::new(
                "AWSMarketplace",
                "listing-quality",
                product_id.clone(),
            )
            .into_request();
            match h.backend.call_blocking(&CallContext::as_account(common::id(S)), request).unwrap() {
                Response::Catalog(CatalogResponse::StartAssessment(id)) => id,
                other => panic!("{other:?}"),
            }
        }
    };
    let assessment = seller.catalog().describe_assessment(&assessment_id).send().await.unwrap();
    assert_eq!(assessment.assessment_target_summary.entity_id.as_deref(), Some(product_id.as_str()));
    let passed: Vec<&str> = assessment
        .control_assessments
        .iter()
        .filter(|c| c.control_assessment_result.as_str() == "PASS")
        .map(|c| c.control_id.as_str())
        .collect();
    assert_eq!(passed, ["PRODUCT_TITLE", "SHORT_DESCRIPTION", "CATEGORIES"]);
    assert_eq!(assessment.assessment_result.as_deref(), Some("PASS"));
    let listed = seller
        .catalog()
        .list_assessments(ListAssessmentsInput::new("AWSMarketplace"))
        .send()
        .await
        .unwrap()
        .assessment_summary_list;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].assessment_id, assessment_id);
}

async fn bad_input_names_the_field(h: &Harness) {
    let catalog_client = h.client(S);
    let catalog = catalog_client.catalog();
    let mut input = StartChangeSetInput::new(vec![]);
    input.catalog = "Other".into();
    let err = catalog.start_change_set(input).send().await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
    let fields: Vec<&str> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["Catalog", "ChangeSet"]);
    let err = catalog.describe_entity("prod-doesnotexist").send().await.unwrap_err();
    assert_eq!((err.kind(), err.code()), (ErrorKind::NotFound, "ResourceNotFoundException"));
    let err = catalog
        .start(vec![typed(EntityRef::existing(EntityType::Offer, "offer-doesnotexist"), &ch::ReleaseOffer::default())])
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

async fn open_change_sets_are_limited_per_account(h: &Harness) {
    let config = LocalConfig { max_open_change_sets: 1, ..LocalConfig::default() };
    let h = Harness::with_world(h.mode, common::FIXTURE_WORLD, config).await;
    let seller = h.client(S);
    let create =
        || vec![typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Q"))];
    seller.catalog().start(create()).send().await.unwrap();
    let err = seller.catalog().start(create()).send().await.unwrap_err();
    assert_eq!((err.kind(), err.code()), (ErrorKind::QuotaExceeded, "ServiceQuotaExceededException"));
    if h.endpoint().is_some() {
        assert_eq!(err.http_status(), Some(402));
    }
    // Other accounts have their own allowance, and a finished change set frees the slot.
    h.client(X).catalog().start(create()).send().await.unwrap();
    h.advance(Duration::from_secs(2));
    seller.catalog().start(create()).send().await.unwrap();
}

/// Changes as the service's JSON: what boto3 and the samples send.
fn wire(changes: serde_json::Value) -> StartChangeSetInput {
    StartChangeSetInput::new(serde_json::from_value::<Vec<Change>>(changes).expect("changes"))
}

async fn references_resolve_inside_details_documents(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    // The seller guide's "create a product and its offer in one change set": CreateOffer's ProductId refers to the
    // product the set creates.
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "CreateProductChange",
             "Entity": {"Type": "SaaSProduct@1.0"}, "DetailsDocument": {}},
            {"ChangeType": "CreateOffer", "ChangeName": "CreateOfferChange", "Entity": {"Type": "Offer@1.0"},
             "DetailsDocument": {"ProductId": "$CreateProductChange.Entity.Identifier"}}
        ])))
        .await
        .unwrap();
    let product_id = done.entity_id_of("CreateProductChange").unwrap().to_owned();
    let offer_id = done.entity_id_of("CreateOfferChange").unwrap().to_owned();
    let offer = catalog.describe_entity(&offer_id).send().await.unwrap().document();
    assert_eq!(offer["ProductId"], product_id.as_str());
    assert_eq!(offer["State"], "Draft");
    // The change set's summary keeps the request as sent.
    assert_eq!(
        done.changes[1].details_document.as_ref().unwrap()["ProductId"],
        "$CreateProductChange.Entity.Identifier"
    );

    // A reference must name an earlier change of the set that creates an entity.
    for name in ["Missing", "UpdateChange"] {
        let err = catalog
            .start_change_set(wire(json!([
                {"ChangeType": "UpdateInformation", "ChangeName": "UpdateChange",
                 "Entity": {"Type": "SaaSProduct@1.0", "Identifier": product_id},
                 "DetailsDocument": {"ProductTitle": "Renamed"}},
                {"ChangeType": "CreateOffer", "Entity": {"Type": "Offer@1.0"},
                 "DetailsDocument": {"ProductId": format!("${name}.Entity.Identifier")}}
            ])))
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), "ValidationException", "{err}");
        let fields: Vec<&str> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
        assert_eq!(fields, ["ChangeSet[1].DetailsDocument.ProductId"], "{err}");
    }

    // References resolve in the other id members too: a resale authorization on the product the set creates. A
    // reference may name the revision, as an identifier may (`entity-id@1`).
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "P", "Entity": {"Type": "SaaSProduct@1.0"},
             "DetailsDocument": {"ProductTitle": "Resold"}},
            {"ChangeType": "ReleaseProduct",
             "Entity": {"Type": "SaaSProduct@1.0", "Identifier": "$P.Entity.Identifier@1"}, "DetailsDocument": {}},
            {"ChangeType": "CreateResaleAuthorization", "ChangeName": "RA", "Entity": {"Type": "ResaleAuthorization@1.0"},
             "DetailsDocument": {"ProductId": "$P.Entity.Identifier@1", "Name": "Partner", "ResellerAccountId": X}}
        ])))
        .await
        .unwrap();
    let ra = catalog.describe_entity(done.entity_id_of("RA").unwrap()).send().await.unwrap().document();
    assert_eq!(ra["ProductId"], done.entity_id_of("P").unwrap());
}

/// Apply changes that must fail; the facade's message, which carries each failed change's code and message.
async fn refused(client: &Client, input: StartChangeSetInput) -> String {
    let err = client.catalog().apply(input).await.unwrap_err();
    assert_eq!(err.code(), "ChangeSetFailed", "{err}");
    err.message().to_owned()
}

fn dimension(key: &str, types: &[&str]) -> serde_json::Value {
    json!({"Key": key, "Name": key, "Description": format!("{key} dimension"), "Unit": "Units", "Types": types})
}

async fn dimensions_are_sent_as_the_array_itself(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let product = || json!({"Type": "SaaSProduct@1.0", "Identifier": "$P.Entity.Identifier"});
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "P", "Entity": {"Type": "SaaSProduct@1.0"},
             "DetailsDocument": {}},
            {"ChangeType": "AddDimensions", "Entity": product(),
             "DetailsDocument": [dimension("BasicService", &["Entitled"]), dimension("WorkloadSmall", &["ExternallyMetered"])]}
        ])))
        .await
        .unwrap();
    let product_id = done.entity_id_of("P").unwrap().to_owned();
    let existing = || json!({"Type": "SaaSProduct@1.0", "Identifier": product_id});
    let doc = catalog.describe_entity(&product_id).send().await.unwrap().document();
    assert_eq!(doc["Dimensions"][0], dimension("BasicService", &["Entitled"]));
    assert_eq!(doc["Dimensions"][1]["Key"], "WorkloadSmall");
    // The typed struct is the array too.
    let typed_doc =
        serde_json::to_value(AddDimensions::default().with_dimensions(vec![Dimension::new("Seats", "Seats")
            .with_types(vec!["Entitled".into()])
            .with_description("Named seats")
            .with_unit("Users")]))
        .unwrap();
    assert!(typed_doc.is_array(), "{typed_doc}");

    // UpdateDimensions names a dimension by its key and types.
    catalog
        .apply(wire(json!([{"ChangeType": "UpdateDimensions", "Entity": existing(),
            "DetailsDocument": [{"Key": "BasicService", "Types": ["Entitled"], "Name": "Basic", "Description": "The basic tier"}]}])))
        .await
        .unwrap();
    let doc = catalog.describe_entity(&product_id).send().await.unwrap().document();
    assert_eq!(
        (doc["Dimensions"][0]["Name"].as_str(), doc["Dimensions"][0]["Description"].as_str()),
        (Some("Basic"), Some("The basic tier"))
    );
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateDimensions", "Entity": existing(),
        "DetailsDocument": [{"Key": "BasicService", "Types": ["ExternallyMetered"], "Name": "Basic"}]}])),
    )
    .await;
    assert!(message.contains("INVALID_DIMENSION"), "{message}");

    // The service's rules: no duplicates, every member present, known types only; the object form is not the shape.
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "AddDimensions", "Entity": existing(),
        "DetailsDocument": [dimension("BasicService", &["Entitled"])]}])),
    )
    .await;
    assert!(message.contains("INVALID_DIMENSION") && message.contains("Can't add duplicate dimensions."), "{message}");
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "AddDimensions", "Entity": existing(),
        "DetailsDocument": [{"Key": "Bad key", "Name": "x", "Types": ["Hourly"]}]}])),
    )
    .await;
    for member in ["[0].Key", "[0].Description", "[0].Unit", "[0].Types[0]"] {
        assert!(message.contains(&format!("DetailsDocument{member}")), "{member}: {message}");
    }
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "AddDimensions", "Entity": existing(),
        "DetailsDocument": {"Dimensions": [dimension("Other", &["Entitled"])]}}])),
    )
    .await;
    assert!(message.contains("AddDimensions"), "{message}");

    // AMI products price hourly usage with Metered dimensions.
    catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "A", "Entity": {"Type": "AmiProduct@1.0"}, "DetailsDocument": {}},
            {"ChangeType": "AddDimensions", "Entity": {"Type": "AmiProduct@1.0", "Identifier": "$A.Entity.Identifier"},
             "DetailsDocument": [{"Key": "t2.micro", "Description": "t2.micro", "Name": "t2.micro", "Types": ["Metered"], "Unit": "Hrs"}]}
        ])))
        .await
        .unwrap();
}

fn contract_pricing(key: &str) -> serde_json::Value {
    json!({"PricingModel": "Contract", "Terms": [{"Type": "ConfigurableUpfrontPricingTerm", "CurrencyCode": "USD",
        "RateCards": [{"Selector": {"Type": "Duration", "Value": "P12M"},
            "Constraints": {"MultipleDimensionSelection": "Allowed", "QuantityConfiguration": "Allowed"},
            "RateCard": [{"DimensionKey": key, "Price": "100.00"}]}]}]})
}

fn standard_eula() -> serde_json::Value {
    json!({"Terms": [{"Type": "LegalTerm", "Documents": [{"Type": "StandardEula", "Version": "2022-07-14"}]}]})
}

async fn a_release_is_judged_after_the_whole_set(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let product_id = product(&seller, "Unit").await;
    let offer = || json!({"Type": "Offer@1.0", "Identifier": "$O.Entity.Identifier"});
    // ReleaseOffer stands second, before the terms it needs: the set is judged as a whole, as AWS does.
    let changes = |with_pricing: bool| {
        let mut changes = vec![
            json!({"ChangeType": "CreateOffer", "ChangeName": "O", "Entity": {"Type": "Offer@1.0"},
                   "DetailsDocument": {"ProductId": product_id}}),
            json!({"ChangeType": "ReleaseOffer", "Entity": offer(), "DetailsDocument": {}}),
            json!({"ChangeType": "UpdateTargeting", "Entity": offer(),
                   "DetailsDocument": {"PositiveTargeting": {"BuyerAccounts": [A]}}}),
            json!({"ChangeType": "UpdateAvailability", "Entity": offer(),
                   "DetailsDocument": {"AvailabilityEndDate": "2026-12-31"}}),
            json!({"ChangeType": "UpdateLegalTerms", "Entity": offer(), "DetailsDocument": standard_eula()}),
        ];
        if with_pricing {
            changes.push(json!({"ChangeType": "UpdatePricingTerms", "Entity": offer(),
                                "DetailsDocument": contract_pricing("Users")}));
        }
        wire(serde_json::Value::Array(changes))
    };
    let done = catalog.apply(changes(true)).await.unwrap();
    let types: Vec<&str> = done.changes.iter().map(|c| c.change_type.as_str()).collect();
    assert_eq!(types[..2], ["CreateOffer", "ReleaseOffer"], "DescribeChangeSet keeps the request order");
    let offer_id = done.entity_id_of("O").unwrap();
    let described = catalog.offer(offer_id).await.unwrap();
    assert_eq!(described.state, "Released");
    assert_eq!(described.terms.len(), 2);
    // What the whole set lacks still fails the release, on the release's own change.
    let err = catalog.apply(changes(false)).await.unwrap_err();
    assert!(err.message().contains("ChangeSet[1] ReleaseOffer") && err.message().contains("pricing"), "{err}");
}

fn resale_pricing() -> serde_json::Value {
    json!({"PricingModel": "Contract", "Terms": [{"Type": "ResaleConfigurableUpfrontPricingTerm", "CurrencyCode": "USD",
        "RateCards": [{"Selector": {"Type": "Duration", "Value": "P12M"},
            "Constraints": {"MultipleDimensionSelection": "Allowed", "QuantityConfiguration": "Allowed"},
            "RateCard": [{"DimensionKey": "Users", "Price": "80.00"}]}]}]})
}

async fn resale_authorizations_take_their_own_terms(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let product_id = product(&seller, "Resold").await;
    let ra = || json!({"Type": "ResaleAuthorization@1.0", "Identifier": "$RA.Entity.Identifier"});
    let create = json!({"ChangeType": "CreateResaleAuthorization", "ChangeName": "RA",
        "Entity": {"Type": "ResaleAuthorization@1.0"},
        "DetailsDocument": {"ProductId": product_id, "Name": "Partner X", "ResellerAccountId": X}});
    let buyer_eula = json!({"Terms": [{"Type": "BuyerLegalTerm", "Documents": [{"Type": "CustomEula", "Url": "https://example.com/eula.pdf"}]},
        {"Type": "ResaleLegalTerm", "Documents": [{"Type": "StandardResellerContract"}]}]});
    // As AWS's samples send it: the release second, the terms after it.
    let done = catalog
        .apply(wire(json!([
            create,
            {"ChangeType": "ReleaseResaleAuthorization", "Entity": ra(), "DetailsDocument": {}},
            {"ChangeType": "UpdatePricingTerms", "Entity": ra(), "DetailsDocument": resale_pricing()},
            {"ChangeType": "UpdateLegalTerms", "Entity": ra(), "DetailsDocument": buyer_eula},
            {"ChangeType": "UpdateAvailability", "Entity": ra(), "DetailsDocument": {"AvailabilityEndDate": "2026-12-31"}},
            {"ChangeType": "UpdateBuyerTargetingTerms", "Entity": ra(),
             "DetailsDocument": {"Terms": [{"Type": "BuyerTargetingTerm", "PositiveTargeting": {"BuyerAccounts": [A]}}]}}
        ])))
        .await
        .unwrap();
    let ra_id = done.entity_id_of("RA").unwrap().to_owned();
    let doc = catalog.describe_entity(&ra_id).send().await.unwrap().document();
    assert_eq!(doc["Status"], "Active");
    let types: Vec<&str> = doc["Terms"].as_array().unwrap().iter().filter_map(|t| t["Type"].as_str()).collect();
    assert_eq!(
        types,
        ["ResaleConfigurableUpfrontPricingTerm", "BuyerLegalTerm", "ResaleLegalTerm", "BuyerTargetingTerm"]
    );
    let rules = doc["Rules"].as_array().unwrap();
    assert!(rules.iter().any(|r| r["Type"] == "AvailabilityRule" && r["AvailabilityEndDate"] == "2026-12-31"), "{doc}");
    // The typed model reads it back.
    let terms: Vec<marketplane::model::catalog::resale::ResaleTerm> =
        serde_json::from_value(doc["Terms"].clone()).unwrap();
    assert_eq!(terms[3].positive_targeting.as_ref().unwrap().buyer_accounts, [A]);

    // Released terms are fixed; an offer's LegalTerm is not a resale term; a release needs a BuyerLegalTerm.
    let existing = || json!({"Type": "ResaleAuthorization@1.0", "Identifier": ra_id});
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdatePricingTerms", "Entity": existing(),
        "DetailsDocument": resale_pricing()}])),
    )
    .await;
    assert!(
        message.contains("INCOMPATIBLE_STATUS") && message.contains("after the resale authorization is released"),
        "{message}"
    );
    let message = refused(
        &seller,
        wire(json!([create.clone(), {"ChangeType": "UpdateLegalTerms", "Entity": ra(),
        "DetailsDocument": standard_eula()}])),
    )
    .await;
    assert!(message.contains("DetailsDocument.Terms[0].Type"), "{message}");
    let message = refused(
        &seller,
        wire(json!([create.clone(),
        {"ChangeType": "UpdatePricingTerms", "Entity": ra(), "DetailsDocument": resale_pricing()},
        {"ChangeType": "ReleaseResaleAuthorization", "Entity": ra(), "DetailsDocument": {}}])),
    )
    .await;
    assert!(message.contains("MISSING_MANDATORY_TERMS") && message.contains("Provide a BuyerLegalTerm."), "{message}");

    // The reseller's offer starts from the authorization's terms and buyers: it releases with an expiry alone.
    let reseller = h.client(X);
    let cppo = || json!({"Type": "Offer@1.0", "Identifier": "$C.Entity.Identifier"});
    let done = reseller
        .catalog()
        .apply(wire(json!([
            {"ChangeType": "CreateOfferUsingResaleAuthorization", "ChangeName": "C", "Entity": {"Type": "Offer@1.0"},
             "DetailsDocument": {"ResaleAuthorizationId": ra_id, "Name": "Through partner X"}},
            {"ChangeType": "UpdateMarkup", "Entity": cppo(), "DetailsDocument": {"Percentage": "5.0"}},
            {"ChangeType": "UpdateAvailability", "Entity": cppo(), "DetailsDocument": {"AvailabilityEndDate": "2026-11-30"}},
            {"ChangeType": "ReleaseOffer", "Entity": cppo(), "DetailsDocument": {}}
        ])))
        .await
        .unwrap();
    let offer = reseller.catalog().offer(done.entity_id_of("C").unwrap()).await.unwrap();
    assert_eq!(offer.state, "Released");
    let types: Vec<&str> = offer.terms.iter().map(Term::type_name).collect();
    assert_eq!(types, ["ConfigurableUpfrontPricingTerm", "LegalTerm"]);
    assert_eq!(offer.buyer_accounts(), [A]);

    // A replacement offer under the authorization, for an agreement the partner sold.
    let done = reseller
        .catalog()
        .apply(wire(json!([{"ChangeType": "CreateReplacementOfferUsingResaleAuthorization", "ChangeName": "R",
            "Entity": {"Type": "Offer@1.0"},
            "DetailsDocument": {"ResaleAuthorizationId": ra_id, "AgreementId": "agmt-1234567890abcdef", "Name": "Renewal"}}])))
        .await
        .unwrap();
    let replacement =
        reseller.catalog().describe_entity(done.entity_id_of("R").unwrap()).send().await.unwrap().document();
    assert_eq!(replacement["ResaleAuthorizationId"], ra_id.as_str());
    assert_eq!(replacement["State"], "Draft");

    // A one-time authorization with a flexible payment schedule.
    let schedule = json!({"Terms": [{"Type": "ResalePaymentScheduleTerm", "CurrencyCode": "USD",
        "Schedule": [{"ChargeDate": "2027-01-01", "ChargeAmount": "200.00"}, {"ChargeDate": "2027-06-01", "ChargeAmount": "250.00"}]}]});
    let fixed = json!({"PricingModel": "Contract", "Terms": [{"Type": "ResaleFixedUpfrontPricingTerm", "CurrencyCode": "USD",
        "Price": "0.00", "Duration": "P12M", "Grants": [{"DimensionKey": "Users", "MaxQuantity": 10}]}]});
    let changes = |availability: serde_json::Value| {
        wire(json!([create.clone(),
            {"ChangeType": "ReleaseResaleAuthorization", "Entity": ra(), "DetailsDocument": {}},
            {"ChangeType": "UpdatePricingTerms", "Entity": ra(), "DetailsDocument": fixed},
            {"ChangeType": "UpdatePaymentScheduleTerms", "Entity": ra(), "DetailsDocument": schedule},
            {"ChangeType": "UpdateAvailability", "Entity": ra(), "DetailsDocument": availability},
            {"ChangeType": "UpdateLegalTerms", "Entity": ra(),
             "DetailsDocument": {"Terms": [{"Type": "BuyerLegalTerm", "Documents": [{"Type": "StandardEula"}]}]}}]))
    };
    catalog.apply(changes(json!({"AvailabilityEndDate": "2026-12-31", "OffersMaxQuantity": 1}))).await.unwrap();
    let message = refused(&seller, changes(json!({"AvailabilityEndDate": "2026-12-31"}))).await;
    assert!(message.contains("INCOMPATIBLE_TERMS"), "{message}");
}

async fn ami_and_container_products_take_their_own_change_types(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let ami = || json!({"Type": "AmiProduct@1.0", "Identifier": "$A.Entity.Identifier"});
    // AddInstanceTypes needs dimensions; in one set it may come first, as AWS's samples send it.
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "A", "Entity": {"Type": "AmiProduct@1.0"}, "DetailsDocument": {}},
            {"ChangeType": "AddRegions", "Entity": ami(), "DetailsDocument": {"Regions": ["us-east-1", "us-west-2"]}},
            {"ChangeType": "AddInstanceTypes", "Entity": ami(), "DetailsDocument": {"InstanceTypes": ["t2.micro", "m5.large"]}},
            {"ChangeType": "AddDimensions", "Entity": ami(), "DetailsDocument": [
                {"Key": "t2.micro", "Description": "t2.micro", "Name": "t2.micro", "Types": ["Metered"], "Unit": "Hrs"}]},
            {"ChangeType": "UpdateFutureRegionSupport", "Entity": ami(),
             "DetailsDocument": {"FutureRegionSupport": {"SupportedRegions": ["All"]}}}
        ])))
        .await
        .unwrap();
    let ami_id = done.entity_id_of("A").unwrap().to_owned();
    let existing = || json!({"Type": "AmiProduct@1.0", "Identifier": ami_id});
    catalog
        .apply(wire(json!([{"ChangeType": "RestrictRegions", "Entity": existing(), "DetailsDocument": {"Regions": ["us-west-2"]}}])))
        .await
        .unwrap();
    let doc = catalog.describe_entity(&ami_id).send().await.unwrap().document();
    assert_eq!(doc["Compatibility"]["AvailableInstanceTypes"], json!(["t2.micro", "m5.large"]));
    assert_eq!(doc["RegionAvailability"]["Regions"], json!(["us-east-1"]));
    assert_eq!(doc["RegionAvailability"]["Restrict"], json!(["us-west-2"]));
    assert_eq!(doc["RegionAvailability"]["FutureRegionSupport"], json!({"SupportedRegions": ["All"]}));
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateFutureRegionSupport", "Entity": existing(),
        "DetailsDocument": {"FutureRegionSupport": {"SupportedRegions": ["All", "US"]}}}])),
    )
    .await;
    assert!(message.contains("only 1 value is supported for FutureRegionSupport"), "{message}");
    let message = refused(
        &seller,
        wire(json!([
        {"ChangeType": "CreateProduct", "ChangeName": "B", "Entity": {"Type": "AmiProduct@1.0"}, "DetailsDocument": {}},
        {"ChangeType": "AddInstanceTypes", "Entity": {"Type": "AmiProduct@1.0", "Identifier": "$B.Entity.Identifier"},
         "DetailsDocument": {"InstanceTypes": ["t2.micro"]}}])),
    )
    .await;
    assert!(message.contains("MISSING_DIMENSIONS"), "{message}");
    // AddRegions is for AMI products only.
    let message = refused(&seller, wire(json!([
        {"ChangeType": "CreateProduct", "ChangeName": "S", "Entity": {"Type": "SaaSProduct@1.0"}, "DetailsDocument": {}},
        {"ChangeType": "AddRegions", "Entity": {"Type": "SaaSProduct@1.0", "Identifier": "$S.Entity.Identifier"},
         "DetailsDocument": {"Regions": ["us-east-1"]}}]))).await;
    assert!(message.contains("UNSUPPORTED_CHANGE_TYPE"), "{message}");

    // Container products get ECR repositories.
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "C", "Entity": {"Type": "ContainerProduct@1.0"}, "DetailsDocument": {}},
            {"ChangeType": "AddRepositories", "Entity": {"Type": "ContainerProduct@1.0", "Identifier": "$C.Entity.Identifier"},
             "DetailsDocument": {"Repositories": [{"RepositoryName": "streaming-engine", "RepositoryType": "ECR"}]}}
        ])))
        .await
        .unwrap();
    let doc = catalog.describe_entity(done.entity_id_of("C").unwrap()).send().await.unwrap().document();
    let repository = &doc["Repositories"][0];
    assert_eq!(repository["Type"], "ECR");
    assert!(repository["Url"].as_str().unwrap().ends_with("/streaming-engine"), "{doc}");
}

async fn solutions_and_offer_sets_go_together(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let product_id = product(&seller, "Part of a solution").await;
    let solution = || json!({"Type": "Solution@1.0", "Identifier": "$Sol.Entity.Identifier"});
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateSolution", "ChangeName": "Sol", "Entity": {"Type": "Solution@1.0"},
             "DetailsDocument": {"Name": "lake-and-stream", "Title": "Lake and Stream"}},
            {"ChangeType": "UpdateInformation", "Entity": solution(), "DetailsDocument": {
                "ShortDescription": "Both tools", "LongDescription": "Both tools, integrated",
                "LogoUrl": "https://example.com/logo.png",
                "PromotionalMedia": [{"Type": "Video", "Url": "https://example.com/v.mp4", "Title": "Demo",
                                      "PreviewUrl": "https://example.com/p.png", "Description": "A demo"}],
                "UseCases": [{"Group": "advertising_and_marketing", "SubGroup": "ad_intelligence_and_measurement",
                              "Item": "amazon_ads_insights", "Description": "Insights"}]}},
            {"ChangeType": "UpdateRelatedProducts", "Entity": solution(), "DetailsDocument": {
                "IntegrationDescription": "How they fit", "AwsMarketplaceProducts": [{"ProductId": product_id}],
                "NonAwsMarketplaceProducts": [{"Type": "Hardware", "Title": "Appliance"}]}},
            {"ChangeType": "UpdateBuyerEngagementOptions", "Entity": solution(),
             "DetailsDocument": [{"EngagementOption": "RequestPrivateOffer"}]},
            {"ChangeType": "ReleaseSolution", "Entity": solution(), "DetailsDocument": {}}
        ])))
        .await
        .unwrap();
    let solution_id = done.entity_id_of("Sol").unwrap().to_owned();
    assert!(solution_id.starts_with("soln-"), "{solution_id}");
    let described = catalog.describe_entity(&solution_id).send().await.unwrap();
    assert_eq!(described.entity_type, "Solution@1.0");
    let doc = described.document();
    assert_eq!(doc["Lifecycle"]["Visibility"], "Limited");
    assert_eq!(doc["Presentation"]["Title"], "Lake and Stream");
    assert_eq!(doc["RelatedProducts"]["AwsMarketplaceProducts"][0]["ProductId"], product_id.as_str());
    assert_eq!(doc["BuyerEngagement"], json!([{"EngagementOption": "RequestPrivateOffer"}]));
    // The typed changes read the document's members back.
    let presentation: ch::UpdateSolutionInformation = serde_json::from_value(doc["Presentation"].clone()).unwrap();
    assert_eq!(presentation.use_cases.unwrap()[0].item, "amazon_ads_insights");
    let existing = || json!({"Type": "Solution@1.0", "Identifier": solution_id});
    // null removes a member; Public solutions keep their related products.
    catalog
        .apply(wire(json!([
            {"ChangeType": "UpdateInformation", "Entity": existing(), "DetailsDocument": {"PromotionalMedia": null}},
            {"ChangeType": "UpdateVisibility", "Entity": existing(), "DetailsDocument": {"TargetVisibility": "Public"}}
        ])))
        .await
        .unwrap();
    let doc = catalog.describe_entity(&solution_id).send().await.unwrap().document();
    assert!(doc["Presentation"].get("PromotionalMedia").is_none(), "{doc}");
    assert_eq!(doc["Lifecycle"]["Visibility"], "Public");
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateRelatedProducts", "Entity": existing(),
        "DetailsDocument": {"IntegrationDescription": "New"}}])),
    )
    .await;
    assert!(message.contains("INCOMPATIBLE_OPERATION_UPDATE_RELATED_PRODUCTS_SOLUTION"), "{message}");
    let message = refused(&seller, wire(json!([
        {"ChangeType": "CreateSolution", "ChangeName": "Bare", "Entity": {"Type": "Solution@1.0"}, "DetailsDocument": {"Name": "bare"}},
        {"ChangeType": "ReleaseSolution", "Entity": {"Type": "Solution@1.0", "Identifier": "$Bare.Entity.Identifier"}, "DetailsDocument": {}}
    ]))).await;
    assert!(message.contains("MISSING_REQUIRED_FIELDS") && message.contains("ShortDescription"), "{message}");

    // An offer set is tied to one solution at a time.
    let set = || json!({"Type": "OfferSet@1.0", "Identifier": "$Set.Entity.Identifier"});
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateOfferSet", "ChangeName": "Set", "Entity": {"Type": "OfferSet@1.0"}, "DetailsDocument": {"Name": "Bundle"}},
            {"ChangeType": "CreateSolution", "ChangeName": "Sol2", "Entity": {"Type": "Solution@1.0"}, "DetailsDocument": {"Name": "other"}},
            {"ChangeType": "AssociateSolution", "Entity": set(), "DetailsDocument": {"SolutionId": solution_id}}
        ])))
        .await
        .unwrap();
    let set_id = done.entity_id_of("Set").unwrap().to_owned();
    let other = done.entity_id_of("Sol2").unwrap().to_owned();
    assert_eq!(catalog.describe_entity(&set_id).send().await.unwrap().document()["SolutionId"], solution_id.as_str());
    let existing_set = || json!({"Type": "OfferSet@1.0", "Identifier": set_id});
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "AssociateSolution", "Entity": existing_set(),
        "DetailsDocument": {"SolutionId": other}}])),
    )
    .await;
    assert!(message.contains("INCOMPATIBLE_SOLUTION_ASSOCIATION"), "{message}");
    catalog
        .apply(wire(json!([{"ChangeType": "DisassociateSolution", "Entity": existing_set(), "DetailsDocument": {"SolutionId": solution_id}}])))
        .await
        .unwrap();
    assert!(catalog.describe_entity(&set_id).send().await.unwrap().document().get("SolutionId").is_none());
}

async fn released_offers_and_products_move_as_aws_allows(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let product_id = product(&seller, "Moving").await;
    let public = |pricing: serde_json::Value| {
        let offer = || json!({"Type": "Offer@1.0", "Identifier": "$O.Entity.Identifier"});
        wire(json!([
            {"ChangeType": "CreateOffer", "ChangeName": "O", "Entity": {"Type": "Offer@1.0"}, "DetailsDocument": {"ProductId": product_id}},
            {"ChangeType": "UpdatePricingTerms", "Entity": offer(), "DetailsDocument": pricing},
            {"ChangeType": "UpdateLegalTerms", "Entity": offer(), "DetailsDocument": standard_eula()},
            {"ChangeType": "ReleaseOffer", "Entity": offer(), "DetailsDocument": {}}
        ]))
    };
    let usage = |price: &str| {
        json!({"PricingModel": "Usage", "Terms": [{"Type": "UsageBasedPricingTerm", "CurrencyCode": "USD",
        "RateCards": [{"RateCard": [{"DimensionKey": "Users", "Price": price}]}]}]})
    };
    let done = catalog.apply(public(usage("1.00"))).await.unwrap();
    let offer_id = done.entity_id_of("O").unwrap().to_owned();
    let existing = || json!({"Type": "Offer@1.0", "Identifier": offer_id});
    // A released public offer's prices and country targeting change; its pricing model and buyers do not.
    catalog
        .apply(wire(json!([
            {"ChangeType": "UpdatePricingTerms", "Entity": existing(), "DetailsDocument": usage("2.00")},
            {"ChangeType": "UpdateTargeting", "Entity": existing(),
             "DetailsDocument": {"NegativeTargeting": {"CountryCodes": ["CU"]}}}
        ])))
        .await
        .unwrap();
    let offer = catalog.offer(&offer_id).await.unwrap();
    assert!(
        offer
            .terms
            .iter()
            .any(|t| matches!(t, Term::UsageBasedPricing(t) if t.rate_cards[0].rate_card[0].price == "2.00")),
        "{offer:?}"
    );
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdatePricingTerms", "Entity": existing(),
        "DetailsDocument": contract_pricing("Users")}])),
    )
    .await;
    assert!(
        message.contains("INCOMPATIBLE_PRICING_MODEL") && message.contains("can't change from [Usage] to [Contract]"),
        "{message}"
    );
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateTargeting", "Entity": existing(),
        "DetailsDocument": {"PositiveTargeting": {"BuyerAccounts": [A]}}}])),
    )
    .await;
    assert!(message.contains("BuyerAccounts can't be added after the offer is released."), "{message}");
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateRenewalTerms", "Entity": existing(),
        "DetailsDocument": {"Terms": [{"Type": "RenewalTerm"}]}}])),
    )
    .await;
    assert!(message.contains("INCOMPATIBLE_TERMS"), "{message}");

    // Pricing combinations AWS takes: a free trial alone under Usage; Free with zero prices only.
    let trial = json!({"PricingModel": "Usage", "Terms": [{"Type": "FreeTrialPricingTerm", "Duration": "P21D",
        "Grants": [{"DimensionKey": "Users"}]}]});
    catalog.apply(public(trial)).await.unwrap();
    let free = |price: &str| {
        json!({"PricingModel": "Free", "Terms": [{"Type": "UsageBasedPricingTerm", "CurrencyCode": "USD",
        "RateCards": [{"RateCard": [{"DimensionKey": "Users", "Price": price}]}]}]})
    };
    let message = refused(&seller, public(free("1.00"))).await;
    assert!(
        message.contains("Set all charge amounts and prices to zero (0) when using Free pricing model."),
        "{message}"
    );

    // AMI hourly-annual with a flexible payment schedule: usage prices, a zero fixed upfront term and a schedule.
    let ami = || json!({"Type": "AmiProduct@1.0", "Identifier": "$A.Entity.Identifier"});
    let offer = || json!({"Type": "Offer@1.0", "Identifier": "$O.Entity.Identifier"});
    catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "A", "Entity": {"Type": "AmiProduct@1.0"},
             "DetailsDocument": {"ProductTitle": "Hourly"}},
            {"ChangeType": "AddDimensions", "Entity": ami(), "DetailsDocument": [
                {"Key": "t2.micro", "Description": "t2.micro", "Name": "t2.micro", "Types": ["Metered"], "Unit": "Hrs"}]},
            {"ChangeType": "ReleaseProduct", "Entity": ami(), "DetailsDocument": {}},
            {"ChangeType": "CreateOffer", "ChangeName": "O", "Entity": {"Type": "Offer@1.0"},
             "DetailsDocument": {"ProductId": "$A.Entity.Identifier"}},
            {"ChangeType": "UpdatePricingTerms", "Entity": offer(), "DetailsDocument": {"PricingModel": "Usage", "Terms": [
                {"Type": "UsageBasedPricingTerm", "CurrencyCode": "USD", "RateCards": [{"RateCard": [{"DimensionKey": "t2.micro", "Price": "0.15"}]}]},
                {"Type": "FixedUpfrontPricingTerm", "CurrencyCode": "USD", "Price": "0.0", "Duration": "P365D",
                 "Grants": [{"DimensionKey": "t2.micro", "MaxQuantity": 1}]}]}},
            {"ChangeType": "UpdatePaymentScheduleTerms", "Entity": offer(), "DetailsDocument": {"Terms": [
                {"Type": "PaymentScheduleTerm", "CurrencyCode": "USD", "Schedule": [{"ChargeDate": "2027-01-01", "ChargeAmount": "100.00"}]}]}},
            {"ChangeType": "UpdateLegalTerms", "Entity": offer(), "DetailsDocument": standard_eula()},
            {"ChangeType": "UpdateTargeting", "Entity": offer(), "DetailsDocument": {"PositiveTargeting": {"BuyerAccounts": [A]}}},
            {"ChangeType": "UpdateAvailability", "Entity": offer(), "DetailsDocument": {"AvailabilityEndDate": "2026-12-31"}},
            {"ChangeType": "ReleaseOffer", "Entity": offer(), "DetailsDocument": {}}
        ])))
        .await
        .unwrap();

    // Products: Limited to Public, restricted with a replacement, and the replacement only when restricting.
    let other = product(&seller, "Replacement").await;
    let existing = || json!({"Type": "SaaSProduct@1.0", "Identifier": product_id});
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateVisibility", "Entity": existing(),
        "DetailsDocument": {"TargetVisibility": "Public", "ReplacementProductId": other}}])),
    )
    .await;
    assert!(message.contains("Replacement product ID is only valid when restricting a product."), "{message}");
    catalog
        .apply(wire(json!([{"ChangeType": "UpdateVisibility", "Entity": existing(),
            "DetailsDocument": {"TargetVisibility": "Restricted", "ReplacementProductId": other}}])))
        .await
        .unwrap();
    let doc = catalog.describe_entity(&product_id).send().await.unwrap().document();
    assert_eq!(doc["Description"]["Visibility"], "Restricted");
    assert_eq!(doc["Description"]["ReplacementProductId"], other.as_str());
    let message = refused(&seller, wire(json!([
        {"ChangeType": "CreateProduct", "ChangeName": "D", "Entity": {"Type": "SaaSProduct@1.0"}, "DetailsDocument": {}},
        {"ChangeType": "UpdateVisibility", "Entity": {"Type": "SaaSProduct@1.0", "Identifier": "$D.Entity.Identifier"},
         "DetailsDocument": {"TargetVisibility": "Public"}}]))).await;
    assert!(message.contains("INVALID_PRODUCT_STATE"), "{message}");
}

/// The document without its nulls (a typed model leaves absent members out).
fn without_nulls(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            map.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, without_nulls(v))).collect()
        }
        serde_json::Value::Array(items) => items.into_iter().map(without_nulls).collect(),
        other => other,
    }
}

async fn every_entity_document_reads_into_its_typed_model(h: &Harness) {
    use marketplane::model::catalog::documents::{
        OfferSetDetails, ProductDetails, ResaleAuthorizationDetails, SolutionDetails,
    };
    let seller = h.client(S);
    let catalog = seller.catalog();
    let saas = || json!({"Type": "SaaSProduct@1.0", "Identifier": "$P.Entity.Identifier"});
    let ami = || json!({"Type": "AmiProduct@1.0", "Identifier": "$A.Entity.Identifier"});
    let container = || json!({"Type": "ContainerProduct@1.0", "Identifier": "$C.Entity.Identifier"});
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "P", "Entity": {"Type": "SaaSProduct@1.0"}, "DetailsDocument": {}},
            {"ChangeType": "UpdateInformation", "Entity": saas(), "DetailsDocument": {"ProductTitle": "Lake",
                "ShortDescription": "Short", "LongDescription": "Long", "LogoUrl": "https://example.com/logo.png",
                "VideoUrls": ["https://example.com/v.mp4"], "Highlights": ["Fast"], "SearchKeywords": ["lake"],
                "Categories": ["Operating Systems"], "AdditionalResources": [{"Text": "Docs", "Url": "https://example.com/docs"}],
                "SupportDescription": "Email us", "Sku": "LAKE-1"}},
            {"ChangeType": "AddDimensions", "Entity": saas(), "DetailsDocument": [dimension("Users", &["Entitled"])]},
            {"ChangeType": "UpdateTargeting", "Entity": saas(), "DetailsDocument": {"PositiveTargeting": {"BuyerAccounts": [A]}}},
            {"ChangeType": "AddDeliveryOptions", "Entity": saas(), "DetailsDocument": {"DeliveryOptions": [
                {"Details": {"SaaSUrlDeliveryOptionDetails": {"FulfillmentUrl": "https://example.com/signup"}}}]}},
            {"ChangeType": "ReleaseProduct", "Entity": saas(), "DetailsDocument": {}},
            {"ChangeType": "CreateProduct", "ChangeName": "A", "Entity": {"Type": "AmiProduct@1.0"}, "DetailsDocument": {"ProductTitle": "Image"}},
            {"ChangeType": "AddRegions", "Entity": ami(), "DetailsDocument": {"Regions": ["us-east-1"]}},
            {"ChangeType": "AddDimensions", "Entity": ami(), "DetailsDocument": [
                {"Key": "t2.micro", "Description": "t2.micro", "Name": "t2.micro", "Types": ["Metered"], "Unit": "Hrs"}]},
            {"ChangeType": "AddInstanceTypes", "Entity": ami(), "DetailsDocument": {"InstanceTypes": ["t2.micro"]}},
            {"ChangeType": "AddDeliveryOptions", "Entity": ami(), "DetailsDocument": {
                "Version": {"VersionTitle": "1.0", "ReleaseNotes": "First"},
                "DeliveryOptions": [{"Details": {"AmiDeliveryOptionDetails": {"AmiSource": {"AmiId": "ami-12345678"}}}}]}},
            {"ChangeType": "CreateProduct", "ChangeName": "C", "Entity": {"Type": "ContainerProduct@1.0"}, "DetailsDocument": {}},
            {"ChangeType": "AddRepositories", "Entity": container(), "DetailsDocument": {"Repositories": [{"RepositoryName": "engine", "RepositoryType": "ECR"}]}},
            {"ChangeType": "CreateResaleAuthorization", "ChangeName": "RA", "Entity": {"Type": "ResaleAuthorization@1.0"},
             "DetailsDocument": {"ProductId": "$P.Entity.Identifier", "Name": "Partner", "ResellerAccountId": X}},
            {"ChangeType": "UpdatePricingTerms", "Entity": {"Type": "ResaleAuthorization@1.0", "Identifier": "$RA.Entity.Identifier"},
             "DetailsDocument": resale_pricing()},
            {"ChangeType": "CreateOfferSet", "ChangeName": "Set", "Entity": {"Type": "OfferSet@1.0"}, "DetailsDocument": {"Name": "Bundle"}},
            {"ChangeType": "CreateSolution", "ChangeName": "Sol", "Entity": {"Type": "Solution@1.0"}, "DetailsDocument": {"Name": "sol", "Title": "Solution"}}
        ])))
        .await
        .unwrap();
    let described = |name: &str| {
        let id = done.entity_id_of(name).unwrap().to_owned();
        async move { catalog.describe_entity(&id).send().await.unwrap() }
    };
    // Each document reads into its model (which refuses members it does not know) and writes back the same.
    for name in ["P", "A", "C"] {
        let entity = described(name).await;
        let typed: ProductDetails = entity.parse().unwrap();
        assert_eq!(serde_json::to_value(&typed).unwrap(), without_nulls(entity.document()), "{name}");
    }
    let lake: ProductDetails = described("P").await.parse().unwrap();
    assert_eq!(lake.description.visibility.as_deref(), Some("Limited"));
    assert_eq!(lake.promotional_resources.unwrap().additional_resources[0].text.as_deref(), Some("Docs"));
    assert_eq!(lake.support_information.unwrap().description.as_deref(), Some("Email us"));
    assert_eq!(lake.dimensions[0].key, "Users");
    assert!(lake.versions[0].id.is_some());
    let image: ProductDetails = described("A").await.parse().unwrap();
    assert_eq!(image.versions[0].version_title.as_deref(), Some("1.0"));
    assert_eq!(image.compatibility.unwrap().available_instance_types, ["t2.micro"]);
    let engine: ProductDetails = described("C").await.parse().unwrap();
    assert_eq!(engine.repositories[0].repository_type, "ECR");

    let entity = described("RA").await;
    let ra: ResaleAuthorizationDetails = entity.parse().unwrap();
    assert_eq!(serde_json::to_value(&ra).unwrap(), without_nulls(entity.document()));
    assert_eq!((ra.status.as_str(), ra.pricing_model.as_deref()), ("Draft", Some("Contract")));
    assert_eq!(ra.terms[0].term_type, "ResaleConfigurableUpfrontPricingTerm");
    let entity = described("Set").await;
    let set: OfferSetDetails = entity.parse().unwrap();
    assert_eq!(serde_json::to_value(&set).unwrap(), without_nulls(entity.document()));
    assert_eq!(set.state, "Draft");
    let entity = described("Sol").await;
    let solution: SolutionDetails = entity.parse().unwrap();
    assert_eq!(solution.lifecycle.visibility, "Draft");
    assert_eq!(solution.presentation.title.as_deref(), Some("Solution"));
}

async fn resale_authorization_information_validity_net_payment_and_restriction(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let product_id = product(&seller, "Renewed through a partner").await;
    let ra = || json!({"Type": "ResaleAuthorization@1.0", "Identifier": "$RA.Entity.Identifier"});
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateResaleAuthorization", "ChangeName": "RA", "Entity": {"Type": "ResaleAuthorization@1.0"},
             "DetailsDocument": {"ProductId": product_id, "Name": "Renewal", "ResellerAccountId": X}},
            {"ChangeType": "UpdateInformation", "Entity": ra(), "DetailsDocument": {"Description": "Renewal of an existing deal",
             "PreExistingBuyerAgreement": {"AcquisitionChannel": "AwsMarketplace", "PricingModel": "Contract"}}},
            {"ChangeType": "UpdateBuyerValidityTerms", "Entity": ra(),
             "DetailsDocument": {"Terms": [{"Type": "BuyerValidityTerm", "MaximumAgreementStartDate": "2027-01-31"}]}},
            {"ChangeType": "UpdateNetPaymentTerms", "Entity": ra(),
             "DetailsDocument": {"Terms": [{"Type": "ResaleNetPaymentTerm", "PaymentDuePeriod": "P60D"}]}},
            {"ChangeType": "UpdatePricingTerms", "Entity": ra(), "DetailsDocument": resale_pricing()},
            {"ChangeType": "UpdateLegalTerms", "Entity": ra(),
             "DetailsDocument": {"Terms": [{"Type": "BuyerLegalTerm", "Documents": [{"Type": "StandardEula"}]}]}},
            {"ChangeType": "ReleaseResaleAuthorization", "Entity": ra(), "DetailsDocument": {}}
        ])))
        .await
        .unwrap();
    let ra_id = done.entity_id_of("RA").unwrap().to_owned();
    let doc = catalog.describe_entity(&ra_id).send().await.unwrap().document();
    assert_eq!(doc["PreExistingBuyerAgreement"]["AcquisitionChannel"], "AwsMarketplace");
    assert_eq!(doc["Description"], "Renewal of an existing deal");
    let types: Vec<&str> = doc["Terms"].as_array().unwrap().iter().filter_map(|t| t["Type"].as_str()).collect();
    assert!(types.contains(&"BuyerValidityTerm") && types.contains(&"ResaleNetPaymentTerm"), "{types:?}");
    let existing = || json!({"Type": "ResaleAuthorization@1.0", "Identifier": ra_id});
    // Net payment terms, like every term, are fixed once the authorization is released.
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateNetPaymentTerms", "Entity": existing(),
        "DetailsDocument": {"Terms": [{"Type": "ResaleNetPaymentTerm", "PaymentDuePeriod": "P30D"}]}}])),
    )
    .await;
    assert!(
        message
            .contains("UpdateNetPaymentTerms request can't be performed after the resale authorization is released."),
        "{message}"
    );
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateInformation", "Entity": existing(), "DetailsDocument": {}}])),
    )
    .await;
    assert!(message.contains("Any of [Name, Description, PreExistingBuyerAgreement] is required"), "{message}");
    // Restricting is final: nothing changes afterwards, and the partner can no longer make offers under it.
    catalog
        .apply(wire(
            json!([{"ChangeType": "RestrictResaleAuthorization", "Entity": existing(), "DetailsDocument": {}}]),
        ))
        .await
        .unwrap();
    assert_eq!(catalog.describe_entity(&ra_id).send().await.unwrap().document()["Status"], "Restricted");
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateInformation", "Entity": existing(),
        "DetailsDocument": {"Name": "Again"}}])),
    )
    .await;
    assert!(message.contains("INCOMPATIBLE_STATUS"), "{message}");
    let message = refused(
        &h.client(X),
        wire(json!([{"ChangeType": "CreateOfferUsingResaleAuthorization",
        "Entity": {"Type": "Offer@1.0"}, "DetailsDocument": {"ResaleAuthorizationId": ra_id}}])),
    )
    .await;
    assert!(
        message.contains("INCOMPATIBLE_RESALE_AUTHORIZATION")
            && message.contains("Use a ResaleAuthorization in active state."),
        "{message}"
    );
}

/// The delivery options of a product's `DescribeEntity` document, version by version: each option's id and
/// visibility.
fn delivery_options(doc: &serde_json::Value) -> Vec<Vec<(String, String)>> {
    let versions = doc["Versions"].as_array().cloned().unwrap_or_default();
    versions
        .iter()
        .map(|v| {
            let options = v["DeliveryOptions"].as_array().cloned().unwrap_or_default();
            options
                .iter()
                .map(|o| (o["Id"].as_str().unwrap_or("").to_owned(), o["Visibility"].as_str().unwrap_or("").to_owned()))
                .collect()
        })
        .collect()
}

async fn restrict_dimensions_takes_dimensions_off_the_product(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "P", "Entity": {"Type": "SaaSProduct@1.0"}, "DetailsDocument": {}},
            {"ChangeType": "AddDimensions", "Entity": {"Type": "SaaSProduct@1.0", "Identifier": "$P.Entity.Identifier"},
             "DetailsDocument": [dimension("Users", &["Entitled"]), dimension("Data", &["ExternallyMetered"])]}
        ])))
        .await
        .unwrap();
    let product_id = done.entity_id_of("P").unwrap().to_owned();
    let existing = || json!({"Type": "SaaSProduct@1.0", "Identifier": product_id});
    // The DetailsDocument is the array of {Key, Types}, as boto3 sends it.
    catalog
        .apply(wire(json!([{"ChangeType": "RestrictDimensions", "Entity": existing(),
            "DetailsDocument": [{"Key": "Data", "Types": ["ExternallyMetered"]}]}])))
        .await
        .unwrap();
    let doc = catalog.describe_entity(&product_id).send().await.unwrap().document();
    let keys: Vec<&str> = doc["Dimensions"].as_array().unwrap().iter().filter_map(|d| d["Key"].as_str()).collect();
    assert_eq!(keys, ["Users"], "{doc}");
    // A dimension is named by its key and its types together.
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "RestrictDimensions", "Entity": existing(),
        "DetailsDocument": [{"Key": "Users", "Types": ["ExternallyMetered"]}]}])),
    )
    .await;
    assert!(message.contains("INVALID_DIMENSION") && message.contains("No dimension with key 'Users'"), "{message}");
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "RestrictDimensions", "Entity": existing(),
        "DetailsDocument": [{"Key": "Users", "Types": []}]}])),
    )
    .await;
    assert!(message.contains("INVALID_INPUT") && message.contains("DetailsDocument[0].Types"), "{message}");
    // Container products do not take it.
    let message = refused(&seller, wire(json!([
        {"ChangeType": "CreateProduct", "ChangeName": "C", "Entity": {"Type": "ContainerProduct@1.0"}, "DetailsDocument": {}},
        {"ChangeType": "RestrictDimensions", "Entity": {"Type": "ContainerProduct@1.0", "Identifier": "$C.Entity.Identifier"},
         "DetailsDocument": [{"Key": "Users", "Types": ["Entitled"]}]}]))).await;
    assert!(message.contains("UNSUPPORTED_CHANGE_TYPE"), "{message}");
}

async fn restrict_instance_types_moves_them_to_the_restricted_list(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let ami = || json!({"Type": "AmiProduct@1.0", "Identifier": "$A.Entity.Identifier"});
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "A", "Entity": {"Type": "AmiProduct@1.0"}, "DetailsDocument": {}},
            {"ChangeType": "AddDimensions", "Entity": ami(), "DetailsDocument": [
                {"Key": "t2.micro", "Description": "t2.micro", "Name": "t2.micro", "Types": ["Metered"], "Unit": "Hrs"}]},
            {"ChangeType": "AddInstanceTypes", "Entity": ami(), "DetailsDocument": {"InstanceTypes": ["t2.micro", "m5.large"]}}
        ])))
        .await
        .unwrap();
    let ami_id = done.entity_id_of("A").unwrap().to_owned();
    let existing = || json!({"Type": "AmiProduct@1.0", "Identifier": ami_id});
    catalog
        .apply(wire(json!([{"ChangeType": "RestrictInstanceTypes", "Entity": existing(),
            "DetailsDocument": {"InstanceTypes": ["m5.large"]}}])))
        .await
        .unwrap();
    let described = catalog.describe_entity(&ami_id).send().await.unwrap();
    let doc = described.document();
    assert_eq!(doc["Compatibility"]["AvailableInstanceTypes"], json!(["t2.micro"]));
    assert_eq!(doc["Compatibility"]["RestrictedInstanceTypes"], json!(["m5.large"]));
    let typed: marketplane::model::catalog::documents::ProductDetails = described.parse().unwrap();
    assert_eq!(typed.compatibility.unwrap().restricted_instance_types, ["m5.large"]);
    // Only an available instance type can be restricted.
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "RestrictInstanceTypes", "Entity": existing(),
        "DetailsDocument": {"InstanceTypes": ["m5.large", "c5.xlarge"]}}])),
    )
    .await;
    assert!(message.contains("[m5.large, c5.xlarge] are not available instance types"), "{message}");
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "RestrictInstanceTypes", "Entity": existing(),
        "DetailsDocument": {"InstanceTypes": []}}])),
    )
    .await;
    assert!(message.contains("DetailsDocument.InstanceTypes"), "{message}");
    // Added again, it is available and no longer restricted.
    catalog
        .apply(wire(json!([{"ChangeType": "AddInstanceTypes", "Entity": existing(),
            "DetailsDocument": {"InstanceTypes": ["m5.large"]}}])))
        .await
        .unwrap();
    let doc = catalog.describe_entity(&ami_id).send().await.unwrap().document();
    assert_eq!(doc["Compatibility"], json!({"AvailableInstanceTypes": ["t2.micro", "m5.large"]}));
}

/// A released AMI product with two versions (one delivery option each); its id.
async fn ami_with_two_versions(catalog: &Catalog<'_>) -> String {
    let ami = || json!({"Type": "AmiProduct@1.0", "Identifier": "$A.Entity.Identifier"});
    let version = |title: &str, ami_id: &str| {
        json!({"Version": {"VersionTitle": title, "ReleaseNotes": format!("{title} notes")},
               "DeliveryOptions": [{"Details": {"AmiDeliveryOptionDetails": {
                   "AmiSource": {"AmiId": ami_id, "AccessRoleArn": "arn:aws:iam::444444444444:role/Ingest",
                                 "UserName": "ec2-user", "OperatingSystemName": "AMAZONLINUX",
                                 "OperatingSystemVersion": "2023", "ScanningPort": 22},
                   "UsageInstructions": "Connect with SSH.", "RecommendedInstanceType": "t2.micro",
                   "SecurityGroups": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": ["0.0.0.0/0"]}]}}}]})
    };
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "A", "Entity": {"Type": "AmiProduct@1.0"}, "DetailsDocument": {"ProductTitle": "Image"}},
            {"ChangeType": "AddDeliveryOptions", "Entity": ami(), "DetailsDocument": version("1.0", "ami-11111111")},
            {"ChangeType": "ReleaseProduct", "Entity": ami(), "DetailsDocument": {}}
        ])))
        .await
        .unwrap();
    let ami_id = done.entity_id_of("A").unwrap().to_owned();
    catalog
        .apply(wire(
            json!([{"ChangeType": "AddDeliveryOptions", "Entity": {"Type": "AmiProduct@1.0", "Identifier": ami_id},
            "DetailsDocument": version("2.0", "ami-22222222")}]),
        ))
        .await
        .unwrap();
    ami_id
}

async fn restrict_delivery_options_keeps_one_version_open(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let ami_id = ami_with_two_versions(&catalog).await;
    let existing = || json!({"Type": "AmiProduct@1.0", "Identifier": ami_id});
    let doc = catalog.describe_entity(&ami_id).send().await.unwrap().document();
    let versions = delivery_options(&doc);
    let (first, second) = (versions[0][0].0.clone(), versions[1][0].0.clone());
    // Delivery option ids of AMI and container products are UUIDs; a new version of a Limited product is Limited.
    assert!(first.len() == 36 && first.split('-').map(str::len).eq([8, 4, 4, 4, 12]), "{first}");
    assert_eq!((versions[0][0].1.as_str(), versions[1][0].1.as_str()), ("Limited", "Limited"), "{doc}");
    catalog
        .apply(wire(json!([{"ChangeType": "RestrictDeliveryOptions", "Entity": existing(),
            "DetailsDocument": {"DeliveryOptionIds": [first]}}])))
        .await
        .unwrap();
    let doc = catalog.describe_entity(&ami_id).send().await.unwrap().document();
    assert_eq!(
        delivery_options(&doc),
        [vec![(first.clone(), "Restricted".to_owned())], vec![(second.clone(), "Limited".to_owned())]]
    );
    // The last open version of a released product stays; an unknown id is refused.
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "RestrictDeliveryOptions", "Entity": existing(),
        "DetailsDocument": {"DeliveryOptionIds": [second]}}])),
    )
    .await;
    assert!(message.contains("At least one unrestricted version must remain available"), "{message}");
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "RestrictDeliveryOptions", "Entity": existing(),
        "DetailsDocument": {"DeliveryOptionIds": ["00000000-0000-0000-0000-000000000000"]}}])),
    )
    .await;
    assert!(
        message.contains("RESOURCE_NOT_FOUND") && message.contains("00000000-0000-0000-0000-000000000000"),
        "{message}"
    );
}

async fn update_delivery_options_changes_a_version_in_place(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let ami_id = ami_with_two_versions(&catalog).await;
    let existing = || json!({"Type": "AmiProduct@1.0", "Identifier": ami_id});
    let doc = catalog.describe_entity(&ami_id).send().await.unwrap().document();
    let second = delivery_options(&doc)[1][0].0.clone();
    catalog
        .apply(wire(json!([{"ChangeType": "UpdateDeliveryOptions", "Entity": existing(), "DetailsDocument": {
            "Version": {"ReleaseNotes": "2.0, with the fix"},
            "DeliveryOptions": [{"Id": second, "Details": {"AmiDeliveryOptionDetails": {
                "UsageInstructions": "Connect with SSH as ec2-user.", "RecommendedInstanceType": "m5.large"}}}]}}])))
        .await
        .unwrap();
    let described = catalog.describe_entity(&ami_id).send().await.unwrap();
    let doc = described.document();
    let version = &doc["Versions"][1];
    assert_eq!(version["ReleaseNotes"], "2.0, with the fix");
    assert_eq!(version["VersionTitle"], "2.0");
    let details = &version["DeliveryOptions"][0]["Details"]["AmiDeliveryOptionDetails"];
    assert_eq!(details["UsageInstructions"], "Connect with SSH as ec2-user.");
    assert_eq!(details["RecommendedInstanceType"], "m5.large");
    // What the update leaves out stays as it was; the other version is untouched.
    assert_eq!(details["AmiSource"]["AmiId"], "ami-22222222");
    assert_eq!(doc["Versions"][0]["ReleaseNotes"], "1.0 notes");
    let _: marketplane::model::catalog::documents::ProductDetails = described.parse().unwrap();
    // Details of another product type's kind, a title for an AMI version, two options at once: refused.
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateDeliveryOptions", "Entity": existing(), "DetailsDocument": {
        "DeliveryOptions": [{"Id": second, "Details": {"EcrDeliveryOptionDetails": {"Description": "x"}}}]}}])),
    )
    .await;
    assert!(message.contains("has no EcrDeliveryOptionDetails"), "{message}");
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateDeliveryOptions", "Entity": existing(), "DetailsDocument": {
        "Version": {"VersionTitle": "2.1"}, "DeliveryOptions": [{"Id": second}]}}])),
    )
    .await;
    assert!(message.contains("DetailsDocument.Version.VersionTitle"), "{message}");
    let first = delivery_options(&doc)[0][0].0.clone();
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateDeliveryOptions", "Entity": existing(), "DetailsDocument": {
        "DeliveryOptions": [{"Id": first, "Details": {"AmiDeliveryOptionDetails": {"UsageInstructions": "a"}}},
                            {"Id": second, "Details": {"AmiDeliveryOptionDetails": {"UsageInstructions": "b"}}}]}}])),
    )
    .await;
    assert!(message.contains("at most 1 delivery option"), "{message}");
}

async fn update_delivery_options_visibility_shows_or_hides_an_option(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let saas = || json!({"Type": "SaaSProduct@1.0", "Identifier": "$P.Entity.Identifier"});
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "P", "Entity": {"Type": "SaaSProduct@1.0"}, "DetailsDocument": {"ProductTitle": "Lake"}},
            {"ChangeType": "AddDeliveryOptions", "Entity": saas(), "DetailsDocument": {"DeliveryOptions": [
                {"Details": {"SaaSUrlDeliveryOptionDetails": {"FulfillmentUrl": "https://example.com/signup"}}}]}}
        ])))
        .await
        .unwrap();
    let product_id = done.entity_id_of("P").unwrap().to_owned();
    let existing = || json!({"Type": "SaaSProduct@1.0", "Identifier": product_id});
    let doc = catalog.describe_entity(&product_id).send().await.unwrap().document();
    let option = delivery_options(&doc)[0][0].0.clone();
    // SaaS delivery option ids are `do-...`.
    assert!(option.starts_with("do-"), "{option}");
    catalog
        .apply(wire(
            json!([{"ChangeType": "UpdateDeliveryOptionsVisibility", "Entity": existing(), "DetailsDocument": {
            "DeliveryOptions": [{"Id": option, "TargetVisibility": "Limited",
                                 "Targeting": {"PositiveTargeting": {"BuyerAccounts": [A]}}}]}}]),
        ))
        .await
        .unwrap();
    let doc = catalog.describe_entity(&product_id).send().await.unwrap().document();
    let described = &doc["Versions"][0]["DeliveryOptions"][0];
    assert_eq!(described["Visibility"], "Limited");
    assert_eq!(described["Targeting"], json!({"PositiveTargeting": {"BuyerAccounts": [A]}}));
    catalog
        .apply(wire(
            json!([{"ChangeType": "UpdateDeliveryOptionsVisibility", "Entity": existing(), "DetailsDocument": {
            "DeliveryOptions": [{"Id": option, "TargetVisibility": "Public"}]}}]),
        ))
        .await
        .unwrap();
    let doc = catalog.describe_entity(&product_id).send().await.unwrap().document();
    let described = &doc["Versions"][0]["DeliveryOptions"][0];
    assert_eq!(described["Visibility"], "Public");
    assert!(described.get("Targeting").is_none(), "{doc}");
    // Targeting goes with Limited only; a container product's options can only be made Public.
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateDeliveryOptionsVisibility", "Entity": existing(), "DetailsDocument": {
        "DeliveryOptions": [{"Id": option, "TargetVisibility": "Public",
                             "Targeting": {"PositiveTargeting": {"BuyerAccounts": [A]}}}]}}])),
    )
    .await;
    assert!(message.contains("only a Limited delivery option takes Targeting"), "{message}");
    let container = || json!({"Type": "ContainerProduct@1.0", "Identifier": "$C.Entity.Identifier"});
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateProduct", "ChangeName": "C", "Entity": {"Type": "ContainerProduct@1.0"}, "DetailsDocument": {}},
            {"ChangeType": "AddDeliveryOptions", "Entity": container(), "DetailsDocument": {
                "Version": {"VersionTitle": "1.0", "ReleaseNotes": "First"},
                "DeliveryOptions": [{"DeliveryOptionTitle": "ECS", "Details": {"EcrDeliveryOptionDetails": {
                    "ContainerImages": ["709825985650.dkr.ecr.us-east-1.amazonaws.com/seller/engine:1.0"],
                    "CompatibleServices": ["ECS"], "Description": "Run on ECS", "UsageInstructions": "docker run"}}}]}}
        ])))
        .await
        .unwrap();
    let container_id = done.entity_id_of("C").unwrap().to_owned();
    let doc = catalog.describe_entity(&container_id).send().await.unwrap().document();
    let option = delivery_options(&doc)[0][0].0.clone();
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateDeliveryOptionsVisibility",
        "Entity": {"Type": "ContainerProduct@1.0", "Identifier": container_id}, "DetailsDocument": {
        "DeliveryOptions": [{"Id": option, "TargetVisibility": "Limited"}]}}])),
    )
    .await;
    assert!(message.contains("can only be made Public"), "{message}");
}

/// The change types no other case sends: an offer's support, validity, customer verification and variable payment
/// terms, an experience's branding, and denying a product or an audience after allowing it.
async fn offer_terms_branding_and_the_way_back_out_of_an_experience(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let product_id = product(&seller, "Terms").await;
    let offer = || json!({"Type": "Offer@1.0", "Identifier": "$O.Entity.Identifier"});
    let terms = |change: &str, term: serde_json::Value| json!({"ChangeType": change, "Entity": offer(), "DetailsDocument": {"Terms": [term]}});
    let done = catalog
        .apply(wire(json!([
            {"ChangeType": "CreateOffer", "ChangeName": "O", "Entity": {"Type": "Offer@1.0"},
             "DetailsDocument": {"ProductId": product_id}},
            {"ChangeType": "UpdatePricingTerms", "Entity": offer(), "DetailsDocument": contract_pricing("Users")},
            {"ChangeType": "UpdateLegalTerms", "Entity": offer(), "DetailsDocument": standard_eula()},
            terms("UpdateSupportTerms", json!({"Type": "SupportTerm", "RefundPolicy": "Full refund within 30 days."})),
            terms("UpdateValidityTerms", json!({"Type": "ValidityTerm", "AgreementDuration": "P12M"})),
            terms("UpdateCustomerVerificationTerms", json!({"Type": "CustomerVerificationTerm",
                "ApprovalStrategy": "WaitForApproval", "ExpirationDuration": "P7D"})),
            terms("UpdateVariablePaymentTerms", json!({"Type": "VariablePaymentTerm", "CurrencyCode": "USD",
                "MaxTotalChargeAmount": "5000.00", "Configuration": {
                    "PaymentRequestApprovalStrategy": "WAIT_FOR_APPROVAL", "ExpirationDuration": "P14D"}})),
            {"ChangeType": "UpdateTargeting", "Entity": offer(),
             "DetailsDocument": {"PositiveTargeting": {"BuyerAccounts": [A]}}},
            {"ChangeType": "UpdateAvailability", "Entity": offer(), "DetailsDocument": {"AvailabilityEndDate": "2026-12-31"}},
            {"ChangeType": "ReleaseOffer", "Entity": offer(), "DetailsDocument": {}}
        ])))
        .await
        .unwrap();
    let offer_id = done.entity_id_of("O").unwrap().to_owned();
    let doc = catalog.describe_entity(&offer_id).send().await.unwrap().document();
    let term = |kind: &str| {
        doc["Terms"].as_array().unwrap().iter().find(|t| t["Type"] == kind).cloned().unwrap_or_else(|| {
            panic!("no {kind} in {doc}");
        })
    };
    assert_eq!(term("SupportTerm")["RefundPolicy"], "Full refund within 30 days.");
    assert_eq!(term("ValidityTerm")["AgreementDuration"], "P12M");
    assert_eq!(term("CustomerVerificationTerm")["ApprovalStrategy"], "WaitForApproval");
    assert_eq!(term("VariablePaymentTerm")["MaxTotalChargeAmount"], "5000.00");
    // The same term types are still checked: a support term without a refund policy is refused with the member.
    let existing = || json!({"Type": "Offer@1.0", "Identifier": offer_id});
    let message = refused(
        &seller,
        wire(json!([{"ChangeType": "UpdateSupportTerms", "Entity": existing(),
            "DetailsDocument": {"Terms": [{"Type": "SupportTerm", "RefundPolicy": ""}]}}])),
    )
    .await;
    assert!(message.contains("RefundPolicy"), "{message}");

    // An experience: branded, then a product and an audience allowed and taken back out.
    let seller_public = product(&seller, "Allowed then denied").await;
    catalog
        .apply(wire(json!([{"ChangeType": "UpdateVisibility",
            "Entity": {"Type": "SaaSProduct@1.0", "Identifier": seller_public},
            "DetailsDocument": {"TargetVisibility": "Public"}}])))
        .await
        .unwrap();
    let admin = h.client(M);
    let pmp = admin.catalog();
    let exp = || json!({"Type": "Experience@1.0", "Identifier": "$E.Entity.Identifier"});
    let created = pmp
        .apply(wire(json!([
            {"ChangeType": "CreateExperience", "ChangeName": "E", "Entity": {"Type": "Experience@1.0"},
             "DetailsDocument": {"Name": "Branded"}},
            {"ChangeType": "AllowProductProcurement", "Entity": exp(),
             "DetailsDocument": {"Products": [{"Ids": [seller_public]}]}},
            {"ChangeType": "AssociateAudience", "Entity": exp(), "DetailsDocument": {"Principals": [A]}}
        ])))
        .await
        .unwrap();
    let experience = created.entity_id_of("E").unwrap().to_owned();
    let branded = pmp
        .apply(wire(json!([
            {"ChangeType": "CreateBrandingSettings", "ChangeName": "B", "Entity": {"Type": "BrandingSettings@1.0"},
             "DetailsDocument": {"ExperienceId": experience, "Title": "Example Corp software",
                                 "PrimaryColor": "#232F3E"}}
        ])))
        .await
        .unwrap();
    let branding = branded.entity_id_of("B").unwrap().to_owned();
    assert_eq!(pmp.describe_entity(&experience).send().await.unwrap().document()["BrandingSettingsId"], branding);
    let existing_exp = || json!({"Type": "Experience@1.0", "Identifier": experience});
    pmp.apply(wire(json!([
        {"ChangeType": "UpdateBrandingSettings", "Entity": {"Type": "BrandingSettings@1.0", "Identifier": branding},
         "DetailsDocument": {"PrimaryColor": "#FF9900"}},
        {"ChangeType": "DenyProductProcurement", "Entity": existing_exp(),
         "DetailsDocument": {"Products": [{"Ids": [seller_public]}]}},
        {"ChangeType": "DisassociateAudience", "Entity": existing_exp(), "DetailsDocument": {"Principals": [A]}}
    ])))
    .await
    .unwrap();
    let brand = pmp.describe_entity(&branding).send().await.unwrap().document();
    assert_eq!(
        (brand["PrimaryColor"].as_str(), brand["Title"].as_str()),
        (Some("#FF9900"), Some("Example Corp software"))
    );
    let doc = pmp.describe_entity(&experience).send().await.unwrap().document();
    assert_eq!(doc["ProductIds"], json!([]), "{doc}");
    assert_eq!(doc["Principals"], json!([]), "{doc}");
    // A colour that is not one is refused before anything changes.
    let message = refused(
        &admin,
        wire(json!([{"ChangeType": "UpdateBrandingSettings",
            "Entity": {"Type": "BrandingSettings@1.0", "Identifier": branding},
            "DetailsDocument": {"PrimaryColor": "orange"}}])),
    )
    .await;
    assert!(message.contains("PrimaryColor"), "{message}");
}
