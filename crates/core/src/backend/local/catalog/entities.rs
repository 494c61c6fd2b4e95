//! Catalog entities: the stored entity (a JSON document with an owner and a revision), who may read it, its summary,
//! and DescribeEntity and ListEntities with their filters and sorts.

use rusqlite::{params, OptionalExtension};
use serde_json::{Map, Value};
use time::OffsetDateTime;

use super::resources::policy_grants;
use super::{not_found, paginate, validation, Ctx};
use crate::backend::local::schema::db_error;
use crate::backend::local::{stored, to_ms};
use crate::error::Result;
use crate::model::catalog::offer::OfferDetails;
use crate::model::catalog::terms::Term;
use crate::model::catalog::{
    arn, format_time, parse_date, parse_time, strip_revision, EntityDescription, EntitySummary, EntityType, Filter,
    ListEntitiesInput, ListEntitiesOutput, OfferSetSummary, OfferSummary, OwnershipType, ProductSummary, SortOrder,
    ValueFilter,
};

/// A stored entity.
#[derive(Debug, Clone)]
pub(in crate::backend::local) struct Entity {
    pub(in crate::backend::local) id: String,
    pub(in crate::backend::local) kind: EntityType,
    pub(in crate::backend::local) owner: String,
    pub(in crate::backend::local) revision: i64,
    pub(in crate::backend::local) details: Value,
    pub(in crate::backend::local) modified: OffsetDateTime,
}

impl Entity {
    pub(in crate::backend::local) fn arn(&self) -> String {
        arn(&self.owner, self.kind.as_str(), &self.id)
    }

    pub(in crate::backend::local) fn identifier(&self) -> String {
        format!("{}@{}", self.id, self.revision)
    }

    pub(in crate::backend::local) fn str(&self, pointer: &str) -> Option<&str> {
        self.details.pointer(pointer).and_then(Value::as_str)
    }

    /// The entity's details read as an offer. Details that do not read as one, or dates in them that do not parse
    /// (they were checked when the changes that set them were applied), are an unreadable row.
    pub(in crate::backend::local) fn offer(&self) -> Result<OfferDetails> {
        let unreadable = |why: String| stored::unreadable(TABLE, &self.id, "details", why);
        let offer: OfferDetails =
            serde_json::from_value(self.details.clone()).map_err(|e| unreadable(e.to_string()))?;
        if let Some(date) = offer.availability_end_date() {
            // A date, or a timestamp whose first ten characters are one.
            if date.get(..date.len().min(10)).is_none_or(|day| parse_date(day, "").is_err()) {
                return Err(unreadable(format!("AvailabilityEndDate {date:?} is not a date")));
            }
        }
        for term in &offer.terms {
            if let Term::Validity(v) = term {
                if let Some(start) = v.agreement_start_date.as_deref().filter(|d| parse_date(d, "").is_err()) {
                    return Err(unreadable(format!("AgreementStartDate {start:?} is not a date")));
                }
            }
        }
        Ok(offer)
    }

    /// When the entity was released (`ReleaseDate`, which the engine writes), if it was.
    pub(in crate::backend::local) fn release_time(&self) -> Result<Option<OffsetDateTime>> {
        self.str("/ReleaseDate")
            .map(|d| {
                parse_time(d, "").map_err(|_| {
                    stored::unreadable(TABLE, &self.id, "details", format!("ReleaseDate {d:?} is not a time"))
                })
            })
            .transpose()
    }

    pub(in crate::backend::local) fn visibility(&self) -> Result<Option<String>> {
        if self.kind.is_product() {
            return Ok(self.str("/Visibility").map(str::to_owned));
        }
        if self.kind == EntityType::Offer {
            let offer = self.offer()?;
            let v = if !offer.is_released() {
                "Draft"
            } else if offer.is_private() {
                "Private"
            } else {
                "Public"
            };
            return Ok(Some(v.to_owned()));
        }
        Ok(self.str("/Status").or(self.str("/State")).or(self.str("/Lifecycle/Visibility")).map(str::to_owned))
    }

    /// An offer set's offers.
    pub(in crate::backend::local) fn offer_set_offers(&self) -> Vec<String> {
        let offers = self.details["AssociatedOffers"].as_array().map(Vec::as_slice).unwrap_or_default();
        offers.iter().filter_map(|o| o["OfferId"].as_str()).map(str::to_owned).collect()
    }

    pub(in crate::backend::local) fn name(&self) -> Option<String> {
        self.str("/Description/ProductTitle")
            .or(self.str("/Name"))
            .or(self.str("/Presentation/Title"))
            .or(self.str("/Presentation/Name"))
            .map(str::to_owned)
    }

