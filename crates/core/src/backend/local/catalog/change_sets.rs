//! Change sets: StartChangeSet (idempotency token, open-set quota, entity locks), describe, list and cancel, and the
//! lazy state machine that applies a set when its time comes; each change is dispatched to its entity type's file.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use rusqlite::{params, OptionalExtension};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use time::OffsetDateTime;

use super::entities::Entity;
use super::{in_use, not_found, paginate, random_id, validation, Ctx};
use crate::backend::local::schema::db_error;
use crate::backend::local::{stored, to_ms};
use crate::error::{Error, ErrorKind, Result};
use crate::model::catalog::changes::{self as ch, ChangeDetails};
use crate::model::catalog::{
    arn, parse_time, resolve_references, strip_revision, ChangeSetDescription, ChangeSetRef, ChangeSetStatus,
    ChangeSetSummary, ChangeSummary, EntityType, ErrorDetail, FailureCode, Filter, Intent, ListChangeSetsInput,
    ListChangeSetsOutput, SortOrder, StartChangeSetInput,
};
use crate::model::AccountId;
use crate::validate::Validator;

/// A stored change set.
pub(super) struct StoredChangeSet {
    pub(super) id: String,
    pub(super) owner: String,
    pub(super) name: Option<String>,
    pub(super) intent: Intent,
    pub(super) status: ChangeSetStatus,
    pub(super) summaries: Vec<ChangeSummary>,
    pub(super) entity_ids: Vec<String>,
    /// The request as it came, for what the summaries do not carry (entity tags).
    pub(super) payload: String,
    pub(super) failure_code: Option<FailureCode>,
    pub(super) failure_description: Option<String>,
    pub(super) start: OffsetDateTime,
    pub(super) settles_at: OffsetDateTime,
    pub(super) end: Option<OffsetDateTime>,
}

impl StoredChangeSet {
    pub(super) fn arn(&self) -> String {
        arn(&self.owner, "ChangeSet", &self.id)
    }
}

pub(super) const CHANGE_SET_COLUMNS: &str = "id, owner, name, intent, status, summaries, entity_ids, failure_code,
    failure_description, start_ms, applying_ms, settles_ms, end_ms, payload";

/// The table change sets are stored in.
const TABLE: &str = "catalog_change_sets";

pub(super) fn change_set_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredChangeSet> {
    let id: String = r.get(0)?;
    let summaries: String = r.get(5)?;
    let entity_ids: String = r.get(6)?;
    let time = |column: &str, ms: i64| stored::in_row(stored::time(TABLE, &id, column, ms));
    Ok(StoredChangeSet {
        owner: r.get(1)?,
        name: r.get(2)?,
        intent: Intent::from(r.get::<_, String>(3)?),
        status: ChangeSetStatus::from(r.get::<_, String>(4)?),
        summaries: stored::in_row(stored::json(TABLE, &id, "summaries", &summaries))?,
        entity_ids: stored::in_row(stored::json(TABLE, &id, "entity_ids", &entity_ids))?,
        failure_code: r.get::<_, Option<String>>(7)?.map(FailureCode::from),
        failure_description: r.get(8)?,
        start: time("start_ms", r.get(9)?)?,
        settles_at: time("settles_ms", r.get(11)?)?,
        end: r.get::<_, Option<i64>>(12)?.map(|ms| time("end_ms", ms)).transpose()?,
        payload: r.get(13)?,
        id,
    })
}

/// An error of one change, and what it applies to.
pub(super) type ChangeError = ErrorDetail;

/// A failure of the engine itself (its store) while applying a change, as the change's error.
pub(super) fn internal(e: Error) -> ChangeError {
    ErrorDetail::new("INTERNAL_FAILURE", e.message().to_owned())
}

pub(super) fn invalid(message: impl Into<String>) -> ChangeError {
    ErrorDetail::new("INVALID_INPUT", message)
}

pub(super) fn invalid_state(message: impl Into<String>) -> ChangeError {
    ErrorDetail::new("INVALID_STATE", message)
}

pub(super) fn missing(message: impl Into<String>) -> ChangeError {
    ErrorDetail::new("RESOURCE_NOT_FOUND", message)
}

