//! A signed Smithy RPC v2 CBOR client, for the operations (and members) a service's `aws-sdk-*` crate does not carry
//! yet. A request is `POST {endpoint}/service/{Service}/operation/{Operation}` with `smithy-protocol: rpc-v2-cbor`
//! and the input's members as a CBOR body, signed with SigV4; the answer is the output's members as CBOR, or an error
//! named by `__type`.
//!
//! It goes through the same stack as the SDK clients: the smithy orchestrator (`aws-smithy-runtime`) with the
//! configuration's HTTP client, time source, sleep and timeouts, or the SDK's defaults; SigV4 from `aws-sigv4` with
//! the configuration's credentials provider. Retries are off, as for the SDK clients: the library's `Retry`
//! decorator retries. Errors are mapped by [`from_sdk_error`], as the SDK clients' are. One client serves one
//! service; nothing in it is specific to Marketplace Agreement.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use aws_config::{BehaviorVersion, SdkConfig};
use aws_credential_types::provider::error::CredentialsError;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_credential_types::Credentials;
use aws_sigv4::http_request::{sign, SignableBody, SignableRequest, SigningSettings};
use aws_sigv4::sign::v4;
use aws_smithy_runtime::client::orchestrator::operation::Operation as SmithyOperation;
use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::identity::Identity;
use aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextMut;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse, OrchestratorError};
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::config_bag::ConfigBag;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use aws_smithy_types::error::ErrorMetadata;

use super::aws::from_sdk_error;
use crate::error::{Error, ErrorKind, Result};
use crate::operation::Operation;
use crate::wire::agreement::{cbor_to_json, json_to_cbor};

/// The RPC v2 CBOR protocol's name, in the `smithy-protocol` header of requests and answers.
const PROTOCOL: &str = "rpc-v2-cbor";
/// Credentials are renewed this long before they expire, so a signed request never arrives with expired ones.
const CREDENTIALS_MARGIN: Duration = Duration::from_secs(5 * 60);

/// Where a service's RPC operations go and how they are signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RpcService {
    /// The service shape's name, the path segment `/service/<name>/operation/...`.
    pub(super) name: &'static str,
    /// The SigV4 signing name (`aws-marketplace`).
    pub(super) signing_name: &'static str,
    /// The region requests are signed for.
    pub(super) region: &'static str,
}

/// One call as the orchestrator carries it: the operation, its CBOR body, and the credentials to sign it with.
#[derive(Debug)]
struct Call {
    operation: &'static str,
    body: Vec<u8>,
    credentials: Credentials,
}

/// The credentials a request is signed with, carried by the request itself to the signing interceptor.
#[derive(Debug, Clone)]
struct SignWith(Credentials);

/// A successful answer: its body and the protocol it says it speaks.
#[derive(Debug)]
struct Answer {
    body: Vec<u8>,
    protocol: Option<String>,
}

/// An error answer of the service: its code and message, from the body's `__type` and `message`.
#[derive(Debug)]
struct ServiceAnswer(ErrorMetadata);

impl fmt::Display for ServiceAnswer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.0.code().unwrap_or("UnknownError"), self.0.message().unwrap_or("no message"))
    }
}

impl std::error::Error for ServiceAnswer {}

impl ProvideErrorMetadata for ServiceAnswer {
    fn meta(&self) -> &ErrorMetadata {
        &self.0
    }
}

/// The code and message of an error answer. `__type` may be qualified with the service's namespace
/// (`com.amazonaws.marketplaceagreement#ResourceNotFoundException`) or carry a suffix after `:`; the
/// `x-amzn-errortype` header stands in when the body has none.
fn error_metadata(response: &HttpResponse) -> ErrorMetadata {
    let body = response.body().bytes().and_then(|b| cbor_to_json(b).ok()).unwrap_or_default();
    let code = body["__type"]
        .as_str()
        .or_else(|| response.headers().get("x-amzn-errortype"))
        .map(|t| t.rsplit('#').next().unwrap_or(t).split(':').next().unwrap_or(t).to_owned());
    let message = body["message"].as_str().or(body["Message"].as_str());
    let mut meta = ErrorMetadata::builder();
    if let Some(code) = code.filter(|c| !c.is_empty()) {
        meta = meta.code(code);
    }
    if let Some(message) = message {
        meta = meta.message(message);
    }
    meta.build()
}

