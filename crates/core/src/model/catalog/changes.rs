//! Typed change details: one struct per change type, serialized as the change's `DetailsDocument`.
//!
//! Build a change with [`typed`]; a change type this module does not cover goes through [`Change::raw`]. The local
//! engine reads changes back into these same structs, so what the library builds and what the engine accepts cannot
//! drift apart.

use marketplane_macros::model;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::catalog::resale::{ResaleTerm, RESALE_PRICING_TERMS};
use crate::model::catalog::terms::{validate_pricing, OfferPricingModel, Term};
use crate::model::catalog::{parse_date, reference_name, Change, EntityRef, EntityType, MAX_TARGETED_BUYERS};
use crate::validate::Validator;

/// The details of one change type.
pub trait ChangeDetails: Serialize + DeserializeOwned {
    /// The change type's name on the wire.
    const CHANGE_TYPE: &'static str;

    /// Check the details against the change type's rules, reporting under `field` (such as `Details`).
    fn validate_into(&self, _v: &mut Validator, _field: &str) {}
}

/// A change of a typed change type on `entity`.
pub fn typed<D: ChangeDetails>(entity: EntityRef, details: &D) -> Change {
    let document = serde_json::to_value(details).unwrap_or(Value::Object(Default::default()));
    Change::raw(D::CHANGE_TYPE, entity, document)
}

/// The change types each entity type takes, as the Catalog API documents them. The local engine implements these;
/// other change types fail their change set with `UNSUPPORTED_CHANGE_TYPE` locally and pass through to AWS.
pub fn change_types_for(entity: &EntityType) -> &'static [&'static str] {
    match entity {
        // AddRegions and RestrictRegions are "only available on AmiProduct@1.0"; AWS Data Exchange products are not
        // managed through these change types. AWS's published change-type schemas give RestrictDimensions to SaaS and
        // AMI products (not containers), RestrictDeliveryOptions to AMI and container products, and
        // UpdateDeliveryOptionsVisibility to SaaS and container products.
        EntityType::SaaSProduct => &[
            "CreateProduct",
            "UpdateInformation",
            "AddDimensions",
            "UpdateDimensions",
            "RestrictDimensions",
            "UpdateTargeting",
            "UpdateVisibility",
            "ReleaseProduct",
            "AddDeliveryOptions",
            "UpdateDeliveryOptions",
            "UpdateDeliveryOptionsVisibility",
        ],
        EntityType::ContainerProduct => &[
            "CreateProduct",
            "UpdateInformation",
            "AddDimensions",
            "UpdateDimensions",
            "UpdateTargeting",
            "UpdateVisibility",
            "ReleaseProduct",
            "AddDeliveryOptions",
            "UpdateDeliveryOptions",
            "RestrictDeliveryOptions",
            "UpdateDeliveryOptionsVisibility",
            "AddRepositories",
        ],
        EntityType::AmiProduct => &[
            "CreateProduct",
            "UpdateInformation",
            "AddDimensions",
            "UpdateDimensions",
            "RestrictDimensions",
            "UpdateTargeting",
            "UpdateVisibility",
            "ReleaseProduct",
            "AddDeliveryOptions",
            "UpdateDeliveryOptions",
            "RestrictDeliveryOptions",
            "AddRegions",
            "RestrictRegions",
            "UpdateFutureRegionSupport",
            "AddInstanceTypes",
            "RestrictInstanceTypes",
        ],
        EntityType::Offer => &[
            "CreateOffer",
            "CreateReplacementOffer",
            "CreateOfferUsingResaleAuthorization",
            "CreateReplacementOfferUsingResaleAuthorization",
            "UpdateInformation",
            "UpdateTargeting",
            "UpdateAvailability",
            "UpdatePricingTerms",
            "UpdateLegalTerms",
            "UpdateSupportTerms",
            "UpdateRenewalTerms",
            "UpdateValidityTerms",
            "UpdatePaymentScheduleTerms",
            "UpdateCustomerVerificationTerms",
            "UpdateVariablePaymentTerms",
            "UpdateMarkup",
            "ReleaseOffer",
        ],
        EntityType::ResaleAuthorization => &[
            "CreateResaleAuthorization",
            "UpdateInformation",
            "UpdateAvailability",
            "UpdatePricingTerms",
            "UpdateLegalTerms",
            "UpdateBuyerTargetingTerms",
            "UpdateBuyerValidityTerms",
            "UpdatePaymentScheduleTerms",
            "UpdateNetPaymentTerms",
            "ReleaseResaleAuthorization",
            "RestrictResaleAuthorization",
        ],
        EntityType::Experience => &[
            "CreateExperience",
            "UpdateExperience",
            "RestrictExperience",
            "ReviveExperience",
            "AllowProductProcurement",
            "DenyProductProcurement",
            "AssociateAudience",
            "DisassociateAudience",
        ],
        EntityType::OfferSet => &[
            "CreateOfferSet",
            "UpdateInformation",
            "AssociateOffers",
            "DisassociateOffers",
            "AssociateSolution",
            "DisassociateSolution",
            "ReleaseOfferSet",
        ],
        EntityType::Solution => &[
            "CreateSolution",
            "UpdateInformation",
            "UpdateRelatedProducts",
            "UpdateBuyerEngagementOptions",
            "ReleaseSolution",
            "UpdateVisibility",
        ],
        EntityType::ProcurementPolicy => &["CreateProcurementPolicy", "UpdateProcurementPolicy"],
        EntityType::BrandingSettings => &["CreateBrandingSettings", "UpdateBrandingSettings"],
        _ => &[],
    }
}

/// Whether a change type creates its entity (and so takes no identifier).
pub fn is_create(change_type: &str) -> bool {
    change_type.starts_with("Create")
}

macro_rules! details {
    ($(#[$meta:meta])* $name:ident = $wire:literal { $($(#[$fmeta:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[marketplane_macros::model]
        #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
        #[serde(rename_all = "PascalCase")]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $ty,)*
        }
    };
}

/// A dimensions change (add, update, restrict) names 1 to 200 dimensions.
fn dimension_count_rule(v: &mut Validator, field: &str, n: usize) {
    if n == 0 || n > 200 {
        v.fail(field, format!("must hold 1 to 200 dimensions, got {n}"));
    }
}

fn opt_length(v: &mut Validator, field: &str, value: &Option<String>, min: usize, max: usize) {
    v.optional_length(field, value.as_deref(), min, max);
}

fn date_field(v: &mut Validator, field: &str, value: &str) {
    if let Err(e) = parse_date(value, field) {
        v.extend(e.field_errors().to_vec());
    }
}

fn account_list(v: &mut Validator, field: &str, accounts: &[String]) {
    if accounts.len() > MAX_TARGETED_BUYERS {
        v.fail(
            field,
            format!("an offer can target at most {MAX_TARGETED_BUYERS} buyer accounts, got {}", accounts.len()),
        );
    }
    for (i, account) in accounts.iter().enumerate() {
        if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
            v.fail(format!("{field}[{i}]"), format!("{account:?} is not a 12-digit AWS account id"));
        }
    }
}

// ---------------------------------------------------------------- products

details!(
    /// `CreateProduct` (SaaS, AMI, container, data): a new product in Draft.
    CreateProduct = "CreateProduct" {
        /// The title, if known now.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        product_title: Option<String>,
    }
);
impl ChangeDetails for CreateProduct {
    const CHANGE_TYPE: &'static str = "CreateProduct";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        opt_length(v, &format!("{field}.ProductTitle"), &self.product_title, 1, 72);
    }
}

/// A link shown on a product page.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AdditionalResource {
    /// The link text.
    pub text: String,
    /// The address.
    pub url: String,
}

details!(
    /// `UpdateInformation` on a product: its listing.
    UpdateProductInformation = "UpdateInformation" {
        /// 1–72 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        product_title: Option<String>,
        /// 1–1000 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        short_description: Option<String>,
        /// 1–5000 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        long_description: Option<String>,
        /// The logo's address.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        logo_url: Option<String>,
        /// Up to 3 highlights.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        highlights: Option<Vec<String>>,
        /// Up to 15 search keywords.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        search_keywords: Option<Vec<String>>,
        /// 1–3 categories.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        categories: Option<Vec<String>>,
        /// Up to 1 video.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        video_urls: Option<Vec<String>>,
        /// Links.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        additional_resources: Option<Vec<AdditionalResource>>,
        /// How buyers get support.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        support_description: Option<String>,
        /// The seller's SKU.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sku: Option<String>,
    }
);
impl ChangeDetails for UpdateProductInformation {
    const CHANGE_TYPE: &'static str = "UpdateInformation";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        opt_length(v, &format!("{field}.ProductTitle"), &self.product_title, 1, 72);
        opt_length(v, &format!("{field}.ShortDescription"), &self.short_description, 1, 1000);
        opt_length(v, &format!("{field}.LongDescription"), &self.long_description, 1, 5000);
        for (name, list, max) in [
            ("Highlights", &self.highlights, 3),
            ("SearchKeywords", &self.search_keywords, 15),
            ("Categories", &self.categories, 3),
            ("VideoUrls", &self.video_urls, 1),
        ] {
            if let Some(list) = list {
                if list.len() > max {
                    v.fail(format!("{field}.{name}"), format!("at most {max} entries, got {}", list.len()));
                }
            }
        }
        if self.categories.as_ref().is_some_and(Vec::is_empty) {
            v.fail(format!("{field}.Categories"), "needs at least 1 category");
        }
    }
}

/// A pricing dimension of a product, as `AddDimensions` sends it and `DescribeEntity` shows it.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Dimension {
    /// The key offers price (1–100 characters of `A-Za-z0-9_.-`).
    pub key: String,
    /// What it is (1–1000 characters; the service requires it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Its display name (SaaS: 1–80 characters; AMI and container: 1–500).
    pub name: String,
    /// 1–3 of `Entitled` (contracts), `Metered` (AMI hourly) and `ExternallyMetered` (usage the seller reports).
    pub types: Vec<String>,
    /// The unit, such as `Units`, `Users` or `Hrs` (1–20 characters; the service requires it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// The dimension types the Catalog API knows.
pub const DIMENSION_TYPES: [&str; 3] = ["Entitled", "Metered", "ExternallyMetered"];

fn dimension_key_rule(v: &mut Validator, field: &str, key: &str) {
    if v.length(field, key, 1, 100) && !key.chars().all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c)) {
        v.fail(field, r"must match ^[A-Za-z0-9_.-]+$");
    }
}

fn dimension_types_rule(v: &mut Validator, field: &str, types: &[String]) {
    if types.is_empty() || types.len() > 3 {
        v.fail(field, format!("must hold 1 to 3 types, got {}", types.len()));
    }
    for (i, t) in types.iter().enumerate() {
        if !DIMENSION_TYPES.contains(&t.as_str()) {
            v.fail(format!("{field}[{i}]"), format!("{t:?} is not one of Metered, Entitled, ExternallyMetered"));
        }
    }
}

/// How a change names an existing dimension: its key and its types, under `{at}.Key` and `{at}.Types`.
fn dimension_identity_rules(v: &mut Validator, at: &str, key: &str, types: &[String]) {
    dimension_key_rule(v, &format!("{at}.Key"), key);
    dimension_types_rule(v, &format!("{at}.Types"), types);
}

