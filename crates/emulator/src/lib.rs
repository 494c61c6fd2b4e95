//! The marketplane emulator: an HTTP server that speaks the AWS wire protocols over the embedded local engine, so
//! boto3, the AWS CLI and aws-sdk-rust can talk to it with an endpoint override.
//!
//! It is thin on purpose: routing, wire (de)serialization, SigV4 parsing and caller identity live here; all
//! behaviour is the local engine's. One port serves every service: requests are routed by the service name in the
//! SigV4 credential scope, then by path.

mod sigv4;
mod wire;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, Method, Request, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use futures::FutureExt;
use marketplane::backend::local::LocalBackend;
use marketplane::backend::{Backend, CallContext};
use marketplane::model::AccountId;
use marketplane::operation::{Binding, OperationInfo, Service};
use marketplane::wire::{agreement, codec, unknown_operation};
use marketplane::{Error, ErrorKind};
use serde::Deserialize;

/// The largest request body the emulator reads.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// One configured credential: requests signed with this key act as `account_id`, and their signatures are checked.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credential {
    /// The access key id.
    pub access_key_id: String,
    /// The secret access key.
    pub secret_access_key: String,
    /// The account the key belongs to.
    pub account_id: AccountId,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CredentialsFile {
    credentials: Vec<Credential>,
}

/// Read a credentials file:
///
/// ```toml
/// [[credentials]]
/// access_key_id = "AKIAEXAMPLE"
/// secret_access_key = "secret"
/// account_id = "123456789012"
/// ```
pub fn load_credentials(path: &Path) -> Result<Vec<Credential>, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::config(format!("cannot read credentials file {}: {e}", path.display())))?;
    let file: CredentialsFile = toml::from_str(&text)
        .map_err(|e| Error::config(format!("invalid credentials file {}: {e}", path.display())))?;
    Ok(file.credentials)
}

/// The emulator's state: the engine and, when configured, the credentials whose signatures it checks.
#[derive(Debug)]
pub struct Emulator {
    backend: Arc<LocalBackend>,
    credentials: Option<HashMap<String, Credential>>,
}

impl Emulator {
    /// An emulator over `backend` that accepts any signature (identity from the access key id).
    pub fn new(backend: Arc<LocalBackend>) -> Self {
        Emulator { backend, credentials: None }
    }

    /// Check signatures: only these keys are accepted, and each acts as its account.
    pub fn with_credentials(mut self, credentials: Vec<Credential>) -> Self {
        self.credentials = Some(credentials.into_iter().map(|c| (c.access_key_id.clone(), c)).collect());
        self
    }

    /// The engine behind the emulator.
    pub fn backend(&self) -> &Arc<LocalBackend> {
        &self.backend
    }

    /// The HTTP routes.
    pub fn router(self: Arc<Self>) -> Router {
        Router::new()
            .route("/_marketplane/health", get(|| async { "ok" }))
            .route("/_marketplane/outbox", get(outbox))
            .fallback(handle)
            .with_state(self)
    }
}

/// Serve on `listener` until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, emulator: Arc<Emulator>) -> std::io::Result<()> {
    axum::serve(listener, emulator.router()).await
}

/// Bind `addr` and serve in a background task; returns the address actually bound (use port 0 in tests).
pub async fn spawn(addr: SocketAddr, emulator: Arc<Emulator>) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    tokio::spawn(async move {
        if let Err(err) = serve(listener, emulator).await {
            tracing::error!(%err, "emulator stopped");
        }
    });
    Ok(bound)
}

#[derive(Debug, Deserialize)]
struct OutboxQuery {
    recipient: String,
}

/// Local-only: the one-time codes the engine "sent" to a recipient, so scripts can finish verification flows.
async fn outbox(State(emulator): State<Arc<Emulator>>, Query(query): Query<OutboxQuery>) -> Response {
    match emulator.backend.messages_to(&query.recipient) {
        Ok(messages) => Json(messages).into_response(),
        Err(err) => wire::error(&err, &new_request_id(), "account"),
    }
}

fn new_request_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn access_denied(code: &str, message: &str) -> Error {
    Error::new(ErrorKind::AccessDenied, code, message)
}

