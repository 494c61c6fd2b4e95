//! Reading back what the engine stored. A stored value that does not parse (JSON, a timestamp, an identifier) is an
//! `Internal` error that names the table, the row and the column: never a default, a skipped row or a guess.

use std::fmt::Display;

use serde::de::DeserializeOwned;
use time::OffsetDateTime;

use crate::error::{Error, Result};

/// The error for a stored value that cannot be read: `table` row `key`, `column`, and why.
pub(crate) fn unreadable(table: &str, key: &str, column: &str, why: impl Display) -> Error {
    Error::internal(format!("local state is unreadable: table {table}, row {key}, column {column}: {why}"))
}

/// A stored JSON document.
pub(crate) fn json<T: DeserializeOwned>(table: &str, key: &str, column: &str, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| unreadable(table, key, column, e))
}

/// A stored time in milliseconds since the epoch (see [`super::to_ms`]).
pub(crate) fn time(table: &str, key: &str, column: &str, ms: i64) -> Result<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .map_err(|_| unreadable(table, key, column, format!("{ms} ms is not a time")))
}

/// A stored identifier or other validated value (`AccountId`, `OrganizationId`, ...).
pub(crate) fn parsed<T: std::str::FromStr<Err = Error>>(table: &str, key: &str, column: &str, text: &str) -> Result<T> {
    text.parse().map_err(|e: Error| unreadable(table, key, column, e.message()))
}

/// Carry an error out of a rusqlite row closure, which can only fail with a `rusqlite::Error`: it travels as a
/// conversion failure, and [`db_error`] takes it back out as it was.
///
/// [`db_error`]: super::schema::db_error
pub(crate) fn in_row<T>(result: Result<T>) -> rusqlite::Result<T> {
    result.map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Null, Box::new(e)))
}

#[cfg(test)]
mod tests {
    //! Each family of stored rows, corrupted with raw SQL: the call that reads it fails with an `Internal` error
    //! naming the table, the row and the column, instead of answering with fewer items or a default.

    use std::sync::Arc;
    use std::time::Duration;

    use serde_json::{json, Value};

    use crate::backend::local::{LocalBackend, LocalConfig};
    use crate::backend::CallContext;
    use crate::clock::ManualClock;
    use crate::error::{ErrorKind, Result};
    use crate::operation::{Request, Service};

    const SELLER: &str = "444444444444";
    const BUYER: &str = "111111111111";

    fn backend() -> LocalBackend {
        LocalBackend::builder()
            .clock(Arc::new(ManualClock::at_epoch()))
            .config(LocalConfig {
                change_set_preparation: Duration::ZERO,
                change_set_application: Duration::ZERO,
                ..LocalConfig::default()
            })
            .in_memory()
            .unwrap()
    }

    /// One operation as `caller`, with its input as the service's members; the output as JSON.
    fn call(backend: &LocalBackend, caller: &str, service: Service, operation: &str, input: Value) -> Result<Value> {
        let request = Request::decode(service, operation, input)?;
        let ctx = CallContext::as_account(caller.parse().unwrap());
        Ok(backend.call_blocking(&ctx, request)?.encode()?.unwrap_or(Value::Null))
    }

    fn corrupt(backend: &LocalBackend, sql: &str) {
        assert_eq!(backend.lock().execute(sql, []).unwrap(), 1, "{sql}");
    }

    #[track_caller]
    fn assert_unreadable(outcome: Result<Value>, table: &str, row: &str, column: &str) {
        let err = outcome.expect_err("a corrupt row is an error");
        assert_eq!(err.kind(), ErrorKind::Internal, "{err:?}");
        let wanted = format!("table {table}, row {row}, column {column}:");
        assert!(err.message().contains(&wanted), "{:?} names {wanted:?}", err.message());
    }

    fn catalog(backend: &LocalBackend, caller: &str, operation: &str, input: Value) -> Result<Value> {
        call(backend, caller, Service::MarketplaceCatalog, operation, input)
    }

    /// A draft SaaS product of the seller's; its id.
    fn product(backend: &LocalBackend, title: &str) -> String {
        let started = catalog(
            backend,
            SELLER,
            "StartChangeSet",
            json!({"Catalog": "AWSMarketplace", "ChangeSet": [{
                "ChangeType": "CreateProduct", "Entity": {"Type": "SaaSProduct@1.0"},
                "DetailsDocument": {"ProductTitle": title}}]}),
        )
        .unwrap();
        let described = catalog(
            backend,
            SELLER,
            "DescribeChangeSet",
            json!({"catalog": "AWSMarketplace", "changeSetId": started["ChangeSetId"]}),
        )
        .unwrap();
        assert_eq!(described["Status"], "SUCCEEDED", "{described}");
        let identifier = described["ChangeSet"][0]["Entity"]["Identifier"].as_str().unwrap();
        identifier.split('@').next().unwrap().to_owned()
    }