/// Parse and check a change's details as `D`.
pub(super) fn details<D: ChangeDetails + DeserializeOwned>(value: &Value) -> std::result::Result<D, ChangeError> {
    let parsed: D = serde_json::from_value(value.clone())
        .map_err(|e| invalid(format!("the {} details do not match the change type: {e}", D::CHANGE_TYPE)))?;
    let mut v = Validator::new();
    parsed.validate_into(&mut v, "DetailsDocument");
    v.finish().map_err(|e| invalid(e.message().to_owned()))?;
    Ok(parsed)
}

impl Ctx<'_> {
    pub(super) fn start_change_set(&self, input: StartChangeSetInput) -> Result<ChangeSetRef> {
        let owner = self.caller.as_str();
        let mut payload = input.clone();
        payload.client_request_token = None;
        let payload = serde_json::to_string(&payload).map_err(|e| Error::internal(e.to_string()))?;
        if let Some(token) = &input.client_request_token {
            let earlier: Option<(String, String)> = self
                .tx
                .query_row(
                    "SELECT id, payload FROM catalog_change_sets WHERE owner = ?1 AND token = ?2",
                    [owner, token.as_str()],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(db_error)?;
            if let Some((id, stored)) = earlier {
                if stored != payload {
                    return Err(validation(format!(
                        "ClientRequestToken {token:?} was already used for change set {id} with a different request"
                    )));
                }
                return Ok(ChangeSetRef { change_set_arn: arn(owner, "ChangeSet", &id), change_set_id: id.into() });
            }
        }
        let open: i64 = self
            .tx
            .query_row(
                "SELECT COUNT(*) FROM catalog_change_sets WHERE owner = ?1 AND status IN ('PREPARING', 'APPLYING')",
                [owner],
                |r| r.get(0),
            )
            .map_err(db_error)?;
        if open >= i64::from(self.config.max_open_change_sets) {
            return Err(Error::new(
                ErrorKind::QuotaExceeded,
                "ServiceQuotaExceededException",
                format!(
                    "The maximum number of open requests per account has been exceeded ({}).",
                    self.config.max_open_change_sets
                ),
            ));
        }
        // Existing entities must exist for the caller, and none may be locked by a running change set.
        let mut entity_ids = BTreeSet::new();
        for (i, change) in input.change_set.iter().enumerate() {
            let Some(identifier) = &change.entity.identifier else { continue };
            if change.entity.referenced_change().is_some() {
                continue;
            }
            let id = strip_revision(identifier);
            let readable = match self.load(id)? {
                Some(entity) => self.can_read(&entity)?,
                None => false,
            };
            if !readable {
                return Err(not_found(format!("ChangeSet[{i}]: entity {id} not found")));
            }
            entity_ids.insert(id.to_owned());
        }
        let mut stmt = self
            .tx
            .prepare("SELECT id, entity_ids FROM catalog_change_sets WHERE status IN ('PREPARING', 'APPLYING')")
            .map_err(db_error)?;
        let running: Vec<(String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(db_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db_error)?;
        for (other, ids) in running {
            let ids: Vec<String> = stored::json(TABLE, &other, "entity_ids", &ids)?;
            if let Some(locked) = ids.iter().find(|id| entity_ids.contains(*id)) {
                return Err(in_use(format!(
                    "The entity {locked} is locked until change set {other} has completed; try again after it completes"
                )));
            }
        }
        let id = random_id("", 25);
        let applying_at = self.now + self.config.change_set_preparation;
        let settles_at = applying_at + self.config.change_set_application;
        let summaries: Vec<ChangeSummary> = input
            .change_set
            .iter()
            .map(|c| ChangeSummary {
                change_type: c.change_type.clone(),
                entity: c.entity.clone(),
                details: c.details.clone(),
                details_document: c.details_document.clone(),
                error_detail_list: Vec::new(),
                change_name: c.change_name.clone(),
            })
            .collect();
        let entity_list: Vec<&String> = entity_ids.iter().collect();
        self.tx
            .execute(
                "INSERT INTO catalog_change_sets (id, owner, name, intent, status, token, payload, summaries, entity_ids,
                 start_ms, applying_ms, settles_ms, seq)
                 VALUES (?1, ?2, ?3, ?4, 'PREPARING', ?5, ?6, ?7, ?8, ?9, ?10, ?11,
                 (SELECT COALESCE(MAX(seq), 0) + 1 FROM catalog_change_sets))",
                params![
                    id,
                    owner,
                    input.change_set_name,
                    input.intent.clone().unwrap_or(Intent::Apply).as_str(),
                    input.client_request_token,
                    payload,
                    serde_json::to_string(&summaries).unwrap_or_default(),
                    serde_json::to_string(&entity_list).unwrap_or_default(),
                    to_ms(self.now),
                    to_ms(applying_at),
                    to_ms(settles_at),
                ],
            )
            .map_err(db_error)?;
        let change_set_arn = arn(owner, "ChangeSet", &id);
        for tag in &input.change_set_tags {
            self.put_tag(&change_set_arn, tag)?;
        }
        // With no preparation time the set is applied before the caller can look at it.
        self.settle_change_sets()?;
        Ok(ChangeSetRef { change_set_id: id.into(), change_set_arn })
    }

    pub(super) fn change_set(&self, id: &str) -> Result<StoredChangeSet> {
        self.tx
            .query_row(
                &format!("SELECT {CHANGE_SET_COLUMNS} FROM catalog_change_sets WHERE id = ?1 AND owner = ?2"),
                [id, self.caller.as_str()],
                change_set_row,
            )
            .optional()
            .map_err(db_error)?
            .ok_or_else(|| not_found(format!("Change set {id} not found")))
    }

    pub(super) fn describe_change_set(&self, id: &str) -> Result<ChangeSetDescription> {
        let cs = self.change_set(id)?;
        Ok(ChangeSetDescription {
            change_set_arn: cs.arn(),
            change_set_id: cs.id.clone().into(),
            change_set_name: cs.name.clone(),
            intent: Some(cs.intent.clone()),
            start_time: Some(whole_seconds(cs.start)),
            end_time: cs.end.map(whole_seconds),
            status: cs.status.clone(),
            failure_code: cs.failure_code.clone(),
            failure_description: cs.failure_description.clone(),
            changes: cs.summaries,
        })
    }

    pub(super) fn cancel_change_set(&self, id: &str) -> Result<ChangeSetRef> {
        let cs = self.change_set(id)?;
        if cs.status != ChangeSetStatus::Preparing {
            return Err(in_use(format!("Change set {id} is {} and can only be cancelled while PREPARING", cs.status)));
        }
        self.tx
            .execute(
                "UPDATE catalog_change_sets SET status = 'CANCELLED', end_ms = ?2 WHERE id = ?1",
                params![id, to_ms(self.now)],
            )
            .map_err(db_error)?;
        Ok(ChangeSetRef { change_set_arn: cs.arn(), change_set_id: cs.id.into() })
    }

    pub(super) fn list_change_sets(&self, input: &ListChangeSetsInput) -> Result<ListChangeSetsOutput> {
        let mut stmt = self
            .tx
            .prepare(&format!("SELECT {CHANGE_SET_COLUMNS} FROM catalog_change_sets WHERE owner = ?1 ORDER BY seq"))
            .map_err(db_error)?;
        let all: Vec<StoredChangeSet> = stmt
            .query_map([self.caller.as_str()], change_set_row)
            .map_err(db_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db_error)?;
        let mut items = Vec::new();
        'sets: for cs in all {
            for filter in &input.filter_list {
                if !change_set_matches(&cs, filter)? {
                    continue 'sets;
                }
            }
            items.push(ChangeSetSummary {
                change_set_arn: cs.arn(),
                change_set_id: cs.id.clone().into(),
                change_set_name: cs.name.clone(),
                start_time: Some(whole_seconds(cs.start)),
                end_time: cs.end.map(whole_seconds),
                status: cs.status.clone(),
                entity_id_list: cs.entity_ids.clone(),
                failure_code: cs.failure_code.clone(),
            });
        }
        let sort = input.sort.clone().unwrap_or_default();
        let by = sort.sort_by.as_deref().unwrap_or("StartTime");
        match by {
            "StartTime" => items.sort_by_key(|a| a.start_time),
            "EndTime" => items.sort_by_key(|a| a.end_time),
            "Name" | "ChangeSetName" => items.sort_by(|a, b| a.change_set_name.cmp(&b.change_set_name)),
            "Status" => items.sort_by(|a, b| a.status.as_str().cmp(b.status.as_str())),
            "ChangeSetId" => items.sort_by(|a, b| a.change_set_id.cmp(&b.change_set_id)),
            other => {
                return Err(validation(format!(
                    "Sort.SortBy {other:?} is not one of StartTime, EndTime, Name, Status, ChangeSetId"
                )))
            }
        }
        if sort.sort_order == Some(SortOrder::Descending) {
            items.reverse();
        }
        let (page, next_token) =
            paginate(items, input.next_token.as_deref(), input.max_results.unwrap_or(20) as usize)?;
        Ok(ListChangeSetsOutput { change_set_summary_list: page, next_token })
    }

    /// Move every change set whose time has come: PREPARING → APPLYING → applied (SUCCEEDED or FAILED).
    pub(in crate::backend::local) fn settle_change_sets(&self) -> Result<()> {
        let now = to_ms(self.now);
        // Every catalog request settles first, reads too: look before writing, so that a read with nothing due
        // takes no write lock.
        let due = self
            .tx
            .prepare_cached(
                "SELECT 1 FROM catalog_change_sets WHERE (status = 'PREPARING' AND applying_ms <= ?1)
                 OR (status = 'APPLYING' AND settles_ms <= ?1) LIMIT 1",
            )
            .and_then(|mut stmt| stmt.exists([now]))
            .map_err(db_error)?;
        if !due {
            return Ok(());
        }
        self.tx
            .execute(
                "UPDATE catalog_change_sets SET status = 'APPLYING' WHERE status = 'PREPARING' AND applying_ms <= ?1",
                [now],
            )
            .map_err(db_error)?;
        let mut stmt = self
            .tx
            .prepare(&format!(
                "SELECT {CHANGE_SET_COLUMNS} FROM catalog_change_sets WHERE status = 'APPLYING' AND settles_ms <= ?1 ORDER BY settles_ms, seq"
            ))
            .map_err(db_error)?;
        let due: Vec<StoredChangeSet> = stmt
            .query_map([now], change_set_row)
            .map_err(db_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db_error)?;
        for cs in due {
            self.apply_change_set(cs)?;
        }
        Ok(())
    }

    pub(super) fn apply_change_set(&self, mut cs: StoredChangeSet) -> Result<()> {
        let at = cs.settles_at;
        let actor: AccountId = stored::parsed(TABLE, &cs.id, "owner", &cs.owner)?;
        let applier = Ctx { tx: self.tx, config: self.config, now: at, caller: &actor };
        self.tx.execute_batch("SAVEPOINT change_set").map_err(db_error)?;
        let mut created: BTreeMap<String, String> = BTreeMap::new();
        let mut touched = BTreeSet::new();
        let mut failed = false;
        let requested: StartChangeSetInput = stored::json(TABLE, &cs.id, "payload", &cs.payload)?;
        for i in application_order(&cs.summaries) {
            let summary = &mut cs.summaries[i];
            match applier.apply_change(summary, &created) {
                Ok(entity) => {
                    let tags = requested.change_set.get(i).map(|c| c.entity_tags.as_slice());
                    if ch::is_create(&summary.change_type) {
                        for tag in tags.unwrap_or_default() {
                            applier.put_tag(&entity.arn(), tag)?;
                        }
                    }
                    if let Some(name) = &summary.change_name {
                        created.insert(name.clone(), entity.id.clone());
                    }
                    summary.entity.identifier = Some(entity.identifier());
                    touched.insert(entity.id);
                }
                Err(error) => {
                    summary.error_detail_list.push(error);
                    failed = true;
                }
            }
        }
        let (status, code, description) = if failed {
            (
                ChangeSetStatus::Failed,
                Some(FailureCode::ClientError),
                Some("One or more changes failed; see each change's ErrorDetailList.".to_owned()),
            )
        } else {
            (ChangeSetStatus::Succeeded, None, None)
        };
        if failed || cs.intent == Intent::Validate {
            // Nothing of a failed (or validate-only) change set stays: identifiers it handed out go with it.
            self.tx.execute_batch("ROLLBACK TO change_set; RELEASE change_set").map_err(db_error)?;
            if failed {
                for summary in &mut cs.summaries {
                    if summary
                        .entity
                        .identifier
                        .as_deref()
                        .is_some_and(|i| created.values().any(|c| strip_revision(i) == c))
                    {
                        summary.entity.identifier = None;
                    }
                }
            }
        } else {
            self.tx.execute_batch("RELEASE change_set").map_err(db_error)?;
        }
        let mut entity_ids: BTreeSet<String> = cs.entity_ids.iter().cloned().collect();
        if !failed {
            entity_ids.extend(touched);
        }
        self.tx
            .execute(
                "UPDATE catalog_change_sets SET status = ?2, failure_code = ?3, failure_description = ?4, summaries = ?5,
                 entity_ids = ?6, end_ms = ?7 WHERE id = ?1",
                params![
                    cs.id,
                    status.as_str(),
                    code.as_ref().map(FailureCode::as_str),
                    description,
                    serde_json::to_string(&cs.summaries).unwrap_or_default(),
                    serde_json::to_string(&entity_ids).unwrap_or_default(),
                    to_ms(at),
                ],
            )
            .map_err(db_error)?;
        Ok(())
    }

    /// Apply one change; the entity it created or changed, or why it failed.
    pub(super) fn apply_change(
        &self,
        change: &ChangeSummary,
        created: &BTreeMap<String, String>,
    ) -> std::result::Result<Entity, ChangeError> {
        let kind = change.entity.kind();
        let change_type = change.change_type.as_str();
        if !ch::change_types_for(&kind).contains(&change_type) {
            return Err(ErrorDetail::new(
                "UNSUPPORTED_CHANGE_TYPE",
                format!(
                    "the local engine does not implement change type {change_type} on {}",
                    change.entity.entity_type
                ),
            ));
        }
        let mut doc = match (&change.details, &change.details_document) {
            (Some(text), None) => serde_json::from_str(text).map_err(|_| invalid("Details is not a JSON object"))?,
            (_, Some(doc)) => doc.clone(),
            (None, None) => json!({}),
        };
        resolve_references(change_type, &mut doc, created)
            .map_err(|name| invalid(format!("change {name} created no entity")))?;
        if ch::is_create(change_type) {
            if change.entity.identifier.is_some() {
                return Err(invalid(format!("{change_type} creates its entity; omit Entity.Identifier")));
            }
            let mut entity = Entity {
                id: random_id(kind.id_prefix(), 13),
                kind: kind.clone(),
                owner: self.caller.to_string(),
                revision: 1,
                details: json!({}),
                modified: self.now,
            };
            self.create(&mut entity, change_type, &doc)?;
            self.save(&entity).map_err(internal)?;
            return Ok(entity);
        }
        let identifier = change
            .entity
            .identifier
            .as_deref()
            .ok_or_else(|| invalid(format!("{change_type} needs Entity.Identifier")))?;
        let id = match change.entity.referenced_change() {
            Some(name) => {
                created.get(name).cloned().ok_or_else(|| invalid(format!("change {name} created no entity")))?
            }
            None => strip_revision(identifier).to_owned(),
        };
        let mut entity = self.load(&id).map_err(internal)?.ok_or_else(|| missing(format!("entity {id} not found")))?;
        if entity.kind != kind {
            return Err(invalid(format!("entity {id} is a {}, not a {kind}", entity.kind)));
        }
        if entity.owner != self.caller.as_str() {
            return Err(ErrorDetail::new("ACCESS_DENIED", format!("entity {id} belongs to another account")));
        }
        self.update(&mut entity, change_type, &doc)?;
        entity.revision += 1;
        entity.modified = self.now;
        self.save(&entity).map_err(internal)?;
        Ok(entity)
    }

    pub(super) fn create(
        &self,
        entity: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        let id = entity.id.clone();
        entity.details = match change_type {
            "CreateProduct" => self.create_product(&id, doc)?,
            "CreateOffer" => self.create_offer(&id, doc)?,
            "CreateOfferSet" => self.create_offer_set(&id, doc)?,
            "CreateSolution" => self.create_solution(&id, doc)?,
            "CreateReplacementOffer" => self.create_replacement_offer(&id, doc)?,
            "CreateOfferUsingResaleAuthorization" => self.create_offer_using_resale_authorization(&id, doc)?,
            "CreateReplacementOfferUsingResaleAuthorization" => {
                self.create_replacement_offer_using_resale_authorization(&id, doc)?
            }
            "CreateResaleAuthorization" => self.create_resale_authorization(&id, doc)?,
            "CreateExperience" => self.create_experience(&id, doc)?,
            "CreateProcurementPolicy" => self.create_procurement_policy(&id, doc)?,
            "CreateBrandingSettings" => self.create_branding_settings(&id, doc)?,
            other => {
                return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} is not a create change")))
            }
        };
        Ok(())
    }

    pub(super) fn bump(&self, entity: &mut Entity) -> std::result::Result<(), ChangeError> {
        entity.revision += 1;
        entity.modified = self.now;
        self.save(entity).map_err(internal)
    }

    pub(super) fn update(
        &self,
        entity: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        match entity.kind {
            EntityType::Offer => self.update_offer(entity, change_type, doc),
            EntityType::ResaleAuthorization => self.update_resale_authorization(entity, change_type, doc),
            EntityType::Experience => self.update_experience(entity, change_type, doc),
            EntityType::OfferSet => self.update_offer_set(entity, change_type, doc),
            EntityType::Solution => self.update_solution(entity, change_type, doc),
            EntityType::ProcurementPolicy => self.update_procurement_policy(entity, doc),
            EntityType::BrandingSettings => self.update_branding_settings(entity, doc),
            ref k if k.is_product() => self.update_product(entity, change_type, doc),
            _ => Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{change_type} on {}", entity.kind))),
        }
    }
}

