//! AWS Marketplace Discovery (API 2026-02-05): what a buyer finds — listings, products, offers and their terms,
//! purchase options, fulfillment options, search and facets.
//!
//! The structures serialize as the service's JSON (camelCase members; timestamps as epoch seconds), so one type
//! serves the facade, the local engine and the emulator's codec. Members this library does not model in detail
//! (promotional media, resources, reviews, seller engagements, use cases) are kept as JSON values.

use crate::model::OfferId;
use marketplane_macros::model;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;

use crate::model::open_enum;

/// Optional timestamps as restJson1 writes them: epoch seconds.
pub mod epoch_seconds {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::OffsetDateTime;

    /// Serialize as seconds, with milliseconds as a fraction when there are any (the services' precision).
    pub fn serialize<S: Serializer>(t: &Option<OffsetDateTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            None => s.serialize_none(),
            Some(t) => {
                let millis = t.unix_timestamp_nanos().div_euclid(1_000_000);
                if millis % 1000 == 0 {
                    s.serialize_i64(t.unix_timestamp())
                } else {
                    s.serialize_f64(millis as f64 / 1000.0)
                }
            }
        }
    }

    /// Read a number of seconds, to the nearest millisecond, so that a time read back is the time written.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<OffsetDateTime>, D::Error> {
        let seconds: Option<f64> = Option::deserialize(d)?;
        seconds
            .map(|s| {
                let millis = (s * 1000.0).round() as i128;
                OffsetDateTime::from_unix_timestamp_nanos(millis * 1_000_000)
                    .map_err(|e| serde::de::Error::custom(format!("timestamp out of range: {e}")))
            })
            .transpose()
    }

    #[cfg(test)]
    mod tests {
        use time::OffsetDateTime;

        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct At(#[serde(with = "super")] Option<OffsetDateTime>);

        #[test]
        fn a_time_read_back_is_the_time_written() {
            let t = OffsetDateTime::from_unix_timestamp_nanos(1_795_860_764_473_769_984).unwrap();
            let once: At = serde_json::from_str(&serde_json::to_string(&At(Some(t))).unwrap()).unwrap();
            let twice: At = serde_json::from_str(&serde_json::to_string(&once).unwrap()).unwrap();
            assert_eq!(once, twice);
            assert_eq!(once.0.unwrap().unix_timestamp_nanos(), 1_795_860_764_473_000_000);
            let whole: At = serde_json::from_str("1795860764").unwrap();
            assert_eq!(serde_json::to_string(&whole).unwrap(), "1795860764");
        }
    }
}

open_enum!(
    /// How a product is priced, as Discovery names it.
    PricingModelType {
        /// Pay as you go.
        Usage => "USAGE",
        /// Upfront contract.
        Contract => "CONTRACT",
        /// Bring your own licence.
        Byol => "BYOL",
        /// Free.
        Free => "FREE",
    }
);

open_enum!(
    /// What a purchase option is.
    PurchaseOptionType {
        /// An offer.
        Offer => "OFFER",
        /// A set of offers.
        OfferSet => "OFFERSET",
    }
);

/// A seller as buyers see it.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SellerInformation {
    /// The seller's profile id.
    pub seller_profile_id: String,
    /// The seller's display name.
    pub display_name: String,
}

/// A product reference.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductInformation {
    /// The product id (`prod-...`).
    pub product_id: String,
    /// Its name.
    pub product_name: String,
    /// Who makes it.
    pub manufacturer: SellerInformation,
}

/// An offer reference.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OfferInformation {
    /// The offer id.
    pub offer_id: OfferId,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_name: Option<String>,
    /// Who sells it.
    pub seller_of_record: SellerInformation,
}

/// A category.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Category {
    /// Its id.
    pub category_id: String,
    /// Its name.
    pub display_name: String,
}

/// A pricing model with its display name.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PricingModel {
    /// USAGE, CONTRACT, BYOL or FREE.
    pub pricing_model_type: PricingModelType,
    /// The name shown.
    pub display_name: String,
}

