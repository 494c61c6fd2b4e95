//! AWS Marketplace Catalog in the local engine.
//!
//! Entities are JSON documents with an owner and a revision. A change set is stored PREPARING with the times it
//! becomes APPLYING and settles; like every clock-driven state here it settles lazily, at the start of the next
//! catalog request: its changes are applied in order inside a savepoint, and the first failing change rolls all of
//! them back and fails the set with per-change error details. Entities a running change set touches are locked.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use rand::distributions::{Alphanumeric, DistString};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};
use time::OffsetDateTime;

use super::accounts::organization_of;
use super::schema::db_error;
use super::{exists, from_ms, to_ms, LocalConfig};
use crate::error::{Error, ErrorKind, Result};
use crate::model::catalog::changes::{self as ch, ChangeDetails};
use crate::model::catalog::offer::OfferDetails;
use crate::model::catalog::private_marketplace::{
    ApproveProductRequestInput, CreateProductRequestInput, DeclineProductRequestInput, GetProcurementStatusInput,
};
use crate::model::catalog::private_marketplace::{
    ListProductRequestsInput, ProcurementStatus, ProductRequest, ProductRequestStatus,
};
use crate::model::catalog::terms::Term;
use crate::model::catalog::{
    arn, format_time, parse_arn, parse_date, parse_time, strip_revision, Assessment, AssessmentTarget,
    BatchDescribeError, BatchDescribeOutput, ChangeSetDescription, ChangeSetRef, ChangeSetStatus, ChangeSetSummary,
    ChangeSummary, ControlAssessment, ControlError, ControlResult, EntityDescription, EntityDetail, EntitySummary,
    EntityType, ErrorDetail, FailureCode, Filter, Intent, ListAssessmentsInput, ListChangeSetsInput,
    ListChangeSetsOutput, ListEntitiesInput, ListEntitiesOutput, OfferSetSummary, OfferSummary, OwnershipType,
    ProductSummary, SortOrder, StartAssessmentInput, StartChangeSetInput, Tag, ValueFilter, MAX_TAGS_PER_RESOURCE,
};
use crate::model::AccountId;
use crate::operation::catalog::*;
use crate::operation::{CatalogEngine, CatalogRequest, CatalogResponse};
use crate::validate::Validator;

/// The Organizations service principal of the private marketplace.
pub const PMP_SERVICE_PRINCIPAL: &str = "private-marketplace.marketplace.amazonaws.com";
/// How long an assessment stays valid.
const ASSESSMENT_LIFETIME: time::Duration = time::Duration::days(30);

fn validation(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Validation, "ValidationException", message)
}

fn not_found(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::NotFound, "ResourceNotFoundException", message)
}

fn in_use(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::ResourceInUse, "ResourceInUseException", message)
}

fn random_id(prefix: &str, len: usize) -> String {
    let body = Alphanumeric.sample_string(&mut rand::thread_rng(), len).to_lowercase();
    if prefix.is_empty() {
        body
    } else {
        format!("{prefix}-{body}")
    }
}

/// A stored entity.
#[derive(Debug, Clone)]
struct Entity {
    id: String,
    kind: EntityType,
    owner: String,
    revision: i64,
    details: Value,
    modified: OffsetDateTime,
}

impl Entity {
    fn arn(&self) -> String {
        arn(&self.owner, self.kind.as_str(), &self.id)
    }

    fn identifier(&self) -> String {
        format!("{}@{}", self.id, self.revision)
    }

    fn str(&self, pointer: &str) -> Option<&str> {
        self.details.pointer(pointer).and_then(Value::as_str)
    }

    fn offer(&self) -> OfferDetails {
        serde_json::from_value(self.details.clone()).unwrap_or_default()
    }

    fn visibility(&self) -> Option<String> {
        if self.kind.is_product() {
            return self.str("/Visibility").map(str::to_owned);
        }
        if self.kind == EntityType::Offer {
            let offer = self.offer();
            let v = if !offer.is_released() {
                "Draft"
            } else if offer.is_private() {
                "Private"
            } else {
                "Public"
            };
            return Some(v.to_owned());
        }
        self.str("/Status").or(self.str("/State")).map(str::to_owned)
    }

    /// An offer set's offers.
    fn offer_set_offers(&self) -> Vec<String> {
        string_set(&self.details["AssociatedOfferIds"]).into_iter().collect()
    }

    fn name(&self) -> Option<String> {
        self.str("/Description/ProductTitle").or(self.str("/Name")).map(str::to_owned)
    }

    fn summary(&self) -> EntitySummary {
        let mut s = EntitySummary {
            name: self.name(),
            entity_type: self.kind.as_str().to_owned(),
            entity_id: self.id.clone(),
            entity_arn: self.arn(),
            last_modified_date: Some(format_time(self.modified)),
            visibility: self.visibility(),
            ..EntitySummary::default()
        };
        let product = || ProductSummary { product_title: self.name(), visibility: self.visibility() };
        match self.kind {
            EntityType::SaaSProduct => s.saas_product_summary = Some(product()),
            EntityType::AmiProduct => s.ami_product_summary = Some(product()),
            EntityType::ContainerProduct => s.container_product_summary = Some(product()),
            EntityType::DataProduct => s.data_product_summary = Some(product()),
            EntityType::MachineLearningProduct => s.machine_learning_product_summary = Some(product()),
            EntityType::Offer => {
                let offer = self.offer();
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
        s
    }
}

/// A `YYYY-MM-DD` availability date as the summaries write it: the end of that day.
fn day_end_time(date: &str) -> String {
    if date.len() == 10 {
        format!("{date}T23:59:59Z")
    } else {
        date.to_owned()
    }
}

const ENTITY_COLUMNS: &str = "id, entity_type, owner, revision, details, modified_ms";

fn entity_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Entity> {
    let details: String = r.get(4)?;
    Ok(Entity {
        id: r.get(0)?,
        kind: EntityType::from(r.get::<_, String>(1)?),
        owner: r.get(2)?,
        revision: r.get(3)?,
        details: serde_json::from_str(&details).unwrap_or(Value::Null),
        modified: from_ms(r.get(5)?),
    })
}

/// The context of one request.
struct Ctx<'a> {
    tx: &'a Transaction<'a>,
    config: &'a LocalConfig,
    now: OffsetDateTime,
    caller: &'a AccountId,
}

mod agreement;
mod discovery;

/// Serve one Marketplace Agreement request inside `tx`: the contracts made on this catalog's offers.
pub(super) fn handle_agreement(
    tx: &Transaction<'_>,
    config: &LocalConfig,
    now: OffsetDateTime,
    caller: &AccountId,
    request: crate::operation::AgreementServiceRequest,
) -> Result<crate::operation::AgreementServiceResponse> {
    agreement::handle(&Ctx { tx, config, now, caller }, request)
}

/// Serve one Marketplace Discovery request inside `tx`: the buyer's view of this catalog.
pub(super) fn handle_discovery(
    tx: &Transaction<'_>,
    config: &LocalConfig,
    now: OffsetDateTime,
    caller: &AccountId,
    request: crate::operation::DiscoveryRequest,
) -> Result<crate::operation::DiscoveryResponse> {
    discovery::handle(&Ctx { tx, config, now, caller }, request)
}

/// Serve one catalog request inside `tx`.
pub(super) fn handle(
    tx: &Transaction<'_>,
    config: &LocalConfig,
    now: OffsetDateTime,
    caller: &AccountId,
    request: CatalogRequest,
) -> Result<CatalogResponse> {
    let ctx = Ctx { tx, config, now, caller };
    ctx.settle_change_sets()?;
    request.serve(&Engine(ctx))
}

/// The engine's arm of each catalog operation.
struct Engine<'a>(Ctx<'a>);

