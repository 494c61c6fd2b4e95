//! Marketplace Discovery: the records that mirror `marketplane::model::discovery`, and the blocking and `async`
//! service objects ([`Discovery`], [`AsyncDiscovery`]).
//!
//! Members the core keeps as JSON (offer terms, fulfillment options, listing attributes, promotional media, reviews)
//! cross as JSON text in the service's shape; times cross as timestamps.

use std::collections::HashMap;
use std::time::SystemTime;

use marketplane::model::discovery as core;
use serde_json::Value;

use crate::error::Result;
use crate::model::mirror_enum;
use crate::{block_on, AsyncDiscovery, Discovery};

use core::PricingModelType as CorePricingModelType;

mirror_enum!(
    /// How a listing or offer is priced.
    PricingModelType from CorePricingModelType { Usage, Contract, Byol, Free }
);

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn jsons(values: Vec<Value>) -> Vec<String> {
    values.iter().map(json).collect()
}

fn time(at: Option<time::OffsetDateTime>) -> Option<SystemTime> {
    at.map(Into::into)
}

fn all<T, U: From<T>>(items: Vec<T>) -> Vec<U> {
    items.into_iter().map(Into::into).collect()
}

/// A seller (publisher, manufacturer or seller of record).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SellerInformation {
    /// The seller's profile id.
    pub seller_profile_id: String,
    /// The seller's name.
    pub display_name: String,
}

impl From<core::SellerInformation> for SellerInformation {
    fn from(s: core::SellerInformation) -> Self {
        SellerInformation { seller_profile_id: s.seller_profile_id, display_name: s.display_name }
    }
}

/// A product an entity is associated with.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProductInformation {
    /// The product's id.
    pub product_id: String,
    /// Its name.
    pub product_name: String,
    /// Who makes it.
    pub manufacturer: SellerInformation,
}

/// An offer an entity is associated with.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OfferInformation {
    /// The offer's id.
    pub offer_id: String,
    /// Its name.
    pub offer_name: Option<String>,
    /// Who sells it.
    pub seller_of_record: SellerInformation,
}

/// The product, offer or offer set a listing, offer or purchase option is associated with.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AssociatedEntity {
    /// The product.
    pub product: Option<ProductInformation>,
    /// The offer.
    pub offer: Option<OfferInformation>,
    /// The offer set, as JSON text.
    pub offer_set_json: Option<String>,
}

impl From<core::AssociatedEntity> for AssociatedEntity {
    fn from(a: core::AssociatedEntity) -> Self {
        AssociatedEntity {
            product: a.product.map(|p| ProductInformation {
                product_id: p.product_id,
                product_name: p.product_name,
                manufacturer: p.manufacturer.into(),
            }),
            offer: a.offer.map(|o| OfferInformation {
                offer_id: o.offer_id,
                offer_name: o.offer_name,
                seller_of_record: o.seller_of_record.into(),
            }),
            offer_set_json: a.offer_set.as_ref().map(json),
        }
    }
}

/// A category of listings.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Category {
    /// The category's id.
    pub category_id: String,
    /// Its name.
    pub display_name: String,
}

impl From<core::Category> for Category {
    fn from(c: core::Category) -> Self {
        Category { category_id: c.category_id, display_name: c.display_name }
    }
}

/// A pricing model of a listing or offer.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PricingModel {
    /// The model.
    pub pricing_model_type: PricingModelType,
    /// Its name.
    pub display_name: String,
}

impl From<core::PricingModel> for PricingModel {
    fn from(p: core::PricingModel) -> Self {
        PricingModel { pricing_model_type: p.pricing_model_type.into(), display_name: p.display_name }
    }
}

/// A unit a listing is priced in.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PricingUnit {
    /// The unit.
    pub pricing_unit_type: String,
    /// Its name.
    pub display_name: String,
}

impl From<core::PricingUnit> for PricingUnit {
    fn from(p: core::PricingUnit) -> Self {
        PricingUnit { pricing_unit_type: p.pricing_unit_type, display_name: p.display_name }
    }
}

/// A way a product is delivered.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FulfillmentOptionSummary {
    /// The option's type (`SAAS`, `AMAZON_MACHINE_IMAGE`, ...).
    pub fulfillment_option_type: String,
    /// Its name.
    pub display_name: String,
}

impl From<core::FulfillmentOptionSummary> for FulfillmentOptionSummary {
    fn from(f: core::FulfillmentOptionSummary) -> Self {
        FulfillmentOptionSummary { fulfillment_option_type: f.fulfillment_option_type, display_name: f.display_name }
    }
}

