//! AWS Marketplace Catalog in the local engine: the request context, the operation arms, and helpers its parts share.
//!
//! Entities are JSON documents with an owner and a revision. A change set is stored PREPARING with the times it
//! becomes APPLYING and settles; like every clock-driven state here it settles lazily, at the start of the next
//! catalog request: its changes are applied in order inside a savepoint, and the first failing change rolls all of
//! them back and fails the set with per-change error details. Entities a running change set touches are locked.
//!
//! The parts: [`entities`] (the stored entity, visibility, describe and list), [`change_sets`] (the change set
//! lifecycle and the dispatch of each change to its entity type), one file per entity type family for what its changes
//! do ([`products`], [`offers`], [`offer_sets`], [`resale_authorizations`], [`private_marketplace`], which also
//! holds the buyer side of a private marketplace), [`resources`] (tags and resource policies) and [`assessments`].
//! The Agreement engine ([`agreement`]) contracts on this catalog's offers; Discovery, the buyer's view of the
//! catalog, sits beside it in `backend::local::discovery`.

use std::collections::BTreeSet;

use super::Tx;
use rand::distributions::{Alphanumeric, DistString};
use rusqlite::OptionalExtension;
use serde_json::{json, Value};
use time::OffsetDateTime;

// The Agreement engine reaches `organization_of` and `exists` through `super::`.
use super::accounts::organization_of;
use super::exists;
use super::schema::db_error;
use super::LocalConfig;
use crate::error::{Error, ErrorKind, Result};
use crate::model::catalog::private_marketplace::{
    ApproveProductRequestInput, CreateProductRequestInput, DeclineProductRequestInput, GetProcurementStatusInput,
};
use crate::model::catalog::private_marketplace::{ListProductRequestsInput, ProcurementStatus, ProductRequest};
use crate::model::catalog::{
    BatchDescribeError, BatchDescribeOutput, ChangeSetDescription, ChangeSetRef, EntityDescription, EntityDetail,
    ListAssessmentsInput, ListChangeSetsInput, ListChangeSetsOutput, ListEntitiesInput, ListEntitiesOutput,
    StartAssessmentInput, StartChangeSetInput,
};
use crate::model::AccountId;
use crate::operation::catalog::*;
use crate::operation::{CatalogEngine, CatalogRequest, CatalogResponse};

mod agreement;
mod assessments;
mod change_sets;
mod entities;
mod offer_sets;
mod offers;
mod private_marketplace;
mod products;
mod resale_authorizations;
mod resources;
mod solutions;

pub(super) use change_sets::{DEFAULT_APPLICATION, DEFAULT_PREPARATION};
pub(super) use entities::Entity;
pub use private_marketplace::PMP_SERVICE_PRINCIPAL;

pub(super) fn validation(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Validation, "ValidationException", message)
}

pub(super) fn not_found(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::NotFound, "ResourceNotFoundException", message)
}

pub(super) fn in_use(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::ResourceInUse, "ResourceInUseException", message)
}

pub(super) fn random_id(prefix: &str, len: usize) -> String {
    let body = Alphanumeric.sample_string(&mut rand::thread_rng(), len).to_lowercase();
    if prefix.is_empty() {
        body
    } else {
        format!("{prefix}-{body}")
    }
}

/// The context of one request.
pub(super) struct Ctx<'a> {
    pub(super) tx: &'a Tx<'a>,
    pub(super) config: &'a LocalConfig,
    pub(super) now: OffsetDateTime,
    pub(super) caller: &'a AccountId,
}

/// Serve one Marketplace Agreement request inside `tx`: the contracts made on this catalog's offers.
pub(super) fn handle_agreement(
    tx: &Tx<'_>,
    config: &LocalConfig,
    now: OffsetDateTime,
    caller: &AccountId,
    request: crate::operation::AgreementServiceRequest,
) -> Result<crate::operation::AgreementServiceResponse> {
    agreement::handle(&Ctx { tx, config, now, caller }, request)
}

/// Serve one catalog request inside `tx`.
pub(super) fn handle(
    tx: &Tx<'_>,
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
                    out.entity_details.insert(request.entity_id.into(), detail);
                }
                Err(e) => {
                    let error =
                        BatchDescribeError { error_code: e.code().to_owned(), error_message: e.message().to_owned() };
                    out.errors.insert(request.entity_id.into(), error);
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

/// Set every non-null member of `patch` on `target`.
pub(super) fn merge(target: &mut Value, patch: Value) {
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

pub(super) fn string_set(value: &Value) -> BTreeSet<String> {
    value.as_array().map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect()).unwrap_or_default()
}

/// One page of `items` from an opaque offset token, `page<N>` (a shape every API's token pattern allows); shared by
/// the catalog, Discovery and Agreement lists.
pub(super) fn paginate<T>(items: Vec<T>, token: Option<&str>, size: usize) -> Result<(Vec<T>, Option<String>)> {
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
