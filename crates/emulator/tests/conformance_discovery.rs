//! The conformance suite for AWS Marketplace Discovery: what sellers publish in the catalog is what buyers find. Every
//! case runs on the local backend in process and on the AWS backend (aws-sdk-marketplacediscovery) against the
//! emulator. The seller is the fixture world's standalone S ("Standalone"); buyers A and B belong to M's organization.

mod common;

use futures::TryStreamExt;
use std::time::Duration;

use common::{Harness, A, B, M, S};
use marketplane::facade::Discovery;
use marketplane::model::agreement::RequestIntent;
use marketplane::model::catalog::changes::{
    typed, AddDimensions, AllowProductProcurement, AssociateAudience, AssociateOffers, CreateExperience,
    CreateOfferSet, CreateProduct, Dimension, DisassociateOffers, OfferRef, ProductIds, ReleaseOffer, ReleaseOfferSet,
    ReleaseProduct, UpdateExperience, UpdateOfferSetInformation, UpdateProductInformation, UpdateVisibility,
};
use marketplane::model::catalog::offer::OfferBuilder;
use marketplane::model::catalog::terms::CurrencyCode;
use marketplane::model::catalog::{EntityRef, EntityType, StartChangeSetInput};
use marketplane::model::discovery::{DiscoveryFilter, GetOfferTermsInput, PricingModelType, SearchFacetsInput};
use marketplane::{Client, ErrorKind};

conformance!(
    buyers_find_public_listings_offers_and_terms,
    private_offers_are_found_only_by_their_buyers,
    expired_offers_leave_the_purchase_options,
    the_private_marketplace_marks_unapproved_products,
    unknown_ids_and_bad_input,
    offer_sets_release_their_offers_together,
);

/// A SaaS product with a title, descriptions, a category and a Users dimension, public or limited; its id.
async fn product(seller: &Client, title: &str, public: bool) -> String {
    let me = || EntityRef::created_by(EntityType::SaaSProduct, "P");
    let info = UpdateProductInformation::default()
        .with_short_description(format!("{title}: fast analytics for data lakes"))
        .with_long_description("Query petabytes with SQL.")
        .with_categories(vec!["Data Analytics".into()])
        .with_search_keywords(vec!["lakehouse".into()]);
    let dimension = Dimension::new("Users", "Named users")
        .with_description("Named users")
        .with_types(vec!["Entitled".into(), "ExternallyMetered".into()])
        .with_unit("Users");
    let mut changes = vec![
        typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title(title)).named("P"),
        typed(me(), &info),
        typed(me(), &AddDimensions::default().with_dimensions(vec![dimension])),
        typed(me(), &ReleaseProduct::default()),
    ];
    if public {
        changes.push(typed(me(), &UpdateVisibility::default().with_target_visibility("Public")));
    }
    let done = seller.catalog().apply(StartChangeSetInput::new(changes)).await.expect("product");
    done.entity_id_of("P").expect("product id").to_owned()
}

fn public_usage_offer(product_id: &str) -> OfferBuilder {
    OfferBuilder::new(product_id).name("Pay as you go").usage(CurrencyCode::Usd, [("Users", "0.05")]).standard_eula()
}