/// `AddDimensions`: pricing dimensions of a product. On the wire the `DetailsDocument` is the array of dimensions
/// itself (`[{"Key": ..., "Name": ..., ...}]`), not an object.
#[model]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AddDimensions {
    /// 1–200 dimensions.
    pub dimensions: Vec<Dimension>,
}
impl ChangeDetails for AddDimensions {
    const CHANGE_TYPE: &'static str = "AddDimensions";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        dimension_count_rule(v, field, self.dimensions.len());
        for (i, d) in self.dimensions.iter().enumerate() {
            let at = format!("{field}[{i}]");
            dimension_key_rule(v, &format!("{at}.Key"), &d.key);
            v.length(&format!("{at}.Name"), &d.name, 1, 500);
            match &d.description {
                Some(text) => {
                    v.length(&format!("{at}.Description"), text, 1, 1000);
                }
                None => v.fail(format!("{at}.Description"), "is required"),
            }
            match &d.unit {
                Some(unit) => {
                    v.length(&format!("{at}.Unit"), unit, 1, 20);
                }
                None => v.fail(format!("{at}.Unit"), "is required"),
            }
            dimension_types_rule(v, &format!("{at}.Types"), &d.types);
        }
    }
}

/// One dimension `UpdateDimensions` renames or redescribes: its `Key` and `Types` say which.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DimensionUpdate {
    /// The dimension's key.
    pub key: String,
    /// The dimension's types, as they are.
    pub types: Vec<String>,
    /// A new display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A new description (1–1000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `UpdateDimensions`: rename or redescribe dimensions. Like `AddDimensions`, the `DetailsDocument` is the array.
#[model]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UpdateDimensions {
    /// The dimensions to change.
    pub dimensions: Vec<DimensionUpdate>,
}
impl ChangeDetails for UpdateDimensions {
    const CHANGE_TYPE: &'static str = "UpdateDimensions";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        dimension_count_rule(v, field, self.dimensions.len());
        for (i, d) in self.dimensions.iter().enumerate() {
            let at = format!("{field}[{i}]");
            dimension_identity_rules(v, &at, &d.key, &d.types);
            opt_length(v, &format!("{at}.Name"), &d.name, 1, 500);
            opt_length(v, &format!("{at}.Description"), &d.description, 1, 1000);
            if d.name.is_none() && d.description.is_none() {
                v.fail(format!("{at}.Name"), "give a Name or a Description to change");
            }
        }
    }
}

/// Who may see a limited product or buy an offer.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PositiveTargeting {
    /// Buyer accounts (12 digits each, at most 25).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buyer_accounts: Vec<String>,
    /// ISO 3166 country codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub country_codes: Vec<String>,
}

/// Who may not buy an offer.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NegativeTargeting {
    /// ISO 3166 country codes.
    pub country_codes: Vec<String>,
}

fn country_codes(v: &mut Validator, field: &str, codes: &[String]) {
    for (i, code) in codes.iter().enumerate() {
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            v.fail(format!("{field}[{i}]"), format!("{code:?} is not a two-letter ISO 3166 country code"));
        }
    }
}

details!(
    /// `UpdateTargeting` on a product: the allow-list of a Limited product.
    UpdateProductTargeting = "UpdateTargeting" {
        /// The accounts that may see it.
        positive_targeting: PositiveTargeting,
    }
);
impl ChangeDetails for UpdateProductTargeting {
    const CHANGE_TYPE: &'static str = "UpdateTargeting";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        for (i, account) in self.positive_targeting.buyer_accounts.iter().enumerate() {
            if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
                v.fail(format!("{field}.PositiveTargeting.BuyerAccounts[{i}]"), "must be a 12-digit AWS account id");
            }
        }
    }
}

details!(
    /// `UpdateVisibility`: ask to make a product Public, Limited or Restricted.
    UpdateVisibility = "UpdateVisibility" {
        /// Public, Limited or Restricted.
        target_visibility: String,
        /// When restricting: the Public or Limited product that replaces this one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        replacement_product_id: Option<String>,
    }
);
impl ChangeDetails for UpdateVisibility {
    const CHANGE_TYPE: &'static str = "UpdateVisibility";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if !["Public", "Limited", "Restricted"].contains(&self.target_visibility.as_str()) {
            v.fail(format!("{field}.TargetVisibility"), "must be Public, Limited or Restricted");
        }
        if let Some(id) = &self.replacement_product_id {
            product_id_rule(v, &format!("{field}.ReplacementProductId"), id);
        }
    }
}

details!(
    /// `ReleaseProduct`: publish a Draft product as Limited.
    ReleaseProduct = "ReleaseProduct" {}
);
impl ChangeDetails for ReleaseProduct {
    const CHANGE_TYPE: &'static str = "ReleaseProduct";
}

details!(
    /// `AddDeliveryOptions`: how an AMI or container product is delivered (kept as documents).
    AddDeliveryOptions = "AddDeliveryOptions" {
        /// AMI and container products: `{VersionTitle, ReleaseNotes}` of the version these options make.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        version: Option<Value>,
        /// Delivery option documents (`{Details: {...}}`).
        delivery_options: Vec<Value>,
    }
);
impl ChangeDetails for AddDeliveryOptions {
    const CHANGE_TYPE: &'static str = "AddDeliveryOptions";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if self.delivery_options.is_empty() || self.delivery_options.len() > 5 {
            v.fail(format!("{field}.DeliveryOptions"), "must hold 1 to 5 delivery options");
        }
        for (i, option) in self.delivery_options.iter().enumerate() {
            if !option.is_object() {
                v.fail(format!("{field}.DeliveryOptions[{i}]"), "must be an object (`{\"Details\": {...}}`)");
            }
        }
    }
}

details!(
    /// `AddRegions`: regions an AMI or container product is available in.
    AddRegions = "AddRegions" {
        /// Region codes.
        regions: Vec<String>,
    }
);
impl ChangeDetails for AddRegions {
    const CHANGE_TYPE: &'static str = "AddRegions";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if self.regions.is_empty() {
            v.fail(format!("{field}.Regions"), "needs at least 1 region");
        }
    }
}

details!(
    /// `RestrictRegions`: regions a product is no longer available in.
    RestrictRegions = "RestrictRegions" {
        /// Region codes.
        regions: Vec<String>,
    }
);
impl ChangeDetails for RestrictRegions {
    const CHANGE_TYPE: &'static str = "RestrictRegions";
}

details!(
    /// `AddInstanceTypes` (AMI): instance types buyers may run the product on; the product needs dimensions.
    AddInstanceTypes = "AddInstanceTypes" {
        /// 1–1500 distinct instance types such as `t2.micro`.
        instance_types: Vec<String>,
    }
);
impl ChangeDetails for AddInstanceTypes {
    const CHANGE_TYPE: &'static str = "AddInstanceTypes";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        instance_types_rule(v, field, &self.instance_types);
    }
}

/// Which regions an AMI product joins as AWS opens them.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FutureRegionSupport {
    /// Exactly one of `All`, `US`, `None`.
    pub supported_regions: Vec<String>,
}

details!(
    /// `UpdateFutureRegionSupport` (AMI): whether the product joins new regions.
    UpdateFutureRegionSupport = "UpdateFutureRegionSupport" {
        /// The choice.
        future_region_support: FutureRegionSupport,
    }
);
impl ChangeDetails for UpdateFutureRegionSupport {
    const CHANGE_TYPE: &'static str = "UpdateFutureRegionSupport";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        let regions = &self.future_region_support.supported_regions;
        let at = format!("{field}.FutureRegionSupport.SupportedRegions");
        if regions.is_empty() {
            v.fail(&at, "SupportedRegions can't be empty.");
        } else if regions.len() > 1 {
            v.fail(&at, "Currently, only 1 value is supported for FutureRegionSupport: All, US, or None");
        } else if !["All", "US", "None"].contains(&regions[0].as_str()) {
            v.fail(format!("{at}[0]"), "must be All, US or None");
        }
    }
}

/// A repository of a container product.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Repository {
    /// 2–256 characters.
    pub repository_name: String,
    /// `ECR`.
    pub repository_type: String,
}

details!(
    /// `AddRepositories` (container): Amazon ECR repositories AWS Marketplace creates for the product's images.
    AddRepositories = "AddRepositories" {
        /// 1–50 repositories.
        repositories: Vec<Repository>,
    }
);
impl ChangeDetails for AddRepositories {
    const CHANGE_TYPE: &'static str = "AddRepositories";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if self.repositories.is_empty() || self.repositories.len() > 50 {
            v.fail(
                format!("{field}.Repositories"),
                format!("must hold 1 to 50 repositories, got {}", self.repositories.len()),
            );
        }
        for (i, r) in self.repositories.iter().enumerate() {
            let at = format!("{field}.Repositories[{i}]");
            v.length(&format!("{at}.RepositoryName"), &r.repository_name, 2, 256);
            if r.repository_type != "ECR" {
                v.fail(format!("{at}.RepositoryType"), "must be ECR");
            }
        }
    }
}

// ---------------------------------------------------------------- restricting and updating what a product offers

/// A dimension named by its key and types, as `RestrictDimensions` sends it.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DimensionRef {
    /// The dimension's key.
    pub key: String,
    /// The dimension's types, as they are (1–3).
    pub types: Vec<String>,
}

/// `RestrictDimensions` (SaaS, AMI): stop selling dimensions; they leave the product's `Dimensions`. Like
/// `AddDimensions`, the `DetailsDocument` is the array itself.
#[model]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RestrictDimensions {
    /// The dimensions to restrict.
    pub dimensions: Vec<DimensionRef>,
}
impl ChangeDetails for RestrictDimensions {
    const CHANGE_TYPE: &'static str = "RestrictDimensions";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        dimension_count_rule(v, field, self.dimensions.len());
        for (i, d) in self.dimensions.iter().enumerate() {
            let at = format!("{field}[{i}]");
            dimension_identity_rules(v, &at, &d.key, &d.types);
        }
    }
}

/// 1–1500 distinct instance types of up to 24 characters, as `AddInstanceTypes` and `RestrictInstanceTypes` take them.
fn instance_types_rule(v: &mut Validator, field: &str, instance_types: &[String]) {
    let at = format!("{field}.InstanceTypes");
    if instance_types.is_empty() || instance_types.len() > 1500 {
        v.fail(&at, format!("must hold 1 to 1500 instance types, got {}", instance_types.len()));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, t) in instance_types.iter().enumerate() {
        let item = format!("{at}[{i}]");
        if v.length(&item, t, 1, 24) && !t.chars().all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c)) {
            v.fail(&item, r"must match ^[A-Za-z0-9_.-]+$");
        }
        if !seen.insert(t.as_str()) {
            v.fail(&item, format!("duplicate instance type {t:?}"));
        }
    }
}

details!(
    /// `RestrictInstanceTypes` (AMI): instance types new buyers may no longer run the product on; DescribeEntity
    /// moves them from `Compatibility.AvailableInstanceTypes` to `Compatibility.RestrictedInstanceTypes`.
    RestrictInstanceTypes = "RestrictInstanceTypes" {
        /// 1–1500 distinct instance types such as `t2.micro`.
        instance_types: Vec<String>,
    }
);
impl ChangeDetails for RestrictInstanceTypes {
    const CHANGE_TYPE: &'static str = "RestrictInstanceTypes";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        instance_types_rule(v, field, &self.instance_types);
    }
}

fn delivery_option_id_rule(v: &mut Validator, field: &str, id: &str) {
    if v.length(field, id, 1, 36) && !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        v.fail(field, "must be a delivery option id (letters, digits and -, up to 36 characters)");
    }
}

