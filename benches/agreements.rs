//! Marketplace Agreement on the local backend: what a buyer's purchase costs, and how the seller's view scales.
//!
//! - `request_and_accept_contract/in_memory`: on an empty book, a buyer asks for a public contract offer (which reads
//!   the offer and its terms from Discovery and computes the quote), then accepts it with a purchase order.
//! - `seller_lists_agreements/<n>`: with n agreements on record, the seller's `SearchAgreements` as Proposer, every
//!   page (50 a page).
//! - `request_and_accept_contract/with_<n>_agreements`: the same purchase with n agreements already on record (each
//!   iteration adds one, from a new buyer).
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
        typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Bench"))
            .named("P"),
        typed(me(), &ReleaseProduct::default()),
        typed(me(), &UpdateVisibility::default().with_target_visibility("Public")),
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

/// A fresh in-memory backend with the seller's public offer: the client and the offer's id.
fn market(rt: &tokio::runtime::Runtime) -> (Client, String) {
    let config = LocalConfig {
        change_set_preparation: Duration::ZERO,
        change_set_application: Duration::ZERO,
        ..LocalConfig::default()
    };
    let backend = LocalBackend::builder().config(config).in_memory().expect("backend");
    let base = Client::local_builder(backend).retry(RetryPolicy::none()).build();
    let offer_id = rt.block_on(public_offer(&base.as_account(SELLER.parse().expect("seller"))));
    (base, offer_id)
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");

    // Each sample starts from an empty book, so it measures one purchase, not a growing store.
    c.bench_function("request_and_accept_contract/in_memory", |b| {
        b.iter_batched(
            || market(&rt),
            |(base, offer_id)| rt.block_on(buy(&account(&base, 1), &offer_id)),
            criterion::BatchSize::PerIteration,
        )
    });

    // `cargo test` runs each benchmark once to check it works: a small book keeps that quick.
    let benchmarking = std::env::args().any(|a| a == "--bench");
    let sizes: &[u64] = if benchmarking { &[100, 1000] } else { &[10] };
    for &size in sizes {
        let (base, offer_id) = market(&rt);
        rt.block_on(async {
            for n in 1..=size {
                buy(&account(&base, n), &offer_id).await;
            }
        });
        let seller = base.as_account(SELLER.parse().expect("seller"));
        c.bench_function(&format!("seller_lists_agreements/{size}"), |b| {
            b.to_async(&rt).iter(|| {
                let seller = seller.clone();
                async move {
                    let all = seller.agreements().all(vec![AgreementFilter::new("PartyType", "Proposer")]).await;
                    assert_eq!(all.expect("search").len() as u64, size);
                }
            })
        });
        // The book grows by one agreement per iteration (each from a new buyer), a few percent over a sample.
        let mut next = size;
        c.bench_function(&format!("request_and_accept_contract/with_{size}_agreements"), |b| {
            b.to_async(&rt).iter(|| {
                next += 1;
                let client = account(&base, next);
                let offer_id = offer_id.clone();
                async move { buy(&client, &offer_id).await }
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
