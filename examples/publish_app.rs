//! Publish a serverless application like `sam publish`, share it with the organization, and deploy it from a member
//! account — offline, on the embedded backend. Run it with `cargo run --example publish_app`.

use futures::TryStreamExt;
use marketplane::backend::local::World;
use marketplane::model::serverless::{ChangeSetRequest, ParameterValue};
use marketplane::Client;

const WORLD: &str = r#"
[[organizations]]
id = "o-exampleorg1"
management_account = "100000000001"

[[accounts]]
id = "100000000001"
organization = "o-exampleorg1"

[[accounts]]
id = "100000000002"
name = "platform-team"
organization = "o-exampleorg1"

[[accounts]]
id = "100000000003"
name = "payments-team"
organization = "o-exampleorg1"
"#;

const TEMPLATE: &str = r#"
Transform: AWS::Serverless-2016-10-31
Metadata:
  AWS::ServerlessRepo::Application:
    Name: log-shipper
    Description: Ships CloudWatch logs to the central account
    Author: platform-team
    SpdxLicenseId: Apache-2.0
    LicenseUrl: LICENSE.txt
    ReadmeUrl: README.md
    Labels: ['logs', 'platform']
    SemanticVersion: 1.0.0
    SourceCodeUrl: https://git.example.com/platform/log-shipper
Parameters:
  Destination:
    Type: String
    AllowedPattern: 'arn:aws:logs:.*'
  RetentionDays:
    Type: Number
    MinValue: 1
    MaxValue: 365
    Default: 30
Resources:
  Shipper:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Environment:
        Variables:
          DESTINATION: !Ref Destination
          RETENTION: !Ref RetentionDays
  ShipperRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
"#;

#[tokio::main]
async fn main() -> marketplane::Result<()> {
    let dir = std::env::temp_dir().join(format!("marketplane-publish-app-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| marketplane::Error::config(e.to_string()))?;
    for (file, text) in
        [("template.yaml", TEMPLATE), ("LICENSE.txt", "Apache License 2.0"), ("README.md", "# log-shipper")]
    {
        std::fs::write(dir.join(file), text).map_err(|e| marketplane::Error::config(e.to_string()))?;
    }

    let base = Client::in_memory_with_world(World::from_toml_str(WORLD)?)?;
    let platform = base.as_account("100000000002".parse()?);
    let app = platform.applications().publish_sam(dir.join("template.yaml")).await?;
    let version = app.version.as_ref().expect("the template is the first version");
    println!("Published {} {}", app.application_id, version.semantic_version);
    let capabilities: Vec<&str> = version.required_capabilities.iter().map(|c| c.as_str()).collect();
    println!("  requires: {}", capabilities.join(", "));
    for p in &version.parameter_definitions {
        println!(
            "  parameter {} ({}), used by {:?}",
            p.name,
            p.parameter_type.as_deref().unwrap_or("String"),
            p.referenced_by_resources
        );
    }

    platform.applications().share_with_organization(&app.application_id, "o-exampleorg1".parse()?).await?;
    println!("Shared with o-exampleorg1");

    let payments = base.as_account("100000000003".parse()?);
    let request = |capabilities| {
        ChangeSetRequest::new("log-shipper").with_capabilities(capabilities).with_parameter_overrides(vec![
            ParameterValue::new("Destination", "arn:aws:logs:us-east-1:100000000001:destination:central"),
        ])
    };
    match payments.applications().deploy(&app.application_id, request(Vec::new())).await {
        Err(err) => println!("Deploy without acknowledging: {} ({})", err.code(), err.message()),
        Ok(_) => println!("Deploy without acknowledging unexpectedly succeeded"),
    }
    let change_set =
        payments.applications().deploy(&app.application_id, request(version.required_capabilities.clone())).await?;
    println!("Deployed by 100000000003: {}", change_set.stack_id);

    let versions: Vec<_> = platform.applications().versions(&app.application_id).try_collect().await?;
    println!("Versions: {}", versions.iter().map(|v| v.semantic_version.as_str()).collect::<Vec<_>>().join(", "));
    std::fs::remove_dir_all(&dir).ok();
    Ok(())
}