/// Signs each request with SigV4 just before it is sent, when its endpoint is applied: the URI and headers it signs
/// are the ones that travel.
#[derive(Debug)]
struct Signer {
    service: RpcService,
}

impl Intercept for Signer {
    fn name(&self) -> &'static str {
        "marketplane RPC SigV4"
    }

    fn modify_before_transmit(
        &self,
        context: &mut BeforeTransmitInterceptorContextMut<'_>,
        runtime_components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> std::result::Result<(), BoxError> {
        let time = runtime_components.time_source().map_or_else(SystemTime::now, |t| t.now());
        sign_request(context.request_mut(), &self.service, time)
    }
}

/// Add the SigV4 headers (`authorization`, `x-amz-date`, and `x-amz-security-token` for session credentials).
fn sign_request(
    request: &mut HttpRequest,
    service: &RpcService,
    time: SystemTime,
) -> std::result::Result<(), BoxError> {
    let SignWith(credentials) =
        request.extension::<SignWith>().cloned().ok_or("the request carries no credentials to sign it with")?;
    let identity: Identity = credentials.into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(service.region)
        .name(service.signing_name)
        .time(time)
        .settings(SigningSettings::default())
        .build()?
        .into();
    let instructions = {
        let body = request.body().bytes().ok_or("the body of an RPC request is in memory")?;
        let signable =
            SignableRequest::new(request.method(), request.uri(), request.headers().iter(), SignableBody::Bytes(body))?;
        sign(signable, &params)?.into_parts().0
    };
    let (headers, _query) = instructions.into_parts();
    for header in headers {
        request.headers_mut().insert(header.name(), header.value().to_owned());
    }
    Ok(())
}

/// A signed RPC v2 CBOR client of one service.
#[derive(Debug, Clone)]
pub(super) struct RpcClient {
    service: RpcService,
    credentials: Option<SharedCredentialsProvider>,
    /// The last credentials the provider gave, reused until shortly before they expire (the SDK clients cache them
    /// in their identity cache; providers such as IMDS or STS should not be asked on every call).
    cached: Arc<tokio::sync::Mutex<Option<Credentials>>>,
    /// The orchestrated operation, or why it could not be set up (a bad endpoint), reported by each call.
    operation: std::result::Result<SmithyOperation<Call, Answer, ServiceAnswer>, String>,
}

impl RpcClient {
    /// A client of `service` at `endpoint` (a base URL such as `https://agreement-marketplace.us-east-1.amazonaws.com`,
    /// or why there is none) with `config`'s credentials, HTTP client, time source, sleep and timeouts.
    pub(super) fn new(config: &SdkConfig, service: RpcService, endpoint: std::result::Result<String, String>) -> Self {
        let operation = endpoint.and_then(|url| {
            HttpRequest::get(&url).map_err(|e| format!("the endpoint {url:?} is not a URL: {e}"))?;
            Ok(Self::operation(config, service, &url))
        });
        RpcClient {
            service,
            credentials: config.credentials_provider(),
            cached: Arc::new(tokio::sync::Mutex::new(None)),
            operation,
        }
    }

