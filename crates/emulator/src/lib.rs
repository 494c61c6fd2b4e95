//! The marketplane emulator: an HTTP server that speaks the AWS wire protocols over the embedded local engine, so
//! boto3, the AWS CLI and aws-sdk-rust can talk to it with an endpoint override.
//!
//! It is thin on purpose: routing, wire (de)serialization, SigV4 parsing and caller identity live here; all
//! behaviour is the local engine's. One port serves every service: requests are routed by the service name in the
//! SigV4 credential scope, then by path.
//!
//! Around that core: `auth` (which service a request is for, scope and clock-skew checks), `server` (the accept loop
//! with its timeouts and connection cap), `faults` (fault injection) and `admin` (the `/_marketplane/` endpoints).

mod admin;
mod auth;
mod faults;
mod server;
mod sigv4;
mod wire;

pub use auth::DEFAULT_MAX_SKEW;
pub use faults::{FaultPlan, Faults};
pub use server::{Limits, MAX_DRAINED_BYTES};

use std::borrow::Cow;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, Request, Uri};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use futures::FutureExt;
use marketplane::backend::local::{LocalBackend, World};
use marketplane::backend::{Backend, CallContext};
use marketplane::model::AccountId;
use marketplane::operation::{Binding, OperationInfo, Service};
use marketplane::wire::{agreement, codec, unknown_operation};
use marketplane::{Error, ErrorKind};
use serde::Deserialize;

/// The largest request body the emulator reads.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// One configured credential: requests signed with this key act as `account_id`, and their signatures are checked.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credential {
    /// The access key id.
    pub access_key_id: String,
    /// The secret access key.
    pub secret_access_key: String,
    /// The account the key belongs to.
    pub account_id: AccountId,
}

/// The secret stays out of logs and panics.
impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credential")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"<redacted>")
            .field("account_id", &self.account_id)
            .finish()
    }
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
    let file: CredentialsFile = toml::from_str(&text).map_err(|e| {
        Error::config(format!("invalid credentials file {}: {}", path.display(), redacted_error(&text, &e)))
    })?;
    Ok(file.credentials)
}

/// The keys of a credentials file, which an error may name.
const CREDENTIAL_KEYS: &[&str] = &["credentials", "access_key_id", "secret_access_key", "account_id"];

