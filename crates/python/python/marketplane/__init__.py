"""marketplane: one typed facade over AWS Account Management, Marketplace Catalog and Discovery, and the Serverless
Application Repository, with an embedded local backend that behaves like the real services.

>>> import marketplane
>>> client = marketplane.Client.in_memory().as_account("123456789012")
>>> client.regions.get("af-south-1")
<RegionOptStatus.DISABLED: 'DISABLED'>
"""

from ._agreements import Agreements
from ._applications import Applications
from ._catalog import Catalog, ChangeSetFailedError
from ._discovery import Discovery
from ._client import Accounts, AsyncClient, Client, Regions
from ._marketplane import (
    AccessDeniedError,
    ConfigError,
    ConflictError,
    InternalError,
    MarketplaneError,
    NotFoundError,
    QuotaExceededError,
    ResourceInUseError,
    ThrottledError,
    TransportError,
    UnavailableError,
    UnsupportedError,
    ValidationError,
    WaitTimeoutError,
)
from ._models import (
    AccountInformation,
    AccountState,
    AlternateContact,
    Application,
    ApplicationDependency,
    ApplicationSummary,
    Capability,
    ChangeSetDetails,
    ParameterDefinition,
    PolicyStatement,
    TemplateDetails,
    TemplateStatus,
    Version,
    VersionSummary,
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
)

__all__ = [
    "AccessDeniedError",
    "AccountInformation",
    "AccountState",
    "Accounts",
    "Agreements",
    "Application",
    "ApplicationDependency",
    "ApplicationSummary",
    "Applications",
    "Capability",
    "Catalog",
    "ChangeSetFailedError",
    "ChangeSetDetails",
    "ParameterDefinition",
    "PolicyStatement",
    "TemplateDetails",
    "TemplateStatus",
    "Version",
    "VersionSummary",
    "AlternateContact",
    "AlternateContactType",
    "AlternateContacts",
    "AsyncClient",
    "Client",
    "ConfigError",
    "ConflictError",
    "Discovery",
    "ContactInformation",
    "GovCloudAccountInformation",
    "InternalError",
    "MarketplaneError",
    "NotFoundError",
    "PhoneNumberVerificationStatus",
    "PrimaryContact",
    "PrimaryEmailUpdate",
    "PrimaryEmailUpdateStatus",
    "QuotaExceededError",
    "Region",
    "RegionOptStatus",
    "Regions",
    "ResourceInUseError",
    "ThrottledError",
    "TransportError",
    "UnavailableError",
    "UnsupportedError",
    "ValidationError",
    "WaitTimeoutError",
]
