//! Marketplace Catalog: the records that mirror `marketplane::model::catalog`, the offer spec, and the blocking and
//! `async` service objects ([`Catalog`], [`AsyncCatalog`]).
//!
//! JSON documents (change details, entity details, offer terms and rules, entity type filters) cross as JSON text:
//! the service's own shapes, which the caller builds and reads with its language's JSON library. Catalog times stay
//! the service's 20-character ISO 8601 strings, as in the core.

use std::collections::HashMap;

use marketplane::model::catalog as core;
use marketplane::model::catalog::offer::{self, OfferBuilder, OfferDetails as CoreOfferDetails};
use marketplane::model::catalog::private_marketplace as pmp;
use serde_json::Value;

use crate::error::Result;
use crate::model::mirror_enum;
use crate::{block_on, collect, AsyncCatalog, Catalog, WaitOptions};

mirror_enum!(
    /// The status of a change set.
    ChangeSetStatus from CoreChangeSetStatus { Preparing, Applying, Succeeded, Cancelled, Failed }
);
mirror_enum!(
    /// Why a change set failed.
    FailureCode from CoreFailureCode { ClientError, ServerFault }
);
mirror_enum!(
    /// What a change set should do: only validate, or validate and apply (the default).
    Intent <=> CoreIntent { Validate, Apply }
);
mirror_enum!(
    /// Whose entities `list_entities` lists: the caller's own (`Owned`, the service's `SELF`, the default) or those
    /// shared with it (`Shared`).
    OwnershipType <=> CoreOwnershipType { Owned, Shared }
);
mirror_enum!(
    /// A sort direction.
    SortOrder <=> CoreSortOrder { Ascending, Descending }
);
mirror_enum!(
    /// The result of one control of an assessment.
    ControlResult from CoreControlResult { Pass, Fail, NotExecuted, ExemptionPass }
);
mirror_enum!(
    /// Where a private marketplace product request stands.
    ProductRequestStatus <=> CoreProductRequestStatus { Pending, Approved, Declined }
);

use core::{
    ChangeSetStatus as CoreChangeSetStatus, ControlResult as CoreControlResult, FailureCode as CoreFailureCode,
    Intent as CoreIntent, OwnershipType as CoreOwnershipType, SortOrder as CoreSortOrder,
};
use pmp::ProductRequestStatus as CoreProductRequestStatus;

/// Parses JSON text a caller passed; a syntax error is a `Validation` error on `field`.
pub(crate) fn parse_json(text: &str, field: &str) -> Result<Value> {
    Ok(serde_json::from_str(text).map_err(|e| marketplane::Error::invalid_field(field, format!("is not JSON: {e}")))?)
}

/// JSON text of a value the core holds (serializing a `Value` cannot fail).
fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A tag on a catalog resource.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Tag {
    /// The key, 1 to 128 characters.
    pub key: String,
    /// The value, 0 to 256 characters.
    pub value: String,
}

impl From<core::Tag> for Tag {
    fn from(t: core::Tag) -> Self {
        Tag { key: t.key, value: t.value }
    }
}

impl From<Tag> for core::Tag {
    fn from(t: Tag) -> Self {
        core::Tag::new(t.key, t.value)
    }
}

fn tags(tags: Vec<Tag>) -> Vec<core::Tag> {
    tags.into_iter().map(Into::into).collect()
}

/// A `ListChangeSets` or `ListEntities` filter: a member name and the values it may take.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Filter {
    /// The member filtered on (`Status`, `EntityId`, `ProductId`, ...).
    pub name: String,
    /// The values it may take.
    pub value_list: Vec<String>,
}

impl From<Filter> for core::Filter {
    fn from(f: Filter) -> Self {
        core::Filter { name: f.name, value_list: f.value_list }
    }
}

fn filters(filters: Vec<Filter>) -> Vec<core::Filter> {
    filters.into_iter().map(Into::into).collect()
}

/// A sort of a list.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Sort {
    /// The member sorted on.
    pub sort_by: Option<String>,
    /// The direction.
    pub sort_order: Option<SortOrder>,
}

impl From<Sort> for core::Sort {
    fn from(s: Sort) -> Self {
        core::Sort { sort_by: s.sort_by, sort_order: s.sort_order.map(Into::into) }
    }
}

/// One change of a change set. `details_json` is the change's `DetailsDocument` as JSON text (empty for none).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Change {
    /// The change type (`CreateProduct`, `UpdatePricingTerms`, ...).
    pub change_type: String,
    /// The entity type, with its version (`SaaSProduct@1.0`, `Offer@1.0`).
    pub entity_type: String,
    /// The entity's id, or a reference to an entity an earlier change creates (`$Product.Entity.Identifier`); none
    /// for a change that creates an entity.
    pub entity_identifier: Option<String>,
    /// The details document as JSON text; empty for none.
    pub details_json: String,
    /// The change's name, for references from later changes.
    pub change_name: Option<String>,
    /// Tags for the entity the change creates.
    pub entity_tags: Vec<Tag>,
}

