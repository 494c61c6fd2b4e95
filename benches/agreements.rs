//! Marketplace Agreement on the local backend: what a buyer's purchase costs, and how the seller's view scales.
//!
//! - `request_and_accept_contract`: one buyer (a new account each time) asks for a public contract offer, which
//!   reads the offer and its terms from Discovery and computes the quote, then accepts it with a purchase order.
//! - `seller_lists_agreements/<n>`: with n agreements on record, the seller's `SearchAgreements` as Proposer, every
//!   page (50 a page).
//!
//! Run: `cargo bench -p marketplane --bench agreements`.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use marketplane::backend::local::{LocalBackend, LocalConfig};
use marketplane::backend::RetryPolicy;
use marketplane::model::agreement::{AgreementFilter, RequestIntent};
use marketplane::model::catalog::changes::{typed, CreateProduct, ReleaseProduct, UpdateVisibility};
use marketplane::model::catalog::offer::OfferBuilder;
use marketplane::model::catalog::terms::CurrencyCode;
use marketplane::model::catalog::{EntityRef, EntityType, StartChangeSetInput};
use marketplane::Client;

const SELLER: &str = "999999999999";

fn account(client: &Client, n: u64) -> Client {
    client.as_account(format!("{:012}", 100_000_000_000 + n).parse().expect("account"))
}

/// A public contract offer: 1200.00 for a year of 10 users.
async fn public_offer(seller: &Client) -> String {
    let me = || EntityRef::created_by(EntityType::SaaSProduct, "P");
    let changes = vec![
        typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct { product_title: Some("Bench".into()) })
            .named("P"),
        typed(me(), &ReleaseProduct {}),
        typed(me(), &UpdateVisibility { target_visibility: "Public".into() }),
    ];
    let done = seller.catalog().apply(StartChangeSetInput::new(changes)).await.expect("product");
    let offer = OfferBuilder::new(done.entity_id_of("P").expect("product"))
        .name("Annual")
        .contract(CurrencyCode::Usd, "P12M", "1200", [("Users", 10)])
        .standard_eula();
    seller.catalog().publish_offer(offer).await.expect("offer")
}

async fn buy(client: &Client, offer_id: &str) {
    let agreements = client.agreements();
    let request = agreements.request_offer(offer_id, None, RequestIntent::New, None).await.expect("quote");
    agreements.accept_with_purchase_order(&request, "PO-BENCH").await.expect("accept");
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let config = LocalConfig {
        change_set_preparation: Duration::ZERO,
        change_set_application: Duration::ZERO,
        ..LocalConfig::default()
    };
    let backend = LocalBackend::builder().config(config).in_memory().expect("backend");
    let base = Client::local_builder(backend).retry(RetryPolicy::none()).build();
    let seller = base.as_account(SELLER.parse().expect("seller"));
    let offer_id = rt.block_on(public_offer(&seller));

    let mut buyers = 0u64;
    c.bench_function("request_and_accept_contract/in_memory", |b| {
        b.to_async(&rt).iter(|| {
            buyers += 1;
            let client = account(&base, buyers);
            let offer_id = offer_id.clone();
            async move { buy(&client, &offer_id).await }
        })
    });

    // `cargo test` runs each benchmark once to check it works: a small book keeps that quick.
    let benchmarking = std::env::args().any(|a| a == "--bench");
    let sizes: &[u64] = if benchmarking { &[100, 1000] } else { &[10] };
    for &target in sizes {
        rt.block_on(async {
            while buyers < target {
                buyers += 1;
                buy(&account(&base, buyers), &offer_id).await;
            }
        });
        c.bench_function(&format!("seller_lists_agreements/{target}"), |b| {
            b.to_async(&rt).iter(|| {
                let seller = seller.clone();
                async move {
                    let all = seller.agreements().all(vec![AgreementFilter::new("PartyType", "Proposer")]).await;
                    assert!(all.expect("search").len() as u64 >= target);
                }
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