/// A badge of a listing or purchase option.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Badge {
    /// Its text.
    pub display_name: String,
    /// Its type (`FREE_TRIAL`, `PRIVATE_PRICING`, ...).
    pub badge_type: String,
}

impl From<core::ListingBadge> for Badge {
    fn from(b: core::ListingBadge) -> Self {
        Badge { display_name: b.display_name, badge_type: b.badge_type }
    }
}

impl From<core::PurchaseOptionBadge> for Badge {
    fn from(b: core::PurchaseOptionBadge) -> Self {
        Badge { display_name: b.display_name, badge_type: b.badge_type }
    }
}

/// An item of a search.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ListingSummary {
    /// The listing's id.
    pub listing_id: String,
    /// Its name.
    pub listing_name: String,
    /// Who publishes it.
    pub publisher: SellerInformation,
    /// How it is delivered.
    pub fulfillment_option_summaries: Vec<FulfillmentOptionSummary>,
    /// The catalog (`AWSMarketplace`).
    pub catalog: String,
    /// Its short description.
    pub short_description: String,
    /// Its logo.
    pub logo_thumbnail_url: String,
    /// Its categories.
    pub categories: Vec<Category>,
    /// Its badges.
    pub badges: Vec<Badge>,
    /// Its review summary, as JSON text.
    pub review_summary_json: String,
    /// Its pricing models.
    pub pricing_models: Vec<PricingModel>,
    /// Its pricing units.
    pub pricing_units: Vec<PricingUnit>,
    /// The products and offers behind it.
    pub associated_entities: Vec<AssociatedEntity>,
}

impl From<core::ListingSummary> for ListingSummary {
    fn from(l: core::ListingSummary) -> Self {
        ListingSummary {
            listing_id: l.listing_id,
            listing_name: l.listing_name,
            publisher: l.publisher.into(),
            fulfillment_option_summaries: all(l.fulfillment_option_summaries),
            catalog: l.catalog,
            short_description: l.short_description,
            logo_thumbnail_url: l.logo_thumbnail_url,
            categories: all(l.categories),
            badges: all(l.badges),
            review_summary_json: json(&l.review_summary),
            pricing_models: all(l.pricing_models),
            pricing_units: all(l.pricing_units),
            associated_entities: all(l.associated_entities),
        }
    }
}

/// A listing (`GetListing`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Listing {
    /// The listing's id.
    pub listing_id: String,
    /// Its name.
    pub listing_name: String,
    /// The catalog.
    pub catalog: String,
    /// Who publishes it.
    pub publisher: SellerInformation,
    /// The products and offers behind it.
    pub associated_entities: Vec<AssociatedEntity>,
    /// Its badges.
    pub badges: Vec<Badge>,
    /// Its categories.
    pub categories: Vec<Category>,
    /// How it is delivered.
    pub fulfillment_option_summaries: Vec<FulfillmentOptionSummary>,
    /// Its highlights.
    pub highlights: Vec<String>,
    /// Its long description.
    pub long_description: String,
    /// Its short description.
    pub short_description: String,
    /// Its logo.
    pub logo_thumbnail_url: String,
    /// Its pricing models.
    pub pricing_models: Vec<PricingModel>,
    /// Its pricing units.
    pub pricing_units: Vec<PricingUnit>,
    /// What the caller can do with it (private marketplace indicators, ...): the indicator types.
    pub purchase_indicators: Vec<String>,
    /// Promotional media, each as JSON text.
    pub promotional_media_json: Vec<String>,
    /// Resources, each as JSON text.
    pub resources_json: Vec<String>,
    /// Seller engagements, each as JSON text.
    pub seller_engagements_json: Vec<String>,
    /// Use cases, each as JSON text.
    pub use_cases_json: Vec<String>,
}

impl From<core::Listing> for Listing {
    fn from(l: core::Listing) -> Self {
        Listing {
            listing_id: l.listing_id,
            listing_name: l.listing_name,
            catalog: l.catalog,
            publisher: l.publisher.into(),
            associated_entities: all(l.associated_entities),
            badges: all(l.badges),
            categories: all(l.categories),
            fulfillment_option_summaries: all(l.fulfillment_option_summaries),
            highlights: l.highlights,
            long_description: l.long_description,
            short_description: l.short_description,
            logo_thumbnail_url: l.logo_thumbnail_url,
            pricing_models: all(l.pricing_models),
            pricing_units: all(l.pricing_units),
            purchase_indicators: l.purchase_indicators.into_iter().map(|p| p.indicator_type).collect(),
            promotional_media_json: jsons(l.promotional_media),
            resources_json: jsons(l.resources),
            seller_engagements_json: jsons(l.seller_engagements),
            use_cases_json: jsons(l.use_cases),
        }
    }
}