/// Every AWS request: authenticate, route, run on the engine, answer. A panic anywhere becomes a 500, never a
/// dropped connection.
async fn handle(State(emulator): State<Arc<Emulator>>, request: Request<Body>) -> Response {
    let request_id = new_request_id();
    // Errors are shaped by the service; a request that fails before routing is answered as Account Management.
    let mut service = String::from("account");
    let outcome = AssertUnwindSafe(dispatch(&emulator, request, &mut service))
        .catch_unwind()
        .await
        .unwrap_or_else(|_| Err(Error::internal("the emulator failed while handling the request")));
    if let Some(protocol) = service.strip_prefix("marketplace-agreement/") {
        // Marketplace Agreement answers in the protocol it was asked in: RPC v2 CBOR or JSON 1.0.
        return wire::agreement(protocol, outcome, &request_id);
    }
    match outcome {
        Ok((status, body)) => wire::ok(status, body, &request_id),
        Err(err) => {
            tracing::debug!(code = err.code(), message = err.message(), "request failed");
            wire::error(&err, &request_id, &service)
        }
    }
}

/// A success status and the JSON body, if the operation has output.
type Answer = (u16, Option<serde_json::Value>);

/// The prefix of Account Management's JSON-RPC targets (`POST /` with `X-Amz-Target`), which the seed documents'
/// examples use.
const ACCOUNT_TARGET_PREFIX: &str = "AWSAccountV20210201.";

/// The services whose operations are routed by method and path (restJson1).
const REST_SERVICES: &[Service] =
    &[Service::Account, Service::ServerlessRepo, Service::MarketplaceCatalog, Service::MarketplaceDiscovery];

async fn dispatch(emulator: &Emulator, request: Request<Body>, service_out: &mut String) -> Result<Answer, Error> {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, MAX_BODY_BYTES).await.map_err(|_| {
        Error::new(
            ErrorKind::Validation,
            "RequestEntityTooLargeException",
            format!("request bodies are limited to {MAX_BODY_BYTES} bytes"),
        )
    })?;
    let (caller, _scope) = emulator.authenticate(&parts.method, &parts.uri, &parts.headers, &body)?;
    let ctx = CallContext { caller: Some(caller) };
    let path = parts.uri.path();
    let target = parts.headers.get("x-amz-target").and_then(|v| v.to_str().ok()).unwrap_or("");

    // Marketplace Agreement: RPC v2 CBOR by path, or JSON 1.0 by target; it answers in the protocol it was asked in.
    let agreement_operation = agreement::operation_for_path(path)
        .map(|op| (op, "cbor"))
        .or_else(|| agreement::operation_for_target(target).map(|op| (op, "json")));
    if let Some((operation, protocol)) = agreement_operation {
        *service_out = format!("marketplace-agreement/{protocol}");
        let members = if protocol == "cbor" {
            agreement::cbor_to_json(&body)?
        } else {
            serde_json::Value::Object(marketplane::wire::parse_object(&body)?)
        };
        let request = marketplane::operation::Request::decode(Service::MarketplaceAgreement, operation, members)?;
        let response = emulator.backend.call(&ctx, request).await?;
        return Ok((200, Some(response.encode()?.unwrap_or_else(|| serde_json::json!({})))));
    }
    if path.starts_with("/service/") || target.starts_with(agreement::SERVICE) {
        *service_out =
            if target.is_empty() { "marketplace-agreement/cbor" } else { "marketplace-agreement/json" }.into();
        return Err(unknown_operation(&format!("{} {path} {target}", parts.method)));
    }

    // Account Management's JSON-RPC form.
    if let Some(operation) = target.strip_prefix(ACCOUNT_TARGET_PREFIX) {
        *service_out = Service::Account.as_str().into();
        if parts.method != Method::POST || path != "/" {
            return Err(unknown_operation(&format!("{} {path} {target}", parts.method)));
        }
        let info = Service::Account
            .operations()
            .iter()
            .find(|info| info.name == operation)
            .ok_or_else(|| unknown_operation(operation))?;
        let members = serde_json::Value::Object(marketplane::wire::parse_object(&body)?);
        let request = marketplane::operation::Request::decode(Service::Account, info.name, members)?;
        let response = emulator.backend.call(&ctx, request).await?;
        return Ok((success_status(info), response.encode()?));
    }

    // restJson1: the operation tables' method and path templates.
    let method = parts.method.as_str();
    let routed = REST_SERVICES.iter().find_map(|service| codec::route(*service, method, path));
    let Some((info, labels)) = routed else {
        let service = REST_SERVICES.iter().find(|service| codec::has_path(**service, path));
        if let Some(service) = service {
            *service_out = service.as_str().into();
            if *service == Service::ServerlessRepo && parts.method == Method::OPTIONS {
                // CORS preflight: every resource answers 200 with no body.
                return Ok((200, None));
            }
        }
        return Err(unknown_operation(&format!("{method} {path}")));
    };
    *service_out = info.service.as_str().into();
    let object = marketplane::wire::parse_object(&body)
        .map_err(|e| marketplane::operation::as_service_error(info.service, e))?;
    let members = codec::members(object, parts.uri.query().unwrap_or(""), labels)
        .map_err(|e| marketplane::operation::as_service_error(info.service, e))?;
    let request = marketplane::operation::Request::decode(info.service, info.name, members)?;
    let response = emulator.backend.call(&ctx, request).await?;
    Ok((success_status(info), response.encode()?))
}

