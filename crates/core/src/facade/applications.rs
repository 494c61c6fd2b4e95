//! `client.applications()`: the Serverless Application Repository — publish (also from a SAM template like
//! `sam publish`), versions, sharing, templates and deployments through change sets.

use std::path::Path;

use futures::stream::{self, Stream, TryStreamExt};

use crate::client::{Call, Client};
use crate::error::{Error, ErrorKind, Result};
use crate::model::serverless::{
    Application, ApplicationDependency, ApplicationSummary, ApplicationUpdate, ChangeSetDetails, ChangeSetRequest,
    NewApplication, PolicyAction, PolicyStatement, Principal, TemplateDetails, Version, VersionSummary,
};
use crate::model::{AccountId, OrganizationId};
use crate::operation::{unexpected, Request, Response};
use crate::template::Template;

/// Serverless Application Repository operations.
#[derive(Debug, Clone, Copy)]
pub struct Applications<'a> {
    client: &'a Client,
}

/// One page: its items and the token of the next page; or, from a confused backend, the response it gave instead.
pub(super) type PageOf<T> = std::result::Result<(Vec<T>, Option<String>), Box<Response>>;

/// Pages of a list operation as a lazy stream: `request` builds the call for a page token, `extract` takes the items
/// and the next token out of the answer.
pub(super) fn pages<'a, T: Send + 'a>(
    client: &'a Client,
    request: impl Fn(Option<String>) -> Request + Send + Sync + 'a,
    extract: fn(Response) -> PageOf<T>,
) -> impl Stream<Item = Result<Vec<T>>> + Send + 'a {
    let request = std::sync::Arc::new(request);
    stream::try_unfold(Some(None::<String>), move |next| {
        let request = request.clone();
        async move {
            let Some(token) = next else { return Ok(None) };
            let call = request(token);
            let operation = call.operation_name();
            let response = client.execute(call).await?;
            let (items, next_token) = extract(response).map_err(|other| unexpected(operation, &other))?;
            Ok(Some((items, next_token.map(Some))))
        }
    })
}

