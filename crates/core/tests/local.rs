//! The local backend as a library user meets it: persistence across restarts, worlds, schema versions, test doubles
//! through `Client::from_backend`, and the facade's client-side validation.

use std::sync::Arc;

use futures::future::BoxFuture;
use marketplane::backend::local::{LocalBackend, World, SCHEMA_VERSION};
use marketplane::backend::{Backend, CallContext};
use marketplane::clock::ManualClock;
use marketplane::model::account::{AlternateContact, AlternateContactType, ContactInformation};
use marketplane::model::region::RegionOptStatus;
use marketplane::operation::{AccountRequest, AccountResponse, Request, Response};
use marketplane::{Client, Error, ErrorKind, Result};

fn contact() -> AlternateContact {
    AlternateContact::new(AlternateContactType::Billing, "Carlos Salazar", "CFO", "carlos@example.com", "206-555-0199")
}

#[tokio::test]
async fn state_survives_reopening_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.db");
    let world = World::from_toml_str(
        r#"
        [[accounts]]
        id = "111111111111"
        name = "Persistent"
        "#,
    )
    .unwrap();
    {
        let backend = LocalBackend::builder().world(world).open(&path).unwrap();
        let client = Client::from_local(backend).as_account("111111111111".parse().unwrap());
        client.accounts().put_alternate_contact(contact()).await.unwrap();
        client.regions().enable("af-south-1".parse().unwrap()).await.unwrap();
    }
    let client = Client::local(&path).unwrap().as_account("111111111111".parse().unwrap());
    let got = client.accounts().get_alternate_contact(AlternateContactType::Billing).await.unwrap();
    assert_eq!(got, contact());
    let info = client.accounts().get_account_information().await.unwrap();
    assert_eq!(info.account_name, "Persistent");
    let status = client.regions().get("af-south-1".parse().unwrap()).await.unwrap();
    assert!(matches!(status, RegionOptStatus::Enabling | RegionOptStatus::Enabled), "{status}");
}

#[test]
fn a_newer_schema_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.db");
    drop(LocalBackend::builder().open(&path).unwrap());
    // A later build wrote this file.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE meta SET value = ?1 WHERE key = 'schema_version'", [(SCHEMA_VERSION + 1).to_string()])
        .unwrap();
    drop(conn);
    let err = LocalBackend::builder().open(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(err.message().contains("newer"), "{}", err.message());
}

#[tokio::test]
async fn world_file_is_read_from_disk_and_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.toml");
    std::fs::write(&path, "[[accounts]]\nid = \"12\"\n").unwrap();
    let err = World::from_file(&path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(err.message().contains("world.toml"), "{}", err.message());
    assert!(World::from_file(dir.path().join("missing.toml")).is_err());
}

#[tokio::test]
async fn the_facade_validates_before_sending() {
    #[derive(Debug)]
    struct MustNotBeCalled;
    impl Backend for MustNotBeCalled {
        fn name(&self) -> &'static str {
            "must-not-be-called"
        }
        fn call<'a>(&'a self, _: &'a CallContext, request: Request) -> BoxFuture<'a, Result<Response>> {
            panic!("{request:?} reached the backend")
        }
    }
    let client = Client::from_backend(MustNotBeCalled);
    let mut bad = contact();
    bad.email_address = "not-an-email".into();
    bad.phone_number = "206.555.0199".into();
    let err = client.accounts().put_alternate_contact(bad).await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
    let fields: Vec<_> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["EmailAddress", "PhoneNumber"]);
    let info = ContactInformation::builder("n", "a", "c", "p", "US", "+1 206").build();
    assert_eq!(info.unwrap_err().field_errors()[0].name, "ContactInformation.StateOrRegion");
}

#[tokio::test]
async fn a_backend_without_an_operation_answers_unsupported() {
    #[derive(Debug)]
    struct OnlyContacts;
    impl Backend for OnlyContacts {
        fn name(&self) -> &'static str {
            "only-contacts"
        }
        fn call<'a>(&'a self, _: &'a CallContext, request: Request) -> BoxFuture<'a, Result<Response>> {
            Box::pin(async move {
                match request {
                    Request::Account(AccountRequest::GetAlternateContact(_)) => {
                        Ok(Response::Account(AccountResponse::GetAlternateContact(contact())))
                    }
                    other => Err(Error::unsupported(other.operation_name(), "only-contacts")),
                }
            })
        }
    }
    let client = Client::from_backend(OnlyContacts);
    assert_eq!(client.accounts().get_alternate_contact(AlternateContactType::Billing).await.unwrap(), contact());
    let err = client.regions().get("af-south-1".parse().unwrap()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Unsupported);
    assert!(err.message().contains("GetRegionOptStatus"));
}

#[tokio::test]
async fn a_wrong_response_is_an_error_not_a_panic() {
    #[derive(Debug)]
    struct Confused;
    impl Backend for Confused {
        fn name(&self) -> &'static str {
            "confused"
        }
        fn call<'a>(&'a self, _: &'a CallContext, _: Request) -> BoxFuture<'a, Result<Response>> {
            // Every call gets an answer to another operation.
            Box::pin(async { Ok(Response::Account(AccountResponse::PutAccountName(()))) })
        }
    }
    let err = Client::from_backend(Confused).accounts().get_contact_information().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Internal);
}

