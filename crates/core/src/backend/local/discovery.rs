//! Marketplace Discovery over the local engine's catalog: what sellers published there is what a buyer finds here.
//!
//! A listing is a product that is not a draft and that the buyer may see: a Public product, or a Limited one that
//! allow-lists the buyer or on which the buyer has a private offer. Offers are the released ones the buyer may see:
//! public offers, and private offers that target the buyer. The private marketplace that governs the buyer marks
//! products it does not approve as `NOT_AVAILABLE_FOR_SUBSCRIPTION`.

use std::collections::{BTreeMap, BTreeSet};

use super::Tx;
use rusqlite::OptionalExtension;
use serde_json::{json, Map, Value};
use time::OffsetDateTime;

use super::catalog::{not_found, paginate as page, string_set, validation, Ctx, Entity};
use super::schema::db_error;
use super::LocalConfig;
use crate::error::Result;
use crate::model::catalog::offer::OfferDetails;
use crate::model::catalog::{parse_date, EntityType, CATALOG};
use crate::model::discovery::*;
use crate::model::AccountId;
use crate::operation::{DiscoveryEngine, DiscoveryRequest, DiscoveryResponse};

/// The address of the Standard Contract for AWS Marketplace, which standard EULA terms point at.
const STANDARD_CONTRACT_URL: &str = "https://aws.amazon.com/marketplace/features/standardized-contracts";

/// Serve one Marketplace Discovery request inside `tx` as `caller`: the buyer's view of the catalog.
pub(super) fn handle(
    tx: &Tx<'_>,
    config: &LocalConfig,
    now: OffsetDateTime,
    caller: &AccountId,
    request: DiscoveryRequest,
) -> Result<DiscoveryResponse> {
    let ctx = Ctx { tx, config, now, caller };
    ctx.settle_change_sets()?;
    request.serve(&Engine(&ctx))
}

/// The engine's arm of each Discovery operation.
struct Engine<'c, 'a>(&'c Ctx<'a>);

impl DiscoveryEngine for Engine<'_, '_> {
    fn get_listing(&self, input: GetListingInput) -> Result<Listing> {
        self.0.listing(&input.listing_id)
    }

    fn get_offer(&self, input: GetOfferInput) -> Result<Offer> {
        self.0.discovery_offer(&input.offer_id)
    }

    fn get_offer_set(&self, input: GetOfferSetInput) -> Result<Value> {
        self.0.offer_set(&input.offer_set_id)
    }

    fn get_offer_terms(&self, input: GetOfferTermsInput) -> Result<GetOfferTermsOutput> {
        let (items, next_token) =
            self.0.offer_terms(&input.offer_id, input.next_token.as_deref(), input.max_results)?;
        Ok(GetOfferTermsOutput::new(items, next_token))
    }

    fn get_product(&self, input: GetProductInput) -> Result<Product> {
        self.0.product(&input.product_id)
    }

    fn list_fulfillment_options(&self, input: ListFulfillmentOptionsInput) -> Result<ListFulfillmentOptionsOutput> {
        self.0.fulfillment_options(&input)
    }

    fn list_listing_attributes(&self, input: ListListingAttributesInput) -> Result<ListListingAttributesOutput> {
        // Listing attributes (reviews, seller engagements, ...) are not modelled: the listing must exist, and has none.
        self.0.listing(&input.listing_id)?;
        Ok(ListListingAttributesOutput::default())
    }

    fn list_purchase_options(&self, input: ListPurchaseOptionsInput) -> Result<ListPurchaseOptionsOutput> {
        self.0.purchase_options(&input)
    }

    fn search_facets(&self, input: SearchFacetsInput) -> Result<SearchFacetsOutput> {
        self.0.facets(&input)
    }

    fn search_listings(&self, input: SearchListingsInput) -> Result<SearchListingsOutput> {
        self.0.search(&input)
    }
}

/// The listing id of a product: `prod-abc` is listed as `prodview-abc`.
pub fn listing_id(product_id: &str) -> String {
    format!("prodview-{}", product_id.strip_prefix("prod-").unwrap_or(product_id))
}

