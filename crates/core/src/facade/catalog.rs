//! `client.catalog()`: AWS Marketplace Catalog — entities, change sets (start, wait, cancel), tags, resource
//! policies, assessments, and typed offers through [`OfferBuilder`].

use std::time::Duration;

use futures::stream::{Stream, TryStreamExt};

use super::applications::{pages, PageOf};
use super::regions::WaitOptions;
use crate::client::{Call, Client};
use crate::error::{Error, ErrorKind, Result};
use crate::model::catalog::offer::{OfferBuilder, OfferDetails, CREATE_OFFER_CHANGE};
use crate::model::catalog::private_marketplace::{
    CreateProductRequestInput, DeclineProductRequestInput, ListProductRequestsInput, ProcurementStatus, ProductIdInput,
    ProductRequest, ProductRequestStatus, RequestIdInput,
};
use crate::model::catalog::{
    Assessment, BatchDescribeOutput, Change, ChangeSetDescription, ChangeSetRef, ChangeSetSummary, EntityDescription,
    EntityRequest, EntitySummary, Filter, ListAssessmentsInput, ListChangeSetsInput, ListEntitiesInput,
    StartAssessmentInput, StartChangeSetInput, Tag, CATALOG,
};
use crate::operation::catalog::{
    BatchDescribeInput, DescribeAssessmentInput, PutResourcePolicyInput, ResourceArnInput, TagResourceInput,
    UntagResourceInput,
};
use crate::operation::{unexpected, CatalogRequest, CatalogResponse, Request, Response};

/// Marketplace Catalog operations.
#[derive(Debug, Clone, Copy)]
pub struct Catalog<'a> {
    client: &'a Client,
}

/// Take a catalog response variant out of a backend answer.
macro_rules! catalog {
    ($variant:path) => {
        |response| match response {
            Response::Catalog(inner) => match *inner {
                $variant(value) => Ok(value),
                other => Err(Box::new(Response::Catalog(Box::new(other)))),
            },
            other => Err(Box::new(other)),
        }
    };
}

/// The answer of operations without output.
fn empty(response: Response) -> Result<(), Box<Response>> {
    match response {
        Response::Catalog(inner) if *inner == CatalogResponse::Empty => Ok(()),
        other => Err(Box::new(other)),
    }
}

fn request(call: CatalogRequest) -> Request {
    Request::Catalog(Box::new(call))
}