#[tokio::test]
async fn zero_length_transitions_settle_at_once_and_the_clock_drives_the_rest() {
    let clock = Arc::new(ManualClock::at_epoch());
    let world = World::from_toml_str("[settings]\nregion_transition_seconds = 0\n").unwrap();
    let client = Client::from_local(LocalBackend::builder().clock(clock.clone()).world(world).in_memory().unwrap());
    let af = "af-south-1".parse().unwrap();
    client.regions().enable(af).await.unwrap();
    assert_eq!(client.regions().get("af-south-1".parse().unwrap()).await.unwrap(), RegionOptStatus::Enabled);
}

#[tokio::test]
async fn waiters_run_on_the_manual_clock() {
    let clock = Arc::new(ManualClock::at_epoch());
    let client = Client::from_local(LocalBackend::builder().clock(clock.clone()).in_memory().unwrap());
    let start = clock_now(&clock);
    let status = client.regions().enable_and_wait("ap-east-1".parse().unwrap(), Default::default()).await.unwrap();
    assert_eq!(status, RegionOptStatus::Enabled);
    // The default transition is 2 s; the waiter polled at 1 s, then 2 s later.
    let waited = clock_now(&clock) - start;
    assert!(waited >= time::Duration::seconds(2) && waited <= time::Duration::seconds(4), "{waited}");
}

fn clock_now(clock: &ManualClock) -> time::OffsetDateTime {
    use marketplane::clock::Clock;
    clock.now()
}

#[tokio::test]
async fn request_rate_quotas_can_be_enforced() {
    let clock = Arc::new(ManualClock::at_epoch());
    let world = World::from_toml_str("[settings]\nenforce_rate_limits = true\n").unwrap();
    let backend = LocalBackend::builder().clock(clock.clone()).world(world).in_memory().unwrap();
    let client = Client::local_builder(backend).retry(marketplane::backend::RetryPolicy::none()).build();
    // TV-077: EnableRegion allows 1 per second, burst 1.
    client.regions().enable("af-south-1".parse().unwrap()).await.unwrap();
    let err = client.regions().enable("me-south-1".parse().unwrap()).await.unwrap_err();
    assert_eq!(err.code(), "TooManyRequestsException");
    assert!(err.is_retryable());
    clock.advance(std::time::Duration::from_secs(1));
    client.regions().enable("me-south-1".parse().unwrap()).await.unwrap();
}

/// What version 5 added (Organizations' units, policies, tags and when things were enabled; STS sessions), taken
/// out of a current file to make it an older version's.
const UNDO_VERSION_5: &str = "
    DROP INDEX org_units_by_parent; DROP INDEX accounts_by_parent; DROP INDEX org_policy_targets_by_target;
    DROP TABLE org_units; DROP TABLE org_policies; DROP TABLE org_policy_targets; DROP TABLE org_tags;
    DROP TABLE sts_sessions;
    ALTER TABLE organizations DROP COLUMN root_id;
    ALTER TABLE accounts DROP COLUMN parent_id; ALTER TABLE accounts DROP COLUMN joined_method;
    ALTER TABLE trusted_access DROP COLUMN enabled_ms;
    ALTER TABLE delegated_administrators DROP COLUMN enabled_ms;";

/// Version 5 adds Organizations' read side: a version 4 file keeps its organizations and accounts, and a world
/// loaded on it gets its units, policies and tags.
#[tokio::test]
async fn a_version_4_file_gains_the_organizations_tables() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.db");
    let plain = World::from_toml_str(
        "[[organizations]]\nid = \"o-aa111bb222\"\nmanagement_account = \"123456789012\"\n\
         [[accounts]]\nid = \"111111111111\"\norganization = \"o-aa111bb222\"\nname = \"Kept\"",
    )
    .unwrap();
    drop(LocalBackend::builder().world(plain.clone()).open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(UNDO_VERSION_5).unwrap();
    conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'", []).unwrap();
    drop(conn);

    let backend = LocalBackend::builder().open(&path).unwrap();
    let management = Client::from_local(backend).as_account("123456789012".parse().unwrap());
    let accounts = management.organizations().accounts().collect().await.unwrap();
    assert_eq!(accounts.iter().map(|a| a.name.clone().unwrap()).collect::<Vec<_>>(), ["Kept", "Account 123456789012"]);
    assert_eq!(management.organizations().roots().collect().await.unwrap()[0].id, "r-aa11");
    let mut world = plain;
    world
        .organizational_units
        .push(toml::from_str("organization = \"o-aa111bb222\"\npath = \"Prod\"\ntags = { env = \"prod\" }").unwrap());
    world.accounts[0].parent = Some("Prod".into());
    management.local_backend().unwrap().load_world(&world).unwrap();
    let parents = management.organizations().parents("111111111111").collect().await.unwrap();
    let prod = world.unit_id(&"o-aa111bb222".parse().unwrap(), "Prod").unwrap();
    assert_eq!(parents[0].id, prod);
    assert_eq!(management.organizations().tags(prod.as_str()).collect().await.unwrap()[0].key, "env");
}

