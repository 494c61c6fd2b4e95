//! The conformance suite for the Serverless Application Repository: every case runs on the local backend in process
//! and on the AWS backend against the emulator. Accounts are the fixture world's: A (111111111111) and B
//! (333333333333) are members of o-aa111bb222, whose management account is M (123456789012); S (444444444444) is
//! standalone.

mod common;

use std::time::Duration;

use common::Harness;
use futures::TryStreamExt;
use marketplane::model::serverless::{
    ApplicationUpdate, Capability, ChangeSetRequest, NewApplication, ParameterValue, TemplateStatus,
};
use marketplane::{ErrorKind, Result};

conformance!(
    publish_like_sam_and_versions_are_immutable,
    visibility_follows_the_application_policy,
    public_sharing_needs_an_osi_license_and_source_code,
    templates_expire_and_deployments_check_capabilities_and_parameters,
    updates_change_only_the_mutable_fields,
);

const TEMPLATE: &str = r#"
Transform: AWS::Serverless-2016-10-31
Metadata:
  AWS::ServerlessRepo::Application:
    Name: my-app
    Description: hello world
    Author: user1
    SpdxLicenseId: Apache-2.0
    LicenseUrl: LICENSE.txt
    ReadmeUrl: README.md
    Labels: ['tests']
    HomePageUrl: https://github.com/user1/my-app-project
    SemanticVersion: 0.0.1
    SourceCodeUrl: https://github.com/user1/my-app-project
Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
  Retention:
    Type: Number
    MinValue: 1
    MaxValue: 30
    Default: 7
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Environment:
        Variables:
          STAGE: !Ref Stage
          DAYS: !Ref Retention
  Role:
    Type: AWS::IAM::Role
  Nested:
    Type: AWS::Serverless::Application
    Properties:
      Location:
        ApplicationId: arn:aws:serverlessrepo:us-east-1:999999999999:applications/helper
        SemanticVersion: 2.0.0
"#;

/// A SAM project on disk, as `sam publish` reads it: the template, a license and a readme.
struct Files {
    _dir: tempfile::TempDir,
    template_path: std::path::PathBuf,
}

impl Files {
    fn new() -> Files {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("LICENSE.txt"), "Apache License 2.0").unwrap();
        std::fs::write(dir.path().join("README.md"), "# my-app").unwrap();
        let template_path = dir.path().join("template.yaml");
        std::fs::write(&template_path, TEMPLATE).unwrap();
        Files { _dir: dir, template_path }
    }
}

fn code<T: std::fmt::Debug>(result: Result<T>) -> String {
    result.expect_err("the call should fail").code().to_owned()
}

fn deploy(stack: &str, capabilities: Vec<Capability>, parameters: &[(&str, &str)]) -> ChangeSetRequest {
    ChangeSetRequest::new(stack)
        .with_capabilities(capabilities)
        .with_parameter_overrides(parameters.iter().map(|(n, v)| ParameterValue::new(*n, *v)).collect::<Vec<_>>())
}

async fn publish_like_sam_and_versions_are_immutable(h: &Harness) {
    let files = Files::new();
    let owner = h.client("111111111111");
    let apps = owner.applications();
    let app = apps.publish_sam(&files.template_path).await.unwrap();
    assert_eq!(app.application_id, "arn:aws:serverlessrepo:us-east-1:111111111111:applications/my-app");
    assert_eq!(app.author, "user1");
    assert!(app.license_url.is_some() && app.readme_url.is_some());
    let version = app.version.unwrap();
    assert_eq!(version.semantic_version, "0.0.1");
    assert_eq!(version.required_capabilities, [Capability::Iam, Capability::AutoExpand]);
    assert!(version.resources_supported);
    let stage = version.parameter_definitions.iter().find(|p| p.name == "Stage").unwrap();
    assert_eq!(stage.referenced_by_resources, ["Fn"]);
    // The same version again is a conflict; a new one is added.
    assert_eq!(code(apps.publish_sam(&files.template_path).await), "ConflictException");
    std::fs::write(&files.template_path, TEMPLATE.replace("SemanticVersion: 0.0.1", "SemanticVersion: 0.0.2")).unwrap();
    let second = apps.publish_sam(&files.template_path).await.unwrap();
    assert_eq!(second.version.unwrap().semantic_version, "0.0.2");
    let versions: Vec<_> = apps.versions(&app.application_id).try_collect().await.unwrap();
    assert_eq!(versions.iter().map(|v| v.semantic_version.as_str()).collect::<Vec<_>>(), ["0.0.1", "0.0.2"]);
    let old = apps.get(&app.application_id, Some("0.0.1")).await.unwrap();
    assert_eq!(old.version.unwrap().semantic_version, "0.0.1");
    assert_eq!(code(apps.get(&app.application_id, Some("9.9.9")).await), "NotFoundException");
    let deps: Vec<_> = apps.dependencies(&app.application_id, None).try_collect().await.unwrap();
    assert_eq!(deps[0].semantic_version, "2.0.0");
    let listed: Vec<_> = apps.list().try_collect().await.unwrap();
    assert_eq!(listed.len(), 1);
    // Bad input is a BadRequestException naming the field.
    let err = apps.create(NewApplication::new("x", "d", "Bad--Author")).await.unwrap_err();
    assert_eq!(err.code(), "BadRequestException");
    assert_eq!(err.field_errors()[0].name, "author");
    assert_eq!(code(apps.create_version(&app.application_id, "1.0", TEMPLATE, None).await), "BadRequestException");
    assert_eq!(
        code(apps.create_version(&app.application_id, "1.0.0", "X: !Nope y", None).await),
        "BadRequestException"
    );
}

