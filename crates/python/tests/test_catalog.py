"""Marketplace Catalog, Discovery and Agreement from Python, on the local backend and through the emulator."""

from __future__ import annotations

import asyncio
from typing import Any, List, Optional

import pytest

import marketplane
from marketplane import ResourceInUseError, ValidationError

S = "444444444444"
A = "111111111111"
X = "555555555555"
CATALOG = "AWSMarketplace"


def change(
    change_type: str, entity_type: str, identifier: Optional[str] = None, details: Any = None, name: Optional[str] = None
) -> marketplane.Change:
    return marketplane.Change(
        change_type=change_type,
        entity=marketplane.EntityRef(entity_type=entity_type, identifier=identifier),
        details_document={} if details is None else details,
        change_name=name,
    )


def start(changes: List[marketplane.Change], **members: Any) -> marketplane.StartChangeSetInput:
    return marketplane.StartChangeSetInput(catalog=CATALOG, change_set=changes, **members)


def _product(catalog: marketplane.Catalog, title: str) -> str:
    done = catalog.apply(
        start([
            change("CreateProduct", "SaaSProduct@1.0", details={"ProductTitle": title}, name="P"),
            change("ReleaseProduct", "SaaSProduct@1.0", "$P.Entity.Identifier"),
        ])
    )
    assert done.status == "SUCCEEDED"
    identifier = done.changes[0].entity.identifier
    assert identifier is not None
    return identifier.split("@")[0]


def test_private_offer_round_trip(env: Any) -> None:
    seller = env.client(S).catalog
    product_id = _product(seller, "Python product")
    offer_id = seller.publish_offer(
        marketplane.OfferSpec(
            product_id=product_id,
            name="Example Corp",
            buyers=[A],
            contract=marketplane.ContractSpec(currency="USD", duration="P12M", price="0", grants={"Users": 10}),
            payment_schedule=[
                marketplane.Installment(date="2099-01-01", amount="500.00"),
                marketplane.Installment(date="2099-07-01", amount="500.00"),
            ],
            eula="standard",
            available_until="2099-12-31",
        )
    )
    described = seller.describe_entity(catalog=CATALOG, entity_id=offer_id)
    details = described.details_document
    assert isinstance(details, dict)
    assert details["State"] == "Released"
    assert [t["Type"] for t in details["Terms"]] == ["FixedUpfrontPricingTerm", "PaymentScheduleTerm", "LegalTerm"]
    offer = seller.offer(offer_id)
    assert isinstance(offer, marketplane.OfferDetails)
    shared = list(env.client(A).catalog.list_entities_items(catalog=CATALOG, entity_type="Offer", ownership_type="SHARED"))
    assert [e.entity_id for e in shared] == [offer_id]
    with pytest.raises(marketplane.NotFoundError):
        env.client(X).catalog.describe_entity(catalog=CATALOG, entity_id=offer_id)


