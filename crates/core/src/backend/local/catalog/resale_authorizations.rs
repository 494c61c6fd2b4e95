//! Resale authorization changes: a manufacturer authorizes a reseller to make offers on its product, on terms of the
//! resale types (`ResaleConfigurableUpfrontPricingTerm`, `BuyerLegalTerm`, ...), and the offers a reseller makes under
//! one inherit them.

use serde_json::{json, Value};

use super::change_sets::{details, internal, invalid, ChangeError};
use super::entities::Entity;
use super::Ctx;
use crate::model::catalog::changes as ch;
use crate::model::catalog::resale::ResaleTerm;
use crate::model::catalog::{format_time, parse_date, ErrorDetail};

fn incompatible_status(change_type: &str) -> ChangeError {
    ErrorDetail::new(
        "INCOMPATIBLE_STATUS",
        format!("{change_type} request can't be performed after the resale authorization is released."),
    )
}

fn mandatory(message: &str) -> ChangeError {
    ErrorDetail::new("MISSING_MANDATORY_TERMS", message)
}

impl Ctx<'_> {
    pub(super) fn create_resale_authorization(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateResaleAuthorization = details(doc)?;
        let product = self.owned_product(&d.product_id)?;
        if d.reseller_account_id == self.caller.as_str() {
            return Err(ErrorDetail::new("INVALID_RESELLER_ACCOUNT", "Provide a valid reseller account."));
        }
        Ok(json!({"Id": id, "Name": d.name, "Description": d.description, "ProductId": product.id,
               "ProductName": product.name(), "ManufacturerAccountId": self.caller.as_str(),
               "ResellerAccountId": d.reseller_account_id, "Status": "Draft", "CreatedDate": format_time(self.now),
               "Terms": [], "Rules": [{"Type": "PartnerTargetingRule", "ResellerAccountId": d.reseller_account_id}]}))
    }

    pub(super) fn update_resale_authorization(
        &self,
        entity: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        let status = entity.str("/Status").unwrap_or("Draft").to_owned();
        if status == "Restricted" {
            return Err(ErrorDetail::new(
                "INCOMPATIBLE_STATUS",
                format!("Resale authorization {} is Restricted and can't change.", entity.id),
            ));
        }
        let terms_change = |types: &[&str], terms: Vec<ResaleTerm>, d: &mut Value| {
            let mut all: Vec<Value> = d["Terms"].as_array().cloned().unwrap_or_default();
            all.retain(|t| !t["Type"].as_str().is_some_and(|n| types.contains(&n)));
            all.extend(terms.iter().map(|t| serde_json::to_value(t).unwrap_or_default()));
            d["Terms"] = Value::Array(all);
        };
        let released = status != "Draft";
        let d = &mut entity.details;
        match change_type {
            "UpdateInformation" => {
                let info: ch::UpdateResaleAuthorizationInformation = details(doc)?;
                if let Some(name) = info.name {
                    d["Name"] = json!(name);
                }
                if let Some(description) = info.description {
                    d["Description"] = json!(description);
                }
                if let Some(agreement) = info.pre_existing_buyer_agreement {
                    d["PreExistingBuyerAgreement"] = serde_json::to_value(agreement).unwrap_or_default();
                }
            }
            "UpdateAvailability" => {
                let a: ch::UpdateResaleAvailability = details(doc)?;
                if let Some(date) = &a.availability_end_date {
                    let day = parse_date(date, "AvailabilityEndDate").map_err(|e| invalid(e.message().to_owned()))?;
                    if day <= self.now.date() {
                        return Err(ErrorDetail::new(
                            "INVALID_AVAILABILITY_END_DATE",
                            "Provide a future AvailabilityEndDate.",
                        ));
                    }
                }
                let mut rules: Vec<Value> = d["Rules"].as_array().cloned().unwrap_or_default();
                let mut rule = rules
                    .iter()
                    .find(|r| r["Type"] == "AvailabilityRule")
                    .cloned()
                    .unwrap_or_else(|| json!({"Type": "AvailabilityRule"}));
                rules.retain(|r| r["Type"] != "AvailabilityRule");
                if let Some(date) = a.availability_end_date {
                    rule["AvailabilityEndDate"] = json!(date);
                }
                if let Some(q) = a.offers_max_quantity {
                    rule["OffersMaxQuantity"] = json!(q);
                }
                rules.push(rule);
                d["Rules"] = Value::Array(rules);
            }
            "UpdatePricingTerms" => {
                if released {
                    return Err(incompatible_status(change_type));
                }
                let p: ch::UpdateResalePricingTerms = details(doc)?;
                terms_change(&crate::model::catalog::resale::RESALE_PRICING_TERMS, p.terms, d);
                d["PricingModel"] = json!(p.pricing_model);
            }
            "UpdateLegalTerms" => {
                if released {
                    return Err(incompatible_status(change_type));
                }
                let terms = details::<ch::UpdateResaleLegalTerms>(doc)?.terms;
                let types: Vec<String> = terms.iter().map(|t| t.term_type.clone()).collect();
                terms_change(&types.iter().map(String::as_str).collect::<Vec<_>>(), terms, d);
            }
            "UpdateBuyerTargetingTerms" => {
                if released {
                    return Err(incompatible_status(change_type));
                }
                terms_change(&["BuyerTargetingTerm"], details::<ch::UpdateBuyerTargetingTerms>(doc)?.terms, d);
            }
            "UpdateBuyerValidityTerms" => {
                if released {
                    return Err(incompatible_status(change_type));
                }
                terms_change(&["BuyerValidityTerm"], details::<ch::UpdateBuyerValidityTerms>(doc)?.terms, d);
            }
            "UpdatePaymentScheduleTerms" => {
                if released {
                    return Err(incompatible_status(change_type));
                }
                let terms = details::<ch::UpdateResalePaymentScheduleTerms>(doc)?.terms;
                terms_change(&["ResalePaymentScheduleTerm"], terms, d);
            }
            "UpdateNetPaymentTerms" => {
                if released {
                    return Err(incompatible_status(change_type));
                }
                terms_change(&["ResaleNetPaymentTerm"], details::<ch::UpdateResaleNetPaymentTerms>(doc)?.terms, d);
            }
            "ReleaseResaleAuthorization" => {
                details::<ch::ReleaseResaleAuthorization>(doc)?;
                if released {
                    return Err(incompatible_status(change_type));
                }
                let product_id = d["ProductId"].as_str().unwrap_or_default().to_owned();
                let product_state = self
                    .load(&product_id)
                    .map_err(internal)?
                    .and_then(|p| p.str("/Visibility").map(str::to_owned))
                    .unwrap_or_default();
                if product_state != "Limited" && product_state != "Public" {
                    return Err(ErrorDetail::new(
                        "INCOMPATIBLE_PRODUCT",
                        "Use an active product in limited or public state.",
                    ));
                }
                check_resale_release(d)?;
                d["Status"] = json!("Active");
            }
            "RestrictResaleAuthorization" => {
                details::<ch::RestrictResaleAuthorization>(doc)?;
                if resale_expired(d, self.now.date()) {
                    return Err(ErrorDetail::new(
                        "INCOMPATIBLE_STATUS",
                        "Expired ResaleAuthorization can't be marked as restricted.",
                    ));
                }
                d["Status"] = json!("Restricted");
            }
            other => {
                return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} on a resale authorization")))
            }
        }
        Ok(())
    }
}

