//! What the emulator can be trusted with: clock skew and payload integrity of signatures, the scope's service on
//! every route, who may read the outbox and drive the emulator's own endpoints, slow and oversized clients, HTTP/2,
//! injected faults, seeding and resetting at run time, and a credentials file's secrets kept out of errors.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{sign, PayloadChecksumKind, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4::SigningParams;
use common::{A, B, FIXTURE_WORLD, M, S};
use marketplane::backend::local::{LocalBackend, World};
use marketplane_emulator::{Credential, Emulator, FaultPlan, Limits};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

// ---- helpers ----

fn backend() -> Arc<LocalBackend> {
    Arc::new(LocalBackend::builder().world(World::from_toml_str(FIXTURE_WORLD).unwrap()).in_memory().unwrap())
}

fn key_of(account: &str) -> String {
    format!("AKIA{account}")
}

fn secret_of(account: &str) -> String {
    format!("secret-of-{account}")
}

/// A key for each fixture account: `AKIA<account>`, secret `secret-of-<account>`.
fn credentials() -> Vec<Credential> {
    [M, A, B, S]
        .iter()
        .map(|account| Credential {
            access_key_id: key_of(account),
            secret_access_key: secret_of(account),
            account_id: account.parse().unwrap(),
        })
        .collect()
}

async fn start(emulator: Emulator) -> String {
    let addr = marketplane_emulator::spawn("127.0.0.1:0".parse().unwrap(), Arc::new(emulator)).await.unwrap();
    format!("http://{addr}")
}

fn addr(endpoint: &str) -> &str {
    endpoint.trim_start_matches("http://")
}

#[derive(Debug)]
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

fn parse_answer(bytes: &[u8]) -> Option<Answer> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n")?;
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let headers =
        lines.filter_map(|l| l.split_once(':')).map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned())).collect();
    Some(Answer { status, headers, body: body.to_owned() })
}

/// One HTTP/1.1 exchange on a fresh connection; `None` when the server closed it without an answer.
async fn try_exchange(
    endpoint: &str,
    method: &str,
    path: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> Option<Answer> {
    let mut stream = TcpStream::connect(addr(endpoint)).await.unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
    if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: {}\r\n", addr(endpoint)));
    }
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    let mut bytes = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut bytes)).await;
    assert!(read.is_ok(), "the server neither answered nor closed within 10 s");
    parse_answer(&bytes)
}

async fn exchange(endpoint: &str, method: &str, path: &str, headers: &[(String, String)], body: &[u8]) -> Answer {
    try_exchange(endpoint, method, path, headers, body).await.expect("an answer")
}

fn owned(headers: &[(&str, &str)]) -> Vec<(String, String)> {
    headers.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect()
}

/// Sign like an SDK: the headers to send (the `Authorization`, `X-Amz-Date` and friends plus `extra`).
#[allow(clippy::too_many_arguments)]
fn signed(
    endpoint: &str,
    method: &str,
    path: &str,
    extra: &[(&str, &str)],
    body: &[u8],
    service: &str,
    account: &str,
    at: SystemTime,
    unsigned_payload: bool,
) -> Vec<(String, String)> {
    let identity = Credentials::new(key_of(account), secret_of(account), None, None, "test").into();
    let mut settings = SigningSettings::default();
    if unsigned_payload {
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
    }
    let params = SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name(service)
        .time(at)
        .settings(settings)
        .build()
        .unwrap()
        .into();
    let body = if unsigned_payload { SignableBody::UnsignedPayload } else { SignableBody::Bytes(body) };
    let url = format!("{endpoint}{path}");
    let request = SignableRequest::new(method, &url, extra.iter().copied(), body).unwrap();
    let (instructions, _) = sign(request, &params).unwrap().into_parts();
    let mut headers = owned(extra);
    headers.extend(instructions.headers().map(|(n, v)| (n.to_owned(), v.to_owned())));
    headers
}

/// An unverified signature header scoped to `service`, as the no-credentials mode reads them.
fn scoped(account: &str, service: &str) -> (String, String) {
    (
        "Authorization".to_owned(),
        format!(
            "AWS4-HMAC-SHA256 Credential={account}/20260101/us-east-1/{service}/aws4_request, SignedHeaders=host, \
             Signature=0000"
        ),
    )
}

const DAY: Duration = Duration::from_secs(86_400);

// ---- 1. clock skew ----

