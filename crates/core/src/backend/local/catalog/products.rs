//! Product changes: what the change types of the product entity types (SaaS, AMI, container, data and machine
//! learning products) do to a product.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::change_sets::{details, internal, invalid, invalid_state, missing, ChangeError};
use super::entities::Entity;
use super::{merge, random_id, Ctx};
use crate::model::catalog::changes as ch;
use crate::model::catalog::{format_time, strip_revision, EntityType, ErrorDetail};

impl Ctx<'_> {
    pub(super) fn create_product(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateProduct = details(doc)?;
        Ok(
            json!({"ProductId": id, "Visibility": "Draft", "Description": {"ProductTitle": d.product_title, "Visibility": "Draft"}, "Dimensions": []}),
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
        let kind = entity.kind.clone();
        let entity_id = entity.id.clone();
        let d = &mut entity.details;
        match change_type {
            "UpdateInformation" => {
                let info: ch::UpdateProductInformation = details(doc)?;
                let mut description = serde_json::to_value(&info).unwrap_or_default();
                // DescribeEntity's shape: PromotionalResources{LogoUrl, Videos[{Type, Title, Url}],
                // AdditionalResources[{Type, Text, Url}]}.
                if let Some(m) = description.as_object_mut() {
                    for member in ["LogoUrl", "VideoUrls", "AdditionalResources"] {
                        m.remove(member);
                    }
                }
                if let Some(logo) = info.logo_url {
                    d["PromotionalResources"]["LogoUrl"] = json!(logo);
                }
                if let Some(videos) = info.video_urls {
                    let videos: Vec<Value> = videos
                        .iter()
                        .map(|url| json!({"Type": "Link", "Title": "Product video", "Url": url}))
                        .collect();
                    d["PromotionalResources"]["Videos"] = Value::Array(videos);
                }
                if let Some(links) = info.additional_resources {
                    let links: Vec<Value> =
                        links.iter().map(|l| json!({"Type": "Link", "Text": l.text, "Url": l.url})).collect();
                    d["PromotionalResources"]["AdditionalResources"] = Value::Array(links);
                }
                if let Some(support) = description.as_object_mut().and_then(|m| m.remove("SupportDescription")) {
                    d["SupportInformation"]["Description"] = support;
                }
                merge(&mut d["Description"], description);
            }
            "AddDimensions" => {
                let add: ch::AddDimensions = details(doc)?;
                let mut dims = d["Dimensions"].as_array().cloned().unwrap_or_default();
                if dims.len() + add.dimensions.len() > 200 {
                    return Err(invalid_dimension("Provide no more than 200 dimensions."));
                }
                for dim in add.dimensions {
                    if kind == EntityType::SaaSProduct && dim.name.chars().count() > 80 {
                        return Err(invalid(format!(
                            "DetailsDocument.Name: {:?} is longer than the 80 characters a SaaS dimension name may have",
                            dim.name
                        )));
                    }
                    if dims.iter().any(|x| x["Key"] == json!(dim.key)) {
                        return Err(invalid_dimension("Can't add duplicate dimensions."));
                    }
                    dims.push(serde_json::to_value(dim).unwrap_or_default());
                }
                d["Dimensions"] = Value::Array(dims);
            }
            "UpdateDimensions" => {
                let update: ch::UpdateDimensions = details(doc)?;
                let mut dims = d["Dimensions"].as_array().cloned().unwrap_or_default();
                let mut seen = BTreeSet::new();
                for change in update.dimensions {
                    let types = change.types.join(", ");
                    if !seen.insert((change.key.clone(), types.clone())) {
                        return Err(invalid_dimension(format!(
                            "Cannot update same dimension with key '{}' and types '{types}' multiple times in the same request.",
                            change.key
                        )));
                    }
                    let wanted: BTreeSet<&str> = change.types.iter().map(String::as_str).collect();
                    let found = dims.iter_mut().find(|x| {
                        x["Key"] == json!(change.key)
                            && x["Types"]
                                .as_array()
                                .is_some_and(|t| t.iter().filter_map(Value::as_str).collect::<BTreeSet<_>>() == wanted)
                    });
                    let Some(dim) = found else {
                        return Err(invalid_dimension(format!(
                            "No dimension with key '{}' and types '{types}' exists on the product.",
                            change.key
                        )));
                    };
                    if let Some(name) = change.name {
                        dim["Name"] = json!(name);
                    }
                    if let Some(description) = change.description {
                        dim["Description"] = json!(description);
                    }
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
                d["Description"]["Visibility"] = json!("Limited");
            }
            "UpdateVisibility" => {
                let v: ch::UpdateVisibility = details(doc)?;
                let current = d["Visibility"].as_str().unwrap_or("Draft").to_owned();
                if !["Public", "Limited", "Restricted"].contains(&current.as_str()) {
                    return Err(ErrorDetail::new(
                        "INVALID_PRODUCT_STATE",
                        "Use an existing `Public`, `Limited`, or `Restricted` product.",
                    ));
                }
                if let Some(replacement) = &v.replacement_product_id {
                    if v.target_visibility != "Restricted" {
                        return Err(ErrorDetail::new(
                            "INVALID_REPLACEMENT_PRODUCT_ID",
                            "Replacement product ID is only valid when restricting a product.",
                        ));
                    }
                    let usable = self
                        .load(strip_revision(replacement))
                        .map_err(internal)?
                        .filter(|p| p.kind.is_product() && p.id != entity_id)
                        .and_then(|p| p.str("/Visibility").map(str::to_owned))
                        .is_some_and(|v| v == "Public" || v == "Limited");
                    if !usable {
                        return Err(ErrorDetail::new(
                            "INVALID_REPLACEMENT_PRODUCT_ID",
                            "Use an existing `Public` or `Limited` product as replacement.",
                        ));
                    }
                    d["Description"]["ReplacementProductId"] = json!(replacement);
                }
                d["Visibility"] = json!(v.target_visibility);
                d["Description"]["Visibility"] = json!(v.target_visibility);
            }
            "AddDeliveryOptions" => {
                let add: ch::AddDeliveryOptions = details(doc)?;
                let mut versions = d["Versions"].as_array().cloned().unwrap_or_default();
                // A new version's delivery options are seen as the product is: Public on a Public product, else
                // Limited (restricting and UpdateDeliveryOptionsVisibility change that later).
                let visibility = if d["Visibility"] == "Public" { "Public" } else { "Limited" };
                let options: Vec<Value> = add
                    .delivery_options
                    .iter()
                    .map(|o| {
                        let mut o = o.clone();
                        if let Some(m) = o.as_object_mut() {
                            m.insert("Id".into(), json!(delivery_option_id(&kind)));
                            m.insert("Visibility".into(), json!(visibility));
                        }
                        o
                    })
                    .collect();
                let mut version =
                    json!({"Id": random_id("", 13), "CreationDate": format_time(self.now), "DeliveryOptions": options});
                if let Some(v) = &add.version {
                    for member in ["VersionTitle", "ReleaseNotes"] {
                        if let Some(value) = v.get(member) {
                            version[member] = value.clone();
                        }
                    }
                }
                versions.push(version);
                d["Versions"] = Value::Array(versions);
            }
            "AddRegions" | "RestrictRegions" => {
                let regions = if change_type == "AddRegions" {
                    details::<ch::AddRegions>(doc)?.regions
                } else {
                    details::<ch::RestrictRegions>(doc)?.regions
                };
                let list = |d: &Value, member: &str| -> BTreeSet<String> {
                    d.pointer(&format!("/RegionAvailability/{member}"))
                        .and_then(Value::as_array)
                        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
                        .unwrap_or_default()
                };
                let mut available = list(d, "Regions");
                let mut restricted = list(d, "Restrict");
                for region in regions {
                    if change_type == "AddRegions" {
                        restricted.remove(&region);
                        available.insert(region);
                    } else if available.remove(&region) {
                        restricted.insert(region);
                    } else {
                        return Err(ErrorDetail::new(
                            "INVALID_REGIONS",
                            format!("Requested regions [{region}] are invalid or unavailable. Only supported values are [{}].",
                                available.iter().cloned().collect::<Vec<_>>().join(", ")),
                        ));
                    }
                }
                if !d["RegionAvailability"].is_object() {
                    d["RegionAvailability"] = json!({});
                }
                d["RegionAvailability"]["Regions"] = json!(available);
                d["RegionAvailability"]["Restrict"] = json!(restricted);
            }
            "UpdateFutureRegionSupport" => {
                let f: ch::UpdateFutureRegionSupport = details(doc)?;
                if !d["RegionAvailability"].is_object() {
                    d["RegionAvailability"] = json!({});
                }
                d["RegionAvailability"]["FutureRegionSupport"] =
                    serde_json::to_value(f.future_region_support).unwrap_or_default();
            }
            "AddInstanceTypes" => {
                let add: ch::AddInstanceTypes = details(doc)?;
                // Judged after the set's dimensions are in (AddInstanceTypes is applied after them).
                if d["Dimensions"].as_array().is_none_or(Vec::is_empty) {
                    return Err(ErrorDetail::new(
                        "MISSING_DIMENSIONS",
                        "No dimensions found for the product. AddDimensions is required before AddInstanceTypes.",
                    ));
                }
                let mut types: Vec<Value> = d
                    .pointer("/Compatibility/AvailableInstanceTypes")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                for t in add.instance_types {
                    if !types.contains(&json!(t)) {
                        types.push(json!(t));
                    }
                }
                if !d["Compatibility"].is_object() {
                    d["Compatibility"] = json!({});
                }
                // An instance type added again is no longer restricted (and an empty list is left out, as the
                // typed document writes it).
                if let Some(compatibility) = d["Compatibility"].as_object_mut() {
                    let restricted = compatibility.get_mut("RestrictedInstanceTypes").and_then(Value::as_array_mut);
                    if let Some(restricted) = restricted {
                        restricted.retain(|t| !types.contains(t));
                        if restricted.is_empty() {
                            compatibility.remove("RestrictedInstanceTypes");
                        }
                    }
                }
                d["Compatibility"]["AvailableInstanceTypes"] = Value::Array(types);
            }
            "AddRepositories" => {
                let add: ch::AddRepositories = details(doc)?;
                let mut repositories = d["Repositories"].as_array().cloned().unwrap_or_default();
                for r in add.repositories {
                    let url =
                        format!("709825985650.dkr.ecr.us-east-1.amazonaws.com/{}/{}", self.caller, r.repository_name);
                    if repositories.iter().any(|x| x["Url"] == json!(url)) {
                        return Err(invalid(format!("repository {} already exists", r.repository_name)));
                    }
                    repositories.push(json!({"Url": url, "Type": r.repository_type}));
                }
                d["Repositories"] = Value::Array(repositories);
            }
            "RestrictDimensions" => {
                let restrict: ch::RestrictDimensions = details(doc)?;
                let mut dims = d["Dimensions"].as_array().cloned().unwrap_or_default();
                for wanted in restrict.dimensions {
                    let types: BTreeSet<&str> = wanted.types.iter().map(String::as_str).collect();
                    let Some(at) =
                        dims.iter().position(|x| x["Key"] == json!(wanted.key) && dimension_types(x) == types)
                    else {
                        return Err(invalid_dimension(format!(
                            "No dimension with key '{}' and types '{}' exists on the product.",
                            wanted.key,
                            wanted.types.join(", ")
                        )));
                    };
                    dims.remove(at);
                }
                d["Dimensions"] = Value::Array(dims);
            }
            "RestrictInstanceTypes" => {
                let restrict: ch::RestrictInstanceTypes = details(doc)?;
                let mut available: Vec<Value> = d
                    .pointer("/Compatibility/AvailableInstanceTypes")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                let mut restricted: Vec<Value> = d
                    .pointer("/Compatibility/RestrictedInstanceTypes")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                let unknown: Vec<&str> = restrict
                    .instance_types
                    .iter()
                    .map(String::as_str)
                    .filter(|t| !available.contains(&json!(t)))
                    .collect();
                if !unknown.is_empty() {
                    return Err(invalid(format!(
                        "DetailsDocument.InstanceTypes: [{}] are not available instance types of the product; only available instance types can be restricted.",
                        unknown.join(", ")
                    )));
                }
                available.retain(|t| !restrict.instance_types.iter().any(|r| t == r.as_str()));
                for t in restrict.instance_types {
                    restricted.push(json!(t));
                }
                if !d["Compatibility"].is_object() {
                    d["Compatibility"] = json!({});
                }
                d["Compatibility"]["AvailableInstanceTypes"] = Value::Array(available);
                d["Compatibility"]["RestrictedInstanceTypes"] = Value::Array(restricted);
            }
            "RestrictDeliveryOptions" => {
                let restrict: ch::RestrictDeliveryOptions = details(doc)?;
                for id in &restrict.delivery_option_ids {
                    set_member(delivery_option(d, id)?, "Visibility", json!("Restricted"));
                }
                // The seller guide: "At least one unrestricted version must remain available" once buyers can see it.
                let released = d["Visibility"] != "Draft";
                let open = delivery_options(d).any(|o| o["Visibility"] != "Restricted");
                if released && !open {
                    return Err(invalid_state(
                        "At least one unrestricted version must remain available. You cannot restrict the last publicly available version of a product.",
                    ));
                }
            }
            "UpdateDeliveryOptions" => {
                let update: ch::UpdateDeliveryOptions = details(doc)?;
                let options = update.delivery_options.unwrap_or_default();
                let most = if kind == EntityType::AmiProduct { 1 } else { 4 };
                if options.len() > most {
                    return Err(invalid(format!(
                        "DetailsDocument.DeliveryOptions: a {kind} takes at most {most} delivery option(s) per UpdateDeliveryOptions, got {}",
                        options.len()
                    )));
                }
                let mut versions = BTreeSet::new();
                for o in options {
                    versions.insert(version_of(d, &o.id)?);
                    let Some(patch) = o.details else { continue };
                    let (member, fields) = patch
                        .as_object()
                        .and_then(|m| m.iter().next())
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .unwrap_or_default();
                    if !ch::DELIVERY_OPTION_DETAILS.iter().any(|(name, of)| *name == member && *of == kind) {
                        return Err(invalid(format!(
                            "DetailsDocument.DeliveryOptions.Details: a {kind} has no {member}"
                        )));
                    }
                    let option = delivery_option(d, &o.id)?;
                    if option.pointer(&format!("/Details/{member}")).is_none() {
                        return Err(invalid(format!(
                            "DetailsDocument.DeliveryOptions.Details: delivery option {} is not a {member} delivery option",
                            o.id
                        )));
                    }
                    if let Some(target) = option.pointer_mut(&format!("/Details/{member}")) {
                        merge(target, fields);
                    }
                }
                if let Some(version) = update.version {
                    if kind == EntityType::AmiProduct && version.version_title.is_some() {
                        return Err(invalid(
                            "DetailsDocument.Version.VersionTitle: the title of an AMI product's version cannot be changed",
                        ));
                    }
                    if versions.len() != 1 {
                        return Err(invalid(
                            "DetailsDocument.Version: the delivery options belong to more than one version",
                        ));
                    }
                    let index = versions.into_iter().next().unwrap_or_default();
                    if let Some(target) = d.get_mut("Versions").and_then(|v| v.get_mut(index)) {
                        merge(target, serde_json::to_value(version).unwrap_or_default());
                    }
                }
            }
            "UpdateDeliveryOptionsVisibility" => {
                let update: ch::UpdateDeliveryOptionsVisibility = details(doc)?;
                if kind == EntityType::SaaSProduct && update.delivery_options.len() > 2 {
                    return Err(invalid(
                        "DetailsDocument.DeliveryOptions: a SaaS product takes at most 2 delivery options",
                    ));
                }
                for o in update.delivery_options {
                    if kind == EntityType::ContainerProduct
                        && (o.target_visibility != "Public" || o.targeting.is_some())
                    {
                        return Err(invalid(format!(
                            "DetailsDocument.DeliveryOptions.TargetVisibility: a container product's delivery option can only be made Public, not {}",
                            o.target_visibility
                        )));
                    }
                    let option = delivery_option(d, &o.id)?;
                    if option["Visibility"] == "Restricted" {
                        return Err(invalid_state(format!("delivery option {} is restricted", o.id)));
                    }
                    set_member(option, "Visibility", json!(o.target_visibility));
                    match o.targeting {
                        Some(t) => set_member(option, "Targeting", serde_json::to_value(t).unwrap_or_default()),
                        None => {
                            if let Some(m) = option.as_object_mut() {
                                m.remove("Targeting");
                            }
                        }
                    }
                }
            }
            other => return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} on a product"))),
        }
        Ok(())
    }
}

