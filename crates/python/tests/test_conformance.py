"""The conformance suite, from Python: every test runs on the local backend in process and against the emulator."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

import marketplane
from marketplane import AlternateContactType as T
from marketplane import RegionOptStatus as R

M, A, D, S = "123456789012", "111111111111", "222222222222", "444444444444"


def contact_information(**changes: object) -> marketplane.ContactInformation:
    base = marketplane.ContactInformation(
        full_name="Saanvi Sarkar",
        address_line1="123 Any Street",
        city="Seattle",
        postal_code="98101",
        country_code="US",
        phone_number="+15555550100",
        state_or_region="WA",
        company_name="Example Corp, Inc.",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_alternate_contact_lifecycle(env) -> None:
    accounts = env.client(S).accounts
    with pytest.raises(marketplane.NotFoundError) as err:
        accounts.get_alternate_contact(T.SECURITY)
    assert err.value.code == "ResourceNotFoundException"
    assert err.value.kind == "not_found"
    accounts.put_alternate_contact(
        T.OPERATIONS, name="Mateo Jackson", title="Ops", email_address="mateo@example.com", phone_number="+1(206)555-1234"
    )
    got = accounts.get_alternate_contact("OPERATIONS")
    assert got == marketplane.AlternateContact(T.OPERATIONS, "Mateo Jackson", "Ops", "mateo@example.com", "+1(206)555-1234")
    accounts.put_alternate_contact(
        T.OPERATIONS, name="Mateo Jackson", title="Ops Lead", email_address="mateo@example.com", phone_number="1"
    )
    assert accounts.get_alternate_contact(T.OPERATIONS).title == "Ops Lead"
    assert accounts.alternate_contacts().missing() == [T.BILLING, T.SECURITY]
    accounts.delete_alternate_contact(T.OPERATIONS)
    with pytest.raises(marketplane.NotFoundError):
        accounts.delete_alternate_contact(T.OPERATIONS)


def test_validation_errors_name_every_field(env) -> None:
    accounts = env.client(S).accounts
    with pytest.raises(marketplane.ValidationError) as err:
        accounts.put_alternate_contact(T.BILLING, name="x" * 65, title="t", email_address="bad", phone_number="206.555")
    assert err.value.code == "ValidationException"
    assert [name for name, _ in err.value.field_errors] == ["Name", "EmailAddress", "PhoneNumber"]
    assert isinstance(err.value, marketplane.MarketplaneError)
    with pytest.raises(marketplane.ValidationError) as err:
        accounts.put_contact_information(contact_information(state_or_region=None))
    assert err.value.field_errors[0][0] == "ContactInformation.StateOrRegion"
    with pytest.raises(marketplane.ValidationError):
        env.client(S).regions.get("xx-fake-1")
    with pytest.raises(marketplane.ValidationError):
        env.client("12345")


def test_contact_information_and_phone_verification(env) -> None:
    accounts = env.client(S).accounts
    accounts.put_contact_information(contact_information())
    primary = accounts.get_contact_information()
    assert primary.contact_information == contact_information()
    assert primary.verification_status is marketplane.PhoneNumberVerificationStatus.UNVERIFIED
    assert accounts.send_phone_number_verification() is marketplane.PhoneNumberVerificationStatus.PENDING
    code = env.codes("+15555550100")[-1]
    assert accounts.verify_phone_number(code) is marketplane.PhoneNumberVerificationStatus.VERIFIED
    with pytest.raises(marketplane.ConflictError):
        accounts.send_phone_number_verification()


def test_account_information_and_name(env) -> None:
    m = env.client(M).accounts
    info = m.get_account_information()
    assert (info.account_id, info.account_name, info.account_state) == (M, "Management", marketplane.AccountState.ACTIVE)
    assert info.account_created_date.tzinfo is not None
    m.put_account_name("Workload A (prod)", account_id=A)
    assert m.get_account_information(account_id=A).account_name == "Workload A (prod)"


def test_primary_email_update(env) -> None:
    m = env.client(M).accounts
    assert m.start_primary_email_update(A, "new-a@example.com") is marketplane.PrimaryEmailUpdateStatus.PENDING
    code = env.codes("new-a@example.com")[-1]
    assert m.accept_primary_email_update(A, "new-a@example.com", code) is marketplane.PrimaryEmailUpdateStatus.ACCEPTED
    update = m.get_primary_email_update_status(account_id=A)
    assert update.status is marketplane.PrimaryEmailUpdateStatus.ACCEPTED
    assert update.updated_at is not None
    assert m.get_primary_email(A) == "new-a@example.com"


def test_regions_state_machine_and_waiters(env) -> None:
    regions = env.client(S).regions
    assert regions.get("af-south-1") is R.DISABLED
    assert regions.get("us-east-1") is R.ENABLED_BY_DEFAULT
    regions.enable("af-south-1")
    assert regions.get("af-south-1") is R.ENABLING
    with pytest.raises(marketplane.ConflictError):
        regions.disable("af-south-1")
    assert regions.ensure_enabled("af-south-1") is R.ENABLING
    assert regions.enable_and_wait("af-south-1", timeout=30) is R.ENABLED
    with pytest.raises(marketplane.ValidationError) as err:
        regions.enable("af-south-1")
    assert err.value.reason == "invalidRegionOptTarget"
    assert regions.disable_and_wait("af-south-1", timeout=30) is R.DISABLED
    with pytest.raises(marketplane.WaitTimeoutError):
        regions.enable_and_wait("me-south-1", timeout=0.05)


def test_list_regions_is_lazy_and_paged(env) -> None:
    regions = env.client(S).regions
    pages = list(regions.list_pages(page_size=10))
    assert len(pages) >= 3 and all(len(p) <= 10 for p in pages)
    names = [r.region_name for r in regions.list()]
    assert names == sorted(names) and "af-south-1" in names
    disabled = list(regions.list(status=[R.DISABLED]))
    assert all(r.region_opt_status is R.DISABLED for r in disabled)
    with pytest.raises(marketplane.ValidationError):
        list(regions.list(page_size=0))


def test_organizations_mode(env) -> None:
    env.client(A).accounts.put_contact_information(contact_information())
    assert env.client(M).accounts.get_contact_information(account_id=A).contact_information == contact_information()
    env.client(D).accounts.put_alternate_contact(
        T.BILLING, name="n", title="t", email_address="a@b.co", phone_number="1", account_id=A
    )
    with pytest.raises(marketplane.AccessDeniedError) as err:
        env.client(A).accounts.get_contact_information(account_id=M)
    assert err.value.code == "AccessDeniedException"
    assert "not authorized to perform: account:GetContactInformation" in err.value.message
    with pytest.raises(marketplane.AccessDeniedError):
        env.client(M).accounts.get_alternate_contact(T.BILLING, account_id=D)
    with pytest.raises(marketplane.AccessDeniedError):
        env.client(S).accounts.get_account_information(account_id=A)


def test_async_client_runs_calls_concurrently(env) -> None:
    async def main() -> None:
        client = marketplane.AsyncClient(env.client(S))
        await client.accounts.put_alternate_contact(
            T.SECURITY, name="Sec", title="CISO", email_address="sec@example.com", phone_number="1"
        )
        results = await asyncio.gather(*(client.accounts.get_alternate_contact(T.SECURITY) for _ in range(8)))
        assert {r.name for r in results} == {"Sec"}
        regions = [r async for r in client.regions.list(page_size=7)]
        assert len(regions) == len(list(env.client(S).regions.list()))
        with pytest.raises(marketplane.NotFoundError):
            await client.accounts.get_alternate_contact(T.BILLING)

    asyncio.run(main())


def test_govcloud_account_information(env) -> None:
    gov = env.client(A).accounts.get_gov_cloud_account_information()
    assert gov.gov_cloud_account_id == "999999999999"
    assert env.client(M).accounts.get_gov_cloud_account_information(account_id=A) == gov
    with pytest.raises(marketplane.NotFoundError):
        env.client(S).accounts.get_gov_cloud_account_information()


def test_region_requests_in_flight_are_limited_per_account() -> None:
    # In process only, with transitions long enough that none settles during the test (the Rust conformance suite
    # covers the emulator with a manual clock).
    world = "[settings]\nregion_transition_seconds = 600\n"
    regions = marketplane.Client.in_memory(world=world).as_account(S).regions
    opt_in = [r.region_name for r in regions.list(status=[R.DISABLED])]
    for name in opt_in[:6]:
        regions.enable(name)
    with pytest.raises(marketplane.ThrottledError) as err:
        regions.enable(opt_in[6])
    assert err.value.code == "TooManyRequestsException"


def test_organization_without_trusted_access(env) -> None:
    x, y = "555555555555", "666666666666"
    with pytest.raises(marketplane.AccessDeniedError) as err:
        env.client(x).accounts.get_account_information(account_id=y)
    assert "trusted access" in err.value.message
    assert env.client(x).accounts.get_account_information().account_id == x
