"""Immutable model classes and open enums, built from the services' JSON."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional


class _OpenEnum(str, enum.Enum):
    """A service enum that keeps values this version does not know (as pseudo-members), instead of failing."""

    @classmethod
    def _missing_(cls, value: object) -> "_OpenEnum":
        if not isinstance(value, str):
            return None  # type: ignore[return-value]
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        return self._name_ != "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)


class AlternateContactType(_OpenEnum):
    BILLING = "BILLING"
    OPERATIONS = "OPERATIONS"
    SECURITY = "SECURITY"


class RegionOptStatus(_OpenEnum):
    ENABLED = "ENABLED"
    ENABLING = "ENABLING"
    DISABLING = "DISABLING"
    DISABLED = "DISABLED"
    ENABLED_BY_DEFAULT = "ENABLED_BY_DEFAULT"


class AccountState(_OpenEnum):
    PENDING_ACTIVATION = "PENDING_ACTIVATION"
    ACTIVE = "ACTIVE"
    SUSPENDED = "SUSPENDED"
    CLOSED = "CLOSED"


class PrimaryEmailUpdateStatus(_OpenEnum):
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class PhoneNumberVerificationStatus(_OpenEnum):
    PENDING = "PENDING"
    VERIFIED = "VERIFIED"
    UNVERIFIED = "UNVERIFIED"
    NOT_SUPPORTED = "NOT_SUPPORTED"


class _Model:
    def to_dict(self) -> Dict[str, Any]:
        """The fields as a plain dict (enums as their string values, datetimes as they are)."""
        out: Dict[str, Any] = {}
        for field in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, field.name)
            if isinstance(value, _Model):
                value = value.to_dict()
            elif isinstance(value, enum.Enum):
                value = value.value
            out[field.name] = value
        return out


@dataclass(frozen=True)
class AlternateContact(_Model):
    alternate_contact_type: AlternateContactType
    name: str
    title: str
    email_address: str
    phone_number: str

    def _wire(self) -> Dict[str, Any]:
        return {
            "AlternateContactType": str(self.alternate_contact_type.value),
            "Name": self.name,
            "Title": self.title,
            "EmailAddress": self.email_address,
            "PhoneNumber": self.phone_number,
        }

    @classmethod
    def _from_wire(cls, d: Dict[str, Any]) -> "AlternateContact":
        return cls(
            alternate_contact_type=AlternateContactType(d["AlternateContactType"]),
            name=d["Name"],
            title=d["Title"],
            email_address=d["EmailAddress"],
            phone_number=d["PhoneNumber"],
        )


_CONTACT_FIELDS = {
    "full_name": "FullName",
    "address_line1": "AddressLine1",
    "address_line2": "AddressLine2",
    "address_line3": "AddressLine3",
    "city": "City",
    "state_or_region": "StateOrRegion",
    "district_or_county": "DistrictOrCounty",
    "postal_code": "PostalCode",
    "country_code": "CountryCode",
    "phone_number": "PhoneNumber",
    "company_name": "CompanyName",
    "website_url": "WebsiteUrl",
}


@dataclass(frozen=True)
class ContactInformation(_Model):
    full_name: str
    address_line1: str
    city: str
    postal_code: str
    country_code: str
    phone_number: str
    address_line2: Optional[str] = None
    address_line3: Optional[str] = None
    state_or_region: Optional[str] = None
    district_or_county: Optional[str] = None
    company_name: Optional[str] = None
    website_url: Optional[str] = None

    def _wire(self) -> Dict[str, Any]:
        return {wire: getattr(self, py) for py, wire in _CONTACT_FIELDS.items() if getattr(self, py) is not None}

    @classmethod
    def _from_wire(cls, d: Dict[str, Any]) -> "ContactInformation":
        return cls(**{py: d.get(wire) for py, wire in _CONTACT_FIELDS.items()})  # type: ignore[arg-type]


@dataclass(frozen=True)
class PrimaryContact(_Model):
    contact_information: ContactInformation
    verification_status: Optional[PhoneNumberVerificationStatus]


@dataclass(frozen=True)
class Region(_Model):
    region_name: str
    region_opt_status: RegionOptStatus


@dataclass(frozen=True)
class AccountInformation(_Model):
    account_id: str
    account_name: str
    account_created_date: datetime
    account_state: AccountState


@dataclass(frozen=True)
class GovCloudAccountInformation(_Model):
    gov_cloud_account_id: str
    account_state: AccountState


@dataclass(frozen=True)
class PrimaryEmailUpdate(_Model):
    status: PrimaryEmailUpdateStatus
    updated_at: Optional[datetime]


@dataclass(frozen=True)
class AlternateContacts(_Model):
    billing: Optional[AlternateContact]
    operations: Optional[AlternateContact]
    security: Optional[AlternateContact]

    def missing(self) -> List[AlternateContactType]:
        """The contact types that are not set, in the service's order."""
        present = {
            AlternateContactType.BILLING: self.billing,
            AlternateContactType.OPERATIONS: self.operations,
            AlternateContactType.SECURITY: self.security,
        }
        return [t for t, c in present.items() if c is None]


def _parse_iso8601(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _from_epoch(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=timezone.utc)
