//! The ten Marketplace Discovery operations as one request enum and one response enum.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::error::Result;
use crate::model::discovery::input::{ById, Search};
use crate::model::discovery::{
    Listing, ListingFacet, ListingSummary, Offer, OfferTerm, Page, Product, PurchaseOptionSummary,
};
use crate::validate::Validator;

/// A Marketplace Discovery call.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DiscoveryRequest {
    /// `GetListing` (`listingId`).
    GetListing(ById),
    /// `GetProduct` (`productId`).
    GetProduct(ById),
    /// `GetOffer` (`offerId`).
    GetOffer(ById),
    /// `GetOfferSet` (`offerSetId`).
    GetOfferSet(ById),
    /// `GetOfferTerms` (`offerId`, pages of 1–25).
    GetOfferTerms(ById),
    /// `ListFulfillmentOptions` (`productId`, pages of 1–50).
    ListFulfillmentOptions(ById),
    /// `ListListingAttributes` (`listingId`, `attributeTypes`, pages of 1–100).
    ListListingAttributes(ById),
    /// `ListPurchaseOptions` (filters, pages of 1–100).
    ListPurchaseOptions(Search),
    /// `SearchListings` (text, filters, sort, pages of 1–100).
    SearchListings(Search),
    /// `SearchFacets` (text, filters, facet types).
    SearchFacets(Search),
}

/// A Marketplace Discovery answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DiscoveryResponse {
    /// `GetListing`.
    Listing(Box<Listing>),
    /// `GetProduct`.
    Product(Box<Product>),
    /// `GetOffer`.
    Offer(Box<Offer>),
    /// `GetOfferSet` (kept as the service's JSON).
    OfferSet(Value),
    /// `GetOfferTerms`.
    OfferTerms(Page<OfferTerm>),
    /// `ListFulfillmentOptions` (each option as the service's JSON union).
    FulfillmentOptions(Page<Value>),
    /// `ListListingAttributes` (as the service's JSON).
    ListingAttributes(Page<Value>),
    /// `ListPurchaseOptions`.
    PurchaseOptions(Page<PurchaseOptionSummary>),
    /// `SearchListings`.
    Listings(Page<ListingSummary>),
    /// `SearchFacets`.
    Facets {
        /// How many listings match.
        total_results: i64,
        /// Facet values by facet type.
        listing_facets: BTreeMap<String, Vec<ListingFacet>>,
        /// The next page.
        next_token: Option<String>,
    },
}

fn required(v: &mut Validator, field: &str, value: &Option<String>) {
    match value {
        None => v.fail(field, "is required"),
        Some(id) => {
            if v.length(field, id, 1, 255) && !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                v.fail(field, r"must match [\w\-]+");
            }
        }
    }
}

fn page(v: &mut Validator, max_results: Option<i32>, max: i64, next_token: &Option<String>) {
    if let Some(n) = max_results {
        v.range("maxResults", i64::from(n), 1, max);
    }
    v.optional_length("nextToken", next_token.as_deref(), 0, 8192);
}

impl DiscoveryRequest {
    /// The operation's name.
    pub fn operation_name(&self) -> &'static str {
        match self {
            DiscoveryRequest::GetListing(_) => "GetListing",
            DiscoveryRequest::GetProduct(_) => "GetProduct",
            DiscoveryRequest::GetOffer(_) => "GetOffer",
            DiscoveryRequest::GetOfferSet(_) => "GetOfferSet",
            DiscoveryRequest::GetOfferTerms(_) => "GetOfferTerms",
            DiscoveryRequest::ListFulfillmentOptions(_) => "ListFulfillmentOptions",
            DiscoveryRequest::ListListingAttributes(_) => "ListListingAttributes",
            DiscoveryRequest::ListPurchaseOptions(_) => "ListPurchaseOptions",
            DiscoveryRequest::SearchListings(_) => "SearchListings",
            DiscoveryRequest::SearchFacets(_) => "SearchFacets",
        }
    }

    /// Check the request against the model's member rules.
    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        match self {
            DiscoveryRequest::GetListing(i) => required(&mut v, "listingId", &i.listing_id),
            DiscoveryRequest::GetProduct(i) => required(&mut v, "productId", &i.product_id),
            DiscoveryRequest::GetOffer(i) => required(&mut v, "offerId", &i.offer_id),
            DiscoveryRequest::GetOfferSet(i) => required(&mut v, "offerSetId", &i.offer_set_id),
            DiscoveryRequest::GetOfferTerms(i) => {
                required(&mut v, "offerId", &i.offer_id);
                page(&mut v, i.max_results, 25, &i.next_token);
            }
            DiscoveryRequest::ListFulfillmentOptions(i) => {
                required(&mut v, "productId", &i.product_id);
                page(&mut v, i.max_results, 50, &i.next_token);
            }
            DiscoveryRequest::ListListingAttributes(i) => {
                required(&mut v, "listingId", &i.listing_id);
                if i.attribute_types.is_empty() || i.attribute_types.len() > 10 {
                    v.fail("attributeTypes", "must hold 1 to 10 attribute types");
                }
                page(&mut v, i.max_results, 100, &i.next_token);
            }
            DiscoveryRequest::ListPurchaseOptions(s)
            | DiscoveryRequest::SearchListings(s)
            | DiscoveryRequest::SearchFacets(s) => {
                let max_filters = if matches!(self, DiscoveryRequest::ListPurchaseOptions(_)) { 10 } else { 30 };
                if s.filters.len() > max_filters {
                    v.fail("filters", format!("at most {max_filters} filters"));
                }
                for (i, f) in s.filters.iter().enumerate() {
                    if f.filter_values.is_empty() || f.filter_values.len() > 30 {
                        v.fail(format!("filters[{i}].filterValues"), "must hold 1 to 30 values");
                    }
                }
                v.optional_length("searchText", s.search_text.as_deref(), 1, 512);
                page(&mut v, s.max_results, 100, &s.next_token);
                if let Some(sort) = &s.sort_by {
                    if sort != "RELEVANCE" && sort != "AVERAGE_CUSTOMER_RATING" {
                        v.fail("sortBy", "must be RELEVANCE or AVERAGE_CUSTOMER_RATING");
                    }
                }
                if let Some(order) = &s.sort_order {
                    if order != "ASCENDING" && order != "DESCENDING" {
                        v.fail("sortOrder", "must be ASCENDING or DESCENDING");
                    }
                }
            }
        }
        v.finish()
    }
}