impl Change {
    fn into_core(self, index: usize) -> Result<core::Change> {
        let details_document = match self.details_json.trim() {
            "" => None,
            text => Some(parse_json(text, &format!("ChangeSet[{index}].DetailsDocument"))?),
        };
        Ok(core::Change {
            change_type: self.change_type,
            entity: core::EntityRef { entity_type: self.entity_type, identifier: self.entity_identifier },
            entity_tags: tags(self.entity_tags),
            details: None,
            details_document,
            change_name: self.change_name,
        })
    }
}

impl From<core::Change> for Change {
    fn from(c: core::Change) -> Self {
        Change {
            change_type: c.change_type,
            entity_type: c.entity.entity_type,
            entity_identifier: c.entity.identifier,
            details_json: details_json(c.details_document.as_ref(), c.details.as_deref()).unwrap_or_default(),
            change_name: c.change_name,
            entity_tags: c.entity_tags.into_iter().map(Into::into).collect(),
        }
    }
}

fn changes(changes: Vec<Change>) -> Result<Vec<core::Change>> {
    changes.into_iter().enumerate().map(|(i, c)| c.into_core(i)).collect()
}

/// The details of a change or entity as JSON text: the document, else the details string.
fn details_json(document: Option<&Value>, details: Option<&str>) -> Option<String> {
    document.map(json).or_else(|| details.map(str::to_owned))
}

/// A `StartChangeSet` request.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChangeSetInput {
    /// The changes, 1 to 20.
    pub changes: Vec<Change>,
    /// A name for the change set.
    pub change_set_name: Option<String>,
    /// Idempotency token; none gets a fresh one.
    pub client_request_token: Option<String>,
    /// Tags for the change set.
    pub change_set_tags: Vec<Tag>,
    /// Validate only, or apply (the default).
    pub intent: Option<Intent>,
}

impl TryFrom<ChangeSetInput> for core::StartChangeSetInput {
    type Error = crate::MarketplaneError;

    fn try_from(input: ChangeSetInput) -> Result<Self> {
        let mut out = core::StartChangeSetInput::new(changes(input.changes)?);
        out.change_set_name = input.change_set_name;
        out.client_request_token = input.client_request_token;
        out.change_set_tags = tags(input.change_set_tags);
        out.intent = input.intent.map(Into::into);
        Ok(out)
    }
}

/// The id and ARN of a change set.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChangeSetRef {
    /// The change set's id.
    pub change_set_id: String,
    /// The change set's ARN.
    pub change_set_arn: String,
}

impl From<core::ChangeSetRef> for ChangeSetRef {
    fn from(r: core::ChangeSetRef) -> Self {
        ChangeSetRef { change_set_id: r.change_set_id, change_set_arn: r.change_set_arn }
    }
}

/// Why one change failed.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ErrorDetail {
    /// The error code (`UNSUPPORTED_CHANGE_TYPE`, ...).
    pub error_code: String,
    /// What went wrong.
    pub error_message: String,
}

impl From<core::ErrorDetail> for ErrorDetail {
    fn from(e: core::ErrorDetail) -> Self {
        ErrorDetail { error_code: e.error_code, error_message: e.error_message }
    }
}

/// One change of a described change set.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChangeSummary {
    /// The change type.
    pub change_type: String,
    /// The entity type, with its version.
    pub entity_type: String,
    /// The entity's identifier (with its `@revision` once applied), if known.
    pub entity_identifier: Option<String>,
    /// The entity's id without the revision, if known.
    pub entity_id: Option<String>,
    /// The details as JSON text, if any.
    pub details_json: Option<String>,
    /// Why the change failed, in a FAILED change set.
    pub error_details: Vec<ErrorDetail>,
    /// The change's name.
    pub change_name: Option<String>,
}

impl From<core::ChangeSummary> for ChangeSummary {
    fn from(c: core::ChangeSummary) -> Self {
        ChangeSummary {
            change_type: c.change_type,
            entity_type: c.entity.entity_type,
            entity_id: c.entity.identifier.as_deref().map(|id| core::strip_revision(id).to_owned()),
            entity_identifier: c.entity.identifier,
            details_json: details_json(c.details_document.as_ref(), c.details.as_deref()),
            error_details: c.error_detail_list.into_iter().map(Into::into).collect(),
            change_name: c.change_name,
        }
    }
}

/// A described change set (`DescribeChangeSet`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChangeSetDescription {
    /// The change set's id.
    pub change_set_id: String,
    /// The change set's ARN.
    pub change_set_arn: String,
    /// Its name.
    pub change_set_name: Option<String>,
    /// Validate only, or apply.
    pub intent: Option<Intent>,
    /// When it started (ISO 8601).
    pub start_time: Option<String>,
    /// When it finished (ISO 8601).
    pub end_time: Option<String>,
    /// Where it stands.
    pub status: ChangeSetStatus,
    /// Why it failed.
    pub failure_code: Option<FailureCode>,
    /// How it failed.
    pub failure_description: Option<String>,
    /// Its changes.
    pub changes: Vec<ChangeSummary>,
}