/// What a product is priced per.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PricingUnit {
    /// USERS, HOSTS, BANDWIDTH, DATA, TIERS, REQUESTS or UNITS.
    pub pricing_unit_type: String,
    /// The name shown.
    pub display_name: String,
}

/// How a product is delivered, in short.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FulfillmentOptionSummary {
    /// AMAZON_MACHINE_IMAGE, CONTAINER, SAAS, ...
    pub fulfillment_option_type: String,
    /// The name shown.
    pub display_name: String,
}

/// A badge on a listing (FREE_TRIAL, QUICK_LAUNCH, ...).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListingBadge {
    /// The name shown.
    pub display_name: String,
    /// The kind.
    pub badge_type: String,
}

/// A badge on a purchase option (PRIVATE_PRICING, FUTURE_DATED, REPLACEMENT_OFFER, AUTO_RENEW).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseOptionBadge {
    /// The name shown.
    pub display_name: String,
    /// The kind.
    pub badge_type: String,
}

/// Whether the buyer can subscribe (`NOT_AVAILABLE_FOR_SUBSCRIPTION` when the private marketplace governing the
/// buyer does not approve the product).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseIndicator {
    /// The indicator.
    pub indicator_type: String,
}

/// The entities a listing, offer or purchase option refers to.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AssociatedEntity {
    /// The product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<ProductInformation>,
    /// The offer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<OfferInformation>,
    /// The offer set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_set: Option<Value>,
}

/// A search result.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListingSummary {
    /// The listing id.
    pub listing_id: String,
    /// Its name.
    pub listing_name: String,
    /// Who publishes it.
    pub publisher: SellerInformation,
    /// How it is delivered.
    #[serde(default)]
    pub fulfillment_option_summaries: Vec<FulfillmentOptionSummary>,
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// The short description.
    pub short_description: String,
    /// The logo.
    pub logo_thumbnail_url: String,
    /// Its categories.
    #[serde(default)]
    pub categories: Vec<Category>,
    /// Its badges.
    #[serde(default)]
    pub badges: Vec<ListingBadge>,
    /// Reviews (kept as sent).
    #[serde(default)]
    pub review_summary: Value,
    /// How it is priced.
    #[serde(default)]
    pub pricing_models: Vec<PricingModel>,
    /// What it is priced per.
    #[serde(default)]
    pub pricing_units: Vec<PricingUnit>,
    /// Its products.
    #[serde(default)]
    pub associated_entities: Vec<AssociatedEntity>,
}

/// `GetListing`'s output.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Listing {
    /// The listing id.
    pub listing_id: String,
    /// Its name.
    pub listing_name: String,
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// Who publishes it.
    pub publisher: SellerInformation,
    /// Its product and offers.
    #[serde(default)]
    pub associated_entities: Vec<AssociatedEntity>,
    /// Badges.
    #[serde(default)]
    pub badges: Vec<ListingBadge>,
    /// Categories.
    #[serde(default)]
    pub categories: Vec<Category>,
    /// How it is delivered.
    #[serde(default)]
    pub fulfillment_option_summaries: Vec<FulfillmentOptionSummary>,
    /// Highlights.
    #[serde(default)]
    pub highlights: Vec<String>,
    /// The long description.
    #[serde(default)]
    pub long_description: String,
    /// The short description.
    pub short_description: String,
    /// The logo.
    pub logo_thumbnail_url: String,
    /// How it is priced.
    #[serde(default)]
    pub pricing_models: Vec<PricingModel>,
    /// What it is priced per.
    #[serde(default)]
    pub pricing_units: Vec<PricingUnit>,
    /// Whether the caller can subscribe.
    #[serde(default)]
    pub purchase_indicators: Vec<PurchaseIndicator>,
    /// Images and videos (kept as sent).
    #[serde(default)]
    pub promotional_media: Vec<Value>,
    /// Support and instructions (kept as sent).
    #[serde(default)]
    pub resources: Vec<Value>,
    /// Seller engagements (kept as sent).
    #[serde(default)]
    pub seller_engagements: Vec<Value>,
    /// Use cases (kept as sent).
    #[serde(default)]
    pub use_cases: Vec<Value>,
}

