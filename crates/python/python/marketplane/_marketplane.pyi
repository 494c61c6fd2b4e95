"""Type stubs of marketplane's native module, generated from the Rust model and operation tables.

Do not edit: `scripts/python-stubs` writes this file, and the test suite fails when it is stale.
"""

import datetime
from collections.abc import AsyncIterator, Callable, Iterator
from os import PathLike
from typing import Dict, List, Literal, Union, final, overload

from typing_extensions import TypeAlias

__all__ = [
    "AcceptAgreementApprovalInput",
    "AcceptAgreementCancellationRequestInput",
    "AcceptAgreementPaymentRequestInput",
    "AcceptAgreementRequestInput",
    "AcceptPrimaryEmailUpdateInput",
    "AcceptorContact",
    "AccessDeniedError",
    "AccountInformation",
    "AccountJoinedMethod",
    "AccountState",
    "Accounts",
    "AddDeliveryOptions",
    "AddDimensions",
    "AddInstanceTypes",
    "AddRegions",
    "AddRepositories",
    "AdditionalResource",
    "Agreement",
    "AgreementEntitlement",
    "AgreementFilter",
    "AgreementRequest",
    "AgreementRequestDetail",
    "AgreementRequestStatus",
    "AgreementRequestSummary",
    "AgreementResource",
    "AgreementStatus",
    "Agreements",
    "AllowProductProcurement",
    "Allowance",
    "AlternateContact",
    "AlternateContactType",
    "AlternateContacts",
    "Application",
    "ApplicationDependency",
    "ApplicationSummary",
    "ApplicationUpdate",
    "Applications",
    "AppliedChange",
    "ApplyReport",
    "ApprovalCriteria",
    "ApprovalGroup",
    "ApprovalLevel",
    "ApprovalPartyType",
    "ApprovalPlan",
    "ApprovalPlanGroup",
    "ApprovalPlanInput",
    "ApprovalPlanLevel",
    "ApprovalProposalSummary",
    "ApprovalProposer",
    "ApprovalPurchaseOrder",
    "ApprovalResource",
    "ApprovalStatus",
    "ApprovalStrategy",
    "ApprovalSummary",
    "ApproveProductRequestInput",
    "Approver",
    "ApproverInput",
    "ApproverOutcome",
    "ApproverOutcomeStatus",
    "Assessment",
    "AssessmentTarget",
    "AssociateAudience",
    "AssociateOffers",
    "AssociateSolution",
    "AssociatedEntity",
    "AssumeRoleInput",
    "AssumeRoleOutput",
    "AssumedRoleUser",
    "AsyncAccounts",
    "AsyncAgreements",
    "AsyncApplications",
    "AsyncCatalog",
    "AsyncClient",
    "AsyncDiscovery",
    "AsyncEstate",
    "AsyncOrganizations",
    "AsyncRegions",
    "AsyncSts",
    "AuditPolicy",
    "AuditReport",
    "BatchCreateBillingAdjustmentRequestInput",
    "BatchCreateBillingAdjustmentRequestOutput",
    "BatchDescribeEntitiesInput",
    "BatchDescribeError",
    "BatchDescribeOutput",
    "BillingAdjustment",
    "BillingAdjustmentEntry",
    "BillingAdjustmentError",
    "BillingAdjustmentItem",
    "BillingAdjustmentReasonCode",
    "BillingAdjustmentStatus",
    "BuyerApproval",
    "BuyerApprovalPlan",
    "BuyerApprovalPlanInput",
    "BuyerEngagementOption",
    "CallerIdentity",
    "CancelAgreementCancellationRequestInput",
    "CancelAgreementInput",
    "CancelAgreementPaymentRequestInput",
    "CancelAgreementRequestInput",
    "CancelChangeSetInput",
    "CancellationReasonCode",
    "CancellationRequest",
    "Capability",
    "Catalog",
    "Category",
    "Change",
    "ChangeKind",
    "ChangeOutcome",
    "ChangeSetDescription",
    "ChangeSetDetails",
    "ChangeSetRef",
    "ChangeSetRequest",
    "ChangeSetStatus",
    "ChangeSetSummary",
    "ChangeSummary",
    "Charge",
    "ChargeSummary",
    "CheckStatus",
    "ChecklistUsed",
    "ChildType",
    "Client",
    "ConfigError",
    "ConfigurableContractSpec",
    "ConfigurableRateCard",
    "ConfigurableUpfrontPricingTerm",
    "ConflictError",
    "Constraints",
    "ContactInformation",
    "ContractConfiguration",
    "ContractSpec",
    "ControlAssessment",
    "ControlError",
    "ControlResult",
    "CreateAgreementRequestInput",
    "CreateApplicationVersionInput",
    "CreateBrandingSettings",
    "CreateCloudFormationChangeSetInput",
    "CreateCloudFormationTemplateInput",
    "CreateExperience",
    "CreateOffer",
    "CreateOfferSet",
    "CreateOfferUsingResaleAuthorization",
    "CreateProcurementPolicy",
    "CreateProduct",
    "CreateProductRequestInput",
    "CreateReplacementOffer",
    "CreateReplacementOfferUsingResaleAuthorization",
    "CreateResaleAuthorization",
    "CreateSolution",
    "CurrencyCode",
    "CustomerVerificationTerm",
    "DateFilter",
    "DateRange",
    "DeclineProductRequestInput",
    "DelegatedAdministrator",
    "Delegation",
    "DeleteAlternateContactInput",
    "DeleteApplicationInput",
    "DeleteResourcePolicyInput",
    "DeliveryOptionTargeting",
    "DeliveryOptionUpdate",
    "DeliveryOptionVisibility",
    "DeliveryType",
    "DenyProductProcurement",
    "DescribeAccountInput",
    "DescribeAgreementInput",
    "DescribeAssessmentInput",
    "DescribeAssessmentOutput",
    "DescribeChangeSetInput",
    "DescribeEntityInput",
    "DescribeOrganizationInput",
    "DescribePolicyInput",
    "DesiredState",
    "Dimension",
    "DimensionQuantity",
    "DimensionRef",
    "DimensionUpdate",
    "DisableRegionInput",
    "DisassociateAudience",
    "DisassociateOffers",
    "DisassociateSolution",
    "Discovery",
    "DiscoveryFilter",
    "EmailApprover",
    "EnableRegionInput",
    "EnabledServicePrincipal",
    "EndTimeBehavior",
    "EntityDescription",
    "EntityDetail",
    "EntityRef",
    "EntityRequest",
    "EntitySummary",
    "EntityTypeFilters",
    "ErrorDetail",
    "Estate",
    "EstateAccount",
    "EstatePolicy",
    "EstateUnit",
    "EstimatedCharges",
    "EstimatedTaxes",
    "ExpectedCharge",
    "FailureCode",
    "Filter",
    "Finding",
    "FixedUpfrontPricingTerm",
    "FreeTrialPricingTerm",
    "FulfillmentOptionSummary",
    "FutureRegionSupport",
    "GetAccountInformationInput",
    "GetAgreementApprovalInput",
    "GetAgreementCancellationRequestInput",
    "GetAgreementContactsInput",
    "GetAgreementContactsOutput",
    "GetAgreementEntitlementsInput",
    "GetAgreementEntitlementsOutput",
    "GetAgreementPaymentRequestInput",
    "GetAgreementRequestApprovalPlansInput",
    "GetAgreementRequestApprovalPlansOutput",
    "GetAgreementRequestInput",
    "GetAgreementRequestTermsInput",
    "GetAgreementRequestTermsOutput",
    "GetAgreementTermsInput",
    "GetAgreementTermsOutput",
    "GetAlternateContactInput",
    "GetApplicationInput",
    "GetApplicationPolicyInput",
    "GetBillingAdjustmentRequestInput",
    "GetCallerIdentityInput",
    "GetCloudFormationTemplateInput",
    "GetContactInformationInput",
    "GetGovCloudAccountInformationInput",
    "GetListingInput",
    "GetOfferInput",
    "GetOfferSetInput",
    "GetOfferTermsInput",
    "GetOfferTermsOutput",
    "GetPrimaryEmailInput",
    "GetPrimaryEmailUpdateStatusInput",
    "GetProcurementStatusInput",
    "GetProductInput",
    "GetRegionOptStatusInput",
    "GetResourcePolicyInput",
    "GovCloudAccountInformation",
    "Grant",
    "Installment",
    "Intent",
    "InternalError",
    "Inventory",
    "InvoiceBillingPeriod",
    "InvoiceLineItemGroup",
    "InvoicingEntity",
    "ItemizedCharge",
    "JsonValue",
    "LegalDocument",
    "LegalDocumentType",
    "LegalTerm",
    "ListAccountsForParentInput",
    "ListAccountsInput",
    "ListAccountsOutput",
    "ListAgreementApprovalsInput",
    "ListAgreementApprovalsOutput",
    "ListAgreementCancellationRequestsInput",
    "ListAgreementCancellationRequestsOutput",
    "ListAgreementChargesInput",
    "ListAgreementChargesOutput",
    "ListAgreementInvoiceLineItemsInput",
    "ListAgreementInvoiceLineItemsOutput",
    "ListAgreementPaymentRequestsInput",
    "ListAgreementPaymentRequestsOutput",
    "ListAgreementRequestsInput",
    "ListAgreementRequestsOutput",
    "ListApplicationDependenciesInput",
    "ListApplicationDependenciesOutput",
    "ListApplicationVersionsInput",
    "ListApplicationVersionsOutput",
    "ListApplicationsInput",
    "ListApplicationsOutput",
    "ListAssessmentsInput",
    "ListAssessmentsOutput",
    "ListAwsServiceAccessForOrganizationInput",
    "ListAwsServiceAccessForOrganizationOutput",
    "ListBillingAdjustmentRequestsInput",
    "ListBillingAdjustmentRequestsOutput",
    "ListChangeSetsInput",
    "ListChangeSetsOutput",
    "ListChildrenInput",
    "ListChildrenOutput",
    "ListDelegatedAdministratorsInput",
    "ListDelegatedAdministratorsOutput",
    "ListEntitiesInput",
    "ListEntitiesOutput",
    "ListFulfillmentOptionsInput",
    "ListFulfillmentOptionsOutput",
    "ListListingAttributesInput",
    "ListListingAttributesOutput",
    "ListOrganizationTagsInput",
    "ListOrganizationTagsOutput",
    "ListOrganizationalUnitsForParentInput",
    "ListOrganizationalUnitsForParentOutput",
    "ListParentsInput",
    "ListParentsOutput",
    "ListPoliciesForTargetInput",
    "ListPoliciesForTargetOutput",
    "ListProductRequestsInput",
    "ListPurchaseOptionsInput",
    "ListPurchaseOptionsOutput",
    "ListRegionsInput",
    "ListRegionsOutput",
    "ListRootsInput",
    "ListRootsOutput",
    "ListTagsForResourceInput",
    "ListTagsForResourceOutput",
    "Listing",
    "ListingBadge",
    "ListingFacet",
    "ListingSummary",
    "MarketplaneError",
    "NamedApprover",
    "NegativeTargeting",
    "NewApplication",
    "NonAwsMarketplaceProduct",
    "NotFoundError",
    "Offer",
    "OfferDetails",
    "OfferFilters",
    "OfferInformation",
    "OfferPricingModel",
    "OfferRef",
    "OfferSetSummary",
    "OfferSpec",
    "OfferSummary",
    "Organization",
    "OrganizationAccount",
    "OrganizationAccountStatus",
    "OrganizationAdminApprover",
    "OrganizationChild",
    "OrganizationFeatureSet",
    "OrganizationParent",
    "OrganizationalUnit",
    "Organizations",
    "OutcomeDetail",
    "OwnershipType",
    "ParameterDefinition",
    "ParameterValue",
    "ParentType",
    "Party",
    "PaymentRequest",
    "PaymentRequestApprovalStrategy",
    "PaymentRequestStatus",
    "PaymentScheduleTerm",
    "PhoneNumberVerificationStatus",
    "Plan",
    "PlanSkip",
    "PlannedChange",
    "Policy",
    "PolicyAction",
    "PolicyStatement",
    "PolicySummary",
    "PolicyType",
    "PolicyTypeStatus",
    "PolicyTypeSummary",
    "PositiveTargeting",
    "PreExistingAgreement",
    "PricingCurrencyAmount",
    "PricingModel",
    "PricingModelType",
    "PricingUnit",
    "PrimaryContact",
    "PrimaryEmailUpdate",
    "PrimaryEmailUpdateStatus",
    "ProcurementStatus",
    "Product",
    "ProductFilters",
    "ProductIds",
    "ProductInformation",
    "ProductRef",
    "ProductRequest",
    "ProductRequestStatus",
    "ProductSummary",
    "ProgressEvent",
    "PromotionalMedia",
    "ProposalSummary",
    "PurchaseIndicator",
    "PurchaseOptionBadge",
    "PurchaseOptionSummary",
    "PurchaseOrder",
    "PutAccountNameInput",
    "PutAlternateContactInput",
    "PutApplicationPolicyInput",
    "PutContactInformationInput",
    "PutResourcePolicyInput",
    "QuotaExceededError",
    "RateCardItem",
    "ReadError",
    "RecurringPaymentTerm",
    "Region",
    "RegionOptStatus",
    "Regions",
    "RejectAgreementApprovalInput",
    "RejectAgreementCancellationRequestInput",
    "RejectAgreementPaymentRequestInput",
    "RejectionInput",
    "ReleaseOffer",
    "ReleaseOfferSet",
    "ReleaseProduct",
    "ReleaseResaleAuthorization",
    "ReleaseSolution",
    "Repository",
    "RequestIntent",
    "RequestedTerm",
    "RequestedTermConfiguration",
    "ResaleLegalDocument",
    "ResaleRateCard",
    "ResaleTerm",
    "ResourceInUseError",
    "RestrictDeliveryOptions",
    "RestrictDimensions",
    "RestrictExperience",
    "RestrictInstanceTypes",
    "RestrictRegions",
    "RestrictResaleAuthorization",
    "ReviveExperience",
    "Root",
    "ScheduleItem",
    "SearchAgreementsInput",
    "SearchAgreementsOutput",
    "SearchFacetsInput",
    "SearchFacetsOutput",
    "SearchListingsInput",
    "SearchListingsOutput",
    "Selector",
    "SellerInformation",
    "SendAgreementCancellationRequestInput",
    "SendAgreementPaymentRequestInput",
    "SendPhoneNumberVerificationInput",
    "SessionCredentials",
    "Sort",
    "SortOrder",
    "StartAgreementApprovalsInput",
    "StartAssessmentInput",
    "StartChangeSetInput",
    "StartPrimaryEmailUpdateInput",
    "Sts",
    "SupportTerm",
    "Tag",
    "TagResourceInput",
    "TaxBreakdownItem",
    "TaxConfiguration",
    "TemplateDetails",
    "TemplateStatus",
    "Term",
    "ThrottledError",
    "TransportError",
    "TypedDetails",
    "UnavailableError",
    "UnshareApplicationInput",
    "UnsupportedError",
    "UntagResourceInput",
    "UpdateApplicationInput",
    "UpdateAvailability",
    "UpdateBrandingSettings",
    "UpdateBuyerEngagementOptions",
    "UpdateBuyerTargetingTerms",
    "UpdateBuyerValidityTerms",
    "UpdateCustomerVerificationTerms",
    "UpdateDeliveryOptions",
    "UpdateDeliveryOptionsVisibility",
    "UpdateDimensions",
    "UpdateExperience",
    "UpdateFutureRegionSupport",
    "UpdateLegalTerms",
    "UpdateMarkup",
    "UpdateOfferInformation",
    "UpdateOfferSetInformation",
    "UpdateOfferTargeting",
    "UpdatePaymentScheduleTerms",
    "UpdatePricingTerms",
    "UpdateProcurementPolicy",
    "UpdateProductInformation",
    "UpdateProductTargeting",
    "UpdatePurchaseOrdersInput",
    "UpdateRelatedProducts",
    "UpdateRenewalTerms",
    "UpdateResaleAuthorizationInformation",
    "UpdateResaleAvailability",
    "UpdateResaleLegalTerms",
    "UpdateResaleNetPaymentTerms",
    "UpdateResalePaymentScheduleTerms",
    "UpdateResalePricingTerms",
    "UpdateSolutionInformation",
    "UpdateSupportTerms",
    "UpdateValidityTerms",
    "UpdateVariablePaymentTerms",
    "UpdateVisibility",
    "UsageBasedPricingTerm",
    "UsageRateCard",
    "UsageSpec",
    "UseCase",
    "ValidationError",
    "ValidityTerm",
    "ValueFilter",
    "VariablePaymentTerm",
    "VariablePaymentTermConfiguration",
    "VariablePaymentsSpec",
    "VerifyPhoneNumberInput",
    "Version",
    "VersionSummary",
    "VersionUpdate",
    "WaitTimeoutError",
    "typed_change",
]

class MarketplaneError(Exception):
    """Every error the library raises: `kind` (`not_found`, `validation`, ...), the service's `code` and
    `message`, the `reason` when the service gives one, the `request_id` and `http_status` of a remote call, and
    `field_errors`, each `(field, message)`, for invalid input."""
    kind: str
    code: str
    message: str
    reason: str | None
    request_id: str | None
    http_status: int | None
    field_errors: list[tuple[str, str]]

class ValidationError(MarketplaneError):
    """The input broke a rule of the service."""

class NotFoundError(MarketplaneError):
    """The resource does not exist."""

class ConflictError(MarketplaneError):
    """The resource's state does not allow this now."""

class AccessDeniedError(MarketplaneError):
    """The caller may not do this."""

class ThrottledError(MarketplaneError):
    """Too many requests; retry later."""

class QuotaExceededError(MarketplaneError):
    """A quota or limit is reached."""

class ResourceInUseError(MarketplaneError):
    """Another operation holds the resource."""

class UnavailableError(MarketplaneError):
    """The service is unavailable right now."""

class InternalError(MarketplaneError):
    """The service or the library failed."""

class UnsupportedError(MarketplaneError):
    """The backend does not implement this."""

class TransportError(MarketplaneError):
    """The request did not reach the service."""

class ConfigError(MarketplaneError):
    """The client is not configured correctly."""

class WaitTimeoutError(MarketplaneError):
    """A waiter gave up before the wanted state."""

AccountJoinedMethod: TypeAlias = Union[Literal["INVITED"], Literal["CREATED"]]
AccountState: TypeAlias = Union[Literal["PENDING_ACTIVATION"], Literal["ACTIVE"], Literal["SUSPENDED"], Literal["CLOSED"]]
AgreementRequestStatus: TypeAlias = Union[Literal["DRAFT"], Literal["PENDING_APPROVAL"], Literal["APPROVED"], Literal["ACCEPTED"], Literal["REJECTED"], Literal["CANCELLED"]]
AgreementStatus: TypeAlias = Union[Literal["ACTIVE"], Literal["ARCHIVED"], Literal["CANCELLED"], Literal["EXPIRED"], Literal["RENEWED"], Literal["REPLACED"], Literal["ROLLED_BACK"], Literal["SUPERSEDED"], Literal["TERMINATED"]]
Allowance: TypeAlias = Union[Literal["Allowed"], Literal["Disallowed"]]
AlternateContactType: TypeAlias = Union[Literal["BILLING"], Literal["OPERATIONS"], Literal["SECURITY"]]
ApprovalPartyType: TypeAlias = Union[Literal["REQUESTER"], Literal["AWS_ORGANIZATION_ADMIN"]]
ApprovalStatus: TypeAlias = Union[Literal["PENDING_APPROVAL"], Literal["APPROVED"], Literal["REJECTED"], Literal["EXPIRED"], Literal["CANCELLED"], Literal["VALIDATION_FAILED"]]
ApprovalStrategy: TypeAlias = Union[Literal["AutoApproveOnExpiration"], Literal["AutoRejectOnExpiration"], Literal["WaitForApproval"]]
ApproverOutcomeStatus: TypeAlias = Union[Literal["QUEUED"], Literal["PENDING_APPROVAL"], Literal["APPROVED"], Literal["REJECTED"], Literal["EXPIRED"], Literal["SKIPPED"]]
BillingAdjustmentReasonCode: TypeAlias = Union[Literal["INCORRECT_TERMS_ACCEPTED"], Literal["INCORRECT_METERING"], Literal["TEST_ENVIRONMENT_CHARGES"], Literal["ALTERNATIVE_PROCUREMENT_CHANNEL"], Literal["UNINTENDED_RENEWAL"], Literal["BUYER_DISSATISFACTION"], Literal["OTHER"]]
BillingAdjustmentStatus: TypeAlias = Union[Literal["PENDING"], Literal["VALIDATION_FAILED"], Literal["COMPLETED"]]
CancellationReasonCode: TypeAlias = Union[Literal["INCORRECT_TERMS_ACCEPTED"], Literal["REPLACING_AGREEMENT"], Literal["TEST_AGREEMENT"], Literal["ALTERNATIVE_PROCUREMENT_CHANNEL"], Literal["PRODUCT_DISCONTINUED"], Literal["UNINTENDED_RENEWAL"], Literal["BUYER_DISSATISFACTION"], Literal["OTHER"]]
Capability: TypeAlias = Union[Literal["CAPABILITY_IAM"], Literal["CAPABILITY_NAMED_IAM"], Literal["CAPABILITY_AUTO_EXPAND"], Literal["CAPABILITY_RESOURCE_POLICY"]]
ChangeKind: TypeAlias = Union[Literal["PUT_ALTERNATE_CONTACT"], Literal["ENABLE_REGION"]]
ChangeOutcome: TypeAlias = Union[Literal["APPLIED"], Literal["UNCHANGED"], Literal["FAILED"], Literal["CANCELLED"]]
ChangeSetStatus: TypeAlias = Union[Literal["PREPARING"], Literal["APPLYING"], Literal["SUCCEEDED"], Literal["CANCELLED"], Literal["FAILED"]]
CheckStatus: TypeAlias = Union[Literal["PASS"], Literal["FAIL"], Literal["NOT_EVALUABLE"], Literal["NOT_APPLICABLE"]]
ChildType: TypeAlias = Union[Literal["ACCOUNT"], Literal["ORGANIZATIONAL_UNIT"]]
ControlResult: TypeAlias = Union[Literal["PASS"], Literal["FAIL"], Literal["NOT_EXECUTED"], Literal["EXEMPTION_PASS"]]
CurrencyCode: TypeAlias = Union[Literal["USD"], Literal["EUR"], Literal["GBP"], Literal["AUD"], Literal["JPY"], Literal["CAD"]]
DeliveryType: TypeAlias = Union[Literal["SAAS"], Literal["CUSTOMER_DEPLOYED"]]
FailureCode: TypeAlias = Union[Literal["CLIENT_ERROR"], Literal["SERVER_FAULT"]]
Intent: TypeAlias = Union[Literal["VALIDATE"], Literal["APPLY"]]
JsonValue: TypeAlias = Union[None, bool, int, float, str, List["JsonValue"], Dict[str, "JsonValue"]]
LegalDocumentType: TypeAlias = Union[Literal["CustomEula"], Literal["StandardEula"], Literal["CustomDsa"], Literal["StandardDsa"]]
OfferPricingModel: TypeAlias = Union[Literal["Byol"], Literal["Free"], Literal["Usage"], Literal["Contract"]]
OrganizationAccountStatus: TypeAlias = Union[Literal["ACTIVE"], Literal["SUSPENDED"], Literal["PENDING_CLOSURE"]]
OrganizationFeatureSet: TypeAlias = Union[Literal["ALL"], Literal["CONSOLIDATED_BILLING"]]
OwnershipType: TypeAlias = Union[Literal["SELF"], Literal["SHARED"]]
ParentType: TypeAlias = Union[Literal["ROOT"], Literal["ORGANIZATIONAL_UNIT"]]
PaymentRequestApprovalStrategy: TypeAlias = Union[Literal["AUTO_APPROVE_ON_EXPIRATION"], Literal["WAIT_FOR_APPROVAL"]]
PaymentRequestStatus: TypeAlias = Union[Literal["VALIDATING"], Literal["VALIDATION_FAILED"], Literal["PENDING_APPROVAL"], Literal["APPROVED"], Literal["REJECTED"], Literal["CANCELLED"]]
PhoneNumberVerificationStatus: TypeAlias = Union[Literal["PENDING"], Literal["VERIFIED"], Literal["UNVERIFIED"], Literal["NOT_SUPPORTED"]]
PolicyAction: TypeAlias = Union[Literal["GetApplication"], Literal["CreateCloudFormationChangeSet"], Literal["CreateCloudFormationTemplate"], Literal["ListApplicationVersions"], Literal["ListApplicationDependencies"], Literal["SearchApplications"], Literal["Deploy"], Literal["UnshareApplication"]]
PolicyType: TypeAlias = Union[Literal["SERVICE_CONTROL_POLICY"], Literal["RESOURCE_CONTROL_POLICY"], Literal["TAG_POLICY"], Literal["BACKUP_POLICY"], Literal["AISERVICES_OPT_OUT_POLICY"], Literal["CHATBOT_POLICY"], Literal["DECLARATIVE_POLICY_EC2"], Literal["SECURITYHUB_POLICY"]]
PolicyTypeStatus: TypeAlias = Union[Literal["ENABLED"], Literal["PENDING_ENABLE"], Literal["PENDING_DISABLE"]]
PricingModelType: TypeAlias = Union[Literal["USAGE"], Literal["CONTRACT"], Literal["BYOL"], Literal["FREE"]]
PrimaryEmailUpdateStatus: TypeAlias = Union[Literal["PENDING"], Literal["ACCEPTED"], Literal["COMPLETED"], Literal["FAILED"]]
ProductRequestStatus: TypeAlias = Union[Literal["Pending"], Literal["Approved"], Literal["Declined"]]
RegionOptStatus: TypeAlias = Union[Literal["ENABLED"], Literal["ENABLING"], Literal["DISABLING"], Literal["DISABLED"], Literal["ENABLED_BY_DEFAULT"]]
RequestIntent: TypeAlias = Union[Literal["NEW"], Literal["AMEND"], Literal["REPLACE"]]
SortOrder: TypeAlias = Union[Literal["ASCENDING"], Literal["DESCENDING"]]
TemplateStatus: TypeAlias = Union[Literal["PREPARING"], Literal["ACTIVE"], Literal["EXPIRED"]]
Term: TypeAlias = Union[UsageBasedPricingTerm, ConfigurableUpfrontPricingTerm, FixedUpfrontPricingTerm, FreeTrialPricingTerm, RecurringPaymentTerm, PaymentScheduleTerm, LegalTerm, SupportTerm, ValidityTerm, CustomerVerificationTerm, VariablePaymentTerm, Dict[str, JsonValue]]
TypedDetails: TypeAlias = Union[CreateProduct, UpdateProductInformation, AddDimensions, UpdateDimensions, UpdateProductTargeting, UpdateVisibility, ReleaseProduct, AddDeliveryOptions, AddRegions, RestrictRegions, AddInstanceTypes, UpdateFutureRegionSupport, AddRepositories, RestrictDimensions, RestrictInstanceTypes, RestrictDeliveryOptions, UpdateDeliveryOptions, UpdateDeliveryOptionsVisibility, CreateOffer, CreateReplacementOffer, CreateOfferUsingResaleAuthorization, UpdateOfferInformation, UpdateOfferTargeting, UpdateAvailability, UpdatePricingTerms, UpdateLegalTerms, UpdateSupportTerms, UpdateRenewalTerms, UpdateValidityTerms, UpdatePaymentScheduleTerms, UpdateCustomerVerificationTerms, UpdateVariablePaymentTerms, UpdateMarkup, ReleaseOffer, CreateResaleAuthorization, UpdateResaleAuthorizationInformation, UpdateResaleAvailability, UpdateResalePricingTerms, UpdateResaleLegalTerms, UpdateBuyerTargetingTerms, UpdateBuyerValidityTerms, UpdateResalePaymentScheduleTerms, UpdateResaleNetPaymentTerms, CreateReplacementOfferUsingResaleAuthorization, ReleaseResaleAuthorization, RestrictResaleAuthorization, CreateOfferSet, UpdateOfferSetInformation, AssociateOffers, DisassociateOffers, AssociateSolution, DisassociateSolution, ReleaseOfferSet, CreateSolution, UpdateSolutionInformation, UpdateRelatedProducts, UpdateBuyerEngagementOptions, ReleaseSolution, CreateExperience, UpdateExperience, RestrictExperience, ReviveExperience, AllowProductProcurement, DenyProductProcurement, AssociateAudience, DisassociateAudience, CreateProcurementPolicy, UpdateProcurementPolicy, CreateBrandingSettings, UpdateBrandingSettings]

@final
class AcceptAgreementApprovalInput:
    """`AcceptAgreementApproval`'s input."""
    def __new__(cls, *, buyer_agreement_approval_approver_input: ApproverInput) -> AcceptAgreementApprovalInput: ...
    @property
    def buyer_agreement_approval_approver_input(self) -> ApproverInput:
        """The approval and the approver's note and purchase orders."""
        ...
    @buyer_agreement_approval_approver_input.setter
    def buyer_agreement_approval_approver_input(self, value: ApproverInput) -> None: ...

@final
class AcceptAgreementCancellationRequestInput:
    """`AcceptAgreementCancellationRequest`'s input (the buyer)."""
    def __new__(cls, *, agreement_id: str, agreement_cancellation_request_id: str) -> AcceptAgreementCancellationRequestInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def agreement_cancellation_request_id(self) -> str:
        """The request (`acr-...`)."""
        ...
    @agreement_cancellation_request_id.setter
    def agreement_cancellation_request_id(self, value: str) -> None: ...

@final
class AcceptAgreementPaymentRequestInput:
    """`AcceptAgreementPaymentRequest`'s input (the buyer)."""
    def __new__(cls, *, payment_request_id: str, agreement_id: str, purchase_order_reference: str | None = ...) -> AcceptAgreementPaymentRequestInput: ...
    @property
    def payment_request_id(self) -> str:
        """The payment request (`pr-...`)."""
        ...
    @payment_request_id.setter
    def payment_request_id(self, value: str) -> None: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def purchase_order_reference(self) -> str | None:
        """The purchase order it is approved against."""
        ...
    @purchase_order_reference.setter
    def purchase_order_reference(self, value: str | None) -> None: ...

@final
class AcceptAgreementRequestInput:
    """`AcceptAgreementRequest`'s input."""
    def __new__(cls, *, agreement_request_id: str, purchase_orders: list[PurchaseOrder] = ...) -> AcceptAgreementRequestInput: ...
    @property
    def agreement_request_id(self) -> str:
        """The request (`ar-...`)."""
        ...
    @agreement_request_id.setter
    def agreement_request_id(self, value: str) -> None: ...
    @property
    def purchase_orders(self) -> list[PurchaseOrder]:
        """Purchase orders for the request's charges."""
        ...
    @purchase_orders.setter
    def purchase_orders(self, value: list[PurchaseOrder]) -> None: ...

@final
class AcceptPrimaryEmailUpdateInput:
    """`AcceptPrimaryEmailUpdate`'s input."""
    def __new__(cls, *, account_id: str, primary_email: str, otp: str) -> AcceptPrimaryEmailUpdateInput: ...
    @property
    def account_id(self) -> str:
        """The member account."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...
    @property
    def primary_email(self) -> str:
        """The new address, as given to `StartPrimaryEmailUpdate`."""
        ...
    @primary_email.setter
    def primary_email(self, value: str) -> None: ...
    @property
    def otp(self) -> str:
        """The one-time code sent to the new address."""
        ...
    @otp.setter
    def otp(self, value: str) -> None: ...

@final
class AcceptorContact:
    """The person who accepts an agreement, shared with the seller."""
    def __new__(cls, *, first_name: str, last_name: str, email_address: str, company_name: str, country_code: str) -> AcceptorContact: ...
    @property
    def first_name(self) -> str:
        """1–80 characters."""
        ...
    @first_name.setter
    def first_name(self, value: str) -> None: ...
    @property
    def last_name(self) -> str:
        """1–80 characters."""
        ...
    @last_name.setter
    def last_name(self, value: str) -> None: ...
    @property
    def email_address(self) -> str:
        """An email address (≤ 255 characters)."""
        ...
    @email_address.setter
    def email_address(self, value: str) -> None: ...
    @property
    def company_name(self) -> str:
        """1–256 characters."""
        ...
    @company_name.setter
    def company_name(self, value: str) -> None: ...
    @property
    def country_code(self) -> str:
        """Two capital letters (ISO 3166-1 alpha-2)."""
        ...
    @country_code.setter
    def country_code(self, value: str) -> None: ...

@final
class AccountInformation:
    """What `GetAccountInformation` returns."""
    def __new__(cls, *, account_id: str, account_name: str, account_created_date: datetime.datetime, account_state: AccountState) -> AccountInformation: ...
    @property
    def account_id(self) -> str:
        """The account."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...
    @property
    def account_name(self) -> str:
        """Its name."""
        ...
    @account_name.setter
    def account_name(self, value: str) -> None: ...
    @property
    def account_created_date(self) -> datetime.datetime:
        """When it was created (`timestampFormat: iso8601` in the model)."""
        ...
    @account_created_date.setter
    def account_created_date(self, value: datetime.datetime) -> None: ...
    @property
    def account_state(self) -> AccountState:
        """Its state."""
        ...
    @account_state.setter
    def account_state(self, value: AccountState) -> None: ...

@final
class AddDeliveryOptions:
    """`AddDeliveryOptions`: how an AMI or container product is delivered (kept as documents)."""
    def __new__(cls, *, version: JsonValue | None = ..., delivery_options: list[JsonValue] = ...) -> AddDeliveryOptions: ...
    @property
    def version(self) -> JsonValue | None:
        """AMI and container products: `{VersionTitle, ReleaseNotes}` of the version these options make."""
        ...
    @version.setter
    def version(self, value: JsonValue | None) -> None: ...
    @property
    def delivery_options(self) -> list[JsonValue]:
        """Delivery option documents (`{Details: {...}}`)."""
        ...
    @delivery_options.setter
    def delivery_options(self, value: list[JsonValue]) -> None: ...

@final
class AddDimensions:
    """`AddDimensions`: pricing dimensions of a product. On the wire the `DetailsDocument` is the array of dimensions
    itself (`[{"Key": ..., "Name": ..., ...}]`), not an object."""
    def __new__(cls, *, dimensions: list[Dimension] = ...) -> AddDimensions: ...
    @property
    def dimensions(self) -> list[Dimension]:
        """1–200 dimensions."""
        ...
    @dimensions.setter
    def dimensions(self, value: list[Dimension]) -> None: ...

@final
class AddInstanceTypes:
    """`AddInstanceTypes` (AMI): instance types buyers may run the product on; the product needs dimensions."""
    def __new__(cls, *, instance_types: list[str] = ...) -> AddInstanceTypes: ...
    @property
    def instance_types(self) -> list[str]:
        """1–1500 distinct instance types such as `t2.micro`."""
        ...
    @instance_types.setter
    def instance_types(self, value: list[str]) -> None: ...

@final
class AddRegions:
    """`AddRegions`: regions an AMI or container product is available in."""
    def __new__(cls, *, regions: list[str] = ...) -> AddRegions: ...
    @property
    def regions(self) -> list[str]:
        """Region codes."""
        ...
    @regions.setter
    def regions(self, value: list[str]) -> None: ...

@final
class AddRepositories:
    """`AddRepositories` (container): Amazon ECR repositories AWS Marketplace creates for the product's images."""
    def __new__(cls, *, repositories: list[Repository] = ...) -> AddRepositories: ...
    @property
    def repositories(self) -> list[Repository]:
        """1–50 repositories."""
        ...
    @repositories.setter
    def repositories(self, value: list[Repository]) -> None: ...

@final
class AdditionalResource:
    """A link shown on a product page."""
    def __new__(cls, *, text: str, url: str) -> AdditionalResource: ...
    @property
    def text(self) -> str:
        """The link text."""
        ...
    @text.setter
    def text(self, value: str) -> None: ...
    @property
    def url(self) -> str:
        """The address."""
        ...
    @url.setter
    def url(self, value: str) -> None: ...

@final
class Agreement:
    """`DescribeAgreement`'s output (and the agreements `SearchAgreements` lists)."""
    def __new__(cls, *, agreement_id: str, acceptor: Party = ..., proposer: Party = ..., start_time: datetime.datetime | None = ..., end_time: datetime.datetime | None = ..., acceptance_time: datetime.datetime | None = ..., agreement_type: str = ..., estimated_charges: EstimatedCharges | None = ..., proposal_summary: ProposalSummary = ..., status: AgreementStatus, initial_agreement_id: str | None = ..., end_time_behavior: EndTimeBehavior | None = ...) -> Agreement: ...
    @property
    def agreement_id(self) -> str:
        """The agreement's id."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def acceptor(self) -> Party:
        """The buyer."""
        ...
    @acceptor.setter
    def acceptor(self, value: Party) -> None: ...
    @property
    def proposer(self) -> Party:
        """The seller."""
        ...
    @proposer.setter
    def proposer(self, value: Party) -> None: ...
    @property
    def start_time(self) -> datetime.datetime | None:
        """When it starts (later than acceptance for a future-dated agreement)."""
        ...
    @start_time.setter
    def start_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def end_time(self) -> datetime.datetime | None:
        """When it ends."""
        ...
    @end_time.setter
    def end_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def acceptance_time(self) -> datetime.datetime | None:
        """When the buyer accepted."""
        ...
    @acceptance_time.setter
    def acceptance_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def agreement_type(self) -> str:
        """`PurchaseAgreement`."""
        ...
    @agreement_type.setter
    def agreement_type(self, value: str) -> None: ...
    @property
    def estimated_charges(self) -> EstimatedCharges | None:
        """Its value."""
        ...
    @estimated_charges.setter
    def estimated_charges(self, value: EstimatedCharges | None) -> None: ...
    @property
    def proposal_summary(self) -> ProposalSummary:
        """The offer and products."""
        ...
    @proposal_summary.setter
    def proposal_summary(self, value: ProposalSummary) -> None: ...
    @property
    def status(self) -> AgreementStatus:
        """Where it stands."""
        ...
    @status.setter
    def status(self, value: AgreementStatus) -> None: ...
    @property
    def initial_agreement_id(self) -> str | None:
        """The first agreement of an amended or replaced line."""
        ...
    @initial_agreement_id.setter
    def initial_agreement_id(self, value: str | None) -> None: ...
    @property
    def end_time_behavior(self) -> EndTimeBehavior | None:
        """What happens at the end."""
        ...
    @end_time_behavior.setter
    def end_time_behavior(self, value: EndTimeBehavior | None) -> None: ...

@final
class AgreementEntitlement:
    """An entitlement an agreement grants."""
    def __new__(cls, *, resource: AgreementResource = ..., entitlement_type: str = ..., status: str, status_reason_code: str | None = ...) -> AgreementEntitlement: ...
    @property
    def resource(self) -> AgreementResource:
        """The product."""
        ...
    @resource.setter
    def resource(self, value: AgreementResource) -> None: ...
    @property
    def entitlement_type(self) -> str:
        """The kind (`Dimension:<key>` here)."""
        ...
    @entitlement_type.setter
    def entitlement_type(self, value: str) -> None: ...
    @property
    def status(self) -> str:
        """PROVISIONED, SCHEDULED, PENDING, FAILED or DEPROVISIONED."""
        ...
    @status.setter
    def status(self, value: str) -> None: ...
    @property
    def status_reason_code(self) -> str | None:
        """Why (FUTURE_START_DATE, AGREEMENT_INACTIVE, ...)."""
        ...
    @status_reason_code.setter
    def status_reason_code(self, value: str | None) -> None: ...

@final
class AgreementFilter:
    """A `SearchAgreements` filter: `PartyType` (Proposer, Acceptor), `AgreementType`, `Status`, `OfferId`,
    `ResourceIdentifier`, `BeforeEndTime`, `AfterEndTime` (epoch seconds)."""
    def __new__(cls, *, name: str, values: list[str] = ...) -> AgreementFilter: ...
    @property
    def name(self) -> str:
        """The filter."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def values(self) -> list[str]:
        """Exactly one value."""
        ...
    @values.setter
    def values(self, value: list[str]) -> None: ...

@final
class AgreementRequest:
    """An agreement request: a quote the buyer accepts."""
    def __new__(cls, *, agreement_request_id: str, agreement_type: str, charge_summary: ChargeSummary, status: AgreementRequestStatus, approval_requirement: str, created_at: datetime.datetime | None = ...) -> AgreementRequest: ...
    @property
    def agreement_request_id(self) -> str:
        """`ar-...`."""
        ...
    @agreement_request_id.setter
    def agreement_request_id(self, value: str) -> None: ...
    @property
    def agreement_type(self) -> str:
        """`PurchaseAgreement`."""
        ...
    @agreement_type.setter
    def agreement_type(self, value: str) -> None: ...
    @property
    def charge_summary(self) -> ChargeSummary:
        """The charges."""
        ...
    @charge_summary.setter
    def charge_summary(self, value: ChargeSummary) -> None: ...
    @property
    def status(self) -> AgreementRequestStatus:
        """Where it stands."""
        ...
    @status.setter
    def status(self, value: AgreementRequestStatus) -> None: ...
    @property
    def approval_requirement(self) -> str:
        """REQUIRED or NOT_REQUIRED."""
        ...
    @approval_requirement.setter
    def approval_requirement(self, value: str) -> None: ...
    @property
    def created_at(self) -> datetime.datetime | None:
        """When it was made."""
        ...
    @created_at.setter
    def created_at(self, value: datetime.datetime | None) -> None: ...

@final
class AgreementRequestDetail:
    """`GetAgreementRequest`'s output: the request with its intent, proposer, proposal and (once accepted) agreement."""
    def __new__(cls, *, agreement_request_id: str, agreement_type: str, charge_summary: ChargeSummary, status: AgreementRequestStatus, approval_requirement: str, created_at: datetime.datetime | None = ..., intent: RequestIntent | None = ..., agreement_id: str | None = ..., proposer: Party | None = ..., proposal_summary: ProposalSummary | None = ...) -> AgreementRequestDetail: ...
    @property
    def request(self) -> AgreementRequest:
        """The request and its charges."""
        ...
    @request.setter
    def request(self, value: AgreementRequest) -> None: ...
    @property
    def intent(self) -> RequestIntent | None:
        """NEW, AMEND or REPLACE."""
        ...
    @intent.setter
    def intent(self, value: RequestIntent | None) -> None: ...
    @property
    def agreement_id(self) -> str | None:
        """The agreement it made, once accepted."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str | None) -> None: ...
    @property
    def proposer(self) -> Party | None:
        """The seller."""
        ...
    @proposer.setter
    def proposer(self, value: Party | None) -> None: ...
    @property
    def proposal_summary(self) -> ProposalSummary | None:
        """The offer and its product."""
        ...
    @proposal_summary.setter
    def proposal_summary(self, value: ProposalSummary | None) -> None: ...

@final
class AgreementRequestSummary:
    """A request in `ListAgreementRequests`."""
    def __new__(cls, *, agreement_request_id: str | None = ..., agreement_type: str | None = ..., status: AgreementRequestStatus | None = ..., agreement_id: str | None = ..., proposal_summary: ProposalSummary | None = ...) -> AgreementRequestSummary: ...
    @property
    def agreement_request_id(self) -> str | None:
        """The request (`ar-...`)."""
        ...
    @agreement_request_id.setter
    def agreement_request_id(self, value: str | None) -> None: ...
    @property
    def agreement_type(self) -> str | None:
        """`PurchaseAgreement`."""
        ...
    @agreement_type.setter
    def agreement_type(self, value: str | None) -> None: ...
    @property
    def status(self) -> AgreementRequestStatus | None:
        """Where it stands."""
        ...
    @status.setter
    def status(self, value: AgreementRequestStatus | None) -> None: ...
    @property
    def agreement_id(self) -> str | None:
        """The agreement it made, once accepted."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str | None) -> None: ...
    @property
    def proposal_summary(self) -> ProposalSummary | None:
        """The offer and its product."""
        ...
    @proposal_summary.setter
    def proposal_summary(self, value: ProposalSummary | None) -> None: ...

@final
class AgreementResource:
    """A product or other resource an agreement covers."""
    def __new__(cls, *, id: str | None = ..., resource_type: str | None = ...) -> AgreementResource: ...
    @property
    def id(self) -> str | None:
        """Its id."""
        ...
    @id.setter
    def id(self, value: str | None) -> None: ...
    @property
    def resource_type(self) -> str | None:
        """Its type (`SaaSProduct`, ...)."""
        ...
    @resource_type.setter
    def resource_type(self, value: str | None) -> None: ...

@final
class AllowProductProcurement:
    """`AllowProductProcurement`: approve products in an experience."""
    def __new__(cls, *, products: list[ProductIds] = ...) -> AllowProductProcurement: ...
    @property
    def products(self) -> list[ProductIds]:
        """The products."""
        ...
    @products.setter
    def products(self, value: list[ProductIds]) -> None: ...

@final
class AlternateContact:
    """An alternate contact (billing, operations or security)."""
    def __new__(cls, *, alternate_contact_type: AlternateContactType, name: str, title: str, email_address: str, phone_number: str) -> AlternateContact: ...
    @property
    def alternate_contact_type(self) -> AlternateContactType:
        """Which contact this is."""
        ...
    @alternate_contact_type.setter
    def alternate_contact_type(self, value: AlternateContactType) -> None: ...
    @property
    def name(self) -> str:
        """Name, 1 to 64 characters."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def title(self) -> str:
        """Title, 1 to 50 characters."""
        ...
    @title.setter
    def title(self, value: str) -> None: ...
    @property
    def email_address(self) -> str:
        """Email address, 1 to 254 characters."""
        ...
    @email_address.setter
    def email_address(self, value: str) -> None: ...
    @property
    def phone_number(self) -> str:
        """Phone number, 1 to 25 characters of digits, spaces and `()+-`."""
        ...
    @phone_number.setter
    def phone_number(self, value: str) -> None: ...

@final
class AlternateContacts:
    """The three alternate contacts of an account (`None` where one is not set)."""
    @property
    def billing(self) -> AlternateContact | None:
        """The billing contact."""
    @property
    def operations(self) -> AlternateContact | None:
        """The operations contact."""
    @property
    def security(self) -> AlternateContact | None:
        """The security contact."""
    def get(self, contact_type: AlternateContactType) -> AlternateContact | None:
        """The contact of `contact_type`, if set."""
    def missing(self) -> list[AlternateContactType]:
        """The types that are not set, in the service's order."""

@final
class Application:
    """An application, with the version asked for (or the latest)."""
    def __new__(cls, *, application_id: str, name: str, description: str, author: str, spdx_license_id: str | None = ..., license_url: str | None = ..., readme_url: str | None = ..., labels: list[str] = ..., home_page_url: str | None = ..., is_verified_author: bool = ..., creation_time: datetime.datetime, version: Version | None = ...) -> Application: ...
    @property
    def application_id(self) -> str:
        """Its ARN: `arn:aws:serverlessrepo:{region}:{owner}:applications/{name}`."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def name(self) -> str:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def description(self) -> str:
        """Its description."""
        ...
    @description.setter
    def description(self, value: str) -> None: ...
    @property
    def author(self) -> str:
        """Its author."""
        ...
    @author.setter
    def author(self, value: str) -> None: ...
    @property
    def spdx_license_id(self) -> str | None:
        """Its SPDX license id."""
        ...
    @spdx_license_id.setter
    def spdx_license_id(self, value: str | None) -> None: ...
    @property
    def license_url(self) -> str | None:
        """Where its license is."""
        ...
    @license_url.setter
    def license_url(self, value: str | None) -> None: ...
    @property
    def readme_url(self) -> str | None:
        """Where its readme is."""
        ...
    @readme_url.setter
    def readme_url(self, value: str | None) -> None: ...
    @property
    def labels(self) -> list[str]:
        """Its labels."""
        ...
    @labels.setter
    def labels(self, value: list[str]) -> None: ...
    @property
    def home_page_url(self) -> str | None:
        """Its home page."""
        ...
    @home_page_url.setter
    def home_page_url(self, value: str | None) -> None: ...
    @property
    def is_verified_author(self) -> bool:
        """Whether the author is verified."""
        ...
    @is_verified_author.setter
    def is_verified_author(self, value: bool) -> None: ...
    @property
    def creation_time(self) -> datetime.datetime:
        """When it was created."""
        ...
    @creation_time.setter
    def creation_time(self, value: datetime.datetime) -> None: ...
    @property
    def version(self) -> Version | None:
        """The version asked for, or the latest; none before the first version."""
        ...
    @version.setter
    def version(self, value: Version | None) -> None: ...

@final
class ApplicationDependency:
    """A nested application a template deploys (`AWS::Serverless::Application` with a repository location)."""
    def __new__(cls, *, application_id: str, semantic_version: str) -> ApplicationDependency: ...
    @property
    def application_id(self) -> str:
        """The nested application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def semantic_version(self) -> str:
        """Its version."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str) -> None: ...

@final
class ApplicationSummary:
    """An application in a list."""
    def __new__(cls, *, application_id: str, name: str, description: str, author: str, spdx_license_id: str | None = ..., labels: list[str] = ..., home_page_url: str | None = ..., creation_time: datetime.datetime) -> ApplicationSummary: ...
    @property
    def application_id(self) -> str:
        """Its ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def name(self) -> str:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def description(self) -> str:
        """Its description."""
        ...
    @description.setter
    def description(self, value: str) -> None: ...
    @property
    def author(self) -> str:
        """Its author."""
        ...
    @author.setter
    def author(self, value: str) -> None: ...
    @property
    def spdx_license_id(self) -> str | None:
        """Its SPDX license id."""
        ...
    @spdx_license_id.setter
    def spdx_license_id(self, value: str | None) -> None: ...
    @property
    def labels(self) -> list[str]:
        """Its labels."""
        ...
    @labels.setter
    def labels(self, value: list[str]) -> None: ...
    @property
    def home_page_url(self) -> str | None:
        """Its home page."""
        ...
    @home_page_url.setter
    def home_page_url(self, value: str | None) -> None: ...
    @property
    def creation_time(self) -> datetime.datetime:
        """When it was created."""
        ...
    @creation_time.setter
    def creation_time(self, value: datetime.datetime) -> None: ...

@final
class ApplicationUpdate:
    """The fields `UpdateApplication` can change; `None` leaves a field as it is."""
    def __new__(cls, *, description: str | None = ..., author: str | None = ..., readme_body: str | None = ..., readme_url: str | None = ..., labels: list[str] | None = ..., home_page_url: str | None = ...) -> ApplicationUpdate: ...
    @property
    def description(self) -> str | None:
        """New description."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def author(self) -> str | None:
        """New author."""
        ...
    @author.setter
    def author(self, value: str | None) -> None: ...
    @property
    def readme_body(self) -> str | None:
        """New readme text."""
        ...
    @readme_body.setter
    def readme_body(self, value: str | None) -> None: ...
    @property
    def readme_url(self) -> str | None:
        """New readme link."""
        ...
    @readme_url.setter
    def readme_url(self, value: str | None) -> None: ...
    @property
    def labels(self) -> list[str] | None:
        """New labels."""
        ...
    @labels.setter
    def labels(self, value: list[str] | None) -> None: ...
    @property
    def home_page_url(self) -> str | None:
        """New home page."""
        ...
    @home_page_url.setter
    def home_page_url(self, value: str | None) -> None: ...

@final
class AppliedChange:
    """How one change ended."""
    def __new__(cls, *, change: PlannedChange, outcome: ChangeOutcome, detail: str) -> AppliedChange: ...
    @property
    def change(self) -> PlannedChange:
        """The change."""
        ...
    @change.setter
    def change(self, value: PlannedChange) -> None: ...
    @property
    def outcome(self) -> ChangeOutcome:
        """How it ended."""
        ...
    @outcome.setter
    def outcome(self, value: ChangeOutcome) -> None: ...
    @property
    def detail(self) -> str:
        """The error or final state."""
        ...
    @detail.setter
    def detail(self, value: str) -> None: ...

@final
class ApplyReport:
    """The outcome of applying a plan."""
    def __new__(cls, *, results: list[AppliedChange] = ...) -> ApplyReport: ...
    @property
    def results(self) -> list[AppliedChange]:
        """Every change with its outcome."""
        ...
    @results.setter
    def results(self, value: list[AppliedChange]) -> None: ...

@final
class ApprovalCriteria:
    """How many approvers of a group must approve."""
    def __new__(cls, *, required_approval_count: int) -> ApprovalCriteria: ...
    @property
    def required_approval_count(self) -> int:
        """The count."""
        ...
    @required_approval_count.setter
    def required_approval_count(self, value: int) -> None: ...

@final
class ApprovalGroup:
    """A group of an approval in progress."""
    def __new__(cls, *, approval_criteria: ApprovalCriteria, approvers: list[ApproverOutcome] = ...) -> ApprovalGroup: ...
    @property
    def approval_criteria(self) -> ApprovalCriteria:
        """How many must approve."""
        ...
    @approval_criteria.setter
    def approval_criteria(self, value: ApprovalCriteria) -> None: ...
    @property
    def approvers(self) -> list[ApproverOutcome]:
        """Each approver's answer."""
        ...
    @approvers.setter
    def approvers(self, value: list[ApproverOutcome]) -> None: ...

@final
class ApprovalLevel:
    """A level of an approval in progress."""
    def __new__(cls, *, name: str | None = ..., groups: list[ApprovalGroup] = ...) -> ApprovalLevel: ...
    @property
    def name(self) -> str | None:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def groups(self) -> list[ApprovalGroup]:
        """Exactly one group."""
        ...
    @groups.setter
    def groups(self, value: list[ApprovalGroup]) -> None: ...

@final
class ApprovalPlan:
    """An approval plan (`AgreementApprovalPlan`, a union with one member)."""
    def __new__(cls, *, buyer_agreement_approval_plan: BuyerApprovalPlan | None = ...) -> ApprovalPlan: ...
    @property
    def buyer_agreement_approval_plan(self) -> BuyerApprovalPlan | None:
        """A buyer approval plan."""
        ...
    @buyer_agreement_approval_plan.setter
    def buyer_agreement_approval_plan(self, value: BuyerApprovalPlan | None) -> None: ...

@final
class ApprovalPlanGroup:
    """A group of approvers in a plan level."""
    def __new__(cls, *, approval_criteria: ApprovalCriteria, approvers: list[Approver] = ...) -> ApprovalPlanGroup: ...
    @property
    def approval_criteria(self) -> ApprovalCriteria:
        """How many must approve."""
        ...
    @approval_criteria.setter
    def approval_criteria(self, value: ApprovalCriteria) -> None: ...
    @property
    def approvers(self) -> list[Approver]:
        """1–10 approvers."""
        ...
    @approvers.setter
    def approvers(self, value: list[Approver]) -> None: ...

@final
class ApprovalPlanInput:
    """One plan to start (`AgreementApprovalPlanInput`, a union with one member)."""
    def __new__(cls, *, buyer_agreement_approval_plan_input: BuyerApprovalPlanInput | None = ...) -> ApprovalPlanInput: ...
    @property
    def buyer_agreement_approval_plan_input(self) -> BuyerApprovalPlanInput | None:
        """A buyer approval plan."""
        ...
    @buyer_agreement_approval_plan_input.setter
    def buyer_agreement_approval_plan_input(self, value: BuyerApprovalPlanInput | None) -> None: ...

@final
class ApprovalPlanLevel:
    """A level of an approval plan (levels approve one after the other)."""
    def __new__(cls, *, name: str | None = ..., groups: list[ApprovalPlanGroup] = ...) -> ApprovalPlanLevel: ...
    @property
    def name(self) -> str | None:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def groups(self) -> list[ApprovalPlanGroup]:
        """Exactly one group."""
        ...
    @groups.setter
    def groups(self, value: list[ApprovalPlanGroup]) -> None: ...

@final
class ApprovalProposalSummary:
    """What an approval is for."""
    def __new__(cls, *, offer_id: str, offer_set_id: str | None = ..., resources: list[ApprovalResource] = ..., visibility_scope: str = ...) -> ApprovalProposalSummary: ...
    @property
    def offer_id(self) -> str:
        """The offer."""
        ...
    @offer_id.setter
    def offer_id(self, value: str) -> None: ...
    @property
    def offer_set_id(self) -> str | None:
        """The offer set, when the offer is in one."""
        ...
    @offer_set_id.setter
    def offer_set_id(self, value: str | None) -> None: ...
    @property
    def resources(self) -> list[ApprovalResource]:
        """Its products."""
        ...
    @resources.setter
    def resources(self, value: list[ApprovalResource]) -> None: ...
    @property
    def visibility_scope(self) -> str:
        """PUBLIC or PRIVATE."""
        ...
    @visibility_scope.setter
    def visibility_scope(self, value: str) -> None: ...

@final
class ApprovalProposer:
    """The seller, as an approval shows it."""
    def __new__(cls, *, account_id: str, legal_name: str = ...) -> ApprovalProposer: ...
    @property
    def account_id(self) -> str:
        """The seller's account."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...
    @property
    def legal_name(self) -> str:
        """The seller's legal name."""
        ...
    @legal_name.setter
    def legal_name(self, value: str) -> None: ...

@final
class ApprovalPurchaseOrder:
    """A purchase order an approval carries for one charge."""
    def __new__(cls, *, charge_id: str, purchase_order_reference: str | None = ...) -> ApprovalPurchaseOrder: ...
    @property
    def charge_id(self) -> str:
        """The charge (`ch-...`)."""
        ...
    @charge_id.setter
    def charge_id(self, value: str) -> None: ...
    @property
    def purchase_order_reference(self) -> str | None:
        """The purchase order."""
        ...
    @purchase_order_reference.setter
    def purchase_order_reference(self, value: str | None) -> None: ...

@final
class ApprovalResource:
    """A product an approval covers."""
    def __new__(cls, *, id: str, resource_type: str, name: str = ..., deployed_on_aws: str | None = ...) -> ApprovalResource: ...
    @property
    def id(self) -> str:
        """Its id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def resource_type(self) -> str:
        """Its type (`SaaSProduct`, ...)."""
        ...
    @resource_type.setter
    def resource_type(self, value: str) -> None: ...
    @property
    def name(self) -> str:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def deployed_on_aws(self) -> str | None:
        """Whether it is deployed on AWS."""
        ...
    @deployed_on_aws.setter
    def deployed_on_aws(self, value: str | None) -> None: ...

@final
class ApprovalSummary:
    """An approval of an agreement request by the organization's administrators."""
    def __new__(cls, *, approval_type: str, agreement_request_id: str, agreement_approval_id: str, name: str, status: ApprovalStatus, created_at: datetime.datetime | None = ..., updated_at: datetime.datetime | None = ..., approval_needed_by: datetime.datetime | None = ..., started_at: datetime.datetime | None = ..., expires_at: datetime.datetime | None = ...) -> ApprovalSummary: ...
    @property
    def approval_type(self) -> str:
        """`BUYER_AGREEMENT_APPROVAL`."""
        ...
    @approval_type.setter
    def approval_type(self, value: str) -> None: ...
    @property
    def agreement_request_id(self) -> str:
        """The request."""
        ...
    @agreement_request_id.setter
    def agreement_request_id(self, value: str) -> None: ...
    @property
    def agreement_approval_id(self) -> str:
        """`apr-...`."""
        ...
    @agreement_approval_id.setter
    def agreement_approval_id(self, value: str) -> None: ...
    @property
    def name(self) -> str:
        """A name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def status(self) -> ApprovalStatus:
        """Where it stands."""
        ...
    @status.setter
    def status(self, value: ApprovalStatus) -> None: ...
    @property
    def created_at(self) -> datetime.datetime | None:
        """When it was made."""
        ...
    @created_at.setter
    def created_at(self, value: datetime.datetime | None) -> None: ...
    @property
    def updated_at(self) -> datetime.datetime | None:
        """When it last changed."""
        ...
    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None: ...
    @property
    def approval_needed_by(self) -> datetime.datetime | None:
        """When it expires unanswered."""
        ...
    @approval_needed_by.setter
    def approval_needed_by(self, value: datetime.datetime | None) -> None: ...
    @property
    def started_at(self) -> datetime.datetime | None:
        """When the approvers were asked."""
        ...
    @started_at.setter
    def started_at(self, value: datetime.datetime | None) -> None: ...
    @property
    def expires_at(self) -> datetime.datetime | None:
        """When it expires."""
        ...
    @expires_at.setter
    def expires_at(self, value: datetime.datetime | None) -> None: ...

@final
class ApproveProductRequestInput:
    """`ApproveProductRequest`'s input."""
    def __new__(cls, *, request_id: str) -> ApproveProductRequestInput: ...
    @property
    def request_id(self) -> str:
        """The request."""
        ...
    @request_id.setter
    def request_id(self, value: str) -> None: ...

@final
class Approver:
    """Who approves (`Approver`, a union with one member)."""
    def __new__(cls, *, email_approver: EmailApprover | None = ..., procurement_tool_approver: NamedApprover | None = ..., aws_organization_admin_approver: OrganizationAdminApprover | None = ...) -> Approver: ...
    @property
    def email_approver(self) -> EmailApprover | None:
        """A person, by email."""
        ...
    @email_approver.setter
    def email_approver(self, value: EmailApprover | None) -> None: ...
    @property
    def procurement_tool_approver(self) -> NamedApprover | None:
        """A procurement system."""
        ...
    @procurement_tool_approver.setter
    def procurement_tool_approver(self, value: NamedApprover | None) -> None: ...
    @property
    def aws_organization_admin_approver(self) -> OrganizationAdminApprover | None:
        """The organization's administrators."""
        ...
    @aws_organization_admin_approver.setter
    def aws_organization_admin_approver(self, value: OrganizationAdminApprover | None) -> None: ...

@final
class ApproverInput:
    """An administrator's approval (`BuyerAgreementApprovalApproverInput`)."""
    def __new__(cls, *, agreement_approval_id: str, note: str | None = ..., purchase_orders: list[ApprovalPurchaseOrder] = ..., approver_outcome_id_to_override: str | None = ...) -> ApproverInput: ...
    @property
    def agreement_approval_id(self) -> str:
        """The approval (`apr-...`)."""
        ...
    @agreement_approval_id.setter
    def agreement_approval_id(self, value: str) -> None: ...
    @property
    def note(self) -> str | None:
        """A note (1–1000 characters)."""
        ...
    @note.setter
    def note(self, value: str | None) -> None: ...
    @property
    def purchase_orders(self) -> list[ApprovalPurchaseOrder]:
        """Purchase orders for the request's charges."""
        ...
    @purchase_orders.setter
    def purchase_orders(self, value: list[ApprovalPurchaseOrder]) -> None: ...
    @property
    def approver_outcome_id_to_override(self) -> str | None:
        """Answer for this approver outcome instead of the caller's own (`aprout-...`)."""
        ...
    @approver_outcome_id_to_override.setter
    def approver_outcome_id_to_override(self, value: str | None) -> None: ...

@final
class ApproverOutcome:
    """One approver's answer (`ApproverOutcome`: the approver's kind, its status and note)."""
    def __new__(cls, *, aws_organization_approver_outcome: OutcomeDetail | None = ..., email_approver_outcome: OutcomeDetail | None = ..., procurement_tool_approver_outcome: OutcomeDetail | None = ...) -> ApproverOutcome: ...
    @property
    def aws_organization_approver_outcome(self) -> OutcomeDetail | None:
        """The organization's administrators."""
        ...
    @aws_organization_approver_outcome.setter
    def aws_organization_approver_outcome(self, value: OutcomeDetail | None) -> None: ...
    @property
    def email_approver_outcome(self) -> OutcomeDetail | None:
        """A person, by email."""
        ...
    @email_approver_outcome.setter
    def email_approver_outcome(self, value: OutcomeDetail | None) -> None: ...
    @property
    def procurement_tool_approver_outcome(self) -> OutcomeDetail | None:
        """A procurement system."""
        ...
    @procurement_tool_approver_outcome.setter
    def procurement_tool_approver_outcome(self, value: OutcomeDetail | None) -> None: ...

@final
class Assessment:
    """An assessment, as `DescribeAssessment` and `ListAssessments` show it."""
    def __new__(cls, *, assessment_arn: str, assessment_id: str, framework_id: str, assessment_target_summary: AssessmentTarget = ..., assessment_result: str | None = ..., created_at: str, expires_at: str | None = ..., control_assessments: list[ControlAssessment] = ..., framework_summary: JsonValue | None = ...) -> Assessment: ...
    @property
    def assessment_arn(self) -> str:
        """The ARN."""
        ...
    @assessment_arn.setter
    def assessment_arn(self, value: str) -> None: ...
    @property
    def assessment_id(self) -> str:
        """The id (`assessment-...`)."""
        ...
    @assessment_id.setter
    def assessment_id(self, value: str) -> None: ...
    @property
    def framework_id(self) -> str:
        """The framework."""
        ...
    @framework_id.setter
    def framework_id(self, value: str) -> None: ...
    @property
    def assessment_target_summary(self) -> AssessmentTarget:
        """What was assessed."""
        ...
    @assessment_target_summary.setter
    def assessment_target_summary(self, value: AssessmentTarget) -> None: ...
    @property
    def assessment_result(self) -> str | None:
        """Overall PASS or FAIL."""
        ...
    @assessment_result.setter
    def assessment_result(self, value: str | None) -> None: ...
    @property
    def created_at(self) -> str:
        """When it was made."""
        ...
    @created_at.setter
    def created_at(self, value: str) -> None: ...
    @property
    def expires_at(self) -> str | None:
        """When it expires."""
        ...
    @expires_at.setter
    def expires_at(self, value: str | None) -> None: ...
    @property
    def control_assessments(self) -> list[ControlAssessment]:
        """Each control (only in `DescribeAssessment`)."""
        ...
    @control_assessments.setter
    def control_assessments(self, value: list[ControlAssessment]) -> None: ...
    @property
    def framework_summary(self) -> JsonValue | None:
        """A summary per framework kind, such as `{"ListingQualitySummary": {"Tier": "BASIC"}}`."""
        ...
    @framework_summary.setter
    def framework_summary(self, value: JsonValue | None) -> None: ...

@final
class AssessmentTarget:
    """What an assessment looked at."""
    def __new__(cls, *, entity_id: str | None = ..., change_set_id: str | None = ...) -> AssessmentTarget: ...
    @property
    def entity_id(self) -> str | None:
        """The entity."""
        ...
    @entity_id.setter
    def entity_id(self, value: str | None) -> None: ...
    @property
    def change_set_id(self) -> str | None:
        """The change set."""
        ...
    @change_set_id.setter
    def change_set_id(self, value: str | None) -> None: ...

@final
class AssociateAudience:
    """`AssociateAudience`: govern accounts, OUs or the organization with an experience."""
    def __new__(cls, *, principals: list[str] = ...) -> AssociateAudience: ...
    @property
    def principals(self) -> list[str]:
        """Account ids or Organizations ARNs."""
        ...
    @principals.setter
    def principals(self, value: list[str]) -> None: ...

@final
class AssociateOffers:
    """`AssociateOffers`: put offers into a Draft offer set (`{"Offers": [{"OfferId": ...}]}`); the offers must have
    been created for this set (`CreateOffer`'s `OfferSetId`) or for none."""
    def __new__(cls, *, offers: list[OfferRef] = ...) -> AssociateOffers: ...
    @property
    def offers(self) -> list[OfferRef]:
        """1–7 offers."""
        ...
    @offers.setter
    def offers(self, value: list[OfferRef]) -> None: ...

@final
class AssociateSolution:
    """`AssociateSolution`: tie the offer set to a solution (one at a time)."""
    def __new__(cls, *, solution_id: str) -> AssociateSolution: ...
    @property
    def solution_id(self) -> str:
        """`soln-...`, up to 50 characters."""
        ...
    @solution_id.setter
    def solution_id(self, value: str) -> None: ...

@final
class AssociatedEntity:
    """The entities a listing, offer or purchase option refers to."""
    def __new__(cls, *, product: ProductInformation | None = ..., offer: OfferInformation | None = ..., offer_set: JsonValue | None = ...) -> AssociatedEntity: ...
    @property
    def product(self) -> ProductInformation | None:
        """The product."""
        ...
    @product.setter
    def product(self, value: ProductInformation | None) -> None: ...
    @property
    def offer(self) -> OfferInformation | None:
        """The offer."""
        ...
    @offer.setter
    def offer(self, value: OfferInformation | None) -> None: ...
    @property
    def offer_set(self) -> JsonValue | None:
        """The offer set."""
        ...
    @offer_set.setter
    def offer_set(self, value: JsonValue | None) -> None: ...

@final
class AssumeRoleInput:
    """`AssumeRole`'s input: the members this library sends (session policies, tags and MFA are not modelled)."""
    def __new__(cls, *, role_arn: str, role_session_name: str, duration_seconds: int | None = ..., external_id: str | None = ...) -> AssumeRoleInput: ...
    @property
    def role_arn(self) -> str:
        """The role (`arn:aws:iam::<account>:role/<name>`)."""
        ...
    @role_arn.setter
    def role_arn(self, value: str) -> None: ...
    @property
    def role_session_name(self) -> str:
        """The session's name, 2 to 64 characters of `[\\w+=,.@-]`."""
        ...
    @role_session_name.setter
    def role_session_name(self, value: str) -> None: ...
    @property
    def duration_seconds(self) -> int | None:
        """How long the credentials last, 900 to 43200 seconds (default 3600)."""
        ...
    @duration_seconds.setter
    def duration_seconds(self, value: int | None) -> None: ...
    @property
    def external_id(self) -> str | None:
        """The external id the role's trust policy may require."""
        ...
    @external_id.setter
    def external_id(self, value: str | None) -> None: ...

@final
class AssumeRoleOutput:
    """`AssumeRole`'s answer."""
    def __new__(cls, *, credentials: SessionCredentials, assumed_role_user: AssumedRoleUser) -> AssumeRoleOutput: ...
    @property
    def credentials(self) -> SessionCredentials:
        """The temporary credentials."""
        ...
    @credentials.setter
    def credentials(self, value: SessionCredentials) -> None: ...
    @property
    def assumed_role_user(self) -> AssumedRoleUser:
        """Who they act as."""
        ...
    @assumed_role_user.setter
    def assumed_role_user(self, value: AssumedRoleUser) -> None: ...

@final
class AssumedRoleUser:
    """The assumed role's session."""
    def __new__(cls, *, assumed_role_id: str, arn: str) -> AssumedRoleUser: ...
    @property
    def assumed_role_id(self) -> str:
        """`AROA...:<session name>`."""
        ...
    @assumed_role_id.setter
    def assumed_role_id(self, value: str) -> None: ...
    @property
    def arn(self) -> str:
        """`arn:aws:sts::<account>:assumed-role/<role>/<session name>`."""
        ...
    @arn.setter
    def arn(self, value: str) -> None: ...

@final
class AuditPolicy:
    """What an audit checks against: the registries and conventions the APIs cannot know (Part C.2 `EstatePolicy`)."""
    def __new__(cls, *, distribution_lists: list[str] = ..., owned_phone_numbers: list[str] = ..., personal_phone_numbers: list[str] = ..., include_root_email: bool = ..., customer_tag: str | None = ..., customer_unit_prefix: str | None = ..., production_tag: str | None = ..., offboarded_accounts: list[str] = ..., partner_email_domains: list[str] = ..., service_principals: list[str] = ..., retail_marketplace_listing: bool | None = ..., retail_delivery_type: DeliveryType | None = ..., retail_customer_count: int | None = ..., marketplace: bool = ..., serverless_applications: bool = ..., as_of: str | None = ...) -> AuditPolicy: ...
    @property
    def distribution_lists(self) -> list[str]:
        """The distribution-list registry: addresses (`ops@example.com`) or whole domains (`@lists.example.com`) that
        are lists. Empty: CHK-CONTACT-DL is not evaluable."""
        ...
    @distribution_lists.setter
    def distribution_lists(self, value: list[str]) -> None: ...
    @property
    def owned_phone_numbers(self) -> list[str]:
        """Phone numbers the partner or customer owns. When given, every contact phone must be one of them."""
        ...
    @owned_phone_numbers.setter
    def owned_phone_numbers(self, value: list[str]) -> None: ...
    @property
    def personal_phone_numbers(self) -> list[str]:
        """Personal numbers that must not be contact phones (used when no owned-number registry is given)."""
        ...
    @personal_phone_numbers.setter
    def personal_phone_numbers(self, value: list[str]) -> None: ...
    @property
    def include_root_email(self) -> bool:
        """Also hold the root email (the organization's `Account.Email`) to the distribution-list registry."""
        ...
    @include_root_email.setter
    def include_root_email(self, value: bool) -> None: ...
    @property
    def customer_tag(self) -> str | None:
        """The tag key naming an account's customer (default `customer`)."""
        ...
    @customer_tag.setter
    def customer_tag(self, value: str | None) -> None: ...
    @property
    def customer_unit_prefix(self) -> str | None:
        """The prefix of units named after a customer (default `customer-`)."""
        ...
    @customer_unit_prefix.setter
    def customer_unit_prefix(self, value: str | None) -> None: ...
    @property
    def production_tag(self) -> str | None:
        """The tag key whose value `true` marks a production account (default `production`)."""
        ...
    @production_tag.setter
    def production_tag(self, value: str | None) -> None: ...
    @property
    def offboarded_accounts(self) -> list[str]:
        """Accounts offboarded from managed services (CHK-OFFBOARDED)."""
        ...
    @offboarded_accounts.setter
    def offboarded_accounts(self, value: list[str]) -> None: ...
    @property
    def partner_email_domains(self) -> list[str]:
        """The partner's email domains (`partner.example`), which offboarded accounts must no longer use."""
        ...
    @partner_email_domains.setter
    def partner_email_domains(self, value: list[str]) -> None: ...
    @property
    def service_principals(self) -> list[str]:
        """The service principals CHK-ORG-SERVICE-ACCESS looks for (default: CloudTrail, Security Hub, GuardDuty, IAM
        Identity Center, IAM Access Analyzer, Health)."""
        ...
    @service_principals.setter
    def service_principals(self, value: list[str]) -> None: ...
    @property
    def retail_marketplace_listing(self) -> bool | None:
        """Retail prerequisite 4.3, "Is the solution offered through AWS Marketplace?" (unset: CHK-MP-PUBLIC-LISTING is
        not applicable)."""
        ...
    @retail_marketplace_listing.setter
    def retail_marketplace_listing(self, value: bool | None) -> None: ...
    @property
    def retail_delivery_type(self) -> DeliveryType | None:
        """Retail prerequisite 1.3, the delivery type (unset: CHK-MP-DELIVERY-CONSISTENCY is not applicable)."""
        ...
    @retail_delivery_type.setter
    def retail_delivery_type(self, value: DeliveryType | None) -> None: ...
    @property
    def retail_customer_count(self) -> int | None:
        """Retail prerequisite 1.4, the customer count the partner states (CHK-MP-CUSTOMER-LOWER-BOUND compares)."""
        ...
    @retail_customer_count.setter
    def retail_customer_count(self, value: int | None) -> None: ...
    @property
    def marketplace(self) -> bool:
        """Run the seller checks (CHK-MP-*) in the calling account."""
        ...
    @marketplace.setter
    def marketplace(self, value: bool) -> None: ...
    @property
    def serverless_applications(self) -> bool:
        """Look for publicly shared Serverless Application Repository applications in every account (CHK-SAR-PUBLIC)."""
        ...
    @serverless_applications.setter
    def serverless_applications(self, value: bool) -> None: ...
    @property
    def as_of(self) -> str | None:
        """The date that chooses the checklist versions (ISO; default today)."""
        ...
    @as_of.setter
    def as_of(self, value: str | None) -> None: ...

@final
class AuditReport:
    """The outcome of an audit."""
    def __new__(cls, *, as_of: str, checklists: list[ChecklistUsed] = ..., findings: list[Finding] = ...) -> AuditReport: ...
    @property
    def as_of(self) -> str:
        """The date the checklist versions were chosen for (ISO, `2026-03-16`)."""
        ...
    @as_of.setter
    def as_of(self, value: str) -> None: ...
    @property
    def checklists(self) -> list[ChecklistUsed]:
        """The checklists and versions the controls refer to."""
        ...
    @checklists.setter
    def checklists(self, value: list[ChecklistUsed]) -> None: ...
    @property
    def findings(self) -> list[Finding]:
        """Every finding, account by account."""
        ...
    @findings.setter
    def findings(self, value: list[Finding]) -> None: ...

@final
class BatchCreateBillingAdjustmentRequestInput:
    """`BatchCreateBillingAdjustmentRequest`'s input."""
    def __new__(cls, *, billing_adjustment_request_entries: list[BillingAdjustmentEntry] = ...) -> BatchCreateBillingAdjustmentRequestInput: ...
    @property
    def billing_adjustment_request_entries(self) -> list[BillingAdjustmentEntry]:
        """1–50 refunds."""
        ...
    @billing_adjustment_request_entries.setter
    def billing_adjustment_request_entries(self, value: list[BillingAdjustmentEntry]) -> None: ...

@final
class BatchCreateBillingAdjustmentRequestOutput:
    """`BatchCreateBillingAdjustmentRequest`'s output."""
    def __new__(cls, *, items: list[BillingAdjustmentItem] = ..., errors: list[BillingAdjustmentError] = ...) -> BatchCreateBillingAdjustmentRequestOutput: ...
    @property
    def items(self) -> list[BillingAdjustmentItem]:
        """The refunds created."""
        ...
    @items.setter
    def items(self, value: list[BillingAdjustmentItem]) -> None: ...
    @property
    def errors(self) -> list[BillingAdjustmentError]:
        """The refunds refused."""
        ...
    @errors.setter
    def errors(self, value: list[BillingAdjustmentError]) -> None: ...

@final
class BatchDescribeEntitiesInput:
    """`BatchDescribeEntities`'s input."""
    def __new__(cls, *, entity_request_list: list[EntityRequest] = ...) -> BatchDescribeEntitiesInput: ...
    @property
    def entity_request_list(self) -> list[EntityRequest]:
        """1–20 entities."""
        ...
    @entity_request_list.setter
    def entity_request_list(self, value: list[EntityRequest]) -> None: ...

@final
class BatchDescribeError:
    """Why one entity of `BatchDescribeEntities` could not be described."""
    def __new__(cls, *, error_code: str, error_message: str) -> BatchDescribeError: ...
    @property
    def error_code(self) -> str:
        """`ResourceNotFoundException`, `AccessDeniedException`, ..."""
        ...
    @error_code.setter
    def error_code(self, value: str) -> None: ...
    @property
    def error_message(self) -> str:
        """What is wrong."""
        ...
    @error_message.setter
    def error_message(self, value: str) -> None: ...

@final
class BatchDescribeOutput:
    """`BatchDescribeEntities`'s output: described entities and errors, both by entity id."""
    def __new__(cls, *, entity_details: dict[str, EntityDetail] = ..., errors: dict[str, BatchDescribeError] = ...) -> BatchDescribeOutput: ...
    @property
    def entity_details(self) -> dict[str, EntityDetail]:
        """What could be described."""
        ...
    @entity_details.setter
    def entity_details(self, value: dict[str, EntityDetail]) -> None: ...
    @property
    def errors(self) -> dict[str, BatchDescribeError]:
        """What could not."""
        ...
    @errors.setter
    def errors(self, value: dict[str, BatchDescribeError]) -> None: ...

@final
class BillingAdjustment:
    """A refund (`GetBillingAdjustmentRequest`; `ListBillingAdjustmentRequests` leaves out the reason and description
    and adds the agreement type and catalog)."""
    def __new__(cls, *, billing_adjustment_request_id: str, agreement_id: str, original_invoice_id: str, adjustment_amount: str, currency_code: str, status: BillingAdjustmentStatus, status_message: str | None = ..., adjustment_reason_code: BillingAdjustmentReasonCode | None = ..., description: str | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., created_at: datetime.datetime | None = ..., updated_at: datetime.datetime | None = ...) -> BillingAdjustment: ...
    @property
    def billing_adjustment_request_id(self) -> str:
        """`ba-...`."""
        ...
    @billing_adjustment_request_id.setter
    def billing_adjustment_request_id(self, value: str) -> None: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def original_invoice_id(self) -> str:
        """The invoice it refunds."""
        ...
    @original_invoice_id.setter
    def original_invoice_id(self, value: str) -> None: ...
    @property
    def adjustment_amount(self) -> str:
        """How much."""
        ...
    @adjustment_amount.setter
    def adjustment_amount(self, value: str) -> None: ...
    @property
    def currency_code(self) -> str:
        """The currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: str) -> None: ...
    @property
    def status(self) -> BillingAdjustmentStatus:
        """Where it stands."""
        ...
    @status.setter
    def status(self, value: BillingAdjustmentStatus) -> None: ...
    @property
    def status_message(self) -> str | None:
        """Why it failed."""
        ...
    @status_message.setter
    def status_message(self, value: str | None) -> None: ...
    @property
    def adjustment_reason_code(self) -> BillingAdjustmentReasonCode | None:
        """Why it was made."""
        ...
    @adjustment_reason_code.setter
    def adjustment_reason_code(self, value: BillingAdjustmentReasonCode | None) -> None: ...
    @property
    def description(self) -> str | None:
        """Details."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def agreement_type(self) -> str | None:
        """`PurchaseAgreement`."""
        ...
    @agreement_type.setter
    def agreement_type(self, value: str | None) -> None: ...
    @property
    def catalog(self) -> str | None:
        """`AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str | None) -> None: ...
    @property
    def created_at(self) -> datetime.datetime | None:
        """When it was made."""
        ...
    @created_at.setter
    def created_at(self, value: datetime.datetime | None) -> None: ...
    @property
    def updated_at(self) -> datetime.datetime | None:
        """When it last changed."""
        ...
    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None: ...

@final
class BillingAdjustmentEntry:
    """One refund to create (`BatchCreateBillingAdjustmentRequestEntry`)."""
    def __new__(cls, *, agreement_id: str, original_invoice_id: str, adjustment_amount: str, currency_code: str, adjustment_reason_code: BillingAdjustmentReasonCode, description: str | None = ..., client_token: str) -> BillingAdjustmentEntry: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def original_invoice_id(self) -> str:
        """The invoice it refunds (a charge's id)."""
        ...
    @original_invoice_id.setter
    def original_invoice_id(self, value: str) -> None: ...
    @property
    def adjustment_amount(self) -> str:
        """How much (up to 8 decimals)."""
        ...
    @adjustment_amount.setter
    def adjustment_amount(self, value: str) -> None: ...
    @property
    def currency_code(self) -> str:
        """The invoice's currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: str) -> None: ...
    @property
    def adjustment_reason_code(self) -> BillingAdjustmentReasonCode:
        """Why."""
        ...
    @adjustment_reason_code.setter
    def adjustment_reason_code(self, value: BillingAdjustmentReasonCode) -> None: ...
    @property
    def description(self) -> str | None:
        """Details (1–500 characters)."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def client_token(self) -> str:
        """Idempotency token of this entry."""
        ...
    @client_token.setter
    def client_token(self, value: str) -> None: ...

@final
class BillingAdjustmentError:
    """A refund refused."""
    def __new__(cls, *, code: str, message: str, client_token: str) -> BillingAdjustmentError: ...
    @property
    def code(self) -> str:
        """CONFLICT_EXCEPTION, VALIDATION_EXCEPTION, RESOURCE_NOT_FOUND_EXCEPTION or INTERNAL_FAILURE."""
        ...
    @code.setter
    def code(self, value: str) -> None: ...
    @property
    def message(self) -> str:
        """Why."""
        ...
    @message.setter
    def message(self, value: str) -> None: ...
    @property
    def client_token(self) -> str:
        """The entry's token."""
        ...
    @client_token.setter
    def client_token(self, value: str) -> None: ...

@final
class BillingAdjustmentItem:
    """A refund created (or found again by its token)."""
    def __new__(cls, *, billing_adjustment_request_id: str, client_token: str) -> BillingAdjustmentItem: ...
    @property
    def billing_adjustment_request_id(self) -> str:
        """`ba-...`."""
        ...
    @billing_adjustment_request_id.setter
    def billing_adjustment_request_id(self, value: str) -> None: ...
    @property
    def client_token(self) -> str:
        """The entry's token."""
        ...
    @client_token.setter
    def client_token(self, value: str) -> None: ...

@final
class BuyerApproval:
    """A buyer approval of an agreement request, as `GetAgreementApproval` shows it."""
    def __new__(cls, *, approval_type: str, agreement_request_id: str, agreement_approval_id: str, name: str, status: ApprovalStatus, created_at: datetime.datetime | None = ..., updated_at: datetime.datetime | None = ..., approval_needed_by: datetime.datetime | None = ..., started_at: datetime.datetime | None = ..., expires_at: datetime.datetime | None = ..., requester: Party, levels: list[ApprovalLevel] = ..., plan_input: BuyerApprovalPlanInput = ..., proposer: ApprovalProposer | None = ..., proposal_summary: ApprovalProposalSummary | None = ...) -> BuyerApproval: ...
    @property
    def summary(self) -> ApprovalSummary:
        """The approval's summary: id, request, name, status and times."""
        ...
    @summary.setter
    def summary(self, value: ApprovalSummary) -> None: ...
    @property
    def requester(self) -> Party:
        """Who asked for it."""
        ...
    @requester.setter
    def requester(self, value: Party) -> None: ...
    @property
    def levels(self) -> list[ApprovalLevel]:
        """Its levels, with each approver's answer."""
        ...
    @levels.setter
    def levels(self, value: list[ApprovalLevel]) -> None: ...
    @property
    def plan_input(self) -> BuyerApprovalPlanInput:
        """The plan it follows."""
        ...
    @plan_input.setter
    def plan_input(self, value: BuyerApprovalPlanInput) -> None: ...
    @property
    def proposer(self) -> ApprovalProposer | None:
        """The seller."""
        ...
    @proposer.setter
    def proposer(self, value: ApprovalProposer | None) -> None: ...
    @property
    def proposal_summary(self) -> ApprovalProposalSummary | None:
        """What it is for."""
        ...
    @proposal_summary.setter
    def proposal_summary(self, value: ApprovalProposalSummary | None) -> None: ...

@final
class BuyerApprovalPlan:
    """A buyer approval plan (`BuyerAgreementApprovalPlan`)."""
    def __new__(cls, *, plan_reference: str, name: str | None = ..., levels: list[ApprovalPlanLevel] = ...) -> BuyerApprovalPlan: ...
    @property
    def plan_reference(self) -> str:
        """`aplan-...`."""
        ...
    @plan_reference.setter
    def plan_reference(self, value: str) -> None: ...
    @property
    def name(self) -> str | None:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def levels(self) -> list[ApprovalPlanLevel]:
        """1–6 levels."""
        ...
    @levels.setter
    def levels(self, value: list[ApprovalPlanLevel]) -> None: ...

@final
class BuyerApprovalPlanInput:
    """Which approval plan to follow (`BuyerAgreementApprovalPlanInput`)."""
    def __new__(cls, *, plan_reference: str | None = ..., name: str | None = ...) -> BuyerApprovalPlanInput: ...
    @property
    def plan_reference(self) -> str | None:
        """The plan, as `GetAgreementRequestApprovalPlans` names it (`aplan-...`)."""
        ...
    @plan_reference.setter
    def plan_reference(self, value: str | None) -> None: ...
    @property
    def name(self) -> str | None:
        """A name for the approval."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...

@final
class BuyerEngagementOption:
    """How buyers may engage with a solution's seller."""
    def __new__(cls, *, engagement_option: str) -> BuyerEngagementOption: ...
    @property
    def engagement_option(self) -> str:
        """`RequestPrivateOffer` or `RequestProductDemo`."""
        ...
    @engagement_option.setter
    def engagement_option(self, value: str) -> None: ...

@final
class CallerIdentity:
    """Who signs the requests: `GetCallerIdentity`'s answer."""
    def __new__(cls, *, user_id: str, account: str, arn: str) -> CallerIdentity: ...
    @property
    def user_id(self) -> str:
        """The principal's unique id (the account id for the root user, `AROA...:session` for an assumed role)."""
        ...
    @user_id.setter
    def user_id(self, value: str) -> None: ...
    @property
    def account(self) -> str:
        """The account."""
        ...
    @account.setter
    def account(self, value: str) -> None: ...
    @property
    def arn(self) -> str:
        """The principal's ARN (`arn:aws:iam::<account>:root`, `arn:aws:sts::<account>:assumed-role/<role>/<session>`)."""
        ...
    @arn.setter
    def arn(self, value: str) -> None: ...

@final
class CancelAgreementCancellationRequestInput:
    """`CancelAgreementCancellationRequestInput`'s input (the seller withdraws it)."""
    def __new__(cls, *, agreement_id: str, agreement_cancellation_request_id: str, cancellation_reason: str) -> CancelAgreementCancellationRequestInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def agreement_cancellation_request_id(self) -> str:
        """The request (`acr-...`)."""
        ...
    @agreement_cancellation_request_id.setter
    def agreement_cancellation_request_id(self, value: str) -> None: ...
    @property
    def cancellation_reason(self) -> str:
        """Why (1–2000 characters)."""
        ...
    @cancellation_reason.setter
    def cancellation_reason(self, value: str) -> None: ...

@final
class CancelAgreementInput:
    """`CancelAgreement`'s input."""
    def __new__(cls, *, agreement_id: str) -> CancelAgreementInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...

@final
class CancelAgreementPaymentRequestInput:
    """`CancelAgreementPaymentRequest`'s input (the seller withdraws it)."""
    def __new__(cls, *, payment_request_id: str, agreement_id: str) -> CancelAgreementPaymentRequestInput: ...
    @property
    def payment_request_id(self) -> str:
        """The payment request (`pr-...`)."""
        ...
    @payment_request_id.setter
    def payment_request_id(self, value: str) -> None: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...

@final
class CancelAgreementRequestInput:
    """`CancelAgreementRequest`'s input."""
    def __new__(cls, *, agreement_request_id: str) -> CancelAgreementRequestInput: ...
    @property
    def agreement_request_id(self) -> str:
        """The request (`ar-...`)."""
        ...
    @agreement_request_id.setter
    def agreement_request_id(self, value: str) -> None: ...

@final
class CancelChangeSetInput:
    """`CancelChangeSet`'s input (PATCH, query string)."""
    def __new__(cls, *, catalog: str, change_set_id: str) -> CancelChangeSetInput: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def change_set_id(self) -> str:
        """The change set."""
        ...
    @change_set_id.setter
    def change_set_id(self, value: str) -> None: ...

@final
class CancellationRequest:
    """A seller's request to cancel an agreement, which the buyer accepts or rejects."""
    def __new__(cls, *, agreement_id: str, agreement_cancellation_request_id: str, status: ApprovalStatus, reason_code: CancellationReasonCode, description: str | None = ..., status_message: str | None = ..., created_at: datetime.datetime | None = ..., updated_at: datetime.datetime | None = ...) -> CancellationRequest: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def agreement_cancellation_request_id(self) -> str:
        """`acr-...`."""
        ...
    @agreement_cancellation_request_id.setter
    def agreement_cancellation_request_id(self, value: str) -> None: ...
    @property
    def status(self) -> ApprovalStatus:
        """Where it stands."""
        ...
    @status.setter
    def status(self, value: ApprovalStatus) -> None: ...
    @property
    def reason_code(self) -> CancellationReasonCode:
        """Why."""
        ...
    @reason_code.setter
    def reason_code(self, value: CancellationReasonCode) -> None: ...
    @property
    def description(self) -> str | None:
        """Details."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def status_message(self) -> str | None:
        """Why it was rejected or failed."""
        ...
    @status_message.setter
    def status_message(self, value: str | None) -> None: ...
    @property
    def created_at(self) -> datetime.datetime | None:
        """When it was made."""
        ...
    @created_at.setter
    def created_at(self, value: datetime.datetime | None) -> None: ...
    @property
    def updated_at(self) -> datetime.datetime | None:
        """When it last changed."""
        ...
    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None: ...

@final
class Category:
    """A category."""
    def __new__(cls, *, category_id: str, display_name: str) -> Category: ...
    @property
    def category_id(self) -> str:
        """Its id."""
        ...
    @category_id.setter
    def category_id(self, value: str) -> None: ...
    @property
    def display_name(self) -> str:
        """Its name."""
        ...
    @display_name.setter
    def display_name(self, value: str) -> None: ...

@final
class Change:
    """One change of a change set, as the service takes it."""
    def __new__(cls, *, change_type: str, entity: EntityRef, entity_tags: list[Tag] = ..., details: str | None = ..., details_document: JsonValue | None = ..., change_name: str | None = ...) -> Change: ...
    @property
    def change_type(self) -> str:
        """The change type, such as `CreateOffer`."""
        ...
    @change_type.setter
    def change_type(self, value: str) -> None: ...
    @property
    def entity(self) -> EntityRef:
        """The entity it acts on."""
        ...
    @entity.setter
    def entity(self, value: EntityRef) -> None: ...
    @property
    def entity_tags(self) -> list[Tag]:
        """Tags for the entity a create change makes."""
        ...
    @entity_tags.setter
    def entity_tags(self, value: list[Tag]) -> None: ...
    @property
    def details(self) -> str | None:
        """The details as a JSON string (the older form; give this or `details_document`)."""
        ...
    @details.setter
    def details(self, value: str | None) -> None: ...
    @property
    def details_document(self) -> JsonValue | None:
        """The details as a JSON document."""
        ...
    @details_document.setter
    def details_document(self, value: JsonValue | None) -> None: ...
    @property
    def change_name(self) -> str | None:
        """A name later changes use to refer to the entity this one creates."""
        ...
    @change_name.setter
    def change_name(self, value: str | None) -> None: ...

@final
class ChangeSetDescription:
    """`DescribeChangeSet`'s output."""
    def __new__(cls, *, change_set_id: str, change_set_arn: str, change_set_name: str | None = ..., intent: Intent | None = ..., start_time: datetime.datetime | None = ..., end_time: datetime.datetime | None = ..., status: ChangeSetStatus, failure_code: FailureCode | None = ..., failure_description: str | None = ..., changes: list[ChangeSummary] = ...) -> ChangeSetDescription: ...
    @property
    def change_set_id(self) -> str:
        """The id."""
        ...
    @change_set_id.setter
    def change_set_id(self, value: str) -> None: ...
    @property
    def change_set_arn(self) -> str:
        """The ARN."""
        ...
    @change_set_arn.setter
    def change_set_arn(self, value: str) -> None: ...
    @property
    def change_set_name(self) -> str | None:
        """The name, if one was given."""
        ...
    @change_set_name.setter
    def change_set_name(self, value: str | None) -> None: ...
    @property
    def intent(self) -> Intent | None:
        """APPLY or VALIDATE."""
        ...
    @intent.setter
    def intent(self, value: Intent | None) -> None: ...
    @property
    def start_time(self) -> datetime.datetime | None:
        """When it started (on the wire, 20-character ISO 8601: `2026-01-31T23:59:59Z`)."""
        ...
    @start_time.setter
    def start_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def end_time(self) -> datetime.datetime | None:
        """When it finished."""
        ...
    @end_time.setter
    def end_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def status(self) -> ChangeSetStatus:
        """Where it is."""
        ...
    @status.setter
    def status(self, value: ChangeSetStatus) -> None: ...
    @property
    def failure_code(self) -> FailureCode | None:
        """Why it failed."""
        ...
    @failure_code.setter
    def failure_code(self, value: FailureCode | None) -> None: ...
    @property
    def failure_description(self) -> str | None:
        """What failed."""
        ...
    @failure_description.setter
    def failure_description(self, value: str | None) -> None: ...
    @property
    def changes(self) -> list[ChangeSummary]:
        """Its changes."""
        ...
    @changes.setter
    def changes(self, value: list[ChangeSummary]) -> None: ...

@final
class ChangeSetDetails:
    """A change set created for a deployment."""
    def __new__(cls, *, application_id: str, semantic_version: str, change_set_id: str, stack_id: str) -> ChangeSetDetails: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def semantic_version(self) -> str:
        """The version deployed."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str) -> None: ...
    @property
    def change_set_id(self) -> str:
        """The change set's ARN."""
        ...
    @change_set_id.setter
    def change_set_id(self, value: str) -> None: ...
    @property
    def stack_id(self) -> str:
        """The stack's ARN."""
        ...
    @stack_id.setter
    def stack_id(self, value: str) -> None: ...

@final
class ChangeSetRef:
    """`StartChangeSet`'s output."""
    def __new__(cls, *, change_set_id: str, change_set_arn: str) -> ChangeSetRef: ...
    @property
    def change_set_id(self) -> str:
        """The change set's id."""
        ...
    @change_set_id.setter
    def change_set_id(self, value: str) -> None: ...
    @property
    def change_set_arn(self) -> str:
        """Its ARN."""
        ...
    @change_set_arn.setter
    def change_set_arn(self, value: str) -> None: ...

@final
class ChangeSetRequest:
    """What `CreateCloudFormationChangeSet` takes."""
    def __new__(cls, *, stack_name: str, semantic_version: str | None = ..., template_id: str | None = ..., capabilities: list[Capability] = ..., parameter_overrides: list[ParameterValue] = ...) -> ChangeSetRequest: ...
    @property
    def stack_name(self) -> str:
        """The stack name; the service prefixes it with `serverlessrepo-`."""
        ...
    @stack_name.setter
    def stack_name(self, value: str) -> None: ...
    @property
    def semantic_version(self) -> str | None:
        """The version to deploy (default: the latest)."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str | None) -> None: ...
    @property
    def template_id(self) -> str | None:
        """A template from `CreateCloudFormationTemplate` to deploy instead."""
        ...
    @template_id.setter
    def template_id(self, value: str | None) -> None: ...
    @property
    def capabilities(self) -> list[Capability]:
        """The capabilities acknowledged."""
        ...
    @capabilities.setter
    def capabilities(self, value: list[Capability]) -> None: ...
    @property
    def parameter_overrides(self) -> list[ParameterValue]:
        """Parameter values."""
        ...
    @parameter_overrides.setter
    def parameter_overrides(self, value: list[ParameterValue]) -> None: ...

@final
class ChangeSetSummary:
    """An item of `ListChangeSets`."""
    def __new__(cls, *, change_set_id: str, change_set_arn: str, change_set_name: str | None = ..., start_time: datetime.datetime | None = ..., end_time: datetime.datetime | None = ..., status: ChangeSetStatus, entity_id_list: list[str] = ..., failure_code: FailureCode | None = ...) -> ChangeSetSummary: ...
    @property
    def change_set_id(self) -> str:
        """The id."""
        ...
    @change_set_id.setter
    def change_set_id(self, value: str) -> None: ...
    @property
    def change_set_arn(self) -> str:
        """The ARN."""
        ...
    @change_set_arn.setter
    def change_set_arn(self, value: str) -> None: ...
    @property
    def change_set_name(self) -> str | None:
        """The name."""
        ...
    @change_set_name.setter
    def change_set_name(self, value: str | None) -> None: ...
    @property
    def start_time(self) -> datetime.datetime | None:
        """When it started (on the wire, 20-character ISO 8601)."""
        ...
    @start_time.setter
    def start_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def end_time(self) -> datetime.datetime | None:
        """When it finished."""
        ...
    @end_time.setter
    def end_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def status(self) -> ChangeSetStatus:
        """Where it is."""
        ...
    @status.setter
    def status(self, value: ChangeSetStatus) -> None: ...
    @property
    def entity_id_list(self) -> list[str]:
        """The entities it touches."""
        ...
    @entity_id_list.setter
    def entity_id_list(self, value: list[str]) -> None: ...
    @property
    def failure_code(self) -> FailureCode | None:
        """Why it failed."""
        ...
    @failure_code.setter
    def failure_code(self, value: FailureCode | None) -> None: ...

@final
class ChangeSummary:
    """One change of a described change set, with its errors."""
    def __new__(cls, *, change_type: str, entity: EntityRef, details: str | None = ..., details_document: JsonValue | None = ..., error_detail_list: list[ErrorDetail] = ..., change_name: str | None = ...) -> ChangeSummary: ...
    @property
    def change_type(self) -> str:
        """The change type."""
        ...
    @change_type.setter
    def change_type(self, value: str) -> None: ...
    @property
    def entity(self) -> EntityRef:
        """The entity (with its identifier once known)."""
        ...
    @entity.setter
    def entity(self, value: EntityRef) -> None: ...
    @property
    def details(self) -> str | None:
        """The details as given, as a JSON string when they came as one."""
        ...
    @details.setter
    def details(self, value: str | None) -> None: ...
    @property
    def details_document(self) -> JsonValue | None:
        """The details as given, as a document."""
        ...
    @details_document.setter
    def details_document(self, value: JsonValue | None) -> None: ...
    @property
    def error_detail_list(self) -> list[ErrorDetail]:
        """What went wrong with this change."""
        ...
    @error_detail_list.setter
    def error_detail_list(self, value: list[ErrorDetail]) -> None: ...
    @property
    def change_name(self) -> str | None:
        """The change's name."""
        ...
    @change_name.setter
    def change_name(self, value: str | None) -> None: ...

@final
class Charge:
    """A charge of an agreement."""
    def __new__(cls, *, id: str, revision: int = ..., agreement_id: str, agreement_type: str = ..., purchase_order_reference: str | None = ..., currency_code: str, amount: str, time: datetime.datetime | None = ...) -> Charge: ...
    @property
    def id(self) -> str:
        """Its id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def revision(self) -> int:
        """Its revision."""
        ...
    @revision.setter
    def revision(self, value: int) -> None: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def agreement_type(self) -> str:
        """`PurchaseAgreement`."""
        ...
    @agreement_type.setter
    def agreement_type(self, value: str) -> None: ...
    @property
    def purchase_order_reference(self) -> str | None:
        """The PO it is billed against."""
        ...
    @purchase_order_reference.setter
    def purchase_order_reference(self, value: str | None) -> None: ...
    @property
    def currency_code(self) -> str:
        """The currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: str) -> None: ...
    @property
    def amount(self) -> str:
        """How much."""
        ...
    @amount.setter
    def amount(self, value: str) -> None: ...
    @property
    def time(self) -> datetime.datetime | None:
        """When."""
        ...
    @time.setter
    def time(self, value: datetime.datetime | None) -> None: ...

@final
class ChargeSummary:
    """What an agreement request will cost."""
    def __new__(cls, *, currency_code: str | None = ..., new_agreement_value: str | None = ..., expected_charges: list[ExpectedCharge] = ..., itemized_charges: list[ItemizedCharge] = ..., estimated_taxes: EstimatedTaxes | None = ..., new_agreement_value_after_tax: str | None = ...) -> ChargeSummary: ...
    @property
    def currency_code(self) -> str | None:
        """The currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: str | None) -> None: ...
    @property
    def new_agreement_value(self) -> str | None:
        """The agreement's total value."""
        ...
    @new_agreement_value.setter
    def new_agreement_value(self, value: str | None) -> None: ...
    @property
    def expected_charges(self) -> list[ExpectedCharge]:
        """The charges, in time order."""
        ...
    @expected_charges.setter
    def expected_charges(self, value: list[ExpectedCharge]) -> None: ...
    @property
    def itemized_charges(self) -> list[ItemizedCharge]:
        """Per-dimension changes (amendments)."""
        ...
    @itemized_charges.setter
    def itemized_charges(self, value: list[ItemizedCharge]) -> None: ...
    @property
    def estimated_taxes(self) -> EstimatedTaxes | None:
        """Estimated taxes, when the request asked for them."""
        ...
    @estimated_taxes.setter
    def estimated_taxes(self, value: EstimatedTaxes | None) -> None: ...
    @property
    def new_agreement_value_after_tax(self) -> str | None:
        """The value with the estimated taxes, when the request asked for them."""
        ...
    @new_agreement_value_after_tax.setter
    def new_agreement_value_after_tax(self, value: str | None) -> None: ...

@final
class ChecklistUsed:
    """A checklist the audit follows, with the dates that make it the one to use."""
    def __new__(cls, *, name: str, version: str, released: str, note: str) -> ChecklistUsed: ...
    @property
    def name(self) -> str:
        """`AWS MSP Program Validation Checklist` or `AWS Retail Competency Technology Partner Validation Checklist`."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def version(self) -> str:
        """Its version (`7.1`)."""
        ...
    @version.setter
    def version(self, value: str) -> None: ...
    @property
    def released(self) -> str:
        """When it was released (`2025-08`)."""
        ...
    @released.setter
    def released(self, value: str) -> None: ...
    @property
    def note(self) -> str:
        """Why this version (the rule of Part B.2 that chose it)."""
        ...
    @note.setter
    def note(self, value: str) -> None: ...

@final
class ConfigurableContractSpec:
    """A contract the buyer configures: a price per unit of each dimension for a duration."""
    def __new__(cls, *, currency: str, duration: str, prices: dict[str, str] = ..., multiple_dimensions: bool = ...) -> ConfigurableContractSpec: ...
    @property
    def currency(self) -> str:
        """`USD`, `EUR`, ..."""
        ...
    @currency.setter
    def currency(self, value: str) -> None: ...
    @property
    def duration(self) -> str:
        """ISO 8601 (`P12M`): the rate card's selector, which the buyer names in its configuration."""
        ...
    @duration.setter
    def duration(self, value: str) -> None: ...
    @property
    def prices(self) -> dict[str, str]:
        """The price per unit per dimension key."""
        ...
    @prices.setter
    def prices(self, value: dict[str, str]) -> None: ...
    @property
    def multiple_dimensions(self) -> bool:
        """Whether the buyer may choose more than one dimension."""
        ...
    @multiple_dimensions.setter
    def multiple_dimensions(self, value: bool) -> None: ...

@final
class ConfigurableRateCard:
    """A contract rate card for one duration."""
    def __new__(cls, *, selector: Selector, constraints: Constraints, rate_card: list[RateCardItem] = ...) -> ConfigurableRateCard: ...
    @property
    def selector(self) -> Selector:
        """The duration."""
        ...
    @selector.setter
    def selector(self, value: Selector) -> None: ...
    @property
    def constraints(self) -> Constraints:
        """What the buyer may configure."""
        ...
    @constraints.setter
    def constraints(self, value: Constraints) -> None: ...
    @property
    def rate_card(self) -> list[RateCardItem]:
        """1–800 prices."""
        ...
    @rate_card.setter
    def rate_card(self, value: list[RateCardItem]) -> None: ...

@final
class ConfigurableUpfrontPricingTerm:
    """Contract prices the buyer configures (dimensions, quantities) for a duration."""
    def __new__(cls, *, currency_code: CurrencyCode, rate_cards: list[ConfigurableRateCard] = ...) -> ConfigurableUpfrontPricingTerm: ...
    @property
    def currency_code(self) -> CurrencyCode:
        """The currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: CurrencyCode) -> None: ...
    @property
    def rate_cards(self) -> list[ConfigurableRateCard]:
        """1–5 rate cards, one per duration."""
        ...
    @rate_cards.setter
    def rate_cards(self, value: list[ConfigurableRateCard]) -> None: ...

@final
class Constraints:
    """What a buyer may configure."""
    def __new__(cls, *, multiple_dimension_selection: Allowance, quantity_configuration: Allowance) -> Constraints: ...
    @property
    def multiple_dimension_selection(self) -> Allowance:
        """Several dimensions at once."""
        ...
    @multiple_dimension_selection.setter
    def multiple_dimension_selection(self, value: Allowance) -> None: ...
    @property
    def quantity_configuration(self) -> Allowance:
        """Quantities other than one."""
        ...
    @quantity_configuration.setter
    def quantity_configuration(self, value: Allowance) -> None: ...

@final
class ContactInformation:
    """The primary contact of an account."""
    def __new__(cls, *, full_name: str, address_line1: str, address_line2: str | None = ..., address_line3: str | None = ..., city: str, state_or_region: str | None = ..., district_or_county: str | None = ..., postal_code: str, country_code: str, phone_number: str, company_name: str | None = ..., website_url: str | None = ...) -> ContactInformation: ...
    @property
    def full_name(self) -> str:
        """Full name, 1 to 50 characters."""
        ...
    @full_name.setter
    def full_name(self, value: str) -> None: ...
    @property
    def address_line1(self) -> str:
        """First address line, 1 to 60 characters."""
        ...
    @address_line1.setter
    def address_line1(self, value: str) -> None: ...
    @property
    def address_line2(self) -> str | None:
        """Second address line, 1 to 60 characters."""
        ...
    @address_line2.setter
    def address_line2(self, value: str | None) -> None: ...
    @property
    def address_line3(self) -> str | None:
        """Third address line, 1 to 60 characters."""
        ...
    @address_line3.setter
    def address_line3(self, value: str | None) -> None: ...
    @property
    def city(self) -> str:
        """City, 1 to 50 characters."""
        ...
    @city.setter
    def city(self, value: str) -> None: ...
    @property
    def state_or_region(self) -> str | None:
        """State or region, 1 to 50 characters; required in US, CA, GB, DE, JP, IN and BR."""
        ...
    @state_or_region.setter
    def state_or_region(self, value: str | None) -> None: ...
    @property
    def district_or_county(self) -> str | None:
        """District or county, 1 to 50 characters."""
        ...
    @district_or_county.setter
    def district_or_county(self, value: str | None) -> None: ...
    @property
    def postal_code(self) -> str:
        """Postal code, 1 to 20 characters."""
        ...
    @postal_code.setter
    def postal_code(self, value: str) -> None: ...
    @property
    def country_code(self) -> str:
        """ISO 3166 two-letter country code."""
        ...
    @country_code.setter
    def country_code(self, value: str) -> None: ...
    @property
    def phone_number(self) -> str:
        """Phone number starting with `+` and the country code, 1 to 20 characters."""
        ...
    @phone_number.setter
    def phone_number(self, value: str) -> None: ...
    @property
    def company_name(self) -> str | None:
        """Company name, 1 to 50 characters."""
        ...
    @company_name.setter
    def company_name(self, value: str | None) -> None: ...
    @property
    def website_url(self) -> str | None:
        """Website URL, 1 to 256 characters."""
        ...
    @website_url.setter
    def website_url(self, value: str | None) -> None: ...

@final
class ContractConfiguration:
    """The buyer's choice on a configurable contract: a duration and quantities."""
    def __new__(cls, *, selector_value: str, dimensions: list[DimensionQuantity] = ...) -> ContractConfiguration: ...
    @property
    def selector_value(self) -> str:
        """The rate card's selector value (a duration such as `P12M`)."""
        ...
    @selector_value.setter
    def selector_value(self, value: str) -> None: ...
    @property
    def dimensions(self) -> list[DimensionQuantity]:
        """The quantities."""
        ...
    @dimensions.setter
    def dimensions(self, value: list[DimensionQuantity]) -> None: ...

@final
class ContractSpec:
    """A fixed-price contract: `price` for `duration`, granting quantities per dimension."""
    def __new__(cls, *, currency: str, duration: str, price: str, grants: dict[str, int] = ...) -> ContractSpec: ...
    @property
    def currency(self) -> str:
        """`USD`, `EUR`, ..."""
        ...
    @currency.setter
    def currency(self, value: str) -> None: ...
    @property
    def duration(self) -> str:
        """ISO 8601 (`P12M`)."""
        ...
    @duration.setter
    def duration(self, value: str) -> None: ...
    @property
    def price(self) -> str:
        """A decimal amount."""
        ...
    @price.setter
    def price(self, value: str) -> None: ...
    @property
    def grants(self) -> dict[str, int]:
        """Quantity per dimension key."""
        ...
    @grants.setter
    def grants(self, value: dict[str, int]) -> None: ...

@final
class ControlAssessment:
    """One control of an assessment."""
    def __new__(cls, *, control_id: str, control_assessment_result: ControlResult, verification_source: str | None = ..., errors: list[ControlError] = ...) -> ControlAssessment: ...
    @property
    def control_id(self) -> str:
        """The control."""
        ...
    @control_id.setter
    def control_id(self, value: str) -> None: ...
    @property
    def control_assessment_result(self) -> ControlResult:
        """The outcome."""
        ...
    @control_assessment_result.setter
    def control_assessment_result(self, value: ControlResult) -> None: ...
    @property
    def verification_source(self) -> str | None:
        """AWS_VERIFIED or SELF_ATTESTED."""
        ...
    @verification_source.setter
    def verification_source(self, value: str | None) -> None: ...
    @property
    def errors(self) -> list[ControlError]:
        """Why it failed."""
        ...
    @errors.setter
    def errors(self, value: list[ControlError]) -> None: ...

@final
class ControlError:
    """A failed control's reason."""
    def __new__(cls, *, code: str, message: str) -> ControlError: ...
    @property
    def code(self) -> str:
        """`^[A-Z_]+$`."""
        ...
    @code.setter
    def code(self, value: str) -> None: ...
    @property
    def message(self) -> str:
        """What is wrong."""
        ...
    @message.setter
    def message(self, value: str) -> None: ...

@final
class CreateAgreementRequestInput:
    """`CreateAgreementRequest`'s input."""
    def __new__(cls, *, client_token: str | None = ..., intent: RequestIntent, requested_terms: list[RequestedTerm] = ..., source_agreement_identifier: str | None = ..., agreement_proposal_identifier: str | None = ..., tax_configuration: TaxConfiguration | None = ..., acceptor_contact: AcceptorContact | None = ...) -> CreateAgreementRequestInput: ...
    @property
    def client_token(self) -> str | None:
        """Idempotency token."""
        ...
    @client_token.setter
    def client_token(self, value: str | None) -> None: ...
    @property
    def intent(self) -> RequestIntent:
        """NEW, AMEND or REPLACE."""
        ...
    @intent.setter
    def intent(self, value: RequestIntent) -> None: ...
    @property
    def requested_terms(self) -> list[RequestedTerm]:
        """The terms requested (1–30)."""
        ...
    @requested_terms.setter
    def requested_terms(self, value: list[RequestedTerm]) -> None: ...
    @property
    def source_agreement_identifier(self) -> str | None:
        """The agreement amended or replaced."""
        ...
    @source_agreement_identifier.setter
    def source_agreement_identifier(self, value: str | None) -> None: ...
    @property
    def agreement_proposal_identifier(self) -> str | None:
        """The offer's proposal (`ap-...`, from Discovery's `agreementProposalId`)."""
        ...
    @agreement_proposal_identifier.setter
    def agreement_proposal_identifier(self, value: str | None) -> None: ...
    @property
    def tax_configuration(self) -> TaxConfiguration | None:
        """Whether to estimate taxes into the charge summary."""
        ...
    @tax_configuration.setter
    def tax_configuration(self, value: TaxConfiguration | None) -> None: ...
    @property
    def acceptor_contact(self) -> AcceptorContact | None:
        """Who accepts, as the seller will see it (`GetAgreementContacts`)."""
        ...
    @acceptor_contact.setter
    def acceptor_contact(self, value: AcceptorContact | None) -> None: ...

@final
class CreateApplicationVersionInput:
    """`CreateApplicationVersion`'s input."""
    def __new__(cls, *, application_id: str, semantic_version: str, source_code_url: str | None = ..., source_code_archive_url: str | None = ..., template_body: str | None = ..., template_url: str | None = ...) -> CreateApplicationVersionInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def semantic_version(self) -> str:
        """The new version."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str) -> None: ...
    @property
    def source_code_url(self) -> str | None:
        """Its source code repository."""
        ...
    @source_code_url.setter
    def source_code_url(self, value: str | None) -> None: ...
    @property
    def source_code_archive_url(self) -> str | None:
        """Its source archive."""
        ...
    @source_code_archive_url.setter
    def source_code_archive_url(self, value: str | None) -> None: ...
    @property
    def template_body(self) -> str | None:
        """Its template text."""
        ...
    @template_body.setter
    def template_body(self, value: str | None) -> None: ...
    @property
    def template_url(self) -> str | None:
        """A link to its template."""
        ...
    @template_url.setter
    def template_url(self, value: str | None) -> None: ...

@final
class CreateBrandingSettings:
    """`CreateBrandingSettings`: logo, title and colours of an experience."""
    def __new__(cls, *, experience_id: str, title: str | None = ..., logo_url: str | None = ..., primary_color: str | None = ...) -> CreateBrandingSettings: ...
    @property
    def experience_id(self) -> str:
        """The experience."""
        ...
    @experience_id.setter
    def experience_id(self, value: str) -> None: ...
    @property
    def title(self) -> str | None:
        """The title shown to users."""
        ...
    @title.setter
    def title(self, value: str | None) -> None: ...
    @property
    def logo_url(self) -> str | None:
        """The logo's address."""
        ...
    @logo_url.setter
    def logo_url(self, value: str | None) -> None: ...
    @property
    def primary_color(self) -> str | None:
        """A colour such as `#232F3E`."""
        ...
    @primary_color.setter
    def primary_color(self, value: str | None) -> None: ...

@final
class CreateCloudFormationChangeSetInput:
    """`CreateCloudFormationChangeSet`'s input."""
    def __new__(cls, *, application_id: str, stack_name: str, semantic_version: str | None = ..., template_id: str | None = ..., capabilities: list[Capability] = ..., parameter_overrides: list[ParameterValue] = ...) -> CreateCloudFormationChangeSetInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def request(self) -> ChangeSetRequest:
        """What to deploy and how."""
        ...
    @request.setter
    def request(self, value: ChangeSetRequest) -> None: ...

@final
class CreateCloudFormationTemplateInput:
    """`CreateCloudFormationTemplate`'s input."""
    def __new__(cls, *, application_id: str, semantic_version: str | None = ...) -> CreateCloudFormationTemplateInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def semantic_version(self) -> str | None:
        """The version (default: the latest)."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str | None) -> None: ...

@final
class CreateExperience:
    """`CreateExperience`: a private marketplace experience (no products, no audiences, not live)."""
    def __new__(cls, *, name: str, description: str | None = ...) -> CreateExperience: ...
    @property
    def name(self) -> str:
        """A name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def description(self) -> str | None:
        """A description."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...

@final
class CreateOffer:
    """`CreateOffer`: a Draft offer on a product."""
    def __new__(cls, *, product_id: str, name: str | None = ..., offer_set_id: str | None = ...) -> CreateOffer: ...
    @property
    def product_id(self) -> str:
        """The product."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...
    @property
    def name(self) -> str | None:
        """A name (≤ 150 characters)."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def offer_set_id(self) -> str | None:
        """The offer set it belongs to."""
        ...
    @offer_set_id.setter
    def offer_set_id(self, value: str | None) -> None: ...

@final
class CreateOfferSet:
    """`CreateOfferSet`: a Draft offer set, which groups private offers on several products for the same buyers."""
    def __new__(cls, *, name: str) -> CreateOfferSet: ...
    @property
    def name(self) -> str:
        """A name (1–150 characters)."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...

@final
class CreateOfferUsingResaleAuthorization:
    """`CreateOfferUsingResaleAuthorization`: a channel partner's offer under a resale authorization."""
    def __new__(cls, *, resale_authorization_id: str, name: str | None = ..., description: str | None = ..., offer_set_id: str | None = ...) -> CreateOfferUsingResaleAuthorization: ...
    @property
    def resale_authorization_id(self) -> str:
        """The authorization."""
        ...
    @resale_authorization_id.setter
    def resale_authorization_id(self, value: str) -> None: ...
    @property
    def name(self) -> str | None:
        """A name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def description(self) -> str | None:
        """A description."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def offer_set_id(self) -> str | None:
        """The offer set the offer is made for."""
        ...
    @offer_set_id.setter
    def offer_set_id(self, value: str | None) -> None: ...

@final
class CreateProcurementPolicy:
    """`CreateProcurementPolicy`: the user-request policy of an experience (requests on by default)."""
    def __new__(cls, *, experience_id: str, software_requests: str | None = ...) -> CreateProcurementPolicy: ...
    @property
    def experience_id(self) -> str:
        """The experience it belongs to."""
        ...
    @experience_id.setter
    def experience_id(self, value: str) -> None: ...
    @property
    def software_requests(self) -> str | None:
        """`Enabled` (default) or `Disabled`."""
        ...
    @software_requests.setter
    def software_requests(self, value: str | None) -> None: ...

@final
class CreateProduct:
    """`CreateProduct` (SaaS, AMI, container, data): a new product in Draft."""
    def __new__(cls, *, product_title: str | None = ...) -> CreateProduct: ...
    @property
    def product_title(self) -> str | None:
        """The title, if known now."""
        ...
    @product_title.setter
    def product_title(self, value: str | None) -> None: ...

@final
class CreateProductRequestInput:
    """`CreateProductRequest`'s input."""
    def __new__(cls, *, product_id: str) -> CreateProductRequestInput: ...
    @property
    def product_id(self) -> str:
        """The product to add."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...

@final
class CreateReplacementOffer:
    """`CreateReplacementOffer`: an offer that replaces an existing agreement."""
    def __new__(cls, *, agreement_id: str, name: str | None = ...) -> CreateReplacementOffer: ...
    @property
    def agreement_id(self) -> str:
        """The agreement to replace."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def name(self) -> str | None:
        """A name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...

@final
class CreateReplacementOfferUsingResaleAuthorization:
    """`CreateReplacementOfferUsingResaleAuthorization`: a channel partner's offer replacing an agreement it sold,
    under a resale authorization targeted to the agreement's buyer."""
    def __new__(cls, *, resale_authorization_id: str, agreement_id: str, name: str | None = ...) -> CreateReplacementOfferUsingResaleAuthorization: ...
    @property
    def resale_authorization_id(self) -> str:
        """The authorization."""
        ...
    @resale_authorization_id.setter
    def resale_authorization_id(self, value: str) -> None: ...
    @property
    def agreement_id(self) -> str:
        """The agreement to replace."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def name(self) -> str | None:
        """A name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...

@final
class CreateResaleAuthorization:
    """`CreateResaleAuthorization`: let a channel partner resell a product."""
    def __new__(cls, *, name: str, description: str | None = ..., product_id: str, reseller_account_id: str, bulk_request_id: str | None = ...) -> CreateResaleAuthorization: ...
    @property
    def name(self) -> str:
        """A name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def description(self) -> str | None:
        """A description."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def product_id(self) -> str:
        """The product."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...
    @property
    def reseller_account_id(self) -> str:
        """The partner's account."""
        ...
    @reseller_account_id.setter
    def reseller_account_id(self, value: str) -> None: ...
    @property
    def bulk_request_id(self) -> str | None:
        """Groups authorizations created together (1–50 characters)."""
        ...
    @bulk_request_id.setter
    def bulk_request_id(self, value: str | None) -> None: ...

@final
class CreateSolution:
    """`CreateSolution`: a Draft multi-product solution (`soln-...`)."""
    def __new__(cls, *, name: str, title: str | None = ...) -> CreateSolution: ...
    @property
    def name(self) -> str:
        """The seller's own name for it (1–100 characters)."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def title(self) -> str | None:
        """The title buyers see (≤ 255 characters)."""
        ...
    @title.setter
    def title(self, value: str | None) -> None: ...

@final
class CustomerVerificationTerm:
    """Whether the seller verifies buyers before they can accept."""
    def __new__(cls, *, approval_strategy: ApprovalStrategy, expiration_duration: str | None = ...) -> CustomerVerificationTerm: ...
    @property
    def approval_strategy(self) -> ApprovalStrategy:
        """What happens when a request expires."""
        ...
    @approval_strategy.setter
    def approval_strategy(self, value: ApprovalStrategy) -> None: ...
    @property
    def expiration_duration(self) -> str | None:
        """How long a request waits (ISO 8601)."""
        ...
    @expiration_duration.setter
    def expiration_duration(self, value: str | None) -> None: ...

@final
class DateFilter:
    """A filter on a date."""
    def __new__(cls, *, date_range: DateRange | None = ...) -> DateFilter: ...
    @property
    def date_range(self) -> DateRange | None:
        """The range."""
        ...
    @date_range.setter
    def date_range(self, value: DateRange | None) -> None: ...

@final
class DateRange:
    """A range of 20-character times."""
    def __new__(cls, *, after_value: str | None = ..., before_value: str | None = ...) -> DateRange: ...
    @property
    def after_value(self) -> str | None:
        """On or after."""
        ...
    @after_value.setter
    def after_value(self, value: str | None) -> None: ...
    @property
    def before_value(self) -> str | None:
        """On or before."""
        ...
    @before_value.setter
    def before_value(self, value: str | None) -> None: ...

@final
class DeclineProductRequestInput:
    """`DeclineProductRequest`'s input."""
    def __new__(cls, *, request_id: str, reason: str | None = ..., block: bool = ...) -> DeclineProductRequestInput: ...
    @property
    def request_id(self) -> str:
        """The request."""
        ...
    @request_id.setter
    def request_id(self, value: str) -> None: ...
    @property
    def reason(self) -> str | None:
        """Why (shown to the user)."""
        ...
    @reason.setter
    def reason(self, value: str | None) -> None: ...
    @property
    def block(self) -> bool:
        """Block further requests for the product (the administrator can still add it)."""
        ...
    @block.setter
    def block(self, value: bool) -> None: ...

@final
class DelegatedAdministrator:
    """A member account registered as a delegated administrator."""
    def __new__(cls, *, id: str, arn: str, email: str | None = ..., name: str | None = ..., status: OrganizationAccountStatus | None = ..., state: AccountState | None = ..., joined_method: AccountJoinedMethod | None = ..., joined_timestamp: datetime.datetime | None = ..., delegation_enabled_date: datetime.datetime | None = ...) -> DelegatedAdministrator: ...
    @property
    def id(self) -> str:
        """The account id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def arn(self) -> str:
        """Its ARN."""
        ...
    @arn.setter
    def arn(self, value: str) -> None: ...
    @property
    def email(self) -> str | None:
        """Its root email address."""
        ...
    @email.setter
    def email(self, value: str | None) -> None: ...
    @property
    def name(self) -> str | None:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def status(self) -> OrganizationAccountStatus | None:
        """Its status."""
        ...
    @status.setter
    def status(self, value: OrganizationAccountStatus | None) -> None: ...
    @property
    def state(self) -> AccountState | None:
        """Its state."""
        ...
    @state.setter
    def state(self, value: AccountState | None) -> None: ...
    @property
    def joined_method(self) -> AccountJoinedMethod | None:
        """How it joined."""
        ...
    @joined_method.setter
    def joined_method(self, value: AccountJoinedMethod | None) -> None: ...
    @property
    def joined_timestamp(self) -> datetime.datetime | None:
        """When it joined."""
        ...
    @joined_timestamp.setter
    def joined_timestamp(self, value: datetime.datetime | None) -> None: ...
    @property
    def delegation_enabled_date(self) -> datetime.datetime | None:
        """When it became a delegated administrator (for its first service)."""
        ...
    @delegation_enabled_date.setter
    def delegation_enabled_date(self, value: datetime.datetime | None) -> None: ...

@final
class Delegation:
    """A delegated administrator of a service."""
    def __new__(cls, *, account_id: str, service_principal: str) -> Delegation: ...
    @property
    def account_id(self) -> str:
        """The account."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...
    @property
    def service_principal(self) -> str:
        """The service it administers."""
        ...
    @service_principal.setter
    def service_principal(self, value: str) -> None: ...

@final
class DeleteAlternateContactInput:
    """`DeleteAlternateContact`'s input."""
    def __new__(cls, *, alternate_contact_type: AlternateContactType, account_id: str | None = ...) -> DeleteAlternateContactInput: ...
    @property
    def alternate_contact_type(self) -> AlternateContactType:
        """Which contact."""
        ...
    @alternate_contact_type.setter
    def alternate_contact_type(self, value: AlternateContactType) -> None: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class DeleteApplicationInput:
    """`DeleteApplication`'s input."""
    def __new__(cls, *, application_id: str) -> DeleteApplicationInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...

@final
class DeleteResourcePolicyInput:
    """`DeleteResourcePolicy`'s input (DELETE, query string)."""
    def __new__(cls, *, resource_arn: str) -> DeleteResourcePolicyInput: ...
    @property
    def resource_arn(self) -> str:
        """The entity."""
        ...
    @resource_arn.setter
    def resource_arn(self, value: str) -> None: ...

@final
class DeliveryOptionTargeting:
    """Who may see a delivery option made `Limited`."""
    def __new__(cls, *, positive_targeting: PositiveTargeting) -> DeliveryOptionTargeting: ...
    @property
    def positive_targeting(self) -> PositiveTargeting:
        """The buyer accounts."""
        ...
    @positive_targeting.setter
    def positive_targeting(self, value: PositiveTargeting) -> None: ...

@final
class DeliveryOptionUpdate:
    """One delivery option `UpdateDeliveryOptions` changes."""
    def __new__(cls, *, id: str, details: JsonValue | None = ...) -> DeliveryOptionUpdate: ...
    @property
    def id(self) -> str:
        """The delivery option's id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def details(self) -> JsonValue | None:
        """The members to change, under the option's kind: `{"AmiDeliveryOptionDetails": {...}}` (AMI),
        `EcrDeliveryOptionDetails`, `HelmDeliveryOptionDetails` or `EksAddOnDeliveryOptionDetails` (container),
        `SaaSUrlDeliveryOptionDetails` or `ApiDeliveryOptionDetails` (SaaS)."""
        ...
    @details.setter
    def details(self, value: JsonValue | None) -> None: ...

@final
class DeliveryOptionVisibility:
    """One delivery option `UpdateDeliveryOptionsVisibility` shows or hides."""
    def __new__(cls, *, id: str, target_visibility: str, targeting: DeliveryOptionTargeting | None = ...) -> DeliveryOptionVisibility: ...
    @property
    def id(self) -> str:
        """The delivery option's id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def target_visibility(self) -> str:
        """`Public`, `Limited` or `Unavailable` (container products: `Public`)."""
        ...
    @target_visibility.setter
    def target_visibility(self, value: str) -> None: ...
    @property
    def targeting(self) -> DeliveryOptionTargeting | None:
        """SaaS products: the buyers a `Limited` delivery option is for."""
        ...
    @targeting.setter
    def targeting(self, value: DeliveryOptionTargeting | None) -> None: ...

@final
class DenyProductProcurement:
    """`DenyProductProcurement`: remove products from an experience."""
    def __new__(cls, *, products: list[ProductIds] = ...) -> DenyProductProcurement: ...
    @property
    def products(self) -> list[ProductIds]:
        """The products."""
        ...
    @products.setter
    def products(self, value: list[ProductIds]) -> None: ...

@final
class DescribeAccountInput:
    """`DescribeAccount`'s input."""
    def __new__(cls, *, account_id: str) -> DescribeAccountInput: ...
    @property
    def account_id(self) -> str:
        """The member account."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...

@final
class DescribeAgreementInput:
    """`DescribeAgreement`'s input."""
    def __new__(cls, *, agreement_id: str) -> DescribeAgreementInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...

@final
class DescribeAssessmentInput:
    """`DescribeAssessment`'s input."""
    def __new__(cls, *, catalog: str, assessment_identifier: str, max_results: int | None = ..., next_token: str | None = ...) -> DescribeAssessmentInput: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def assessment_identifier(self) -> str:
        """`assessment-...` or its ARN."""
        ...
    @assessment_identifier.setter
    def assessment_identifier(self, value: str) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Controls per page (1–100)."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page of controls."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class DescribeAssessmentOutput:
    """`DescribeAssessment`'s output: the assessment, with the next page of its controls."""
    def __new__(cls, *, assessment_arn: str, assessment_id: str, framework_id: str, assessment_target_summary: AssessmentTarget = ..., assessment_result: str | None = ..., created_at: str, expires_at: str | None = ..., control_assessments: list[ControlAssessment] = ..., framework_summary: JsonValue | None = ..., next_token: str | None = ...) -> DescribeAssessmentOutput: ...
    @property
    def assessment(self) -> Assessment:
        """The assessment."""
        ...
    @assessment.setter
    def assessment(self, value: Assessment) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page of controls."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class DescribeChangeSetInput:
    """`DescribeChangeSet`'s input (GET, query string)."""
    def __new__(cls, *, catalog: str, change_set_id: str) -> DescribeChangeSetInput: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def change_set_id(self) -> str:
        """The change set."""
        ...
    @change_set_id.setter
    def change_set_id(self, value: str) -> None: ...

@final
class DescribeEntityInput:
    """`DescribeEntity`'s input (GET, query string)."""
    def __new__(cls, *, catalog: str, entity_id: str) -> DescribeEntityInput: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def entity_id(self) -> str:
        """The entity."""
        ...
    @entity_id.setter
    def entity_id(self, value: str) -> None: ...

@final
class DescribeOrganizationInput:
    """`DescribeOrganization`'s input (it has no members)."""
    def __new__(cls) -> DescribeOrganizationInput: ...

@final
class DescribePolicyInput:
    """`DescribePolicy`'s input."""
    def __new__(cls, *, policy_id: str) -> DescribePolicyInput: ...
    @property
    def policy_id(self) -> str:
        """The policy (`p-...`)."""
        ...
    @policy_id.setter
    def policy_id(self, value: str) -> None: ...

@final
class DesiredState:
    """What the estate should look like: alternate contacts per type, Regions enabled."""
    def __new__(cls, *, contacts: list[AlternateContact] = ..., overwrite: bool = ..., regions: list[str] = ..., accounts: list[str] = ..., wait_for_regions: bool = ...) -> DesiredState: ...
    @property
    def contacts(self) -> list[AlternateContact]:
        """The alternate contacts every account should have (at most one per type)."""
        ...
    @contacts.setter
    def contacts(self, value: list[AlternateContact]) -> None: ...
    @property
    def overwrite(self) -> bool:
        """Replace contacts that are set but differ (otherwise only missing ones are added)."""
        ...
    @overwrite.setter
    def overwrite(self, value: bool) -> None: ...
    @property
    def regions(self) -> list[str]:
        """Regions every account should have enabled."""
        ...
    @regions.setter
    def regions(self, value: list[str]) -> None: ...
    @property
    def accounts(self) -> list[str]:
        """Only these accounts (default: every active account of the estate)."""
        ...
    @accounts.setter
    def accounts(self, value: list[str]) -> None: ...
    @property
    def wait_for_regions(self) -> bool:
        """Wait for enabled Regions to be ENABLED (and plan a change for Regions still ENABLING)."""
        ...
    @wait_for_regions.setter
    def wait_for_regions(self, value: bool) -> None: ...

@final
class Dimension:
    """A pricing dimension of a product, as `AddDimensions` sends it and `DescribeEntity` shows it."""
    def __new__(cls, *, key: str, description: str | None = ..., name: str, types: list[str] = ..., unit: str | None = ...) -> Dimension: ...
    @property
    def key(self) -> str:
        """The key offers price (1–100 characters of `A-Za-z0-9_.-`)."""
        ...
    @key.setter
    def key(self, value: str) -> None: ...
    @property
    def description(self) -> str | None:
        """What it is (1–1000 characters; the service requires it)."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def name(self) -> str:
        """Its display name (SaaS: 1–80 characters; AMI and container: 1–500)."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def types(self) -> list[str]:
        """1–3 of `Entitled` (contracts), `Metered` (AMI hourly) and `ExternallyMetered` (usage the seller reports)."""
        ...
    @types.setter
    def types(self, value: list[str]) -> None: ...
    @property
    def unit(self) -> str | None:
        """The unit, such as `Units`, `Users` or `Hrs` (1–20 characters; the service requires it)."""
        ...
    @unit.setter
    def unit(self, value: str | None) -> None: ...

@final
class DimensionQuantity:
    """A dimension and quantity the buyer chooses."""
    def __new__(cls, *, dimension_key: str, dimension_value: int) -> DimensionQuantity: ...
    @property
    def dimension_key(self) -> str:
        """The dimension."""
        ...
    @dimension_key.setter
    def dimension_key(self, value: str) -> None: ...
    @property
    def dimension_value(self) -> int:
        """How many."""
        ...
    @dimension_value.setter
    def dimension_value(self, value: int) -> None: ...

@final
class DimensionRef:
    """A dimension named by its key and types, as `RestrictDimensions` sends it."""
    def __new__(cls, *, key: str, types: list[str] = ...) -> DimensionRef: ...
    @property
    def key(self) -> str:
        """The dimension's key."""
        ...
    @key.setter
    def key(self, value: str) -> None: ...
    @property
    def types(self) -> list[str]:
        """The dimension's types, as they are (1–3)."""
        ...
    @types.setter
    def types(self, value: list[str]) -> None: ...

@final
class DimensionUpdate:
    """One dimension `UpdateDimensions` renames or redescribes: its `Key` and `Types` say which."""
    def __new__(cls, *, key: str, types: list[str] = ..., name: str | None = ..., description: str | None = ...) -> DimensionUpdate: ...
    @property
    def key(self) -> str:
        """The dimension's key."""
        ...
    @key.setter
    def key(self, value: str) -> None: ...
    @property
    def types(self) -> list[str]:
        """The dimension's types, as they are."""
        ...
    @types.setter
    def types(self, value: list[str]) -> None: ...
    @property
    def name(self) -> str | None:
        """A new display name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def description(self) -> str | None:
        """A new description (1–1000 characters)."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...

@final
class DisableRegionInput:
    """`DisableRegion`'s input."""
    def __new__(cls, *, region_name: str, account_id: str | None = ...) -> DisableRegionInput: ...
    @property
    def region_name(self) -> str:
        """The region."""
        ...
    @region_name.setter
    def region_name(self, value: str) -> None: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class DisassociateAudience:
    """`DisassociateAudience`: stop governing them."""
    def __new__(cls, *, principals: list[str] = ...) -> DisassociateAudience: ...
    @property
    def principals(self) -> list[str]:
        """Account ids or Organizations ARNs."""
        ...
    @principals.setter
    def principals(self, value: list[str]) -> None: ...

@final
class DisassociateOffers:
    """`DisassociateOffers`: take offers out of a Draft offer set (they keep their `OfferSetId`)."""
    def __new__(cls, *, offers: list[OfferRef] = ...) -> DisassociateOffers: ...
    @property
    def offers(self) -> list[OfferRef]:
        """1–7 offers."""
        ...
    @offers.setter
    def offers(self, value: list[OfferRef]) -> None: ...

@final
class DisassociateSolution:
    """`DisassociateSolution`: untie the offer set from its solution."""
    def __new__(cls, *, solution_id: str) -> DisassociateSolution: ...
    @property
    def solution_id(self) -> str:
        """`soln-...`, up to 50 characters."""
        ...
    @solution_id.setter
    def solution_id(self, value: str) -> None: ...

@final
class DiscoveryFilter:
    """A filter of `ListPurchaseOptions` or `SearchListings`/`SearchFacets`."""
    def __new__(cls, *, filter_type: str, filter_values: list[str] = ...) -> DiscoveryFilter: ...
    @property
    def filter_type(self) -> str:
        """PRODUCT_ID, SELLER_OF_RECORD_PROFILE_ID, PURCHASE_OPTION_TYPE, VISIBILITY_SCOPE, AVAILABILITY_STATUS (purchase
        options); CATEGORY, PUBLISHER, FULFILLMENT_OPTION_TYPE, PRICING_MODEL, PRICING_UNIT, PRODUCT_ID, ... (search)."""
        ...
    @filter_type.setter
    def filter_type(self, value: str) -> None: ...
    @property
    def filter_values(self) -> list[str]:
        """Any of these values matches."""
        ...
    @filter_values.setter
    def filter_values(self, value: list[str]) -> None: ...

@final
class EmailApprover:
    """A person who approves by email."""
    def __new__(cls, *, email_address: str, name: str | None = ...) -> EmailApprover: ...
    @property
    def email_address(self) -> str:
        """The address."""
        ...
    @email_address.setter
    def email_address(self, value: str) -> None: ...
    @property
    def name(self) -> str | None:
        """The name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...

@final
class EnableRegionInput:
    """`EnableRegion`'s input."""
    def __new__(cls, *, region_name: str, account_id: str | None = ...) -> EnableRegionInput: ...
    @property
    def region_name(self) -> str:
        """The region."""
        ...
    @region_name.setter
    def region_name(self, value: str) -> None: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class EnabledServicePrincipal:
    """A service with trusted access to the organization."""
    def __new__(cls, *, service_principal: str, date_enabled: datetime.datetime | None = ...) -> EnabledServicePrincipal: ...
    @property
    def service_principal(self) -> str:
        """The service principal (`account.amazonaws.com`)."""
        ...
    @service_principal.setter
    def service_principal(self, value: str) -> None: ...
    @property
    def date_enabled(self) -> datetime.datetime | None:
        """When its access was enabled."""
        ...
    @date_enabled.setter
    def date_enabled(self, value: datetime.datetime | None) -> None: ...

@final
class EndTimeBehavior:
    """What happens at the end."""
    def __new__(cls, *, behavior_type: str, reason_code: str | None = ...) -> EndTimeBehavior: ...
    @property
    def behavior_type(self) -> str:
        """RENEW, REPLACE or EXPIRE."""
        ...
    @behavior_type.setter
    def behavior_type(self, value: str) -> None: ...
    @property
    def reason_code(self) -> str | None:
        """Why (NO_RENEWAL_TERM, ...)."""
        ...
    @reason_code.setter
    def reason_code(self, value: str | None) -> None: ...

@final
class EntityDescription:
    """`DescribeEntity`'s output."""
    def __new__(cls, *, entity_type: str, entity_identifier: str, entity_arn: str, last_modified_date: str | None = ..., details: str | None = ..., details_document: JsonValue | None = ...) -> EntityDescription: ...
    @property
    def entity_type(self) -> str:
        """The versioned type, such as `Offer@1.0`."""
        ...
    @entity_type.setter
    def entity_type(self, value: str) -> None: ...
    @property
    def entity_identifier(self) -> str:
        """`id@revision`."""
        ...
    @entity_identifier.setter
    def entity_identifier(self, value: str) -> None: ...
    @property
    def entity_arn(self) -> str:
        """The ARN."""
        ...
    @entity_arn.setter
    def entity_arn(self, value: str) -> None: ...
    @property
    def last_modified_date(self) -> str | None:
        """When it last changed."""
        ...
    @last_modified_date.setter
    def last_modified_date(self, value: str | None) -> None: ...
    @property
    def details(self) -> str | None:
        """The details as a JSON string."""
        ...
    @details.setter
    def details(self, value: str | None) -> None: ...
    @property
    def details_document(self) -> JsonValue | None:
        """The details as a document."""
        ...
    @details_document.setter
    def details_document(self, value: JsonValue | None) -> None: ...

@final
class EntityDetail:
    """One entity of `BatchDescribeEntities`."""
    def __new__(cls, *, entity_type: str, entity_arn: str, entity_identifier: str, last_modified_date: str | None = ..., details_document: JsonValue | None = ...) -> EntityDetail: ...
    @property
    def entity_type(self) -> str:
        """The versioned type."""
        ...
    @entity_type.setter
    def entity_type(self, value: str) -> None: ...
    @property
    def entity_arn(self) -> str:
        """The ARN."""
        ...
    @entity_arn.setter
    def entity_arn(self, value: str) -> None: ...
    @property
    def entity_identifier(self) -> str:
        """`id@revision`."""
        ...
    @entity_identifier.setter
    def entity_identifier(self, value: str) -> None: ...
    @property
    def last_modified_date(self) -> str | None:
        """When it last changed."""
        ...
    @last_modified_date.setter
    def last_modified_date(self, value: str | None) -> None: ...
    @property
    def details_document(self) -> JsonValue | None:
        """The details."""
        ...
    @details_document.setter
    def details_document(self, value: JsonValue | None) -> None: ...

@final
class EntityRef:
    """Which entity a change acts on: its versioned type (`Offer@1.0`) and, except for create changes, its identifier
    (an entity id, `id@revision`, or `$ChangeName.Entity.Identifier` for an entity created earlier in the same set)."""
    def __new__(cls, *, entity_type: str, identifier: str | None = ...) -> EntityRef: ...
    @property
    def entity_type(self) -> str:
        """The versioned entity type."""
        ...
    @entity_type.setter
    def entity_type(self, value: str) -> None: ...
    @property
    def identifier(self) -> str | None:
        """The entity, absent on create changes."""
        ...
    @identifier.setter
    def identifier(self, value: str | None) -> None: ...

@final
class EntityRequest:
    """One entity to describe in `BatchDescribeEntities`."""
    def __new__(cls, *, catalog: str, entity_id: str) -> EntityRequest: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def entity_id(self) -> str:
        """The entity."""
        ...
    @entity_id.setter
    def entity_id(self, value: str) -> None: ...

@final
class EntitySummary:
    """An item of `ListEntities`."""
    def __new__(cls, *, name: str | None = ..., entity_type: str, entity_id: str, entity_arn: str, last_modified_date: str | None = ..., visibility: str | None = ..., ami_product_summary: ProductSummary | None = ..., container_product_summary: ProductSummary | None = ..., data_product_summary: ProductSummary | None = ..., saas_product_summary: ProductSummary | None = ..., machine_learning_product_summary: ProductSummary | None = ..., offer_summary: OfferSummary | None = ..., offer_set_summary: OfferSetSummary | None = ...) -> EntitySummary: ...
    @property
    def name(self) -> str | None:
        """The entity's name or title."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def entity_type(self) -> str:
        """Its type."""
        ...
    @entity_type.setter
    def entity_type(self, value: str) -> None: ...
    @property
    def entity_id(self) -> str:
        """Its id."""
        ...
    @entity_id.setter
    def entity_id(self, value: str) -> None: ...
    @property
    def entity_arn(self) -> str:
        """Its ARN."""
        ...
    @entity_arn.setter
    def entity_arn(self, value: str) -> None: ...
    @property
    def last_modified_date(self) -> str | None:
        """When it last changed."""
        ...
    @last_modified_date.setter
    def last_modified_date(self, value: str | None) -> None: ...
    @property
    def visibility(self) -> str | None:
        """Who can see it (Public, Limited, Restricted, Draft; or Private for private offers)."""
        ...
    @visibility.setter
    def visibility(self, value: str | None) -> None: ...
    @property
    def ami_product_summary(self) -> ProductSummary | None:
        """For AMI products."""
        ...
    @ami_product_summary.setter
    def ami_product_summary(self, value: ProductSummary | None) -> None: ...
    @property
    def container_product_summary(self) -> ProductSummary | None:
        """For container products."""
        ...
    @container_product_summary.setter
    def container_product_summary(self, value: ProductSummary | None) -> None: ...
    @property
    def data_product_summary(self) -> ProductSummary | None:
        """For data products."""
        ...
    @data_product_summary.setter
    def data_product_summary(self, value: ProductSummary | None) -> None: ...
    @property
    def saas_product_summary(self) -> ProductSummary | None:
        """For SaaS products."""
        ...
    @saas_product_summary.setter
    def saas_product_summary(self, value: ProductSummary | None) -> None: ...
    @property
    def machine_learning_product_summary(self) -> ProductSummary | None:
        """For machine learning products."""
        ...
    @machine_learning_product_summary.setter
    def machine_learning_product_summary(self, value: ProductSummary | None) -> None: ...
    @property
    def offer_summary(self) -> OfferSummary | None:
        """For offers."""
        ...
    @offer_summary.setter
    def offer_summary(self, value: OfferSummary | None) -> None: ...
    @property
    def offer_set_summary(self) -> OfferSetSummary | None:
        """Offer sets."""
        ...
    @offer_set_summary.setter
    def offer_set_summary(self, value: OfferSetSummary | None) -> None: ...

@final
class EntityTypeFilters:
    """`EntityTypeFilters`: a union, one member set, matching the listed entity type."""
    def __new__(cls, *, offer: OfferFilters | None = ..., saas_product: ProductFilters | None = ..., ami_product: ProductFilters | None = ..., container_product: ProductFilters | None = ..., data_product: ProductFilters | None = ..., machine_learning_product: ProductFilters | None = ..., other: dict[str, JsonValue] = ...) -> EntityTypeFilters: ...
    @property
    def offer(self) -> OfferFilters | None:
        """For `Offer`."""
        ...
    @offer.setter
    def offer(self, value: OfferFilters | None) -> None: ...
    @property
    def saas_product(self) -> ProductFilters | None:
        """For `SaaSProduct`."""
        ...
    @saas_product.setter
    def saas_product(self, value: ProductFilters | None) -> None: ...
    @property
    def ami_product(self) -> ProductFilters | None:
        """For `AmiProduct`."""
        ...
    @ami_product.setter
    def ami_product(self, value: ProductFilters | None) -> None: ...
    @property
    def container_product(self) -> ProductFilters | None:
        """For `ContainerProduct`."""
        ...
    @container_product.setter
    def container_product(self, value: ProductFilters | None) -> None: ...
    @property
    def data_product(self) -> ProductFilters | None:
        """For `DataProduct`."""
        ...
    @data_product.setter
    def data_product(self, value: ProductFilters | None) -> None: ...
    @property
    def machine_learning_product(self) -> ProductFilters | None:
        """For `MachineLearningProduct`."""
        ...
    @machine_learning_product.setter
    def machine_learning_product(self, value: ProductFilters | None) -> None: ...
    @property
    def other(self) -> dict[str, JsonValue]:
        """Union members this library does not type (resale authorizations, offer sets, ...), kept as sent."""
        ...
    @other.setter
    def other(self, value: dict[str, JsonValue]) -> None: ...

@final
class ErrorDetail:
    """An error of one change."""
    def __new__(cls, *, error_code: str, error_message: str) -> ErrorDetail: ...
    @property
    def error_code(self) -> str:
        """A code such as `INVALID_INPUT`."""
        ...
    @error_code.setter
    def error_code(self, value: str) -> None: ...
    @property
    def error_message(self) -> str:
        """What is wrong."""
        ...
    @error_message.setter
    def error_message(self, value: str) -> None: ...

@final
class EstateAccount:
    """An account of the estate."""
    def __new__(cls, *, account_id: str, name: str | None = ..., email: str | None = ..., status: OrganizationAccountStatus | None = ..., joined_method: AccountJoinedMethod | None = ..., management: bool, parent_id: str | None = ..., ou_path: list[str] = ..., ou_ids: list[str] = ..., tags: dict[str, str], policy_ids: list[str] = ..., primary_contact: ContactInformation | None = ..., alternate_contacts: AlternateContacts, regions: list[Region] = ..., read_errors: list[ReadError] = ...) -> EstateAccount: ...
    @property
    def account_id(self) -> str:
        """Its id."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...
    @property
    def name(self) -> str | None:
        """Its name in the organization."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def email(self) -> str | None:
        """Its root email, as the organization knows it."""
        ...
    @email.setter
    def email(self, value: str | None) -> None: ...
    @property
    def status(self) -> OrganizationAccountStatus | None:
        """Its status in the organization."""
        ...
    @status.setter
    def status(self, value: OrganizationAccountStatus | None) -> None: ...
    @property
    def joined_method(self) -> AccountJoinedMethod | None:
        """How it joined."""
        ...
    @joined_method.setter
    def joined_method(self, value: AccountJoinedMethod | None) -> None: ...
    @property
    def management(self) -> bool:
        """Whether it is the organization's management account."""
        ...
    @management.setter
    def management(self, value: bool) -> None: ...
    @property
    def parent_id(self) -> str | None:
        """The id of its parent (root or unit)."""
        ...
    @parent_id.setter
    def parent_id(self, value: str | None) -> None: ...
    @property
    def ou_path(self) -> list[str]:
        """The names of the units from the root down to its parent (empty directly under the root)."""
        ...
    @ou_path.setter
    def ou_path(self, value: list[str]) -> None: ...
    @property
    def ou_ids(self) -> list[str]:
        """The ids of the same units."""
        ...
    @ou_ids.setter
    def ou_ids(self, value: list[str]) -> None: ...
    @property
    def tags(self) -> dict[str, str]:
        """Its tags."""
        ...
    @tags.setter
    def tags(self, value: dict[str, str]) -> None: ...
    @property
    def policy_ids(self) -> list[str]:
        """The service control policies attached to the account itself."""
        ...
    @policy_ids.setter
    def policy_ids(self, value: list[str]) -> None: ...
    @property
    def primary_contact(self) -> ContactInformation | None:
        """The primary contact, when it could be read."""
        ...
    @primary_contact.setter
    def primary_contact(self, value: ContactInformation | None) -> None: ...
    @property
    def alternate_contacts(self) -> AlternateContacts:
        """The alternate contacts that are set."""
        ...
    @alternate_contacts.setter
    def alternate_contacts(self, value: AlternateContacts) -> None: ...
    @property
    def regions(self) -> list[Region]:
        """Its Regions and their opt-in status (empty when they could not be read)."""
        ...
    @regions.setter
    def regions(self, value: list[Region]) -> None: ...
    @property
    def read_errors(self) -> list[ReadError]:
        """What could not be read."""
        ...
    @read_errors.setter
    def read_errors(self, value: list[ReadError]) -> None: ...

@final
class EstatePolicy:
    """A service control policy."""
    def __new__(cls, *, id: str, name: str, aws_managed: bool, content: str | None = ...) -> EstatePolicy: ...
    @property
    def id(self) -> str:
        """Its id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def name(self) -> str:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def aws_managed(self) -> bool:
        """Whether AWS manages it (`FullAWSAccess`)."""
        ...
    @aws_managed.setter
    def aws_managed(self, value: bool) -> None: ...
    @property
    def content(self) -> str | None:
        """Its document, when it could be read."""
        ...
    @content.setter
    def content(self, value: str | None) -> None: ...

@final
class EstateUnit:
    """An organizational unit."""
    def __new__(cls, *, id: str, name: str, parent_id: str, path: list[str] = ..., policy_ids: list[str] = ...) -> EstateUnit: ...
    @property
    def id(self) -> str:
        """Its id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def name(self) -> str:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def parent_id(self) -> str:
        """Its parent's id."""
        ...
    @parent_id.setter
    def parent_id(self, value: str) -> None: ...
    @property
    def path(self) -> list[str]:
        """Names from the root down, itself included."""
        ...
    @path.setter
    def path(self, value: list[str]) -> None: ...
    @property
    def policy_ids(self) -> list[str]:
        """The service control policies attached to it."""
        ...
    @policy_ids.setter
    def policy_ids(self, value: list[str]) -> None: ...

@final
class EstimatedCharges:
    """An agreement's value."""
    def __new__(cls, *, currency_code: str | None = ..., agreement_value: str | None = ...) -> EstimatedCharges: ...
    @property
    def currency_code(self) -> str | None:
        """The currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: str | None) -> None: ...
    @property
    def agreement_value(self) -> str | None:
        """The total."""
        ...
    @agreement_value.setter
    def agreement_value(self, value: str | None) -> None: ...

@final
class EstimatedTaxes:
    """Estimated taxes on an agreement request."""
    def __new__(cls, *, breakdown: list[TaxBreakdownItem] = ..., total_amount: str | None = ...) -> EstimatedTaxes: ...
    @property
    def breakdown(self) -> list[TaxBreakdownItem]:
        """Each tax."""
        ...
    @breakdown.setter
    def breakdown(self, value: list[TaxBreakdownItem]) -> None: ...
    @property
    def total_amount(self) -> str | None:
        """Their total (2 decimals)."""
        ...
    @total_amount.setter
    def total_amount(self, value: str | None) -> None: ...

@final
class ExpectedCharge:
    """A charge the agreement will make."""
    def __new__(cls, *, id: str | None = ..., time: datetime.datetime | None = ..., amount: str | None = ..., timing: str | None = ..., purchase_order_reference: str | None = ...) -> ExpectedCharge: ...
    @property
    def id(self) -> str | None:
        """The charge's id (purchase orders refer to it)."""
        ...
    @id.setter
    def id(self, value: str | None) -> None: ...
    @property
    def time(self) -> datetime.datetime | None:
        """When."""
        ...
    @time.setter
    def time(self, value: datetime.datetime | None) -> None: ...
    @property
    def amount(self) -> str | None:
        """How much."""
        ...
    @amount.setter
    def amount(self, value: str | None) -> None: ...
    @property
    def timing(self) -> str | None:
        """ON_ACCEPTANCE, SCHEDULED, BILLING_PERIOD or NOT_APPLICABLE."""
        ...
    @timing.setter
    def timing(self, value: str | None) -> None: ...
    @property
    def purchase_order_reference(self) -> str | None:
        """A purchase order for it."""
        ...
    @purchase_order_reference.setter
    def purchase_order_reference(self, value: str | None) -> None: ...

@final
class Filter:
    """A `Name`/`ValueList` filter."""
    def __new__(cls, *, name: str, value_list: list[str] = ...) -> Filter: ...
    @property
    def name(self) -> str:
        """The filter's name, such as `Status` or `EntityId`."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def value_list(self) -> list[str]:
        """1–10 values; any matches."""
        ...
    @value_list.setter
    def value_list(self, value: list[str]) -> None: ...

@final
class Finding:
    """One finding of an audit."""
    def __new__(cls, *, check: str, account_id: str, status: CheckStatus, control: str, detail: str, contact_type: AlternateContactType | None = ..., resource: str | None = ...) -> Finding: ...
    @property
    def check(self) -> str:
        """The check (`CHK-CONTACT-ALT-PRESENT`, ...)."""
        ...
    @check.setter
    def check(self, value: str) -> None: ...
    @property
    def account_id(self) -> str:
        """The account it is about (for checks of the organization or of the seller, the management or calling account)."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...
    @property
    def status(self) -> CheckStatus:
        """The outcome."""
        ...
    @status.setter
    def status(self, value: CheckStatus) -> None: ...
    @property
    def control(self) -> str:
        """The checklist control it serves, namespaced by checklist and version (`msp/7.1/SEC-003 [A-CONTACTS]`)."""
        ...
    @control.setter
    def control(self, value: str) -> None: ...
    @property
    def detail(self) -> str:
        """What was found, in a sentence."""
        ...
    @detail.setter
    def detail(self, value: str) -> None: ...
    @property
    def contact_type(self) -> AlternateContactType | None:
        """The alternate contact type, for the per-type contact checks."""
        ...
    @contact_type.setter
    def contact_type(self, value: AlternateContactType | None) -> None: ...
    @property
    def resource(self) -> str | None:
        """The resource, where the finding is about one (a policy, a service principal, an application, a product)."""
        ...
    @resource.setter
    def resource(self, value: str | None) -> None: ...

@final
class FixedUpfrontPricingTerm:
    """A fixed contract price for fixed grants (typical of private offers)."""
    def __new__(cls, *, currency_code: CurrencyCode, price: str, duration: str | None = ..., grants: list[Grant] = ...) -> FixedUpfrontPricingTerm: ...
    @property
    def currency_code(self) -> CurrencyCode:
        """The currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: CurrencyCode) -> None: ...
    @property
    def price(self) -> str:
        """The total price, up to 3 decimals."""
        ...
    @price.setter
    def price(self, value: str) -> None: ...
    @property
    def duration(self) -> str | None:
        """The contract duration (ISO 8601)."""
        ...
    @duration.setter
    def duration(self, value: str | None) -> None: ...
    @property
    def grants(self) -> list[Grant]:
        """1–800 grants."""
        ...
    @grants.setter
    def grants(self, value: list[Grant]) -> None: ...

@final
class FreeTrialPricingTerm:
    """A free trial."""
    def __new__(cls, *, duration: str, grants: list[Grant] = ...) -> FreeTrialPricingTerm: ...
    @property
    def duration(self) -> str:
        """How long (ISO 8601)."""
        ...
    @duration.setter
    def duration(self, value: str) -> None: ...
    @property
    def grants(self) -> list[Grant]:
        """1–800 grants."""
        ...
    @grants.setter
    def grants(self, value: list[Grant]) -> None: ...

@final
class FulfillmentOptionSummary:
    """How a product is delivered, in short."""
    def __new__(cls, *, fulfillment_option_type: str, display_name: str) -> FulfillmentOptionSummary: ...
    @property
    def fulfillment_option_type(self) -> str:
        """AMAZON_MACHINE_IMAGE, CONTAINER, SAAS, ..."""
        ...
    @fulfillment_option_type.setter
    def fulfillment_option_type(self, value: str) -> None: ...
    @property
    def display_name(self) -> str:
        """The name shown."""
        ...
    @display_name.setter
    def display_name(self, value: str) -> None: ...

@final
class FutureRegionSupport:
    """Which regions an AMI product joins as AWS opens them."""
    def __new__(cls, *, supported_regions: list[str] = ...) -> FutureRegionSupport: ...
    @property
    def supported_regions(self) -> list[str]:
        """Exactly one of `All`, `US`, `None`."""
        ...
    @supported_regions.setter
    def supported_regions(self, value: list[str]) -> None: ...

@final
class GetAccountInformationInput:
    """`GetAccountInformation`'s input."""
    def __new__(cls, *, account_id: str | None = ...) -> GetAccountInformationInput: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class GetAgreementApprovalInput:
    """`GetAgreementApproval`'s input."""
    def __new__(cls, *, agreement_approval_id: str) -> GetAgreementApprovalInput: ...
    @property
    def agreement_approval_id(self) -> str:
        """The approval (`apr-...`)."""
        ...
    @agreement_approval_id.setter
    def agreement_approval_id(self, value: str) -> None: ...

@final
class GetAgreementCancellationRequestInput:
    """`GetAgreementCancellationRequest`'s input."""
    def __new__(cls, *, agreement_id: str, agreement_cancellation_request_id: str) -> GetAgreementCancellationRequestInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def agreement_cancellation_request_id(self) -> str:
        """The request (`acr-...`)."""
        ...
    @agreement_cancellation_request_id.setter
    def agreement_cancellation_request_id(self, value: str) -> None: ...

@final
class GetAgreementContactsInput:
    """`GetAgreementContacts`'s input."""
    def __new__(cls, *, agreement_id: str) -> GetAgreementContactsInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...

@final
class GetAgreementContactsOutput:
    """`GetAgreementContacts`'s output."""
    def __new__(cls, *, acceptor_contact: AcceptorContact | None = ...) -> GetAgreementContactsOutput: ...
    @property
    def acceptor_contact(self) -> AcceptorContact | None:
        """Who accepted, when anybody is on record."""
        ...
    @acceptor_contact.setter
    def acceptor_contact(self, value: AcceptorContact | None) -> None: ...

@final
class GetAgreementEntitlementsInput:
    """`GetAgreementEntitlements`'s input (pages of 1–50)."""
    def __new__(cls, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementEntitlementsInput: ...
    @property
    def agreement_id(self) -> str:
        """The resource."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class GetAgreementEntitlementsOutput:
    """`GetAgreementEntitlements`'s output."""
    def __new__(cls, *, agreement_entitlements: list[AgreementEntitlement] = ..., next_token: str | None = ...) -> GetAgreementEntitlementsOutput: ...
    @property
    def agreement_entitlements(self) -> list[AgreementEntitlement]:
        """This page."""
        ...
    @agreement_entitlements.setter
    def agreement_entitlements(self, value: list[AgreementEntitlement]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class GetAgreementPaymentRequestInput:
    """`GetAgreementPaymentRequest`'s input."""
    def __new__(cls, *, payment_request_id: str, agreement_id: str) -> GetAgreementPaymentRequestInput: ...
    @property
    def payment_request_id(self) -> str:
        """The payment request (`pr-...`)."""
        ...
    @payment_request_id.setter
    def payment_request_id(self, value: str) -> None: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...

@final
class GetAgreementRequestApprovalPlansInput:
    """`GetAgreementRequestApprovalPlans`'s input (pages of 1–50)."""
    def __new__(cls, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementRequestApprovalPlansInput: ...
    @property
    def agreement_request_id(self) -> str:
        """The resource."""
        ...
    @agreement_request_id.setter
    def agreement_request_id(self, value: str) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class GetAgreementRequestApprovalPlansOutput:
    """`GetAgreementRequestApprovalPlans`'s output."""
    def __new__(cls, *, items: list[ApprovalPlan] = ..., next_token: str | None = ...) -> GetAgreementRequestApprovalPlansOutput: ...
    @property
    def items(self) -> list[ApprovalPlan]:
        """This page."""
        ...
    @items.setter
    def items(self, value: list[ApprovalPlan]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class GetAgreementRequestInput:
    """`GetAgreementRequest`'s input."""
    def __new__(cls, *, agreement_request_id: str) -> GetAgreementRequestInput: ...
    @property
    def agreement_request_id(self) -> str:
        """The request (`ar-...`)."""
        ...
    @agreement_request_id.setter
    def agreement_request_id(self, value: str) -> None: ...

@final
class GetAgreementRequestTermsInput:
    """`GetAgreementRequestTerms`'s input (pages of 10–50)."""
    def __new__(cls, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementRequestTermsInput: ...
    @property
    def agreement_request_id(self) -> str:
        """The resource."""
        ...
    @agreement_request_id.setter
    def agreement_request_id(self, value: str) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class GetAgreementRequestTermsOutput:
    """`GetAgreementRequestTerms`'s output: one page of the terms the request asks for."""
    def __new__(cls, *, terms: list[dict[str, JsonValue]] = ..., next_token: str | None = ...) -> GetAgreementRequestTermsOutput: ...
    @property
    def terms(self) -> list[dict[str, JsonValue]]:
        """This page."""
        ...
    @terms.setter
    def terms(self, value: list[dict[str, JsonValue]]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class GetAgreementTermsInput:
    """`GetAgreementTerms`'s input (pages of 1–50)."""
    def __new__(cls, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementTermsInput: ...
    @property
    def agreement_id(self) -> str:
        """The resource."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class GetAgreementTermsOutput:
    """`GetAgreementTerms`'s output."""
    def __new__(cls, *, accepted_terms: list[dict[str, JsonValue]] = ..., next_token: str | None = ...) -> GetAgreementTermsOutput: ...
    @property
    def accepted_terms(self) -> list[dict[str, JsonValue]]:
        """This page."""
        ...
    @accepted_terms.setter
    def accepted_terms(self, value: list[dict[str, JsonValue]]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class GetAlternateContactInput:
    """`GetAlternateContact`'s input."""
    def __new__(cls, *, alternate_contact_type: AlternateContactType, account_id: str | None = ...) -> GetAlternateContactInput: ...
    @property
    def alternate_contact_type(self) -> AlternateContactType:
        """Which contact."""
        ...
    @alternate_contact_type.setter
    def alternate_contact_type(self, value: AlternateContactType) -> None: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class GetApplicationInput:
    """`GetApplication`'s input."""
    def __new__(cls, *, application_id: str, semantic_version: str | None = ...) -> GetApplicationInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def semantic_version(self) -> str | None:
        """The version to include (default: the latest)."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str | None) -> None: ...

@final
class GetApplicationPolicyInput:
    """`GetApplicationPolicy`'s input."""
    def __new__(cls, *, application_id: str) -> GetApplicationPolicyInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...

@final
class GetBillingAdjustmentRequestInput:
    """`GetBillingAdjustmentRequest`'s input."""
    def __new__(cls, *, agreement_id: str, billing_adjustment_request_id: str) -> GetBillingAdjustmentRequestInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def billing_adjustment_request_id(self) -> str:
        """The refund (`ba-...`)."""
        ...
    @billing_adjustment_request_id.setter
    def billing_adjustment_request_id(self, value: str) -> None: ...

@final
class GetCallerIdentityInput:
    """`GetCallerIdentity`'s input (it has no members)."""
    def __new__(cls) -> GetCallerIdentityInput: ...

@final
class GetCloudFormationTemplateInput:
    """`GetCloudFormationTemplate`'s input."""
    def __new__(cls, *, application_id: str, template_id: str) -> GetCloudFormationTemplateInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def template_id(self) -> str:
        """The template's UUID."""
        ...
    @template_id.setter
    def template_id(self, value: str) -> None: ...

@final
class GetContactInformationInput:
    """`GetContactInformation`'s input."""
    def __new__(cls, *, account_id: str | None = ...) -> GetContactInformationInput: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class GetGovCloudAccountInformationInput:
    """`GetGovCloudAccountInformation`'s input."""
    def __new__(cls, *, standard_account_id: str | None = ...) -> GetGovCloudAccountInformationInput: ...
    @property
    def standard_account_id(self) -> str | None:
        """The standard account (organizations mode); `None` is the caller's own."""
        ...
    @standard_account_id.setter
    def standard_account_id(self, value: str | None) -> None: ...

@final
class GetListingInput:
    """`GetListing`'s input."""
    def __new__(cls, *, listing_id: str, locale: str | None = ...) -> GetListingInput: ...
    @property
    def listing_id(self) -> str:
        """The id."""
        ...
    @listing_id.setter
    def listing_id(self, value: str) -> None: ...
    @property
    def locale(self) -> str | None:
        """A locale such as `en-US`."""
        ...
    @locale.setter
    def locale(self, value: str | None) -> None: ...

@final
class GetOfferInput:
    """`GetOffer`'s input."""
    def __new__(cls, *, offer_id: str, locale: str | None = ...) -> GetOfferInput: ...
    @property
    def offer_id(self) -> str:
        """The id."""
        ...
    @offer_id.setter
    def offer_id(self, value: str) -> None: ...
    @property
    def locale(self) -> str | None:
        """A locale such as `en-US`."""
        ...
    @locale.setter
    def locale(self, value: str | None) -> None: ...

@final
class GetOfferSetInput:
    """`GetOfferSet`'s input."""
    def __new__(cls, *, offer_set_id: str, locale: str | None = ...) -> GetOfferSetInput: ...
    @property
    def offer_set_id(self) -> str:
        """The id."""
        ...
    @offer_set_id.setter
    def offer_set_id(self, value: str) -> None: ...
    @property
    def locale(self) -> str | None:
        """A locale such as `en-US`."""
        ...
    @locale.setter
    def locale(self, value: str | None) -> None: ...

@final
class GetOfferTermsInput:
    """`GetOfferTerms`'s input (pages of 1–25)."""
    def __new__(cls, *, offer_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> GetOfferTermsInput: ...
    @property
    def offer_id(self) -> str:
        """The id."""
        ...
    @offer_id.setter
    def offer_id(self, value: str) -> None: ...
    @property
    def locale(self) -> str | None:
        """A locale such as `en-US`."""
        ...
    @locale.setter
    def locale(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class GetOfferTermsOutput:
    """`GetOfferTerms`'s output."""
    def __new__(cls, *, offer_terms: list[dict[str, JsonValue]] = ..., next_token: str | None = ...) -> GetOfferTermsOutput: ...
    @property
    def offer_terms(self) -> list[dict[str, JsonValue]]:
        """This page."""
        ...
    @offer_terms.setter
    def offer_terms(self, value: list[dict[str, JsonValue]]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class GetPrimaryEmailInput:
    """`GetPrimaryEmail`'s input."""
    def __new__(cls, *, account_id: str) -> GetPrimaryEmailInput: ...
    @property
    def account_id(self) -> str:
        """The member account (organizations mode only)."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...

@final
class GetPrimaryEmailUpdateStatusInput:
    """`GetPrimaryEmailUpdateStatus`'s input."""
    def __new__(cls, *, account_id: str | None = ...) -> GetPrimaryEmailUpdateStatusInput: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class GetProcurementStatusInput:
    """`GetProcurementStatus`'s input."""
    def __new__(cls, *, product_id: str) -> GetProcurementStatusInput: ...
    @property
    def product_id(self) -> str:
        """The product."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...

@final
class GetProductInput:
    """`GetProduct`'s input."""
    def __new__(cls, *, product_id: str, locale: str | None = ...) -> GetProductInput: ...
    @property
    def product_id(self) -> str:
        """The id."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...
    @property
    def locale(self) -> str | None:
        """A locale such as `en-US`."""
        ...
    @locale.setter
    def locale(self, value: str | None) -> None: ...

@final
class GetRegionOptStatusInput:
    """`GetRegionOptStatus`'s input."""
    def __new__(cls, *, region_name: str, account_id: str | None = ...) -> GetRegionOptStatusInput: ...
    @property
    def region_name(self) -> str:
        """The region."""
        ...
    @region_name.setter
    def region_name(self, value: str) -> None: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class GetResourcePolicyInput:
    """`GetResourcePolicy`'s input (GET, query string)."""
    def __new__(cls, *, resource_arn: str) -> GetResourcePolicyInput: ...
    @property
    def resource_arn(self) -> str:
        """The entity."""
        ...
    @resource_arn.setter
    def resource_arn(self, value: str) -> None: ...

@final
class GovCloudAccountInformation:
    """What `GetGovCloudAccountInformation` returns."""
    def __new__(cls, *, gov_cloud_account_id: str, account_state: AccountState) -> GovCloudAccountInformation: ...
    @property
    def gov_cloud_account_id(self) -> str:
        """The GovCloud account linked to the standard account."""
        ...
    @gov_cloud_account_id.setter
    def gov_cloud_account_id(self, value: str) -> None: ...
    @property
    def account_state(self) -> AccountState:
        """Its state."""
        ...
    @account_state.setter
    def account_state(self, value: AccountState) -> None: ...

@final
class Grant:
    """Units of a dimension a term grants."""
    def __new__(cls, *, dimension_key: str, max_quantity: int | None = ...) -> Grant: ...
    @property
    def dimension_key(self) -> str:
        """The dimension."""
        ...
    @dimension_key.setter
    def dimension_key(self, value: str) -> None: ...
    @property
    def max_quantity(self) -> int | None:
        """1–2147483646 units."""
        ...
    @max_quantity.setter
    def max_quantity(self, value: int | None) -> None: ...

@final
class Installment:
    """One installment of a flexible payment schedule."""
    def __new__(cls, *, date: str, amount: str) -> Installment: ...
    @property
    def date(self) -> str:
        """When it is charged, `YYYY-MM-DD`."""
        ...
    @date.setter
    def date(self, value: str) -> None: ...
    @property
    def amount(self) -> str:
        """A decimal amount."""
        ...
    @amount.setter
    def amount(self, value: str) -> None: ...

@final
class Inventory:
    """Every account of the estate, with what the audit needs of the organization around them."""
    def __new__(cls, *, caller: str, organization: Organization | None = ..., root_id: str | None = ..., scps_enabled: bool, root_policy_ids: list[str] = ..., units: list[EstateUnit] = ..., policies: list[EstatePolicy] = ..., service_access: list[str] = ..., delegated_administrators: list[Delegation] = ..., accounts: list[EstateAccount] = ..., read_errors: list[ReadError] = ...) -> Inventory: ...
    @property
    def caller(self) -> str:
        """Who read it."""
        ...
    @caller.setter
    def caller(self, value: str) -> None: ...
    @property
    def organization(self) -> Organization | None:
        """The organization (none for a standalone account)."""
        ...
    @organization.setter
    def organization(self, value: Organization | None) -> None: ...
    @property
    def root_id(self) -> str | None:
        """The root's id."""
        ...
    @root_id.setter
    def root_id(self, value: str | None) -> None: ...
    @property
    def scps_enabled(self) -> bool:
        """Whether service control policies are enabled on the root."""
        ...
    @scps_enabled.setter
    def scps_enabled(self, value: bool) -> None: ...
    @property
    def root_policy_ids(self) -> list[str]:
        """The service control policies attached to the root."""
        ...
    @root_policy_ids.setter
    def root_policy_ids(self, value: list[str]) -> None: ...
    @property
    def units(self) -> list[EstateUnit]:
        """Every organizational unit."""
        ...
    @units.setter
    def units(self, value: list[EstateUnit]) -> None: ...
    @property
    def policies(self) -> list[EstatePolicy]:
        """Every service control policy attached somewhere."""
        ...
    @policies.setter
    def policies(self, value: list[EstatePolicy]) -> None: ...
    @property
    def service_access(self) -> list[str]:
        """The services with trusted access."""
        ...
    @service_access.setter
    def service_access(self, value: list[str]) -> None: ...
    @property
    def delegated_administrators(self) -> list[Delegation]:
        """The delegated administrators."""
        ...
    @delegated_administrators.setter
    def delegated_administrators(self, value: list[Delegation]) -> None: ...
    @property
    def accounts(self) -> list[EstateAccount]:
        """Every account, by id."""
        ...
    @accounts.setter
    def accounts(self, value: list[EstateAccount]) -> None: ...
    @property
    def read_errors(self) -> list[ReadError]:
        """What could not be read of the organization itself."""
        ...
    @read_errors.setter
    def read_errors(self, value: list[ReadError]) -> None: ...

@final
class InvoiceBillingPeriod:
    """The month an invoice bills."""
    def __new__(cls, *, month: int, year: int) -> InvoiceBillingPeriod: ...
    @property
    def month(self) -> int:
        """1–12."""
        ...
    @month.setter
    def month(self, value: int) -> None: ...
    @property
    def year(self) -> int:
        """2023–2050."""
        ...
    @year.setter
    def year(self, value: int) -> None: ...

@final
class InvoiceLineItemGroup:
    """An invoice (or credit memo) of an agreement, as `ListAgreementInvoiceLineItems` groups it by invoice id."""
    def __new__(cls, *, agreement_id: str | None = ..., invoice_id: str | None = ..., pricing_currency_amount: PricingCurrencyAmount | None = ..., invoice_billing_period: InvoiceBillingPeriod | None = ..., issued_time: datetime.datetime | None = ..., invoice_type: str | None = ..., invoicing_entity: InvoicingEntity | None = ...) -> InvoiceLineItemGroup: ...
    @property
    def agreement_id(self) -> str | None:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str | None) -> None: ...
    @property
    def invoice_id(self) -> str | None:
        """The invoice (a charge's id) or credit memo (a billing adjustment's id)."""
        ...
    @invoice_id.setter
    def invoice_id(self, value: str | None) -> None: ...
    @property
    def pricing_currency_amount(self) -> PricingCurrencyAmount | None:
        """`{"amount", "currencyCode"}`."""
        ...
    @pricing_currency_amount.setter
    def pricing_currency_amount(self, value: PricingCurrencyAmount | None) -> None: ...
    @property
    def invoice_billing_period(self) -> InvoiceBillingPeriod | None:
        """The month billed."""
        ...
    @invoice_billing_period.setter
    def invoice_billing_period(self, value: InvoiceBillingPeriod | None) -> None: ...
    @property
    def issued_time(self) -> datetime.datetime | None:
        """When it was issued."""
        ...
    @issued_time.setter
    def issued_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def invoice_type(self) -> str | None:
        """`INVOICE` or `CREDIT_MEMO`."""
        ...
    @invoice_type.setter
    def invoice_type(self, value: str | None) -> None: ...
    @property
    def invoicing_entity(self) -> InvoicingEntity | None:
        """Who invoices: AWS Inc. or AWS EMEA SARL."""
        ...
    @invoicing_entity.setter
    def invoicing_entity(self, value: InvoicingEntity | None) -> None: ...

@final
class InvoicingEntity:
    """The AWS company that invoices."""
    def __new__(cls, *, legal_name: str | None = ..., branch_name: str | None = ...) -> InvoicingEntity: ...
    @property
    def legal_name(self) -> str | None:
        """Its legal name."""
        ...
    @legal_name.setter
    def legal_name(self, value: str | None) -> None: ...
    @property
    def branch_name(self) -> str | None:
        """Its branch."""
        ...
    @branch_name.setter
    def branch_name(self, value: str | None) -> None: ...

@final
class ItemizedCharge:
    """A change of quantity an amendment makes."""
    def __new__(cls, *, dimension_key: str, new_quantity: int | None = ..., old_quantity: int | None = ..., incremental_charge_amount: str | None = ...) -> ItemizedCharge: ...
    @property
    def dimension_key(self) -> str:
        """The dimension."""
        ...
    @dimension_key.setter
    def dimension_key(self, value: str) -> None: ...
    @property
    def new_quantity(self) -> int | None:
        """The quantity after."""
        ...
    @new_quantity.setter
    def new_quantity(self, value: int | None) -> None: ...
    @property
    def old_quantity(self) -> int | None:
        """The quantity before."""
        ...
    @old_quantity.setter
    def old_quantity(self, value: int | None) -> None: ...
    @property
    def incremental_charge_amount(self) -> str | None:
        """What the change costs."""
        ...
    @incremental_charge_amount.setter
    def incremental_charge_amount(self, value: str | None) -> None: ...

@final
class LegalDocument:
    """A legal document."""
    def __new__(cls, *, document_type: LegalDocumentType, url: str | None = ..., version: str | None = ...) -> LegalDocument: ...
    @property
    def document_type(self) -> LegalDocumentType:
        """Which kind."""
        ...
    @document_type.setter
    def document_type(self, value: LegalDocumentType) -> None: ...
    @property
    def url(self) -> str | None:
        """Where a custom document lives (≤ 32000 characters)."""
        ...
    @url.setter
    def url(self, value: str | None) -> None: ...
    @property
    def version(self) -> str | None:
        """The standard document's version (2019-04-24, 2022-07-14, 2019-12-12)."""
        ...
    @version.setter
    def version(self, value: str | None) -> None: ...

@final
class LegalTerm:
    """The EULA or data subscription agreement."""
    def __new__(cls, *, documents: list[LegalDocument] = ...) -> LegalTerm: ...
    @property
    def documents(self) -> list[LegalDocument]:
        """Exactly one document in a change."""
        ...
    @documents.setter
    def documents(self, value: list[LegalDocument]) -> None: ...

@final
class ListAccountsForParentInput:
    """`ListAccountsForParent`'s input (one page)."""
    def __new__(cls, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> ListAccountsForParentInput: ...
    @property
    def parent_id(self) -> str:
        """The root (`r-...`) or organizational unit (`ou-...`)."""
        ...
    @parent_id.setter
    def parent_id(self, value: str) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size, 1 to 20."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...

@final
class ListAccountsInput:
    """`ListAccounts`'s input (one page)."""
    def __new__(cls, *, next_token: str | None = ..., max_results: int | None = ...) -> ListAccountsInput: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size, 1 to 20."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...

@final
class ListAccountsOutput:
    """`ListAccounts`'s and `ListAccountsForParent`'s output: one page of accounts."""
    def __new__(cls, *, accounts: list[OrganizationAccount] = ..., next_token: str | None = ...) -> ListAccountsOutput: ...
    @property
    def accounts(self) -> list[OrganizationAccount]:
        """This page's items."""
        ...
    @accounts.setter
    def accounts(self, value: list[OrganizationAccount]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts, if there is one."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementApprovalsInput:
    """`ListAgreementApprovals`'s input."""
    def __new__(cls, *, party_type: ApprovalPartyType, catalog: str | None = ..., agreement_request_id: str | None = ..., approval_type: str | None = ..., status: ApprovalStatus | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementApprovalsInput: ...
    @property
    def party_type(self) -> ApprovalPartyType:
        """Whose approvals."""
        ...
    @party_type.setter
    def party_type(self, value: ApprovalPartyType) -> None: ...
    @property
    def catalog(self) -> str | None:
        """`AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str | None) -> None: ...
    @property
    def agreement_request_id(self) -> str | None:
        """Only this request's approvals."""
        ...
    @agreement_request_id.setter
    def agreement_request_id(self, value: str | None) -> None: ...
    @property
    def approval_type(self) -> str | None:
        """`BUYER_AGREEMENT_APPROVAL`."""
        ...
    @approval_type.setter
    def approval_type(self, value: str | None) -> None: ...
    @property
    def status(self) -> ApprovalStatus | None:
        """Only this status."""
        ...
    @status.setter
    def status(self, value: ApprovalStatus | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size (1–50)."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementApprovalsOutput:
    """`ListAgreementApprovals`'s output."""
    def __new__(cls, *, items: list[ApprovalSummary] = ..., next_token: str | None = ...) -> ListAgreementApprovalsOutput: ...
    @property
    def items(self) -> list[ApprovalSummary]:
        """This page."""
        ...
    @items.setter
    def items(self, value: list[ApprovalSummary]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementCancellationRequestsInput:
    """`ListAgreementCancellationRequests`'s input."""
    def __new__(cls, *, party_type: str, agreement_id: str | None = ..., status: ApprovalStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementCancellationRequestsInput: ...
    @property
    def party_type(self) -> str:
        """`Proposer` (the seller's view) or `Acceptor` (the buyer's)."""
        ...
    @party_type.setter
    def party_type(self, value: str) -> None: ...
    @property
    def agreement_id(self) -> str | None:
        """Only this agreement's."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str | None) -> None: ...
    @property
    def status(self) -> ApprovalStatus | None:
        """Only this status."""
        ...
    @status.setter
    def status(self, value: ApprovalStatus | None) -> None: ...
    @property
    def agreement_type(self) -> str | None:
        """`PurchaseAgreement`."""
        ...
    @agreement_type.setter
    def agreement_type(self, value: str | None) -> None: ...
    @property
    def catalog(self) -> str | None:
        """`AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size (1–50)."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementCancellationRequestsOutput:
    """`ListAgreementCancellationRequests`'s output."""
    def __new__(cls, *, items: list[CancellationRequest] = ..., next_token: str | None = ...) -> ListAgreementCancellationRequestsOutput: ...
    @property
    def items(self) -> list[CancellationRequest]:
        """This page."""
        ...
    @items.setter
    def items(self, value: list[CancellationRequest]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementChargesInput:
    """`ListAgreementCharges`'s input."""
    def __new__(cls, *, catalog: str | None = ..., agreement_id: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementChargesInput: ...
    @property
    def catalog(self) -> str | None:
        """`AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str | None) -> None: ...
    @property
    def agreement_id(self) -> str | None:
        """Only this agreement's charges."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str | None) -> None: ...
    @property
    def agreement_type(self) -> str | None:
        """`PurchaseAgreement`."""
        ...
    @agreement_type.setter
    def agreement_type(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size (1–50)."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementChargesOutput:
    """`ListAgreementCharges`'s output."""
    def __new__(cls, *, items: list[Charge] = ..., next_token: str | None = ...) -> ListAgreementChargesOutput: ...
    @property
    def items(self) -> list[Charge]:
        """This page."""
        ...
    @items.setter
    def items(self, value: list[Charge]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementInvoiceLineItemsInput:
    """`ListAgreementInvoiceLineItems`'s input."""
    def __new__(cls, *, agreement_id: str, group_by: str, invoice_id: str | None = ..., invoice_type: str | None = ..., invoice_billing_period: InvoiceBillingPeriod | None = ..., before_issued_time: datetime.datetime | None = ..., after_issued_time: datetime.datetime | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementInvoiceLineItemsInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def group_by(self) -> str:
        """`INVOICE_ID`."""
        ...
    @group_by.setter
    def group_by(self, value: str) -> None: ...
    @property
    def invoice_id(self) -> str | None:
        """Only this invoice."""
        ...
    @invoice_id.setter
    def invoice_id(self, value: str | None) -> None: ...
    @property
    def invoice_type(self) -> str | None:
        """`INVOICE` or `CREDIT_MEMO`."""
        ...
    @invoice_type.setter
    def invoice_type(self, value: str | None) -> None: ...
    @property
    def invoice_billing_period(self) -> InvoiceBillingPeriod | None:
        """Only this month."""
        ...
    @invoice_billing_period.setter
    def invoice_billing_period(self, value: InvoiceBillingPeriod | None) -> None: ...
    @property
    def before_issued_time(self) -> datetime.datetime | None:
        """Issued before this time."""
        ...
    @before_issued_time.setter
    def before_issued_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def after_issued_time(self) -> datetime.datetime | None:
        """Issued after this time."""
        ...
    @after_issued_time.setter
    def after_issued_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size (1–50)."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementInvoiceLineItemsOutput:
    """`ListAgreementInvoiceLineItems`'s output."""
    def __new__(cls, *, agreement_invoice_line_item_group_summaries: list[InvoiceLineItemGroup] = ..., next_token: str | None = ...) -> ListAgreementInvoiceLineItemsOutput: ...
    @property
    def agreement_invoice_line_item_group_summaries(self) -> list[InvoiceLineItemGroup]:
        """This page."""
        ...
    @agreement_invoice_line_item_group_summaries.setter
    def agreement_invoice_line_item_group_summaries(self, value: list[InvoiceLineItemGroup]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementPaymentRequestsInput:
    """`ListAgreementPaymentRequests`'s input."""
    def __new__(cls, *, party_type: str, agreement_id: str | None = ..., status: PaymentRequestStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementPaymentRequestsInput: ...
    @property
    def party_type(self) -> str:
        """`Proposer` (the seller's view) or `Acceptor` (the buyer's)."""
        ...
    @party_type.setter
    def party_type(self, value: str) -> None: ...
    @property
    def agreement_id(self) -> str | None:
        """Only this agreement's."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str | None) -> None: ...
    @property
    def status(self) -> PaymentRequestStatus | None:
        """Only this status."""
        ...
    @status.setter
    def status(self, value: PaymentRequestStatus | None) -> None: ...
    @property
    def agreement_type(self) -> str | None:
        """`PurchaseAgreement`."""
        ...
    @agreement_type.setter
    def agreement_type(self, value: str | None) -> None: ...
    @property
    def catalog(self) -> str | None:
        """`AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size (1–50)."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementPaymentRequestsOutput:
    """`ListAgreementPaymentRequests`'s output."""
    def __new__(cls, *, items: list[PaymentRequest] = ..., next_token: str | None = ...) -> ListAgreementPaymentRequestsOutput: ...
    @property
    def items(self) -> list[PaymentRequest]:
        """This page."""
        ...
    @items.setter
    def items(self, value: list[PaymentRequest]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementRequestsInput:
    """`ListAgreementRequests`'s input: the caller's own requests."""
    def __new__(cls, *, catalog: str | None = ..., status: AgreementRequestStatus | None = ..., resource_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementRequestsInput: ...
    @property
    def catalog(self) -> str | None:
        """`AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str | None) -> None: ...
    @property
    def status(self) -> AgreementRequestStatus | None:
        """Only requests in this status."""
        ...
    @status.setter
    def status(self, value: AgreementRequestStatus | None) -> None: ...
    @property
    def resource_id(self) -> str | None:
        """Only requests for this product."""
        ...
    @resource_id.setter
    def resource_id(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size (1–50)."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAgreementRequestsOutput:
    """`ListAgreementRequests`'s output."""
    def __new__(cls, *, items: list[AgreementRequestSummary] = ..., next_token: str | None = ...) -> ListAgreementRequestsOutput: ...
    @property
    def items(self) -> list[AgreementRequestSummary]:
        """This page."""
        ...
    @items.setter
    def items(self, value: list[AgreementRequestSummary]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListApplicationDependenciesInput:
    """`ListApplicationDependencies`'s input (one page)."""
    def __new__(cls, *, application_id: str, semantic_version: str | None = ..., max_items: int | None = ..., next_token: str | None = ...) -> ListApplicationDependenciesInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def semantic_version(self) -> str | None:
        """The version (default: the latest)."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str | None) -> None: ...
    @property
    def max_items(self) -> int | None:
        """Page size, 1 to 100."""
        ...
    @max_items.setter
    def max_items(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListApplicationDependenciesOutput:
    """`ListApplicationDependencies`'s output."""
    def __new__(cls, *, dependencies: list[ApplicationDependency] = ..., next_token: str | None = ...) -> ListApplicationDependenciesOutput: ...
    @property
    def dependencies(self) -> list[ApplicationDependency]:
        """The nested applications of this page."""
        ...
    @dependencies.setter
    def dependencies(self, value: list[ApplicationDependency]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListApplicationVersionsInput:
    """`ListApplicationVersions`'s input (one page)."""
    def __new__(cls, *, application_id: str, max_items: int | None = ..., next_token: str | None = ...) -> ListApplicationVersionsInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def max_items(self) -> int | None:
        """Page size, 1 to 100."""
        ...
    @max_items.setter
    def max_items(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListApplicationVersionsOutput:
    """`ListApplicationVersions`'s output."""
    def __new__(cls, *, versions: list[VersionSummary] = ..., next_token: str | None = ...) -> ListApplicationVersionsOutput: ...
    @property
    def versions(self) -> list[VersionSummary]:
        """The versions of this page."""
        ...
    @versions.setter
    def versions(self, value: list[VersionSummary]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListApplicationsInput:
    """`ListApplications`'s input: one page of the caller's own applications."""
    def __new__(cls, *, max_items: int | None = ..., next_token: str | None = ...) -> ListApplicationsInput: ...
    @property
    def max_items(self) -> int | None:
        """Page size, 1 to 100."""
        ...
    @max_items.setter
    def max_items(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListApplicationsOutput:
    """`ListApplications`'s output."""
    def __new__(cls, *, applications: list[ApplicationSummary] = ..., next_token: str | None = ...) -> ListApplicationsOutput: ...
    @property
    def applications(self) -> list[ApplicationSummary]:
        """The applications of this page."""
        ...
    @applications.setter
    def applications(self, value: list[ApplicationSummary]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAssessmentsInput:
    """`ListAssessments`'s input."""
    def __new__(cls, *, catalog: str, framework_id: str | None = ..., assessment_target_filter: AssessmentTarget | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAssessmentsInput: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def framework_id(self) -> str | None:
        """Only this framework."""
        ...
    @framework_id.setter
    def framework_id(self, value: str | None) -> None: ...
    @property
    def assessment_target_filter(self) -> AssessmentTarget | None:
        """Only these targets."""
        ...
    @assessment_target_filter.setter
    def assessment_target_filter(self, value: AssessmentTarget | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """1–100."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page to read."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAssessmentsOutput:
    """`ListAssessments`'s output."""
    def __new__(cls, *, assessment_summary_list: list[Assessment] = ..., next_token: str | None = ...) -> ListAssessmentsOutput: ...
    @property
    def assessment_summary_list(self) -> list[Assessment]:
        """This page."""
        ...
    @assessment_summary_list.setter
    def assessment_summary_list(self, value: list[Assessment]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListAwsServiceAccessForOrganizationInput:
    """`ListAWSServiceAccessForOrganization`'s input (one page)."""
    def __new__(cls, *, next_token: str | None = ..., max_results: int | None = ...) -> ListAwsServiceAccessForOrganizationInput: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size, 1 to 20."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...

@final
class ListAwsServiceAccessForOrganizationOutput:
    """`ListAWSServiceAccessForOrganization`'s output."""
    def __new__(cls, *, enabled_service_principals: list[EnabledServicePrincipal] = ..., next_token: str | None = ...) -> ListAwsServiceAccessForOrganizationOutput: ...
    @property
    def enabled_service_principals(self) -> list[EnabledServicePrincipal]:
        """This page's items."""
        ...
    @enabled_service_principals.setter
    def enabled_service_principals(self, value: list[EnabledServicePrincipal]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts, if there is one."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListBillingAdjustmentRequestsInput:
    """`ListBillingAdjustmentRequests`'s input (the seller's refunds)."""
    def __new__(cls, *, agreement_id: str | None = ..., status: BillingAdjustmentStatus | None = ..., created_after: datetime.datetime | None = ..., created_before: datetime.datetime | None = ..., catalog: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListBillingAdjustmentRequestsInput: ...
    @property
    def agreement_id(self) -> str | None:
        """Only this agreement's."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str | None) -> None: ...
    @property
    def status(self) -> BillingAdjustmentStatus | None:
        """Only this status."""
        ...
    @status.setter
    def status(self, value: BillingAdjustmentStatus | None) -> None: ...
    @property
    def created_after(self) -> datetime.datetime | None:
        """Made after this time."""
        ...
    @created_after.setter
    def created_after(self, value: datetime.datetime | None) -> None: ...
    @property
    def created_before(self) -> datetime.datetime | None:
        """Made before this time."""
        ...
    @created_before.setter
    def created_before(self, value: datetime.datetime | None) -> None: ...
    @property
    def catalog(self) -> str | None:
        """`AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str | None) -> None: ...
    @property
    def agreement_type(self) -> str | None:
        """`PurchaseAgreement`."""
        ...
    @agreement_type.setter
    def agreement_type(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size (1–50)."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListBillingAdjustmentRequestsOutput:
    """`ListBillingAdjustmentRequests`'s output."""
    def __new__(cls, *, items: list[BillingAdjustment] = ..., next_token: str | None = ...) -> ListBillingAdjustmentRequestsOutput: ...
    @property
    def items(self) -> list[BillingAdjustment]:
        """This page."""
        ...
    @items.setter
    def items(self, value: list[BillingAdjustment]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListChangeSetsInput:
    """`ListChangeSets`'s input."""
    def __new__(cls, *, catalog: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListChangeSetsInput: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def filter_list(self) -> list[Filter]:
        """Filters on ChangeSetName, Status, EntityId, BeforeStartTime, AfterStartTime, BeforeEndTime, AfterEndTime."""
        ...
    @filter_list.setter
    def filter_list(self, value: list[Filter]) -> None: ...
    @property
    def sort(self) -> Sort | None:
        """Sort by StartTime (default), EndTime, Name or Status."""
        ...
    @sort.setter
    def sort(self, value: Sort | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """1–20."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page to read."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListChangeSetsOutput:
    """`ListChangeSets`'s output."""
    def __new__(cls, *, change_set_summary_list: list[ChangeSetSummary] = ..., next_token: str | None = ...) -> ListChangeSetsOutput: ...
    @property
    def change_set_summary_list(self) -> list[ChangeSetSummary]:
        """This page."""
        ...
    @change_set_summary_list.setter
    def change_set_summary_list(self, value: list[ChangeSetSummary]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListChildrenInput:
    """`ListChildren`'s input (one page)."""
    def __new__(cls, *, parent_id: str, child_type: ChildType, next_token: str | None = ..., max_results: int | None = ...) -> ListChildrenInput: ...
    @property
    def parent_id(self) -> str:
        """The root (`r-...`) or organizational unit (`ou-...`)."""
        ...
    @parent_id.setter
    def parent_id(self, value: str) -> None: ...
    @property
    def child_type(self) -> ChildType:
        """Accounts or organizational units."""
        ...
    @child_type.setter
    def child_type(self, value: ChildType) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size, 1 to 20."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...

@final
class ListChildrenOutput:
    """`ListChildren`'s output."""
    def __new__(cls, *, children: list[OrganizationChild] = ..., next_token: str | None = ...) -> ListChildrenOutput: ...
    @property
    def children(self) -> list[OrganizationChild]:
        """This page's items."""
        ...
    @children.setter
    def children(self, value: list[OrganizationChild]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts, if there is one."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListDelegatedAdministratorsInput:
    """`ListDelegatedAdministrators`'s input (one page)."""
    def __new__(cls, *, service_principal: str | None = ..., next_token: str | None = ..., max_results: int | None = ...) -> ListDelegatedAdministratorsInput: ...
    @property
    def service_principal(self) -> str | None:
        """Only the administrators of this service (`account.amazonaws.com`)."""
        ...
    @service_principal.setter
    def service_principal(self, value: str | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size, 1 to 20."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...

@final
class ListDelegatedAdministratorsOutput:
    """`ListDelegatedAdministrators`'s output."""
    def __new__(cls, *, delegated_administrators: list[DelegatedAdministrator] = ..., next_token: str | None = ...) -> ListDelegatedAdministratorsOutput: ...
    @property
    def delegated_administrators(self) -> list[DelegatedAdministrator]:
        """This page's items."""
        ...
    @delegated_administrators.setter
    def delegated_administrators(self, value: list[DelegatedAdministrator]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts, if there is one."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListEntitiesInput:
    """`ListEntities`'s input."""
    def __new__(cls, *, catalog: str, entity_type: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., next_token: str | None = ..., max_results: int | None = ..., ownership_type: OwnershipType | None = ..., entity_type_filters: EntityTypeFilters | None = ..., entity_type_sort: dict[str, Sort] | None = ...) -> ListEntitiesInput: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def entity_type(self) -> str:
        """The type to list, such as `Offer` or `SaaSProduct`."""
        ...
    @entity_type.setter
    def entity_type(self, value: str) -> None: ...
    @property
    def filter_list(self) -> list[Filter]:
        """Generic filters (`EntityId`, `Name`, `ProductId`, `Visibility`, `LastModifiedDate`...)."""
        ...
    @filter_list.setter
    def filter_list(self, value: list[Filter]) -> None: ...
    @property
    def sort(self) -> Sort | None:
        """Generic sort (`LastModifiedDate` by default, `EntityId`, `Name`, `Visibility`)."""
        ...
    @sort.setter
    def sort(self, value: Sort | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page to read."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """1–50."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def ownership_type(self) -> OwnershipType | None:
        """SELF (default) or SHARED."""
        ...
    @ownership_type.setter
    def ownership_type(self, value: OwnershipType | None) -> None: ...
    @property
    def entity_type_filters(self) -> EntityTypeFilters | None:
        """Typed filters for the entity type."""
        ...
    @entity_type_filters.setter
    def entity_type_filters(self, value: EntityTypeFilters | None) -> None: ...
    @property
    def entity_type_sort(self) -> dict[str, Sort] | None:
        """Typed sort for the entity type."""
        ...
    @entity_type_sort.setter
    def entity_type_sort(self, value: dict[str, Sort] | None) -> None: ...

@final
class ListEntitiesOutput:
    """`ListEntities`'s output."""
    def __new__(cls, *, entity_summary_list: list[EntitySummary] = ..., next_token: str | None = ...) -> ListEntitiesOutput: ...
    @property
    def entity_summary_list(self) -> list[EntitySummary]:
        """This page."""
        ...
    @entity_summary_list.setter
    def entity_summary_list(self, value: list[EntitySummary]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListFulfillmentOptionsInput:
    """`ListFulfillmentOptions`'s input (pages of 1–50)."""
    def __new__(cls, *, product_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListFulfillmentOptionsInput: ...
    @property
    def product_id(self) -> str:
        """The id."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...
    @property
    def locale(self) -> str | None:
        """A locale such as `en-US`."""
        ...
    @locale.setter
    def locale(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListFulfillmentOptionsOutput:
    """`ListFulfillmentOptions`'s output (each option as the service's JSON union)."""
    def __new__(cls, *, fulfillment_options: list[JsonValue] = ..., next_token: str | None = ...) -> ListFulfillmentOptionsOutput: ...
    @property
    def fulfillment_options(self) -> list[JsonValue]:
        """This page."""
        ...
    @fulfillment_options.setter
    def fulfillment_options(self, value: list[JsonValue]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListListingAttributesInput:
    """`ListListingAttributes`'s input (pages of 1–100)."""
    def __new__(cls, *, listing_id: str, attribute_types: list[str] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListListingAttributesInput: ...
    @property
    def listing_id(self) -> str:
        """The listing."""
        ...
    @listing_id.setter
    def listing_id(self, value: str) -> None: ...
    @property
    def attribute_types(self) -> list[str]:
        """Which attributes (1 to 10)."""
        ...
    @attribute_types.setter
    def attribute_types(self, value: list[str]) -> None: ...
    @property
    def locale(self) -> str | None:
        """A locale such as `en-US`."""
        ...
    @locale.setter
    def locale(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListListingAttributesOutput:
    """`ListListingAttributes`'s output (as the service's JSON)."""
    def __new__(cls, *, listing_attributes: list[JsonValue] = ..., next_token: str | None = ...) -> ListListingAttributesOutput: ...
    @property
    def listing_attributes(self) -> list[JsonValue]:
        """This page."""
        ...
    @listing_attributes.setter
    def listing_attributes(self, value: list[JsonValue]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListOrganizationTagsInput:
    """Organizations' `ListTagsForResource` input (one page; the service has no page size here)."""
    def __new__(cls, *, resource_id: str, next_token: str | None = ...) -> ListOrganizationTagsInput: ...
    @property
    def resource_id(self) -> str:
        """The account, organizational unit, root or policy."""
        ...
    @resource_id.setter
    def resource_id(self, value: str) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListOrganizationTagsOutput:
    """Organizations' `ListTagsForResource` output."""
    def __new__(cls, *, tags: list[Tag] = ..., next_token: str | None = ...) -> ListOrganizationTagsOutput: ...
    @property
    def tags(self) -> list[Tag]:
        """This page's items."""
        ...
    @tags.setter
    def tags(self, value: list[Tag]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts, if there is one."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListOrganizationalUnitsForParentInput:
    """`ListOrganizationalUnitsForParent`'s input (one page)."""
    def __new__(cls, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> ListOrganizationalUnitsForParentInput: ...
    @property
    def parent_id(self) -> str:
        """The root (`r-...`) or organizational unit (`ou-...`)."""
        ...
    @parent_id.setter
    def parent_id(self, value: str) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size, 1 to 20."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...

@final
class ListOrganizationalUnitsForParentOutput:
    """`ListOrganizationalUnitsForParent`'s output."""
    def __new__(cls, *, organizational_units: list[OrganizationalUnit] = ..., next_token: str | None = ...) -> ListOrganizationalUnitsForParentOutput: ...
    @property
    def organizational_units(self) -> list[OrganizationalUnit]:
        """This page's items."""
        ...
    @organizational_units.setter
    def organizational_units(self, value: list[OrganizationalUnit]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts, if there is one."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListParentsInput:
    """`ListParents`'s input (one page)."""
    def __new__(cls, *, child_id: str, next_token: str | None = ..., max_results: int | None = ...) -> ListParentsInput: ...
    @property
    def child_id(self) -> str:
        """The account (12 digits) or organizational unit (`ou-...`)."""
        ...
    @child_id.setter
    def child_id(self, value: str) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size, 1 to 20."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...

@final
class ListParentsOutput:
    """`ListParents`'s output."""
    def __new__(cls, *, parents: list[OrganizationParent] = ..., next_token: str | None = ...) -> ListParentsOutput: ...
    @property
    def parents(self) -> list[OrganizationParent]:
        """This page's items."""
        ...
    @parents.setter
    def parents(self, value: list[OrganizationParent]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts, if there is one."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListPoliciesForTargetInput:
    """`ListPoliciesForTarget`'s input (one page)."""
    def __new__(cls, *, target_id: str, filter: PolicyType, next_token: str | None = ..., max_results: int | None = ...) -> ListPoliciesForTargetInput: ...
    @property
    def target_id(self) -> str:
        """The root, organizational unit or account."""
        ...
    @target_id.setter
    def target_id(self, value: str) -> None: ...
    @property
    def filter(self) -> PolicyType:
        """Which type of policy."""
        ...
    @filter.setter
    def filter(self, value: PolicyType) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size, 1 to 20."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...

@final
class ListPoliciesForTargetOutput:
    """`ListPoliciesForTarget`'s output."""
    def __new__(cls, *, policies: list[PolicySummary] = ..., next_token: str | None = ...) -> ListPoliciesForTargetOutput: ...
    @property
    def policies(self) -> list[PolicySummary]:
        """This page's items."""
        ...
    @policies.setter
    def policies(self, value: list[PolicySummary]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts, if there is one."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListProductRequestsInput:
    """`ListProductRequests`'s input: the caller's own requests, or, for an administrator, those of their experiences."""
    def __new__(cls, *, status: ProductRequestStatus | None = ...) -> ListProductRequestsInput: ...
    @property
    def status(self) -> ProductRequestStatus | None:
        """Only this status."""
        ...
    @status.setter
    def status(self, value: ProductRequestStatus | None) -> None: ...

@final
class ListPurchaseOptionsInput:
    """`ListPurchaseOptions`'s input (filters, pages of 1–100)."""
    def __new__(cls, *, filters: list[DiscoveryFilter] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListPurchaseOptionsInput: ...
    @property
    def filters(self) -> list[DiscoveryFilter]:
        """Filters (PRODUCT_ID, SELLER_OF_RECORD_PROFILE_ID, PURCHASE_OPTION_TYPE, VISIBILITY_SCOPE,
        AVAILABILITY_STATUS); all must match."""
        ...
    @filters.setter
    def filters(self, value: list[DiscoveryFilter]) -> None: ...
    @property
    def locale(self) -> str | None:
        """A locale."""
        ...
    @locale.setter
    def locale(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListPurchaseOptionsOutput:
    """`ListPurchaseOptions`'s output."""
    def __new__(cls, *, purchase_options: list[PurchaseOptionSummary] = ..., next_token: str | None = ...) -> ListPurchaseOptionsOutput: ...
    @property
    def purchase_options(self) -> list[PurchaseOptionSummary]:
        """This page."""
        ...
    @purchase_options.setter
    def purchase_options(self, value: list[PurchaseOptionSummary]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListRegionsInput:
    """`ListRegions`'s input (one page)."""
    def __new__(cls, *, account_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ..., region_opt_status_contains: list[RegionOptStatus] = ...) -> ListRegionsInput: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size, 1 to 50."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def region_opt_status_contains(self) -> list[RegionOptStatus]:
        """Only regions in these statuses."""
        ...
    @region_opt_status_contains.setter
    def region_opt_status_contains(self, value: list[RegionOptStatus]) -> None: ...

@final
class ListRegionsOutput:
    """`ListRegions`'s output: one page of regions."""
    def __new__(cls, *, regions: list[Region] = ..., next_token: str | None = ...) -> ListRegionsOutput: ...
    @property
    def regions(self) -> list[Region]:
        """The regions of this page."""
        ...
    @regions.setter
    def regions(self, value: list[Region]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts, if there is one."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListRootsInput:
    """`ListRoots`'s input (one page)."""
    def __new__(cls, *, next_token: str | None = ..., max_results: int | None = ...) -> ListRootsInput: ...
    @property
    def next_token(self) -> str | None:
        """Where to continue."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size, 1 to 20."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...

@final
class ListRootsOutput:
    """`ListRoots`'s output."""
    def __new__(cls, *, roots: list[Root] = ..., next_token: str | None = ...) -> ListRootsOutput: ...
    @property
    def roots(self) -> list[Root]:
        """This page's items."""
        ...
    @roots.setter
    def roots(self, value: list[Root]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """Where the next page starts, if there is one."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class ListTagsForResourceInput:
    """`ListTagsForResource`'s input."""
    def __new__(cls, *, resource_arn: str) -> ListTagsForResourceInput: ...
    @property
    def resource_arn(self) -> str:
        """The resource."""
        ...
    @resource_arn.setter
    def resource_arn(self, value: str) -> None: ...

@final
class ListTagsForResourceOutput:
    """`ListTagsForResource`'s output."""
    def __new__(cls, *, resource_arn: str, tags: list[Tag] = ...) -> ListTagsForResourceOutput: ...
    @property
    def resource_arn(self) -> str:
        """The resource."""
        ...
    @resource_arn.setter
    def resource_arn(self, value: str) -> None: ...
    @property
    def tags(self) -> list[Tag]:
        """Its tags."""
        ...
    @tags.setter
    def tags(self, value: list[Tag]) -> None: ...

@final
class Listing:
    """`GetListing`'s output."""
    def __new__(cls, *, listing_id: str, listing_name: str, catalog: str, publisher: SellerInformation, associated_entities: list[AssociatedEntity] = ..., badges: list[ListingBadge] = ..., categories: list[Category] = ..., fulfillment_option_summaries: list[FulfillmentOptionSummary] = ..., highlights: list[str] = ..., long_description: str = ..., short_description: str, logo_thumbnail_url: str, pricing_models: list[PricingModel] = ..., pricing_units: list[PricingUnit] = ..., purchase_indicators: list[PurchaseIndicator] = ..., promotional_media: list[JsonValue] = ..., resources: list[JsonValue] = ..., seller_engagements: list[JsonValue] = ..., use_cases: list[JsonValue] = ...) -> Listing: ...
    @property
    def listing_id(self) -> str:
        """The listing id."""
        ...
    @listing_id.setter
    def listing_id(self, value: str) -> None: ...
    @property
    def listing_name(self) -> str:
        """Its name."""
        ...
    @listing_name.setter
    def listing_name(self, value: str) -> None: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def publisher(self) -> SellerInformation:
        """Who publishes it."""
        ...
    @publisher.setter
    def publisher(self, value: SellerInformation) -> None: ...
    @property
    def associated_entities(self) -> list[AssociatedEntity]:
        """Its product and offers."""
        ...
    @associated_entities.setter
    def associated_entities(self, value: list[AssociatedEntity]) -> None: ...
    @property
    def badges(self) -> list[ListingBadge]:
        """Badges."""
        ...
    @badges.setter
    def badges(self, value: list[ListingBadge]) -> None: ...
    @property
    def categories(self) -> list[Category]:
        """Categories."""
        ...
    @categories.setter
    def categories(self, value: list[Category]) -> None: ...
    @property
    def fulfillment_option_summaries(self) -> list[FulfillmentOptionSummary]:
        """How it is delivered."""
        ...
    @fulfillment_option_summaries.setter
    def fulfillment_option_summaries(self, value: list[FulfillmentOptionSummary]) -> None: ...
    @property
    def highlights(self) -> list[str]:
        """Highlights."""
        ...
    @highlights.setter
    def highlights(self, value: list[str]) -> None: ...
    @property
    def long_description(self) -> str:
        """The long description."""
        ...
    @long_description.setter
    def long_description(self, value: str) -> None: ...
    @property
    def short_description(self) -> str:
        """The short description."""
        ...
    @short_description.setter
    def short_description(self, value: str) -> None: ...
    @property
    def logo_thumbnail_url(self) -> str:
        """The logo."""
        ...
    @logo_thumbnail_url.setter
    def logo_thumbnail_url(self, value: str) -> None: ...
    @property
    def pricing_models(self) -> list[PricingModel]:
        """How it is priced."""
        ...
    @pricing_models.setter
    def pricing_models(self, value: list[PricingModel]) -> None: ...
    @property
    def pricing_units(self) -> list[PricingUnit]:
        """What it is priced per."""
        ...
    @pricing_units.setter
    def pricing_units(self, value: list[PricingUnit]) -> None: ...
    @property
    def purchase_indicators(self) -> list[PurchaseIndicator]:
        """Whether the caller can subscribe."""
        ...
    @purchase_indicators.setter
    def purchase_indicators(self, value: list[PurchaseIndicator]) -> None: ...
    @property
    def promotional_media(self) -> list[JsonValue]:
        """Images and videos (kept as sent)."""
        ...
    @promotional_media.setter
    def promotional_media(self, value: list[JsonValue]) -> None: ...
    @property
    def resources(self) -> list[JsonValue]:
        """Support and instructions (kept as sent)."""
        ...
    @resources.setter
    def resources(self, value: list[JsonValue]) -> None: ...
    @property
    def seller_engagements(self) -> list[JsonValue]:
        """Seller engagements (kept as sent)."""
        ...
    @seller_engagements.setter
    def seller_engagements(self, value: list[JsonValue]) -> None: ...
    @property
    def use_cases(self) -> list[JsonValue]:
        """Use cases (kept as sent)."""
        ...
    @use_cases.setter
    def use_cases(self, value: list[JsonValue]) -> None: ...

@final
class ListingBadge:
    """A badge on a listing (FREE_TRIAL, QUICK_LAUNCH, ...)."""
    def __new__(cls, *, display_name: str, badge_type: str) -> ListingBadge: ...
    @property
    def display_name(self) -> str:
        """The name shown."""
        ...
    @display_name.setter
    def display_name(self, value: str) -> None: ...
    @property
    def badge_type(self) -> str:
        """The kind."""
        ...
    @badge_type.setter
    def badge_type(self, value: str) -> None: ...

@final
class ListingFacet:
    """A facet value with its count."""
    def __new__(cls, *, value: str, display_name: str, parent: str | None = ..., count: int) -> ListingFacet: ...
    @property
    def value(self) -> str:
        """The value to filter by."""
        ...
    @value.setter
    def value(self, value: str) -> None: ...
    @property
    def display_name(self) -> str:
        """The name shown."""
        ...
    @display_name.setter
    def display_name(self, value: str) -> None: ...
    @property
    def parent(self) -> str | None:
        """The parent value, for nested facets."""
        ...
    @parent.setter
    def parent(self, value: str | None) -> None: ...
    @property
    def count(self) -> int:
        """How many listings have it."""
        ...
    @count.setter
    def count(self, value: int) -> None: ...

@final
class ListingSummary:
    """A search result."""
    def __new__(cls, *, listing_id: str, listing_name: str, publisher: SellerInformation, fulfillment_option_summaries: list[FulfillmentOptionSummary] = ..., catalog: str, short_description: str, logo_thumbnail_url: str, categories: list[Category] = ..., badges: list[ListingBadge] = ..., review_summary: JsonValue = ..., pricing_models: list[PricingModel] = ..., pricing_units: list[PricingUnit] = ..., associated_entities: list[AssociatedEntity] = ...) -> ListingSummary: ...
    @property
    def listing_id(self) -> str:
        """The listing id."""
        ...
    @listing_id.setter
    def listing_id(self, value: str) -> None: ...
    @property
    def listing_name(self) -> str:
        """Its name."""
        ...
    @listing_name.setter
    def listing_name(self, value: str) -> None: ...
    @property
    def publisher(self) -> SellerInformation:
        """Who publishes it."""
        ...
    @publisher.setter
    def publisher(self, value: SellerInformation) -> None: ...
    @property
    def fulfillment_option_summaries(self) -> list[FulfillmentOptionSummary]:
        """How it is delivered."""
        ...
    @fulfillment_option_summaries.setter
    def fulfillment_option_summaries(self, value: list[FulfillmentOptionSummary]) -> None: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def short_description(self) -> str:
        """The short description."""
        ...
    @short_description.setter
    def short_description(self, value: str) -> None: ...
    @property
    def logo_thumbnail_url(self) -> str:
        """The logo."""
        ...
    @logo_thumbnail_url.setter
    def logo_thumbnail_url(self, value: str) -> None: ...
    @property
    def categories(self) -> list[Category]:
        """Its categories."""
        ...
    @categories.setter
    def categories(self, value: list[Category]) -> None: ...
    @property
    def badges(self) -> list[ListingBadge]:
        """Its badges."""
        ...
    @badges.setter
    def badges(self, value: list[ListingBadge]) -> None: ...
    @property
    def review_summary(self) -> JsonValue:
        """Reviews (kept as sent)."""
        ...
    @review_summary.setter
    def review_summary(self, value: JsonValue) -> None: ...
    @property
    def pricing_models(self) -> list[PricingModel]:
        """How it is priced."""
        ...
    @pricing_models.setter
    def pricing_models(self, value: list[PricingModel]) -> None: ...
    @property
    def pricing_units(self) -> list[PricingUnit]:
        """What it is priced per."""
        ...
    @pricing_units.setter
    def pricing_units(self, value: list[PricingUnit]) -> None: ...
    @property
    def associated_entities(self) -> list[AssociatedEntity]:
        """Its products."""
        ...
    @associated_entities.setter
    def associated_entities(self, value: list[AssociatedEntity]) -> None: ...

@final
class NamedApprover:
    """A procurement system that approves."""
    def __new__(cls, *, name: str) -> NamedApprover: ...
    @property
    def name(self) -> str:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...

@final
class NegativeTargeting:
    """Who may not buy an offer."""
    def __new__(cls, *, country_codes: list[str] = ...) -> NegativeTargeting: ...
    @property
    def country_codes(self) -> list[str]:
        """ISO 3166 country codes."""
        ...
    @country_codes.setter
    def country_codes(self, value: list[str]) -> None: ...

@final
class NewApplication:
    """What `CreateApplication` takes: the application's fields and, optionally, its first version."""
    def __new__(cls, *, name: str, description: str, author: str, spdx_license_id: str | None = ..., license_body: str | None = ..., license_url: str | None = ..., readme_body: str | None = ..., readme_url: str | None = ..., labels: list[str] = ..., home_page_url: str | None = ..., semantic_version: str | None = ..., source_code_url: str | None = ..., source_code_archive_url: str | None = ..., template_body: str | None = ..., template_url: str | None = ...) -> NewApplication: ...
    @property
    def name(self) -> str:
        """1 to 140 letters, digits and hyphens; immutable."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def description(self) -> str:
        """1 to 256 characters."""
        ...
    @description.setter
    def description(self, value: str) -> None: ...
    @property
    def author(self) -> str:
        """1 to 127 lower-case letters, digits and single hyphens, starting and ending with a letter or digit."""
        ...
    @author.setter
    def author(self, value: str) -> None: ...
    @property
    def spdx_license_id(self) -> str | None:
        """An SPDX license id; immutable."""
        ...
    @spdx_license_id.setter
    def spdx_license_id(self, value: str | None) -> None: ...
    @property
    def license_body(self) -> str | None:
        """The license text (at most 5 MB); immutable."""
        ...
    @license_body.setter
    def license_body(self, value: str | None) -> None: ...
    @property
    def license_url(self) -> str | None:
        """A link to the license; immutable."""
        ...
    @license_url.setter
    def license_url(self, value: str | None) -> None: ...
    @property
    def readme_body(self) -> str | None:
        """The readme text (at most 5 MB)."""
        ...
    @readme_body.setter
    def readme_body(self, value: str | None) -> None: ...
    @property
    def readme_url(self) -> str | None:
        """A link to the readme."""
        ...
    @readme_url.setter
    def readme_url(self, value: str | None) -> None: ...
    @property
    def labels(self) -> list[str]:
        """At most 10 labels of 1 to 127 characters (letters, digits, `+ - _ : / @`)."""
        ...
    @labels.setter
    def labels(self, value: list[str]) -> None: ...
    @property
    def home_page_url(self) -> str | None:
        """The home page."""
        ...
    @home_page_url.setter
    def home_page_url(self, value: str | None) -> None: ...
    @property
    def semantic_version(self) -> str | None:
        """The first version's semantic version."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str | None) -> None: ...
    @property
    def source_code_url(self) -> str | None:
        """The first version's source code repository."""
        ...
    @source_code_url.setter
    def source_code_url(self, value: str | None) -> None: ...
    @property
    def source_code_archive_url(self) -> str | None:
        """The first version's source archive (a ZIP of at most 50 MB)."""
        ...
    @source_code_archive_url.setter
    def source_code_archive_url(self, value: str | None) -> None: ...
    @property
    def template_body(self) -> str | None:
        """The first version's template text."""
        ...
    @template_body.setter
    def template_body(self, value: str | None) -> None: ...
    @property
    def template_url(self) -> str | None:
        """A link to the first version's template."""
        ...
    @template_url.setter
    def template_url(self, value: str | None) -> None: ...

@final
class NonAwsMarketplaceProduct:
    """Something outside AWS Marketplace that a solution includes."""
    def __new__(cls, *, product_type: str, title: str, description: str | None = ..., url: str | None = ...) -> NonAwsMarketplaceProduct: ...
    @property
    def product_type(self) -> str:
        """Software, Consulting, Hardware, Communication, Professional Service, Managed Service, Value-Added Resale or
        Training."""
        ...
    @product_type.setter
    def product_type(self, value: str) -> None: ...
    @property
    def title(self) -> str:
        """≤ 255 characters."""
        ...
    @title.setter
    def title(self, value: str) -> None: ...
    @property
    def description(self) -> str | None:
        """≤ 220 characters."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def url(self) -> str | None:
        """A link."""
        ...
    @url.setter
    def url(self, value: str | None) -> None: ...

@final
class Offer:
    """`GetOffer`'s output."""
    def __new__(cls, *, offer_id: str, catalog: str, offer_name: str | None = ..., expiration_time: datetime.datetime | None = ..., available_from_time: datetime.datetime | None = ..., seller_of_record: SellerInformation, associated_entities: list[AssociatedEntity] = ..., agreement_proposal_id: str, replacement_agreement_id: str | None = ..., pricing_model: PricingModel, badges: list[PurchaseOptionBadge] = ...) -> Offer: ...
    @property
    def offer_id(self) -> str:
        """The offer id."""
        ...
    @offer_id.setter
    def offer_id(self, value: str) -> None: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def offer_name(self) -> str | None:
        """Its name."""
        ...
    @offer_name.setter
    def offer_name(self, value: str | None) -> None: ...
    @property
    def expiration_time(self) -> datetime.datetime | None:
        """When it stops being available."""
        ...
    @expiration_time.setter
    def expiration_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def available_from_time(self) -> datetime.datetime | None:
        """When it became available."""
        ...
    @available_from_time.setter
    def available_from_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def seller_of_record(self) -> SellerInformation:
        """Who sells it."""
        ...
    @seller_of_record.setter
    def seller_of_record(self, value: SellerInformation) -> None: ...
    @property
    def associated_entities(self) -> list[AssociatedEntity]:
        """Its product."""
        ...
    @associated_entities.setter
    def associated_entities(self, value: list[AssociatedEntity]) -> None: ...
    @property
    def agreement_proposal_id(self) -> str:
        """What the buyer accepts to buy it (an agreement request names it)."""
        ...
    @agreement_proposal_id.setter
    def agreement_proposal_id(self, value: str) -> None: ...
    @property
    def replacement_agreement_id(self) -> str | None:
        """The agreement a replacement offer replaces."""
        ...
    @replacement_agreement_id.setter
    def replacement_agreement_id(self, value: str | None) -> None: ...
    @property
    def pricing_model(self) -> PricingModel:
        """How it is priced."""
        ...
    @pricing_model.setter
    def pricing_model(self, value: PricingModel) -> None: ...
    @property
    def badges(self) -> list[PurchaseOptionBadge]:
        """Badges."""
        ...
    @badges.setter
    def badges(self, value: list[PurchaseOptionBadge]) -> None: ...

@final
class OfferDetails:
    """An offer's details document, as `DescribeEntity` returns it for `Offer@1.0`."""
    def __new__(cls, *, id: str = ..., state: str = ..., name: str | None = ..., description: str | None = ..., product_id: str | None = ..., resale_authorization_id: str | None = ..., markup_percentage: str | None = ..., pre_existing_agreement: JsonValue | None = ..., replacement_agreement_id: str | None = ..., rules: list[JsonValue] = ..., terms: list[Term] = ...) -> OfferDetails: ...
    @property
    def id(self) -> str:
        """`offer-...`."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def state(self) -> str:
        """`Draft` or `Released`."""
        ...
    @state.setter
    def state(self, value: str) -> None: ...
    @property
    def name(self) -> str | None:
        """The name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def description(self) -> str | None:
        """The description."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def product_id(self) -> str | None:
        """The product."""
        ...
    @product_id.setter
    def product_id(self, value: str | None) -> None: ...
    @property
    def resale_authorization_id(self) -> str | None:
        """For channel partner offers."""
        ...
    @resale_authorization_id.setter
    def resale_authorization_id(self, value: str | None) -> None: ...
    @property
    def markup_percentage(self) -> str | None:
        """A channel partner's markup."""
        ...
    @markup_percentage.setter
    def markup_percentage(self, value: str | None) -> None: ...
    @property
    def pre_existing_agreement(self) -> JsonValue | None:
        """An agreement the buyer has outside this offer."""
        ...
    @pre_existing_agreement.setter
    def pre_existing_agreement(self, value: JsonValue | None) -> None: ...
    @property
    def replacement_agreement_id(self) -> str | None:
        """The agreement a replacement offer replaces."""
        ...
    @replacement_agreement_id.setter
    def replacement_agreement_id(self, value: str | None) -> None: ...
    @property
    def rules(self) -> list[JsonValue]:
        """Targeting and availability rules."""
        ...
    @rules.setter
    def rules(self, value: list[JsonValue]) -> None: ...
    @property
    def terms(self) -> list[Term]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[Term]) -> None: ...

@final
class OfferFilters:
    """Filters for offers."""
    def __new__(cls, *, entity_id: ValueFilter | None = ..., name: ValueFilter | None = ..., product_id: ValueFilter | None = ..., resale_authorization_id: ValueFilter | None = ..., release_date: DateFilter | None = ..., availability_end_date: DateFilter | None = ..., buyer_accounts: ValueFilter | None = ..., state: ValueFilter | None = ..., targeting: ValueFilter | None = ..., last_modified_date: DateFilter | None = ...) -> OfferFilters: ...
    @property
    def entity_id(self) -> ValueFilter | None:
        """By id."""
        ...
    @entity_id.setter
    def entity_id(self, value: ValueFilter | None) -> None: ...
    @property
    def name(self) -> ValueFilter | None:
        """By name (exact values or a wildcard)."""
        ...
    @name.setter
    def name(self, value: ValueFilter | None) -> None: ...
    @property
    def product_id(self) -> ValueFilter | None:
        """By product."""
        ...
    @product_id.setter
    def product_id(self, value: ValueFilter | None) -> None: ...
    @property
    def resale_authorization_id(self) -> ValueFilter | None:
        """By resale authorization."""
        ...
    @resale_authorization_id.setter
    def resale_authorization_id(self, value: ValueFilter | None) -> None: ...
    @property
    def release_date(self) -> DateFilter | None:
        """By release date."""
        ...
    @release_date.setter
    def release_date(self, value: DateFilter | None) -> None: ...
    @property
    def availability_end_date(self) -> DateFilter | None:
        """By availability end date."""
        ...
    @availability_end_date.setter
    def availability_end_date(self, value: DateFilter | None) -> None: ...
    @property
    def buyer_accounts(self) -> ValueFilter | None:
        """By targeted buyer account (wildcard)."""
        ...
    @buyer_accounts.setter
    def buyer_accounts(self, value: ValueFilter | None) -> None: ...
    @property
    def state(self) -> ValueFilter | None:
        """By state (Draft, Released)."""
        ...
    @state.setter
    def state(self, value: ValueFilter | None) -> None: ...
    @property
    def targeting(self) -> ValueFilter | None:
        """By targeting kind (BuyerAccounts, ParticipatingPrograms, CountryCodes, None)."""
        ...
    @targeting.setter
    def targeting(self, value: ValueFilter | None) -> None: ...
    @property
    def last_modified_date(self) -> DateFilter | None:
        """By last modification."""
        ...
    @last_modified_date.setter
    def last_modified_date(self, value: DateFilter | None) -> None: ...

@final
class OfferInformation:
    """An offer reference."""
    def __new__(cls, *, offer_id: str, offer_name: str | None = ..., seller_of_record: SellerInformation) -> OfferInformation: ...
    @property
    def offer_id(self) -> str:
        """The offer id."""
        ...
    @offer_id.setter
    def offer_id(self, value: str) -> None: ...
    @property
    def offer_name(self) -> str | None:
        """Its name."""
        ...
    @offer_name.setter
    def offer_name(self, value: str | None) -> None: ...
    @property
    def seller_of_record(self) -> SellerInformation:
        """Who sells it."""
        ...
    @seller_of_record.setter
    def seller_of_record(self, value: SellerInformation) -> None: ...

@final
class OfferRef:
    """An offer named by an offer set change."""
    def __new__(cls, *, offer_id: str) -> OfferRef: ...
    @property
    def offer_id(self) -> str:
        """The offer (1–36 characters)."""
        ...
    @offer_id.setter
    def offer_id(self, value: str) -> None: ...

@final
class OfferSetSummary:
    """An offer set's summary in `ListEntities`."""
    def __new__(cls, *, name: str | None = ..., state: str | None = ..., release_date: str | None = ..., associated_offer_ids: list[str] = ..., solution_id: str | None = ...) -> OfferSetSummary: ...
    @property
    def name(self) -> str | None:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def state(self) -> str | None:
        """`Draft` or `Released`."""
        ...
    @state.setter
    def state(self, value: str | None) -> None: ...
    @property
    def release_date(self) -> str | None:
        """When it was released."""
        ...
    @release_date.setter
    def release_date(self, value: str | None) -> None: ...
    @property
    def associated_offer_ids(self) -> list[str]:
        """Its offers (0–10)."""
        ...
    @associated_offer_ids.setter
    def associated_offer_ids(self, value: list[str]) -> None: ...
    @property
    def solution_id(self) -> str | None:
        """The solution it belongs to."""
        ...
    @solution_id.setter
    def solution_id(self, value: str | None) -> None: ...

@final
class OfferSpec:
    """An offer described as data, for the bindings (Python takes it as keyword arguments, the FFI as a record) and for
    anything that stores offers: [`OfferBuilder::from`] turns it into the builder."""
    def __new__(cls, *, product_id: str, name: str | None = ..., description: str | None = ..., buyers: list[str] = ..., contract: ContractSpec | None = ..., configurable_contract: ConfigurableContractSpec | None = ..., usage: UsageSpec | None = ..., payment_schedule: list[Installment] = ..., variable_payments: VariablePaymentsSpec | None = ..., eula: str | None = ..., refund_policy: str | None = ..., agreement_duration: str | None = ..., available_until: str | None = ..., auto_renew: bool = ..., draft: bool = ...) -> OfferSpec: ...
    @property
    def product_id(self) -> str:
        """The product the offer sells."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...
    @property
    def name(self) -> str | None:
        """The offer's name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def description(self) -> str | None:
        """Its description."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def buyers(self) -> list[str]:
        """Buyer accounts for a private offer; empty for a public one."""
        ...
    @buyers.setter
    def buyers(self, value: list[str]) -> None: ...
    @property
    def contract(self) -> ContractSpec | None:
        """A fixed-price contract."""
        ...
    @contract.setter
    def contract(self, value: ContractSpec | None) -> None: ...
    @property
    def configurable_contract(self) -> ConfigurableContractSpec | None:
        """A contract the buyer configures (per-unit prices; the buyer picks quantities)."""
        ...
    @configurable_contract.setter
    def configurable_contract(self, value: ConfigurableContractSpec | None) -> None: ...
    @property
    def usage(self) -> UsageSpec | None:
        """Usage pricing (alone, or with a contract)."""
        ...
    @usage.setter
    def usage(self, value: UsageSpec | None) -> None: ...
    @property
    def payment_schedule(self) -> list[Installment]:
        """A flexible payment schedule."""
        ...
    @payment_schedule.setter
    def payment_schedule(self, value: list[Installment]) -> None: ...
    @property
    def variable_payments(self) -> VariablePaymentsSpec | None:
        """Variable payments the seller may request later."""
        ...
    @variable_payments.setter
    def variable_payments(self, value: VariablePaymentsSpec | None) -> None: ...
    @property
    def eula(self) -> str | None:
        """`"standard"` for the standard contract, or a custom EULA's URL."""
        ...
    @eula.setter
    def eula(self, value: str | None) -> None: ...
    @property
    def refund_policy(self) -> str | None:
        """The refund policy."""
        ...
    @refund_policy.setter
    def refund_policy(self, value: str | None) -> None: ...
    @property
    def agreement_duration(self) -> str | None:
        """The agreement's duration (`P12M`)."""
        ...
    @agreement_duration.setter
    def agreement_duration(self, value: str | None) -> None: ...
    @property
    def available_until(self) -> str | None:
        """The offer's expiry date, `YYYY-MM-DD`."""
        ...
    @available_until.setter
    def available_until(self, value: str | None) -> None: ...
    @property
    def auto_renew(self) -> bool:
        """Renew automatically (public offers only)."""
        ...
    @auto_renew.setter
    def auto_renew(self, value: bool) -> None: ...
    @property
    def draft(self) -> bool:
        """Leave the offer a draft."""
        ...
    @draft.setter
    def draft(self, value: bool) -> None: ...

@final
class OfferSummary:
    """An offer's summary in `ListEntities`."""
    def __new__(cls, *, offer_set_id: str | None = ..., name: str | None = ..., product_id: str | None = ..., resale_authorization_id: str | None = ..., release_date: str | None = ..., availability_end_date: str | None = ..., buyer_accounts: list[str] = ..., state: str | None = ..., targeting: list[str] = ..., target_agreement_id: str | None = ...) -> OfferSummary: ...
    @property
    def offer_set_id(self) -> str | None:
        """The offer set it belongs to."""
        ...
    @offer_set_id.setter
    def offer_set_id(self, value: str | None) -> None: ...
    @property
    def name(self) -> str | None:
        """The name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def product_id(self) -> str | None:
        """The product."""
        ...
    @product_id.setter
    def product_id(self, value: str | None) -> None: ...
    @property
    def resale_authorization_id(self) -> str | None:
        """The resale authorization, for channel partner offers."""
        ...
    @resale_authorization_id.setter
    def resale_authorization_id(self, value: str | None) -> None: ...
    @property
    def release_date(self) -> str | None:
        """When it was released."""
        ...
    @release_date.setter
    def release_date(self, value: str | None) -> None: ...
    @property
    def availability_end_date(self) -> str | None:
        """When it stops being available."""
        ...
    @availability_end_date.setter
    def availability_end_date(self, value: str | None) -> None: ...
    @property
    def buyer_accounts(self) -> list[str]:
        """The targeted buyers."""
        ...
    @buyer_accounts.setter
    def buyer_accounts(self, value: list[str]) -> None: ...
    @property
    def state(self) -> str | None:
        """Draft or Released."""
        ...
    @state.setter
    def state(self, value: str | None) -> None: ...
    @property
    def targeting(self) -> list[str]:
        """BuyerAccounts, ParticipatingPrograms, CountryCodes or None."""
        ...
    @targeting.setter
    def targeting(self, value: list[str]) -> None: ...
    @property
    def target_agreement_id(self) -> str | None:
        """The agreement a replacement offer replaces."""
        ...
    @target_agreement_id.setter
    def target_agreement_id(self, value: str | None) -> None: ...

@final
class Organization:
    """An organization."""
    def __new__(cls, *, id: str, arn: str, feature_set: OrganizationFeatureSet, master_account_arn: str, master_account_id: str, master_account_email: str | None = ..., available_policy_types: list[PolicyTypeSummary] = ...) -> Organization: ...
    @property
    def id(self) -> str:
        """Its id (`o-` and 10 to 32 letters or digits)."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def arn(self) -> str:
        """Its ARN (`arn:aws:organizations::<management>:organization/<id>`)."""
        ...
    @arn.setter
    def arn(self, value: str) -> None: ...
    @property
    def feature_set(self) -> OrganizationFeatureSet:
        """Its features."""
        ...
    @feature_set.setter
    def feature_set(self, value: OrganizationFeatureSet) -> None: ...
    @property
    def master_account_arn(self) -> str:
        """Its management account's ARN."""
        ...
    @master_account_arn.setter
    def master_account_arn(self, value: str) -> None: ...
    @property
    def master_account_id(self) -> str:
        """Its management account."""
        ...
    @master_account_id.setter
    def master_account_id(self, value: str) -> None: ...
    @property
    def master_account_email(self) -> str | None:
        """Its management account's email address."""
        ...
    @master_account_email.setter
    def master_account_email(self, value: str | None) -> None: ...
    @property
    def available_policy_types(self) -> list[PolicyTypeSummary]:
        """The policy types it may use (deprecated by the service in favour of the root's)."""
        ...
    @available_policy_types.setter
    def available_policy_types(self, value: list[PolicyTypeSummary]) -> None: ...

@final
class OrganizationAccount:
    """A member account as Organizations describes it."""
    def __new__(cls, *, id: str, arn: str, email: str | None = ..., name: str | None = ..., status: OrganizationAccountStatus | None = ..., state: AccountState | None = ..., paths: list[str] = ..., joined_method: AccountJoinedMethod | None = ..., joined_timestamp: datetime.datetime | None = ...) -> OrganizationAccount: ...
    @property
    def id(self) -> str:
        """The account id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def arn(self) -> str:
        """Its ARN (`arn:aws:organizations::<management>:account/<organization>/<id>`)."""
        ...
    @arn.setter
    def arn(self, value: str) -> None: ...
    @property
    def email(self) -> str | None:
        """Its root email address."""
        ...
    @email.setter
    def email(self, value: str | None) -> None: ...
    @property
    def name(self) -> str | None:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def status(self) -> OrganizationAccountStatus | None:
        """Its status in the organization (deprecated by the service in favour of `state`)."""
        ...
    @status.setter
    def status(self, value: OrganizationAccountStatus | None) -> None: ...
    @property
    def state(self) -> AccountState | None:
        """Its state."""
        ...
    @state.setter
    def state(self, value: AccountState | None) -> None: ...
    @property
    def paths(self) -> list[str]:
        """Where it sits: `o-.../r-.../ou-.../<id>/`, from the organization down."""
        ...
    @paths.setter
    def paths(self, value: list[str]) -> None: ...
    @property
    def joined_method(self) -> AccountJoinedMethod | None:
        """How it joined."""
        ...
    @joined_method.setter
    def joined_method(self, value: AccountJoinedMethod | None) -> None: ...
    @property
    def joined_timestamp(self) -> datetime.datetime | None:
        """When it joined."""
        ...
    @joined_timestamp.setter
    def joined_timestamp(self, value: datetime.datetime | None) -> None: ...

@final
class OrganizationAdminApprover:
    """The administrators of an organization."""
    def __new__(cls, *, organization_id: str) -> OrganizationAdminApprover: ...
    @property
    def organization_id(self) -> str:
        """The organization (`o-...`)."""
        ...
    @organization_id.setter
    def organization_id(self, value: str) -> None: ...

@final
class OrganizationChild:
    """A child of a root or organizational unit."""
    def __new__(cls, *, id: str, child_type: ChildType) -> OrganizationChild: ...
    @property
    def id(self) -> str:
        """The account's or organizational unit's id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def child_type(self) -> ChildType:
        """What it is."""
        ...
    @child_type.setter
    def child_type(self, value: ChildType) -> None: ...

@final
class OrganizationParent:
    """A parent of an account or organizational unit."""
    def __new__(cls, *, id: str, parent_type: ParentType) -> OrganizationParent: ...
    @property
    def id(self) -> str:
        """The root's or organizational unit's id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def parent_type(self) -> ParentType:
        """What it is."""
        ...
    @parent_type.setter
    def parent_type(self, value: ParentType) -> None: ...

@final
class OrganizationalUnit:
    """An organizational unit."""
    def __new__(cls, *, id: str, arn: str, name: str, path: str | None = ...) -> OrganizationalUnit: ...
    @property
    def id(self) -> str:
        """Its id (`ou-<root part>-<8 to 32 letters or digits>`)."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def arn(self) -> str:
        """Its ARN."""
        ...
    @arn.setter
    def arn(self, value: str) -> None: ...
    @property
    def name(self) -> str:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def path(self) -> str | None:
        """Where it sits: `o-.../r-.../ou-.../`."""
        ...
    @path.setter
    def path(self, value: str | None) -> None: ...

@final
class OutcomeDetail:
    """What one approver answered."""
    def __new__(cls, *, status: ApproverOutcomeStatus, updated_at: datetime.datetime | None = ..., approver_outcome_id: str | None = ..., note: str | None = ..., name: str | None = ..., email_address: str | None = ..., purchase_orders: list[ApprovalPurchaseOrder] = ...) -> OutcomeDetail: ...
    @property
    def status(self) -> ApproverOutcomeStatus:
        """Where it stands."""
        ...
    @status.setter
    def status(self, value: ApproverOutcomeStatus) -> None: ...
    @property
    def updated_at(self) -> datetime.datetime | None:
        """When it last changed."""
        ...
    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None: ...
    @property
    def approver_outcome_id(self) -> str | None:
        """`aprout-...`."""
        ...
    @approver_outcome_id.setter
    def approver_outcome_id(self, value: str | None) -> None: ...
    @property
    def note(self) -> str | None:
        """The approver's note."""
        ...
    @note.setter
    def note(self, value: str | None) -> None: ...
    @property
    def name(self) -> str | None:
        """The approver's name or address, where it has one."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def email_address(self) -> str | None:
        """The email approver's address."""
        ...
    @email_address.setter
    def email_address(self, value: str | None) -> None: ...
    @property
    def purchase_orders(self) -> list[ApprovalPurchaseOrder]:
        """Purchase orders the approver gave."""
        ...
    @purchase_orders.setter
    def purchase_orders(self, value: list[ApprovalPurchaseOrder]) -> None: ...

@final
class ParameterDefinition:
    """A template parameter, as the service describes it."""
    def __new__(cls, *, name: str, parameter_type: str | None = ..., default_value: str | None = ..., description: str | None = ..., no_echo: bool | None = ..., allowed_pattern: str | None = ..., allowed_values: list[str] = ..., constraint_description: str | None = ..., min_value: int | None = ..., max_value: int | None = ..., min_length: int | None = ..., max_length: int | None = ..., referenced_by_resources: list[str] = ...) -> ParameterDefinition: ...
    @property
    def name(self) -> str:
        """The parameter's name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def parameter_type(self) -> str | None:
        """`String`, `Number`, `List<Number>` or `CommaDelimitedList` (other CloudFormation types pass through)."""
        ...
    @parameter_type.setter
    def parameter_type(self, value: str | None) -> None: ...
    @property
    def default_value(self) -> str | None:
        """The value used when none is given."""
        ...
    @default_value.setter
    def default_value(self, value: str | None) -> None: ...
    @property
    def description(self) -> str | None:
        """Up to 4,000 characters describing it."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def no_echo(self) -> bool | None:
        """Whether the value is masked when the stack is described."""
        ...
    @no_echo.setter
    def no_echo(self, value: bool | None) -> None: ...
    @property
    def allowed_pattern(self) -> str | None:
        """The pattern a `String` value must match."""
        ...
    @allowed_pattern.setter
    def allowed_pattern(self, value: str | None) -> None: ...
    @property
    def allowed_values(self) -> list[str]:
        """The values allowed."""
        ...
    @allowed_values.setter
    def allowed_values(self, value: list[str]) -> None: ...
    @property
    def constraint_description(self) -> str | None:
        """What to say when a constraint is broken."""
        ...
    @constraint_description.setter
    def constraint_description(self, value: str | None) -> None: ...
    @property
    def min_value(self) -> int | None:
        """The smallest `Number`."""
        ...
    @min_value.setter
    def min_value(self, value: int | None) -> None: ...
    @property
    def max_value(self) -> int | None:
        """The largest `Number`."""
        ...
    @max_value.setter
    def max_value(self, value: int | None) -> None: ...
    @property
    def min_length(self) -> int | None:
        """The fewest characters of a `String`."""
        ...
    @min_length.setter
    def min_length(self, value: int | None) -> None: ...
    @property
    def max_length(self) -> int | None:
        """The most characters of a `String`."""
        ...
    @max_length.setter
    def max_length(self, value: int | None) -> None: ...
    @property
    def referenced_by_resources(self) -> list[str]:
        """The resources whose definitions use the parameter."""
        ...
    @referenced_by_resources.setter
    def referenced_by_resources(self, value: list[str]) -> None: ...

@final
class ParameterValue:
    """A parameter value for a deployment."""
    def __new__(cls, *, name: str, value: str) -> ParameterValue: ...
    @property
    def name(self) -> str:
        """The parameter."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def value(self) -> str:
        """Its value."""
        ...
    @value.setter
    def value(self, value: str) -> None: ...

@final
class Party:
    """An account party to an agreement."""
    def __new__(cls, *, account_id: str | None = ...) -> Party: ...
    @property
    def account_id(self) -> str | None:
        """The account."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class PaymentRequest:
    """A seller's request to charge an amount under an agreement's variable payment term."""
    def __new__(cls, *, payment_request_id: str, agreement_id: str, status: PaymentRequestStatus, status_message: str | None = ..., name: str, description: str | None = ..., charge_id: str | None = ..., charge_amount: str, currency_code: str, created_at: datetime.datetime | None = ..., updated_at: datetime.datetime | None = ...) -> PaymentRequest: ...
    @property
    def payment_request_id(self) -> str:
        """`pr-...`."""
        ...
    @payment_request_id.setter
    def payment_request_id(self, value: str) -> None: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def status(self) -> PaymentRequestStatus:
        """Where it stands."""
        ...
    @status.setter
    def status(self, value: PaymentRequestStatus) -> None: ...
    @property
    def status_message(self) -> str | None:
        """Why it failed validation or was rejected."""
        ...
    @status_message.setter
    def status_message(self, value: str | None) -> None: ...
    @property
    def name(self) -> str:
        """5–64 characters."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def description(self) -> str | None:
        """Details."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def charge_id(self) -> str | None:
        """The charge it became, once approved (`ch-...`)."""
        ...
    @charge_id.setter
    def charge_id(self, value: str | None) -> None: ...
    @property
    def charge_amount(self) -> str:
        """How much."""
        ...
    @charge_amount.setter
    def charge_amount(self, value: str) -> None: ...
    @property
    def currency_code(self) -> str:
        """The term's currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: str) -> None: ...
    @property
    def created_at(self) -> datetime.datetime | None:
        """When it was sent."""
        ...
    @created_at.setter
    def created_at(self, value: datetime.datetime | None) -> None: ...
    @property
    def updated_at(self) -> datetime.datetime | None:
        """When it last changed."""
        ...
    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None: ...

@final
class PaymentScheduleTerm:
    """A flexible payment schedule."""
    def __new__(cls, *, currency_code: CurrencyCode, schedule: list[ScheduleItem] = ...) -> PaymentScheduleTerm: ...
    @property
    def currency_code(self) -> CurrencyCode:
        """The currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: CurrencyCode) -> None: ...
    @property
    def schedule(self) -> list[ScheduleItem]:
        """1–60 installments."""
        ...
    @schedule.setter
    def schedule(self, value: list[ScheduleItem]) -> None: ...

@final
class Plan:
    """What would change, account by account."""
    def __new__(cls, *, changes: list[PlannedChange] = ..., unchanged: list[str] = ..., skipped: list[PlanSkip] = ..., wait_for_regions: bool = ...) -> Plan: ...
    @property
    def changes(self) -> list[PlannedChange]:
        """The changes, in account order."""
        ...
    @changes.setter
    def changes(self, value: list[PlannedChange]) -> None: ...
    @property
    def unchanged(self) -> list[str]:
        """Accounts already as desired."""
        ...
    @unchanged.setter
    def unchanged(self, value: list[str]) -> None: ...
    @property
    def skipped(self) -> list[PlanSkip]:
        """Accounts that could not be read."""
        ...
    @skipped.setter
    def skipped(self, value: list[PlanSkip]) -> None: ...
    @property
    def wait_for_regions(self) -> bool:
        """Wait for enabled Regions to be ENABLED."""
        ...
    @wait_for_regions.setter
    def wait_for_regions(self, value: bool) -> None: ...

@final
class PlanSkip:
    """An account the plan could not decide about."""
    def __new__(cls, *, account_id: str, detail: str) -> PlanSkip: ...
    @property
    def account_id(self) -> str:
        """The account."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...
    @property
    def detail(self) -> str:
        """Why (the read that failed)."""
        ...
    @detail.setter
    def detail(self, value: str) -> None: ...

@final
class PlannedChange:
    """One change of a plan."""
    def __new__(cls, *, account_id: str, kind: ChangeKind, contact: AlternateContact | None = ..., region: str | None = ..., detail: str) -> PlannedChange: ...
    @property
    def account_id(self) -> str:
        """The account."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...
    @property
    def kind(self) -> ChangeKind:
        """What it does."""
        ...
    @kind.setter
    def kind(self, value: ChangeKind) -> None: ...
    @property
    def contact(self) -> AlternateContact | None:
        """The contact to put, for PUT_ALTERNATE_CONTACT."""
        ...
    @contact.setter
    def contact(self, value: AlternateContact | None) -> None: ...
    @property
    def region(self) -> str | None:
        """The Region to enable, for ENABLE_REGION."""
        ...
    @region.setter
    def region(self, value: str | None) -> None: ...
    @property
    def detail(self) -> str:
        """What is there now and what will be, in a sentence."""
        ...
    @detail.setter
    def detail(self, value: str) -> None: ...

@final
class Policy:
    """A policy and its content."""
    def __new__(cls, *, policy_summary: PolicySummary, content: str) -> Policy: ...
    @property
    def policy_summary(self) -> PolicySummary:
        """What it is."""
        ...
    @policy_summary.setter
    def policy_summary(self, value: PolicySummary) -> None: ...
    @property
    def content(self) -> str:
        """Its JSON text."""
        ...
    @content.setter
    def content(self, value: str) -> None: ...

@final
class PolicyStatement:
    """One statement of an application's policy."""
    def __new__(cls, *, statement_id: str | None = ..., principals: list[str] = ..., principal_org_ids: list[str] = ..., actions: list[PolicyAction] = ...) -> PolicyStatement: ...
    @property
    def statement_id(self) -> str | None:
        """A statement id, unique in the policy (the service assigns one when absent)."""
        ...
    @statement_id.setter
    def statement_id(self, value: str | None) -> None: ...
    @property
    def principals(self) -> list[str]:
        """Who it is for."""
        ...
    @principals.setter
    def principals(self, value: list[str]) -> None: ...
    @property
    def principal_org_ids(self) -> list[str]:
        """Narrows the principals to members of these organizations."""
        ...
    @principal_org_ids.setter
    def principal_org_ids(self, value: list[str]) -> None: ...
    @property
    def actions(self) -> list[PolicyAction]:
        """What it grants."""
        ...
    @actions.setter
    def actions(self, value: list[PolicyAction]) -> None: ...

@final
class PolicySummary:
    """A policy without its content."""
    def __new__(cls, *, id: str, arn: str, name: str, description: str | None = ..., policy_type: PolicyType, aws_managed: bool = ...) -> PolicySummary: ...
    @property
    def id(self) -> str:
        """Its id (`p-...`)."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def arn(self) -> str:
        """Its ARN."""
        ...
    @arn.setter
    def arn(self, value: str) -> None: ...
    @property
    def name(self) -> str:
        """Its name."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def description(self) -> str | None:
        """Its description."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def policy_type(self) -> PolicyType:
        """Its type."""
        ...
    @policy_type.setter
    def policy_type(self, value: PolicyType) -> None: ...
    @property
    def aws_managed(self) -> bool:
        """Whether AWS manages it (`FullAWSAccess`)."""
        ...
    @aws_managed.setter
    def aws_managed(self, value: bool) -> None: ...

@final
class PolicyTypeSummary:
    """A policy type and whether it is enabled."""
    def __new__(cls, *, policy_type: PolicyType, status: PolicyTypeStatus) -> PolicyTypeSummary: ...
    @property
    def policy_type(self) -> PolicyType:
        """The policy type."""
        ...
    @policy_type.setter
    def policy_type(self, value: PolicyType) -> None: ...
    @property
    def status(self) -> PolicyTypeStatus:
        """Whether it is enabled."""
        ...
    @status.setter
    def status(self, value: PolicyTypeStatus) -> None: ...

@final
class PositiveTargeting:
    """Who may see a limited product or buy an offer."""
    def __new__(cls, *, buyer_accounts: list[str] = ..., country_codes: list[str] = ...) -> PositiveTargeting: ...
    @property
    def buyer_accounts(self) -> list[str]:
        """Buyer accounts (12 digits each, at most 25)."""
        ...
    @buyer_accounts.setter
    def buyer_accounts(self, value: list[str]) -> None: ...
    @property
    def country_codes(self) -> list[str]:
        """ISO 3166 country codes."""
        ...
    @country_codes.setter
    def country_codes(self, value: list[str]) -> None: ...

@final
class PreExistingAgreement:
    """An agreement the buyer already has outside this offer."""
    def __new__(cls, *, acquisition_channel: str, pricing_model: str) -> PreExistingAgreement: ...
    @property
    def acquisition_channel(self) -> str:
        """AwsMarketplace or External."""
        ...
    @acquisition_channel.setter
    def acquisition_channel(self, value: str) -> None: ...
    @property
    def pricing_model(self) -> str:
        """Byol, Free, Usage or Contract."""
        ...
    @pricing_model.setter
    def pricing_model(self, value: str) -> None: ...

@final
class PricingCurrencyAmount:
    """An amount and its currency."""
    def __new__(cls, *, amount: str | None = ..., max_adjustment_amount: str | None = ..., currency_code: str | None = ...) -> PricingCurrencyAmount: ...
    @property
    def amount(self) -> str | None:
        """How much."""
        ...
    @amount.setter
    def amount(self, value: str | None) -> None: ...
    @property
    def max_adjustment_amount(self) -> str | None:
        """The most it may still be adjusted by."""
        ...
    @max_adjustment_amount.setter
    def max_adjustment_amount(self, value: str | None) -> None: ...
    @property
    def currency_code(self) -> str | None:
        """The currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: str | None) -> None: ...

@final
class PricingModel:
    """A pricing model with its display name."""
    def __new__(cls, *, pricing_model_type: PricingModelType, display_name: str) -> PricingModel: ...
    @property
    def pricing_model_type(self) -> PricingModelType:
        """USAGE, CONTRACT, BYOL or FREE."""
        ...
    @pricing_model_type.setter
    def pricing_model_type(self, value: PricingModelType) -> None: ...
    @property
    def display_name(self) -> str:
        """The name shown."""
        ...
    @display_name.setter
    def display_name(self, value: str) -> None: ...

@final
class PricingUnit:
    """What a product is priced per."""
    def __new__(cls, *, pricing_unit_type: str, display_name: str) -> PricingUnit: ...
    @property
    def pricing_unit_type(self) -> str:
        """USERS, HOSTS, BANDWIDTH, DATA, TIERS, REQUESTS or UNITS."""
        ...
    @pricing_unit_type.setter
    def pricing_unit_type(self, value: str) -> None: ...
    @property
    def display_name(self) -> str:
        """The name shown."""
        ...
    @display_name.setter
    def display_name(self, value: str) -> None: ...

@final
class PrimaryContact:
    """The primary contact together with the verification status of its phone number (`GetContactInformation`)."""
    def __new__(cls, *, contact_information: ContactInformation, verification_status: PhoneNumberVerificationStatus | None = ...) -> PrimaryContact: ...
    @property
    def contact_information(self) -> ContactInformation:
        """The contact information."""
        ...
    @contact_information.setter
    def contact_information(self, value: ContactInformation) -> None: ...
    @property
    def verification_status(self) -> PhoneNumberVerificationStatus | None:
        """Whether the phone number is verified, when the service says."""
        ...
    @verification_status.setter
    def verification_status(self, value: PhoneNumberVerificationStatus | None) -> None: ...

@final
class PrimaryEmailUpdate:
    """What `GetPrimaryEmailUpdateStatus` returns."""
    def __new__(cls, *, status: PrimaryEmailUpdateStatus, updated_at: datetime.datetime | None = ...) -> PrimaryEmailUpdate: ...
    @property
    def status(self) -> PrimaryEmailUpdateStatus:
        """Where the update stands."""
        ...
    @status.setter
    def status(self, value: PrimaryEmailUpdateStatus) -> None: ...
    @property
    def updated_at(self) -> datetime.datetime | None:
        """When it last changed (no `timestampFormat` in the model: epoch seconds)."""
        ...
    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None: ...

@final
class ProcurementStatus:
    """Whether an account may procure a product, and why."""
    def __new__(cls, *, product_id: str, experience_id: str | None = ..., live: bool, approved: bool, procurable: bool, requests_enabled: bool, blocked: bool) -> ProcurementStatus: ...
    @property
    def product_id(self) -> str:
        """The product."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...
    @property
    def experience_id(self) -> str | None:
        """The experience governing the account, if any."""
        ...
    @experience_id.setter
    def experience_id(self, value: str | None) -> None: ...
    @property
    def live(self) -> bool:
        """Whether that experience is live (only a live experience restricts procurement)."""
        ...
    @live.setter
    def live(self, value: bool) -> None: ...
    @property
    def approved(self) -> bool:
        """Whether the product is in the experience's approved list."""
        ...
    @approved.setter
    def approved(self, value: bool) -> None: ...
    @property
    def procurable(self) -> bool:
        """Whether the account may subscribe: no live experience governs it, or the product is approved."""
        ...
    @procurable.setter
    def procurable(self, value: bool) -> None: ...
    @property
    def requests_enabled(self) -> bool:
        """Whether users can ask for the product to be added."""
        ...
    @requests_enabled.setter
    def requests_enabled(self, value: bool) -> None: ...
    @property
    def blocked(self) -> bool:
        """Whether requests for this product are blocked."""
        ...
    @blocked.setter
    def blocked(self, value: bool) -> None: ...

@final
class Product:
    """`GetProduct`'s output."""
    def __new__(cls, *, product_id: str, catalog: str, product_name: str, manufacturer: SellerInformation, deployed_on_aws: str, short_description: str, long_description: str = ..., logo_thumbnail_url: str, fulfillment_option_summaries: list[FulfillmentOptionSummary] = ..., categories: list[Category] = ..., highlights: list[str] = ..., promotional_media: list[JsonValue] = ..., resources: list[JsonValue] = ..., seller_engagements: list[JsonValue] = ..., listing_id: str, purchase_indicators: list[PurchaseIndicator] = ...) -> Product: ...
    @property
    def product_id(self) -> str:
        """The product id."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def product_name(self) -> str:
        """Its name."""
        ...
    @product_name.setter
    def product_name(self, value: str) -> None: ...
    @property
    def manufacturer(self) -> SellerInformation:
        """Who makes it."""
        ...
    @manufacturer.setter
    def manufacturer(self, value: SellerInformation) -> None: ...
    @property
    def deployed_on_aws(self) -> str:
        """DEPLOYED, NOT_DEPLOYED or NOT_APPLICABLE."""
        ...
    @deployed_on_aws.setter
    def deployed_on_aws(self, value: str) -> None: ...
    @property
    def short_description(self) -> str:
        """The short description."""
        ...
    @short_description.setter
    def short_description(self, value: str) -> None: ...
    @property
    def long_description(self) -> str:
        """The long description."""
        ...
    @long_description.setter
    def long_description(self, value: str) -> None: ...
    @property
    def logo_thumbnail_url(self) -> str:
        """The logo."""
        ...
    @logo_thumbnail_url.setter
    def logo_thumbnail_url(self, value: str) -> None: ...
    @property
    def fulfillment_option_summaries(self) -> list[FulfillmentOptionSummary]:
        """How it is delivered."""
        ...
    @fulfillment_option_summaries.setter
    def fulfillment_option_summaries(self, value: list[FulfillmentOptionSummary]) -> None: ...
    @property
    def categories(self) -> list[Category]:
        """Categories."""
        ...
    @categories.setter
    def categories(self, value: list[Category]) -> None: ...
    @property
    def highlights(self) -> list[str]:
        """Highlights."""
        ...
    @highlights.setter
    def highlights(self, value: list[str]) -> None: ...
    @property
    def promotional_media(self) -> list[JsonValue]:
        """Images and videos (kept as sent)."""
        ...
    @promotional_media.setter
    def promotional_media(self, value: list[JsonValue]) -> None: ...
    @property
    def resources(self) -> list[JsonValue]:
        """Support and instructions (kept as sent)."""
        ...
    @resources.setter
    def resources(self, value: list[JsonValue]) -> None: ...
    @property
    def seller_engagements(self) -> list[JsonValue]:
        """Seller engagements (kept as sent)."""
        ...
    @seller_engagements.setter
    def seller_engagements(self, value: list[JsonValue]) -> None: ...
    @property
    def listing_id(self) -> str:
        """Its listing."""
        ...
    @listing_id.setter
    def listing_id(self, value: str) -> None: ...
    @property
    def purchase_indicators(self) -> list[PurchaseIndicator]:
        """Whether the caller can subscribe."""
        ...
    @purchase_indicators.setter
    def purchase_indicators(self, value: list[PurchaseIndicator]) -> None: ...

@final
class ProductFilters:
    """Filters for products of any type (`SaaSProductFilters`, `AmiProductFilters`, ...)."""
    def __new__(cls, *, entity_id: ValueFilter | None = ..., product_title: ValueFilter | None = ..., visibility: ValueFilter | None = ..., last_modified_date: DateFilter | None = ...) -> ProductFilters: ...
    @property
    def entity_id(self) -> ValueFilter | None:
        """By id."""
        ...
    @entity_id.setter
    def entity_id(self, value: ValueFilter | None) -> None: ...
    @property
    def product_title(self) -> ValueFilter | None:
        """By title (exact values or a wildcard)."""
        ...
    @product_title.setter
    def product_title(self, value: ValueFilter | None) -> None: ...
    @property
    def visibility(self) -> ValueFilter | None:
        """By visibility (Limited, Public, Restricted, Draft)."""
        ...
    @visibility.setter
    def visibility(self, value: ValueFilter | None) -> None: ...
    @property
    def last_modified_date(self) -> DateFilter | None:
        """By last modification."""
        ...
    @last_modified_date.setter
    def last_modified_date(self, value: DateFilter | None) -> None: ...

@final
class ProductIds:
    """Product ids in a procurement change."""
    def __new__(cls, *, ids: list[str] = ...) -> ProductIds: ...
    @property
    def ids(self) -> list[str]:
        """The products."""
        ...
    @ids.setter
    def ids(self, value: list[str]) -> None: ...

@final
class ProductInformation:
    """A product reference."""
    def __new__(cls, *, product_id: str, product_name: str, manufacturer: SellerInformation) -> ProductInformation: ...
    @property
    def product_id(self) -> str:
        """The product id (`prod-...`)."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...
    @property
    def product_name(self) -> str:
        """Its name."""
        ...
    @product_name.setter
    def product_name(self, value: str) -> None: ...
    @property
    def manufacturer(self) -> SellerInformation:
        """Who makes it."""
        ...
    @manufacturer.setter
    def manufacturer(self, value: SellerInformation) -> None: ...

@final
class ProductRef:
    """A product of the seller's in AWS Marketplace that a solution includes."""
    def __new__(cls, *, product_id: str) -> ProductRef: ...
    @property
    def product_id(self) -> str:
        """The product (≤ 50 characters)."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...

@final
class ProductRequest:
    """A user's request to add a product to the private marketplace that governs their account."""
    def __new__(cls, *, request_id: str, experience_id: str, product_id: str, requester_account_id: str, status: ProductRequestStatus, decline_reason: str | None = ..., created_at: str, decided_at: str | None = ...) -> ProductRequest: ...
    @property
    def request_id(self) -> str:
        """`pmpreq-...`."""
        ...
    @request_id.setter
    def request_id(self, value: str) -> None: ...
    @property
    def experience_id(self) -> str:
        """The experience that governs the requester."""
        ...
    @experience_id.setter
    def experience_id(self, value: str) -> None: ...
    @property
    def product_id(self) -> str:
        """The product asked for."""
        ...
    @product_id.setter
    def product_id(self, value: str) -> None: ...
    @property
    def requester_account_id(self) -> str:
        """The account that asked."""
        ...
    @requester_account_id.setter
    def requester_account_id(self, value: str) -> None: ...
    @property
    def status(self) -> ProductRequestStatus:
        """Where it stands."""
        ...
    @status.setter
    def status(self, value: ProductRequestStatus) -> None: ...
    @property
    def decline_reason(self) -> str | None:
        """Why it was declined."""
        ...
    @decline_reason.setter
    def decline_reason(self, value: str | None) -> None: ...
    @property
    def created_at(self) -> str:
        """When it was made (20-character ISO 8601)."""
        ...
    @created_at.setter
    def created_at(self, value: str) -> None: ...
    @property
    def decided_at(self) -> str | None:
        """When an administrator decided."""
        ...
    @decided_at.setter
    def decided_at(self, value: str | None) -> None: ...

@final
class ProductSummary:
    """A product's summary in `ListEntities`."""
    def __new__(cls, *, product_title: str | None = ..., visibility: str | None = ...) -> ProductSummary: ...
    @property
    def product_title(self) -> str | None:
        """The title."""
        ...
    @product_title.setter
    def product_title(self, value: str | None) -> None: ...
    @property
    def visibility(self) -> str | None:
        """Limited, Public, Restricted or Draft."""
        ...
    @visibility.setter
    def visibility(self, value: str | None) -> None: ...

@final
class ProgressEvent:
    """A step of a run, for progress bars and logs."""
    def __new__(cls, *, phase: str, done: int, total: int, account_id: str | None = ..., message: str) -> ProgressEvent: ...
    @property
    def phase(self) -> str:
        """`inventory` (an account was read) or `apply` (a change ended)."""
        ...
    @phase.setter
    def phase(self, value: str) -> None: ...
    @property
    def done(self) -> int:
        """Steps done so far."""
        ...
    @done.setter
    def done(self, value: int) -> None: ...
    @property
    def total(self) -> int:
        """Steps in all."""
        ...
    @total.setter
    def total(self, value: int) -> None: ...
    @property
    def account_id(self) -> str | None:
        """The account of this step."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...
    @property
    def message(self) -> str:
        """What happened."""
        ...
    @message.setter
    def message(self, value: str) -> None: ...

@final
class PromotionalMedia:
    """An image or video on a solution's page."""
    def __new__(cls, *, media_type: str, url: str, title: str, description: str | None = ..., preview_url: str | None = ...) -> PromotionalMedia: ...
    @property
    def media_type(self) -> str:
        """`Image` or `Video`."""
        ...
    @media_type.setter
    def media_type(self, value: str) -> None: ...
    @property
    def url(self) -> str:
        """Where it lives."""
        ...
    @url.setter
    def url(self, value: str) -> None: ...
    @property
    def title(self) -> str:
        """≤ 100 characters."""
        ...
    @title.setter
    def title(self, value: str) -> None: ...
    @property
    def description(self) -> str | None:
        """≤ 200 characters."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def preview_url(self) -> str | None:
        """A preview image (videos)."""
        ...
    @preview_url.setter
    def preview_url(self, value: str | None) -> None: ...

@final
class ProposalSummary:
    """What was proposed."""
    def __new__(cls, *, resources: list[AgreementResource] = ..., offer_id: str | None = ..., offer_set_id: str | None = ...) -> ProposalSummary: ...
    @property
    def resources(self) -> list[AgreementResource]:
        """The products."""
        ...
    @resources.setter
    def resources(self, value: list[AgreementResource]) -> None: ...
    @property
    def offer_id(self) -> str | None:
        """The offer."""
        ...
    @offer_id.setter
    def offer_id(self, value: str | None) -> None: ...
    @property
    def offer_set_id(self) -> str | None:
        """The offer set the offer belongs to."""
        ...
    @offer_set_id.setter
    def offer_set_id(self, value: str | None) -> None: ...

@final
class PurchaseIndicator:
    """Whether the buyer can subscribe (`NOT_AVAILABLE_FOR_SUBSCRIPTION` when the private marketplace governing the
    buyer does not approve the product)."""
    def __new__(cls, *, indicator_type: str) -> PurchaseIndicator: ...
    @property
    def indicator_type(self) -> str:
        """The indicator."""
        ...
    @indicator_type.setter
    def indicator_type(self, value: str) -> None: ...

@final
class PurchaseOptionBadge:
    """A badge on a purchase option (PRIVATE_PRICING, FUTURE_DATED, REPLACEMENT_OFFER, AUTO_RENEW)."""
    def __new__(cls, *, display_name: str, badge_type: str) -> PurchaseOptionBadge: ...
    @property
    def display_name(self) -> str:
        """The name shown."""
        ...
    @display_name.setter
    def display_name(self, value: str) -> None: ...
    @property
    def badge_type(self) -> str:
        """The kind."""
        ...
    @badge_type.setter
    def badge_type(self, value: str) -> None: ...

@final
class PurchaseOptionSummary:
    """A purchase option in `ListPurchaseOptions`."""
    def __new__(cls, *, purchase_option_id: str, catalog: str, purchase_option_type: str, purchase_option_name: str | None = ..., available_from_time: datetime.datetime | None = ..., expiration_time: datetime.datetime | None = ..., seller_of_record: SellerInformation, badges: list[PurchaseOptionBadge] = ..., associated_entities: list[AssociatedEntity] = ...) -> PurchaseOptionSummary: ...
    @property
    def purchase_option_id(self) -> str:
        """The offer (or offer set) id."""
        ...
    @purchase_option_id.setter
    def purchase_option_id(self, value: str) -> None: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def purchase_option_type(self) -> str:
        """OFFER or OFFERSET."""
        ...
    @purchase_option_type.setter
    def purchase_option_type(self, value: str) -> None: ...
    @property
    def purchase_option_name(self) -> str | None:
        """Its name."""
        ...
    @purchase_option_name.setter
    def purchase_option_name(self, value: str | None) -> None: ...
    @property
    def available_from_time(self) -> datetime.datetime | None:
        """When it became available."""
        ...
    @available_from_time.setter
    def available_from_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def expiration_time(self) -> datetime.datetime | None:
        """When it expires."""
        ...
    @expiration_time.setter
    def expiration_time(self, value: datetime.datetime | None) -> None: ...
    @property
    def seller_of_record(self) -> SellerInformation:
        """Who sells it."""
        ...
    @seller_of_record.setter
    def seller_of_record(self, value: SellerInformation) -> None: ...
    @property
    def badges(self) -> list[PurchaseOptionBadge]:
        """Badges."""
        ...
    @badges.setter
    def badges(self, value: list[PurchaseOptionBadge]) -> None: ...
    @property
    def associated_entities(self) -> list[AssociatedEntity]:
        """Its product and offer."""
        ...
    @associated_entities.setter
    def associated_entities(self, value: list[AssociatedEntity]) -> None: ...

@final
class PurchaseOrder:
    """A purchase order for a charge."""
    def __new__(cls, *, charge_id: str, charge_revision: int | None = ..., agreement_id: str | None = ..., purchase_order_reference: str | None = ...) -> PurchaseOrder: ...
    @property
    def charge_id(self) -> str:
        """The charge."""
        ...
    @charge_id.setter
    def charge_id(self, value: str) -> None: ...
    @property
    def charge_revision(self) -> int | None:
        """The charge's revision."""
        ...
    @charge_revision.setter
    def charge_revision(self, value: int | None) -> None: ...
    @property
    def agreement_id(self) -> str | None:
        """The agreement (for `UpdatePurchaseOrders`)."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str | None) -> None: ...
    @property
    def purchase_order_reference(self) -> str | None:
        """The buyer's PO number (1–200 characters)."""
        ...
    @purchase_order_reference.setter
    def purchase_order_reference(self, value: str | None) -> None: ...

@final
class PutAccountNameInput:
    """`PutAccountName`'s input."""
    def __new__(cls, *, account_name: str, account_id: str | None = ...) -> PutAccountNameInput: ...
    @property
    def account_name(self) -> str:
        """The new name."""
        ...
    @account_name.setter
    def account_name(self, value: str) -> None: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class PutAlternateContactInput:
    """`PutAlternateContact`'s input: the contact's members and the account."""
    def __new__(cls, *, alternate_contact_type: AlternateContactType, name: str, title: str, email_address: str, phone_number: str, account_id: str | None = ...) -> PutAlternateContactInput: ...
    @property
    def contact(self) -> AlternateContact:
        """The contact to create or replace."""
        ...
    @contact.setter
    def contact(self, value: AlternateContact) -> None: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class PutApplicationPolicyInput:
    """`PutApplicationPolicy`'s input: the whole policy."""
    def __new__(cls, *, application_id: str, statements: list[PolicyStatement] = ...) -> PutApplicationPolicyInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def statements(self) -> list[PolicyStatement]:
        """The statements, replacing the current ones."""
        ...
    @statements.setter
    def statements(self, value: list[PolicyStatement]) -> None: ...

@final
class PutContactInformationInput:
    """`PutContactInformation`'s input."""
    def __new__(cls, *, contact_information: ContactInformation, account_id: str | None = ...) -> PutContactInformationInput: ...
    @property
    def contact_information(self) -> ContactInformation:
        """The primary contact, replacing the current one whole."""
        ...
    @contact_information.setter
    def contact_information(self, value: ContactInformation) -> None: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class PutResourcePolicyInput:
    """`PutResourcePolicy`'s input."""
    def __new__(cls, *, resource_arn: str, policy: str) -> PutResourcePolicyInput: ...
    @property
    def resource_arn(self) -> str:
        """The entity."""
        ...
    @resource_arn.setter
    def resource_arn(self, value: str) -> None: ...
    @property
    def policy(self) -> str:
        """An IAM-style policy document (1–10240 characters)."""
        ...
    @policy.setter
    def policy(self, value: str) -> None: ...

@final
class RateCardItem:
    """One price on a rate card."""
    def __new__(cls, *, dimension_key: str, price: str) -> RateCardItem: ...
    @property
    def dimension_key(self) -> str:
        """The dimension (1–100 characters)."""
        ...
    @dimension_key.setter
    def dimension_key(self, value: str) -> None: ...
    @property
    def price(self) -> str:
        """The price per unit, as a decimal string with up to 8 decimals."""
        ...
    @price.setter
    def price(self, value: str) -> None: ...

@final
class ReadError:
    """A read that failed while the estate was gathered."""
    def __new__(cls, *, operation: str, code: str, message: str, access_denied: bool) -> ReadError: ...
    @property
    def operation(self) -> str:
        """The operation (`GetAlternateContact(SECURITY)`, `ListRegions`)."""
        ...
    @operation.setter
    def operation(self, value: str) -> None: ...
    @property
    def code(self) -> str:
        """The service's error code."""
        ...
    @code.setter
    def code(self, value: str) -> None: ...
    @property
    def message(self) -> str:
        """Its message."""
        ...
    @message.setter
    def message(self, value: str) -> None: ...
    @property
    def access_denied(self) -> bool:
        """Whether the caller was refused (AccessDenied): the check is not evaluable rather than failed."""
        ...
    @access_denied.setter
    def access_denied(self, value: bool) -> None: ...

@final
class RecurringPaymentTerm:
    """A fixed recurring fee."""
    def __new__(cls, *, currency_code: CurrencyCode, billing_period: str, price: str) -> RecurringPaymentTerm: ...
    @property
    def currency_code(self) -> CurrencyCode:
        """The currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: CurrencyCode) -> None: ...
    @property
    def billing_period(self) -> str:
        """Always `Monthly`."""
        ...
    @billing_period.setter
    def billing_period(self, value: str) -> None: ...
    @property
    def price(self) -> str:
        """The fee, up to 3 decimals."""
        ...
    @price.setter
    def price(self, value: str) -> None: ...

@final
class Region:
    """A region and its opt-in status for one account."""
    def __new__(cls, *, region_name: str, region_opt_status: RegionOptStatus) -> Region: ...
    @property
    def region_name(self) -> str:
        """The region code."""
        ...
    @region_name.setter
    def region_name(self, value: str) -> None: ...
    @property
    def region_opt_status(self) -> RegionOptStatus:
        """Its opt-in status."""
        ...
    @region_opt_status.setter
    def region_opt_status(self, value: RegionOptStatus) -> None: ...

@final
class RejectAgreementApprovalInput:
    """`RejectAgreementApproval`'s input."""
    def __new__(cls, *, buyer_agreement_approval_rejection_input: RejectionInput) -> RejectAgreementApprovalInput: ...
    @property
    def buyer_agreement_approval_rejection_input(self) -> RejectionInput:
        """The approval and why it is rejected."""
        ...
    @buyer_agreement_approval_rejection_input.setter
    def buyer_agreement_approval_rejection_input(self, value: RejectionInput) -> None: ...

@final
class RejectAgreementCancellationRequestInput:
    """`RejectAgreementCancellationRequest`'s input (the buyer)."""
    def __new__(cls, *, agreement_id: str, agreement_cancellation_request_id: str, rejection_reason: str) -> RejectAgreementCancellationRequestInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def agreement_cancellation_request_id(self) -> str:
        """The request (`acr-...`)."""
        ...
    @agreement_cancellation_request_id.setter
    def agreement_cancellation_request_id(self, value: str) -> None: ...
    @property
    def rejection_reason(self) -> str:
        """Why (1–2000 characters)."""
        ...
    @rejection_reason.setter
    def rejection_reason(self, value: str) -> None: ...

@final
class RejectAgreementPaymentRequestInput:
    """`RejectAgreementPaymentRequest`'s input (the buyer)."""
    def __new__(cls, *, payment_request_id: str, agreement_id: str, rejection_reason: str | None = ...) -> RejectAgreementPaymentRequestInput: ...
    @property
    def payment_request_id(self) -> str:
        """The payment request (`pr-...`)."""
        ...
    @payment_request_id.setter
    def payment_request_id(self, value: str) -> None: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def rejection_reason(self) -> str | None:
        """Why (1–250 characters)."""
        ...
    @rejection_reason.setter
    def rejection_reason(self, value: str | None) -> None: ...

@final
class RejectionInput:
    """An administrator's rejection (`BuyerAgreementApprovalRejectionInput`)."""
    def __new__(cls, *, agreement_approval_id: str, note: str | None = ..., approver_outcome_id_to_override: str | None = ...) -> RejectionInput: ...
    @property
    def agreement_approval_id(self) -> str:
        """The approval (`apr-...`)."""
        ...
    @agreement_approval_id.setter
    def agreement_approval_id(self, value: str) -> None: ...
    @property
    def note(self) -> str | None:
        """Why (1–1000 characters)."""
        ...
    @note.setter
    def note(self, value: str | None) -> None: ...
    @property
    def approver_outcome_id_to_override(self) -> str | None:
        """Answer for this approver outcome instead of the caller's own (`aprout-...`)."""
        ...
    @approver_outcome_id_to_override.setter
    def approver_outcome_id_to_override(self, value: str | None) -> None: ...

@final
class ReleaseOffer:
    """`ReleaseOffer`: validate and publish a Draft offer."""
    def __new__(cls) -> ReleaseOffer: ...

@final
class ReleaseOfferSet:
    """`ReleaseOfferSet`: release the offer set, whose offers are released already."""
    def __new__(cls) -> ReleaseOfferSet: ...

@final
class ReleaseProduct:
    """`ReleaseProduct`: publish a Draft product as Limited."""
    def __new__(cls) -> ReleaseProduct: ...

@final
class ReleaseResaleAuthorization:
    """`ReleaseResaleAuthorization`: publish it to the partner."""
    def __new__(cls) -> ReleaseResaleAuthorization: ...

@final
class ReleaseSolution:
    """`ReleaseSolution`: publish a Draft solution as Limited."""
    def __new__(cls) -> ReleaseSolution: ...

@final
class Repository:
    """A repository of a container product."""
    def __new__(cls, *, repository_name: str, repository_type: str) -> Repository: ...
    @property
    def repository_name(self) -> str:
        """2–256 characters."""
        ...
    @repository_name.setter
    def repository_name(self, value: str) -> None: ...
    @property
    def repository_type(self) -> str:
        """`ECR`."""
        ...
    @repository_type.setter
    def repository_type(self, value: str) -> None: ...

@final
class RequestedTerm:
    """A term of the offer the buyer requests, by the id Discovery gives it."""
    def __new__(cls, *, id: str, configuration: RequestedTermConfiguration | None = ...) -> RequestedTerm: ...
    @property
    def id(self) -> str:
        """The term's id."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def configuration(self) -> RequestedTermConfiguration | None:
        """The buyer's choices, for terms that take them."""
        ...
    @configuration.setter
    def configuration(self, value: RequestedTermConfiguration | None) -> None: ...

@final
class RequestedTermConfiguration:
    """The configuration of a requested term (a union; one member)."""
    def __new__(cls, *, configurable_upfront_pricing_term_configuration: ContractConfiguration | None = ..., renewal_term_configuration: JsonValue | None = ...) -> RequestedTermConfiguration: ...
    @property
    def configurable_upfront_pricing_term_configuration(self) -> ContractConfiguration | None:
        """For a `ConfigurableUpfrontPricingTerm`."""
        ...
    @configurable_upfront_pricing_term_configuration.setter
    def configurable_upfront_pricing_term_configuration(self, value: ContractConfiguration | None) -> None: ...
    @property
    def renewal_term_configuration(self) -> JsonValue | None:
        """For a `RenewalTerm` (`{"enableAutoRenew": bool}`)."""
        ...
    @renewal_term_configuration.setter
    def renewal_term_configuration(self, value: JsonValue | None) -> None: ...

@final
class ResaleLegalDocument:
    """A legal document of a `BuyerLegalTerm` (StandardEula, EnterpriseEula, CustomEula) or a `ResaleLegalTerm`
    (StandardResellerContract, CustomResellerContract)."""
    def __new__(cls, *, document_type: str, url: str | None = ...) -> ResaleLegalDocument: ...
    @property
    def document_type(self) -> str:
        """Which document."""
        ...
    @document_type.setter
    def document_type(self, value: str) -> None: ...
    @property
    def url(self) -> str | None:
        """Where a custom document lives."""
        ...
    @url.setter
    def url(self, value: str | None) -> None: ...

@final
class ResaleRateCard:
    """A rate card of a resale pricing term: a duration selector and constraints for configurable terms, prices."""
    def __new__(cls, *, selector: Selector | None = ..., constraints: Constraints | None = ..., rate_card: list[RateCardItem] = ...) -> ResaleRateCard: ...
    @property
    def selector(self) -> Selector | None:
        """The duration (configurable terms)."""
        ...
    @selector.setter
    def selector(self, value: Selector | None) -> None: ...
    @property
    def constraints(self) -> Constraints | None:
        """What the buyer may configure (configurable terms; Allowed when absent)."""
        ...
    @constraints.setter
    def constraints(self, value: Constraints | None) -> None: ...
    @property
    def rate_card(self) -> list[RateCardItem]:
        """1–800 prices."""
        ...
    @rate_card.setter
    def rate_card(self, value: list[RateCardItem]) -> None: ...

@final
class ResaleTerm:
    """A term of a resale authorization. One struct serves every resale term type: `term_type` (`Type` on the wire)
    says which, and which members it carries (the others stay empty):
    
    | `Type` | members | set by |
    |---|---|---|
    | `ResaleUsageBasedPricingTerm` | `CurrencyCode` (USD), `RateCards` (exactly 1, prices) | `UpdatePricingTerms` |
    | `ResaleConfigurableUpfrontPricingTerm` | `CurrencyCode`, `RateCards` (1–5 with `Selector`, `Constraints`) | `UpdatePricingTerms` |
    | `ResaleFixedUpfrontPricingTerm` | `CurrencyCode`, `Price`, `Duration`, `Grants` | `UpdatePricingTerms` |
    | `ResalePaymentScheduleTerm` | `CurrencyCode`, `Schedule` (1–60) | `UpdatePaymentScheduleTerms` |
    | `BuyerLegalTerm`, `ResaleLegalTerm` | `Documents` | `UpdateLegalTerms` |
    | `BuyerTargetingTerm` | `PositiveTargeting.BuyerAccounts` (1–25) | `UpdateBuyerTargetingTerms` |
    | `BuyerValidityTerm` | `MaximumAgreementStartDate` | `UpdateBuyerValidityTerms` |
    | `ResaleNetPaymentTerm` | `PaymentDuePeriod` | `UpdateNetPaymentTerms` |"""
    def __new__(cls, *, term_type: str, id: str | None = ..., currency_code: CurrencyCode | None = ..., rate_cards: list[ResaleRateCard] = ..., price: str | None = ..., duration: str | None = ..., grants: list[Grant] = ..., schedule: list[ScheduleItem] = ..., documents: list[ResaleLegalDocument] = ..., positive_targeting: PositiveTargeting | None = ..., maximum_agreement_start_date: str | None = ..., payment_due_period: str | None = ...) -> ResaleTerm: ...
    @property
    def term_type(self) -> str:
        """The term type."""
        ...
    @term_type.setter
    def term_type(self, value: str) -> None: ...
    @property
    def id(self) -> str | None:
        """The id DescribeEntity gives the term."""
        ...
    @id.setter
    def id(self, value: str | None) -> None: ...
    @property
    def currency_code(self) -> CurrencyCode | None:
        """The currency of pricing and payment terms (USD, AUD, EUR, GBP, JPY; usage terms USD only)."""
        ...
    @currency_code.setter
    def currency_code(self, value: CurrencyCode | None) -> None: ...
    @property
    def rate_cards(self) -> list[ResaleRateCard]:
        """Rate cards of usage and configurable pricing terms."""
        ...
    @rate_cards.setter
    def rate_cards(self, value: list[ResaleRateCard]) -> None: ...
    @property
    def price(self) -> str | None:
        """The price of a fixed upfront term."""
        ...
    @price.setter
    def price(self, value: str | None) -> None: ...
    @property
    def duration(self) -> str | None:
        """The duration of a fixed upfront term (ISO 8601, such as `P12M`)."""
        ...
    @duration.setter
    def duration(self, value: str | None) -> None: ...
    @property
    def grants(self) -> list[Grant]:
        """The grants of a fixed upfront term."""
        ...
    @grants.setter
    def grants(self, value: list[Grant]) -> None: ...
    @property
    def schedule(self) -> list[ScheduleItem]:
        """The installments of a payment schedule."""
        ...
    @schedule.setter
    def schedule(self, value: list[ScheduleItem]) -> None: ...
    @property
    def documents(self) -> list[ResaleLegalDocument]:
        """The documents of a legal term."""
        ...
    @documents.setter
    def documents(self, value: list[ResaleLegalDocument]) -> None: ...
    @property
    def positive_targeting(self) -> PositiveTargeting | None:
        """The buyers of a buyer targeting term."""
        ...
    @positive_targeting.setter
    def positive_targeting(self, value: PositiveTargeting | None) -> None: ...
    @property
    def maximum_agreement_start_date(self) -> str | None:
        """The latest agreement start of a buyer validity term (`YYYY-MM-DD`)."""
        ...
    @maximum_agreement_start_date.setter
    def maximum_agreement_start_date(self, value: str | None) -> None: ...
    @property
    def payment_due_period(self) -> str | None:
        """The longest payment period a net payment term lets the partner grant (`P15D` ... `P120D`)."""
        ...
    @payment_due_period.setter
    def payment_due_period(self, value: str | None) -> None: ...

@final
class RestrictDeliveryOptions:
    """`RestrictDeliveryOptions` (AMI, container): withdraw versions' delivery options from new buyers (existing
    buyers keep them). DescribeEntity shows each as `Visibility: Restricted`; a released product keeps at least
    one delivery option that is not restricted."""
    def __new__(cls, *, delivery_option_ids: list[str] = ...) -> RestrictDeliveryOptions: ...
    @property
    def delivery_option_ids(self) -> list[str]:
        """1–50 delivery option ids, as DescribeEntity lists them under `Versions[].DeliveryOptions[].Id`."""
        ...
    @delivery_option_ids.setter
    def delivery_option_ids(self, value: list[str]) -> None: ...

@final
class RestrictDimensions:
    """`RestrictDimensions` (SaaS, AMI): stop selling dimensions; they leave the product's `Dimensions`. Like
    `AddDimensions`, the `DetailsDocument` is the array itself."""
    def __new__(cls, *, dimensions: list[DimensionRef] = ...) -> RestrictDimensions: ...
    @property
    def dimensions(self) -> list[DimensionRef]:
        """The dimensions to restrict."""
        ...
    @dimensions.setter
    def dimensions(self, value: list[DimensionRef]) -> None: ...

@final
class RestrictExperience:
    """`RestrictExperience`: archive an experience. It must be offline first, and the console's confirmation word
    (`confirm`, lower case) is carried as `Confirmation` when given."""
    def __new__(cls, *, confirmation: str | None = ...) -> RestrictExperience: ...
    @property
    def confirmation(self) -> str | None:
        """Must be `confirm` when given."""
        ...
    @confirmation.setter
    def confirmation(self, value: str | None) -> None: ...

@final
class RestrictInstanceTypes:
    """`RestrictInstanceTypes` (AMI): instance types new buyers may no longer run the product on; DescribeEntity
    moves them from `Compatibility.AvailableInstanceTypes` to `Compatibility.RestrictedInstanceTypes`."""
    def __new__(cls, *, instance_types: list[str] = ...) -> RestrictInstanceTypes: ...
    @property
    def instance_types(self) -> list[str]:
        """1–1500 distinct instance types such as `t2.micro`."""
        ...
    @instance_types.setter
    def instance_types(self, value: list[str]) -> None: ...

@final
class RestrictRegions:
    """`RestrictRegions`: regions a product is no longer available in."""
    def __new__(cls, *, regions: list[str] = ...) -> RestrictRegions: ...
    @property
    def regions(self) -> list[str]:
        """Region codes."""
        ...
    @regions.setter
    def regions(self, value: list[str]) -> None: ...

@final
class RestrictResaleAuthorization:
    """`RestrictResaleAuthorization`: stop new offers under it."""
    def __new__(cls) -> RestrictResaleAuthorization: ...

@final
class ReviveExperience:
    """`ReviveExperience`: reactivate an archived experience (it comes back not live)."""
    def __new__(cls, *, confirmation: str | None = ...) -> ReviveExperience: ...
    @property
    def confirmation(self) -> str | None:
        """Must be `confirm` when given."""
        ...
    @confirmation.setter
    def confirmation(self, value: str | None) -> None: ...

@final
class Root:
    """An organization's root: the parent of every top-level organizational unit and account."""
    def __new__(cls, *, id: str, arn: str, name: str, policy_types: list[PolicyTypeSummary] = ...) -> Root: ...
    @property
    def id(self) -> str:
        """Its id (`r-` and 4 to 32 letters or digits)."""
        ...
    @id.setter
    def id(self, value: str) -> None: ...
    @property
    def arn(self) -> str:
        """Its ARN."""
        ...
    @arn.setter
    def arn(self, value: str) -> None: ...
    @property
    def name(self) -> str:
        """Its name (`Root`)."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def policy_types(self) -> list[PolicyTypeSummary]:
        """The policy types enabled in it."""
        ...
    @policy_types.setter
    def policy_types(self, value: list[PolicyTypeSummary]) -> None: ...

@final
class ScheduleItem:
    """One installment of a flexible payment schedule."""
    def __new__(cls, *, charge_date: str, charge_amount: str) -> ScheduleItem: ...
    @property
    def charge_date(self) -> str:
        """`YYYY-MM-DD` (a full timestamp when read back)."""
        ...
    @charge_date.setter
    def charge_date(self, value: str) -> None: ...
    @property
    def charge_amount(self) -> str:
        """The amount, up to 2 decimals."""
        ...
    @charge_amount.setter
    def charge_amount(self, value: str) -> None: ...

@final
class SearchAgreementsInput:
    """`SearchAgreements`'s input."""
    def __new__(cls, *, catalog: str | None = ..., filters: list[AgreementFilter] = ..., sort: JsonValue | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> SearchAgreementsInput: ...
    @property
    def catalog(self) -> str | None:
        """`AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str | None) -> None: ...
    @property
    def filters(self) -> list[AgreementFilter]:
        """Filters; all must match."""
        ...
    @filters.setter
    def filters(self, value: list[AgreementFilter]) -> None: ...
    @property
    def sort(self) -> JsonValue | None:
        """`{"sortBy": "EndTime", "sortOrder": "ASCENDING"}`."""
        ...
    @sort.setter
    def sort(self, value: JsonValue | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """1–50."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class SearchAgreementsOutput:
    """`SearchAgreements`'s output. Each agreement travels as an `AgreementViewSummary`, whose end-time behaviour is
    flattened into `endTimeBehaviorType` and `endTimeBehaviorReasonCode`."""
    def __new__(cls, *, agreement_view_summaries: list[Agreement] = ..., next_token: str | None = ...) -> SearchAgreementsOutput: ...
    @property
    def agreement_view_summaries(self) -> list[Agreement]:
        """This page."""
        ...
    @agreement_view_summaries.setter
    def agreement_view_summaries(self, value: list[Agreement]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class SearchFacetsInput:
    """`SearchFacets`'s input (text, filters, facet types)."""
    def __new__(cls, *, search_text: str | None = ..., filters: list[DiscoveryFilter] = ..., facet_types: list[str] = ..., locale: str | None = ..., next_token: str | None = ...) -> SearchFacetsInput: ...
    @property
    def search_text(self) -> str | None:
        """Free text."""
        ...
    @search_text.setter
    def search_text(self, value: str | None) -> None: ...
    @property
    def filters(self) -> list[DiscoveryFilter]:
        """Filters; all must match."""
        ...
    @filters.setter
    def filters(self, value: list[DiscoveryFilter]) -> None: ...
    @property
    def facet_types(self) -> list[str]:
        """Facets to count (all when empty)."""
        ...
    @facet_types.setter
    def facet_types(self, value: list[str]) -> None: ...
    @property
    def locale(self) -> str | None:
        """A locale."""
        ...
    @locale.setter
    def locale(self, value: str | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class SearchFacetsOutput:
    """`SearchFacets`'s output."""
    def __new__(cls, *, total_results: int, listing_facets: dict[str, list[ListingFacet]] = ..., next_token: str | None = ...) -> SearchFacetsOutput: ...
    @property
    def total_results(self) -> int:
        """How many listings match."""
        ...
    @total_results.setter
    def total_results(self, value: int) -> None: ...
    @property
    def listing_facets(self) -> dict[str, list[ListingFacet]]:
        """Facet values by facet type."""
        ...
    @listing_facets.setter
    def listing_facets(self, value: dict[str, list[ListingFacet]]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class SearchListingsInput:
    """`SearchListings`'s input (text, filters, sort, pages of 1–100)."""
    def __new__(cls, *, search_text: str | None = ..., filters: list[DiscoveryFilter] = ..., sort_by: str | None = ..., sort_order: str | None = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> SearchListingsInput: ...
    @property
    def search_text(self) -> str | None:
        """Free text."""
        ...
    @search_text.setter
    def search_text(self, value: str | None) -> None: ...
    @property
    def filters(self) -> list[DiscoveryFilter]:
        """Filters; all must match."""
        ...
    @filters.setter
    def filters(self, value: list[DiscoveryFilter]) -> None: ...
    @property
    def sort_by(self) -> str | None:
        """RELEVANCE or AVERAGE_CUSTOMER_RATING."""
        ...
    @sort_by.setter
    def sort_by(self, value: str | None) -> None: ...
    @property
    def sort_order(self) -> str | None:
        """DESCENDING or ASCENDING."""
        ...
    @sort_order.setter
    def sort_order(self, value: str | None) -> None: ...
    @property
    def locale(self) -> str | None:
        """A locale."""
        ...
    @locale.setter
    def locale(self, value: str | None) -> None: ...
    @property
    def max_results(self) -> int | None:
        """Page size."""
        ...
    @max_results.setter
    def max_results(self, value: int | None) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class SearchListingsOutput:
    """`SearchListings`'s output."""
    def __new__(cls, *, total_results: int, listing_summaries: list[ListingSummary] = ..., next_token: str | None = ...) -> SearchListingsOutput: ...
    @property
    def total_results(self) -> int:
        """How many listings match in all."""
        ...
    @total_results.setter
    def total_results(self, value: int) -> None: ...
    @property
    def listing_summaries(self) -> list[ListingSummary]:
        """This page."""
        ...
    @listing_summaries.setter
    def listing_summaries(self, value: list[ListingSummary]) -> None: ...
    @property
    def next_token(self) -> str | None:
        """The next page."""
        ...
    @next_token.setter
    def next_token(self, value: str | None) -> None: ...

@final
class Selector:
    """The duration a configurable rate card applies to."""
    def __new__(cls, *, selector_type: str, value: str) -> Selector: ...
    @property
    def selector_type(self) -> str:
        """Always `Duration`."""
        ...
    @selector_type.setter
    def selector_type(self, value: str) -> None: ...
    @property
    def value(self) -> str:
        """An ISO 8601 duration such as `P12M`."""
        ...
    @value.setter
    def value(self, value: str) -> None: ...

@final
class SellerInformation:
    """A seller as buyers see it."""
    def __new__(cls, *, seller_profile_id: str, display_name: str) -> SellerInformation: ...
    @property
    def seller_profile_id(self) -> str:
        """The seller's profile id."""
        ...
    @seller_profile_id.setter
    def seller_profile_id(self, value: str) -> None: ...
    @property
    def display_name(self) -> str:
        """The seller's display name."""
        ...
    @display_name.setter
    def display_name(self, value: str) -> None: ...

@final
class SendAgreementCancellationRequestInput:
    """`SendAgreementCancellationRequest`'s input (the seller)."""
    def __new__(cls, *, agreement_id: str, reason_code: CancellationReasonCode, client_token: str | None = ..., description: str | None = ...) -> SendAgreementCancellationRequestInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def reason_code(self) -> CancellationReasonCode:
        """Why."""
        ...
    @reason_code.setter
    def reason_code(self, value: CancellationReasonCode) -> None: ...
    @property
    def client_token(self) -> str | None:
        """Idempotency token (filled by the library when empty)."""
        ...
    @client_token.setter
    def client_token(self, value: str | None) -> None: ...
    @property
    def description(self) -> str | None:
        """Details (1–2000 characters)."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...

@final
class SendAgreementPaymentRequestInput:
    """`SendAgreementPaymentRequest`'s input (the seller)."""
    def __new__(cls, *, agreement_id: str, term_id: str, name: str, charge_amount: str, description: str | None = ..., client_token: str | None = ...) -> SendAgreementPaymentRequestInput: ...
    @property
    def agreement_id(self) -> str:
        """The agreement."""
        ...
    @agreement_id.setter
    def agreement_id(self, value: str) -> None: ...
    @property
    def term_id(self) -> str:
        """Its `VariablePaymentTerm`."""
        ...
    @term_id.setter
    def term_id(self, value: str) -> None: ...
    @property
    def name(self) -> str:
        """5–64 characters."""
        ...
    @name.setter
    def name(self, value: str) -> None: ...
    @property
    def charge_amount(self) -> str:
        """How much (up to 8 decimals)."""
        ...
    @charge_amount.setter
    def charge_amount(self, value: str) -> None: ...
    @property
    def description(self) -> str | None:
        """Details (1–2000 characters)."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def client_token(self) -> str | None:
        """Idempotency token (filled by the library when empty)."""
        ...
    @client_token.setter
    def client_token(self, value: str | None) -> None: ...

@final
class SendPhoneNumberVerificationInput:
    """`SendPhoneNumberVerification`'s input."""
    def __new__(cls, *, account_id: str | None = ...) -> SendPhoneNumberVerificationInput: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class SessionCredentials:
    """Temporary credentials."""
    def __new__(cls, *, access_key_id: str, secret_access_key: str, session_token: str, expiration: datetime.datetime) -> SessionCredentials: ...
    @property
    def access_key_id(self) -> str:
        """The access key id (`ASIA...`)."""
        ...
    @access_key_id.setter
    def access_key_id(self, value: str) -> None: ...
    @property
    def secret_access_key(self) -> str:
        """The secret access key."""
        ...
    @secret_access_key.setter
    def secret_access_key(self, value: str) -> None: ...
    @property
    def session_token(self) -> str:
        """The session token, sent with every request signed with these credentials."""
        ...
    @session_token.setter
    def session_token(self, value: str) -> None: ...
    @property
    def expiration(self) -> datetime.datetime:
        """When they expire."""
        ...
    @expiration.setter
    def expiration(self, value: datetime.datetime) -> None: ...

@final
class Sort:
    """How to sort a list."""
    def __new__(cls, *, sort_by: str | None = ..., sort_order: SortOrder | None = ...) -> Sort: ...
    @property
    def sort_by(self) -> str | None:
        """The field to sort by."""
        ...
    @sort_by.setter
    def sort_by(self, value: str | None) -> None: ...
    @property
    def sort_order(self) -> SortOrder | None:
        """The direction."""
        ...
    @sort_order.setter
    def sort_order(self, value: SortOrder | None) -> None: ...

@final
class StartAgreementApprovalsInput:
    """`StartAgreementApprovals`'s input."""
    def __new__(cls, *, agreement_request_id: str, plan_inputs: list[ApprovalPlanInput] = ..., purchase_orders: list[ApprovalPurchaseOrder] = ...) -> StartAgreementApprovalsInput: ...
    @property
    def agreement_request_id(self) -> str:
        """The request to approve (`ar-...`)."""
        ...
    @agreement_request_id.setter
    def agreement_request_id(self, value: str) -> None: ...
    @property
    def plan_inputs(self) -> list[ApprovalPlanInput]:
        """1–10 plans."""
        ...
    @plan_inputs.setter
    def plan_inputs(self, value: list[ApprovalPlanInput]) -> None: ...
    @property
    def purchase_orders(self) -> list[ApprovalPurchaseOrder]:
        """Purchase orders for the request's charges."""
        ...
    @purchase_orders.setter
    def purchase_orders(self, value: list[ApprovalPurchaseOrder]) -> None: ...

@final
class StartAssessmentInput:
    """`StartAssessment`'s input."""
    def __new__(cls, *, catalog: str, client_token: str | None = ..., framework_id: str, entity_id: str, controls: list[JsonValue] = ..., tags: dict[str, str] = ...) -> StartAssessmentInput: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def client_token(self) -> str | None:
        """Idempotency token."""
        ...
    @client_token.setter
    def client_token(self, value: str | None) -> None: ...
    @property
    def framework_id(self) -> str:
        """The framework, such as `listing-quality`."""
        ...
    @framework_id.setter
    def framework_id(self, value: str) -> None: ...
    @property
    def entity_id(self) -> str:
        """The entity to assess."""
        ...
    @entity_id.setter
    def entity_id(self, value: str) -> None: ...
    @property
    def controls(self) -> list[JsonValue]:
        """Controls to run (all when empty)."""
        ...
    @controls.setter
    def controls(self, value: list[JsonValue]) -> None: ...
    @property
    def tags(self) -> dict[str, str]:
        """Tags for the assessment."""
        ...
    @tags.setter
    def tags(self, value: dict[str, str]) -> None: ...

@final
class StartChangeSetInput:
    """`StartChangeSet`'s input."""
    def __new__(cls, *, catalog: str, change_set: list[Change] = ..., change_set_name: str | None = ..., client_request_token: str | None = ..., change_set_tags: list[Tag] = ..., intent: Intent | None = ...) -> StartChangeSetInput: ...
    @property
    def catalog(self) -> str:
        """Always `AWSMarketplace`."""
        ...
    @catalog.setter
    def catalog(self, value: str) -> None: ...
    @property
    def change_set(self) -> list[Change]:
        """1–20 changes."""
        ...
    @change_set.setter
    def change_set(self, value: list[Change]) -> None: ...
    @property
    def change_set_name(self) -> str | None:
        """A name for the change set."""
        ...
    @change_set_name.setter
    def change_set_name(self, value: str | None) -> None: ...
    @property
    def client_request_token(self) -> str | None:
        """Idempotency token: the same token with the same changes returns the same change set."""
        ...
    @client_request_token.setter
    def client_request_token(self, value: str | None) -> None: ...
    @property
    def change_set_tags(self) -> list[Tag]:
        """Tags for the change set itself."""
        ...
    @change_set_tags.setter
    def change_set_tags(self, value: list[Tag]) -> None: ...
    @property
    def intent(self) -> Intent | None:
        """APPLY (default) or VALIDATE."""
        ...
    @intent.setter
    def intent(self, value: Intent | None) -> None: ...

@final
class StartPrimaryEmailUpdateInput:
    """`StartPrimaryEmailUpdate`'s input."""
    def __new__(cls, *, account_id: str, primary_email: str) -> StartPrimaryEmailUpdateInput: ...
    @property
    def account_id(self) -> str:
        """The member account."""
        ...
    @account_id.setter
    def account_id(self, value: str) -> None: ...
    @property
    def primary_email(self) -> str:
        """The new address."""
        ...
    @primary_email.setter
    def primary_email(self, value: str) -> None: ...

@final
class SupportTerm:
    """The refund policy."""
    def __new__(cls, *, refund_policy: str) -> SupportTerm: ...
    @property
    def refund_policy(self) -> str:
        """1–500 characters."""
        ...
    @refund_policy.setter
    def refund_policy(self, value: str) -> None: ...

@final
class Tag:
    """A key and value attached to a resource."""
    def __new__(cls, *, key: str, value: str) -> Tag: ...
    @property
    def key(self) -> str:
        """1–128 characters."""
        ...
    @key.setter
    def key(self, value: str) -> None: ...
    @property
    def value(self) -> str:
        """0–256 characters."""
        ...
    @value.setter
    def value(self, value: str) -> None: ...

@final
class TagResourceInput:
    """`TagResource`'s input."""
    def __new__(cls, *, resource_arn: str, tags: list[Tag] = ...) -> TagResourceInput: ...
    @property
    def resource_arn(self) -> str:
        """The entity or change set."""
        ...
    @resource_arn.setter
    def resource_arn(self, value: str) -> None: ...
    @property
    def tags(self) -> list[Tag]:
        """1–200 tags."""
        ...
    @tags.setter
    def tags(self, value: list[Tag]) -> None: ...

@final
class TaxBreakdownItem:
    """One tax of an estimate."""
    def __new__(cls, *, amount: str | None = ..., rate: str | None = ..., tax_type: str | None = ...) -> TaxBreakdownItem: ...
    @property
    def amount(self) -> str | None:
        """How much."""
        ...
    @amount.setter
    def amount(self, value: str | None) -> None: ...
    @property
    def rate(self) -> str | None:
        """The rate in percent (`19`)."""
        ...
    @rate.setter
    def rate(self, value: str | None) -> None: ...
    @property
    def tax_type(self) -> str | None:
        """Which tax (`VAT`, `Sales tax`, ...)."""
        ...
    @tax_type.setter
    def tax_type(self, value: str | None) -> None: ...

@final
class TaxConfiguration:
    """`taxConfiguration`: `{"taxEstimation": "ENABLED"}` asks for estimated taxes."""
    def __new__(cls, *, tax_estimation: str | None = ...) -> TaxConfiguration: ...
    @property
    def tax_estimation(self) -> str | None:
        """`ENABLED` or `DISABLED`."""
        ...
    @tax_estimation.setter
    def tax_estimation(self, value: str | None) -> None: ...

@final
class TemplateDetails:
    """A CloudFormation template made from a version, valid for an hour."""
    def __new__(cls, *, application_id: str, semantic_version: str, template_id: str, template_url: str, status: TemplateStatus, creation_time: datetime.datetime, expiration_time: datetime.datetime) -> TemplateDetails: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def semantic_version(self) -> str:
        """The version."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str) -> None: ...
    @property
    def template_id(self) -> str:
        """The template's UUID."""
        ...
    @template_id.setter
    def template_id(self, value: str) -> None: ...
    @property
    def template_url(self) -> str:
        """Where the template is."""
        ...
    @template_url.setter
    def template_url(self, value: str) -> None: ...
    @property
    def status(self) -> TemplateStatus:
        """Where it stands."""
        ...
    @status.setter
    def status(self, value: TemplateStatus) -> None: ...
    @property
    def creation_time(self) -> datetime.datetime:
        """When it was made."""
        ...
    @creation_time.setter
    def creation_time(self, value: datetime.datetime) -> None: ...
    @property
    def expiration_time(self) -> datetime.datetime:
        """When it expires."""
        ...
    @expiration_time.setter
    def expiration_time(self, value: datetime.datetime) -> None: ...

@final
class UnshareApplicationInput:
    """`UnshareApplication`'s input (the organization's management account only)."""
    def __new__(cls, *, application_id: str, organization_id: str) -> UnshareApplicationInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def organization_id(self) -> str:
        """The organization to unshare from."""
        ...
    @organization_id.setter
    def organization_id(self, value: str) -> None: ...

@final
class UntagResourceInput:
    """`UntagResource`'s input."""
    def __new__(cls, *, resource_arn: str, tag_keys: list[str] = ...) -> UntagResourceInput: ...
    @property
    def resource_arn(self) -> str:
        """The entity or change set."""
        ...
    @resource_arn.setter
    def resource_arn(self, value: str) -> None: ...
    @property
    def tag_keys(self) -> list[str]:
        """1–200 keys."""
        ...
    @tag_keys.setter
    def tag_keys(self, value: list[str]) -> None: ...

@final
class UpdateApplicationInput:
    """`UpdateApplication`'s input."""
    def __new__(cls, *, application_id: str, description: str | None = ..., author: str | None = ..., readme_body: str | None = ..., readme_url: str | None = ..., labels: list[str] | None = ..., home_page_url: str | None = ...) -> UpdateApplicationInput: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def update(self) -> ApplicationUpdate:
        """The changes."""
        ...
    @update.setter
    def update(self, value: ApplicationUpdate) -> None: ...

@final
class UpdateAvailability:
    """`UpdateAvailability`: when an offer (or resale authorization) stops being available."""
    def __new__(cls, *, availability_end_date: str | None = ..., offers_max_quantity: int | None = ...) -> UpdateAvailability: ...
    @property
    def availability_end_date(self) -> str | None:
        """`YYYY-MM-DD`."""
        ...
    @availability_end_date.setter
    def availability_end_date(self, value: str | None) -> None: ...
    @property
    def offers_max_quantity(self) -> int | None:
        """For resale authorizations: how many offers the partner may make."""
        ...
    @offers_max_quantity.setter
    def offers_max_quantity(self, value: int | None) -> None: ...

@final
class UpdateBrandingSettings:
    """`UpdateBrandingSettings`."""
    def __new__(cls, *, title: str | None = ..., logo_url: str | None = ..., primary_color: str | None = ...) -> UpdateBrandingSettings: ...
    @property
    def title(self) -> str | None:
        """The title shown to users."""
        ...
    @title.setter
    def title(self, value: str | None) -> None: ...
    @property
    def logo_url(self) -> str | None:
        """The logo's address."""
        ...
    @logo_url.setter
    def logo_url(self, value: str | None) -> None: ...
    @property
    def primary_color(self) -> str | None:
        """A colour such as `#232F3E`."""
        ...
    @primary_color.setter
    def primary_color(self, value: str | None) -> None: ...

@final
class UpdateBuyerEngagementOptions:
    """`UpdateBuyerEngagementOptions` (solution): the `DetailsDocument` is the array of options itself."""
    def __new__(cls, *, options: list[BuyerEngagementOption] = ...) -> UpdateBuyerEngagementOptions: ...
    @property
    def options(self) -> list[BuyerEngagementOption]:
        """The options."""
        ...
    @options.setter
    def options(self, value: list[BuyerEngagementOption]) -> None: ...

@final
class UpdateBuyerTargetingTerms:
    """`UpdateBuyerTargetingTerms`: the buyers the partner may make offers to (one `BuyerTargetingTerm`)."""
    def __new__(cls, *, terms: list[ResaleTerm] = ...) -> UpdateBuyerTargetingTerms: ...
    @property
    def terms(self) -> list[ResaleTerm]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[ResaleTerm]) -> None: ...

@final
class UpdateBuyerValidityTerms:
    """`UpdateBuyerValidityTerms`: the latest agreement start (future-dated agreements, SaaS only)."""
    def __new__(cls, *, terms: list[ResaleTerm] = ...) -> UpdateBuyerValidityTerms: ...
    @property
    def terms(self) -> list[ResaleTerm]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[ResaleTerm]) -> None: ...

@final
class UpdateCustomerVerificationTerms:
    """`UpdateCustomerVerificationTerms`: buyer verification."""
    def __new__(cls, *, terms: list[Term] = ...) -> UpdateCustomerVerificationTerms: ...
    @property
    def terms(self) -> list[Term]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[Term]) -> None: ...

@final
class UpdateDeliveryOptions:
    """`UpdateDeliveryOptions` (AMI, container, SaaS): change delivery options in place (usage instructions,
    endpoints, images) and the release notes or title of the version they belong to."""
    def __new__(cls, *, version: VersionUpdate | None = ..., delivery_options: list[DeliveryOptionUpdate] | None = ...) -> UpdateDeliveryOptions: ...
    @property
    def version(self) -> VersionUpdate | None:
        """The version's new notes or title; the delivery options say which version."""
        ...
    @version.setter
    def version(self, value: VersionUpdate | None) -> None: ...
    @property
    def delivery_options(self) -> list[DeliveryOptionUpdate] | None:
        """1–4 delivery options (AMI products: 1)."""
        ...
    @delivery_options.setter
    def delivery_options(self, value: list[DeliveryOptionUpdate] | None) -> None: ...

@final
class UpdateDeliveryOptionsVisibility:
    """`UpdateDeliveryOptionsVisibility` (SaaS, container): who sees each delivery option."""
    def __new__(cls, *, delivery_options: list[DeliveryOptionVisibility] = ...) -> UpdateDeliveryOptionsVisibility: ...
    @property
    def delivery_options(self) -> list[DeliveryOptionVisibility]:
        """The delivery options (SaaS products: up to 2)."""
        ...
    @delivery_options.setter
    def delivery_options(self, value: list[DeliveryOptionVisibility]) -> None: ...

@final
class UpdateDimensions:
    """`UpdateDimensions`: rename or redescribe dimensions. Like `AddDimensions`, the `DetailsDocument` is the array."""
    def __new__(cls, *, dimensions: list[DimensionUpdate] = ...) -> UpdateDimensions: ...
    @property
    def dimensions(self) -> list[DimensionUpdate]:
        """The dimensions to change."""
        ...
    @dimensions.setter
    def dimensions(self, value: list[DimensionUpdate]) -> None: ...

@final
class UpdateExperience:
    """`UpdateExperience`: rename it, or take it live (`Enabled`) or offline (`Disabled`)."""
    def __new__(cls, *, name: str | None = ..., description: str | None = ..., status: str | None = ...) -> UpdateExperience: ...
    @property
    def name(self) -> str | None:
        """A new name."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def description(self) -> str | None:
        """A new description."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def status(self) -> str | None:
        """`Enabled` (live) or `Disabled` (not live)."""
        ...
    @status.setter
    def status(self, value: str | None) -> None: ...

@final
class UpdateFutureRegionSupport:
    """`UpdateFutureRegionSupport` (AMI): whether the product joins new regions."""
    def __new__(cls, *, future_region_support: FutureRegionSupport) -> UpdateFutureRegionSupport: ...
    @property
    def future_region_support(self) -> FutureRegionSupport:
        """The choice."""
        ...
    @future_region_support.setter
    def future_region_support(self, value: FutureRegionSupport) -> None: ...

@final
class UpdateLegalTerms:
    """`UpdateLegalTerms`: the EULA."""
    def __new__(cls, *, terms: list[Term] = ...) -> UpdateLegalTerms: ...
    @property
    def terms(self) -> list[Term]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[Term]) -> None: ...

@final
class UpdateMarkup:
    """`UpdateMarkup`: a channel partner's markup on a resale-authorization offer."""
    def __new__(cls, *, percentage: str) -> UpdateMarkup: ...
    @property
    def percentage(self) -> str:
        """A percentage such as `5.5`."""
        ...
    @percentage.setter
    def percentage(self, value: str) -> None: ...

@final
class UpdateOfferInformation:
    """`UpdateInformation` on an offer."""
    def __new__(cls, *, name: str | None = ..., description: str | None = ..., pre_existing_agreement: PreExistingAgreement | None = ...) -> UpdateOfferInformation: ...
    @property
    def name(self) -> str | None:
        """≤ 150 characters."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def description(self) -> str | None:
        """≤ 255 characters."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def pre_existing_agreement(self) -> PreExistingAgreement | None:
        """For offers that migrate an existing agreement."""
        ...
    @pre_existing_agreement.setter
    def pre_existing_agreement(self, value: PreExistingAgreement | None) -> None: ...

@final
class UpdateOfferSetInformation:
    """`UpdateInformation` on an offer set: its name and buyer notes (at least one of them)."""
    def __new__(cls, *, name: str | None = ..., buyer_notes: str | None = ...) -> UpdateOfferSetInformation: ...
    @property
    def name(self) -> str | None:
        """A name (1–150 characters)."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def buyer_notes(self) -> str | None:
        """Details for the buyer (1–1000 characters); required before the set is released."""
        ...
    @buyer_notes.setter
    def buyer_notes(self, value: str | None) -> None: ...

@final
class UpdateOfferTargeting:
    """`UpdateTargeting` on an offer: who may buy it. Buyer accounts make it a private offer."""
    def __new__(cls, *, positive_targeting: PositiveTargeting | None = ..., negative_targeting: NegativeTargeting | None = ...) -> UpdateOfferTargeting: ...
    @property
    def positive_targeting(self) -> PositiveTargeting | None:
        """Accounts and countries that may buy."""
        ...
    @positive_targeting.setter
    def positive_targeting(self, value: PositiveTargeting | None) -> None: ...
    @property
    def negative_targeting(self) -> NegativeTargeting | None:
        """Countries that may not."""
        ...
    @negative_targeting.setter
    def negative_targeting(self, value: NegativeTargeting | None) -> None: ...

@final
class UpdatePaymentScheduleTerms:
    """`UpdatePaymentScheduleTerms`: a flexible payment schedule."""
    def __new__(cls, *, terms: list[Term] = ...) -> UpdatePaymentScheduleTerms: ...
    @property
    def terms(self) -> list[Term]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[Term]) -> None: ...

@final
class UpdatePricingTerms:
    """`UpdatePricingTerms`: the pricing model and its pricing terms."""
    def __new__(cls, *, pricing_model: OfferPricingModel, terms: list[Term] = ...) -> UpdatePricingTerms: ...
    @property
    def pricing_model(self) -> OfferPricingModel:
        """Byol, Free, Usage or Contract."""
        ...
    @pricing_model.setter
    def pricing_model(self, value: OfferPricingModel) -> None: ...
    @property
    def terms(self) -> list[Term]:
        """The pricing terms."""
        ...
    @terms.setter
    def terms(self, value: list[Term]) -> None: ...

@final
class UpdateProcurementPolicy:
    """`UpdateProcurementPolicy`: turn user requests on or off."""
    def __new__(cls, *, software_requests: str | None = ...) -> UpdateProcurementPolicy: ...
    @property
    def software_requests(self) -> str | None:
        """`Enabled` or `Disabled`."""
        ...
    @software_requests.setter
    def software_requests(self, value: str | None) -> None: ...

@final
class UpdateProductInformation:
    """`UpdateInformation` on a product: its listing."""
    def __new__(cls, *, product_title: str | None = ..., short_description: str | None = ..., long_description: str | None = ..., logo_url: str | None = ..., highlights: list[str] | None = ..., search_keywords: list[str] | None = ..., categories: list[str] | None = ..., video_urls: list[str] | None = ..., additional_resources: list[AdditionalResource] | None = ..., support_description: str | None = ..., sku: str | None = ...) -> UpdateProductInformation: ...
    @property
    def product_title(self) -> str | None:
        """1–72 characters."""
        ...
    @product_title.setter
    def product_title(self, value: str | None) -> None: ...
    @property
    def short_description(self) -> str | None:
        """1–1000 characters."""
        ...
    @short_description.setter
    def short_description(self, value: str | None) -> None: ...
    @property
    def long_description(self) -> str | None:
        """1–5000 characters."""
        ...
    @long_description.setter
    def long_description(self, value: str | None) -> None: ...
    @property
    def logo_url(self) -> str | None:
        """The logo's address."""
        ...
    @logo_url.setter
    def logo_url(self, value: str | None) -> None: ...
    @property
    def highlights(self) -> list[str] | None:
        """Up to 3 highlights."""
        ...
    @highlights.setter
    def highlights(self, value: list[str] | None) -> None: ...
    @property
    def search_keywords(self) -> list[str] | None:
        """Up to 15 search keywords."""
        ...
    @search_keywords.setter
    def search_keywords(self, value: list[str] | None) -> None: ...
    @property
    def categories(self) -> list[str] | None:
        """1–3 categories."""
        ...
    @categories.setter
    def categories(self, value: list[str] | None) -> None: ...
    @property
    def video_urls(self) -> list[str] | None:
        """Up to 1 video."""
        ...
    @video_urls.setter
    def video_urls(self, value: list[str] | None) -> None: ...
    @property
    def additional_resources(self) -> list[AdditionalResource] | None:
        """Links."""
        ...
    @additional_resources.setter
    def additional_resources(self, value: list[AdditionalResource] | None) -> None: ...
    @property
    def support_description(self) -> str | None:
        """How buyers get support."""
        ...
    @support_description.setter
    def support_description(self, value: str | None) -> None: ...
    @property
    def sku(self) -> str | None:
        """The seller's SKU."""
        ...
    @sku.setter
    def sku(self, value: str | None) -> None: ...

@final
class UpdateProductTargeting:
    """`UpdateTargeting` on a product: the allow-list of a Limited product."""
    def __new__(cls, *, positive_targeting: PositiveTargeting) -> UpdateProductTargeting: ...
    @property
    def positive_targeting(self) -> PositiveTargeting:
        """The accounts that may see it."""
        ...
    @positive_targeting.setter
    def positive_targeting(self, value: PositiveTargeting) -> None: ...

@final
class UpdatePurchaseOrdersInput:
    """`UpdatePurchaseOrders`'s input."""
    def __new__(cls, *, purchase_orders: list[PurchaseOrder] = ...) -> UpdatePurchaseOrdersInput: ...
    @property
    def purchase_orders(self) -> list[PurchaseOrder]:
        """1–86 purchase orders, each naming its agreement and charge."""
        ...
    @purchase_orders.setter
    def purchase_orders(self, value: list[PurchaseOrder]) -> None: ...

@final
class UpdateRelatedProducts:
    """`UpdateRelatedProducts`: the products a solution combines (not on Public solutions)."""
    def __new__(cls, *, integration_description: str | None = ..., aws_marketplace_products: list[ProductRef] | None = ..., non_aws_marketplace_products: list[NonAwsMarketplaceProduct] | None = ...) -> UpdateRelatedProducts: ...
    @property
    def integration_description(self) -> str | None:
        """≤ 5000 characters."""
        ...
    @integration_description.setter
    def integration_description(self, value: str | None) -> None: ...
    @property
    def aws_marketplace_products(self) -> list[ProductRef] | None:
        """Up to 5 of the seller's products."""
        ...
    @aws_marketplace_products.setter
    def aws_marketplace_products(self, value: list[ProductRef] | None) -> None: ...
    @property
    def non_aws_marketplace_products(self) -> list[NonAwsMarketplaceProduct] | None:
        """Up to 5 others."""
        ...
    @non_aws_marketplace_products.setter
    def non_aws_marketplace_products(self, value: list[NonAwsMarketplaceProduct] | None) -> None: ...

@final
class UpdateRenewalTerms:
    """`UpdateRenewalTerms`: auto-renewal on (one RenewalTerm) or off (none)."""
    def __new__(cls, *, terms: list[Term] = ...) -> UpdateRenewalTerms: ...
    @property
    def terms(self) -> list[Term]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[Term]) -> None: ...

@final
class UpdateResaleAuthorizationInformation:
    """`UpdateInformation` on a resale authorization."""
    def __new__(cls, *, name: str | None = ..., description: str | None = ..., pre_existing_buyer_agreement: PreExistingAgreement | None = ...) -> UpdateResaleAuthorizationInformation: ...
    @property
    def name(self) -> str | None:
        """1–100 characters."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def description(self) -> str | None:
        """1–255 characters."""
        ...
    @description.setter
    def description(self, value: str | None) -> None: ...
    @property
    def pre_existing_buyer_agreement(self) -> PreExistingAgreement | None:
        """For authorizations that migrate a buyer's existing agreement (needs a BuyerTargetingTerm)."""
        ...
    @pre_existing_buyer_agreement.setter
    def pre_existing_buyer_agreement(self, value: PreExistingAgreement | None) -> None: ...

@final
class UpdateResaleAvailability:
    """`UpdateAvailability` on a resale authorization: until when, and whether it is for one offer only."""
    def __new__(cls, *, availability_end_date: str | None = ..., offers_max_quantity: int | None = ...) -> UpdateResaleAvailability: ...
    @property
    def availability_end_date(self) -> str | None:
        """`YYYY-MM-DD`, in the future."""
        ...
    @availability_end_date.setter
    def availability_end_date(self, value: str | None) -> None: ...
    @property
    def offers_max_quantity(self) -> int | None:
        """1: the partner may make one offer."""
        ...
    @offers_max_quantity.setter
    def offers_max_quantity(self, value: int | None) -> None: ...

@final
class UpdateResaleLegalTerms:
    """`UpdateLegalTerms` on a resale authorization: the buyer's EULA (`BuyerLegalTerm`, required before release)
    and the reseller contract (`ResaleLegalTerm`)."""
    def __new__(cls, *, terms: list[ResaleTerm] = ...) -> UpdateResaleLegalTerms: ...
    @property
    def terms(self) -> list[ResaleTerm]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[ResaleTerm]) -> None: ...

@final
class UpdateResaleNetPaymentTerms:
    """`UpdateNetPaymentTerms` on a resale authorization: the longest payment period the partner may grant."""
    def __new__(cls, *, terms: list[ResaleTerm] = ...) -> UpdateResaleNetPaymentTerms: ...
    @property
    def terms(self) -> list[ResaleTerm]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[ResaleTerm]) -> None: ...

@final
class UpdateResalePaymentScheduleTerms:
    """`UpdatePaymentScheduleTerms` on a resale authorization: a flexible payment schedule, with a
    `ResaleFixedUpfrontPricingTerm`."""
    def __new__(cls, *, terms: list[ResaleTerm] = ...) -> UpdateResalePaymentScheduleTerms: ...
    @property
    def terms(self) -> list[ResaleTerm]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[ResaleTerm]) -> None: ...

@final
class UpdateResalePricingTerms:
    """`UpdatePricingTerms` on a resale authorization: its pricing model and resale pricing terms."""
    def __new__(cls, *, pricing_model: OfferPricingModel, terms: list[ResaleTerm] = ...) -> UpdateResalePricingTerms: ...
    @property
    def pricing_model(self) -> OfferPricingModel:
        """Free, Usage or Contract."""
        ...
    @pricing_model.setter
    def pricing_model(self, value: OfferPricingModel) -> None: ...
    @property
    def terms(self) -> list[ResaleTerm]:
        """ResaleUsageBasedPricingTerm, ResaleConfigurableUpfrontPricingTerm, ResaleFixedUpfrontPricingTerm."""
        ...
    @terms.setter
    def terms(self, value: list[ResaleTerm]) -> None: ...

@final
class UpdateSolutionInformation:
    """`UpdateInformation` on a solution: its presentation. Members left out stay; a member sent as `null` is
    removed (the engine reads that from the document)."""
    def __new__(cls, *, name: str | None = ..., title: str | None = ..., short_description: str | None = ..., long_description: str | None = ..., logo_url: str | None = ..., promotional_media: list[PromotionalMedia] | None = ..., additional_resources: list[AdditionalResource] | None = ..., use_cases: list[UseCase] | None = ...) -> UpdateSolutionInformation: ...
    @property
    def name(self) -> str | None:
        """1–100 characters."""
        ...
    @name.setter
    def name(self, value: str | None) -> None: ...
    @property
    def title(self) -> str | None:
        """≤ 255 characters."""
        ...
    @title.setter
    def title(self, value: str | None) -> None: ...
    @property
    def short_description(self) -> str | None:
        """≤ 1000 characters."""
        ...
    @short_description.setter
    def short_description(self, value: str | None) -> None: ...
    @property
    def long_description(self) -> str | None:
        """≤ 5000 characters."""
        ...
    @long_description.setter
    def long_description(self, value: str | None) -> None: ...
    @property
    def logo_url(self) -> str | None:
        """≤ 2048 characters."""
        ...
    @logo_url.setter
    def logo_url(self, value: str | None) -> None: ...
    @property
    def promotional_media(self) -> list[PromotionalMedia] | None:
        """Up to 15 (5 videos, 10 images)."""
        ...
    @promotional_media.setter
    def promotional_media(self, value: list[PromotionalMedia] | None) -> None: ...
    @property
    def additional_resources(self) -> list[AdditionalResource] | None:
        """Up to 8 links."""
        ...
    @additional_resources.setter
    def additional_resources(self, value: list[AdditionalResource] | None) -> None: ...
    @property
    def use_cases(self) -> list[UseCase] | None:
        """Up to 3."""
        ...
    @use_cases.setter
    def use_cases(self, value: list[UseCase] | None) -> None: ...

@final
class UpdateSupportTerms:
    """`UpdateSupportTerms`: the refund policy."""
    def __new__(cls, *, terms: list[Term] = ...) -> UpdateSupportTerms: ...
    @property
    def terms(self) -> list[Term]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[Term]) -> None: ...

@final
class UpdateValidityTerms:
    """`UpdateValidityTerms`: the agreement's duration or dates."""
    def __new__(cls, *, terms: list[Term] = ...) -> UpdateValidityTerms: ...
    @property
    def terms(self) -> list[Term]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[Term]) -> None: ...

@final
class UpdateVariablePaymentTerms:
    """`UpdateVariablePaymentTerms`: variable payments the seller requests during the agreement (this library's own
    change type: the public offer schema has no change that sets a `VariablePaymentTerm`)."""
    def __new__(cls, *, terms: list[Term] = ...) -> UpdateVariablePaymentTerms: ...
    @property
    def terms(self) -> list[Term]:
        """The terms."""
        ...
    @terms.setter
    def terms(self, value: list[Term]) -> None: ...

@final
class UpdateVisibility:
    """`UpdateVisibility`: ask to make a product Public, Limited or Restricted."""
    def __new__(cls, *, target_visibility: str, replacement_product_id: str | None = ...) -> UpdateVisibility: ...
    @property
    def target_visibility(self) -> str:
        """Public, Limited or Restricted."""
        ...
    @target_visibility.setter
    def target_visibility(self, value: str) -> None: ...
    @property
    def replacement_product_id(self) -> str | None:
        """When restricting: the Public or Limited product that replaces this one."""
        ...
    @replacement_product_id.setter
    def replacement_product_id(self, value: str | None) -> None: ...

@final
class UsageBasedPricingTerm:
    """Pay-as-you-go prices per dimension."""
    def __new__(cls, *, currency_code: CurrencyCode, rate_cards: list[UsageRateCard] = ...) -> UsageBasedPricingTerm: ...
    @property
    def currency_code(self) -> CurrencyCode:
        """The currency."""
        ...
    @currency_code.setter
    def currency_code(self, value: CurrencyCode) -> None: ...
    @property
    def rate_cards(self) -> list[UsageRateCard]:
        """Exactly one rate card."""
        ...
    @rate_cards.setter
    def rate_cards(self, value: list[UsageRateCard]) -> None: ...

@final
class UsageRateCard:
    """A usage rate card."""
    def __new__(cls, *, rate_card: list[RateCardItem] = ...) -> UsageRateCard: ...
    @property
    def rate_card(self) -> list[RateCardItem]:
        """1–800 prices."""
        ...
    @rate_card.setter
    def rate_card(self, value: list[RateCardItem]) -> None: ...

@final
class UsageSpec:
    """Usage pricing: a price per unit of each dimension."""
    def __new__(cls, *, currency: str, prices: dict[str, str] = ...) -> UsageSpec: ...
    @property
    def currency(self) -> str:
        """`USD`, `EUR`, ..."""
        ...
    @currency.setter
    def currency(self, value: str) -> None: ...
    @property
    def prices(self) -> dict[str, str]:
        """The price per unit per dimension key."""
        ...
    @prices.setter
    def prices(self, value: dict[str, str]) -> None: ...

@final
class UseCase:
    """A use case of a solution, from AWS's use-case list."""
    def __new__(cls, *, group: str, sub_group: str, item: str, description: str) -> UseCase: ...
    @property
    def group(self) -> str:
        """Such as `advertising_and_marketing`."""
        ...
    @group.setter
    def group(self, value: str) -> None: ...
    @property
    def sub_group(self) -> str:
        """Such as `ad_intelligence_and_measurement`."""
        ...
    @sub_group.setter
    def sub_group(self, value: str) -> None: ...
    @property
    def item(self) -> str:
        """Such as `amazon_ads_insights`."""
        ...
    @item.setter
    def item(self, value: str) -> None: ...
    @property
    def description(self) -> str:
        """≤ 500 characters."""
        ...
    @description.setter
    def description(self, value: str) -> None: ...

@final
class ValidityTerm:
    """How long the agreement lasts: a duration or an end date, optionally from a start date (future-dated)."""
    def __new__(cls, *, agreement_duration: str | None = ..., agreement_end_date: str | None = ..., agreement_start_date: str | None = ...) -> ValidityTerm: ...
    @property
    def agreement_duration(self) -> str | None:
        """ISO 8601 duration."""
        ...
    @agreement_duration.setter
    def agreement_duration(self, value: str | None) -> None: ...
    @property
    def agreement_end_date(self) -> str | None:
        """`YYYY-MM-DD`."""
        ...
    @agreement_end_date.setter
    def agreement_end_date(self, value: str | None) -> None: ...
    @property
    def agreement_start_date(self) -> str | None:
        """`YYYY-MM-DD`; a date in the future makes a future-dated agreement."""
        ...
    @agreement_start_date.setter
    def agreement_start_date(self, value: str | None) -> None: ...

@final
class ValueFilter:
    """A set of values to match (`ValueList`), optionally with a wildcard substring (`WildCardValue`)."""
    def __new__(cls, *, value_list: list[str] = ..., wild_card_value: str | None = ...) -> ValueFilter: ...
    @property
    def value_list(self) -> list[str]:
        """Exact values; any matches."""
        ...
    @value_list.setter
    def value_list(self, value: list[str]) -> None: ...
    @property
    def wild_card_value(self) -> str | None:
        """A substring to match."""
        ...
    @wild_card_value.setter
    def wild_card_value(self, value: str | None) -> None: ...

@final
class VariablePaymentTerm:
    """Variable payments: the seller charges amounts it decides during the agreement by sending payment requests the
    buyer approves, up to a maximum over the whole agreement. The Agreement and Discovery APIs carry this term; the
    catalog's public offer schema does not list it, so the change type that sets it (`UpdateVariablePaymentTerms`)
    is this library's own."""
    def __new__(cls, *, currency_code: CurrencyCode, max_total_charge_amount: str, configuration: VariablePaymentTermConfiguration) -> VariablePaymentTerm: ...
    @property
    def currency_code(self) -> CurrencyCode:
        """The currency of every payment request."""
        ...
    @currency_code.setter
    def currency_code(self, value: CurrencyCode) -> None: ...
    @property
    def max_total_charge_amount(self) -> str:
        """The most all approved payment requests may total (2 decimals)."""
        ...
    @max_total_charge_amount.setter
    def max_total_charge_amount(self, value: str) -> None: ...
    @property
    def configuration(self) -> VariablePaymentTermConfiguration:
        """How requests are approved."""
        ...
    @configuration.setter
    def configuration(self, value: VariablePaymentTermConfiguration) -> None: ...

@final
class VariablePaymentTermConfiguration:
    """How payment requests under a [`VariablePaymentTerm`] are approved."""
    def __new__(cls, *, payment_request_approval_strategy: PaymentRequestApprovalStrategy, expiration_duration: str | None = ...) -> VariablePaymentTermConfiguration: ...
    @property
    def payment_request_approval_strategy(self) -> PaymentRequestApprovalStrategy:
        """Approve on expiry, or wait for the buyer."""
        ...
    @payment_request_approval_strategy.setter
    def payment_request_approval_strategy(self, value: PaymentRequestApprovalStrategy) -> None: ...
    @property
    def expiration_duration(self) -> str | None:
        """How long a payment request waits for the buyer, in days (`P30D`); 30 days when absent."""
        ...
    @expiration_duration.setter
    def expiration_duration(self, value: str | None) -> None: ...

@final
class VariablePaymentsSpec:
    """Variable payments: requests may total `max_total`; `approve_on_expiry` approves those the buyer leaves unanswered
    for `expiration_days` (30 when not given)."""
    def __new__(cls, *, max_total: str, approve_on_expiry: bool = ..., expiration_days: int = ...) -> VariablePaymentsSpec: ...
    @property
    def max_total(self) -> str:
        """A decimal amount."""
        ...
    @max_total.setter
    def max_total(self, value: str) -> None: ...
    @property
    def approve_on_expiry(self) -> bool:
        """Approve unanswered requests on expiry (otherwise they wait)."""
        ...
    @approve_on_expiry.setter
    def approve_on_expiry(self, value: bool) -> None: ...
    @property
    def expiration_days(self) -> int:
        """How long a request waits, in days."""
        ...
    @expiration_days.setter
    def expiration_days(self, value: int) -> None: ...

@final
class VerifyPhoneNumberInput:
    """`VerifyPhoneNumber`'s input."""
    def __new__(cls, *, otp: str, account_id: str | None = ...) -> VerifyPhoneNumberInput: ...
    @property
    def otp(self) -> str:
        """The code sent to the phone."""
        ...
    @otp.setter
    def otp(self, value: str) -> None: ...
    @property
    def account_id(self) -> str | None:
        """The member account (organizations mode)."""
        ...
    @account_id.setter
    def account_id(self, value: str | None) -> None: ...

@final
class Version:
    """An application version."""
    def __new__(cls, *, application_id: str, semantic_version: str, creation_time: datetime.datetime, parameter_definitions: list[ParameterDefinition] = ..., required_capabilities: list[Capability] = ..., resources_supported: bool = ..., source_code_url: str | None = ..., source_code_archive_url: str | None = ..., template_url: str) -> Version: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def semantic_version(self) -> str:
        """The version."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str) -> None: ...
    @property
    def creation_time(self) -> datetime.datetime:
        """When it was published."""
        ...
    @creation_time.setter
    def creation_time(self, value: datetime.datetime) -> None: ...
    @property
    def parameter_definitions(self) -> list[ParameterDefinition]:
        """The template's parameters."""
        ...
    @parameter_definitions.setter
    def parameter_definitions(self, value: list[ParameterDefinition]) -> None: ...
    @property
    def required_capabilities(self) -> list[Capability]:
        """What a deployer must acknowledge."""
        ...
    @required_capabilities.setter
    def required_capabilities(self, value: list[Capability]) -> None: ...
    @property
    def resources_supported(self) -> bool:
        """Whether every resource type is supported."""
        ...
    @resources_supported.setter
    def resources_supported(self, value: bool) -> None: ...
    @property
    def source_code_url(self) -> str | None:
        """The source code repository."""
        ...
    @source_code_url.setter
    def source_code_url(self, value: str | None) -> None: ...
    @property
    def source_code_archive_url(self) -> str | None:
        """The source archive."""
        ...
    @source_code_archive_url.setter
    def source_code_archive_url(self, value: str | None) -> None: ...
    @property
    def template_url(self) -> str:
        """Where the template is."""
        ...
    @template_url.setter
    def template_url(self, value: str) -> None: ...

@final
class VersionSummary:
    """A version in a list."""
    def __new__(cls, *, application_id: str, semantic_version: str, creation_time: datetime.datetime, source_code_url: str | None = ...) -> VersionSummary: ...
    @property
    def application_id(self) -> str:
        """The application's ARN."""
        ...
    @application_id.setter
    def application_id(self, value: str) -> None: ...
    @property
    def semantic_version(self) -> str:
        """The version."""
        ...
    @semantic_version.setter
    def semantic_version(self, value: str) -> None: ...
    @property
    def creation_time(self) -> datetime.datetime:
        """When it was published."""
        ...
    @creation_time.setter
    def creation_time(self, value: datetime.datetime) -> None: ...
    @property
    def source_code_url(self) -> str | None:
        """Its source code repository."""
        ...
    @source_code_url.setter
    def source_code_url(self, value: str | None) -> None: ...

@final
class VersionUpdate:
    """What `UpdateDeliveryOptions` changes on the version its delivery options belong to."""
    def __new__(cls, *, version_title: str | None = ..., release_notes: str | None = ...) -> VersionUpdate: ...
    @property
    def version_title(self) -> str | None:
        """A new title (container products; up to 64 characters)."""
        ...
    @version_title.setter
    def version_title(self, value: str | None) -> None: ...
    @property
    def release_notes(self) -> str | None:
        """New release notes (up to 30000 characters)."""
        ...
    @release_notes.setter
    def release_notes(self, value: str | None) -> None: ...

@final
class Accounts:
    """AWS Account Management: contacts, primary email, account name and information, GovCloud information, phone verification and opt-in regions. Members named `account_id` act on another account of the organization (organizations mode)."""
    @overload
    def accept_primary_email_update(self, input: AcceptPrimaryEmailUpdateInput, /) -> PrimaryEmailUpdateStatus: ...
    @overload
    def accept_primary_email_update(self, *, account_id: str, primary_email: str, otp: str) -> PrimaryEmailUpdateStatus:
        """`AcceptPrimaryEmailUpdate`: accept a primary email update with the code sent to the new address."""
    @overload
    def delete_alternate_contact(self, input: DeleteAlternateContactInput, /) -> None: ...
    @overload
    def delete_alternate_contact(self, *, alternate_contact_type: AlternateContactType, account_id: str | None = ...) -> None:
        """`DeleteAlternateContact`: `NotFound` when that contact is not set."""
    @overload
    def disable_region(self, input: DisableRegionInput, /) -> None: ...
    @overload
    def disable_region(self, *, region_name: str, account_id: str | None = ...) -> None:
        """`DisableRegion`: opt out of a region (DISABLING, then DISABLED)."""
    @overload
    def enable_region(self, input: EnableRegionInput, /) -> None: ...
    @overload
    def enable_region(self, *, region_name: str, account_id: str | None = ...) -> None:
        """`EnableRegion`: opt in to a region (ENABLING, then ENABLED)."""
    @overload
    def get_account_information(self, input: GetAccountInformationInput, /) -> AccountInformation: ...
    @overload
    def get_account_information(self, *, account_id: str | None = ...) -> AccountInformation:
        """`GetAccountInformation`: the account's id, name, creation date and state."""
    @overload
    def get_alternate_contact(self, input: GetAlternateContactInput, /) -> AlternateContact: ...
    @overload
    def get_alternate_contact(self, *, alternate_contact_type: AlternateContactType, account_id: str | None = ...) -> AlternateContact:
        """`GetAlternateContact`: `NotFound` when that contact is not set."""
    @overload
    def get_contact_information(self, input: GetContactInformationInput, /) -> PrimaryContact: ...
    @overload
    def get_contact_information(self, *, account_id: str | None = ...) -> PrimaryContact:
        """`GetContactInformation`: the primary contact and its phone verification status."""
    @overload
    def get_gov_cloud_account_information(self, input: GetGovCloudAccountInformationInput, /) -> GovCloudAccountInformation: ...
    @overload
    def get_gov_cloud_account_information(self, *, standard_account_id: str | None = ...) -> GovCloudAccountInformation:
        """`GetGovCloudAccountInformation`: the GovCloud account linked to a standard account."""
    @overload
    def get_primary_email(self, input: GetPrimaryEmailInput, /) -> str: ...
    @overload
    def get_primary_email(self, *, account_id: str) -> str:
        """`GetPrimaryEmail` of a member account (organizations mode only)."""
    @overload
    def get_primary_email_update_status(self, input: GetPrimaryEmailUpdateStatusInput, /) -> PrimaryEmailUpdate: ...
    @overload
    def get_primary_email_update_status(self, *, account_id: str | None = ...) -> PrimaryEmailUpdate:
        """`GetPrimaryEmailUpdateStatus`: where a primary email update stands."""
    @overload
    def get_region_opt_status(self, input: GetRegionOptStatusInput, /) -> Region: ...
    @overload
    def get_region_opt_status(self, *, region_name: str, account_id: str | None = ...) -> Region:
        """`GetRegionOptStatus`: one region's opt-in status."""
    @overload
    def list_regions(self, input: ListRegionsInput, /) -> ListRegionsOutput: ...
    @overload
    def list_regions(self, *, account_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ..., region_opt_status_contains: list[RegionOptStatus] = ...) -> ListRegionsOutput:
        """`ListRegions`: one page of regions and their opt-in status."""
    @overload
    def list_regions_pages(self, input: ListRegionsInput, /) -> Iterator[ListRegionsOutput]: ...
    @overload
    def list_regions_pages(self, *, account_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ..., region_opt_status_contains: list[RegionOptStatus] = ...) -> Iterator[ListRegionsOutput]:
        """`ListRegions`, page by page (a `[pages]` operation)."""
    @overload
    def list_regions_items(self, input: ListRegionsInput, /) -> Iterator[Region]: ...
    @overload
    def list_regions_items(self, *, account_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ..., region_opt_status_contains: list[RegionOptStatus] = ...) -> Iterator[Region]:
        """`ListRegions`, item by item across every page."""
    @overload
    def put_account_name(self, input: PutAccountNameInput, /) -> None: ...
    @overload
    def put_account_name(self, *, account_name: str, account_id: str | None = ...) -> None:
        """`PutAccountName`: rename the account."""
    @overload
    def put_alternate_contact(self, input: PutAlternateContactInput, /) -> None: ...
    @overload
    def put_alternate_contact(self, *, alternate_contact_type: AlternateContactType, name: str, title: str, email_address: str, phone_number: str, account_id: str | None = ...) -> None:
        """`PutAlternateContact`: create or replace the contact of its type."""
    @overload
    def put_contact_information(self, input: PutContactInformationInput, /) -> None: ...
    @overload
    def put_contact_information(self, *, contact_information: ContactInformation, account_id: str | None = ...) -> None:
        """`PutContactInformation`: replace the primary contact whole."""
    @overload
    def send_phone_number_verification(self, input: SendPhoneNumberVerificationInput, /) -> PhoneNumberVerificationStatus: ...
    @overload
    def send_phone_number_verification(self, *, account_id: str | None = ...) -> PhoneNumberVerificationStatus:
        """`SendPhoneNumberVerification`: send a code to the primary contact's phone."""
    @overload
    def start_primary_email_update(self, input: StartPrimaryEmailUpdateInput, /) -> PrimaryEmailUpdateStatus: ...
    @overload
    def start_primary_email_update(self, *, account_id: str, primary_email: str) -> PrimaryEmailUpdateStatus:
        """`StartPrimaryEmailUpdate`: send a one-time code to a member account's new address."""
    @overload
    def verify_phone_number(self, input: VerifyPhoneNumberInput, /) -> PhoneNumberVerificationStatus: ...
    @overload
    def verify_phone_number(self, *, otp: str, account_id: str | None = ...) -> PhoneNumberVerificationStatus:
        """`VerifyPhoneNumber` with the code sent to the phone."""
    def alternate_contacts(self, *, account_id: str | None = ...) -> AlternateContacts:
        """All three alternate contacts of the caller's account, or of `account_id` (organizations mode)."""

@final
class AsyncAccounts:
    """AWS Account Management: contacts, primary email, account name and information, GovCloud information, phone verification and opt-in regions. Members named `account_id` act on another account of the organization (organizations mode)."""
    @overload
    async def accept_primary_email_update(self, input: AcceptPrimaryEmailUpdateInput, /) -> PrimaryEmailUpdateStatus: ...
    @overload
    async def accept_primary_email_update(self, *, account_id: str, primary_email: str, otp: str) -> PrimaryEmailUpdateStatus:
        """`AcceptPrimaryEmailUpdate`: accept a primary email update with the code sent to the new address."""
    @overload
    async def delete_alternate_contact(self, input: DeleteAlternateContactInput, /) -> None: ...
    @overload
    async def delete_alternate_contact(self, *, alternate_contact_type: AlternateContactType, account_id: str | None = ...) -> None:
        """`DeleteAlternateContact`: `NotFound` when that contact is not set."""
    @overload
    async def disable_region(self, input: DisableRegionInput, /) -> None: ...
    @overload
    async def disable_region(self, *, region_name: str, account_id: str | None = ...) -> None:
        """`DisableRegion`: opt out of a region (DISABLING, then DISABLED)."""
    @overload
    async def enable_region(self, input: EnableRegionInput, /) -> None: ...
    @overload
    async def enable_region(self, *, region_name: str, account_id: str | None = ...) -> None:
        """`EnableRegion`: opt in to a region (ENABLING, then ENABLED)."""
    @overload
    async def get_account_information(self, input: GetAccountInformationInput, /) -> AccountInformation: ...
    @overload
    async def get_account_information(self, *, account_id: str | None = ...) -> AccountInformation:
        """`GetAccountInformation`: the account's id, name, creation date and state."""
    @overload
    async def get_alternate_contact(self, input: GetAlternateContactInput, /) -> AlternateContact: ...
    @overload
    async def get_alternate_contact(self, *, alternate_contact_type: AlternateContactType, account_id: str | None = ...) -> AlternateContact:
        """`GetAlternateContact`: `NotFound` when that contact is not set."""
    @overload
    async def get_contact_information(self, input: GetContactInformationInput, /) -> PrimaryContact: ...
    @overload
    async def get_contact_information(self, *, account_id: str | None = ...) -> PrimaryContact:
        """`GetContactInformation`: the primary contact and its phone verification status."""
    @overload
    async def get_gov_cloud_account_information(self, input: GetGovCloudAccountInformationInput, /) -> GovCloudAccountInformation: ...
    @overload
    async def get_gov_cloud_account_information(self, *, standard_account_id: str | None = ...) -> GovCloudAccountInformation:
        """`GetGovCloudAccountInformation`: the GovCloud account linked to a standard account."""
    @overload
    async def get_primary_email(self, input: GetPrimaryEmailInput, /) -> str: ...
    @overload
    async def get_primary_email(self, *, account_id: str) -> str:
        """`GetPrimaryEmail` of a member account (organizations mode only)."""
    @overload
    async def get_primary_email_update_status(self, input: GetPrimaryEmailUpdateStatusInput, /) -> PrimaryEmailUpdate: ...
    @overload
    async def get_primary_email_update_status(self, *, account_id: str | None = ...) -> PrimaryEmailUpdate:
        """`GetPrimaryEmailUpdateStatus`: where a primary email update stands."""
    @overload
    async def get_region_opt_status(self, input: GetRegionOptStatusInput, /) -> Region: ...
    @overload
    async def get_region_opt_status(self, *, region_name: str, account_id: str | None = ...) -> Region:
        """`GetRegionOptStatus`: one region's opt-in status."""
    @overload
    async def list_regions(self, input: ListRegionsInput, /) -> ListRegionsOutput: ...
    @overload
    async def list_regions(self, *, account_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ..., region_opt_status_contains: list[RegionOptStatus] = ...) -> ListRegionsOutput:
        """`ListRegions`: one page of regions and their opt-in status."""
    @overload
    def list_regions_pages(self, input: ListRegionsInput, /) -> AsyncIterator[ListRegionsOutput]: ...
    @overload
    def list_regions_pages(self, *, account_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ..., region_opt_status_contains: list[RegionOptStatus] = ...) -> AsyncIterator[ListRegionsOutput]:
        """`ListRegions`, page by page (a `[pages]` operation)."""
    @overload
    def list_regions_items(self, input: ListRegionsInput, /) -> AsyncIterator[Region]: ...
    @overload
    def list_regions_items(self, *, account_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ..., region_opt_status_contains: list[RegionOptStatus] = ...) -> AsyncIterator[Region]:
        """`ListRegions`, item by item across every page."""
    @overload
    async def put_account_name(self, input: PutAccountNameInput, /) -> None: ...
    @overload
    async def put_account_name(self, *, account_name: str, account_id: str | None = ...) -> None:
        """`PutAccountName`: rename the account."""
    @overload
    async def put_alternate_contact(self, input: PutAlternateContactInput, /) -> None: ...
    @overload
    async def put_alternate_contact(self, *, alternate_contact_type: AlternateContactType, name: str, title: str, email_address: str, phone_number: str, account_id: str | None = ...) -> None:
        """`PutAlternateContact`: create or replace the contact of its type."""
    @overload
    async def put_contact_information(self, input: PutContactInformationInput, /) -> None: ...
    @overload
    async def put_contact_information(self, *, contact_information: ContactInformation, account_id: str | None = ...) -> None:
        """`PutContactInformation`: replace the primary contact whole."""
    @overload
    async def send_phone_number_verification(self, input: SendPhoneNumberVerificationInput, /) -> PhoneNumberVerificationStatus: ...
    @overload
    async def send_phone_number_verification(self, *, account_id: str | None = ...) -> PhoneNumberVerificationStatus:
        """`SendPhoneNumberVerification`: send a code to the primary contact's phone."""
    @overload
    async def start_primary_email_update(self, input: StartPrimaryEmailUpdateInput, /) -> PrimaryEmailUpdateStatus: ...
    @overload
    async def start_primary_email_update(self, *, account_id: str, primary_email: str) -> PrimaryEmailUpdateStatus:
        """`StartPrimaryEmailUpdate`: send a one-time code to a member account's new address."""
    @overload
    async def verify_phone_number(self, input: VerifyPhoneNumberInput, /) -> PhoneNumberVerificationStatus: ...
    @overload
    async def verify_phone_number(self, *, otp: str, account_id: str | None = ...) -> PhoneNumberVerificationStatus:
        """`VerifyPhoneNumber` with the code sent to the phone."""
    async def alternate_contacts(self, *, account_id: str | None = ...) -> AlternateContacts:
        """All three alternate contacts of the caller's account, or of `account_id` (organizations mode)."""

@final
class Regions:
    """Opt-in regions: what the SDKs lack on top of the region operations (which are on `accounts`): idempotent changes, waiters, and the same across the accounts of an organization."""
    def ensure_enabled(self, region_name: str, *, account_id: str | None = ...) -> RegionOptStatus:
        """Enable the region unless it is already enabled or enabling (a region that is DISABLING is waited for
        first); the status after the call."""
    def ensure_disabled(self, region_name: str, *, account_id: str | None = ...) -> RegionOptStatus:
        """Disable the region unless it is already disabled or disabling; the status after the call."""
    def enable_and_wait(self, region_name: str, *, account_id: str | None = ..., timeout: float | datetime.timedelta | None = ..., initial_delay: float | datetime.timedelta | None = ..., max_delay: float | datetime.timedelta | None = ...) -> RegionOptStatus:
        """Ensure the region is enabled and wait until it is ENABLED (or ENABLED_BY_DEFAULT); `WaitTimeoutError`
        after `timeout`. Polls after `initial_delay`, doubling up to `max_delay`."""
    def disable_and_wait(self, region_name: str, *, account_id: str | None = ..., timeout: float | datetime.timedelta | None = ..., initial_delay: float | datetime.timedelta | None = ..., max_delay: float | datetime.timedelta | None = ...) -> RegionOptStatus:
        """Ensure the region is disabled and wait until it is DISABLED; `WaitTimeoutError` after `timeout`."""
    def enable_and_wait_for_accounts(self, region_name: str, account_ids: list[str], *, timeout: float | datetime.timedelta | None = ..., initial_delay: float | datetime.timedelta | None = ..., max_delay: float | datetime.timedelta | None = ...) -> list[tuple[str, RegionOptStatus | MarketplaneError]]:
        """Enable the region on every account of `account_ids` and wait for each, all at once (the caller's own
        account directly, the others in organizations mode). Each account gets its own outcome: its final status,
        or the error it met."""

@final
class AsyncRegions:
    """Opt-in regions: what the SDKs lack on top of the region operations (which are on `accounts`): idempotent changes, waiters, and the same across the accounts of an organization."""
    async def ensure_enabled(self, region_name: str, *, account_id: str | None = ...) -> RegionOptStatus:
        """Enable the region unless it is already enabled or enabling (a region that is DISABLING is waited for
        first); the status after the call."""
    async def ensure_disabled(self, region_name: str, *, account_id: str | None = ...) -> RegionOptStatus:
        """Disable the region unless it is already disabled or disabling; the status after the call."""
    async def enable_and_wait(self, region_name: str, *, account_id: str | None = ..., timeout: float | datetime.timedelta | None = ..., initial_delay: float | datetime.timedelta | None = ..., max_delay: float | datetime.timedelta | None = ...) -> RegionOptStatus:
        """Ensure the region is enabled and wait until it is ENABLED (or ENABLED_BY_DEFAULT); `WaitTimeoutError`
        after `timeout`. Polls after `initial_delay`, doubling up to `max_delay`."""
    async def disable_and_wait(self, region_name: str, *, account_id: str | None = ..., timeout: float | datetime.timedelta | None = ..., initial_delay: float | datetime.timedelta | None = ..., max_delay: float | datetime.timedelta | None = ...) -> RegionOptStatus:
        """Ensure the region is disabled and wait until it is DISABLED; `WaitTimeoutError` after `timeout`."""
    async def enable_and_wait_for_accounts(self, region_name: str, account_ids: list[str], *, timeout: float | datetime.timedelta | None = ..., initial_delay: float | datetime.timedelta | None = ..., max_delay: float | datetime.timedelta | None = ...) -> list[tuple[str, RegionOptStatus | MarketplaneError]]:
        """Enable the region on every account of `account_ids` and wait for each, all at once (the caller's own
        account directly, the others in organizations mode). Each account gets its own outcome: its final status,
        or the error it met."""

@final
class Applications:
    """The Serverless Application Repository: publish (also from a SAM template), version, share and deploy applications. Application ids are ARNs."""
    @overload
    def create_application(self, input: NewApplication, /) -> Application: ...
    @overload
    def create_application(self, *, name: str, description: str, author: str, spdx_license_id: str | None = ..., license_body: str | None = ..., license_url: str | None = ..., readme_body: str | None = ..., readme_url: str | None = ..., labels: list[str] = ..., home_page_url: str | None = ..., semantic_version: str | None = ..., source_code_url: str | None = ..., source_code_archive_url: str | None = ..., template_body: str | None = ..., template_url: str | None = ...) -> Application:
        """`CreateApplication`, optionally with its first version."""
    @overload
    def create_application_version(self, input: CreateApplicationVersionInput, /) -> Version: ...
    @overload
    def create_application_version(self, *, application_id: str, semantic_version: str, source_code_url: str | None = ..., source_code_archive_url: str | None = ..., template_body: str | None = ..., template_url: str | None = ...) -> Version:
        """`CreateApplicationVersion`: versions are immutable; a repeated one is a conflict."""
    @overload
    def create_cloud_formation_change_set(self, input: CreateCloudFormationChangeSetInput, /) -> ChangeSetDetails: ...
    @overload
    def create_cloud_formation_change_set(self, *, application_id: str, stack_name: str, semantic_version: str | None = ..., template_id: str | None = ..., capabilities: list[Capability] = ..., parameter_overrides: list[ParameterValue] = ...) -> ChangeSetDetails:
        """`CreateCloudFormationChangeSet`: deploy a version (or a prepared template) as a stack."""
    @overload
    def create_cloud_formation_template(self, input: CreateCloudFormationTemplateInput, /) -> TemplateDetails: ...
    @overload
    def create_cloud_formation_template(self, *, application_id: str, semantic_version: str | None = ...) -> TemplateDetails:
        """`CreateCloudFormationTemplate`: a template of a version, PREPARING then ACTIVE for an hour."""
    @overload
    def delete_application(self, input: DeleteApplicationInput, /) -> None: ...
    @overload
    def delete_application(self, *, application_id: str) -> None:
        """`DeleteApplication`."""
    @overload
    def get_application(self, input: GetApplicationInput, /) -> Application: ...
    @overload
    def get_application(self, *, application_id: str, semantic_version: str | None = ...) -> Application:
        """`GetApplication`, with the version asked for (or the latest)."""
    @overload
    def get_application_policy(self, input: GetApplicationPolicyInput, /) -> list[PolicyStatement]: ...
    @overload
    def get_application_policy(self, *, application_id: str) -> list[PolicyStatement]:
        """`GetApplicationPolicy`: the statements of the application's policy."""
    @overload
    def get_cloud_formation_template(self, input: GetCloudFormationTemplateInput, /) -> TemplateDetails: ...
    @overload
    def get_cloud_formation_template(self, *, application_id: str, template_id: str) -> TemplateDetails:
        """`GetCloudFormationTemplate`."""
    @overload
    def list_application_dependencies(self, input: ListApplicationDependenciesInput, /) -> ListApplicationDependenciesOutput: ...
    @overload
    def list_application_dependencies(self, *, application_id: str, semantic_version: str | None = ..., max_items: int | None = ..., next_token: str | None = ...) -> ListApplicationDependenciesOutput:
        """`ListApplicationDependencies`: one page of the nested applications of a version."""
    @overload
    def list_application_dependencies_pages(self, input: ListApplicationDependenciesInput, /) -> Iterator[ListApplicationDependenciesOutput]: ...
    @overload
    def list_application_dependencies_pages(self, *, application_id: str, semantic_version: str | None = ..., max_items: int | None = ..., next_token: str | None = ...) -> Iterator[ListApplicationDependenciesOutput]:
        """`ListApplicationDependencies`, page by page (a `[pages]` operation)."""
    @overload
    def list_application_dependencies_items(self, input: ListApplicationDependenciesInput, /) -> Iterator[ApplicationDependency]: ...
    @overload
    def list_application_dependencies_items(self, *, application_id: str, semantic_version: str | None = ..., max_items: int | None = ..., next_token: str | None = ...) -> Iterator[ApplicationDependency]:
        """`ListApplicationDependencies`, item by item across every page."""
    @overload
    def list_application_versions(self, input: ListApplicationVersionsInput, /) -> ListApplicationVersionsOutput: ...
    @overload
    def list_application_versions(self, *, application_id: str, max_items: int | None = ..., next_token: str | None = ...) -> ListApplicationVersionsOutput:
        """`ListApplicationVersions`: one page."""
    @overload
    def list_application_versions_pages(self, input: ListApplicationVersionsInput, /) -> Iterator[ListApplicationVersionsOutput]: ...
    @overload
    def list_application_versions_pages(self, *, application_id: str, max_items: int | None = ..., next_token: str | None = ...) -> Iterator[ListApplicationVersionsOutput]:
        """`ListApplicationVersions`, page by page (a `[pages]` operation)."""
    @overload
    def list_application_versions_items(self, input: ListApplicationVersionsInput, /) -> Iterator[VersionSummary]: ...
    @overload
    def list_application_versions_items(self, *, application_id: str, max_items: int | None = ..., next_token: str | None = ...) -> Iterator[VersionSummary]:
        """`ListApplicationVersions`, item by item across every page."""
    @overload
    def list_applications(self, input: ListApplicationsInput, /) -> ListApplicationsOutput: ...
    @overload
    def list_applications(self, *, max_items: int | None = ..., next_token: str | None = ...) -> ListApplicationsOutput:
        """`ListApplications`: one page of the caller's own applications."""
    @overload
    def list_applications_pages(self, input: ListApplicationsInput, /) -> Iterator[ListApplicationsOutput]: ...
    @overload
    def list_applications_pages(self, *, max_items: int | None = ..., next_token: str | None = ...) -> Iterator[ListApplicationsOutput]:
        """`ListApplications`, page by page (a `[pages]` operation)."""
    @overload
    def list_applications_items(self, input: ListApplicationsInput, /) -> Iterator[ApplicationSummary]: ...
    @overload
    def list_applications_items(self, *, max_items: int | None = ..., next_token: str | None = ...) -> Iterator[ApplicationSummary]:
        """`ListApplications`, item by item across every page."""
    @overload
    def put_application_policy(self, input: PutApplicationPolicyInput, /) -> list[PolicyStatement]: ...
    @overload
    def put_application_policy(self, *, application_id: str, statements: list[PolicyStatement] = ...) -> list[PolicyStatement]:
        """`PutApplicationPolicy`: replace the whole policy."""
    @overload
    def unshare_application(self, input: UnshareApplicationInput, /) -> None: ...
    @overload
    def unshare_application(self, *, application_id: str, organization_id: str) -> None:
        """`UnshareApplication`: revoke an organization share, for good (management account only)."""
    @overload
    def update_application(self, input: UpdateApplicationInput, /) -> Application: ...
    @overload
    def update_application(self, *, application_id: str, description: str | None = ..., author: str | None = ..., readme_body: str | None = ..., readme_url: str | None = ..., labels: list[str] | None = ..., home_page_url: str | None = ...) -> Application:
        """`UpdateApplication`: change the mutable fields."""
    def share_with_accounts(self, application_id: str, account_ids: list[str]) -> list[PolicyStatement]:
        """Share with accounts so they can find and deploy the application (the `Deploy` action); the policy."""
    def share_with_organization(self, application_id: str, organization_id: str) -> list[PolicyStatement]:
        """Share with every account of the caller's organization (with `UnshareApplication`, so the share can
        be revoked); the policy."""
    def make_public(self, application_id: str) -> list[PolicyStatement]:
        """Make the application public (it needs an OSI-approved license and a version with a source code
        URL); the policy."""
    def make_private(self, application_id: str) -> list[PolicyStatement]:
        """Make the application private again: an empty policy."""
    def publish_sam(self, template_path: str | PathLike[str]) -> Application:
        """Publish like `sam publish`: read the template's `AWS::ServerlessRepo::Application` metadata, take
        the license and readme from files next to it, and create the application, or add the template as
        a new version when the caller already has an application of that name."""

@final
class AsyncApplications:
    """The Serverless Application Repository: publish (also from a SAM template), version, share and deploy applications. Application ids are ARNs."""
    @overload
    async def create_application(self, input: NewApplication, /) -> Application: ...
    @overload
    async def create_application(self, *, name: str, description: str, author: str, spdx_license_id: str | None = ..., license_body: str | None = ..., license_url: str | None = ..., readme_body: str | None = ..., readme_url: str | None = ..., labels: list[str] = ..., home_page_url: str | None = ..., semantic_version: str | None = ..., source_code_url: str | None = ..., source_code_archive_url: str | None = ..., template_body: str | None = ..., template_url: str | None = ...) -> Application:
        """`CreateApplication`, optionally with its first version."""
    @overload
    async def create_application_version(self, input: CreateApplicationVersionInput, /) -> Version: ...
    @overload
    async def create_application_version(self, *, application_id: str, semantic_version: str, source_code_url: str | None = ..., source_code_archive_url: str | None = ..., template_body: str | None = ..., template_url: str | None = ...) -> Version:
        """`CreateApplicationVersion`: versions are immutable; a repeated one is a conflict."""
    @overload
    async def create_cloud_formation_change_set(self, input: CreateCloudFormationChangeSetInput, /) -> ChangeSetDetails: ...
    @overload
    async def create_cloud_formation_change_set(self, *, application_id: str, stack_name: str, semantic_version: str | None = ..., template_id: str | None = ..., capabilities: list[Capability] = ..., parameter_overrides: list[ParameterValue] = ...) -> ChangeSetDetails:
        """`CreateCloudFormationChangeSet`: deploy a version (or a prepared template) as a stack."""
    @overload
    async def create_cloud_formation_template(self, input: CreateCloudFormationTemplateInput, /) -> TemplateDetails: ...
    @overload
    async def create_cloud_formation_template(self, *, application_id: str, semantic_version: str | None = ...) -> TemplateDetails:
        """`CreateCloudFormationTemplate`: a template of a version, PREPARING then ACTIVE for an hour."""
    @overload
    async def delete_application(self, input: DeleteApplicationInput, /) -> None: ...
    @overload
    async def delete_application(self, *, application_id: str) -> None:
        """`DeleteApplication`."""
    @overload
    async def get_application(self, input: GetApplicationInput, /) -> Application: ...
    @overload
    async def get_application(self, *, application_id: str, semantic_version: str | None = ...) -> Application:
        """`GetApplication`, with the version asked for (or the latest)."""
    @overload
    async def get_application_policy(self, input: GetApplicationPolicyInput, /) -> list[PolicyStatement]: ...
    @overload
    async def get_application_policy(self, *, application_id: str) -> list[PolicyStatement]:
        """`GetApplicationPolicy`: the statements of the application's policy."""
    @overload
    async def get_cloud_formation_template(self, input: GetCloudFormationTemplateInput, /) -> TemplateDetails: ...
    @overload
    async def get_cloud_formation_template(self, *, application_id: str, template_id: str) -> TemplateDetails:
        """`GetCloudFormationTemplate`."""
    @overload
    async def list_application_dependencies(self, input: ListApplicationDependenciesInput, /) -> ListApplicationDependenciesOutput: ...
    @overload
    async def list_application_dependencies(self, *, application_id: str, semantic_version: str | None = ..., max_items: int | None = ..., next_token: str | None = ...) -> ListApplicationDependenciesOutput:
        """`ListApplicationDependencies`: one page of the nested applications of a version."""
    @overload
    def list_application_dependencies_pages(self, input: ListApplicationDependenciesInput, /) -> AsyncIterator[ListApplicationDependenciesOutput]: ...
    @overload
    def list_application_dependencies_pages(self, *, application_id: str, semantic_version: str | None = ..., max_items: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListApplicationDependenciesOutput]:
        """`ListApplicationDependencies`, page by page (a `[pages]` operation)."""
    @overload
    def list_application_dependencies_items(self, input: ListApplicationDependenciesInput, /) -> AsyncIterator[ApplicationDependency]: ...
    @overload
    def list_application_dependencies_items(self, *, application_id: str, semantic_version: str | None = ..., max_items: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ApplicationDependency]:
        """`ListApplicationDependencies`, item by item across every page."""
    @overload
    async def list_application_versions(self, input: ListApplicationVersionsInput, /) -> ListApplicationVersionsOutput: ...
    @overload
    async def list_application_versions(self, *, application_id: str, max_items: int | None = ..., next_token: str | None = ...) -> ListApplicationVersionsOutput:
        """`ListApplicationVersions`: one page."""
    @overload
    def list_application_versions_pages(self, input: ListApplicationVersionsInput, /) -> AsyncIterator[ListApplicationVersionsOutput]: ...
    @overload
    def list_application_versions_pages(self, *, application_id: str, max_items: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListApplicationVersionsOutput]:
        """`ListApplicationVersions`, page by page (a `[pages]` operation)."""
    @overload
    def list_application_versions_items(self, input: ListApplicationVersionsInput, /) -> AsyncIterator[VersionSummary]: ...
    @overload
    def list_application_versions_items(self, *, application_id: str, max_items: int | None = ..., next_token: str | None = ...) -> AsyncIterator[VersionSummary]:
        """`ListApplicationVersions`, item by item across every page."""
    @overload
    async def list_applications(self, input: ListApplicationsInput, /) -> ListApplicationsOutput: ...
    @overload
    async def list_applications(self, *, max_items: int | None = ..., next_token: str | None = ...) -> ListApplicationsOutput:
        """`ListApplications`: one page of the caller's own applications."""
    @overload
    def list_applications_pages(self, input: ListApplicationsInput, /) -> AsyncIterator[ListApplicationsOutput]: ...
    @overload
    def list_applications_pages(self, *, max_items: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListApplicationsOutput]:
        """`ListApplications`, page by page (a `[pages]` operation)."""
    @overload
    def list_applications_items(self, input: ListApplicationsInput, /) -> AsyncIterator[ApplicationSummary]: ...
    @overload
    def list_applications_items(self, *, max_items: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ApplicationSummary]:
        """`ListApplications`, item by item across every page."""
    @overload
    async def put_application_policy(self, input: PutApplicationPolicyInput, /) -> list[PolicyStatement]: ...
    @overload
    async def put_application_policy(self, *, application_id: str, statements: list[PolicyStatement] = ...) -> list[PolicyStatement]:
        """`PutApplicationPolicy`: replace the whole policy."""
    @overload
    async def unshare_application(self, input: UnshareApplicationInput, /) -> None: ...
    @overload
    async def unshare_application(self, *, application_id: str, organization_id: str) -> None:
        """`UnshareApplication`: revoke an organization share, for good (management account only)."""
    @overload
    async def update_application(self, input: UpdateApplicationInput, /) -> Application: ...
    @overload
    async def update_application(self, *, application_id: str, description: str | None = ..., author: str | None = ..., readme_body: str | None = ..., readme_url: str | None = ..., labels: list[str] | None = ..., home_page_url: str | None = ...) -> Application:
        """`UpdateApplication`: change the mutable fields."""
    async def share_with_accounts(self, application_id: str, account_ids: list[str]) -> list[PolicyStatement]:
        """Share with accounts so they can find and deploy the application (the `Deploy` action); the policy."""
    async def share_with_organization(self, application_id: str, organization_id: str) -> list[PolicyStatement]:
        """Share with every account of the caller's organization (with `UnshareApplication`, so the share can
        be revoked); the policy."""
    async def make_public(self, application_id: str) -> list[PolicyStatement]:
        """Make the application public (it needs an OSI-approved license and a version with a source code
        URL); the policy."""
    async def make_private(self, application_id: str) -> list[PolicyStatement]:
        """Make the application private again: an empty policy."""
    async def publish_sam(self, template_path: str | PathLike[str]) -> Application:
        """Publish like `sam publish`: read the template's `AWS::ServerlessRepo::Application` metadata, take
        the license and readme from files next to it, and create the application, or add the template as
        a new version when the caller already has an application of that name."""

@final
class Catalog:
    """AWS Marketplace Catalog: entities, change sets, tags, resource policies, assessments, the private marketplace, and typed offers."""
    @overload
    def batch_describe_entities(self, input: BatchDescribeEntitiesInput, /) -> BatchDescribeOutput: ...
    @overload
    def batch_describe_entities(self, *, entity_request_list: list[EntityRequest] = ...) -> BatchDescribeOutput:
        """`BatchDescribeEntities`: up to 20 entities at once, with a per-entity error for the rest."""
    @overload
    def cancel_change_set(self, input: CancelChangeSetInput, /) -> ChangeSetRef: ...
    @overload
    def cancel_change_set(self, *, catalog: str, change_set_id: str) -> ChangeSetRef:
        """`CancelChangeSet`: while it is PREPARING."""
    @overload
    def delete_resource_policy(self, input: DeleteResourcePolicyInput, /) -> None: ...
    @overload
    def delete_resource_policy(self, *, resource_arn: str) -> None:
        """`DeleteResourcePolicy`."""
    @overload
    def describe_assessment(self, input: DescribeAssessmentInput, /) -> DescribeAssessmentOutput: ...
    @overload
    def describe_assessment(self, *, catalog: str, assessment_identifier: str, max_results: int | None = ..., next_token: str | None = ...) -> DescribeAssessmentOutput:
        """`DescribeAssessment`, with a page of its controls."""
    @overload
    def describe_change_set(self, input: DescribeChangeSetInput, /) -> ChangeSetDescription: ...
    @overload
    def describe_change_set(self, *, catalog: str, change_set_id: str) -> ChangeSetDescription:
        """`DescribeChangeSet`."""
    @overload
    def describe_entity(self, input: DescribeEntityInput, /) -> EntityDescription: ...
    @overload
    def describe_entity(self, *, catalog: str, entity_id: str) -> EntityDescription:
        """`DescribeEntity`: the entity with its details document."""
    @overload
    def get_resource_policy(self, input: GetResourcePolicyInput, /) -> str: ...
    @overload
    def get_resource_policy(self, *, resource_arn: str) -> str:
        """`GetResourcePolicy`."""
    @overload
    def list_assessments(self, input: ListAssessmentsInput, /) -> ListAssessmentsOutput: ...
    @overload
    def list_assessments(self, *, catalog: str, framework_id: str | None = ..., assessment_target_filter: AssessmentTarget | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAssessmentsOutput:
        """`ListAssessments`: one page."""
    @overload
    def list_assessments_pages(self, input: ListAssessmentsInput, /) -> Iterator[ListAssessmentsOutput]: ...
    @overload
    def list_assessments_pages(self, *, catalog: str, framework_id: str | None = ..., assessment_target_filter: AssessmentTarget | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListAssessmentsOutput]:
        """`ListAssessments`, page by page (a `[pages]` operation)."""
    @overload
    def list_assessments_items(self, input: ListAssessmentsInput, /) -> Iterator[Assessment]: ...
    @overload
    def list_assessments_items(self, *, catalog: str, framework_id: str | None = ..., assessment_target_filter: AssessmentTarget | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[Assessment]:
        """`ListAssessments`, item by item across every page."""
    @overload
    def list_change_sets(self, input: ListChangeSetsInput, /) -> ListChangeSetsOutput: ...
    @overload
    def list_change_sets(self, *, catalog: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListChangeSetsOutput:
        """`ListChangeSets`: one page."""
    @overload
    def list_change_sets_pages(self, input: ListChangeSetsInput, /) -> Iterator[ListChangeSetsOutput]: ...
    @overload
    def list_change_sets_pages(self, *, catalog: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListChangeSetsOutput]:
        """`ListChangeSets`, page by page (a `[pages]` operation)."""
    @overload
    def list_change_sets_items(self, input: ListChangeSetsInput, /) -> Iterator[ChangeSetSummary]: ...
    @overload
    def list_change_sets_items(self, *, catalog: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ChangeSetSummary]:
        """`ListChangeSets`, item by item across every page."""
    @overload
    def list_entities(self, input: ListEntitiesInput, /) -> ListEntitiesOutput: ...
    @overload
    def list_entities(self, *, catalog: str, entity_type: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., next_token: str | None = ..., max_results: int | None = ..., ownership_type: OwnershipType | None = ..., entity_type_filters: EntityTypeFilters | None = ..., entity_type_sort: dict[str, Sort] | None = ...) -> ListEntitiesOutput:
        """`ListEntities`: one page."""
    @overload
    def list_entities_pages(self, input: ListEntitiesInput, /) -> Iterator[ListEntitiesOutput]: ...
    @overload
    def list_entities_pages(self, *, catalog: str, entity_type: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., next_token: str | None = ..., max_results: int | None = ..., ownership_type: OwnershipType | None = ..., entity_type_filters: EntityTypeFilters | None = ..., entity_type_sort: dict[str, Sort] | None = ...) -> Iterator[ListEntitiesOutput]:
        """`ListEntities`, page by page (a `[pages]` operation)."""
    @overload
    def list_entities_items(self, input: ListEntitiesInput, /) -> Iterator[EntitySummary]: ...
    @overload
    def list_entities_items(self, *, catalog: str, entity_type: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., next_token: str | None = ..., max_results: int | None = ..., ownership_type: OwnershipType | None = ..., entity_type_filters: EntityTypeFilters | None = ..., entity_type_sort: dict[str, Sort] | None = ...) -> Iterator[EntitySummary]:
        """`ListEntities`, item by item across every page."""
    @overload
    def list_tags_for_resource(self, input: ListTagsForResourceInput, /) -> ListTagsForResourceOutput: ...
    @overload
    def list_tags_for_resource(self, *, resource_arn: str) -> ListTagsForResourceOutput:
        """`ListTagsForResource`."""
    @overload
    def put_resource_policy(self, input: PutResourcePolicyInput, /) -> None: ...
    @overload
    def put_resource_policy(self, *, resource_arn: str, policy: str) -> None:
        """`PutResourcePolicy`: replace the policy."""
    @overload
    def start_assessment(self, input: StartAssessmentInput, /) -> str: ...
    @overload
    def start_assessment(self, *, catalog: str, client_token: str | None = ..., framework_id: str, entity_id: str, controls: list[JsonValue] = ..., tags: dict[str, str] = ...) -> str:
        """`StartAssessment`: run a framework's controls on an entity."""
    @overload
    def start_change_set(self, input: StartChangeSetInput, /) -> ChangeSetRef: ...
    @overload
    def start_change_set(self, *, catalog: str, change_set: list[Change] = ..., change_set_name: str | None = ..., client_request_token: str | None = ..., change_set_tags: list[Tag] = ..., intent: Intent | None = ...) -> ChangeSetRef:
        """`StartChangeSet`: validate and apply changes to entities, asynchronously."""
    @overload
    def tag_resource(self, input: TagResourceInput, /) -> None: ...
    @overload
    def tag_resource(self, *, resource_arn: str, tags: list[Tag] = ...) -> None:
        """`TagResource`."""
    @overload
    def untag_resource(self, input: UntagResourceInput, /) -> None: ...
    @overload
    def untag_resource(self, *, resource_arn: str, tag_keys: list[str] = ...) -> None:
        """`UntagResource`."""
    @overload
    def create_product_request(self, input: CreateProductRequestInput, /) -> ProductRequest: ...
    @overload
    def create_product_request(self, *, product_id: str) -> ProductRequest:
        """Private marketplace: a user asks for a product to be added to the experience governing their account."""
    @overload
    def list_product_requests(self, input: ListProductRequestsInput, /) -> list[ProductRequest]: ...
    @overload
    def list_product_requests(self, *, status: ProductRequestStatus | None = ...) -> list[ProductRequest]:
        """Private marketplace: the caller's requests, or (administrators) the requests of their experiences."""
    @overload
    def approve_product_request(self, input: ApproveProductRequestInput, /) -> ProductRequest: ...
    @overload
    def approve_product_request(self, *, request_id: str) -> ProductRequest:
        """Private marketplace: an administrator approves a request, adding the product."""
    @overload
    def decline_product_request(self, input: DeclineProductRequestInput, /) -> ProductRequest: ...
    @overload
    def decline_product_request(self, *, request_id: str, reason: str | None = ..., block: bool = ...) -> ProductRequest:
        """Private marketplace: an administrator declines a request, optionally blocking further ones."""
    @overload
    def get_procurement_status(self, input: GetProcurementStatusInput, /) -> ProcurementStatus: ...
    @overload
    def get_procurement_status(self, *, product_id: str) -> ProcurementStatus:
        """Private marketplace: whether the caller may procure a product."""
    def wait_for_change_set(self, change_set_id: str, *, timeout: float | datetime.timedelta | None = ..., initial_delay: float | datetime.timedelta | None = ..., max_delay: float | datetime.timedelta | None = ...) -> ChangeSetDescription:
        """Poll a change set until it finishes (SUCCEEDED, FAILED or CANCELLED); its description.
        `WaitTimeoutError` after `timeout`."""
    def apply(self, input: StartChangeSetInput) -> ChangeSetDescription:
        """Start a change set and wait for it. A FAILED one raises `ValidationError` (code `ChangeSetFailed`)
        listing every change's errors; a CANCELLED one `ConflictError`."""
    def publish_offer(self, spec: OfferSpec) -> str:
        """Build an offer from its spec (`ValidationError` lists every problem at once, before anything is
        sent), apply it as one change set, and return the new offer's id."""
    def offer(self, offer_id: str) -> OfferDetails:
        """An offer's details, typed."""

@final
class AsyncCatalog:
    """AWS Marketplace Catalog: entities, change sets, tags, resource policies, assessments, the private marketplace, and typed offers."""
    @overload
    async def batch_describe_entities(self, input: BatchDescribeEntitiesInput, /) -> BatchDescribeOutput: ...
    @overload
    async def batch_describe_entities(self, *, entity_request_list: list[EntityRequest] = ...) -> BatchDescribeOutput:
        """`BatchDescribeEntities`: up to 20 entities at once, with a per-entity error for the rest."""
    @overload
    async def cancel_change_set(self, input: CancelChangeSetInput, /) -> ChangeSetRef: ...
    @overload
    async def cancel_change_set(self, *, catalog: str, change_set_id: str) -> ChangeSetRef:
        """`CancelChangeSet`: while it is PREPARING."""
    @overload
    async def delete_resource_policy(self, input: DeleteResourcePolicyInput, /) -> None: ...
    @overload
    async def delete_resource_policy(self, *, resource_arn: str) -> None:
        """`DeleteResourcePolicy`."""
    @overload
    async def describe_assessment(self, input: DescribeAssessmentInput, /) -> DescribeAssessmentOutput: ...
    @overload
    async def describe_assessment(self, *, catalog: str, assessment_identifier: str, max_results: int | None = ..., next_token: str | None = ...) -> DescribeAssessmentOutput:
        """`DescribeAssessment`, with a page of its controls."""
    @overload
    async def describe_change_set(self, input: DescribeChangeSetInput, /) -> ChangeSetDescription: ...
    @overload
    async def describe_change_set(self, *, catalog: str, change_set_id: str) -> ChangeSetDescription:
        """`DescribeChangeSet`."""
    @overload
    async def describe_entity(self, input: DescribeEntityInput, /) -> EntityDescription: ...
    @overload
    async def describe_entity(self, *, catalog: str, entity_id: str) -> EntityDescription:
        """`DescribeEntity`: the entity with its details document."""
    @overload
    async def get_resource_policy(self, input: GetResourcePolicyInput, /) -> str: ...
    @overload
    async def get_resource_policy(self, *, resource_arn: str) -> str:
        """`GetResourcePolicy`."""
    @overload
    async def list_assessments(self, input: ListAssessmentsInput, /) -> ListAssessmentsOutput: ...
    @overload
    async def list_assessments(self, *, catalog: str, framework_id: str | None = ..., assessment_target_filter: AssessmentTarget | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAssessmentsOutput:
        """`ListAssessments`: one page."""
    @overload
    def list_assessments_pages(self, input: ListAssessmentsInput, /) -> AsyncIterator[ListAssessmentsOutput]: ...
    @overload
    def list_assessments_pages(self, *, catalog: str, framework_id: str | None = ..., assessment_target_filter: AssessmentTarget | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListAssessmentsOutput]:
        """`ListAssessments`, page by page (a `[pages]` operation)."""
    @overload
    def list_assessments_items(self, input: ListAssessmentsInput, /) -> AsyncIterator[Assessment]: ...
    @overload
    def list_assessments_items(self, *, catalog: str, framework_id: str | None = ..., assessment_target_filter: AssessmentTarget | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[Assessment]:
        """`ListAssessments`, item by item across every page."""
    @overload
    async def list_change_sets(self, input: ListChangeSetsInput, /) -> ListChangeSetsOutput: ...
    @overload
    async def list_change_sets(self, *, catalog: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListChangeSetsOutput:
        """`ListChangeSets`: one page."""
    @overload
    def list_change_sets_pages(self, input: ListChangeSetsInput, /) -> AsyncIterator[ListChangeSetsOutput]: ...
    @overload
    def list_change_sets_pages(self, *, catalog: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListChangeSetsOutput]:
        """`ListChangeSets`, page by page (a `[pages]` operation)."""
    @overload
    def list_change_sets_items(self, input: ListChangeSetsInput, /) -> AsyncIterator[ChangeSetSummary]: ...
    @overload
    def list_change_sets_items(self, *, catalog: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ChangeSetSummary]:
        """`ListChangeSets`, item by item across every page."""
    @overload
    async def list_entities(self, input: ListEntitiesInput, /) -> ListEntitiesOutput: ...
    @overload
    async def list_entities(self, *, catalog: str, entity_type: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., next_token: str | None = ..., max_results: int | None = ..., ownership_type: OwnershipType | None = ..., entity_type_filters: EntityTypeFilters | None = ..., entity_type_sort: dict[str, Sort] | None = ...) -> ListEntitiesOutput:
        """`ListEntities`: one page."""
    @overload
    def list_entities_pages(self, input: ListEntitiesInput, /) -> AsyncIterator[ListEntitiesOutput]: ...
    @overload
    def list_entities_pages(self, *, catalog: str, entity_type: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., next_token: str | None = ..., max_results: int | None = ..., ownership_type: OwnershipType | None = ..., entity_type_filters: EntityTypeFilters | None = ..., entity_type_sort: dict[str, Sort] | None = ...) -> AsyncIterator[ListEntitiesOutput]:
        """`ListEntities`, page by page (a `[pages]` operation)."""
    @overload
    def list_entities_items(self, input: ListEntitiesInput, /) -> AsyncIterator[EntitySummary]: ...
    @overload
    def list_entities_items(self, *, catalog: str, entity_type: str, filter_list: list[Filter] = ..., sort: Sort | None = ..., next_token: str | None = ..., max_results: int | None = ..., ownership_type: OwnershipType | None = ..., entity_type_filters: EntityTypeFilters | None = ..., entity_type_sort: dict[str, Sort] | None = ...) -> AsyncIterator[EntitySummary]:
        """`ListEntities`, item by item across every page."""
    @overload
    async def list_tags_for_resource(self, input: ListTagsForResourceInput, /) -> ListTagsForResourceOutput: ...
    @overload
    async def list_tags_for_resource(self, *, resource_arn: str) -> ListTagsForResourceOutput:
        """`ListTagsForResource`."""
    @overload
    async def put_resource_policy(self, input: PutResourcePolicyInput, /) -> None: ...
    @overload
    async def put_resource_policy(self, *, resource_arn: str, policy: str) -> None:
        """`PutResourcePolicy`: replace the policy."""
    @overload
    async def start_assessment(self, input: StartAssessmentInput, /) -> str: ...
    @overload
    async def start_assessment(self, *, catalog: str, client_token: str | None = ..., framework_id: str, entity_id: str, controls: list[JsonValue] = ..., tags: dict[str, str] = ...) -> str:
        """`StartAssessment`: run a framework's controls on an entity."""
    @overload
    async def start_change_set(self, input: StartChangeSetInput, /) -> ChangeSetRef: ...
    @overload
    async def start_change_set(self, *, catalog: str, change_set: list[Change] = ..., change_set_name: str | None = ..., client_request_token: str | None = ..., change_set_tags: list[Tag] = ..., intent: Intent | None = ...) -> ChangeSetRef:
        """`StartChangeSet`: validate and apply changes to entities, asynchronously."""
    @overload
    async def tag_resource(self, input: TagResourceInput, /) -> None: ...
    @overload
    async def tag_resource(self, *, resource_arn: str, tags: list[Tag] = ...) -> None:
        """`TagResource`."""
    @overload
    async def untag_resource(self, input: UntagResourceInput, /) -> None: ...
    @overload
    async def untag_resource(self, *, resource_arn: str, tag_keys: list[str] = ...) -> None:
        """`UntagResource`."""
    @overload
    async def create_product_request(self, input: CreateProductRequestInput, /) -> ProductRequest: ...
    @overload
    async def create_product_request(self, *, product_id: str) -> ProductRequest:
        """Private marketplace: a user asks for a product to be added to the experience governing their account."""
    @overload
    async def list_product_requests(self, input: ListProductRequestsInput, /) -> list[ProductRequest]: ...
    @overload
    async def list_product_requests(self, *, status: ProductRequestStatus | None = ...) -> list[ProductRequest]:
        """Private marketplace: the caller's requests, or (administrators) the requests of their experiences."""
    @overload
    async def approve_product_request(self, input: ApproveProductRequestInput, /) -> ProductRequest: ...
    @overload
    async def approve_product_request(self, *, request_id: str) -> ProductRequest:
        """Private marketplace: an administrator approves a request, adding the product."""
    @overload
    async def decline_product_request(self, input: DeclineProductRequestInput, /) -> ProductRequest: ...
    @overload
    async def decline_product_request(self, *, request_id: str, reason: str | None = ..., block: bool = ...) -> ProductRequest:
        """Private marketplace: an administrator declines a request, optionally blocking further ones."""
    @overload
    async def get_procurement_status(self, input: GetProcurementStatusInput, /) -> ProcurementStatus: ...
    @overload
    async def get_procurement_status(self, *, product_id: str) -> ProcurementStatus:
        """Private marketplace: whether the caller may procure a product."""
    async def wait_for_change_set(self, change_set_id: str, *, timeout: float | datetime.timedelta | None = ..., initial_delay: float | datetime.timedelta | None = ..., max_delay: float | datetime.timedelta | None = ...) -> ChangeSetDescription:
        """Poll a change set until it finishes (SUCCEEDED, FAILED or CANCELLED); its description.
        `WaitTimeoutError` after `timeout`."""
    async def apply(self, input: StartChangeSetInput) -> ChangeSetDescription:
        """Start a change set and wait for it. A FAILED one raises `ValidationError` (code `ChangeSetFailed`)
        listing every change's errors; a CANCELLED one `ConflictError`."""
    async def publish_offer(self, spec: OfferSpec) -> str:
        """Build an offer from its spec (`ValidationError` lists every problem at once, before anything is
        sent), apply it as one change set, and return the new offer's id."""
    async def offer(self, offer_id: str) -> OfferDetails:
        """An offer's details, typed."""

@final
class Discovery:
    """AWS Marketplace Discovery: what a buyer can find and buy: listings, products, offers and their terms, purchase options, fulfillment options, search and facets."""
    @overload
    def get_listing(self, input: GetListingInput, /) -> Listing: ...
    @overload
    def get_listing(self, *, listing_id: str, locale: str | None = ...) -> Listing:
        """`GetListing`."""
    @overload
    def get_offer(self, input: GetOfferInput, /) -> Offer: ...
    @overload
    def get_offer(self, *, offer_id: str, locale: str | None = ...) -> Offer:
        """`GetOffer`."""
    @overload
    def get_offer_set(self, input: GetOfferSetInput, /) -> JsonValue: ...
    @overload
    def get_offer_set(self, *, offer_set_id: str, locale: str | None = ...) -> JsonValue:
        """`GetOfferSet` (kept as the service's JSON)."""
    @overload
    def get_offer_terms(self, input: GetOfferTermsInput, /) -> GetOfferTermsOutput: ...
    @overload
    def get_offer_terms(self, *, offer_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> GetOfferTermsOutput:
        """`GetOfferTerms`: one page of an offer's terms."""
    @overload
    def get_offer_terms_pages(self, input: GetOfferTermsInput, /) -> Iterator[GetOfferTermsOutput]: ...
    @overload
    def get_offer_terms_pages(self, *, offer_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[GetOfferTermsOutput]:
        """`GetOfferTerms`, page by page (a `[pages]` operation)."""
    @overload
    def get_offer_terms_items(self, input: GetOfferTermsInput, /) -> Iterator[dict[str, JsonValue]]: ...
    @overload
    def get_offer_terms_items(self, *, offer_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[dict[str, JsonValue]]:
        """`GetOfferTerms`, item by item across every page."""
    @overload
    def get_product(self, input: GetProductInput, /) -> Product: ...
    @overload
    def get_product(self, *, product_id: str, locale: str | None = ...) -> Product:
        """`GetProduct`."""
    @overload
    def list_fulfillment_options(self, input: ListFulfillmentOptionsInput, /) -> ListFulfillmentOptionsOutput: ...
    @overload
    def list_fulfillment_options(self, *, product_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListFulfillmentOptionsOutput:
        """`ListFulfillmentOptions`: one page."""
    @overload
    def list_fulfillment_options_pages(self, input: ListFulfillmentOptionsInput, /) -> Iterator[ListFulfillmentOptionsOutput]: ...
    @overload
    def list_fulfillment_options_pages(self, *, product_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListFulfillmentOptionsOutput]:
        """`ListFulfillmentOptions`, page by page (a `[pages]` operation)."""
    @overload
    def list_fulfillment_options_items(self, input: ListFulfillmentOptionsInput, /) -> Iterator[JsonValue]: ...
    @overload
    def list_fulfillment_options_items(self, *, product_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[JsonValue]:
        """`ListFulfillmentOptions`, item by item across every page."""
    @overload
    def list_listing_attributes(self, input: ListListingAttributesInput, /) -> ListListingAttributesOutput: ...
    @overload
    def list_listing_attributes(self, *, listing_id: str, attribute_types: list[str] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListListingAttributesOutput:
        """`ListListingAttributes`: one page."""
    @overload
    def list_listing_attributes_pages(self, input: ListListingAttributesInput, /) -> Iterator[ListListingAttributesOutput]: ...
    @overload
    def list_listing_attributes_pages(self, *, listing_id: str, attribute_types: list[str] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListListingAttributesOutput]:
        """`ListListingAttributes`, page by page (a `[pages]` operation)."""
    @overload
    def list_listing_attributes_items(self, input: ListListingAttributesInput, /) -> Iterator[JsonValue]: ...
    @overload
    def list_listing_attributes_items(self, *, listing_id: str, attribute_types: list[str] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[JsonValue]:
        """`ListListingAttributes`, item by item across every page."""
    @overload
    def list_purchase_options(self, input: ListPurchaseOptionsInput, /) -> ListPurchaseOptionsOutput: ...
    @overload
    def list_purchase_options(self, *, filters: list[DiscoveryFilter] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListPurchaseOptionsOutput:
        """`ListPurchaseOptions`: one page."""
    @overload
    def list_purchase_options_pages(self, input: ListPurchaseOptionsInput, /) -> Iterator[ListPurchaseOptionsOutput]: ...
    @overload
    def list_purchase_options_pages(self, *, filters: list[DiscoveryFilter] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListPurchaseOptionsOutput]:
        """`ListPurchaseOptions`, page by page (a `[pages]` operation)."""
    @overload
    def list_purchase_options_items(self, input: ListPurchaseOptionsInput, /) -> Iterator[PurchaseOptionSummary]: ...
    @overload
    def list_purchase_options_items(self, *, filters: list[DiscoveryFilter] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[PurchaseOptionSummary]:
        """`ListPurchaseOptions`, item by item across every page."""
    @overload
    def search_facets(self, input: SearchFacetsInput, /) -> SearchFacetsOutput: ...
    @overload
    def search_facets(self, *, search_text: str | None = ..., filters: list[DiscoveryFilter] = ..., facet_types: list[str] = ..., locale: str | None = ..., next_token: str | None = ...) -> SearchFacetsOutput:
        """`SearchFacets`."""
    @overload
    def search_listings(self, input: SearchListingsInput, /) -> SearchListingsOutput: ...
    @overload
    def search_listings(self, *, search_text: str | None = ..., filters: list[DiscoveryFilter] = ..., sort_by: str | None = ..., sort_order: str | None = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> SearchListingsOutput:
        """`SearchListings`: one page."""
    @overload
    def search_listings_pages(self, input: SearchListingsInput, /) -> Iterator[SearchListingsOutput]: ...
    @overload
    def search_listings_pages(self, *, search_text: str | None = ..., filters: list[DiscoveryFilter] = ..., sort_by: str | None = ..., sort_order: str | None = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[SearchListingsOutput]:
        """`SearchListings`, page by page (a `[pages]` operation)."""
    @overload
    def search_listings_items(self, input: SearchListingsInput, /) -> Iterator[ListingSummary]: ...
    @overload
    def search_listings_items(self, *, search_text: str | None = ..., filters: list[DiscoveryFilter] = ..., sort_by: str | None = ..., sort_order: str | None = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListingSummary]:
        """`SearchListings`, item by item across every page."""
    def all_offer_terms(self, offer_id: str) -> list[dict[str, JsonValue]]:
        """Every term of an offer, all pages."""

@final
class AsyncDiscovery:
    """AWS Marketplace Discovery: what a buyer can find and buy: listings, products, offers and their terms, purchase options, fulfillment options, search and facets."""
    @overload
    async def get_listing(self, input: GetListingInput, /) -> Listing: ...
    @overload
    async def get_listing(self, *, listing_id: str, locale: str | None = ...) -> Listing:
        """`GetListing`."""
    @overload
    async def get_offer(self, input: GetOfferInput, /) -> Offer: ...
    @overload
    async def get_offer(self, *, offer_id: str, locale: str | None = ...) -> Offer:
        """`GetOffer`."""
    @overload
    async def get_offer_set(self, input: GetOfferSetInput, /) -> JsonValue: ...
    @overload
    async def get_offer_set(self, *, offer_set_id: str, locale: str | None = ...) -> JsonValue:
        """`GetOfferSet` (kept as the service's JSON)."""
    @overload
    async def get_offer_terms(self, input: GetOfferTermsInput, /) -> GetOfferTermsOutput: ...
    @overload
    async def get_offer_terms(self, *, offer_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> GetOfferTermsOutput:
        """`GetOfferTerms`: one page of an offer's terms."""
    @overload
    def get_offer_terms_pages(self, input: GetOfferTermsInput, /) -> AsyncIterator[GetOfferTermsOutput]: ...
    @overload
    def get_offer_terms_pages(self, *, offer_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[GetOfferTermsOutput]:
        """`GetOfferTerms`, page by page (a `[pages]` operation)."""
    @overload
    def get_offer_terms_items(self, input: GetOfferTermsInput, /) -> AsyncIterator[dict[str, JsonValue]]: ...
    @overload
    def get_offer_terms_items(self, *, offer_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[dict[str, JsonValue]]:
        """`GetOfferTerms`, item by item across every page."""
    @overload
    async def get_product(self, input: GetProductInput, /) -> Product: ...
    @overload
    async def get_product(self, *, product_id: str, locale: str | None = ...) -> Product:
        """`GetProduct`."""
    @overload
    async def list_fulfillment_options(self, input: ListFulfillmentOptionsInput, /) -> ListFulfillmentOptionsOutput: ...
    @overload
    async def list_fulfillment_options(self, *, product_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListFulfillmentOptionsOutput:
        """`ListFulfillmentOptions`: one page."""
    @overload
    def list_fulfillment_options_pages(self, input: ListFulfillmentOptionsInput, /) -> AsyncIterator[ListFulfillmentOptionsOutput]: ...
    @overload
    def list_fulfillment_options_pages(self, *, product_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListFulfillmentOptionsOutput]:
        """`ListFulfillmentOptions`, page by page (a `[pages]` operation)."""
    @overload
    def list_fulfillment_options_items(self, input: ListFulfillmentOptionsInput, /) -> AsyncIterator[JsonValue]: ...
    @overload
    def list_fulfillment_options_items(self, *, product_id: str, locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[JsonValue]:
        """`ListFulfillmentOptions`, item by item across every page."""
    @overload
    async def list_listing_attributes(self, input: ListListingAttributesInput, /) -> ListListingAttributesOutput: ...
    @overload
    async def list_listing_attributes(self, *, listing_id: str, attribute_types: list[str] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListListingAttributesOutput:
        """`ListListingAttributes`: one page."""
    @overload
    def list_listing_attributes_pages(self, input: ListListingAttributesInput, /) -> AsyncIterator[ListListingAttributesOutput]: ...
    @overload
    def list_listing_attributes_pages(self, *, listing_id: str, attribute_types: list[str] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListListingAttributesOutput]:
        """`ListListingAttributes`, page by page (a `[pages]` operation)."""
    @overload
    def list_listing_attributes_items(self, input: ListListingAttributesInput, /) -> AsyncIterator[JsonValue]: ...
    @overload
    def list_listing_attributes_items(self, *, listing_id: str, attribute_types: list[str] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[JsonValue]:
        """`ListListingAttributes`, item by item across every page."""
    @overload
    async def list_purchase_options(self, input: ListPurchaseOptionsInput, /) -> ListPurchaseOptionsOutput: ...
    @overload
    async def list_purchase_options(self, *, filters: list[DiscoveryFilter] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListPurchaseOptionsOutput:
        """`ListPurchaseOptions`: one page."""
    @overload
    def list_purchase_options_pages(self, input: ListPurchaseOptionsInput, /) -> AsyncIterator[ListPurchaseOptionsOutput]: ...
    @overload
    def list_purchase_options_pages(self, *, filters: list[DiscoveryFilter] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListPurchaseOptionsOutput]:
        """`ListPurchaseOptions`, page by page (a `[pages]` operation)."""
    @overload
    def list_purchase_options_items(self, input: ListPurchaseOptionsInput, /) -> AsyncIterator[PurchaseOptionSummary]: ...
    @overload
    def list_purchase_options_items(self, *, filters: list[DiscoveryFilter] = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[PurchaseOptionSummary]:
        """`ListPurchaseOptions`, item by item across every page."""
    @overload
    async def search_facets(self, input: SearchFacetsInput, /) -> SearchFacetsOutput: ...
    @overload
    async def search_facets(self, *, search_text: str | None = ..., filters: list[DiscoveryFilter] = ..., facet_types: list[str] = ..., locale: str | None = ..., next_token: str | None = ...) -> SearchFacetsOutput:
        """`SearchFacets`."""
    @overload
    async def search_listings(self, input: SearchListingsInput, /) -> SearchListingsOutput: ...
    @overload
    async def search_listings(self, *, search_text: str | None = ..., filters: list[DiscoveryFilter] = ..., sort_by: str | None = ..., sort_order: str | None = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> SearchListingsOutput:
        """`SearchListings`: one page."""
    @overload
    def search_listings_pages(self, input: SearchListingsInput, /) -> AsyncIterator[SearchListingsOutput]: ...
    @overload
    def search_listings_pages(self, *, search_text: str | None = ..., filters: list[DiscoveryFilter] = ..., sort_by: str | None = ..., sort_order: str | None = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[SearchListingsOutput]:
        """`SearchListings`, page by page (a `[pages]` operation)."""
    @overload
    def search_listings_items(self, input: SearchListingsInput, /) -> AsyncIterator[ListingSummary]: ...
    @overload
    def search_listings_items(self, *, search_text: str | None = ..., filters: list[DiscoveryFilter] = ..., sort_by: str | None = ..., sort_order: str | None = ..., locale: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListingSummary]:
        """`SearchListings`, item by item across every page."""
    async def all_offer_terms(self, offer_id: str) -> list[dict[str, JsonValue]]:
        """Every term of an offer, all pages."""

@final
class Agreements:
    """AWS Marketplace Agreement: request an offer, accept it with purchase orders, and live with the agreement: terms, entitlements, charges, payment requests, invoices, approvals, upgrades and cancellation."""
    @overload
    def accept_agreement_approval(self, input: AcceptAgreementApprovalInput, /) -> None: ...
    @overload
    def accept_agreement_approval(self, *, buyer_agreement_approval_approver_input: ApproverInput) -> None:
        """`AcceptAgreementApproval`: an organization administrator approves an agreement request."""
    @overload
    def accept_agreement_cancellation_request(self, input: AcceptAgreementCancellationRequestInput, /) -> CancellationRequest: ...
    @overload
    def accept_agreement_cancellation_request(self, *, agreement_id: str, agreement_cancellation_request_id: str) -> CancellationRequest:
        """`AcceptAgreementCancellationRequest`: the buyer agrees to cancel; the agreement ends."""
    @overload
    def accept_agreement_payment_request(self, input: AcceptAgreementPaymentRequestInput, /) -> PaymentRequest: ...
    @overload
    def accept_agreement_payment_request(self, *, payment_request_id: str, agreement_id: str, purchase_order_reference: str | None = ...) -> PaymentRequest:
        """`AcceptAgreementPaymentRequest`: the buyer approves a payment request; it is charged."""
    @overload
    def accept_agreement_request(self, input: AcceptAgreementRequestInput, /) -> str: ...
    @overload
    def accept_agreement_request(self, *, agreement_request_id: str, purchase_orders: list[PurchaseOrder] = ...) -> str:
        """`AcceptAgreementRequest`: the agreement is made; its id."""
    @overload
    def batch_create_billing_adjustment_request(self, input: BatchCreateBillingAdjustmentRequestInput, /) -> BatchCreateBillingAdjustmentRequestOutput: ...
    @overload
    def batch_create_billing_adjustment_request(self, *, billing_adjustment_request_entries: list[BillingAdjustmentEntry] = ...) -> BatchCreateBillingAdjustmentRequestOutput:
        """`BatchCreateBillingAdjustmentRequest`: the seller refunds invoiced charges."""
    @overload
    def cancel_agreement(self, input: CancelAgreementInput, /) -> None: ...
    @overload
    def cancel_agreement(self, *, agreement_id: str) -> None:
        """`CancelAgreement`."""
    @overload
    def cancel_agreement_cancellation_request(self, input: CancelAgreementCancellationRequestInput, /) -> CancellationRequest: ...
    @overload
    def cancel_agreement_cancellation_request(self, *, agreement_id: str, agreement_cancellation_request_id: str, cancellation_reason: str) -> CancellationRequest:
        """`CancelAgreementCancellationRequest`: the seller withdraws a cancellation request."""
    @overload
    def cancel_agreement_payment_request(self, input: CancelAgreementPaymentRequestInput, /) -> PaymentRequest: ...
    @overload
    def cancel_agreement_payment_request(self, *, payment_request_id: str, agreement_id: str) -> PaymentRequest:
        """`CancelAgreementPaymentRequest`: the seller withdraws a payment request."""
    @overload
    def cancel_agreement_request(self, input: CancelAgreementRequestInput, /) -> None: ...
    @overload
    def cancel_agreement_request(self, *, agreement_request_id: str) -> None:
        """`CancelAgreementRequest`: the buyer withdraws a request not yet accepted."""
    @overload
    def create_agreement_request(self, input: CreateAgreementRequestInput, /) -> AgreementRequest: ...
    @overload
    def create_agreement_request(self, *, client_token: str | None = ..., intent: RequestIntent, requested_terms: list[RequestedTerm] = ..., source_agreement_identifier: str | None = ..., agreement_proposal_identifier: str | None = ..., tax_configuration: TaxConfiguration | None = ..., acceptor_contact: AcceptorContact | None = ...) -> AgreementRequest:
        """`CreateAgreementRequest`: a quote for an offer (or an amendment or replacement)."""
    @overload
    def describe_agreement(self, input: DescribeAgreementInput, /) -> Agreement: ...
    @overload
    def describe_agreement(self, *, agreement_id: str) -> Agreement:
        """`DescribeAgreement`."""
    @overload
    def get_agreement_approval(self, input: GetAgreementApprovalInput, /) -> BuyerApproval: ...
    @overload
    def get_agreement_approval(self, *, agreement_approval_id: str) -> BuyerApproval:
        """`GetAgreementApproval`."""
    @overload
    def get_agreement_cancellation_request(self, input: GetAgreementCancellationRequestInput, /) -> CancellationRequest: ...
    @overload
    def get_agreement_cancellation_request(self, *, agreement_id: str, agreement_cancellation_request_id: str) -> CancellationRequest:
        """`GetAgreementCancellationRequest`."""
    @overload
    def get_agreement_contacts(self, input: GetAgreementContactsInput, /) -> GetAgreementContactsOutput: ...
    @overload
    def get_agreement_contacts(self, *, agreement_id: str) -> GetAgreementContactsOutput:
        """`GetAgreementContacts`: who accepted the agreement."""
    @overload
    def get_agreement_entitlements(self, input: GetAgreementEntitlementsInput, /) -> GetAgreementEntitlementsOutput: ...
    @overload
    def get_agreement_entitlements(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementEntitlementsOutput:
        """`GetAgreementEntitlements`: one page."""
    @overload
    def get_agreement_entitlements_pages(self, input: GetAgreementEntitlementsInput, /) -> Iterator[GetAgreementEntitlementsOutput]: ...
    @overload
    def get_agreement_entitlements_pages(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> Iterator[GetAgreementEntitlementsOutput]:
        """`GetAgreementEntitlements`, page by page (a `[pages]` operation)."""
    @overload
    def get_agreement_entitlements_items(self, input: GetAgreementEntitlementsInput, /) -> Iterator[AgreementEntitlement]: ...
    @overload
    def get_agreement_entitlements_items(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> Iterator[AgreementEntitlement]:
        """`GetAgreementEntitlements`, item by item across every page."""
    @overload
    def get_agreement_payment_request(self, input: GetAgreementPaymentRequestInput, /) -> PaymentRequest: ...
    @overload
    def get_agreement_payment_request(self, *, payment_request_id: str, agreement_id: str) -> PaymentRequest:
        """`GetAgreementPaymentRequest`."""
    @overload
    def get_agreement_request(self, input: GetAgreementRequestInput, /) -> AgreementRequestDetail: ...
    @overload
    def get_agreement_request(self, *, agreement_request_id: str) -> AgreementRequestDetail:
        """`GetAgreementRequest`: a request with its intent, proposer and proposal."""
    @overload
    def get_agreement_request_approval_plans(self, input: GetAgreementRequestApprovalPlansInput, /) -> GetAgreementRequestApprovalPlansOutput: ...
    @overload
    def get_agreement_request_approval_plans(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementRequestApprovalPlansOutput:
        """`GetAgreementRequestApprovalPlans`: the plans that can approve a request."""
    @overload
    def get_agreement_request_approval_plans_pages(self, input: GetAgreementRequestApprovalPlansInput, /) -> Iterator[GetAgreementRequestApprovalPlansOutput]: ...
    @overload
    def get_agreement_request_approval_plans_pages(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> Iterator[GetAgreementRequestApprovalPlansOutput]:
        """`GetAgreementRequestApprovalPlans`, page by page (a `[pages]` operation)."""
    @overload
    def get_agreement_request_approval_plans_items(self, input: GetAgreementRequestApprovalPlansInput, /) -> Iterator[ApprovalPlan]: ...
    @overload
    def get_agreement_request_approval_plans_items(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ApprovalPlan]:
        """`GetAgreementRequestApprovalPlans`, item by item across every page."""
    @overload
    def get_agreement_request_terms(self, input: GetAgreementRequestTermsInput, /) -> GetAgreementRequestTermsOutput: ...
    @overload
    def get_agreement_request_terms(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementRequestTermsOutput:
        """`GetAgreementRequestTerms`: one page of the terms a request asks for."""
    @overload
    def get_agreement_request_terms_pages(self, input: GetAgreementRequestTermsInput, /) -> Iterator[GetAgreementRequestTermsOutput]: ...
    @overload
    def get_agreement_request_terms_pages(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> Iterator[GetAgreementRequestTermsOutput]:
        """`GetAgreementRequestTerms`, page by page (a `[pages]` operation)."""
    @overload
    def get_agreement_request_terms_items(self, input: GetAgreementRequestTermsInput, /) -> Iterator[dict[str, JsonValue]]: ...
    @overload
    def get_agreement_request_terms_items(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> Iterator[dict[str, JsonValue]]:
        """`GetAgreementRequestTerms`, item by item across every page."""
    @overload
    def get_agreement_terms(self, input: GetAgreementTermsInput, /) -> GetAgreementTermsOutput: ...
    @overload
    def get_agreement_terms(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementTermsOutput:
        """`GetAgreementTerms`: one page."""
    @overload
    def get_agreement_terms_pages(self, input: GetAgreementTermsInput, /) -> Iterator[GetAgreementTermsOutput]: ...
    @overload
    def get_agreement_terms_pages(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> Iterator[GetAgreementTermsOutput]:
        """`GetAgreementTerms`, page by page (a `[pages]` operation)."""
    @overload
    def get_agreement_terms_items(self, input: GetAgreementTermsInput, /) -> Iterator[dict[str, JsonValue]]: ...
    @overload
    def get_agreement_terms_items(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> Iterator[dict[str, JsonValue]]:
        """`GetAgreementTerms`, item by item across every page."""
    @overload
    def get_billing_adjustment_request(self, input: GetBillingAdjustmentRequestInput, /) -> BillingAdjustment: ...
    @overload
    def get_billing_adjustment_request(self, *, agreement_id: str, billing_adjustment_request_id: str) -> BillingAdjustment:
        """`GetBillingAdjustmentRequest`."""
    @overload
    def list_agreement_approvals(self, input: ListAgreementApprovalsInput, /) -> ListAgreementApprovalsOutput: ...
    @overload
    def list_agreement_approvals(self, *, party_type: ApprovalPartyType, catalog: str | None = ..., agreement_request_id: str | None = ..., approval_type: str | None = ..., status: ApprovalStatus | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementApprovalsOutput:
        """`ListAgreementApprovals`: one page."""
    @overload
    def list_agreement_approvals_pages(self, input: ListAgreementApprovalsInput, /) -> Iterator[ListAgreementApprovalsOutput]: ...
    @overload
    def list_agreement_approvals_pages(self, *, party_type: ApprovalPartyType, catalog: str | None = ..., agreement_request_id: str | None = ..., approval_type: str | None = ..., status: ApprovalStatus | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListAgreementApprovalsOutput]:
        """`ListAgreementApprovals`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_approvals_items(self, input: ListAgreementApprovalsInput, /) -> Iterator[ApprovalSummary]: ...
    @overload
    def list_agreement_approvals_items(self, *, party_type: ApprovalPartyType, catalog: str | None = ..., agreement_request_id: str | None = ..., approval_type: str | None = ..., status: ApprovalStatus | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ApprovalSummary]:
        """`ListAgreementApprovals`, item by item across every page."""
    @overload
    def list_agreement_cancellation_requests(self, input: ListAgreementCancellationRequestsInput, /) -> ListAgreementCancellationRequestsOutput: ...
    @overload
    def list_agreement_cancellation_requests(self, *, party_type: str, agreement_id: str | None = ..., status: ApprovalStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementCancellationRequestsOutput:
        """`ListAgreementCancellationRequests`: one page."""
    @overload
    def list_agreement_cancellation_requests_pages(self, input: ListAgreementCancellationRequestsInput, /) -> Iterator[ListAgreementCancellationRequestsOutput]: ...
    @overload
    def list_agreement_cancellation_requests_pages(self, *, party_type: str, agreement_id: str | None = ..., status: ApprovalStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListAgreementCancellationRequestsOutput]:
        """`ListAgreementCancellationRequests`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_cancellation_requests_items(self, input: ListAgreementCancellationRequestsInput, /) -> Iterator[CancellationRequest]: ...
    @overload
    def list_agreement_cancellation_requests_items(self, *, party_type: str, agreement_id: str | None = ..., status: ApprovalStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[CancellationRequest]:
        """`ListAgreementCancellationRequests`, item by item across every page."""
    @overload
    def list_agreement_charges(self, input: ListAgreementChargesInput, /) -> ListAgreementChargesOutput: ...
    @overload
    def list_agreement_charges(self, *, catalog: str | None = ..., agreement_id: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementChargesOutput:
        """`ListAgreementCharges`: one page."""
    @overload
    def list_agreement_charges_pages(self, input: ListAgreementChargesInput, /) -> Iterator[ListAgreementChargesOutput]: ...
    @overload
    def list_agreement_charges_pages(self, *, catalog: str | None = ..., agreement_id: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListAgreementChargesOutput]:
        """`ListAgreementCharges`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_charges_items(self, input: ListAgreementChargesInput, /) -> Iterator[Charge]: ...
    @overload
    def list_agreement_charges_items(self, *, catalog: str | None = ..., agreement_id: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[Charge]:
        """`ListAgreementCharges`, item by item across every page."""
    @overload
    def list_agreement_invoice_line_items(self, input: ListAgreementInvoiceLineItemsInput, /) -> ListAgreementInvoiceLineItemsOutput: ...
    @overload
    def list_agreement_invoice_line_items(self, *, agreement_id: str, group_by: str, invoice_id: str | None = ..., invoice_type: str | None = ..., invoice_billing_period: InvoiceBillingPeriod | None = ..., before_issued_time: datetime.datetime | None = ..., after_issued_time: datetime.datetime | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementInvoiceLineItemsOutput:
        """`ListAgreementInvoiceLineItems`: one page of invoices and credit memos."""
    @overload
    def list_agreement_invoice_line_items_pages(self, input: ListAgreementInvoiceLineItemsInput, /) -> Iterator[ListAgreementInvoiceLineItemsOutput]: ...
    @overload
    def list_agreement_invoice_line_items_pages(self, *, agreement_id: str, group_by: str, invoice_id: str | None = ..., invoice_type: str | None = ..., invoice_billing_period: InvoiceBillingPeriod | None = ..., before_issued_time: datetime.datetime | None = ..., after_issued_time: datetime.datetime | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListAgreementInvoiceLineItemsOutput]:
        """`ListAgreementInvoiceLineItems`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_invoice_line_items_items(self, input: ListAgreementInvoiceLineItemsInput, /) -> Iterator[InvoiceLineItemGroup]: ...
    @overload
    def list_agreement_invoice_line_items_items(self, *, agreement_id: str, group_by: str, invoice_id: str | None = ..., invoice_type: str | None = ..., invoice_billing_period: InvoiceBillingPeriod | None = ..., before_issued_time: datetime.datetime | None = ..., after_issued_time: datetime.datetime | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[InvoiceLineItemGroup]:
        """`ListAgreementInvoiceLineItems`, item by item across every page."""
    @overload
    def list_agreement_payment_requests(self, input: ListAgreementPaymentRequestsInput, /) -> ListAgreementPaymentRequestsOutput: ...
    @overload
    def list_agreement_payment_requests(self, *, party_type: str, agreement_id: str | None = ..., status: PaymentRequestStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementPaymentRequestsOutput:
        """`ListAgreementPaymentRequests`: one page."""
    @overload
    def list_agreement_payment_requests_pages(self, input: ListAgreementPaymentRequestsInput, /) -> Iterator[ListAgreementPaymentRequestsOutput]: ...
    @overload
    def list_agreement_payment_requests_pages(self, *, party_type: str, agreement_id: str | None = ..., status: PaymentRequestStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListAgreementPaymentRequestsOutput]:
        """`ListAgreementPaymentRequests`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_payment_requests_items(self, input: ListAgreementPaymentRequestsInput, /) -> Iterator[PaymentRequest]: ...
    @overload
    def list_agreement_payment_requests_items(self, *, party_type: str, agreement_id: str | None = ..., status: PaymentRequestStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[PaymentRequest]:
        """`ListAgreementPaymentRequests`, item by item across every page."""
    @overload
    def list_agreement_requests(self, input: ListAgreementRequestsInput, /) -> ListAgreementRequestsOutput: ...
    @overload
    def list_agreement_requests(self, *, catalog: str | None = ..., status: AgreementRequestStatus | None = ..., resource_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementRequestsOutput:
        """`ListAgreementRequests`: one page of the caller's requests."""
    @overload
    def list_agreement_requests_pages(self, input: ListAgreementRequestsInput, /) -> Iterator[ListAgreementRequestsOutput]: ...
    @overload
    def list_agreement_requests_pages(self, *, catalog: str | None = ..., status: AgreementRequestStatus | None = ..., resource_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListAgreementRequestsOutput]:
        """`ListAgreementRequests`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_requests_items(self, input: ListAgreementRequestsInput, /) -> Iterator[AgreementRequestSummary]: ...
    @overload
    def list_agreement_requests_items(self, *, catalog: str | None = ..., status: AgreementRequestStatus | None = ..., resource_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[AgreementRequestSummary]:
        """`ListAgreementRequests`, item by item across every page."""
    @overload
    def list_billing_adjustment_requests(self, input: ListBillingAdjustmentRequestsInput, /) -> ListBillingAdjustmentRequestsOutput: ...
    @overload
    def list_billing_adjustment_requests(self, *, agreement_id: str | None = ..., status: BillingAdjustmentStatus | None = ..., created_after: datetime.datetime | None = ..., created_before: datetime.datetime | None = ..., catalog: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListBillingAdjustmentRequestsOutput:
        """`ListBillingAdjustmentRequests`: one page."""
    @overload
    def list_billing_adjustment_requests_pages(self, input: ListBillingAdjustmentRequestsInput, /) -> Iterator[ListBillingAdjustmentRequestsOutput]: ...
    @overload
    def list_billing_adjustment_requests_pages(self, *, agreement_id: str | None = ..., status: BillingAdjustmentStatus | None = ..., created_after: datetime.datetime | None = ..., created_before: datetime.datetime | None = ..., catalog: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[ListBillingAdjustmentRequestsOutput]:
        """`ListBillingAdjustmentRequests`, page by page (a `[pages]` operation)."""
    @overload
    def list_billing_adjustment_requests_items(self, input: ListBillingAdjustmentRequestsInput, /) -> Iterator[BillingAdjustment]: ...
    @overload
    def list_billing_adjustment_requests_items(self, *, agreement_id: str | None = ..., status: BillingAdjustmentStatus | None = ..., created_after: datetime.datetime | None = ..., created_before: datetime.datetime | None = ..., catalog: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[BillingAdjustment]:
        """`ListBillingAdjustmentRequests`, item by item across every page."""
    @overload
    def reject_agreement_approval(self, input: RejectAgreementApprovalInput, /) -> None: ...
    @overload
    def reject_agreement_approval(self, *, buyer_agreement_approval_rejection_input: RejectionInput) -> None:
        """`RejectAgreementApproval`: an organization administrator rejects an agreement request."""
    @overload
    def reject_agreement_cancellation_request(self, input: RejectAgreementCancellationRequestInput, /) -> CancellationRequest: ...
    @overload
    def reject_agreement_cancellation_request(self, *, agreement_id: str, agreement_cancellation_request_id: str, rejection_reason: str) -> CancellationRequest:
        """`RejectAgreementCancellationRequest`: the buyer keeps the agreement."""
    @overload
    def reject_agreement_payment_request(self, input: RejectAgreementPaymentRequestInput, /) -> PaymentRequest: ...
    @overload
    def reject_agreement_payment_request(self, *, payment_request_id: str, agreement_id: str, rejection_reason: str | None = ...) -> PaymentRequest:
        """`RejectAgreementPaymentRequest`: the buyer refuses a payment request."""
    @overload
    def search_agreements(self, input: SearchAgreementsInput, /) -> SearchAgreementsOutput: ...
    @overload
    def search_agreements(self, *, catalog: str | None = ..., filters: list[AgreementFilter] = ..., sort: JsonValue | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> SearchAgreementsOutput:
        """`SearchAgreements`: one page."""
    @overload
    def search_agreements_pages(self, input: SearchAgreementsInput, /) -> Iterator[SearchAgreementsOutput]: ...
    @overload
    def search_agreements_pages(self, *, catalog: str | None = ..., filters: list[AgreementFilter] = ..., sort: JsonValue | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[SearchAgreementsOutput]:
        """`SearchAgreements`, page by page (a `[pages]` operation)."""
    @overload
    def search_agreements_items(self, input: SearchAgreementsInput, /) -> Iterator[Agreement]: ...
    @overload
    def search_agreements_items(self, *, catalog: str | None = ..., filters: list[AgreementFilter] = ..., sort: JsonValue | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> Iterator[Agreement]:
        """`SearchAgreements`, item by item across every page."""
    @overload
    def send_agreement_cancellation_request(self, input: SendAgreementCancellationRequestInput, /) -> CancellationRequest: ...
    @overload
    def send_agreement_cancellation_request(self, *, agreement_id: str, reason_code: CancellationReasonCode, client_token: str | None = ..., description: str | None = ...) -> CancellationRequest:
        """`SendAgreementCancellationRequest`: the seller asks the buyer to agree to cancel."""
    @overload
    def send_agreement_payment_request(self, input: SendAgreementPaymentRequestInput, /) -> PaymentRequest: ...
    @overload
    def send_agreement_payment_request(self, *, agreement_id: str, term_id: str, name: str, charge_amount: str, description: str | None = ..., client_token: str | None = ...) -> PaymentRequest:
        """`SendAgreementPaymentRequest`: the seller asks the buyer to pay under a variable payment term."""
    @overload
    def start_agreement_approvals(self, input: StartAgreementApprovalsInput, /) -> list[ApprovalSummary]: ...
    @overload
    def start_agreement_approvals(self, *, agreement_request_id: str, plan_inputs: list[ApprovalPlanInput] = ..., purchase_orders: list[ApprovalPurchaseOrder] = ...) -> list[ApprovalSummary]:
        """`StartAgreementApprovals`: ask the organization's administrators to approve a request."""
    @overload
    def update_purchase_orders(self, input: UpdatePurchaseOrdersInput, /) -> None: ...
    @overload
    def update_purchase_orders(self, *, purchase_orders: list[PurchaseOrder] = ...) -> None:
        """`UpdatePurchaseOrders`: set the purchase orders of charges."""
    def request_offer(self, offer_id: str, *, configuration: ContractConfiguration | None = ..., intent: RequestIntent | None = ..., source_agreement_id: str | None = ...) -> AgreementRequest:
        """Request an offer: its proposal and every term as Discovery shows them, with `configuration` for a
        contract the buyer configures; `intent` and `source_agreement_id` make it an amendment (upgrade)
        or a replacement. The request, with its charges."""
    def offer_request(self, offer_id: str, *, configuration: ContractConfiguration | None = ..., intent: RequestIntent | None = ..., source_agreement_id: str | None = ...) -> CreateAgreementRequestInput:
        """What `request_offer` sends, to adjust (estimated taxes, the acceptor contact) before
        `create_agreement_request`."""
    def accept_with_purchase_order(self, request: AgreementRequest, purchase_order: str) -> str:
        """Accept a request with one purchase order number for every charge; the new agreement's id."""
    def all(self, *, filters: list[AgreementFilter] | None = ...) -> list[Agreement]:
        """Every agreement matching `filters` (the caller as buyer unless a `PartyType` filter says
        otherwise), collected."""
    def start_approval(self, agreement_request_id: str, name: str) -> ApprovalSummary:
        """Ask the organization's administrators to approve an agreement request before it is accepted."""
    def approvals(self, *, admin: bool | None = ..., status: ApprovalStatus | None = ...) -> list[ApprovalSummary]:
        """Approvals the caller asked for, or (`admin`) is to decide as an organization administrator."""
    def decide_approval(self, agreement_approval_id: str, approve: bool, *, note: str | None = ...) -> None:
        """Approve (`approve=True`) or reject an approval, as the organization's management account or a
        delegated administrator."""
    def send_cancellation_request(self, agreement_id: str, reason_code: CancellationReasonCode, *, description: str | None = ...) -> CancellationRequest:
        """The seller asks the buyer to agree to cancel an agreement."""
    def answer_cancellation_request(self, agreement_id: str, request_id: str, accept: bool) -> CancellationRequest:
        """The buyer accepts (`accept=True`: the agreement is cancelled) or rejects a cancellation request."""
    def reject_cancellation_request(self, agreement_id: str, request_id: str, reason: str) -> CancellationRequest:
        """The buyer rejects a cancellation request, saying why; the agreement goes on."""
    def withdraw_cancellation_request(self, agreement_id: str, request_id: str, reason: str) -> CancellationRequest:
        """The seller withdraws a cancellation request the buyer has not answered."""
    def send_payment_request(self, agreement_id: str, term_id: str, name: str, amount: str, *, description: str | None = ...) -> PaymentRequest:
        """The seller asks the buyer to pay `amount` under the agreement's variable payment term `term_id`:
        VALIDATING, then PENDING_APPROVAL, or VALIDATION_FAILED past the term's maximum."""
    def payment_request(self, agreement_id: str, payment_request_id: str) -> PaymentRequest:
        """A payment request, as the seller or the buyer sees it."""
    def answer_payment_request(self, agreement_id: str, payment_request_id: str, approve: bool, *, purchase_order: str | None = ..., reason: str | None = ...) -> PaymentRequest:
        """The buyer approves a payment request (`approve=True`: charged at once, against `purchase_order`
        if given) or rejects it (with `reason`)."""
    def cancel_payment_request(self, agreement_id: str, payment_request_id: str) -> PaymentRequest:
        """The seller withdraws a payment request the buyer has not answered."""
    def payment_requests(self, *, as_seller: bool | None = ..., agreement_id: str | None = ...) -> list[PaymentRequest]:
        """Every payment request the caller sent (`as_seller`) or received, optionally of one agreement."""
    def invoices(self, agreement_id: str) -> list[InvoiceLineItemGroup]:
        """An agreement's invoices and credit memos, oldest first, all pages."""
    def acceptor_contact(self, agreement_id: str) -> AcceptorContact | None:
        """Who accepted an agreement (the seller reads it to reach the buyer); `None` when nobody is on
        record."""
    def renewals_due(self, window: float | datetime.timedelta) -> list[Agreement]:
        """Active agreements the caller bought whose term ends within `window` from now, soonest first."""
    def total_contract_value(self) -> dict[str, str]:
        """The total value of the caller's active agreements, per currency (`{"USD": "120000.00"}`)."""
    def charges_by_purchase_order(self) -> dict[str, list[Charge]]:
        """The caller's charges grouped by purchase order reference (charges without one under `""`)."""
    def upgrade(self, agreement_id: str, offer_id: str, configuration: ContractConfiguration) -> str:
        """Upgrade an agreement with an offer (more units or a higher tier), accepted at once; the new
        agreement's id."""
    def agreements(self, *, filters: list[AgreementFilter] | None = ...) -> Iterator[Agreement]:
        """Every agreement matching `filters` (the caller as buyer unless a `PartyType` filter says
        otherwise), page after page."""

@final
class AsyncAgreements:
    """AWS Marketplace Agreement: request an offer, accept it with purchase orders, and live with the agreement: terms, entitlements, charges, payment requests, invoices, approvals, upgrades and cancellation."""
    @overload
    async def accept_agreement_approval(self, input: AcceptAgreementApprovalInput, /) -> None: ...
    @overload
    async def accept_agreement_approval(self, *, buyer_agreement_approval_approver_input: ApproverInput) -> None:
        """`AcceptAgreementApproval`: an organization administrator approves an agreement request."""
    @overload
    async def accept_agreement_cancellation_request(self, input: AcceptAgreementCancellationRequestInput, /) -> CancellationRequest: ...
    @overload
    async def accept_agreement_cancellation_request(self, *, agreement_id: str, agreement_cancellation_request_id: str) -> CancellationRequest:
        """`AcceptAgreementCancellationRequest`: the buyer agrees to cancel; the agreement ends."""
    @overload
    async def accept_agreement_payment_request(self, input: AcceptAgreementPaymentRequestInput, /) -> PaymentRequest: ...
    @overload
    async def accept_agreement_payment_request(self, *, payment_request_id: str, agreement_id: str, purchase_order_reference: str | None = ...) -> PaymentRequest:
        """`AcceptAgreementPaymentRequest`: the buyer approves a payment request; it is charged."""
    @overload
    async def accept_agreement_request(self, input: AcceptAgreementRequestInput, /) -> str: ...
    @overload
    async def accept_agreement_request(self, *, agreement_request_id: str, purchase_orders: list[PurchaseOrder] = ...) -> str:
        """`AcceptAgreementRequest`: the agreement is made; its id."""
    @overload
    async def batch_create_billing_adjustment_request(self, input: BatchCreateBillingAdjustmentRequestInput, /) -> BatchCreateBillingAdjustmentRequestOutput: ...
    @overload
    async def batch_create_billing_adjustment_request(self, *, billing_adjustment_request_entries: list[BillingAdjustmentEntry] = ...) -> BatchCreateBillingAdjustmentRequestOutput:
        """`BatchCreateBillingAdjustmentRequest`: the seller refunds invoiced charges."""
    @overload
    async def cancel_agreement(self, input: CancelAgreementInput, /) -> None: ...
    @overload
    async def cancel_agreement(self, *, agreement_id: str) -> None:
        """`CancelAgreement`."""
    @overload
    async def cancel_agreement_cancellation_request(self, input: CancelAgreementCancellationRequestInput, /) -> CancellationRequest: ...
    @overload
    async def cancel_agreement_cancellation_request(self, *, agreement_id: str, agreement_cancellation_request_id: str, cancellation_reason: str) -> CancellationRequest:
        """`CancelAgreementCancellationRequest`: the seller withdraws a cancellation request."""
    @overload
    async def cancel_agreement_payment_request(self, input: CancelAgreementPaymentRequestInput, /) -> PaymentRequest: ...
    @overload
    async def cancel_agreement_payment_request(self, *, payment_request_id: str, agreement_id: str) -> PaymentRequest:
        """`CancelAgreementPaymentRequest`: the seller withdraws a payment request."""
    @overload
    async def cancel_agreement_request(self, input: CancelAgreementRequestInput, /) -> None: ...
    @overload
    async def cancel_agreement_request(self, *, agreement_request_id: str) -> None:
        """`CancelAgreementRequest`: the buyer withdraws a request not yet accepted."""
    @overload
    async def create_agreement_request(self, input: CreateAgreementRequestInput, /) -> AgreementRequest: ...
    @overload
    async def create_agreement_request(self, *, client_token: str | None = ..., intent: RequestIntent, requested_terms: list[RequestedTerm] = ..., source_agreement_identifier: str | None = ..., agreement_proposal_identifier: str | None = ..., tax_configuration: TaxConfiguration | None = ..., acceptor_contact: AcceptorContact | None = ...) -> AgreementRequest:
        """`CreateAgreementRequest`: a quote for an offer (or an amendment or replacement)."""
    @overload
    async def describe_agreement(self, input: DescribeAgreementInput, /) -> Agreement: ...
    @overload
    async def describe_agreement(self, *, agreement_id: str) -> Agreement:
        """`DescribeAgreement`."""
    @overload
    async def get_agreement_approval(self, input: GetAgreementApprovalInput, /) -> BuyerApproval: ...
    @overload
    async def get_agreement_approval(self, *, agreement_approval_id: str) -> BuyerApproval:
        """`GetAgreementApproval`."""
    @overload
    async def get_agreement_cancellation_request(self, input: GetAgreementCancellationRequestInput, /) -> CancellationRequest: ...
    @overload
    async def get_agreement_cancellation_request(self, *, agreement_id: str, agreement_cancellation_request_id: str) -> CancellationRequest:
        """`GetAgreementCancellationRequest`."""
    @overload
    async def get_agreement_contacts(self, input: GetAgreementContactsInput, /) -> GetAgreementContactsOutput: ...
    @overload
    async def get_agreement_contacts(self, *, agreement_id: str) -> GetAgreementContactsOutput:
        """`GetAgreementContacts`: who accepted the agreement."""
    @overload
    async def get_agreement_entitlements(self, input: GetAgreementEntitlementsInput, /) -> GetAgreementEntitlementsOutput: ...
    @overload
    async def get_agreement_entitlements(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementEntitlementsOutput:
        """`GetAgreementEntitlements`: one page."""
    @overload
    def get_agreement_entitlements_pages(self, input: GetAgreementEntitlementsInput, /) -> AsyncIterator[GetAgreementEntitlementsOutput]: ...
    @overload
    def get_agreement_entitlements_pages(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[GetAgreementEntitlementsOutput]:
        """`GetAgreementEntitlements`, page by page (a `[pages]` operation)."""
    @overload
    def get_agreement_entitlements_items(self, input: GetAgreementEntitlementsInput, /) -> AsyncIterator[AgreementEntitlement]: ...
    @overload
    def get_agreement_entitlements_items(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[AgreementEntitlement]:
        """`GetAgreementEntitlements`, item by item across every page."""
    @overload
    async def get_agreement_payment_request(self, input: GetAgreementPaymentRequestInput, /) -> PaymentRequest: ...
    @overload
    async def get_agreement_payment_request(self, *, payment_request_id: str, agreement_id: str) -> PaymentRequest:
        """`GetAgreementPaymentRequest`."""
    @overload
    async def get_agreement_request(self, input: GetAgreementRequestInput, /) -> AgreementRequestDetail: ...
    @overload
    async def get_agreement_request(self, *, agreement_request_id: str) -> AgreementRequestDetail:
        """`GetAgreementRequest`: a request with its intent, proposer and proposal."""
    @overload
    async def get_agreement_request_approval_plans(self, input: GetAgreementRequestApprovalPlansInput, /) -> GetAgreementRequestApprovalPlansOutput: ...
    @overload
    async def get_agreement_request_approval_plans(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementRequestApprovalPlansOutput:
        """`GetAgreementRequestApprovalPlans`: the plans that can approve a request."""
    @overload
    def get_agreement_request_approval_plans_pages(self, input: GetAgreementRequestApprovalPlansInput, /) -> AsyncIterator[GetAgreementRequestApprovalPlansOutput]: ...
    @overload
    def get_agreement_request_approval_plans_pages(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[GetAgreementRequestApprovalPlansOutput]:
        """`GetAgreementRequestApprovalPlans`, page by page (a `[pages]` operation)."""
    @overload
    def get_agreement_request_approval_plans_items(self, input: GetAgreementRequestApprovalPlansInput, /) -> AsyncIterator[ApprovalPlan]: ...
    @overload
    def get_agreement_request_approval_plans_items(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ApprovalPlan]:
        """`GetAgreementRequestApprovalPlans`, item by item across every page."""
    @overload
    async def get_agreement_request_terms(self, input: GetAgreementRequestTermsInput, /) -> GetAgreementRequestTermsOutput: ...
    @overload
    async def get_agreement_request_terms(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementRequestTermsOutput:
        """`GetAgreementRequestTerms`: one page of the terms a request asks for."""
    @overload
    def get_agreement_request_terms_pages(self, input: GetAgreementRequestTermsInput, /) -> AsyncIterator[GetAgreementRequestTermsOutput]: ...
    @overload
    def get_agreement_request_terms_pages(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[GetAgreementRequestTermsOutput]:
        """`GetAgreementRequestTerms`, page by page (a `[pages]` operation)."""
    @overload
    def get_agreement_request_terms_items(self, input: GetAgreementRequestTermsInput, /) -> AsyncIterator[dict[str, JsonValue]]: ...
    @overload
    def get_agreement_request_terms_items(self, *, agreement_request_id: str, max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[dict[str, JsonValue]]:
        """`GetAgreementRequestTerms`, item by item across every page."""
    @overload
    async def get_agreement_terms(self, input: GetAgreementTermsInput, /) -> GetAgreementTermsOutput: ...
    @overload
    async def get_agreement_terms(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> GetAgreementTermsOutput:
        """`GetAgreementTerms`: one page."""
    @overload
    def get_agreement_terms_pages(self, input: GetAgreementTermsInput, /) -> AsyncIterator[GetAgreementTermsOutput]: ...
    @overload
    def get_agreement_terms_pages(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[GetAgreementTermsOutput]:
        """`GetAgreementTerms`, page by page (a `[pages]` operation)."""
    @overload
    def get_agreement_terms_items(self, input: GetAgreementTermsInput, /) -> AsyncIterator[dict[str, JsonValue]]: ...
    @overload
    def get_agreement_terms_items(self, *, agreement_id: str, max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[dict[str, JsonValue]]:
        """`GetAgreementTerms`, item by item across every page."""
    @overload
    async def get_billing_adjustment_request(self, input: GetBillingAdjustmentRequestInput, /) -> BillingAdjustment: ...
    @overload
    async def get_billing_adjustment_request(self, *, agreement_id: str, billing_adjustment_request_id: str) -> BillingAdjustment:
        """`GetBillingAdjustmentRequest`."""
    @overload
    async def list_agreement_approvals(self, input: ListAgreementApprovalsInput, /) -> ListAgreementApprovalsOutput: ...
    @overload
    async def list_agreement_approvals(self, *, party_type: ApprovalPartyType, catalog: str | None = ..., agreement_request_id: str | None = ..., approval_type: str | None = ..., status: ApprovalStatus | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementApprovalsOutput:
        """`ListAgreementApprovals`: one page."""
    @overload
    def list_agreement_approvals_pages(self, input: ListAgreementApprovalsInput, /) -> AsyncIterator[ListAgreementApprovalsOutput]: ...
    @overload
    def list_agreement_approvals_pages(self, *, party_type: ApprovalPartyType, catalog: str | None = ..., agreement_request_id: str | None = ..., approval_type: str | None = ..., status: ApprovalStatus | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListAgreementApprovalsOutput]:
        """`ListAgreementApprovals`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_approvals_items(self, input: ListAgreementApprovalsInput, /) -> AsyncIterator[ApprovalSummary]: ...
    @overload
    def list_agreement_approvals_items(self, *, party_type: ApprovalPartyType, catalog: str | None = ..., agreement_request_id: str | None = ..., approval_type: str | None = ..., status: ApprovalStatus | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ApprovalSummary]:
        """`ListAgreementApprovals`, item by item across every page."""
    @overload
    async def list_agreement_cancellation_requests(self, input: ListAgreementCancellationRequestsInput, /) -> ListAgreementCancellationRequestsOutput: ...
    @overload
    async def list_agreement_cancellation_requests(self, *, party_type: str, agreement_id: str | None = ..., status: ApprovalStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementCancellationRequestsOutput:
        """`ListAgreementCancellationRequests`: one page."""
    @overload
    def list_agreement_cancellation_requests_pages(self, input: ListAgreementCancellationRequestsInput, /) -> AsyncIterator[ListAgreementCancellationRequestsOutput]: ...
    @overload
    def list_agreement_cancellation_requests_pages(self, *, party_type: str, agreement_id: str | None = ..., status: ApprovalStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListAgreementCancellationRequestsOutput]:
        """`ListAgreementCancellationRequests`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_cancellation_requests_items(self, input: ListAgreementCancellationRequestsInput, /) -> AsyncIterator[CancellationRequest]: ...
    @overload
    def list_agreement_cancellation_requests_items(self, *, party_type: str, agreement_id: str | None = ..., status: ApprovalStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[CancellationRequest]:
        """`ListAgreementCancellationRequests`, item by item across every page."""
    @overload
    async def list_agreement_charges(self, input: ListAgreementChargesInput, /) -> ListAgreementChargesOutput: ...
    @overload
    async def list_agreement_charges(self, *, catalog: str | None = ..., agreement_id: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementChargesOutput:
        """`ListAgreementCharges`: one page."""
    @overload
    def list_agreement_charges_pages(self, input: ListAgreementChargesInput, /) -> AsyncIterator[ListAgreementChargesOutput]: ...
    @overload
    def list_agreement_charges_pages(self, *, catalog: str | None = ..., agreement_id: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListAgreementChargesOutput]:
        """`ListAgreementCharges`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_charges_items(self, input: ListAgreementChargesInput, /) -> AsyncIterator[Charge]: ...
    @overload
    def list_agreement_charges_items(self, *, catalog: str | None = ..., agreement_id: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[Charge]:
        """`ListAgreementCharges`, item by item across every page."""
    @overload
    async def list_agreement_invoice_line_items(self, input: ListAgreementInvoiceLineItemsInput, /) -> ListAgreementInvoiceLineItemsOutput: ...
    @overload
    async def list_agreement_invoice_line_items(self, *, agreement_id: str, group_by: str, invoice_id: str | None = ..., invoice_type: str | None = ..., invoice_billing_period: InvoiceBillingPeriod | None = ..., before_issued_time: datetime.datetime | None = ..., after_issued_time: datetime.datetime | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementInvoiceLineItemsOutput:
        """`ListAgreementInvoiceLineItems`: one page of invoices and credit memos."""
    @overload
    def list_agreement_invoice_line_items_pages(self, input: ListAgreementInvoiceLineItemsInput, /) -> AsyncIterator[ListAgreementInvoiceLineItemsOutput]: ...
    @overload
    def list_agreement_invoice_line_items_pages(self, *, agreement_id: str, group_by: str, invoice_id: str | None = ..., invoice_type: str | None = ..., invoice_billing_period: InvoiceBillingPeriod | None = ..., before_issued_time: datetime.datetime | None = ..., after_issued_time: datetime.datetime | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListAgreementInvoiceLineItemsOutput]:
        """`ListAgreementInvoiceLineItems`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_invoice_line_items_items(self, input: ListAgreementInvoiceLineItemsInput, /) -> AsyncIterator[InvoiceLineItemGroup]: ...
    @overload
    def list_agreement_invoice_line_items_items(self, *, agreement_id: str, group_by: str, invoice_id: str | None = ..., invoice_type: str | None = ..., invoice_billing_period: InvoiceBillingPeriod | None = ..., before_issued_time: datetime.datetime | None = ..., after_issued_time: datetime.datetime | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[InvoiceLineItemGroup]:
        """`ListAgreementInvoiceLineItems`, item by item across every page."""
    @overload
    async def list_agreement_payment_requests(self, input: ListAgreementPaymentRequestsInput, /) -> ListAgreementPaymentRequestsOutput: ...
    @overload
    async def list_agreement_payment_requests(self, *, party_type: str, agreement_id: str | None = ..., status: PaymentRequestStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementPaymentRequestsOutput:
        """`ListAgreementPaymentRequests`: one page."""
    @overload
    def list_agreement_payment_requests_pages(self, input: ListAgreementPaymentRequestsInput, /) -> AsyncIterator[ListAgreementPaymentRequestsOutput]: ...
    @overload
    def list_agreement_payment_requests_pages(self, *, party_type: str, agreement_id: str | None = ..., status: PaymentRequestStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListAgreementPaymentRequestsOutput]:
        """`ListAgreementPaymentRequests`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_payment_requests_items(self, input: ListAgreementPaymentRequestsInput, /) -> AsyncIterator[PaymentRequest]: ...
    @overload
    def list_agreement_payment_requests_items(self, *, party_type: str, agreement_id: str | None = ..., status: PaymentRequestStatus | None = ..., agreement_type: str | None = ..., catalog: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[PaymentRequest]:
        """`ListAgreementPaymentRequests`, item by item across every page."""
    @overload
    async def list_agreement_requests(self, input: ListAgreementRequestsInput, /) -> ListAgreementRequestsOutput: ...
    @overload
    async def list_agreement_requests(self, *, catalog: str | None = ..., status: AgreementRequestStatus | None = ..., resource_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListAgreementRequestsOutput:
        """`ListAgreementRequests`: one page of the caller's requests."""
    @overload
    def list_agreement_requests_pages(self, input: ListAgreementRequestsInput, /) -> AsyncIterator[ListAgreementRequestsOutput]: ...
    @overload
    def list_agreement_requests_pages(self, *, catalog: str | None = ..., status: AgreementRequestStatus | None = ..., resource_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListAgreementRequestsOutput]:
        """`ListAgreementRequests`, page by page (a `[pages]` operation)."""
    @overload
    def list_agreement_requests_items(self, input: ListAgreementRequestsInput, /) -> AsyncIterator[AgreementRequestSummary]: ...
    @overload
    def list_agreement_requests_items(self, *, catalog: str | None = ..., status: AgreementRequestStatus | None = ..., resource_id: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[AgreementRequestSummary]:
        """`ListAgreementRequests`, item by item across every page."""
    @overload
    async def list_billing_adjustment_requests(self, input: ListBillingAdjustmentRequestsInput, /) -> ListBillingAdjustmentRequestsOutput: ...
    @overload
    async def list_billing_adjustment_requests(self, *, agreement_id: str | None = ..., status: BillingAdjustmentStatus | None = ..., created_after: datetime.datetime | None = ..., created_before: datetime.datetime | None = ..., catalog: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> ListBillingAdjustmentRequestsOutput:
        """`ListBillingAdjustmentRequests`: one page."""
    @overload
    def list_billing_adjustment_requests_pages(self, input: ListBillingAdjustmentRequestsInput, /) -> AsyncIterator[ListBillingAdjustmentRequestsOutput]: ...
    @overload
    def list_billing_adjustment_requests_pages(self, *, agreement_id: str | None = ..., status: BillingAdjustmentStatus | None = ..., created_after: datetime.datetime | None = ..., created_before: datetime.datetime | None = ..., catalog: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[ListBillingAdjustmentRequestsOutput]:
        """`ListBillingAdjustmentRequests`, page by page (a `[pages]` operation)."""
    @overload
    def list_billing_adjustment_requests_items(self, input: ListBillingAdjustmentRequestsInput, /) -> AsyncIterator[BillingAdjustment]: ...
    @overload
    def list_billing_adjustment_requests_items(self, *, agreement_id: str | None = ..., status: BillingAdjustmentStatus | None = ..., created_after: datetime.datetime | None = ..., created_before: datetime.datetime | None = ..., catalog: str | None = ..., agreement_type: str | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[BillingAdjustment]:
        """`ListBillingAdjustmentRequests`, item by item across every page."""
    @overload
    async def reject_agreement_approval(self, input: RejectAgreementApprovalInput, /) -> None: ...
    @overload
    async def reject_agreement_approval(self, *, buyer_agreement_approval_rejection_input: RejectionInput) -> None:
        """`RejectAgreementApproval`: an organization administrator rejects an agreement request."""
    @overload
    async def reject_agreement_cancellation_request(self, input: RejectAgreementCancellationRequestInput, /) -> CancellationRequest: ...
    @overload
    async def reject_agreement_cancellation_request(self, *, agreement_id: str, agreement_cancellation_request_id: str, rejection_reason: str) -> CancellationRequest:
        """`RejectAgreementCancellationRequest`: the buyer keeps the agreement."""
    @overload
    async def reject_agreement_payment_request(self, input: RejectAgreementPaymentRequestInput, /) -> PaymentRequest: ...
    @overload
    async def reject_agreement_payment_request(self, *, payment_request_id: str, agreement_id: str, rejection_reason: str | None = ...) -> PaymentRequest:
        """`RejectAgreementPaymentRequest`: the buyer refuses a payment request."""
    @overload
    async def search_agreements(self, input: SearchAgreementsInput, /) -> SearchAgreementsOutput: ...
    @overload
    async def search_agreements(self, *, catalog: str | None = ..., filters: list[AgreementFilter] = ..., sort: JsonValue | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> SearchAgreementsOutput:
        """`SearchAgreements`: one page."""
    @overload
    def search_agreements_pages(self, input: SearchAgreementsInput, /) -> AsyncIterator[SearchAgreementsOutput]: ...
    @overload
    def search_agreements_pages(self, *, catalog: str | None = ..., filters: list[AgreementFilter] = ..., sort: JsonValue | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[SearchAgreementsOutput]:
        """`SearchAgreements`, page by page (a `[pages]` operation)."""
    @overload
    def search_agreements_items(self, input: SearchAgreementsInput, /) -> AsyncIterator[Agreement]: ...
    @overload
    def search_agreements_items(self, *, catalog: str | None = ..., filters: list[AgreementFilter] = ..., sort: JsonValue | None = ..., max_results: int | None = ..., next_token: str | None = ...) -> AsyncIterator[Agreement]:
        """`SearchAgreements`, item by item across every page."""
    @overload
    async def send_agreement_cancellation_request(self, input: SendAgreementCancellationRequestInput, /) -> CancellationRequest: ...
    @overload
    async def send_agreement_cancellation_request(self, *, agreement_id: str, reason_code: CancellationReasonCode, client_token: str | None = ..., description: str | None = ...) -> CancellationRequest:
        """`SendAgreementCancellationRequest`: the seller asks the buyer to agree to cancel."""
    @overload
    async def send_agreement_payment_request(self, input: SendAgreementPaymentRequestInput, /) -> PaymentRequest: ...
    @overload
    async def send_agreement_payment_request(self, *, agreement_id: str, term_id: str, name: str, charge_amount: str, description: str | None = ..., client_token: str | None = ...) -> PaymentRequest:
        """`SendAgreementPaymentRequest`: the seller asks the buyer to pay under a variable payment term."""
    @overload
    async def start_agreement_approvals(self, input: StartAgreementApprovalsInput, /) -> list[ApprovalSummary]: ...
    @overload
    async def start_agreement_approvals(self, *, agreement_request_id: str, plan_inputs: list[ApprovalPlanInput] = ..., purchase_orders: list[ApprovalPurchaseOrder] = ...) -> list[ApprovalSummary]:
        """`StartAgreementApprovals`: ask the organization's administrators to approve a request."""
    @overload
    async def update_purchase_orders(self, input: UpdatePurchaseOrdersInput, /) -> None: ...
    @overload
    async def update_purchase_orders(self, *, purchase_orders: list[PurchaseOrder] = ...) -> None:
        """`UpdatePurchaseOrders`: set the purchase orders of charges."""
    async def request_offer(self, offer_id: str, *, configuration: ContractConfiguration | None = ..., intent: RequestIntent | None = ..., source_agreement_id: str | None = ...) -> AgreementRequest:
        """Request an offer: its proposal and every term as Discovery shows them, with `configuration` for a
        contract the buyer configures; `intent` and `source_agreement_id` make it an amendment (upgrade)
        or a replacement. The request, with its charges."""
    async def offer_request(self, offer_id: str, *, configuration: ContractConfiguration | None = ..., intent: RequestIntent | None = ..., source_agreement_id: str | None = ...) -> CreateAgreementRequestInput:
        """What `request_offer` sends, to adjust (estimated taxes, the acceptor contact) before
        `create_agreement_request`."""
    async def accept_with_purchase_order(self, request: AgreementRequest, purchase_order: str) -> str:
        """Accept a request with one purchase order number for every charge; the new agreement's id."""
    async def all(self, *, filters: list[AgreementFilter] | None = ...) -> list[Agreement]:
        """Every agreement matching `filters` (the caller as buyer unless a `PartyType` filter says
        otherwise), collected."""
    async def start_approval(self, agreement_request_id: str, name: str) -> ApprovalSummary:
        """Ask the organization's administrators to approve an agreement request before it is accepted."""
    async def approvals(self, *, admin: bool | None = ..., status: ApprovalStatus | None = ...) -> list[ApprovalSummary]:
        """Approvals the caller asked for, or (`admin`) is to decide as an organization administrator."""
    async def decide_approval(self, agreement_approval_id: str, approve: bool, *, note: str | None = ...) -> None:
        """Approve (`approve=True`) or reject an approval, as the organization's management account or a
        delegated administrator."""
    async def send_cancellation_request(self, agreement_id: str, reason_code: CancellationReasonCode, *, description: str | None = ...) -> CancellationRequest:
        """The seller asks the buyer to agree to cancel an agreement."""
    async def answer_cancellation_request(self, agreement_id: str, request_id: str, accept: bool) -> CancellationRequest:
        """The buyer accepts (`accept=True`: the agreement is cancelled) or rejects a cancellation request."""
    async def reject_cancellation_request(self, agreement_id: str, request_id: str, reason: str) -> CancellationRequest:
        """The buyer rejects a cancellation request, saying why; the agreement goes on."""
    async def withdraw_cancellation_request(self, agreement_id: str, request_id: str, reason: str) -> CancellationRequest:
        """The seller withdraws a cancellation request the buyer has not answered."""
    async def send_payment_request(self, agreement_id: str, term_id: str, name: str, amount: str, *, description: str | None = ...) -> PaymentRequest:
        """The seller asks the buyer to pay `amount` under the agreement's variable payment term `term_id`:
        VALIDATING, then PENDING_APPROVAL, or VALIDATION_FAILED past the term's maximum."""
    async def payment_request(self, agreement_id: str, payment_request_id: str) -> PaymentRequest:
        """A payment request, as the seller or the buyer sees it."""
    async def answer_payment_request(self, agreement_id: str, payment_request_id: str, approve: bool, *, purchase_order: str | None = ..., reason: str | None = ...) -> PaymentRequest:
        """The buyer approves a payment request (`approve=True`: charged at once, against `purchase_order`
        if given) or rejects it (with `reason`)."""
    async def cancel_payment_request(self, agreement_id: str, payment_request_id: str) -> PaymentRequest:
        """The seller withdraws a payment request the buyer has not answered."""
    async def payment_requests(self, *, as_seller: bool | None = ..., agreement_id: str | None = ...) -> list[PaymentRequest]:
        """Every payment request the caller sent (`as_seller`) or received, optionally of one agreement."""
    async def invoices(self, agreement_id: str) -> list[InvoiceLineItemGroup]:
        """An agreement's invoices and credit memos, oldest first, all pages."""
    async def acceptor_contact(self, agreement_id: str) -> AcceptorContact | None:
        """Who accepted an agreement (the seller reads it to reach the buyer); `None` when nobody is on
        record."""
    async def renewals_due(self, window: float | datetime.timedelta) -> list[Agreement]:
        """Active agreements the caller bought whose term ends within `window` from now, soonest first."""
    async def total_contract_value(self) -> dict[str, str]:
        """The total value of the caller's active agreements, per currency (`{"USD": "120000.00"}`)."""
    async def charges_by_purchase_order(self) -> dict[str, list[Charge]]:
        """The caller's charges grouped by purchase order reference (charges without one under `""`)."""
    async def upgrade(self, agreement_id: str, offer_id: str, configuration: ContractConfiguration) -> str:
        """Upgrade an agreement with an offer (more units or a higher tier), accepted at once; the new
        agreement's id."""
    def agreements(self, *, filters: list[AgreementFilter] | None = ...) -> AsyncIterator[Agreement]:
        """Every agreement matching `filters` (the caller as buyer unless a `PartyType` filter says
        otherwise), page after page."""

@final
class Organizations:
    """AWS Organizations, the read side: the organization, its accounts, roots, organizational units, policies, tags, trusted services and delegated administrators."""
    @overload
    def describe_organization(self, input: DescribeOrganizationInput, /) -> Organization: ...
    @overload
    def describe_organization(self) -> Organization:
        """`DescribeOrganization`: the caller's organization (any member may ask)."""
    @overload
    def list_accounts(self, input: ListAccountsInput, /) -> ListAccountsOutput: ...
    @overload
    def list_accounts(self, *, next_token: str | None = ..., max_results: int | None = ...) -> ListAccountsOutput:
        """`ListAccounts`: one page of the organization's accounts (management account or delegated
        administrator)."""
    @overload
    def list_accounts_pages(self, input: ListAccountsInput, /) -> Iterator[ListAccountsOutput]: ...
    @overload
    def list_accounts_pages(self, *, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[ListAccountsOutput]:
        """`ListAccounts`, page by page (a `[pages]` operation)."""
    @overload
    def list_accounts_items(self, input: ListAccountsInput, /) -> Iterator[OrganizationAccount]: ...
    @overload
    def list_accounts_items(self, *, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[OrganizationAccount]:
        """`ListAccounts`, item by item across every page."""
    @overload
    def describe_account(self, input: DescribeAccountInput, /) -> OrganizationAccount: ...
    @overload
    def describe_account(self, *, account_id: str) -> OrganizationAccount:
        """`DescribeAccount`: one account of the organization."""
    @overload
    def list_roots(self, input: ListRootsInput, /) -> ListRootsOutput: ...
    @overload
    def list_roots(self, *, next_token: str | None = ..., max_results: int | None = ...) -> ListRootsOutput:
        """`ListRoots`: the organization's root."""
    @overload
    def list_roots_pages(self, input: ListRootsInput, /) -> Iterator[ListRootsOutput]: ...
    @overload
    def list_roots_pages(self, *, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[ListRootsOutput]:
        """`ListRoots`, page by page (a `[pages]` operation)."""
    @overload
    def list_roots_items(self, input: ListRootsInput, /) -> Iterator[Root]: ...
    @overload
    def list_roots_items(self, *, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[Root]:
        """`ListRoots`, item by item across every page."""
    @overload
    def list_organizational_units_for_parent(self, input: ListOrganizationalUnitsForParentInput, /) -> ListOrganizationalUnitsForParentOutput: ...
    @overload
    def list_organizational_units_for_parent(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> ListOrganizationalUnitsForParentOutput:
        """`ListOrganizationalUnitsForParent`: one page of the organizational units directly under a parent."""
    @overload
    def list_organizational_units_for_parent_pages(self, input: ListOrganizationalUnitsForParentInput, /) -> Iterator[ListOrganizationalUnitsForParentOutput]: ...
    @overload
    def list_organizational_units_for_parent_pages(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[ListOrganizationalUnitsForParentOutput]:
        """`ListOrganizationalUnitsForParent`, page by page (a `[pages]` operation)."""
    @overload
    def list_organizational_units_for_parent_items(self, input: ListOrganizationalUnitsForParentInput, /) -> Iterator[OrganizationalUnit]: ...
    @overload
    def list_organizational_units_for_parent_items(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[OrganizationalUnit]:
        """`ListOrganizationalUnitsForParent`, item by item across every page."""
    @overload
    def list_accounts_for_parent(self, input: ListAccountsForParentInput, /) -> ListAccountsOutput: ...
    @overload
    def list_accounts_for_parent(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> ListAccountsOutput:
        """`ListAccountsForParent`: one page of the accounts directly under a parent."""
    @overload
    def list_accounts_for_parent_pages(self, input: ListAccountsForParentInput, /) -> Iterator[ListAccountsOutput]: ...
    @overload
    def list_accounts_for_parent_pages(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[ListAccountsOutput]:
        """`ListAccountsForParent`, page by page (a `[pages]` operation)."""
    @overload
    def list_accounts_for_parent_items(self, input: ListAccountsForParentInput, /) -> Iterator[OrganizationAccount]: ...
    @overload
    def list_accounts_for_parent_items(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[OrganizationAccount]:
        """`ListAccountsForParent`, item by item across every page."""
    @overload
    def list_parents(self, input: ListParentsInput, /) -> ListParentsOutput: ...
    @overload
    def list_parents(self, *, child_id: str, next_token: str | None = ..., max_results: int | None = ...) -> ListParentsOutput:
        """`ListParents`: the parent of an account or organizational unit."""
    @overload
    def list_parents_pages(self, input: ListParentsInput, /) -> Iterator[ListParentsOutput]: ...
    @overload
    def list_parents_pages(self, *, child_id: str, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[ListParentsOutput]:
        """`ListParents`, page by page (a `[pages]` operation)."""
    @overload
    def list_parents_items(self, input: ListParentsInput, /) -> Iterator[OrganizationParent]: ...
    @overload
    def list_parents_items(self, *, child_id: str, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[OrganizationParent]:
        """`ListParents`, item by item across every page."""
    @overload
    def list_children(self, input: ListChildrenInput, /) -> ListChildrenOutput: ...
    @overload
    def list_children(self, *, parent_id: str, child_type: ChildType, next_token: str | None = ..., max_results: int | None = ...) -> ListChildrenOutput:
        """`ListChildren`: one page of the accounts or organizational units directly under a parent."""
    @overload
    def list_children_pages(self, input: ListChildrenInput, /) -> Iterator[ListChildrenOutput]: ...
    @overload
    def list_children_pages(self, *, parent_id: str, child_type: ChildType, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[ListChildrenOutput]:
        """`ListChildren`, page by page (a `[pages]` operation)."""
    @overload
    def list_children_items(self, input: ListChildrenInput, /) -> Iterator[OrganizationChild]: ...
    @overload
    def list_children_items(self, *, parent_id: str, child_type: ChildType, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[OrganizationChild]:
        """`ListChildren`, item by item across every page."""
    @overload
    def list_policies_for_target(self, input: ListPoliciesForTargetInput, /) -> ListPoliciesForTargetOutput: ...
    @overload
    def list_policies_for_target(self, *, target_id: str, filter: PolicyType, next_token: str | None = ..., max_results: int | None = ...) -> ListPoliciesForTargetOutput:
        """`ListPoliciesForTarget`: one page of the policies of a type attached directly to a target."""
    @overload
    def list_policies_for_target_pages(self, input: ListPoliciesForTargetInput, /) -> Iterator[ListPoliciesForTargetOutput]: ...
    @overload
    def list_policies_for_target_pages(self, *, target_id: str, filter: PolicyType, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[ListPoliciesForTargetOutput]:
        """`ListPoliciesForTarget`, page by page (a `[pages]` operation)."""
    @overload
    def list_policies_for_target_items(self, input: ListPoliciesForTargetInput, /) -> Iterator[PolicySummary]: ...
    @overload
    def list_policies_for_target_items(self, *, target_id: str, filter: PolicyType, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[PolicySummary]:
        """`ListPoliciesForTarget`, item by item across every page."""
    @overload
    def describe_policy(self, input: DescribePolicyInput, /) -> Policy: ...
    @overload
    def describe_policy(self, *, policy_id: str) -> Policy:
        """`DescribePolicy`: a policy and its content."""
    @overload
    def list_tags_for_resource(self, input: ListOrganizationTagsInput, /) -> ListOrganizationTagsOutput: ...
    @overload
    def list_tags_for_resource(self, *, resource_id: str, next_token: str | None = ...) -> ListOrganizationTagsOutput:
        """`ListTagsForResource`: one page of an account's, unit's, root's or policy's tags."""
    @overload
    def list_tags_for_resource_pages(self, input: ListOrganizationTagsInput, /) -> Iterator[ListOrganizationTagsOutput]: ...
    @overload
    def list_tags_for_resource_pages(self, *, resource_id: str, next_token: str | None = ...) -> Iterator[ListOrganizationTagsOutput]:
        """`ListTagsForResource`, page by page (a `[pages]` operation)."""
    @overload
    def list_tags_for_resource_items(self, input: ListOrganizationTagsInput, /) -> Iterator[Tag]: ...
    @overload
    def list_tags_for_resource_items(self, *, resource_id: str, next_token: str | None = ...) -> Iterator[Tag]:
        """`ListTagsForResource`, item by item across every page."""
    @overload
    def list_aws_service_access_for_organization(self, input: ListAwsServiceAccessForOrganizationInput, /) -> ListAwsServiceAccessForOrganizationOutput: ...
    @overload
    def list_aws_service_access_for_organization(self, *, next_token: str | None = ..., max_results: int | None = ...) -> ListAwsServiceAccessForOrganizationOutput:
        """`ListAWSServiceAccessForOrganization`: one page of the services with trusted access."""
    @overload
    def list_aws_service_access_for_organization_pages(self, input: ListAwsServiceAccessForOrganizationInput, /) -> Iterator[ListAwsServiceAccessForOrganizationOutput]: ...
    @overload
    def list_aws_service_access_for_organization_pages(self, *, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[ListAwsServiceAccessForOrganizationOutput]:
        """`ListAWSServiceAccessForOrganization`, page by page (a `[pages]` operation)."""
    @overload
    def list_aws_service_access_for_organization_items(self, input: ListAwsServiceAccessForOrganizationInput, /) -> Iterator[EnabledServicePrincipal]: ...
    @overload
    def list_aws_service_access_for_organization_items(self, *, next_token: str | None = ..., max_results: int | None = ...) -> Iterator[EnabledServicePrincipal]:
        """`ListAWSServiceAccessForOrganization`, item by item across every page."""
    @overload
    def list_delegated_administrators(self, input: ListDelegatedAdministratorsInput, /) -> ListDelegatedAdministratorsOutput: ...
    @overload
    def list_delegated_administrators(self, *, service_principal: str | None = ..., next_token: str | None = ..., max_results: int | None = ...) -> ListDelegatedAdministratorsOutput:
        """`ListDelegatedAdministrators`: one page of the delegated administrators (of one service, if given)."""
    @overload
    def list_delegated_administrators_pages(self, input: ListDelegatedAdministratorsInput, /) -> Iterator[ListDelegatedAdministratorsOutput]: ...
    @overload
    def list_delegated_administrators_pages(self, *, service_principal: str | None = ..., next_token: str | None = ..., max_results: int | None = ...) -> Iterator[ListDelegatedAdministratorsOutput]:
        """`ListDelegatedAdministrators`, page by page (a `[pages]` operation)."""
    @overload
    def list_delegated_administrators_items(self, input: ListDelegatedAdministratorsInput, /) -> Iterator[DelegatedAdministrator]: ...
    @overload
    def list_delegated_administrators_items(self, *, service_principal: str | None = ..., next_token: str | None = ..., max_results: int | None = ...) -> Iterator[DelegatedAdministrator]:
        """`ListDelegatedAdministrators`, item by item across every page."""

@final
class AsyncOrganizations:
    """AWS Organizations, the read side: the organization, its accounts, roots, organizational units, policies, tags, trusted services and delegated administrators."""
    @overload
    async def describe_organization(self, input: DescribeOrganizationInput, /) -> Organization: ...
    @overload
    async def describe_organization(self) -> Organization:
        """`DescribeOrganization`: the caller's organization (any member may ask)."""
    @overload
    async def list_accounts(self, input: ListAccountsInput, /) -> ListAccountsOutput: ...
    @overload
    async def list_accounts(self, *, next_token: str | None = ..., max_results: int | None = ...) -> ListAccountsOutput:
        """`ListAccounts`: one page of the organization's accounts (management account or delegated
        administrator)."""
    @overload
    def list_accounts_pages(self, input: ListAccountsInput, /) -> AsyncIterator[ListAccountsOutput]: ...
    @overload
    def list_accounts_pages(self, *, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[ListAccountsOutput]:
        """`ListAccounts`, page by page (a `[pages]` operation)."""
    @overload
    def list_accounts_items(self, input: ListAccountsInput, /) -> AsyncIterator[OrganizationAccount]: ...
    @overload
    def list_accounts_items(self, *, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[OrganizationAccount]:
        """`ListAccounts`, item by item across every page."""
    @overload
    async def describe_account(self, input: DescribeAccountInput, /) -> OrganizationAccount: ...
    @overload
    async def describe_account(self, *, account_id: str) -> OrganizationAccount:
        """`DescribeAccount`: one account of the organization."""
    @overload
    async def list_roots(self, input: ListRootsInput, /) -> ListRootsOutput: ...
    @overload
    async def list_roots(self, *, next_token: str | None = ..., max_results: int | None = ...) -> ListRootsOutput:
        """`ListRoots`: the organization's root."""
    @overload
    def list_roots_pages(self, input: ListRootsInput, /) -> AsyncIterator[ListRootsOutput]: ...
    @overload
    def list_roots_pages(self, *, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[ListRootsOutput]:
        """`ListRoots`, page by page (a `[pages]` operation)."""
    @overload
    def list_roots_items(self, input: ListRootsInput, /) -> AsyncIterator[Root]: ...
    @overload
    def list_roots_items(self, *, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[Root]:
        """`ListRoots`, item by item across every page."""
    @overload
    async def list_organizational_units_for_parent(self, input: ListOrganizationalUnitsForParentInput, /) -> ListOrganizationalUnitsForParentOutput: ...
    @overload
    async def list_organizational_units_for_parent(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> ListOrganizationalUnitsForParentOutput:
        """`ListOrganizationalUnitsForParent`: one page of the organizational units directly under a parent."""
    @overload
    def list_organizational_units_for_parent_pages(self, input: ListOrganizationalUnitsForParentInput, /) -> AsyncIterator[ListOrganizationalUnitsForParentOutput]: ...
    @overload
    def list_organizational_units_for_parent_pages(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[ListOrganizationalUnitsForParentOutput]:
        """`ListOrganizationalUnitsForParent`, page by page (a `[pages]` operation)."""
    @overload
    def list_organizational_units_for_parent_items(self, input: ListOrganizationalUnitsForParentInput, /) -> AsyncIterator[OrganizationalUnit]: ...
    @overload
    def list_organizational_units_for_parent_items(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[OrganizationalUnit]:
        """`ListOrganizationalUnitsForParent`, item by item across every page."""
    @overload
    async def list_accounts_for_parent(self, input: ListAccountsForParentInput, /) -> ListAccountsOutput: ...
    @overload
    async def list_accounts_for_parent(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> ListAccountsOutput:
        """`ListAccountsForParent`: one page of the accounts directly under a parent."""
    @overload
    def list_accounts_for_parent_pages(self, input: ListAccountsForParentInput, /) -> AsyncIterator[ListAccountsOutput]: ...
    @overload
    def list_accounts_for_parent_pages(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[ListAccountsOutput]:
        """`ListAccountsForParent`, page by page (a `[pages]` operation)."""
    @overload
    def list_accounts_for_parent_items(self, input: ListAccountsForParentInput, /) -> AsyncIterator[OrganizationAccount]: ...
    @overload
    def list_accounts_for_parent_items(self, *, parent_id: str, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[OrganizationAccount]:
        """`ListAccountsForParent`, item by item across every page."""
    @overload
    async def list_parents(self, input: ListParentsInput, /) -> ListParentsOutput: ...
    @overload
    async def list_parents(self, *, child_id: str, next_token: str | None = ..., max_results: int | None = ...) -> ListParentsOutput:
        """`ListParents`: the parent of an account or organizational unit."""
    @overload
    def list_parents_pages(self, input: ListParentsInput, /) -> AsyncIterator[ListParentsOutput]: ...
    @overload
    def list_parents_pages(self, *, child_id: str, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[ListParentsOutput]:
        """`ListParents`, page by page (a `[pages]` operation)."""
    @overload
    def list_parents_items(self, input: ListParentsInput, /) -> AsyncIterator[OrganizationParent]: ...
    @overload
    def list_parents_items(self, *, child_id: str, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[OrganizationParent]:
        """`ListParents`, item by item across every page."""
    @overload
    async def list_children(self, input: ListChildrenInput, /) -> ListChildrenOutput: ...
    @overload
    async def list_children(self, *, parent_id: str, child_type: ChildType, next_token: str | None = ..., max_results: int | None = ...) -> ListChildrenOutput:
        """`ListChildren`: one page of the accounts or organizational units directly under a parent."""
    @overload
    def list_children_pages(self, input: ListChildrenInput, /) -> AsyncIterator[ListChildrenOutput]: ...
    @overload
    def list_children_pages(self, *, parent_id: str, child_type: ChildType, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[ListChildrenOutput]:
        """`ListChildren`, page by page (a `[pages]` operation)."""
    @overload
    def list_children_items(self, input: ListChildrenInput, /) -> AsyncIterator[OrganizationChild]: ...
    @overload
    def list_children_items(self, *, parent_id: str, child_type: ChildType, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[OrganizationChild]:
        """`ListChildren`, item by item across every page."""
    @overload
    async def list_policies_for_target(self, input: ListPoliciesForTargetInput, /) -> ListPoliciesForTargetOutput: ...
    @overload
    async def list_policies_for_target(self, *, target_id: str, filter: PolicyType, next_token: str | None = ..., max_results: int | None = ...) -> ListPoliciesForTargetOutput:
        """`ListPoliciesForTarget`: one page of the policies of a type attached directly to a target."""
    @overload
    def list_policies_for_target_pages(self, input: ListPoliciesForTargetInput, /) -> AsyncIterator[ListPoliciesForTargetOutput]: ...
    @overload
    def list_policies_for_target_pages(self, *, target_id: str, filter: PolicyType, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[ListPoliciesForTargetOutput]:
        """`ListPoliciesForTarget`, page by page (a `[pages]` operation)."""
    @overload
    def list_policies_for_target_items(self, input: ListPoliciesForTargetInput, /) -> AsyncIterator[PolicySummary]: ...
    @overload
    def list_policies_for_target_items(self, *, target_id: str, filter: PolicyType, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[PolicySummary]:
        """`ListPoliciesForTarget`, item by item across every page."""
    @overload
    async def describe_policy(self, input: DescribePolicyInput, /) -> Policy: ...
    @overload
    async def describe_policy(self, *, policy_id: str) -> Policy:
        """`DescribePolicy`: a policy and its content."""
    @overload
    async def list_tags_for_resource(self, input: ListOrganizationTagsInput, /) -> ListOrganizationTagsOutput: ...
    @overload
    async def list_tags_for_resource(self, *, resource_id: str, next_token: str | None = ...) -> ListOrganizationTagsOutput:
        """`ListTagsForResource`: one page of an account's, unit's, root's or policy's tags."""
    @overload
    def list_tags_for_resource_pages(self, input: ListOrganizationTagsInput, /) -> AsyncIterator[ListOrganizationTagsOutput]: ...
    @overload
    def list_tags_for_resource_pages(self, *, resource_id: str, next_token: str | None = ...) -> AsyncIterator[ListOrganizationTagsOutput]:
        """`ListTagsForResource`, page by page (a `[pages]` operation)."""
    @overload
    def list_tags_for_resource_items(self, input: ListOrganizationTagsInput, /) -> AsyncIterator[Tag]: ...
    @overload
    def list_tags_for_resource_items(self, *, resource_id: str, next_token: str | None = ...) -> AsyncIterator[Tag]:
        """`ListTagsForResource`, item by item across every page."""
    @overload
    async def list_aws_service_access_for_organization(self, input: ListAwsServiceAccessForOrganizationInput, /) -> ListAwsServiceAccessForOrganizationOutput: ...
    @overload
    async def list_aws_service_access_for_organization(self, *, next_token: str | None = ..., max_results: int | None = ...) -> ListAwsServiceAccessForOrganizationOutput:
        """`ListAWSServiceAccessForOrganization`: one page of the services with trusted access."""
    @overload
    def list_aws_service_access_for_organization_pages(self, input: ListAwsServiceAccessForOrganizationInput, /) -> AsyncIterator[ListAwsServiceAccessForOrganizationOutput]: ...
    @overload
    def list_aws_service_access_for_organization_pages(self, *, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[ListAwsServiceAccessForOrganizationOutput]:
        """`ListAWSServiceAccessForOrganization`, page by page (a `[pages]` operation)."""
    @overload
    def list_aws_service_access_for_organization_items(self, input: ListAwsServiceAccessForOrganizationInput, /) -> AsyncIterator[EnabledServicePrincipal]: ...
    @overload
    def list_aws_service_access_for_organization_items(self, *, next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[EnabledServicePrincipal]:
        """`ListAWSServiceAccessForOrganization`, item by item across every page."""
    @overload
    async def list_delegated_administrators(self, input: ListDelegatedAdministratorsInput, /) -> ListDelegatedAdministratorsOutput: ...
    @overload
    async def list_delegated_administrators(self, *, service_principal: str | None = ..., next_token: str | None = ..., max_results: int | None = ...) -> ListDelegatedAdministratorsOutput:
        """`ListDelegatedAdministrators`: one page of the delegated administrators (of one service, if given)."""
    @overload
    def list_delegated_administrators_pages(self, input: ListDelegatedAdministratorsInput, /) -> AsyncIterator[ListDelegatedAdministratorsOutput]: ...
    @overload
    def list_delegated_administrators_pages(self, *, service_principal: str | None = ..., next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[ListDelegatedAdministratorsOutput]:
        """`ListDelegatedAdministrators`, page by page (a `[pages]` operation)."""
    @overload
    def list_delegated_administrators_items(self, input: ListDelegatedAdministratorsInput, /) -> AsyncIterator[DelegatedAdministrator]: ...
    @overload
    def list_delegated_administrators_items(self, *, service_principal: str | None = ..., next_token: str | None = ..., max_results: int | None = ...) -> AsyncIterator[DelegatedAdministrator]:
        """`ListDelegatedAdministrators`, item by item across every page."""

@final
class Sts:
    """AWS STS: who the caller is (`get_caller_identity`) and a role's temporary credentials (`assume_role`)."""
    @overload
    def get_caller_identity(self, input: GetCallerIdentityInput, /) -> CallerIdentity: ...
    @overload
    def get_caller_identity(self) -> CallerIdentity:
        """`GetCallerIdentity`: who signs the requests."""
    @overload
    def assume_role(self, input: AssumeRoleInput, /) -> AssumeRoleOutput: ...
    @overload
    def assume_role(self, *, role_arn: str, role_session_name: str, duration_seconds: int | None = ..., external_id: str | None = ...) -> AssumeRoleOutput:
        """`AssumeRole`: temporary credentials of a role; in an account of the caller's organization (or its
        own)."""

@final
class AsyncSts:
    """AWS STS: who the caller is (`get_caller_identity`) and a role's temporary credentials (`assume_role`)."""
    @overload
    async def get_caller_identity(self, input: GetCallerIdentityInput, /) -> CallerIdentity: ...
    @overload
    async def get_caller_identity(self) -> CallerIdentity:
        """`GetCallerIdentity`: who signs the requests."""
    @overload
    async def assume_role(self, input: AssumeRoleInput, /) -> AssumeRoleOutput: ...
    @overload
    async def assume_role(self, *, role_arn: str, role_session_name: str, duration_seconds: int | None = ..., external_id: str | None = ...) -> AssumeRoleOutput:
        """`AssumeRole`: temporary credentials of a role; in an account of the caller's organization (or its
        own)."""

@final
class Estate:
    """The estate: every account of the organization inventoried, audited against the partner checklists, and brought to a desired state (contacts, Regions) at Account Management's request rates. Each method takes `concurrency` (accounts at once, default 16) and `paced` (keep to the published quotas, default True)."""
    def inventory(self, *, concurrency: int | None = ..., paced: bool | None = ..., progress: Callable[[ProgressEvent], object] | None = ...) -> Inventory:
        """Every account with its organization, unit path, tags, contacts and Regions; reads that fail are recorded
        on the account (`read_errors`), not raised."""
    def audit(self, policy: AuditPolicy, *, concurrency: int | None = ..., paced: bool | None = ..., progress: Callable[[ProgressEvent], object] | None = ...) -> AuditReport:
        """The audit: every check the policy asks for, each finding PASS, FAIL, NOT_EVALUABLE (AccessDenied never
        stops it) or NOT_APPLICABLE."""
    def plan(self, desired: DesiredState, *, concurrency: int | None = ..., paced: bool | None = ...) -> Plan:
        """What would change to reach `desired`, account by account (reads only)."""
    def apply(self, plan: Plan, *, concurrency: int | None = ..., paced: bool | None = ..., progress: Callable[[ProgressEvent], object] | None = ...) -> ApplyReport:
        """Apply `plan`, calling `progress` with each `ProgressEvent`; each change gets its own outcome. Planning
        again after a stop gives exactly what is left."""

@final
class AsyncEstate:
    """The estate: every account of the organization inventoried, audited against the partner checklists, and brought to a desired state (contacts, Regions) at Account Management's request rates. Each method takes `concurrency` (accounts at once, default 16) and `paced` (keep to the published quotas, default True)."""
    async def inventory(self, *, concurrency: int | None = ..., paced: bool | None = ..., progress: Callable[[ProgressEvent], object] | None = ...) -> Inventory:
        """Every account with its organization, unit path, tags, contacts and Regions; reads that fail are recorded
        on the account (`read_errors`), not raised."""
    async def audit(self, policy: AuditPolicy, *, concurrency: int | None = ..., paced: bool | None = ..., progress: Callable[[ProgressEvent], object] | None = ...) -> AuditReport:
        """The audit: every check the policy asks for, each finding PASS, FAIL, NOT_EVALUABLE (AccessDenied never
        stops it) or NOT_APPLICABLE."""
    async def plan(self, desired: DesiredState, *, concurrency: int | None = ..., paced: bool | None = ...) -> Plan:
        """What would change to reach `desired`, account by account (reads only)."""
    async def apply(self, plan: Plan, *, concurrency: int | None = ..., paced: bool | None = ..., progress: Callable[[ProgressEvent], object] | None = ...) -> ApplyReport:
        """Apply `plan`, calling `progress` with each `ProgressEvent`; each change gets its own outcome. Planning
        again after a stop gives exactly what is left."""

@final
class Client:
    """The blocking client (the GIL is released around every call). Build it with `Client.in_memory()`, `Client.local(path)` or `Client.aws()`."""
    @staticmethod
    def in_memory(world: str | None = None, *, world_file: str | PathLike[str] | None = None) -> Client:
        """The embedded local backend, in memory; `world` is a world file's TOML text."""
    @staticmethod
    def local(path: str | PathLike[str], world: str | None = None, *, world_file: str | PathLike[str] | None = None) -> Client:
        """The embedded local backend persisted to the SQLite file at `path` (created if missing)."""
    @staticmethod
    def aws(*, endpoint_url: str | None = None, region_name: str | None = None, aws_access_key_id: str | None = None, aws_secret_access_key: str | None = None) -> Client:
        """AWS, with credentials and region found as boto3 finds them, or the keys given; `endpoint_url` (or `AWS_ENDPOINT_URL`) points it elsewhere, such as the emulator."""
    def as_account(self, account_id: str) -> Client:
        """The same client acting as `account_id`: on the local backend that account; on AWS its own account as is, another account through a role assumed in it (Account Management calls name it as `AccountId` instead)."""
    @property
    def caller(self) -> str | None:
        """The account chosen with `as_account`, if any."""
    @property
    def accounts(self) -> Accounts:
        """AWS Account Management (and the region operations)."""
    @property
    def regions(self) -> Regions:
        """Region helpers: idempotent changes and waiters."""
    @property
    def applications(self) -> Applications:
        """The Serverless Application Repository."""
    @property
    def catalog(self) -> Catalog:
        """AWS Marketplace Catalog."""
    @property
    def discovery(self) -> Discovery:
        """AWS Marketplace Discovery."""
    @property
    def agreements(self) -> Agreements:
        """AWS Marketplace Agreement."""
    @property
    def organizations(self) -> Organizations:
        """AWS Organizations (the read side)."""
    @property
    def sts(self) -> Sts:
        """AWS STS: the caller's identity and assumed roles."""
    @property
    def estate(self) -> Estate:
        """The estate: inventory, audit, plan and apply over every account of the organization."""
    def sent_codes(self, recipient: str) -> list[str]:
        """Local backend only: the one-time codes sent to an email address or phone number, oldest first."""
    def organization_accounts(self, account_id: str) -> list[str]:
        """Local backend only: the accounts of `account_id`'s organization, sorted."""
    def set_purchase_order_integration(self, organization_id: str, enabled: bool) -> None:
        """Local backend only: turn an organization's AWS Billing integration (purchase orders) on or off."""

@final
class AsyncClient:
    """The asyncio client: the same methods as `Client`, each returning an awaitable, every list an async iterator."""
    def __new__(cls, client: Client) -> AsyncClient:
        """The asyncio face of a blocking client (the same backend and caller)."""
    @staticmethod
    def in_memory(world: str | None = None, *, world_file: str | PathLike[str] | None = None) -> AsyncClient:
        """The embedded local backend, in memory; `world` is a world file's TOML text."""
    @staticmethod
    def local(path: str | PathLike[str], world: str | None = None, *, world_file: str | PathLike[str] | None = None) -> AsyncClient:
        """The embedded local backend persisted to the SQLite file at `path` (created if missing)."""
    @staticmethod
    def aws(*, endpoint_url: str | None = None, region_name: str | None = None, aws_access_key_id: str | None = None, aws_secret_access_key: str | None = None) -> AsyncClient:
        """AWS, with credentials and region found as boto3 finds them, or the keys given; `endpoint_url` (or `AWS_ENDPOINT_URL`) points it elsewhere, such as the emulator."""
    def as_account(self, account_id: str) -> AsyncClient:
        """The same client acting as `account_id`: on the local backend that account; on AWS its own account as is, another account through a role assumed in it (Account Management calls name it as `AccountId` instead)."""
    @property
    def caller(self) -> str | None:
        """The account chosen with `as_account`, if any."""
    @property
    def accounts(self) -> AsyncAccounts:
        """AWS Account Management (and the region operations)."""
    @property
    def regions(self) -> AsyncRegions:
        """Region helpers: idempotent changes and waiters."""
    @property
    def applications(self) -> AsyncApplications:
        """The Serverless Application Repository."""
    @property
    def catalog(self) -> AsyncCatalog:
        """AWS Marketplace Catalog."""
    @property
    def discovery(self) -> AsyncDiscovery:
        """AWS Marketplace Discovery."""
    @property
    def agreements(self) -> AsyncAgreements:
        """AWS Marketplace Agreement."""
    @property
    def organizations(self) -> AsyncOrganizations:
        """AWS Organizations (the read side)."""
    @property
    def sts(self) -> AsyncSts:
        """AWS STS: the caller's identity and assumed roles."""
    @property
    def estate(self) -> AsyncEstate:
        """The estate: inventory, audit, plan and apply over every account of the organization."""
    async def sent_codes(self, recipient: str) -> list[str]:
        """Local backend only: the one-time codes sent to an email address or phone number, oldest first."""
    async def organization_accounts(self, account_id: str) -> list[str]:
        """Local backend only: the accounts of `account_id`'s organization, sorted."""
    async def set_purchase_order_integration(self, organization_id: str, enabled: bool) -> None:
        """Local backend only: turn an organization's AWS Billing integration (purchase orders) on or off."""

def typed_change(entity: EntityRef, details: TypedDetails, *, change_name: str | None = None) -> Change:
    """A change of typed `details` (an instance of a change type's class, such as `AddDimensions` or `CreateOffer`)
    on `entity`, checked now by the rules the local engine applies when it runs the change: a mistake raises one
    `ValidationError` naming every member at fault (`DetailsDocument[0].Key`)."""

def _operations() -> list[tuple[str, str, str, bool]]:
    """Every operation of every table: (service, operation, method, paged)."""

def _stubs() -> str:
    """This stub file's text, as the module generates it."""

def _panic_for_tests() -> None:
    """Raise a Rust panic inside the library (it arrives as InternalError)."""