fn success_status(info: &OperationInfo) -> u16 {
    match info.binding {
        Binding::Rest { status, .. } => status,
        Binding::Rpc => 200,
    }
}

/// The access key id and service of a SigV4 `Authorization` header's credential scope, read leniently.
fn credential_scope(header: &str) -> Option<(&str, String)> {
    let scope = header.split("Credential=").nth(1)?;
    let scope = scope.split([',', ' ']).next()?;
    let mut parts = scope.split('/');
    let key = parts.next().filter(|k| !k.is_empty())?;
    let service = parts.nth(2).filter(|s| !s.is_empty())?;
    Some((key, service.to_owned()))
}

impl Emulator {
    /// Who calls, and which service the signature scope names. A 12-digit access key id is the caller's account;
    /// other keys act as the engine's default account (000000000000 unless the world says otherwise). With credentials configured, unknown keys and bad signatures are refused.
    fn authenticate(
        &self,
        method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
        body: &Bytes,
    ) -> Result<(AccountId, Option<String>), Error> {
        let authorization = headers.get("authorization").and_then(|v| v.to_str().ok());
        let Some(credentials) = &self.credentials else {
            // Without configured credentials nothing is verified, so any signature goes, as with other local
            // emulators; only the credential scope is read for the caller and the service.
            let default = || self.backend.config().default_account.clone();
            let Some((key, service)) = authorization.and_then(credential_scope) else {
                return Ok((default(), None));
            };
            return Ok((key.parse::<AccountId>().unwrap_or_else(|_| default()), Some(service)));
        };
        let parsed = match authorization {
            Some(header) => Some(sigv4::parse_authorization(header).map_err(|e| {
                access_denied("IncompleteSignatureException", &format!("Authorization header is malformed: {e}"))
            })?),
            None => None,
        };
        let parsed = parsed
            .ok_or_else(|| access_denied("MissingAuthenticationTokenException", "Missing Authentication Token"))?;
        let credential = credentials.get(&parsed.credential.access_key_id).ok_or_else(|| {
            access_denied("UnrecognizedClientException", "The security token included in the request is invalid.")
        })?;
        let header_list: Vec<(String, String)> = headers
            .iter()
            .map(|(name, value)| (name.as_str().to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned()))
            .collect();
        sigv4::verify(
            method.as_str(),
            uri.path(),
            uri.query().unwrap_or(""),
            &header_list,
            body,
            &parsed,
            &credential.secret_access_key,
        )
        .map_err(|e| match e {
            sigv4::SigV4Error::SignatureMismatch => access_denied(
                "InvalidSignatureException",
                "The request signature we calculated does not match the signature you provided. Check your AWS \
                 Secret Access Key and signing method. Consult the service documentation for details.",
            ),
            other => access_denied("IncompleteSignatureException", &other.to_string()),
        })?;
        Ok((credential.account_id.clone(), Some(parsed.credential.service)))
    }
}