details!(
    /// `RestrictDeliveryOptions` (AMI, container): withdraw versions' delivery options from new buyers (existing
    /// buyers keep them). DescribeEntity shows each as `Visibility: Restricted`; a released product keeps at least
    /// one delivery option that is not restricted.
    RestrictDeliveryOptions = "RestrictDeliveryOptions" {
        /// 1–50 delivery option ids, as DescribeEntity lists them under `Versions[].DeliveryOptions[].Id`.
        delivery_option_ids: Vec<String>,
    }
);
impl ChangeDetails for RestrictDeliveryOptions {
    const CHANGE_TYPE: &'static str = "RestrictDeliveryOptions";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        let ids = &self.delivery_option_ids;
        if ids.is_empty() || ids.len() > 50 {
            v.fail(format!("{field}.DeliveryOptionIds"), format!("must hold 1 to 50 ids, got {}", ids.len()));
        }
        for (i, id) in ids.iter().enumerate() {
            delivery_option_id_rule(v, &format!("{field}.DeliveryOptionIds[{i}]"), id);
        }
    }
}

/// What `UpdateDeliveryOptions` changes on the version its delivery options belong to.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VersionUpdate {
    /// A new title (container products; up to 64 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_title: Option<String>,
    /// New release notes (up to 30000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_notes: Option<String>,
}

/// One delivery option `UpdateDeliveryOptions` changes.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeliveryOptionUpdate {
    /// The delivery option's id.
    pub id: String,
    /// The members to change, under the option's kind: `{"AmiDeliveryOptionDetails": {...}}` (AMI),
    /// `EcrDeliveryOptionDetails`, `HelmDeliveryOptionDetails` or `EksAddOnDeliveryOptionDetails` (container),
    /// `SaaSUrlDeliveryOptionDetails` or `ApiDeliveryOptionDetails` (SaaS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Value>,
}

/// The kinds of delivery option details, each with the product types that have it.
pub const DELIVERY_OPTION_DETAILS: [(&str, EntityType); 6] = [
    ("AmiDeliveryOptionDetails", EntityType::AmiProduct),
    ("EcrDeliveryOptionDetails", EntityType::ContainerProduct),
    ("HelmDeliveryOptionDetails", EntityType::ContainerProduct),
    ("EksAddOnDeliveryOptionDetails", EntityType::ContainerProduct),
    ("SaaSUrlDeliveryOptionDetails", EntityType::SaaSProduct),
    ("ApiDeliveryOptionDetails", EntityType::SaaSProduct),
];

/// A version title or release notes: up to `max` characters, starting with one that is not white space (the
/// schema's `^\S+[\S\s]*`).
fn version_text_rule(v: &mut Validator, field: &str, text: &Option<String>, max: usize) {
    if let Some(text) = text {
        if v.length(field, text, 1, max) && text.starts_with(char::is_whitespace) {
            v.fail(field, "may not start with white space");
        }
    }
}

details!(
    /// `UpdateDeliveryOptions` (AMI, container, SaaS): change delivery options in place (usage instructions,
    /// endpoints, images) and the release notes or title of the version they belong to.
    UpdateDeliveryOptions = "UpdateDeliveryOptions" {
        /// The version's new notes or title; the delivery options say which version.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        version: Option<VersionUpdate>,
        /// 1–4 delivery options (AMI products: 1).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        delivery_options: Option<Vec<DeliveryOptionUpdate>>,
    }
);
impl ChangeDetails for UpdateDeliveryOptions {
    const CHANGE_TYPE: &'static str = "UpdateDeliveryOptions";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        let at = format!("{field}.DeliveryOptions");
        // The delivery options name the version a Version update is for, so they are needed either way.
        let options = self.delivery_options.as_deref().unwrap_or_default();
        if options.is_empty() || options.len() > 4 {
            v.fail(&at, format!("must hold 1 to 4 delivery options, got {}", options.len()));
        }
        for (i, o) in options.iter().enumerate() {
            delivery_option_id_rule(v, &format!("{at}[{i}].Id"), &o.id);
            if let Some(details) = &o.details {
                let kinds: Vec<&String> = details.as_object().map(|m| m.keys().collect()).unwrap_or_default();
                let known = kinds.len() == 1
                    && DELIVERY_OPTION_DETAILS.iter().any(|(name, _)| name == kinds[0])
                    && details[kinds[0].as_str()].is_object();
                if !known {
                    let names: Vec<&str> = DELIVERY_OPTION_DETAILS.iter().map(|(name, _)| *name).collect();
                    v.fail(format!("{at}[{i}].Details"), format!("must be an object with one of {}", names.join(", ")));
                }
            }
        }
        if let Some(version) = &self.version {
            version_text_rule(v, &format!("{field}.Version.VersionTitle"), &version.version_title, 64);
            version_text_rule(v, &format!("{field}.Version.ReleaseNotes"), &version.release_notes, 30000);
        }
        if self.version.is_none() && options.iter().all(|o| o.details.is_none()) {
            v.fail(field, "give a Version or the Details of a delivery option to change");
        }
    }
}

/// Who may see a delivery option made `Limited`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeliveryOptionTargeting {
    /// The buyer accounts.
    pub positive_targeting: PositiveTargeting,
}

/// One delivery option `UpdateDeliveryOptionsVisibility` shows or hides.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeliveryOptionVisibility {
    /// The delivery option's id.
    pub id: String,
    /// `Public`, `Limited` or `Unavailable` (container products: `Public`).
    pub target_visibility: String,
    /// SaaS products: the buyers a `Limited` delivery option is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeting: Option<DeliveryOptionTargeting>,
}

details!(
    /// `UpdateDeliveryOptionsVisibility` (SaaS, container): who sees each delivery option.
    UpdateDeliveryOptionsVisibility = "UpdateDeliveryOptionsVisibility" {
        /// The delivery options (SaaS products: up to 2).
        delivery_options: Vec<DeliveryOptionVisibility>,
    }
);
impl ChangeDetails for UpdateDeliveryOptionsVisibility {
    const CHANGE_TYPE: &'static str = "UpdateDeliveryOptionsVisibility";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        let at = format!("{field}.DeliveryOptions");
        if self.delivery_options.is_empty() {
            v.fail(&at, "needs at least 1 delivery option");
        }
        for (i, o) in self.delivery_options.iter().enumerate() {
            delivery_option_id_rule(v, &format!("{at}[{i}].Id"), &o.id);
            if !["Public", "Limited", "Unavailable"].contains(&o.target_visibility.as_str()) {
                v.fail(format!("{at}[{i}].TargetVisibility"), "must be Public, Limited or Unavailable");
            }
            if let Some(t) = &o.targeting {
                account_list(
                    v,
                    &format!("{at}[{i}].Targeting.PositiveTargeting.BuyerAccounts"),
                    &t.positive_targeting.buyer_accounts,
                );
                if o.target_visibility != "Limited" {
                    v.fail(format!("{at}[{i}].Targeting"), "only a Limited delivery option takes Targeting");
                }
            }
        }
    }
}

// ---------------------------------------------------------------- offers

details!(
    /// `CreateOffer`: a Draft offer on a product.
    CreateOffer = "CreateOffer" {
        /// The product.
        product_id: String,
        /// A name (≤ 150 characters).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// The offer set it belongs to.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        offer_set_id: Option<String>,
    }
);
impl ChangeDetails for CreateOffer {
    const CHANGE_TYPE: &'static str = "CreateOffer";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        product_id_rule(v, &format!("{field}.ProductId"), &self.product_id);
        opt_length(v, &format!("{field}.Name"), &self.name, 1, 150);
    }
}

/// A product id, or a reference to a product created in the same change set (`$Name.Entity.Identifier`).
fn product_id_rule(v: &mut Validator, field: &str, id: &str) {
    if reference_name(id).is_some() {
        return;
    }
    let ok = id.len() >= 3
        && id.len() <= 50
        && id.chars().all(|c| c.is_ascii_alphanumeric() || ".-/".contains(c))
        && id.starts_with(|c: char| c.is_ascii_alphanumeric())
        && id.ends_with(|c: char| c.is_ascii_alphanumeric());
    if !ok {
        v.fail(field, "must be a product id of up to 50 characters like prod-abc123");
    }
}

details!(
    /// `CreateReplacementOffer`: an offer that replaces an existing agreement.
    CreateReplacementOffer = "CreateReplacementOffer" {
        /// The agreement to replace.
        agreement_id: String,
        /// A name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
    }
);
impl ChangeDetails for CreateReplacementOffer {
    const CHANGE_TYPE: &'static str = "CreateReplacementOffer";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if v.length(&format!("{field}.AgreementId"), &self.agreement_id, 1, 64)
            && self.agreement_id.contains(char::is_whitespace)
        {
            v.fail(format!("{field}.AgreementId"), "may not hold whitespace");
        }
        opt_length(v, &format!("{field}.Name"), &self.name, 1, 150);
    }
}

details!(
    /// `CreateOfferUsingResaleAuthorization`: a channel partner's offer under a resale authorization.
    CreateOfferUsingResaleAuthorization = "CreateOfferUsingResaleAuthorization" {
        /// The authorization.
        resale_authorization_id: String,
        /// A name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// A description.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        /// The offer set the offer is made for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        offer_set_id: Option<String>,
    }
);
impl ChangeDetails for CreateOfferUsingResaleAuthorization {
    const CHANGE_TYPE: &'static str = "CreateOfferUsingResaleAuthorization";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        v.length(&format!("{field}.ResaleAuthorizationId"), &self.resale_authorization_id, 1, 255);
        opt_length(v, &format!("{field}.Name"), &self.name, 1, 150);
        opt_length(v, &format!("{field}.Description"), &self.description, 1, 255);
    }
}

/// An agreement the buyer already has outside this offer.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PreExistingAgreement {
    /// AwsMarketplace or External.
    pub acquisition_channel: String,
    /// Byol, Free, Usage or Contract.
    pub pricing_model: String,
}

details!(
    /// `UpdateInformation` on an offer.
    UpdateOfferInformation = "UpdateInformation" {
        /// ≤ 150 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// ≤ 255 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        /// For offers that migrate an existing agreement.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pre_existing_agreement: Option<PreExistingAgreement>,
    }
);
impl ChangeDetails for UpdateOfferInformation {
    const CHANGE_TYPE: &'static str = "UpdateInformation";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        opt_length(v, &format!("{field}.Name"), &self.name, 1, 150);
        opt_length(v, &format!("{field}.Description"), &self.description, 1, 255);
        if let Some(p) = &self.pre_existing_agreement {
            if !["AwsMarketplace", "External"].contains(&p.acquisition_channel.as_str()) {
                v.fail(
                    format!("{field}.PreExistingAgreement.AcquisitionChannel"),
                    "must be AwsMarketplace or External",
                );
            }
            if !OfferPricingModel::from(p.pricing_model.as_str()).is_known() {
                v.fail(format!("{field}.PreExistingAgreement.PricingModel"), "must be Byol, Free, Usage or Contract");
            }
        }
    }
}

details!(
    /// `UpdateTargeting` on an offer: who may buy it. Buyer accounts make it a private offer.
    UpdateOfferTargeting = "UpdateTargeting" {
        /// Accounts and countries that may buy.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        positive_targeting: Option<PositiveTargeting>,
        /// Countries that may not.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        negative_targeting: Option<NegativeTargeting>,
    }
);
impl ChangeDetails for UpdateOfferTargeting {
    const CHANGE_TYPE: &'static str = "UpdateTargeting";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if let Some(p) = &self.positive_targeting {
            account_list(v, &format!("{field}.PositiveTargeting.BuyerAccounts"), &p.buyer_accounts);
            country_codes(v, &format!("{field}.PositiveTargeting.CountryCodes"), &p.country_codes);
        }
        if let Some(n) = &self.negative_targeting {
            country_codes(v, &format!("{field}.NegativeTargeting.CountryCodes"), &n.country_codes);
        }
    }
}