/// `GetProduct`'s output.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Product {
    /// The product id.
    pub product_id: String,
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// Its name.
    pub product_name: String,
    /// Who makes it.
    pub manufacturer: SellerInformation,
    /// DEPLOYED, NOT_DEPLOYED or NOT_APPLICABLE.
    pub deployed_on_aws: String,
    /// The short description.
    pub short_description: String,
    /// The long description.
    #[serde(default)]
    pub long_description: String,
    /// The logo.
    pub logo_thumbnail_url: String,
    /// How it is delivered.
    #[serde(default)]
    pub fulfillment_option_summaries: Vec<FulfillmentOptionSummary>,
    /// Categories.
    #[serde(default)]
    pub categories: Vec<Category>,
    /// Highlights.
    #[serde(default)]
    pub highlights: Vec<String>,
    /// Images and videos (kept as sent).
    #[serde(default)]
    pub promotional_media: Vec<Value>,
    /// Support and instructions (kept as sent).
    #[serde(default)]
    pub resources: Vec<Value>,
    /// Seller engagements (kept as sent).
    #[serde(default)]
    pub seller_engagements: Vec<Value>,
    /// Its listing.
    pub listing_id: String,
    /// Whether the caller can subscribe.
    #[serde(default)]
    pub purchase_indicators: Vec<PurchaseIndicator>,
}

/// `GetOffer`'s output.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Offer {
    /// The offer id.
    pub offer_id: OfferId,
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_name: Option<String>,
    /// When it stops being available.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<OffsetDateTime>,
    /// When it became available.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub available_from_time: Option<OffsetDateTime>,
    /// Who sells it.
    pub seller_of_record: SellerInformation,
    /// Its product.
    #[serde(default)]
    pub associated_entities: Vec<AssociatedEntity>,
    /// What the buyer accepts to buy it (an agreement request names it).
    pub agreement_proposal_id: String,
    /// The agreement a replacement offer replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement_agreement_id: Option<String>,
    /// How it is priced.
    pub pricing_model: PricingModel,
    /// Badges.
    #[serde(default)]
    pub badges: Vec<PurchaseOptionBadge>,
}

/// An offer term as Discovery shows it: a union with one member set, such as `fixedUpfrontPricingTerm`. Each term
/// carries an `id` and a `type` besides its own members; terms are kept as JSON objects in the service's shape.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct OfferTerm(pub crate::model::DocumentMap);

// The bindings see a term as the map it is: its type name to its JSON document.
#[cfg(feature = "python")]
crate::python::python_newtype!(OfferTerm(crate::model::DocumentMap));

#[cfg(feature = "uniffi")]
uniffi::custom_type!(OfferTerm, crate::model::DocumentMap, {
    lower: |term| term.0,
    try_lift: |map| Ok(OfferTerm(map)),
});

crate::model::sorted_maps! {
    /// Facet values by facet name.
    ListingFacetMap = Vec<ListingFacet>;
}

impl OfferTerm {
    /// The member that is set (`fixedUpfrontPricingTerm`, ...) and its value.
    pub fn member(&self) -> Option<(&str, &Value)> {
        self.0.iter().next().map(|(k, v)| (k.as_str(), v))
    }

    /// The term's `type` (`FixedUpfrontPricingTerm`, ...).
    pub fn term_type(&self) -> Option<&str> {
        self.member().and_then(|(_, v)| v.get("type")).and_then(Value::as_str)
    }
}

/// A purchase option in `ListPurchaseOptions`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseOptionSummary {
    /// The offer (or offer set) id.
    pub purchase_option_id: String,
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// OFFER or OFFERSET.
    pub purchase_option_type: String,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_option_name: Option<String>,
    /// When it became available.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub available_from_time: Option<OffsetDateTime>,
    /// When it expires.
    #[serde(default, with = "epoch_seconds", skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<OffsetDateTime>,
    /// Who sells it.
    pub seller_of_record: SellerInformation,
    /// Badges.
    #[serde(default)]
    pub badges: Vec<PurchaseOptionBadge>,
    /// Its product and offer.
    #[serde(default)]
    pub associated_entities: Vec<AssociatedEntity>,
}

