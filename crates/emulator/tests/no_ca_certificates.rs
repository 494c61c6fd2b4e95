//! A machine without CA certificates (a minimal container, a debootstrapped root) can still reach the emulator over
//! plain HTTP. The SDK's default HTTP client loads the system's root certificates when it first connects, and a
//! debug build panics when it finds none, even for an `http://` endpoint that never uses TLS. Its own test binary,
//! because it points the certificate search at an empty file for the whole process.

use std::sync::Arc;

use aws_credential_types::Credentials;
use marketplane::backend::local::LocalBackend;
use marketplane::model::account::AlternateContactType;
use marketplane::{Client, ErrorKind};
use marketplane_emulator::Emulator;

#[tokio::test]
async fn an_http_endpoint_needs_no_ca_certificates() {
    let empty = std::env::temp_dir().join(format!("marketplane-no-ca-{}.pem", std::process::id()));
    std::fs::write(&empty, "").unwrap();
    // The only test in this binary: nothing else reads the environment concurrently. With SSL_CERT_FILE set, the
    // certificate loader reads that file only, so the process sees a machine with no CA certificates.
    std::env::set_var("SSL_CERT_FILE", &empty);
    std::env::set_var("SSL_CERT_DIR", &empty);

    let backend = Arc::new(LocalBackend::builder().in_memory().unwrap());
    let addr =
        marketplane_emulator::spawn("127.0.0.1:0".parse().unwrap(), Arc::new(Emulator::new(backend))).await.unwrap();
    let config = aws_config::defaults(aws_config::BehaviorVersion::latest())
        .region(aws_config::Region::new("us-east-1"))
        .credentials_provider(Credentials::new("210987654321", "test", None, None, "test"))
        .load()
        .await;
    let client = Client::aws_with_endpoint(&config, &format!("http://{addr}"));

    let info = client.accounts().get_account_information().await.unwrap();
    assert_eq!(info.account_id.as_str(), "210987654321");
    let err = client.accounts().get_alternate_contact(AlternateContactType::Billing).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    // The RPC v2 CBOR client (Agreement operations the SDK crate lacks) shares the same HTTP client.
    let requests = client.agreements().requests().collect().await;
    assert!(requests.is_ok(), "{requests:?}");
    std::fs::remove_file(&empty).ok();
}