impl<'a> Catalog<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Catalog { client }
    }

    fn call<T: Send + 'a>(
        &self,
        call: CatalogRequest,
        extract: fn(Response) -> Result<T, Box<Response>>,
    ) -> Call<'a, T> {
        Call::new(self.client, request(call), extract)
    }

    /// `StartChangeSet`. A missing `ClientRequestToken` is filled with a fresh UUID, as the SDKs do, so a retried
    /// request never starts a second change set.
    pub fn start_change_set(&self, mut input: StartChangeSetInput) -> Call<'a, ChangeSetRef> {
        if input.client_request_token.is_none() {
            input.client_request_token = Some(uuid::Uuid::new_v4().to_string());
        }
        self.call(CatalogRequest::StartChangeSet(input), catalog!(CatalogResponse::ChangeSetRef))
    }

    /// `StartChangeSet` with these changes and nothing else set.
    pub fn start(&self, changes: Vec<Change>) -> Call<'a, ChangeSetRef> {
        self.start_change_set(StartChangeSetInput::new(changes))
    }

    /// `DescribeChangeSet`.
    pub fn describe_change_set(&self, change_set_id: &str) -> Call<'a, ChangeSetDescription> {
        let call = CatalogRequest::DescribeChangeSet { catalog: CATALOG.into(), change_set_id: change_set_id.into() };
        self.call(call, catalog!(CatalogResponse::ChangeSet))
    }

    /// `CancelChangeSet`: only while the change set is PREPARING.
    pub fn cancel_change_set(&self, change_set_id: &str) -> Call<'a, ChangeSetRef> {
        let call = CatalogRequest::CancelChangeSet { catalog: CATALOG.into(), change_set_id: change_set_id.into() };
        self.call(call, catalog!(CatalogResponse::ChangeSetRef))
    }

    /// `ListChangeSets`, one page.
    pub fn list_change_sets(
        &self,
        input: ListChangeSetsInput,
    ) -> Call<'a, crate::model::catalog::ListChangeSetsOutput> {
        self.call(CatalogRequest::ListChangeSets(input), catalog!(CatalogResponse::ChangeSets))
    }

    /// Every change set matching `filters`, page by page, as a lazy stream of items.
    pub fn change_sets(&self, filters: Vec<Filter>) -> impl Stream<Item = Result<ChangeSetSummary>> + Send + 'a {
        let make = move |token: Option<String>| {
            request(CatalogRequest::ListChangeSets(ListChangeSetsInput {
                catalog: CATALOG.into(),
                filter_list: filters.clone(),
                next_token: token,
                ..ListChangeSetsInput::default()
            }))
        };
        let extract: fn(Response) -> PageOf<ChangeSetSummary> =
            |r| catalog!(CatalogResponse::ChangeSets)(r).map(|page| (page.change_set_summary_list, page.next_token));
        pages(self.client, make, extract).map_ok(|items| futures::stream::iter(items.into_iter().map(Ok))).try_flatten()
    }

    /// `DescribeEntity`.
    pub fn describe_entity(&self, entity_id: &str) -> Call<'a, EntityDescription> {
        let call = CatalogRequest::DescribeEntity { catalog: CATALOG.into(), entity_id: entity_id.into() };
        self.call(call, catalog!(CatalogResponse::Entity))
    }

    /// `BatchDescribeEntities` for up to 20 entities: what was found and, per id, why not.
    pub fn describe_entities<I: IntoIterator<Item = S>, S: Into<String>>(
        &self,
        entity_ids: I,
    ) -> Call<'a, BatchDescribeOutput> {
        let list =
            entity_ids.into_iter().map(|id| EntityRequest { catalog: CATALOG.into(), entity_id: id.into() }).collect();
        self.call(
            CatalogRequest::BatchDescribeEntities(BatchDescribeInput { entity_request_list: list }),
            catalog!(CatalogResponse::BatchDescribe),
        )
    }

    /// `ListEntities`, one page.
    pub fn list_entities(&self, input: ListEntitiesInput) -> Call<'a, crate::model::catalog::ListEntitiesOutput> {
        self.call(CatalogRequest::ListEntities(Box::new(input)), catalog!(CatalogResponse::Entities))
    }

    /// Every entity `input` selects (its token is managed here), as a lazy stream of items.
    pub fn entities(&self, input: ListEntitiesInput) -> impl Stream<Item = Result<EntitySummary>> + Send + 'a {
        let make = move |token: Option<String>| {
            let mut page = input.clone();
            page.next_token = token;
            request(CatalogRequest::ListEntities(Box::new(page)))
        };
        let extract: fn(Response) -> PageOf<EntitySummary> =
            |r| catalog!(CatalogResponse::Entities)(r).map(|page| (page.entity_summary_list, page.next_token));
        pages(self.client, make, extract).map_ok(|items| futures::stream::iter(items.into_iter().map(Ok))).try_flatten()
    }

    /// A `ListEntities` input for one entity type (`Offer`, `SaaSProduct`, ...), to refine and pass to
    /// [`entities`](Self::entities).
    pub fn entities_of(entity_type: &str) -> ListEntitiesInput {
        ListEntitiesInput { catalog: CATALOG.into(), entity_type: entity_type.into(), ..ListEntitiesInput::default() }
    }

    /// `TagResource`.
    pub fn tag(&self, resource_arn: &str, tags: Vec<Tag>) -> Call<'a, ()> {
        let call = CatalogRequest::TagResource(TagResourceInput { resource_arn: resource_arn.into(), tags });
        self.call(call, empty)
    }

    /// `UntagResource`.
    pub fn untag<I: IntoIterator<Item = S>, S: Into<String>>(&self, resource_arn: &str, keys: I) -> Call<'a, ()> {
        let call = CatalogRequest::UntagResource(UntagResourceInput {
            resource_arn: resource_arn.into(),
            tag_keys: keys.into_iter().map(Into::into).collect(),
        });
        self.call(call, empty)
    }

    /// `ListTagsForResource`.
    pub fn tags(&self, resource_arn: &str) -> Call<'a, Vec<Tag>> {
        let call = CatalogRequest::ListTagsForResource(ResourceArnInput { resource_arn: resource_arn.into() });
        self.call(call, |r| match r {
            Response::Catalog(inner) => match *inner {
                CatalogResponse::Tags { tags, .. } => Ok(tags),
                other => Err(Box::new(Response::Catalog(Box::new(other)))),
            },
            other => Err(Box::new(other)),
        })
    }

    /// `PutResourcePolicy`.
    pub fn put_policy(&self, resource_arn: &str, policy: &str) -> Call<'a, ()> {
        let call = CatalogRequest::PutResourcePolicy(PutResourcePolicyInput {
            resource_arn: resource_arn.into(),
            policy: policy.into(),
        });
        self.call(call, empty)
    }

    /// `GetResourcePolicy`.
    pub fn policy(&self, resource_arn: &str) -> Call<'a, String> {
        self.call(
            CatalogRequest::GetResourcePolicy { resource_arn: resource_arn.into() },
            catalog!(CatalogResponse::Policy),
        )
    }

    /// `DeleteResourcePolicy`.
    pub fn delete_policy(&self, resource_arn: &str) -> Call<'a, ()> {
        self.call(CatalogRequest::DeleteResourcePolicy { resource_arn: resource_arn.into() }, empty)
    }

    /// `StartAssessment` of an entity against a framework; the assessment's id.
    pub fn start_assessment(&self, entity_id: &str, framework_id: &str) -> Call<'a, String> {
        let call = CatalogRequest::StartAssessment(StartAssessmentInput {
            catalog: CATALOG.into(),
            client_token: Some(uuid::Uuid::new_v4().to_string()),
            framework_id: framework_id.into(),
            entity_id: entity_id.into(),
            controls: Vec::new(),
            tags: Default::default(),
        });
        self.call(call, catalog!(CatalogResponse::AssessmentId))
    }

    /// `DescribeAssessment` (the first page of controls).
    pub fn describe_assessment(&self, assessment_id: &str) -> Call<'a, Assessment> {
        let call = CatalogRequest::DescribeAssessment(DescribeAssessmentInput {
            catalog: CATALOG.into(),
            assessment_identifier: assessment_id.into(),
            max_results: None,
            next_token: None,
        });
        self.call(call, |r| match r {
            Response::Catalog(inner) => match *inner {
                CatalogResponse::Assessment { assessment, .. } => Ok(assessment),
                other => Err(Box::new(Response::Catalog(Box::new(other)))),
            },
            other => Err(Box::new(other)),
        })
    }

    /// `ListAssessments`, one page.
    pub fn list_assessments(&self, input: ListAssessmentsInput) -> Call<'a, (Vec<Assessment>, Option<String>)> {
        self.call(CatalogRequest::ListAssessments(input), |r| match r {
            Response::Catalog(inner) => match *inner {
                CatalogResponse::Assessments { assessments, next_token } => Ok((assessments, next_token)),
                other => Err(Box::new(Response::Catalog(Box::new(other)))),
            },
            other => Err(Box::new(other)),
        })
    }

    /// Private marketplace: whether the caller may procure a product under the experience that governs it (a live
    /// experience allows approved products only).
    pub fn procurement_status(&self, product_id: &str) -> Call<'a, ProcurementStatus> {
        let call = CatalogRequest::GetProcurementStatus(ProductIdInput { product_id: product_id.into() });
        self.call(call, catalog!(CatalogResponse::ProcurementStatus))
    }

    /// Private marketplace: ask the administrator to add a product to the experience governing the caller.
    pub fn request_product(&self, product_id: &str) -> Call<'a, ProductRequest> {
        let call = CatalogRequest::CreateProductRequest(CreateProductRequestInput { product_id: product_id.into() });
        self.call(call, catalog!(CatalogResponse::ProductRequest))
    }

    /// Private marketplace: the caller's requests, and the requests of the experiences it administers.
    pub fn product_requests(&self, status: Option<ProductRequestStatus>) -> Call<'a, Vec<ProductRequest>> {
        let call = CatalogRequest::ListProductRequests(ListProductRequestsInput { status });
        self.call(call, catalog!(CatalogResponse::ProductRequests))
    }

    /// Private marketplace: approve a pending request; the product joins the experience.
    pub fn approve_product_request(&self, request_id: &str) -> Call<'a, ProductRequest> {
        let call = CatalogRequest::ApproveProductRequest(RequestIdInput { request_id: request_id.into() });
        self.call(call, catalog!(CatalogResponse::ProductRequest))
    }

    /// Private marketplace: decline a pending request, with a reason shown to the user; `block` refuses further
    /// requests for the product (the administrator can still add it).
    pub fn decline_product_request(
        &self,
        request_id: &str,
        reason: Option<&str>,
        block: bool,
    ) -> Call<'a, ProductRequest> {
        let call = CatalogRequest::DeclineProductRequest(DeclineProductRequestInput {
            request_id: request_id.into(),
            reason: reason.map(str::to_owned),
            block,
        });
        self.call(call, catalog!(CatalogResponse::ProductRequest))
    }

    /// Poll a change set until it finishes (SUCCEEDED, FAILED or CANCELLED), sleeping on the client's clock.
    pub async fn wait_for_change_set(&self, change_set_id: &str, options: WaitOptions) -> Result<ChangeSetDescription> {
        let clock = self.client.clock().clone();
        let started = clock.now();
        let mut delay = options.initial_delay;
        loop {
            let description = self.describe_change_set(change_set_id).send().await?;
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
    pub async fn apply(&self, input: StartChangeSetInput) -> Result<ChangeSetDescription> {
        let started = self.start_change_set(input).send().await?;
        let options = WaitOptions {
            initial_delay: Duration::from_millis(500),
            ..WaitOptions::with_timeout(Duration::from_secs(30 * 60))
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
    /// let users = Dimension {
    ///     key: "Users".into(),
    ///     description: None,
    ///     name: "Named users".into(),
    ///     types: vec!["Entitled".into()],
    ///     unit: Some("Users".into()),
    /// };
    /// let listed = seller
    ///     .catalog()
    ///     .apply(StartChangeSetInput::new(vec![
    ///         typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct { product_title: Some("Lake".into()) })
    ///             .named("Product"),
    ///         typed(product(), &AddDimensions { dimensions: vec![users] }),
    ///         typed(product(), &ReleaseProduct {}),
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
            unexpected("StartChangeSet", &Response::Catalog(Box::new(CatalogResponse::ChangeSet(description.clone()))))
        })
    }

    /// An offer's details, typed.
    pub async fn offer(&self, offer_id: &str) -> Result<OfferDetails> {
        self.describe_entity(offer_id).send().await?.parse()
    }
}
