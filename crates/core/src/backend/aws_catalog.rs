//! The AWS backend's Marketplace Catalog part: requests become `aws-sdk-marketplacecatalog` calls, outputs become the
//! model, errors go through the shared mapping. The Rust SDK has 15 of the 16 operations: `StartAssessment` is not in
//! it, so it is refused here as unsupported.

use std::collections::BTreeMap;

use aws_sdk_marketplacecatalog as mc;
use aws_smithy_types::{Document, Number};
use mc::types as sdk;
use serde_json::Value;

use super::aws::from_sdk_error;
use crate::error::{Error, Result};
use crate::model::catalog::private_marketplace::*;
use crate::model::catalog::*;
use crate::operation::catalog::*;
use crate::operation::CatalogRemote;

/// A JSON value as a Smithy document.
pub(super) fn to_document(value: &Value) -> Document {
    match value {
        Value::Null => Document::Null,
        Value::Bool(b) => Document::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Document::Number(Number::PosInt(u)),
            (_, Some(i), _) => Document::Number(Number::NegInt(i)),
            (_, _, f) => Document::Number(Number::Float(f.unwrap_or_default())),
        },
        Value::String(s) => Document::String(s.clone()),
        Value::Array(a) => Document::Array(a.iter().map(to_document).collect()),
        Value::Object(o) => Document::Object(o.iter().map(|(k, v)| (k.clone(), to_document(v))).collect()),
    }
}

/// A Smithy document as JSON.
pub(super) fn from_document(doc: &Document) -> Value {
    match doc {
        Document::Null => Value::Null,
        Document::Bool(b) => Value::Bool(*b),
        Document::Number(Number::PosInt(u)) => Value::from(*u),
        Document::Number(Number::NegInt(i)) => Value::from(*i),
        Document::Number(Number::Float(f)) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        Document::String(s) => Value::String(s.clone()),
        Document::Array(a) => Value::Array(a.iter().map(from_document).collect()),
        Document::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), from_document(v))).collect()),
    }
}

fn sdk_tag(tag: &Tag) -> Result<sdk::Tag> {
    sdk::Tag::builder()
        .key(&tag.key)
        .value(&tag.value)
        .build()
        .map_err(|e| Error::validation(vec![crate::error::FieldError::new("Tags", e.to_string())]))
}

fn tags(list: &[Tag]) -> Result<Option<Vec<sdk::Tag>>> {
    if list.is_empty() {
        return Ok(None);
    }
    list.iter().map(sdk_tag).collect::<Result<Vec<_>>>().map(Some)
}

/// A change set time as the service writes it (`2026-01-31T23:59:59Z`, or any RFC 3339 time); one it cannot read
/// is left out rather than failing the whole answer.
fn catalog_time(value: Option<&str>) -> Option<time::OffsetDateTime> {
    let value = value?;
    parse_time(value, "Time")
        .ok()
        .or_else(|| time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339).ok())
}

