//! Product changes: what the change types of the product entity types (SaaS, AMI, container, data and machine
//! learning products) do to a product.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::change_sets::{details, internal, invalid, invalid_state, missing, ChangeError};
use super::entities::Entity;
use super::{merge, Ctx};
use crate::model::catalog::changes as ch;
use crate::model::catalog::{strip_revision, ErrorDetail};

impl Ctx<'_> {
    pub(super) fn create_product(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateProduct = details(doc)?;
        Ok(
            json!({"ProductId": id, "Visibility": "Draft", "Description": {"ProductTitle": d.product_title}, "Dimensions": []}),
        )
    }

    pub(super) fn owned_product(&self, product_id: &str) -> std::result::Result<Entity, ChangeError> {
        let product = self.load(strip_revision(product_id)).map_err(internal)?.filter(|e| e.kind.is_product());
        let product = product.ok_or_else(|| missing(format!("product {product_id} not found")))?;
        if product.owner != self.caller.as_str() {
            return Err(ErrorDetail::new("ACCESS_DENIED", format!("product {product_id} belongs to another seller")));
        }
        Ok(product)
    }

    pub(super) fn update_product(
        &self,
        entity: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        let d = &mut entity.details;
        match change_type {
            "UpdateInformation" => {
                let info: ch::UpdateProductInformation = details(doc)?;
                let mut description = serde_json::to_value(&info).unwrap_or_default();
                for promotional in ["LogoUrl", "VideoUrls", "AdditionalResources"] {
                    if let Some(value) = description.as_object_mut().and_then(|m| m.remove(promotional)) {
                        d["PromotionalResources"][promotional] = value;
                    }
                }
                if let Some(support) = description.as_object_mut().and_then(|m| m.remove("SupportDescription")) {
                    d["SupportInformation"]["Description"] = support;
                }
                merge(&mut d["Description"], description);
            }
            "AddDimensions" => {
                let add: ch::AddDimensions = details(doc)?;
                let mut dims = d["Dimensions"].as_array().cloned().unwrap_or_default();
                for dim in add.dimensions {
                    if dims.iter().any(|x| x["Key"] == json!(dim.key)) {
                        return Err(invalid(format!("dimension {} already exists", dim.key)));
                    }
                    dims.push(serde_json::to_value(dim).unwrap_or_default());
                }
                d["Dimensions"] = Value::Array(dims);
            }
            "UpdateTargeting" => {
                let t: ch::UpdateProductTargeting = details(doc)?;
                d["Targeting"] = json!({"PositiveTargeting": t.positive_targeting});
            }
            "ReleaseProduct" => {
                details::<ch::ReleaseProduct>(doc)?;
                if d["Visibility"] != "Draft" {
                    return Err(invalid_state("only a Draft product can be released"));
                }
                if d.pointer("/Description/ProductTitle").and_then(Value::as_str).is_none() {
                    return Err(invalid("a product needs a ProductTitle before it is released"));
                }
                d["Visibility"] = json!("Limited");
            }
            "UpdateVisibility" => {
                let v: ch::UpdateVisibility = details(doc)?;
                if d["Visibility"] == "Draft" {
                    return Err(invalid_state("release the product (ReleaseProduct) before changing its visibility"));
                }
                d["Visibility"] = json!(v.target_visibility);
            }
            "AddDeliveryOptions" => {
                let add: ch::AddDeliveryOptions = details(doc)?;
                let mut versions = d["Versions"].as_array().cloned().unwrap_or_default();
                versions.push(json!({"DeliveryOptions": add.delivery_options}));
                d["Versions"] = Value::Array(versions);
            }
            "AddRegions" | "RestrictRegions" => {
                let regions = if change_type == "AddRegions" {
                    details::<ch::AddRegions>(doc)?.regions
                } else {
                    details::<ch::RestrictRegions>(doc)?.regions
                };
                let mut current: BTreeSet<String> = d
                    .pointer("/RegionAvailability/Regions")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
                    .unwrap_or_default();
                for region in regions {
                    if change_type == "AddRegions" {
                        current.insert(region);
                    } else if !current.remove(&region) {
                        return Err(invalid(format!("region {region} is not available for the product")));
                    }
                }
                d["RegionAvailability"] = json!({"Regions": current});
            }
            other => return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} on a product"))),
        }
        Ok(())
    }
}
