//! `client.catalog()`: AWS Marketplace Catalog — entities, change sets (start, wait, cancel), tags, resource
//! policies, assessments, and typed offers through [`OfferBuilder`].

use crate::model::{ChangeSetId, EntityId, OfferId};
use std::time::Duration;

use super::regions::WaitOptions;
use super::{paged_output, Paginator};
use crate::client::{Call, Client};
use crate::error::{Error, ErrorKind, Result};
use crate::model::catalog::offer::{OfferBuilder, OfferDetails, CREATE_OFFER_CHANGE};
use crate::model::catalog::private_marketplace::{
    ApproveProductRequestInput, CreateProductRequestInput, DeclineProductRequestInput, GetProcurementStatusInput,
    ListProductRequestsInput, ProductRequestStatus,
};
use crate::model::catalog::{
    Assessment, Change, ChangeSetSummary, EntityRequest, EntitySummary, Filter, ListAssessmentsInput,
    ListChangeSetsInput, ListChangeSetsOutput, ListEntitiesInput, ListEntitiesOutput, StartAssessmentInput,
    StartChangeSetInput, Tag, CATALOG,
};
use crate::operation::catalog::{
    BatchDescribeEntitiesInput, CancelChangeSetInput, DeleteResourcePolicyInput, DescribeAssessmentInput,
    DescribeAssessmentOutput, DescribeChangeSetInput, DescribeEntityInput, GetResourcePolicyInput,
    ListAssessmentsOutput, ListTagsForResourceInput, ListTagsForResourceOutput, PutResourcePolicyInput,
    TagResourceInput, UntagResourceInput,
};

paged_output!(
    ListChangeSetsOutput => change_set_summary_list: ChangeSetSummary,
    ListEntitiesOutput => entity_summary_list: EntitySummary,
    ListAssessmentsOutput => assessment_summary_list: Assessment,
);

/// Marketplace Catalog operations.
#[derive(Debug, Clone, Copy)]
pub struct Catalog<'a> {
    client: &'a Client,
}

