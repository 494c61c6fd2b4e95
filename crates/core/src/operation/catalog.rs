//! The sixteen Marketplace Catalog operations as one request enum and one response enum, plus the private
//! marketplace's buyer operations, which AWS serves only in its console (see
//! [`crate::model::catalog::private_marketplace`]).
//!
//! Inputs of the POST operations are the model's serde structures (their JSON is the wire body); the GET, PATCH and
//! DELETE operations take a few query-string members, held here as plain fields.

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::model::catalog::private_marketplace::{
    CreateProductRequestInput, DeclineProductRequestInput, ListProductRequestsInput, ProcurementStatus, ProductIdInput,
    ProductRequest, RequestIdInput,
};
use crate::model::catalog::{
    validate_catalog, validate_resource_arn, validate_resource_id, validate_tags, Assessment, BatchDescribeOutput,
    ChangeSetDescription, ChangeSetRef, EntityDescription, EntityRequest, ListAssessmentsInput, ListChangeSetsInput,
    ListChangeSetsOutput, ListEntitiesInput, ListEntitiesOutput, OwnershipType, StartAssessmentInput,
    StartChangeSetInput, Tag,
};
use crate::validate::Validator;

/// `BatchDescribeEntities`'s input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BatchDescribeInput {
    /// 1–20 entities.
    pub entity_request_list: Vec<EntityRequest>,
}

/// `TagResource`'s input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagResourceInput {
    /// The entity or change set.
    pub resource_arn: String,
    /// 1–200 tags.
    pub tags: Vec<Tag>,
}

/// `UntagResource`'s input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UntagResourceInput {
    /// The entity or change set.
    pub resource_arn: String,
    /// 1–200 keys.
    pub tag_keys: Vec<String>,
}

/// `PutResourcePolicy`'s input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutResourcePolicyInput {
    /// The entity.
    pub resource_arn: String,
    /// An IAM-style policy document (1–10240 characters).
    pub policy: String,
}

/// An input naming one resource by ARN (`ListTagsForResource`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResourceArnInput {
    /// The resource.
    pub resource_arn: String,
}

/// `DescribeAssessment`'s input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeAssessmentInput {
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// `assessment-...` or its ARN.
    pub assessment_identifier: String,
    /// Controls per page (1–100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page of controls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// A Marketplace Catalog call.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CatalogRequest {
    /// `BatchDescribeEntities`.
    BatchDescribeEntities(BatchDescribeInput),
    /// `CancelChangeSet` (PATCH, query string).
    CancelChangeSet {
        /// Always `AWSMarketplace`.
        catalog: String,
        /// The change set.
        change_set_id: String,
    },
    /// `DeleteResourcePolicy` (DELETE, query string).
    DeleteResourcePolicy {
        /// The entity.
        resource_arn: String,
    },
    /// `DescribeAssessment`.
    DescribeAssessment(DescribeAssessmentInput),
    /// `DescribeChangeSet` (GET, query string).
    DescribeChangeSet {
        /// Always `AWSMarketplace`.
        catalog: String,
        /// The change set.
        change_set_id: String,
    },
    /// `DescribeEntity` (GET, query string).
    DescribeEntity {
        /// Always `AWSMarketplace`.
        catalog: String,
        /// The entity.
        entity_id: String,
    },
    /// `GetResourcePolicy` (GET, query string).
    GetResourcePolicy {
        /// The entity.
        resource_arn: String,
    },
    /// `ListAssessments`.
    ListAssessments(ListAssessmentsInput),
    /// `ListChangeSets`.
    ListChangeSets(ListChangeSetsInput),
    /// `ListEntities`.
    ListEntities(Box<ListEntitiesInput>),
    /// `ListTagsForResource`.
    ListTagsForResource(ResourceArnInput),
    /// `PutResourcePolicy`.
    PutResourcePolicy(PutResourcePolicyInput),
    /// `StartAssessment`.
    StartAssessment(StartAssessmentInput),
    /// `StartChangeSet`.
    StartChangeSet(StartChangeSetInput),
    /// `TagResource`.
    TagResource(TagResourceInput),
    /// `UntagResource`.
    UntagResource(UntagResourceInput),
    /// Private marketplace: a user asks for a product to be added to the experience governing their account.
    CreateProductRequest(CreateProductRequestInput),
    /// Private marketplace: the caller's requests, or (administrators) the requests of their experiences.
    ListProductRequests(ListProductRequestsInput),
    /// Private marketplace: an administrator approves a request, adding the product.
    ApproveProductRequest(RequestIdInput),
    /// Private marketplace: an administrator declines a request, optionally blocking further ones.
    DeclineProductRequest(DeclineProductRequestInput),
    /// Private marketplace: whether the caller may procure a product.
    GetProcurementStatus(ProductIdInput),
}