#[tokio::test]
async fn signatures_made_too_far_from_now_are_refused() {
    let endpoint = start(Emulator::new(backend()).with_credentials(credentials())).await;
    let json = [("content-type", "application/json")];
    let call = |at: SystemTime| {
        let endpoint = endpoint.clone();
        async move {
            let headers = signed(&endpoint, "POST", "/getAccountInformation", &json, b"{}", "account", S, at, false);
            exchange(&endpoint, "POST", "/getAccountInformation", &headers, b"{}").await
        }
    };
    let now = SystemTime::now();
    let fresh = call(now - Duration::from_secs(240)).await;
    assert_eq!(fresh.status, 200, "{}", fresh.body);
    assert_eq!(call(now + Duration::from_secs(240)).await.status, 200);

    let year_ago = call(now - 365 * DAY).await;
    assert_eq!(year_ago.status, 403, "{}", year_ago.body);
    assert_eq!(year_ago.header("x-amzn-errortype"), Some("InvalidSignatureException"));
    let message = year_ago.json()["message"].as_str().unwrap().to_owned();
    assert!(message.starts_with("Signature expired: ") && message.ends_with(" - 5 min.)"), "{message}");

    let tomorrow = call(now + DAY).await;
    assert_eq!(tomorrow.status, 403);
    let message = tomorrow.json()["message"].as_str().unwrap().to_owned();
    assert!(message.starts_with("Signature not yet current: ") && message.ends_with(" + 5 min.)"), "{message}");

    // --max-skew off: a client on a frozen clock still gets through.
    let frozen = start(Emulator::new(backend()).with_credentials(credentials()).with_max_skew(None)).await;
    let headers = signed(&frozen, "POST", "/getAccountInformation", &json, b"{}", "account", S, now - 365 * DAY, false);
    assert_eq!(exchange(&frozen, "POST", "/getAccountInformation", &headers, b"{}").await.status, 200);
}

// ---- 2. the scope's service, on every route ----

#[tokio::test]
async fn a_signature_scoped_to_another_service_is_refused_on_every_route() {
    let endpoint = start(Emulator::new(backend())).await;
    let json = ("Content-Type".to_owned(), "application/x-amz-json-1.0".to_owned());
    type Headers = Vec<(String, String)>;
    let routes: &[(&str, &str, Headers, &str)] = &[
        (
            "POST",
            "/",
            vec![json.clone(), ("X-Amz-Target".into(), "AWSMPCommerceService_v20200301.ListAgreementRequests".into())],
            "aws-marketplace",
        ),
        (
            "POST",
            "/service/AWSMPCommerceService_v20200301/operation/ListAgreementRequests",
            vec![("Content-Type".into(), "application/cbor".into())],
            "aws-marketplace",
        ),
        ("POST", "/2026-02-05/searchListings", vec![], "aws-marketplace"),
        ("POST", "/_marketplane/private-marketplace/ListProductRequests", vec![], "aws-marketplace"),
        ("POST", "/ListEntities", vec![], "aws-marketplace"),
        ("POST", "/getAccountInformation", vec![], "account"),
        ("GET", "/applications", vec![], "serverlessrepo"),
    ];
    for (method, path, headers, expected) in routes {
        for wrong in ["s3", "account", "iam", "serverlessrepo"].iter().filter(|w| *w != expected) {
            let mut with_scope = headers.clone();
            with_scope.push(scoped(S, wrong));
            let answer = exchange(&endpoint, method, path, &with_scope, b"{}").await;
            let is_agreement = path.starts_with("/service/") || headers.iter().any(|(n, _)| n == "X-Amz-Target");
            if is_agreement {
                // JSON 1.0 and RPC v2 CBOR: AWS's front door answers 400 with the coral type.
                assert_eq!(answer.status, 400, "{method} {path} scoped to {wrong}: {}", answer.body);
                assert_eq!(answer.header("x-amzn-errortype"), Some("InvalidSignatureException"));
                if path == &"/" {
                    assert_eq!(answer.json()["__type"], "com.amazon.coral.service#InvalidSignatureException");
                }
            } else {
                assert_eq!(answer.status, 403, "{method} {path} scoped to {wrong}: {}", answer.body);
                assert_eq!(answer.header("x-amzn-errortype"), Some("InvalidSignatureException"), "{path}");
                let body = answer.json();
                let message = body["message"].as_str().or(body["Message"].as_str()).unwrap_or_default().to_owned();
                assert_eq!(message, format!("Credential should be scoped to correct service: '{expected}'. "));
            }
        }
        // The right scope (and the SDKs' signing name for the Marketplace APIs) goes through.
        let mut right = headers.clone();
        right.push(scoped(S, expected));
        let answer = exchange(&endpoint, method, path, &right, b"{}").await;
        assert_ne!(answer.header("x-amzn-errortype"), Some("InvalidSignatureException"), "{path}: {}", answer.body);
    }

    // Verified signatures too: a valid one scoped to s3 does not run on an Agreement route.
    let endpoint = start(Emulator::new(backend()).with_credentials(credentials())).await;
    let extra = [
        ("content-type", "application/x-amz-json-1.0"),
        ("x-amz-target", "AWSMPCommerceService_v20200301.ListAgreementRequests"),
    ];
    let headers = signed(&endpoint, "POST", "/", &extra, b"{}", "s3", S, SystemTime::now(), false);
    let answer = exchange(&endpoint, "POST", "/", &headers, b"{}").await;
    assert_eq!(answer.status, 400, "{}", answer.body);
    assert_eq!(answer.json()["message"], "Credential should be scoped to correct service: 'aws-marketplace'. ");
    let headers = signed(&endpoint, "POST", "/", &extra, b"{}", "aws-marketplace", S, SystemTime::now(), false);
    assert_eq!(exchange(&endpoint, "POST", "/", &headers, b"{}").await.status, 200);
}