impl CatalogEngine for Engine<'_> {
    fn batch_describe_entities(&self, input: BatchDescribeEntitiesInput) -> Result<BatchDescribeOutput> {
        let mut out = BatchDescribeOutput::default();
        for request in input.entity_request_list {
            match self.0.describe_entity(&request.entity_id) {
                Ok(d) => {
                    let detail = EntityDetail {
                        entity_type: d.entity_type,
                        entity_arn: d.entity_arn,
                        entity_identifier: d.entity_identifier,
                        last_modified_date: d.last_modified_date,
                        details_document: d.details_document,
                    };
                    out.entity_details.insert(request.entity_id, detail);
                }
                Err(e) => {
                    let error =
                        BatchDescribeError { error_code: e.code().to_owned(), error_message: e.message().to_owned() };
                    out.errors.insert(request.entity_id, error);
                }
            }
        }
        Ok(out)
    }

    fn cancel_change_set(&self, input: CancelChangeSetInput) -> Result<ChangeSetRef> {
        self.0.cancel_change_set(&input.change_set_id)
    }

    fn delete_resource_policy(&self, input: DeleteResourcePolicyInput) -> Result<()> {
        self.0.owned_resource(&input.resource_arn)?;
        let n = self
            .0
            .tx
            .execute("DELETE FROM catalog_policies WHERE arn = ?1", [&input.resource_arn])
            .map_err(db_error)?;
        if n == 0 {
            return Err(not_found(format!("no resource policy on {}", input.resource_arn)));
        }
        Ok(())
    }

    fn describe_assessment(&self, input: DescribeAssessmentInput) -> Result<DescribeAssessmentOutput> {
        self.0.describe_assessment(&input)
    }

    fn describe_change_set(&self, input: DescribeChangeSetInput) -> Result<ChangeSetDescription> {
        self.0.describe_change_set(&input.change_set_id)
    }

    fn describe_entity(&self, input: DescribeEntityInput) -> Result<EntityDescription> {
        self.0.describe_entity(&input.entity_id)
    }

    fn get_resource_policy(&self, input: GetResourcePolicyInput) -> Result<String> {
        self.0.owned_resource(&input.resource_arn)?;
        let policy: Option<String> = self
            .0
            .tx
            .query_row("SELECT policy FROM catalog_policies WHERE arn = ?1", [&input.resource_arn], |r| r.get(0))
            .optional()
            .map_err(db_error)?;
        policy.ok_or_else(|| not_found(format!("no resource policy on {}", input.resource_arn)))
    }

    fn list_assessments(&self, input: ListAssessmentsInput) -> Result<ListAssessmentsOutput> {
        self.0.list_assessments(&input)
    }

    fn list_change_sets(&self, input: ListChangeSetsInput) -> Result<ListChangeSetsOutput> {
        self.0.list_change_sets(&input)
    }

    fn list_entities(&self, input: ListEntitiesInput) -> Result<ListEntitiesOutput> {
        self.0.list_entities(&input)
    }

    fn list_tags_for_resource(&self, input: ListTagsForResourceInput) -> Result<ListTagsForResourceOutput> {
        self.0.owned_resource(&input.resource_arn)?;
        Ok(ListTagsForResourceOutput::new(input.resource_arn.clone(), self.0.tags_of(&input.resource_arn)?))
    }

    fn put_resource_policy(&self, input: PutResourcePolicyInput) -> Result<()> {
        self.0.put_policy(input)
    }

    fn start_assessment(&self, input: StartAssessmentInput) -> Result<String> {
        self.0.start_assessment(input)
    }

    fn start_change_set(&self, input: StartChangeSetInput) -> Result<ChangeSetRef> {
        self.0.start_change_set(input)
    }

    fn tag_resource(&self, input: TagResourceInput) -> Result<()> {
        self.0.tag_resource(input)
    }

    fn untag_resource(&self, input: UntagResourceInput) -> Result<()> {
        self.0.untag_resource(input)
    }

    fn create_product_request(&self, input: CreateProductRequestInput) -> Result<ProductRequest> {
        self.0.create_product_request(&input.product_id)
    }

    fn list_product_requests(&self, input: ListProductRequestsInput) -> Result<Vec<ProductRequest>> {
        self.0.list_product_requests(&input)
    }

    fn approve_product_request(&self, input: ApproveProductRequestInput) -> Result<ProductRequest> {
        self.0.decide_product_request(&input.request_id, None)
    }

    fn decline_product_request(&self, input: DeclineProductRequestInput) -> Result<ProductRequest> {
        self.0.decide_product_request(&input.request_id, Some((input.reason.clone(), input.block)))
    }

    fn get_procurement_status(&self, input: GetProcurementStatusInput) -> Result<ProcurementStatus> {
        self.0.procurement_status(&input.product_id)
    }
}

/// A stored change set.
struct StoredChangeSet {
    id: String,
    owner: String,
    name: Option<String>,
    intent: Intent,
    status: ChangeSetStatus,
    summaries: Vec<ChangeSummary>,
    entity_ids: Vec<String>,
    /// The request as it came, for what the summaries do not carry (entity tags).
    payload: String,
    failure_code: Option<FailureCode>,
    failure_description: Option<String>,
    start: OffsetDateTime,
    settles_at: OffsetDateTime,
    end: Option<OffsetDateTime>,
}

impl StoredChangeSet {
    fn arn(&self) -> String {
        arn(&self.owner, "ChangeSet", &self.id)
    }
}

const CHANGE_SET_COLUMNS: &str = "id, owner, name, intent, status, summaries, entity_ids, failure_code,
    failure_description, start_ms, applying_ms, settles_ms, end_ms, payload";

fn change_set_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredChangeSet> {
    let summaries: String = r.get(5)?;
    let entity_ids: String = r.get(6)?;
    Ok(StoredChangeSet {
        id: r.get(0)?,
        owner: r.get(1)?,
        name: r.get(2)?,
        intent: Intent::from(r.get::<_, String>(3)?),
        status: ChangeSetStatus::from(r.get::<_, String>(4)?),
        summaries: serde_json::from_str(&summaries).unwrap_or_default(),
        entity_ids: serde_json::from_str(&entity_ids).unwrap_or_default(),
        failure_code: r.get::<_, Option<String>>(7)?.map(FailureCode::from),
        failure_description: r.get(8)?,
        start: from_ms(r.get(9)?),
        settles_at: from_ms(r.get(11)?),
        end: r.get::<_, Option<i64>>(12)?.map(from_ms),
        payload: r.get(13)?,
    })
}

