//! `Client::from_env()` as a user points it at the emulator: credentials and endpoint from the environment, as the AWS
//! CLI reads them. Its own test binary, because it sets process-wide environment variables.

use std::sync::Arc;

use marketplane::backend::local::LocalBackend;
use marketplane::model::account::AlternateContactType;
use marketplane::{Client, ErrorKind};
use marketplane_emulator::Emulator;

#[tokio::test]
async fn from_env_reads_credentials_and_endpoint_from_the_environment() {
    let backend = Arc::new(LocalBackend::builder().in_memory().unwrap());
    let addr =
        marketplane_emulator::spawn("127.0.0.1:0".parse().unwrap(), Arc::new(Emulator::new(backend))).await.unwrap();
    for (name, value) in [
        ("AWS_ACCESS_KEY_ID", "210987654321".to_owned()),
        ("AWS_SECRET_ACCESS_KEY", "test".to_owned()),
        ("AWS_REGION", "us-east-1".to_owned()),
        ("AWS_ENDPOINT_URL", format!("http://{addr}")),
        ("AWS_CONFIG_FILE", "/nonexistent/marketplane-test-config".to_owned()),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/marketplane-test-credentials".to_owned()),
    ] {
        // The only test in this binary: nothing else reads the environment concurrently.
        std::env::set_var(name, value);
    }
    let client = Client::from_env().await.unwrap();
    let info = client.accounts().get_account_information().await.unwrap();
    assert_eq!(info.account_id.as_str(), "210987654321");
    let err = client.accounts().get_alternate_contact(AlternateContactType::Billing).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.http_status(), Some(404));
    assert!(err.request_id().is_some_and(|id| !id.is_empty()), "{err:?}");
}