/// A Marketplace Catalog answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CatalogResponse {
    /// No output (policies, tags).
    Empty,
    /// `BatchDescribeEntities`.
    BatchDescribe(BatchDescribeOutput),
    /// `StartChangeSet` and `CancelChangeSet`.
    ChangeSetRef(ChangeSetRef),
    /// `DescribeChangeSet`.
    ChangeSet(ChangeSetDescription),
    /// `DescribeEntity`.
    Entity(EntityDescription),
    /// `GetResourcePolicy`.
    Policy(String),
    /// `ListChangeSets`.
    ChangeSets(ListChangeSetsOutput),
    /// `ListEntities`.
    Entities(ListEntitiesOutput),
    /// `ListTagsForResource`.
    Tags {
        /// The resource.
        resource_arn: String,
        /// Its tags.
        tags: Vec<Tag>,
    },
    /// `StartAssessment`.
    AssessmentId(String),
    /// `DescribeAssessment`, with the next page of controls.
    Assessment {
        /// The assessment.
        assessment: Assessment,
        /// The next page of controls.
        next_token: Option<String>,
    },
    /// A private marketplace user request.
    ProductRequest(ProductRequest),
    /// Private marketplace user requests.
    ProductRequests(Vec<ProductRequest>),
    /// Whether a product may be procured.
    ProcurementStatus(ProcurementStatus),
    /// `ListAssessments`.
    Assessments {
        /// This page.
        assessments: Vec<Assessment>,
        /// The next page.
        next_token: Option<String>,
    },
}