impl<'a> Catalog<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Catalog { client }
    }

    /// `StartChangeSet`. A missing `ClientRequestToken` is filled with a fresh UUID, as the SDKs do, so a retried
    /// request never starts a second change set.
    pub fn start_change_set(&self, input: StartChangeSetInput) -> Call<'a, StartChangeSetInput> {
        self.client.call(input)
    }

    /// `StartChangeSet` with these changes and nothing else set.
    pub fn start(&self, changes: Vec<Change>) -> Call<'a, StartChangeSetInput> {
        self.start_change_set(StartChangeSetInput::new(changes))
    }

    /// `DescribeChangeSet`.
    pub fn describe_change_set(&self, change_set_id: impl Into<ChangeSetId>) -> Call<'a, DescribeChangeSetInput> {
        let change_set_id: ChangeSetId = change_set_id.into();
        self.client.call(DescribeChangeSetInput::new(change_set_id))
    }

    /// `CancelChangeSet`: only while the change set is PREPARING.
    pub fn cancel_change_set(&self, change_set_id: impl Into<ChangeSetId>) -> Call<'a, CancelChangeSetInput> {
        let change_set_id: ChangeSetId = change_set_id.into();
        self.client.call(CancelChangeSetInput::new(change_set_id))
    }

    /// `ListChangeSets`, one page.
    pub fn list_change_sets(&self, input: ListChangeSetsInput) -> Call<'a, ListChangeSetsInput> {
        self.client.call(input)
    }

    /// Every change set matching `filters`, page by page.
    pub fn change_sets(&self, filters: Vec<Filter>) -> Paginator<'a, ListChangeSetsInput> {
        let input = ListChangeSetsInput { catalog: CATALOG.into(), filter_list: filters, ..Default::default() };
        Paginator::new(self.client, input)
    }

    /// `DescribeEntity`.
    pub fn describe_entity(&self, entity_id: impl Into<EntityId>) -> Call<'a, DescribeEntityInput> {
        let entity_id: EntityId = entity_id.into();
        self.client.call(DescribeEntityInput::new(entity_id))
    }

    /// `BatchDescribeEntities` for up to 20 entities: what was found and, per id, why not.
    pub fn describe_entities<I: IntoIterator<Item = S>, S: Into<String>>(
        &self,
        entity_ids: I,
    ) -> Call<'a, BatchDescribeEntitiesInput> {
        let list = entity_ids
            .into_iter()
            .map(|id| EntityRequest { catalog: CATALOG.into(), entity_id: id.into().into() })
            .collect();
        self.client.call(BatchDescribeEntitiesInput { entity_request_list: list })
    }

    /// `ListEntities`, one page.
    pub fn list_entities(&self, input: ListEntitiesInput) -> Call<'a, ListEntitiesInput> {
        self.client.call(input)
    }

    /// Every entity `input` selects, page by page.
    pub fn entities(&self, input: ListEntitiesInput) -> Paginator<'a, ListEntitiesInput> {
        Paginator::new(self.client, input)
    }

    /// A `ListEntities` input for one entity type (`Offer`, `SaaSProduct`, ...), to refine and pass to
    /// [`entities`](Self::entities).
    pub fn entities_of(entity_type: &str) -> ListEntitiesInput {
        ListEntitiesInput { catalog: CATALOG.into(), entity_type: entity_type.into(), ..ListEntitiesInput::default() }
    }

    /// `TagResource`.
    pub fn tag(&self, resource_arn: &str, tags: Vec<Tag>) -> Call<'a, TagResourceInput> {
        self.client.call(TagResourceInput { resource_arn: resource_arn.into(), tags })
    }

    /// `UntagResource`.
    pub fn untag<I: IntoIterator<Item = S>, S: Into<String>>(
        &self,
        resource_arn: &str,
        keys: I,
    ) -> Call<'a, UntagResourceInput> {
        self.client.call(UntagResourceInput {
            resource_arn: resource_arn.into(),
            tag_keys: keys.into_iter().map(Into::into).collect(),
        })
    }

    /// `ListTagsForResource`: the resource's tags.
    pub fn tags(&self, resource_arn: &str) -> Call<'a, ListTagsForResourceInput, Vec<Tag>> {
        self.client
            .call(ListTagsForResourceInput { resource_arn: resource_arn.into() })
            .map(|out: ListTagsForResourceOutput| out.tags)
    }

    /// `PutResourcePolicy`.
    pub fn put_policy(&self, resource_arn: &str, policy: &str) -> Call<'a, PutResourcePolicyInput> {
        self.client.call(PutResourcePolicyInput { resource_arn: resource_arn.into(), policy: policy.into() })
    }

    /// `GetResourcePolicy`.
    pub fn policy(&self, resource_arn: &str) -> Call<'a, GetResourcePolicyInput> {
        self.client.call(GetResourcePolicyInput::new(resource_arn))
    }

    /// `DeleteResourcePolicy`.
    pub fn delete_policy(&self, resource_arn: &str) -> Call<'a, DeleteResourcePolicyInput> {
        self.client.call(DeleteResourcePolicyInput::new(resource_arn))
    }

    /// `StartAssessment` of an entity against a framework; the assessment's id.
    pub fn start_assessment(
        &self,
        entity_id: impl Into<EntityId>,
        framework_id: &str,
    ) -> Call<'a, StartAssessmentInput> {
        let entity_id: EntityId = entity_id.into();
        self.client.call(StartAssessmentInput {
            catalog: CATALOG.into(),
            client_token: None,
            framework_id: framework_id.into(),
            entity_id,
            controls: Vec::new(),
            tags: Default::default(),
        })
    }

    /// `DescribeAssessment` (the first page of controls).
    pub fn describe_assessment(&self, assessment_id: &str) -> Call<'a, DescribeAssessmentInput, Assessment> {
        self.client
            .call(DescribeAssessmentInput {
                catalog: CATALOG.into(),
                assessment_identifier: assessment_id.into(),
                max_results: None,
                next_token: None,
            })
            .map(|out: DescribeAssessmentOutput| out.assessment)
    }

    /// `ListAssessments`, one page.
    pub fn list_assessments(&self, input: ListAssessmentsInput) -> Call<'a, ListAssessmentsInput> {
        self.client.call(input)
    }

    /// Private marketplace: whether the caller may procure a product under the experience that governs it (a live
    /// experience allows approved products only).
    pub fn procurement_status(&self, product_id: &str) -> Call<'a, GetProcurementStatusInput> {
        self.client.call(GetProcurementStatusInput { product_id: product_id.into() })
    }

    /// Private marketplace: ask the administrator to add a product to the experience governing the caller.
    pub fn request_product(&self, product_id: &str) -> Call<'a, CreateProductRequestInput> {
        self.client.call(CreateProductRequestInput { product_id: product_id.into() })
    }

    /// Private marketplace: the caller's requests, and the requests of the experiences it administers.
    pub fn product_requests(&self, status: Option<ProductRequestStatus>) -> Call<'a, ListProductRequestsInput> {
        self.client.call(ListProductRequestsInput { status })
    }

    /// Private marketplace: approve a pending request; the product joins the experience.
    pub fn approve_product_request(&self, request_id: &str) -> Call<'a, ApproveProductRequestInput> {
        self.client.call(ApproveProductRequestInput { request_id: request_id.into() })
    }

    /// Private marketplace: decline a pending request, with a reason shown to the user; `block` refuses further
    /// requests for the product (the administrator can still add it).
    pub fn decline_product_request(
        &self,
        request_id: &str,
        reason: Option<&str>,
        block: bool,
    ) -> Call<'a, DeclineProductRequestInput> {
        self.client.call(DeclineProductRequestInput {
            request_id: request_id.into(),
            reason: reason.map(str::to_owned),
            block,
        })
    }

    /// Poll a change set until it finishes (SUCCEEDED, FAILED or CANCELLED), sleeping on the client's clock.
    pub async fn wait_for_change_set(
        &self,
        change_set_id: impl Into<ChangeSetId>,
        options: WaitOptions,
    ) -> Result<crate::model::catalog::ChangeSetDescription> {
        let change_set_id: ChangeSetId = change_set_id.into();
        let clock = self.client.clock().clone();
        let started = clock.now();
        let mut delay = options.initial_delay;
        loop {
            let description = self.describe_change_set(&change_set_id).send().await?;
            if description.status.is_terminal() {
                return Ok(description);
            }
            let elapsed = Duration::try_from(clock.now() - started).unwrap_or_default();
            if elapsed >= options.timeout {
                return Err(Error::new(
                    ErrorKind::Timeout,
                    "WaiterTimeout",
                    format!("change set {change_set_id} is still {} after {:?}", description.status, options.timeout),
                ));
            }
            clock.sleep(delay.min(options.timeout - elapsed)).await;
            delay = (delay * 2).min(options.max_delay);
        }
    }

    /// Start a change set and wait for it. A FAILED change set is an error whose message lists every change's errors;
    /// a CANCELLED one is a conflict.
    pub async fn apply(&self, input: StartChangeSetInput) -> Result<crate::model::catalog::ChangeSetDescription> {
        let started = self.start_change_set(input).send().await?;
        let options = WaitOptions {
            initial_delay: Duration::from_millis(500),
            ..WaitOptions::default().with_timeout(Duration::from_secs(30 * 60))
        };
        let description = self.wait_for_change_set(&started.change_set_id, options).await?;
        match description.status {
            crate::model::catalog::ChangeSetStatus::Succeeded => Ok(description),
            crate::model::catalog::ChangeSetStatus::Failed => {
                let errors: Vec<String> = description
                    .errors()
                    .iter()
                    .map(|(i, e)| format!("ChangeSet[{i}] {}: {e}", description.changes[*i].change_type))
                    .collect();
                Err(Error::new(
                    ErrorKind::Validation,
                    "ChangeSetFailed",
                    format!("change set {} failed: {}", description.change_set_id, errors.join("; ")),
                ))
            }
            other => Err(Error::new(
                ErrorKind::Conflict,
                "ChangeSetNotApplied",
                format!("change set {} is {other}", description.change_set_id),
            )),
        }
    }

    /// Build an offer, apply it as one change set, and return the new offer's id.
    ///
    /// The offer's product must be released first (`ReleaseOffer` fails on a draft product), and the dimensions the
    /// offer prices must be the product's. One change set does both, referring to the product it creates by its
    /// change name:
    ///
    /// ```
    /// use marketplane::backend::local::World;
    /// use marketplane::model::catalog::changes::{typed, AddDimensions, CreateProduct, Dimension, ReleaseProduct};
    /// use marketplane::model::catalog::offer::OfferBuilder;
    /// use marketplane::model::catalog::terms::CurrencyCode;
    /// use marketplane::model::catalog::{EntityRef, EntityType, StartChangeSetInput};
    /// use marketplane::Client;
    ///
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> marketplane::Result<()> {
    /// # let world = World::from_toml_str(
    /// #     "[settings]\nchange_set_preparation_seconds = 0\nchange_set_application_seconds = 0",
    /// # )?;
    /// # let seller = Client::in_memory_with_world(world)?.as_account("444455556666".parse()?);
    /// let product = || EntityRef::created_by(EntityType::SaaSProduct, "Product");
    /// let users = Dimension::new("Users", "Named users")
    ///     .with_description("Named users")
    ///     .with_types(["Entitled".to_owned()])
    ///     .with_unit("Users");
    /// let listed = seller
    ///     .catalog()
    ///     .apply(StartChangeSetInput::new(vec![
    ///         typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Lake"))
    ///             .named("Product"),
    ///         typed(product(), &AddDimensions::default().with_dimensions([users])),
    ///         typed(product(), &ReleaseProduct::default()),
    ///     ]))
    ///     .await?;
    /// let product_id = listed.entity_id_of("Product").expect("created");
    ///
    /// let offer = OfferBuilder::new(product_id)
    ///     .name("Lake, 12 months")
    ///     .contract(CurrencyCode::Usd, "P12M", "100.00", [("Users", 10)])
    ///     .standard_eula();
    /// let offer_id = seller.catalog().publish_offer(offer).await?;
    /// assert!(seller.catalog().offer(&offer_id).await?.is_released());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn publish_offer(&self, offer: OfferBuilder) -> Result<String> {
        let description = self.apply(offer.into_change_set()?).await?;
        description.entity_id_of(CREATE_OFFER_CHANGE).map(str::to_owned).ok_or_else(|| {
            Error::internal(format!(
                "change set {} succeeded without the offer it created: {description:?}",
                description.change_set_id
            ))
        })
    }

    /// An offer's details, typed.
    pub async fn offer(&self, offer_id: impl Into<OfferId>) -> Result<OfferDetails> {
        let offer_id: OfferId = offer_id.into();
        self.describe_entity(offer_id).send().await?.parse()
    }
}