/// The order the changes of a set are applied in. A change set is one unit: the Catalog API "evaluates which order
/// the changes need to be applied" (AWS's own samples release a resale authorization before setting its terms, and add
/// instance types before the dimensions they need). So the engine applies creates first (in request order, so that
/// references resolve), then the changes that shape an entity, then the releases (products before the offers on them,
/// offers before their sets), then visibility moves and restrictions; request order is kept within each step, and
/// DescribeChangeSet keeps the request order.
pub(super) fn application_order(changes: &[ChangeSummary]) -> Vec<usize> {
    let step = |change_type: &str| -> u8 {
        match change_type {
            t if ch::is_create(t) => 0,
            // Instance types need the product's dimensions; restricting one comes after adding them.
            "AddInstanceTypes" | "RestrictInstanceTypes" => 2,
            "ReleaseProduct" => 3,
            "ReleaseSolution" => 4,
            "ReleaseResaleAuthorization" => 5,
            "ReleaseOffer" => 6,
            "ReleaseOfferSet" => 7,
            // Restricting delivery options is judged against the product as released ("at least one unrestricted
            // version must remain" applies once buyers can see it).
            "UpdateVisibility" | "RestrictResaleAuthorization" | "RestrictDeliveryOptions" => 8,
            _ => 1,
        }
    };
    let mut order: Vec<usize> = (0..changes.len()).collect();
    order.sort_by_key(|&i| step(&changes[i].change_type));
    order
}