details!(
    /// `UpdateAvailability`: when an offer (or resale authorization) stops being available.
    UpdateAvailability = "UpdateAvailability" {
        /// `YYYY-MM-DD`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        availability_end_date: Option<String>,
        /// For resale authorizations: how many offers the partner may make.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        offers_max_quantity: Option<i64>,
    }
);
impl ChangeDetails for UpdateAvailability {
    const CHANGE_TYPE: &'static str = "UpdateAvailability";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        match &self.availability_end_date {
            Some(date) => date_field(v, &format!("{field}.AvailabilityEndDate"), date),
            None if self.offers_max_quantity.is_none() => v.fail(format!("{field}.AvailabilityEndDate"), "is required"),
            None => {}
        }
        if let Some(q) = self.offers_max_quantity {
            v.range(&format!("{field}.OffersMaxQuantity"), q, 1, 100_000);
        }
    }
}

details!(
    /// `UpdatePricingTerms`: the pricing model and its pricing terms.
    UpdatePricingTerms = "UpdatePricingTerms" {
        /// Byol, Free, Usage or Contract.
        pricing_model: OfferPricingModel,
        /// The pricing terms.
        terms: Vec<Term>,
    }
);
// A derived default needs `#[default]` on a variant, which the shared open-enum macro does not take.
#[allow(clippy::derivable_impls)]
impl Default for OfferPricingModel {
    fn default() -> Self {
        OfferPricingModel::Contract
    }
}
impl ChangeDetails for UpdatePricingTerms {
    const CHANGE_TYPE: &'static str = "UpdatePricingTerms";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        validate_pricing(v, field, &self.pricing_model, &self.terms);
    }
}

/// Declares a change type that carries `Terms` of one term type, `min..=max` of them.
macro_rules! terms_change {
    ($(#[$meta:meta])* $name:ident = $wire:literal, $term:literal, $min:literal, $max:literal) => {
        details!($(#[$meta])* $name = $wire {
            /// The terms.
            terms: Vec<Term>,
        });
        impl ChangeDetails for $name {
            const CHANGE_TYPE: &'static str = $wire;
            fn validate_into(&self, v: &mut Validator, field: &str) {
                let n = self.terms.len();
                if !($min..=$max).contains(&n) {
                    let rule = if $min == $max { format!("must hold exactly {} {}", $max, $term) } else { format!("must hold at most {} {}", $max, $term) };
                    v.fail(format!("{field}.Terms"), format!("{rule}, got {n}"));
                }
                for (i, term) in self.terms.iter().enumerate() {
                    let at = format!("{field}.Terms[{i}]");
                    if term.type_name() != $term {
                        v.fail(format!("{at}.Type"), format!("{} takes {}, not {}", $wire, $term, term.type_name()));
                    } else {
                        term.validate_into(v, &at);
                    }
                }
            }
        }
    };
}

terms_change!(
    /// `UpdateLegalTerms`: the EULA.
    UpdateLegalTerms = "UpdateLegalTerms", "LegalTerm", 1, 1
);
terms_change!(
    /// `UpdateSupportTerms`: the refund policy.
    UpdateSupportTerms = "UpdateSupportTerms", "SupportTerm", 0, 1
);
terms_change!(
    /// `UpdateRenewalTerms`: auto-renewal on (one RenewalTerm) or off (none).
    UpdateRenewalTerms = "UpdateRenewalTerms", "RenewalTerm", 0, 1
);
terms_change!(
    /// `UpdateValidityTerms`: the agreement's duration or dates.
    UpdateValidityTerms = "UpdateValidityTerms", "ValidityTerm", 0, 1
);
terms_change!(
    /// `UpdatePaymentScheduleTerms`: a flexible payment schedule.
    UpdatePaymentScheduleTerms = "UpdatePaymentScheduleTerms", "PaymentScheduleTerm", 0, 1
);
terms_change!(
    /// `UpdateCustomerVerificationTerms`: buyer verification.
    UpdateCustomerVerificationTerms = "UpdateCustomerVerificationTerms", "CustomerVerificationTerm", 0, 1
);

terms_change!(
    /// `UpdateVariablePaymentTerms`: variable payments the seller requests during the agreement (this library's own
    /// change type: the public offer schema has no change that sets a `VariablePaymentTerm`).
    UpdateVariablePaymentTerms = "UpdateVariablePaymentTerms", "VariablePaymentTerm", 0, 1
);

details!(
    /// `UpdateMarkup`: a channel partner's markup on a resale-authorization offer.
    UpdateMarkup = "UpdateMarkup" {
        /// A percentage such as `5.5`.
        percentage: String,
    }
);
impl ChangeDetails for UpdateMarkup {
    const CHANGE_TYPE: &'static str = "UpdateMarkup";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        let (whole, fraction) = self.percentage.split_once('.').unwrap_or(("", &self.percentage));
        let ok = !fraction.is_empty()
            && fraction.len() <= 9
            && fraction.bytes().all(|b| b.is_ascii_digit())
            && whole.bytes().all(|b| b.is_ascii_digit());
        if !ok {
            v.fail(format!("{field}.Percentage"), r"must match ^(\d*\.)?\d{1,9}$");
        }
    }
}

details!(
    /// `ReleaseOffer`: validate and publish a Draft offer.
    ReleaseOffer = "ReleaseOffer" {}
);
impl ChangeDetails for ReleaseOffer {
    const CHANGE_TYPE: &'static str = "ReleaseOffer";
}

// ---------------------------------------------------------------- resale authorizations

details!(
    /// `CreateResaleAuthorization`: let a channel partner resell a product.
    CreateResaleAuthorization = "CreateResaleAuthorization" {
        /// A name.
        name: String,
        /// A description.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        /// The product.
        product_id: String,
        /// The partner's account.
        reseller_account_id: String,
        /// Groups authorizations created together (1–50 characters).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bulk_request_id: Option<String>,
    }
);
impl ChangeDetails for CreateResaleAuthorization {
    const CHANGE_TYPE: &'static str = "CreateResaleAuthorization";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        v.length(&format!("{field}.Name"), &self.name, 1, 100);
        opt_length(v, &format!("{field}.Description"), &self.description, 1, 255);
        opt_length(v, &format!("{field}.BulkRequestId"), &self.bulk_request_id, 1, 50);
        product_id_rule(v, &format!("{field}.ProductId"), &self.product_id);
        account_list(v, &format!("{field}.ResellerAccountId"), std::slice::from_ref(&self.reseller_account_id));
    }
}

details!(
    /// `UpdateInformation` on a resale authorization.
    UpdateResaleAuthorizationInformation = "UpdateInformation" {
        /// 1–100 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// 1–255 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        /// For authorizations that migrate a buyer's existing agreement (needs a BuyerTargetingTerm).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pre_existing_buyer_agreement: Option<PreExistingAgreement>,
    }
);
impl ChangeDetails for UpdateResaleAuthorizationInformation {
    const CHANGE_TYPE: &'static str = "UpdateInformation";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        opt_length(v, &format!("{field}.Name"), &self.name, 1, 100);
        opt_length(v, &format!("{field}.Description"), &self.description, 1, 255);
        if self.name.is_none() && self.description.is_none() && self.pre_existing_buyer_agreement.is_none() {
            v.fail(field, "Any of [Name, Description, PreExistingBuyerAgreement] is required");
        }
    }
}

details!(
    /// `UpdateAvailability` on a resale authorization: until when, and whether it is for one offer only.
    UpdateResaleAvailability = "UpdateAvailability" {
        /// `YYYY-MM-DD`, in the future.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        availability_end_date: Option<String>,
        /// 1: the partner may make one offer.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        offers_max_quantity: Option<i64>,
    }
);
impl ChangeDetails for UpdateResaleAvailability {
    const CHANGE_TYPE: &'static str = "UpdateAvailability";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if self.availability_end_date.is_none() && self.offers_max_quantity.is_none() {
            v.fail(field, "Provide either OffersMaxQuantity or AvailabilityEndDate.");
        }
        if let Some(date) = &self.availability_end_date {
            date_field(v, &format!("{field}.AvailabilityEndDate"), date);
        }
        if self.offers_max_quantity.is_some_and(|q| q != 1) {
            v.fail(format!("{field}.OffersMaxQuantity"), "must be 1");
        }
    }
}

details!(
    /// `UpdatePricingTerms` on a resale authorization: its pricing model and resale pricing terms.
    UpdateResalePricingTerms = "UpdatePricingTerms" {
        /// Free, Usage or Contract.
        pricing_model: OfferPricingModel,
        /// ResaleUsageBasedPricingTerm, ResaleConfigurableUpfrontPricingTerm, ResaleFixedUpfrontPricingTerm.
        terms: Vec<ResaleTerm>,
    }
);
impl ChangeDetails for UpdateResalePricingTerms {
    const CHANGE_TYPE: &'static str = "UpdatePricingTerms";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if !["Free", "Usage", "Contract"].contains(&self.pricing_model.as_str()) {
            v.fail(format!("{field}.PricingModel"), "must be Free, Usage or Contract");
        }
        resale_terms_rule(v, field, &self.terms, &RESALE_PRICING_TERMS, 1, 3);
        let currencies: std::collections::BTreeSet<&str> =
            self.terms.iter().filter_map(|t| t.currency_code.as_ref()).map(|c| c.as_str()).collect();
        if currencies.len() > 1 {
            v.fail(format!("{field}.Terms"), "Provide the same CurrencyCode across all pricing and payment terms.");
        }
    }
}

/// Check `terms`: `min..=max` of them, each of one of `types` and at most once, each by its own rules.
fn resale_terms_rule(v: &mut Validator, field: &str, terms: &[ResaleTerm], types: &[&str], min: usize, max: usize) {
    if !(min..=max).contains(&terms.len()) {
        v.fail(format!("{field}.Terms"), format!("must hold {min} to {max} terms, got {}", terms.len()));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, term) in terms.iter().enumerate() {
        let at = format!("{field}.Terms[{i}]");
        if !types.contains(&term.term_type.as_str()) {
            v.fail(format!("{at}.Type"), format!("{:?} is not one of {}", term.term_type, types.join(", ")));
            continue;
        }
        if !seen.insert(term.term_type.as_str()) {
            v.fail(format!("{at}.Type"), "Each term must present only single time");
        }
        term.validate_into(v, &at);
    }
}