impl From<core::ChangeSetDescription> for ChangeSetDescription {
    fn from(d: core::ChangeSetDescription) -> Self {
        ChangeSetDescription {
            change_set_id: d.change_set_id,
            change_set_arn: d.change_set_arn,
            change_set_name: d.change_set_name,
            intent: d.intent.map(Into::into),
            start_time: d.start_time,
            end_time: d.end_time,
            status: d.status.into(),
            failure_code: d.failure_code.map(Into::into),
            failure_description: d.failure_description,
            changes: d.changes.into_iter().map(Into::into).collect(),
        }
    }
}

/// An item of `ListChangeSets`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChangeSetSummary {
    /// The change set's id.
    pub change_set_id: String,
    /// The change set's ARN.
    pub change_set_arn: String,
    /// Its name.
    pub change_set_name: Option<String>,
    /// When it started.
    pub start_time: Option<String>,
    /// When it finished.
    pub end_time: Option<String>,
    /// Where it stands.
    pub status: ChangeSetStatus,
    /// The entities it changes.
    pub entity_ids: Vec<String>,
    /// Why it failed.
    pub failure_code: Option<FailureCode>,
}

impl From<core::ChangeSetSummary> for ChangeSetSummary {
    fn from(s: core::ChangeSetSummary) -> Self {
        ChangeSetSummary {
            change_set_id: s.change_set_id,
            change_set_arn: s.change_set_arn,
            change_set_name: s.change_set_name,
            start_time: s.start_time,
            end_time: s.end_time,
            status: s.status.into(),
            entity_ids: s.entity_id_list,
            failure_code: s.failure_code.map(Into::into),
        }
    }
}

/// One page of `ListChangeSets`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChangeSetPage {
    /// The change sets of this page.
    pub change_sets: Vec<ChangeSetSummary>,
    /// Pass to the next call for the next page; none on the last page.
    pub next_token: Option<String>,
}

/// A `ListEntities` request (without its page token).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EntityQuery {
    /// The entity type without version (`Offer`, `SaaSProduct`, ...).
    pub entity_type: String,
    /// Filters on entity members.
    pub filters: Vec<Filter>,
    /// The sort.
    pub sort: Option<Sort>,
    /// Own entities (the default) or shared ones.
    pub ownership_type: Option<OwnershipType>,
    /// The service's `EntityTypeFilters` as JSON text (`{"OfferFilters": {...}}`); none for no filters.
    pub entity_type_filters_json: Option<String>,
    /// The service's `EntityTypeSort` as JSON text; none for the default order.
    pub entity_type_sort_json: Option<String>,
    /// Entities per request.
    pub max_results: Option<i32>,
}

impl TryFrom<EntityQuery> for core::ListEntitiesInput {
    type Error = crate::MarketplaneError;

    fn try_from(q: EntityQuery) -> Result<Self> {
        let entity_type_filters = match q.entity_type_filters_json {
            Some(text) => Some(
                serde_json::from_value(parse_json(&text, "EntityTypeFilters")?)
                    .map_err(|e| marketplane::Error::invalid_field("EntityTypeFilters", e.to_string()))?,
            ),
            None => None,
        };
        let entity_type_sort = match q.entity_type_sort_json {
            Some(text) => Some(
                serde_json::from_value(parse_json(&text, "EntityTypeSort")?)
                    .map_err(|e| marketplane::Error::invalid_field("EntityTypeSort", e.to_string()))?,
            ),
            None => None,
        };
        let mut input = marketplane::facade::Catalog::entities_of(&q.entity_type);
        input.filter_list = filters(q.filters);
        input.sort = q.sort.map(Into::into);
        input.ownership_type = q.ownership_type.map(Into::into);
        input.entity_type_filters = entity_type_filters;
        input.entity_type_sort = entity_type_sort;
        input.max_results = q.max_results;
        Ok(input)
    }
}

/// The product members of an entity summary.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProductSummary {
    /// The product's title.
    pub product_title: Option<String>,
    /// Its visibility (`Draft`, `Limited`, `Public`, `Restricted`).
    pub visibility: Option<String>,
}

impl From<core::ProductSummary> for ProductSummary {
    fn from(p: core::ProductSummary) -> Self {
        ProductSummary { product_title: p.product_title, visibility: p.visibility }
    }
}

/// The offer members of an entity summary.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OfferSummary {
    /// The offer's name.
    pub name: Option<String>,
    /// The product it sells.
    pub product_id: Option<String>,
    /// The resale authorization it is made under.
    pub resale_authorization_id: Option<String>,
    /// When it was released.
    pub release_date: Option<String>,
    /// When it expires.
    pub availability_end_date: Option<String>,
    /// The accounts it targets (private offers).
    pub buyer_accounts: Vec<String>,
    /// `Draft` or `Released`.
    pub state: Option<String>,
    /// How it is targeted (`BuyerAccounts`, ...).
    pub targeting: Vec<String>,
    /// The agreement it replaces.
    pub target_agreement_id: Option<String>,
}

