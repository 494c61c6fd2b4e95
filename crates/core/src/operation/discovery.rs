//! Marketplace Discovery's operation table (restJson1, `POST /2026-02-05/<operation in lower camel case>`).

use super::table::{define_service, Validate};
use crate::error::Result;
use crate::model::discovery::{
    DiscoveryFilter, GetListingInput, GetOfferInput, GetOfferSetInput, GetOfferTermsInput, GetProductInput,
    ListFulfillmentOptionsInput, ListListingAttributesInput, ListPurchaseOptionsInput, SearchFacetsInput,
    SearchListingsInput,
};
use crate::validate::Validator;

/// The Marketplace Discovery operation table, handed to `$callback` (see [`crate::operation::table`]).
#[macro_export]
macro_rules! discovery_operations {
    ($callback:ident) => {
        $callback! {
            /// AWS Marketplace Discovery.
            service MarketplaceDiscovery, variant Discovery, request DiscoveryRequest, response DiscoveryResponse,
                engine DiscoveryEngine, remote DiscoveryRemote, table DISCOVERY_OPERATIONS;
            /// `GetListing`.
            GetListing get_listing($crate::model::discovery::GetListingInput)
                -> $crate::model::discovery::Listing,
                [read] [POST "/2026-02-05/getListing" 200];
            /// `GetOffer`.
            GetOffer get_offer($crate::model::discovery::GetOfferInput) -> $crate::model::discovery::Offer,
                [read] [POST "/2026-02-05/getOffer" 200];
            /// `GetOfferSet` (kept as the service's JSON).
            GetOfferSet get_offer_set($crate::model::discovery::GetOfferSetInput) -> serde_json::Value,
                [read] [POST "/2026-02-05/getOfferSet" 200];
            /// `GetOfferTerms`: one page of an offer's terms.
            GetOfferTerms get_offer_terms($crate::model::discovery::GetOfferTermsInput)
                -> $crate::model::discovery::GetOfferTermsOutput,
                [read] [POST "/2026-02-05/getOfferTerms" 200] [pages];
            /// `GetProduct`.
            GetProduct get_product($crate::model::discovery::GetProductInput) -> $crate::model::discovery::Product,
                [read] [POST "/2026-02-05/getProduct" 200];
            /// `ListFulfillmentOptions`: one page.
            ListFulfillmentOptions list_fulfillment_options($crate::model::discovery::ListFulfillmentOptionsInput)
                -> $crate::model::discovery::ListFulfillmentOptionsOutput,
                [read] [POST "/2026-02-05/listFulfillmentOptions" 200] [pages];
            /// `ListListingAttributes`: one page.
            ListListingAttributes list_listing_attributes($crate::model::discovery::ListListingAttributesInput)
                -> $crate::model::discovery::ListListingAttributesOutput,
                [read] [POST "/2026-02-05/listListingAttributes" 200] [pages];
            /// `ListPurchaseOptions`: one page.
            ListPurchaseOptions list_purchase_options($crate::model::discovery::ListPurchaseOptionsInput)
                -> $crate::model::discovery::ListPurchaseOptionsOutput,
                [read] [POST "/2026-02-05/listPurchaseOptions" 200] [pages];
            /// `SearchFacets`.
            SearchFacets search_facets($crate::model::discovery::SearchFacetsInput)
                -> $crate::model::discovery::SearchFacetsOutput,
                [read] [POST "/2026-02-05/searchFacets" 200];
            /// `SearchListings`: one page.
            SearchListings search_listings($crate::model::discovery::SearchListingsInput)
                -> $crate::model::discovery::SearchListingsOutput,
                [read] [POST "/2026-02-05/searchListings" 200] [pages];
        }
    };
}

crate::discovery_operations!(define_service);

fn id(v: &mut Validator, field: &str, id: &str) {
    if v.length(field, id, 1, 255) && !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        v.fail(field, r"must match [\w\-]+");
    }
}

fn page(v: &mut Validator, max_results: Option<i32>, max: i64, next_token: &Option<String>) {
    if let Some(n) = max_results {
        v.range("maxResults", i64::from(n), 1, max);
    }
    v.optional_length("nextToken", next_token.as_deref(), 0, 8192);
}

fn search_rules(v: &mut Validator, filters: &[DiscoveryFilter], max_filters: usize, search_text: Option<&str>) {
    if filters.len() > max_filters {
        v.fail("filters", format!("at most {max_filters} filters"));
    }
    for (i, f) in filters.iter().enumerate() {
        if f.filter_values.is_empty() || f.filter_values.len() > 30 {
            v.fail(format!("filters[{i}].filterValues"), "must hold 1 to 30 values");
        }
    }
    v.optional_length("searchText", search_text, 1, 512);
}

/// Implements [`Validate`] from a body that fills the validator.
macro_rules! rules {
    ($input:ty, |$this:ident, $v:ident| $body:block) => {
        impl Validate for $input {
            fn validate(&self) -> Result<()> {
                let $this = self;
                let mut $v = Validator::new();
                $body
                $v.finish()
            }
        }
    };
}

rules!(GetListingInput, |input, v| { id(&mut v, "listingId", &input.listing_id) });
rules!(GetProductInput, |input, v| { id(&mut v, "productId", &input.product_id) });
rules!(GetOfferInput, |input, v| { id(&mut v, "offerId", &input.offer_id) });
rules!(GetOfferSetInput, |input, v| { id(&mut v, "offerSetId", &input.offer_set_id) });
rules!(GetOfferTermsInput, |input, v| {
    id(&mut v, "offerId", &input.offer_id);
    page(&mut v, input.max_results, 25, &input.next_token);
});
rules!(ListFulfillmentOptionsInput, |input, v| {
    id(&mut v, "productId", &input.product_id);
    page(&mut v, input.max_results, 50, &input.next_token);
});
rules!(ListListingAttributesInput, |input, v| {
    id(&mut v, "listingId", &input.listing_id);
    if input.attribute_types.is_empty() || input.attribute_types.len() > 10 {
        v.fail("attributeTypes", "must hold 1 to 10 attribute types");
    }
    page(&mut v, input.max_results, 100, &input.next_token);
});
rules!(ListPurchaseOptionsInput, |input, v| {
    search_rules(&mut v, &input.filters, 10, None);
    page(&mut v, input.max_results, 100, &input.next_token);
});
rules!(SearchListingsInput, |input, v| {
    search_rules(&mut v, &input.filters, 30, input.search_text.as_deref());
    page(&mut v, input.max_results, 100, &input.next_token);
    if let Some(sort) = &input.sort_by {
        if sort != "RELEVANCE" && sort != "AVERAGE_CUSTOMER_RATING" {
            v.fail("sortBy", "must be RELEVANCE or AVERAGE_CUSTOMER_RATING");
        }
    }
    if let Some(order) = &input.sort_order {
        if order != "ASCENDING" && order != "DESCENDING" {
            v.fail("sortOrder", "must be ASCENDING or DESCENDING");
        }
    }
});
rules!(SearchFacetsInput, |input, v| {
    search_rules(&mut v, &input.filters, 30, input.search_text.as_deref());
    page(&mut v, None, 100, &input.next_token);
});