/// A filter of `ListPurchaseOptions` or `SearchListings`/`SearchFacets`.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoveryFilter {
    /// PRODUCT_ID, SELLER_OF_RECORD_PROFILE_ID, PURCHASE_OPTION_TYPE, VISIBILITY_SCOPE, AVAILABILITY_STATUS (purchase
    /// options); CATEGORY, PUBLISHER, FULFILLMENT_OPTION_TYPE, PRICING_MODEL, PRICING_UNIT, PRODUCT_ID, ... (search).
    pub filter_type: String,
    /// Any of these values matches.
    pub filter_values: Vec<String>,
}

impl DiscoveryFilter {
    /// A filter.
    pub fn new(filter_type: &str, values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        DiscoveryFilter {
            filter_type: filter_type.to_owned(),
            filter_values: values.into_iter().map(Into::into).collect(),
        }
    }
}

/// A facet value with its count.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ListingFacet {
    /// The value to filter by.
    pub value: String,
    /// The name shown.
    pub display_name: String,
    /// The parent value, for nested facets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// How many listings have it.
    pub count: i64,
}

/// Declares a Discovery input naming one listing, product, offer or offer set, with an optional locale (and, for
/// paged operations, a page).
macro_rules! by_id_input {
    ($(#[$meta:meta])* $name:ident, $id:ident) => {
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            /// The id.
            pub $id: String,
            /// A locale such as `en-US`.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub locale: Option<String>,
        }

        impl $name {
            /// The input for `id`.
            pub fn new(id: impl Into<String>) -> Self {
                $name { $id: id.into(), locale: None }
            }
        }
    };
    ($(#[$meta:meta])* $name:ident, $id:ident, paged) => {
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            /// The id.
            pub $id: String,
            /// A locale such as `en-US`.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub locale: Option<String>,
            /// Page size.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub max_results: Option<i32>,
            /// The page.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub next_token: Option<String>,
        }

        impl $name {
            /// The first page for `id`.
            pub fn new(id: impl Into<String>) -> Self {
                $name { $id: id.into(), locale: None, max_results: None, next_token: None }
            }
        }
    };
}

by_id_input!(
    /// `GetListing`'s input.
    GetListingInput, listing_id
);
by_id_input!(
    /// `GetProduct`'s input.
    GetProductInput, product_id
);
by_id_input!(
    /// `GetOffer`'s input.
    GetOfferInput, offer_id
);
by_id_input!(
    /// `GetOfferSet`'s input.
    GetOfferSetInput, offer_set_id
);
by_id_input!(
    /// `GetOfferTerms`'s input (pages of 1–25).
    GetOfferTermsInput, offer_id, paged
);
by_id_input!(
    /// `ListFulfillmentOptions`'s input (pages of 1–50).
    ListFulfillmentOptionsInput, product_id, paged
);

/// `ListListingAttributes`'s input (pages of 1–100).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListListingAttributesInput {
    /// The listing.
    pub listing_id: String,
    /// Which attributes (1 to 10).
    pub attribute_types: Vec<String>,
    /// A locale such as `en-US`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Page size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListListingAttributesInput {
    /// The `attribute_types` of `listing_id`.
    pub fn new(listing_id: impl Into<String>, attribute_types: Vec<String>) -> Self {
        ListListingAttributesInput {
            listing_id: listing_id.into(),
            attribute_types,
            locale: None,
            max_results: None,
            next_token: None,
        }
    }
}

/// `ListPurchaseOptions`'s input (filters, pages of 1–100).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ListPurchaseOptionsInput {
    /// Filters (PRODUCT_ID, SELLER_OF_RECORD_PROFILE_ID, PURCHASE_OPTION_TYPE, VISIBILITY_SCOPE,
    /// AVAILABILITY_STATUS); all must match.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<DiscoveryFilter>,
    /// A locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Page size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListPurchaseOptionsInput {
    /// The purchase options matching `filters`.
    pub fn new(filters: Vec<DiscoveryFilter>) -> Self {
        ListPurchaseOptionsInput { filters, ..ListPurchaseOptionsInput::default() }
    }
}