impl From<core::OfferSummary> for OfferSummary {
    fn from(o: core::OfferSummary) -> Self {
        OfferSummary {
            name: o.name,
            product_id: o.product_id,
            resale_authorization_id: o.resale_authorization_id,
            release_date: o.release_date,
            availability_end_date: o.availability_end_date,
            buyer_accounts: o.buyer_accounts,
            state: o.state,
            targeting: o.targeting,
            target_agreement_id: o.target_agreement_id,
        }
    }
}

/// An item of `ListEntities`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EntitySummary {
    /// The entity's name.
    pub name: Option<String>,
    /// Its type.
    pub entity_type: String,
    /// Its id.
    pub entity_id: String,
    /// Its ARN.
    pub entity_arn: String,
    /// When it last changed.
    pub last_modified_date: Option<String>,
    /// Its visibility.
    pub visibility: Option<String>,
    /// AMI product members.
    pub ami_product_summary: Option<ProductSummary>,
    /// Container product members.
    pub container_product_summary: Option<ProductSummary>,
    /// Data product members.
    pub data_product_summary: Option<ProductSummary>,
    /// SaaS product members.
    pub saas_product_summary: Option<ProductSummary>,
    /// Machine learning product members.
    pub machine_learning_product_summary: Option<ProductSummary>,
    /// Offer members.
    pub offer_summary: Option<OfferSummary>,
}

impl From<core::EntitySummary> for EntitySummary {
    fn from(e: core::EntitySummary) -> Self {
        EntitySummary {
            name: e.name,
            entity_type: e.entity_type,
            entity_id: e.entity_id,
            entity_arn: e.entity_arn,
            last_modified_date: e.last_modified_date,
            visibility: e.visibility,
            ami_product_summary: e.ami_product_summary.map(Into::into),
            container_product_summary: e.container_product_summary.map(Into::into),
            data_product_summary: e.data_product_summary.map(Into::into),
            saas_product_summary: e.saas_product_summary.map(Into::into),
            machine_learning_product_summary: e.machine_learning_product_summary.map(Into::into),
            offer_summary: e.offer_summary.map(Into::into),
        }
    }
}

/// One page of `ListEntities`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EntityPage {
    /// The entities of this page.
    pub entities: Vec<EntitySummary>,
    /// Pass to the next call for the next page; none on the last page.
    pub next_token: Option<String>,
}

/// A described entity (`DescribeEntity`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EntityDescription {
    /// Its type, with version.
    pub entity_type: String,
    /// Its identifier, with revision.
    pub entity_identifier: String,
    /// Its id, without revision.
    pub entity_id: String,
    /// Its ARN.
    pub entity_arn: String,
    /// When it last changed.
    pub last_modified_date: Option<String>,
    /// Its details document as JSON text (`null` when it has none).
    pub details_json: String,
}

impl From<core::EntityDescription> for EntityDescription {
    fn from(e: core::EntityDescription) -> Self {
        EntityDescription {
            entity_id: e.entity_id().to_owned(),
            details_json: json(&e.document()),
            entity_type: e.entity_type,
            entity_identifier: e.entity_identifier,
            entity_arn: e.entity_arn,
            last_modified_date: e.last_modified_date,
        }
    }
}

/// An entity found by `describe_entities`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EntityDetail {
    /// Its type, with version.
    pub entity_type: String,
    /// Its ARN.
    pub entity_arn: String,
    /// Its identifier, with revision.
    pub entity_identifier: String,
    /// When it last changed.
    pub last_modified_date: Option<String>,
    /// Its details document as JSON text, if any.
    pub details_json: Option<String>,
}

/// Why `describe_entities` did not describe one entity.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EntityError {
    /// The error code.
    pub error_code: String,
    /// What went wrong.
    pub error_message: String,
}

/// The answer of `describe_entities`: per entity id, its details or its error.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EntityBatch {
    /// The entities found, by id.
    pub entity_details: HashMap<String, EntityDetail>,
    /// The entities not described, by id.
    pub errors: HashMap<String, EntityError>,
}

impl From<core::BatchDescribeOutput> for EntityBatch {
    fn from(b: core::BatchDescribeOutput) -> Self {
        EntityBatch {
            entity_details: b
                .entity_details
                .into_iter()
                .map(|(id, d)| {
                    let detail = EntityDetail {
                        entity_type: d.entity_type,
                        entity_arn: d.entity_arn,
                        entity_identifier: d.entity_identifier,
                        last_modified_date: d.last_modified_date,
                        details_json: d.details_document.as_ref().map(json),
                    };
                    (id, detail)
                })
                .collect(),
            errors: b
                .errors
                .into_iter()
                .map(|(id, e)| (id, EntityError { error_code: e.error_code, error_message: e.error_message }))
                .collect(),
        }
    }
}

/// One error of a control assessment.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ControlError {
    /// The error code.
    pub code: String,
    /// What went wrong.
    pub message: String,
}