def test_typed_changes_build_a_product_with_dimensions_and_its_offer(env: Any) -> None:
    catalog = env.client(S).catalog
    product = marketplane.EntityRef(entity_type="SaaSProduct@1.0", identifier="$Product.Entity.Identifier")
    users = marketplane.Dimension(key="Users", name="Users", description="Named users", types=["Entitled"], unit="Users")
    changes = [
        marketplane.typed_change(
            marketplane.EntityRef(entity_type="SaaSProduct@1.0"),
            marketplane.CreateProduct(product_title="Typed from Python"),
            change_name="Product",
        ),
        marketplane.typed_change(product, marketplane.AddDimensions(dimensions=[users])),
        marketplane.typed_change(product, marketplane.ReleaseProduct()),
        marketplane.typed_change(
            marketplane.EntityRef(entity_type="Offer@1.0"),
            marketplane.CreateOffer(product_id="$Product.Entity.Identifier", name="Typed offer"),
            change_name="Offer",
        ),
    ]
    # The dimensions travel as the array the service takes.
    assert changes[1].details_document == [
        {"Key": "Users", "Description": "Named users", "Name": "Users", "Types": ["Entitled"], "Unit": "Users"}
    ]
    done = catalog.apply(start(changes))
    assert done.status == "SUCCEEDED"
    product_id = (done.changes[0].entity.identifier or "").split("@")[0]
    details = catalog.describe_entity(catalog=CATALOG, entity_id=product_id).details_document
    assert isinstance(details, dict)
    assert details["Visibility"] == "Limited"
    assert [d["Key"] for d in details["Dimensions"]] == ["Users"]
    offer_id = (done.changes[3].entity.identifier or "").split("@")[0]
    offer = catalog.describe_entity(catalog=CATALOG, entity_id=offer_id).details_document
    assert isinstance(offer, dict) and offer["ProductId"] == product_id

    # Checked before anything is sent, by the rules the engine applies, naming each member at fault.
    existing = marketplane.EntityRef(entity_type="SaaSProduct@1.0", identifier=product_id)
    with pytest.raises(ValidationError) as raised:
        marketplane.typed_change(existing, marketplane.AddDimensions(dimensions=[marketplane.Dimension(key="no spaces", name="Users")]))
    assert [name for name, _ in raised.value.field_errors] == [
        "DetailsDocument[0].Key", "DetailsDocument[0].Description", "DetailsDocument[0].Unit", "DetailsDocument[0].Types"
    ]
    with pytest.raises(ValidationError) as raised:
        marketplane.typed_change(existing, marketplane.ReleaseOffer())
    assert [name for name, _ in raised.value.field_errors] == ["Entity.Type"]
    with pytest.raises(TypeError, match="expected the details of a change type"):
        marketplane.typed_change(existing, {"ProductTitle": "a dict is not typed"})  # type: ignore[arg-type]


def test_typed_changes_restrict_an_ami_products_instance_types(env: Any) -> None:
    catalog = env.client(S).catalog
    ami = marketplane.EntityRef(entity_type="AmiProduct@1.0", identifier="$A.Entity.Identifier")
    hourly = marketplane.Dimension(key="t2.micro", name="t2.micro", description="t2.micro", types=["Metered"], unit="Hrs")
    done = catalog.apply(start([
        marketplane.typed_change(marketplane.EntityRef(entity_type="AmiProduct@1.0"), marketplane.CreateProduct(), change_name="A"),
        marketplane.typed_change(ami, marketplane.AddDimensions(dimensions=[hourly])),
        marketplane.typed_change(ami, marketplane.AddInstanceTypes(instance_types=["t2.micro", "m5.large"])),
    ]))
    ami_id = (done.changes[0].entity.identifier or "").split("@")[0]
    existing = marketplane.EntityRef(entity_type="AmiProduct@1.0", identifier=ami_id)
    catalog.apply(start([marketplane.typed_change(existing, marketplane.RestrictInstanceTypes(instance_types=["m5.large"]))]))
    details = catalog.describe_entity(catalog=CATALOG, entity_id=ami_id).details_document
    assert isinstance(details, dict)
    assert details["Compatibility"] == {"AvailableInstanceTypes": ["t2.micro"], "RestrictedInstanceTypes": ["m5.large"]}
    # RestrictDimensions is for SaaS and AMI products; a container product's change is refused before it is sent.
    container = marketplane.EntityRef(entity_type="ContainerProduct@1.0", identifier=ami_id)
    restrict = marketplane.RestrictDimensions(dimensions=[marketplane.DimensionRef(key="Users", types=["Entitled"])])
    with pytest.raises(ValidationError) as raised:
        marketplane.typed_change(container, restrict)
    assert [name for name, _ in raised.value.field_errors] == ["Entity.Type"]


def test_the_offer_builder_lists_every_problem(env: Any) -> None:
    with pytest.raises(ValidationError) as raised:
        env.client(S).catalog.publish_offer(
            marketplane.OfferSpec(
                product_id="prod-abc",
                buyers=["123"],
                contract=marketplane.ContractSpec(currency="INR", duration="P12M", price="1", grants={"Users": 1}),
                auto_renew=True,
            )
        )
    message = str(raised.value)
    for field in ["BuyerAccounts[0]", "CurrencyCode", "Offer.LegalTerm", "Offer.AutoRenew", "Offer.AvailabilityEndDate"]:
        assert field in message, message
    assert {name for name, _ in raised.value.field_errors} >= {"Offer.LegalTerm", "Offer.AutoRenew"}


