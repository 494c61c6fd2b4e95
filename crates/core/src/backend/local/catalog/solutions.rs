//! Solution changes (`Solution@1.0`, "Working with multi-product solutions"): a seller's solution combines its
//! products and others' into one listing, Draft until released (Limited), then Public or Restricted, never Draft
//! again.

use serde_json::{json, Value};

use super::change_sets::{details, internal, missing, ChangeError};
use super::entities::Entity;
use super::Ctx;
use crate::model::catalog::changes as ch;
use crate::model::catalog::{strip_revision, EntityType, ErrorDetail};

impl Ctx<'_> {
    pub(super) fn create_solution(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateSolution = details(doc)?;
        let mut presentation = json!({"Name": d.name});
        if let Some(title) = d.title {
            presentation["Title"] = json!(title);
        }
        Ok(json!({"Identifiers": {"Id": id}, "Lifecycle": {"Visibility": "Draft"}, "Presentation": presentation,
                  "RelatedProducts": {}, "BuyerEngagement": []}))
    }

    pub(super) fn owned_solution(&self, id: &str) -> std::result::Result<Entity, ChangeError> {
        let solution = self
            .load(strip_revision(id))
            .map_err(internal)?
            .filter(|e| e.kind == EntityType::Solution)
            .ok_or_else(|| missing(format!("solution {id} not found")))?;
        if solution.owner != self.caller.as_str() {
            return Err(ErrorDetail::new("ACCESS_DENIED", format!("solution {id} belongs to another account")));
        }
        Ok(solution)
    }

    pub(super) fn update_solution(
        &self,
        entity: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        let visibility = entity.str("/Lifecycle/Visibility").unwrap_or("Draft").to_owned();
        let d = &mut entity.details;
        match change_type {
            "UpdateInformation" => {
                details::<ch::UpdateSolutionInformation>(doc)?;
                patch(&mut d["Presentation"], doc);
            }
            "UpdateRelatedProducts" => {
                let related: ch::UpdateRelatedProducts = details(doc)?;
                if visibility == "Public" {
                    return Err(ErrorDetail::new(
                        "INCOMPATIBLE_OPERATION_UPDATE_RELATED_PRODUCTS_SOLUTION",
                        "The operation to update related products isn't supported for public solutions.",
                    ));
                }
                for product in related.aws_marketplace_products.iter().flatten() {
                    let readable = match self.load(strip_revision(&product.product_id)).map_err(internal)? {
                        Some(p) if p.kind.is_product() => self.can_read(&p).map_err(internal)?,
                        _ => false,
                    };
                    if !readable {
                        return Err(ErrorDetail::new(
                            "INVALID_AWS_MARKETPLACE_PRODUCTS",
                            format!(
                                "Product '{}' not found. Provide a valid product ID in the same catalog.",
                                product.product_id
                            ),
                        ));
                    }
                }
                patch(&mut d["RelatedProducts"], doc);
            }
            "UpdateBuyerEngagementOptions" => {
                let options: ch::UpdateBuyerEngagementOptions = details(doc)?;
                d["BuyerEngagement"] = serde_json::to_value(options).unwrap_or_default();
            }
            "ReleaseSolution" => {
                details::<ch::ReleaseSolution>(doc)?;
                if visibility != "Draft" {
                    return Err(ErrorDetail::new(
                        "INCOMPATIBLE_OPERATION_RELEASE_SOLUTION",
                        "The change type can only be invoked on Solutions in Draft status.",
                    ));
                }
                let missing: Vec<&str> = ["Title", "ShortDescription", "LongDescription", "LogoUrl"]
                    .into_iter()
                    .filter(|m| d["Presentation"][m].as_str().is_none_or(str::is_empty))
                    .collect();
                if !missing.is_empty() {
                    return Err(ErrorDetail::new(
                        "MISSING_REQUIRED_FIELDS",
                        format!("The request is missing required parameters: [{}].", missing.join(", ")),
                    ));
                }
                d["Lifecycle"]["Visibility"] = json!("Limited");
            }
            "UpdateVisibility" => {
                let v: ch::UpdateVisibility = details(doc)?;
                if visibility == "Draft" {
                    return Err(ErrorDetail::new(
                        "INCOMPATIBLE_OPERATION_UPDATE_VISIBILITY",
                        "UpdateVisibility isn't supported for solutions in Draft state.",
                    ));
                }
                d["Lifecycle"]["Visibility"] = json!(v.target_visibility);
            }
            other => return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} on a solution"))),
        }
        Ok(())
    }
}

/// Apply a PATCH document: members given replace, members given as `null` are removed, others stay.
fn patch(target: &mut Value, doc: &Value) {
    if !target.is_object() {
        *target = json!({});
    }
    let (Some(target), Some(doc)) = (target.as_object_mut(), doc.as_object()) else { return };
    for (key, value) in doc {
        if value.is_null() {
            target.remove(key);
        } else {
            target.insert(key.clone(), value.clone());
        }
    }
}
