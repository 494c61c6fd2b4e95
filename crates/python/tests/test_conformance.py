"""The conformance suite, from Python: every test runs on the local backend in process and against the emulator."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import marketplane

M, A, D, S = "123456789012", "111111111111", "222222222222", "444444444444"


def contact_information(**changes: Any) -> marketplane.ContactInformation:
    members: dict[str, Any] = dict(
        full_name="Saanvi Sarkar",
        address_line1="123 Any Street",
        city="Seattle",
        postal_code="98101",
        country_code="US",
        phone_number="+15555550100",
        state_or_region="WA",
        company_name="Example Corp, Inc.",
    )
    members.update(changes)
    return marketplane.ContactInformation(**members)


def test_alternate_contact_lifecycle(env) -> None:
    accounts = env.client(S).accounts
    with pytest.raises(marketplane.NotFoundError) as err:
        accounts.get_alternate_contact(alternate_contact_type="SECURITY")
    assert err.value.code == "ResourceNotFoundException"
    assert err.value.kind == "not_found"
    accounts.put_alternate_contact(
        alternate_contact_type="OPERATIONS", name="Mateo Jackson", title="Ops", email_address="mateo@example.com",
        phone_number="+1(206)555-1234",
    )
    got = accounts.get_alternate_contact(alternate_contact_type="OPERATIONS")
    assert got == marketplane.AlternateContact(
        alternate_contact_type="OPERATIONS", name="Mateo Jackson", title="Ops", email_address="mateo@example.com",
        phone_number="+1(206)555-1234",
    )
    # The input object works as well as its members.
    contact = marketplane.AlternateContact(
        alternate_contact_type="OPERATIONS", name="Mateo Jackson", title="Ops Lead", email_address="mateo@example.com",
        phone_number="1",
    )
    # A flattened member (the input's `contact`) takes its members as keywords; the property sets it whole.
    put = marketplane.PutAlternateContactInput(
        alternate_contact_type="BILLING", name="x", title="x", email_address="x@example.com", phone_number="1"
    )
    put.contact = contact
    accounts.put_alternate_contact(put)
    assert accounts.get_alternate_contact(marketplane.GetAlternateContactInput(alternate_contact_type="OPERATIONS")).title == "Ops Lead"
    assert accounts.alternate_contacts().missing() == ["BILLING", "SECURITY"]
    assert accounts.alternate_contacts().operations == contact
    assert accounts.delete_alternate_contact(alternate_contact_type="OPERATIONS") is None
    with pytest.raises(marketplane.NotFoundError):
        accounts.delete_alternate_contact(alternate_contact_type="OPERATIONS")


def test_validation_errors_name_every_field(env) -> None:
    accounts = env.client(S).accounts
    with pytest.raises(marketplane.ValidationError) as err:
        accounts.put_alternate_contact(
            alternate_contact_type="BILLING", name="x" * 65, title="t", email_address="bad", phone_number="206.555"
        )
    assert err.value.code == "ValidationException"
    assert [name for name, _ in err.value.field_errors] == ["Name", "EmailAddress", "PhoneNumber"]
    assert isinstance(err.value, marketplane.MarketplaneError)
    with pytest.raises(marketplane.ValidationError) as err:
        accounts.put_contact_information(contact_information=contact_information(state_or_region=None))
    assert err.value.field_errors[0][0] == "ContactInformation.StateOrRegion"
    with pytest.raises(marketplane.ValidationError):
        accounts.get_region_opt_status(region_name="xx-fake-1")
    with pytest.raises(marketplane.ValidationError):
        env.client("12345")


def test_contact_information_and_phone_verification(env) -> None:
    accounts = env.client(S).accounts
    accounts.put_contact_information(contact_information=contact_information())
    primary = accounts.get_contact_information()
    assert primary.contact_information == contact_information()
    assert primary.verification_status == "UNVERIFIED"
    assert accounts.send_phone_number_verification() == "PENDING"
    code = env.codes("+15555550100")[-1]
    assert accounts.verify_phone_number(otp=code) == "VERIFIED"
    with pytest.raises(marketplane.ConflictError):
        accounts.send_phone_number_verification()


def test_account_information_and_name(env) -> None:
    m = env.client(M).accounts
    info = m.get_account_information()
    assert (info.account_id, info.account_name, info.account_state) == (M, "Management", "ACTIVE")
    assert info.account_created_date.tzinfo is not None
    m.put_account_name(account_name="Workload A (prod)", account_id=A)
    assert m.get_account_information(account_id=A).account_name == "Workload A (prod)"


def test_primary_email_update(env) -> None:
    m = env.client(M).accounts
    assert m.start_primary_email_update(account_id=A, primary_email="new-a@example.com") == "PENDING"
    code = env.codes("new-a@example.com")[-1]
    assert m.accept_primary_email_update(account_id=A, primary_email="new-a@example.com", otp=code) == "ACCEPTED"
    update = m.get_primary_email_update_status(account_id=A)
    assert update.status == "ACCEPTED"
    assert update.updated_at is not None
    assert m.get_primary_email(account_id=A) == "new-a@example.com"


def test_regions_state_machine_and_waiters(env) -> None:
    client = env.client(S)
    accounts, regions = client.accounts, client.regions

    def status(name: str) -> str:
        return accounts.get_region_opt_status(region_name=name).region_opt_status

    assert status("af-south-1") == "DISABLED"
    assert status("us-east-1") == "ENABLED_BY_DEFAULT"
    accounts.enable_region(region_name="af-south-1")
    assert status("af-south-1") == "ENABLING"
    with pytest.raises(marketplane.ConflictError):
        accounts.disable_region(region_name="af-south-1")
    assert regions.ensure_enabled("af-south-1") == "ENABLING"
    assert regions.enable_and_wait("af-south-1", timeout=30, initial_delay=0.2) == "ENABLED"
    with pytest.raises(marketplane.ValidationError) as err:
        accounts.enable_region(region_name="af-south-1")
    assert err.value.reason == "invalidRegionOptTarget"
    assert regions.disable_and_wait("af-south-1", timeout=30, initial_delay=0.2) == "DISABLED"
    with pytest.raises(marketplane.WaitTimeoutError):
        regions.enable_and_wait("me-south-1", timeout=0.05)


def test_list_regions_is_lazy_and_paged(env) -> None:
    accounts = env.client(S).accounts
    pages = list(accounts.list_regions_pages(max_results=10))
    assert len(pages) >= 3 and all(len(p.regions) <= 10 for p in pages)
    assert all(isinstance(p, marketplane.ListRegionsOutput) for p in pages)
    assert pages[-1].next_token is None and all(p.next_token for p in pages[:-1])
    names = [r.region_name for r in accounts.list_regions_items()]
    assert names == sorted(names) and "af-south-1" in names
    assert names == [r.region_name for p in pages for r in p.regions]
    disabled = list(accounts.list_regions_items(region_opt_status_contains=["DISABLED"]))
    assert disabled and all(r.region_opt_status == "DISABLED" for r in disabled)
    with pytest.raises(marketplane.ValidationError):
        list(accounts.list_regions_items(max_results=0))


def test_organizations_mode(env) -> None:
    env.client(A).accounts.put_contact_information(contact_information=contact_information())
    assert env.client(M).accounts.get_contact_information(account_id=A).contact_information == contact_information()
    env.client(D).accounts.put_alternate_contact(
        alternate_contact_type="BILLING", name="n", title="t", email_address="a@b.co", phone_number="1", account_id=A
    )
    with pytest.raises(marketplane.AccessDeniedError) as err:
        env.client(A).accounts.get_contact_information(account_id=M)
    assert err.value.code == "AccessDeniedException"
    assert "not authorized to perform: account:GetContactInformation" in err.value.message
    with pytest.raises(marketplane.AccessDeniedError):
        env.client(M).accounts.get_alternate_contact(alternate_contact_type="BILLING", account_id=D)
    with pytest.raises(marketplane.AccessDeniedError):
        env.client(S).accounts.get_account_information(account_id=A)


def test_async_client_runs_calls_concurrently(env) -> None:
    async def main() -> None:
        client = marketplane.AsyncClient(env.client(S))
        await client.accounts.put_alternate_contact(
            alternate_contact_type="SECURITY", name="Sec", title="CISO", email_address="sec@example.com", phone_number="1"
        )
        results = await asyncio.gather(
            *(client.accounts.get_alternate_contact(alternate_contact_type="SECURITY") for _ in range(8))
        )
        assert {r.name for r in results} == {"Sec"}
        regions = [r async for r in client.accounts.list_regions_items(max_results=7)]
        assert len(regions) == len(list(env.client(S).accounts.list_regions_items()))
        pages = [p async for p in client.accounts.list_regions_pages(max_results=7)]
        assert len(pages) > 1 and sum(len(p.regions) for p in pages) == len(regions)
        with pytest.raises(marketplane.NotFoundError):
            await client.accounts.get_alternate_contact(alternate_contact_type="BILLING")
        contacts = await client.accounts.alternate_contacts()
        assert contacts.missing() == ["BILLING", "OPERATIONS"]
        assert await client.regions.ensure_disabled("af-south-1") == "DISABLED"

    asyncio.run(main())


def test_govcloud_account_information(env) -> None:
    gov = env.client(A).accounts.get_gov_cloud_account_information()
    assert gov.gov_cloud_account_id == "999999999999"
    assert env.client(M).accounts.get_gov_cloud_account_information(standard_account_id=A) == gov
    with pytest.raises(marketplane.NotFoundError):
        env.client(S).accounts.get_gov_cloud_account_information()


def test_region_requests_in_flight_are_limited_per_account() -> None:
    # In process only, with transitions long enough that none settles during the test (the Rust conformance suite
    # covers the emulator with a manual clock).
    world = "[settings]\nregion_transition_seconds = 600\n"
    accounts = marketplane.Client.in_memory(world=world).as_account(S).accounts
    opt_in = [r.region_name for r in accounts.list_regions_items(region_opt_status_contains=["DISABLED"])]
    for name in opt_in[:6]:
        accounts.enable_region(region_name=name)
    with pytest.raises(marketplane.ThrottledError) as err:
        accounts.enable_region(region_name=opt_in[6])
    assert err.value.code == "TooManyRequestsException"


def test_organization_without_trusted_access(env) -> None:
    x, y = "555555555555", "666666666666"
    with pytest.raises(marketplane.AccessDeniedError) as err:
        env.client(x).accounts.get_account_information(account_id=y)
    assert "trusted access" in err.value.message
    assert env.client(x).accounts.get_account_information().account_id == x