// ---- 3. the outbox and the admin token ----

#[tokio::test]
async fn the_outbox_shows_codes_only_to_their_accounts_or_the_admin() {
    let emulator = Emulator::new(backend()).with_credentials(credentials()).with_admin_token("let-me-in");
    let endpoint = start(emulator).await;
    // The management account starts a primary email update of member A: the code goes to the new address.
    let body = format!(r#"{{"AccountId":"{A}","PrimaryEmail":"new-a@example.com"}}"#);
    let extra = [("content-type", "application/json")];
    let headers = signed(
        &endpoint,
        "POST",
        "/startPrimaryEmailUpdate",
        &extra,
        body.as_bytes(),
        "account",
        M,
        SystemTime::now(),
        false,
    );
    let started = exchange(&endpoint, "POST", "/startPrimaryEmailUpdate", &headers, body.as_bytes()).await;
    assert_eq!(started.status, 200, "{}", started.body);

    let path = "/_marketplane/outbox?recipient=new-a%40example.com";
    let unsigned = exchange(&endpoint, "GET", path, &[], b"").await;
    assert_eq!(unsigned.status, 403, "{}", unsigned.body);
    assert!(!unsigned.body.contains("code"), "{}", unsigned.body);
    let read_as = |account: &'static str| {
        let endpoint = endpoint.clone();
        async move {
            let headers = signed(&endpoint, "GET", path, &[], b"", "account", account, SystemTime::now(), false);
            exchange(&endpoint, "GET", path, &headers, b"").await
        }
    };
    for (account, sees) in [(A, 1), (M, 1), (B, 0), (S, 0)] {
        let answer = read_as(account).await;
        assert_eq!(answer.status, 200, "{account}: {}", answer.body);
        assert_eq!(answer.json().as_array().map(Vec::len), Some(sees), "{account}: {}", answer.body);
    }
    let bearer = |token: &str| owned(&[("Authorization", &format!("Bearer {token}"))]);
    let admin = exchange(&endpoint, "GET", path, &bearer("let-me-in"), b"").await;
    assert_eq!(admin.json()[0]["code"].as_str().map(str::len), Some(6), "{}", admin.body);
    assert_eq!(exchange(&endpoint, "GET", path, &bearer("let-me-out"), b"").await.status, 403);
    // A stale signature is as good as none.
    let old = signed(&endpoint, "GET", path, &[], b"", "account", A, SystemTime::now() - DAY, false);
    assert_eq!(exchange(&endpoint, "GET", path, &old, b"").await.status, 403);

    // No credentials: the outbox stays open, unless an admin token is set.
    let open = start(Emulator::new(backend())).await;
    assert_eq!(exchange(&open, "GET", path, &[], b"").await.status, 200);
    let guarded = start(Emulator::new(backend()).with_admin_token("t")).await;
    assert_eq!(exchange(&guarded, "GET", path, &[], b"").await.status, 403);
    assert_eq!(exchange(&guarded, "GET", path, &bearer("t"), b"").await.status, 200);
}

// ---- 4. payload integrity ----

#[tokio::test]
async fn an_unsigned_payload_is_not_accepted_outside_s3() {
    let endpoint = start(Emulator::new(backend()).with_credentials(credentials())).await;
    let extra = [("content-type", "application/json")];
    let sent = br#"{"AccountName":"what was signed"}"#;
    let tampered = br#"{"AccountName":"tampered"}"#;
    for body in [&sent[..], &tampered[..]] {
        let headers = signed(&endpoint, "POST", "/putAccountName", &extra, sent, "account", S, SystemTime::now(), true);
        assert!(headers.iter().any(|(n, v)| n == "x-amz-content-sha256" && v == "UNSIGNED-PAYLOAD"));
        let answer = exchange(&endpoint, "POST", "/putAccountName", &headers, body).await;
        assert_eq!(answer.status, 403, "{}", answer.body);
        assert_eq!(answer.header("x-amzn-errortype"), Some("InvalidSignatureException"));
    }
    let headers =
        signed(&endpoint, "POST", "/getAccountInformation", &extra, b"{}", "account", S, SystemTime::now(), false);
    let info = exchange(&endpoint, "POST", "/getAccountInformation", &headers, b"{}").await;
    assert_eq!(info.json()["AccountName"], "Standalone", "nothing was stored");
    // With the payload signed, the same write goes through.
    let headers = signed(&endpoint, "POST", "/putAccountName", &extra, sent, "account", S, SystemTime::now(), false);
    assert_eq!(exchange(&endpoint, "POST", "/putAccountName", &headers, sent).await.status, 200);
}

