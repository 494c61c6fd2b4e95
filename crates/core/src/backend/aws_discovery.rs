//! The AWS backend's Marketplace Discovery part on `aws-sdk-marketplacediscovery`. The Rust SDK has 9 of the 10
//! operations: `ListListingAttributes` is not in it, so it is refused here as unsupported, and it predates
//! `purchaseIndicators`, which therefore arrive empty. Members the model keeps
//! as JSON (promotional media, resources, seller engagements, use cases, reviews) are not translated from the SDK's
//! types and arrive empty.

use aws_sdk_marketplacediscovery as md;
use aws_smithy_types::DateTime;
use md::types as sdk;
use serde_json::{json, Map, Value};

use super::aws::{from_sdk_error, smithy_time as time, strip_nulls};
use crate::error::{Error, Result};
use crate::model::discovery::*;
use crate::operation::DiscoveryRemote;

fn seller(s: Option<sdk::SellerInformation>) -> SellerInformation {
    s.map(|s| SellerInformation { seller_profile_id: s.seller_profile_id, display_name: s.display_name })
        .unwrap_or_default()
}

fn product_info(p: Option<sdk::ProductInformation>) -> Option<ProductInformation> {
    p.map(|p| ProductInformation {
        product_id: p.product_id,
        product_name: p.product_name,
        manufacturer: seller(p.manufacturer),
    })
}

fn offer_info(o: Option<sdk::OfferInformation>) -> Option<OfferInformation> {
    o.map(|o| OfferInformation {
        offer_id: o.offer_id.into(),
        offer_name: o.offer_name,
        seller_of_record: seller(o.seller_of_record),
    })
}

/// A fulfillment option as the service's union: its member, and the members every kind shares (id, type, display
/// name); the kinds' own delivery details are not carried over.
fn fulfillment_option(f: sdk::FulfillmentOption) -> Value {
    macro_rules! common {
        ($member:literal, $o:expr) => {
            json!({ $member: strip_nulls(json!({
                "fulfillmentOptionId": $o.fulfillment_option_id,
                "fulfillmentOptionType": $o.fulfillment_option_type.as_str(),
                "fulfillmentOptionDisplayName": $o.fulfillment_option_display_name,
            })) })
        };
    }
    use sdk::FulfillmentOption as F;
    match f {
        F::AmazonMachineImageFulfillmentOption(o) => common!("amazonMachineImageFulfillmentOption", o),
        F::ApiFulfillmentOption(o) => common!("apiFulfillmentOption", o),
        F::CloudFormationFulfillmentOption(o) => common!("cloudFormationFulfillmentOption", o),
        F::ContainerFulfillmentOption(o) => common!("containerFulfillmentOption", o),
        F::DataExchangeFulfillmentOption(o) => common!("dataExchangeFulfillmentOption", o),
        F::EksAddOnFulfillmentOption(o) => common!("eksAddOnFulfillmentOption", o),
        F::HelmFulfillmentOption(o) => common!("helmFulfillmentOption", o),
        F::ProfessionalServicesFulfillmentOption(o) => common!("professionalServicesFulfillmentOption", o),
        F::SaasFulfillmentOption(o) => common!("saasFulfillmentOption", o),
        F::SageMakerAlgorithmFulfillmentOption(o) => common!("sageMakerAlgorithmFulfillmentOption", o),
        F::SageMakerModelFulfillmentOption(o) => common!("sageMakerModelFulfillmentOption", o),
        other => json!({ "unknownFulfillmentOption": {"type": format!("{other:?}").split('(').next().unwrap_or("")} }),
    }
}

fn offer_set_info(o: Option<sdk::OfferSetInformation>) -> Option<Value> {
    o.map(|o| json!({"offerSetId": o.offer_set_id, "sellerOfRecord": seller(o.seller_of_record)}))
}

fn pricing_model(p: sdk::PricingModel) -> PricingModel {
    PricingModel {
        pricing_model_type: PricingModelType::from(p.pricing_model_type.as_str()),
        display_name: p.display_name,
    }
}

fn categories(list: Vec<sdk::Category>) -> Vec<Category> {
    list.into_iter().map(|c| Category { category_id: c.category_id, display_name: c.display_name }).collect()
}

fn fulfillment(list: Vec<sdk::FulfillmentOptionSummary>) -> Vec<FulfillmentOptionSummary> {
    list.into_iter()
        .map(|f| FulfillmentOptionSummary {
            fulfillment_option_type: f.fulfillment_option_type.as_str().to_owned(),
            display_name: f.display_name,
        })
        .collect()
}