/// `SearchListings`'s input (text, filters, sort, pages of 1–100).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SearchListingsInput {
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_text: Option<String>,
    /// Filters; all must match.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<DiscoveryFilter>,
    /// RELEVANCE or AVERAGE_CUSTOMER_RATING.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_by: Option<String>,
    /// DESCENDING or ASCENDING.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<String>,
    /// A locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Page size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl SearchListingsInput {
    /// Every listing matching `search_text` (or all, with `None`).
    pub fn new(search_text: Option<String>) -> Self {
        SearchListingsInput { search_text, ..SearchListingsInput::default() }
    }
}

/// `SearchFacets`'s input (text, filters, facet types).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SearchFacetsInput {
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_text: Option<String>,
    /// Filters; all must match.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filters: Vec<DiscoveryFilter>,
    /// Facets to count (all when empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facet_types: Vec<String>,
    /// A locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// The page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl SearchFacetsInput {
    /// The facets of the listings matching `search_text` (or of all, with `None`).
    pub fn new(search_text: Option<String>) -> Self {
        SearchFacetsInput { search_text, ..SearchFacetsInput::default() }
    }
}

/// Declares a Discovery list output: one page of items under the service's member name.
macro_rules! page_output {
    ($(#[$meta:meta])* $name:ident, $items:ident: $item:ty) => {
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            /// This page.
            #[serde(default)]
            pub $items: Vec<$item>,
            /// The next page.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub next_token: Option<String>,
        }

        impl $name {
            /// A page of `items`.
            pub fn new(items: Vec<$item>, next_token: Option<String>) -> Self {
                $name { $items: items, next_token }
            }
        }

        impl From<$name> for Page<$item> {
            fn from(page: $name) -> Self {
                Page { items: page.$items, next_token: page.next_token, total_results: None }
            }
        }
    };
}

page_output!(
    /// `GetOfferTerms`'s output.
    GetOfferTermsOutput, offer_terms: OfferTerm
);
page_output!(
    /// `ListFulfillmentOptions`'s output (each option as the service's JSON union).
    ListFulfillmentOptionsOutput, fulfillment_options: Value
);
page_output!(
    /// `ListListingAttributes`'s output (as the service's JSON).
    ListListingAttributesOutput, listing_attributes: Value
);
page_output!(
    /// `ListPurchaseOptions`'s output.
    ListPurchaseOptionsOutput, purchase_options: PurchaseOptionSummary
);

/// `SearchListings`'s output.
#[model]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SearchListingsOutput {
    /// How many listings match in all.
    pub total_results: i64,
    /// This page.
    #[serde(default)]
    pub listing_summaries: Vec<ListingSummary>,
    /// The next page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl SearchListingsOutput {
    /// A page of `listings` out of `total_results`.
    pub fn new(total_results: i64, listings: Vec<ListingSummary>, next_token: Option<String>) -> Self {
        SearchListingsOutput { total_results, listing_summaries: listings, next_token }
    }
}

impl From<SearchListingsOutput> for Page<ListingSummary> {
    fn from(page: SearchListingsOutput) -> Self {
        Page { items: page.listing_summaries, next_token: page.next_token, total_results: Some(page.total_results) }
    }
}

/// `SearchFacets`'s output.
#[model]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SearchFacetsOutput {
    /// How many listings match.
    pub total_results: i64,
    /// Facet values by facet type.
    #[serde(default)]
    pub listing_facets: BTreeMap<String, Vec<ListingFacet>>,
    /// The next page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl SearchFacetsOutput {
    /// `listing_facets` of `total_results` listings.
    pub fn new(total_results: i64, listing_facets: BTreeMap<String, Vec<ListingFacet>>) -> Self {
        SearchFacetsOutput { total_results, listing_facets, next_token: None }
    }
}

/// A page of items and the token of the next page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page<T> {
    /// The items.
    pub items: Vec<T>,
    /// The next page.
    pub next_token: Option<String>,
    /// Search results only: how many match in all.
    pub total_results: Option<i64>,
}
