//! `client.organizations()`: AWS Organizations' read side — the organization, its accounts, roots, organizational
//! units, policies, tags, trusted services and delegated administrators; every list a lazy [`Paginator`].

use super::Paginator;
use crate::client::{Call, Client};
use crate::model::organizations::*;
use crate::model::AccountId;

/// Organizations operations.
#[derive(Debug, Clone, Copy)]
pub struct Organizations<'a> {
    client: &'a Client,
}

impl<'a> Organizations<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Organizations { client }
    }

    /// The caller's organization (`AWSOrganizationsNotInUseException`, kind `NotFound`, for a standalone account).
    pub fn describe(&self) -> Call<'a, DescribeOrganizationInput> {
        self.client.call(DescribeOrganizationInput::new())
    }

    /// Every account of the organization, page after page (management account or delegated administrator).
    pub fn accounts(&self) -> Paginator<'a, ListAccountsInput> {
        self.client.paginate(ListAccountsInput::new())
    }

    /// One account of the organization.
    pub fn account(&self, account_id: AccountId) -> Call<'a, DescribeAccountInput> {
        self.client.call(DescribeAccountInput::new(account_id))
    }

    /// The organization's roots (there is one).
    pub fn roots(&self) -> Paginator<'a, ListRootsInput> {
        self.client.paginate(ListRootsInput::new())
    }

    /// The organizational units directly under a root or unit.
    pub fn organizational_units(
        &self,
        parent_id: impl Into<String>,
    ) -> Paginator<'a, ListOrganizationalUnitsForParentInput> {
        self.client.paginate(ListOrganizationalUnitsForParentInput::new(parent_id))
    }

    /// The accounts directly under a root or unit.
    pub fn accounts_for_parent(&self, parent_id: impl Into<String>) -> Paginator<'a, ListAccountsForParentInput> {
        self.client.paginate(ListAccountsForParentInput::new(parent_id))
    }

    /// The parent of an account or unit.
    pub fn parents(&self, child_id: impl Into<String>) -> Paginator<'a, ListParentsInput> {
        self.client.paginate(ListParentsInput::new(child_id))
    }

    /// The accounts or units directly under a root or unit.
    pub fn children(&self, parent_id: impl Into<String>, child_type: ChildType) -> Paginator<'a, ListChildrenInput> {
        self.client.paginate(ListChildrenInput::new(parent_id, child_type))
    }

    /// The policies of `policy_type` attached directly to a root, unit or account.
    pub fn policies_for_target(
        &self,
        target_id: impl Into<String>,
        policy_type: PolicyType,
    ) -> Paginator<'a, ListPoliciesForTargetInput> {
        self.client.paginate(ListPoliciesForTargetInput::new(target_id, policy_type))
    }

    /// A policy and its content.
    pub fn policy(&self, policy_id: impl Into<String>) -> Call<'a, DescribePolicyInput> {
        self.client.call(DescribePolicyInput::new(policy_id))
    }

    /// The tags of an account, unit, root or policy.
    pub fn tags(&self, resource_id: impl Into<String>) -> Paginator<'a, ListOrganizationTagsInput> {
        self.client.paginate(ListOrganizationTagsInput::new(resource_id))
    }

    /// The services with trusted access to the organization.
    pub fn service_access(&self) -> Paginator<'a, ListAwsServiceAccessForOrganizationInput> {
        self.client.paginate(ListAwsServiceAccessForOrganizationInput::new())
    }

    /// The delegated administrators, of every service or of `service_principal`.
    pub fn delegated_administrators(
        &self,
        service_principal: Option<&str>,
    ) -> Paginator<'a, ListDelegatedAdministratorsInput> {
        let mut input = ListDelegatedAdministratorsInput::new();
        input.service_principal = service_principal.map(str::to_owned);
        self.client.paginate(input)
    }
}
