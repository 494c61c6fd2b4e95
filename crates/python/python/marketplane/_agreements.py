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
        estimate_taxes: bool = False,
        acceptor_contact: Optional[Mapping[str, str]] = None,
    ) -> Dict[str, Any]:
        """Request every term of an offer; ``configuration`` (``{"selectorValue": "P12M", "dimensions": [...]}``)
        configures a contract the buyer sizes. ``estimate_taxes`` adds ``estimatedTaxes`` to the charge summary;
        ``acceptor_contact`` (``firstName``, ``lastName``, ``emailAddress``, ``companyName``, ``countryCode``) is who
        the seller will see as the acceptor. Returns the request with its charge summary."""
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
            taxConfiguration={"taxEstimation": "ENABLED"} if estimate_taxes else None,
            acceptorContact=dict(acceptor_contact) if acceptor_contact is not None else None,
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

    # payment requests (the seller charges under a variable payment term; the buyer approves or rejects)

    def send_payment_request(
        self, agreement_id: str, term_id: str, name: str, amount: str, *, description: Optional[str] = None
    ) -> Dict[str, Any]:
        """As the seller: ask for ``amount`` under the agreement's ``VariablePaymentTerm`` ``term_id``."""
        return self.call(
            "SendAgreementPaymentRequest",
            clientToken=str(uuid.uuid4()),
            agreementId=agreement_id,
            termId=term_id,
            name=name,
            chargeAmount=amount,
            description=description,
        )

    def payment_request(self, agreement_id: str, payment_request_id: str) -> Dict[str, Any]:
        return self.call("GetAgreementPaymentRequest", agreementId=agreement_id, paymentRequestId=payment_request_id)

    def answer_payment_request(
        self,
        agreement_id: str,
        payment_request_id: str,
        *,
        approve: bool,
        purchase_order: Optional[str] = None,
        reason: Optional[str] = None,
    ) -> Dict[str, Any]:
        """As the buyer: approve (charged at once, against ``purchase_order`` if given) or reject with ``reason``."""
        if approve:
            return self.call(
                "AcceptAgreementPaymentRequest",
                agreementId=agreement_id,
                paymentRequestId=payment_request_id,
                purchaseOrderReference=purchase_order,
            )
        return self.call(
            "RejectAgreementPaymentRequest",
            agreementId=agreement_id,
            paymentRequestId=payment_request_id,
            rejectionReason=reason,
        )

    def cancel_payment_request(self, agreement_id: str, payment_request_id: str) -> Dict[str, Any]:
        """As the seller: withdraw a request the buyer has not answered."""
        return self.call("CancelAgreementPaymentRequest", agreementId=agreement_id, paymentRequestId=payment_request_id)

    def payment_requests(self, *, as_seller: bool = False, agreement_id: Optional[str] = None) -> Iterator[Dict[str, Any]]:
        """The payment requests the caller sent (``as_seller``) or received, every page."""
        token: Optional[str] = None
        while True:
            page = self.call(
                "ListAgreementPaymentRequests",
                partyType="Proposer" if as_seller else "Acceptor",
                agreementId=agreement_id,
                nextToken=token,
            )
            yield from page.get("items", [])
            token = page.get("nextToken")
            if not token:
                return

    # what was billed

    def invoices(self, agreement_id: str) -> List[Dict[str, Any]]:
        """The agreement's invoices and credit memos, oldest first (every page)."""
        items: List[Dict[str, Any]] = []
        token: Optional[str] = None
        while True:
            page = self.call("ListAgreementInvoiceLineItems", agreementId=agreement_id, groupBy="INVOICE_ID", nextToken=token)
            items.extend(page.get("agreementInvoiceLineItemGroupSummaries", []))
            token = page.get("nextToken")
            if not token:
                return items

    def acceptor_contact(self, agreement_id: str) -> Optional[Dict[str, Any]]:
        """Who accepted the agreement, as the seller sees it (``None`` when nobody is on record)."""
        contact = self.call("GetAgreementContacts", agreementId=agreement_id).get("acceptorContact")
        return dict(contact) if contact is not None else None