/// The agreement proposal buyers accept for an offer: `offer-abc` is proposed as `ap-abc` (the Agreement API's
/// pattern `(at-|ap-)[A-Za-z0-9]+`).
pub fn proposal_id(offer_id: &str) -> String {
    format!("ap-{}", offer_id.strip_prefix("offer-").unwrap_or(offer_id))
}

fn product_id_of_listing(listing_id: &str) -> Option<String> {
    listing_id.strip_prefix("prodview-").map(|rest| format!("prod-{rest}"))
}

fn pricing_model(model: &str) -> PricingModel {
    let (kind, name) = match model {
        "Usage" => (PricingModelType::Usage, "Usage-based"),
        "Byol" => (PricingModelType::Byol, "Bring your own license"),
        "Free" => (PricingModelType::Free, "Free"),
        _ => (PricingModelType::Contract, "Contract"),
    };
    PricingModel { pricing_model_type: kind, display_name: name.to_owned() }
}

fn pricing_unit(unit: &str) -> PricingUnit {
    let kind = match unit.to_ascii_lowercase().as_str() {
        "users" | "user" => "USERS",
        "hosts" | "host" | "hrs" => "HOSTS",
        "gb" | "tb" | "mb" | "data" => "DATA",
        "requests" | "request" => "REQUESTS",
        "tiers" | "tier" => "TIERS",
        "bandwidth" | "mbps" | "gbps" => "BANDWIDTH",
        _ => "UNITS",
    };
    PricingUnit { pricing_unit_type: kind.to_owned(), display_name: unit.to_owned() }
}

fn fulfillment(kind: &EntityType) -> FulfillmentOptionSummary {
    let (t, name) = match kind {
        EntityType::AmiProduct => ("AMAZON_MACHINE_IMAGE", "Amazon Machine Image"),
        EntityType::ContainerProduct => ("CONTAINER", "Container"),
        EntityType::DataProduct => ("DATA_EXCHANGE", "AWS Data Exchange"),
        EntityType::MachineLearningProduct => ("SAGEMAKER_MODEL", "Amazon SageMaker model"),
        _ => ("SAAS", "SaaS"),
    };
    FulfillmentOptionSummary { fulfillment_option_type: t.to_owned(), display_name: name.to_owned() }
}

fn slug(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn to_epoch(date: &str) -> Option<Value> {
    parse_date(date, "").ok().map(|d| json!(d.midnight().assume_utc().unix_timestamp()))
}

/// When an offer stops being available. [`Entity::offer`] checked the date when it read the offer.
fn availability_end(offer: &OfferDetails) -> Option<OffsetDateTime> {
    let date = offer.availability_end_date()?;
    parse_date(&date[..date.len().min(10)], "")
        .ok()
        .map(|d| d.with_hms(23, 59, 59).map(|t| t.assume_utc()).unwrap_or_else(|_| d.midnight().assume_utc()))
}

/// PascalCase keys to camelCase, recursively.
fn camel(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let mut chars = k.chars();
                    let key =
                        chars.next().map(|c| c.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default();
                    (key, camel(v))
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(camel).collect()),
        other => other.clone(),
    }
}