    fn operation(
        config: &SdkConfig,
        service: RpcService,
        endpoint: &str,
    ) -> SmithyOperation<Call, Answer, ServiceAnswer> {
        let path_prefix = format!("/service/{}/operation/", service.name);
        let mut builder = SmithyOperation::builder()
            .service_name(service.name)
            .operation_name("RPC")
            .behavior_version(config.behavior_version().unwrap_or_else(BehaviorVersion::latest))
            .endpoint_url(endpoint)
            .no_auth()
            .no_retry()
            .interceptor(Signer { service });
        if let Some(client) = config.http_client() {
            builder = builder.http_client(client);
        }
        if let Some(time) = config.time_source() {
            builder = builder.time_source(time);
        }
        if let Some(sleep) = config.sleep_impl() {
            builder = builder.sleep_impl(sleep);
        }
        if let Some(timeouts) = config.timeout_config() {
            builder = builder.timeout_config(timeouts.clone());
        }
        builder
            .serializer(move |call: Call| {
                let mut request = HttpRequest::new(SdkBody::from(call.body));
                request.set_method("POST")?;
                request.set_uri(format!("{path_prefix}{}", call.operation))?;
                let headers = request.headers_mut();
                headers.insert("smithy-protocol", PROTOCOL);
                headers.insert("content-type", "application/cbor");
                headers.insert("accept", "application/cbor");
                request.add_extension(SignWith(call.credentials));
                Ok(request)
            })
            .deserializer(|response: &HttpResponse| {
                if !response.status().is_success() {
                    return Err(OrchestratorError::operation(ServiceAnswer(error_metadata(response))));
                }
                let body = response.body().bytes().map(<[u8]>::to_vec).unwrap_or_default();
                let protocol = response.headers().get("smithy-protocol").map(str::to_owned);
                Ok(Answer { body, protocol })
            })
            .build()
    }

    /// The credentials to sign with: the cached ones while they are fresh, else the provider's.
    async fn credentials(&self, operation: &str) -> Result<Credentials> {
        let provider = self.credentials.as_ref().ok_or_else(|| {
            Error::config(format!(
                "{operation}: the AWS configuration has no credentials provider; AWS requests must be signed"
            ))
        })?;
        let mut cached = self.cached.lock().await;
        let fresh = |c: &Credentials| c.expiry().is_none_or(|e| e > SystemTime::now() + CREDENTIALS_MARGIN);
        if let Some(credentials) = cached.as_ref().filter(|c| fresh(c)) {
            return Ok(credentials.clone());
        }
        let credentials = provider.provide_credentials().await.map_err(|e| credentials_error(operation, e))?;
        *cached = Some(credentials.clone());
        Ok(credentials)
    }

    /// Send `input` as its operation and read the typed answer.
    pub(super) async fn call<I: Operation>(&self, input: I) -> Result<I::Output> {
        let name = I::INFO.name;
        let operation = self.operation.as_ref().map_err(|why| Error::config(format!("{name}: {why}")))?;
        let members = serde_json::to_value(&input)
            .map_err(|e| Error::internal(format!("cannot encode the input of {name}: {e}")))?;
        let call = Call { operation: name, body: json_to_cbor(&members), credentials: self.credentials(name).await? };
        let answer = operation.invoke(call).await.map_err(|e| from_sdk_error(name, e))?;
        let not_rpc =
            |why: String| Error::new(ErrorKind::Transport, "SerializationException", format!("{name} answered {why}"));
        if answer.protocol.as_deref() != Some(PROTOCOL) {
            return Err(not_rpc(format!(
                "without `smithy-protocol: {PROTOCOL}` (got {:?}); is the endpoint a {} endpoint?",
                answer.protocol, self.service.name
            )));
        }
        let members =
            cbor_to_json(&answer.body).map_err(|e| not_rpc(format!("a body that is not CBOR: {}", e.message())))?;
        crate::wire::codec::decode_output::<I>(members)
    }
}