/// The result of one control.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ControlAssessment {
    /// The control's id.
    pub control_id: String,
    /// Its result.
    pub result: ControlResult,
    /// Where the verification came from.
    pub verification_source: Option<String>,
    /// Its errors.
    pub errors: Vec<ControlError>,
}

/// An assessment of an entity against a framework.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Assessment {
    /// Its ARN.
    pub assessment_arn: String,
    /// Its id.
    pub assessment_id: String,
    /// The framework assessed against.
    pub framework_id: String,
    /// The entity assessed.
    pub target_entity_id: Option<String>,
    /// The change set assessed.
    pub target_change_set_id: Option<String>,
    /// The overall result.
    pub assessment_result: Option<String>,
    /// When it was created.
    pub created_at: String,
    /// When it expires.
    pub expires_at: Option<String>,
    /// The controls' results (the first page).
    pub control_assessments: Vec<ControlAssessment>,
    /// The framework's summary as JSON text, if any.
    pub framework_summary_json: Option<String>,
}

impl From<core::Assessment> for Assessment {
    fn from(a: core::Assessment) -> Self {
        Assessment {
            assessment_arn: a.assessment_arn,
            assessment_id: a.assessment_id,
            framework_id: a.framework_id,
            target_entity_id: a.assessment_target_summary.entity_id,
            target_change_set_id: a.assessment_target_summary.change_set_id,
            assessment_result: a.assessment_result,
            created_at: a.created_at,
            expires_at: a.expires_at,
            control_assessments: a
                .control_assessments
                .into_iter()
                .map(|c| ControlAssessment {
                    control_id: c.control_id,
                    result: c.control_assessment_result.into(),
                    verification_source: c.verification_source,
                    errors: c.errors.into_iter().map(|e| ControlError { code: e.code, message: e.message }).collect(),
                })
                .collect(),
            framework_summary_json: a.framework_summary.as_ref().map(json),
        }
    }
}

/// One page of `ListAssessments`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AssessmentPage {
    /// The assessments of this page.
    pub assessments: Vec<Assessment>,
    /// Pass to the next call for the next page; none on the last page.
    pub next_token: Option<String>,
}

/// Private marketplace: whether the caller may procure a product.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProcurementStatus {
    /// The product.
    pub product_id: String,
    /// The experience governing the caller, if any.
    pub experience_id: Option<String>,
    /// Whether that experience is live.
    pub live: bool,
    /// Whether it approves the product.
    pub approved: bool,
    /// Whether the caller may procure the product.
    pub procurable: bool,
    /// Whether users may request products.
    pub requests_enabled: bool,
    /// Whether requests for this product are blocked.
    pub blocked: bool,
}

impl From<pmp::ProcurementStatus> for ProcurementStatus {
    fn from(s: pmp::ProcurementStatus) -> Self {
        ProcurementStatus {
            product_id: s.product_id,
            experience_id: s.experience_id,
            live: s.live,
            approved: s.approved,
            procurable: s.procurable,
            requests_enabled: s.requests_enabled,
            blocked: s.blocked,
        }
    }
}

/// Private marketplace: a user's request to add a product to an experience.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ProductRequest {
    /// The request's id.
    pub request_id: String,
    /// The experience asked.
    pub experience_id: String,
    /// The product asked for.
    pub product_id: String,
    /// Who asked.
    pub requester_account_id: String,
    /// Where it stands.
    pub status: ProductRequestStatus,
    /// The administrator's reason, when declined.
    pub decline_reason: Option<String>,
    /// When it was made.
    pub created_at: String,
    /// When it was decided.
    pub decided_at: Option<String>,
}

impl From<pmp::ProductRequest> for ProductRequest {
    fn from(r: pmp::ProductRequest) -> Self {
        ProductRequest {
            request_id: r.request_id,
            experience_id: r.experience_id,
            product_id: r.product_id,
            requester_account_id: r.requester_account_id,
            status: r.status.into(),
            decline_reason: r.decline_reason,
            created_at: r.created_at,
            decided_at: r.decided_at,
        }
    }
}

/// An offer's details, as `offer(id)` reads them.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OfferDetails {
    /// The offer's id.
    pub id: String,
    /// `Draft` or `Released`.
    pub state: String,
    /// Its name.
    pub name: Option<String>,
    /// Its description.
    pub description: Option<String>,
    /// The product it sells.
    pub product_id: Option<String>,
    /// The resale authorization it is made under.
    pub resale_authorization_id: Option<String>,
    /// A reseller's markup.
    pub markup_percentage: Option<String>,
    /// The agreement it replaces.
    pub replacement_agreement_id: Option<String>,
    /// The accounts it targets (empty for a public offer).
    pub buyer_accounts: Vec<String>,
    /// When it expires.
    pub availability_end_date: Option<String>,
    /// Whether it renews automatically.
    pub auto_renews: bool,
    /// The pre-existing agreement as JSON text, if any.
    pub pre_existing_agreement_json: Option<String>,
    /// Its rules, each as JSON text.
    pub rules_json: Vec<String>,
    /// Its terms, each as JSON text in the service's shape (`{"Type": "LegalTerm", ...}`).
    pub terms_json: Vec<String>,
}