// ---- 5. a malformed credentials file keeps its secrets ----

#[test]
fn credentials_file_errors_never_quote_a_value() {
    let secret = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYSECRET";
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        format!("[[credentials]]\naccess_key_id = \"AKIA1\"\nsecret_access_key = \"{secret}\naccount_id = \"123456789012\"\n"),
        format!("[[credentials]]\naccess_key_id = \"AKIA1\"\nsecret_access_key = {secret}\naccount_id = \"123456789012\"\n"),
        format!("[[credentials]]\naccess_key_id = \"AKIA1\"\nsecret_access_key = \"x\"\naccount_id = \"{secret}\"\n"),
        format!("[[credentials]]\naccess_key_id = \"AKIA1\"\nsecret = \"{secret}\"\naccount_id = \"123456789012\"\n"),
        format!("[[credentials]]\naccess_key_id = \"{secret}\"\nsecret_access_key = 42\naccount_id = \"123456789012\"\n"),
        format!("[[credentials]]\naccess_key_id = \"AKIA1\"\nsecret_access_key = [\"{secret}\"]\naccount_id = \"123456789012\"\n"),
        format!("[[credentials]]\naccess_key_id = \"AKIA1\"\nsecret_access_key = \"{secret}\"\nsecret_access_key = \"{secret}\"\n"),
        format!("{secret}\n"),
        format!("[[credentials]]\naccess_key_id = \"AKIA1\"\nsecret_access_key = '{secret}\n"),
    ];
    for (i, text) in cases.iter().enumerate() {
        let path = dir.path().join(format!("creds-{i}.toml"));
        std::fs::write(&path, text).unwrap();
        let err = marketplane_emulator::load_credentials(&path).unwrap_err();
        let message = err.message();
        assert!(message.starts_with("invalid credentials file "), "{message}");
        assert!(message.contains("line "), "the position is kept: {message}");
        for fragment in [secret, "wJalrXUtnFEMI", "CYSECRET"] {
            assert!(!message.contains(fragment), "case {i} leaks the secret: {message}");
        }
        assert!(!format!("{err}").contains(secret) && !format!("{err:?}").contains(secret), "case {i}");
    }
    // Nor does a configured credential or emulator print its secret when debugged.
    let credential = &credentials()[0];
    assert!(!format!("{credential:?}").contains(&credential.secret_access_key), "{credential:?}");
    let emulator = Emulator::new(backend()).with_credentials(credentials()).with_admin_token("the-admin-token");
    let debugged = format!("{emulator:?}");
    assert!(!debugged.contains("secret-of-") && !debugged.contains("the-admin-token"), "{debugged}");
    // What is wrong is still said.
    let path = dir.path().join("creds-3.toml");
    let err = marketplane_emulator::load_credentials(&path).unwrap_err();
    assert!(err.message().contains("unknown field"), "{}", err.message());
}

// ---- 6. slow, silent, oversized and HTTP/2 clients ----

fn quick_limits() -> Limits {
    Limits { header_timeout: Duration::from_millis(400), body_timeout: Duration::from_millis(400), max_connections: 4 }
}

/// Read until the server closes; what it sent, and how long it took.
async fn until_closed(stream: &mut TcpStream) -> (Vec<u8>, Duration) {
    let started = Instant::now();
    let mut bytes = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut bytes)).await;
    assert!(read.is_ok(), "still open after 10 s");
    (bytes, started.elapsed())
}

