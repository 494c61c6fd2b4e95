//! The private marketplace: experiences (with their audiences, approved products, procurement policy and branding)
//! as their administrators change them, and the buyer side: which experience governs an account, procurement status,
//! and product requests with their approval or decline.

use std::collections::BTreeSet;

use rusqlite::params;
use serde_json::{json, Value};

use super::change_sets::{details, internal, invalid, invalid_state, missing, ChangeError};
use super::entities::Entity;
use super::{merge, not_found, random_id, string_set, validation, Ctx};
use crate::backend::local::accounts::organization_of;
use crate::backend::local::schema::db_error;
use crate::backend::local::{conflict, exists, stored};
use crate::error::{Error, ErrorKind, Result};
use crate::model::catalog::changes as ch;
use crate::model::catalog::private_marketplace::{
    ListProductRequestsInput, ProcurementStatus, ProductRequest, ProductRequestStatus,
};
use crate::model::catalog::{format_time, strip_revision, EntityType, ErrorDetail};

/// The Organizations service principal of the private marketplace.
pub const PMP_SERVICE_PRINCIPAL: &str = "private-marketplace.marketplace.amazonaws.com";

impl Ctx<'_> {
    pub(super) fn create_experience(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateExperience = details(doc)?;
        self.check_pmp_admin()?;
        Ok(json!({"Id": id, "Name": d.name, "Description": d.description, "Status": "Disabled", "State": "Active",
               "ProductIds": [], "Principals": []}))
    }

    pub(super) fn create_procurement_policy(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateProcurementPolicy = details(doc)?;
        let mut experience = self.owned_experience(&d.experience_id)?;
        if experience.details.get("ProcurementPolicyId").and_then(Value::as_str).is_some() {
            return Err(invalid_state(format!("experience {} already has a procurement policy", experience.id)));
        }
        experience.details["ProcurementPolicyId"] = json!(id);
        self.bump(&mut experience)?;
        Ok(
            json!({"Id": id, "ExperienceId": experience.id, "SoftwareRequests": d.software_requests.unwrap_or_else(|| "Enabled".into())}),
        )
    }

    pub(super) fn create_branding_settings(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateBrandingSettings = details(doc)?;
        let mut experience = self.owned_experience(&d.experience_id)?;
        if experience.str("/State") == Some("Archived") {
            return Err(invalid_state(format!("experience {} is archived and cannot be updated", experience.id)));
        }
        experience.details["BrandingSettingsId"] = json!(id);
        self.bump(&mut experience)?;
        Ok(
            json!({"Id": id, "ExperienceId": experience.id, "Title": d.title, "LogoUrl": d.logo_url, "PrimaryColor": d.primary_color}),
        )
    }

    pub(super) fn update_procurement_policy(
        &self,
        entity: &mut Entity,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        let d: ch::UpdateProcurementPolicy = details(doc)?;
        let experience_id = entity.str("/ExperienceId").unwrap_or_default().to_owned();
        let experience = self.owned_experience(&experience_id)?;
        // The buyer guide: the user-request setting can be changed only while the experience is live.
        if experience.str("/Status") != Some("Enabled") {
            return Err(invalid_state(format!(
                "experience {experience_id} must be live (Enabled) to change user requests"
            )));
        }
        entity.details["SoftwareRequests"] = json!(d.software_requests);
        Ok(())
    }

    pub(super) fn update_branding_settings(
        &self,
        entity: &mut Entity,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        let d: ch::UpdateBrandingSettings = details(doc)?;
        let experience_id = entity.str("/ExperienceId").unwrap_or_default().to_owned();
        if self.owned_experience(&experience_id)?.str("/State") == Some("Archived") {
            return Err(invalid_state(format!("experience {experience_id} is archived and cannot be updated")));
        }
        merge(&mut entity.details, serde_json::to_value(d).unwrap_or_default());
        Ok(())
    }

    pub(super) fn owned_experience(&self, experience_id: &str) -> std::result::Result<Entity, ChangeError> {
        let experience =
            self.load(strip_revision(experience_id)).map_err(internal)?.filter(|e| e.kind == EntityType::Experience);
        let experience = experience.filter(|e| e.owner == self.caller.as_str());
        experience.ok_or_else(|| missing(format!("experience {experience_id} not found")))
    }

    /// Who may administer a private marketplace: an account outside any organization; in an organization with all
    /// features, the management account or a delegated administrator when trusted access is on, any account
    /// otherwise (the legacy mode the buyer guide describes).
    pub(super) fn check_pmp_admin(&self) -> std::result::Result<(), ChangeError> {
        let Some(org) = organization_of(self.tx, self.caller).map_err(internal)? else { return Ok(()) };
        if !org.all_features {
            return Err(ErrorDetail::new(
                "ACCESS_DENIED",
                format!("organization {} must have all features enabled to use a private marketplace", org.id),
            ));
        }
        let trusted = exists(
            self.tx,
            "SELECT 1 FROM trusted_access WHERE organization_id = ?1 AND service_principal = ?2",
            &[&org.id, PMP_SERVICE_PRINCIPAL],
        )
        .map_err(internal)?;
        if !trusted || org.management_account == self.caller.as_str() {
            return Ok(());
        }
        let delegated = exists(
            self.tx,
            "SELECT 1 FROM delegated_administrators WHERE organization_id = ?1 AND account_id = ?2 AND service_principal = ?3",
            &[&org.id, self.caller.as_str(), PMP_SERVICE_PRINCIPAL],
        )
        .map_err(internal)?;
        if delegated {
            Ok(())
        } else {
            Err(ErrorDetail::new(
                "ACCESS_DENIED",
                "only the management account or a delegated administrator for the private marketplace can manage experiences",
            ))
        }
    }

    pub(super) fn update_experience(
        &self,
        entity: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        self.check_pmp_admin()?;
        let archived = entity.str("/State") == Some("Archived");
        if archived && change_type != "ReviveExperience" && change_type != "DisassociateAudience" {
            return Err(invalid_state(format!(
                "experience {} is archived and cannot be updated; revive it first",
                entity.id
            )));
        }
        let id = entity.id.clone();
        let d = &mut entity.details;
        match change_type {
            "UpdateExperience" => {
                let u: ch::UpdateExperience = details(doc)?;
                merge(d, serde_json::to_value(u).unwrap_or_default());
            }
            "RestrictExperience" => {
                details::<ch::RestrictExperience>(doc)?;
                if d["Status"] == "Enabled" {
                    return Err(invalid_state(format!(
                        "experience {id} is live; take it offline (Status Disabled) before archiving it"
                    )));
                }
                d["State"] = json!("Archived");
            }
            "ReviveExperience" => {
                details::<ch::ReviveExperience>(doc)?;
                if !archived {
                    return Err(invalid_state(format!("experience {id} is not archived")));
                }
                d["State"] = json!("Active");
                d["Status"] = json!("Disabled");
            }
            "AllowProductProcurement" => {
                let a: ch::AllowProductProcurement = details(doc)?;
                let mut products: BTreeSet<String> = string_set(&d["ProductIds"]);
                for product_id in a.products.iter().flat_map(|p| p.ids.iter()) {
                    self.check_procurable(product_id)?;
                    products.insert(product_id.clone());
                }
                d["ProductIds"] = json!(products);
            }
            "DenyProductProcurement" => {
                let a: ch::DenyProductProcurement = details(doc)?;
                let mut products: BTreeSet<String> = string_set(&d["ProductIds"]);
                for product_id in a.products.iter().flat_map(|p| p.ids.iter()) {
                    let private = self
                        .load(product_id)
                        .map_err(internal)?
                        .is_some_and(|p| p.str("/Visibility") != Some("Public"));
                    if private && products.contains(product_id) {
                        return Err(ErrorDetail::new(
                            "ACCESS_DENIED",
                            format!("removing private product {product_id} from a private marketplace requires AWS Marketplace Support"),
                        ));
                    }
                    products.remove(product_id);
                }
                d["ProductIds"] = json!(products);
            }
            "AssociateAudience" => {
                let a: ch::AssociateAudience = details(doc)?;
                let mut principals = string_set(&d["Principals"]);
                for principal in a.principals {
                    self.claim_principal(&id, &principal)?;
                    principals.insert(principal);
                }
                d["Principals"] = json!(principals);
            }
            "DisassociateAudience" => {
                let a: ch::DisassociateAudience = details(doc)?;
                let mut principals = string_set(&d["Principals"]);
                for principal in &a.principals {
                    if !principals.remove(principal) {
                        return Err(invalid(format!("{principal} is not associated with experience {id}")));
                    }
                }
                d["Principals"] = json!(principals);
            }
            other => return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} on an experience"))),
        }
        Ok(())
    }

    /// A product an administrator can approve: a public one, or a private one the administrator's own account has a
    /// released private offer for.
    pub(super) fn check_procurable(&self, product_id: &str) -> std::result::Result<(), ChangeError> {
        let product = self.load(product_id).map_err(internal)?.filter(|p| p.kind.is_product());
        let product = product.ok_or_else(|| missing(format!("product {product_id} not found")))?;
        if product.str("/Visibility") == Some("Public") || product.owner == self.caller.as_str() {
            return Ok(());
        }
        let me = self.caller.as_str();
        let mut offered = false;
        for e in self.all_entities().map_err(internal)? {
            if e.kind != EntityType::Offer {
                continue;
            }
            let offer = e.offer().map_err(internal)?;
            if offer.product_id.as_deref() == Some(product_id)
                && offer.is_released()
                && offer.buyer_accounts().iter().any(|b| b == me)
            {
                offered = true;
                break;
            }
        }
        if offered {
            Ok(())
        } else {
            Err(ErrorDetail::new(
                "ACCESS_DENIED",
                format!(
                    "product {product_id} is private: the private offer must include this administrator account ({me})"
                ),
            ))
        }
    }

    /// An audience governs one active experience; one associated with an archived experience moves over.
    pub(super) fn claim_principal(&self, experience_id: &str, principal: &str) -> std::result::Result<(), ChangeError> {
        for mut other in self.all_entities().map_err(internal)? {
            if other.kind != EntityType::Experience || other.id == experience_id || other.owner != self.caller.as_str()
            {
                continue;
            }
            let mut principals = string_set(&other.details["Principals"]);
            if !principals.contains(principal) {
                continue;
            }
            if other.str("/State") != Some("Archived") {
                return Err(invalid_state(format!("{principal} is already associated with experience {}", other.id)));
            }
            principals.remove(principal);
            other.details["Principals"] = json!(principals);
            self.bump(&mut other)?;
        }
        Ok(())
    }

    /// The live-or-not experience that governs the caller: the most specific association wins (the account itself,
    /// then its organization); a standalone account is governed by its own experience.
    pub(super) fn governing_experience(&self) -> Result<Option<Entity>> {
        let me = self.caller.as_str();
        let org = organization_of(self.tx, self.caller)?;
        let mut best: Option<(u8, Entity)> = None;
        for entity in self.all_entities()? {
            if entity.kind != EntityType::Experience || entity.str("/State") == Some("Archived") {
                continue;
            }
            let principals = string_set(&entity.details["Principals"]);
            let rank = if principals.contains(me) {
                3
            } else if org
                .as_ref()
                .is_some_and(|o| principals.iter().any(|p| p == &o.id || p.ends_with(&format!("/{}", o.id))))
            {
                2
            } else if org.is_none() && entity.owner == me {
                1
            } else {
                continue;
            };
            if best.as_ref().is_none_or(|(r, _)| rank > *r) {
                best = Some((rank, entity));
            }
        }
        Ok(best.map(|(_, e)| e))
    }

    pub(super) fn requests_enabled(&self, experience: &Entity) -> Result<bool> {
        let Some(policy_id) = experience.str("/ProcurementPolicyId") else { return Ok(true) };
        Ok(self.load(policy_id)?.is_none_or(|p| p.str("/SoftwareRequests") != Some("Disabled")))
    }

    pub(super) fn is_blocked(&self, experience_id: &str, product_id: &str) -> Result<bool> {
        exists(
            self.tx,
            "SELECT 1 FROM pmp_blocked WHERE experience_id = ?1 AND product_id = ?2",
            &[experience_id, product_id],
        )
    }

    pub(in crate::backend::local) fn procurement_status(&self, product_id: &str) -> Result<ProcurementStatus> {
        let experience = self.governing_experience()?;
        let (live, approved, requests_enabled, blocked) = match &experience {
            Some(e) => (
                e.str("/Status") == Some("Enabled"),
                string_set(&e.details["ProductIds"]).contains(product_id),
                self.requests_enabled(e)?,
                self.is_blocked(&e.id, product_id)?,
            ),
            None => (false, false, false, false),
        };
        Ok(ProcurementStatus {
            product_id: product_id.to_owned(),
            experience_id: experience.map(|e| e.id),
            live,
            approved,
            procurable: !live || approved,
            requests_enabled,
            blocked,
        })
    }

    pub(super) fn create_product_request(&self, product_id: &str) -> Result<ProductRequest> {
        let product = match self.load(product_id)? {
            Some(p) if p.kind.is_product() && self.can_read(&p)? => p,
            _ => return Err(not_found(format!("Product {product_id} not found"))),
        };
        let experience = self
            .governing_experience()?
            .ok_or_else(|| validation(format!("no private marketplace experience governs account {}", self.caller)))?;
        if string_set(&experience.details["ProductIds"]).contains(&product.id) {
            return Err(conflict(format!("product {product_id} is already approved in experience {}", experience.id)));
        }
        if !self.requests_enabled(&experience)? {
            return Err(Error::new(
                ErrorKind::AccessDenied,
                "AccessDeniedException",
                format!("user requests are turned off for experience {}", experience.id),
            ));
        }
        if self.is_blocked(&experience.id, &product.id)? {
            return Err(Error::new(
                ErrorKind::AccessDenied,
                "AccessDeniedException",
                format!("the administrator has blocked requests for product {product_id}"),
            ));
        }
        if let Some(pending) = self.requests()?.into_iter().find(|r| {
            r.requester_account_id == self.caller.as_str()
                && r.product_id == product.id
                && r.status == ProductRequestStatus::Pending
        }) {
            return Ok(pending);
        }
        let request = ProductRequest {
            request_id: random_id("pmpreq", 13),
            experience_id: experience.id.clone(),
            product_id: product.id,
            requester_account_id: self.caller.to_string(),
            status: ProductRequestStatus::Pending,
            decline_reason: None,
            created_at: format_time(self.now),
            decided_at: None,
        };
        self.tx
            .execute(
                "INSERT INTO pmp_requests (id, experience_id, requester, body, seq) VALUES (?1, ?2, ?3, ?4,
                 (SELECT COALESCE(MAX(seq), 0) + 1 FROM pmp_requests))",
                params![
                    request.request_id,
                    request.experience_id,
                    request.requester_account_id,
                    serde_json::to_string(&request).unwrap_or_default()
                ],
            )
            .map_err(db_error)?;
        Ok(request)
    }

    pub(super) fn requests(&self) -> Result<Vec<ProductRequest>> {
        let mut stmt = self.tx.prepare("SELECT id, body FROM pmp_requests ORDER BY seq").map_err(db_error)?;
        let rows: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(db_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db_error)?;
        rows.iter().map(|(id, body)| stored::json("pmp_requests", id, "body", body)).collect()
    }

    pub(super) fn list_product_requests(&self, input: &ListProductRequestsInput) -> Result<Vec<ProductRequest>> {
        let mut out = Vec::new();
        for request in self.requests()? {
            let mine = request.requester_account_id == self.caller.as_str();
            let administered = self.load(&request.experience_id)?.is_some_and(|e| e.owner == self.caller.as_str());
            if (mine || administered) && input.status.as_ref().is_none_or(|s| *s == request.status) {
                out.push(request);
            }
        }
        Ok(out)
    }

    /// Approve (`decline` None) or decline a pending request of an experience the caller administers.
    pub(super) fn decide_product_request(
        &self,
        request_id: &str,
        decline: Option<(Option<String>, bool)>,
    ) -> Result<ProductRequest> {
        let request = self.requests()?.into_iter().find(|r| r.request_id == request_id);
        let administered = match &request {
            Some(r) => self.load(&r.experience_id)?.is_some_and(|e| e.owner == self.caller.as_str()),
            None => false,
        };
        let mut request =
            request.filter(|_| administered).ok_or_else(|| not_found(format!("Request {request_id} not found")))?;
        if request.status != ProductRequestStatus::Pending {
            return Err(conflict(format!("request {request_id} is already {}", request.status)));
        }
        let mut experience = self.owned_experience(&request.experience_id).map_err(|e| request_error(e, not_found))?;
        match decline {
            None => {
                self.check_procurable(&request.product_id).map_err(|e| {
                    request_error(e, |m| Error::new(ErrorKind::AccessDenied, "AccessDeniedException", m))
                })?;
                let mut products = string_set(&experience.details["ProductIds"]);
                products.insert(request.product_id.clone());
                experience.details["ProductIds"] = json!(products);
                self.bump(&mut experience).map_err(|e| Error::internal(e.error_message))?;
                request.status = ProductRequestStatus::Approved;
            }
            Some((reason, block)) => {
                if block {
                    self.tx
                        .execute(
                            "INSERT OR IGNORE INTO pmp_blocked (experience_id, product_id) VALUES (?1, ?2)",
                            [&request.experience_id, &request.product_id],
                        )
                        .map_err(db_error)?;
                }
                request.status = ProductRequestStatus::Declined;
                request.decline_reason = reason;
            }
        }
        request.decided_at = Some(format_time(self.now));
        self.tx
            .execute(
                "UPDATE pmp_requests SET body = ?2 WHERE id = ?1",
                params![request_id, serde_json::to_string(&request).unwrap_or_default()],
            )
            .map_err(db_error)?;
        Ok(request)
    }
}

/// A change check's failure as the error of a product-request call: the engine's own failures stay internal.
fn request_error(e: ChangeError, otherwise: impl FnOnce(String) -> Error) -> Error {
    if e.error_code == "INTERNAL_FAILURE" {
        Error::internal(e.error_message)
    } else {
        otherwise(e.error_message)
    }
}