    pub(in crate::backend::local) fn summary(&self) -> Result<EntitySummary> {
        let visibility = self.visibility()?;
        let mut s = EntitySummary {
            name: self.name(),
            entity_type: self.kind.as_str().to_owned(),
            entity_id: self.id.clone().into(),
            entity_arn: self.arn(),
            last_modified_date: Some(format_time(self.modified)),
            visibility: visibility.clone(),
            ..EntitySummary::default()
        };
        let product = || ProductSummary { product_title: self.name(), visibility: visibility.clone() };
        match self.kind {
            EntityType::SaaSProduct => s.saas_product_summary = Some(product()),
            EntityType::AmiProduct => s.ami_product_summary = Some(product()),
            EntityType::ContainerProduct => s.container_product_summary = Some(product()),
            EntityType::DataProduct => s.data_product_summary = Some(product()),
            EntityType::MachineLearningProduct => s.machine_learning_product_summary = Some(product()),
            EntityType::Offer => {
                let offer = self.offer()?;
                let buyers = offer.buyer_accounts();
                let mut targeting = Vec::new();
                if !buyers.is_empty() {
                    targeting.push("BuyerAccounts".to_owned());
                }
                let countries = offer.rules.iter().any(|r| {
                    r.pointer("/PositiveTargeting/CountryCodes").is_some()
                        || r.pointer("/NegativeTargeting/CountryCodes").is_some()
                });
                if countries {
                    targeting.push("CountryCodes".to_owned());
                }
                if targeting.is_empty() {
                    targeting.push("None".to_owned());
                }
                s.offer_summary = Some(OfferSummary {
                    name: offer.name.clone(),
                    product_id: offer.product_id.clone(),
                    resale_authorization_id: offer.resale_authorization_id.clone(),
                    release_date: self.str("/ReleaseDate").map(str::to_owned),
                    availability_end_date: offer.availability_end_date().map(day_end_time),
                    buyer_accounts: buyers,
                    state: Some(offer.state.clone()),
                    targeting,
                    target_agreement_id: offer.replacement_agreement_id.clone(),
                    offer_set_id: self.str("/OfferSetId").map(str::to_owned),
                });
            }
            EntityType::OfferSet => {
                s.offer_set_summary = Some(OfferSetSummary {
                    name: self.name(),
                    state: self.str("/State").map(str::to_owned),
                    release_date: self.str("/ReleaseDate").map(str::to_owned),
                    associated_offer_ids: self.offer_set_offers(),
                    solution_id: self.str("/SolutionId").map(str::to_owned),
                });
            }
            _ => {}
        }
        Ok(s)
    }
}

/// A `YYYY-MM-DD` availability date as the summaries write it: the end of that day.
pub(super) fn day_end_time(date: &str) -> String {
    if date.len() == 10 {
        format!("{date}T23:59:59Z")
    } else {
        date.to_owned()
    }
}

pub(super) const ENTITY_COLUMNS: &str = "id, entity_type, owner, revision, details, modified_ms";

/// The table entities are stored in.
const TABLE: &str = "catalog_entities";

pub(super) fn entity_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Entity> {
    let id: String = r.get(0)?;
    let details: String = r.get(4)?;
    // The details are a JSON object: the change types index into it.
    let details: Map<String, Value> = stored::in_row(stored::json(TABLE, &id, "details", &details))?;
    Ok(Entity {
        kind: EntityType::from(r.get::<_, String>(1)?),
        owner: r.get(2)?,
        revision: r.get(3)?,
        details: Value::Object(details),
        modified: stored::in_row(stored::time(TABLE, &id, "modified_ms", r.get(5)?))?,
        id,
    })
}