/// The terms of a stored resale authorization document. A term that does not read back is the store's fault (every
/// term was checked when it was written), so it fails the change instead of being skipped.
pub(super) fn resale_terms(d: &Value) -> std::result::Result<Vec<ResaleTerm>, ChangeError> {
    d["Terms"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, t)| {
            serde_json::from_value(t.clone()).map_err(|e| {
                ErrorDetail::new("INTERNAL_FAILURE", format!("stored resale authorization term {i} does not read: {e}"))
            })
        })
        .collect()
}

fn resale_rule<'a>(d: &'a Value, member: &str) -> Option<&'a Value> {
    d["Rules"].as_array()?.iter().find(|r| r["Type"] == "AvailabilityRule").and_then(|r| r.get(member))
}

fn resale_expired(d: &Value, today: time::Date) -> bool {
    resale_rule(d, "AvailabilityEndDate")
        .and_then(Value::as_str)
        .and_then(|date| parse_date(date.get(..10).unwrap_or(date), "").ok())
        .is_some_and(|end| end < today)
}

/// What `ReleaseResaleAuthorization` checks of the terms, with the service's codes and messages.
fn check_resale_release(d: &Value) -> std::result::Result<(), ChangeError> {
    let terms = resale_terms(d)?;
    let has = |t: &str| terms.iter().any(|term| term.term_type == t);
    if !has("BuyerLegalTerm") {
        return Err(mandatory("Provide a BuyerLegalTerm."));
    }
    if !terms.iter().any(ResaleTerm::is_pricing) {
        return Err(mandatory("Provide a PricingTerm."));
    }
    if has("ResalePaymentScheduleTerm") != has("ResaleFixedUpfrontPricingTerm") {
        return Err(ErrorDetail::new(
            "INCOMPATIBLE_PRICING_TERM",
            "PaymentScheduleTerm and FixedUpfrontPricingTerm must be present together.",
        ));
    }
    if has("ResalePaymentScheduleTerm")
        && (resale_rule(d, "OffersMaxQuantity").is_none() || resale_rule(d, "AvailabilityEndDate").is_none())
    {
        return Err(ErrorDetail::new(
            "INCOMPATIBLE_TERMS",
            "OffersMaxQuantity and AvailabilityEndDate must be present with ResalePaymentScheduleTerm.",
        ));
    }
    if let (Some(end), Some(schedule)) = (
        resale_rule(d, "AvailabilityEndDate").and_then(Value::as_str),
        terms.iter().find(|t| t.term_type == "ResalePaymentScheduleTerm"),
    ) {
        if schedule.schedule.iter().any(|item| item.charge_date.as_str() <= end) {
            return Err(ErrorDetail::new(
                "INVALID_AVAILABILITY_END_DATE",
                "Provide an AvailabilityEndDate that is before all the ChargeDate in ResalePaymentScheduleTerms.",
            ));
        }
    }
    Ok(())
}

