#!/usr/bin/env python3
"""Run AWS's own reference change sets against a running marketplane emulator and count how many succeed.

The samples are the `python/src/catalog_api/**/changeset*.json` files of
https://github.com/aws-samples/aws-marketplace-reference-code. This script does not ship them: give it the path of a
checkout. It is not part of scripts/test (CI has no GitHub access).

For each sample the script creates, with ordinary change sets through boto3, the entities the sample names by
placeholder (a released product with the dimensions the sample prices, a released public or private offer, an active
resale authorization, an offer set, a solution, ...), substitutes their ids for the placeholders, moves the sample's
calendar dates forward by whole years (keeping their order; StandardEula versions are not dates), sends the change set
as the sample's own `start_changeset.py` does, waits for it, and reports SUCCEEDED or the first error.

    cargo run -p marketplane-emulator -- --world scripts/reference-changesets.world.toml &
    python3 scripts/reference-changesets.py /path/to/aws-marketplace-reference-code [--endpoint http://127.0.0.1:4566]

Callers: the seller (manufacturer) is account 444444444444; channel-partner samples run as the reseller the resale
authorization samples name, 111111111111.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import boto3

SELLER = "444444444444"
RESELLER = "111111111111"
BUYERS = ["222222222222", "333333333333"]

# Files that cannot succeed on AWS either, as they are written.
KNOWN_BAD = {
    # "ChangeType": "ListEntities" is an operation, not a change type.
    "multi_product_solutions/solutions/list_solutions/changeset.json",
    # A template: "{{RATE_CARDS}}" is a string where an array goes; template_processor.py fills it.
    "offers/bulk_create_private_offer_usage_based/2_createPrivateOffer/changeset.json",
}

# Files that AWS refuses as they are written, by a rule AWS documents; the emulator must refuse them the same way.
EXPECTED_REFUSALS = {
    # Releases an offer set created in the same change set without BuyerNotes. AWS's "Work with offer sets" guide
    # lists MISSING_BUYER_NOTES among ReleaseOfferSet's errors: buyer notes are required to release.
    "multi_product_solutions/offers/offer_workflow/changeset.json": ("ReleaseOfferSet", "MISSING_BUYER_NOTES"),
}


class Runner:
    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint
        self.clients: dict[str, Any] = {}

    def client(self, account: str) -> Any:
        if account not in self.clients:
            self.clients[account] = boto3.client(
                "marketplace-catalog",
                endpoint_url=self.endpoint,
                region_name="us-east-1",
                aws_access_key_id=account,
                aws_secret_access_key="reference",
            )
        return self.clients[account]

    def start(self, account: str, changes: list[dict[str, Any]], name: str = "fixture") -> dict[str, Any]:
        """Start a change set and wait for it; the DescribeChangeSet answer."""
        client = self.client(account)
        started = client.start_change_set(Catalog="AWSMarketplace", ChangeSet=changes, ChangeSetName=name)
        while True:
            described = client.describe_change_set(Catalog="AWSMarketplace", ChangeSetId=started["ChangeSetId"])
            if described["Status"] in ("SUCCEEDED", "FAILED", "CANCELLED"):
                return described
            time.sleep(0.2)

    def apply(self, account: str, changes: list[dict[str, Any]]) -> dict[str, str]:
        """A fixture change set that must succeed; the ids it created, by change name."""
        described = self.start(account, changes)
        if described["Status"] != "SUCCEEDED":
            raise RuntimeError(f"fixture failed: {first_error(described)}")
        ids = {}
        for change in described["ChangeSet"]:
            if change.get("ChangeName"):
                ids[change["ChangeName"]] = change["Entity"]["Identifier"].split("@")[0]
        return ids


def first_error(described: dict[str, Any]) -> str:
    for change in described.get("ChangeSet", []):
        for error in change.get("ErrorDetailList", []):
            return f"{change['ChangeType']}: {error.get('ErrorCode')}: {error.get('ErrorMessage')}"
    return described.get("FailureDescription", described["Status"])


def change(change_type: str, entity_type: str, details: Any, ref: str | None = None, name: str | None = None) -> dict:
    entity: dict[str, str] = {"Type": entity_type}
    if ref:
        entity["Identifier"] = ref if not ref.isidentifier() else f"${ref}.Entity.Identifier"
    c: dict[str, Any] = {"ChangeType": change_type, "Entity": entity, "DetailsDocument": details}
    if name:
        c["ChangeName"] = name
    return c


def future(days: int) -> str:
    return (dt.date.today() + dt.timedelta(days=days)).isoformat()


LEGAL = {"Terms": [{"Type": "LegalTerm", "Documents": [{"Type": "StandardEula", "Version": "2022-07-14"}]}]}


def product_kind(path: str, text: str) -> str:
    if "/ami/" in path or "_ami_" in path or "hourly" in path or "m5.large" in text:
        return "AmiProduct@1.0"
    if "container" in path:
        return "ContainerProduct@1.0"
    return "SaaSProduct@1.0"


def dimension_types(kind: str) -> list[str]:
    if kind.startswith("Ami"):
        return ["Entitled", "Metered"]
    return ["Entitled", "ExternallyMetered"]


def product_changes(kind: str, keys: list[str], name: str = "P", types: dict[str, list[str]] | None = None) -> list[dict]:
    """A product with a full listing and `keys` as dimensions, released (Limited)."""
    info = {
        "ProductTitle": "Reference fixture",
        "ShortDescription": "A product the reference samples refer to",
        "LongDescription": "A product created by scripts/reference-changesets.py",
        "Highlights": ["Fixture"],
        "SearchKeywords": ["fixture"],
        "Categories": ["Operating Systems"],
        "LogoUrl": "https://s3.amazonaws.com/logos/sample.png",
        "SupportDescription": "None",
    }
    dims = [
        {"Key": k, "Name": k, "Description": k, "Unit": "Units", "Types": (types or {}).get(k, dimension_types(kind))}
        for k in keys
    ]
    changes = [change("CreateProduct", kind, {}, name=name), change("UpdateInformation", kind, info, name)]
    if kind.startswith("Ami"):
        changes.append(change("AddRegions", kind, {"Regions": ["us-east-1", "us-west-2"]}, name))
    changes.append(change("AddDimensions", kind, dims, name))
    changes.append(change("ReleaseProduct", kind, {}, name))
    return changes


def pricing_for(keys: list[str], public: bool) -> dict:
    card = [{"DimensionKey": k, "Price": "10.00"} for k in keys]
    terms: dict[str, Any] = {
        "PricingModel": "Contract",
        "Terms": [
            {
                "Type": "ConfigurableUpfrontPricingTerm",
                "CurrencyCode": "USD",
                "RateCards": [
                    {
                        "Selector": {"Type": "Duration", "Value": "P12M"},
                        "Constraints": {"MultipleDimensionSelection": "Allowed", "QuantityConfiguration": "Allowed"},
                        "RateCard": card,
                    }
                ],
            }
        ],
    }
    return terms


def offer_changes(product: str, pricing: dict, private: bool, name: str = "O", set_id: str | None = None) -> list:
    create: dict[str, Any] = {"ProductId": product}
    if set_id:
        create["OfferSetId"] = set_id
    changes = [
        change("CreateOffer", "Offer@1.0", create, name=name),
        change("UpdateInformation", "Offer@1.0", {"Name": "Fixture offer", "Description": "Fixture"}, name),
        change("UpdatePricingTerms", "Offer@1.0", pricing, name),
        change("UpdateLegalTerms", "Offer@1.0", LEGAL, name),
    ]
    if private:
        changes.append(change("UpdateTargeting", "Offer@1.0", {"PositiveTargeting": {"BuyerAccounts": BUYERS}}, name))
        changes.append(change("UpdateAvailability", "Offer@1.0", {"AvailabilityEndDate": future(200)}, name))
    elif pricing["PricingModel"] == "Contract":
        changes.append(change("UpdateRenewalTerms", "Offer@1.0", {"Terms": [{"Type": "RenewalTerm"}]}, name))
    changes.append(change("ReleaseOffer", "Offer@1.0", {}, name))
    return changes


def ra_changes(product: str, keys: list[str], release: bool = True) -> list:
    name = "RA"
    kind = "ResaleAuthorization@1.0"
    changes = [
        change(
            "CreateResaleAuthorization",
            kind,
            {"ProductId": product, "Name": "Fixture authorization", "ResellerAccountId": RESELLER},
            name=name,
        ),
        change(
            "UpdatePricingTerms",
            kind,
            {
                "PricingModel": "Contract",
                "Terms": [
                    {
                        "Type": "ResaleConfigurableUpfrontPricingTerm",
                        "CurrencyCode": "USD",
                        "RateCards": [
                            {
                                "Selector": {"Type": "Duration", "Value": "P12M"},
                                "Constraints": {
                                    "MultipleDimensionSelection": "Allowed",
                                    "QuantityConfiguration": "Allowed",
                                },
                                "RateCard": [{"DimensionKey": k, "Price": "10.00"} for k in keys],
                            }
                        ],
                    }
                ],
            },
            name,
        ),
        change(
            "UpdateLegalTerms",
            kind,
            {"Terms": [{"Type": "BuyerLegalTerm", "Documents": [{"Type": "StandardEula"}]}]},
            name,
        ),
    ]
    if release:
        changes.append(change("ReleaseResaleAuthorization", kind, {}, name))
    return changes


def shift_dates(text: str) -> str:
    """Move every calendar date forward by whole years so that the earliest is in the future; versions stay."""
    date = re.compile(r'"(?P<key>[A-Za-z]+)"\s*:\s*"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"')
    found = [int(m["y"]) for m in date.finditer(text) if m["key"] != "Version"]
    if not found:
        return text
    today = dt.date.today()
    earliest = min(
        dt.date(int(m["y"]), int(m["m"]), min(int(m["d"]), 28)) for m in date.finditer(text) if m["key"] != "Version"
    )
    years = 0
    while earliest.replace(year=earliest.year + years) <= today + dt.timedelta(days=30):
        years += 1

    def shift(m: re.Match) -> str:
        if m["key"] == "Version":
            return m[0]
        return f'"{m["key"]}": "{int(m["y"]) + years:04d}-{m["m"]}-{m["d"]}"'

    return date.sub(shift, text)


def keys_in(doc: Any) -> tuple[list[str], set[str]]:
    """Dimension keys the sample prices or names, and those it adds itself (AddDimensions)."""
    priced: list[str] = []
    added: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "DimensionKey" and isinstance(v, str) and v not in priced:
                    priced.append(v)
                walk(v)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for c in doc:
        details = c.get("DetailsDocument")
        if c.get("ChangeType") == "AddDimensions" and isinstance(details, list):
            added.update(d.get("Key") for d in details)
        if c.get("ChangeType") == "UpdateDimensions" and isinstance(details, list):
            for d in details:
                if d.get("Key") not in priced:
                    priced.append(d["Key"])
        walk(details)
    return priced, added


def prepare(runner: Runner, rel: str, text: str) -> tuple[str, str]:
    """Create what the sample names; the text with placeholders replaced, and the caller."""
    doc = json.loads(text)["ChangeSet"]
    caller = RESELLER if rel.startswith("channel_partner_offers/") else SELLER
    priced, added = keys_in(doc)
    keys = [k for k in priced if k not in added] or ["Users"]
    kind = product_kind(rel, text)
    # Dimensions the sample names by key and types (UpdateDimensions) get exactly those types.
    typed_keys = {
        d["Key"]: d["Types"]
        for c in doc
        if c.get("ChangeType") == "UpdateDimensions"
        for d in c.get("DetailsDocument") or []
    }
    subst: dict[str, str] = {}

    def product(extra: list[str] | None = None, as_kind: str | None = None) -> str:
        return runner.apply(SELLER, product_changes(as_kind or kind, extra or keys, types=typed_keys))["P"]

    needs = lambda placeholder: placeholder in text  # noqa: E731
    product_placeholders = ["prod-1111111111111", "prod-111111111111", "prod-wa4ddxl7e7ktw"]
    if any(needs(p) for p in product_placeholders) and caller == SELLER:
        pid = product()
        for p in product_placeholders:
            subst[p] = pid
    if needs("prod-123") or needs("prod-456"):
        subst["prod-123"] = product(as_kind="SaaSProduct@1.0")
        subst["prod-456"] = product(as_kind="SaaSProduct@1.0")
    if needs("resaleauthz-1111111111111") or needs("11111111-1111-1111-1111-111111111111"):
        pid = product()
        release = "unpublished" not in rel
        ra = runner.apply(SELLER, ra_changes(pid, keys, release))["RA"]
        subst["resaleauthz-1111111111111"] = ra
        subst["11111111-1111-1111-1111-111111111111"] = ra
    if needs("offer-1111111111111"):
        if caller == RESELLER:
            pid = product()
            ra = runner.apply(SELLER, ra_changes(pid, keys))["RA"]
            name = "C"
            cppo = [
                change("CreateOfferUsingResaleAuthorization", "Offer@1.0", {"ResaleAuthorizationId": ra}, name=name),
                change("UpdateTargeting", "Offer@1.0", {"PositiveTargeting": {"BuyerAccounts": BUYERS}}, name),
                change("UpdateAvailability", "Offer@1.0", {"AvailabilityEndDate": future(100)}, name),
                change("ReleaseOffer", "Offer@1.0", {}, name),
            ]
            subst["offer-1111111111111"] = runner.apply(RESELLER, cppo)["C"]
        else:
            pid = subst.get("prod-1111111111111") or product()
            private = "private" in rel
            pricing = next(
                (copy.deepcopy(c["DetailsDocument"]) for c in doc if c["ChangeType"] == "UpdatePricingTerms"), None
            )
            if pricing is not None and added:
                # The sample prices dimensions it adds itself: the existing offer prices the others.
                for term in pricing["Terms"]:
                    for card in term.get("RateCards", []):
                        card["RateCard"] = [i for i in card["RateCard"] if i["DimensionKey"] not in added]
            if pricing is None:
                pricing = pricing_for(keys, not private)
            if pricing["PricingModel"] == "Usage" and all(t["Type"] == "FreeTrialPricingTerm" for t in pricing["Terms"]):
                pricing["PricingModel"] = "Free"
            subst["offer-1111111111111"] = runner.apply(SELLER, offer_changes(pid, pricing, private))["O"]
    solutions = [s for s in ("soln-abc987", "soln-1234abcd", "soln-123456", "soln-abc123") if needs(s)]
    for s in solutions:
        info = {
            "Title": "Fixture solution",
            "ShortDescription": "Fixture",
            "LongDescription": "A solution created by scripts/reference-changesets.py",
            "LogoUrl": "https://s3.amazonaws.com/logos/sample.png",
        }
        created = [
            change("CreateSolution", "Solution@1.0", {"Name": "fixture"}, name="S"),
            change("UpdateInformation", "Solution@1.0", info, "S"),
        ]
        if "offer" in rel:
            created.append(change("ReleaseSolution", "Solution@1.0", {}, "S"))
        subst[s] = runner.apply(SELLER, created)["S"]
    if needs("offerset-abc123"):
        created = [
            change("CreateOfferSet", "OfferSet@1.0", {"Name": "Fixture set"}, name="Set"),
            change("UpdateInformation", "OfferSet@1.0", {"BuyerNotes": "Fixture notes"}, "Set"),
        ]
        set_id = runner.apply(SELLER, created)["Set"]
        subst["offerset-abc123"] = set_id
        for o in ("offer-123abc", "offer-xyz789"):
            if needs(o):
                pid = product()
                subst[o] = runner.apply(SELLER, offer_changes(pid, pricing_for(keys, False), True, set_id=set_id))["O"]
        if "disassociate_offer" in rel or "release_offer_set" in rel:
            offers = []
            for _ in range(2):
                pid = product()
                offers.append(
                    runner.apply(SELLER, offer_changes(pid, pricing_for(keys, False), True, set_id=set_id))["O"]
                )
            runner.apply(
                SELLER,
                [change("AssociateOffers", "OfferSet@1.0", {"Offers": [{"OfferId": o} for o in offers]}, set_id)],
            )
            if "disassociate_offer" in rel:
                subst["offer-123abc"], subst["offer-xyz789"] = offers
        if "disassociate_solution" in rel:
            runner.apply(SELLER, [change("AssociateSolution", "OfferSet@1.0", {"SolutionId": subst["soln-abc987"]}, set_id)])
    for o in ("offer-abc123", "offer-xyz123"):
        if needs(o):
            pid = product()
            subst[o] = runner.apply(SELLER, offer_changes(pid, pricing_for(keys, False), True))["O"]
    # The bulk sample's template marker, filled as its template_processor.py fills it.
    text = text.replace('"{{BUYER_IDS}}"', json.dumps(BUYERS))
    # Longest placeholders first, so that prod-1111111111111 is not half-replaced as prod-111111111111.
    for placeholder in sorted(subst, key=len, reverse=True):
        text = text.replace(placeholder, subst[placeholder])
    return shift_dates(text), caller


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkout", type=Path, help="a checkout of aws-samples/aws-marketplace-reference-code")
    parser.add_argument("--endpoint", default="http://127.0.0.1:4566")
    parser.add_argument("--only", help="run only samples whose path contains this")
    args = parser.parse_args()
    root = args.checkout / "python" / "src" / "catalog_api"
    files = sorted(p for p in root.rglob("changeset*.json"))
    if not files:
        print(f"no changeset*.json under {root}", file=sys.stderr)
        return 2
    runner = Runner(args.endpoint)
    succeeded = 0
    refused = 0
    counted = 0
    for path in files:
        rel = path.relative_to(root).as_posix()
        if args.only and args.only not in rel:
            continue
        if rel in KNOWN_BAD:
            print(f"SKIP  {rel} (cannot succeed on AWS as written)")
            continue
        counted += 1
        try:
            text, caller = prepare(runner, rel, path.read_text())
            described = runner.start(caller, json.loads(text)["ChangeSet"], "reference")
        except Exception as e:  # noqa: BLE001 - report and go on to the next sample
            print(f"ERROR {rel}: {e}")
            continue
        error = first_error(described)
        if rel in EXPECTED_REFUSALS:
            change_type, code = EXPECTED_REFUSALS[rel]
            if described["Status"] != "SUCCEEDED" and error.startswith(f"{change_type}: {code}:"):
                refused += 1
                print(f"REFUSED {rel}: {error} (as AWS documents)")
            else:
                print(f"FAIL  {rel}: expected {change_type} to fail with {code}, got {described['Status']}: {error}")
        elif described["Status"] == "SUCCEEDED":
            succeeded += 1
            print(f"OK    {rel}")
        else:
            print(f"FAIL  {rel}: {error}")
    print(
        f"\n{succeeded} of {counted} reference change sets succeeded, {refused} refused as AWS documents "
        f"({len(KNOWN_BAD)} known-bad files skipped)"
    )
    return 0 if succeeded + refused == counted else 1


if __name__ == "__main__":
    sys.exit(main())