async fn visibility_follows_the_application_policy(h: &Harness) {
    let files = Files::new();
    let owner = h.client("111111111111");
    let arn = owner.applications().publish_sam(&files.template_path).await.unwrap().application_id;
    let member = h.client("333333333333");
    let outsider = h.client("444444444444");
    assert_eq!(code(member.applications().get(&arn, None).await), "ForbiddenException");
    assert_eq!(code(member.applications().update(&arn, ApplicationUpdate::default()).await), "ForbiddenException");
    // Shared with one account.
    owner.applications().share_with_accounts(&arn, &["444444444444".parse().unwrap()]).await.unwrap();
    assert_eq!(outsider.applications().get(&arn, None).await.unwrap().name, "my-app");
    assert_eq!(code(member.applications().get(&arn, None).await), "ForbiddenException");
    // Shared with the organization: members see it, the outsider no longer does.
    owner.applications().share_with_organization(&arn, "o-aa111bb222".parse().unwrap()).await.unwrap();
    assert!(member.applications().get(&arn, None).await.is_ok());
    assert_eq!(code(outsider.applications().get(&arn, None).await), "ForbiddenException");
    // Only the owner's own organization can be named.
    let other_org = owner.applications().share_with_organization(&arn, "o-zz999yy888".parse().unwrap()).await;
    assert_eq!(code(other_org), "BadRequestException");
    // Only the management account unshares; after that the organization can't be shared with again.
    assert_eq!(code(member.applications().unshare(&arn, "o-aa111bb222".parse().unwrap()).await), "ForbiddenException");
    h.client("123456789012").applications().unshare(&arn, "o-aa111bb222".parse().unwrap()).await.unwrap();
    assert_eq!(code(member.applications().get(&arn, None).await), "ForbiddenException");
    assert_eq!(
        code(owner.applications().share_with_organization(&arn, "o-aa111bb222".parse().unwrap()).await),
        "BadRequestException"
    );
    // Public: everyone.
    owner.applications().make_public(&arn).await.unwrap();
    assert!(outsider.applications().get(&arn, None).await.is_ok());
    owner.applications().make_private(&arn).await.unwrap();
    assert_eq!(code(outsider.applications().get(&arn, None).await), "ForbiddenException");
    // Only the owner deletes.
    assert_eq!(code(outsider.applications().delete(&arn).await), "ForbiddenException");
    owner.applications().delete(&arn).await.unwrap();
    assert_eq!(code(owner.applications().get(&arn, None).await), "NotFoundException");
}

async fn public_sharing_needs_an_osi_license_and_source_code(h: &Harness) {
    let owner = h.client("111111111111");
    let apps = owner.applications();
    let base =
        NewApplication::new("closed", "d", "me").with_semantic_version("1.0.0").with_template_body("Resources: {}");
    let arn = apps.create(base.clone()).await.unwrap().application_id;
    assert_eq!(code(apps.make_public(&arn).await), "BadRequestException");
    let licensed = base.clone().with_name("open").with_spdx_license_id("MIT").with_license_body("MIT License");
    let arn = apps.create(licensed.clone()).await.unwrap().application_id;
    let err = apps.make_public(&arn).await.unwrap_err();
    assert!(err.message().contains("SourceCodeUrl"), "{}", err.message());
    apps.create_version(&arn, "1.0.1", "Resources: {}", Some("https://example.com/src")).await.unwrap();
    apps.make_public(&arn).await.unwrap();
    assert_eq!(
        h.client("444444444444").applications().get(&arn, None).await.unwrap().version.unwrap().semantic_version,
        "1.0.1"
    );
    // The quota: 100 public applications per account and region.
    for i in 0..99 {
        let app = licensed.clone().with_name(format!("open-{i}")).with_source_code_url("https://e.com");
        let arn = apps.create(app).await.unwrap().application_id;
        apps.make_public(&arn).await.unwrap();
    }
    let one_more = licensed.with_name("open-100").with_source_code_url("https://e.com");
    let arn = apps.create(one_more).await.unwrap().application_id;
    let err = apps.make_public(&arn).await.unwrap_err();
    assert!(err.message().contains("quota"), "{}", err.message());
}

