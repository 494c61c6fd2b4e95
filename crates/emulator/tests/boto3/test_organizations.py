"""Plain boto3 against the emulator: AWS Organizations (awsJson1_1) and STS (query protocol), as a tool written for
AWS would use them."""

from __future__ import annotations

from typing import Any, Callable

import pytest
from botocore.exceptions import ClientError

M = "123456789012"  # management account
A = "111111111111"  # member in Workloads/Prod
D = "222222222222"  # delegated administrator (Security Hub)
S = "444444444444"  # standalone
ACCOUNTS_IN_ORG = 25


def error_of(excinfo: pytest.ExceptionInfo[ClientError]) -> tuple[str, int]:
    response = excinfo.value.response
    return response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]


def test_describe_organization(client: Callable[..., Any]) -> None:
    org = client("organizations", M).describe_organization()["Organization"]
    assert org["Id"] == "o-aa111bb222"
    assert org["MasterAccountId"] == M
    assert org["FeatureSet"] == "ALL"
    assert org["Arn"] == "arn:aws:organizations::123456789012:organization/o-aa111bb222"
    # Any member may describe its organization.
    assert client("organizations", A).describe_organization()["Organization"]["Id"] == org["Id"]


def test_list_accounts_through_the_paginator(client: Callable[..., Any]) -> None:
    organizations = client("organizations", M)
    pages = list(organizations.get_paginator("list_accounts").paginate(PaginationConfig={"PageSize": 6}))
    assert [len(page["Accounts"]) for page in pages] == [6, 6, 6, 6, 1]
    ids = [account["Id"] for page in pages for account in page["Accounts"]]
    assert len(ids) == len(set(ids)) == ACCOUNTS_IN_ORG
    assert M in ids and A in ids and S not in ids
    # Without a page size: pages of 20, then the rest.
    pages = list(organizations.get_paginator("list_accounts").paginate())
    assert [len(page["Accounts"]) for page in pages] == [20, 5]
    # build_full_result follows the tokens too.
    full = organizations.get_paginator("list_accounts").paginate(PaginationConfig={"PageSize": 10}).build_full_result()
    assert sorted(a["Id"] for a in full["Accounts"]) == sorted(ids)
    account = next(a for a in full["Accounts"] if a["Id"] == A)
    assert account["Name"] == "Workload A" and account["Status"] == "ACTIVE" and account["JoinedMethod"] == "CREATED"
    assert account["JoinedTimestamp"].year >= 1970


def test_a_member_may_not_list_accounts(client: Callable[..., Any]) -> None:
    with pytest.raises(ClientError) as excinfo:
        client("organizations", A).list_accounts()
    assert error_of(excinfo) == ("AccessDeniedException", 400)
    assert "permissions" in excinfo.value.response["Error"]["Message"]
    # The modeled exception class is raised.
    organizations = client("organizations", A)
    with pytest.raises(organizations.exceptions.AccessDeniedException):
        organizations.list_roots()


def test_a_standalone_account_is_in_no_organization(client: Callable[..., Any]) -> None:
    organizations = client("organizations", S)
    with pytest.raises(organizations.exceptions.AWSOrganizationsNotInUseException) as excinfo:
        organizations.describe_organization()
    assert error_of(excinfo) == ("AWSOrganizationsNotInUseException", 400)  # type: ignore[arg-type]
    with pytest.raises(organizations.exceptions.AWSOrganizationsNotInUseException):
        organizations.list_accounts()