fn units(list: Vec<sdk::PricingUnit>) -> Vec<PricingUnit> {
    list.into_iter()
        .map(|u| PricingUnit {
            pricing_unit_type: u.pricing_unit_type.as_str().to_owned(),
            display_name: u.display_name,
        })
        .collect()
}

fn listing_badges(list: Vec<sdk::ListingBadge>) -> Vec<ListingBadge> {
    list.into_iter()
        .map(|b| ListingBadge { display_name: b.display_name, badge_type: b.badge_type.as_str().to_owned() })
        .collect()
}

fn option_badges(list: Vec<sdk::PurchaseOptionBadge>) -> Vec<PurchaseOptionBadge> {
    list.into_iter()
        .map(|b| PurchaseOptionBadge { display_name: b.display_name, badge_type: b.badge_type.as_str().to_owned() })
        .collect()
}

fn epoch(t: &DateTime) -> Value {
    json!(t.secs())
}

fn item(key: &str, name: &str, unit: &str, extra: Map<String, Value>) -> Value {
    let mut m = Map::new();
    m.insert("dimensionKey".into(), json!(key));
    m.insert("displayName".into(), json!(name));
    m.insert("unit".into(), json!(unit));
    m.extend(extra);
    Value::Object(m)
}

fn grants(list: Vec<sdk::GrantItem>) -> Value {
    Value::Array(
        list.into_iter()
            .map(|g| {
                let mut extra = Map::new();
                if let Some(q) = g.max_quantity {
                    extra.insert("maxQuantity".into(), json!(q));
                }
                item(&g.dimension_key, &g.display_name, &g.unit, extra)
            })
            .collect(),
    )
}

fn rate_card(list: Vec<sdk::RateCardItem>) -> Value {
    Value::Array(
        list.into_iter()
            .map(|r| {
                let extra = [("price".to_owned(), json!(r.price)), ("regionalPrices".to_owned(), json!([]))]
                    .into_iter()
                    .collect();
                item(&r.dimension_key, &r.display_name, &r.unit, extra)
            })
            .collect(),
    )
}