/// A product (`GetProduct`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Product {
    /// The product's id.
    pub product_id: String,
    /// The catalog.
    pub catalog: String,
    /// Its name.
    pub product_name: String,
    /// Who makes it.
    pub manufacturer: SellerInformation,
    /// Whether it is deployed on AWS.
    pub deployed_on_aws: String,
    /// Its short description.
    pub short_description: String,
    /// Its long description.
    pub long_description: String,
    /// Its logo.
    pub logo_thumbnail_url: String,
    /// How it is delivered.
    pub fulfillment_option_summaries: Vec<FulfillmentOptionSummary>,
    /// Its categories.
    pub categories: Vec<Category>,
    /// Its highlights.
    pub highlights: Vec<String>,
    /// Promotional media, each as JSON text.
    pub promotional_media_json: Vec<String>,
    /// Resources, each as JSON text.
    pub resources_json: Vec<String>,
    /// Seller engagements, each as JSON text.
    pub seller_engagements_json: Vec<String>,
    /// Its listing.
    pub listing_id: String,
    /// What the caller can do with it: the indicator types.
    pub purchase_indicators: Vec<String>,
}

impl From<core::Product> for Product {
    fn from(p: core::Product) -> Self {
        Product {
            product_id: p.product_id,
            catalog: p.catalog,
            product_name: p.product_name,
            manufacturer: p.manufacturer.into(),
            deployed_on_aws: p.deployed_on_aws,
            short_description: p.short_description,
            long_description: p.long_description,
            logo_thumbnail_url: p.logo_thumbnail_url,
            fulfillment_option_summaries: all(p.fulfillment_option_summaries),
            categories: all(p.categories),
            highlights: p.highlights,
            promotional_media_json: jsons(p.promotional_media),
            resources_json: jsons(p.resources),
            seller_engagements_json: jsons(p.seller_engagements),
            listing_id: p.listing_id,
            purchase_indicators: p.purchase_indicators.into_iter().map(|i| i.indicator_type).collect(),
        }
    }
}

/// An offer as a buyer sees it (`GetOffer`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Offer {
    /// The offer's id.
    pub offer_id: String,
    /// The catalog.
    pub catalog: String,
    /// Its name.
    pub offer_name: Option<String>,
    /// When it expires.
    pub expiration_time: Option<SystemTime>,
    /// When it became available.
    pub available_from_time: Option<SystemTime>,
    /// Who sells it.
    pub seller_of_record: SellerInformation,
    /// The product behind it.
    pub associated_entities: Vec<AssociatedEntity>,
    /// The agreement proposal a buyer accepts.
    pub agreement_proposal_id: String,
    /// The agreement it replaces.
    pub replacement_agreement_id: Option<String>,
    /// Its pricing model.
    pub pricing_model: PricingModel,
    /// Its badges.
    pub badges: Vec<Badge>,
}

impl From<core::Offer> for Offer {
    fn from(o: core::Offer) -> Self {
        Offer {
            offer_id: o.offer_id,
            catalog: o.catalog,
            offer_name: o.offer_name,
            expiration_time: time(o.expiration_time),
            available_from_time: time(o.available_from_time),
            seller_of_record: o.seller_of_record.into(),
            associated_entities: all(o.associated_entities),
            agreement_proposal_id: o.agreement_proposal_id,
            replacement_agreement_id: o.replacement_agreement_id,
            pricing_model: o.pricing_model.into(),
            badges: all(o.badges),
        }
    }
}

/// A way to buy a product: an offer or offer set.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PurchaseOptionSummary {
    /// The offer's or offer set's id.
    pub purchase_option_id: String,
    /// The catalog.
    pub catalog: String,
    /// `OFFER` or `OFFERSET`.
    pub purchase_option_type: String,
    /// Its name.
    pub purchase_option_name: Option<String>,
    /// When it became available.
    pub available_from_time: Option<SystemTime>,
    /// When it expires.
    pub expiration_time: Option<SystemTime>,
    /// Who sells it.
    pub seller_of_record: SellerInformation,
    /// Its badges (`PRIVATE_PRICING`, ...).
    pub badges: Vec<Badge>,
    /// The product behind it.
    pub associated_entities: Vec<AssociatedEntity>,
}