async fn buyers_find_public_listings_offers_and_terms(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller, "Acme Lake", true).await;
    let options = h.client(A).discovery().fulfillment_options(&product_id).try_collect::<Vec<_>>().await.unwrap();
    assert_eq!(options.len(), 1);
    assert_eq!(options[0]["saasFulfillmentOption"]["fulfillmentOptionType"], "SAAS", "{options:?}");
    assert!(options[0]["saasFulfillmentOption"]["fulfillmentOptionId"].is_string(), "{options:?}");
    product(&seller, "Other Tool", true).await;
    let offer_id = seller.catalog().publish_offer(public_usage_offer(&product_id)).await.unwrap();

    let buyer = h.client(A);
    let discovery = buyer.discovery();
    let found = discovery.search(Discovery::text("lakehouse analytics")).await.unwrap();
    assert_eq!(found.total_results, Some(2));
    let listing = &found.items[0];
    assert_eq!(listing.listing_name, "Acme Lake", "the better match comes first");
    assert_eq!(listing.listing_id, format!("prodview-{}", product_id.trim_start_matches("prod-")));
    assert_eq!(listing.publisher.display_name, "Standalone");
    assert_eq!(listing.publisher.seller_profile_id, format!("seller-{S}"));
    assert_eq!(listing.categories[0].display_name, "Data Analytics");
    assert_eq!(listing.fulfillment_option_summaries[0].fulfillment_option_type, "SAAS");
    assert_eq!(
        listing.pricing_models.iter().map(|p| p.pricing_model_type.clone()).collect::<Vec<_>>(),
        [PricingModelType::Usage]
    );
    assert_eq!(listing.pricing_units[0].pricing_unit_type, "USERS");

    let detail = discovery.listing(&listing.listing_id).await.unwrap();
    assert_eq!(detail.long_description, "Query petabytes with SQL.");
    let offered: Vec<&str> =
        detail.associated_entities.iter().filter_map(|a| a.offer.as_ref()).map(|o| o.offer_id.as_str()).collect();
    assert_eq!(offered, [offer_id.as_str()]);
    let product_view = discovery.product(&product_id).await.unwrap();
    assert_eq!(product_view.listing_id, listing.listing_id);
    assert_eq!(product_view.product_name, "Acme Lake");

    let offer = discovery.offer(&offer_id).await.unwrap();
    assert_eq!(offer.pricing_model.pricing_model_type, PricingModelType::Usage);
    assert_eq!(offer.agreement_proposal_id, format!("ap-{}", offer_id.trim_start_matches("offer-")));
    assert!(offer.badges.is_empty());
    assert_eq!(offer.associated_entities[0].product.as_ref().unwrap().product_id, product_id);

    let terms = discovery.all_offer_terms(&offer_id).await.unwrap();
    let types: Vec<&str> = terms.iter().filter_map(|t| t.term_type()).collect();
    assert_eq!(types, ["UsageBasedPricingTerm", "LegalTerm"]);
    let (member, usage) = terms[0].member().unwrap();
    assert_eq!(member, "usageBasedPricingTerm");
    let item = &usage["rateCards"][0]["rateCard"][0];
    assert_eq!(
        (item["dimensionKey"].as_str(), item["displayName"].as_str(), item["price"].as_str()),
        (Some("Users"), Some("Named users"), Some("0.05"))
    );
    assert!(terms[1].member().unwrap().1["documents"][0]["url"].as_str().unwrap().starts_with("https://"));

    let facets = discovery.facets(SearchFacetsInput::new(Some("analytics".into()))).await.unwrap();
    assert_eq!(facets.total_results, 2);
    let facets = facets.listing_facets;
    assert_eq!(facets["CATEGORY"][0].count, 2);
    assert_eq!(facets["PRICING_MODEL"].iter().map(|f| (f.value.as_str(), f.count)).collect::<Vec<_>>(), [("USAGE", 1)]);

    let mut filtered = Discovery::text("analytics");
    filtered.filters = vec![DiscoveryFilter::new("PRICING_MODEL", ["USAGE"])];
    let only = discovery.search(filtered).await.unwrap();
    assert_eq!(only.items.iter().map(|l| l.listing_name.as_str()).collect::<Vec<_>>(), ["Acme Lake"]);

    let options = discovery
        .purchase_options(vec![DiscoveryFilter::new("PRODUCT_ID", [product_id.as_str()])])
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    assert_eq!(options.len(), 1);
    assert_eq!(options[0].purchase_option_id, offer_id);
    assert_eq!(options[0].purchase_option_type, "OFFER");
    assert!(options[0].available_from_time.is_some());
}