/// A term of the SDK's union as Discovery's JSON (`{"fixedUpfrontPricingTerm": {...}}`).
fn term(t: sdk::OfferTerm) -> OfferTerm {
    let (member, value) = match t {
        sdk::OfferTerm::ByolPricingTerm(t) => ("byolPricingTerm", json!({"id": t.id, "type": "ByolPricingTerm"})),
        sdk::OfferTerm::ConfigurableUpfrontPricingTerm(t) => (
            "configurableUpfrontPricingTerm",
            json!({"id": t.id, "type": "ConfigurableUpfrontPricingTerm", "currencyCode": t.currency_code,
                   "rateCards": t.rate_cards.unwrap_or_default().into_iter().map(|c| json!({
                       "selector": c.selector.map(|s| json!({"type": s.r#type.as_str(), "value": s.value})),
                       "constraints": c.constraints.map(|k| json!({
                           "multipleDimensionSelection": k.multiple_dimension_selection.as_str(),
                           "quantityConfiguration": k.quantity_configuration.as_str()})),
                       "rateCard": rate_card(c.rate_card)})).collect::<Vec<_>>()}),
        ),
        sdk::OfferTerm::FixedUpfrontPricingTerm(t) => (
            "fixedUpfrontPricingTerm",
            json!({"id": t.id, "type": "FixedUpfrontPricingTerm", "currencyCode": t.currency_code, "duration": t.duration,
                   "price": t.price, "grants": grants(t.grants)}),
        ),
        sdk::OfferTerm::FreeTrialPricingTerm(t) => (
            "freeTrialPricingTerm",
            json!({"id": t.id, "type": "FreeTrialPricingTerm", "duration": t.duration, "grants": grants(t.grants)}),
        ),
        sdk::OfferTerm::LegalTerm(t) => (
            "legalTerm",
            json!({"id": t.id, "type": "LegalTerm", "documents": t.documents.into_iter().map(|d| json!({
                "type": d.r#type.as_str(), "url": d.url, "version": d.version})).collect::<Vec<_>>()}),
        ),
        sdk::OfferTerm::PaymentScheduleTerm(t) => (
            "paymentScheduleTerm",
            json!({"id": t.id, "type": "PaymentScheduleTerm", "currencyCode": t.currency_code,
                   "schedule": t.schedule.iter().map(|s| json!({"chargeDate": epoch(&s.charge_date), "chargeAmount": s.charge_amount})).collect::<Vec<_>>()}),
        ),
        sdk::OfferTerm::RecurringPaymentTerm(t) => (
            "recurringPaymentTerm",
            json!({"id": t.id, "type": "RecurringPaymentTerm", "currencyCode": t.currency_code,
                   "billingPeriod": t.billing_period.as_str(), "price": t.price}),
        ),
        sdk::OfferTerm::RenewalTerm(t) => {
            ("renewalTerm", json!({"id": t.id, "type": "RenewalTerm", "maxRenewals": t.max_renewals}))
        }
        sdk::OfferTerm::SupportTerm(t) => {
            ("supportTerm", json!({"id": t.id, "type": "SupportTerm", "refundPolicy": t.refund_policy}))
        }
        sdk::OfferTerm::UsageBasedPricingTerm(t) => (
            "usageBasedPricingTerm",
            json!({"id": t.id, "type": "UsageBasedPricingTerm", "currencyCode": t.currency_code,
                   "rateCards": t.rate_cards.into_iter().map(|c| json!({"rateCard": rate_card(c.rate_card)})).collect::<Vec<_>>()}),
        ),
        sdk::OfferTerm::ValidityTerm(t) => (
            "validityTerm",
            json!({"id": t.id, "type": "ValidityTerm", "agreementDuration": t.agreement_duration,
                   "agreementStartDate": t.agreement_start_date.as_ref().map(epoch),
                   "agreementEndDate": t.agreement_end_date.as_ref().map(epoch)}),
        ),
        sdk::OfferTerm::VariablePaymentTerm(t) => (
            "variablePaymentTerm",
            json!({"id": t.id, "type": "VariablePaymentTerm", "currencyCode": t.currency_code,
                   "maxTotalChargeAmount": t.max_total_charge_amount}),
        ),
        sdk::OfferTerm::NetPaymentTerm(t) => {
            ("netPaymentTerm", json!({"id": t.id, "type": "NetPaymentTerm", "paymentDuePeriod": t.payment_due_period}))
        }
        other => ("unknownTerm", json!({"type": format!("{other:?}").split('(').next().unwrap_or("").to_owned()})),
    };
    OfferTerm([(member.to_owned(), strip_nulls(value))].into())
}

fn search_filters(list: &[DiscoveryFilter]) -> Result<Option<Vec<sdk::SearchFilter>>> {
    if list.is_empty() {
        return Ok(None);
    }
    list.iter()
        .map(|f| {
            sdk::SearchFilter::builder()
                .filter_type(sdk::SearchFilterType::from(f.filter_type.as_str()))
                .set_filter_values(Some(f.filter_values.clone()))
                .build()
                .map_err(|e| Error::invalid_field("filters", e.to_string()))
        })
        .collect::<Result<Vec<_>>>()
        .map(Some)
}

fn listing_summary(l: sdk::ListingSummary) -> ListingSummary {
    ListingSummary {
        listing_id: l.listing_id,
        listing_name: l.listing_name,
        publisher: seller(l.publisher),
        fulfillment_option_summaries: fulfillment(l.fulfillment_option_summaries),
        catalog: l.catalog,
        short_description: l.short_description,
        logo_thumbnail_url: l.logo_thumbnail_url,
        categories: categories(l.categories),
        badges: listing_badges(l.badges),
        review_summary: json!({"reviewSourceSummaries": []}),
        pricing_models: l.pricing_models.into_iter().map(pricing_model).collect(),
        pricing_units: units(l.pricing_units),
        associated_entities: l
            .associated_entities
            .into_iter()
            .map(|a| AssociatedEntity { product: product_info(a.product), ..AssociatedEntity::default() })
            .collect(),
    }
}

/// Discovery's operations over `aws-sdk-marketplacediscovery`.
#[derive(Debug)]
pub(super) struct Discovery<'a>(pub(super) &'a md::Client);

impl DiscoveryRemote for Discovery<'_> {
    async fn get_listing(&self, i: GetListingInput) -> Result<Listing> {
        let op = "GetListing";
        let c = self.0;
        let err = |e| from_sdk_error(op, e);

        let o = c.get_listing().listing_id(i.listing_id).set_locale(i.locale).send().await.map_err(err)?;
        Ok(Listing {
            listing_id: o.listing_id,
            listing_name: o.listing_name,
            catalog: o.catalog,
            publisher: seller(o.publisher),
            associated_entities: o
                .associated_entities
                .into_iter()
                .map(|a| AssociatedEntity {
                    product: product_info(a.product),
                    offer: offer_info(a.offer),
                    offer_set: None,
                })
                .collect(),
            badges: listing_badges(o.badges),
            categories: categories(o.categories),
            fulfillment_option_summaries: fulfillment(o.fulfillment_option_summaries),
            highlights: o.highlights,
            long_description: o.long_description,
            short_description: o.short_description,
            logo_thumbnail_url: o.logo_thumbnail_url,
            pricing_models: o.pricing_models.into_iter().map(pricing_model).collect(),
            pricing_units: units(o.pricing_units),
            // `purchaseIndicators` is newer than aws-sdk-marketplacediscovery 1.25: not available here.
            purchase_indicators: Vec::new(),
            ..Listing::default()
        })
    }

    async fn get_product(&self, i: GetProductInput) -> Result<Product> {
        let op = "GetProduct";
        let c = self.0;

        let o = c
            .get_product()
            .product_id(i.product_id)
            .set_locale(i.locale)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(Product {
            product_id: o.product_id,
            catalog: o.catalog,
            product_name: o.product_name,
            manufacturer: seller(o.manufacturer),
            deployed_on_aws: o.deployed_on_aws.as_str().to_owned(),
            short_description: o.short_description,
            long_description: o.long_description,
            logo_thumbnail_url: o.logo_thumbnail_url,
            fulfillment_option_summaries: fulfillment(o.fulfillment_option_summaries),
            categories: categories(o.categories),
            highlights: o.highlights,
            listing_id: o.listing_id,
            // `purchaseIndicators` is newer than aws-sdk-marketplacediscovery 1.25: not available here.
            purchase_indicators: Vec::new(),
            ..Product::default()
        })
    }

    async fn get_offer(&self, i: GetOfferInput) -> Result<Offer> {
        let op = "GetOffer";
        let c = self.0;

        let o =
            c.get_offer().offer_id(i.offer_id).set_locale(i.locale).send().await.map_err(|e| from_sdk_error(op, e))?;
        Ok(Offer {
            offer_id: o.offer_id.into(),
            catalog: o.catalog,
            offer_name: o.offer_name,
            expiration_time: time(o.expiration_time.as_ref()),
            available_from_time: time(o.available_from_time.as_ref()),
            seller_of_record: seller(o.seller_of_record),
            associated_entities: o
                .associated_entities
                .into_iter()
                .map(|a| AssociatedEntity {
                    product: product_info(a.product),
                    offer_set: offer_set_info(a.offer_set),
                    ..AssociatedEntity::default()
                })
                .collect(),
            agreement_proposal_id: o.agreement_proposal_id,
            replacement_agreement_id: o.replacement_agreement_id,
            pricing_model: o.pricing_model.map(pricing_model).unwrap_or(PricingModel {
                pricing_model_type: PricingModelType::Unknown(String::new()),
                display_name: String::new(),
            }),
            badges: option_badges(o.badges),
        })
    }

    async fn get_offer_set(&self, i: GetOfferSetInput) -> Result<Value> {
        let op = "GetOfferSet";
        let c = self.0;

        let o = c
            .get_offer_set()
            .offer_set_id(i.offer_set_id)
            .set_locale(i.locale)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let associated: Vec<Value> = o
            .associated_entities
            .into_iter()
            .map(|a| json!({"product": product_info(a.product), "offer": offer_info(a.offer)}))
            .collect();
        Ok(strip_nulls(json!({
            "offerSetId": o.offer_set_id, "catalog": o.catalog, "offerSetName": o.offer_set_name,
            "availableFromTime": o.available_from_time.as_ref().map(epoch),
            "expirationTime": o.expiration_time.as_ref().map(epoch),
            "buyerNotes": o.buyer_notes, "sellerOfRecord": seller(o.seller_of_record),
            "badges": option_badges(o.badges), "associatedEntities": associated,
        })))
    }

    async fn get_offer_terms(&self, i: GetOfferTermsInput) -> Result<GetOfferTermsOutput> {
        let op = "GetOfferTerms";
        let c = self.0;

        let o = c
            .get_offer_terms()
            .offer_id(i.offer_id)
            .set_locale(i.locale)
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(GetOfferTermsOutput::new(o.offer_terms.into_iter().map(term).collect(), o.next_token))
    }

    async fn list_fulfillment_options(&self, i: ListFulfillmentOptionsInput) -> Result<ListFulfillmentOptionsOutput> {
        let op = "ListFulfillmentOptions";
        let c = self.0;

        let o = c
            .list_fulfillment_options()
            .product_id(i.product_id)
            .set_locale(i.locale)
            .set_max_results(i.max_results)
            .set_next_token(i.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let items = o.fulfillment_options.into_iter().map(fulfillment_option).collect();
        Ok(ListFulfillmentOptionsOutput::new(items, o.next_token))
    }

    async fn list_listing_attributes(&self, _: ListListingAttributesInput) -> Result<ListListingAttributesOutput> {
        Err(Error::unsupported(
            "ListListingAttributes (not in aws-sdk-marketplacediscovery; use the local backend or another SDK)",
            "aws",
        ))
    }

    async fn list_purchase_options(&self, s: ListPurchaseOptionsInput) -> Result<ListPurchaseOptionsOutput> {
        let op = "ListPurchaseOptions";
        let c = self.0;

        let filters = if s.filters.is_empty() {
            None
        } else {
            Some(
                s.filters
                    .iter()
                    .map(|f| {
                        sdk::PurchaseOptionFilter::builder()
                            .filter_type(sdk::PurchaseOptionFilterType::from(f.filter_type.as_str()))
                            .set_filter_values(Some(f.filter_values.clone()))
                            .build()
                            .map_err(|e| Error::invalid_field("filters", e.to_string()))
                    })
                    .collect::<Result<Vec<_>>>()?,
            )
        };
        let o = c
            .list_purchase_options()
            .set_filters(filters)
            .set_locale(s.locale)
            .set_max_results(s.max_results)
            .set_next_token(s.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let items = o
            .purchase_options
            .unwrap_or_default()
            .into_iter()
            .map(|p| PurchaseOptionSummary {
                purchase_option_id: p.purchase_option_id,
                catalog: p.catalog,
                purchase_option_type: p.purchase_option_type.as_str().to_owned(),
                purchase_option_name: p.purchase_option_name,
                available_from_time: time(p.available_from_time.as_ref()),
                expiration_time: time(p.expiration_time.as_ref()),
                seller_of_record: seller(p.seller_of_record),
                badges: option_badges(p.badges.unwrap_or_default()),
                associated_entities: p
                    .associated_entities
                    .into_iter()
                    .map(|a| AssociatedEntity {
                        product: product_info(a.product),
                        offer: offer_info(a.offer),
                        offer_set: offer_set_info(a.offer_set),
                    })
                    .collect(),
            })
            .collect();
        Ok(ListPurchaseOptionsOutput::new(items, o.next_token))
    }

    async fn search_listings(&self, s: SearchListingsInput) -> Result<SearchListingsOutput> {
        let op = "SearchListings";
        let c = self.0;

        let o = c
            .search_listings()
            .set_search_text(s.search_text)
            .set_filters(search_filters(&s.filters)?)
            .set_sort_by(s.sort_by.as_deref().map(sdk::SearchListingsSortBy::from))
            .set_sort_order(s.sort_order.as_deref().map(sdk::SearchListingsSortOrder::from))
            .set_locale(s.locale)
            .set_max_results(s.max_results)
            .set_next_token(s.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(SearchListingsOutput::new(
            o.total_results,
            o.listing_summaries.into_iter().map(listing_summary).collect(),
            o.next_token,
        ))
    }

    async fn search_facets(&self, s: SearchFacetsInput) -> Result<SearchFacetsOutput> {
        let op = "SearchFacets";
        let c = self.0;

        let o = c
            .search_facets()
            .set_search_text(s.search_text)
            .set_filters(search_filters(&s.filters)?)
            .set_facet_types(if s.facet_types.is_empty() {
                None
            } else {
                Some(s.facet_types.iter().map(|t| sdk::SearchFacetType::from(t.as_str())).collect())
            })
            .set_locale(s.locale)
            .set_next_token(s.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let listing_facets = o
            .listing_facets
            .into_iter()
            .map(|(k, v)| {
                let list = v
                    .into_iter()
                    .map(|f| ListingFacet {
                        value: f.value,
                        display_name: f.display_name,
                        parent: f.parent,
                        count: f.count,
                    })
                    .collect();
                (k.as_str().to_owned(), list)
            })
            .collect();
        let mut output = SearchFacetsOutput::new(o.total_results, listing_facets);
        output.next_token = o.next_token;
        Ok(output)
    }
}