impl From<core::PurchaseOptionSummary> for PurchaseOptionSummary {
    fn from(p: core::PurchaseOptionSummary) -> Self {
        PurchaseOptionSummary {
            purchase_option_id: p.purchase_option_id,
            catalog: p.catalog,
            purchase_option_type: p.purchase_option_type,
            purchase_option_name: p.purchase_option_name,
            available_from_time: time(p.available_from_time),
            expiration_time: time(p.expiration_time),
            seller_of_record: p.seller_of_record.into(),
            badges: all(p.badges),
            associated_entities: all(p.associated_entities),
        }
    }
}

/// A filter of purchase options or a search: a filter type (`PRODUCT_ID`, `VISIBILITY_SCOPE`, ...) and its values.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DiscoveryFilter {
    /// The filter's type.
    pub filter_type: String,
    /// The values it accepts.
    pub filter_values: Vec<String>,
}

impl From<DiscoveryFilter> for core::DiscoveryFilter {
    fn from(f: DiscoveryFilter) -> Self {
        core::DiscoveryFilter { filter_type: f.filter_type, filter_values: f.filter_values }
    }
}

/// A `SearchListings` / `SearchFacets` request.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ListingSearch {
    /// The text to search for; none lists everything.
    pub search_text: Option<String>,
    /// Filters.
    pub filters: Vec<DiscoveryFilter>,
    /// The facets to count (facets only).
    pub facet_types: Vec<String>,
    /// What to sort by (`RELEVANCE`, ...).
    pub sort_by: Option<String>,
    /// `ASCENDING` or `DESCENDING`.
    pub sort_order: Option<String>,
    /// The locale.
    pub locale: Option<String>,
    /// Results per page.
    pub max_results: Option<i32>,
    /// The previous page's token.
    pub next_token: Option<String>,
}

impl From<ListingSearch> for core::SearchListingsInput {
    fn from(s: ListingSearch) -> Self {
        let mut input = core::SearchListingsInput::new(s.search_text);
        input.filters = s.filters.into_iter().map(Into::into).collect();
        input.sort_by = s.sort_by;
        input.sort_order = s.sort_order;
        input.locale = s.locale;
        input.max_results = s.max_results;
        input.next_token = s.next_token;
        input
    }
}

impl From<ListingSearch> for core::SearchFacetsInput {
    fn from(s: ListingSearch) -> Self {
        let mut input = core::SearchFacetsInput::new(s.search_text);
        input.filters = s.filters.into_iter().map(Into::into).collect();
        input.facet_types = s.facet_types;
        input.locale = s.locale;
        input.next_token = s.next_token;
        input
    }
}

/// One page of a search.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SearchPage {
    /// The listings of this page.
    pub listings: Vec<ListingSummary>,
    /// Pass in the next search for the next page; none on the last page.
    pub next_token: Option<String>,
    /// How many listings match in all.
    pub total_results: Option<i64>,
}

/// One page of purchase options.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PurchaseOptionPage {
    /// The purchase options of this page.
    pub purchase_options: Vec<PurchaseOptionSummary>,
    /// Pass to the next call for the next page; none on the last page.
    pub next_token: Option<String>,
    /// How many match in all, when the service says.
    pub total_results: Option<i64>,
}

/// One page of items the service describes as JSON (offer terms, fulfillment options, listing attributes).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct JsonPage {
    /// The items of this page, each as JSON text in the service's shape.
    pub items_json: Vec<String>,
    /// Pass to the next call for the next page; none on the last page.
    pub next_token: Option<String>,
}

impl From<core::ListFulfillmentOptionsOutput> for JsonPage {
    fn from(p: core::ListFulfillmentOptionsOutput) -> Self {
        JsonPage { items_json: jsons(p.fulfillment_options), next_token: p.next_token }
    }
}

impl From<core::ListListingAttributesOutput> for JsonPage {
    fn from(p: core::ListListingAttributesOutput) -> Self {
        JsonPage { items_json: jsons(p.listing_attributes), next_token: p.next_token }
    }
}

/// One value of a facet, with how many listings have it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ListingFacet {
    /// The value.
    pub value: String,
    /// Its name.
    pub display_name: String,
    /// The parent value, for nested facets.
    pub parent: Option<String>,
    /// How many listings have it.
    pub count: i64,
}

/// The answer of `SearchFacets`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Facets {
    /// How many listings match.
    pub total_results: i64,
    /// Per facet type, its values.
    pub facets: HashMap<String, Vec<ListingFacet>>,
}

