//! The AWS backend's Serverless Application Repository half: requests become `aws-sdk-serverlessapplicationrepository`
//! calls, outputs become the domain model, errors go through the same mapping as Account Management's.

use aws_sdk_serverlessapplicationrepository as sar;
use sar::types as sdk;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use super::aws::{from_sdk_error, lacked};
use crate::error::{Error, Result};
use crate::model::serverless::*;
use crate::operation::SarRemote;

fn required(operation: &str, member: &str, value: Option<String>) -> Result<String> {
    value.ok_or_else(|| lacked(operation, member))
}

fn time(operation: &str, member: &str, value: Option<String>) -> Result<OffsetDateTime> {
    let text = required(operation, member, value)?;
    OffsetDateTime::parse(&text, &Rfc3339)
        .map_err(|e| Error::internal(format!("{operation} response has an unreadable {member} {text:?}: {e}")))
}

fn capability(c: &sdk::Capability) -> Capability {
    Capability::from(c.as_str())
}

fn parameter(operation: &str, p: sdk::ParameterDefinition) -> Result<ParameterDefinition> {
    Ok(ParameterDefinition {
        name: required(operation, "parameterDefinitions.name", p.name)?,
        parameter_type: p.r#type,
        default_value: p.default_value,
        description: p.description,
        no_echo: p.no_echo,
        allowed_pattern: p.allowed_pattern,
        allowed_values: p.allowed_values.unwrap_or_default(),
        constraint_description: p.constraint_description,
        min_value: p.min_value.map(i64::from),
        max_value: p.max_value.map(i64::from),
        min_length: p.min_length.map(i64::from),
        max_length: p.max_length.map(i64::from),
        referenced_by_resources: p.referenced_by_resources.unwrap_or_default(),
    })
}

fn version(operation: &str, v: sdk::Version) -> Result<Version> {
    Ok(Version {
        application_id: (required(operation, "version.applicationId", v.application_id)?).into(),
        semantic_version: required(operation, "version.semanticVersion", v.semantic_version)?,
        creation_time: time(operation, "version.creationTime", v.creation_time)?,
        parameter_definitions: v
            .parameter_definitions
            .unwrap_or_default()
            .into_iter()
            .map(|p| parameter(operation, p))
            .collect::<Result<_>>()?,
        required_capabilities: v.required_capabilities.unwrap_or_default().iter().map(capability).collect(),
        resources_supported: v.resources_supported.unwrap_or(false),
        source_code_url: v.source_code_url,
        source_code_archive_url: v.source_code_archive_url,
        template_url: required(operation, "version.templateUrl", v.template_url)?,
    })
}

/// The members every application output (create, get, update) shares.
struct ApplicationParts {
    application_id: Option<String>,
    name: Option<String>,
    description: Option<String>,
    author: Option<String>,
    spdx_license_id: Option<String>,
    license_url: Option<String>,
    readme_url: Option<String>,
    labels: Option<Vec<String>>,
    home_page_url: Option<String>,
    is_verified_author: Option<bool>,
    creation_time: Option<String>,
    version: Option<sdk::Version>,
}

macro_rules! application_parts {
    ($out:expr) => {{
        let o = $out;
        ApplicationParts {
            application_id: o.application_id,
            name: o.name,
            description: o.description,
            author: o.author,
            spdx_license_id: o.spdx_license_id,
            license_url: o.license_url,
            readme_url: o.readme_url,
            labels: o.labels,
            home_page_url: o.home_page_url,
            is_verified_author: o.is_verified_author,
            creation_time: o.creation_time,
            version: o.version,
        }
    }};
}

fn application(operation: &str, p: ApplicationParts) -> Result<Application> {
    Ok(Application {
        application_id: (required(operation, "applicationId", p.application_id)?).into(),
        name: required(operation, "name", p.name)?,
        description: p.description.unwrap_or_default(),
        author: p.author.unwrap_or_default(),
        spdx_license_id: p.spdx_license_id,
        license_url: p.license_url,
        readme_url: p.readme_url,
        labels: p.labels.unwrap_or_default(),
        home_page_url: p.home_page_url,
        is_verified_author: p.is_verified_author.unwrap_or(false),
        creation_time: time(operation, "creationTime", p.creation_time)?,
        version: p.version.map(|v| version(operation, v)).transpose()?,
    })
}

