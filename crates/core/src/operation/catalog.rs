//! Marketplace Catalog's operation table: the sixteen operations of the service, plus the private marketplace's buyer
//! operations, which AWS serves only in its console (see [`crate::model::catalog::private_marketplace`]); the
//! emulator serves those under `/_marketplane/private-marketplace/`.
//!
//! Inputs of the POST operations are the model's serde structures (their JSON is the wire body); the GET, PATCH and
//! DELETE operations read camelCase query-string members.

use marketplane_macros::model;
use serde::{Deserialize, Serialize};

use super::table::{define_service, Validate};
use crate::error::Result;
use crate::model::catalog::private_marketplace::{
    ApproveProductRequestInput, CreateProductRequestInput, DeclineProductRequestInput, GetProcurementStatusInput,
    ListProductRequestsInput,
};
use crate::model::catalog::{
    validate_catalog, validate_resource_arn, validate_resource_id, validate_tags, Assessment, EntityRequest,
    ListAssessmentsInput, ListChangeSetsInput, ListEntitiesInput, OwnershipType, StartAssessmentInput,
    StartChangeSetInput, Tag, CATALOG,
};
use crate::validate::Validator;

/// `BatchDescribeEntities`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BatchDescribeEntitiesInput {
    /// 1–20 entities.
    pub entity_request_list: Vec<EntityRequest>,
}

/// `TagResource`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagResourceInput {
    /// The entity or change set.
    pub resource_arn: String,
    /// 1–200 tags.
    pub tags: Vec<Tag>,
}

/// `UntagResource`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UntagResourceInput {
    /// The entity or change set.
    pub resource_arn: String,
    /// 1–200 keys.
    pub tag_keys: Vec<String>,
}

/// `PutResourcePolicy`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PutResourcePolicyInput {
    /// The entity.
    pub resource_arn: String,
    /// An IAM-style policy document (1–10240 characters).
    pub policy: String,
}

/// `ListTagsForResource`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListTagsForResourceInput {
    /// The resource.
    pub resource_arn: String,
}

/// `DescribeAssessment`'s input.
#[model(new)]
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

/// An input naming a change set in the query string (`CancelChangeSet`, `DescribeChangeSet`).
macro_rules! change_set_input {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {$(
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            /// Always `AWSMarketplace`.
            pub catalog: String,
            /// The change set.
            pub change_set_id: String,
        }

        impl $name {
            /// The input for the change set `change_set_id` of the Marketplace catalog.
            pub fn new(change_set_id: impl Into<String>) -> Self {
                $name { catalog: CATALOG.to_owned(), change_set_id: change_set_id.into() }
            }
        }
    )*};
}

change_set_input!(
    /// `CancelChangeSet`'s input (PATCH, query string).
    CancelChangeSetInput,
    /// `DescribeChangeSet`'s input (GET, query string).
    DescribeChangeSetInput,
);

/// `DescribeEntity`'s input (GET, query string).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DescribeEntityInput {
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// The entity.
    pub entity_id: String,
}

impl DescribeEntityInput {
    /// The entity `entity_id` of the Marketplace catalog.
    pub fn new(entity_id: impl Into<String>) -> Self {
        DescribeEntityInput { catalog: CATALOG.to_owned(), entity_id: entity_id.into() }
    }
}

/// An input naming a resource by ARN in the query string (`GetResourcePolicy`, `DeleteResourcePolicy`).
macro_rules! resource_input {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {$(
        #[model]
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct $name {
            /// The entity.
            pub resource_arn: String,
        }

        impl $name {
            /// The input for the resource `resource_arn`.
            pub fn new(resource_arn: impl Into<String>) -> Self {
                $name { resource_arn: resource_arn.into() }
            }
        }
    )*};
}

resource_input!(
    /// `GetResourcePolicy`'s input (GET, query string).
    GetResourcePolicyInput,
    /// `DeleteResourcePolicy`'s input (DELETE, query string).
    DeleteResourcePolicyInput,
);

/// `ListTagsForResource`'s output.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ListTagsForResourceOutput {
    /// The resource.
    pub resource_arn: String,
    /// Its tags.
    #[serde(default)]
    pub tags: Vec<Tag>,
}