/// A credentials provider's failure: nothing to give is a configuration problem; anything else (a timeout, a
/// provider's service failing) may pass.
fn credentials_error(operation: &str, err: CredentialsError) -> Error {
    let message = format!("{operation}: no usable AWS credentials: {err}");
    match err {
        CredentialsError::CredentialsNotLoaded(_) | CredentialsError::InvalidConfiguration(_) => {
            Error::config(message).with_source(err)
        }
        _ => Error::new(ErrorKind::Transport, "TransportError", message).with_source(err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::agreement::{AgreementRequestStatus, GetAgreementRequestInput, ListAgreementApprovalsInput};
    use aws_credential_types::provider::SharedCredentialsProvider;
    use serde_json::json;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    const AGREEMENT: RpcService =
        RpcService { name: "AWSMPCommerceService_v20200301", signing_name: "aws-marketplace", region: "us-east-1" };

    /// A server that answers one request with `answer` (a whole HTTP/1.1 response) and hands back what it read.
    async fn answer_once(answer: Vec<u8>) -> (String, tokio::task::JoinHandle<Vec<u8>>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let served = tokio::spawn(async move {
            let (mut stream, _) = listener.accept().await.unwrap();
            let mut request = Vec::new();
            let mut chunk = [0u8; 4096];
            loop {
                let n = stream.read(&mut chunk).await.unwrap();
                request.extend_from_slice(&chunk[..n]);
                let text = String::from_utf8_lossy(&request).to_ascii_lowercase();
                if let Some(end) = text.find("\r\n\r\n") {
                    let length = text[..end]
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:"))
                        .map_or(0, |v| v.trim().parse::<usize>().unwrap());
                    if request.len() >= end + 4 + length || n == 0 {
                        break;
                    }
                }
            }
            stream.write_all(&answer).await.unwrap();
            stream.shutdown().await.unwrap();
            request
        });
        (endpoint, served)
    }

    fn response(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
        let mut head = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        [head.into_bytes(), body.to_vec()].concat()
    }

    fn config(session_token: Option<&str>) -> SdkConfig {
        let credentials = Credentials::new("AKIDEXAMPLE", "secret", session_token.map(str::to_owned), None, "test");
        SdkConfig::builder()
            .behavior_version(BehaviorVersion::latest())
            // The configuration's region is not the service's: RPC calls are signed for us-east-1 all the same.
            .region(aws_config::Region::new("eu-west-1"))
            .credentials_provider(SharedCredentialsProvider::new(credentials))
            .build()
    }

    /// The request's head (lower-cased header names) and body.
    fn parse(request: &[u8]) -> (String, Vec<(String, String)>, Vec<u8>) {
        let end = request.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8(request[..end].to_vec()).unwrap();
        let mut lines = head.lines();
        let first = lines.next().unwrap().to_owned();
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
            .collect();
        (first, headers, request[end + 4..].to_vec())
    }

    fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
        headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    #[tokio::test]
    async fn requests_are_signed_cbor_with_the_protocol_headers_and_answers_are_typed() {
        let output = json!({
            "agreementRequestId": "ar-1", "agreementType": "PurchaseAgreement", "status": "DRAFT",
            "approvalRequirement": "NOT_REQUIRED", "intent": "NEW", "createdAt": 1767225600,
            "chargeSummary": {"currencyCode": "USD", "newAgreementValue": "10.00", "expectedCharges": [], "itemizedCharges": []},
        });
        let cbor_headers = [("smithy-protocol", "rpc-v2-cbor"), ("content-type", "application/cbor")];
        let (endpoint, served) = answer_once(response("200 OK", &cbor_headers, &json_to_cbor(&output))).await;
        let client = RpcClient::new(&config(Some("session")), AGREEMENT, Ok(endpoint.clone()));

        let detail = client.call(GetAgreementRequestInput::new("ar-1")).await.unwrap();
        assert_eq!(detail.request.agreement_request_id, "ar-1");
        assert_eq!(detail.request.status, AgreementRequestStatus::Draft);
        assert_eq!(detail.request.created_at.map(|t| t.unix_timestamp()), Some(1767225600));
        assert_eq!(detail.request.charge_summary.new_agreement_value.as_deref(), Some("10.00"));

        let (first, headers, body) = parse(&served.await.unwrap());
        assert_eq!(first, "POST /service/AWSMPCommerceService_v20200301/operation/GetAgreementRequest HTTP/1.1");
        assert_eq!(header(&headers, "smithy-protocol"), Some("rpc-v2-cbor"));
        assert_eq!(header(&headers, "content-type"), Some("application/cbor"));
        assert_eq!(header(&headers, "accept"), Some("application/cbor"));
        assert_eq!(header(&headers, "x-amz-security-token"), Some("session"));
        assert_eq!(cbor_to_json(&body).unwrap(), json!({"agreementRequestId": "ar-1"}));

        let date = header(&headers, "x-amz-date").unwrap();
        assert!(date.len() == 16 && date.ends_with('Z') && date.as_bytes()[8] == b'T', "{date}");
        let authorization = header(&headers, "authorization").unwrap();
        let scope =
            format!("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/{}/us-east-1/aws-marketplace/aws4_request, ", &date[..8]);
        assert!(authorization.starts_with(&scope), "{authorization}");
        let signed = authorization.split("SignedHeaders=").nth(1).unwrap().split(',').next().unwrap();
        let signed: Vec<&str> = signed.split(';').collect();
        for name in ["accept", "content-type", "host", "smithy-protocol", "x-amz-date", "x-amz-security-token"] {
            assert!(signed.contains(&name), "{name} is not signed: {signed:?}");
        }
        let signature = authorization.rsplit("Signature=").next().unwrap();
        assert!(signature.len() == 64 && signature.chars().all(|c| c.is_ascii_hexdigit()), "{signature}");
        assert_eq!(header(&headers, "host"), endpoint.strip_prefix("http://"));
    }

    #[tokio::test]
    async fn error_answers_keep_their_code_message_request_id_status_and_fields() {
        let body = json_to_cbor(&json!({
            "__type": "com.amazonaws.marketplaceagreement#ResourceNotFoundException",
            "message": "Agreement request ar-9 not found",
        }));
        let headers = [("smithy-protocol", "rpc-v2-cbor"), ("x-amzn-requestid", "req-42")];
        let (endpoint, _served) = answer_once(response("404 Not Found", &headers, &body)).await;
        let client = RpcClient::new(&config(None), AGREEMENT, Ok(endpoint));
        let err = client.call(GetAgreementRequestInput::new("ar-9")).await.unwrap_err();
        assert_eq!((err.kind(), err.code()), (ErrorKind::NotFound, "ResourceNotFoundException"));
        assert_eq!(err.message(), "Agreement request ar-9 not found");
        assert_eq!((err.request_id(), err.http_status()), (Some("req-42"), Some(404)));

        let body = json_to_cbor(&json!({
            "__type": "com.amazonaws.marketplaceagreement#ValidationException", "message": "bad", "reason": "INVALID_PARTY_TYPE",
            "fields": [{"name": "partyType", "message": "is not REQUESTER"}],
        }));
        let (endpoint, _served) =
            answer_once(response("400 Bad Request", &[("smithy-protocol", "rpc-v2-cbor")], &body)).await;
        let client = RpcClient::new(&config(None), AGREEMENT, Ok(endpoint));
        let input = ListAgreementApprovalsInput::new(crate::model::agreement::ApprovalPartyType::Requester);
        let err = client.call(input).await.unwrap_err();
        assert_eq!((err.kind(), err.reason()), (ErrorKind::Validation, Some("INVALID_PARTY_TYPE")));
        assert_eq!(err.field_errors()[0].name, "partyType");

        // An answer that is not RPC v2 CBOR (a proxy's page, a JSON service) is not read as one.
        let (endpoint, _served) = answer_once(response("200 OK", &[("content-type", "text/html")], b"<html>")).await;
        let client = RpcClient::new(&config(None), AGREEMENT, Ok(endpoint));
        let err = client.call(GetAgreementRequestInput::new("ar-1")).await.unwrap_err();
        assert_eq!((err.kind(), err.code()), (ErrorKind::Transport, "SerializationException"), "{err}");
    }

    #[tokio::test]
    async fn calls_need_credentials_and_an_endpoint() {
        let bare = SdkConfig::builder().behavior_version(BehaviorVersion::latest()).build();
        let client = RpcClient::new(&bare, AGREEMENT, Ok("http://127.0.0.1:1".into()));
        let err = client.call(GetAgreementRequestInput::new("ar-1")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{err}");
        assert!(err.message().starts_with("GetAgreementRequest: "), "{err}");

        let client = RpcClient::new(&config(None), AGREEMENT, Err("FIPS and a custom endpoint do not mix".into()));
        let err = client.call(GetAgreementRequestInput::new("ar-1")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{err}");
        assert!(err.message().contains("FIPS"), "{err}");

        // Nothing listens on port 1: the call fails in transport, and may be retried.
        let client = RpcClient::new(&config(None), AGREEMENT, Ok("http://127.0.0.1:1".into()));
        let err = client.call(GetAgreementRequestInput::new("ar-1")).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
        assert!(err.is_retryable());
    }
}