fn statement_from_sdk(s: sdk::ApplicationPolicyStatement) -> Result<PolicyStatement> {
    Ok(PolicyStatement {
        statement_id: s.statement_id,
        principals: s.principals.unwrap_or_default().iter().map(|p| p.parse()).collect::<Result<_>>()?,
        principal_org_ids: s.principal_org_ids.unwrap_or_default().iter().map(|o| o.parse()).collect::<Result<_>>()?,
        actions: s.actions.unwrap_or_default().iter().map(|a| a.as_str().into()).collect(),
    })
}

fn statement_to_sdk(s: &PolicyStatement) -> sdk::ApplicationPolicyStatement {
    sdk::ApplicationPolicyStatement::builder()
        .set_statement_id(s.statement_id.clone())
        .set_principals(Some(s.principals.iter().map(|p| p.to_string()).collect()))
        .set_principal_org_ids(Some(s.principal_org_ids.iter().map(|o| o.to_string()).collect()))
        .set_actions(Some(s.actions.iter().map(|a| a.as_str().to_owned()).collect()))
        .build()
}

fn policy(statements: Option<Vec<sdk::ApplicationPolicyStatement>>) -> Result<Vec<PolicyStatement>> {
    statements.unwrap_or_default().into_iter().map(statement_from_sdk).collect::<Result<_>>()
}

/// The members both template outputs share.
struct TemplateParts {
    application_id: Option<String>,
    semantic_version: Option<String>,
    template_id: Option<String>,
    template_url: Option<String>,
    status: Option<sdk::Status>,
    creation_time: Option<String>,
    expiration_time: Option<String>,
}

/// The template members of a create or get output (two SDK types with the same members).
macro_rules! template_parts {
    ($o:expr) => {{
        let o = $o;
        TemplateParts {
            application_id: o.application_id,
            semantic_version: o.semantic_version,
            template_id: o.template_id,
            template_url: o.template_url,
            status: o.status,
            creation_time: o.creation_time,
            expiration_time: o.expiration_time,
        }
    }};
}

fn template(operation: &str, t: TemplateParts) -> Result<TemplateDetails> {
    Ok(TemplateDetails {
        application_id: (required(operation, "applicationId", t.application_id)?).into(),
        semantic_version: required(operation, "semanticVersion", t.semantic_version)?,
        template_id: required(operation, "templateId", t.template_id)?,
        template_url: required(operation, "templateUrl", t.template_url)?,
        status: TemplateStatus::from(required(operation, "status", t.status.map(|s| s.as_str().to_owned()))?),
        creation_time: time(operation, "creationTime", t.creation_time)?,
        expiration_time: time(operation, "expirationTime", t.expiration_time)?,
    })
}

/// The repository's operations over `aws-sdk-serverlessapplicationrepository`.
#[derive(Debug)]
pub(super) struct Sar<'a>(pub(super) &'a sar::Client);