/// A TOML error about the credentials file, without any of the file's values: TOML's own rendering quotes the
/// offending line, secret and all, and its message may quote a value too. What is kept: the line and column, the key
/// on that line if it is one of the file's, and the message with everything quoted in it that is not such a key
/// replaced by `<redacted>`.
fn redacted_error(text: &str, err: &toml::de::Error) -> String {
    let mut out = String::new();
    if let Some(before) = err.span().and_then(|span| text.get(..span.start)) {
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        out.push_str(&format!("line {line}, column {column}"));
        let key = text.lines().nth(line - 1).and_then(|l| l.split_once('=')).map(|(key, _)| key.trim());
        if let Some(key) = key.filter(|k| CREDENTIAL_KEYS.contains(k)) {
            out.push_str(&format!(" (key {key})"));
        }
        out.push_str(": ");
    }
    let message = err.message().trim();
    let mut rest = message;
    while let Some(start) = rest.find(['`', '"', '\'']) {
        let quote = rest[start..].chars().next().unwrap_or('`');
        out.push_str(&rest[..=start]);
        let after = &rest[start + 1..];
        match after.find(quote) {
            Some(end) => {
                let quoted = &after[..end];
                out.push_str(if CREDENTIAL_KEYS.contains(&quoted) { quoted } else { "<redacted>" });
                out.push(quote);
                rest = &after[end + 1..];
            }
            None => {
                // An unbalanced quote: whatever follows it may be a value.
                out.push_str("<redacted>");
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The admin token, kept out of `Debug` output.
#[derive(Clone, PartialEq, Eq)]
struct AdminToken(String);

impl std::fmt::Debug for AdminToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AdminToken(<redacted>)")
    }
}

/// The emulator's state: the engine and, when configured, the credentials whose signatures it checks.
#[derive(Debug)]
pub struct Emulator {
    backend: Arc<LocalBackend>,
    credentials: Option<HashMap<String, Credential>>,
    /// How far a verified signature's time may be from the real time; `None` does not check.
    max_skew: Option<Duration>,
    /// The bearer token of the `/_marketplane/` endpoints.
    admin_token: Option<AdminToken>,
    faults: Faults,
    limits: Limits,
    /// The world given at start, for `POST /_marketplane/reset?world=initial`.
    initial_world: Option<World>,
}

impl Emulator {
    /// An emulator over `backend` that accepts any signature (identity from the access key id).
    pub fn new(backend: Arc<LocalBackend>) -> Self {
        Emulator {
            backend,
            credentials: None,
            max_skew: Some(DEFAULT_MAX_SKEW),
            admin_token: None,
            faults: Faults::new(FaultPlan::none(), None),
            limits: Limits::default(),
            initial_world: None,
        }
    }

    /// How far from the real time a verified signature may have been made (default 5 minutes, as AWS allows);
    /// `None` turns the check off, for clients on a frozen clock.
    pub fn with_max_skew(mut self, max_skew: Option<Duration>) -> Self {
        self.max_skew = max_skew;
        self
    }

    /// Let `Authorization: Bearer <token>` call the `/_marketplane/` endpoints (and require it when no credentials
    /// are configured).
    pub fn with_admin_token(mut self, token: impl Into<String>) -> Self {
        self.admin_token = Some(AdminToken(token.into()));
        self
    }

    /// Inject these faults, drawing from `seed` (random if `None`).
    pub fn with_faults(mut self, plan: FaultPlan, seed: Option<u64>) -> Self {
        self.faults = Faults::new(plan, seed);
        self
    }

    /// Connection limits (timeouts and the connection cap).
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The world the engine was seeded with, which `POST /_marketplane/reset?world=initial` loads again.
    pub fn with_initial_world(mut self, world: World) -> Self {
        self.initial_world = Some(world);
        self
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

    /// The HTTP routes: the emulator's own endpoints ([`ADMIN_PATHS`]), and every AWS request as the fallback.
    pub fn router(self: Arc<Self>) -> Router {
        Router::new()
            .route(ADMIN_PATHS[0], get(|| async { "ok" }))
            .route(ADMIN_PATHS[1], get(admin::outbox))
            .route(ADMIN_PATHS[2], post(admin::world))
            .route(ADMIN_PATHS[3], post(admin::reset))
            .route(ADMIN_PATHS[4], get(admin::get_faults).post(admin::set_faults))
            .fallback(handle)
            .layer(axum::middleware::from_fn_with_state(self.clone(), server::front))
            .with_state(self)
    }
}

/// The emulator's own endpoints: health, outbox, world, reset and faults, in the order [`Emulator::router`] routes
/// them. Every other path is an AWS request.
pub const ADMIN_PATHS: [&str; 5] = [
    "/_marketplane/health",
    "/_marketplane/outbox",
    "/_marketplane/world",
    "/_marketplane/reset",
    "/_marketplane/faults",
];

pub(crate) fn is_admin_path(path: &str) -> bool {
    ADMIN_PATHS.contains(&path)
}

/// Serve on `listener` until the process ends: HTTP/1.1 and h2c, within the emulator's [`Limits`].
pub async fn serve(listener: tokio::net::TcpListener, emulator: Arc<Emulator>) -> std::io::Result<()> {
    server::serve(listener, emulator).await
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

fn new_request_id() -> String {
    // A request id must be unique, not secret: the thread's generator (seeded from the OS, reseeded now and then)
    // spares every request a getrandom system call, which `Uuid::new_v4` makes.
    let id = uuid::Builder::from_random_bytes(rand::random()).into_uuid();
    id.hyphenated().encode_lower(&mut uuid::Uuid::encode_buffer()).to_owned()
}

/// The router's fallback, for AWS requests that reach the emulator through [`Emulator::router`] (its own server
/// takes a shorter way to [`respond`]).
async fn handle(State(emulator): State<Arc<Emulator>>, request: Request<Body>) -> Response {
    let (mut parts, body) = request.into_parts();
    let target = match parts.extensions.remove::<server::Routed>() {
        Some(server::Routed(target)) => target,
        None => auth::target(&parts.method, &parts.uri, &parts.headers),
    };
    match axum::body::to_bytes(body, MAX_BODY_BYTES).await {
        Ok(body) => respond(&emulator, &parts, body, target.as_ref()).await,
        Err(_) => {
            let shape = target.as_ref().map_or_else(|| "account".to_owned(), auth::Target::error_shape);
            let err = Error::new(
                ErrorKind::Validation,
                "RequestEntityTooLargeException",
                format!("request bodies are limited to {MAX_BODY_BYTES} bytes"),
            );
            wire::error_for(&shape, &err, &new_request_id())
        }
    }
}

/// Every AWS request, its body read: authenticate, route, run on the engine, answer. `target` is what its path and
/// headers name ([`auth::target`]). A panic anywhere becomes a 500, never a dropped connection.
pub(crate) async fn respond(
    emulator: &Emulator,
    parts: &Parts,
    body: Bytes,
    target: Option<&auth::Target>,
) -> Response {
    let request_id = new_request_id();
    let mut service = Cow::Borrowed("");
    let outcome = AssertUnwindSafe(dispatch(emulator, parts, body, target, &mut service))
        .catch_unwind()
        .await
        .unwrap_or_else(|_| Err(Error::internal("the emulator failed while handling the request")));
    if service.is_empty() {
        // Errors are shaped by the service; a request that fails before routing is answered as the service its
        // path names, else as Account Management.
        service = Cow::Owned(target.map_or_else(|| String::from("account"), auth::Target::error_shape));
    }
    if let Some(protocol) = service.strip_prefix("marketplace-agreement/") {
        // Marketplace Agreement answers in the protocol it was asked in: RPC v2 CBOR or JSON 1.0.
        return wire::agreement(protocol, outcome.map(Answer::into_value), &request_id);
    }
    if service == "organizations" {
        return wire::organizations(outcome.map(Answer::into_value), &request_id);
    }
    if let Some(rest) = service.strip_prefix("sts") {
        return wire::sts(rest.strip_prefix('/'), outcome.map(Answer::into_value), &request_id);
    }
    match outcome {
        Ok(Answer::Json(status, body)) => wire::ok(status, body, &request_id),
        Ok(Answer::Value(status, body)) => {
            wire::ok(status, body.map(|body| serde_json::to_vec(&body).unwrap_or_default()), &request_id)
        }
        Err(err) => {
            tracing::debug!(code = err.code(), message = err.message(), "request failed");
            wire::error(&err, &request_id, &service)
        }
    }
}

/// A success: its status, and its body as the protocol will write it.
enum Answer {
    /// JSON text, written straight from the typed output (restJson1 and Account Management's JSON-RPC).
    Json(u16, Option<Vec<u8>>),
    /// A JSON value that the protocol writes in its own encoding (RPC v2 CBOR, awsJson1_1, the query protocol).
    Value(u16, Option<serde_json::Value>),
}

impl Answer {
    /// The body as a value, for the protocols that write it in their own encoding (they are answered with values,
    /// so the text is never read back in practice).
    fn into_value(self) -> (u16, Option<serde_json::Value>) {
        match self {
            Answer::Value(status, body) => (status, body),
            Answer::Json(status, body) => {
                (status, body.map(|text| serde_json::from_slice(&text).unwrap_or(serde_json::Value::Null)))
            }
        }
    }
}

/// How Marketplace Agreement's two protocols name their error shapes.
const AGREEMENT_CBOR: &str = "marketplace-agreement/cbor";
const AGREEMENT_JSON: &str = "marketplace-agreement/json";

/// The prefix of Account Management's JSON-RPC targets (`POST /` with `X-Amz-Target`), which the seed documents'
/// examples use.
pub(crate) const ACCOUNT_TARGET_PREFIX: &str = "AWSAccountV20210201.";

/// The services whose operations are routed by method and path (restJson1).
pub(crate) const REST_SERVICES: &[Service] =
    &[Service::Account, Service::ServerlessRepo, Service::MarketplaceCatalog, Service::MarketplaceDiscovery];

async fn dispatch(
    emulator: &Emulator,
    parts: &Parts,
    body: Bytes,
    routed_to: Option<&auth::Target>,
    service_out: &mut Cow<'static, str>,
) -> Result<Answer, Error> {
    if let Some(t) = routed_to.filter(|t| t.service == "organizations" || t.service == "sts") {
        // Organizations and STS answer even their authentication errors in their own protocol.
        *service_out = Cow::Borrowed(t.service);
    }
    let signer = emulator.authenticate(&parts.method, &parts.uri, &parts.headers, &body, routed_to)?;
    let ctx = CallContext { caller: Some(signer.account), session: signer.session };
    let path = parts.uri.path();
    let target = auth::amz_target(&parts.headers);

    // AWS Organizations: awsJson1_1, the operation in the target header.
    if let Some(operation) = target.strip_prefix(auth::ORGANIZATIONS_TARGET_PREFIX) {
        *service_out = Cow::Borrowed("organizations");
        let info = Service::Organizations
            .operations()
            .iter()
            .find(|info| info.name == operation)
            .ok_or_else(|| unknown_operation(operation))?;
        let object = marketplane::wire::parse_object(&body)
            .map_err(|e| marketplane::operation::as_service_error(Service::Organizations, e))?;
        let request = marketplane::operation::Request::decode(Service::Organizations, info.name, object.into())?;
        let response = emulator.backend.call(&ctx, request).await?;
        return Ok(Answer::Value(200, Some(response.encode()?.unwrap_or_else(|| serde_json::json!({})))));
    }

    // AWS STS: the query protocol, the action and its members in a form body (or the query string).
    if routed_to.is_some_and(|t| t.service == "sts") {
        let mut params = wire::form(parts.uri.query().unwrap_or(""))?;
        params.extend(wire::form(std::str::from_utf8(&body).unwrap_or(""))?);
        let action = params.remove("Action").unwrap_or_default();
        params.remove("Version");
        let info = Service::Sts.operations().iter().find(|info| info.name == action).ok_or_else(|| {
            Error::new(
                ErrorKind::Unsupported,
                "InvalidAction",
                format!("Could not find operation {action} for version 2011-06-15"),
            )
        })?;
        *service_out = Cow::Owned(format!("sts/{}", info.name));
        let members = params.into_iter().map(|(k, v)| (k, serde_json::Value::String(v))).collect();
        let request =
            marketplane::operation::Request::decode(Service::Sts, info.name, serde_json::Value::Object(members))?;
        let response = emulator.backend.call(&ctx, request).await?;
        return Ok(Answer::Value(200, response.encode()?));
    }

    // Marketplace Agreement: RPC v2 CBOR by path, or JSON 1.0 by target; it answers in the protocol it was asked in.
    let agreement_operation = agreement::operation_for_path(path)
        .map(|op| (op, "cbor"))
        .or_else(|| agreement::operation_for_target(target).map(|op| (op, "json")));
    if let Some((operation, protocol)) = agreement_operation {
        *service_out = Cow::Borrowed(if protocol == "cbor" { AGREEMENT_CBOR } else { AGREEMENT_JSON });
        let members = if protocol == "cbor" {
            agreement::cbor_to_json(&body)?
        } else {
            serde_json::Value::Object(marketplane::wire::parse_object(&body)?)
        };
        let request = marketplane::operation::Request::decode(Service::MarketplaceAgreement, operation, members)?;
        let response = emulator.backend.call(&ctx, request).await?;
        return Ok(Answer::Value(200, Some(response.encode()?.unwrap_or_else(|| serde_json::json!({})))));
    }
    if path.starts_with("/service/") || target.starts_with(agreement::SERVICE) {
        *service_out = Cow::Borrowed(if target.is_empty() { AGREEMENT_CBOR } else { AGREEMENT_JSON });
        return Err(unknown_operation(&format!("{} {path} {target}", parts.method)));
    }

    // Account Management's JSON-RPC form.
    if let Some(operation) = target.strip_prefix(ACCOUNT_TARGET_PREFIX) {
        *service_out = Cow::Borrowed(Service::Account.as_str());
        if parts.method != Method::POST || path != "/" {
            return Err(unknown_operation(&format!("{} {path} {target}", parts.method)));
        }
        let info = Service::Account
            .operations()
            .iter()
            .find(|info| info.name == operation)
            .ok_or_else(|| unknown_operation(operation))?;
        let request = decode_request(info, &body, "", &[])?;
        let response = emulator.backend.call(&ctx, request).await?;
        return Ok(Answer::Json(success_status(info), response.encode_json()?));
    }

    // restJson1: the operation tables' method and path templates, matched once, by `auth::target`.
    let Some((info, labels)) = routed_to.and_then(|t| t.rest.as_ref()) else {
        if let Some(service) = routed_to.and_then(|t| REST_SERVICES.iter().find(|s| s.as_str() == t.service)) {
            *service_out = Cow::Borrowed(service.as_str());
            if *service == Service::ServerlessRepo && parts.method == Method::OPTIONS && codec::has_path(*service, path)
            {
                // CORS preflight: every resource answers 200 with no body.
                return Ok(Answer::Json(200, None));
            }
        }
        return Err(unknown_operation(&format!("{} {path}", parts.method)));
    };
    *service_out = Cow::Borrowed(info.service.as_str());
    let request = decode_request(info, &body, parts.uri.query().unwrap_or(""), labels)?;
    let response = emulator.backend.call(&ctx, request).await?;
    Ok(Answer::Json(success_status(info), response.encode_json()?))
}

/// The request of a JSON operation from its body, query string and path labels. A body that carries every member
/// (no query, no labels) reads straight into the typed input; anything else goes through the parsed members, which
/// also say what is wrong with a body that does not read.
fn decode_request(
    info: &OperationInfo,
    body: &[u8],
    query: &str,
    labels: &[(String, String)],
) -> Result<marketplane::operation::Request, Error> {
    use marketplane::operation::{as_service_error, Request};
    if query.is_empty() && labels.is_empty() {
        if let Some(request) = Request::decode_body(info.service, info.name, body) {
            return Ok(request);
        }
    }
    let object = marketplane::wire::parse_object(body).map_err(|e| as_service_error(info.service, e))?;
    let members = codec::members(object, query, labels.to_vec()).map_err(|e| as_service_error(info.service, e))?;
    Request::decode(info.service, info.name, members)
}

fn success_status(info: &OperationInfo) -> u16 {
    match info.binding {
        Binding::Rest { status, .. } => status,
        Binding::Rpc => 200,
    }
}

/// The access key id and service of a SigV4 `Authorization` header's credential scope, read leniently.
fn credential_scope(header: &str) -> Option<(&str, &str)> {
    let scope = header.split("Credential=").nth(1)?;
    let scope = scope.split([',', ' ']).next()?;
    let mut parts = scope.split('/');
    let key = parts.next().filter(|k| !k.is_empty())?;
    let service = parts.nth(2).filter(|s| !s.is_empty())?;
    Some((key, service))
}

impl Emulator {
    /// Who calls. A 12-digit access key id is the caller's account; the temporary credentials of a role assumed
    /// through the emulator's STS act as the role's account; other keys act as the engine's default account
    /// (000000000000 unless the world says otherwise). With credentials configured, unknown keys, bad signatures and
    /// signatures made too far from the real time are refused; a scope naming another service than `target`'s (the
    /// service the path names) is refused either way.
    fn authenticate(
        &self,
        method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
        body: &Bytes,
        target: Option<&auth::Target>,
    ) -> Result<auth::Signer, Error> {
        if self.credentials.is_none() {
            // Without configured credentials nothing is verified, so any signature goes, as with other local
            // emulators; only the credential scope is read for the caller and the service. Temporary credentials
            // the engine issued (AssumeRole) act as their account while they last.
            let default = || auth::Signer::account(self.backend.config().default_account.clone());
            let authorization = headers.get(axum::http::header::AUTHORIZATION).and_then(|v| v.to_str().ok());
            let Some((key, service)) = authorization.and_then(credential_scope) else {
                return Ok(default());
            };
            auth::check_scope(target, service)?;
            if let Ok(account) = key.parse::<AccountId>() {
                return Ok(auth::Signer::account(account));
            }
            let signer = match self.live_session(key, headers)? {
                Some(session) => auth::Signer { account: session.account_id, session: Some(key.to_owned()) },
                None => default(),
            };
            return Ok(signer);
        }
        let (signer, _service) = self.verify_signature(method, uri, headers, body, target)?;
        Ok(signer)
    }
}
