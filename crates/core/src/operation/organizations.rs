//! AWS Organizations' operation table (awsJson1_1, `X-Amz-Target: AWSOrganizationsV20161128.<Operation>`): the read
//! side of an organization, and AWS STS's (query protocol, `Action=<Operation>&Version=2011-06-15`): who the caller
//! is, and roles assumed in other accounts. Their member rules live beside the types in
//! [`crate::model::organizations`].

use super::table::define_service;

/// The AWS Organizations operation table, handed to `$callback` (see [`crate::operation::table`]).
#[macro_export]
macro_rules! organizations_operations {
    ($callback:ident) => {
        $callback! {
            /// AWS Organizations.
            service Organizations, variant Organizations, request OrganizationsRequest,
                response OrganizationsResponse, engine OrganizationsEngine, remote OrganizationsRemote,
                table ORGANIZATIONS_OPERATIONS;
            /// `DescribeOrganization`: the caller's organization (any member may ask).
            DescribeOrganization describe_organization(
                $crate::model::organizations::DescribeOrganizationInput)
                -> $crate::model::organizations::Organization as "Organization", [read] [rpc];
            /// `ListAccounts`: one page of the organization's accounts (management account or delegated
            /// administrator).
            ListAccounts list_accounts($crate::model::organizations::ListAccountsInput)
                -> $crate::model::organizations::ListAccountsOutput, [read] [rpc] [pages];
            /// `DescribeAccount`: one account of the organization.
            DescribeAccount describe_account($crate::model::organizations::DescribeAccountInput)
                -> $crate::model::organizations::OrganizationAccount as "Account", [read] [rpc];
            /// `ListRoots`: the organization's root.
            ListRoots list_roots($crate::model::organizations::ListRootsInput)
                -> $crate::model::organizations::ListRootsOutput, [read] [rpc] [pages];
            /// `ListOrganizationalUnitsForParent`: one page of the organizational units directly under a parent.
            ListOrganizationalUnitsForParent list_organizational_units_for_parent(
                $crate::model::organizations::ListOrganizationalUnitsForParentInput)
                -> $crate::model::organizations::ListOrganizationalUnitsForParentOutput, [read] [rpc] [pages];
            /// `ListAccountsForParent`: one page of the accounts directly under a parent.
            ListAccountsForParent list_accounts_for_parent(
                $crate::model::organizations::ListAccountsForParentInput)
                -> $crate::model::organizations::ListAccountsOutput, [read] [rpc] [pages];
            /// `ListParents`: the parent of an account or organizational unit.
            ListParents list_parents($crate::model::organizations::ListParentsInput)
                -> $crate::model::organizations::ListParentsOutput, [read] [rpc] [pages];
            /// `ListChildren`: one page of the accounts or organizational units directly under a parent.
            ListChildren list_children($crate::model::organizations::ListChildrenInput)
                -> $crate::model::organizations::ListChildrenOutput, [read] [rpc] [pages];
            /// `ListPoliciesForTarget`: one page of the policies of a type attached directly to a target.
            ListPoliciesForTarget list_policies_for_target(
                $crate::model::organizations::ListPoliciesForTargetInput)
                -> $crate::model::organizations::ListPoliciesForTargetOutput, [read] [rpc] [pages];
            /// `DescribePolicy`: a policy and its content.
            DescribePolicy describe_policy($crate::model::organizations::DescribePolicyInput)
                -> $crate::model::organizations::Policy as "Policy", [read] [rpc];
            /// `ListTagsForResource`: one page of an account's, unit's, root's or policy's tags.
            ListTagsForResource list_tags_for_resource($crate::model::organizations::ListOrganizationTagsInput)
                -> $crate::model::organizations::ListOrganizationTagsOutput, [read] [rpc] [pages];
            /// `ListAWSServiceAccessForOrganization`: one page of the services with trusted access.
            ListAWSServiceAccessForOrganization list_aws_service_access_for_organization(
                $crate::model::organizations::ListAwsServiceAccessForOrganizationInput)
                -> $crate::model::organizations::ListAwsServiceAccessForOrganizationOutput, [read] [rpc] [pages];
            /// `ListDelegatedAdministrators`: one page of the delegated administrators (of one service, if given).
            ListDelegatedAdministrators list_delegated_administrators(
                $crate::model::organizations::ListDelegatedAdministratorsInput)
                -> $crate::model::organizations::ListDelegatedAdministratorsOutput, [read] [rpc] [pages];
        }
    };
}

crate::organizations_operations!(define_service);

/// The AWS STS operation table, handed to `$callback` (see [`crate::operation::table`]).
#[macro_export]
macro_rules! sts_operations {
    ($callback:ident) => {
        $callback! {
            /// AWS Security Token Service.
            service Sts, variant Sts, request StsRequest, response StsResponse, engine StsEngine, remote StsRemote,
                table STS_OPERATIONS;
            /// `GetCallerIdentity`: who signs the requests.
            GetCallerIdentity get_caller_identity($crate::model::organizations::GetCallerIdentityInput)
                -> $crate::model::organizations::CallerIdentity, [read] [rpc];
            /// `AssumeRole`: temporary credentials of a role; in an account of the caller's organization (or its
            /// own).
            AssumeRole assume_role($crate::model::organizations::AssumeRoleInput)
                -> $crate::model::organizations::AssumeRoleOutput, [idempotent] [rpc];
        }
    };
}

crate::sts_operations!(define_service);