impl<'a> Applications<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Applications { client }
    }

    fn call<T: Send + 'a>(&self, request: Request, extract: fn(Response) -> Result<T, Box<Response>>) -> Call<'a, T> {
        Call::new(self.client, request, extract)
    }

    /// `CreateApplication`, with its first version when the input carries a template.
    pub fn create(&self, application: NewApplication) -> Call<'a, Application> {
        self.call(Request::CreateApplication(Box::new(application)), |r| match r {
            Response::Application(a) => Ok(*a),
            other => Err(Box::new(other)),
        })
    }

    /// `GetApplication` with the given version, or the latest.
    pub fn get(&self, application_id: &str, semantic_version: Option<&str>) -> Call<'a, Application> {
        let request = Request::GetApplication {
            application_id: application_id.to_owned(),
            semantic_version: semantic_version.map(str::to_owned),
        };
        self.call(request, |r| match r {
            Response::Application(a) => Ok(*a),
            other => Err(Box::new(other)),
        })
    }

    /// `ListApplications`: the caller's own applications, page after page.
    pub fn list(&self) -> impl Stream<Item = Result<ApplicationSummary>> + Send + 'a {
        pages(
            self.client,
            |next_token| Request::ListApplications { max_items: None, next_token },
            |r| match r {
                Response::ApplicationPage { applications, next_token } => Ok((applications, next_token)),
                other => Err(Box::new(other)),
            },
        )
        .map_ok(|page| stream::iter(page.into_iter().map(Ok)))
        .try_flatten()
    }

    /// `UpdateApplication`.
    pub fn update(&self, application_id: &str, update: ApplicationUpdate) -> Call<'a, Application> {
        self.call(Request::UpdateApplication { application_id: application_id.to_owned(), update }, |r| match r {
            Response::Application(a) => Ok(*a),
            other => Err(Box::new(other)),
        })
    }

    /// `DeleteApplication`.
    pub fn delete(&self, application_id: &str) -> Call<'a, ()> {
        self.call(Request::DeleteApplication { application_id: application_id.to_owned() }, super::accounts::empty)
    }

    /// `CreateApplicationVersion` from a template's text; versions are immutable.
    pub fn create_version(
        &self,
        application_id: &str,
        semantic_version: &str,
        template_body: impl Into<String>,
        source_code_url: Option<&str>,
    ) -> Call<'a, Version> {
        let request = Request::CreateApplicationVersion {
            application_id: application_id.to_owned(),
            semantic_version: semantic_version.to_owned(),
            source_code_url: source_code_url.map(str::to_owned),
            source_code_archive_url: None,
            template_body: Some(template_body.into()),
            template_url: None,
        };
        self.call(request, |r| match r {
            Response::Version(v) => Ok(*v),
            other => Err(Box::new(other)),
        })
    }

    /// `ListApplicationVersions`, page after page.
    pub fn versions(&self, application_id: &str) -> impl Stream<Item = Result<VersionSummary>> + Send + 'a {
        let id = application_id.to_owned();
        pages(
            self.client,
            move |next_token| Request::ListApplicationVersions {
                application_id: id.clone(),
                max_items: None,
                next_token,
            },
            |r| match r {
                Response::VersionPage { versions, next_token } => Ok((versions, next_token)),
                other => Err(Box::new(other)),
            },
        )
        .map_ok(|page| stream::iter(page.into_iter().map(Ok)))
        .try_flatten()
    }

    /// `ListApplicationDependencies` of a version (or the latest), page after page.
    pub fn dependencies(
        &self,
        application_id: &str,
        semantic_version: Option<&str>,
    ) -> impl Stream<Item = Result<ApplicationDependency>> + Send + 'a {
        let id = application_id.to_owned();
        let version = semantic_version.map(str::to_owned);
        pages(
            self.client,
            move |next_token| Request::ListApplicationDependencies {
                application_id: id.clone(),
                semantic_version: version.clone(),
                max_items: None,
                next_token,
            },
            |r| match r {
                Response::DependencyPage { dependencies, next_token } => Ok((dependencies, next_token)),
                other => Err(Box::new(other)),
            },
        )
        .map_ok(|page| stream::iter(page.into_iter().map(Ok)))
        .try_flatten()
    }

    /// `GetApplicationPolicy`.
    pub fn policy(&self, application_id: &str) -> Call<'a, Vec<PolicyStatement>> {
        self.call(
            Request::GetApplicationPolicy { application_id: application_id.to_owned() },
            expect!(Response::Policy),
        )
    }

    /// `PutApplicationPolicy`: replace the whole policy.
    pub fn put_policy(&self, application_id: &str, statements: Vec<PolicyStatement>) -> Call<'a, Vec<PolicyStatement>> {
        let request = Request::PutApplicationPolicy { application_id: application_id.to_owned(), statements };
        self.call(request, expect!(Response::Policy))
    }

    /// Share with accounts so they can find and deploy the application (the `Deploy` action).
    pub fn share_with_accounts(&self, application_id: &str, accounts: &[AccountId]) -> Call<'a, Vec<PolicyStatement>> {
        self.put_policy(
            application_id,
            vec![PolicyStatement {
                statement_id: Some("accounts".into()),
                principals: accounts.iter().cloned().map(Principal::Account).collect(),
                principal_org_ids: Vec::new(),
                actions: vec![PolicyAction::Deploy],
            }],
        )
    }

    /// Share with every account of the caller's organization (with `UnshareApplication`, so the share can be revoked).
    pub fn share_with_organization(
        &self,
        application_id: &str,
        organization: OrganizationId,
    ) -> Call<'a, Vec<PolicyStatement>> {
        self.put_policy(
            application_id,
            vec![PolicyStatement {
                statement_id: Some("organization".into()),
                principals: vec![Principal::Everyone],
                principal_org_ids: vec![organization],
                actions: vec![PolicyAction::Deploy, PolicyAction::UnshareApplication],
            }],
        )
    }

    /// Make the application public (it needs an OSI-approved license and a version with a source code URL).
    pub fn make_public(&self, application_id: &str) -> Call<'a, Vec<PolicyStatement>> {
        self.put_policy(
            application_id,
            vec![PolicyStatement {
                statement_id: Some("public".into()),
                principals: vec![Principal::Everyone],
                principal_org_ids: Vec::new(),
                actions: vec![PolicyAction::Deploy],
            }],
        )
    }

    /// Make the application private again: an empty policy.
    pub fn make_private(&self, application_id: &str) -> Call<'a, Vec<PolicyStatement>> {
        self.put_policy(application_id, Vec::new())
    }

    /// `UnshareApplication` from an organization (its management account only); it can't be shared with it again.
    pub fn unshare(&self, application_id: &str, organization: OrganizationId) -> Call<'a, ()> {
        let request =
            Request::UnshareApplication { application_id: application_id.to_owned(), organization_id: organization };
        self.call(request, super::accounts::empty)
    }

    /// `CreateCloudFormationTemplate` of a version (or the latest); it is PREPARING, then ACTIVE for an hour.
    pub fn create_template(&self, application_id: &str, semantic_version: Option<&str>) -> Call<'a, TemplateDetails> {
        let request = Request::CreateCloudFormationTemplate {
            application_id: application_id.to_owned(),
            semantic_version: semantic_version.map(str::to_owned),
        };
        self.call(request, expect!(Response::Template))
    }

    /// `GetCloudFormationTemplate`.
    pub fn get_template(&self, application_id: &str, template_id: &str) -> Call<'a, TemplateDetails> {
        let request = Request::GetCloudFormationTemplate {
            application_id: application_id.to_owned(),
            template_id: template_id.to_owned(),
        };
        self.call(request, expect!(Response::Template))
    }

    /// `CreateCloudFormationChangeSet`: deploy to stack `serverlessrepo-<stack name>`, acknowledging capabilities
    /// and giving parameter values.
    pub fn deploy(&self, application_id: &str, request: ChangeSetRequest) -> Call<'a, ChangeSetDetails> {
        let request = Request::CreateCloudFormationChangeSet {
            application_id: application_id.to_owned(),
            request: Box::new(request),
        };
        self.call(request, expect!(Response::ChangeSet))
    }

    /// Publish like `sam publish`: read the template's `AWS::ServerlessRepo::Application` metadata, take the license
    /// and readme from local files next to the template, then create the application — or, when the caller already
    /// has one of that name, add the template as a new version (a version that exists is a `ConflictException`).
    pub async fn publish_sam(&self, template_path: impl AsRef<Path>) -> Result<Application> {
        let path = template_path.as_ref();
        let read = |p: &Path| {
            std::fs::read_to_string(p)
                .map_err(|e| Error::config(format!("cannot read {}: {e}", p.display())).with_source(e))
        };
        let body = read(path)?;
        let metadata = Template::parse(&body)?.application_metadata().ok_or_else(|| {
            Error::new(
                ErrorKind::Validation,
                "BadRequestException",
                format!("{} has no Metadata: AWS::ServerlessRepo::Application section", path.display()),
            )
        })?;
        let dir = path.parent().unwrap_or(Path::new("."));
        // Local files are uploaded as bodies, as `sam publish` does; URLs are passed on.
        let local_or_url = |value: Option<String>| -> Result<(Option<String>, Option<String>)> {
            match value {
                Some(v) if v.contains("://") => Ok((None, Some(v))),
                Some(v) => Ok((Some(read(&dir.join(v))?), None)),
                None => Ok((None, None)),
            }
        };
        let (license_body, license_url) = local_or_url(metadata.license_url.clone())?;
        let (readme_body, readme_url) = local_or_url(metadata.readme_url.clone())?;
        let name = metadata.name.clone().unwrap_or_default();
        let existing =
            std::pin::pin!(self.list().try_filter(|a| std::future::ready(a.name == name))).try_next().await?;
        if let (Some(app), Some(version)) = (existing, metadata.semantic_version.as_deref()) {
            self.create_version(&app.application_id, version, body, metadata.source_code_url.as_deref()).await?;
            return self.get(&app.application_id, Some(version)).await;
        }
        self.create(NewApplication {
            name,
            description: metadata.description.unwrap_or_default(),
            author: metadata.author.unwrap_or_default(),
            spdx_license_id: metadata.spdx_license_id,
            license_body,
            license_url,
            readme_body,
            readme_url,
            labels: metadata.labels,
            home_page_url: metadata.home_page_url,
            semantic_version: metadata.semantic_version,
            source_code_url: metadata.source_code_url,
            source_code_archive_url: None,
            template_body: Some(body),
            template_url: None,
        })
        .await
    }
}
