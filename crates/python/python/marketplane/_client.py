"""`Client` (blocking, the GIL released around every call) and `AsyncClient` (asyncio)."""

from __future__ import annotations

import asyncio
import json
import os
from typing import Any, AsyncIterator, Callable, Dict, Iterator, List, Optional, Union

from . import _marketplane
from ._agreements import Agreements
from ._applications import Applications
from ._catalog import Catalog
from ._discovery import Discovery
from ._models import (
    AccountInformation,
    AccountState,
    AlternateContact,
    AlternateContacts,
    AlternateContactType,
    ContactInformation,
    GovCloudAccountInformation,
    PhoneNumberVerificationStatus,
    PrimaryContact,
    PrimaryEmailUpdate,
    PrimaryEmailUpdateStatus,
    Region,
    RegionOptStatus,
    _from_epoch,
    _parse_iso8601,
)

PathLike = Union[str, "os.PathLike[str]"]


def _world_text(world: Optional[str], world_file: Optional[PathLike]) -> Optional[str]:
    if world is not None and world_file is not None:
        raise ValueError("give either world (TOML text) or world_file, not both")
    if world_file is not None:
        with open(world_file, encoding="utf-8") as f:
            return f.read()
    return world


def _with_account(body: Dict[str, Any], account_id: Optional[str], member: str = "AccountId") -> Dict[str, Any]:
    if account_id is not None:
        body[member] = account_id
    return body