    fn list_products(backend: &LocalBackend) -> Result<Value> {
        catalog(backend, SELLER, "ListEntities", json!({"Catalog": "AWSMarketplace", "EntityType": "SaaSProduct"}))
    }

    #[test]
    fn accounts() {
        let backend = backend();
        let info = call(&backend, BUYER, Service::Account, "GetAccountInformation", json!({}));
        assert!(info.is_ok(), "{info:?}");
        corrupt(&backend, &format!("UPDATE accounts SET created_at_ms = {} WHERE id = '{BUYER}'", i64::MAX));
        let info = call(&backend, BUYER, Service::Account, "GetAccountInformation", json!({}));
        assert_unreadable(info, "accounts", BUYER, "created_at_ms");

        let contact = json!({"ContactInformation": {"AddressLine1": "1 Main St", "City": "Seattle", "CountryCode": "US",
            "FullName": "Carlos Salazar", "PhoneNumber": "+12065550199", "PostalCode": "98101", "StateOrRegion": "WA"}});
        call(&backend, SELLER, Service::Account, "PutContactInformation", contact).unwrap();
        corrupt(&backend, &format!("UPDATE contact_information SET body = '{{' WHERE account_id = '{SELLER}'"));
        let read = call(&backend, SELLER, Service::Account, "GetContactInformation", json!({}));
        assert_unreadable(read, "contact_information", SELLER, "body");
    }

    #[test]
    fn outbox() {
        let backend = backend();
        corrupt(
            &backend,
            &format!(
                "INSERT INTO outbox (channel, recipient, subject, code, sent_at_ms) \
                 VALUES ('email', 'a@example.com', 'code', '123456', {})",
                i64::MIN
            ),
        );
        let id: i64 = backend.lock().query_row("SELECT id FROM outbox", [], |r| r.get(0)).unwrap();
        let read = backend.messages_to("a@example.com").map(|_| Value::Null);
        assert_unreadable(read, "outbox", &id.to_string(), "sent_at_ms");
    }

    #[test]
    fn applications() {
        let backend = backend();
        let sar = |operation: &str, input: Value| call(&backend, SELLER, Service::ServerlessRepo, operation, input);
        let created =
            sar("CreateApplication", json!({"name": "app", "author": "me", "description": "an app"})).unwrap();
        let arn = created["applicationId"].as_str().unwrap().to_owned();
        let statements = json!([{"principals": [BUYER], "actions": ["Deploy"]}]);
        sar("PutApplicationPolicy", json!({"applicationId": arn, "statements": statements})).unwrap();
        corrupt(&backend, "UPDATE sar_policies SET statements = '[{\"principals\": [7]}]'");
        assert_unreadable(
            sar("GetApplicationPolicy", json!({"applicationId": arn})),
            "sar_policies",
            &arn,
            "statements",
        );
        corrupt(&backend, "UPDATE sar_applications SET body = 'not json'");
        assert_unreadable(sar("GetApplication", json!({"applicationId": arn})), "sar_applications", &arn, "body");
    }

    #[test]
    fn entities() {
        let backend = backend();
        let first = product(&backend, "First");
        product(&backend, "Second");
        assert_eq!(list_products(&backend).unwrap()["EntitySummaryList"].as_array().unwrap().len(), 2);
        corrupt(&backend, &format!("UPDATE catalog_entities SET details = '[1, 2]' WHERE id = '{first}'"));
        assert_unreadable(list_products(&backend), "catalog_entities", &first, "details");
        let describe = json!({"catalog": "AWSMarketplace", "entityId": first});
        assert_unreadable(catalog(&backend, SELLER, "DescribeEntity", describe), "catalog_entities", &first, "details");
        // A change to it fails as a call: the entity cannot be checked, so nothing is started.
        let change = json!({"Catalog": "AWSMarketplace", "ChangeSet": [{
            "ChangeType": "ReleaseProduct", "Entity": {"Type": "SaaSProduct@1.0", "Identifier": first},
            "DetailsDocument": {}}]});
        assert_unreadable(catalog(&backend, SELLER, "StartChangeSet", change), "catalog_entities", &first, "details");
        // Discovery reads the same rows.
        let search = call(&backend, BUYER, Service::MarketplaceDiscovery, "SearchListings", json!({}));
        assert_unreadable(search, "catalog_entities", &first, "details");
    }