/// Declares a resale authorization change type that carries `Terms` of the given types.
macro_rules! resale_terms_change {
    ($(#[$meta:meta])* $name:ident = $wire:literal, [$($term:literal),+], $min:literal, $max:literal) => {
        details!($(#[$meta])* $name = $wire {
            /// The terms.
            terms: Vec<ResaleTerm>,
        });
        impl ChangeDetails for $name {
            const CHANGE_TYPE: &'static str = $wire;
            fn validate_into(&self, v: &mut Validator, field: &str) {
                resale_terms_rule(v, field, &self.terms, &[$($term),+], $min, $max);
            }
        }
    };
}

resale_terms_change!(
    /// `UpdateLegalTerms` on a resale authorization: the buyer's EULA (`BuyerLegalTerm`, required before release)
    /// and the reseller contract (`ResaleLegalTerm`).
    UpdateResaleLegalTerms = "UpdateLegalTerms", ["BuyerLegalTerm", "ResaleLegalTerm"], 1, 2
);
resale_terms_change!(
    /// `UpdateBuyerTargetingTerms`: the buyers the partner may make offers to (one `BuyerTargetingTerm`).
    UpdateBuyerTargetingTerms = "UpdateBuyerTargetingTerms", ["BuyerTargetingTerm"], 0, 1
);
resale_terms_change!(
    /// `UpdateBuyerValidityTerms`: the latest agreement start (future-dated agreements, SaaS only).
    UpdateBuyerValidityTerms = "UpdateBuyerValidityTerms", ["BuyerValidityTerm"], 1, 1
);
resale_terms_change!(
    /// `UpdatePaymentScheduleTerms` on a resale authorization: a flexible payment schedule, with a
    /// `ResaleFixedUpfrontPricingTerm`.
    UpdateResalePaymentScheduleTerms = "UpdatePaymentScheduleTerms", ["ResalePaymentScheduleTerm"], 0, 1
);
resale_terms_change!(
    /// `UpdateNetPaymentTerms` on a resale authorization: the longest payment period the partner may grant.
    UpdateResaleNetPaymentTerms = "UpdateNetPaymentTerms", ["ResaleNetPaymentTerm"], 0, 1
);

details!(
    /// `CreateReplacementOfferUsingResaleAuthorization`: a channel partner's offer replacing an agreement it sold,
    /// under a resale authorization targeted to the agreement's buyer.
    CreateReplacementOfferUsingResaleAuthorization = "CreateReplacementOfferUsingResaleAuthorization" {
        /// The authorization.
        resale_authorization_id: String,
        /// The agreement to replace.
        agreement_id: String,
        /// A name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
    }
);
impl ChangeDetails for CreateReplacementOfferUsingResaleAuthorization {
    const CHANGE_TYPE: &'static str = "CreateReplacementOfferUsingResaleAuthorization";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        v.length(&format!("{field}.ResaleAuthorizationId"), &self.resale_authorization_id, 1, 255);
        if v.length(&format!("{field}.AgreementId"), &self.agreement_id, 1, 64)
            && self.agreement_id.contains(char::is_whitespace)
        {
            v.fail(format!("{field}.AgreementId"), "may not hold whitespace");
        }
        opt_length(v, &format!("{field}.Name"), &self.name, 1, 150);
    }
}

details!(
    /// `CreateOfferSet`: a Draft offer set, which groups private offers on several products for the same buyers.
    CreateOfferSet = "CreateOfferSet" {
        /// A name (1–150 characters).
        name: String,
    }
);
impl ChangeDetails for CreateOfferSet {
    const CHANGE_TYPE: &'static str = "CreateOfferSet";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        v.length(&format!("{field}.Name"), &self.name, 1, 150);
    }
}

details!(
    /// `UpdateInformation` on an offer set: its name and buyer notes (at least one of them).
    UpdateOfferSetInformation = "UpdateInformation" {
        /// A name (1–150 characters).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// Details for the buyer (1–1000 characters); required before the set is released.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        buyer_notes: Option<String>,
    }
);
impl ChangeDetails for UpdateOfferSetInformation {
    const CHANGE_TYPE: &'static str = "UpdateInformation";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        opt_length(v, &format!("{field}.Name"), &self.name, 1, 150);
        opt_length(v, &format!("{field}.BuyerNotes"), &self.buyer_notes, 1, 1000);
        if self.name.is_none() && self.buyer_notes.is_none() {
            v.fail(field, "give at least one of Name and BuyerNotes");
        }
    }
}

/// An offer named by an offer set change.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OfferRef {
    /// The offer (1–36 characters).
    pub offer_id: String,
}

impl From<&str> for OfferRef {
    fn from(offer_id: &str) -> Self {
        OfferRef { offer_id: offer_id.to_owned() }
    }
}

macro_rules! offers_change {
    ($(#[$meta:meta])* $name:ident = $wire:literal) => {
        details!($(#[$meta])* $name = $wire {
            /// 1–7 offers.
            offers: Vec<OfferRef>,
        });
        impl ChangeDetails for $name {
            const CHANGE_TYPE: &'static str = $wire;
            fn validate_into(&self, v: &mut Validator, field: &str) {
                if self.offers.is_empty() || self.offers.len() > 7 {
                    v.fail(format!("{field}.Offers"), format!("must hold 1 to 7 offers, got {}", self.offers.len()));
                }
                for (i, offer) in self.offers.iter().enumerate() {
                    v.length(&format!("{field}.Offers[{i}].OfferId"), &offer.offer_id, 1, 36);
                }
            }
        }
    };
}

offers_change!(
    /// `AssociateOffers`: put offers into a Draft offer set (`{"Offers": [{"OfferId": ...}]}`); the offers must have
    /// been created for this set (`CreateOffer`'s `OfferSetId`) or for none.
    AssociateOffers = "AssociateOffers"
);
offers_change!(
    /// `DisassociateOffers`: take offers out of a Draft offer set (they keep their `OfferSetId`).
    DisassociateOffers = "DisassociateOffers"
);

details!(
    /// `AssociateSolution`: tie the offer set to a solution (one at a time).
    AssociateSolution = "AssociateSolution" {
        /// `soln-...`, up to 50 characters.
        solution_id: String,
    }
);
impl ChangeDetails for AssociateSolution {
    const CHANGE_TYPE: &'static str = "AssociateSolution";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        solution_id_rule(v, &format!("{field}.SolutionId"), &self.solution_id);
    }
}

details!(
    /// `DisassociateSolution`: untie the offer set from its solution.
    DisassociateSolution = "DisassociateSolution" {
        /// `soln-...`, up to 50 characters.
        solution_id: String,
    }
);
impl ChangeDetails for DisassociateSolution {
    const CHANGE_TYPE: &'static str = "DisassociateSolution";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        solution_id_rule(v, &format!("{field}.SolutionId"), &self.solution_id);
    }
}

fn solution_id_rule(v: &mut Validator, field: &str, id: &str) {
    if reference_name(id).is_some() {
        return;
    }
    let ok = id.len() <= 50
        && id
            .strip_prefix("soln-")
            .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric()));
    if !ok {
        v.fail(field, r"must match ^soln-[A-Za-z0-9]+$ (up to 50 characters)");
    }
}

// ---------------------------------------------------------------- solutions

details!(
    /// `CreateSolution`: a Draft multi-product solution (`soln-...`).
    CreateSolution = "CreateSolution" {
        /// The seller's own name for it (1–100 characters).
        name: String,
        /// The title buyers see (≤ 255 characters).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
    }
);
impl ChangeDetails for CreateSolution {
    const CHANGE_TYPE: &'static str = "CreateSolution";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if self.name.is_empty() || self.name.chars().count() > 100 {
            v.fail(
                format!("{field}.Name"),
                "The solution Name length isn't valid. Enter a Name that's between 1 and 100 characters and try again.",
            );
        }
        opt_length(v, &format!("{field}.Title"), &self.title, 1, 255);
    }
}

/// An image or video on a solution's page.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PromotionalMedia {
    /// `Image` or `Video`.
    #[serde(rename = "Type")]
    pub media_type: String,
    /// Where it lives.
    pub url: String,
    /// ≤ 100 characters.
    pub title: String,
    /// ≤ 200 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A preview image (videos).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preview_url: Option<String>,
}

/// A use case of a solution, from AWS's use-case list.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UseCase {
    /// Such as `advertising_and_marketing`.
    pub group: String,
    /// Such as `ad_intelligence_and_measurement`.
    pub sub_group: String,
    /// Such as `amazon_ads_insights`.
    pub item: String,
    /// ≤ 500 characters.
    pub description: String,
}

details!(
    /// `UpdateInformation` on a solution: its presentation. Members left out stay; a member sent as `null` is
    /// removed (the engine reads that from the document).
    UpdateSolutionInformation = "UpdateInformation" {
        /// 1–100 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// ≤ 255 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// ≤ 1000 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        short_description: Option<String>,
        /// ≤ 5000 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        long_description: Option<String>,
        /// ≤ 2048 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        logo_url: Option<String>,
        /// Up to 15 (5 videos, 10 images).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        promotional_media: Option<Vec<PromotionalMedia>>,
        /// Up to 8 links.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        additional_resources: Option<Vec<AdditionalResource>>,
        /// Up to 3.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        use_cases: Option<Vec<UseCase>>,
    }
);
impl ChangeDetails for UpdateSolutionInformation {
    const CHANGE_TYPE: &'static str = "UpdateInformation";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        opt_length(v, &format!("{field}.Name"), &self.name, 1, 100);
        opt_length(v, &format!("{field}.Title"), &self.title, 1, 255);
        opt_length(v, &format!("{field}.ShortDescription"), &self.short_description, 1, 1000);
        opt_length(v, &format!("{field}.LongDescription"), &self.long_description, 1, 5000);
        opt_length(v, &format!("{field}.LogoUrl"), &self.logo_url, 1, 2048);
        if let Some(media) = &self.promotional_media {
            let videos = media.iter().filter(|m| m.media_type == "Video").count();
            if media.len() > 15 || videos > 5 || media.len() - videos > 10 {
                v.fail(format!("{field}.PromotionalMedia"), "Provide no more than 5 videos and 10 images.");
            }
            for (i, m) in media.iter().enumerate() {
                let at = format!("{field}.PromotionalMedia[{i}]");
                if m.media_type != "Image" && m.media_type != "Video" {
                    v.fail(format!("{at}.Type"), "must be Image or Video");
                }
                v.length(&format!("{at}.Title"), &m.title, 1, 100);
                opt_length(v, &format!("{at}.Description"), &m.description, 1, 200);
            }
        }
        if self.additional_resources.as_ref().is_some_and(|r| r.len() > 8) {
            v.fail(format!("{field}.AdditionalResources"), "Provide no more than 8 AdditionalResources.");
        }
        if let Some(cases) = &self.use_cases {
            if cases.len() > 3 {
                v.fail(format!("{field}.UseCases"), "Provide no more than 3 UseCases.");
            }
            for (i, c) in cases.iter().enumerate() {
                v.length(&format!("{field}.UseCases[{i}].Description"), &c.description, 1, 500);
            }
        }
    }
}

/// A product of the seller's in AWS Marketplace that a solution includes.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductRef {
    /// The product (≤ 50 characters).
    pub product_id: String,
}

/// Something outside AWS Marketplace that a solution includes.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NonAwsMarketplaceProduct {
    /// Software, Consulting, Hardware, Communication, Professional Service, Managed Service, Value-Added Resale or
    /// Training.
    #[serde(rename = "Type")]
    pub product_type: String,
    /// ≤ 255 characters.
    pub title: String,
    /// ≤ 220 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// A link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The kinds of products outside AWS Marketplace a solution may include.
pub const NON_AWS_MARKETPLACE_PRODUCT_TYPES: [&str; 8] = [
    "Software",
    "Consulting",
    "Hardware",
    "Communication",
    "Professional Service",
    "Managed Service",
    "Value-Added Resale",
    "Training",
];

details!(
    /// `UpdateRelatedProducts`: the products a solution combines (not on Public solutions).
    UpdateRelatedProducts = "UpdateRelatedProducts" {
        /// ≤ 5000 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        integration_description: Option<String>,
        /// Up to 5 of the seller's products.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        aws_marketplace_products: Option<Vec<ProductRef>>,
        /// Up to 5 others.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        non_aws_marketplace_products: Option<Vec<NonAwsMarketplaceProduct>>,
    }
);
impl ChangeDetails for UpdateRelatedProducts {
    const CHANGE_TYPE: &'static str = "UpdateRelatedProducts";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        opt_length(v, &format!("{field}.IntegrationDescription"), &self.integration_description, 1, 5000);
        if let Some(products) = &self.aws_marketplace_products {
            if products.len() > 5 {
                v.fail(format!("{field}.AwsMarketplaceProducts"), "Provide no more than 5 AwsMarketplaceProducts.");
            }
            for (i, p) in products.iter().enumerate() {
                product_id_rule(v, &format!("{field}.AwsMarketplaceProducts[{i}].ProductId"), &p.product_id);
            }
        }
        if let Some(products) = &self.non_aws_marketplace_products {
            if products.len() > 5 {
                v.fail(
                    format!("{field}.NonAwsMarketplaceProducts"),
                    "Provide no more than 5 NonAwsMarketplaceProducts.",
                );
            }
            for (i, p) in products.iter().enumerate() {
                let at = format!("{field}.NonAwsMarketplaceProducts[{i}]");
                if !NON_AWS_MARKETPLACE_PRODUCT_TYPES.contains(&p.product_type.as_str()) {
                    v.fail(
                        format!("{at}.Type"),
                        format!("must be one of {}", NON_AWS_MARKETPLACE_PRODUCT_TYPES.join(", ")),
                    );
                }
                v.length(&format!("{at}.Title"), &p.title, 1, 255);
                opt_length(v, &format!("{at}.Description"), &p.description, 1, 220);
            }
        }
    }
}