#[tokio::test]
async fn a_version_1_state_file_is_migrated_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.db");
    {
        let client = Client::local(&path).unwrap().as_account("111111111111".parse().unwrap());
        client.accounts().put_account_name("from version 1").await.unwrap();
    }
    // Make the file what version 1 wrote: no repository or catalog tables, version 1.
    let conn = rusqlite::Connection::open(&path).unwrap();
    // Every table a later version added goes (the repository's, the catalog's, the private marketplace's, the
    // agreements').
    let later: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'sar\\_%' ESCAPE '\\'
             OR name LIKE 'catalog\\_%' ESCAPE '\\' OR name LIKE 'pmp\\_%' ESCAPE '\\' OR name LIKE 'agreement%')",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(later.len() >= 15, "{later:?}");
    conn.execute_batch(UNDO_VERSION_5).unwrap();
    for table in later {
        conn.execute(&format!("DROP TABLE {table}"), []).unwrap();
    }
    conn.execute("ALTER TABLE organizations DROP COLUMN purchase_order_integration", []).unwrap();
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'", []).unwrap();
    drop(conn);
    let client = Client::local(&path).unwrap().as_account("111111111111".parse().unwrap());
    assert_eq!(client.accounts().get_account_information().await.unwrap().account_name, "from version 1");
    let apps: Vec<_> = futures::TryStreamExt::try_collect::<Vec<_>>(client.applications().list()).await.unwrap();
    assert!(apps.is_empty());
    let entities = client.catalog().list_entities(marketplane::facade::Catalog::entities_of("Offer")).await.unwrap();
    assert!(entities.entity_summary_list.is_empty());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: String =
        conn.query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION.to_string());
}

/// Version 4 gives agreements status and end columns (the engine's expiry reads them): a version 3 file's agreements
/// get them from their bodies.
#[tokio::test]
async fn a_version_3_file_gets_its_agreements_status_and_end() {
    use marketplane::model::agreement::RequestIntent;
    use marketplane::model::catalog::changes::{typed, CreateProduct, ReleaseProduct, UpdateVisibility};
    use marketplane::model::catalog::offer::OfferBuilder;
    use marketplane::model::catalog::terms::CurrencyCode;
    use marketplane::model::catalog::{EntityRef, EntityType, StartChangeSetInput};

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.db");
    let agreement_id = {
        let instant = marketplane::backend::local::LocalConfig {
            change_set_preparation: std::time::Duration::ZERO,
            change_set_application: std::time::Duration::ZERO,
            ..Default::default()
        };
        let base = Client::local_builder(LocalBackend::builder().config(instant).open(&path).unwrap()).build();
        let seller = base.as_account("444444444444".parse().unwrap());
        let me = || EntityRef::created_by(EntityType::SaaSProduct, "P");
        let changes = vec![
            typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Kept"))
                .named("P"),
            typed(me(), &ReleaseProduct::default()),
            typed(me(), &UpdateVisibility::default().with_target_visibility("Public")),
        ];
        let done = seller.catalog().apply(StartChangeSetInput::new(changes)).await.unwrap();
        let offer = OfferBuilder::new(done.entity_id_of("P").unwrap())
            .contract(CurrencyCode::Usd, "P12M", "100", [("Users", 1)])
            .standard_eula();
        let offer_id = seller.catalog().publish_offer(offer).await.unwrap();
        let buyer = base.as_account("111111111111".parse().unwrap());
        let request = buyer.agreements().request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
        buyer.agreements().accept(&request.agreement_request_id, vec![]).await.unwrap()
    };
    // Make it what version 3 wrote: none of version 4's columns and indexes.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP INDEX agreements_ending; DROP INDEX agreement_order; DROP INDEX agreements_by_acceptor;
         DROP INDEX agreements_by_proposer; DROP INDEX agreement_request_order; DROP INDEX agreement_charge_order;
         DROP INDEX agreement_workflow_order;
         ALTER TABLE agreements DROP COLUMN status; ALTER TABLE agreements DROP COLUMN end_time;
         ALTER TABLE organizations DROP COLUMN purchase_order_integration;
         UPDATE meta SET value = '3' WHERE key = 'schema_version';",
    )
    .unwrap();
    conn.execute_batch(UNDO_VERSION_5).unwrap();
    drop(conn);
    let buyer = Client::local(&path).unwrap().as_account("111111111111".parse().unwrap());
    let agreement = buyer.agreements().describe(&agreement_id).await.unwrap();
    let conn = rusqlite::Connection::open(&path).unwrap();
    let (status, end): (String, i64) = conn
        .query_row("SELECT status, end_time FROM agreements WHERE id = ?1", [&agreement_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((status.as_str(), end), ("ACTIVE", agreement.end_time.unwrap().unix_timestamp()));
}
