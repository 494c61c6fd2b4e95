//! The AWS backend's Organizations and STS parts, on `aws-sdk-organizations` and `aws-sdk-sts`: every operation of
//! both tables, SDK outputs mapped to the typed model.

use aws_sdk_organizations as org;
use aws_sdk_sts as sts;
use org::types as sdk;

use super::aws::{from_sdk_error, lacked, smithy_time};
use crate::error::{Error, Result};
use crate::model::account::AccountState;
use crate::model::catalog::Tag;
use crate::model::organizations::*;
use crate::model::AccountId;
use crate::operation::{OrganizationsRemote, StsRemote};

/// Organizations through its SDK client.
pub(super) struct Organizations<'a>(pub(super) &'a org::Client);

/// STS through its SDK client.
pub(super) struct Sts<'a>(pub(super) &'a sts::Client);

fn account_id(op: &str, member: &str, value: Option<String>) -> Result<AccountId> {
    let value = value.ok_or_else(|| lacked(op, member))?;
    value
        .parse()
        .map_err(|e: Error| Error::internal(format!("{op} answered an invalid {member} {value:?}: {}", e.message())))
}

fn policy_types(types: Option<Vec<sdk::PolicyTypeSummary>>) -> Vec<PolicyTypeSummary> {
    types
        .unwrap_or_default()
        .into_iter()
        .filter_map(|t| {
            Some(PolicyTypeSummary {
                policy_type: PolicyType::from(t.r#type?.as_str()),
                status: PolicyTypeStatus::from(t.status?.as_str()),
            })
        })
        .collect()
}

fn account(op: &str, a: sdk::Account) -> Result<OrganizationAccount> {
    Ok(OrganizationAccount {
        id: account_id(op, "Account.Id", a.id)?,
        arn: a.arn.ok_or_else(|| lacked(op, "Account.Arn"))?,
        email: a.email,
        name: a.name,
        status: a.status.map(|s| OrganizationAccountStatus::from(s.as_str())),
        state: a.state.map(|s| AccountState::from(s.as_str())),
        paths: a.paths.unwrap_or_default(),
        joined_method: a.joined_method.map(|m| AccountJoinedMethod::from(m.as_str())),
        joined_timestamp: smithy_time(a.joined_timestamp.as_ref()),
    })
}

fn accounts(op: &str, list: Option<Vec<sdk::Account>>) -> Result<Vec<OrganizationAccount>> {
    list.unwrap_or_default().into_iter().map(|a| account(op, a)).collect()
}

fn policy_summary(op: &str, p: sdk::PolicySummary) -> Result<PolicySummary> {
    Ok(PolicySummary {
        id: p.id.ok_or_else(|| lacked(op, "PolicySummary.Id"))?,
        arn: p.arn.ok_or_else(|| lacked(op, "PolicySummary.Arn"))?,
        name: p.name.ok_or_else(|| lacked(op, "PolicySummary.Name"))?,
        description: p.description,
        policy_type: PolicyType::from(p.r#type.ok_or_else(|| lacked(op, "PolicySummary.Type"))?.as_str()),
        aws_managed: p.aws_managed,
    })
}

fn unit(op: &str, u: sdk::OrganizationalUnit) -> Result<OrganizationalUnit> {
    Ok(OrganizationalUnit {
        id: u.id.ok_or_else(|| lacked(op, "OrganizationalUnit.Id"))?,
        arn: u.arn.ok_or_else(|| lacked(op, "OrganizationalUnit.Arn"))?,
        name: u.name.ok_or_else(|| lacked(op, "OrganizationalUnit.Name"))?,
        path: u.path,
    })
}

impl OrganizationsRemote for Organizations<'_> {
    async fn describe_organization(&self, _: DescribeOrganizationInput) -> Result<Organization> {
        let op = "DescribeOrganization";
        let out = self.0.describe_organization().send().await.map_err(|e| from_sdk_error(op, e))?;
        let o = out.organization.ok_or_else(|| lacked(op, "Organization"))?;
        let id = o.id.ok_or_else(|| lacked(op, "Organization.Id"))?;
        Ok(Organization {
            id: id.parse().map_err(|e: Error| Error::internal(format!("{op}: {}", e.message())))?,
            arn: o.arn.ok_or_else(|| lacked(op, "Organization.Arn"))?,
            feature_set: OrganizationFeatureSet::from(o.feature_set.ok_or_else(|| lacked(op, "FeatureSet"))?.as_str()),
            master_account_arn: o.master_account_arn.ok_or_else(|| lacked(op, "MasterAccountArn"))?,
            master_account_id: account_id(op, "MasterAccountId", o.master_account_id)?,
            master_account_email: o.master_account_email,
            available_policy_types: policy_types(o.available_policy_types),
        })
    }

    async fn list_accounts(&self, input: ListAccountsInput) -> Result<ListAccountsOutput> {
        let op = "ListAccounts";
        let out = self
            .0
            .list_accounts()
            .set_next_token(input.next_token)
            .set_max_results(input.max_results)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ListAccountsOutput::new(accounts(op, out.accounts)?, out.next_token))
    }

    async fn describe_account(&self, input: DescribeAccountInput) -> Result<OrganizationAccount> {
        let op = "DescribeAccount";
        let out = self
            .0
            .describe_account()
            .account_id(input.account_id.as_str())
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        account(op, out.account.ok_or_else(|| lacked(op, "Account"))?)
    }

    async fn list_roots(&self, input: ListRootsInput) -> Result<ListRootsOutput> {
        let op = "ListRoots";
        let out = self
            .0
            .list_roots()
            .set_next_token(input.next_token)
            .set_max_results(input.max_results)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let roots = out
            .roots
            .unwrap_or_default()
            .into_iter()
            .map(|r| {
                Ok(Root {
                    id: r.id.ok_or_else(|| lacked(op, "Root.Id"))?,
                    arn: r.arn.ok_or_else(|| lacked(op, "Root.Arn"))?,
                    name: r.name.unwrap_or_else(|| "Root".to_owned()),
                    policy_types: policy_types(r.policy_types),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(ListRootsOutput::new(roots, out.next_token))
    }

    async fn list_organizational_units_for_parent(
        &self,
        input: ListOrganizationalUnitsForParentInput,
    ) -> Result<ListOrganizationalUnitsForParentOutput> {
        let op = "ListOrganizationalUnitsForParent";
        let out = self
            .0
            .list_organizational_units_for_parent()
            .parent_id(input.parent_id)
            .set_next_token(input.next_token)
            .set_max_results(input.max_results)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let units = out
            .organizational_units
            .unwrap_or_default()
            .into_iter()
            .map(|u| unit(op, u))
            .collect::<Result<Vec<_>>>()?;
        Ok(ListOrganizationalUnitsForParentOutput::new(units, out.next_token))
    }

    async fn list_accounts_for_parent(&self, input: ListAccountsForParentInput) -> Result<ListAccountsOutput> {
        let op = "ListAccountsForParent";
        let out = self
            .0
            .list_accounts_for_parent()
            .parent_id(input.parent_id)
            .set_next_token(input.next_token)
            .set_max_results(input.max_results)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(ListAccountsOutput::new(accounts(op, out.accounts)?, out.next_token))
    }

    async fn list_parents(&self, input: ListParentsInput) -> Result<ListParentsOutput> {
        let op = "ListParents";
        let out = self
            .0
            .list_parents()
            .child_id(input.child_id)
            .set_next_token(input.next_token)
            .set_max_results(input.max_results)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let parents = out
            .parents
            .unwrap_or_default()
            .into_iter()
            .map(|p| {
                Ok(OrganizationParent {
                    id: p.id.ok_or_else(|| lacked(op, "Parent.Id"))?,
                    parent_type: ParentType::from(p.r#type.ok_or_else(|| lacked(op, "Parent.Type"))?.as_str()),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(ListParentsOutput::new(parents, out.next_token))
    }

    async fn list_children(&self, input: ListChildrenInput) -> Result<ListChildrenOutput> {
        let op = "ListChildren";
        let out = self
            .0
            .list_children()
            .parent_id(input.parent_id)
            .child_type(sdk::ChildType::from(input.child_type.as_str()))
            .set_next_token(input.next_token)
            .set_max_results(input.max_results)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let children = out
            .children
            .unwrap_or_default()
            .into_iter()
            .map(|c| {
                Ok(OrganizationChild {
                    id: c.id.ok_or_else(|| lacked(op, "Child.Id"))?,
                    child_type: ChildType::from(c.r#type.ok_or_else(|| lacked(op, "Child.Type"))?.as_str()),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(ListChildrenOutput::new(children, out.next_token))
    }

    async fn list_policies_for_target(&self, input: ListPoliciesForTargetInput) -> Result<ListPoliciesForTargetOutput> {
        let op = "ListPoliciesForTarget";
        let out = self
            .0
            .list_policies_for_target()
            .target_id(input.target_id)
            .filter(sdk::PolicyType::from(input.filter.as_str()))
            .set_next_token(input.next_token)
            .set_max_results(input.max_results)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let policies =
            out.policies.unwrap_or_default().into_iter().map(|p| policy_summary(op, p)).collect::<Result<Vec<_>>>()?;
        Ok(ListPoliciesForTargetOutput::new(policies, out.next_token))
    }

    async fn describe_policy(&self, input: DescribePolicyInput) -> Result<Policy> {
        let op = "DescribePolicy";
        let out =
            self.0.describe_policy().policy_id(input.policy_id).send().await.map_err(|e| from_sdk_error(op, e))?;
        let p = out.policy.ok_or_else(|| lacked(op, "Policy"))?;
        Ok(Policy {
            policy_summary: policy_summary(op, p.policy_summary.ok_or_else(|| lacked(op, "Policy.PolicySummary"))?)?,
            content: p.content.ok_or_else(|| lacked(op, "Policy.Content"))?,
        })
    }

    async fn list_tags_for_resource(&self, input: ListOrganizationTagsInput) -> Result<ListOrganizationTagsOutput> {
        let op = "ListTagsForResource";
        let out = self
            .0
            .list_tags_for_resource()
            .resource_id(input.resource_id)
            .set_next_token(input.next_token)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let tags = out.tags.unwrap_or_default().into_iter().map(|t| Tag::new(t.key, t.value)).collect();
        Ok(ListOrganizationTagsOutput::new(tags, out.next_token))
    }

    async fn list_aws_service_access_for_organization(
        &self,
        input: ListAwsServiceAccessForOrganizationInput,
    ) -> Result<ListAwsServiceAccessForOrganizationOutput> {
        let op = "ListAWSServiceAccessForOrganization";
        let out = self
            .0
            .list_aws_service_access_for_organization()
            .set_next_token(input.next_token)
            .set_max_results(input.max_results)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let principals = out
            .enabled_service_principals
            .unwrap_or_default()
            .into_iter()
            .map(|p| {
                Ok(EnabledServicePrincipal {
                    service_principal: p.service_principal.ok_or_else(|| lacked(op, "ServicePrincipal"))?,
                    date_enabled: smithy_time(p.date_enabled.as_ref()),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(ListAwsServiceAccessForOrganizationOutput::new(principals, out.next_token))
    }

    async fn list_delegated_administrators(
        &self,
        input: ListDelegatedAdministratorsInput,
    ) -> Result<ListDelegatedAdministratorsOutput> {
        let op = "ListDelegatedAdministrators";
        let out = self
            .0
            .list_delegated_administrators()
            .set_service_principal(input.service_principal)
            .set_next_token(input.next_token)
            .set_max_results(input.max_results)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let admins = out
            .delegated_administrators
            .unwrap_or_default()
            .into_iter()
            .map(|a| {
                Ok(DelegatedAdministrator {
                    id: account_id(op, "DelegatedAdministrator.Id", a.id)?,
                    arn: a.arn.ok_or_else(|| lacked(op, "DelegatedAdministrator.Arn"))?,
                    email: a.email,
                    name: a.name,
                    status: a.status.map(|s| OrganizationAccountStatus::from(s.as_str())),
                    state: a.state.map(|s| AccountState::from(s.as_str())),
                    joined_method: a.joined_method.map(|m| AccountJoinedMethod::from(m.as_str())),
                    joined_timestamp: smithy_time(a.joined_timestamp.as_ref()),
                    delegation_enabled_date: smithy_time(a.delegation_enabled_date.as_ref()),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(ListDelegatedAdministratorsOutput::new(admins, out.next_token))
    }
}

impl StsRemote for Sts<'_> {
    async fn get_caller_identity(&self, _: GetCallerIdentityInput) -> Result<CallerIdentity> {
        let op = "GetCallerIdentity";
        let out = self.0.get_caller_identity().send().await.map_err(|e| from_sdk_error(op, e))?;
        Ok(CallerIdentity {
            user_id: out.user_id.ok_or_else(|| lacked(op, "UserId"))?,
            account: account_id(op, "Account", out.account)?,
            arn: out.arn.ok_or_else(|| lacked(op, "Arn"))?,
        })
    }

    async fn assume_role(&self, input: AssumeRoleInput) -> Result<AssumeRoleOutput> {
        let op = "AssumeRole";
        let out = self
            .0
            .assume_role()
            .role_arn(input.role_arn)
            .role_session_name(input.role_session_name)
            .set_duration_seconds(input.duration_seconds)
            .set_external_id(input.external_id)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let c = out.credentials.ok_or_else(|| lacked(op, "Credentials"))?;
        let user = out.assumed_role_user.ok_or_else(|| lacked(op, "AssumedRoleUser"))?;
        Ok(AssumeRoleOutput {
            credentials: SessionCredentials {
                access_key_id: c.access_key_id,
                secret_access_key: c.secret_access_key,
                session_token: c.session_token,
                expiration: smithy_time(Some(&c.expiration)).ok_or_else(|| lacked(op, "Credentials.Expiration"))?,
            },
            assumed_role_user: AssumedRoleUser { assumed_role_id: user.assumed_role_id, arn: user.arn },
        })
    }
}
