//! The agreement engine's stored rows in a state file: a row that cannot be read is an error naming its table and
//! id (never skipped from a list), and rows in the shapes earlier versions wrote still read.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use futures::TryStreamExt;
use marketplane::backend::local::{LocalBackend, LocalConfig, World};
use marketplane::backend::RetryPolicy;
use marketplane::clock::ManualClock;
use marketplane::model::agreement::{ApprovalStatus, CancellationReasonCode, RequestIntent};
use marketplane::model::catalog::changes::{typed, CreateProduct, ReleaseProduct, UpdateVisibility};
use marketplane::model::catalog::offer::OfferBuilder;
use marketplane::model::catalog::terms::CurrencyCode;
use marketplane::model::catalog::{EntityRef, EntityType, StartChangeSetInput};
use marketplane::{Client, ErrorKind};

const WORLD: &str = r#"
[[organizations]]
id = "o-aa111bb222"
management_account = "123456789012"

[[accounts]]
id = "123456789012"
organization = "o-aa111bb222"

[[accounts]]
id = "111111111111"
organization = "o-aa111bb222"

[[accounts]]
id = "444444444444"
"#;
const ADMIN: &str = "123456789012";
const BUYER: &str = "111111111111";
const SELLER: &str = "444444444444";

fn open(path: &Path) -> Arc<LocalBackend> {
    open_at(path, ManualClock::at_epoch())
}

fn open_at(path: &Path, clock: ManualClock) -> Arc<LocalBackend> {
    let config = LocalConfig {
        change_set_preparation: Duration::ZERO,
        change_set_application: Duration::ZERO,
        ..LocalConfig::default()
    };
    Arc::new(
        LocalBackend::builder()
            .clock(Arc::new(clock))
            .config(config)
            .world(World::from_toml_str(WORLD).unwrap())
            .open(path)
            .unwrap(),
    )
}

fn client(backend: &Arc<LocalBackend>, account: &str) -> Client {
    Client::local_builder(backend.clone()).retry(RetryPolicy::none()).build().as_account(account.parse().unwrap())
}

/// Seller S's contract offer for the buyer.
async fn offer(seller: &Client) -> String {
    let me = || EntityRef::created_by(EntityType::SaaSProduct, "P");
    let done = seller
        .catalog()
        .apply(StartChangeSetInput::new(vec![
            typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Stored"))
                .named("P"),
            typed(me(), &ReleaseProduct::default()),
            typed(me(), &UpdateVisibility::default().with_target_visibility("Public")),
        ]))
        .await
        .unwrap();
    let builder = OfferBuilder::new(done.entity_id_of("P").unwrap())
        .buyers([BUYER])
        .contract(CurrencyCode::Usd, "P12M", "900", [("Users", 3)])
        .standard_eula()
        .available_until("2026-12-31");
    seller.catalog().publish_offer(builder).await.unwrap()
}

/// Run SQL on the state file while no backend has it open.
fn rewrite(path: &Path, sql: &str, args: &[&str]) -> usize {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute(sql, rusqlite::params_from_iter(args)).unwrap()
}

#[tokio::test]
async fn a_row_that_cannot_be_read_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.db");
    let backend = open(&path);
    let offer_id = offer(&client(&backend, SELLER)).await;
    let buyer = client(&backend, BUYER);
    let request = buyer.agreements().request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    let agreement_id = buyer.agreements().accept(&request.agreement_request_id, vec![]).await.unwrap();
    let seller = client(&backend, SELLER);
    let asked = seller
        .agreements()
        .send_cancellation_request(&agreement_id, CancellationReasonCode::TestAgreement, None)
        .await
        .unwrap();
    drop((buyer, seller, backend));

    let id = asked.agreement_cancellation_request_id;
    assert_eq!(rewrite(&path, "UPDATE agreement_workflow SET body = '{\"agreementId\": 7' WHERE id = ?1", &[&id]), 1);
    let backend = open(&path);
    let seller = client(&backend, SELLER);
    let err = seller.agreements().cancellation_requests(true, None).try_collect::<Vec<_>>().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Internal, "{err}");
    assert!(err.message().contains("agreement_workflow") && err.message().contains(&id), "{err}");
    let err = seller.agreements().send_cancellation_request(&agreement_id, "OTHER", None).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Internal, "a pending request may hide in the damaged row: {err}");
    drop((seller, backend));

    // A damaged agreement is reported by the call that reads it.
    rewrite(&path, "DELETE FROM agreement_workflow WHERE id = ?1", &[&id]);
    assert_eq!(rewrite(&path, "UPDATE agreements SET body = 'not json' WHERE id = ?1", &[&agreement_id]), 1);
    let backend = open(&path);
    let err = client(&backend, BUYER).agreements().describe(&agreement_id).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Internal, "{err}");
    assert!(err.message().contains("agreements") && err.message().contains(&agreement_id), "{err}");
}

#[tokio::test]
async fn rows_in_earlier_shapes_still_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.db");
    let backend = open(&path);
    let offer_id = offer(&client(&backend, SELLER)).await;
    let buyer = client(&backend, BUYER);
    let request = buyer.agreements().request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    let approval = buyer.agreements().start_approval(&request.agreement_request_id, "Sign-off").await.unwrap();
    drop((buyer, backend));

    // Approvals were kept as their bare summary, without the plan input, purchase orders or note.
    let changed = rewrite(
        &path,
        "UPDATE agreement_workflow SET body = json_remove(body, '$.planInput', '$.purchaseOrders', '$.note')
         WHERE id = ?1",
        &[&approval.agreement_approval_id],
    );
    assert_eq!(changed, 1);
    let backend = open(&path);
    client(&backend, ADMIN).agreements().decide_approval(&approval.agreement_approval_id, true, None).await.unwrap();
    let detail = client(&backend, BUYER).agreements().approval(&approval.agreement_approval_id).await.unwrap();
    assert_eq!(detail.summary.status, ApprovalStatus::Approved);
    assert_eq!(detail.plan_input.plan_reference, None, "an old row has no plan input on record");
}

/// Stored times keep milliseconds; what an operation answers is what a later read of the same record shows, also
/// when the clock has nanoseconds.
#[tokio::test]
async fn answers_are_what_is_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(time::macros::datetime!(2026-01-01 00:00:00.123456789 UTC));
    let backend = open_at(&dir.path().join("state.db"), clock);
    let offer_id = offer(&client(&backend, SELLER)).await;
    let buyer = client(&backend, BUYER);
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    assert_eq!(agreements.request(&request.agreement_request_id).await.unwrap().request, request);
    let approval = agreements.start_approval(&request.agreement_request_id, "Sign-off").await.unwrap();
    assert_eq!(agreements.approvals(false, None).await.unwrap(), std::slice::from_ref(&approval));
    assert_eq!(approval.created_at.unwrap().nanosecond(), 123_000_000);
    client(&backend, ADMIN).agreements().decide_approval(&approval.agreement_approval_id, true, None).await.unwrap();
    let agreement_id = agreements.accept(&request.agreement_request_id, vec![]).await.unwrap();
    let seller = client(&backend, SELLER);
    let asked = seller.agreements().send_cancellation_request(&agreement_id, "OTHER", None).await.unwrap();
    let read = buyer
        .call(marketplane::model::agreement::GetAgreementCancellationRequestInput::new(
            &agreement_id,
            &asked.agreement_cancellation_request_id,
        ))
        .await
        .unwrap();
    assert_eq!(read, asked);
}
