//! `client.discovery()`: AWS Marketplace Discovery — what a buyer can find and buy: listings, products, offers and
//! their terms, purchase options, fulfillment options, search and facets.

use crate::model::OfferId;
use serde_json::Value;

use super::{Paged, Paginator};
use crate::client::{Call, Client};
use crate::error::Result;
use crate::model::discovery::{
    DiscoveryFilter, GetListingInput, GetOfferInput, GetOfferSetInput, GetOfferTermsInput, GetOfferTermsOutput,
    GetProductInput, ListFulfillmentOptionsInput, ListFulfillmentOptionsOutput, ListListingAttributesInput,
    ListListingAttributesOutput, ListPurchaseOptionsInput, ListPurchaseOptionsOutput, ListingSummary, OfferTerm, Page,
    PurchaseOptionSummary, SearchFacetsInput, SearchListingsInput, SearchListingsOutput,
};

impl Paged for GetOfferTermsOutput {
    type Item = OfferTerm;
    fn into_page(self) -> (Vec<OfferTerm>, Option<String>) {
        (self.offer_terms, self.next_token)
    }
}

impl Paged for ListFulfillmentOptionsOutput {
    type Item = Value;
    fn into_page(self) -> (Vec<Value>, Option<String>) {
        (self.fulfillment_options, self.next_token)
    }
}

impl Paged for ListListingAttributesOutput {
    type Item = Value;
    fn into_page(self) -> (Vec<Value>, Option<String>) {
        (self.listing_attributes, self.next_token)
    }
}

impl Paged for ListPurchaseOptionsOutput {
    type Item = PurchaseOptionSummary;
    fn into_page(self) -> (Vec<PurchaseOptionSummary>, Option<String>) {
        (self.purchase_options, self.next_token)
    }
}

impl Paged for SearchListingsOutput {
    type Item = ListingSummary;
    fn into_page(self) -> (Vec<ListingSummary>, Option<String>) {
        (self.listing_summaries, self.next_token)
    }
}

/// Marketplace Discovery operations.
#[derive(Debug, Clone, Copy)]
pub struct Discovery<'a> {
    client: &'a Client,
}

/// A page of search results with the total count.
pub type SearchPage = Page<ListingSummary>;

impl<'a> Discovery<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Discovery { client }
    }

    /// `GetListing`.
    pub fn listing(&self, listing_id: &str) -> Call<'a, GetListingInput> {
        self.client.call(GetListingInput::new(listing_id))
    }

    /// `GetProduct`.
    pub fn product(&self, product_id: &str) -> Call<'a, GetProductInput> {
        self.client.call(GetProductInput::new(product_id))
    }

    /// `GetOffer`.
    pub fn offer(&self, offer_id: impl Into<OfferId>) -> Call<'a, GetOfferInput> {
        let offer_id: OfferId = offer_id.into();
        self.client.call(GetOfferInput::new(offer_id))
    }

    /// `GetOfferSet`, as the service's JSON.
    pub fn offer_set(&self, offer_set_id: &str) -> Call<'a, GetOfferSetInput> {
        self.client.call(GetOfferSetInput::new(offer_set_id))
    }

    /// `GetOfferTerms`, every page.
    pub fn offer_terms(&self, offer_id: impl Into<OfferId>) -> Paginator<'a, GetOfferTermsInput> {
        let offer_id: OfferId = offer_id.into();
        Paginator::new(self.client, GetOfferTermsInput::new(offer_id))
    }

    /// Every term of an offer, all pages.
    pub async fn all_offer_terms(&self, offer_id: impl Into<OfferId>) -> Result<Vec<OfferTerm>> {
        let offer_id: OfferId = offer_id.into();
        self.offer_terms(offer_id).collect().await
    }

    /// `ListFulfillmentOptions`, every page, each option as the service's JSON union.
    pub fn fulfillment_options(&self, product_id: &str) -> Paginator<'a, ListFulfillmentOptionsInput> {
        Paginator::new(self.client, ListFulfillmentOptionsInput::new(product_id))
    }

    /// `ListListingAttributes`, every page.
    pub fn listing_attributes(
        &self,
        listing_id: &str,
        attribute_types: Vec<String>,
    ) -> Paginator<'a, ListListingAttributesInput> {
        Paginator::new(self.client, ListListingAttributesInput::new(listing_id, attribute_types))
    }

    /// `ListPurchaseOptions` with these filters (PRODUCT_ID, SELLER_OF_RECORD_PROFILE_ID, PURCHASE_OPTION_TYPE,
    /// VISIBILITY_SCOPE, AVAILABILITY_STATUS), every page.
    pub fn purchase_options(&self, filters: Vec<DiscoveryFilter>) -> Paginator<'a, ListPurchaseOptionsInput> {
        Paginator::new(self.client, ListPurchaseOptionsInput::new(filters))
    }

    /// `SearchListings`, one page, with the total count.
    pub fn search(&self, search: SearchListingsInput) -> Call<'a, SearchListingsInput, SearchPage> {
        self.client.call(search).map(SearchPage::from)
    }

    /// `SearchListings`, every page.
    pub fn search_all(&self, search: SearchListingsInput) -> Paginator<'a, SearchListingsInput> {
        Paginator::new(self.client, search)
    }

    /// `SearchFacets`: facet values and counts for a search.
    pub fn facets(&self, search: SearchFacetsInput) -> Call<'a, SearchFacetsInput> {
        self.client.call(search)
    }

    /// A search for `text` with no filters, to refine and pass to [`search`](Self::search).
    pub fn text(text: &str) -> SearchListingsInput {
        SearchListingsInput::new(Some(text.to_owned()))
    }
}
