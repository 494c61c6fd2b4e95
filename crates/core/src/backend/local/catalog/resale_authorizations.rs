//! Resale authorization changes: a manufacturer authorizes a reseller to make offers on its product, on terms it
//! sets (priced in USD).

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::change_sets::{details, invalid, invalid_state, ChangeError};
use super::entities::Entity;
use super::{merge, Ctx};
use crate::model::catalog::changes as ch;
use crate::model::catalog::terms::Term;
use crate::model::catalog::ErrorDetail;

impl Ctx<'_> {
    pub(super) fn create_resale_authorization(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateResaleAuthorization = details(doc)?;
        let product = self.owned_product(&d.product_id)?;
        if d.reseller_account_id == self.caller.as_str() {
            return Err(invalid("ResellerAccountId must be another account"));
        }
        Ok(json!({"Id": id, "Name": d.name, "Description": d.description, "ProductId": product.id,
               "ManufacturerAccountId": self.caller.as_str(), "ResellerAccountId": d.reseller_account_id,
               "Status": "Draft", "Terms": []}))
    }

    pub(super) fn update_resale_authorization(
        &self,
        entity: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        let status = entity.str("/Status").unwrap_or("Draft").to_owned();
        if status == "Restricted" {
            return Err(invalid_state(format!("resale authorization {} is restricted", entity.id)));
        }
        let d = &mut entity.details;
        match change_type {
            "UpdateInformation" => merge(
                d,
                details::<ch::UpdateOfferInformation>(doc).map(|i| serde_json::to_value(i).unwrap_or_default())?,
            ),
            "UpdateAvailability" => {
                let a: ch::UpdateAvailability = details(doc)?;
                if let Some(date) = a.availability_end_date {
                    d["AvailabilityEndDate"] = json!(date);
                }
                if let Some(q) = a.offers_max_quantity {
                    d["OffersMaxQuantity"] = json!(q);
                }
            }
            "UpdatePricingTerms" | "UpdateLegalTerms" => {
                if status != "Draft" {
                    return Err(invalid_state("the terms of a released resale authorization cannot change"));
                }
                let terms = if change_type == "UpdatePricingTerms" {
                    let p: UpdateResalePricing =
                        serde_json::from_value(doc.clone()).map_err(|e| invalid(e.to_string()))?;
                    if p.terms.iter().filter_map(Term::currency).any(|c| c.as_str() != "USD") {
                        return Err(invalid("resale authorizations are priced in USD only"));
                    }
                    p.terms
                } else {
                    details::<ch::UpdateLegalTerms>(doc)?.terms
                };
                let mut all: Vec<Value> = d["Terms"].as_array().cloned().unwrap_or_default();
                let names: BTreeSet<String> = terms.iter().map(|t| t.type_name().to_owned()).collect();
                all.retain(|t| {
                    !t["Type"].as_str().is_some_and(|n| {
                        names.contains(n) || (change_type == "UpdatePricingTerms" && n.contains("Pricing"))
                    })
                });
                all.extend(terms.iter().map(|t| serde_json::to_value(t).unwrap_or_default()));
                d["Terms"] = Value::Array(all);
            }
            "ReleaseResaleAuthorization" => {
                if status != "Draft" {
                    return Err(invalid_state("only a Draft resale authorization can be released"));
                }
                d["Status"] = json!("Active");
            }
            "RestrictResaleAuthorization" => d["Status"] = json!("Restricted"),
            other => {
                return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} on a resale authorization")))
            }
        }
        Ok(())
    }
}

/// `UpdatePricingTerms` on a resale authorization (its pricing model is implied by the terms).
#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct UpdateResalePricing {
    terms: Vec<Term>,
}
