//! The Serverless Application Repository's operation table (restJson1; the application's ARN is one
//! percent-encoded path segment; list options travel in the query string).

use super::table::define_service;

/// The Serverless Application Repository operation table, handed to `$callback` (see [`crate::operation::table`]).
#[macro_export]
macro_rules! serverlessrepo_operations {
    ($callback:ident) => {
        $callback! {
            /// The Serverless Application Repository.
            service ServerlessRepo, variant Sar, request SarRequest, response SarResponse,
                engine SarEngine, remote SarRemote, table SAR_OPERATIONS;
            /// `CreateApplication`, optionally with its first version.
            CreateApplication create_application($crate::model::serverless::CreateApplicationInput)
                -> $crate::model::serverless::Application,
                [write] [POST "/applications" 201];
            /// `CreateApplicationVersion`: versions are immutable; a repeated one is a conflict.
            CreateApplicationVersion create_application_version(
                $crate::model::serverless::CreateApplicationVersionInput)
                -> $crate::model::serverless::Version,
                [write] [PUT "/applications/{applicationId}/versions/{semanticVersion}" 201];
            /// `CreateCloudFormationChangeSet`: deploy a version (or a prepared template) as a stack.
            CreateCloudFormationChangeSet create_cloud_formation_change_set(
                $crate::model::serverless::CreateCloudFormationChangeSetInput)
                -> $crate::model::serverless::ChangeSetDetails,
                [write] [POST "/applications/{applicationId}/changesets" 201];
            /// `CreateCloudFormationTemplate`: a template of a version, PREPARING then ACTIVE for an hour.
            CreateCloudFormationTemplate create_cloud_formation_template(
                $crate::model::serverless::CreateCloudFormationTemplateInput)
                -> $crate::model::serverless::TemplateDetails,
                [write] [POST "/applications/{applicationId}/templates" 201];
            /// `DeleteApplication`.
            DeleteApplication delete_application($crate::model::serverless::DeleteApplicationInput) -> (),
                [write] [DELETE "/applications/{applicationId}" 204];
            /// `GetApplication`, with the version asked for (or the latest).
            GetApplication get_application($crate::model::serverless::GetApplicationInput)
                -> $crate::model::serverless::Application,
                [read] [GET "/applications/{applicationId}" 200];
            /// `GetApplicationPolicy`: the statements of the application's policy.
            GetApplicationPolicy get_application_policy($crate::model::serverless::GetApplicationPolicyInput)
                -> Vec<$crate::model::serverless::PolicyStatement> as "statements",
                [read] [GET "/applications/{applicationId}/policy" 200];
            /// `GetCloudFormationTemplate`.
            GetCloudFormationTemplate get_cloud_formation_template(
                $crate::model::serverless::GetCloudFormationTemplateInput)
                -> $crate::model::serverless::TemplateDetails,
                [read] [GET "/applications/{applicationId}/templates/{templateId}" 200];
            /// `ListApplicationDependencies`: one page of the nested applications of a version.
            ListApplicationDependencies list_application_dependencies(
                $crate::model::serverless::ListApplicationDependenciesInput)
                -> $crate::model::serverless::ListApplicationDependenciesOutput,
                [read] [GET "/applications/{applicationId}/dependencies" 200] [pages];
            /// `ListApplicationVersions`: one page.
            ListApplicationVersions list_application_versions(
                $crate::model::serverless::ListApplicationVersionsInput)
                -> $crate::model::serverless::ListApplicationVersionsOutput,
                [read] [GET "/applications/{applicationId}/versions" 200] [pages];
            /// `ListApplications`: one page of the caller's own applications.
            ListApplications list_applications($crate::model::serverless::ListApplicationsInput)
                -> $crate::model::serverless::ListApplicationsOutput,
                [read] [GET "/applications" 200] [pages];
            /// `PutApplicationPolicy`: replace the whole policy.
            PutApplicationPolicy put_application_policy($crate::model::serverless::PutApplicationPolicyInput)
                -> Vec<$crate::model::serverless::PolicyStatement> as "statements",
                [idempotent] [PUT "/applications/{applicationId}/policy" 200];
            /// `UnshareApplication`: revoke an organization share, for good (management account only).
            UnshareApplication unshare_application($crate::model::serverless::UnshareApplicationInput) -> (),
                [write] [POST "/applications/{applicationId}/unshare" 204];
            /// `UpdateApplication`: change the mutable fields.
            UpdateApplication update_application($crate::model::serverless::UpdateApplicationInput)
                -> $crate::model::serverless::Application,
                [idempotent] [PATCH "/applications/{applicationId}" 200];
        }
    };
}

crate::serverlessrepo_operations!(define_service);