impl ListTagsForResourceOutput {
    /// The `tags` of `resource_arn`.
    pub fn new(resource_arn: impl Into<String>, tags: Vec<Tag>) -> Self {
        ListTagsForResourceOutput { resource_arn: resource_arn.into(), tags }
    }
}

/// `DescribeAssessment`'s output: the assessment, with the next page of its controls.
#[model]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DescribeAssessmentOutput {
    /// The assessment.
    #[serde(flatten)]
    pub assessment: Assessment,
    /// The next page of controls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl DescribeAssessmentOutput {
    /// `assessment`, followed by the controls at `next_token`.
    pub fn new(assessment: Assessment, next_token: Option<String>) -> Self {
        DescribeAssessmentOutput { assessment, next_token }
    }
}

/// `ListAssessments`'s output.
#[model]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ListAssessmentsOutput {
    /// This page.
    #[serde(default)]
    pub assessment_summary_list: Vec<Assessment>,
    /// The next page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListAssessmentsOutput {
    /// A page of `assessments`.
    pub fn new(assessments: Vec<Assessment>, next_token: Option<String>) -> Self {
        ListAssessmentsOutput { assessment_summary_list: assessments, next_token }
    }
}

/// The Marketplace Catalog operation table, handed to `$callback` (see [`crate::operation::table`]).
#[macro_export]
macro_rules! catalog_operations {
    ($callback:ident) => {
        $callback! {
            /// AWS Marketplace Catalog.
            service MarketplaceCatalog, variant Catalog, request CatalogRequest, response CatalogResponse,
                engine CatalogEngine, remote CatalogRemote, table CATALOG_OPERATIONS;
            /// `BatchDescribeEntities`: up to 20 entities at once, with a per-entity error for the rest.
            BatchDescribeEntities batch_describe_entities($crate::operation::catalog::BatchDescribeEntitiesInput)
                -> $crate::model::catalog::BatchDescribeOutput,
                [read] [POST "/BatchDescribeEntities" 200];
            /// `CancelChangeSet`: while it is PREPARING.
            CancelChangeSet cancel_change_set($crate::operation::catalog::CancelChangeSetInput)
                -> $crate::model::catalog::ChangeSetRef,
                [write] [PATCH "/CancelChangeSet" 200];
            /// `DeleteResourcePolicy`.
            DeleteResourcePolicy delete_resource_policy($crate::operation::catalog::DeleteResourcePolicyInput) -> (),
                [write] [DELETE "/DeleteResourcePolicy" 200];
            /// `DescribeAssessment`, with a page of its controls.
            DescribeAssessment describe_assessment($crate::operation::catalog::DescribeAssessmentInput)
                -> $crate::operation::catalog::DescribeAssessmentOutput,
                [read] [POST "/DescribeAssessment" 200];
            /// `DescribeChangeSet`.
            DescribeChangeSet describe_change_set($crate::operation::catalog::DescribeChangeSetInput)
                -> $crate::model::catalog::ChangeSetDescription,
                [read] [GET "/DescribeChangeSet" 200];
            /// `DescribeEntity`: the entity with its details document.
            DescribeEntity describe_entity($crate::operation::catalog::DescribeEntityInput)
                -> $crate::model::catalog::EntityDescription,
                [read] [GET "/DescribeEntity" 200];
            /// `GetResourcePolicy`.
            GetResourcePolicy get_resource_policy($crate::operation::catalog::GetResourcePolicyInput)
                -> String as "Policy",
                [read] [GET "/GetResourcePolicy" 200];
            /// `ListAssessments`: one page.
            ListAssessments list_assessments($crate::model::catalog::ListAssessmentsInput)
                -> $crate::operation::catalog::ListAssessmentsOutput,
                [read] [POST "/ListAssessments" 200] [pages];
            /// `ListChangeSets`: one page.
            ListChangeSets list_change_sets($crate::model::catalog::ListChangeSetsInput)
                -> $crate::model::catalog::ListChangeSetsOutput,
                [read] [POST "/ListChangeSets" 200] [pages];
            /// `ListEntities`: one page.
            ListEntities list_entities($crate::model::catalog::ListEntitiesInput)
                -> $crate::model::catalog::ListEntitiesOutput,
                [read] [POST "/ListEntities" 200] [pages];
            /// `ListTagsForResource`.
            ListTagsForResource list_tags_for_resource($crate::operation::catalog::ListTagsForResourceInput)
                -> $crate::operation::catalog::ListTagsForResourceOutput,
                [read] [POST "/ListTagsForResource" 200];
            /// `PutResourcePolicy`: replace the policy.
            PutResourcePolicy put_resource_policy($crate::operation::catalog::PutResourcePolicyInput) -> (),
                [idempotent] [POST "/PutResourcePolicy" 200];
            /// `StartAssessment`: run a framework's controls on an entity.
            StartAssessment start_assessment($crate::model::catalog::StartAssessmentInput)
                -> String as "AssessmentId",
                [idempotent(client_token)] [POST "/StartAssessment" 200];
            /// `StartChangeSet`: validate and apply changes to entities, asynchronously.
            StartChangeSet start_change_set($crate::model::catalog::StartChangeSetInput)
                -> $crate::model::catalog::ChangeSetRef,
                [idempotent(client_request_token)] [POST "/StartChangeSet" 200];
            /// `TagResource`.
            TagResource tag_resource($crate::operation::catalog::TagResourceInput) -> (),
                [idempotent] [POST "/TagResource" 200];
            /// `UntagResource`.
            UntagResource untag_resource($crate::operation::catalog::UntagResourceInput) -> (),
                [idempotent] [POST "/UntagResource" 200];
            /// Private marketplace: a user asks for a product to be added to the experience governing their account.
            CreateProductRequest create_product_request(
                $crate::model::catalog::private_marketplace::CreateProductRequestInput)
                -> $crate::model::catalog::private_marketplace::ProductRequest as "ProductRequest",
                [write] [POST "/_marketplane/private-marketplace/CreateProductRequest" 200];
            /// Private marketplace: the caller's requests, or (administrators) the requests of their experiences.
            ListProductRequests list_product_requests(
                $crate::model::catalog::private_marketplace::ListProductRequestsInput)
                -> Vec<$crate::model::catalog::private_marketplace::ProductRequest> as "ProductRequests",
                [read] [POST "/_marketplane/private-marketplace/ListProductRequests" 200];
            /// Private marketplace: an administrator approves a request, adding the product.
            ApproveProductRequest approve_product_request(
                $crate::model::catalog::private_marketplace::ApproveProductRequestInput)
                -> $crate::model::catalog::private_marketplace::ProductRequest as "ProductRequest",
                [write] [POST "/_marketplane/private-marketplace/ApproveProductRequest" 200];
            /// Private marketplace: an administrator declines a request, optionally blocking further ones.
            DeclineProductRequest decline_product_request(
                $crate::model::catalog::private_marketplace::DeclineProductRequestInput)
                -> $crate::model::catalog::private_marketplace::ProductRequest as "ProductRequest",
                [write] [POST "/_marketplane/private-marketplace/DeclineProductRequest" 200];
            /// Private marketplace: whether the caller may procure a product.
            GetProcurementStatus get_procurement_status(
                $crate::model::catalog::private_marketplace::GetProcurementStatusInput)
                -> $crate::model::catalog::private_marketplace::ProcurementStatus,
                [read] [POST "/_marketplane/private-marketplace/GetProcurementStatus" 200];
        }
    };
}

