//! Conformance-style flows through the AWS backend against a running emulator that injects faults, then a count of
//! the side effects each flow meant to cause once: a write retried after the service had already applied it (its
//! answer lost to `500-after` or `drop-after`) shows up as a second email, change set, agreement request or
//! agreement, or as a write reported failed although it was applied.
//!
//! `benches/faults.sh` starts the emulator and runs this; by hand:
//!
//! ```sh
//! marketplane-emulator --world world.toml --admin-token t &   # the world benches/faults.sh writes
//! cargo run -p marketplane-emulator --example fault_flows -- http://127.0.0.1:4566 t 20 \
//!     'throttle:4%,503:4%,drop:4%,500-after:4%,drop-after:4%' 7
//! ```
//!
//! Arguments: endpoint, admin token, rounds, fault plan, seed. Exit status 1 when a side effect was duplicated.

use std::collections::BTreeMap;
use std::time::Duration;

use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_credential_types::provider::SharedCredentialsProvider;
use aws_credential_types::Credentials;
use marketplane::backend::aws::AwsBackend;
use marketplane::model::account::{AlternateContact, AlternateContactType};
use marketplane::model::agreement::RequestIntent;
use marketplane::model::catalog::changes::{typed, CreateProduct, ReleaseProduct, UpdateVisibility};
use marketplane::model::catalog::offer::OfferBuilder;
use marketplane::model::catalog::terms::CurrencyCode;
use marketplane::model::catalog::{EntityRef, EntityType, Filter, StartChangeSetInput};
use marketplane::model::serverless::NewApplication;
use marketplane::Client;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The management account of the world's organization; its members are `1000000000NN`.
const MANAGEMENT: &str = "100000000000";
const SELLER: &str = "300000000000";

fn member(round: usize) -> String {
    format!("{}", 100_000_000_001 + round as u64)
}

fn buyer(round: usize) -> String {
    format!("{}", 200_000_000_001 + round as u64)
}

/// A client of the AWS backend acting as `account` (a 12-digit key is that account on the emulator), with the
/// library's default retry policy: what the run measures.
fn client(endpoint: &str, account: &str) -> Client {
    let config = SdkConfig::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .credentials_provider(SharedCredentialsProvider::new(Credentials::new(account, "x", None, None, "faults")))
        .build();
    Client::from_backend(AwsBackend::with_endpoint(&config, endpoint))
}

/// One request to the emulator's own endpoints: status and body.
async fn admin(endpoint: &str, token: &str, method: &str, path: &str, body: &str) -> (u16, String) {
    let addr = endpoint.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("the emulator is listening");
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.expect("write");
    stream.write_all(body.as_bytes()).await.expect("write");
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await.expect("read");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, body.to_owned())
}

async fn admin_ok(endpoint: &str, token: &str, method: &str, path: &str, body: &str) -> String {
    let (status, answer) = admin(endpoint, token, method, path, body).await;
    assert_eq!(status, 200, "{method} {path}: {answer}");
    answer
}

/// A released public contract offer of the seller.
async fn public_offer(seller: &Client) -> marketplane::Result<String> {
    let me = || EntityRef::created_by(EntityType::SaaSProduct, "P");
    let changes = vec![
        typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Faults"))
            .named("P"),
        typed(me(), &ReleaseProduct::default()),
        typed(me(), &UpdateVisibility::default().with_target_visibility("Public")),
    ];
    let listed = seller.catalog().apply(StartChangeSetInput::new(changes)).await?;
    let product = listed.entity_id_of("P").unwrap_or_default().to_owned();
    let offer = OfferBuilder::new(product)
        .name("Annual")
        .contract(CurrencyCode::Usd, "P12M", "1200", [("Users", 10)])
        .standard_eula();
    seller.catalog().publish_offer(offer).await
}

/// What one round's writes did, as the client saw them.
#[derive(Default)]
struct Outcomes {
    ok: usize,
    failed: BTreeMap<String, usize>,
}

impl Outcomes {
    fn record<T>(&mut self, operation: &str, result: &marketplane::Result<T>) {
        match result {
            Ok(_) => self.ok += 1,
            Err(err) => *self.failed.entry(format!("{operation}: {}", err.code())).or_default() += 1,
        }
    }
}