/// How buyers may engage with a solution's seller.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BuyerEngagementOption {
    /// `RequestPrivateOffer` or `RequestProductDemo`.
    pub engagement_option: String,
}

/// `UpdateBuyerEngagementOptions` (solution): the `DetailsDocument` is the array of options itself.
#[model]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UpdateBuyerEngagementOptions {
    /// The options.
    pub options: Vec<BuyerEngagementOption>,
}
impl ChangeDetails for UpdateBuyerEngagementOptions {
    const CHANGE_TYPE: &'static str = "UpdateBuyerEngagementOptions";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        for (i, o) in self.options.iter().enumerate() {
            if o.engagement_option != "RequestPrivateOffer" && o.engagement_option != "RequestProductDemo" {
                v.fail(format!("{field}[{i}].EngagementOption"), "must be RequestPrivateOffer or RequestProductDemo");
            }
        }
    }
}

details!(
    /// `ReleaseSolution`: publish a Draft solution as Limited.
    ReleaseSolution = "ReleaseSolution" {}
);
impl ChangeDetails for ReleaseSolution {
    const CHANGE_TYPE: &'static str = "ReleaseSolution";
}

details!(
    /// `ReleaseOfferSet`: release the offer set, whose offers are released already.
    ReleaseOfferSet = "ReleaseOfferSet" {}
);
impl ChangeDetails for ReleaseOfferSet {
    const CHANGE_TYPE: &'static str = "ReleaseOfferSet";
}

details!(
    /// `ReleaseResaleAuthorization`: publish it to the partner.
    ReleaseResaleAuthorization = "ReleaseResaleAuthorization" {}
);
impl ChangeDetails for ReleaseResaleAuthorization {
    const CHANGE_TYPE: &'static str = "ReleaseResaleAuthorization";
}

details!(
    /// `RestrictResaleAuthorization`: stop new offers under it.
    RestrictResaleAuthorization = "RestrictResaleAuthorization" {}
);
impl ChangeDetails for RestrictResaleAuthorization {
    const CHANGE_TYPE: &'static str = "RestrictResaleAuthorization";
}

// ---------------------------------------------------------------- private marketplace

details!(
    /// `CreateExperience`: a private marketplace experience (no products, no audiences, not live).
    CreateExperience = "CreateExperience" {
        /// A name.
        name: String,
        /// A description.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
    }
);
impl ChangeDetails for CreateExperience {
    const CHANGE_TYPE: &'static str = "CreateExperience";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        v.length(&format!("{field}.Name"), &self.name, 1, 255);
        opt_length(v, &format!("{field}.Description"), &self.description, 1, 1000);
    }
}

details!(
    /// `UpdateExperience`: rename it, or take it live (`Enabled`) or offline (`Disabled`).
    UpdateExperience = "UpdateExperience" {
        /// A new name.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        /// A new description.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        /// `Enabled` (live) or `Disabled` (not live).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<String>,
    }
);
impl ChangeDetails for UpdateExperience {
    const CHANGE_TYPE: &'static str = "UpdateExperience";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        opt_length(v, &format!("{field}.Name"), &self.name, 1, 255);
        if let Some(status) = &self.status {
            if status != "Enabled" && status != "Disabled" {
                v.fail(format!("{field}.Status"), "must be Enabled or Disabled");
            }
        }
    }
}

details!(
    /// `RestrictExperience`: archive an experience. It must be offline first, and the console's confirmation word
    /// (`confirm`, lower case) is carried as `Confirmation` when given.
    RestrictExperience = "RestrictExperience" {
        /// Must be `confirm` when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        confirmation: Option<String>,
    }
);
impl ChangeDetails for RestrictExperience {
    const CHANGE_TYPE: &'static str = "RestrictExperience";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if self.confirmation.as_deref().is_some_and(|c| c != "confirm") {
            v.fail(format!("{field}.Confirmation"), "must be confirm, all lower case");
        }
    }
}

details!(
    /// `ReviveExperience`: reactivate an archived experience (it comes back not live).
    ReviveExperience = "ReviveExperience" {
        /// Must be `confirm` when given.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        confirmation: Option<String>,
    }
);
impl ChangeDetails for ReviveExperience {
    const CHANGE_TYPE: &'static str = "ReviveExperience";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if self.confirmation.as_deref().is_some_and(|c| c != "confirm") {
            v.fail(format!("{field}.Confirmation"), "must be confirm, all lower case");
        }
    }
}

/// Product ids in a procurement change.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductIds {
    /// The products.
    pub ids: Vec<String>,
}

fn product_ids_rule(v: &mut Validator, field: &str, products: &[ProductIds]) {
    let n: usize = products.iter().map(|p| p.ids.len()).sum();
    if n == 0 {
        v.fail(format!("{field}.Products"), "needs at least 1 product id");
    }
    for (i, p) in products.iter().enumerate() {
        for (j, id) in p.ids.iter().enumerate() {
            product_id_rule(v, &format!("{field}.Products[{i}].Ids[{j}]"), id);
        }
    }
}

details!(
    /// `AllowProductProcurement`: approve products in an experience.
    AllowProductProcurement = "AllowProductProcurement" {
        /// The products.
        products: Vec<ProductIds>,
    }
);
impl ChangeDetails for AllowProductProcurement {
    const CHANGE_TYPE: &'static str = "AllowProductProcurement";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        product_ids_rule(v, field, &self.products);
    }
}

details!(
    /// `DenyProductProcurement`: remove products from an experience.
    DenyProductProcurement = "DenyProductProcurement" {
        /// The products.
        products: Vec<ProductIds>,
    }
);
impl ChangeDetails for DenyProductProcurement {
    const CHANGE_TYPE: &'static str = "DenyProductProcurement";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        product_ids_rule(v, field, &self.products);
    }
}

fn principals_rule(v: &mut Validator, field: &str, principals: &[String]) {
    if principals.is_empty() {
        v.fail(format!("{field}.Principals"), "needs at least 1 principal");
    }
    for (i, p) in principals.iter().enumerate() {
        let account = p.len() == 12 && p.bytes().all(|b| b.is_ascii_digit());
        if !account && !p.starts_with("arn:aws:organizations::") {
            v.fail(
                format!("{field}.Principals[{i}]"),
                format!("{p:?} is neither a 12-digit account id nor an organization, OU or account ARN"),
            );
        }
    }
}

details!(
    /// `AssociateAudience`: govern accounts, OUs or the organization with an experience.
    AssociateAudience = "AssociateAudience" {
        /// Account ids or Organizations ARNs.
        principals: Vec<String>,
    }
);
impl ChangeDetails for AssociateAudience {
    const CHANGE_TYPE: &'static str = "AssociateAudience";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        principals_rule(v, field, &self.principals);
    }
}

details!(
    /// `DisassociateAudience`: stop governing them.
    DisassociateAudience = "DisassociateAudience" {
        /// Account ids or Organizations ARNs.
        principals: Vec<String>,
    }
);
impl ChangeDetails for DisassociateAudience {
    const CHANGE_TYPE: &'static str = "DisassociateAudience";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        principals_rule(v, field, &self.principals);
    }
}

details!(
    /// `CreateProcurementPolicy`: the user-request policy of an experience (requests on by default).
    CreateProcurementPolicy = "CreateProcurementPolicy" {
        /// The experience it belongs to.
        experience_id: String,
        /// `Enabled` (default) or `Disabled`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        software_requests: Option<String>,
    }
);
impl ChangeDetails for CreateProcurementPolicy {
    const CHANGE_TYPE: &'static str = "CreateProcurementPolicy";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        v.length(&format!("{field}.ExperienceId"), &self.experience_id, 1, 255);
        enabled_rule(v, &format!("{field}.SoftwareRequests"), &self.software_requests);
    }
}

fn enabled_rule(v: &mut Validator, field: &str, value: &Option<String>) {
    if value.as_deref().is_some_and(|s| s != "Enabled" && s != "Disabled") {
        v.fail(field, "must be Enabled or Disabled");
    }
}

details!(
    /// `UpdateProcurementPolicy`: turn user requests on or off.
    UpdateProcurementPolicy = "UpdateProcurementPolicy" {
        /// `Enabled` or `Disabled`.
        software_requests: Option<String>,
    }
);
impl ChangeDetails for UpdateProcurementPolicy {
    const CHANGE_TYPE: &'static str = "UpdateProcurementPolicy";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        if self.software_requests.is_none() {
            v.fail(format!("{field}.SoftwareRequests"), "is required");
        }
        enabled_rule(v, &format!("{field}.SoftwareRequests"), &self.software_requests);
    }
}

details!(
    /// `CreateBrandingSettings`: logo, title and colours of an experience.
    CreateBrandingSettings = "CreateBrandingSettings" {
        /// The experience.
        experience_id: String,
        /// The title shown to users.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// The logo's address.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        logo_url: Option<String>,
        /// A colour such as `#232F3E`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        primary_color: Option<String>,
    }
);
impl ChangeDetails for CreateBrandingSettings {
    const CHANGE_TYPE: &'static str = "CreateBrandingSettings";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        v.length(&format!("{field}.ExperienceId"), &self.experience_id, 1, 255);
        color_rule(v, &format!("{field}.PrimaryColor"), &self.primary_color);
    }
}

fn color_rule(v: &mut Validator, field: &str, value: &Option<String>) {
    if let Some(c) = value {
        let ok = c.len() == 7 && c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit());
        if !ok {
            v.fail(field, "must be a colour like #232F3E");
        }
    }
}

details!(
    /// `UpdateBrandingSettings`.
    UpdateBrandingSettings = "UpdateBrandingSettings" {
        /// The title shown to users.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        /// The logo's address.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        logo_url: Option<String>,
        /// A colour such as `#232F3E`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        primary_color: Option<String>,
    }
);
impl ChangeDetails for UpdateBrandingSettings {
    const CHANGE_TYPE: &'static str = "UpdateBrandingSettings";
    fn validate_into(&self, v: &mut Validator, field: &str) {
        color_rule(v, &format!("{field}.PrimaryColor"), &self.primary_color);
    }
}

// ---------------------------------------------------------------- every typed change, as one value