impl Ctx<'_> {
    pub(in crate::backend::local) fn load(&self, id: &str) -> Result<Option<Entity>> {
        self.tx
            .query_row(&format!("SELECT {ENTITY_COLUMNS} FROM catalog_entities WHERE id = ?1"), [id], entity_row)
            .optional()
            .map_err(db_error)
    }

    pub(in crate::backend::local) fn save(&self, entity: &Entity) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO catalog_entities (id, entity_type, owner, revision, details, created_ms, modified_ms, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, (SELECT COALESCE(MAX(seq), 0) + 1 FROM catalog_entities))
                 ON CONFLICT (id) DO UPDATE SET revision = ?4, details = ?5, modified_ms = ?6",
                params![
                    entity.id,
                    entity.kind.as_str(),
                    entity.owner,
                    entity.revision,
                    entity.details.to_string(),
                    to_ms(entity.modified)
                ],
            )
            .map_err(db_error)?;
        Ok(())
    }

    pub(in crate::backend::local) fn all_entities(&self) -> Result<Vec<Entity>> {
        let mut stmt = self
            .tx
            .prepare(&format!("SELECT {ENTITY_COLUMNS} FROM catalog_entities ORDER BY seq"))
            .map_err(db_error)?;
        let rows = stmt.query_map([], entity_row).map_err(db_error)?;
        rows.collect::<rusqlite::Result<_>>().map_err(db_error)
    }

    /// Whether the caller may read `entity`: its owner; a targeted buyer of a released private offer; anyone for
    /// released public offers and public products; the reseller of a resale authorization; accounts a resource
    /// policy names.
    pub(in crate::backend::local) fn can_read(&self, entity: &Entity) -> Result<bool> {
        if entity.owner == self.caller.as_str() {
            return Ok(true);
        }
        Ok(self.shared_with_caller(entity)? || self.is_public(entity)?)
    }

    pub(in crate::backend::local) fn is_public(&self, entity: &Entity) -> Result<bool> {
        Ok(match entity.kind {
            EntityType::Offer => {
                let offer = entity.offer()?;
                offer.is_released() && !offer.is_private()
            }
            ref k if k.is_product() => entity.visibility()?.as_deref() == Some("Public"),
            _ => false,
        })
    }

    pub(in crate::backend::local) fn shared_with_caller(&self, entity: &Entity) -> Result<bool> {
        let me = self.caller.as_str();
        let targeted = match entity.kind {
            EntityType::Offer => {
                let offer = entity.offer()?;
                offer.is_released() && offer.buyer_accounts().iter().any(|b| b == me)
            }
            EntityType::ResaleAuthorization => entity.str("/ResellerAccountId") == Some(me),
            EntityType::OfferSet => {
                let mut targets_me = false;
                if entity.str("/State") == Some("Released") {
                    for id in entity.offer_set_offers() {
                        if let Some(offer) = self.load(&id)? {
                            if offer.offer()?.buyer_accounts().iter().any(|b| b == me) {
                                targets_me = true;
                                break;
                            }
                        }
                    }
                }
                targets_me
            }
            ref k if k.is_product() => entity
                .details
                .pointer("/Targeting/PositiveTargeting/BuyerAccounts")
                .and_then(Value::as_array)
                .is_some_and(|a| a.iter().any(|b| b.as_str() == Some(me))),
            _ => false,
        };
        if targeted {
            return Ok(true);
        }
        let arn = entity.arn();
        let policy: Option<String> = self
            .tx
            .query_row("SELECT policy FROM catalog_policies WHERE arn = ?1", [&arn], |r| r.get(0))
            .optional()
            .map_err(db_error)?;
        policy.map_or(Ok(false), |p| policy_grants(&arn, &p, me))
    }

    pub(in crate::backend::local) fn describe_entity(&self, entity_id: &str) -> Result<EntityDescription> {
        let id = strip_revision(entity_id);
        let entity = match self.load(id)? {
            Some(entity) if self.can_read(&entity)? => entity,
            _ => return Err(not_found(format!("Entity {id} not found"))),
        };
        Ok(EntityDescription {
            entity_type: entity.kind.versioned(),
            entity_identifier: entity.identifier(),
            entity_arn: entity.arn(),
            last_modified_date: Some(format_time(entity.modified)),
            details: Some(entity.details.to_string()),
            details_document: Some(entity.details.clone()),
        })
    }

    pub(in crate::backend::local) fn list_entities(&self, input: &ListEntitiesInput) -> Result<ListEntitiesOutput> {
        let wanted = EntityType::parse_versioned(&input.entity_type).0;
        if !wanted.is_known() {
            return Err(validation(format!("EntityType {:?} is not a catalog entity type", input.entity_type)));
        }
        let shared = matches!(input.ownership_type, Some(OwnershipType::Shared));
        let mut items = Vec::new();
        for entity in self.all_entities()? {
            if entity.kind != wanted {
                continue;
            }
            let mine = entity.owner == self.caller.as_str();
            let visible = if shared { !mine && self.shared_with_caller(&entity)? } else { mine };
            if !visible {
                continue;
            }
            let summary = entity.summary()?;
            if !matches_generic(&summary, &input.filter_list)? {
                continue;
            }
            if let Some(filters) = &input.entity_type_filters {
                if !matches_typed(&summary, filters)? {
                    continue;
                }
            }
            items.push(summary);
        }
        let (sort_by, order) = match (&input.entity_type_sort, &input.sort) {
            (Some(typed), _) => {
                typed.0.values().next().map(|s| (s.sort_by.clone(), s.sort_order.clone())).unwrap_or_default()
            }
            (None, Some(sort)) => (sort.sort_by.clone(), sort.sort_order.clone()),
            (None, None) => (None, None),
        };
        let sort_by = sort_by.unwrap_or_else(|| "LastModifiedDate".to_owned());
        items.sort_by_cached_key(|s| sort_key(s, &sort_by));
        if order == Some(SortOrder::Descending) {
            items.reverse();
        }
        let (page, next_token) =
            paginate(items, input.next_token.as_deref(), input.max_results.unwrap_or(20) as usize)?;
        Ok(ListEntitiesOutput { entity_summary_list: page, next_token })
    }
}