#[tokio::test]
async fn silent_and_slow_clients_are_cut_off() {
    let endpoint = start(Emulator::new(backend()).with_limits(quick_limits())).await;
    // Connect and say nothing.
    let mut silent = TcpStream::connect(addr(&endpoint)).await.unwrap();
    let (bytes, took) = until_closed(&mut silent).await;
    assert!(bytes.is_empty() && took < Duration::from_secs(3), "{took:?}");
    // Half a request head.
    let mut slow = TcpStream::connect(addr(&endpoint)).await.unwrap();
    slow.write_all(b"POST /listRegions HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    let (_, took) = until_closed(&mut slow).await;
    assert!(took < Duration::from_secs(3), "{took:?}");
    // A head trickled a byte at a time, each within the timeout: the head as a whole is not.
    let mut trickle = TcpStream::connect(addr(&endpoint)).await.unwrap();
    let started = Instant::now();
    for byte in b"POST /listRegions HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".iter() {
        if trickle.write_all(&[*byte]).await.is_err() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (_, _) = until_closed(&mut trickle).await;
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    // A head announcing 100 bytes, then 1: 408 and closed.
    let mut stalled = TcpStream::connect(addr(&endpoint)).await.unwrap();
    stalled.write_all(b"POST /listRegions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{").await.unwrap();
    let (bytes, took) = until_closed(&mut stalled).await;
    let answer = parse_answer(&bytes).expect("an answer");
    assert_eq!(answer.status, 408, "{}", answer.body);
    assert_eq!(answer.header("x-amzn-errortype"), Some("RequestTimeoutException"));
    assert!(took < Duration::from_secs(3), "{took:?}");
    // Keep-alive: a connection idle after an answer is closed too.
    let mut idle = TcpStream::connect(addr(&endpoint)).await.unwrap();
    idle.write_all(b"GET /_marketplane/health HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let (bytes, took) = until_closed(&mut idle).await;
    assert!(String::from_utf8_lossy(&bytes).starts_with("HTTP/1.1 200"), "{}", String::from_utf8_lossy(&bytes));
    assert!(took < Duration::from_secs(3), "{took:?}");
}

#[tokio::test]
async fn connections_beyond_the_cap_get_503() {
    let limits = Limits { header_timeout: Duration::from_secs(5), max_connections: 2, ..quick_limits() };
    let endpoint = start(Emulator::new(backend()).with_limits(limits)).await;
    let _held: Vec<TcpStream> = futures::future::join_all((0..2).map(|_| TcpStream::connect(addr(&endpoint))))
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let refused = exchange(&endpoint, "GET", "/_marketplane/health", &[], b"").await;
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert_eq!(refused.header("x-amzn-errortype"), Some("ServiceUnavailableException"));
    drop(_held);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(exchange(&endpoint, "GET", "/_marketplane/health", &[], b"").await.status, 200);
}

#[tokio::test]
async fn an_oversized_body_is_answered_not_cut() {
    let endpoint = start(Emulator::new(backend())).await;
    // 2 MiB, written in full before reading: every byte is accepted, then the 413 arrives.
    let body = vec![b' '; 2 * marketplane_emulator::MAX_BODY_BYTES];
    let mut stream = TcpStream::connect(addr(&endpoint)).await.unwrap();
    let head = format!("POST /listRegions HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n", body.len());
    stream.write_all(head.as_bytes()).await.unwrap();
    for chunk in body.chunks(64 * 1024) {
        stream.write_all(chunk).await.expect("the server keeps reading an oversized body");
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let mut bytes = vec![0; 4096];
    let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut bytes)).await.unwrap().unwrap();
    let answer = parse_answer(&bytes[..n]).expect("an answer");
    assert_eq!(answer.status, 413, "{}", answer.body);
    assert_eq!(answer.header("x-amzn-errortype"), Some("RequestEntityTooLargeException"));
    // The connection was drained, so it serves the next request.
    stream.write_all(b"GET /_marketplane/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").await.unwrap();
    let (bytes, _) = until_closed(&mut stream).await;
    assert!(String::from_utf8_lossy(&bytes).starts_with("HTTP/1.1 200"), "{}", String::from_utf8_lossy(&bytes));
    // Announcing more than the drain bound gets the 413 at once, and the connection closes.
    let huge = format!(
        "POST /listRegions HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n",
        marketplane_emulator::MAX_DRAINED_BYTES + 1
    );
    let mut stream = TcpStream::connect(addr(&endpoint)).await.unwrap();
    stream.write_all(huge.as_bytes()).await.unwrap();
    let (bytes, _) = until_closed(&mut stream).await;
    let answer = parse_answer(&bytes).expect("an answer");
    assert_eq!((answer.status, answer.header("connection")), (413, Some("close")));
}

/// An HTTP/2 frame: length, type, flags, stream, payload.
fn frame(kind: u8, flags: u8, stream: u32, payload: &[u8]) -> Vec<u8> {
    let len = payload.len() as u32;
    let mut out = vec![(len >> 16) as u8, (len >> 8) as u8, len as u8, kind, flags];
    out.extend_from_slice(&stream.to_be_bytes());
    out.extend_from_slice(payload);
    out
}

#[tokio::test]
async fn http2_with_prior_knowledge_is_served() {
    let endpoint = start(Emulator::new(backend())).await;
    let mut stream = TcpStream::connect(addr(&endpoint)).await.unwrap();
    let mut out = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".to_vec();
    out.extend(frame(0x4, 0, 0, &[])); // SETTINGS
                                       // HEADERS (END_STREAM | END_HEADERS) for GET http://x/_marketplane/health, HPACK without Huffman:
                                       // :method GET (2), :scheme http (6), :path literal (name 4), :authority literal (name 1).
    let path = b"/_marketplane/health";
    let mut block = vec![0x82, 0x86, 0x04, path.len() as u8];
    block.extend_from_slice(path);
    block.extend_from_slice(&[0x01, 0x01, b'x']);
    out.extend(frame(0x1, 0x5, 1, &block));
    stream.write_all(&out).await.unwrap();

    let mut received = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = Instant::now() + Duration::from_secs(5);
    let (mut saw_settings, mut saw_headers, mut data) = (false, false, Vec::new());
    while Instant::now() < deadline && !(saw_headers && data == b"ok") {
        let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf)).await.unwrap().unwrap();
        assert!(n > 0, "the server closed the connection");
        received.extend_from_slice(&buf[..n]);
        while received.len() >= 9 {
            let len = (usize::from(received[0]) << 16) | (usize::from(received[1]) << 8) | usize::from(received[2]);
            if received.len() < 9 + len {
                break;
            }
            let (kind, stream_id) =
                (received[3], u32::from_be_bytes([received[5], received[6], received[7], received[8]]) & 0x7fff_ffff);
            let payload = received[9..9 + len].to_vec();
            match (kind, stream_id) {
                (0x4, 0) => saw_settings = true,
                (0x1, 1) => {
                    saw_headers = true;
                    // `:status: 200` is entry 8 of HPACK's static table.
                    assert_eq!(payload.first(), Some(&0x88), "{payload:?}");
                }
                (0x0, 1) => data.extend_from_slice(&payload),
                _ => {}
            }
            received.drain(..9 + len);
        }
    }
    assert!(saw_settings && saw_headers, "settings {saw_settings}, headers {saw_headers}");
    assert_eq!(data, b"ok");
}

