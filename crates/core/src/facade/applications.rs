//! `client.applications()`: the Serverless Application Repository — publish (also from a SAM template like
//! `sam publish`), versions, sharing, templates and deployments through change sets.

use crate::model::ApplicationId;
use std::path::Path;

use futures::stream::TryStreamExt;

use super::{paged_output, Paginator};
use crate::client::{Call, Client};
use crate::error::{Error, ErrorKind, Result};
use crate::model::serverless::{
    Application, ApplicationDependency, ApplicationSummary, ApplicationUpdate, ChangeSetRequest,
    CreateApplicationVersionInput, CreateCloudFormationChangeSetInput, CreateCloudFormationTemplateInput,
    DeleteApplicationInput, GetApplicationInput, GetApplicationPolicyInput, GetCloudFormationTemplateInput,
    ListApplicationDependenciesInput, ListApplicationDependenciesOutput, ListApplicationVersionsInput,
    ListApplicationVersionsOutput, ListApplicationsInput, ListApplicationsOutput, NewApplication, PolicyAction,
    PolicyStatement, Principal, PutApplicationPolicyInput, UnshareApplicationInput, UpdateApplicationInput,
    VersionSummary,
};
use crate::model::{AccountId, OrganizationId};
use crate::template::Template;

paged_output!(
    ListApplicationsOutput => applications: ApplicationSummary,
    ListApplicationVersionsOutput => versions: VersionSummary,
    ListApplicationDependenciesOutput => dependencies: ApplicationDependency,
);

/// Serverless Application Repository operations.
#[derive(Debug, Clone, Copy)]
pub struct Applications<'a> {
    client: &'a Client,
}

