//! The emulator on the wire: malformed requests, routing forms, error headers and bodies, signature checks, and
//! durability across a killed process.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;

use aws_sdk_account::error::ProvideErrorMetadata;
use common::{sdk_config, Harness, Mode};
use marketplane::backend::local::LocalBackend;
use marketplane_emulator::{Credential, Emulator};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A raw HTTP/1.1 exchange: what the emulator answers to exactly these bytes.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }
}

async fn raw(endpoint: &str, method: &str, path: &str, extra_headers: &[(&str, &str)], body: &[u8]) -> Answer {
    let addr = endpoint.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
    for (name, value) in extra_headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await.unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).unwrap();
    let headers =
        lines.filter_map(|l| l.split_once(':')).map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned())).collect();
    Answer { status, headers, body: body.to_owned() }
}

const SIGNED_AS_S: (&str, &str) = (
    "Authorization",
    "AWS4-HMAC-SHA256 Credential=444444444444/20260101/us-east-1/account/aws4_request, \
     SignedHeaders=host, Signature=0000",
);

async fn emulator() -> Harness {
    Harness::new(Mode::Emulator).await
}

#[tokio::test]
async fn errors_carry_the_type_header_request_id_and_shape_members() {
    let h = emulator().await;
    let url = h.endpoint().unwrap();
    let answer =
        raw(url, "POST", "/getAlternateContact", &[SIGNED_AS_S], br#"{"AlternateContactType":"BILLING"}"#).await;
    assert_eq!(answer.status, 404);
    assert_eq!(answer.header("x-amzn-errortype"), Some("ResourceNotFoundException"));
    assert!(answer.header("x-amzn-requestid").is_some_and(|id| id.len() == 36));
    assert_eq!(answer.json()["message"], "No contact of the inputted alternate contact type found.");

    let answer = raw(
        url,
        "POST",
        "/putAlternateContact",
        &[SIGNED_AS_S],
        br#"{"AlternateContactType":"BILLING","Name":"","Title":"t","EmailAddress":"x","PhoneNumber":"1"}"#,
    )
    .await;
    assert_eq!(answer.status, 400);
    assert_eq!(answer.header("x-amzn-errortype"), Some("ValidationException"));
    let body = answer.json();
    assert_eq!(body["reason"], "fieldValidationFailed");
    let names: Vec<&str> = body["fieldList"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Name", "EmailAddress"]);
}

#[tokio::test]
async fn malformed_requests_get_the_right_error_and_never_a_dropped_connection() {
    let h = emulator().await;
    let url = h.endpoint().unwrap();
    let cases: &[(&str, &[u8], u16, &str)] = &[
        ("/getAlternateContact", b"{not json", 400, "SerializationException"),
        ("/getAlternateContact", b"[1,2]", 400, "SerializationException"),
        ("/getAlternateContact", br#"{"AlternateContactType":7}"#, 400, "SerializationException"),
        ("/listRegions", br#"{"MaxResults":"ten"}"#, 400, "SerializationException"),
        ("/listRegions", br#"{"MaxResults":99999999999}"#, 400, "SerializationException"),
        ("/listRegions", br#"{"MaxResults":0}"#, 400, "ValidationException"),
        ("/listRegions", br#"{"RegionOptStatusContains":["PENDING"]}"#, 400, "ValidationException"),
        ("/getAlternateContact", br#"{}"#, 400, "ValidationException"),
        ("/getAlternateContact", br#"{"AlternateContactType":"MARKETING"}"#, 400, "ValidationException"),
        ("/getContactInformation", br#"{"AccountId":"12345678901a"}"#, 400, "ValidationException"),
        ("/getRegionOptStatus", br#"{"RegionName":""}"#, 400, "ValidationException"),
        ("/getPrimaryEmail", br#"{}"#, 400, "ValidationException"),
        ("/noSuchOperation", br#"{}"#, 404, "UnknownOperationException"),
        ("/getAlternateContact", &[0xff, 0xfe, 0x00], 400, "SerializationException"),
    ];
    for (path, body, status, code) in cases {
        let answer = raw(url, "POST", path, &[SIGNED_AS_S], body).await;
        assert_eq!(answer.status, *status, "{path} {:?}: {}", String::from_utf8_lossy(body), answer.body);
        assert_eq!(answer.header("x-amzn-errortype"), Some(*code), "{path}");
        assert!(answer.json()["message"].is_string(), "{path}");
    }
    // Oversized fields are validation errors naming the field.
    let long = format!(r#"{{"AccountName":"{}"}}"#, "n".repeat(51));
    let answer = raw(url, "POST", "/putAccountName", &[SIGNED_AS_S], long.as_bytes()).await;
    assert_eq!(answer.status, 400);
    assert_eq!(answer.json()["fieldList"][0]["name"], "AccountName");
    // An oversized body is refused as a whole.
    let huge = vec![b' '; marketplane_emulator::MAX_BODY_BYTES + 10];
    let answer = raw(url, "POST", "/listRegions", &[SIGNED_AS_S], &huge).await;
    assert_eq!(answer.status, 413);
    // GET on an operation path is not an operation.
    let answer = raw(url, "GET", "/listRegions", &[SIGNED_AS_S], b"").await;
    assert_eq!(answer.status, 404);
    // The server still answers afterwards.
    let answer = raw(url, "POST", "/listRegions", &[SIGNED_AS_S], b"").await;
    assert_eq!(answer.status, 200);
}

#[tokio::test]
async fn the_json_rpc_form_of_the_seed_examples_is_accepted() {
    let h = emulator().await;
    let url = h.endpoint().unwrap();
    let put = raw(
        url,
        "POST",
        "/",
        &[SIGNED_AS_S, ("X-Amz-Target", "AWSAccountV20210201.PutAlternateContact")],
        br#"{"AlternateContactType":"SECURITY","Name":"Anika","Title":"COO","EmailAddress":"anika@example.com","PhoneNumber":"206-555-0198"}"#,
    )
    .await;
    assert_eq!(put.status, 200, "{}", put.body);
    let get = raw(url, "POST", "/getAlternateContact", &[SIGNED_AS_S], br#"{"AlternateContactType":"SECURITY"}"#).await;
    assert_eq!(get.json()["AlternateContact"]["Name"], "Anika");
    let unknown =
        raw(url, "POST", "/", &[SIGNED_AS_S, ("X-Amz-Target", "AWSAccountV20210201.Frobnicate")], b"{}").await;
    assert_eq!(unknown.status, 404);
}

#[tokio::test]
async fn identity_comes_from_the_access_key() {
    let h = emulator().await;
    let url = h.endpoint().unwrap();
    // A 12-digit key is that account; the world named it "Standalone".
    let answer = raw(url, "POST", "/getAccountInformation", &[SIGNED_AS_S], b"{}").await;
    assert_eq!(answer.json()["AccountName"], "Standalone");
    assert_eq!(answer.json()["AccountId"], "444444444444");
    // The model says iso8601 for this member.
    assert!(answer.json()["AccountCreatedDate"].as_str().unwrap().starts_with("2026-01-01T"));
    // Any other key, or none, acts as the default account.
    let other = (
        "Authorization",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/account/aws4_request, SignedHeaders=host, \
         Signature=00",
    );
    let answer = raw(url, "POST", "/getAccountInformation", &[other], b"{}").await;
    assert_eq!(answer.json()["AccountId"], "000000000000");
    let answer = raw(url, "POST", "/getAccountInformation", &[], b"{}").await;
    assert_eq!(answer.json()["AccountId"], "000000000000");
}

#[tokio::test]
async fn signatures_are_verified_when_credentials_are_configured() {
    let backend = Arc::new(LocalBackend::builder().in_memory().unwrap());
    let emulator = Emulator::new(backend).with_credentials(vec![Credential {
        access_key_id: "AKIAMARKETPLANE".into(),
        secret_access_key: "right-secret".into(),
        account_id: "123456789012".parse().unwrap(),
    }]);
    let addr = marketplane_emulator::spawn("127.0.0.1:0".parse().unwrap(), Arc::new(emulator)).await.unwrap();
    let endpoint = format!("http://{addr}");
    let client = |key: &str, secret: &str| {
        let config = aws_sdk_account::config::Builder::from(&sdk_config(key, secret)).endpoint_url(&endpoint).build();
        aws_sdk_account::Client::from_conf(config)
    };
    let ok = client("AKIAMARKETPLANE", "right-secret").get_account_information().send().await.unwrap();
    assert_eq!(ok.account_id(), Some("123456789012"));
    let wrong = client("AKIAMARKETPLANE", "wrong-secret").get_account_information().send().await.unwrap_err();
    assert_eq!(wrong.code(), Some("InvalidSignatureException"));
    assert_eq!(wrong.raw_response().map(|r| r.status().as_u16()), Some(403));
    let unknown = client("AKIAUNKNOWN", "whatever").get_account_information().send().await.unwrap_err();
    assert_eq!(unknown.code(), Some("UnrecognizedClientException"));
    assert_eq!(unknown.raw_response().map(|r| r.status().as_u16()), Some(403));
    let unsigned = raw(&endpoint, "POST", "/getAccountInformation", &[], b"{}").await;
    assert_eq!(unsigned.status, 403);
}

/// The AWS backend's own RPC client (the Agreement operations aws-sdk-marketplaceagreement lacks) signs as the
/// emulator checks: the right secret is accepted as its account, a wrong one is refused like the SDK's requests.
#[tokio::test]
async fn rpc_calls_are_signed_as_the_emulator_checks() {
    use marketplane::backend::aws::AwsBackend;
    use marketplane::model::agreement::{GetAgreementRequestInput, ListAgreementRequestsInput};

    let backend = Arc::new(LocalBackend::builder().in_memory().unwrap());
    let emulator = Emulator::new(backend).with_credentials(vec![Credential {
        access_key_id: "AKIAMARKETPLANE".into(),
        secret_access_key: "right-secret".into(),
        account_id: "123456789012".parse().unwrap(),
    }]);
    let addr = marketplane_emulator::spawn("127.0.0.1:0".parse().unwrap(), Arc::new(emulator)).await.unwrap();
    let endpoint = format!("http://{addr}");
    let client = |secret: &str| {
        let backend = AwsBackend::with_endpoint(&sdk_config("AKIAMARKETPLANE", secret), &endpoint);
        marketplane::Client::builder(backend).retry(marketplane::backend::RetryPolicy::none()).build()
    };
    let page = client("right-secret").call(ListAgreementRequestsInput::default()).await.unwrap();
    assert!(page.items.is_empty());
    let err = client("right-secret").call(GetAgreementRequestInput::new("ar-nothing")).await.unwrap_err();
    assert_eq!((err.code(), err.http_status()), ("ResourceNotFoundException", Some(404)), "{err}");
    assert!(err.request_id().is_some(), "{err}");
    // Agreement's coral protocols answer authentication failures 400, as AWS's JSON 1.0 services do.
    let err = client("wrong-secret").call(ListAgreementRequestsInput::default()).await.unwrap_err();
    assert_eq!((err.code(), err.http_status()), ("InvalidSignatureException", Some(400)), "{err}");
    assert_eq!(err.kind(), marketplane::ErrorKind::AccessDenied);
}

/// A child process that is killed when dropped, so a failing assertion never leaves a server running.
struct KillOnDrop(std::process::Child);

impl KillOnDrop {
    /// SIGKILL: no shutdown path of the server runs.
    fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Start the emulator binary on an ephemeral port with a state file; returns the child and its address.
fn start_binary(state: &std::path::Path) -> (KillOnDrop, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marketplane-emulator"))
        .args(["--bind", "127.0.0.1:0", "--state"])
        .arg(state)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let child = KillOnDrop(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let url = line.trim().rsplit(' ').next().unwrap().to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{line}");
    (child, url)
}

#[tokio::test]
async fn acknowledged_writes_survive_a_killed_process() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("emulator.db");
    let (mut child, url) = start_binary(&state);
    let put = raw(&url, "POST", "/putAccountName", &[SIGNED_AS_S], br#"{"AccountName":"survives kill -9"}"#).await;
    assert_eq!(put.status, 200, "{}", put.body);
    child.kill();
    let (mut child, url) = start_binary(&state);
    let got = raw(&url, "POST", "/getAccountInformation", &[SIGNED_AS_S], b"{}").await;
    assert_eq!(got.json()["AccountName"], "survives kill -9");
    child.kill();
}

const SIGNED_AS_A_FOR_SAR: (&str, &str) = (
    "Authorization",
    "AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/serverlessrepo/aws4_request, \
     SignedHeaders=host, Signature=0000",
);

#[tokio::test]
async fn serverless_repository_routes_statuses_and_error_bodies() {
    let h = emulator().await;
    let url = h.endpoint().unwrap();
    let create = raw(
        url,
        "POST",
        "/applications",
        &[SIGNED_AS_A_FOR_SAR],
        br#"{"name":"my-app","description":"d","author":"user1","semanticVersion":"1.0.0","templateBody":"Resources:\n  Q:\n    Type: AWS::SQS::Queue\n"}"#,
    )
    .await;
    assert_eq!(create.status, 201, "{}", create.body);
    let arn = create.json()["applicationId"].as_str().unwrap().to_owned();
    assert_eq!(arn, "arn:aws:serverlessrepo:us-east-1:111111111111:applications/my-app");
    assert_eq!(create.json()["version"]["semanticVersion"], "1.0.0");
    assert!(create.json()["creationTime"].as_str().unwrap().ends_with(".000Z"));
    let encoded = arn.replace(':', "%3A").replace('/', "%2F");
    let get =
        raw(url, "GET", &format!("/applications/{encoded}?semanticVersion=1.0.0"), &[SIGNED_AS_A_FOR_SAR], b"").await;
    assert_eq!(get.status, 200, "{}", get.body);
    assert_eq!(get.json()["version"]["resourcesSupported"], true);
    // Unset members are omitted.
    assert!(get.json().get("licenseUrl").is_none());
    let again = raw(
        url,
        "PUT",
        &format!("/applications/{encoded}/versions/1.0.0"),
        &[SIGNED_AS_A_FOR_SAR],
        br#"{"templateBody":"Resources: {}"}"#,
    )
    .await;
    assert_eq!(again.status, 409);
    assert_eq!(again.header("x-amzn-errortype"), Some("ConflictException"));
    assert_eq!(again.json()["errorCode"], "409");
    let bad = raw(url, "POST", "/applications", &[SIGNED_AS_A_FOR_SAR], br#"{"name":"x"}"#).await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.header("x-amzn-errortype"), Some("BadRequestException"));
    assert_eq!(bad.json()["errorCode"], "400");
    let other = (
        "Authorization",
        "AWS4-HMAC-SHA256 Credential=444444444444/20260101/us-east-1/serverlessrepo/aws4_request, SignedHeaders=host, Signature=00",
    );
    let forbidden = raw(url, "GET", &format!("/applications/{encoded}"), &[other], b"").await;
    assert_eq!(forbidden.status, 403);
    assert_eq!(forbidden.header("x-amzn-errortype"), Some("ForbiddenException"));
    let missing = raw(
        url,
        "GET",
        "/applications/arn%3Aaws%3Aserverlessrepo%3Aus-east-1%3A111111111111%3Aapplications%2Fnone",
        &[SIGNED_AS_A_FOR_SAR],
        b"",
    )
    .await;
    assert_eq!(missing.status, 404);
    let delete = raw(url, "DELETE", &format!("/applications/{encoded}"), &[SIGNED_AS_A_FOR_SAR], b"").await;
    assert_eq!(delete.status, 204);
    let preflight = raw(url, "OPTIONS", "/applications", &[SIGNED_AS_A_FOR_SAR], b"").await;
    assert_eq!(preflight.status, 200);
    // Without a signature the path decides the service.
    let unsigned = raw(url, "GET", "/applications", &[], b"").await;
    assert_eq!(unsigned.status, 200, "{}", unsigned.body);
}

const SIGNED_AS_S_FOR_CATALOG: (&str, &str) = (
    "Authorization",
    "AWS4-HMAC-SHA256 Credential=444444444444/20260101/us-east-1/aws-marketplace/aws4_request, \
     SignedHeaders=host, Signature=0000",
);

#[tokio::test]
async fn marketplace_catalog_routes_statuses_and_error_bodies() {
    let h = emulator().await;
    let endpoint = h.endpoint().unwrap();
    let json = [("Content-Type", "application/json"), SIGNED_AS_S_FOR_CATALOG];
    let start = br#"{"Catalog":"AWSMarketplace","ChangeSet":[{"ChangeType":"CreateProduct","Entity":{"Type":"SaaSProduct@1.0"},"Details":"{\"ProductTitle\":\"Wire\"}","ChangeName":"P"}]}"#;
    let answer = raw(endpoint, "POST", "/StartChangeSet", &json, start).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let id = answer.json()["ChangeSetId"].as_str().unwrap().to_owned();
    assert!(answer.json()["ChangeSetArn"]
        .as_str()
        .unwrap()
        .ends_with(&format!(":444444444444:AWSMarketplace/ChangeSet/{id}")));

    // GET with the query string; dates are exactly 20 characters.
    let path = format!("/DescribeChangeSet?catalog=AWSMarketplace&changeSetId={id}");
    let answer = raw(endpoint, "GET", &path, &[SIGNED_AS_S_FOR_CATALOG], b"").await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.json()["Status"], "PREPARING");
    assert_eq!(answer.json()["StartTime"].as_str().unwrap().len(), 20);
    assert_eq!(answer.json()["ChangeSet"][0]["Details"], "{\"ProductTitle\":\"Wire\"}");

    // Validation errors are 422 with `Message` and the field list.
    let answer = raw(endpoint, "POST", "/StartChangeSet", &json, br#"{"Catalog":"Nope","ChangeSet":[]}"#).await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.header("x-amzn-errortype"), Some("ValidationException"));
    assert!(answer.json()["Message"].as_str().unwrap().contains("Catalog"));
    assert!(answer.json().get("message").is_none());
    assert_eq!(answer.json()["ValidationExceptionFieldList"][0]["Field"], "Catalog");
    // A missing query member, and garbage JSON.
    let answer = raw(endpoint, "GET", "/DescribeEntity?catalog=AWSMarketplace", &[SIGNED_AS_S_FOR_CATALOG], b"").await;
    assert_eq!(
        (answer.status, answer.json()["ValidationExceptionFieldList"][0]["Field"].as_str()),
        (422, Some("entityId"))
    );
    let answer = raw(endpoint, "POST", "/ListEntities", &json, b"{nope").await;
    assert_eq!(answer.status, 422);
    // The wrong method for a path is an unknown operation.
    let answer = raw(endpoint, "POST", "/DescribeEntity", &json, b"{}").await;
    assert_eq!(answer.status, 404);
    assert_eq!(answer.header("x-amzn-errortype"), Some("UnknownOperationException"));

    // Cancelling after APPLYING: 423.
    h.advance(std::time::Duration::from_secs(1));
    let path = format!("/CancelChangeSet?catalog=AWSMarketplace&changeSetId={id}");
    let answer = raw(endpoint, "PATCH", &path, &[SIGNED_AS_S_FOR_CATALOG], b"").await;
    assert_eq!(answer.status, 423);
    assert_eq!(answer.header("x-amzn-errortype"), Some("ResourceInUseException"));
    // Unsigned requests are routed by path and act as the default account, which does not own it.
    let answer =
        raw(endpoint, "GET", &format!("/DescribeChangeSet?catalog=AWSMarketplace&changeSetId={id}"), &[], b"").await;
    assert_eq!(answer.status, 404);
    assert_eq!(answer.header("x-amzn-errortype"), Some("ResourceNotFoundException"));

    // Untag with no output answers an empty 200.
    h.advance(std::time::Duration::from_secs(1));
    let described = raw(
        endpoint,
        "GET",
        &format!("/DescribeChangeSet?catalog=AWSMarketplace&changeSetId={id}"),
        &[SIGNED_AS_S_FOR_CATALOG],
        b"",
    )
    .await;
    let product = described.json()["ChangeSet"][0]["Entity"]["Identifier"]
        .as_str()
        .unwrap()
        .split('@')
        .next()
        .unwrap()
        .to_owned();
    let arn = format!("arn:aws:aws-marketplace:us-east-1:444444444444:AWSMarketplace/SaaSProduct/{product}");
    let body = format!(r#"{{"ResourceArn":"{arn}","TagKeys":["a"]}}"#);
    let answer = raw(endpoint, "POST", "/UntagResource", &json, body.as_bytes()).await;
    assert_eq!((answer.status, answer.body.as_str()), (200, ""));

    // The private marketplace's buyer actions (no AWS API) have the library's own routes.
    let body = format!(r#"{{"ProductId":"{product}"}}"#);
    let answer =
        raw(endpoint, "POST", "/_marketplane/private-marketplace/GetProcurementStatus", &json, body.as_bytes()).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.json()["Procurable"], true);
    let answer =
        raw(endpoint, "POST", "/_marketplane/private-marketplace/CreateProductRequest", &json, body.as_bytes()).await;
    assert_eq!((answer.status, answer.header("x-amzn-errortype")), (422, Some("ValidationException")));
    assert!(answer.json()["Message"].as_str().unwrap().contains("no private marketplace experience"));
    let answer = raw(endpoint, "POST", "/_marketplane/private-marketplace/Nope", &json, b"{}").await;
    assert_eq!(answer.status, 404);
}

#[tokio::test]
async fn marketplace_agreement_speaks_cbor_and_json() {
    let h = emulator().await;
    let endpoint = h.endpoint().unwrap();
    let signed = (
        "Authorization",
        "AWS4-HMAC-SHA256 Credential=111111111111/20260101/us-east-1/aws-marketplace/aws4_request, SignedHeaders=host, Signature=0",
    );
    // JSON 1.0: X-Amz-Target on `/`.
    let json = [
        ("Content-Type", "application/x-amz-json-1.0"),
        ("X-Amz-Target", "AWSMPCommerceService_v20200301.ListAgreementRequests"),
        signed,
    ];
    let answer = raw(endpoint, "POST", "/", &json, b"{}").await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.header("content-type"), Some("application/x-amz-json-1.0"));
    assert_eq!(answer.json()["items"], serde_json::json!([]));
    let missing = [
        ("Content-Type", "application/x-amz-json-1.0"),
        ("X-Amz-Target", "AWSMPCommerceService_v20200301.DescribeAgreement"),
        signed,
    ];
    let answer = raw(endpoint, "POST", "/", &missing, br#"{"agreementId":"agmt-nope"}"#).await;
    assert_eq!(answer.status, 404);
    assert_eq!(answer.json()["__type"], "com.amazonaws.marketplaceagreement#ResourceNotFoundException");
    // Operations the Rust SDK lacks are routed too: GetAgreementContacts, and its missing member is named.
    let contacts = [
        ("Content-Type", "application/x-amz-json-1.0"),
        ("X-Amz-Target", "AWSMPCommerceService_v20200301.GetAgreementContacts"),
        signed,
    ];
    let answer = raw(endpoint, "POST", "/", &contacts, br#"{"agreementId":"agmt-nope"}"#).await;
    assert_eq!(answer.status, 404, "{}", answer.body);
    let answer = raw(endpoint, "POST", "/", &contacts, b"{}").await;
    assert_eq!(answer.status, 400, "{}", answer.body);
    assert!(answer.body.contains("agreementId"), "{}", answer.body);

    // RPC v2 CBOR: the operation in the path, CBOR both ways, errors as `__type` in a CBOR map.
    let cbor = [("Content-Type", "application/cbor"), ("smithy-protocol", "rpc-v2-cbor"), signed];
    let body = marketplane::wire::agreement::json_to_cbor(&serde_json::json!({"agreementId": "agmt-nope"}));
    let answer =
        raw_bytes(endpoint, "/service/AWSMPCommerceService_v20200301/operation/DescribeAgreement", &cbor, &body).await;
    assert_eq!(answer.0, 404);
    assert!(answer.1.iter().any(|(n, v)| n.eq_ignore_ascii_case("smithy-protocol") && v == "rpc-v2-cbor"));
    let decoded = marketplane::wire::agreement::cbor_to_json(&answer.2).unwrap();
    assert_eq!(decoded["__type"], "com.amazonaws.marketplaceagreement#ResourceNotFoundException");
    let answer = raw_bytes(endpoint, "/service/AWSMPCommerceService_v20200301/operation/Nope", &cbor, &body).await;
    assert_eq!(answer.0, 404);
    let answer =
        raw_bytes(endpoint, "/service/AWSMPCommerceService_v20200301/operation/DescribeAgreement", &cbor, b"\xff\xff")
            .await;
    assert_eq!(answer.0, 400);
}

/// A raw exchange with a binary body: status, headers, body bytes.
async fn raw_bytes(
    endpoint: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let addr = endpoint.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut head =
        format!("POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await.unwrap();
    let split = bytes.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&bytes[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).unwrap();
    let headers =
        lines.filter_map(|l| l.split_once(':')).map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned())).collect();
    (status, headers, bytes[split + 4..].to_vec())
}