async fn private_offers_are_found_only_by_their_buyers(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller, "Private Lake", false).await;
    let offer = OfferBuilder::new(&product_id)
        .name("For A only")
        .buyers([A])
        .contract(CurrencyCode::Usd, "P12M", "0", [("Users", 25)])
        .payment_schedule([("2026-03-01", "5000.00"), ("2026-09-01", "5000.00")])
        .standard_eula()
        .agreement_dates("2026-03-01", "2027-02-28")
        .available_until("2026-02-15");
    let offer_id = seller.catalog().publish_offer(offer).await.unwrap();

    let a_client = h.client(A);
    let a = a_client.discovery();
    let seen = a.offer(&offer_id).await.unwrap();
    let badges: Vec<&str> = seen.badges.iter().map(|b| b.badge_type.as_str()).collect();
    assert_eq!(badges, ["PRIVATE_PRICING", "FUTURE_DATED"]);
    assert_eq!(seen.pricing_model.pricing_model_type, PricingModelType::Contract);
    let expiry = seen.expiration_time.expect("private offers expire");
    assert_eq!((expiry.year(), u8::from(expiry.month()), expiry.day()), (2026, 2, 15));
    // The limited product is listed for A, because A has an offer on it.
    assert_eq!(a.product(&product_id).await.unwrap().product_name, "Private Lake");
    let terms = a.all_offer_terms(&offer_id).await.unwrap();
    let schedule =
        terms.iter().find(|t| t.term_type() == Some("PaymentScheduleTerm")).unwrap().member().unwrap().1.clone();
    assert_eq!(
        schedule["schedule"][0]["chargeDate"].as_i64(),
        Some(1_772_323_200),
        "2026-03-01T00:00:00Z as epoch seconds"
    );
    let private = a
        .purchase_options(vec![DiscoveryFilter::new("VISIBILITY_SCOPE", ["PRIVATE"])])
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    assert_eq!(private.len(), 1);

    // B was not targeted: neither the offer nor the limited product exists for B.
    let b_client = h.client(B);
    let b = b_client.discovery();
    assert_eq!(b.offer(&offer_id).await.unwrap_err().kind(), ErrorKind::NotFound);
    assert_eq!(b.product(&product_id).await.unwrap_err().kind(), ErrorKind::NotFound);
    assert!(b.purchase_options(vec![]).try_collect::<Vec<_>>().await.unwrap().is_empty());
    assert_eq!(b.search(Discovery::text("Private Lake")).await.unwrap().total_results, Some(0));
}

async fn expired_offers_leave_the_purchase_options(h: &Harness) {
    let seller = h.client(S);
    let product_id = product(&seller, "Short Lived", true).await;
    let offer_id =
        seller.catalog().publish_offer(public_usage_offer(&product_id).available_until("2026-01-10")).await.unwrap();
    let buyer_client = h.client(A);
    let buyer = buyer_client.discovery();
    assert_eq!(buyer.purchase_options(vec![]).try_collect::<Vec<_>>().await.unwrap().len(), 1);
    h.advance(Duration::from_secs(15 * 24 * 3600));
    assert!(buyer.purchase_options(vec![]).try_collect::<Vec<_>>().await.unwrap().is_empty());
    let expired = buyer
        .purchase_options(vec![DiscoveryFilter::new("AVAILABILITY_STATUS", ["EXPIRED"])])
        .try_collect::<Vec<_>>()
        .await
        .unwrap();
    assert_eq!(expired[0].purchase_option_id, offer_id);
    // The listing no longer shows it.
    let listing = buyer.product(&product_id).await.unwrap().listing_id;
    assert!(buyer.listing(&listing).await.unwrap().associated_entities.iter().all(|a| a.offer.is_none()));
}

async fn the_private_marketplace_marks_unapproved_products(h: &Harness) {
    let seller = h.client(S);
    let approved = product(&seller, "Approved Lake", true).await;
    let other = product(&seller, "Unapproved Lake", true).await;
    let admin = h.client(M);
    let created = admin
        .catalog()
        .apply(StartChangeSetInput::new(vec![typed(
            EntityRef::new(EntityType::Experience),
            &CreateExperience::default().with_name("All"),
        )
        .named("E")]))
        .await
        .unwrap();
    let experience = created.entity_id_of("E").unwrap().to_owned();
    let on = || EntityRef::existing(EntityType::Experience, &experience);
    admin
        .catalog()
        .apply(StartChangeSetInput::new(vec![
            typed(on(), &AssociateAudience::default().with_principals(vec![A.into()])),
            typed(
                on(),
                &AllowProductProcurement::default()
                    .with_products(vec![ProductIds::new().with_ids(vec![approved.clone()])]),
            ),
            typed(on(), &UpdateExperience::default().with_status("Enabled")),
        ]))
        .await
        .unwrap();
    let buyer_client = h.client(A);
    let buyer = buyer_client.discovery();
    // Both are still found; aws-sdk-marketplacediscovery predates purchaseIndicators, so only the local backend
    // carries the mark through the typed client (the emulator sends it on the wire).
    let unapproved = buyer.product(&other).await.unwrap();
    let fine = buyer.product(&approved).await.unwrap();
    if h.endpoint().is_none() {
        assert_eq!(unapproved.purchase_indicators[0].indicator_type, "NOT_AVAILABLE_FOR_SUBSCRIPTION");
        assert!(fine.purchase_indicators.is_empty());
    }
    // B is not governed by the experience.
    assert!(h.client(B).discovery().product(&other).await.unwrap().purchase_indicators.is_empty());
}