service! {
    Discovery, AsyncDiscovery;

    /// `GetListing`.
    fn listing(c, listing_id: String) -> Listing {
        Ok(c.discovery().listing(&listing_id).send().await?.into())
    }

    /// `GetProduct`.
    fn product(c, product_id: String) -> Product {
        Ok(c.discovery().product(&product_id).send().await?.into())
    }

    /// `GetOffer`.
    fn offer(c, offer_id: String) -> Offer {
        Ok(c.discovery().offer(&offer_id).send().await?.into())
    }

    /// `GetOfferSet`, as JSON text in the service's shape.
    fn offer_set(c, offer_set_id: String) -> String {
        Ok(json(&c.discovery().offer_set(&offer_set_id).send().await?))
    }

    /// `GetOfferTerms`, one page: each term as JSON text (`{"fixedUpfrontPricingTerm": {...}}`).
    fn offer_terms_page(c, offer_id: String, next_token: Option<String>) -> JsonPage {
        let mut input = core::GetOfferTermsInput::new(offer_id);
        input.next_token = next_token;
        let page = c.call(input).await?;
        Ok(JsonPage { items_json: page.offer_terms.iter().map(json).collect(), next_token: page.next_token })
    }

    /// Every term of an offer, all pages, each as JSON text.
    fn offer_terms(c, offer_id: String) -> Vec<String> {
        Ok(c.discovery().all_offer_terms(&offer_id).await?.iter().map(json).collect())
    }

    /// `ListFulfillmentOptions`, one page, each option as JSON text: the service's union on the local backend; the
    /// AWS backend keeps only the option's kind (`{"type": "SaasFulfillmentOption"}`).
    fn fulfillment_options_page(c, product_id: String, next_token: Option<String>) -> JsonPage {
        let mut input = core::ListFulfillmentOptionsInput::new(product_id);
        input.next_token = next_token;
        Ok(c.call(input).await?.into())
    }

    /// `ListFulfillmentOptions`, every page collected.
    fn fulfillment_options(c, product_id: String) -> Vec<String> {
        Ok(jsons(c.discovery().fulfillment_options(&product_id).collect().await?))
    }

    /// `ListListingAttributes` of the given types (1 to 10: `CASE_STUDY`, `SPECIALIZATION_DETAIL`,
    /// `TRUST_CENTER_FAQ`, ...), one page, each attribute as JSON text. `Unsupported` on the AWS backend: the Rust
    /// SDK lacks the operation.
    fn listing_attributes(c, listing_id: String, attribute_types: Vec<String>) -> JsonPage {
        Ok(c.call(core::ListListingAttributesInput::new(listing_id, attribute_types)).await?.into())
    }

    /// `ListPurchaseOptions` with these filters (`PRODUCT_ID`, `SELLER_OF_RECORD_PROFILE_ID`,
    /// `PURCHASE_OPTION_TYPE`, `VISIBILITY_SCOPE`, `AVAILABILITY_STATUS`), one page.
    fn purchase_options_page(
        c,
        filters: Vec<DiscoveryFilter>,
        next_token: Option<String>,
    ) -> PurchaseOptionPage {
        let mut input = core::ListPurchaseOptionsInput::new(filters.into_iter().map(Into::into).collect());
        input.next_token = next_token;
        let page = c.call(input).await?;
        Ok(PurchaseOptionPage { purchase_options: all(page.purchase_options), next_token: page.next_token, total_results: None })
    }

    /// `ListPurchaseOptions` with these filters, every page collected.
    fn purchase_options(c, filters: Vec<DiscoveryFilter>) -> Vec<PurchaseOptionSummary> {
        let filters: Vec<core::DiscoveryFilter> = filters.into_iter().map(Into::into).collect();
        Ok(all(c.discovery().purchase_options(filters).collect().await?))
    }

    /// `SearchListings`, one page (the search's `next_token` picks the page).
    fn search_page(c, search: ListingSearch) -> SearchPage {
        let page = c.discovery().search(search.into()).send().await?;
        Ok(SearchPage { listings: all(page.items), next_token: page.next_token, total_results: page.total_results })
    }

    /// `SearchListings`, every page collected (from the search's `next_token`, or the start).
    fn search(c, search: ListingSearch) -> Vec<ListingSummary> {
        let search: core::SearchListingsInput = search.into();
        Ok(all(c.discovery().search_all(search).collect().await?))
    }

    /// `SearchFacets`: facet values and counts for a search.
    fn facets(c, search: ListingSearch) -> Facets {
        let found = c.discovery().facets(search.into()).send().await?;
        Ok(Facets {
            total_results: found.total_results,
            facets: found
                .listing_facets
                .into_iter()
                .map(|(kind, values)| {
                    let values = values
                        .into_iter()
                        .map(|f| ListingFacet {
                            value: f.value,
                            display_name: f.display_name,
                            parent: f.parent,
                            count: f.count,
                        })
                        .collect();
                    (kind, values)
                })
                .collect(),
        })
    }
}