def test_failed_change_sets_and_locks(env: Any) -> None:
    catalog = env.client(S).catalog
    product_id = _product(catalog, "Locked")
    rename = [change("UpdateInformation", "SaaSProduct@1.0", product_id, {"ProductTitle": "New"})]
    started = catalog.start_change_set(start(rename, client_request_token="py-token"))
    assert catalog.start_change_set(start(rename, client_request_token="py-token")) == started
    with pytest.raises(ResourceInUseError):
        catalog.start_change_set(start(rename))
    done = catalog.wait_for_change_set(started.change_set_id, timeout=30, initial_delay=0.05)
    assert done.status == "SUCCEEDED"
    # Change set times are aware datetimes, not the wire's strings.
    assert done.start_time is not None and done.start_time.tzinfo is not None
    assert done.end_time is not None and done.end_time >= done.start_time

    bad = [change("UpdatePricingTerms", "SaaSProduct@1.0", product_id)]
    with pytest.raises(ValidationError) as raised:
        catalog.apply(start(bad))
    assert raised.value.code == "ChangeSetFailed"
    assert "UNSUPPORTED_CHANGE_TYPE" in str(raised.value)
    failed = [c for c in catalog.list_change_sets_items(catalog=CATALOG) if c.status == "FAILED"]
    assert len(failed) == 1
    assert catalog.describe_change_set(catalog=CATALOG, change_set_id=failed[0].change_set_id).failure_code == "CLIENT_ERROR"
    statuses = [c.status for c in catalog.list_change_sets_items(catalog=CATALOG)]
    assert sorted(statuses) == ["FAILED", "SUCCEEDED", "SUCCEEDED"]


def test_tags_and_policies(env: Any) -> None:
    catalog = env.client(S).catalog
    product_id = _product(catalog, "Tagged")
    arn = catalog.describe_entity(catalog=CATALOG, entity_id=product_id).entity_arn
    catalog.tag_resource(
        resource_arn=arn, tags=[marketplane.Tag(key="team", value="growth"), marketplane.Tag(key="tier", value="1")]
    )
    catalog.untag_resource(resource_arn=arn, tag_keys=["tier"])
    assert catalog.list_tags_for_resource(resource_arn=arn).tags == [marketplane.Tag(key="team", value="growth")]
    with pytest.raises(marketplane.NotFoundError):
        catalog.get_resource_policy(resource_arn=arn)
    catalog.put_resource_policy(resource_arn=arn, policy='{"Statement": []}')
    assert catalog.get_resource_policy(resource_arn=arn) == '{"Statement": []}'
    assert catalog.delete_resource_policy(resource_arn=arn) is None


def test_async_catalog(env: Any) -> None:
    _product(env.client(S).catalog, "Async")
    client = marketplane.AsyncClient(env.client(S))

    async def main() -> List[Any]:
        return [e async for e in client.catalog.list_entities_items(catalog=CATALOG, entity_type="SaaSProduct")]

    assert [e.name for e in asyncio.run(main())] == ["Async"]


def test_discovery_finds_what_sellers_publish(env: Any) -> None:
    seller = env.client(S).catalog
    product_id = _product(seller, "Searchable lake")
    seller.apply(start([change("UpdateVisibility", "SaaSProduct@1.0", product_id, {"TargetVisibility": "Public"})]))
    offer_id = seller.publish_offer(
        marketplane.OfferSpec(
            product_id=product_id, name="PAYG", usage=marketplane.UsageSpec(currency="USD", prices={"Users": "0.10"}),
            eula="standard",
        )
    )
    buyer = env.client(A).discovery
    found = list(buyer.search_listings_items(search_text="searchable"))
    assert [listing.listing_name for listing in found] == ["Searchable lake"]
    offer = buyer.get_offer(offer_id=offer_id)
    assert offer.pricing_model.pricing_model_type == "USAGE"
    terms = list(buyer.get_offer_terms_items(offer_id=offer_id))
    assert [next(iter(t)) for t in terms] == ["usageBasedPricingTerm", "legalTerm"]
    assert buyer.all_offer_terms(offer_id) == terms
    filters = [marketplane.DiscoveryFilter(filter_type="PRODUCT_ID", filter_values=[product_id])]
    assert [o.purchase_option_id for o in buyer.list_purchase_options_items(filters=filters)] == [offer_id]
    with pytest.raises(marketplane.NotFoundError):
        buyer.get_listing(listing_id="prodview-missing")


