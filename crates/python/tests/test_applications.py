"""The Serverless Application Repository from Python, in process and against the emulator."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

import marketplane

OWNER, MEMBER, OUTSIDER = "111111111111", "333333333333", "444444444444"

TEMPLATE = """
Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
Resources:
  Role:
    Type: AWS::IAM::Role
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub '${Stage}-queue'
"""


def test_publish_share_and_deploy(env) -> None:
    apps = env.client(OWNER).applications
    app = apps.create_application(
        name="my-app", description="hello", author="user1", semantic_version="1.0.0", template_body=TEMPLATE,
        spdx_license_id="MIT", license_body="MIT License", labels=["tests"],
    )
    assert isinstance(app, marketplane.Application)
    assert app.application_id == "arn:aws:serverlessrepo:us-east-1:111111111111:applications/my-app"
    assert app.version is not None and app.version.required_capabilities == ["CAPABILITY_IAM"]
    stage = app.version.parameter_definitions[0]
    assert (stage.name, stage.allowed_values, stage.referenced_by_resources) == ("Stage", ["dev", "prod"], ["Queue"])
    with pytest.raises(marketplane.ConflictError):
        apps.create_application_version(application_id=app.application_id, semantic_version="1.0.0", template_body=TEMPLATE)
    apps.create_application_version(
        application_id=app.application_id, semantic_version="1.1.0", template_body=TEMPLATE,
        source_code_url="https://example.com/src",
    )
    versions = apps.list_application_versions_items(application_id=app.application_id)
    assert [v.semantic_version for v in versions] == ["1.0.0", "1.1.0"]
    assert [a.name for a in apps.list_applications_items()] == ["my-app"]

    with pytest.raises(marketplane.AccessDeniedError) as err:
        env.client(MEMBER).applications.get_application(application_id=app.application_id)
    assert err.value.code == "ForbiddenException"
    statements = apps.share_with_organization(app.application_id, "o-aa111bb222")
    assert [s.principal_org_ids for s in statements] == [["o-aa111bb222"]]
    shared = env.client(MEMBER).applications.get_application(application_id=app.application_id)
    assert shared.version is not None and shared.version.semantic_version == "1.1.0"
    with pytest.raises(marketplane.AccessDeniedError):
        env.client(OUTSIDER).applications.get_application(application_id=app.application_id)
    apps.make_public(app.application_id)
    public = env.client(OUTSIDER).applications.get_application(application_id=app.application_id, semantic_version="1.0.0")
    assert public.version is not None and public.version.semantic_version == "1.0.0"
    assert apps.get_application_policy(application_id=app.application_id)[0].principals == ["*"]

    deployer = env.client(OUTSIDER).applications
    stage_dev = [marketplane.ParameterValue(name="Stage", value="dev")]
    with pytest.raises(marketplane.ValidationError) as bad:
        deployer.create_cloud_formation_change_set(
            application_id=app.application_id, stack_name="web", parameter_overrides=stage_dev
        )
    assert bad.value.code == "BadRequestException"
    assert "CAPABILITY_IAM" in bad.value.message
    with pytest.raises(marketplane.ValidationError):
        deployer.create_cloud_formation_change_set(
            application_id=app.application_id, stack_name="web", capabilities=["CAPABILITY_IAM"],
            parameter_overrides=[marketplane.ParameterValue(name="Stage", value="qa")],
        )
    change_set = deployer.create_cloud_formation_change_set(
        application_id=app.application_id, stack_name="web", capabilities=["CAPABILITY_IAM"],
        parameter_overrides=[marketplane.ParameterValue(name="Stage", value="prod")],
    )
    assert ":stack/serverlessrepo-web/" in change_set.stack_id
    template = apps.create_cloud_formation_template(application_id=app.application_id)
    assert template.status == "PREPARING"
    got = apps.get_cloud_formation_template(application_id=app.application_id, template_id=template.template_id)
    assert got.template_id == template.template_id
    assert apps.make_private(app.application_id) == []
    apps.delete_application(application_id=app.application_id)
    with pytest.raises(marketplane.NotFoundError):
        apps.get_application(application_id=app.application_id)


def test_publish_sam_from_a_template_file(env, tmp_path: Path) -> None:
    (tmp_path / "LICENSE.txt").write_text("MIT License")
    template = tmp_path / "template.yaml"
    template.write_text(
        "Metadata:\n"
        "  AWS::ServerlessRepo::Application:\n"
        "    Name: sam-app\n"
        "    Description: from a SAM template\n"
        "    Author: user1\n"
        "    SpdxLicenseId: MIT\n"
        "    LicenseUrl: LICENSE.txt\n"
        "    SemanticVersion: 0.1.0\n"
        "Resources:\n"
        "  Queue:\n"
        "    Type: AWS::SQS::Queue\n"
    )
    apps = env.client(OWNER).applications
    app = apps.publish_sam(template)
    assert (app.name, app.version.semantic_version if app.version else None) == ("sam-app", "0.1.0")
    template.write_text(template.read_text().replace("0.1.0", "0.2.0"))
    assert apps.publish_sam(str(template)).version.semantic_version == "0.2.0"  # type: ignore[union-attr]
    with pytest.raises(TypeError):
        apps.publish_sam(42)


def test_async_application_lists(env) -> None:
    async def main() -> None:
        client = marketplane.AsyncClient(env.client(OWNER))
        app = await client.applications.create_application(
            name="async-app", description="d", author="me", semantic_version="1.0.0", template_body="Resources: {}"
        )
        names = [a.name async for a in client.applications.list_applications_items()]
        assert names == ["async-app"]
        versions = [
            v.semantic_version async for v in client.applications.list_application_versions_items(application_id=app.application_id)
        ]
        assert versions == ["1.0.0"]
        assert await client.applications.make_private(app.application_id) == []

    asyncio.run(main())
