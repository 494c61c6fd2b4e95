//! Marketplace Discovery on the wire (restJson1): `POST /2026-02-05/<operation in lowerCamelCase>` with camelCase JSON
//! bodies; errors carry `message` (and `reason` for validation), ValidationException is 400.

use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

use super::account::unknown_operation;
use super::with_token;
use crate::error::{Error, ErrorKind};
use crate::operation::{DiscoveryRequest, DiscoveryResponse, Request, Response};

/// The path prefix of every Discovery operation.
pub const PREFIX: &str = "/2026-02-05/";

/// Each operation's path.
pub const OPERATIONS: &[&str] = &[
    "getListing",
    "getProduct",
    "getOffer",
    "getOfferSet",
    "getOfferTerms",
    "listFulfillmentOptions",
    "listListingAttributes",
    "listPurchaseOptions",
    "searchListings",
    "searchFacets",
];

/// Whether `path` is a Discovery operation path.
pub fn is_discovery_path(path: &str) -> bool {
    path.strip_prefix(PREFIX).is_some_and(|op| OPERATIONS.contains(&op))
}

fn body<T: DeserializeOwned>(object: &Map<String, Value>) -> Result<T, Error> {
    serde_json::from_value(Value::Object(object.clone()))
        .map_err(|e| Error::new(ErrorKind::Validation, "ValidationException", format!("invalid request body: {e}")))
        .map_err(|e| e.with_reason("MALFORMED_REQUEST_PARAMETERS"))
}

/// Decode one request.
pub fn decode(method: &str, path: &str, object: &Map<String, Value>) -> Result<Request, Error> {
    let operation = path.strip_prefix(PREFIX).filter(|op| OPERATIONS.contains(op));
    let (Some(operation), "POST") = (operation, method) else {
        return Err(unknown_operation(&format!("{method} {path}")));
    };
    let request = match operation {
        "getListing" => DiscoveryRequest::GetListing(body(object)?),
        "getProduct" => DiscoveryRequest::GetProduct(body(object)?),
        "getOffer" => DiscoveryRequest::GetOffer(body(object)?),
        "getOfferSet" => DiscoveryRequest::GetOfferSet(body(object)?),
        "getOfferTerms" => DiscoveryRequest::GetOfferTerms(body(object)?),
        "listFulfillmentOptions" => DiscoveryRequest::ListFulfillmentOptions(body(object)?),
        "listListingAttributes" => DiscoveryRequest::ListListingAttributes(body(object)?),
        "listPurchaseOptions" => DiscoveryRequest::ListPurchaseOptions(body(object)?),
        "searchListings" => DiscoveryRequest::SearchListings(body(object)?),
        _ => DiscoveryRequest::SearchFacets(body(object)?),
    };
    Ok(Request::Discovery(Box::new(request)))
}

fn to_value<T: serde::Serialize>(value: &T) -> Result<Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::internal(format!("encoding a discovery response: {e}")))
}

/// Encode a response body.
pub fn encode(response: Response) -> Result<Option<Value>, Error> {
    let Response::Discovery(answer) = response else {
        return Err(Error::internal(format!("not a discovery response: {response:?}")));
    };
    Ok(Some(match *answer {
        DiscoveryResponse::Listing(l) => to_value(&l)?,
        DiscoveryResponse::Product(p) => to_value(&p)?,
        DiscoveryResponse::Offer(o) => to_value(&o)?,
        DiscoveryResponse::OfferSet(v) => v,
        DiscoveryResponse::OfferTerms(p) => with_token(json!({ "offerTerms": to_value(&p.items)? }), p.next_token),
        DiscoveryResponse::FulfillmentOptions(p) => with_token(json!({ "fulfillmentOptions": p.items }), p.next_token),
        DiscoveryResponse::ListingAttributes(p) => with_token(json!({ "listingAttributes": p.items }), p.next_token),
        DiscoveryResponse::PurchaseOptions(p) => {
            with_token(json!({ "purchaseOptions": to_value(&p.items)? }), p.next_token)
        }
        DiscoveryResponse::Listings(p) => with_token(
            json!({ "totalResults": p.total_results.unwrap_or(p.items.len() as i64), "listingSummaries": to_value(&p.items)? }),
            p.next_token,
        ),
        DiscoveryResponse::Facets { total_results, listing_facets, next_token } => with_token(
            json!({ "totalResults": total_results, "listingFacets": to_value(&listing_facets)? }),
            next_token,
        ),
    }))
}