def test_agreements_from_python(env: Any) -> None:
    seller = env.client(S).catalog
    product_id = _product(seller, "Contracted lake")
    offer_id = seller.publish_offer(
        marketplane.OfferSpec(
            product_id=product_id, name="Private", buyers=[A],
            contract=marketplane.ContractSpec(currency="USD", duration="P12M", price="0", grants={"Users": 5}),
            payment_schedule=[
                marketplane.Installment(date="2099-01-01", amount="700.00"),
                marketplane.Installment(date="2099-07-01", amount="300.00"),
            ],
            eula="standard", available_until="2099-12-31",
        )
    )
    agreements = env.client(A).agreements
    request = agreements.request_offer(offer_id)
    assert request.charge_summary.new_agreement_value == "1000.00"
    agreement_id = agreements.accept_with_purchase_order(request, "PO-42")
    agreement = agreements.describe_agreement(agreement_id=agreement_id)
    assert agreement.status == "ACTIVE"
    assert agreement.start_time is not None and agreement.start_time.tzinfo is not None
    charges = agreements.list_agreement_charges(agreement_id=agreement_id).items
    assert [c.purchase_order_reference for c in charges] == ["PO-42", "PO-42"]
    active = [marketplane.AgreementFilter(name="Status", values=["ACTIVE"])]
    assert [a.agreement_id for a in agreements.agreements(filters=active)] == [agreement_id]
    assert [a.agreement_id for a in agreements.all(filters=active)] == [agreement_id]
    assert agreements.charges_by_purchase_order()["PO-42"] == charges
    with pytest.raises(marketplane.ConflictError):
        agreements.request_offer(offer_id)


def test_payment_requests_invoices_and_contacts(env: Any) -> None:
    seller_client = env.client(S)
    product_id = _product(seller_client.catalog, "Metered services")
    offer_id = seller_client.catalog.publish_offer(
        marketplane.OfferSpec(
            product_id=product_id, name="Services", buyers=[A],
            contract=marketplane.ContractSpec(currency="USD", duration="P12M", price="100", grants={"Users": 1}),
            variable_payments=marketplane.VariablePaymentsSpec(
                max_total="1000.00", approve_on_expiry=False, expiration_days=14
            ),
            eula="standard", available_until="2099-12-31",
        )
    )
    buyer = env.client(A).agreements
    seller = seller_client.agreements
    contact = marketplane.AcceptorContact(
        first_name="Ada", last_name="Lovelace", email_address="ada@example.com", company_name="Analytical Engines",
        country_code="GB",
    )
    input = buyer.offer_request(offer_id)
    input.tax_configuration = marketplane.TaxConfiguration(tax_estimation="ENABLED")
    input.acceptor_contact = contact
    request = buyer.create_agreement_request(input)
    assert request.charge_summary.estimated_taxes is not None
    assert request.charge_summary.estimated_taxes.total_amount == "0.00"
    agreement_id = buyer.accept_agreement_request(agreement_request_id=request.agreement_request_id)
    terms = buyer.get_agreement_terms(agreement_id=agreement_id).accepted_terms
    term_id = next(body["id"] for term in terms for member, body in term.items() if member == "variablePaymentTerm")

    sent = seller.send_payment_request(agreement_id, term_id, "Migration work", "600")
    assert sent.status == "VALIDATING"
    pending = [p.payment_request_id for p in buyer.payment_requests(agreement_id=agreement_id)]
    assert pending == [sent.payment_request_id]
    approved = buyer.answer_payment_request(agreement_id, sent.payment_request_id, True, purchase_order="PO-7")
    assert approved.status == "APPROVED"
    over = seller.send_payment_request(agreement_id, term_id, "More migration", "500")
    assert seller.payment_request(agreement_id, over.payment_request_id).status == "VALIDATION_FAILED"
    with pytest.raises(marketplane.AccessDeniedError):
        buyer.cancel_payment_request(agreement_id, over.payment_request_id)

    invoices = buyer.invoices(agreement_id)
    assert [i.pricing_currency_amount.amount for i in invoices] == ["100.00", "600.00"]
    assert all(i.invoice_type == "INVOICE" for i in invoices)
    assert seller.acceptor_contact(agreement_id) == contact