/// Declares [`TypedDetails`], one variant per typed change type (named after its struct), and what it needs: the
/// change type, the check, the document, and (with `python`) the Python conversions.
macro_rules! typed_details {
    ($($variant:ident => $doc:literal),* $(,)?) => {
        /// The details of any typed change type: how the bindings (Go, Kotlin, Swift, Python), which have no
        /// generics, hand the library a typed change. Build the [`Change`] with [`Change::typed_details`], which
        /// checks the details by the same rules the local engine applies.
        #[model]
        #[derive(Debug, Clone, PartialEq)]
        pub enum TypedDetails {
            $(
                #[doc = $doc]
                $variant($variant),
            )*
        }

        impl TypedDetails {
            /// The change type's name on the wire.
            pub fn change_type(&self) -> &'static str {
                match self {
                    $(TypedDetails::$variant(_) => <$variant as ChangeDetails>::CHANGE_TYPE,)*
                }
            }

            /// Check the details by their change type's rules, reporting under `field`.
            pub fn validate_into(&self, v: &mut Validator, field: &str) {
                match self {
                    $(TypedDetails::$variant(d) => d.validate_into(v, field),)*
                }
            }

            /// The `DetailsDocument` these details serialize to.
            pub fn document(&self) -> Value {
                let document = match self {
                    $(TypedDetails::$variant(d) => serde_json::to_value(d),)*
                };
                // The details are plain data (strings, numbers, lists and documents): serializing them cannot fail.
                document.unwrap_or(Value::Null)
            }

            /// The name of the struct these details are, as the bindings name it (`AddDimensions`).
            pub fn variant_name(&self) -> &'static str {
                match self {
                    $(TypedDetails::$variant(_) => stringify!($variant),)*
                }
            }
        }

        $(
            impl From<$variant> for TypedDetails {
                fn from(details: $variant) -> Self {
                    TypedDetails::$variant(details)
                }
            }
        )*

        /// In Python the details are an instance of their class (`marketplane.AddDimensions(...)`); the stubs name
        /// the union of those classes `TypedDetails`.
        #[cfg(feature = "python")]
        mod typed_details_python {
            use pyo3::prelude::*;

            use super::*;
            use crate::python::{FromPython, PyModel, Stubs, ToPython};

            impl ToPython for TypedDetails {
                fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    match self {
                        $(TypedDetails::$variant(d) => d.to_python(py),)*
                    }
                }
            }

            impl FromPython for TypedDetails {
                fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
                    $(
                        if let Ok(details) = value.cast::<$variant>() {
                            return Ok(TypedDetails::$variant(details.try_borrow()?.clone()));
                        }
                    )*
                    let got = value.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "object".into());
                    Err(pyo3::exceptions::PyTypeError::new_err(format!(
                        "{field}: expected the details of a change type, such as AddDimensions or CreateOffer, got {got}"
                    )))
                }
            }

            impl PyModel for TypedDetails {
                fn hint(stubs: &mut Stubs) -> String {
                    let classes = [$(<$variant as PyModel>::hint(stubs)),*];
                    stubs.alias("TypedDetails", &format!("TypedDetails: TypeAlias = Union[{}]", classes.join(", ")));
                    "TypedDetails".into()
                }

                fn register(module: &Bound<'_, pyo3::types::PyModule>) -> PyResult<()> {
                    $(<$variant as PyModel>::register(module)?;)*
                    Ok(())
                }
            }
        }
    };
}

typed_details!(
    CreateProduct => "The details of CreateProduct.",
    UpdateProductInformation => "The details of UpdateProductInformation.",
    AddDimensions => "The details of AddDimensions.",
    UpdateDimensions => "The details of UpdateDimensions.",
    UpdateProductTargeting => "The details of UpdateProductTargeting.",
    UpdateVisibility => "The details of UpdateVisibility.",
    ReleaseProduct => "The details of ReleaseProduct.",
    AddDeliveryOptions => "The details of AddDeliveryOptions.",
    AddRegions => "The details of AddRegions.",
    RestrictRegions => "The details of RestrictRegions.",
    AddInstanceTypes => "The details of AddInstanceTypes.",
    UpdateFutureRegionSupport => "The details of UpdateFutureRegionSupport.",
    AddRepositories => "The details of AddRepositories.",
    RestrictDimensions => "The details of RestrictDimensions.",
    RestrictInstanceTypes => "The details of RestrictInstanceTypes.",
    RestrictDeliveryOptions => "The details of RestrictDeliveryOptions.",
    UpdateDeliveryOptions => "The details of UpdateDeliveryOptions.",
    UpdateDeliveryOptionsVisibility => "The details of UpdateDeliveryOptionsVisibility.",
    CreateOffer => "The details of CreateOffer.",
    CreateReplacementOffer => "The details of CreateReplacementOffer.",
    CreateOfferUsingResaleAuthorization => "The details of CreateOfferUsingResaleAuthorization.",
    UpdateOfferInformation => "The details of UpdateOfferInformation.",
    UpdateOfferTargeting => "The details of UpdateOfferTargeting.",
    UpdateAvailability => "The details of UpdateAvailability.",
    UpdatePricingTerms => "The details of UpdatePricingTerms.",
    UpdateLegalTerms => "The details of UpdateLegalTerms.",
    UpdateSupportTerms => "The details of UpdateSupportTerms.",
    UpdateRenewalTerms => "The details of UpdateRenewalTerms.",
    UpdateValidityTerms => "The details of UpdateValidityTerms.",
    UpdatePaymentScheduleTerms => "The details of UpdatePaymentScheduleTerms.",
    UpdateCustomerVerificationTerms => "The details of UpdateCustomerVerificationTerms.",
    UpdateVariablePaymentTerms => "The details of UpdateVariablePaymentTerms.",
    UpdateMarkup => "The details of UpdateMarkup.",
    ReleaseOffer => "The details of ReleaseOffer.",
    CreateResaleAuthorization => "The details of CreateResaleAuthorization.",
    UpdateResaleAuthorizationInformation => "The details of UpdateResaleAuthorizationInformation.",
    UpdateResaleAvailability => "The details of UpdateResaleAvailability.",
    UpdateResalePricingTerms => "The details of UpdateResalePricingTerms.",
    UpdateResaleLegalTerms => "The details of UpdateResaleLegalTerms.",
    UpdateBuyerTargetingTerms => "The details of UpdateBuyerTargetingTerms.",
    UpdateBuyerValidityTerms => "The details of UpdateBuyerValidityTerms.",
    UpdateResalePaymentScheduleTerms => "The details of UpdateResalePaymentScheduleTerms.",
    UpdateResaleNetPaymentTerms => "The details of UpdateResaleNetPaymentTerms.",
    CreateReplacementOfferUsingResaleAuthorization => "The details of CreateReplacementOfferUsingResaleAuthorization.",
    ReleaseResaleAuthorization => "The details of ReleaseResaleAuthorization.",
    RestrictResaleAuthorization => "The details of RestrictResaleAuthorization.",
    CreateOfferSet => "The details of CreateOfferSet.",
    UpdateOfferSetInformation => "The details of UpdateOfferSetInformation.",
    AssociateOffers => "The details of AssociateOffers.",
    DisassociateOffers => "The details of DisassociateOffers.",
    AssociateSolution => "The details of AssociateSolution.",
    DisassociateSolution => "The details of DisassociateSolution.",
    ReleaseOfferSet => "The details of ReleaseOfferSet.",
    CreateSolution => "The details of CreateSolution.",
    UpdateSolutionInformation => "The details of UpdateSolutionInformation.",
    UpdateRelatedProducts => "The details of UpdateRelatedProducts.",
    UpdateBuyerEngagementOptions => "The details of UpdateBuyerEngagementOptions.",
    ReleaseSolution => "The details of ReleaseSolution.",
    CreateExperience => "The details of CreateExperience.",
    UpdateExperience => "The details of UpdateExperience.",
    RestrictExperience => "The details of RestrictExperience.",
    ReviveExperience => "The details of ReviveExperience.",
    AllowProductProcurement => "The details of AllowProductProcurement.",
    DenyProductProcurement => "The details of DenyProductProcurement.",
    AssociateAudience => "The details of AssociateAudience.",
    DisassociateAudience => "The details of DisassociateAudience.",
    CreateProcurementPolicy => "The details of CreateProcurementPolicy.",
    UpdateProcurementPolicy => "The details of UpdateProcurementPolicy.",
    CreateBrandingSettings => "The details of CreateBrandingSettings.",
    UpdateBrandingSettings => "The details of UpdateBrandingSettings.",
);

impl TypedDetails {
    /// Whether these details are the shape of their change type on `kind`. Several entity types share a change
    /// type's name with different documents (`UpdateInformation` on a product, an offer, a resale authorization, an
    /// offer set, a solution); each struct is the shape of one of them.
    fn fits(&self, kind: &EntityType) -> bool {
        use TypedDetails as T;
        match self {
            T::UpdateProductInformation(_) | T::UpdateProductTargeting(_) => kind.is_product(),
            T::UpdateVisibility(_) => kind.is_product() || *kind == EntityType::Solution,
            T::UpdateOfferInformation(_)
            | T::UpdateOfferTargeting(_)
            | T::UpdateAvailability(_)
            | T::UpdatePricingTerms(_)
            | T::UpdateLegalTerms(_)
            | T::UpdatePaymentScheduleTerms(_) => *kind == EntityType::Offer,
            T::UpdateResaleAuthorizationInformation(_)
            | T::UpdateResaleAvailability(_)
            | T::UpdateResalePricingTerms(_)
            | T::UpdateResaleLegalTerms(_)
            | T::UpdateResalePaymentScheduleTerms(_) => *kind == EntityType::ResaleAuthorization,
            T::UpdateOfferSetInformation(_) => *kind == EntityType::OfferSet,
            T::UpdateSolutionInformation(_) => *kind == EntityType::Solution,
            // The other change types have one shape wherever they apply; the entity type's list decides.
            _ => true,
        }
    }
}