/// The offer terms and targeting a channel partner's offer starts with, from its resale authorization (the CPPO
/// guide's "Terms and rules from ResaleAuthorization"): resale pricing and payment terms become the offer's types,
/// the `BuyerLegalTerm` its `LegalTerm`, the `BuyerTargetingTerm` its buyer targeting.
pub(super) fn inherited_offer_terms(ra: &Value) -> std::result::Result<(Vec<Value>, Vec<Value>), ChangeError> {
    let mut terms = Vec::new();
    let mut rules = Vec::new();
    for term in resale_terms(ra)? {
        let mut value = serde_json::to_value(&term).unwrap_or_default();
        if let Some(m) = value.as_object_mut() {
            m.remove("Id");
        }
        let offer_type = match term.term_type.as_str() {
            "ResaleUsageBasedPricingTerm" => "UsageBasedPricingTerm",
            "ResaleConfigurableUpfrontPricingTerm" => {
                let allowed = json!({"MultipleDimensionSelection": "Allowed", "QuantityConfiguration": "Allowed"});
                if let Some(cards) = value["RateCards"].as_array_mut() {
                    for card in cards {
                        if card.get("Constraints").is_none() {
                            card["Constraints"] = allowed.clone();
                        }
                    }
                }
                "ConfigurableUpfrontPricingTerm"
            }
            "ResaleFixedUpfrontPricingTerm" => "FixedUpfrontPricingTerm",
            "ResalePaymentScheduleTerm" => "PaymentScheduleTerm",
            "BuyerLegalTerm" => "LegalTerm",
            "BuyerTargetingTerm" => {
                if let Some(targeting) = term.positive_targeting {
                    rules.push(json!({"Type": "TargetingRule", "PositiveTargeting": targeting}));
                }
                continue;
            }
            _ => continue,
        };
        value["Type"] = json!(offer_type);
        terms.push(value);
    }
    Ok((terms, rules))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_term_that_does_not_read_fails_the_change_instead_of_vanishing() {
        let good = json!({"Terms": [{"Type": "BuyerLegalTerm", "Documents": []}]});
        assert_eq!(resale_terms(&good).unwrap()[0].term_type, "BuyerLegalTerm");
        // A term without its Type cannot be read back; skipping it would release an authorization without it.
        let broken = json!({"Terms": [{"Type": "BuyerLegalTerm"}, {"CurrencyCode": "USD"}]});
        let err = resale_terms(&broken).unwrap_err();
        assert_eq!(err.error_code, "INTERNAL_FAILURE");
        assert!(err.error_message.contains("term 1"), "{err:?}");
        assert_eq!(check_resale_release(&broken).unwrap_err().error_code, "INTERNAL_FAILURE");
        assert_eq!(inherited_offer_terms(&broken).unwrap_err().error_code, "INTERNAL_FAILURE");
    }
}