/// An error of one change, and what it applies to.
type ChangeError = ErrorDetail;

fn invalid(message: impl Into<String>) -> ChangeError {
    ErrorDetail::new("INVALID_INPUT", message)
}

fn invalid_state(message: impl Into<String>) -> ChangeError {
    ErrorDetail::new("INVALID_STATE", message)
}

fn missing(message: impl Into<String>) -> ChangeError {
    ErrorDetail::new("RESOURCE_NOT_FOUND", message)
}

/// Parse and check a change's details as `D`.
fn details<D: ChangeDetails + DeserializeOwned>(value: &Value) -> std::result::Result<D, ChangeError> {
    let parsed: D = serde_json::from_value(value.clone())
        .map_err(|e| invalid(format!("the {} details do not match the change type: {e}", D::CHANGE_TYPE)))?;
    let mut v = Validator::new();
    parsed.validate_into(&mut v, "DetailsDocument");
    v.finish().map_err(|e| invalid(e.message().to_owned()))?;
    Ok(parsed)
}

impl Ctx<'_> {
    // ------------------------------------------------------------ entities

    fn load(&self, id: &str) -> Result<Option<Entity>> {
        self.tx
            .query_row(&format!("SELECT {ENTITY_COLUMNS} FROM catalog_entities WHERE id = ?1"), [id], entity_row)
            .optional()
            .map_err(db_error)
    }

    fn save(&self, entity: &Entity) -> Result<()> {
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

    fn all_entities(&self) -> Result<Vec<Entity>> {
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
    fn can_read(&self, entity: &Entity) -> Result<bool> {
        if entity.owner == self.caller.as_str() {
            return Ok(true);
        }
        Ok(self.shared_with_caller(entity)? || self.is_public(entity))
    }

    fn is_public(&self, entity: &Entity) -> bool {
        match entity.kind {
            EntityType::Offer => {
                let offer = entity.offer();
                offer.is_released() && !offer.is_private()
            }
            ref k if k.is_product() => entity.visibility().as_deref() == Some("Public"),
            _ => false,
        }
    }

    fn shared_with_caller(&self, entity: &Entity) -> Result<bool> {
        let me = self.caller.as_str();
        let targeted = match entity.kind {
            EntityType::Offer => {
                let offer = entity.offer();
                offer.is_released() && offer.buyer_accounts().iter().any(|b| b == me)
            }
            EntityType::ResaleAuthorization => entity.str("/ResellerAccountId") == Some(me),
            EntityType::OfferSet => {
                entity.str("/State") == Some("Released")
                    && entity.offer_set_offers().iter().any(|id| {
                        self.load(id).ok().flatten().is_some_and(|o| o.offer().buyer_accounts().iter().any(|b| b == me))
                    })
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
        let policy: Option<String> = self
            .tx
            .query_row("SELECT policy FROM catalog_policies WHERE arn = ?1", [entity.arn()], |r| r.get(0))
            .optional()
            .map_err(db_error)?;
        Ok(policy.is_some_and(|p| policy_grants(&p, me)))
    }

    fn describe_entity(&self, entity_id: &str) -> Result<EntityDescription> {
        let id = strip_revision(entity_id);
        let entity = self.load(id)?.filter(|e| self.can_read(e).unwrap_or(false));
        let entity = entity.ok_or_else(|| not_found(format!("Entity {id} not found")))?;
        Ok(EntityDescription {
            entity_type: entity.kind.versioned(),
            entity_identifier: entity.identifier(),
            entity_arn: entity.arn(),
            last_modified_date: Some(format_time(entity.modified)),
            details: Some(entity.details.to_string()),
            details_document: Some(entity.details.clone()),
        })
    }

    fn list_entities(&self, input: &ListEntitiesInput) -> Result<ListEntitiesOutput> {
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
            let summary = entity.summary();
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

    // ------------------------------------------------------------ change sets

    fn start_change_set(&self, input: StartChangeSetInput) -> Result<ChangeSetRef> {
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
                return Ok(ChangeSetRef { change_set_arn: arn(owner, "ChangeSet", &id), change_set_id: id });
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
            let entity = self.load(id)?.filter(|e| self.can_read(e).unwrap_or(false));
            if entity.is_none() {
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
            let ids: Vec<String> = serde_json::from_str(&ids).unwrap_or_default();
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
        Ok(ChangeSetRef { change_set_id: id, change_set_arn })
    }

    fn change_set(&self, id: &str) -> Result<StoredChangeSet> {
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

    fn describe_change_set(&self, id: &str) -> Result<ChangeSetDescription> {
        let cs = self.change_set(id)?;
        Ok(ChangeSetDescription {
            change_set_arn: cs.arn(),
            change_set_id: cs.id.clone(),
            change_set_name: cs.name.clone(),
            intent: Some(cs.intent.clone()),
            start_time: Some(format_time(cs.start)),
            end_time: cs.end.map(format_time),
            status: cs.status.clone(),
            failure_code: cs.failure_code.clone(),
            failure_description: cs.failure_description.clone(),
            changes: cs.summaries,
        })
    }

    fn cancel_change_set(&self, id: &str) -> Result<ChangeSetRef> {
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
        Ok(ChangeSetRef { change_set_arn: cs.arn(), change_set_id: cs.id })
    }

    fn list_change_sets(&self, input: &ListChangeSetsInput) -> Result<ListChangeSetsOutput> {
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
                change_set_id: cs.id.clone(),
                change_set_name: cs.name.clone(),
                start_time: Some(format_time(cs.start)),
                end_time: cs.end.map(format_time),
                status: cs.status.clone(),
                entity_id_list: cs.entity_ids.clone(),
                failure_code: cs.failure_code.clone(),
            });
        }
        let sort = input.sort.clone().unwrap_or_default();
        let by = sort.sort_by.as_deref().unwrap_or("StartTime");
        match by {
            "StartTime" => items.sort_by(|a, b| a.start_time.cmp(&b.start_time)),
            "EndTime" => items.sort_by(|a, b| a.end_time.cmp(&b.end_time)),
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
    fn settle_change_sets(&self) -> Result<()> {
        let now = to_ms(self.now);
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

    fn apply_change_set(&self, mut cs: StoredChangeSet) -> Result<()> {
        let at = cs.settles_at;
        let actor = AccountId::parse_field(&cs.owner, "owner")?;
        let applier = Ctx { tx: self.tx, config: self.config, now: at, caller: &actor };
        self.tx.execute_batch("SAVEPOINT change_set").map_err(db_error)?;
        let mut created: BTreeMap<String, String> = BTreeMap::new();
        let mut touched = BTreeSet::new();
        let mut failed = false;
        let requested: Option<StartChangeSetInput> = serde_json::from_str(&cs.payload).ok();
        for (i, summary) in cs.summaries.iter_mut().enumerate() {
            match applier.apply_change(summary, &created) {
                Ok(entity) => {
                    let tags = requested.as_ref().and_then(|r| r.change_set.get(i)).map(|c| c.entity_tags.as_slice());
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
    fn apply_change(
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
        let doc = match (&change.details, &change.details_document) {
            (Some(text), None) => serde_json::from_str(text).map_err(|_| invalid("Details is not a JSON object"))?,
            (_, Some(doc)) => doc.clone(),
            (None, None) => json!({}),
        };
        let internal = |e: Error| ErrorDetail::new("INTERNAL_FAILURE", e.message().to_owned());
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

    fn create(&self, entity: &mut Entity, change_type: &str, doc: &Value) -> std::result::Result<(), ChangeError> {
        let id = entity.id.clone();
        entity.details = match change_type {
            "CreateProduct" => {
                let d: ch::CreateProduct = details(doc)?;
                json!({"ProductId": id, "Visibility": "Draft", "Description": {"ProductTitle": d.product_title}, "Dimensions": []})
            }
            "CreateOffer" => {
                let d: ch::CreateOffer = details(doc)?;
                let product = self.owned_product(&d.product_id)?;
                let mut offer = offer_json(&id, d.name, Some(product.id.clone()));
                if let Some(set_id) = &d.offer_set_id {
                    let mut set = self.owned_offer_set(set_id)?;
                    self.check_joins(&set, &product.id)?;
                    offer["OfferSetId"] = json!(set.id);
                    let mut ids = set.offer_set_offers();
                    ids.push(id.clone());
                    set.details["AssociatedOfferIds"] = json!(ids);
                    self.bump(&mut set)?;
                }
                offer
            }
            "CreateOfferSet" => {
                let d: ch::CreateOfferSet = details(doc)?;
                json!({"Id": id, "Name": d.name, "BuyerNotes": d.buyer_notes, "SolutionId": d.solution_id,
                       "State": "Draft", "AssociatedOfferIds": []})
            }
            "CreateReplacementOffer" => {
                let d: ch::CreateReplacementOffer = details(doc)?;
                let mut offer = offer_json(&id, d.name, None);
                offer["ReplacementAgreementId"] = json!(d.agreement_id);
                offer
            }
            "CreateOfferUsingResaleAuthorization" => {
                let d: ch::CreateOfferUsingResaleAuthorization = details(doc)?;
                let ra = self
                    .load(&d.resale_authorization_id)
                    .ok()
                    .flatten()
                    .filter(|e| e.kind == EntityType::ResaleAuthorization);
                let ra =
                    ra.ok_or_else(|| missing(format!("resale authorization {} not found", d.resale_authorization_id)))?;
                if ra.str("/ResellerAccountId") != Some(self.caller.as_str()) {
                    return Err(ErrorDetail::new(
                        "ACCESS_DENIED",
                        "only the authorized reseller can make offers under this resale authorization",
                    ));
                }
                if ra.str("/Status") != Some("Active") {
                    return Err(invalid_state(format!("resale authorization {} is not active", ra.id)));
                }
                let mut offer = offer_json(&id, d.name, ra.str("/ProductId").map(str::to_owned));
                offer["ResaleAuthorizationId"] = json!(ra.id);
                offer["Description"] = json!(d.description);
                offer
            }
            "CreateResaleAuthorization" => {
                let d: ch::CreateResaleAuthorization = details(doc)?;
                let product = self.owned_product(&d.product_id)?;
                if d.reseller_account_id == self.caller.as_str() {
                    return Err(invalid("ResellerAccountId must be another account"));
                }
                json!({"Id": id, "Name": d.name, "Description": d.description, "ProductId": product.id,
                       "ManufacturerAccountId": self.caller.as_str(), "ResellerAccountId": d.reseller_account_id,
                       "Status": "Draft", "Terms": []})
            }
            "CreateExperience" => {
                let d: ch::CreateExperience = details(doc)?;
                self.check_pmp_admin()?;
                json!({"Id": id, "Name": d.name, "Description": d.description, "Status": "Disabled", "State": "Active",
                       "ProductIds": [], "Principals": []})
            }
            "CreateProcurementPolicy" => {
                let d: ch::CreateProcurementPolicy = details(doc)?;
                let mut experience = self.owned_experience(&d.experience_id)?;
                if experience.details.get("ProcurementPolicyId").and_then(Value::as_str).is_some() {
                    return Err(invalid_state(format!(
                        "experience {} already has a procurement policy",
                        experience.id
                    )));
                }
                experience.details["ProcurementPolicyId"] = json!(id);
                self.bump(&mut experience)?;
                json!({"Id": id, "ExperienceId": experience.id, "SoftwareRequests": d.software_requests.unwrap_or_else(|| "Enabled".into())})
            }
            "CreateBrandingSettings" => {
                let d: ch::CreateBrandingSettings = details(doc)?;
                let mut experience = self.owned_experience(&d.experience_id)?;
                if experience.str("/State") == Some("Archived") {
                    return Err(invalid_state(format!(
                        "experience {} is archived and cannot be updated",
                        experience.id
                    )));
                }
                experience.details["BrandingSettingsId"] = json!(id);
                self.bump(&mut experience)?;
                json!({"Id": id, "ExperienceId": experience.id, "Title": d.title, "LogoUrl": d.logo_url, "PrimaryColor": d.primary_color})
            }
            other => {
                return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} is not a create change")))
            }
        };
        Ok(())
    }

    fn bump(&self, entity: &mut Entity) -> std::result::Result<(), ChangeError> {
        entity.revision += 1;
        entity.modified = self.now;
        self.save(entity).map_err(|e| ErrorDetail::new("INTERNAL_FAILURE", e.message().to_owned()))
    }

    fn owned_product(&self, product_id: &str) -> std::result::Result<Entity, ChangeError> {
        let product = self.load(strip_revision(product_id)).ok().flatten().filter(|e| e.kind.is_product());
        let product = product.ok_or_else(|| missing(format!("product {product_id} not found")))?;
        if product.owner != self.caller.as_str() {
            return Err(ErrorDetail::new("ACCESS_DENIED", format!("product {product_id} belongs to another seller")));
        }
        Ok(product)
    }

    fn owned_experience(&self, experience_id: &str) -> std::result::Result<Entity, ChangeError> {
        let experience =
            self.load(strip_revision(experience_id)).ok().flatten().filter(|e| e.kind == EntityType::Experience);
        let experience = experience.filter(|e| e.owner == self.caller.as_str());
        experience.ok_or_else(|| missing(format!("experience {experience_id} not found")))
    }

    /// Who may administer a private marketplace: an account outside any organization; in an organization with all
    /// features, the management account or a delegated administrator when trusted access is on, any account
    /// otherwise (the legacy mode the buyer guide describes).
    fn check_pmp_admin(&self) -> std::result::Result<(), ChangeError> {
        let internal = |e: Error| ErrorDetail::new("INTERNAL_FAILURE", e.message().to_owned());
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

    fn update(&self, entity: &mut Entity, change_type: &str, doc: &Value) -> std::result::Result<(), ChangeError> {
        match entity.kind {
            EntityType::Offer => self.update_offer(entity, change_type, doc),
            EntityType::ResaleAuthorization => self.update_resale_authorization(entity, change_type, doc),
            EntityType::Experience => self.update_experience(entity, change_type, doc),
            EntityType::OfferSet => self.update_offer_set(entity, change_type, doc),
            EntityType::ProcurementPolicy => {
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
            EntityType::BrandingSettings => {
                let d: ch::UpdateBrandingSettings = details(doc)?;
                let experience_id = entity.str("/ExperienceId").unwrap_or_default().to_owned();
                if self.owned_experience(&experience_id)?.str("/State") == Some("Archived") {
                    return Err(invalid_state(format!("experience {experience_id} is archived and cannot be updated")));
                }
                merge(&mut entity.details, serde_json::to_value(d).unwrap_or_default());
                Ok(())
            }
            ref k if k.is_product() => self.update_product(entity, change_type, doc),
            _ => Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{change_type} on {}", entity.kind))),
        }
    }

    fn update_product(
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

    fn update_offer(
        &self,
        entity: &mut Entity,
        change_type: &str,
        doc: &Value,
    ) -> std::result::Result<(), ChangeError> {
        let mut offer = entity.offer();
        let released = offer.is_released();
        // After release the terms buyers agreed to are fixed: only the name, description, legal and support terms
        // and the availability date (extending an expired offer) can change.
        let allowed_after_release =
            ["UpdateInformation", "UpdateAvailability", "UpdateLegalTerms", "UpdateSupportTerms"];
        if released && !allowed_after_release.contains(&change_type) {
            return Err(invalid_state(format!(
                "offer {} is released; {change_type} applies to draft offers only",
                offer.id
            )));
        }
        match change_type {
            "UpdateInformation" => {
                let d: ch::UpdateOfferInformation = details(doc)?;
                if d.name.is_some() {
                    offer.name = d.name;
                }
                if d.description.is_some() {
                    offer.description = d.description;
                }
                if let Some(p) = d.pre_existing_agreement {
                    offer.pre_existing_agreement = serde_json::to_value(p).ok();
                }
            }
            "UpdateTargeting" => {
                let d: ch::UpdateOfferTargeting = details(doc)?;
                offer.rules.retain(|r| r["Type"] != "TargetingRule");
                let mut rule = json!({"Type": "TargetingRule"});
                if let Some(p) = d.positive_targeting {
                    rule["PositiveTargeting"] = serde_json::to_value(p).unwrap_or_default();
                }
                if let Some(n) = d.negative_targeting {
                    rule["NegativeTargeting"] = serde_json::to_value(n).unwrap_or_default();
                }
                offer.rules.push(rule);
            }
            "UpdateAvailability" => {
                let d: ch::UpdateAvailability = details(doc)?;
                let Some(date) = d.availability_end_date else {
                    return Err(invalid("AvailabilityEndDate is required"));
                };
                let day = parse_date(&date, "AvailabilityEndDate").map_err(|e| invalid(e.message().to_owned()))?;
                if day < self.now.date() {
                    return Err(invalid(format!("AvailabilityEndDate {date} is in the past")));
                }
                offer.rules.retain(|r| r["Type"] != "AvailabilityRule");
                offer.rules.push(json!({"Type": "AvailabilityRule", "AvailabilityEndDate": date}));
            }
            "UpdatePricingTerms" => {
                let d: ch::UpdatePricingTerms = details(doc)?;
                offer.terms.retain(|t| !t.is_pricing());
                offer.terms.extend(d.terms);
                entity.details["PricingModel"] = json!(d.pricing_model);
            }
            "UpdateLegalTerms" => replace_terms(&mut offer, details::<ch::UpdateLegalTerms>(doc)?.terms, "LegalTerm"),
            "UpdateSupportTerms" => {
                replace_terms(&mut offer, details::<ch::UpdateSupportTerms>(doc)?.terms, "SupportTerm")
            }
            "UpdateRenewalTerms" => {
                replace_terms(&mut offer, details::<ch::UpdateRenewalTerms>(doc)?.terms, "RenewalTerm")
            }
            "UpdateValidityTerms" => {
                replace_terms(&mut offer, details::<ch::UpdateValidityTerms>(doc)?.terms, "ValidityTerm")
            }
            "UpdatePaymentScheduleTerms" => {
                replace_terms(&mut offer, details::<ch::UpdatePaymentScheduleTerms>(doc)?.terms, "PaymentScheduleTerm")
            }
            "UpdateCustomerVerificationTerms" => replace_terms(
                &mut offer,
                details::<ch::UpdateCustomerVerificationTerms>(doc)?.terms,
                "CustomerVerificationTerm",
            ),
            "UpdateVariablePaymentTerms" => {
                replace_terms(&mut offer, details::<ch::UpdateVariablePaymentTerms>(doc)?.terms, "VariablePaymentTerm")
            }
            "UpdateMarkup" => {
                let d: ch::UpdateMarkup = details(doc)?;
                if offer.resale_authorization_id.is_none() {
                    return Err(invalid("UpdateMarkup applies to offers made under a resale authorization"));
                }
                offer.markup_percentage = Some(d.percentage);
            }
            "ReleaseOffer" => {
                details::<ch::ReleaseOffer>(doc)?;
                if let Some(set_id) = entity.str("/OfferSetId") {
                    return Err(invalid_state(format!(
                        "offer {} belongs to offer set {set_id}: release the offer set (ReleaseOfferSet) instead",
                        entity.id
                    )));
                }
                self.check_release(&offer)?;
                offer.state = "Released".into();
                entity.details["ReleaseDate"] = json!(format_time(self.now));
            }
            other => return Err(ErrorDetail::new("UNSUPPORTED_CHANGE_TYPE", format!("{other} on an offer"))),
        }
        let extra: Map<String, Value> = entity.details.as_object().cloned().unwrap_or_default();
        let mut updated = serde_json::to_value(&offer).unwrap_or_default();
        for key in ["PricingModel", "ReleaseDate", "OfferSetId"] {
            if let Some(v) = extra.get(key) {
                updated[key] = v.clone();
            }
        }
        entity.details = updated;
        Ok(())
    }

    fn owned_offer_set(&self, set_id: &str) -> std::result::Result<Entity, ChangeError> {
        let set = self
            .load(set_id)
            .ok()
            .flatten()
            .filter(|e| e.kind == EntityType::OfferSet)
            .ok_or_else(|| missing(format!("offer set {set_id} not found")))?;
        if set.owner != self.caller.as_str() {
            return Err(ErrorDetail::new("ACCESS_DENIED", format!("offer set {set_id} belongs to another account")));
        }
        Ok(set)
    }

    /// Whether an offer on `product_id` may join `set`: the set is a draft with room, and holds no offer on that
    /// product yet.
    fn check_joins(&self, set: &Entity, product_id: &str) -> std::result::Result<(), ChangeError> {
        if set.str("/State") != Some("Draft") {
            return Err(invalid_state(format!("offer set {} is released; its offers are fixed", set.id)));
        }
        let offers = set.offer_set_offers();
        if offers.len() >= 10 {
            return Err(invalid(format!("offer set {} already holds 10 offers", set.id)));
        }
        for id in offers {
            if self.load(&id).ok().flatten().is_some_and(|o| o.offer().product_id.as_deref() == Some(product_id)) {
                return Err(invalid(format!("offer set {} already holds offer {id} on product {product_id}", set.id)));
            }
        }
        Ok(())
    }

    /// The offer-set change types: it groups the seller's private offers on different products for the same buyers,
    /// released together.
    fn update_offer_set(
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
                        .ok()
                        .flatten()
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
                    if offer.offer().is_released() {
                        return Err(invalid_state(format!(
                            "offer {offer_id} is released; only draft offers join a set"
                        )));
                    }
                    self.check_joins(set, offer.offer().product_id.as_deref().unwrap_or_default())?;
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
                    if let Some(mut offer) = self.load(&offer_id).ok().flatten() {
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
                let offers: Vec<Entity> =
                    set.offer_set_offers().iter().filter_map(|id| self.load(id).ok().flatten()).collect();
                if offers.is_empty() {
                    return Err(invalid(format!("offer set {} holds no offers", set.id)));
                }
                let mut problems = Vec::new();
                let buyers = |o: &Entity| o.offer().buyer_accounts().into_iter().collect::<BTreeSet<_>>();
                let first = buyers(&offers[0]);
                for offer in &offers {
                    if !offer.offer().is_private() {
                        problems.push(format!(
                            "offer {} is not private: an offer set's offers target named buyers",
                            offer.id
                        ));
                    } else if buyers(offer) != first {
                        problems.push(format!("offer {} targets other buyers than offer {}", offer.id, offers[0].id));
                    }
                    if let Err(e) = self.check_release(&offer.offer()) {
                        problems.push(format!("offer {}: {}", offer.id, e.error_message));
                    }
                }
                if !problems.is_empty() {
                    return Err(invalid(problems.join("; ")));
                }
                let released_at = json!(format_time(self.now));
                for mut offer in offers {
                    let mut details = offer.offer();
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

    /// What `ReleaseOffer` checks: a draft with pricing, a EULA, a released product, the rules of private offers.
    fn check_release(&self, offer: &OfferDetails) -> std::result::Result<(), ChangeError> {
        if offer.is_released() {
            return Err(invalid_state(format!("offer {} is already released", offer.id)));
        }
        let mut problems = Vec::new();
        if !offer.terms.iter().any(Term::is_pricing) {
            problems.push("an offer needs pricing terms (UpdatePricingTerms)".to_owned());
        }
        if offer.terms_of("LegalTerm").next().is_none() {
            problems.push("an offer needs a legal term (UpdateLegalTerms)".to_owned());
        }
        if offer.terms_of("PaymentScheduleTerm").next().is_some()
            && offer.terms_of("FixedUpfrontPricingTerm").next().is_none()
        {
            problems.push("a payment schedule needs a FixedUpfrontPricingTerm".to_owned());
        }
        if offer.is_private() {
            if offer.availability_end_date().is_none() {
                problems.push("a private offer needs an expiry date (UpdateAvailability)".to_owned());
            }
            if offer.auto_renews() {
                problems.push("a private offer cannot be set to renew automatically".to_owned());
            }
        }
        let future_dated =
            offer.terms.iter().any(|t| matches!(t, Term::Validity(v) if v.agreement_start_date.is_some()));
        if let Some(product_id) = &offer.product_id {
            match self.load(product_id) {
                Ok(Some(product)) if product.str("/Visibility") == Some("Draft") => {
                    problems.push(format!("product {product_id} is still a draft; release it first"))
                }
                // The buyer guide §6.8: future-dated agreements are for SaaS contracts and consumption pricing.
                Ok(Some(product)) if future_dated && product.kind != EntityType::SaaSProduct => problems.push(format!(
                    "FdaNotSupported: a future-dated agreement (AgreementStartDate) needs a SaaS product, not a {}",
                    product.kind
                )),
                Ok(Some(_)) => {}
                _ => problems.push(format!("product {product_id} not found")),
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(invalid(problems.join("; ")))
        }
    }

    fn update_resale_authorization(
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

    fn update_experience(
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
                    let private =
                        self.load(product_id).ok().flatten().is_some_and(|p| p.str("/Visibility") != Some("Public"));
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
    fn check_procurable(&self, product_id: &str) -> std::result::Result<(), ChangeError> {
        let internal = |e: Error| ErrorDetail::new("INTERNAL_FAILURE", e.message().to_owned());
        let product = self.load(product_id).map_err(internal)?.filter(|p| p.kind.is_product());
        let product = product.ok_or_else(|| missing(format!("product {product_id} not found")))?;
        if product.str("/Visibility") == Some("Public") || product.owner == self.caller.as_str() {
            return Ok(());
        }
        let me = self.caller.as_str();
        let offered = self.all_entities().map_err(internal)?.into_iter().any(|e| {
            e.kind == EntityType::Offer && {
                let offer = e.offer();
                offer.product_id.as_deref() == Some(product_id)
                    && offer.is_released()
                    && offer.buyer_accounts().iter().any(|b| b == me)
            }
        });
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
    fn claim_principal(&self, experience_id: &str, principal: &str) -> std::result::Result<(), ChangeError> {
        let internal = |e: Error| ErrorDetail::new("INTERNAL_FAILURE", e.message().to_owned());
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

    // ------------------------------------------------------------ private marketplace, buyer side

    /// The live-or-not experience that governs the caller: the most specific association wins (the account itself,
    /// then its organization); a standalone account is governed by its own experience.
    fn governing_experience(&self) -> Result<Option<Entity>> {
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

    fn requests_enabled(&self, experience: &Entity) -> Result<bool> {
        let Some(policy_id) = experience.str("/ProcurementPolicyId") else { return Ok(true) };
        Ok(self.load(policy_id)?.is_none_or(|p| p.str("/SoftwareRequests") != Some("Disabled")))
    }

    fn is_blocked(&self, experience_id: &str, product_id: &str) -> Result<bool> {
        exists(
            self.tx,
            "SELECT 1 FROM pmp_blocked WHERE experience_id = ?1 AND product_id = ?2",
            &[experience_id, product_id],
        )
    }

    fn procurement_status(&self, product_id: &str) -> Result<ProcurementStatus> {
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

    fn create_product_request(&self, product_id: &str) -> Result<ProductRequest> {
        let product = self.load(product_id)?.filter(|p| p.kind.is_product() && self.can_read(p).unwrap_or(false));
        let product = product.ok_or_else(|| not_found(format!("Product {product_id} not found")))?;
        let experience = self
            .governing_experience()?
            .ok_or_else(|| validation(format!("no private marketplace experience governs account {}", self.caller)))?;
        if string_set(&experience.details["ProductIds"]).contains(&product.id) {
            return Err(super::conflict(format!(
                "product {product_id} is already approved in experience {}",
                experience.id
            )));
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

    fn requests(&self) -> Result<Vec<ProductRequest>> {
        let mut stmt = self.tx.prepare("SELECT body FROM pmp_requests ORDER BY seq").map_err(db_error)?;
        let bodies: Vec<String> =
            stmt.query_map([], |r| r.get(0)).map_err(db_error)?.collect::<rusqlite::Result<_>>().map_err(db_error)?;
        Ok(bodies.iter().filter_map(|b| serde_json::from_str(b).ok()).collect())
    }

    fn list_product_requests(&self, input: &ListProductRequestsInput) -> Result<Vec<ProductRequest>> {
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
    fn decide_product_request(
        &self,
        request_id: &str,
        decline: Option<(Option<String>, bool)>,
    ) -> Result<ProductRequest> {
        let mut request = self
            .requests()?
            .into_iter()
            .find(|r| r.request_id == request_id)
            .filter(|r| self.load(&r.experience_id).ok().flatten().is_some_and(|e| e.owner == self.caller.as_str()))
            .ok_or_else(|| not_found(format!("Request {request_id} not found")))?;
        if request.status != ProductRequestStatus::Pending {
            return Err(super::conflict(format!("request {request_id} is already {}", request.status)));
        }
        let mut experience = self.owned_experience(&request.experience_id).map_err(|e| not_found(e.error_message))?;
        match decline {
            None => {
                self.check_procurable(&request.product_id)
                    .map_err(|e| Error::new(ErrorKind::AccessDenied, "AccessDeniedException", e.error_message))?;
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

    // ------------------------------------------------------------ tags and policies

    /// The resource an ARN names, if the caller owns it (entity or change set).
    fn owned_resource(&self, resource_arn: &str) -> Result<()> {
        let (account, kind, id) = parse_arn(resource_arn)
            .ok_or_else(|| validation(format!("{resource_arn} is not a Marketplace Catalog ARN")))?;
        let found = if kind == "ChangeSet" {
            exists(
                self.tx,
                "SELECT 1 FROM catalog_change_sets WHERE id = ?1 AND owner = ?2",
                &[id, self.caller.as_str()],
            )?
        } else {
            self.load(id)?.is_some_and(|e| e.owner == self.caller.as_str() && e.kind.as_str() == kind)
        };
        if !found || account != self.caller.as_str() {
            return Err(not_found(format!("Resource {resource_arn} not found")));
        }
        Ok(())
    }

    fn tags_of(&self, resource_arn: &str) -> Result<Vec<Tag>> {
        let mut stmt =
            self.tx.prepare("SELECT key, value FROM catalog_tags WHERE arn = ?1 ORDER BY key").map_err(db_error)?;
        let tags =
            stmt.query_map([resource_arn], |r| Ok(Tag { key: r.get(0)?, value: r.get(1)? })).map_err(db_error)?;
        tags.collect::<rusqlite::Result<_>>().map_err(db_error)
    }

    fn put_tag(&self, resource_arn: &str, tag: &Tag) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO catalog_tags (arn, key, value) VALUES (?1, ?2, ?3) ON CONFLICT (arn, key) DO UPDATE SET value = ?3",
                params![resource_arn, tag.key, tag.value],
            )
            .map_err(db_error)?;
        let count: i64 = self
            .tx
            .query_row("SELECT COUNT(*) FROM catalog_tags WHERE arn = ?1", [resource_arn], |r| r.get(0))
            .map_err(db_error)?;
        if count > MAX_TAGS_PER_RESOURCE as i64 {
            return Err(validation(format!(
                "a resource can have at most {MAX_TAGS_PER_RESOURCE} tags; {resource_arn} would have {count}"
            )));
        }
        Ok(())
    }

    fn tag_resource(&self, input: TagResourceInput) -> Result<()> {
        self.owned_resource(&input.resource_arn)?;
        for tag in &input.tags {
            self.put_tag(&input.resource_arn, tag)?;
        }
        Ok(())
    }

    fn untag_resource(&self, input: UntagResourceInput) -> Result<()> {
        self.owned_resource(&input.resource_arn)?;
        for key in &input.tag_keys {
            self.tx
                .execute("DELETE FROM catalog_tags WHERE arn = ?1 AND key = ?2", [&input.resource_arn, key])
                .map_err(db_error)?;
        }
        Ok(())
    }

    fn put_policy(&self, input: PutResourcePolicyInput) -> Result<()> {
        self.owned_resource(&input.resource_arn)?;
        let doc: Value =
            serde_json::from_str(&input.policy).map_err(|_| validation("Policy is not a JSON document"))?;
        if !doc.get("Statement").is_some_and(|s| s.is_array() || s.is_object()) {
            return Err(validation("Policy needs a Statement"));
        }
        self.tx
            .execute(
                "INSERT INTO catalog_policies (arn, policy) VALUES (?1, ?2) ON CONFLICT (arn) DO UPDATE SET policy = ?2",
                [&input.resource_arn, &input.policy],
            )
            .map_err(db_error)?;
        Ok(())
    }

    // ------------------------------------------------------------ assessments

    fn start_assessment(&self, input: StartAssessmentInput) -> Result<String> {
        if let Some(token) = &input.client_token {
            let earlier: Option<String> = self
                .tx
                .query_row(
                    "SELECT id FROM catalog_assessments WHERE owner = ?1 AND token = ?2",
                    [self.caller.as_str(), token],
                    |r| r.get(0),
                )
                .optional()
                .map_err(db_error)?;
            if let Some(id) = earlier {
                return Ok(id);
            }
        }
        let entity = self.load(strip_revision(&input.entity_id))?.filter(|e| e.owner == self.caller.as_str());
        let entity = entity.ok_or_else(|| not_found(format!("Entity {} not found", input.entity_id)))?;
        let id = random_id("assessment", 13);
        let controls = listing_controls(&entity);
        let passed = controls.iter().filter(|c| c.control_assessment_result == ControlResult::Pass).count();
        let tier = match passed {
            7 => "EXCELLENT",
            5 | 6 => "STRONG",
            3 | 4 => "BASIC",
            _ => "NEEDS_IMPROVEMENT",
        };
        let assessment = Assessment {
            assessment_arn: arn(self.caller.as_str(), "Assessment", &id),
            assessment_id: id.clone(),
            framework_id: input.framework_id.clone(),
            assessment_target_summary: AssessmentTarget { entity_id: Some(entity.id.clone()), change_set_id: None },
            assessment_result: Some(if passed >= 3 { "PASS" } else { "FAIL" }.to_owned()),
            created_at: format_time(self.now),
            expires_at: Some(format_time(self.now + ASSESSMENT_LIFETIME)),
            control_assessments: controls,
            framework_summary: Some(
                json!({"ListingQualitySummary": {"Tier": tier, "EntityRevision": entity.revision.to_string()}}),
            ),
        };
        self.tx
            .execute(
                "INSERT INTO catalog_assessments (id, owner, token, body, seq) VALUES (?1, ?2, ?3, ?4,
                 (SELECT COALESCE(MAX(seq), 0) + 1 FROM catalog_assessments))",
                params![
                    id,
                    self.caller.as_str(),
                    input.client_token,
                    serde_json::to_string(&assessment).unwrap_or_default()
                ],
            )
            .map_err(db_error)?;
        for (key, value) in &input.tags {
            self.put_tag(&assessment.assessment_arn, &Tag::new(key, value))?;
        }
        Ok(id)
    }

    fn assessments(&self) -> Result<Vec<Assessment>> {
        let mut stmt =
            self.tx.prepare("SELECT body FROM catalog_assessments WHERE owner = ?1 ORDER BY seq").map_err(db_error)?;
        let bodies: Vec<String> = stmt
            .query_map([self.caller.as_str()], |r| r.get(0))
            .map_err(db_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db_error)?;
        Ok(bodies.iter().filter_map(|b| serde_json::from_str(b).ok()).collect())
    }

    fn describe_assessment(&self, input: &DescribeAssessmentInput) -> Result<DescribeAssessmentOutput> {
        let wanted = input.assessment_identifier.rsplit('/').next().unwrap_or_default();
        let mut assessment = self
            .assessments()?
            .into_iter()
            .find(|a| a.assessment_id == wanted)
            .ok_or_else(|| not_found(format!("Assessment {} not found", input.assessment_identifier)))?;
        let controls = std::mem::take(&mut assessment.control_assessments);
        let (page, next_token) =
            paginate(controls, input.next_token.as_deref(), input.max_results.unwrap_or(100) as usize)?;
        assessment.control_assessments = page;
        Ok(DescribeAssessmentOutput::new(assessment, next_token))
    }

    fn list_assessments(&self, input: &ListAssessmentsInput) -> Result<ListAssessmentsOutput> {
        let target = input.assessment_target_filter.clone().unwrap_or_default();
        let items: Vec<Assessment> = self
            .assessments()?
            .into_iter()
            .filter(|a| input.framework_id.as_ref().is_none_or(|f| &a.framework_id == f))
            .filter(|a| {
                target.entity_id.as_ref().is_none_or(|e| a.assessment_target_summary.entity_id.as_ref() == Some(e))
            })
            .map(|mut a| {
                a.control_assessments.clear();
                a
            })
            .collect();
        let (page, next_token) =
            paginate(items, input.next_token.as_deref(), input.max_results.unwrap_or(20) as usize)?;
        Ok(ListAssessmentsOutput::new(page, next_token))
    }
}

/// The listing-quality controls: whether the product's page has each element.
fn listing_controls(entity: &Entity) -> Vec<ControlAssessment> {
    let checks = [
        ("PRODUCT_TITLE", "/Description/ProductTitle"),
        ("SHORT_DESCRIPTION", "/Description/ShortDescription"),
        ("LONG_DESCRIPTION", "/Description/LongDescription"),
        ("HIGHLIGHTS", "/Description/Highlights"),
        ("CATEGORIES", "/Description/Categories"),
        ("SEARCH_KEYWORDS", "/Description/SearchKeywords"),
        ("LOGO", "/PromotionalResources/LogoUrl"),
    ];
    checks
        .iter()
        .map(|(control, pointer)| {
            let present =
                entity.details.pointer(pointer).is_some_and(|v| !v.is_null() && v != &json!([]) && v != &json!(""));
            ControlAssessment {
                control_id: control.to_string(),
                control_assessment_result: if present { ControlResult::Pass } else { ControlResult::Fail },
                verification_source: Some("AWS_VERIFIED".into()),
                errors: if present {
                    Vec::new()
                } else {
                    vec![ControlError {
                        code: "MISSING_CONTENT".into(),
                        message: format!("the listing has no {}", control.to_lowercase().replace('_', " ")),
                    }]
                },
            }
        })
        .collect()
}

/// `UpdatePricingTerms` on a resale authorization (its pricing model is implied by the terms).
#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct UpdateResalePricing {
    terms: Vec<Term>,
}

fn offer_json(id: &str, name: Option<String>, product_id: Option<String>) -> Value {
    serde_json::to_value(OfferDetails {
        id: id.to_owned(),
        state: "Draft".into(),
        name,
        product_id,
        ..OfferDetails::default()
    })
    .unwrap_or_default()
}

fn replace_terms(offer: &mut OfferDetails, terms: Vec<Term>, type_name: &str) {
    offer.terms.retain(|t| t.type_name() != type_name);
    offer.terms.extend(terms);
}

/// Set every non-null member of `patch` on `target`.
fn merge(target: &mut Value, patch: Value) {
    if !target.is_object() {
        *target = json!({});
    }
    if let (Some(target), Value::Object(patch)) = (target.as_object_mut(), patch) {
        for (k, v) in patch {
            if !v.is_null() {
                target.insert(k, v);
            }
        }
    }
}

fn string_set(value: &Value) -> BTreeSet<String> {
    value.as_array().map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect()).unwrap_or_default()
}

/// Whether a resource policy allows `account` (as a principal account id or root ARN).
fn policy_grants(policy: &str, account: &str) -> bool {
    let Ok(doc) = serde_json::from_str::<Value>(policy) else { return false };
    let statements = match &doc["Statement"] {
        Value::Array(a) => a.clone(),
        single @ Value::Object(_) => vec![single.clone()],
        _ => return false,
    };
    statements.iter().any(|s| {
        s["Effect"] == "Allow" && {
            let principals = match &s["Principal"]["AWS"] {
                Value::String(p) => vec![p.clone()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
                _ => Vec::new(),
            };
            principals.iter().any(|p| p == account || p == &format!("arn:aws:iam::{account}:root"))
        }
    })
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
            "EntityId" => Some(s.entity_id.clone()),
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

fn change_set_matches(cs: &StoredChangeSet, filter: &Filter) -> Result<bool> {
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

/// One page of `items` from an opaque offset token, `page<N>` (a shape every API's token pattern allows); shared by
/// the catalog, Discovery and Agreement lists.
fn paginate<T>(items: Vec<T>, token: Option<&str>, size: usize) -> Result<(Vec<T>, Option<String>)> {
    let start = match token {
        None | Some("") => 0,
        Some(t) => {
            t.strip_prefix("page").and_then(|n| n.parse::<usize>().ok()).filter(|n| *n <= items.len()).ok_or_else(
                || {
                    validation(format!("page token {t:?} is not a token this service returned"))
                        .with_reason("INVALID_PAGINATION_TOKEN")
                },
            )?
        }
    };
    let end = (start + size.max(1)).min(items.len());
    let next = (end < items.len()).then(|| format!("page{end}"));
    Ok((items.into_iter().skip(start).take(end - start).collect(), next))
}

/// Durations of the change set state machine, with the defaults the local engine uses.
pub(super) const DEFAULT_PREPARATION: Duration = Duration::from_secs(1);
/// See [`DEFAULT_PREPARATION`].
pub(super) const DEFAULT_APPLICATION: Duration = Duration::from_secs(1);