async fn templates_expire_and_deployments_check_capabilities_and_parameters(h: &Harness) {
    let files = Files::new();
    let owner = h.client("111111111111");
    let apps = owner.applications();
    let arn = apps.publish_sam(&files.template_path).await.unwrap().application_id;
    let template = apps.create_template(&arn, None).await.unwrap();
    assert_eq!(template.status, TemplateStatus::Preparing);
    assert_eq!(template.expiration_time - template.creation_time, time::Duration::hours(1));
    let full = vec![Capability::Iam, Capability::AutoExpand];
    let mut with_template = deploy("stack", full.clone(), &[("Stage", "dev")]);
    with_template.template_id = Some(template.template_id.clone());
    assert_eq!(code(apps.deploy(&arn, with_template.clone()).await), "BadRequestException");
    h.advance(Duration::from_secs(2));
    assert_eq!(apps.get_template(&arn, &template.template_id).await.unwrap().status, TemplateStatus::Active);
    let change_set = apps.deploy(&arn, with_template.clone()).await.unwrap();
    assert!(change_set.stack_id.contains(":stack/serverlessrepo-stack/"), "{}", change_set.stack_id);
    assert_eq!(change_set.semantic_version, "0.0.1");
    h.advance(Duration::from_secs(3600));
    assert_eq!(apps.get_template(&arn, &template.template_id).await.unwrap().status, TemplateStatus::Expired);
    assert_eq!(code(apps.deploy(&arn, with_template).await), "BadRequestException");

    // Capabilities: both must be acknowledged; NAMED_IAM covers IAM.
    let err = apps.deploy(&arn, deploy("s", vec![Capability::Iam], &[("Stage", "dev")])).await.unwrap_err();
    assert_eq!(err.message(), "Requires capabilities : [CAPABILITY_AUTO_EXPAND]");
    apps.deploy(&arn, deploy("s", vec![Capability::NamedIam, Capability::AutoExpand], &[("Stage", "dev")]))
        .await
        .unwrap();
    // Parameters: required, allowed values, numeric bounds, unknown names.
    for (params, fragment) in [
        (vec![], "[Stage] must have values"),
        (vec![("Stage", "qa")], "must be one of AllowedValues"),
        (vec![("Stage", "dev"), ("Retention", "31")], "MinValue/MaxValue"),
        (vec![("Stage", "dev"), ("Retention", "many")], "must be a number"),
        (vec![("Stage", "dev"), ("Colour", "blue")], "'Colour' is not defined"),
    ] {
        let err = apps.deploy(&arn, deploy("s", full.clone(), &params)).await.unwrap_err();
        assert_eq!(err.code(), "BadRequestException");
        assert!(err.message().contains(fragment), "{params:?}: {}", err.message());
    }
    // Someone the application is not shared with can't deploy it.
    let outsider = h.client("444444444444");
    let err = outsider.applications().deploy(&arn, deploy("s", full, &[("Stage", "dev")])).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::AccessDenied);
}

async fn updates_change_only_the_mutable_fields(h: &Harness) {
    let files = Files::new();
    let owner = h.client("111111111111");
    let apps = owner.applications();
    let arn = apps.publish_sam(&files.template_path).await.unwrap().application_id;
    let updated = apps
        .update(&arn, ApplicationUpdate::new().with_description("better").with_labels(vec!["a".into(), "b".into()]))
        .await
        .unwrap();
    assert_eq!(updated.description, "better");
    assert_eq!(updated.labels, ["a", "b"]);
    assert_eq!(updated.spdx_license_id.as_deref(), Some("Apache-2.0"));
    let err = apps
        .update(&arn, ApplicationUpdate::new().with_labels((0..11).map(|i| i.to_string()).collect::<Vec<_>>()))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "BadRequestException");
}