impl From<CoreOfferDetails> for OfferDetails {
    fn from(o: CoreOfferDetails) -> Self {
        OfferDetails {
            buyer_accounts: o.buyer_accounts(),
            availability_end_date: o.availability_end_date().map(str::to_owned),
            auto_renews: o.auto_renews(),
            pre_existing_agreement_json: o.pre_existing_agreement.as_ref().map(json),
            rules_json: o.rules.iter().map(json).collect(),
            terms_json: o.terms.iter().map(json).collect(),
            id: o.id,
            state: o.state,
            name: o.name,
            description: o.description,
            product_id: o.product_id,
            resale_authorization_id: o.resale_authorization_id,
            markup_percentage: o.markup_percentage,
            replacement_agreement_id: o.replacement_agreement_id,
        }
    }
}

/// Contract pricing: a fixed price for a duration, granting quantities of the product's dimensions.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContractSpec {
    /// ISO 4217 currency (`USD`, `EUR`, ...).
    pub currency: String,
    /// ISO 8601 duration (`P12M`).
    pub duration: String,
    /// The price as a decimal string (`"0"`, `"1000.00"`).
    pub price: String,
    /// Quantity granted per dimension key.
    pub grants: HashMap<String, i64>,
}

/// Contract pricing the buyer configures (a `ConfigurableUpfrontPricingTerm`): a price per unit of each dimension
/// for a duration; the buyer picks the quantities when it requests the offer, and can add units later (an upgrade).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConfigurableContractSpec {
    /// ISO 4217 currency.
    pub currency: String,
    /// ISO 8601 duration (`P12M`): the rate card's selector, which the buyer names in its configuration.
    pub duration: String,
    /// The price per unit (decimal string) per dimension key.
    pub prices: HashMap<String, String>,
    /// Whether the buyer may choose more than one dimension.
    pub multiple_dimensions: bool,
}

/// Variable payments on a contract: the seller may send payment requests totalling up to `max_total`, in the
/// offer's currency.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct VariablePaymentsSpec {
    /// The most the requests may total, as a decimal string.
    pub max_total: String,
    /// Approve a request the buyer leaves unanswered for `expiration_days` (otherwise it waits).
    pub approve_on_expiry: bool,
    /// How long a request waits for the buyer, in days.
    pub expiration_days: u32,
}

/// Usage pricing: a price per unit of each dimension.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UsageSpec {
    /// ISO 4217 currency.
    pub currency: String,
    /// The price per unit (decimal string) per dimension key.
    pub prices: HashMap<String, String>,
}

/// One installment of a payment schedule.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Installment {
    /// The charge date, `YYYY-MM-DD`.
    pub date: String,
    /// The amount as a decimal string.
    pub amount: String,
}

/// An offer described for the offer builder (`publish_offer`, `build_offer`): the core's `OfferBuilder` as a record.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OfferSpec {
    /// The product the offer sells.
    pub product_id: String,
    /// The offer's name.
    pub name: Option<String>,
    /// Its description.
    pub description: Option<String>,
    /// Buyer accounts for a private offer; empty for a public one.
    pub buyers: Vec<String>,
    /// Contract pricing.
    pub contract: Option<ContractSpec>,
    /// Usage pricing (alone, or with a contract).
    pub usage: Option<UsageSpec>,
    /// A flexible payment schedule (with contract pricing); empty for none.
    pub payment_schedule: Vec<Installment>,
    /// `"standard"` for the standard contract, or the URL of a custom EULA; none for no legal term (drafts only).
    pub eula: Option<String>,
    /// The refund policy text.
    pub refund_policy: Option<String>,
    /// The agreement's duration, ISO 8601 (`P12M`).
    pub agreement_duration: Option<String>,
    /// The offer's expiry date, `YYYY-MM-DD` (required for a released private offer).
    pub available_until: Option<String>,
    /// Renew automatically (public offers only).
    pub auto_renew: bool,
    /// Leave the offer a draft (not released).
    pub draft: bool,
    /// Contract pricing the buyer configures (per-unit prices; the buyer picks quantities), instead of `contract`.
    #[uniffi(default = None)]
    pub configurable_contract: Option<ConfigurableContractSpec>,
    /// Variable payments the seller may request later (with contract pricing).
    #[uniffi(default = None)]
    pub variable_payments: Option<VariablePaymentsSpec>,
}