    #[test]
    fn offers() {
        let backend = backend();
        // A released public offer whose availability date does not parse: a buyer's view of offers fails rather
        // than treat it as never expiring.
        corrupt(
            &backend,
            &format!(
                "INSERT INTO catalog_entities (id, entity_type, owner, revision, details, created_ms, modified_ms, seq) \
                 VALUES ('offer-x', 'Offer', '{SELLER}', 1, \
                 '{{\"Id\": \"offer-x\", \"State\": \"Released\", \
                   \"Rules\": [{{\"Type\": \"AvailabilityRule\", \"AvailabilityEndDate\": \"someday\"}}]}}', 0, 0, 1)"
            ),
        );
        let options = call(&backend, BUYER, Service::MarketplaceDiscovery, "ListPurchaseOptions", json!({}));
        assert_unreadable(options, "catalog_entities", "offer-x", "details");
        let offers = json!({"Catalog": "AWSMarketplace", "EntityType": "Offer"});
        assert_unreadable(catalog(&backend, SELLER, "ListEntities", offers), "catalog_entities", "offer-x", "details");
    }

    #[test]
    fn change_sets() {
        let backend = backend();
        product(&backend, "First");
        let id: String = backend.lock().query_row("SELECT id FROM catalog_change_sets", [], |r| r.get(0)).unwrap();
        corrupt(&backend, "UPDATE catalog_change_sets SET summaries = '{'");
        let list = catalog(&backend, SELLER, "ListChangeSets", json!({"Catalog": "AWSMarketplace"}));
        assert_unreadable(list, "catalog_change_sets", &id, "summaries");
        let describe = json!({"catalog": "AWSMarketplace", "changeSetId": id});
        assert_unreadable(
            catalog(&backend, SELLER, "DescribeChangeSet", describe),
            "catalog_change_sets",
            &id,
            "summaries",
        );
    }

    #[test]
    fn change_set_payload_read_when_applied() {
        let clock = Arc::new(ManualClock::at_epoch());
        let backend = LocalBackend::builder().clock(clock.clone()).in_memory().unwrap();
        let started = catalog(
            &backend,
            SELLER,
            "StartChangeSet",
            json!({"Catalog": "AWSMarketplace", "ChangeSet": [{
                "ChangeType": "CreateProduct", "Entity": {"Type": "SaaSProduct@1.0"},
                "DetailsDocument": {"ProductTitle": "Later"}}]}),
        )
        .unwrap();
        let id = started["ChangeSetId"].as_str().unwrap().to_owned();
        corrupt(&backend, "UPDATE catalog_change_sets SET payload = 'not json'");
        clock.advance(Duration::from_secs(10));
        // The set is applied at the start of the next catalog request, which fails instead of dropping entity tags.
        assert_unreadable(list_products(&backend), "catalog_change_sets", &id, "payload");
    }

    #[test]
    fn assessments() {
        let backend = backend();
        let first = product(&backend, "First");
        let input = json!({"Catalog": "AWSMarketplace", "EntityId": first, "FrameworkId": "listing-quality"});
        let started = catalog(&backend, SELLER, "StartAssessment", input).unwrap();
        let id = started["AssessmentId"].as_str().unwrap().to_owned();
        corrupt(&backend, "UPDATE catalog_assessments SET body = '{\"AssessmentId\": 1}'");
        let list = catalog(&backend, SELLER, "ListAssessments", json!({"Catalog": "AWSMarketplace"}));
        assert_unreadable(list, "catalog_assessments", &id, "body");
    }

    #[test]
    fn product_requests() {
        let backend = backend();
        corrupt(
            &backend,
            &format!(
                "INSERT INTO pmp_requests (id, experience_id, requester, body, seq) \
                 VALUES ('pmpreq-x', 'exp-x', '{BUYER}', 'not json', 1)"
            ),
        );
        let list = catalog(&backend, BUYER, "ListProductRequests", json!({}));
        assert_unreadable(list, "pmp_requests", "pmpreq-x", "body");
    }

    #[test]
    fn resource_policies() {
        let backend = backend();
        let first = product(&backend, "First");
        let arn = format!("arn:aws:aws-marketplace:us-east-1:{SELLER}:AWSMarketplace/SaaSProduct/{first}");
        let policy = json!({"Statement": [{"Effect": "Allow", "Principal": {"AWS": BUYER}}]}).to_string();
        catalog(&backend, SELLER, "PutResourcePolicy", json!({"ResourceArn": arn, "Policy": policy})).unwrap();
        let describe = json!({"catalog": "AWSMarketplace", "entityId": first});
        catalog(&backend, BUYER, "DescribeEntity", describe.clone()).unwrap();
        corrupt(&backend, "UPDATE catalog_policies SET policy = '{\"Statement\": 1}'");
        // The buyer's access comes from the policy: unreadable, it is an error, not a quiet "not found".
        assert_unreadable(catalog(&backend, BUYER, "DescribeEntity", describe), "catalog_policies", &arn, "policy");
    }
}
