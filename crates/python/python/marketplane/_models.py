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


class Capability(_OpenEnum):
    CAPABILITY_IAM = "CAPABILITY_IAM"
    CAPABILITY_NAMED_IAM = "CAPABILITY_NAMED_IAM"
    CAPABILITY_AUTO_EXPAND = "CAPABILITY_AUTO_EXPAND"
    CAPABILITY_RESOURCE_POLICY = "CAPABILITY_RESOURCE_POLICY"


class TemplateStatus(_OpenEnum):
    PREPARING = "PREPARING"
    ACTIVE = "ACTIVE"
    EXPIRED = "EXPIRED"


@dataclass(frozen=True)
class ParameterDefinition(_Model):
    name: str
    referenced_by_resources: List[str]
    type: Optional[str] = None
    default_value: Optional[str] = None
    description: Optional[str] = None
    no_echo: Optional[bool] = None
    allowed_pattern: Optional[str] = None
    allowed_values: List[str] = dataclasses.field(default_factory=list)
    constraint_description: Optional[str] = None
    min_value: Optional[int] = None
    max_value: Optional[int] = None
    min_length: Optional[int] = None
    max_length: Optional[int] = None

    @classmethod
    def _from_wire(cls, d: Dict[str, Any]) -> "ParameterDefinition":
        return cls(
            name=d["name"],
            referenced_by_resources=list(d.get("referencedByResources", [])),
            type=d.get("type"),
            default_value=d.get("defaultValue"),
            description=d.get("description"),
            no_echo=d.get("noEcho"),
            allowed_pattern=d.get("allowedPattern"),
            allowed_values=list(d.get("allowedValues", [])),
            constraint_description=d.get("constraintDescription"),
            min_value=d.get("minValue"),
            max_value=d.get("maxValue"),
            min_length=d.get("minLength"),
            max_length=d.get("maxLength"),
        )


@dataclass(frozen=True)
class Version(_Model):
    application_id: str
    semantic_version: str
    creation_time: datetime
    parameter_definitions: List[ParameterDefinition]
    required_capabilities: List[Capability]
    resources_supported: bool
    template_url: str
    source_code_url: Optional[str] = None
    source_code_archive_url: Optional[str] = None

    @classmethod
    def _from_wire(cls, d: Dict[str, Any]) -> "Version":
        return cls(
            application_id=d["applicationId"],
            semantic_version=d["semanticVersion"],
            creation_time=_parse_iso8601(d["creationTime"]),
            parameter_definitions=[ParameterDefinition._from_wire(p) for p in d.get("parameterDefinitions", [])],
            required_capabilities=[Capability(c) for c in d.get("requiredCapabilities", [])],
            resources_supported=bool(d.get("resourcesSupported")),
            template_url=d["templateUrl"],
            source_code_url=d.get("sourceCodeUrl"),
            source_code_archive_url=d.get("sourceCodeArchiveUrl"),
        )


@dataclass(frozen=True)
class Application(_Model):
    application_id: str
    name: str
    description: str
    author: str
    creation_time: datetime
    labels: List[str]
    is_verified_author: bool = False
    spdx_license_id: Optional[str] = None
    license_url: Optional[str] = None
    readme_url: Optional[str] = None
    home_page_url: Optional[str] = None
    version: Optional[Version] = None

    @classmethod
    def _from_wire(cls, d: Dict[str, Any]) -> "Application":
        return cls(
            application_id=d["applicationId"],
            name=d["name"],
            description=d["description"],
            author=d["author"],
            creation_time=_parse_iso8601(d["creationTime"]),
            labels=list(d.get("labels", [])),
            is_verified_author=bool(d.get("isVerifiedAuthor", False)),
            spdx_license_id=d.get("spdxLicenseId"),
            license_url=d.get("licenseUrl"),
            readme_url=d.get("readmeUrl"),
            home_page_url=d.get("homePageUrl"),
            version=Version._from_wire(d["version"]) if "version" in d else None,
        )


@dataclass(frozen=True)
class ApplicationSummary(_Model):
    application_id: str
    name: str
    description: str
    author: str
    creation_time: datetime
    labels: List[str]
    spdx_license_id: Optional[str] = None
    home_page_url: Optional[str] = None

    @classmethod
    def _from_wire(cls, d: Dict[str, Any]) -> "ApplicationSummary":
        return cls(
            d["applicationId"], d["name"], d["description"], d["author"], _parse_iso8601(d["creationTime"]),
            list(d.get("labels", [])), d.get("spdxLicenseId"), d.get("homePageUrl"),
        )


@dataclass(frozen=True)
class VersionSummary(_Model):
    application_id: str
    semantic_version: str
    creation_time: datetime
    source_code_url: Optional[str] = None


@dataclass(frozen=True)
class ApplicationDependency(_Model):
    application_id: str
    semantic_version: str


@dataclass(frozen=True)
class PolicyStatement(_Model):
    principals: List[str]
    actions: List[str]
    principal_org_ids: List[str] = dataclasses.field(default_factory=list)
    statement_id: Optional[str] = None

    def _wire(self) -> Dict[str, Any]:
        out: Dict[str, Any] = {"principals": self.principals, "actions": self.actions, "principalOrgIDs": self.principal_org_ids}
        if self.statement_id is not None:
            out["statementId"] = self.statement_id
        return out

    @classmethod
    def _from_wire(cls, d: Dict[str, Any]) -> "PolicyStatement":
        return cls(list(d.get("principals", [])), list(d.get("actions", [])), list(d.get("principalOrgIDs", [])), d.get("statementId"))


@dataclass(frozen=True)
class TemplateDetails(_Model):
    application_id: str
    semantic_version: str
    template_id: str
    template_url: str
    status: TemplateStatus
    creation_time: datetime
    expiration_time: datetime


@dataclass(frozen=True)
class ChangeSetDetails(_Model):
    application_id: str
    semantic_version: str
    change_set_id: str
    stack_id: str