impl From<OfferSpec> for offer::OfferSpec {
    fn from(s: OfferSpec) -> Self {
        offer::OfferSpec {
            product_id: s.product_id,
            name: s.name,
            description: s.description,
            buyers: s.buyers,
            contract: s.contract.map(|c| offer::ContractSpec {
                currency: c.currency,
                duration: c.duration,
                price: c.price,
                grants: c.grants.into_iter().collect(),
            }),
            configurable_contract: s.configurable_contract.map(|c| offer::ConfigurableContractSpec {
                currency: c.currency,
                duration: c.duration,
                prices: c.prices.into_iter().collect(),
                multiple_dimensions: c.multiple_dimensions,
            }),
            usage: s.usage.map(|u| offer::UsageSpec { currency: u.currency, prices: u.prices.into_iter().collect() }),
            payment_schedule: s
                .payment_schedule
                .into_iter()
                .map(|i| offer::Installment::new(i.date, i.amount))
                .collect(),
            variable_payments: s.variable_payments.map(|v| offer::VariablePaymentsSpec {
                max_total: v.max_total,
                approve_on_expiry: v.approve_on_expiry,
                expiration_days: v.expiration_days,
            }),
            eula: s.eula,
            refund_policy: s.refund_policy,
            agreement_duration: s.agreement_duration,
            available_until: s.available_until,
            auto_renew: s.auto_renew,
            draft: s.draft,
        }
    }
}

impl From<OfferSpec> for OfferBuilder {
    fn from(spec: OfferSpec) -> Self {
        offer::OfferSpec::from(spec).into()
    }
}

/// The changes of the offer `spec` describes, as the `ChangeSet` JSON of `StartChangeSet`; a `Validation` error
/// lists everything wrong with it (one field error each). Nothing is sent.
#[uniffi::export]
pub fn build_offer(spec: OfferSpec) -> Result<String> {
    let changes = OfferBuilder::from(spec).build()?;
    Ok(json(&changes))
}

/// The changes of the offer `spec` describes, as records (the same as `build_offer`, not as JSON text).
#[uniffi::export]
pub fn build_offer_changes(spec: OfferSpec) -> Result<Vec<Change>> {
    Ok(OfferBuilder::from(spec).build()?.into_iter().map(Into::into).collect())
}