crate::catalog_operations!(define_service);

// ------------------------------------------------------------------------------------------------------------------
// The service's member rules.

/// Implements [`Validate`] from a body that fills the validator.
macro_rules! rules {
    ($input:ty, |$this:ident, $v:ident| $body:block) => {
        impl Validate for $input {
            fn validate(&self) -> Result<()> {
                let $this = self;
                let mut $v = Validator::new();
                $body
                $v.finish()
            }
        }
    };
}

rules!(BatchDescribeEntitiesInput, |input, v| {
    let n = input.entity_request_list.len();
    if n == 0 || n > 20 {
        v.fail("EntityRequestList", format!("must hold 1 to 20 entities, got {n}"));
    }
    for (i, request) in input.entity_request_list.iter().enumerate() {
        let EntityRequest { catalog, entity_id } = request;
        validate_catalog(&mut v, &format!("EntityRequestList[{i}].Catalog"), catalog);
        validate_resource_id(&mut v, &format!("EntityRequestList[{i}].EntityId"), entity_id);
    }
});

rules!(CancelChangeSetInput, |input, v| {
    validate_catalog(&mut v, "catalog", &input.catalog);
    validate_resource_id(&mut v, "changeSetId", &input.change_set_id);
});

rules!(DescribeChangeSetInput, |input, v| {
    validate_catalog(&mut v, "catalog", &input.catalog);
    validate_resource_id(&mut v, "changeSetId", &input.change_set_id);
});

