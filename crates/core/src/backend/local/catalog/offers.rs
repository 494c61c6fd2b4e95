//! Offer changes: creating offers (on a product, as a replacement of an agreement, under a resale authorization),
//! what each offer change type does to a draft or released offer, and what a release checks.

use serde_json::{json, Map, Value};

use super::change_sets::{details, internal, invalid, invalid_state, missing, ChangeError};
use super::entities::Entity;
use super::resale_authorizations::inherited_offer_terms;
use super::Ctx;
use crate::model::catalog::changes as ch;
use crate::model::catalog::offer::OfferDetails;
use crate::model::catalog::terms::Term;
use crate::model::catalog::{format_time, parse_date, EntityType, ErrorDetail};

impl Ctx<'_> {
    pub(super) fn create_offer(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateOffer = details(doc)?;
        let product = self.owned_product(&d.product_id)?;
        let mut offer = offer_json(id, d.name, Some(product.id.clone()));
        // The offer set id "only indicates your intent": AssociateOffers completes the association.
        if let Some(set_id) = &d.offer_set_id {
            let set = self.owned_offer_set(set_id)?;
            offer["OfferSetId"] = json!(set.id);
        }
        Ok(offer)
    }

    pub(super) fn create_replacement_offer(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateReplacementOffer = details(doc)?;
        let mut offer = offer_json(id, d.name, None);
        offer["ReplacementAgreementId"] = json!(d.agreement_id);
        Ok(offer)
    }

    /// The active resale authorization `id`, which the caller resells.
    fn resold_authorization(&self, id: &str) -> std::result::Result<Entity, ChangeError> {
        let ra = self.load(id).map_err(internal)?.filter(|e| e.kind == EntityType::ResaleAuthorization);
        let ra = ra.ok_or_else(|| missing(format!("resale authorization {id} not found")))?;
        if ra.str("/ResellerAccountId") != Some(self.caller.as_str()) {
            return Err(ErrorDetail::new(
                "ACCESS_DENIED",
                "only the authorized reseller can make offers under this resale authorization",
            ));
        }
        if ra.str("/Status") != Some("Active") {
            return Err(ErrorDetail::new(
                "INCOMPATIBLE_RESALE_AUTHORIZATION",
                "Use a ResaleAuthorization in active state.",
            ));
        }
        Ok(ra)
    }

    /// A draft offer under a resale authorization, starting from its terms and buyers.
    fn resale_offer(&self, id: &str, ra: &Entity, name: Option<String>) -> std::result::Result<Value, ChangeError> {
        let (terms, rules) = inherited_offer_terms(&ra.details)?;
        let mut offer = offer_json(id, name, ra.str("/ProductId").map(str::to_owned));
        offer["ResaleAuthorizationId"] = json!(ra.id);
        offer["Terms"] = json!(terms);
        offer["Rules"] = json!(rules);
        if let Some(model) = ra.details.get("PricingModel") {
            offer["PricingModel"] = model.clone();
        }
        // The inherited terms must read as offer terms.
        serde_json::from_value::<OfferDetails>(offer.clone())
            .map_err(|e| invalid(format!("the resale authorization's terms do not make an offer: {e}")))?;
        Ok(offer)
    }

    pub(super) fn create_offer_using_resale_authorization(
        &self,
        id: &str,
        doc: &Value,
    ) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateOfferUsingResaleAuthorization = details(doc)?;
        let ra = self.resold_authorization(&d.resale_authorization_id)?;
        let mut offer = self.resale_offer(id, &ra, d.name)?;
        offer["Description"] = json!(d.description);
        if let Some(set_id) = &d.offer_set_id {
            offer["OfferSetId"] = json!(self.owned_offer_set(set_id)?.id);
        }
        Ok(offer)
    }

    pub(super) fn create_replacement_offer_using_resale_authorization(
        &self,
        id: &str,
        doc: &Value,
    ) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateReplacementOfferUsingResaleAuthorization = details(doc)?;
        let ra = self.resold_authorization(&d.resale_authorization_id)?;
        let mut offer = self.resale_offer(id, &ra, d.name)?;
        offer["ReplacementAgreementId"] = json!(d.agreement_id);
        Ok(offer)
    }

    pub(super) fn update_offer(
        &self,
        entity: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        let mut offer = entity.offer().map_err(internal)?;
        let released = offer.is_released();
        // After release (the offer API reference): the name, description, legal and support terms, the expiry, the
        // prices (same pricing model and currency), country targeting and a private offer's validity can change;
        // the rest is fixed.
        let allowed_after_release = [
            "UpdateInformation",
            "UpdateAvailability",
            "UpdateLegalTerms",
            "UpdateSupportTerms",
            "UpdatePricingTerms",
            "UpdateTargeting",
            "UpdateValidityTerms",
        ];
        if released && !allowed_after_release.contains(&change_type) {
            return Err(ErrorDetail::new(
                "INCOMPATIBLE_TERMS",
                format!(
                    "The requested change can't be performed after the offer is released. ({change_type} on {})",
                    offer.id
                ),
            ));
        }
        match change_type {
            "UpdateInformation" => {
                let d: ch::UpdateOfferInformation = details(doc)?;
                if d.name.is_some() {
                    offer.name = d.name;
                }
                if d.description.is_some() {
                    offer.description = d.description;
                }
                if let Some(p) = d.pre_existing_agreement {
                    offer.pre_existing_agreement = serde_json::to_value(p).ok();
                }
            }
            "UpdateTargeting" => {
                let d: ch::UpdateOfferTargeting = details(doc)?;
                if released {
                    let now: std::collections::BTreeSet<String> = offer.buyer_accounts().into_iter().collect();
                    let wanted: std::collections::BTreeSet<String> =
                        d.positive_targeting.iter().flat_map(|p| p.buyer_accounts.iter().cloned()).collect();
                    if wanted.difference(&now).next().is_some() {
                        return Err(ErrorDetail::new(
                            "INCOMPATIBLE_TARGETING",
                            "BuyerAccounts can't be added after the offer is released.",
                        ));
                    }
                    if now.difference(&wanted).next().is_some() {
                        return Err(ErrorDetail::new(
                            "INCOMPATIBLE_TARGETING",
                            "BuyerAccounts can't be removed after the offer is released.",
                        ));
                    }
                }
                offer.rules.retain(|r| r["Type"] != "TargetingRule");
                let mut rule = json!({"Type": "TargetingRule"});
                if let Some(p) = d.positive_targeting {
                    rule["PositiveTargeting"] = serde_json::to_value(p).unwrap_or_default();
                }
                if let Some(n) = d.negative_targeting {
                    rule["NegativeTargeting"] = serde_json::to_value(n).unwrap_or_default();
                }
                offer.rules.push(rule);
            }
            "UpdateAvailability" => {
                let d: ch::UpdateAvailability = details(doc)?;
                let Some(date) = d.availability_end_date else {
                    return Err(invalid("AvailabilityEndDate is required"));
                };
                let day = parse_date(&date, "AvailabilityEndDate").map_err(|e| invalid(e.message().to_owned()))?;
                if day < self.now.date() {
                    return Err(invalid(format!("AvailabilityEndDate {date} is in the past")));
                }
                offer.rules.retain(|r| r["Type"] != "AvailabilityRule");
                offer.rules.push(json!({"Type": "AvailabilityRule", "AvailabilityEndDate": date}));
            }
            "UpdatePricingTerms" => {
                let d: ch::UpdatePricingTerms = details(doc)?;
                if released {
                    let free_trial_only = |terms: &[Term]| {
                        terms.iter().filter(|t| t.is_pricing()).all(|t| matches!(t, Term::FreeTrialPricing(_)))
                    };
                    let before = entity.str("/PricingModel").unwrap_or_default().to_owned();
                    let trial = free_trial_only(&offer.terms) && free_trial_only(&d.terms);
                    if !before.is_empty() && before != d.pricing_model.as_str() && !trial {
                        return Err(ErrorDetail::new(
                            "INCOMPATIBLE_PRICING_MODEL",
                            format!("PricingModel can't change from [{before}] to [{}].", d.pricing_model),
                        ));
                    }
                    let currency =
                        |terms: &[Term]| terms.iter().find_map(|t| t.currency().map(|c| c.as_str().to_owned()));
                    if currency(&offer.terms).is_some_and(|c| currency(&d.terms).is_some_and(|n| n != c)) {
                        return Err(ErrorDetail::new(
                            "INCOMPATIBLE_CURRENCY_CODE",
                            "CurrencyCode can't be changed after the offer is released.",
                        ));
                    }
                }
                offer.terms.retain(|t| !t.is_pricing());
                offer.terms.extend(d.terms);
                entity.details["PricingModel"] = json!(d.pricing_model);
            }
            "UpdateLegalTerms" => replace_terms(&mut offer, details::<ch::UpdateLegalTerms>(doc)?.terms, "LegalTerm"),
            "UpdateSupportTerms" => {
                replace_terms(&mut offer, details::<ch::UpdateSupportTerms>(doc)?.terms, "SupportTerm")
            }
            "UpdateRenewalTerms" => {
                replace_terms(&mut offer, details::<ch::UpdateRenewalTerms>(doc)?.terms, "RenewalTerm")
            }
            "UpdateValidityTerms" => {
                replace_terms(&mut offer, details::<ch::UpdateValidityTerms>(doc)?.terms, "ValidityTerm")
            }
            "UpdatePaymentScheduleTerms" => {
                replace_terms(&mut offer, details::<ch::UpdatePaymentScheduleTerms>(doc)?.terms, "PaymentScheduleTerm")
            }
            "UpdateCustomerVerificationTerms" => replace_terms(
                &mut offer,
                details::<ch::UpdateCustomerVerificationTerms>(doc)?.terms,
                "CustomerVerificationTerm",
            ),
            "UpdateVariablePaymentTerms" => {
                replace_terms(&mut offer, details::<ch::UpdateVariablePaymentTerms>(doc)?.terms, "VariablePaymentTerm")
            }
            "UpdateMarkup" => {
                let d: ch::UpdateMarkup = details(doc)?;
                if offer.resale_authorization_id.is_none() {
                    return Err(invalid("UpdateMarkup applies to offers made under a resale authorization"));
                }
                offer.markup_percentage = Some(d.percentage);
            }
            "ReleaseOffer" => {
                details::<ch::ReleaseOffer>(doc)?;
                self.check_release(&offer)?;
                offer.state = "Released".into();
                entity.details["ReleaseDate"] = json!(format_time(self.now));
            }
            other => return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} on an offer"))),
        }
        let extra: Map<String, Value> = entity.details.as_object().cloned().unwrap_or_default();
        let mut updated = serde_json::to_value(&offer).unwrap_or_default();
        for key in ["PricingModel", "ReleaseDate", "OfferSetId"] {
            if let Some(v) = extra.get(key) {
                updated[key] = v.clone();
            }
        }
        entity.details = updated;
        Ok(())
    }

    /// What `ReleaseOffer` checks: a draft with pricing, a EULA, a released product, the rules of private offers.
    pub(super) fn check_release(&self, offer: &OfferDetails) -> std::result::Result<(), ChangeError> {
        if offer.is_released() {
            return Err(invalid_state(format!("offer {} is already released", offer.id)));
        }
        let mut problems = Vec::new();
        if !offer.terms.iter().any(Term::is_pricing) {
            problems.push("an offer needs pricing terms (UpdatePricingTerms)".to_owned());
        }
        if offer.terms_of("LegalTerm").next().is_none() {
            problems.push("an offer needs a legal term (UpdateLegalTerms)".to_owned());
        }
        if offer.terms_of("PaymentScheduleTerm").next().is_some()
            && offer.terms_of("FixedUpfrontPricingTerm").next().is_none()
        {
            problems.push("a payment schedule needs a FixedUpfrontPricingTerm".to_owned());
        }
        // A replacement offer targets the acceptor of the agreement it replaces.
        if offer.resale_authorization_id.is_some()
            && offer.replacement_agreement_id.is_none()
            && offer.buyer_accounts().is_empty()
        {
            return Err(ErrorDetail::new(
                "MISSING_BUYER_ACCOUNTS",
                "Provide PositiveTargeting with BuyersAccounts for offers created using ResaleAuthorization.",
            ));
        }
        if offer.is_private() {
            if offer.availability_end_date().is_none() {
                problems.push("a private offer needs an expiry date (UpdateAvailability)".to_owned());
            }
            if offer.auto_renews() {
                problems.push("a private offer cannot be set to renew automatically".to_owned());
            }
        }
        let future_dated =
            offer.terms.iter().any(|t| matches!(t, Term::Validity(v) if v.agreement_start_date.is_some()));
        if let Some(product_id) = &offer.product_id {
            match self.load(product_id).map_err(internal)? {
                Some(product) if product.str("/Visibility") == Some("Draft") => {
                    problems.push(format!("product {product_id} is still a draft; release it first"))
                }
                // The buyer guide §6.8: future-dated agreements are for SaaS contracts and consumption pricing.
                Some(product) if future_dated && product.kind != EntityType::SaaSProduct => problems.push(format!(
                    "FdaNotSupported: a future-dated agreement (AgreementStartDate) needs a SaaS product, not a {}",
                    product.kind
                )),
                Some(_) => {}
                None => problems.push(format!("product {product_id} not found")),
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(invalid(problems.join("; ")))
        }
    }
}

fn offer_json(id: &str, name: Option<String>, product_id: Option<String>) -> Value {
    serde_json::to_value(OfferDetails {
        id: id.to_owned(),
        state: "Draft".into(),
        name,
        product_id,
        ..OfferDetails::default()
    })
    .unwrap_or_default()
}

fn replace_terms(offer: &mut OfferDetails, terms: Vec<Term>, type_name: &str) {
    offer.terms.retain(|t| t.type_name() != type_name);
    offer.terms.extend(terms);
}