async fn unknown_ids_and_bad_input(h: &Harness) {
    let buyer_client = h.client(A);
    let buyer = buyer_client.discovery();
    let err = buyer.listing("prodview-doesnotexist").await.unwrap_err();
    assert_eq!((err.kind(), err.code()), (ErrorKind::NotFound, "ResourceNotFoundException"));
    assert_eq!(buyer.offer("offer-doesnotexist").await.unwrap_err().kind(), ErrorKind::NotFound);
    let mut search = Discovery::text("x");
    search.sort_by = Some("PRICE".into());
    search.max_results = Some(101);
    let err = buyer.search(search).await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
    let fields: Vec<&str> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["maxResults", "sortBy"]);
    let mut terms = GetOfferTermsInput::new("offer-x");
    terms.next_token = Some("nonsense".into());
    let err = h.client(A).call(terms).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "an unknown offer is reported before the token");
}

/// Offer sets: private offers on several products for the same buyers, released together; buyers see the set in
/// Discovery and the agreements they make name it.
async fn offer_sets_release_their_offers_together(h: &Harness) {
    let seller = h.client(S);
    let catalog = seller.catalog();
    let lake = product(&seller, "Acme Lake", false).await;
    let stream = product(&seller, "Acme Stream", false).await;
    let draft = |product_id: &str, buyer: &str| {
        OfferBuilder::new(product_id)
            .name("Bundle part")
            .buyers([buyer])
            .contract(CurrencyCode::Usd, "P12M", "1000", [("Users", 5)])
            .standard_eula()
            .available_until("2026-06-30")
            .draft()
    };
    let lake_offer = catalog.publish_offer(draft(&lake, A)).await.unwrap();
    let stream_offer = catalog.publish_offer(draft(&stream, A)).await.unwrap();

    let set_ref = || EntityRef::created_by(EntityType::OfferSet, "S");
    let create = CreateOfferSet::default().with_name("Lake + Stream");
    let notes = UpdateOfferSetInformation::default().with_buyer_notes("Both tools, one deal");
    let associate = |ids: &[&String]| {
        AssociateOffers::default().with_offers(ids.iter().map(|id| OfferRef::from(id.as_str())).collect::<Vec<_>>())
    };
    let changes = vec![
        typed(EntityRef::new(EntityType::OfferSet), &create).named("S"),
        typed(set_ref(), &notes),
        typed(set_ref(), &associate(&[&lake_offer, &stream_offer])),
    ];
    let done = catalog.apply(StartChangeSetInput::new(changes)).await.unwrap();
    let set_id = done.entity_id_of("S").unwrap().to_owned();
    assert!(set_id.starts_with("offerset-"), "{set_id}");
    let doc = catalog.describe_entity(&set_id).send().await.unwrap().document();
    assert_eq!(
        doc["AssociatedOffers"][0]["OfferId"].as_str().map(|id| id == lake_offer || id == stream_offer),
        Some(true)
    );

    let buyer = h.client(A);
    let err = buyer.discovery().offer_set(&set_id).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "a draft set is not discoverable: {err}");
    // The offers are released one by one before their set.
    let release = vec![typed(EntityRef::existing(EntityType::OfferSet, &set_id), &ReleaseOfferSet::default())];
    let err = catalog.apply(StartChangeSetInput::new(release.clone())).await.unwrap_err();
    assert!(err.message().contains("DRAFT_OFFERS"), "{err}");
    for offer_id in [&lake_offer, &stream_offer] {
        let alone = vec![typed(EntityRef::existing(EntityType::Offer, offer_id), &ReleaseOffer::default())];
        catalog.apply(StartChangeSetInput::new(alone)).await.unwrap();
    }
    let release = vec![typed(EntityRef::existing(EntityType::OfferSet, &set_id), &ReleaseOfferSet::default())];
    catalog.apply(StartChangeSetInput::new(release)).await.unwrap();
    for offer_id in [&lake_offer, &stream_offer] {
        assert_eq!(catalog.offer(offer_id).await.unwrap().state, "Released");
    }
    let summaries = catalog.list_entities(marketplane::facade::Catalog::entities_of("OfferSet")).await.unwrap();
    let summary = summaries.entity_summary_list[0].offer_set_summary.clone().expect("an offer set summary");
    assert_eq!(summary.state.as_deref(), Some("Released"));
    let mut ids = summary.associated_offer_ids.clone();
    ids.sort();
    let mut expected = vec![lake_offer.clone(), stream_offer.clone()];
    expected.sort();
    assert_eq!(ids, expected);

    // The buyer sees the set, each offer with its product, and each offer names its set.
    let set = buyer.discovery().offer_set(&set_id).await.unwrap();
    assert_eq!(
        (set["offerSetName"].as_str(), set["buyerNotes"].as_str()),
        (Some("Lake + Stream"), Some("Both tools, one deal"))
    );
    let mut offers: Vec<&str> =
        set["associatedEntities"].as_array().unwrap().iter().filter_map(|e| e["offer"]["offerId"].as_str()).collect();
    offers.sort();
    assert_eq!(offers, expected.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(set["expirationTime"].is_number(), "{set}");
    let offer = buyer.discovery().offer(&lake_offer).await.unwrap();
    let named = offer.associated_entities[0].offer_set.as_ref().and_then(|s| s["offerSetId"].as_str());
    assert_eq!(named, Some(set_id.as_str()));
    let err = h.client(B).discovery().offer_set(&set_id).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "{err}");

    // The agreement remembers the set its offer came from.
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&lake_offer, None, RequestIntent::New, None).await.unwrap();
    let agreement_id = agreements.accept(&request.agreement_request_id, vec![]).await.unwrap();
    let agreement = agreements.describe(&agreement_id).await.unwrap();
    assert_eq!(agreement.proposal_summary.offer_set_id.as_deref(), Some(set_id.as_str()));

    // A set whose offers target different buyers is not released, and nothing of the failed change set stays.
    let other_lake = catalog.publish_offer(draft(&lake, A)).await.unwrap();
    let other_stream = catalog.publish_offer(draft(&stream, B)).await.unwrap();
    let release_offer = |id: &String| typed(EntityRef::existing(EntityType::Offer, id), &ReleaseOffer::default());
    let changes = vec![
        typed(EntityRef::new(EntityType::OfferSet), &CreateOfferSet::default().with_name("Mixed")).named("S"),
        typed(set_ref(), &notes),
        typed(set_ref(), &associate(&[&other_lake, &other_stream])),
        release_offer(&other_lake),
        release_offer(&other_stream),
        typed(set_ref(), &ReleaseOfferSet::default()),
    ];
    let err = catalog.apply(StartChangeSetInput::new(changes)).await.unwrap_err();
    assert!(err.message().contains("INCONSISTENT_OFFER_TARGETING_RULE"), "{err}");
    assert_eq!(catalog.offer(&other_lake).await.unwrap().state, "Draft");

    // Taking the odd offer out and putting in one for the same buyer lets the set go.
    let third = catalog.publish_offer(draft(&stream, A)).await.unwrap();
    let changes = vec![
        typed(EntityRef::new(EntityType::OfferSet), &CreateOfferSet::default().with_name("Mixed")).named("S"),
        typed(set_ref(), &notes),
        typed(set_ref(), &associate(&[&other_lake, &other_stream])),
    ];
    let mixed = catalog.apply(StartChangeSetInput::new(changes)).await.unwrap().entity_id_of("S").unwrap().to_owned();
    let set = || EntityRef::existing(EntityType::OfferSet, &mixed);
    let changes = vec![
        typed(set(), &UpdateOfferSetInformation::default().with_name("Lake only")),
        typed(set(), &DisassociateOffers::default().with_offers([OfferRef::from(other_stream.as_str())])),
        typed(set(), &associate(&[&third])),
        release_offer(&other_lake),
        release_offer(&third),
        typed(set(), &ReleaseOfferSet::default()),
    ];
    catalog.apply(StartChangeSetInput::new(changes)).await.unwrap();
    assert_eq!(catalog.offer(&other_lake).await.unwrap().state, "Released");
    assert_eq!(catalog.offer(&other_stream).await.unwrap().state, "Draft");
    // A released set takes no more changes.
    let err = catalog.apply(StartChangeSetInput::new(vec![typed(set(), &notes)])).await.unwrap_err();
    assert!(err.message().contains("INVALID_UPDATE_REQUEST"), "{err}");
    let set = h.client(A).discovery().offer_set(&mixed).await.unwrap();
    assert_eq!(set["offerSetName"], "Lake only");
    assert_eq!(set["associatedEntities"].as_array().unwrap().len(), 2);
}
