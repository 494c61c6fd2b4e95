//! Offer set changes: an offer set groups a seller's private offers on different products for the same buyers, released
//! together.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::change_sets::{details, internal, invalid, invalid_state, missing, ChangeError};
use super::entities::Entity;
use super::Ctx;
use crate::model::catalog::changes as ch;
use crate::model::catalog::offer::OfferDetails;
use crate::model::catalog::{format_time, EntityType, ErrorDetail};

impl Ctx<'_> {
    pub(super) fn create_offer_set(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateOfferSet = details(doc)?;
        Ok(json!({"Id": id, "Name": d.name, "BuyerNotes": d.buyer_notes, "SolutionId": d.solution_id,
               "State": "Draft", "AssociatedOfferIds": []}))
    }

    pub(super) fn owned_offer_set(&self, set_id: &str) -> std::result::Result<Entity, ChangeError> {
        let set = self
            .load(set_id)
            .map_err(internal)?
            .filter(|e| e.kind == EntityType::OfferSet)
            .ok_or_else(|| missing(format!("offer set {set_id} not found")))?;
        if set.owner != self.caller.as_str() {
            return Err(ErrorDetail::new("ACCESS_DENIED", format!("offer set {set_id} belongs to another account")));
        }
        Ok(set)
    }

    /// Whether an offer on `product_id` may join `set`: the set is a draft with room, and holds no offer on that
    /// product yet.
    pub(super) fn check_joins(&self, set: &Entity, product_id: &str) -> std::result::Result<(), ChangeError> {
        if set.str("/State") != Some("Draft") {
            return Err(invalid_state(format!("offer set {} is released; its offers are fixed", set.id)));
        }
        let offers = set.offer_set_offers();
        if offers.len() >= 10 {
            return Err(invalid(format!("offer set {} already holds 10 offers", set.id)));
        }
        for id in offers {
            let Some(offer) = self.load(&id).map_err(internal)? else { continue };
            if offer.offer().map_err(internal)?.product_id.as_deref() == Some(product_id) {
                return Err(invalid(format!("offer set {} already holds offer {id} on product {product_id}", set.id)));
            }
        }
        Ok(())
    }

    /// The offer-set change types: it groups the seller's private offers on different products for the same buyers,
    /// released together.
    pub(super) fn update_offer_set(
        &self,
        set: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        if set.str("/State") != Some("Draft") && change_type != "UpdateInformation" {
            return Err(invalid_state(format!("offer set {} is released", set.id)));
        }
        match change_type {
            "UpdateInformation" => {
                let d: ch::UpdateOfferSetInformation = details(doc)?;
                if let Some(name) = d.name {
                    set.details["Name"] = json!(name);
                }
                if let Some(notes) = d.buyer_notes {
                    set.details["BuyerNotes"] = json!(notes);
                }
            }
            "AssociateOffers" => {
                for offer_id in details::<ch::AssociateOffers>(doc)?.offer_ids {
                    let mut offer = self
                        .load(&offer_id)
                        .map_err(internal)?
                        .filter(|e| e.kind == EntityType::Offer)
                        .ok_or_else(|| missing(format!("offer {offer_id} not found")))?;
                    if offer.owner != self.caller.as_str() {
                        return Err(ErrorDetail::new(
                            "ACCESS_DENIED",
                            format!("offer {offer_id} belongs to another account"),
                        ));
                    }
                    if let Some(other) = offer.str("/OfferSetId") {
                        return Err(invalid_state(format!("offer {offer_id} already belongs to offer set {other}")));
                    }
                    let details = offer.offer().map_err(internal)?;
                    if details.is_released() {
                        return Err(invalid_state(format!(
                            "offer {offer_id} is released; only draft offers join a set"
                        )));
                    }
                    self.check_joins(set, details.product_id.as_deref().unwrap_or_default())?;
                    offer.details["OfferSetId"] = json!(set.id);
                    self.bump(&mut offer)?;
                    let mut ids = set.offer_set_offers();
                    ids.push(offer_id);
                    set.details["AssociatedOfferIds"] = json!(ids);
                }
            }
            "DisassociateOffers" => {
                let mut ids = set.offer_set_offers();
                for offer_id in details::<ch::DisassociateOffers>(doc)?.offer_ids {
                    if !ids.contains(&offer_id) {
                        return Err(invalid(format!("offer {offer_id} is not in offer set {}", set.id)));
                    }
                    ids.retain(|i| i != &offer_id);
                    if let Some(mut offer) = self.load(&offer_id).map_err(internal)? {
                        if let Some(m) = offer.details.as_object_mut() {
                            m.remove("OfferSetId");
                        }
                        self.bump(&mut offer)?;
                    }
                }
                set.details["AssociatedOfferIds"] = json!(ids);
            }
            "ReleaseOfferSet" => {
                details::<ch::ReleaseOfferSet>(doc)?;
                let mut offers: Vec<(Entity, OfferDetails)> = Vec::new();
                for id in set.offer_set_offers() {
                    if let Some(offer) = self.load(&id).map_err(internal)? {
                        let details = offer.offer().map_err(internal)?;
                        offers.push((offer, details));
                    }
                }
                if offers.is_empty() {
                    return Err(invalid(format!("offer set {} holds no offers", set.id)));
                }
                let mut problems = Vec::new();
                let buyers = |o: &OfferDetails| o.buyer_accounts().into_iter().collect::<BTreeSet<_>>();
                let first = buyers(&offers[0].1);
                for (offer, details) in &offers {
                    if !details.is_private() {
                        problems.push(format!(
                            "offer {} is not private: an offer set's offers target named buyers",
                            offer.id
                        ));
                    } else if buyers(details) != first {
                        problems.push(format!("offer {} targets other buyers than offer {}", offer.id, offers[0].0.id));
                    }
                    if let Err(e) = self.check_release(details) {
                        problems.push(format!("offer {}: {}", offer.id, e.error_message));
                    }
                }
                if !problems.is_empty() {
                    return Err(invalid(problems.join("; ")));
                }
                let released_at = json!(format_time(self.now));
                for (mut offer, mut details) in offers {
                    details.state = "Released".into();
                    let extra = offer.details.clone();
                    offer.details = serde_json::to_value(&details).unwrap_or_default();
                    for key in ["PricingModel", "OfferSetId"] {
                        if let Some(v) = extra.get(key) {
                            offer.details[key] = v.clone();
                        }
                    }
                    offer.details["ReleaseDate"] = released_at.clone();
                    self.bump(&mut offer)?;
                }
                set.details["State"] = json!("Released");
                set.details["ReleaseDate"] = released_at;
            }
            other => return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} on an offer set"))),
        }
        Ok(())
    }
}