class Accounts:
    """Account Management: contacts, primary email, name, information, GovCloud, phone verification.

    Every method takes an optional ``account_id`` to act on another account of the organization (organizations
    mode), except those where the service requires it.
    """

    def __init__(self, native: Any) -> None:
        self._native = native

    def _call(self, operation: str, body: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        out = self._native.call(operation, json.dumps(body))
        return None if out is None else json.loads(out)

    def get_alternate_contact(
        self, alternate_contact_type: Union[AlternateContactType, str], *, account_id: Optional[str] = None
    ) -> AlternateContact:
        body = _with_account({"AlternateContactType": str(AlternateContactType(alternate_contact_type).value)}, account_id)
        out = self._call("GetAlternateContact", body) or {}
        return AlternateContact._from_wire(out["AlternateContact"])

    def put_alternate_contact(
        self,
        alternate_contact_type: Union[AlternateContactType, str],
        *,
        name: str,
        title: str,
        email_address: str,
        phone_number: str,
        account_id: Optional[str] = None,
    ) -> None:
        contact = AlternateContact(AlternateContactType(alternate_contact_type), name, title, email_address, phone_number)
        self._call("PutAlternateContact", _with_account(contact._wire(), account_id))

    def delete_alternate_contact(
        self, alternate_contact_type: Union[AlternateContactType, str], *, account_id: Optional[str] = None
    ) -> None:
        body = _with_account({"AlternateContactType": str(AlternateContactType(alternate_contact_type).value)}, account_id)
        self._call("DeleteAlternateContact", body)

    def alternate_contacts(self, *, account_id: Optional[str] = None) -> AlternateContacts:
        raw = json.loads(self._native.alternate_contacts(account_id))

        def parse(d: Optional[Dict[str, Any]]) -> Optional[AlternateContact]:
            return None if d is None else AlternateContact._from_wire(d)

        return AlternateContacts(parse(raw["BILLING"]), parse(raw["OPERATIONS"]), parse(raw["SECURITY"]))

    def get_contact_information(self, *, account_id: Optional[str] = None) -> PrimaryContact:
        out = self._call("GetContactInformation", _with_account({}, account_id)) or {}
        status = out.get("VerificationStatus")
        return PrimaryContact(
            ContactInformation._from_wire(out["ContactInformation"]),
            None if status is None else PhoneNumberVerificationStatus(status),
        )

    def put_contact_information(self, contact_information: ContactInformation, *, account_id: Optional[str] = None) -> None:
        body = _with_account({"ContactInformation": contact_information._wire()}, account_id)
        self._call("PutContactInformation", body)

    def get_account_information(self, *, account_id: Optional[str] = None) -> AccountInformation:
        out = self._call("GetAccountInformation", _with_account({}, account_id)) or {}
        return AccountInformation(
            out["AccountId"], out["AccountName"], _parse_iso8601(out["AccountCreatedDate"]), AccountState(out["AccountState"])
        )

    def put_account_name(self, account_name: str, *, account_id: Optional[str] = None) -> None:
        self._call("PutAccountName", _with_account({"AccountName": account_name}, account_id))

    def get_gov_cloud_account_information(self, *, account_id: Optional[str] = None) -> GovCloudAccountInformation:
        out = self._call("GetGovCloudAccountInformation", _with_account({}, account_id, "StandardAccountId")) or {}
        return GovCloudAccountInformation(out["GovCloudAccountId"], AccountState(out["AccountState"]))

    def get_primary_email(self, account_id: str) -> str:
        out = self._call("GetPrimaryEmail", {"AccountId": account_id}) or {}
        return str(out["PrimaryEmail"])

    def start_primary_email_update(self, account_id: str, primary_email: str) -> PrimaryEmailUpdateStatus:
        out = self._call("StartPrimaryEmailUpdate", {"AccountId": account_id, "PrimaryEmail": primary_email}) or {}
        return PrimaryEmailUpdateStatus(out["Status"])

    def accept_primary_email_update(self, account_id: str, primary_email: str, otp: str) -> PrimaryEmailUpdateStatus:
        body = {"AccountId": account_id, "PrimaryEmail": primary_email, "Otp": otp}
        out = self._call("AcceptPrimaryEmailUpdate", body) or {}
        return PrimaryEmailUpdateStatus(out["Status"])

    def get_primary_email_update_status(self, *, account_id: Optional[str] = None) -> PrimaryEmailUpdate:
        out = self._call("GetPrimaryEmailUpdateStatus", _with_account({}, account_id)) or {}
        updated = out.get("UpdatedAt")
        return PrimaryEmailUpdate(PrimaryEmailUpdateStatus(out["Status"]), None if updated is None else _from_epoch(updated))

    def send_phone_number_verification(self, *, account_id: Optional[str] = None) -> PhoneNumberVerificationStatus:
        out = self._call("SendPhoneNumberVerification", _with_account({}, account_id)) or {}
        return PhoneNumberVerificationStatus(out["Status"])

    def verify_phone_number(self, otp: str, *, account_id: Optional[str] = None) -> PhoneNumberVerificationStatus:
        out = self._call("VerifyPhoneNumber", _with_account({"Otp": otp}, account_id)) or {}
        return PhoneNumberVerificationStatus(out["Status"])


class Regions:
    """Opt-in regions: list, get, enable, disable, and the idempotent and waiting forms the SDKs lack."""

    def __init__(self, native: Any) -> None:
        self._native = native

    def _call(self, operation: str, body: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        out = self._native.call(operation, json.dumps(body))
        return None if out is None else json.loads(out)

    def list_pages(
        self,
        *,
        status: Optional[List[Union[RegionOptStatus, str]]] = None,
        account_id: Optional[str] = None,
        page_size: Optional[int] = None,
    ) -> Iterator[List[Region]]:
        """The regions page by page, each page fetched when the iterator reaches it."""
        token: Optional[str] = None
        while True:
            body: Dict[str, Any] = _with_account({}, account_id)
            if status:
                body["RegionOptStatusContains"] = [str(RegionOptStatus(s).value) for s in status]
            if page_size is not None:
                body["MaxResults"] = page_size
            if token is not None:
                body["NextToken"] = token
            out = self._call("ListRegions", body) or {}
            yield [Region(r["RegionName"], RegionOptStatus(r["RegionOptStatus"])) for r in out.get("Regions", [])]
            token = out.get("NextToken")
            if not token:
                return

    def list(
        self,
        *,
        status: Optional[List[Union[RegionOptStatus, str]]] = None,
        account_id: Optional[str] = None,
        page_size: Optional[int] = None,
    ) -> Iterator[Region]:
        """Every region (optionally only those in the given statuses), lazily across pages."""
        for page in self.list_pages(status=status, account_id=account_id, page_size=page_size):
            yield from page

    def get(self, region_name: str, *, account_id: Optional[str] = None) -> RegionOptStatus:
        out = self._call("GetRegionOptStatus", _with_account({"RegionName": region_name}, account_id)) or {}
        return RegionOptStatus(out["RegionOptStatus"])

    def enable(self, region_name: str, *, account_id: Optional[str] = None) -> None:
        self._call("EnableRegion", _with_account({"RegionName": region_name}, account_id))

    def disable(self, region_name: str, *, account_id: Optional[str] = None) -> None:
        self._call("DisableRegion", _with_account({"RegionName": region_name}, account_id))

    def _change(self, region_name: str, enable: bool, wait: bool, account_id: Optional[str], timeout: float) -> RegionOptStatus:
        return RegionOptStatus(self._native.change_region(region_name, enable, wait, account_id, timeout))

    def ensure_enabled(self, region_name: str, *, account_id: Optional[str] = None) -> RegionOptStatus:
        """Enable unless already enabled or enabling; no error when it already is."""
        return self._change(region_name, True, False, account_id, 3600.0)

    def ensure_disabled(self, region_name: str, *, account_id: Optional[str] = None) -> RegionOptStatus:
        """Disable unless already disabled or disabling."""
        return self._change(region_name, False, False, account_id, 3600.0)

    def enable_and_wait(self, region_name: str, *, account_id: Optional[str] = None, timeout: float = 3600.0) -> RegionOptStatus:
        """Ensure enabled and wait until ENABLED; raises WaitTimeoutError after ``timeout`` seconds."""
        return self._change(region_name, True, True, account_id, timeout)

    def disable_and_wait(self, region_name: str, *, account_id: Optional[str] = None, timeout: float = 3600.0) -> RegionOptStatus:
        """Ensure disabled and wait until DISABLED; raises WaitTimeoutError after ``timeout`` seconds."""
        return self._change(region_name, False, True, account_id, timeout)


class Client:
    """The blocking client. Build it with ``Client.in_memory()``, ``Client.local(path)`` or ``Client.aws()``."""

    def __init__(self, native: Any) -> None:
        self._native = native
        self.accounts = Accounts(native)
        self.regions = Regions(native)
        self.applications = Applications(native)
        self.catalog = Catalog(native)
        self.discovery = Discovery(native)
        self.agreements = Agreements(native, self.discovery)

    @classmethod
    def in_memory(cls, *, world: Optional[str] = None, world_file: Optional[PathLike] = None) -> "Client":
        """The embedded local backend, in memory; ``world`` is a world file's TOML text."""
        return cls(_marketplane.NativeClient.in_memory(_world_text(world, world_file)))

    @classmethod
    def local(cls, path: PathLike, *, world: Optional[str] = None, world_file: Optional[PathLike] = None) -> "Client":
        """The embedded local backend persisted to a SQLite file (created if missing)."""
        return cls(_marketplane.NativeClient.local(os.fspath(path), _world_text(world, world_file)))

    @classmethod
    def aws(
        cls,
        *,
        endpoint_url: Optional[str] = None,
        region_name: Optional[str] = None,
        aws_access_key_id: Optional[str] = None,
        aws_secret_access_key: Optional[str] = None,
    ) -> "Client":
        """AWS, with credentials and region found as boto3 finds them (environment, profiles, SSO, instance roles),
        or the keys given; ``endpoint_url`` (or ``AWS_ENDPOINT_URL``) points it at the emulator."""
        return cls(_marketplane.NativeClient.aws(endpoint_url, region_name, aws_access_key_id, aws_secret_access_key))

    def as_account(self, account_id: str) -> "Client":
        """The same client acting as ``account_id`` (local backend; on AWS the credentials decide)."""
        return type(self)(self._native.as_account(account_id))

    @property
    def caller(self) -> Optional[str]:
        return self._native.caller  # type: ignore[no-any-return]

    def sent_codes(self, recipient: str) -> List[str]:
        """Local backend only: the one-time codes sent to an email address or phone number, oldest first."""
        return [m["code"] for m in json.loads(self._native.messages_to(recipient))]

    def organization_accounts(self, account_id: str) -> List[str]:
        """Local backend only: the accounts of ``account_id``'s organization."""
        return list(self._native.organization_accounts(account_id))

    def __repr__(self) -> str:
        return f"marketplane.Client({self._native!r})"


class _AsyncProxy:
    """Runs the methods of a blocking handle in a worker thread. The native calls release the GIL, so calls made
    concurrently with ``asyncio.gather`` really run at the same time."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._target, name)
        if not callable(method):
            return method  # type: ignore[no-any-return]

        async def call(*args: Any, **kwargs: Any) -> Any:
            return await asyncio.to_thread(method, *args, **kwargs)

        return call


async def _async_items(iterator: Iterator[Any]) -> AsyncIterator[Any]:
    """Drive a blocking iterator from a worker thread, one step at a time (pages are fetched as they are reached)."""
    done = object()
    while True:
        item = await asyncio.to_thread(next, iterator, done)
        if item is done:
            return
        yield item


class AsyncRegions(_AsyncProxy):
    def list(self, **kwargs: Any) -> AsyncIterator[Region]:
        """Every region, fetching each page in a worker thread when the async iterator reaches it."""
        return _async_items(self._target.list(**kwargs))


class AsyncApplications(_AsyncProxy):
    def list(self) -> AsyncIterator[Any]:
        """The caller's applications, as an async iterator."""
        return _async_items(self._target.list())

    def versions(self, application_id: str) -> AsyncIterator[Any]:
        """An application's versions, as an async iterator."""
        return _async_items(self._target.versions(application_id))

    def dependencies(self, application_id: str, semantic_version: Optional[str] = None) -> AsyncIterator[Any]:
        """A version's nested applications, as an async iterator."""
        return _async_items(self._target.dependencies(application_id, semantic_version))


class AsyncCatalog(_AsyncProxy):
    def list_change_sets(self, filters: Optional[Any] = None) -> AsyncIterator[Any]:
        """Change sets, as an async iterator."""
        return _async_items(self._target.list_change_sets(filters))

    def list_entities(self, entity_type: str, **kwargs: Any) -> AsyncIterator[Any]:
        """Entities of a type, as an async iterator."""
        return _async_items(self._target.list_entities(entity_type, **kwargs))


class AsyncClient:
    """The asyncio client: the same methods as ``Client``, awaited; ``regions.list()`` is an async iterator."""

    def __init__(self, client: Client) -> None:
        self._client = client
        self.accounts = _AsyncProxy(client.accounts)
        self.regions = AsyncRegions(client.regions)
        self.applications = AsyncApplications(client.applications)
        self.catalog = AsyncCatalog(client.catalog)
        self.discovery = _AsyncProxy(client.discovery)
        self.agreements = _AsyncProxy(client.agreements)

    @classmethod
    def in_memory(cls, *, world: Optional[str] = None, world_file: Optional[PathLike] = None) -> "AsyncClient":
        return cls(Client.in_memory(world=world, world_file=world_file))

    @classmethod
    def local(cls, path: PathLike, *, world: Optional[str] = None, world_file: Optional[PathLike] = None) -> "AsyncClient":
        return cls(Client.local(path, world=world, world_file=world_file))

    @classmethod
    async def aws(cls, **kwargs: Optional[str]) -> "AsyncClient":
        """As ``Client.aws``, with the same keyword arguments."""
        return cls(await asyncio.to_thread(lambda: Client.aws(**kwargs)))

    def as_account(self, account_id: str) -> "AsyncClient":
        return AsyncClient(self._client.as_account(account_id))

    @property
    def caller(self) -> Optional[str]:
        return self._client.caller

    def sent_codes(self, recipient: str) -> List[str]:
        return self._client.sent_codes(recipient)

    def __repr__(self) -> str:
        return f"marketplane.AsyncClient({self._client._native!r})"