impl Change {
    /// A change of typed details on `entity`, checked now by the rules the local engine applies when it runs the
    /// change (so a mistake is a `ValidationException` naming the member, before anything is sent): the details'
    /// own rules, and that the entity type takes this change type in this shape.
    pub fn typed_details(entity: EntityRef, details: TypedDetails) -> crate::Result<Change> {
        let mut v = Validator::new();
        let change_type = details.change_type();
        let kind = entity.kind();
        let known = change_types_for(&kind);
        // An entity type the library does not model (an empty list) passes through: AWS decides.
        if !known.is_empty() && (!known.contains(&change_type) || !details.fits(&kind)) {
            v.fail(
                "Entity.Type",
                format!(
                    "{} is not a change type of {} ({} details)",
                    change_type,
                    entity.entity_type,
                    details.variant_name()
                ),
            );
        }
        details.validate_into(&mut v, "DetailsDocument");
        v.finish()?;
        Ok(Change::raw(change_type, entity, details.document()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn problems<D: ChangeDetails>(d: &D) -> Vec<String> {
        let mut v = Validator::new();
        d.validate_into(&mut v, "Details");
        v.finish().err().map(|e| e.field_errors().iter().map(|f| f.name.clone()).collect()).unwrap_or_default()
    }

    #[test]
    fn typed_changes_serialize_as_the_service_documents_them() {
        let change = typed(
            EntityRef::new(EntityType::Offer),
            &CreateOffer { product_id: "prod-1234".into(), name: Some("Test".into()), offer_set_id: None },
        )
        .named("CreateOfferChange");
        let json = serde_json::to_value(&change).unwrap();
        assert_eq!(
            json,
            json!({"ChangeType": "CreateOffer", "Entity": {"Type": "Offer@1.0"}, "DetailsDocument": {"ProductId": "prod-1234", "Name": "Test"}, "ChangeName": "CreateOfferChange"})
        );
        let targeting = typed(
            EntityRef::created_by(EntityType::Offer, "CreateOfferChange"),
            &UpdateOfferTargeting {
                positive_targeting: Some(PositiveTargeting {
                    buyer_accounts: vec!["111122223333".into()],
                    country_codes: vec![],
                }),
                negative_targeting: None,
            },
        );
        assert_eq!(targeting.entity.identifier.as_deref(), Some("$CreateOfferChange.Entity.Identifier"));
        assert_eq!(
            targeting.details_document.unwrap(),
            json!({"PositiveTargeting": {"BuyerAccounts": ["111122223333"]}})
        );
    }

    #[test]
    fn targeting_is_limited_to_25_twelve_digit_accounts() {
        let accounts = |n: usize| (0..n).map(|i| format!("{:012}", 100_000_000_000u64 + i as u64)).collect::<Vec<_>>();
        let offer = |accounts| UpdateOfferTargeting {
            positive_targeting: Some(PositiveTargeting { buyer_accounts: accounts, country_codes: vec![] }),
            negative_targeting: None,
        };
        assert!(problems(&offer(accounts(25))).is_empty());
        assert_eq!(problems(&offer(accounts(26))), ["Details.PositiveTargeting.BuyerAccounts"]);
        assert_eq!(problems(&offer(vec!["12345678901".into()])), ["Details.PositiveTargeting.BuyerAccounts[0]"]);
    }

    #[test]
    fn term_changes_take_only_their_term() {
        let legal = UpdateLegalTerms { terms: vec![Term::Renewal] };
        assert_eq!(problems(&legal), ["Details.Terms[0].Type"]);
        assert_eq!(problems(&UpdateLegalTerms { terms: vec![] }), ["Details.Terms"]);
        assert!(problems(&UpdateRenewalTerms { terms: vec![] }).is_empty());
        assert!(problems(&UpdateRenewalTerms { terms: vec![Term::Renewal] }).is_empty());
        assert_eq!(problems(&UpdateRenewalTerms { terms: vec![Term::Renewal, Term::Renewal] }), ["Details.Terms"]);
    }

    #[test]
    fn availability_markup_and_pmp_rules() {
        assert_eq!(
            problems(&UpdateAvailability {
                availability_end_date: Some("2027-02-31".into()),
                offers_max_quantity: None
            }),
            ["Details.AvailabilityEndDate"]
        );
        assert!(problems(&UpdateMarkup { percentage: "5.5".into() }).is_empty());
        assert!(problems(&UpdateMarkup { percentage: "12".into() }).is_empty());
        assert_eq!(problems(&UpdateMarkup { percentage: "five".into() }), ["Details.Percentage"]);
        assert_eq!(problems(&RestrictExperience { confirmation: Some("Confirm".into()) }), ["Details.Confirmation"]);
        assert!(problems(&RestrictExperience { confirmation: Some("confirm".into()) }).is_empty());
        assert_eq!(problems(&AssociateAudience { principals: vec!["12345678901".into()] }), ["Details.Principals[0]"]);
        assert_eq!(problems(&AllowProductProcurement { products: vec![] }), ["Details.Products"]);
    }

    #[test]
    fn resale_terms_follow_their_type() {
        let term = |doc: serde_json::Value| -> ResaleTerm { serde_json::from_value(doc).unwrap() };
        let legal = UpdateResaleLegalTerms {
            terms: vec![term(json!({"Type": "BuyerLegalTerm", "Documents": [{"Type": "CustomEula"}]}))],
        };
        assert_eq!(problems(&legal), ["Details.Terms[0].Documents[0].Url"]);
        let offer_legal = UpdateResaleLegalTerms {
            terms: vec![term(json!({"Type": "LegalTerm", "Documents": [{"Type": "StandardEula"}]}))],
        };
        assert_eq!(problems(&offer_legal), ["Details.Terms[0].Type"]);
        let usage = |currency: &str| {
            term(json!({"Type": "ResaleUsageBasedPricingTerm", "CurrencyCode": currency,
                        "RateCards": [{"RateCard": [{"DimensionKey": "Users", "Price": "1.5"}]}]}))
        };
        let pricing = |terms| UpdateResalePricingTerms { pricing_model: OfferPricingModel::Usage, terms };
        assert!(problems(&pricing(vec![usage("USD")])).is_empty());
        // Usage prices are in USD only; each term type once.
        assert_eq!(problems(&pricing(vec![usage("EUR")])), ["Details.Terms[0].CurrencyCode"]);
        assert_eq!(problems(&pricing(vec![usage("USD"), usage("USD")])), ["Details.Terms[1].Type"]);
        let targeting = UpdateBuyerTargetingTerms {
            terms: vec![term(json!({"Type": "BuyerTargetingTerm", "PositiveTargeting": {"BuyerAccounts": ["12345"]}}))],
        };
        assert_eq!(problems(&targeting), ["Details.Terms[0].PositiveTargeting.BuyerAccounts[0]"]);
        let net = UpdateResaleNetPaymentTerms {
            terms: vec![term(json!({"Type": "ResaleNetPaymentTerm", "PaymentDuePeriod": "P10D"}))],
        };
        assert_eq!(problems(&net), ["Details.Terms[0].PaymentDuePeriod"]);
        assert_eq!(
            problems(&UpdateResaleAvailability { availability_end_date: None, offers_max_quantity: Some(2) }),
            ["Details.OffersMaxQuantity"]
        );
    }

    #[test]
    fn each_product_type_takes_its_own_change_types() {
        assert!(change_types_for(&EntityType::AmiProduct).contains(&"AddInstanceTypes"));
        assert!(!change_types_for(&EntityType::SaaSProduct).contains(&"AddRegions"));
        assert!(change_types_for(&EntityType::ContainerProduct).contains(&"AddRepositories"));
        assert!(!change_types_for(&EntityType::AmiProduct).contains(&"AddRepositories"));
        assert!(change_types_for(&EntityType::DataProduct).is_empty());
        assert!(change_types_for(&EntityType::Solution).contains(&"ReleaseSolution"));
        assert!(is_create("CreateSolution"));
        // Array documents serialize as the array.
        let update = UpdateDimensions {
            dimensions: vec![DimensionUpdate::new("Users").with_types(vec!["Entitled".to_owned()]).with_name("Seats")],
        };
        assert_eq!(
            serde_json::to_value(&update).unwrap(),
            json!([{"Key": "Users", "Types": ["Entitled"], "Name": "Seats"}])
        );
        assert_eq!(
            problems(&UpdateDimensions { dimensions: vec![DimensionUpdate::new("Users")] }),
            ["Details[0].Types", "Details[0].Name"]
        );
    }

    #[test]
    fn typed_details_build_the_same_change_as_typed_and_are_checked_first() {
        let create = CreateOffer { product_id: "prod-1234".into(), name: Some("Test".into()), offer_set_id: None };
        let entity = EntityRef::new(EntityType::Offer);
        assert_eq!(
            Change::typed_details(entity.clone(), create.clone().into()).unwrap(),
            typed(entity.clone(), &create)
        );
        // Array documents stay arrays.
        let dims = AddDimensions {
            dimensions: vec![Dimension::new("Users", "Users")
                .with_types(vec!["Entitled".to_owned()])
                .with_description("Seats")
                .with_unit("Users")],
        };
        let change =
            Change::typed_details(EntityRef::existing(EntityType::SaaSProduct, "prod-1234"), dims.into()).unwrap();
        assert_eq!(change.change_type, "AddDimensions");
        assert_eq!(
            change.details_document.unwrap(),
            json!([{"Key": "Users", "Description": "Seats", "Name": "Users", "Types": ["Entitled"], "Unit": "Users"}])
        );
        // The details' own rules, under the names the engine uses.
        let bad =
            AddDimensions { dimensions: vec![Dimension::new("bad key", "Users").with_types(vec!["Seats".to_owned()])] };
        let err =
            Change::typed_details(EntityRef::existing(EntityType::SaaSProduct, "prod-1234"), bad.into()).unwrap_err();
        let fields: Vec<&str> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            fields,
            [
                "DetailsDocument[0].Key",
                "DetailsDocument[0].Description",
                "DetailsDocument[0].Unit",
                "DetailsDocument[0].Types[0]"
            ]
        );
        // A change type the entity type does not take, or the shape of another entity type's change.
        let err = Change::typed_details(EntityRef::new(EntityType::SaaSProduct), create.into()).unwrap_err();
        assert_eq!(err.field_errors()[0].name, "Entity.Type");
        let offer_info =
            UpdateOfferInformation { name: Some("n".into()), description: None, pre_existing_agreement: None };
        let err =
            Change::typed_details(EntityRef::existing(EntityType::SaaSProduct, "prod-1234"), offer_info.clone().into())
                .unwrap_err();
        assert!(err.field_errors()[0].message.contains("UpdateOfferInformation details"), "{err}");
        assert!(Change::typed_details(EntityRef::existing(EntityType::Offer, "offer-1"), offer_info.into()).is_ok());
    }

    #[test]
    fn restricting_and_delivery_option_changes_follow_the_schemas() {
        let restrict =
            RestrictDimensions { dimensions: vec![DimensionRef::new("Users").with_types(vec!["Seats".to_owned()])] };
        assert_eq!(problems(&restrict), ["Details[0].Types[0]"]);
        assert_eq!(
            serde_json::to_value(RestrictDimensions {
                dimensions: vec![DimensionRef::new("Users").with_types(vec!["Entitled".to_owned()])]
            })
            .unwrap(),
            json!([{"Key": "Users", "Types": ["Entitled"]}])
        );
        let types = |t: &[&str]| RestrictInstanceTypes { instance_types: t.iter().map(|s| s.to_string()).collect() };
        assert!(problems(&types(&["t2.micro"])).is_empty());
        assert_eq!(problems(&types(&[])), ["Details.InstanceTypes"]);
        assert_eq!(problems(&types(&["t2.micro", "t2.micro"])), ["Details.InstanceTypes[1]"]);
        assert_eq!(problems(&RestrictDeliveryOptions { delivery_option_ids: vec![] }), ["Details.DeliveryOptionIds"]);
        let update = |details: Value| UpdateDeliveryOptions {
            version: None,
            delivery_options: Some(vec![DeliveryOptionUpdate::new("do-abc").with_details(details)]),
        };
        assert!(problems(&update(json!({"SaaSUrlDeliveryOptionDetails": {"FulfillmentUrl": "https://x"}}))).is_empty());
        assert_eq!(problems(&update(json!({"UsageInstructions": "x"}))), ["Details.DeliveryOptions[0].Details"]);
        // A version change needs the delivery options that name the version.
        let notes = UpdateDeliveryOptions {
            version: Some(VersionUpdate { version_title: None, release_notes: Some(" starts with a space".into()) }),
            delivery_options: None,
        };
        assert_eq!(problems(&notes), ["Details.DeliveryOptions", "Details.Version.ReleaseNotes"]);
        let visibility = UpdateDeliveryOptionsVisibility {
            delivery_options: vec![DeliveryOptionVisibility::new("do-abc", "Hidden")],
        };
        assert_eq!(problems(&visibility), ["Details.DeliveryOptions[0].TargetVisibility"]);
        assert!(change_types_for(&EntityType::SaaSProduct).contains(&"RestrictDimensions"));
        assert!(!change_types_for(&EntityType::ContainerProduct).contains(&"RestrictDimensions"));
        assert!(!change_types_for(&EntityType::SaaSProduct).contains(&"RestrictDeliveryOptions"));
        assert!(change_types_for(&EntityType::AmiProduct).contains(&"RestrictInstanceTypes"));
    }

    #[test]
    fn every_entity_type_lists_its_change_types() {
        assert!(change_types_for(&EntityType::Offer).contains(&"ReleaseOffer"));
        assert!(change_types_for(&EntityType::Experience).contains(&"AllowProductProcurement"));
        assert!(change_types_for(&EntityType::Seller).is_empty());
        assert!(is_create("CreateOfferUsingResaleAuthorization"));
        assert!(!is_create("ReleaseOffer"));
    }
}