fn matches_values(value: Option<&str>, filter: &ValueFilter) -> bool {
    let exact = filter.value_list.is_empty() || value.is_some_and(|v| filter.value_list.iter().any(|f| f == v));
    let wildcard = filter
        .wild_card_value
        .as_ref()
        .is_none_or(|w| value.is_some_and(|v| v.to_lowercase().contains(&w.to_lowercase())));
    exact && wildcard
}

fn in_range(value: Option<&str>, filter: &crate::model::catalog::DateFilter) -> Result<bool> {
    let Some(range) = &filter.date_range else { return Ok(true) };
    let Some(value) = value else { return Ok(false) };
    let t = parse_time(&day_end_time(value), "LastModifiedDate")?;
    if let Some(after) = &range.after_value {
        if t < parse_time(after, "DateRange.AfterValue")? {
            return Ok(false);
        }
    }
    if let Some(before) = &range.before_value {
        if t > parse_time(before, "DateRange.BeforeValue")? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn matches_typed(s: &EntitySummary, filters: &crate::model::catalog::EntityTypeFilters) -> Result<bool> {
    if let Some(f) = &filters.offer {
        let o = s.offer_summary.clone().unwrap_or_default();
        let checks = [
            f.entity_id.as_ref().is_none_or(|x| matches_values(Some(&s.entity_id), x)),
            f.name.as_ref().is_none_or(|x| matches_values(o.name.as_deref(), x)),
            f.product_id.as_ref().is_none_or(|x| matches_values(o.product_id.as_deref(), x)),
            f.resale_authorization_id.as_ref().is_none_or(|x| matches_values(o.resale_authorization_id.as_deref(), x)),
            f.state.as_ref().is_none_or(|x| matches_values(o.state.as_deref(), x)),
            f.targeting.as_ref().is_none_or(|x| o.targeting.iter().any(|t| matches_values(Some(t), x))),
            f.buyer_accounts.as_ref().is_none_or(|x| o.buyer_accounts.iter().any(|b| matches_values(Some(b), x))),
        ];
        if checks.contains(&false) {
            return Ok(false);
        }
        let dates = [
            (&f.release_date, o.release_date.as_deref()),
            (&f.availability_end_date, o.availability_end_date.as_deref()),
            (&f.last_modified_date, s.last_modified_date.as_deref()),
        ];
        for (filter, value) in dates {
            if let Some(filter) = filter {
                if !in_range(value, filter)? {
                    return Ok(false);
                }
            }
        }
        return Ok(true);
    }
    if let Some(f) = filters.product() {
        let title = s.name.as_deref();
        let ok = f.entity_id.as_ref().is_none_or(|x| matches_values(Some(&s.entity_id), x))
            && f.product_title.as_ref().is_none_or(|x| matches_values(title, x))
            && f.visibility.as_ref().is_none_or(|x| matches_values(s.visibility.as_deref(), x));
        return Ok(
            ok && f.last_modified_date.as_ref().map_or(Ok(true), |d| in_range(s.last_modified_date.as_deref(), d))?
        );
    }
    Err(validation(format!("EntityTypeFilters {} is not supported by the local engine", filters.members().join(", "))))
}

fn matches_generic(s: &EntitySummary, filters: &[Filter]) -> Result<bool> {
    for filter in filters {
        let offer = s.offer_summary.as_ref();
        let value = match filter.name.as_str() {
            "EntityId" => Some(s.entity_id.to_string()),
            "Name" | "ProductTitle" => s.name.clone(),
            "Visibility" => s.visibility.clone(),
            "ProductId" => offer.and_then(|o| o.product_id.clone()),
            "ResaleAuthorizationId" => offer.and_then(|o| o.resale_authorization_id.clone()),
            "State" => offer.and_then(|o| o.state.clone()),
            other => {
                return Err(validation(format!(
                    "FilterList name {other:?} is not one of EntityId, Name, ProductTitle, Visibility, ProductId, ResaleAuthorizationId, State"
                )))
            }
        };
        if !filter.value_list.iter().any(|v| Some(v) == value.as_ref()) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The sort key of a summary for a `SortBy` name, from the summary's own members (offer members for offers).
fn sort_key(s: &EntitySummary, sort_by: &str) -> (String, String) {
    let summary = serde_json::to_value(s).unwrap_or_default();
    let offer = summary.get("OfferSummary").cloned().unwrap_or_default();
    let value = match sort_by {
        "ProductTitle" => summary.get("Name").cloned(),
        other => summary.get(other).or_else(|| offer.get(other)).cloned(),
    };
    let key = match value {
        Some(Value::String(v)) => v,
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    (key, s.last_modified_date.clone().unwrap_or_default() + &s.entity_id)
}