impl SarRemote for Sar<'_> {
    async fn create_application(&self, input: CreateApplicationInput) -> Result<Application> {
        let op = "CreateApplication";
        let c = self.0;
        let app = input;
        let out = c
            .create_application()
            .name(app.name)
            .description(app.description)
            .author(app.author)
            .set_spdx_license_id(app.spdx_license_id)
            .set_license_body(app.license_body)
            .set_license_url(app.license_url)
            .set_readme_body(app.readme_body)
            .set_readme_url(app.readme_url)
            .set_labels((!app.labels.is_empty()).then_some(app.labels))
            .set_home_page_url(app.home_page_url)
            .set_semantic_version(app.semantic_version)
            .set_source_code_url(app.source_code_url)
            .set_source_code_archive_url(app.source_code_archive_url)
            .set_template_body(app.template_body)
            .set_template_url(app.template_url)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        application(op, application_parts!(out))
    }

    async fn get_application(&self, input: GetApplicationInput) -> Result<Application> {
        let op = "GetApplication";
        let c = self.0;
        let GetApplicationInput { application_id, semantic_version, .. } = input;
        let out = c
            .get_application()
            .application_id(application_id)
            .set_semantic_version(semantic_version)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        application(op, application_parts!(out))
    }

    async fn update_application(&self, input: UpdateApplicationInput) -> Result<Application> {
        let op = "UpdateApplication";
        let c = self.0;
        let UpdateApplicationInput { application_id, update, .. } = input;
        let out = c
            .update_application()
            .application_id(application_id)
            .set_description(update.description)
            .set_author(update.author)
            .set_readme_body(update.readme_body)
            .set_readme_url(update.readme_url)
            .set_labels(update.labels)
            .set_home_page_url(update.home_page_url)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        application(op, application_parts!(out))
    }

    async fn list_applications(&self, input: ListApplicationsInput) -> Result<ListApplicationsOutput> {
        let op = "ListApplications";
        let c = self.0;
        let ListApplicationsInput { max_items, next_token, .. } = input;
        let out = c
            .list_applications()
            .set_max_items(max_items)
            .set_next_token(next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let applications = out
            .applications
            .unwrap_or_default()
            .into_iter()
            .map(|a| {
                Ok(ApplicationSummary {
                    application_id: (required(op, "applicationId", a.application_id)?).into(),
                    name: required(op, "name", a.name)?,
                    description: a.description.unwrap_or_default(),
                    author: a.author.unwrap_or_default(),
                    spdx_license_id: a.spdx_license_id,
                    labels: a.labels.unwrap_or_default(),
                    home_page_url: a.home_page_url,
                    creation_time: time(op, "creationTime", a.creation_time)?,
                })
            })
            .collect::<Result<_>>()?;
        Ok(ListApplicationsOutput::new(applications, out.next_token))
    }

    async fn delete_application(&self, input: DeleteApplicationInput) -> Result<()> {
        let op = "DeleteApplication";
        let c = self.0;
        let DeleteApplicationInput { application_id, .. } = input;
        c.delete_application().application_id(application_id).send().await.map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn create_application_version(&self, input: CreateApplicationVersionInput) -> Result<Version> {
        let op = "CreateApplicationVersion";
        let c = self.0;
        let CreateApplicationVersionInput {
            application_id,
            semantic_version,
            source_code_url,
            source_code_archive_url,
            template_body,
            template_url,
            ..
        } = input;
        let out = c
            .create_application_version()
            .application_id(application_id)
            .semantic_version(semantic_version)
            .set_source_code_url(source_code_url)
            .set_source_code_archive_url(source_code_archive_url)
            .set_template_body(template_body)
            .set_template_url(template_url)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let v = sdk::Version::builder()
            .set_application_id(out.application_id)
            .set_creation_time(out.creation_time)
            .set_parameter_definitions(out.parameter_definitions)
            .set_required_capabilities(out.required_capabilities)
            .set_resources_supported(out.resources_supported)
            .set_semantic_version(out.semantic_version)
            .set_source_code_archive_url(out.source_code_archive_url)
            .set_source_code_url(out.source_code_url)
            .set_template_url(out.template_url)
            .build();
        version(op, v)
    }

    async fn list_application_versions(
        &self,
        input: ListApplicationVersionsInput,
    ) -> Result<ListApplicationVersionsOutput> {
        let op = "ListApplicationVersions";
        let c = self.0;
        let ListApplicationVersionsInput { application_id, max_items, next_token, .. } = input;
        let out = c
            .list_application_versions()
            .application_id(application_id)
            .set_max_items(max_items)
            .set_next_token(next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let versions = out
            .versions
            .unwrap_or_default()
            .into_iter()
            .map(|v| {
                Ok(VersionSummary {
                    application_id: (required(op, "applicationId", v.application_id)?).into(),
                    semantic_version: required(op, "semanticVersion", v.semantic_version)?,
                    creation_time: time(op, "creationTime", v.creation_time)?,
                    source_code_url: v.source_code_url,
                })
            })
            .collect::<Result<_>>()?;
        Ok(ListApplicationVersionsOutput::new(versions, out.next_token))
    }

    async fn list_application_dependencies(
        &self,
        input: ListApplicationDependenciesInput,
    ) -> Result<ListApplicationDependenciesOutput> {
        let op = "ListApplicationDependencies";
        let c = self.0;
        let ListApplicationDependenciesInput { application_id, semantic_version, max_items, next_token, .. } = input;
        let out = c
            .list_application_dependencies()
            .application_id(application_id)
            .set_semantic_version(semantic_version)
            .set_max_items(max_items)
            .set_next_token(next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let dependencies = out
            .dependencies
            .unwrap_or_default()
            .into_iter()
            .map(|d| {
                Ok(ApplicationDependency {
                    application_id: (required(op, "applicationId", d.application_id)?).into(),
                    semantic_version: required(op, "semanticVersion", d.semantic_version)?,
                })
            })
            .collect::<Result<_>>()?;
        Ok(ListApplicationDependenciesOutput::new(dependencies, out.next_token))
    }

    async fn get_application_policy(&self, input: GetApplicationPolicyInput) -> Result<Vec<PolicyStatement>> {
        let op = "GetApplicationPolicy";
        let c = self.0;
        let GetApplicationPolicyInput { application_id, .. } = input;
        let out = c
            .get_application_policy()
            .application_id(application_id)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        policy(out.statements)
    }

    async fn put_application_policy(&self, input: PutApplicationPolicyInput) -> Result<Vec<PolicyStatement>> {
        let op = "PutApplicationPolicy";
        let c = self.0;
        let PutApplicationPolicyInput { application_id, statements, .. } = input;
        let sdk_statements: Vec<_> = statements.iter().map(statement_to_sdk).collect();
        let out = c
            .put_application_policy()
            .application_id(application_id)
            .set_statements(Some(sdk_statements))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        policy(out.statements)
    }

    async fn unshare_application(&self, input: UnshareApplicationInput) -> Result<()> {
        let op = "UnshareApplication";
        let c = self.0;
        let UnshareApplicationInput { application_id, organization_id, .. } = input;
        c.unshare_application()
            .application_id(application_id)
            .organization_id(organization_id.as_str())
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn create_cloud_formation_template(
        &self,
        input: CreateCloudFormationTemplateInput,
    ) -> Result<TemplateDetails> {
        let op = "CreateCloudFormationTemplate";
        let c = self.0;
        let CreateCloudFormationTemplateInput { application_id, semantic_version, .. } = input;
        let o = c
            .create_cloud_formation_template()
            .application_id(application_id)
            .set_semantic_version(semantic_version)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        template(op, template_parts!(o))
    }

    async fn get_cloud_formation_template(&self, input: GetCloudFormationTemplateInput) -> Result<TemplateDetails> {
        let op = "GetCloudFormationTemplate";
        let c = self.0;
        let GetCloudFormationTemplateInput { application_id, template_id, .. } = input;
        let o = c
            .get_cloud_formation_template()
            .application_id(application_id)
            .template_id(template_id)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        template(op, template_parts!(o))
    }

    async fn create_cloud_formation_change_set(
        &self,
        input: CreateCloudFormationChangeSetInput,
    ) -> Result<ChangeSetDetails> {
        let op = "CreateCloudFormationChangeSet";
        let c = self.0;
        let CreateCloudFormationChangeSetInput { application_id, request, .. } = input;
        let overrides = request
            .parameter_overrides
            .iter()
            .map(|p| sdk::ParameterValue::builder().name(&p.name).value(&p.value).build())
            .collect::<Vec<_>>();
        let out = c
            .create_cloud_formation_change_set()
            .application_id(application_id)
            .stack_name(&request.stack_name)
            .set_semantic_version(request.semantic_version.clone())
            .set_template_id(request.template_id.clone())
            .set_capabilities(Some(request.capabilities.iter().map(|c| c.as_str().to_owned()).collect()))
            .set_parameter_overrides(Some(overrides))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ChangeSetDetails {
            application_id: (required(op, "applicationId", out.application_id)?).into(),
            semantic_version: required(op, "semanticVersion", out.semantic_version)?,
            change_set_id: required(op, "changeSetId", out.change_set_id)?,
            stack_id: required(op, "stackId", out.stack_id)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_round_trip_through_the_sdk_shape() {
        let ours = PolicyStatement {
            statement_id: Some("org".into()),
            principals: vec!["*".parse().unwrap()],
            principal_org_ids: vec!["o-aa111bb222".parse().unwrap()],
            actions: vec!["Deploy".into(), "UnshareApplication".into()],
        };
        let back = statement_from_sdk(statement_to_sdk(&ours)).unwrap();
        assert_eq!(back, ours);
    }

    #[test]
    fn timestamps_with_milliseconds_parse() {
        let t = time("Op", "creationTime", Some("2018-07-30T17:37:37.045Z".into())).unwrap();
        assert_eq!(t.millisecond(), 45);
        assert!(time("Op", "creationTime", Some("yesterday".into())).is_err());
        assert_eq!(time("Op", "creationTime", None).unwrap_err().kind(), crate::ErrorKind::Internal);
    }
}
