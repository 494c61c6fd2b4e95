//! Marketplace Catalog on the local backend: applying 100 changes. The API takes at most 20 changes per change set,
//! so 100 changes are five full change sets (each creates four products and changes each four times, referring back by
//! change name); with zero preparation and application time each `StartChangeSet` settles before it returns, so a sample is
//! 5 requests that validate, apply and commit 100 changes. Also: one whole private offer (9 changes) through
//! `OfferBuilder`.
//!
//! Run: `cargo bench -p marketplane --bench catalog`.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use marketplane::backend::local::{LocalBackend, LocalConfig};
use marketplane::backend::RetryPolicy;
use marketplane::model::catalog::changes::{
    typed, AddDimensions, CreateProduct, Dimension, PositiveTargeting, ReleaseProduct, UpdateProductInformation,
    UpdateProductTargeting,
};
use marketplane::model::catalog::offer::OfferBuilder;
use marketplane::model::catalog::terms::CurrencyCode;
use marketplane::model::catalog::{Change, EntityRef, EntityType, StartChangeSetInput};
use marketplane::Client;

fn instant() -> LocalConfig {
    LocalConfig {
        change_set_preparation: Duration::ZERO,
        change_set_application: Duration::ZERO,
        ..LocalConfig::default()
    }
}

/// Twenty changes: four products, each created, described, given a dimension and an allow-list, and released.
fn twenty_changes(batch: u64) -> Vec<Change> {
    let mut changes = Vec::with_capacity(20);
    for p in 0..4 {
        let name = format!("P{p}");
        let me = || EntityRef::created_by(EntityType::SaaSProduct, &name);
        changes.push(
            typed(
                EntityRef::new(EntityType::SaaSProduct),
                &CreateProduct::default().with_product_title(format!("Bench {batch}-{p}")),
            )
            .named(name.clone()),
        );
        let info = UpdateProductInformation::default().with_short_description("bench");
        changes.push(typed(me(), &info));
        let dimension = Dimension::new("Users", "Users")
            .with_description("Named users")
            .with_types(vec!["Entitled".into()])
            .with_unit("Units");
        changes.push(typed(me(), &AddDimensions::default().with_dimensions(vec![dimension])));
        let targeting = PositiveTargeting::new().with_buyer_accounts(vec!["111122223333".into()]);
        changes.push(typed(me(), &UpdateProductTargeting::default().with_positive_targeting(targeting)));
        changes.push(typed(me(), &ReleaseProduct::default()));
    }
    changes
}

fn client(backend: LocalBackend) -> Client {
    Client::local_builder(backend)
        .retry(RetryPolicy::none())
        .build()
        .as_account("123456789012".parse().expect("account"))
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    let targets = [
        ("in_memory", client(LocalBackend::builder().config(instant()).in_memory().expect("backend"))),
        (
            "sqlite_file",
            client(LocalBackend::builder().config(instant()).open(dir.path().join("bench.db")).expect("backend")),
        ),
    ];
    let mut batch = 0u64;
    for (name, client) in &targets {
        c.bench_function(&format!("apply_100_changes/{name}"), |b| {
            b.to_async(&rt).iter(|| {
                batch += 1;
                let client = client.clone();
                let n = batch;
                async move {
                    for set in 0..5 {
                        client.catalog().start(twenty_changes(n * 10 + set)).send().await.expect("change set");
                    }
                }
            })
        });
    }
    let (_, client) = &targets[0];
    let product = rt
        .block_on(client.catalog().apply(StartChangeSetInput::new(twenty_changes(0).into_iter().take(5).collect())))
        .expect("product");
    let product_id = product.entity_id_of("P0").expect("product").to_owned();
    c.bench_function("publish_private_offer/in_memory", |b| {
        b.to_async(&rt).iter(|| {
            let client = client.clone();
            let product_id = product_id.clone();
            async move {
                let offer = OfferBuilder::new(product_id)
                    .name("Bench offer")
                    .buyers(["111122223333"])
                    .contract(CurrencyCode::Usd, "P12M", "0", [("Users", 10)])
                    .payment_schedule([("2099-01-01", "100.00"), ("2099-06-01", "100.00")])
                    .standard_eula()
                    .available_until("2099-12-31");
                client.catalog().start_change_set(offer.into_change_set().expect("offer")).send().await.expect("offer")
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