impl Ctx<'_> {
    fn seller(&self, account: &str) -> Result<SellerInformation> {
        let name: Option<String> = self
            .tx
            .query_row("SELECT name FROM accounts WHERE id = ?1", [account], |r| r.get(0))
            .optional()
            .map_err(db_error)?;
        Ok(SellerInformation {
            seller_profile_id: format!("seller-{account}"),
            display_name: name.filter(|n| !n.is_empty()).unwrap_or_else(|| format!("Seller {account}")),
        })
    }

    /// Released offers the caller may see: public ones, private ones that target it, and its own.
    pub(super) fn visible_offers(&self) -> Result<Vec<(Entity, OfferDetails)>> {
        let me = self.caller.as_str();
        let mut visible = Vec::new();
        for e in self.all_entities()? {
            if e.kind != EntityType::Offer {
                continue;
            }
            let o = e.offer()?;
            if o.is_released() && (!o.is_private() || o.buyer_accounts().iter().any(|b| b == me) || e.owner == me) {
                visible.push((e, o));
            }
        }
        Ok(visible)
    }

    pub(super) fn is_expired(&self, offer: &OfferDetails) -> bool {
        availability_end(offer).is_some_and(|end| end < self.now)
    }

    /// Products the caller may discover.
    fn listed_products(&self, offers: &[(Entity, OfferDetails)]) -> Result<Vec<Entity>> {
        let me = self.caller.as_str();
        let offered: BTreeSet<&str> = offers.iter().filter_map(|(_, o)| o.product_id.as_deref()).collect();
        Ok(self
            .all_entities()?
            .into_iter()
            .filter(|p| p.kind.is_product())
            .filter(|p| match p.str("/Visibility") {
                Some("Public") => true,
                Some("Limited") | Some("Restricted") => {
                    p.owner == me
                        || offered.contains(p.id.as_str())
                        || string_set(&p.details["Targeting"]["PositiveTargeting"]["BuyerAccounts"]).contains(me)
                }
                _ => false,
            })
            .collect())
    }

    fn listed_product(&self, listing_or_product: &str) -> Result<Entity> {
        let product_id = product_id_of_listing(listing_or_product).unwrap_or_else(|| listing_or_product.to_owned());
        let offers = self.visible_offers()?;
        self.listed_products(&offers)?
            .into_iter()
            .find(|p| p.id == product_id)
            .ok_or_else(|| not_found(format!("{listing_or_product} not found")))
    }

    fn product_information(&self, product: &Entity) -> Result<ProductInformation> {
        Ok(ProductInformation {
            product_id: product.id.clone(),
            product_name: product.name().unwrap_or_else(|| product.id.clone()),
            manufacturer: self.seller(&product.owner)?,
        })
    }

    fn offer_information(&self, entity: &Entity, offer: &OfferDetails) -> Result<OfferInformation> {
        Ok(OfferInformation {
            offer_id: entity.id.clone().into(),
            offer_name: offer.name.clone(),
            seller_of_record: self.seller(&entity.owner)?,
        })
    }

    /// The offer set an offer belongs to, as Discovery names it.
    fn offer_set_information(&self, entity: &Entity) -> Result<Option<Value>> {
        match entity.str("/OfferSetId") {
            Some(id) => Ok(Some(json!({"offerSetId": id, "sellerOfRecord": self.seller(&entity.owner)?}))),
            None => Ok(None),
        }
    }

    /// `GetOfferSet`: a released offer set whose offers the caller may see (the seller, or their buyers), with each
    /// offer and its product.
    fn offer_set(&self, offer_set_id: &str) -> Result<Value> {
        let missing = || not_found(format!("Offer set {offer_set_id} not found"));
        let set = self.load(offer_set_id)?.filter(|e| e.kind == EntityType::OfferSet).ok_or_else(missing)?;
        if set.str("/State") != Some("Released") {
            return Err(missing());
        }
        let visible = self.visible_offers()?;
        let mut associated = Vec::new();
        let mut expiration: Option<OffsetDateTime> = None;
        for id in set.offer_set_offers() {
            let Some((entity, offer)) = visible.iter().find(|(e, _)| e.id == id) else { continue };
            let product = offer.product_id.as_deref().map(|p| self.load(p)).transpose()?.flatten();
            associated.push(json!({
                "product": product.as_ref().map(|p| self.product_information(p)).transpose()?,
                "offer": self.offer_information(entity, offer)?,
            }));
            if let Some(end) = availability_end(offer) {
                expiration = Some(expiration.map_or(end, |e| e.min(end)));
            }
        }
        if associated.is_empty() {
            return Err(missing());
        }
        let released = set.release_time()?;
        Ok(crate::backend::aws::strip_nulls(json!({
            "offerSetId": set.id,
            "catalog": CATALOG,
            "offerSetName": set.name(),
            "availableFromTime": released.map(|t| t.unix_timestamp()),
            "expirationTime": expiration.map(|t| t.unix_timestamp()),
            "buyerNotes": set.str("/BuyerNotes"),
            "sellerOfRecord": self.seller(&set.owner)?,
            "badges": [{"displayName": "Private pricing", "badgeType": "PRIVATE_PRICING"}],
            "associatedEntities": associated,
        })))
    }

    fn purchase_indicators(&self, product_id: &str) -> Result<Vec<PurchaseIndicator>> {
        let status = self.procurement_status(product_id)?;
        Ok(if status.procurable {
            Vec::new()
        } else {
            vec![PurchaseIndicator { indicator_type: "NOT_AVAILABLE_FOR_SUBSCRIPTION".into() }]
        })
    }

    fn categories(product: &Entity) -> Vec<Category> {
        product.details["Description"]["Categories"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(|c| Category { category_id: slug(c), display_name: c.to_owned() })
            .collect()
    }

    fn text(product: &Entity, pointer: &str) -> String {
        product.str(pointer).unwrap_or_default().to_owned()
    }

    fn logo(product: &Entity) -> String {
        product
            .str("/PromotionalResources/LogoUrl")
            .map(str::to_owned)
            .unwrap_or_else(|| format!("https://marketplace.local/logo/{}.png", product.id))
    }

    fn pricing_of(offers: &[&(Entity, OfferDetails)]) -> Vec<PricingModel> {
        let mut seen = BTreeSet::new();
        offers
            .iter()
            .filter_map(|(e, _)| e.str("/PricingModel"))
            .filter(|m| seen.insert(m.to_string()))
            .map(pricing_model)
            .collect()
    }

    fn units_of(product: &Entity) -> Vec<PricingUnit> {
        let mut seen = BTreeSet::new();
        product.details["Dimensions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| d["Unit"].as_str())
            .map(pricing_unit)
            .filter(|u| seen.insert(u.pricing_unit_type.clone()))
            .collect()
    }

    fn summary(&self, product: &Entity, offers: &[(Entity, OfferDetails)]) -> Result<ListingSummary> {
        let mine: Vec<&(Entity, OfferDetails)> = offers
            .iter()
            .filter(|(_, o)| o.product_id.as_deref() == Some(&product.id) && !self.is_expired(o))
            .collect();
        let mut badges = Vec::new();
        if mine.iter().any(|(_, o)| o.terms_of("FreeTrialPricingTerm").next().is_some()) {
            badges.push(crate::model::discovery::ListingBadge {
                display_name: "Free trial".into(),
                badge_type: "FREE_TRIAL".into(),
            });
        }
        Ok(ListingSummary {
            listing_id: listing_id(&product.id),
            listing_name: product.name().unwrap_or_else(|| product.id.clone()),
            publisher: self.seller(&product.owner)?,
            fulfillment_option_summaries: vec![fulfillment(&product.kind)],
            catalog: CATALOG.into(),
            short_description: Self::text(product, "/Description/ShortDescription"),
            logo_thumbnail_url: Self::logo(product),
            categories: Self::categories(product),
            badges,
            review_summary: json!({"reviewSourceSummaries": []}),
            pricing_models: Self::pricing_of(&mine),
            pricing_units: Self::units_of(product),
            associated_entities: vec![AssociatedEntity {
                product: Some(self.product_information(product)?),
                ..AssociatedEntity::default()
            }],
        })
    }

    fn listing(&self, listing_id_value: &str) -> Result<Listing> {
        let product = self.listed_product(listing_id_value)?;
        let offers = self.visible_offers()?;
        let summary = self.summary(&product, &offers)?;
        let mut associated = summary.associated_entities.clone();
        for (e, o) in offers.iter().filter(|(_, o)| o.product_id.as_deref() == Some(&product.id) && !self.is_expired(o))
        {
            associated.push(AssociatedEntity {
                product: Some(self.product_information(&product)?),
                offer: Some(self.offer_information(e, o)?),
                offer_set: self.offer_set_information(e)?,
            });
        }
        Ok(Listing {
            listing_id: summary.listing_id,
            listing_name: summary.listing_name,
            catalog: CATALOG.into(),
            publisher: summary.publisher,
            associated_entities: associated,
            badges: summary.badges,
            categories: summary.categories,
            fulfillment_option_summaries: summary.fulfillment_option_summaries,
            highlights: string_set(&product.details["Description"]["Highlights"]).into_iter().collect(),
            long_description: Self::text(&product, "/Description/LongDescription"),
            short_description: summary.short_description,
            logo_thumbnail_url: summary.logo_thumbnail_url,
            pricing_models: summary.pricing_models,
            pricing_units: summary.pricing_units,
            purchase_indicators: self.purchase_indicators(&product.id)?,
            ..Listing::default()
        })
    }

    fn product(&self, product_id: &str) -> Result<Product> {
        let product = self.listed_product(product_id)?;
        Ok(Product {
            product_id: product.id.clone(),
            catalog: CATALOG.into(),
            product_name: product.name().unwrap_or_else(|| product.id.clone()),
            manufacturer: self.seller(&product.owner)?,
            deployed_on_aws: if product.kind == EntityType::SaaSProduct { "NOT_APPLICABLE" } else { "DEPLOYED" }.into(),
            short_description: Self::text(&product, "/Description/ShortDescription"),
            long_description: Self::text(&product, "/Description/LongDescription"),
            logo_thumbnail_url: Self::logo(&product),
            fulfillment_option_summaries: vec![fulfillment(&product.kind)],
            categories: Self::categories(&product),
            highlights: string_set(&product.details["Description"]["Highlights"]).into_iter().collect(),
            listing_id: listing_id(&product.id),
            purchase_indicators: self.purchase_indicators(&product.id)?,
            ..Product::default()
        })
    }

    fn visible_offer(&self, offer_id: &str) -> Result<(Entity, OfferDetails)> {
        self.visible_offers()?
            .into_iter()
            .find(|(e, _)| e.id == offer_id)
            .ok_or_else(|| not_found(format!("Offer {offer_id} not found")))
    }

    fn badges(&self, entity: &Entity, offer: &OfferDetails) -> Vec<PurchaseOptionBadge> {
        let mut badges = Vec::new();
        let mut add =
            |t: &str, name: &str| badges.push(PurchaseOptionBadge { display_name: name.into(), badge_type: t.into() });
        if offer.is_private() {
            add("PRIVATE_PRICING", "Private pricing");
        }
        let starts_later = offer.terms.iter().any(|t| match t {
            crate::model::catalog::terms::Term::Validity(v) => v
                .agreement_start_date
                .as_deref()
                .and_then(|d| parse_date(d, "").ok())
                .is_some_and(|d| d > self.now.date()),
            _ => false,
        });
        if starts_later {
            add("FUTURE_DATED", "Future dated");
        }
        if offer.replacement_agreement_id.is_some() || entity.str("/ReplacementAgreementId").is_some() {
            add("REPLACEMENT_OFFER", "Replacement offer");
        }
        if offer.auto_renews() {
            add("AUTO_RENEW", "Auto renew");
        }
        badges
    }

    fn discovery_offer(&self, offer_id: &str) -> Result<Offer> {
        let (entity, offer) = self.visible_offer(offer_id)?;
        let product = offer.product_id.as_deref().map(|id| self.load(id)).transpose()?.flatten();
        let associated = match &product {
            Some(p) => vec![AssociatedEntity {
                product: Some(self.product_information(p)?),
                offer_set: self.offer_set_information(&entity)?,
                ..AssociatedEntity::default()
            }],
            None => Vec::new(),
        };
        let released = entity.release_time()?;
        Ok(Offer {
            offer_id: entity.id.clone().into(),
            catalog: CATALOG.into(),
            offer_name: offer.name.clone(),
            expiration_time: availability_end(&offer),
            available_from_time: released,
            seller_of_record: self.seller(&entity.owner)?,
            associated_entities: associated,
            agreement_proposal_id: proposal_id(&entity.id),
            replacement_agreement_id: offer.replacement_agreement_id.clone(),
            pricing_model: pricing_model(entity.str("/PricingModel").unwrap_or("Contract")),
            badges: self.badges(&entity, &offer),
        })
    }

    /// The offer's terms in Discovery's shape: camelCase members, an id and a type on each, dimension names and
    /// units from the product, dates as timestamps, and the standard contract's address on standard EULAs.
    pub(super) fn offer_terms(
        &self,
        offer_id: &str,
        next_token: Option<&str>,
        max_results: Option<i32>,
    ) -> Result<(Vec<OfferTerm>, Option<String>)> {
        let (entity, offer) = self.visible_offer(offer_id)?;
        let product = offer.product_id.as_deref().map(|id| self.load(id)).transpose()?.flatten();
        let dimension = |key: &str| -> (String, String) {
            product
                .as_ref()
                .and_then(|p| p.details["Dimensions"].as_array().cloned())
                .unwrap_or_default()
                .into_iter()
                .find(|d| d["Key"] == key)
                .map(|d| {
                    (d["Name"].as_str().unwrap_or(key).to_owned(), d["Unit"].as_str().unwrap_or("Units").to_owned())
                })
                .unwrap_or_else(|| (key.to_owned(), "Units".to_owned()))
        };
        let mut terms = Vec::new();
        for (i, term) in offer.terms.iter().enumerate() {
            let type_name = term.type_name().to_owned();
            let mut value = camel(&serde_json::to_value(term).unwrap_or_default());
            let Some(map) = value.as_object_mut() else { continue };
            map.insert("id".into(), json!(format!("term-{}-{i}", entity.id.trim_start_matches("offer-"))));
            map.insert("type".into(), json!(type_name));
            fix_term(map, &dimension);
            let mut member = type_name.clone();
            if let Some(first) = member.get_mut(0..1) {
                first.make_ascii_lowercase();
            }
            terms.push(OfferTerm([(member, value)].into()));
        }
        page(terms, next_token, max_results.unwrap_or(25) as usize)
    }

    fn fulfillment_options(&self, input: &ListFulfillmentOptionsInput) -> Result<ListFulfillmentOptionsOutput> {
        let product = self.listed_product(&input.product_id)?;
        let summary = fulfillment(&product.kind);
        let base = json!({
            "fulfillmentOptionId": format!("fo-{}", product.id.trim_start_matches("prod-")),
            "fulfillmentOptionType": summary.fulfillment_option_type,
            "fulfillmentOptionDisplayName": summary.display_name,
        });
        let mut options = Vec::new();
        match product.kind {
            EntityType::SaaSProduct => {
                let mut o = base;
                o["quickLaunch"] = json!("DISABLED");
                o["deploymentTemplates"] = json!([]);
                options.push(json!({ "saasFulfillmentOption": o }));
            }
            _ => {
                let key = match product.kind {
                    EntityType::AmiProduct => "amazonMachineImageFulfillmentOption",
                    EntityType::ContainerProduct => "containerFulfillmentOption",
                    EntityType::DataProduct => "dataExchangeFulfillmentOption",
                    _ => "sageMakerModelFulfillmentOption",
                };
                for (i, version) in
                    product.details["Versions"].as_array().cloned().unwrap_or_default().iter().enumerate()
                {
                    let mut o = base.clone();
                    o["fulfillmentOptionId"] = json!(format!("fo-{}-{i}", product.id.trim_start_matches("prod-")));
                    o["deliveryOptions"] = camel(&version["DeliveryOptions"]);
                    options.push(json!({ key: o }));
                }
            }
        }
        let (items, next_token) = page(options, input.next_token.as_deref(), input.max_results.unwrap_or(50) as usize)?;
        Ok(ListFulfillmentOptionsOutput::new(items, next_token))
    }

    fn purchase_options(&self, s: &ListPurchaseOptionsInput) -> Result<ListPurchaseOptionsOutput> {
        let mut statuses = vec!["AVAILABLE".to_owned()];
        let mut out = Vec::new();
        for f in &s.filters {
            match f.filter_type.as_str() {
                "AVAILABILITY_STATUS" => statuses = f.filter_values.clone(),
                "PRODUCT_ID" | "SELLER_OF_RECORD_PROFILE_ID" | "PURCHASE_OPTION_TYPE" | "VISIBILITY_SCOPE" => {}
                other => return Err(validation(format!("filters: {other} is not a purchase option filter type"))),
            }
        }
        for (entity, offer) in self.visible_offers()? {
            let status = if self.is_expired(&offer) { "EXPIRED" } else { "AVAILABLE" };
            let scope = if offer.is_private() { "PRIVATE" } else { "PUBLIC" };
            let seller = self.seller(&entity.owner)?;
            let matches = s.filters.iter().all(|f| {
                let value = match f.filter_type.as_str() {
                    "PRODUCT_ID" => offer.product_id.clone().unwrap_or_default(),
                    "SELLER_OF_RECORD_PROFILE_ID" => seller.seller_profile_id.clone(),
                    "PURCHASE_OPTION_TYPE" => "OFFER".into(),
                    "VISIBILITY_SCOPE" => scope.into(),
                    _ => status.into(),
                };
                f.filter_values.contains(&value)
            });
            if !matches || !statuses.iter().any(|s| s == status) {
                continue;
            }
            let product = offer.product_id.as_deref().map(|id| self.load(id)).transpose()?.flatten();
            let released = entity.release_time()?;
            out.push(PurchaseOptionSummary {
                purchase_option_id: entity.id.clone(),
                catalog: CATALOG.into(),
                purchase_option_type: "OFFER".into(),
                purchase_option_name: offer.name.clone(),
                available_from_time: released,
                expiration_time: availability_end(&offer),
                seller_of_record: seller,
                badges: self.badges(&entity, &offer),
                associated_entities: vec![AssociatedEntity {
                    product: product.as_ref().map(|p| self.product_information(p)).transpose()?,
                    offer: Some(self.offer_information(&entity, &offer)?),
                    offer_set: self.offer_set_information(&entity)?,
                }],
            });
        }
        let (items, next_token) = page(out, s.next_token.as_deref(), s.max_results.unwrap_or(100) as usize)?;
        Ok(ListPurchaseOptionsOutput::new(items, next_token))
    }

    /// Listings matching the text (every word, anywhere in the title, descriptions, highlights, keywords or
    /// categories) and the filters, with a relevance score.
    fn matching_listings(
        &self,
        search_text: Option<&str>,
        filters: &[DiscoveryFilter],
    ) -> Result<Vec<(usize, ListingSummary)>> {
        let offers = self.visible_offers()?;
        let words: Vec<String> = search_text.unwrap_or("").split_whitespace().map(str::to_lowercase).collect();
        let mut out = Vec::new();
        for product in self.listed_products(&offers)? {
            let d = &product.details["Description"];
            let haystack = [
                product.name().unwrap_or_default(),
                Self::text(&product, "/Description/ShortDescription"),
                Self::text(&product, "/Description/LongDescription"),
                string_set(&d["Highlights"]).into_iter().collect::<Vec<_>>().join(" "),
                string_set(&d["SearchKeywords"]).into_iter().collect::<Vec<_>>().join(" "),
                string_set(&d["Categories"]).into_iter().collect::<Vec<_>>().join(" "),
            ]
            .join(" ")
            .to_lowercase();
            if !words.iter().all(|w| haystack.contains(w.as_str())) {
                continue;
            }
            let score = words.iter().map(|w| haystack.matches(w.as_str()).count()).sum::<usize>()
                + words
                    .iter()
                    .filter(|w| product.name().unwrap_or_default().to_lowercase().contains(w.as_str()))
                    .count()
                    * 10;
            let summary = self.summary(&product, &offers)?;
            if search_filters_match(&summary, filters)? {
                out.push((score, summary));
            }
        }
        Ok(out)
    }

    fn search(&self, s: &SearchListingsInput) -> Result<SearchListingsOutput> {
        let mut found = self.matching_listings(s.search_text.as_deref(), &s.filters)?;
        // Relevance: best score first; no reviews exist locally, so a rating sort keeps the name order.
        if s.sort_by.as_deref() == Some("AVERAGE_CUSTOMER_RATING") {
            found.sort_by(|a, b| a.1.listing_name.cmp(&b.1.listing_name));
        } else {
            found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.listing_name.cmp(&b.1.listing_name)));
        }
        if s.sort_order.as_deref() == Some("ASCENDING") {
            found.reverse();
        }
        let total = found.len() as i64;
        let listings: Vec<ListingSummary> = found.into_iter().map(|(_, l)| l).collect();
        let (items, next_token) = page(listings, s.next_token.as_deref(), s.max_results.unwrap_or(20) as usize)?;
        Ok(SearchListingsOutput::new(total, items, next_token))
    }

    fn facets(&self, s: &SearchFacetsInput) -> Result<SearchFacetsOutput> {
        let found = self.matching_listings(s.search_text.as_deref(), &s.filters)?;
        let wanted: Vec<String> = if s.facet_types.is_empty() {
            ["CATEGORY", "PUBLISHER", "FULFILLMENT_OPTION_TYPE", "PRICING_MODEL", "PRICING_UNIT"]
                .map(String::from)
                .to_vec()
        } else {
            s.facet_types.clone()
        };
        let mut facets: BTreeMap<String, Vec<ListingFacet>> = BTreeMap::new();
        for facet in wanted {
            let mut counts: BTreeMap<(String, String), i64> = BTreeMap::new();
            for (_, l) in &found {
                for (value, name) in facet_values(l, &facet) {
                    *counts.entry((value, name)).or_default() += 1;
                }
            }
            let list = counts
                .into_iter()
                .map(|((value, display_name), count)| ListingFacet { value, display_name, parent: None, count })
                .collect();
            facets.insert(facet, list);
        }
        Ok(SearchFacetsOutput::new(found.len() as i64, facets))
    }
}