impl CatalogRequest {
    /// The operation's name.
    pub fn operation_name(&self) -> &'static str {
        match self {
            CatalogRequest::BatchDescribeEntities(_) => "BatchDescribeEntities",
            CatalogRequest::CancelChangeSet { .. } => "CancelChangeSet",
            CatalogRequest::DeleteResourcePolicy { .. } => "DeleteResourcePolicy",
            CatalogRequest::DescribeAssessment(_) => "DescribeAssessment",
            CatalogRequest::DescribeChangeSet { .. } => "DescribeChangeSet",
            CatalogRequest::DescribeEntity { .. } => "DescribeEntity",
            CatalogRequest::GetResourcePolicy { .. } => "GetResourcePolicy",
            CatalogRequest::ListAssessments(_) => "ListAssessments",
            CatalogRequest::ListChangeSets(_) => "ListChangeSets",
            CatalogRequest::ListEntities(_) => "ListEntities",
            CatalogRequest::ListTagsForResource(_) => "ListTagsForResource",
            CatalogRequest::PutResourcePolicy(_) => "PutResourcePolicy",
            CatalogRequest::StartAssessment(_) => "StartAssessment",
            CatalogRequest::StartChangeSet(_) => "StartChangeSet",
            CatalogRequest::TagResource(_) => "TagResource",
            CatalogRequest::UntagResource(_) => "UntagResource",
            CatalogRequest::CreateProductRequest(_) => "CreateProductRequest",
            CatalogRequest::ListProductRequests(_) => "ListProductRequests",
            CatalogRequest::ApproveProductRequest(_) => "ApproveProductRequest",
            CatalogRequest::DeclineProductRequest(_) => "DeclineProductRequest",
            CatalogRequest::GetProcurementStatus(_) => "GetProcurementStatus",
        }
    }

    /// Check the request against the model's member rules.
    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        match self {
            CatalogRequest::BatchDescribeEntities(input) => {
                let n = input.entity_request_list.len();
                if n == 0 || n > 20 {
                    v.fail("EntityRequestList", format!("must hold 1 to 20 entities, got {n}"));
                }
                for (i, request) in input.entity_request_list.iter().enumerate() {
                    validate_catalog(&mut v, &format!("EntityRequestList[{i}].Catalog"), &request.catalog);
                    validate_resource_id(&mut v, &format!("EntityRequestList[{i}].EntityId"), &request.entity_id);
                }
            }
            CatalogRequest::CancelChangeSet { catalog, change_set_id }
            | CatalogRequest::DescribeChangeSet { catalog, change_set_id } => {
                validate_catalog(&mut v, "catalog", catalog);
                validate_resource_id(&mut v, "changeSetId", change_set_id);
            }
            CatalogRequest::DescribeEntity { catalog, entity_id } => {
                validate_catalog(&mut v, "catalog", catalog);
                validate_resource_id(&mut v, "entityId", entity_id);
            }
            CatalogRequest::DeleteResourcePolicy { resource_arn }
            | CatalogRequest::GetResourcePolicy { resource_arn } => {
                validate_resource_arn(&mut v, "resourceArn", resource_arn)
            }
            CatalogRequest::ListTagsForResource(input) => {
                validate_resource_arn(&mut v, "ResourceArn", &input.resource_arn)
            }
            CatalogRequest::PutResourcePolicy(input) => {
                validate_resource_arn(&mut v, "ResourceArn", &input.resource_arn);
                if v.length("Policy", &input.policy, 1, 10240)
                    && !input.policy.chars().all(|c| matches!(c, '\t' | '\n' | '\r' | ' '..='\u{FF}'))
                {
                    v.fail("Policy", r"must match ^[\u0009\u000A\u000D\u0020-\u00FF]+$");
                }
            }
            CatalogRequest::TagResource(input) => {
                validate_resource_arn(&mut v, "ResourceArn", &input.resource_arn);
                if input.tags.is_empty() {
                    v.fail("Tags", "must hold 1 to 200 tags");
                }
                validate_tags(&mut v, "Tags", &input.tags, 200);
            }
            CatalogRequest::UntagResource(input) => {
                validate_resource_arn(&mut v, "ResourceArn", &input.resource_arn);
                if input.tag_keys.is_empty() || input.tag_keys.len() > 200 {
                    v.fail("TagKeys", "must hold 1 to 200 keys");
                }
                for (i, key) in input.tag_keys.iter().enumerate() {
                    v.length(&format!("TagKeys[{i}]"), key, 1, 128);
                }
            }
            CatalogRequest::StartChangeSet(input) => return input.validate(),
            CatalogRequest::ListChangeSets(input) => {
                validate_catalog(&mut v, "Catalog", &input.catalog);
                if let Some(max) = input.max_results {
                    v.range("MaxResults", i64::from(max), 1, 20);
                }
                v.optional_length("NextToken", input.next_token.as_deref(), 1, 4096);
                if input.filter_list.len() > 8 {
                    v.fail("FilterList", "at most 8 filters");
                }
            }
            CatalogRequest::ListEntities(input) => {
                validate_catalog(&mut v, "Catalog", &input.catalog);
                v.length("EntityType", &input.entity_type, 1, 255);
                if let Some(max) = input.max_results {
                    v.range("MaxResults", i64::from(max), 1, 50);
                }
                v.optional_length("NextToken", input.next_token.as_deref(), 1, 4096);
                if input.filter_list.len() > 8 {
                    v.fail("FilterList", "at most 8 filters");
                }
                if let Some(ownership) = &input.ownership_type {
                    if !ownership.is_known() {
                        v.fail("OwnershipType", format!("must be one of {}", OwnershipType::known_values()));
                    }
                }
                if let Some(filters) = &input.entity_type_filters {
                    let members = filters.members();
                    if members.len() != 1 {
                        v.fail("EntityTypeFilters", format!("set exactly one member, got {}", members.len()));
                    } else if !members[0].starts_with(input.entity_type.as_str()) {
                        v.fail("EntityTypeFilters", format!("{} does not filter {}", members[0], input.entity_type));
                    }
                }
                if let Some(sort) = &input.entity_type_sort {
                    if sort.0.len() != 1 {
                        v.fail("EntityTypeSort", format!("set exactly one member, got {}", sort.0.len()));
                    }
                }
            }
            CatalogRequest::StartAssessment(input) => {
                validate_catalog(&mut v, "Catalog", &input.catalog);
                v.length("FrameworkId", &input.framework_id, 1, 255);
                validate_resource_id(&mut v, "EntityId", &input.entity_id);
                v.optional_length("ClientToken", input.client_token.as_deref(), 1, 64);
            }
            CatalogRequest::DescribeAssessment(input) => {
                validate_catalog(&mut v, "Catalog", &input.catalog);
                v.length("AssessmentIdentifier", &input.assessment_identifier, 1, 2048);
                if let Some(max) = input.max_results {
                    v.range("MaxResults", i64::from(max), 1, 100);
                }
            }
            CatalogRequest::ListAssessments(input) => {
                validate_catalog(&mut v, "Catalog", &input.catalog);
                if let Some(max) = input.max_results {
                    v.range("MaxResults", i64::from(max), 1, 100);
                }
            }
            CatalogRequest::CreateProductRequest(CreateProductRequestInput { product_id })
            | CatalogRequest::GetProcurementStatus(ProductIdInput { product_id }) => {
                validate_resource_id(&mut v, "ProductId", product_id)
            }
            CatalogRequest::ApproveProductRequest(input) => {
                validate_resource_id(&mut v, "RequestId", &input.request_id)
            }
            CatalogRequest::DeclineProductRequest(input) => {
                validate_resource_id(&mut v, "RequestId", &input.request_id);
                v.optional_length("Reason", input.reason.as_deref(), 1, 1000);
            }
            CatalogRequest::ListProductRequests(_) => {}
        }
        v.finish()
    }
}
