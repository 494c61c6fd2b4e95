//! The typed `DetailsDocument` of each entity type as `DescribeEntity` returns it (offers: [`OfferDetails`]).
//! Read one with [`EntityDescription::parse`](super::EntityDescription::parse). The structs refuse members they do
//! not know, so a document that gains a member the model lacks fails loudly instead of losing it.
//!
//! [`OfferDetails`]: super::offer::OfferDetails

use marketplane_macros::model;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::catalog::changes::{
    BuyerEngagementOption, Dimension, FutureRegionSupport, OfferRef, PositiveTargeting, PreExistingAgreement,
    UpdateRelatedProducts, UpdateSolutionInformation,
};
use crate::model::catalog::resale::ResaleTerm;

/// A product's listing (`Description`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ProductDescription {
    /// The title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_title: Option<String>,
    /// Draft, Limited, Public or Restricted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    /// The short description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_description: Option<String>,
    /// The long description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_description: Option<String>,
    /// The seller's SKU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Highlights.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub highlights: Option<Vec<String>>,
    /// Search keywords.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_keywords: Option<Vec<String>>,
    /// Categories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<String>>,
    /// The product that replaces a Restricted one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement_product_id: Option<String>,
}

/// A link or video on a product page, as DescribeEntity writes it (`Type` is `Link`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ProductResource {
    /// `Link`.
    #[serde(rename = "Type")]
    pub resource_type: String,
    /// A link's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// A video's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The address.
    pub url: String,
}

/// A product's logo, videos and links (`PromotionalResources`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct PromotionalResources {
    /// The logo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// Videos.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub videos: Vec<ProductResource>,
    /// Links.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub additional_resources: Vec<ProductResource>,
}

/// How buyers get support (`SupportInformation`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct SupportInformation {
    /// The text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// Who may see a Limited product (`Targeting`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ProductTargeting {
    /// The allow-list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub positive_targeting: Option<PositiveTargeting>,
}

/// Where an AMI product runs (`RegionAvailability`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct RegionAvailability {
    /// Regions it is available in.
    #[serde(default)]
    pub regions: Vec<String>,
    /// Regions it was restricted from.
    #[serde(default)]
    pub restrict: Vec<String>,
    /// Whether it joins new regions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_region_support: Option<FutureRegionSupport>,
}

/// The instance types of an AMI product (`Compatibility`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Compatibility {
    /// Instance types buyers may use.
    #[serde(default)]
    pub available_instance_types: Vec<String>,
    /// Instance types no longer offered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub restricted_instance_types: Vec<String>,
}

/// A repository of a container product, as DescribeEntity writes it.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct RepositoryLocation {
    /// The repository's address.
    pub url: String,
    /// `ECR`.
    #[serde(rename = "Type")]
    pub repository_type: String,
}

/// A version of a product and its delivery options (each option as the seller sent it, with its `Id`).
#[model]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ProductVersion {
    /// The version's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its title (AMI and container products).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_title: Option<String>,
    /// Its release notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_notes: Option<String>,
    /// When it was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<String>,
    /// The delivery options.
    #[serde(default)]
    pub delivery_options: Vec<Value>,
}

/// The `DetailsDocument` of a product (`SaaSProduct@1.0`, `AmiProduct@1.0`, `ContainerProduct@1.0`, ...).
/// `ProductId` and the top-level `Visibility` are the local engine's additions.
#[model]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ProductDetails {
    /// The product's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// Its visibility.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    /// The listing.
    #[serde(default)]
    pub description: ProductDescription,
    /// Logo, videos, links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotional_resources: Option<PromotionalResources>,
    /// Support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_information: Option<SupportInformation>,
    /// Pricing dimensions.
    #[serde(default)]
    pub dimensions: Vec<Dimension>,
    /// Who may see a Limited product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeting: Option<ProductTargeting>,
    /// Versions and their delivery options.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<ProductVersion>,
    /// AMI products: regions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_availability: Option<RegionAvailability>,
    /// AMI products: instance types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compatibility: Option<Compatibility>,
    /// Container products: repositories.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repositories: Vec<RepositoryLocation>,
}

/// The `DetailsDocument` of a `ResaleAuthorization@1.0`. `ResellerAccountId` at the top is the local engine's
/// addition (AWS names the reseller in the `PartnerTargetingRule`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ResaleAuthorizationDetails {
    /// `resaleauthz-...`.
    #[serde(default)]
    pub id: String,
    /// The name.
    #[serde(default)]
    pub name: String,
    /// The description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The product.
    #[serde(default)]
    pub product_id: String,
    /// The product's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Draft, Active or Restricted.
    #[serde(default)]
    pub status: String,
    /// Free, Usage or Contract.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pricing_model: Option<String>,
    /// The buyer's existing agreement this authorization migrates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_existing_buyer_agreement: Option<PreExistingAgreement>,
    /// When it was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<String>,
    /// The manufacturer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manufacturer_account_id: Option<String>,
    /// The reseller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reseller_account_id: Option<String>,
    /// The terms.
    #[serde(default)]
    pub terms: Vec<ResaleTerm>,
    /// `PartnerTargetingRule` and `AvailabilityRule`.
    #[serde(default)]
    pub rules: Vec<Value>,
}

/// The `DetailsDocument` of an `OfferSet@1.0`.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct OfferSetDetails {
    /// `offerset-...`.
    #[serde(default)]
    pub id: String,
    /// The name.
    #[serde(default)]
    pub name: String,
    /// Notes for the buyer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer_notes: Option<String>,
    /// Draft or Released.
    #[serde(default)]
    pub state: String,
    /// The solution it is tied to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solution_id: Option<String>,
    /// When it was released.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    /// Its offers.
    #[serde(default)]
    pub associated_offers: Vec<OfferRef>,
}

/// A solution's id (`Identifiers`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct SolutionIdentifiers {
    /// `soln-...`.
    pub id: String,
}

/// A solution's state (`Lifecycle`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct SolutionLifecycle {
    /// Draft, Limited, Public or Restricted.
    pub visibility: String,
}

/// The `DetailsDocument` of a `Solution@1.0`. `Presentation` and `RelatedProducts` have the members their change
/// types set.
#[model]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct SolutionDetails {
    /// Its id.
    pub identifiers: SolutionIdentifiers,
    /// Its state.
    pub lifecycle: SolutionLifecycle,
    /// Name, title, descriptions, logo, media, links, use cases.
    #[serde(default)]
    pub presentation: UpdateSolutionInformation,
    /// The products it combines.
    #[serde(default)]
    pub related_products: UpdateRelatedProducts,
    /// How buyers may engage.
    #[serde(default)]
    pub buyer_engagement: Vec<BuyerEngagementOption>,
}