/// A new delivery option's id in the form the change-type schemas give it: `do-...` for SaaS products, a UUID for
/// AMI and container products.
fn delivery_option_id(kind: &EntityType) -> String {
    if *kind == EntityType::SaaSProduct {
        return random_id("do", 13);
    }
    let hex = format!("{:032x}", rand::random::<u128>());
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

/// The types of a dimension in a product document.
fn dimension_types(dimension: &Value) -> BTreeSet<&str> {
    dimension["Types"].as_array().map(|t| t.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

/// Every delivery option of every version of a product document.
fn delivery_options(d: &Value) -> impl Iterator<Item = &Value> {
    d["Versions"].as_array().into_iter().flatten().flat_map(|v| v["DeliveryOptions"].as_array().into_iter().flatten())
}

fn no_delivery_option(id: &str) -> ChangeError {
    missing(format!("DeliveryOptionId {id} was not found on the product"))
}

/// The position of the version that holds delivery option `id`.
fn version_of(d: &Value, id: &str) -> std::result::Result<usize, ChangeError> {
    d["Versions"]
        .as_array()
        .and_then(|versions| {
            versions
                .iter()
                .position(|v| v["DeliveryOptions"].as_array().is_some_and(|o| o.iter().any(|o| o["Id"] == id)))
        })
        .ok_or_else(|| no_delivery_option(id))
}

/// Delivery option `id` of a product document, to change.
fn delivery_option<'a>(d: &'a mut Value, id: &str) -> std::result::Result<&'a mut Value, ChangeError> {
    d.get_mut("Versions")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(|v| v.get_mut("DeliveryOptions").and_then(Value::as_array_mut))
        .flatten()
        .find(|o| o["Id"] == id)
        .ok_or_else(|| no_delivery_option(id))
}

/// Set `member` of a document object (delivery options are objects: `AddDeliveryOptions` takes no other).
fn set_member(target: &mut Value, member: &str, value: Value) {
    if let Some(m) = target.as_object_mut() {
        m.insert(member.to_owned(), value);
    }
}

/// `INVALID_DIMENSION`, the code of the service's dimension rules.
fn invalid_dimension(message: impl Into<String>) -> ChangeError {
    ErrorDetail::new("INVALID_DIMENSION", message)
}
