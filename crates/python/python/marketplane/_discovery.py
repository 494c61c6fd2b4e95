"""AWS Marketplace Discovery from Python: ``client.discovery``, the buyer's view of the catalog.

Answers are the service's own JSON (camelCase keys, timestamps as epoch seconds), as boto3 shows them.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence


def _drop_none(d: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def _filters(filters: Optional[Mapping[str, Sequence[str]]]) -> Optional[List[Dict[str, Any]]]:
    return [{"filterType": k, "filterValues": list(v)} for k, v in (filters or {}).items()] or None


class Discovery:
    """Listings, products, offers and their terms, purchase options, search and facets."""

    def __init__(self, native: Any) -> None:
        self._native = native

    def _call(self, operation: str, body: Mapping[str, Any]) -> Dict[str, Any]:
        out = self._native.call_rest("POST", "/2026-02-05/" + operation, "", json.dumps(dict(body)))
        return {} if out is None else dict(json.loads(out))

    def get_listing(self, listing_id: str) -> Dict[str, Any]:
        return self._call("getListing", {"listingId": listing_id})

    def get_product(self, product_id: str) -> Dict[str, Any]:
        return self._call("getProduct", {"productId": product_id})

    def get_offer(self, offer_id: str) -> Dict[str, Any]:
        return self._call("getOffer", {"offerId": offer_id})

    def offer_terms(self, offer_id: str) -> Iterator[Dict[str, Any]]:
        """Every term of an offer (each a one-member union such as ``{"legalTerm": {...}}``), page by page."""
        token: Optional[str] = None
        while True:
            page = self._call("getOfferTerms", _drop_none({"offerId": offer_id, "nextToken": token}))
            yield from page.get("offerTerms", [])
            token = page.get("nextToken")
            if not token:
                return

    def purchase_options(self, filters: Optional[Mapping[str, Sequence[str]]] = None) -> Iterator[Dict[str, Any]]:
        """Offers the caller can buy (``{"PRODUCT_ID": [...], "VISIBILITY_SCOPE": ["PRIVATE"]}``), page by page."""
        token: Optional[str] = None
        while True:
            page = self._call("listPurchaseOptions", _drop_none({"filters": _filters(filters), "nextToken": token}))
            yield from page.get("purchaseOptions", [])
            token = page.get("nextToken")
            if not token:
                return

    def search(self, text: Optional[str] = None, *, filters: Optional[Mapping[str, Sequence[str]]] = None, sort_by: Optional[str] = None) -> Iterator[Dict[str, Any]]:
        """Listings matching ``text`` and ``filters`` (``{"CATEGORY": [...], "PRICING_MODEL": ["USAGE"]}``)."""
        token: Optional[str] = None
        while True:
            body = _drop_none({"searchText": text, "filters": _filters(filters), "sortBy": sort_by, "nextToken": token})
            page = self._call("searchListings", body)
            yield from page.get("listingSummaries", [])
            token = page.get("nextToken")
            if not token:
                return

    def facets(self, text: Optional[str] = None, *, filters: Optional[Mapping[str, Sequence[str]]] = None) -> Dict[str, Any]:
        """``{"totalResults": n, "listingFacets": {"CATEGORY": [{"value", "displayName", "count"}], ...}}``."""
        return self._call("searchFacets", _drop_none({"searchText": text, "filters": _filters(filters)}))