pub(super) fn change_set_matches(cs: &StoredChangeSet, filter: &Filter) -> Result<bool> {
    let any = |f: &dyn Fn(&str) -> Result<bool>| -> Result<bool> {
        for value in &filter.value_list {
            if f(value)? {
                return Ok(true);
            }
        }
        Ok(false)
    };
    match filter.name.as_str() {
        "ChangeSetName" => any(&|v| Ok(cs.name.as_deref() == Some(v))),
        "Status" => any(&|v| Ok(cs.status.as_str() == v)),
        "EntityId" => any(&|v| Ok(cs.entity_ids.iter().any(|e| e == v))),
        "BeforeStartTime" => any(&|v| Ok(cs.start <= parse_time(v, "FilterList.BeforeStartTime")?)),
        "AfterStartTime" => any(&|v| Ok(cs.start >= parse_time(v, "FilterList.AfterStartTime")?)),
        "BeforeEndTime" => any(&|v| Ok(cs.end.is_some_and(|e| parse_time(v, "").is_ok_and(|t| e <= t)))),
        "AfterEndTime" => any(&|v| Ok(cs.end.is_some_and(|e| parse_time(v, "").is_ok_and(|t| e >= t)))),
        other => Err(validation(format!(
            "FilterList name {other:?} is not one of ChangeSetName, Status, EntityId, BeforeStartTime, AfterStartTime, BeforeEndTime, AfterEndTime"
        ))),
    }
}

/// Durations of the change set state machine, with the defaults the local engine uses.
pub(in crate::backend::local) const DEFAULT_PREPARATION: Duration = Duration::from_secs(1);

/// See [`DEFAULT_PREPARATION`].
pub(in crate::backend::local) const DEFAULT_APPLICATION: Duration = Duration::from_secs(1);

/// A change set time as the service reports it: whole seconds, as on the wire (`2026-01-31T23:59:59Z`), so that
/// the engine answers the same in process and over HTTP.
fn whole_seconds(t: time::OffsetDateTime) -> time::OffsetDateTime {
    t.replace_nanosecond(0).unwrap_or(t)
}