// ---- 7. faults ----

async fn faulty(plan: &str) -> String {
    start(Emulator::new(backend()).with_faults(plan.parse::<FaultPlan>().unwrap(), Some(1))).await
}

#[tokio::test]
async fn throttling_faults_take_each_service_s_shape() {
    let endpoint = faulty("throttle:100%@1500ms").await;
    let account = exchange(&endpoint, "POST", "/listRegions", &[scoped(S, "account")], b"{}").await;
    assert_eq!(account.status, 429);
    assert_eq!(account.header("x-amzn-errortype"), Some("TooManyRequestsException"));
    assert_eq!(account.header("x-amz-retry-after"), Some("1500"));
    assert_eq!(account.header("retry-after"), Some("2"));
    assert!(account.json()["message"].as_str().unwrap().contains("injected"), "{}", account.body);
    let sar = exchange(&endpoint, "GET", "/applications", &[scoped(S, "serverlessrepo")], b"").await;
    assert_eq!((sar.status, sar.header("x-amzn-errortype")), (429, Some("TooManyRequestsException")));
    assert_eq!(sar.json()["errorCode"], "429");
    let catalog = exchange(&endpoint, "POST", "/ListEntities", &[scoped(S, "aws-marketplace")], b"{}").await;
    assert_eq!((catalog.status, catalog.header("x-amzn-errortype")), (429, Some("ThrottlingException")));
    assert!(catalog.json()["Message"].is_string(), "{}", catalog.body);
    let agreement = exchange(
        &endpoint,
        "POST",
        "/",
        &owned(&[
            ("X-Amz-Target", "AWSMPCommerceService_v20200301.ListAgreementRequests"),
            ("Content-Type", "application/x-amz-json-1.0"),
        ]),
        b"{}",
    )
    .await;
    assert_eq!(agreement.status, 429);
    assert_eq!(agreement.json()["__type"], "com.amazonaws.marketplaceagreement#ThrottlingException");
    // The emulator's own endpoints are never faulted.
    assert_eq!(exchange(&endpoint, "GET", "/_marketplane/health", &[], b"").await.status, 200);
}