impl<'a> Applications<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Applications { client }
    }

    /// `CreateApplication`, with its first version when the input carries a template.
    pub fn create(&self, application: NewApplication) -> Call<'a, NewApplication> {
        self.client.call(application)
    }

    /// `GetApplication` with the given version, or the latest.
    pub fn get(
        &self,
        application_id: impl Into<ApplicationId>,
        semantic_version: Option<&str>,
    ) -> Call<'a, GetApplicationInput> {
        let application_id: ApplicationId = application_id.into();
        let mut input = GetApplicationInput::new(application_id);
        input.semantic_version = semantic_version.map(str::to_owned);
        self.client.call(input)
    }

    /// `ListApplications`: the caller's own applications, page after page.
    pub fn list(&self) -> Paginator<'a, ListApplicationsInput> {
        Paginator::new(self.client, ListApplicationsInput::new())
    }

    /// `UpdateApplication`.
    pub fn update(
        &self,
        application_id: impl Into<ApplicationId>,
        update: ApplicationUpdate,
    ) -> Call<'a, UpdateApplicationInput> {
        let application_id: ApplicationId = application_id.into();
        self.client.call(UpdateApplicationInput::new(application_id, update))
    }

    /// `DeleteApplication`.
    pub fn delete(&self, application_id: impl Into<ApplicationId>) -> Call<'a, DeleteApplicationInput> {
        let application_id: ApplicationId = application_id.into();
        self.client.call(DeleteApplicationInput::new(application_id))
    }

    /// `CreateApplicationVersion` from a template's text; versions are immutable.
    pub fn create_version(
        &self,
        application_id: impl Into<ApplicationId>,
        semantic_version: &str,
        template_body: impl Into<String>,
        source_code_url: Option<&str>,
    ) -> Call<'a, CreateApplicationVersionInput> {
        let application_id: ApplicationId = application_id.into();
        let mut input = CreateApplicationVersionInput::new(application_id, semantic_version, template_body);
        input.source_code_url = source_code_url.map(str::to_owned);
        self.client.call(input)
    }

    /// `ListApplicationVersions`, page after page.
    pub fn versions(&self, application_id: impl Into<ApplicationId>) -> Paginator<'a, ListApplicationVersionsInput> {
        let application_id: ApplicationId = application_id.into();
        Paginator::new(self.client, ListApplicationVersionsInput::new(application_id))
    }

    /// `ListApplicationDependencies` of a version (or the latest), page after page.
    pub fn dependencies(
        &self,
        application_id: impl Into<ApplicationId>,
        semantic_version: Option<&str>,
    ) -> Paginator<'a, ListApplicationDependenciesInput> {
        let application_id: ApplicationId = application_id.into();
        let mut input = ListApplicationDependenciesInput::new(application_id);
        input.semantic_version = semantic_version.map(str::to_owned);
        Paginator::new(self.client, input)
    }

    /// `GetApplicationPolicy`.
    pub fn policy(&self, application_id: impl Into<ApplicationId>) -> Call<'a, GetApplicationPolicyInput> {
        let application_id: ApplicationId = application_id.into();
        self.client.call(GetApplicationPolicyInput::new(application_id))
    }

    /// `PutApplicationPolicy`: replace the whole policy.
    pub fn put_policy(
        &self,
        application_id: impl Into<ApplicationId>,
        statements: Vec<PolicyStatement>,
    ) -> Call<'a, PutApplicationPolicyInput> {
        let application_id: ApplicationId = application_id.into();
        self.client.call(PutApplicationPolicyInput::new(application_id, statements))
    }

    /// Share with accounts so they can find and deploy the application (the `Deploy` action).
    pub fn share_with_accounts(
        &self,
        application_id: impl Into<ApplicationId>,
        accounts: &[AccountId],
    ) -> Call<'a, PutApplicationPolicyInput> {
        let application_id: ApplicationId = application_id.into();
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
        application_id: impl Into<ApplicationId>,
        organization: OrganizationId,
    ) -> Call<'a, PutApplicationPolicyInput> {
        let application_id: ApplicationId = application_id.into();
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
    pub fn make_public(&self, application_id: impl Into<ApplicationId>) -> Call<'a, PutApplicationPolicyInput> {
        let application_id: ApplicationId = application_id.into();
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
    pub fn make_private(&self, application_id: impl Into<ApplicationId>) -> Call<'a, PutApplicationPolicyInput> {
        let application_id: ApplicationId = application_id.into();
        self.put_policy(application_id, Vec::new())
    }

    /// `UnshareApplication` from an organization (its management account only); it can't be shared with it again.
    pub fn unshare(
        &self,
        application_id: impl Into<ApplicationId>,
        organization: OrganizationId,
    ) -> Call<'a, UnshareApplicationInput> {
        let application_id: ApplicationId = application_id.into();
        self.client.call(UnshareApplicationInput::new(application_id, organization))
    }

    /// `CreateCloudFormationTemplate` of a version (or the latest); it is PREPARING, then ACTIVE for an hour.
    pub fn create_template(
        &self,
        application_id: impl Into<ApplicationId>,
        semantic_version: Option<&str>,
    ) -> Call<'a, CreateCloudFormationTemplateInput> {
        let application_id: ApplicationId = application_id.into();
        let mut input = CreateCloudFormationTemplateInput::new(application_id);
        input.semantic_version = semantic_version.map(str::to_owned);
        self.client.call(input)
    }

    /// `GetCloudFormationTemplate`.
    pub fn get_template(
        &self,
        application_id: impl Into<ApplicationId>,
        template_id: &str,
    ) -> Call<'a, GetCloudFormationTemplateInput> {
        let application_id: ApplicationId = application_id.into();
        self.client.call(GetCloudFormationTemplateInput::new(application_id, template_id))
    }

    /// `CreateCloudFormationChangeSet`: deploy to stack `serverlessrepo-<stack name>`, acknowledging capabilities
    /// and giving parameter values.
    pub fn deploy(
        &self,
        application_id: impl Into<ApplicationId>,
        request: ChangeSetRequest,
    ) -> Call<'a, CreateCloudFormationChangeSetInput> {
        let application_id: ApplicationId = application_id.into();
        self.client.call(CreateCloudFormationChangeSetInput::new(application_id, request))
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
        let existing = std::pin::pin!(self.list().into_stream().try_filter(|a| std::future::ready(a.name == name)))
            .try_next()
            .await?;
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