async fn round(endpoint: &str, i: usize, offer_id: &str, outcomes: &mut Outcomes) {
    let management = client(endpoint, MANAGEMENT);
    let buyer = client(endpoint, &buyer(i));
    let seller = client(endpoint, SELLER);

    // Account Management: an idempotent write, a read, and a write that sends an email (no idempotency token).
    let contact =
        AlternateContact::new(AlternateContactType::Billing, "Ops", "Billing", "ops@example.com", "206-555-0100");
    let put = buyer.accounts().put_alternate_contact(contact).await;
    outcomes.record("PutAlternateContact", &put);
    let got = buyer.accounts().get_alternate_contact(AlternateContactType::Billing).await;
    outcomes.record("GetAlternateContact", &got);
    let member = member(i).parse().expect("account id");
    let started = management.accounts().start_primary_email_update(member, format!("new-{i}@example.com")).await;
    outcomes.record("StartPrimaryEmailUpdate", &started);
    let enabled = buyer.regions().enable("af-south-1".parse().expect("region")).await;
    outcomes.record("EnableRegion", &enabled);

    // Marketplace Catalog: a change set (the facade gives it a ClientRequestToken).
    let mut input = StartChangeSetInput::new(vec![typed(
        EntityRef::new(EntityType::SaaSProduct),
        &CreateProduct::default().with_product_title(format!("fault-product-{i}")),
    )]);
    input.change_set_name = Some(format!("fault-{i}"));
    let started = seller.catalog().start_change_set(input).await;
    outcomes.record("StartChangeSet", &started);

    // Serverless Application Repository: a create (no token; a name is unique).
    let app = NewApplication::new(format!("fault-app-{i}"), "faults", "faults");
    let created = seller.applications().create(app).await;
    outcomes.record("CreateApplication", &created);

    // Marketplace Agreement: request the public offer (clientToken) and accept it (no token).
    let requested = buyer.agreements().request_offer(offer_id, None, RequestIntent::New, None).await;
    outcomes.record("CreateAgreementRequest", &requested);
    if let Ok(request) = requested {
        let accepted = buyer.agreements().accept_with_purchase_order(&request, &format!("PO-{i}")).await;
        outcomes.record("AcceptAgreementRequest", &accepted);
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [endpoint, token, rounds, plan, seed] = args.as_slice() else {
        eprintln!("usage: fault_flows ENDPOINT ADMIN_TOKEN ROUNDS PLAN SEED");
        return std::process::ExitCode::from(2);
    };
    let rounds: usize = rounds.parse().expect("ROUNDS is a number");

    // A clean state, the offer set up without faults, then the faults on.
    admin_ok(endpoint, token, "POST", "/_marketplane/faults", "").await;
    admin_ok(endpoint, token, "POST", "/_marketplane/reset?world=initial", "").await;
    let offer_id = public_offer(&client(endpoint, SELLER)).await.expect("the offer, set up without faults");
    admin_ok(endpoint, token, "POST", &format!("/_marketplane/faults?seed={seed}"), plan).await;

    let mut outcomes = Outcomes::default();
    for i in 0..rounds {
        round(endpoint, i, &offer_id, &mut outcomes).await;
    }
    let report = admin_ok(endpoint, token, "GET", "/_marketplane/faults", "").await;
    admin_ok(endpoint, token, "POST", "/_marketplane/faults", "").await;
    // Let asynchronous state settle before counting (regions, change sets).
    tokio::time::sleep(Duration::from_millis(200)).await;

    // Count what each round meant to cause once.
    let mut duplicated: Vec<String> = Vec::new();
    let mut applied_but_failed: Vec<(String, usize)> = Vec::new();
    let seller = client(endpoint, SELLER);
    for i in 0..rounds {
        let outbox =
            admin_ok(endpoint, token, "GET", &format!("/_marketplane/outbox?recipient=new-{i}%40example.com"), "")
                .await;
        let emails = serde_json::from_str::<serde_json::Value>(&outbox)
            .ok()
            .and_then(|v| v.as_array().map(Vec::len))
            .unwrap_or(0);
        if emails > 1 {
            duplicated.push(format!("round {i}: {emails} verification emails sent (StartPrimaryEmailUpdate)"));
        }
        let sets: Vec<_> = {
            use futures::TryStreamExt;
            seller
                .catalog()
                .change_sets(vec![Filter::new("ChangeSetName", [format!("fault-{i}")])])
                .try_collect()
                .await
                .unwrap_or_default()
        };
        if sets.len() > 1 {
            duplicated.push(format!("round {i}: {} change sets started (StartChangeSet)", sets.len()));
        }
        let buyer = client(endpoint, &buyer(i));
        let requests = buyer.agreements().requests().collect().await.map(|r| r.len()).unwrap_or(0);
        if requests > 1 {
            duplicated.push(format!("round {i}: {requests} agreement requests (CreateAgreementRequest)"));
        }
        let agreements = buyer.agreements().all(vec![]).await.map(|a| a.len()).unwrap_or(0);
        if agreements > 1 {
            duplicated.push(format!("round {i}: {agreements} agreements (AcceptAgreementRequest)"));
        }
    }
    for (failure, count) in &outcomes.failed {
        // A write that reports a conflict with itself was applied by an attempt whose answer was lost.
        let own_conflict = failure.starts_with("CreateApplication: ConflictException")
            || failure.starts_with("EnableRegion: ValidationException")
            || failure.starts_with("EnableRegion: ConflictException")
            || failure.starts_with("AcceptAgreementRequest: ConflictException")
            || failure.starts_with("AcceptAgreementRequest: ValidationException");
        if own_conflict {
            applied_but_failed.push((failure.clone(), *count));
        }
    }

    let report: serde_json::Value = serde_json::from_str(&report).unwrap_or_default();
    let injected: u64 = report["injected"].as_object().map_or(0, |m| m.values().filter_map(|v| v.as_u64()).sum());
    println!("requests: {}, with an injected fault: {injected} ({})", report["requests"], report["injected"]);
    let failed: usize = outcomes.failed.values().sum();
    println!("calls: {} succeeded, {failed} failed after the library's retries", outcomes.ok);
    for (failure, count) in &outcomes.failed {
        println!("  {count} × {failure}");
    }
    let applied: usize = applied_but_failed.iter().map(|(_, count)| count).sum();
    println!("writes reported failed although applied (their retry met their own effect): {applied}");
    for (failure, count) in &applied_but_failed {
        println!("  {count} × {failure}");
    }
    println!("duplicated side effects: {}", duplicated.len());
    for line in &duplicated {
        println!("  {line}");
    }
    if duplicated.is_empty() {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}