rules!(DescribeEntityInput, |input, v| {
    validate_catalog(&mut v, "catalog", &input.catalog);
    validate_resource_id(&mut v, "entityId", &input.entity_id);
});

rules!(DeleteResourcePolicyInput, |input, v| {
    validate_resource_arn(&mut v, "resourceArn", &input.resource_arn);
});

rules!(GetResourcePolicyInput, |input, v| {
    validate_resource_arn(&mut v, "resourceArn", &input.resource_arn);
});

rules!(ListTagsForResourceInput, |input, v| {
    validate_resource_arn(&mut v, "ResourceArn", &input.resource_arn);
});

rules!(PutResourcePolicyInput, |input, v| {
    validate_resource_arn(&mut v, "ResourceArn", &input.resource_arn);
    if v.length("Policy", &input.policy, 1, 10240)
        && !input.policy.chars().all(|c| matches!(c, '\t' | '\n' | '\r' | ' '..='\u{FF}'))
    {
        v.fail("Policy", r"must match ^[\u0009\u000A\u000D\u0020-\u00FF]+$");
    }
});

rules!(TagResourceInput, |input, v| {
    validate_resource_arn(&mut v, "ResourceArn", &input.resource_arn);
    if input.tags.is_empty() {
        v.fail("Tags", "must hold 1 to 200 tags");
    }
    validate_tags(&mut v, "Tags", &input.tags, 200);
});

rules!(UntagResourceInput, |input, v| {
    validate_resource_arn(&mut v, "ResourceArn", &input.resource_arn);
    if input.tag_keys.is_empty() || input.tag_keys.len() > 200 {
        v.fail("TagKeys", "must hold 1 to 200 keys");
    }
    for (i, key) in input.tag_keys.iter().enumerate() {
        v.length(&format!("TagKeys[{i}]"), key, 1, 128);
    }
});

impl Validate for StartChangeSetInput {
    fn validate(&self) -> Result<()> {
        StartChangeSetInput::validate(self)
    }
}

rules!(ListChangeSetsInput, |input, v| {
    validate_catalog(&mut v, "Catalog", &input.catalog);
    if let Some(max) = input.max_results {
        v.range("MaxResults", i64::from(max), 1, 20);
    }
    v.optional_length("NextToken", input.next_token.as_deref(), 1, 4096);
    if input.filter_list.len() > 8 {
        v.fail("FilterList", "at most 8 filters");
    }
});

rules!(ListEntitiesInput, |input, v| {
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
});

rules!(StartAssessmentInput, |input, v| {
    validate_catalog(&mut v, "Catalog", &input.catalog);
    v.length("FrameworkId", &input.framework_id, 1, 255);
    validate_resource_id(&mut v, "EntityId", &input.entity_id);
    v.optional_length("ClientToken", input.client_token.as_deref(), 1, 64);
});

rules!(DescribeAssessmentInput, |input, v| {
    validate_catalog(&mut v, "Catalog", &input.catalog);
    v.length("AssessmentIdentifier", &input.assessment_identifier, 1, 2048);
    if let Some(max) = input.max_results {
        v.range("MaxResults", i64::from(max), 1, 100);
    }
});

rules!(ListAssessmentsInput, |input, v| {
    validate_catalog(&mut v, "Catalog", &input.catalog);
    if let Some(max) = input.max_results {
        v.range("MaxResults", i64::from(max), 1, 100);
    }
});

rules!(CreateProductRequestInput, |input, v| {
    validate_resource_id(&mut v, "ProductId", &input.product_id);
});

rules!(GetProcurementStatusInput, |input, v| {
    validate_resource_id(&mut v, "ProductId", &input.product_id);
});

rules!(ApproveProductRequestInput, |input, v| {
    validate_resource_id(&mut v, "RequestId", &input.request_id);
});

rules!(DeclineProductRequestInput, |input, v| {
    validate_resource_id(&mut v, "RequestId", &input.request_id);
    v.optional_length("Reason", input.reason.as_deref(), 1, 1000);
});

impl Validate for ListProductRequestsInput {
    fn validate(&self) -> Result<()> {
        Ok(())
    }
}