#[tokio::test]
async fn failures_before_and_after_the_request_runs() {
    let put = |name: &str| format!(r#"{{"AccountName":"{name}"}}"#);
    let endpoint = faulty("account.PutAccountName 500:100%").await;
    let answer =
        exchange(&endpoint, "POST", "/putAccountName", &[scoped(S, "account")], put("before").as_bytes()).await;
    assert_eq!((answer.status, answer.header("x-amzn-errortype")), (500, Some("InternalServerException")));
    assert_eq!(account_name(&endpoint).await, "Standalone", "a 500 before the request runs changes nothing");

    let endpoint = faulty("PutAccountName 500-after:100%").await;
    let answer = exchange(&endpoint, "POST", "/putAccountName", &[scoped(S, "account")], put("after").as_bytes()).await;
    assert_eq!(answer.status, 500);
    assert_eq!(account_name(&endpoint).await, "after", "the request ran; only its answer was lost");

    let endpoint = faulty("PutAccountName drop:100%").await;
    let lost =
        try_exchange(&endpoint, "POST", "/putAccountName", &[scoped(S, "account")], put("dropped").as_bytes()).await;
    assert!(lost.is_none(), "the connection closes without an answer: {lost:?}");
    assert_eq!(account_name(&endpoint).await, "Standalone");

    let endpoint = faulty("PutAccountName drop-after:100%").await;
    let lost = try_exchange(&endpoint, "POST", "/putAccountName", &[scoped(S, "account")], put("ran").as_bytes()).await;
    assert!(lost.is_none(), "{lost:?}");
    assert_eq!(account_name(&endpoint).await, "ran");

    let endpoint = faulty("serverlessrepo 503:100%; marketplace-catalog 500:100%").await;
    let sar = exchange(&endpoint, "GET", "/applications", &[scoped(S, "serverlessrepo")], b"").await;
    assert_eq!((sar.status, sar.header("x-amzn-errortype")), (503, Some("ServiceUnavailableException")));
    let catalog = exchange(&endpoint, "POST", "/ListEntities", &[scoped(S, "aws-marketplace")], b"{}").await;
    assert_eq!((catalog.status, catalog.header("x-amzn-errortype")), (500, Some("InternalServiceException")));

    let endpoint = faulty("account latency:100%@300ms").await;
    let started = Instant::now();
    assert_eq!(exchange(&endpoint, "POST", "/listRegions", &[scoped(S, "account")], b"{}").await.status, 200);
    assert!(started.elapsed() >= Duration::from_millis(300), "{:?}", started.elapsed());
}

/// `GetAccountInformation` of S's name, bypassing faults scoped to `PutAccountName`.
async fn account_name(endpoint: &str) -> String {
    let answer = exchange(endpoint, "POST", "/getAccountInformation", &[scoped(S, "account")], b"{}").await;
    answer.json()["AccountName"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
async fn faults_change_at_run_time_with_a_seed_and_authentication() {
    let endpoint = start(Emulator::new(backend()).with_admin_token("admin")).await;
    let admin = owned(&[("Authorization", "Bearer admin")]);
    let plan = b"account throttle:50%";
    assert_eq!(exchange(&endpoint, "POST", "/_marketplane/faults", &[], plan).await.status, 403);
    let set = exchange(&endpoint, "POST", "/_marketplane/faults?seed=9", &admin, plan).await;
    assert_eq!(set.status, 200, "{}", set.body);
    assert_eq!(set.json()["spec"], "account throttle:50%");
    let statuses = |endpoint: String| async move {
        let mut out = Vec::new();
        for _ in 0..40 {
            out.push(exchange(&endpoint, "POST", "/listRegions", &[scoped(S, "account")], b"{}").await.status);
        }
        out
    };
    let first = statuses(endpoint.clone()).await;
    let throttled = first.iter().filter(|s| **s == 429).count();
    assert!((8..=32).contains(&throttled), "{first:?}");
    let report = exchange(&endpoint, "GET", "/_marketplane/faults", &admin, b"").await;
    assert_eq!(report.json()["injected"]["throttle"], throttled);
    // The same seed, the same faults.
    exchange(&endpoint, "POST", "/_marketplane/faults?seed=9", &admin, plan).await;
    assert_eq!(statuses(endpoint.clone()).await, first);
    // A bad plan is refused and the current one stays.
    let bad = exchange(&endpoint, "POST", "/_marketplane/faults", &admin, b"account boom:1%").await;
    assert_eq!(bad.status, 400);
    assert!(bad.json()["message"].as_str().unwrap().contains("unknown fault"), "{}", bad.body);
    // An empty plan: no faults.
    exchange(&endpoint, "POST", "/_marketplane/faults", &admin, b"").await;
    assert!(statuses(endpoint.clone()).await.iter().all(|s| *s == 200));
}

// ---- 8. seeding and resetting at run time ----

#[tokio::test]
async fn worlds_load_and_the_state_resets_without_a_restart() {
    let emulator = Emulator::new(backend())
        .with_admin_token("admin")
        .with_initial_world(World::from_toml_str(FIXTURE_WORLD).unwrap());
    let endpoint = start(emulator).await;
    let admin = owned(&[("Authorization", "Bearer admin")]);
    let name_of = |account: &'static str| {
        let endpoint = endpoint.clone();
        async move {
            let answer =
                exchange(&endpoint, "POST", "/getAccountInformation", &[scoped(account, "account")], b"{}").await;
            answer.json()["AccountName"].as_str().unwrap_or_default().to_owned()
        }
    };
    let world = b"[[accounts]]\nid = \"777777777777\"\nname = \"Seeded at run time\"\n";
    assert_eq!(exchange(&endpoint, "POST", "/_marketplane/world", &[], world).await.status, 403);
    let loaded = exchange(&endpoint, "POST", "/_marketplane/world", &admin, world).await;
    assert_eq!(loaded.status, 200, "{}", loaded.body);
    assert_eq!(loaded.json()["accounts"], 1);
    assert_eq!(name_of("777777777777").await, "Seeded at run time");
    assert_eq!(name_of(S).await, "Standalone", "loading a world keeps the rest");

    // Settings are the start's: a world asking for others is refused, one repeating them is fine.
    let other =
        exchange(&endpoint, "POST", "/_marketplane/world", &admin, b"[settings]\nregion_transition_seconds = 1\n")
            .await;
    assert_eq!(other.status, 400, "{}", other.body);
    assert!(other.json()["message"].as_str().unwrap().contains("region_transition_seconds"), "{}", other.body);
    let same = exchange(&endpoint, "POST", "/_marketplane/world", &admin, FIXTURE_WORLD.as_bytes()).await;
    assert_eq!(same.status, 200, "{}", same.body);
    let broken = exchange(&endpoint, "POST", "/_marketplane/world", &admin, b"[[accounts]]\nid = \"12\"\n").await;
    assert_eq!(broken.status, 400);

    // Reset: nothing left (an account acting now is a new standalone one, not the world's).
    let put = br#"{"AccountName":"changed"}"#;
    exchange(&endpoint, "POST", "/putAccountName", &[scoped(S, "account")], put).await;
    assert_eq!(exchange(&endpoint, "POST", "/_marketplane/reset", &[], b"").await.status, 403);
    assert_eq!(exchange(&endpoint, "POST", "/_marketplane/reset", &admin, b"").await.status, 200);
    assert_ne!(name_of("777777777777").await, "Seeded at run time");
    assert_ne!(name_of(S).await, "Standalone");
    // Reset to the starting world, or to the one posted.
    assert_eq!(exchange(&endpoint, "POST", "/_marketplane/reset?world=initial", &admin, b"").await.status, 200);
    assert_eq!(name_of(S).await, "Standalone");
    let reseeded = exchange(&endpoint, "POST", "/_marketplane/reset", &admin, world).await;
    assert_eq!(reseeded.status, 200, "{}", reseeded.body);
    assert_eq!(name_of("777777777777").await, "Seeded at run time");
    assert_ne!(name_of(S).await, "Standalone");
    assert_eq!(exchange(&endpoint, "POST", "/_marketplane/reset?world=elsewhere", &admin, b"").await.status, 400);
}

// ---- 10. the help says what the emulator serves ----

#[test]
fn the_help_names_every_service_and_option() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_marketplane-emulator")).arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(!help.contains("as it lands"), "{help}");
    for needle in [
        "Account Management",
        "Marketplace Catalog, Discovery and Agreement",
        "Serverless Application Repository",
        "--max-skew",
        "--admin-token",
        "--faults",
        "--fault-seed",
        "--header-timeout",
        "--body-timeout",
        "--max-connections",
    ] {
        assert!(help.contains(needle), "{needle} missing from:\n{help}");
    }
}

#[test]
fn bad_options_are_refused_with_a_reason() {
    for (args, reason) in [
        (&["--header-timeout", "0"][..], "--header-timeout must be between 0 and 86400 seconds"),
        (&["--body-timeout", "1e30"][..], "--body-timeout must be between 0 and 86400 seconds"),
        (&["--max-connections", "0"][..], "--max-connections must be at least 1"),
        (&["--faults", "everything:100%"][..], "--faults: invalid fault rule"),
        (&["--max-skew", "soon"][..], "neither a number of seconds nor \"off\""),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_marketplane-emulator"))
            .args(["--bind", "127.0.0.1:0"])
            .args(args)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(reason), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

// ---- 11. SAM functions that make IAM roles ----

#[tokio::test]
async fn a_sam_function_with_its_own_policies_needs_capability_iam() {
    let endpoint = start(Emulator::new(backend())).await;
    let template = "Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    \
                    Properties:\n      Handler: index.handler\n      Runtime: python3.12\n      CodeUri: s3://b/k\n      \
                    Policies:\n        - Statement:\n            - Effect: Allow\n              Action: s3:GetObject\n              \
                    Resource: '*'\n";
    let body = serde_json::json!({
        "name": "roles", "description": "d", "author": "me", "semanticVersion": "1.0.0", "templateBody": template
    });
    let sar = [scoped(A, "serverlessrepo")];
    let created = exchange(&endpoint, "POST", "/applications", &sar, body.to_string().as_bytes()).await;
    assert_eq!(created.status, 201, "{}", created.body);
    assert_eq!(created.json()["version"]["requiredCapabilities"], serde_json::json!(["CAPABILITY_IAM"]));
    let arn = created.json()["applicationId"].as_str().unwrap().replace(':', "%3A").replace('/', "%2F");
    let path = format!("/applications/{arn}/changesets");
    let unacknowledged = exchange(&endpoint, "POST", &path, &sar, br#"{"stackName":"s"}"#).await;
    assert_eq!(unacknowledged.status, 400, "{}", unacknowledged.body);
    assert_eq!(unacknowledged.json()["message"], "Requires capabilities : [CAPABILITY_IAM]");
    let acknowledged =
        exchange(&endpoint, "POST", &path, &sar, br#"{"stackName":"s","capabilities":["CAPABILITY_IAM"]}"#).await;
    assert_eq!(acknowledged.status, 201, "{}", acknowledged.body);
}
