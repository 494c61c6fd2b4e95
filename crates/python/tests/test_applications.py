"""The Serverless Application Repository from Python, in process and against the emulator."""

from __future__ import annotations

import pytest

import marketplane
from marketplane import Capability

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
    app = apps.create(
        name="my-app", description="hello", author="user1", semantic_version="1.0.0", template_body=TEMPLATE,
        spdx_license_id="MIT", license_body="MIT License", labels=["tests"],
    )
    assert app.application_id == "arn:aws:serverlessrepo:us-east-1:111111111111:applications/my-app"
    assert app.version is not None and app.version.required_capabilities == [Capability.CAPABILITY_IAM]
    stage = app.version.parameter_definitions[0]
    assert (stage.name, stage.allowed_values, stage.referenced_by_resources) == ("Stage", ["dev", "prod"], ["Queue"])
    with pytest.raises(marketplane.ConflictError):
        apps.create_version(app.application_id, "1.0.0", TEMPLATE)
    apps.create_version(app.application_id, "1.1.0", TEMPLATE, source_code_url="https://example.com/src")
    assert [v.semantic_version for v in apps.versions(app.application_id)] == ["1.0.0", "1.1.0"]
    assert [a.name for a in apps.list()] == ["my-app"]

    with pytest.raises(marketplane.AccessDeniedError) as err:
        env.client(MEMBER).applications.get(app.application_id)
    assert err.value.code == "ForbiddenException"
    apps.share_with_organization(app.application_id, "o-aa111bb222")
    assert env.client(MEMBER).applications.get(app.application_id).version.semantic_version == "1.1.0"
    with pytest.raises(marketplane.AccessDeniedError):
        env.client(OUTSIDER).applications.get(app.application_id)
    apps.make_public(app.application_id)
    assert env.client(OUTSIDER).applications.get(app.application_id, "1.0.0").version.semantic_version == "1.0.0"

    deployer = env.client(OUTSIDER).applications
    with pytest.raises(marketplane.ValidationError) as bad:
        deployer.deploy(app.application_id, "web", parameters={"Stage": "dev"})
    assert bad.value.code == "BadRequestException"
    assert "CAPABILITY_IAM" in bad.value.message
    with pytest.raises(marketplane.ValidationError):
        deployer.deploy(app.application_id, "web", capabilities=["CAPABILITY_IAM"], parameters={"Stage": "qa"})
    change_set = deployer.deploy(app.application_id, "web", capabilities=[Capability.CAPABILITY_IAM], parameters={"Stage": "prod"})
    assert ":stack/serverlessrepo-web/" in change_set.stack_id
    template = apps.create_template(app.application_id)
    assert template.status is marketplane.TemplateStatus.PREPARING
    assert apps.get_template(app.application_id, template.template_id).template_id == template.template_id
    apps.delete(app.application_id)
    with pytest.raises(marketplane.NotFoundError):
        apps.get(app.application_id)


def test_async_application_lists(env) -> None:
    import asyncio

    async def main() -> None:
        client = marketplane.AsyncClient(env.client(OWNER))
        app = await client.applications.create(
            name="async-app", description="d", author="me", semantic_version="1.0.0", template_body="Resources: {}"
        )
        names = [a.name async for a in client.applications.list()]
        assert names == ["async-app"]
        versions = [v.semantic_version async for v in client.applications.versions(app.application_id)]
        assert versions == ["1.0.0"]

    asyncio.run(main())
