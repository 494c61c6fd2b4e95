//! Where and how requests run: async calls on the store thread, blocking calls on the caller's thread, and reads
//! without SQLite's write lock.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use time::OffsetDateTime;

use super::{LocalBackend, LocalConfig};
use crate::backend::{Backend, CallContext};
use crate::clock::Clock;
use crate::error::Result;
use crate::operation::{Request, Response, Service};

/// A clock that notes the name of every thread that reads it; the engine reads it once per request, on the thread
/// that runs the request.
#[derive(Debug, Default)]
struct ThreadNotingClock {
    threads: Mutex<Vec<String>>,
}

impl Clock for ThreadNotingClock {
    fn now(&self) -> OffsetDateTime {
        let name = std::thread::current().name().unwrap_or("unnamed").to_owned();
        self.threads.lock().unwrap().push(name);
        OffsetDateTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000)
    }

    fn sleep(&self, _: Duration) -> futures::future::BoxFuture<'static, ()> {
        Box::pin(std::future::ready(()))
    }
}

fn request(service: Service, operation: &str, input: Value) -> Request {
    Request::decode(service, operation, input).unwrap()
}

fn ctx(account: &str) -> CallContext {
    CallContext::as_account(account.parse().unwrap())
}

#[test]
fn async_calls_run_on_the_store_thread_and_blocking_calls_on_the_callers() {
    let clock = Arc::new(ThreadNotingClock::default());
    let backend = LocalBackend::builder().clock(clock.clone()).in_memory().unwrap();
    let get = || request(Service::Account, "GetAccountInformation", json!({}));
    // A current-thread runtime: were SQLite to run inside the future, it would run on this very thread.
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    std::thread::Builder::new()
        .name("test-caller".into())
        .spawn(move || {
            runtime.block_on(backend.call(&ctx("111111111111"), get())).unwrap();
            backend.call_blocking(&ctx("111111111111"), get()).unwrap();
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(*clock.threads.lock().unwrap(), ["marketplane-store", "test-caller"]);
}

#[tokio::test]
async fn the_store_thread_survives_a_failing_request_and_serves_concurrent_callers() {
    let backend = Arc::new(LocalBackend::builder().in_memory().unwrap());
    let bad = request(Service::Account, "GetAlternateContact", json!({"AlternateContactType": "BILLING"}));
    let err = backend.call(&ctx("111111111111"), bad).await.unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::NotFound);
    let calls = (0..50).map(|i| {
        let backend = backend.clone();
        tokio::spawn(async move {
            let account = format!("{:012}", 100_000_000_000u64 + i);
            let name = json!({"AccountName": format!("Account {i}")});
            backend.call(&ctx(&account), request(Service::Account, "PutAccountName", name)).await?;
            backend.call(&ctx(&account), request(Service::Account, "GetAccountInformation", json!({}))).await
        })
    });
    for (i, call) in calls.enumerate() {
        let info = call.await.unwrap().unwrap().encode().unwrap().unwrap();
        assert_eq!(info["AccountName"], format!("Account {i}"));
    }
}

/// Read-only operations of every service, with enough state behind them to read something.
fn reads(backend: &LocalBackend) -> Vec<(&'static str, Result<Response>)> {
    const SELLER: &str = "444444444444";
    let call = |account: &str, service: Service, operation: &str, input: Value| {
        backend.call_blocking(&ctx(account), request(service, operation, input))
    };
    let catalog = json!({"Catalog": "AWSMarketplace", "EntityType": "SaaSProduct"});
    vec![
        (
            "GetAlternateContact",
            call(SELLER, Service::Account, "GetAlternateContact", json!({"AlternateContactType": "BILLING"})),
        ),
        ("ListRegions", call(SELLER, Service::Account, "ListRegions", json!({}))),
        (
            "GetRegionOptStatus",
            call(SELLER, Service::Account, "GetRegionOptStatus", json!({"RegionName": "af-south-1"})),
        ),
        ("ListEntities", call(SELLER, Service::MarketplaceCatalog, "ListEntities", catalog)),
        (
            "ListChangeSets",
            call(SELLER, Service::MarketplaceCatalog, "ListChangeSets", json!({"Catalog": "AWSMarketplace"})),
        ),
        ("SearchListings", call(SELLER, Service::MarketplaceDiscovery, "SearchListings", json!({}))),
        ("ListApplications", call(SELLER, Service::ServerlessRepo, "ListApplications", json!({}))),
        (
            "SearchAgreements",
            call(SELLER, Service::MarketplaceAgreement, "SearchAgreements", json!({"catalog": "AWSMarketplace"})),
        ),
    ]
}

#[test]
fn reads_take_no_write_lock() {
    const SELLER: &str = "444444444444";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.db");
    let backend = LocalBackend::builder()
        .config(LocalConfig { region_transition: Duration::ZERO, ..LocalConfig::default() })
        .open(&path)
        .unwrap();
    let write = |service: Service, operation: &str, input: Value| {
        backend.call_blocking(&ctx(SELLER), request(service, operation, input)).unwrap();
    };
    write(
        Service::Account,
        "PutAlternateContact",
        json!({"AlternateContactType": "BILLING", "Name": "Carlos Salazar", "Title": "CFO",
               "EmailAddress": "carlos@example.com", "PhoneNumber": "206-555-0199"}),
    );
    write(Service::Account, "EnableRegion", json!({"RegionName": "af-south-1"}));
    write(
        Service::MarketplaceCatalog,
        "StartChangeSet",
        json!({"Catalog": "AWSMarketplace", "ChangeSet": [{"ChangeType": "CreateProduct",
               "Entity": {"Type": "SaaSProduct@1.0"}, "DetailsDocument": {"ProductTitle": "P"}}]}),
    );
    // Settle what the writes left due (the region and the change set), so the reads below have nothing to write.
    for (operation, outcome) in reads(&backend) {
        outcome.unwrap_or_else(|e| panic!("{operation}: {e:?}"));
    }
    std::thread::sleep(Duration::from_millis(2100));
    for (operation, outcome) in reads(&backend) {
        outcome.unwrap_or_else(|e| panic!("{operation}: {e:?}"));
    }

    // Another connection holds the write lock (a read that wanted it would wait out the busy timeout and fail).
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE; UPDATE accounts SET name = name").unwrap();
    for (operation, outcome) in reads(&backend) {
        outcome.unwrap_or_else(|e| panic!("{operation} needed the write lock: {e:?}"));
    }
    other.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn a_transaction_not_committed_rolls_back_and_leaves_the_connection_ready() {
    use rusqlite::{Connection, TransactionBehavior};

    use super::Tx;

    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch("CREATE TABLE t (x INTEGER)").unwrap();
    let count = || conn.query_row("SELECT count(*) FROM t", [], |r| r.get::<_, i64>(0)).unwrap();
    {
        let tx = Tx::begin(&conn, TransactionBehavior::Immediate).unwrap();
        tx.execute("INSERT INTO t VALUES (1)", []).unwrap();
        // Dropped without a commit, as when a request fails.
    }
    assert!(conn.is_autocommit());
    assert_eq!(count(), 0);
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let tx = Tx::begin(&conn, TransactionBehavior::Deferred).unwrap();
        tx.execute("INSERT INTO t VALUES (2)", []).unwrap();
        panic!("a request panics half-way");
    }));
    assert!(panicked.is_err());
    assert!(conn.is_autocommit());
    assert_eq!(count(), 0);
    for behavior in [TransactionBehavior::Deferred, TransactionBehavior::Immediate] {
        let tx = Tx::begin(&conn, behavior).unwrap();
        tx.execute("INSERT INTO t VALUES (3)", []).unwrap();
        tx.commit().unwrap();
    }
    assert_eq!(count(), 2);
}
