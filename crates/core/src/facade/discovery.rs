//! `client.discovery()`: AWS Marketplace Discovery — what a buyer can find and buy: listings, products, offers and
//! their terms, purchase options, fulfillment options, search and facets.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::client::{Call, Client};
use crate::error::Result;
use crate::model::discovery::input::{ById, Search};
use crate::model::discovery::{
    DiscoveryFilter, Listing, ListingFacet, ListingSummary, Offer, OfferTerm, Page, Product, PurchaseOptionSummary,
};
use crate::operation::{DiscoveryRequest, DiscoveryResponse, Request, Response};

/// Marketplace Discovery operations.
#[derive(Debug, Clone, Copy)]
pub struct Discovery<'a> {
    client: &'a Client,
}

/// Take a discovery response variant out of a backend answer.
macro_rules! discovery {
    ($variant:path) => {
        |response| match response {
            Response::Discovery(inner) => match *inner {
                $variant(value) => Ok(value),
                other => Err(Box::new(Response::Discovery(Box::new(other)))),
            },
            other => Err(Box::new(other)),
        }
    };
}

/// A page of search results with the total count.
pub type SearchPage = Page<ListingSummary>;

impl<'a> Discovery<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Discovery { client }
    }

    fn call<T: Send + 'a>(
        &self,
        request: DiscoveryRequest,
        extract: fn(Response) -> Result<T, Box<Response>>,
    ) -> Call<'a, T> {
        Call::new(self.client, Request::Discovery(Box::new(request)), extract)
    }

    /// `GetListing`.
    pub fn listing(&self, listing_id: &str) -> Call<'a, Listing> {
        let input = ById { listing_id: Some(listing_id.into()), ..ById::default() };
        self.call(DiscoveryRequest::GetListing(input), |r| discovery!(DiscoveryResponse::Listing)(r).map(|l| *l))
    }

    /// `GetProduct`.
    pub fn product(&self, product_id: &str) -> Call<'a, Product> {
        let input = ById { product_id: Some(product_id.into()), ..ById::default() };
        self.call(DiscoveryRequest::GetProduct(input), |r| discovery!(DiscoveryResponse::Product)(r).map(|p| *p))
    }

    /// `GetOffer`.
    pub fn offer(&self, offer_id: &str) -> Call<'a, Offer> {
        let input = ById { offer_id: Some(offer_id.into()), ..ById::default() };
        self.call(DiscoveryRequest::GetOffer(input), |r| discovery!(DiscoveryResponse::Offer)(r).map(|o| *o))
    }

    /// `GetOfferSet`, as the service's JSON.
    pub fn offer_set(&self, offer_set_id: &str) -> Call<'a, Value> {
        let input = ById { offer_set_id: Some(offer_set_id.into()), ..ById::default() };
        self.call(DiscoveryRequest::GetOfferSet(input), discovery!(DiscoveryResponse::OfferSet))
    }

    /// `GetOfferTerms`, one page (`next_token` from the previous page).
    pub fn offer_terms(&self, offer_id: &str, next_token: Option<String>) -> Call<'a, Page<OfferTerm>> {
        let input = ById { offer_id: Some(offer_id.into()), next_token, ..ById::default() };
        self.call(DiscoveryRequest::GetOfferTerms(input), discovery!(DiscoveryResponse::OfferTerms))
    }

    /// Every term of an offer, all pages.
    pub async fn all_offer_terms(&self, offer_id: &str) -> Result<Vec<OfferTerm>> {
        let mut out = Vec::new();
        let mut token = None;
        loop {
            let page = self.offer_terms(offer_id, token).send().await?;
            out.extend(page.items);
            match page.next_token {
                Some(next) => token = Some(next),
                None => return Ok(out),
            }
        }
    }

    /// `ListFulfillmentOptions`, one page, each option as the service's JSON union.
    pub fn fulfillment_options(&self, product_id: &str, next_token: Option<String>) -> Call<'a, Page<Value>> {
        let input = ById { product_id: Some(product_id.into()), next_token, ..ById::default() };
        self.call(DiscoveryRequest::ListFulfillmentOptions(input), discovery!(DiscoveryResponse::FulfillmentOptions))
    }

    /// `ListListingAttributes`, one page.
    pub fn listing_attributes(&self, listing_id: &str, attribute_types: Vec<String>) -> Call<'a, Page<Value>> {
        let input = ById { listing_id: Some(listing_id.into()), attribute_types, ..ById::default() };
        self.call(DiscoveryRequest::ListListingAttributes(input), discovery!(DiscoveryResponse::ListingAttributes))
    }

    /// `ListPurchaseOptions` with these filters (PRODUCT_ID, SELLER_OF_RECORD_PROFILE_ID, PURCHASE_OPTION_TYPE,
    /// VISIBILITY_SCOPE, AVAILABILITY_STATUS), one page.
    pub fn purchase_options(
        &self,
        filters: Vec<DiscoveryFilter>,
        next_token: Option<String>,
    ) -> Call<'a, Page<PurchaseOptionSummary>> {
        let input = Search { filters, next_token, ..Search::default() };
        self.call(DiscoveryRequest::ListPurchaseOptions(input), discovery!(DiscoveryResponse::PurchaseOptions))
    }

    /// `SearchListings`, one page.
    pub fn search(&self, search: Search) -> Call<'a, SearchPage> {
        self.call(DiscoveryRequest::SearchListings(search), discovery!(DiscoveryResponse::Listings))
    }

    /// `SearchFacets`: facet values and counts for a search.
    pub fn facets(&self, search: Search) -> Call<'a, (i64, BTreeMap<String, Vec<ListingFacet>>)> {
        self.call(DiscoveryRequest::SearchFacets(search), |r| match r {
            Response::Discovery(inner) => match *inner {
                DiscoveryResponse::Facets { total_results, listing_facets, .. } => Ok((total_results, listing_facets)),
                other => Err(Box::new(Response::Discovery(Box::new(other)))),
            },
            other => Err(Box::new(other)),
        })
    }

    /// A search for `text` with no filters, to refine and pass to [`search`](Self::search).
    pub fn text(text: &str) -> Search {
        Search { search_text: Some(text.to_owned()), ..Search::default() }
    }
}