fn facet_values(l: &ListingSummary, facet: &str) -> Vec<(String, String)> {
    match facet {
        "CATEGORY" => l.categories.iter().map(|c| (c.category_id.clone(), c.display_name.clone())).collect(),
        "PUBLISHER" => vec![(l.publisher.seller_profile_id.clone(), l.publisher.display_name.clone())],
        "FULFILLMENT_OPTION_TYPE" => l
            .fulfillment_option_summaries
            .iter()
            .map(|f| (f.fulfillment_option_type.clone(), f.display_name.clone()))
            .collect(),
        "PRICING_MODEL" => l
            .pricing_models
            .iter()
            .map(|p| (p.pricing_model_type.as_str().to_owned(), p.display_name.clone()))
            .collect(),
        "PRICING_UNIT" => {
            l.pricing_units.iter().map(|p| (p.pricing_unit_type.clone(), p.display_name.clone())).collect()
        }
        "PRODUCT_ID" => l
            .associated_entities
            .iter()
            .filter_map(|a| a.product.as_ref())
            .map(|p| (p.product_id.clone(), p.product_name.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

fn search_filters_match(l: &ListingSummary, filters: &[crate::model::discovery::DiscoveryFilter]) -> Result<bool> {
    for f in filters {
        let supported =
            ["CATEGORY", "PUBLISHER", "FULFILLMENT_OPTION_TYPE", "PRICING_MODEL", "PRICING_UNIT", "PRODUCT_ID"];
        if !supported.contains(&f.filter_type.as_str()) {
            return Err(validation(format!(
                "filters: {} is not supported by the local engine (supported: {})",
                f.filter_type,
                supported.join(", ")
            )));
        }
        let values: Vec<String> = facet_values(l, &f.filter_type).into_iter().map(|(v, _)| v).collect();
        if !f.filter_values.iter().any(|v| values.contains(v)) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Adjust a camelCased catalog term to Discovery's shape.
fn fix_term(map: &mut Map<String, Value>, dimension: &dyn Fn(&str) -> (String, String)) {
    let named = |item: &mut Value| {
        if let Some(key) = item["dimensionKey"].as_str().map(str::to_owned) {
            let (name, unit) = dimension(&key);
            item["displayName"] = json!(name);
            item["unit"] = json!(unit);
        }
    };
    if let Some(grants) = map.get_mut("grants").and_then(Value::as_array_mut) {
        grants.iter_mut().for_each(named);
    }
    if let Some(cards) = map.get_mut("rateCards").and_then(Value::as_array_mut) {
        for card in cards {
            if let Some(items) = card.get_mut("rateCard").and_then(Value::as_array_mut) {
                for item in items {
                    named(item);
                    item["regionalPrices"] = json!([]);
                }
            }
        }
    }
    if let Some(schedule) = map.get_mut("schedule").and_then(Value::as_array_mut) {
        for item in schedule {
            if let Some(date) = item["chargeDate"].as_str().and_then(to_epoch) {
                item["chargeDate"] = date;
            }
        }
    }
    for key in ["agreementStartDate", "agreementEndDate"] {
        if let Some(date) = map.get(key).and_then(Value::as_str).and_then(to_epoch) {
            map.insert(key.into(), date);
        }
    }
    if let Some(documents) = map.get_mut("documents").and_then(Value::as_array_mut) {
        for doc in documents {
            if doc.get("url").is_none() {
                doc["url"] = json!(STANDARD_CONTRACT_URL);
            }
        }
    }
}
