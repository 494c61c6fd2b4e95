//! Offer set changes: an offer set groups a seller's private offers on different products for the same buyers, released
//! together.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::change_sets::{details, internal, missing, ChangeError};
use super::entities::Entity;
use super::Ctx;
use crate::model::catalog::changes as ch;
use crate::model::catalog::offer::OfferDetails;
use crate::model::catalog::{format_time, EntityType, ErrorDetail};

impl Ctx<'_> {
    pub(super) fn create_offer_set(&self, id: &str, doc: &Value) -> std::result::Result<Value, ChangeError> {
        let d: ch::CreateOfferSet = details(doc)?;
        Ok(json!({"Id": id, "Name": d.name, "State": "Draft", "AssociatedOffers": []}))
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

    /// The offer-set change types (the Catalog API's "Working with offer sets"): offers are created for a set
    /// (`CreateOffer`'s `OfferSetId`), associated with it in any state, released one by one, and then the set is
    /// released.
    pub(super) fn update_offer_set(
        &self,
        set: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        if set.str("/State") != Some("Draft") {
            return Err(ErrorDetail::new(
                "INVALID_UPDATE_REQUEST",
                "The requested change can't be performed after the offer set released.",
            ));
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
                let mut ids = set.offer_set_offers();
                for offer_ref in details::<ch::AssociateOffers>(doc)?.offers {
                    let offer_id = offer_ref.offer_id;
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
                    if ids.contains(&offer_id) {
                        continue;
                    }
                    if offer.str("/OfferSetId").is_some_and(|other| other != set.id) {
                        return Err(ErrorDetail::new(
                            "INCOMPATIBLE_OFFER_SET_REFERENCE",
                            "Ensure all offers were created specifically for this offer set.",
                        ));
                    }
                    for other in self.all_entities().map_err(internal)? {
                        if other.kind == EntityType::OfferSet
                            && other.id != set.id
                            && other.offer_set_offers().contains(&offer_id)
                        {
                            return Err(ErrorDetail::new(
                                "INCOMPATIBLE_OFFER_SET_REFERENCE",
                                format!("Offer {offer_id} already belongs to offer set {}.", other.id),
                            ));
                        }
                    }
                    if offer.str("/OfferSetId").is_none() {
                        offer.details["OfferSetId"] = json!(set.id);
                        self.bump(&mut offer)?;
                    }
                    ids.push(offer_id);
                }
                if ids.len() > 7 {
                    return Err(ErrorDetail::new("TOO_MANY_OFFERS", "Associate up to 7 offers to the offer set."));
                }
                set_offers(set, &ids);
            }
            "DisassociateOffers" => {
                // Idempotent, and the offers keep their OfferSetId.
                let mut ids = set.offer_set_offers();
                for offer_ref in details::<ch::DisassociateOffers>(doc)?.offers {
                    ids.retain(|i| i != &offer_ref.offer_id);
                }
                set_offers(set, &ids);
            }
            "AssociateSolution" => {
                let d: ch::AssociateSolution = details(doc)?;
                let solution = self.owned_solution(&d.solution_id)?;
                match set.str("/SolutionId") {
                    Some(current) if current != solution.id => {
                        return Err(ErrorDetail::new(
                            "INCOMPATIBLE_SOLUTION_ASSOCIATION",
                            "Disassociate the existing solution before associating a new solution.",
                        ))
                    }
                    _ => set.details["SolutionId"] = json!(solution.id),
                }
            }
            "DisassociateSolution" => {
                let d: ch::DisassociateSolution = details(doc)?;
                if set.str("/SolutionId") != Some(d.solution_id.as_str()) {
                    return Err(ErrorDetail::new(
                        "INVALID_UPDATE_REQUEST",
                        format!("Offer set {} is not associated with solution {}.", set.id, d.solution_id),
                    ));
                }
                if let Some(m) = set.details.as_object_mut() {
                    m.remove("SolutionId");
                }
            }
            "ReleaseOfferSet" => {
                details::<ch::ReleaseOfferSet>(doc)?;
                self.check_offer_set_release(set)?;
                set.details["State"] = json!("Released");
                set.details["ReleaseDate"] = json!(format_time(self.now));
            }
            other => return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} on an offer set"))),
        }
        Ok(())
    }

    /// What `ReleaseOfferSet` checks, with the service's codes: buyer notes, two to seven released buyer-targeted
    /// offers, one per product, with the same buyers, currency and expiry.
    fn check_offer_set_release(&self, set: &Entity) -> std::result::Result<(), ChangeError> {
        let fail = |code: &str, message: &str| Err(ErrorDetail::new(code, message));
        if set.str("/BuyerNotes").is_none() {
            return fail("MISSING_BUYER_NOTES", "Provide BuyerNotes before releasing the offer set.");
        }
        let mut offers: Vec<(Entity, OfferDetails)> = Vec::new();
        for id in set.offer_set_offers() {
            if let Some(offer) = self.load(&id).map_err(internal)? {
                let details = offer.offer().map_err(internal)?;
                offers.push((offer, details));
            }
        }
        if offers.len() < 2 {
            return fail("MISSING_OFFERS", "Associate at least two offers to the offer set before releasing it.");
        }
        if offers.iter().any(|(_, o)| !o.is_released()) {
            return fail("DRAFT_OFFERS", "Release all associated offers before releasing the offer set.");
        }
        if offers.iter().any(|(_, o)| !o.is_private()) {
            return fail(
                "INCOMPATIBLE_OFFER_TARGETING_RULE",
                "Only buyer-targeted offers can be associated to an offer set.",
            );
        }
        let products: BTreeSet<_> = offers.iter().map(|(_, o)| o.product_id.clone()).collect();
        if products.len() != offers.len() {
            return fail("TOO_MANY_OFFERS_PER_PRODUCT", "Associate only one offer per product to the offer set.");
        }
        let same = |f: &dyn Fn(&OfferDetails) -> Value| {
            offers.iter().map(|(_, o)| f(o).to_string()).collect::<BTreeSet<_>>().len() == 1
        };
        if !same(&|o| json!(o.buyer_accounts().into_iter().collect::<BTreeSet<_>>())) {
            return fail(
                "INCONSISTENT_OFFER_TARGETING_RULE",
                "Ensure all associated offers have matching TargetingRule.",
            );
        }
        if !same(&|o| {
            json!(o.terms.iter().filter_map(|t| t.currency()).map(|c| c.as_str().to_owned()).collect::<BTreeSet<_>>())
        }) {
            return fail(
                "INCONSISTENT_OFFER_CURRENCY_CODE",
                "Ensure all associated offers have the same CurrencyCode.",
            );
        }
        if !same(&|o| json!(o.availability_end_date())) {
            return fail(
                "INCONSISTENT_OFFER_AVAILABILITY_END_DATE",
                "Ensure all associated offers have the same AvailabilityEndDate.",
            );
        }
        if let Some(solution_id) = set.str("/SolutionId") {
            let released = self
                .load(solution_id)
                .map_err(internal)?
                .and_then(|s| s.str("/Lifecycle/Visibility").map(str::to_owned))
                .is_some_and(|v| v == "Limited" || v == "Public");
            if !released {
                return fail("INCOMPATIBLE_SOLUTION_STATE", "Provide a solution in limited or public state.");
            }
        }
        Ok(())
    }
}

fn set_offers(set: &mut Entity, ids: &[String]) {
    set.details["AssociatedOffers"] = json!(ids.iter().map(|id| json!({"OfferId": id})).collect::<Vec<_>>());
}
