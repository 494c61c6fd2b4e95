//! Facade latency on the local backend: `get_alternate_contact` in memory, `put_alternate_contact` on a SQLite file
//! (WAL, synchronous=NORMAL). Targets: under 20 µs and under 1 ms (medians). The facade's calls run on the backend's
//! store thread; `LocalBackend::call_blocking`, the bindings' path, runs on the caller's thread and is measured too.
//!
//! Run: `cargo bench -p marketplane --bench accounts`.

use criterion::{criterion_group, criterion_main, Criterion};
use marketplane::backend::local::LocalBackend;
use marketplane::backend::{CallContext, RetryPolicy};
use marketplane::model::account::{AlternateContact, AlternateContactType};
use marketplane::operation::{Request, Service};
use marketplane::Client;

fn contact(n: u64) -> AlternateContact {
    AlternateContact::new(
        AlternateContactType::Billing,
        format!("Finance {n}"),
        "FinOps Lead",
        "finops@example.com",
        "+1 206-555-0100",
    )
}

fn client(backend: LocalBackend) -> Client {
    Client::local_builder(backend)
        .retry(RetryPolicy::none())
        .build()
        .as_account("123456789012".parse().expect("account id"))
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");

    let memory = client(LocalBackend::builder().in_memory().expect("in-memory backend"));
    rt.block_on(memory.accounts().put_alternate_contact(contact(0)).send()).expect("seed");
    c.bench_function("get_alternate_contact/in_memory", |b| {
        b.to_async(&rt).iter(|| async {
            memory.accounts().get_alternate_contact(AlternateContactType::Billing).send().await.expect("get")
        })
    });

    let blocking = LocalBackend::builder().in_memory().expect("in-memory backend");
    let ctx = CallContext::as_account("123456789012".parse().expect("account id"));
    let put = serde_json::json!({"AlternateContactType": "BILLING", "Name": "Finance", "Title": "FinOps Lead",
        "EmailAddress": "finops@example.com", "PhoneNumber": "+1 206-555-0100"});
    let put = Request::decode(Service::Account, "PutAlternateContact", put).expect("request");
    blocking.call_blocking(&ctx, put).expect("seed");
    let get = serde_json::json!({"AlternateContactType": "BILLING"});
    let get = Request::decode(Service::Account, "GetAlternateContact", get).expect("request");
    c.bench_function("get_alternate_contact/in_memory_call_blocking", |b| {
        b.iter(|| blocking.call_blocking(&ctx, get.clone()).expect("get"))
    });

    let dir = tempfile::tempdir().expect("temp dir");
    let file = client(LocalBackend::builder().open(dir.path().join("bench.db")).expect("file backend"));
    let mut n = 0u64;
    c.bench_function("put_alternate_contact/sqlite_wal", |b| {
        b.to_async(&rt).iter(|| {
            n += 1;
            let call = file.accounts().put_alternate_contact(contact(n));
            async move { call.send().await.expect("put") }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
