"""The Pythonic surface: constructors, models, errors, stubs, and the checks that the Python API covers every
operation table entry and every helper of the Rust facade."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import typing
from datetime import datetime, timedelta
from pathlib import Path
from typing import Dict, List, Set, Tuple

import pytest

import marketplane
from marketplane import _marketplane

ROOT = Path(__file__).resolve().parents[3]
STUB = ROOT / "crates/python/python/marketplane/_marketplane.pyi"

# The client attribute that holds each table's operations (docs/python.md).
SERVICE_OBJECTS = {
    "account": "Accounts",
    "serverlessrepo": "Applications",
    "marketplace-catalog": "Catalog",
    "marketplace-discovery": "Discovery",
    "marketplace-agreement": "Agreements",
    "organizations": "Organizations",
    "sts": "Sts",
}


# ---- constructors, models ----


def contact(**changes: object) -> marketplane.AlternateContact:
    members: Dict[str, object] = dict(
        alternate_contact_type="BILLING", name="n", title="t", email_address="e@x.co", phone_number="1"
    )
    members.update(changes)
    return marketplane.AlternateContact(**members)  # type: ignore[arg-type]


def test_models_are_keyword_only_comparable_and_printable() -> None:
    c = contact()
    assert c == contact()
    assert c != contact(name="m")
    assert repr(c) == (
        "AlternateContact(alternate_contact_type='BILLING', name='n', title='t', email_address='e@x.co', "
        "phone_number='1')"
    )
    with pytest.raises(TypeError):
        marketplane.AlternateContact("BILLING", "n", "t", "e@x.co", "1")  # type: ignore[misc]
    c.name = "other"
    assert c.name == "other"
    # A getter answers a new object: changing it does not change the model.
    info = marketplane.PrimaryContact(contact_information=marketplane.ContactInformation(
        full_name="f", address_line1="a", city="c", postal_code="p", country_code="US", phone_number="+1"
    ))
    info.contact_information.city = "elsewhere"
    assert info.contact_information.city == "c"
    assert info.verification_status is None


def test_constructor_errors_name_the_class_and_member() -> None:
    with pytest.raises(TypeError, match=r"AlternateContact\(\) missing required keyword argument: 'name'"):
        marketplane.AlternateContact(alternate_contact_type="BILLING", title="t", email_address="e", phone_number="1")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'nmae'"):
        contact(nmae="x")
    with pytest.raises(TypeError, match=r"AlternateContact\.name: expected str, got int"):
        contact(name=5)
    with pytest.raises(TypeError, match=r"ListRegionsInput\.max_results: expected int, got str"):
        marketplane.ListRegionsInput(max_results="10")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"ListRegionsInput\.region_opt_status_contains: expected list"):
        marketplane.ListRegionsInput(region_opt_status_contains="ENABLED")  # type: ignore[arg-type]
    with pytest.raises(marketplane.ValidationError) as bad:
        marketplane.GetAccountInformationInput(account_id="12")
    assert bad.value.field_errors[0][0] == "GetAccountInformationInput.account_id"
    with pytest.raises(TypeError, match=r"AlternateContact\.title: expected str"):
        contact().title = None  # type: ignore[assignment]


def test_methods_take_an_input_or_its_members() -> None:
    accounts = marketplane.Client.in_memory().as_account("123456789012").accounts
    with pytest.raises(TypeError, match="not both"):
        accounts.get_alternate_contact(  # type: ignore[call-overload]
            marketplane.GetAlternateContactInput(alternate_contact_type="BILLING"), account_id="111111111111"
        )
    with pytest.raises(TypeError, match=r"input: expected GetAlternateContactInput, got str"):
        accounts.get_alternate_contact("BILLING")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"GetAlternateContactInput\(\) missing required keyword argument"):
        accounts.get_alternate_contact()  # type: ignore[call-overload]
    with pytest.raises(marketplane.ValidationError) as bad:
        accounts.get_alternate_contact(alternate_contact_type="BILLING", account_id="not-an-id")
    assert bad.value.field_errors[0][0] == "GetAlternateContactInput.account_id"


def test_open_enums_are_strings_with_literal_aliases() -> None:
    assert typing.get_origin(marketplane.RegionOptStatus) is typing.Union
    assert {typing.get_args(a)[0] for a in typing.get_args(marketplane.RegionOptStatus)} == {
        "ENABLED", "ENABLING", "DISABLING", "DISABLED", "ENABLED_BY_DEFAULT"
    }
    # Values this version does not know are kept as they are.
    region = marketplane.Region(region_name="af-south-1", region_opt_status="PAUSED")
    assert region.region_opt_status == "PAUSED"
    assert typing.get_origin(marketplane.JsonValue) is typing.Union


def test_every_error_kind_is_a_marketplane_error() -> None:
    exceptions = [
        getattr(marketplane, name)
        for name in marketplane.__all__
        if isinstance(getattr(marketplane, name), type) and issubclass(getattr(marketplane, name), BaseException)
    ]
    assert len(exceptions) == 14
    for exception in exceptions:
        assert issubclass(exception, marketplane.MarketplaneError), exception


def test_errors_carry_their_attributes() -> None:
    accounts = marketplane.Client.in_memory().as_account("444444444444").accounts
    with pytest.raises(marketplane.ValidationError) as err:
        accounts.put_alternate_contact(
            alternate_contact_type="BILLING", name="x" * 65, title="t", email_address="e@x.co", phone_number="1"
        )
    e = err.value
    assert (e.kind, e.code) == ("validation", "ValidationException")
    assert e.message == str(e) and "Name" in e.message
    assert e.field_errors == [("Name", e.field_errors[0][1])] and isinstance(e.field_errors[0][1], str)
    assert e.request_id is None and e.http_status is None  # no request left the process
    assert e.reason == "fieldValidationFailed"
    with pytest.raises(marketplane.NotFoundError) as missing:
        accounts.get_alternate_contact(alternate_contact_type="BILLING")
    assert (missing.value.kind, missing.value.field_errors) == ("not_found", [])


def test_a_rust_panic_arrives_as_an_internal_error() -> None:
    with pytest.raises(marketplane.InternalError) as err:
        _marketplane._panic_for_tests()
    assert err.value.code == "InternalServerException"
    # The library still works afterwards.
    client = marketplane.Client.in_memory()
    assert client.accounts.get_region_opt_status(region_name="us-east-1").region_opt_status == "ENABLED_BY_DEFAULT"


def test_bad_worlds_and_local_only_calls() -> None:
    with pytest.raises(marketplane.ConfigError):
        marketplane.Client.in_memory(world="[[accounts]]\nid = '12'\n")
    with pytest.raises(ValueError):
        marketplane.Client.in_memory(world="", world_file="x.toml")
    with pytest.raises(marketplane.ConfigError):
        marketplane.Client.in_memory(world_file="/nonexistent/world.toml")
    aws = marketplane.Client.aws(endpoint_url="http://127.0.0.1:9", region_name="us-east-1",
                                 aws_access_key_id="a", aws_secret_access_key="b")
    assert repr(aws) == "Client(backend=\"aws\")"
    with pytest.raises(marketplane.UnsupportedError):
        aws.sent_codes("a@example.com")


def test_clients_and_local_helpers(tmp_path: Path) -> None:
    world = tmp_path / "world.toml"
    world.write_text('[[organizations]]\nid = "o-aa111bb222"\nmanagement_account = "123456789012"\n'
                     '[[accounts]]\nid = "111111111111"\norganization = "o-aa111bb222"\n')
    base = marketplane.Client.in_memory(world_file=world)
    assert base.caller is None
    client = base.as_account("123456789012")
    assert client.caller == "123456789012"
    assert repr(client) == 'Client(backend="local", caller="123456789012")'
    assert client.organization_accounts("111111111111") == ["111111111111", "123456789012"]
    client.set_purchase_order_integration("o-aa111bb222", True)
    with pytest.raises(marketplane.NotFoundError):
        client.set_purchase_order_integration("o-cc333dd444", True)
    assert client.accounts is client.accounts

    async def main() -> None:
        aclient = marketplane.AsyncClient(client)
        assert aclient.caller == "123456789012"
        assert await aclient.organization_accounts("123456789012") == ["111111111111", "123456789012"]
        assert await aclient.sent_codes("nobody@example.com") == []
        # Every constructor of both clients returns the client itself: none is awaited.
        other = marketplane.AsyncClient.aws(endpoint_url="http://127.0.0.1:9", region_name="us-east-1")
        assert repr(other) == 'AsyncClient(backend="aws")'

    asyncio.run(main())


def test_state_file_persists(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    marketplane.Client.local(path).as_account("123456789012").accounts.put_account_name(account_name="kept")
    info = marketplane.Client.local(str(path)).as_account("123456789012").accounts.get_account_information()
    assert info.account_name == "kept"
    assert isinstance(info.account_created_date, datetime)


def test_pagination_across_pages_sync_and_async() -> None:
    accounts = marketplane.Client.in_memory().as_account("444444444444").accounts
    every = [r.region_name for r in accounts.list_regions_items()]
    pages = list(accounts.list_regions_pages(max_results=5))
    assert len(pages) == -(-len(every) // 5) and len(pages) > 5
    assert [r.region_name for p in pages for r in p.regions] == every
    # Starting from a token continues from there.
    rest = list(accounts.list_regions_items(max_results=5, next_token=pages[0].next_token))
    assert [r.region_name for r in rest] == every[5:]
    iterator = accounts.list_regions_items(max_results=5)
    assert next(iterator).region_name == every[0]

    async def main() -> Tuple[List[str], int]:
        aaccounts = marketplane.AsyncClient.in_memory().as_account("444444444444").accounts
        names = [r.region_name async for r in aaccounts.list_regions_items(max_results=5)]
        count = 0
        async for page in aaccounts.list_regions_pages(max_results=5):
            assert isinstance(page, marketplane.ListRegionsOutput)
            count += 1
        return names, count

    names, count = asyncio.run(main())
    assert names == every and count == len(pages)


def test_async_methods_are_awaitables_and_do_not_block_the_loop() -> None:
    async def main() -> None:
        client = marketplane.AsyncClient.in_memory(world="[settings]\nregion_transition_seconds = 0.3\n")
        regions = client.as_account("444444444444").regions
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        task = asyncio.ensure_future(ticker())
        status = await regions.enable_and_wait("af-south-1", timeout=timedelta(seconds=10), initial_delay=0.05)
        task.cancel()
        assert status == "ENABLED"
        assert ticks >= 10  # the loop kept running while the waiter polled

    asyncio.run(main())


def test_helpers_take_seconds_or_timedelta_and_check_them() -> None:
    regions = marketplane.Client.in_memory().as_account("444444444444").regions
    with pytest.raises(marketplane.ValidationError):
        regions.enable_and_wait("af-south-1", timeout=-1)
    with pytest.raises(TypeError, match="timeout: expected seconds"):
        regions.enable_and_wait("af-south-1", timeout="soon")  # type: ignore[arg-type]
    quick = marketplane.Client.in_memory(world="[settings]\nregion_transition_seconds = 0.1\n").as_account("444444444444")
    outcome = quick.regions.enable_and_wait_for_accounts(
        "af-south-1", ["444444444444", "111111111111"], timeout=30, initial_delay=0.05
    )
    assert outcome[0] == ("444444444444", "ENABLED")
    # An account outside the caller's organization fails alone, with its error as its outcome.
    assert outcome[1][0] == "111111111111" and isinstance(outcome[1][1], marketplane.AccessDeniedError)
    with pytest.raises(marketplane.WaitTimeoutError):
        quick.regions.enable_and_wait("ap-south-2", timeout=0)


def test_import_is_fast() -> None:
    code = "import time; t = time.perf_counter(); import marketplane; print(time.perf_counter() - t)"
    seconds = min(float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(3))
    # A budget, not a benchmark: the target (< 100 ms) is measured in benches/python_vs_moto.py.
    assert seconds < 1.0, seconds


# ---- the stub ----


def test_the_stub_is_current() -> None:
    assert STUB.read_text() == _marketplane._stubs(), "the stub is stale: run scripts/python-stubs"


def test_the_public_api_has_no_any_and_no_getattr() -> None:
    text = STUB.read_text()
    code = re.sub(r'"""(.|\n)*?"""', '""', text)  # docstrings may say "any"
    assert not re.search(r"\bAny\b", code)
    assert "__getattr__" not in text
    for name in marketplane.__all__:
        value = getattr(marketplane, name)
        if isinstance(value, type):
            assert "__getattr__" not in vars(value), name


def stub_classes() -> Dict[str, str]:
    """Each class of the stub with its body."""
    sections = re.split(r"^(?:@final\n)?class (\w+)\b[^\n]*:\n", STUB.read_text(), flags=re.M)
    return dict(zip(sections[1::2], sections[2::2]))


# ---- every operation of every table is a typed method of both clients ----


def test_every_operation_is_a_typed_method_of_both_clients() -> None:
    operations = _marketplane._operations()
    assert len(operations) >= 98
    classes = stub_classes()
    for service, operation, method, paged in operations:
        name = SERVICE_OBJECTS[service]
        for cls, is_async in [(name, False), (f"Async{name}", True)]:
            runtime = getattr(marketplane, cls)
            body = classes[cls]
            names = [method] + ([f"{method}_pages", f"{method}_items"] if paged else [])
            for m in names:
                assert callable(getattr(runtime, m, None)), f"{cls}.{m} ({operation}) is missing"
                prefix = "async def" if is_async and m == method else "def"
                typed = re.search(rf"^    {prefix} {m}\(self, input: (\w+), /\) -> (.+):", body, flags=re.M)
                assert typed, f"{cls}.{m} ({operation}) is not typed in the stub"
                assert typed.group(1).endswith(("Input", "Application")), typed.group(1)
                returns = typed.group(2)
                if m != method:
                    assert returns.startswith("AsyncIterator[" if is_async else "Iterator["), returns
    # And the clients reach every service object.
    for name in SERVICE_OBJECTS.values():
        attribute = name.lower() if name != "Applications" else "applications"
        assert type(getattr(marketplane.Client.in_memory(), attribute)).__name__ == name
        assert type(getattr(marketplane.AsyncClient.in_memory(), attribute)).__name__ == f"Async{name}"


# ---- every helper of the Rust facade is in Python ----

# Facade methods that wrap one operation under another name: the operation's method covers them (a list wrapper by
# its `_items` twin once the table marks the operation `[pages]`). Each entry is checked: the facade method's
# `Call`/`Paginator` input must be the operation's input.
WRAPPERS = {
    "Regions.list": "Accounts.list_regions",
    "Regions.get": "Accounts.get_region_opt_status",
    "Regions.enable": "Accounts.enable_region",
    "Regions.disable": "Accounts.disable_region",
    "Applications.create": "Applications.create_application",
    "Applications.get": "Applications.get_application",
    "Applications.list": "Applications.list_applications",
    "Applications.update": "Applications.update_application",
    "Applications.delete": "Applications.delete_application",
    "Applications.create_version": "Applications.create_application_version",
    "Applications.versions": "Applications.list_application_versions",
    "Applications.dependencies": "Applications.list_application_dependencies",
    "Applications.policy": "Applications.get_application_policy",
    "Applications.put_policy": "Applications.put_application_policy",
    "Applications.unshare": "Applications.unshare_application",
    "Applications.create_template": "Applications.create_cloud_formation_template",
    "Applications.get_template": "Applications.get_cloud_formation_template",
    "Applications.deploy": "Applications.create_cloud_formation_change_set",
    "Catalog.start": "Catalog.start_change_set",
    "Catalog.change_sets": "Catalog.list_change_sets",
    "Catalog.describe_entities": "Catalog.batch_describe_entities",
    "Catalog.entities": "Catalog.list_entities",
    "Catalog.tag": "Catalog.tag_resource",
    "Catalog.untag": "Catalog.untag_resource",
    "Catalog.tags": "Catalog.list_tags_for_resource",
    "Catalog.put_policy": "Catalog.put_resource_policy",
    "Catalog.policy": "Catalog.get_resource_policy",
    "Catalog.delete_policy": "Catalog.delete_resource_policy",
    "Catalog.procurement_status": "Catalog.get_procurement_status",
    "Catalog.request_product": "Catalog.create_product_request",
    "Catalog.product_requests": "Catalog.list_product_requests",
    "Discovery.listing": "Discovery.get_listing",
    "Discovery.product": "Discovery.get_product",
    "Discovery.offer": "Discovery.get_offer",
    "Discovery.offer_set": "Discovery.get_offer_set",
    "Discovery.offer_terms": "Discovery.get_offer_terms",
    "Discovery.fulfillment_options": "Discovery.list_fulfillment_options",
    "Discovery.listing_attributes": "Discovery.list_listing_attributes",
    "Discovery.purchase_options": "Discovery.list_purchase_options",
    "Discovery.search": "Discovery.search_listings",
    "Discovery.search_all": "Discovery.search_listings",
    "Discovery.facets": "Discovery.search_facets",
    "Agreements.create_request": "Agreements.create_agreement_request",
    "Agreements.accept": "Agreements.accept_agreement_request",
    "Agreements.describe": "Agreements.describe_agreement",
    "Agreements.terms": "Agreements.get_agreement_terms",
    "Agreements.entitlements": "Agreements.get_agreement_entitlements",
    "Agreements.search": "Agreements.search_agreements",
    "Agreements.charges": "Agreements.list_agreement_charges",
    "Agreements.cancel": "Agreements.cancel_agreement",
    "Agreements.request": "Agreements.get_agreement_request",
    "Agreements.requests": "Agreements.list_agreement_requests",
    "Agreements.cancel_request": "Agreements.cancel_agreement_request",
    "Agreements.approval_plans": "Agreements.get_agreement_request_approval_plans",
    "Agreements.approval": "Agreements.get_agreement_approval",
    "Agreements.cancellation_requests": "Agreements.list_agreement_cancellation_requests",
    "Agreements.refund": "Agreements.batch_create_billing_adjustment_request",
    "Agreements.refunds": "Agreements.list_billing_adjustment_requests",
    "Organizations.describe": "Organizations.describe_organization",
    "Organizations.accounts": "Organizations.list_accounts",
    "Organizations.account": "Organizations.describe_account",
    "Organizations.roots": "Organizations.list_roots",
    "Organizations.organizational_units": "Organizations.list_organizational_units_for_parent",
    "Organizations.accounts_for_parent": "Organizations.list_accounts_for_parent",
    "Organizations.parents": "Organizations.list_parents",
    "Organizations.children": "Organizations.list_children",
    "Organizations.policies_for_target": "Organizations.list_policies_for_target",
    "Organizations.policy": "Organizations.describe_policy",
    "Organizations.tags": "Organizations.list_tags_for_resource",
    "Organizations.service_access": "Organizations.list_aws_service_access_for_organization",
    "Organizations.delegated_administrators": "Organizations.list_delegated_administrators",
}

# Facade methods Python has no counterpart of, and why.
EXCLUDED = {
    "Catalog.entities_of": "a ListEntitiesInput builder; Python builds ListEntitiesInput(...) with keywords",
    "Discovery.text": "a SearchListingsInput builder; Python builds SearchListingsInput(search_text=...)",
    "Client.builder": "a Rust backend (or test double) with a retry policy and clock; Python picks a backend by constructor",
    "Client.from_backend": "a Rust Backend implementation; Python picks a backend by constructor",
    "Client.from_local": "a LocalBackend configured in Rust; Python passes the world to in_memory/local",
    "Client.local_builder": "as from_local, with a retry policy",
    "Client.in_memory_with_world": "in_memory(world=...)",
    "Client.from_env": "aws() with no arguments",
    "Client.aws_with_endpoint": "aws(endpoint_url=...)",
    "Client.local_backend": "the local backend's helpers are on the client (sent_codes, organization_accounts, ...)",
    "Client.clock": "a Rust clock object; waiters take their timing as arguments",
    "Client.call": "every operation is its own method",
    "Client.paginate": "every list operation has its _pages and _items methods",
    "Client.execute": "a raw Request enum; every operation is its own method",
    "Client.aws_with_role": "aws(...).as_account(...) assumes OrganizationAccountAccessRole",
    "Client.caller_identity": "client.sts.get_caller_identity()",
    "Client.caller_account": "client.sts.get_caller_identity().account",
    "Estate.with_options": "each estate method takes concurrency=, paced= and progress= keywords",
    "Estate.options": "each estate method takes concurrency=, paced= and progress= keywords",
    "Estate.on_progress": "apply(..., progress=callable)",
    "Client.context": "a Rust CallContext for serving a request on a backend directly; Python calls through the client",
}

HANDLES = ["Accounts", "Regions", "Applications", "Catalog", "Discovery", "Agreements", "Organizations", "Estate", "Client"]


def public_methods(path: Path, handle: str) -> List[Tuple[str, str]]:
    """The `pub fn` / `pub async fn` of `impl ... handle<...> {` blocks in `path`: (name, signature up to the body)."""
    text = path.read_text()
    methods = []
    for block in re.finditer(rf"^impl(?:<'a>)? {handle}(?:<'a>)? \{{\n", text, flags=re.M):
        depth, i = 1, block.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        body = text[block.end():i]
        for m in re.finditer(r"^    pub (?:async )?fn (\w+)\b[^(]*\((.*?)\{$", body, flags=re.M | re.S):
            methods.append((m.group(1), m.group(2)))
    return methods


def table_inputs() -> Dict[str, Set[str]]:
    """Each operation method's input type names (one per service that has the method), from the tables' source
    (type aliases resolved)."""
    aliases = {}
    for path in (ROOT / "crates/core/src/model").rglob("*.rs"):
        aliases.update({a: t for a, t in re.findall(r"pub type (\w+) = (\w+);", path.read_text())})
    inputs: Dict[str, Set[str]] = {}
    for path in (ROOT / "crates/core/src/operation").glob("*.rs"):
        text = re.sub(r"\s+", " ", path.read_text())
        for snake, input in re.findall(r"\b[A-Z]\w+ (\w+)\( ?\$crate::[\w:]+::(\w+) ?\)", text):
            inputs.setdefault(snake, set()).add(aliases.get(input, input))
    return inputs


def test_every_facade_helper_is_in_python() -> None:
    inputs = table_inputs()
    operations = {(SERVICE_OBJECTS[service], method): paged for service, _, method, paged in _marketplane._operations()}
    sources = list((ROOT / "crates/core/src/facade").glob("*.rs")) + [
        ROOT / "crates/core/src/client.rs",
        ROOT / "crates/core/src/estate/mod.rs",
    ]
    seen = set()
    missing = []
    for handle in HANDLES:
        for path in sources:
            for name, signature in public_methods(path, handle):
                key = f"{handle}.{name}"
                seen.add(key)
                py_sync = getattr(marketplane, handle)
                py_async = getattr(marketplane, "AsyncClient" if handle == "Client" else f"Async{handle}")
                if hasattr(py_sync, name) and hasattr(py_async, name):
                    continue
                if key in EXCLUDED:
                    continue
                if key in WRAPPERS:
                    cls, method = WRAPPERS[key].split(".")
                    returned = re.search(r"(?:Call|Paginator)<'a, (\w+)", signature)
                    wrapped = returned.group(1) if returned else ("ListRegionsInput" if "RegionList" in signature else None)
                    assert wrapped in inputs[method], f"{key} wraps {wrapped}, not {method}'s {inputs[method]}"
                    if "Paginator" in signature and operations[(cls, method)]:
                        method += "_items"
                    assert hasattr(getattr(marketplane, cls), method) and hasattr(getattr(marketplane, f"Async{cls}"), method)
                    continue
                missing.append(key)
    assert not missing, f"facade methods without a Python counterpart: {missing}"
    stale = (set(WRAPPERS) | set(EXCLUDED)) - seen
    assert not stale, f"entries for facade methods that no longer exist: {stale}"