service! {
    Catalog, AsyncCatalog;

    /// `StartChangeSet`: a missing client request token gets a fresh one.
    fn start_change_set(c, input: ChangeSetInput) -> ChangeSetRef {
        Ok(c.catalog().start_change_set(input.try_into()?).send().await?.into())
    }

    /// `StartChangeSet` with these changes and nothing else set.
    fn start(c, changes: Vec<Change>) -> ChangeSetRef {
        Ok(c.catalog().start(self::changes(changes)?).send().await?.into())
    }

    /// `DescribeChangeSet`.
    fn describe_change_set(c, change_set_id: String) -> ChangeSetDescription {
        Ok(c.catalog().describe_change_set(&change_set_id).send().await?.into())
    }

    /// `CancelChangeSet`: only while the change set is PREPARING.
    fn cancel_change_set(c, change_set_id: String) -> ChangeSetRef {
        Ok(c.catalog().cancel_change_set(&change_set_id).send().await?.into())
    }

    /// `ListChangeSets`, every page collected.
    fn list_change_sets(c, filters: Vec<Filter>) -> Vec<ChangeSetSummary> {
        collect(c.catalog().change_sets(self::filters(filters))).await
    }

    /// `ListChangeSets`, one page: pass the previous page's `next_token` to continue.
    fn list_change_sets_page(
        c,
        filters: Vec<Filter>,
        sort: Option<Sort>,
        max_results: Option<i32>,
        next_token: Option<String>,
    ) -> ChangeSetPage {
        let input = core::ListChangeSetsInput {
            catalog: core::CATALOG.into(),
            filter_list: self::filters(filters),
            sort: sort.map(Into::into),
            max_results,
            next_token,
        };
        let page = c.catalog().list_change_sets(input).send().await?;
        Ok(ChangeSetPage {
            change_sets: page.change_set_summary_list.into_iter().map(Into::into).collect(),
            next_token: page.next_token,
        })
    }

    /// `DescribeEntity`.
    fn describe_entity(c, entity_id: String) -> EntityDescription {
        Ok(c.catalog().describe_entity(&entity_id).send().await?.into())
    }

    /// `BatchDescribeEntities` for up to 20 entities: what was found and, per id, why not.
    fn describe_entities(c, entity_ids: Vec<String>) -> EntityBatch {
        Ok(c.catalog().describe_entities(entity_ids).send().await?.into())
    }

    /// `ListEntities`, every page collected.
    fn list_entities(c, query: EntityQuery) -> Vec<EntitySummary> {
        let input = core::ListEntitiesInput::try_from(query)?;
        collect(c.catalog().entities(input)).await
    }

    /// `ListEntities`, one page: pass the previous page's `next_token` to continue.
    fn list_entities_page(c, query: EntityQuery, next_token: Option<String>) -> EntityPage {
        let mut input = core::ListEntitiesInput::try_from(query)?;
        input.next_token = next_token;
        let page = c.catalog().list_entities(input).send().await?;
        Ok(EntityPage {
            entities: page.entity_summary_list.into_iter().map(Into::into).collect(),
            next_token: page.next_token,
        })
    }

    /// `TagResource`.
    fn tag(c, resource_arn: String, tags: Vec<Tag>) -> () {
        Ok(c.catalog().tag(&resource_arn, self::tags(tags)).send().await?)
    }

    /// `UntagResource`.
    fn untag(c, resource_arn: String, tag_keys: Vec<String>) -> () {
        Ok(c.catalog().untag(&resource_arn, tag_keys).send().await?)
    }

    /// `ListTagsForResource`.
    fn tags(c, resource_arn: String) -> Vec<Tag> {
        Ok(c.catalog().tags(&resource_arn).send().await?.into_iter().map(Into::into).collect())
    }

    /// `PutResourcePolicy`: the policy as JSON text.
    fn put_policy(c, resource_arn: String, policy: String) -> () {
        Ok(c.catalog().put_policy(&resource_arn, &policy).send().await?)
    }

    /// `GetResourcePolicy`: the policy as JSON text.
    fn policy(c, resource_arn: String) -> String {
        Ok(c.catalog().policy(&resource_arn).send().await?)
    }

    /// `DeleteResourcePolicy`.
    fn delete_policy(c, resource_arn: String) -> () {
        Ok(c.catalog().delete_policy(&resource_arn).send().await?)
    }

    /// `StartAssessment` of an entity against a framework; the assessment's id.
    fn start_assessment(c, entity_id: String, framework_id: String) -> String {
        Ok(c.catalog().start_assessment(&entity_id, &framework_id).send().await?)
    }

    /// `DescribeAssessment` (the first page of controls).
    fn describe_assessment(c, assessment_id: String) -> Assessment {
        Ok(c.catalog().describe_assessment(&assessment_id).send().await?.into())
    }

    /// `ListAssessments`, one page, optionally of one framework and target.
    fn list_assessments(
        c,
        framework_id: Option<String>,
        target_entity_id: Option<String>,
        target_change_set_id: Option<String>,
        max_results: Option<i32>,
        next_token: Option<String>,
    ) -> AssessmentPage {
        let targeted = target_entity_id.is_some() || target_change_set_id.is_some();
        let target = core::AssessmentTarget { entity_id: target_entity_id, change_set_id: target_change_set_id };
        let target = targeted.then_some(target);
        let input = core::ListAssessmentsInput {
            catalog: core::CATALOG.into(),
            framework_id,
            assessment_target_filter: target,
            max_results,
            next_token,
        };
        let page = c.catalog().list_assessments(input).send().await?;
        Ok(AssessmentPage {
            assessments: page.assessment_summary_list.into_iter().map(Into::into).collect(),
            next_token: page.next_token,
        })
    }

    /// Poll a change set until it finishes (SUCCEEDED, FAILED or CANCELLED); `Timeout` when it has not by
    /// `options.timeout`. A FAILED change set is returned, not raised.
    fn wait_for_change_set(c, change_set_id: String, options: WaitOptions) -> ChangeSetDescription {
        Ok(c.catalog().wait_for_change_set(&change_set_id, options.into()).await?.into())
    }

    /// Start a change set and wait for it (up to 30 minutes). A FAILED change set is a `Validation` error (code
    /// `ChangeSetFailed`) whose message lists every change's errors; a CANCELLED one a `Conflict`.
    fn apply(c, input: ChangeSetInput) -> ChangeSetDescription {
        Ok(c.catalog().apply(input.try_into()?).await?.into())
    }

    /// Build the offer `spec` describes, apply it as one change set, and return the new offer's id. An invalid
    /// spec is a `Validation` error listing every problem, before anything is sent.
    fn publish_offer(c, spec: OfferSpec) -> String {
        Ok(c.catalog().publish_offer(spec.into()).await?)
    }

    /// An offer's details (`DescribeEntity` of an offer, read).
    fn offer(c, offer_id: String) -> OfferDetails {
        Ok(c.catalog().offer(&offer_id).await?.into())
    }

    /// Private marketplace: whether the caller may procure a product under the experience that governs it.
    fn procurement_status(c, product_id: String) -> ProcurementStatus {
        Ok(c.catalog().procurement_status(&product_id).send().await?.into())
    }

    /// Private marketplace: ask the administrator to add a product to the experience governing the caller.
    fn request_product(c, product_id: String) -> ProductRequest {
        Ok(c.catalog().request_product(&product_id).send().await?.into())
    }

    /// Private marketplace: the caller's requests and those of the experiences it administers, optionally of one
    /// status.
    fn product_requests(c, status: Option<ProductRequestStatus>) -> Vec<ProductRequest> {
        let requests = c.catalog().product_requests(status.map(Into::into)).send().await?;
        Ok(requests.into_iter().map(Into::into).collect())
    }

    /// Private marketplace: approve a pending request; the product joins the experience.
    fn approve_product_request(c, request_id: String) -> ProductRequest {
        Ok(c.catalog().approve_product_request(&request_id).send().await?.into())
    }

    /// Private marketplace: decline a pending request with a reason; `block` refuses further requests for the
    /// product.
    fn decline_product_request(c, request_id: String, reason: Option<String>, block: bool) -> ProductRequest {
        Ok(c.catalog().decline_product_request(&request_id, reason.as_deref(), block).send().await?.into())
    }
}