def test_the_tree_policies_and_tags(client: Callable[..., Any]) -> None:
    organizations = client("organizations", D)  # the delegated administrator reads it all
    root = organizations.list_roots()["Roots"][0]
    assert root["Id"] == "r-aa11"
    assert root["PolicyTypes"] == [{"Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED"}]
    units = organizations.list_organizational_units_for_parent(ParentId=root["Id"])["OrganizationalUnits"]
    assert sorted(u["Name"] for u in units) == ["Security", "Workloads"]
    parents = organizations.list_parents(ChildId=A)["Parents"]
    assert parents == [{"Id": "ou-aa11-prod0001", "Type": "ORGANIZATIONAL_UNIT"}]
    children = organizations.list_children(ParentId="ou-aa11-prod0001", ChildType="ACCOUNT")["Children"]
    assert children == [{"Id": A, "Type": "ACCOUNT"}]
    in_prod = organizations.list_accounts_for_parent(ParentId="ou-aa11-prod0001")["Accounts"]
    assert [a["Id"] for a in in_prod] == [A]
    policies = organizations.list_policies_for_target(TargetId="ou-aa11-prod0001", Filter="SERVICE_CONTROL_POLICY")
    assert [p["Name"] for p in policies["Policies"]] == ["FullAWSAccess", "DenyRootUser"]
    policy = organizations.describe_policy(PolicyId="p-denyroot01")["Policy"]
    assert '"Effect":"Deny"' in policy["Content"]
    assert organizations.list_tags_for_resource(ResourceId=A)["Tags"] == [
        {"Key": "customer", "Value": "A"},
        {"Key": "production", "Value": "true"},
    ]
    principals = organizations.list_aws_service_access_for_organization()["EnabledServicePrincipals"]
    assert "securityhub.amazonaws.com" in [p["ServicePrincipal"] for p in principals]
    admins = organizations.list_delegated_administrators()["DelegatedAdministrators"]
    assert [a["Id"] for a in admins] == [D]
    with pytest.raises(organizations.exceptions.ParentNotFoundException):
        organizations.list_children(ParentId="r-zzzz", ChildType="ACCOUNT")
    with pytest.raises(organizations.exceptions.InvalidInputException) as excinfo:
        organizations.list_children(ParentId="nope", ChildType="ACCOUNT")
    assert excinfo.value.response["Reason"] == "INVALID_PATTERN"


def test_sts_caller_identity_and_assume_role(client: Callable[..., Any]) -> None:
    sts = client("sts", M)
    identity = sts.get_caller_identity()
    assert identity["Account"] == M
    assert identity["Arn"] == f"arn:aws:iam::{M}:root"

    role_arn = f"arn:aws:iam::{A}:role/OrganizationAccountAccessRole"
    assumed = sts.assume_role(RoleArn=role_arn, RoleSessionName="boto3-suite", DurationSeconds=900)
    credentials = assumed["Credentials"]
    assert credentials["AccessKeyId"].startswith("ASIA")
    assert credentials["Expiration"].tzinfo is not None
    assert assumed["AssumedRoleUser"]["Arn"] == (
        f"arn:aws:sts::{A}:assumed-role/OrganizationAccountAccessRole/boto3-suite"
    )

    # The assumed credentials act as the member account: STS says so, and Organizations treats it as a member.
    as_member = client("sts", credentials=credentials).get_caller_identity()
    assert as_member["Account"] == A
    assert as_member["Arn"] == assumed["AssumedRoleUser"]["Arn"]
    member_org = client("organizations", credentials=credentials)
    assert member_org.describe_organization()["Organization"]["MasterAccountId"] == M
    with pytest.raises(member_org.exceptions.AccessDeniedException):
        member_org.list_accounts()


def test_assume_role_outside_the_organization_is_denied(client: Callable[..., Any]) -> None:
    with pytest.raises(ClientError) as excinfo:
        client("sts", M).assume_role(
            RoleArn=f"arn:aws:iam::{S}:role/OrganizationAccountAccessRole", RoleSessionName="outside"
        )
    assert error_of(excinfo) == ("AccessDenied", 403)
    assert "sts:AssumeRole" in excinfo.value.response["Error"]["Message"]
    # A session's credentials with the wrong token are not accepted.
    assumed = client("sts", M).assume_role(
        RoleArn=f"arn:aws:iam::{A}:role/OrganizationAccountAccessRole", RoleSessionName="tampered"
    )
    credentials = dict(assumed["Credentials"], SessionToken="forged")
    with pytest.raises(ClientError) as excinfo:
        client("sts", credentials=credentials).get_caller_identity()
    assert error_of(excinfo) == ("InvalidClientTokenId", 403)
