"""Marketplace Catalog from Python, on the local backend and through the emulator."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

import marketplane
from marketplane import ChangeSetFailedError, ResourceInUseError, ValidationError

S = "444444444444"
A = "111111111111"
X = "555555555555"


def _product(catalog: marketplane.Catalog, title: str) -> str:
    changes: List[Dict[str, Any]] = [
        {"ChangeType": "CreateProduct", "Entity": {"Type": "SaaSProduct@1.0"}, "DetailsDocument": {"ProductTitle": title}, "ChangeName": "P"},
        {"ChangeType": "ReleaseProduct", "Entity": {"Type": "SaaSProduct@1.0", "Identifier": "$P.Entity.Identifier"}, "DetailsDocument": {}},
    ]
    done = catalog.apply(changes, timeout=30)
    return str(done["ChangeSet"][0]["Entity"]["Identifier"]).split("@")[0]


def test_private_offer_round_trip(env: Any) -> None:
    seller = env.client(S).catalog
    product_id = _product(seller, "Python product")
    offer_id = seller.publish_offer(
        product_id=product_id,
        name="Example Corp",
        buyers=[A],
        contract={"currency": "USD", "duration": "P12M", "price": "0", "grants": {"Users": 10}},
        payment_schedule=[("2099-01-01", "500.00"), ("2099-07-01", "500.00")],
        eula="standard",
        available_until="2099-12-31",
    )
    details = seller.describe_entity(offer_id)["DetailsDocument"]
    assert details["State"] == "Released"
    assert [t["Type"] for t in details["Terms"]] == ["FixedUpfrontPricingTerm", "PaymentScheduleTerm", "LegalTerm"]
    shared = list(env.client(A).catalog.list_entities("Offer", ownership_type="SHARED"))
    assert [e["EntityId"] for e in shared] == [offer_id]
    with pytest.raises(marketplane.NotFoundError):
        env.client(X).catalog.describe_entity(offer_id)


def test_the_offer_builder_lists_every_problem(env: Any) -> None:
    with pytest.raises(ValidationError) as raised:
        env.client(S).catalog.build_offer(
            product_id="prod-abc",
            buyers=["123"],
            contract={"currency": "INR", "duration": "P12M", "price": "1", "grants": {"Users": 1}},
            auto_renew=True,
        )
    message = str(raised.value)
    for field in ["BuyerAccounts[0]", "CurrencyCode", "Offer.LegalTerm", "Offer.AutoRenew", "Offer.AvailabilityEndDate"]:
        assert field in message, message


def test_failed_change_sets_and_locks(env: Any) -> None:
    catalog = env.client(S).catalog
    product_id = _product(catalog, "Locked")
    rename = [{"ChangeType": "UpdateInformation", "Entity": {"Type": "SaaSProduct@1.0", "Identifier": product_id}, "DetailsDocument": {"ProductTitle": "New"}}]
    started = catalog.start_change_set(rename, client_request_token="py-token")
    assert catalog.start_change_set(rename, client_request_token="py-token") == started
    with pytest.raises(ResourceInUseError):
        catalog.start_change_set(rename)
    assert catalog.wait_for_change_set(started["ChangeSetId"], timeout=30)["Status"] == "SUCCEEDED"

    bad = [{"ChangeType": "UpdatePricingTerms", "Entity": {"Type": "SaaSProduct@1.0", "Identifier": product_id}, "DetailsDocument": {}}]
    with pytest.raises(ChangeSetFailedError) as raised:
        catalog.apply(bad, timeout=30)
    assert raised.value.description["FailureCode"] == "CLIENT_ERROR"
    assert "UNSUPPORTED_CHANGE_TYPE" in str(raised.value)
    statuses = [c["Status"] for c in catalog.list_change_sets()]
    assert sorted(statuses) == ["FAILED", "SUCCEEDED", "SUCCEEDED"]


def test_tags_and_policies(env: Any) -> None:
    catalog = env.client(S).catalog
    product_id = _product(catalog, "Tagged")
    arn = catalog.describe_entity(product_id)["EntityArn"]
    catalog.tag_resource(arn, {"team": "growth", "tier": "1"})
    catalog.untag_resource(arn, ["tier"])
    assert catalog.tags(arn) == {"team": "growth"}
    with pytest.raises(marketplane.NotFoundError):
        catalog.resource_policy(arn)
    catalog.put_resource_policy(arn, '{"Statement": []}')
    assert catalog.resource_policy(arn) == '{"Statement": []}'
    catalog.delete_resource_policy(arn)


def test_async_catalog(env: Any) -> None:
    import asyncio

    _product(env.client(S).catalog, "Async")
    client = marketplane.AsyncClient(env.client(S))

    async def main() -> List[Any]:
        return [e async for e in client.catalog.list_entities("SaaSProduct")]

    assert [e["Name"] for e in asyncio.run(main())] == ["Async"]


def test_discovery_finds_what_sellers_publish(env: Any) -> None:
    seller = env.client(S).catalog
    product_id = _product(seller, "Searchable lake")
    seller.apply([{"ChangeType": "UpdateVisibility", "Entity": {"Type": "SaaSProduct@1.0", "Identifier": product_id}, "DetailsDocument": {"TargetVisibility": "Public"}}], timeout=30)
    offer_id = seller.publish_offer(
        product_id=product_id, name="PAYG", usage={"currency": "USD", "prices": {"Users": "0.10"}}, eula="standard",
    )
    buyer = env.client(A).discovery
    found = list(buyer.search("searchable"))
    assert [l["listingName"] for l in found] == ["Searchable lake"]
    assert buyer.get_offer(offer_id)["pricingModel"]["pricingModelType"] == "USAGE"
    terms = list(buyer.offer_terms(offer_id))
    assert [next(iter(t)) for t in terms] == ["usageBasedPricingTerm", "legalTerm"]
    assert [o["purchaseOptionId"] for o in buyer.purchase_options({"PRODUCT_ID": [product_id]})] == [offer_id]
    with pytest.raises(marketplane.NotFoundError):
        buyer.get_listing("prodview-missing")


def test_agreements_from_python(env: Any) -> None:
    seller = env.client(S).catalog
    product_id = _product(seller, "Contracted lake")
    offer_id = seller.publish_offer(
        product_id=product_id, name="Private", buyers=[A],
        contract={"currency": "USD", "duration": "P12M", "price": "0", "grants": {"Users": 5}},
        payment_schedule=[("2099-01-01", "700.00"), ("2099-07-01", "300.00")],
        eula="standard", available_until="2099-12-31",
    )
    agreements = env.client(A).agreements
    request = agreements.request_offer(offer_id)
    assert request["chargeSummary"]["newAgreementValue"] == "1000.00"
    agreement_id = agreements.accept(request, purchase_order="PO-42")
    agreement = agreements.describe(agreement_id)
    assert agreement["status"] == "ACTIVE"
    assert isinstance(agreement["startTime"], (int, float))
    assert [c["purchaseOrderReference"] for c in agreements.charges(agreement_id)] == ["PO-42", "PO-42"]
    assert [a["agreementId"] for a in agreements.search(Status="ACTIVE")] == [agreement_id]
    with pytest.raises(marketplane.ConflictError):
        agreements.request_offer(offer_id)


def test_payment_requests_invoices_and_contacts(env: Any) -> None:
    seller_client = env.client(S)
    product_id = _product(seller_client.catalog, "Metered services")
    offer_id = seller_client.catalog.publish_offer(
        product_id=product_id, name="Services", buyers=[A],
        contract={"currency": "USD", "duration": "P12M", "price": "100", "grants": {"Users": 1}},
        variable_payments={"max_total": "1000.00", "approve_on_expiry": False, "expiration_days": 14},
        eula="standard", available_until="2099-12-31",
    )
    buyer = env.client(A).agreements
    seller = seller_client.agreements
    contact = {"firstName": "Ada", "lastName": "Lovelace", "emailAddress": "ada@example.com",
               "companyName": "Analytical Engines", "countryCode": "GB"}
    request = buyer.request_offer(offer_id, estimate_taxes=True, acceptor_contact=contact)
    assert request["chargeSummary"]["estimatedTaxes"]["totalAmount"] == "0.00"
    agreement_id = buyer.accept(request)
    term_id = next(
        body["id"] for term in buyer.terms(agreement_id) for member, body in term.items() if member == "variablePaymentTerm"
    )

    sent = seller.send_payment_request(agreement_id, term_id, "Migration work", "600")
    assert sent["status"] == "VALIDATING"
    pending = [p["paymentRequestId"] for p in buyer.payment_requests(agreement_id=agreement_id)]
    assert pending == [sent["paymentRequestId"]]
    approved = buyer.answer_payment_request(agreement_id, sent["paymentRequestId"], approve=True, purchase_order="PO-7")
    assert approved["status"] == "APPROVED"
    over = seller.send_payment_request(agreement_id, term_id, "More migration", "500")
    assert seller.payment_request(agreement_id, over["paymentRequestId"])["status"] == "VALIDATION_FAILED"
    with pytest.raises(marketplane.AccessDeniedError):
        buyer.cancel_payment_request(agreement_id, over["paymentRequestId"])

    invoices = buyer.invoices(agreement_id)
    assert [i["pricingCurrencyAmount"]["amount"] for i in invoices] == ["100.00", "600.00"]
    assert all(i["invoiceType"] == "INVOICE" for i in invoices)

    assert seller.acceptor_contact(agreement_id) == contact