fn entity_ref(e: Option<sdk::Entity>) -> EntityRef {
    e.map(|e| EntityRef { entity_type: e.r#type, identifier: e.identifier })
        .unwrap_or(EntityRef { entity_type: String::new(), identifier: None })
}

fn filters(list: &[Filter]) -> Option<Vec<sdk::Filter>> {
    (!list.is_empty()).then(|| {
        list.iter()
            .map(|f| sdk::Filter::builder().name(&f.name).set_value_list(Some(f.value_list.clone())).build())
            .collect()
    })
}

fn sort(s: &Option<Sort>) -> Option<sdk::Sort> {
    s.as_ref().map(|s| {
        sdk::Sort::builder()
            .set_sort_by(s.sort_by.clone())
            .set_sort_order(s.sort_order.as_ref().map(|o| sdk::SortOrder::from(o.as_str())))
            .build()
    })
}

fn values(f: &Option<ValueFilter>) -> Option<Vec<String>> {
    f.as_ref().map(|f| f.value_list.clone()).filter(|v| !v.is_empty())
}

fn wildcard(f: &Option<ValueFilter>) -> Option<String> {
    f.as_ref().and_then(|f| f.wild_card_value.clone())
}

/// The typed filters the adapter translates: offers and SaaS, AMI and container products.
fn entity_type_filters(f: &EntityTypeFilters) -> Result<sdk::EntityTypeFilters> {
    if let Some(o) = &f.offer {
        let state = values(&o.state).map(|v| v.iter().map(|s| sdk::OfferStateString::from(s.as_str())).collect());
        let targeting =
            values(&o.targeting).map(|v| v.iter().map(|s| sdk::OfferTargetingString::from(s.as_str())).collect());
        let built = sdk::OfferFilters::builder()
            .set_entity_id(
                values(&o.entity_id).map(|v| sdk::OfferEntityIdFilter::builder().set_value_list(Some(v)).build()),
            )
            .set_name(o.name.as_ref().map(|_| {
                sdk::OfferNameFilter::builder()
                    .set_value_list(values(&o.name))
                    .set_wild_card_value(wildcard(&o.name))
                    .build()
            }))
            .set_product_id(
                values(&o.product_id).map(|v| sdk::OfferProductIdFilter::builder().set_value_list(Some(v)).build()),
            )
            .set_resale_authorization_id(
                values(&o.resale_authorization_id)
                    .map(|v| sdk::OfferResaleAuthorizationIdFilter::builder().set_value_list(Some(v)).build()),
            )
            .set_buyer_accounts(
                wildcard(&o.buyer_accounts)
                    .map(|w| sdk::OfferBuyerAccountsFilter::builder().wild_card_value(w).build()),
            )
            .set_state(state.map(|v| sdk::OfferStateFilter::builder().set_value_list(Some(v)).build()))
            .set_targeting(targeting.map(|v| sdk::OfferTargetingFilter::builder().set_value_list(Some(v)).build()))
            .build();
        return Ok(sdk::EntityTypeFilters::OfferFilters(built));
    }
    if let Some(p) = &f.saas_product {
        let visibility = values(&p.visibility)
            .map(|v| v.iter().map(|s| sdk::SaaSProductVisibilityString::from(s.as_str())).collect());
        return Ok(sdk::EntityTypeFilters::SaaSProductFilters(
            sdk::SaaSProductFilters::builder()
                .set_entity_id(
                    values(&p.entity_id)
                        .map(|v| sdk::SaaSProductEntityIdFilter::builder().set_value_list(Some(v)).build()),
                )
                .set_product_title(p.product_title.as_ref().map(|_| {
                    sdk::SaaSProductTitleFilter::builder()
                        .set_value_list(values(&p.product_title))
                        .set_wild_card_value(wildcard(&p.product_title))
                        .build()
                }))
                .set_visibility(
                    visibility.map(|v| sdk::SaaSProductVisibilityFilter::builder().set_value_list(Some(v)).build()),
                )
                .build(),
        ));
    }
    if let Some(p) = &f.ami_product {
        let visibility = values(&p.visibility)
            .map(|v| v.iter().map(|s| sdk::AmiProductVisibilityString::from(s.as_str())).collect());
        return Ok(sdk::EntityTypeFilters::AmiProductFilters(
            sdk::AmiProductFilters::builder()
                .set_entity_id(
                    values(&p.entity_id)
                        .map(|v| sdk::AmiProductEntityIdFilter::builder().set_value_list(Some(v)).build()),
                )
                .set_product_title(p.product_title.as_ref().map(|_| {
                    sdk::AmiProductTitleFilter::builder()
                        .set_value_list(values(&p.product_title))
                        .set_wild_card_value(wildcard(&p.product_title))
                        .build()
                }))
                .set_visibility(
                    visibility.map(|v| sdk::AmiProductVisibilityFilter::builder().set_value_list(Some(v)).build()),
                )
                .build(),
        ));
    }
    if let Some(p) = &f.container_product {
        let visibility = values(&p.visibility)
            .map(|v| v.iter().map(|s| sdk::ContainerProductVisibilityString::from(s.as_str())).collect());
        return Ok(sdk::EntityTypeFilters::ContainerProductFilters(
            sdk::ContainerProductFilters::builder()
                .set_entity_id(
                    values(&p.entity_id)
                        .map(|v| sdk::ContainerProductEntityIdFilter::builder().set_value_list(Some(v)).build()),
                )
                .set_product_title(p.product_title.as_ref().map(|_| {
                    sdk::ContainerProductTitleFilter::builder()
                        .set_value_list(values(&p.product_title))
                        .set_wild_card_value(wildcard(&p.product_title))
                        .build()
                }))
                .set_visibility(
                    visibility
                        .map(|v| sdk::ContainerProductVisibilityFilter::builder().set_value_list(Some(v)).build()),
                )
                .build(),
        ));
    }
    Err(Error::unsupported(&format!("ListEntities with EntityTypeFilters {}", f.members().join(", ")), "aws"))
}

fn entity_type_sort(s: &EntityTypeSort) -> Result<sdk::EntityTypeSort> {
    let Some((name, sort)) = s.0.iter().next() else {
        return Err(Error::invalid_field("EntityTypeSort", "set exactly one member"));
    };
    let order = sort.sort_order.as_ref().map(|o| sdk::SortOrder::from(o.as_str()));
    let by = sort.sort_by.as_deref();
    Ok(match name.as_str() {
        "OfferSort" => sdk::EntityTypeSort::OfferSort(
            sdk::OfferSort::builder().set_sort_by(by.map(sdk::OfferSortBy::from)).set_sort_order(order).build(),
        ),
        "SaaSProductSort" => sdk::EntityTypeSort::SaaSProductSort(
            sdk::SaaSProductSort::builder()
                .set_sort_by(by.map(sdk::SaaSProductSortBy::from))
                .set_sort_order(order)
                .build(),
        ),
        "AmiProductSort" => sdk::EntityTypeSort::AmiProductSort(
            sdk::AmiProductSort::builder()
                .set_sort_by(by.map(sdk::AmiProductSortBy::from))
                .set_sort_order(order)
                .build(),
        ),
        "ContainerProductSort" => sdk::EntityTypeSort::ContainerProductSort(
            sdk::ContainerProductSort::builder()
                .set_sort_by(by.map(sdk::ContainerProductSortBy::from))
                .set_sort_order(order)
                .build(),
        ),
        other => return Err(Error::unsupported(&format!("ListEntities with EntityTypeSort {other}"), "aws")),
    })
}

fn product_summary(title: Option<String>, visibility: Option<&str>) -> ProductSummary {
    ProductSummary { product_title: title, visibility: visibility.map(str::to_owned) }
}

fn entity_summary(e: sdk::EntitySummary) -> EntitySummary {
    EntitySummary {
        name: e.name,
        entity_type: e.entity_type.unwrap_or_default(),
        entity_id: e.entity_id.unwrap_or_default().into(),
        entity_arn: e.entity_arn.unwrap_or_default(),
        last_modified_date: e.last_modified_date,
        visibility: e.visibility,
        ami_product_summary: e
            .ami_product_summary
            .map(|p| product_summary(p.product_title, p.visibility.as_ref().map(|v| v.as_str()))),
        container_product_summary: e
            .container_product_summary
            .map(|p| product_summary(p.product_title, p.visibility.as_ref().map(|v| v.as_str()))),
        data_product_summary: e
            .data_product_summary
            .map(|p| product_summary(p.product_title, p.visibility.as_ref().map(|v| v.as_str()))),
        saas_product_summary: e
            .saa_s_product_summary
            .map(|p| product_summary(p.product_title, p.visibility.as_ref().map(|v| v.as_str()))),
        machine_learning_product_summary: e
            .machine_learning_product_summary
            .map(|p| product_summary(p.product_title, p.visibility.as_ref().map(|v| v.as_str()))),
        offer_summary: e.offer_summary.map(|o| OfferSummary {
            name: o.name,
            product_id: o.product_id,
            resale_authorization_id: o.resale_authorization_id,
            release_date: o.release_date,
            availability_end_date: o.availability_end_date,
            buyer_accounts: o.buyer_accounts.unwrap_or_default(),
            state: o.state.map(|s| s.as_str().to_owned()),
            targeting: o.targeting.unwrap_or_default().iter().map(|t| t.as_str().to_owned()).collect(),
            target_agreement_id: o.target_agreement_id,
            offer_set_id: o.offer_set_id,
        }),
        offer_set_summary: e.offer_set_summary.map(|o| OfferSetSummary {
            name: o.name,
            state: o.state.map(|s| s.as_str().to_owned()),
            release_date: o.release_date,
            associated_offer_ids: o.associated_offer_ids.unwrap_or_default(),
            solution_id: o.solution_id,
        }),
    }
}

fn assessment_from(
    arn: Option<String>,
    id: Option<String>,
    framework: Option<String>,
    target: Option<sdk::AssessmentTargetSummary>,
    result: Option<sdk::AssessmentResult>,
    created: Option<String>,
    expires: Option<String>,
) -> Assessment {
    Assessment {
        assessment_arn: arn.unwrap_or_default(),
        assessment_id: id.unwrap_or_default(),
        framework_id: framework.unwrap_or_default(),
        assessment_target_summary: target
            .map(|t| AssessmentTarget {
                entity_id: t.entity_id.map(Into::into),
                change_set_id: t.change_set_id.map(Into::into),
            })
            .unwrap_or_default(),
        assessment_result: result.map(|r| r.as_str().to_owned()),
        created_at: created.unwrap_or_default(),
        expires_at: expires,
        control_assessments: Vec::new(),
        framework_summary: None,
    }
}

/// Private marketplace buyer actions have no public AWS API (AWS serves them only in its console).
fn private_marketplace_unsupported(operation: &str) -> Error {
    Error::unsupported(
        &format!("{operation} (private marketplace buyer actions have no public AWS API; use the local backend or the emulator)"),
        "aws",
    )
}

/// The catalog's operations over `aws-sdk-marketplacecatalog`.
#[derive(Debug)]
pub(super) struct Catalog<'a>(pub(super) &'a mc::Client);

impl CatalogRemote for Catalog<'_> {
    async fn start_change_set(&self, input: StartChangeSetInput) -> Result<ChangeSetRef> {
        let op = "StartChangeSet";
        let c = self.0;

        let mut changes = Vec::with_capacity(input.change_set.len());
        for change in &input.change_set {
            let entity = sdk::Entity::builder()
                .r#type(&change.entity.entity_type)
                .set_identifier(change.entity.identifier.clone())
                .build()
                .map_err(|e| Error::invalid_field("ChangeSet.Entity", e.to_string()))?;
            let built = sdk::Change::builder()
                .change_type(&change.change_type)
                .entity(entity)
                .set_entity_tags(tags(&change.entity_tags)?)
                .set_details(change.details.clone())
                .set_details_document(change.details_document.as_ref().map(to_document))
                .set_change_name(change.change_name.clone())
                .build()
                .map_err(|e| Error::invalid_field("ChangeSet", e.to_string()))?;
            changes.push(built);
        }
        let out = c
            .start_change_set()
            .catalog(&input.catalog)
            .set_change_set(Some(changes))
            .set_change_set_name(input.change_set_name)
            .set_client_request_token(input.client_request_token)
            .set_change_set_tags(tags(&input.change_set_tags)?)
            .set_intent(input.intent.map(|i| sdk::Intent::from(i.as_str())))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ChangeSetRef {
            change_set_id: out.change_set_id.unwrap_or_default().into(),
            change_set_arn: out.change_set_arn.unwrap_or_default(),
        })
    }

    async fn describe_change_set(&self, input: DescribeChangeSetInput) -> Result<ChangeSetDescription> {
        let op = "DescribeChangeSet";
        let c = self.0;
        let DescribeChangeSetInput { catalog: name, change_set_id, .. } = input;
        let out = c
            .describe_change_set()
            .catalog(name)
            .change_set_id(change_set_id)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ChangeSetDescription {
            change_set_id: out.change_set_id.unwrap_or_default().into(),
            change_set_arn: out.change_set_arn.unwrap_or_default(),
            change_set_name: out.change_set_name,
            intent: out.intent.map(|i| Intent::from(i.as_str())),
            start_time: catalog_time(out.start_time.as_deref()),
            end_time: catalog_time(out.end_time.as_deref()),
            status: out.status.map(|s| ChangeSetStatus::from(s.as_str())).unwrap_or(ChangeSetStatus::Preparing),
            failure_code: out.failure_code.map(|f| FailureCode::from(f.as_str())),
            failure_description: out.failure_description,
            changes: out
                .change_set
                .unwrap_or_default()
                .into_iter()
                .map(|s| ChangeSummary {
                    change_type: s.change_type.unwrap_or_default(),
                    entity: entity_ref(s.entity),
                    details: s.details,
                    details_document: s.details_document.as_ref().map(from_document),
                    error_detail_list: s
                        .error_detail_list
                        .unwrap_or_default()
                        .into_iter()
                        .map(|e| {
                            ErrorDetail::new(e.error_code.unwrap_or_default(), e.error_message.unwrap_or_default())
                        })
                        .collect(),
                    change_name: s.change_name,
                })
                .collect(),
        })
    }

    async fn cancel_change_set(&self, input: CancelChangeSetInput) -> Result<ChangeSetRef> {
        let op = "CancelChangeSet";
        let c = self.0;
        let CancelChangeSetInput { catalog: name, change_set_id, .. } = input;
        let out = c
            .cancel_change_set()
            .catalog(name)
            .change_set_id(change_set_id)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ChangeSetRef {
            change_set_id: out.change_set_id.unwrap_or_default().into(),
            change_set_arn: out.change_set_arn.unwrap_or_default(),
        })
    }

    async fn list_change_sets(&self, input: ListChangeSetsInput) -> Result<ListChangeSetsOutput> {
        let op = "ListChangeSets";
        let c = self.0;

        let out = c
            .list_change_sets()
            .catalog(input.catalog)
            .set_filter_list(filters(&input.filter_list))
            .set_sort(sort(&input.sort))
            .set_max_results(input.max_results)
            .set_next_token(input.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ListChangeSetsOutput {
            change_set_summary_list: out
                .change_set_summary_list
                .unwrap_or_default()
                .into_iter()
                .map(|s| ChangeSetSummary {
                    change_set_id: s.change_set_id.unwrap_or_default().into(),
                    change_set_arn: s.change_set_arn.unwrap_or_default(),
                    change_set_name: s.change_set_name,
                    start_time: catalog_time(s.start_time.as_deref()),
                    end_time: catalog_time(s.end_time.as_deref()),
                    status: s.status.map(|x| ChangeSetStatus::from(x.as_str())).unwrap_or(ChangeSetStatus::Preparing),
                    entity_id_list: s.entity_id_list.unwrap_or_default(),
                    failure_code: s.failure_code.map(|f| FailureCode::from(f.as_str())),
                })
                .collect(),
            next_token: out.next_token,
        })
    }

    async fn describe_entity(&self, input: DescribeEntityInput) -> Result<EntityDescription> {
        let op = "DescribeEntity";
        let c = self.0;
        let DescribeEntityInput { catalog: name, entity_id, .. } = input;
        let out =
            c.describe_entity().catalog(name).entity_id(entity_id).send().await.map_err(|e| from_sdk_error(op, e))?;
        Ok(EntityDescription {
            entity_type: out.entity_type.unwrap_or_default(),
            entity_identifier: out.entity_identifier.unwrap_or_default(),
            entity_arn: out.entity_arn.unwrap_or_default(),
            last_modified_date: out.last_modified_date,
            details: out.details,
            details_document: out.details_document.as_ref().map(from_document),
        })
    }

    async fn batch_describe_entities(&self, input: BatchDescribeEntitiesInput) -> Result<BatchDescribeOutput> {
        let op = "BatchDescribeEntities";
        let c = self.0;

        let list = input
            .entity_request_list
            .iter()
            .map(|r| sdk::EntityRequest::builder().catalog(&r.catalog).entity_id(r.entity_id.as_str()).build())
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| Error::invalid_field("EntityRequestList", e.to_string()))?;
        let out = c
            .batch_describe_entities()
            .set_entity_request_list(Some(list))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let entity_details: BTreeMap<String, EntityDetail> = out
            .entity_details
            .unwrap_or_default()
            .into_iter()
            .map(|(id, d)| {
                let detail = EntityDetail {
                    entity_type: d.entity_type.unwrap_or_default(),
                    entity_arn: d.entity_arn.unwrap_or_default(),
                    entity_identifier: d.entity_identifier.unwrap_or_default(),
                    last_modified_date: d.last_modified_date,
                    details_document: d.details_document.as_ref().map(from_document),
                };
                (id, detail)
            })
            .collect();
        let errors = out
            .errors
            .unwrap_or_default()
            .into_iter()
            .map(|(id, e)| {
                (
                    id,
                    BatchDescribeError {
                        error_code: e.error_code.unwrap_or_default(),
                        error_message: e.error_message.unwrap_or_default(),
                    },
                )
            })
            .collect();
        Ok(BatchDescribeOutput { entity_details, errors })
    }

    async fn list_entities(&self, input: ListEntitiesInput) -> Result<ListEntitiesOutput> {
        let op = "ListEntities";
        let c = self.0;

        let out = c
            .list_entities()
            .catalog(input.catalog)
            .entity_type(input.entity_type)
            .set_filter_list(filters(&input.filter_list))
            .set_sort(sort(&input.sort))
            .set_max_results(input.max_results)
            .set_next_token(input.next_token)
            .set_ownership_type(input.ownership_type.map(|o| sdk::OwnershipType::from(o.as_str())))
            .set_entity_type_filters(input.entity_type_filters.as_ref().map(entity_type_filters).transpose()?)
            .set_entity_type_sort(input.entity_type_sort.as_ref().map(entity_type_sort).transpose()?)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ListEntitiesOutput {
            entity_summary_list: out.entity_summary_list.unwrap_or_default().into_iter().map(entity_summary).collect(),
            next_token: out.next_token,
        })
    }

    async fn tag_resource(&self, input: TagResourceInput) -> Result<()> {
        let op = "TagResource";
        let c = self.0;

        c.tag_resource()
            .resource_arn(input.resource_arn)
            .set_tags(tags(&input.tags)?)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn untag_resource(&self, input: UntagResourceInput) -> Result<()> {
        let op = "UntagResource";
        let c = self.0;

        c.untag_resource()
            .resource_arn(input.resource_arn)
            .set_tag_keys(Some(input.tag_keys))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn list_tags_for_resource(&self, input: ListTagsForResourceInput) -> Result<ListTagsForResourceOutput> {
        let op = "ListTagsForResource";
        let c = self.0;

        let out = c
            .list_tags_for_resource()
            .resource_arn(input.resource_arn)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ListTagsForResourceOutput::new(
            out.resource_arn.unwrap_or_default(),
            out.tags.unwrap_or_default().into_iter().map(|t| Tag { key: t.key, value: t.value }).collect(),
        ))
    }

    async fn put_resource_policy(&self, input: PutResourcePolicyInput) -> Result<()> {
        let op = "PutResourcePolicy";
        let c = self.0;

        c.put_resource_policy()
            .resource_arn(input.resource_arn)
            .policy(input.policy)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn get_resource_policy(&self, input: GetResourcePolicyInput) -> Result<String> {
        let op = "GetResourcePolicy";
        let c = self.0;
        let GetResourcePolicyInput { resource_arn, .. } = input;
        let out = c.get_resource_policy().resource_arn(resource_arn).send().await.map_err(|e| from_sdk_error(op, e))?;
        Ok(out.policy.unwrap_or_default())
    }

    async fn delete_resource_policy(&self, input: DeleteResourcePolicyInput) -> Result<()> {
        let op = "DeleteResourcePolicy";
        let c = self.0;
        let DeleteResourcePolicyInput { resource_arn, .. } = input;
        c.delete_resource_policy().resource_arn(resource_arn).send().await.map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn describe_assessment(&self, input: DescribeAssessmentInput) -> Result<DescribeAssessmentOutput> {
        let op = "DescribeAssessment";
        let c = self.0;

        let out = c
            .describe_assessment()
            .catalog(input.catalog)
            .assessment_identifier(input.assessment_identifier)
            .set_max_results(input.max_results)
            .set_next_token(input.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let mut assessment = assessment_from(
            out.assessment_arn,
            out.assessment_id,
            out.framework_id,
            out.assessment_target_summary,
            out.assessment_result,
            out.created_at,
            out.expires_at,
        );
        assessment.control_assessments = out
            .control_assessments
            .unwrap_or_default()
            .into_iter()
            .map(|a| ControlAssessment {
                control_id: a.control_id.unwrap_or_default(),
                control_assessment_result: a
                    .control_assessment_result
                    .map(|r| ControlResult::from(r.as_str()))
                    .unwrap_or(ControlResult::NotExecuted),
                verification_source: None,
                errors: a
                    .errors
                    .unwrap_or_default()
                    .into_iter()
                    .map(|e| ControlError { code: e.code.unwrap_or_default(), message: e.message.unwrap_or_default() })
                    .collect(),
            })
            .collect();
        Ok(DescribeAssessmentOutput::new(assessment, out.next_token))
    }

    async fn list_assessments(&self, input: ListAssessmentsInput) -> Result<ListAssessmentsOutput> {
        let op = "ListAssessments";
        let c = self.0;

        let target = input.assessment_target_filter.map(|t| {
            sdk::AssessmentTargetFilter::builder()
                .set_entity_id(t.entity_id.map(Into::into))
                .set_change_set_id(t.change_set_id.map(Into::into))
                .build()
        });
        let out = c
            .list_assessments()
            .catalog(input.catalog)
            .set_framework_id(input.framework_id)
            .set_assessment_target_filter(target)
            .set_max_results(input.max_results)
            .set_next_token(input.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let assessments = out
            .assessment_summary_list
            .unwrap_or_default()
            .into_iter()
            .map(|a| {
                assessment_from(
                    a.assessment_arn,
                    a.assessment_id,
                    a.framework_id,
                    a.assessment_target_summary,
                    a.assessment_result,
                    a.created_at,
                    a.expires_at,
                )
            })
            .collect();
        Ok(ListAssessmentsOutput::new(assessments, out.next_token))
    }

    async fn create_product_request(&self, _: CreateProductRequestInput) -> Result<ProductRequest> {
        Err(private_marketplace_unsupported("CreateProductRequest"))
    }

    async fn list_product_requests(&self, _: ListProductRequestsInput) -> Result<Vec<ProductRequest>> {
        Err(private_marketplace_unsupported("ListProductRequests"))
    }

    async fn approve_product_request(&self, _: ApproveProductRequestInput) -> Result<ProductRequest> {
        Err(private_marketplace_unsupported("ApproveProductRequest"))
    }

    async fn decline_product_request(&self, _: DeclineProductRequestInput) -> Result<ProductRequest> {
        Err(private_marketplace_unsupported("DeclineProductRequest"))
    }

    async fn get_procurement_status(&self, _: GetProcurementStatusInput) -> Result<ProcurementStatus> {
        Err(private_marketplace_unsupported("GetProcurementStatus"))
    }

    async fn start_assessment(&self, _: StartAssessmentInput) -> Result<String> {
        Err(Error::unsupported(
            "StartAssessment (not in aws-sdk-marketplacecatalog; use the local backend or another SDK)",
            "aws",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn documents_round_trip() {
        let value = json!({"a": [1, -2, 2.5, "x", true, null], "b": {"c": {}}});
        assert_eq!(from_document(&to_document(&value)), value);
    }
}
