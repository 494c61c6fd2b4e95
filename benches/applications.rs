//! Serverless Application Repository on the local backend: publish (CreateApplication with a SAM template, which is
//! parsed and analysed) followed by GetApplication, through the facade over the in-memory backend.
//!
//! Run: `cargo bench -p marketplane --bench applications`.

use criterion::{criterion_group, criterion_main, Criterion};
use marketplane::backend::local::LocalBackend;
use marketplane::backend::RetryPolicy;
use marketplane::model::serverless::NewApplication;
use marketplane::Client;

const TEMPLATE: &str = r#"
Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Environment:
        Variables:
          STAGE: !Ref Stage
  Role:
    Type: AWS::IAM::Role
"#;

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let client = Client::local_builder(LocalBackend::builder().in_memory().expect("backend"))
        .retry(RetryPolicy::none())
        .build()
        .as_account("123456789012".parse().expect("account id"));
    let mut n = 0u64;
    c.bench_function("publish_and_get_application/in_memory", |b| {
        b.to_async(&rt).iter(|| {
            n += 1;
            let client = client.clone();
            async move {
                let app = client
                    .applications()
                    .create(
                        NewApplication::new(format!("app-{n}"), "bench", "bench")
                            .with_semantic_version("1.0.0")
                            .with_template_body(TEMPLATE),
                    )
                    .send()
                    .await
                    .expect("publish");
                client.applications().get(&app.application_id, None).send().await.expect("get")
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
