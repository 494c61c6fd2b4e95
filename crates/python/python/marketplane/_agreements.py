"""AWS Marketplace Agreement from Python: ``client.agreements``, the contracts a buyer lives with.

Requests and answers are the service's own JSON members (camelCase, timestamps as epoch seconds), as boto3 shows
them; ``request_offer`` fills in the offer's terms from Discovery.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, Dict, Iterator, List, Mapping, Optional


def _drop_none(d: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


class Agreements:
    """Agreement requests, approvals, agreements, terms, entitlements, charges and cancellation."""

    def __init__(self, native: Any, discovery: Any) -> None:
        self._native = native
        self._discovery = discovery

    def call(self, operation: str, **members: Any) -> Dict[str, Any]:
        """Any Agreement operation by name, with its members (``agreementId=...``)."""
        return dict(json.loads(self._native.call_agreement(operation, json.dumps(_drop_none(members)))))

    def request_offer(
        self,
        offer_id: str,
        *,
        configuration: Optional[Mapping[str, Any]] = None,
        intent: str = "NEW",
        source_agreement_id: Optional[str] = None,
    ) -> Dict[str, Any]:
        """Request every term of an offer; ``configuration`` (``{"selectorValue": "P12M", "dimensions": [...]}``)
        configures a contract the buyer sizes. Returns the request with its charge summary."""
        offer = self._discovery.get_offer(offer_id)
        terms = []
        for term in self._discovery.offer_terms(offer_id):
            member, body = next(iter(term.items()))
            requested: Dict[str, Any] = {"id": body["id"]}
            if member == "configurableUpfrontPricingTerm" and configuration is not None:
                requested["configuration"] = {"configurableUpfrontPricingTermConfiguration": dict(configuration)}
            terms.append(requested)
        return self.call(
            "CreateAgreementRequest",
            clientToken=str(uuid.uuid4()),
            intent=intent,
            requestedTerms=terms,
            agreementProposalIdentifier=offer["agreementProposalId"],
            sourceAgreementIdentifier=source_agreement_id,
        )

    def accept(self, request: Mapping[str, Any], *, purchase_order: Optional[str] = None) -> str:
        """Accept a request (as ``request_offer`` returned it), with one purchase order for each of its charges."""
        orders = [
            {"chargeId": c["id"], "purchaseOrderReference": purchase_order}
            for c in request.get("chargeSummary", {}).get("expectedCharges", [])
            if purchase_order is not None and "id" in c
        ]
        out = self.call("AcceptAgreementRequest", agreementRequestId=request["agreementRequestId"], purchaseOrders=orders or None)
        return str(out["agreementId"])

    def describe(self, agreement_id: str) -> Dict[str, Any]:
        return self.call("DescribeAgreement", agreementId=agreement_id)

    def terms(self, agreement_id: str) -> List[Dict[str, Any]]:
        return list(self.call("GetAgreementTerms", agreementId=agreement_id).get("acceptedTerms", []))

    def search(self, **filters: str) -> Iterator[Dict[str, Any]]:
        """Agreements by filter (``Status="ACTIVE"``, ``PartyType="Proposer"``, ...), the caller as buyer by default."""
        filters.setdefault("PartyType", "Acceptor")
        token: Optional[str] = None
        while True:
            page = self.call("SearchAgreements", filters=[{"name": k, "values": [v]} for k, v in filters.items()], nextToken=token)
            yield from page.get("agreementViewSummaries", [])
            token = page.get("nextToken")
            if not token:
                return

    def charges(self, agreement_id: Optional[str] = None) -> List[Dict[str, Any]]:
        return list(self.call("ListAgreementCharges", agreementId=agreement_id).get("items", []))

    def cancel(self, agreement_id: str) -> None:
        self.call("CancelAgreement", agreementId=agreement_id)
