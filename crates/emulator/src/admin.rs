//! The emulator's own endpoints under `/_marketplane/`: the outbox of one-time codes, loading a world, resetting
//! the state, and the fault plan.
//!
//! Who may call them:
//! - with no `--credentials` and no `--admin-token`, anyone (a local emulator on loopback, as before);
//! - with `--admin-token`, a request carrying `Authorization: Bearer <token>`;
//! - with `--credentials`, the outbox also answers a request SigV4-signed with a configured key, showing only the
//!   codes of that key's account (and of the accounts it manages for Account Management); the other endpoints need
//!   the admin token, and are closed when none is configured.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use axum::Json;
use hmac::{Hmac, KeyInit, Mac};
use marketplane::backend::local::World;
use marketplane::model::AccountId;
use marketplane::{Error, ErrorKind};
use serde::Deserialize;
use sha2::Sha256;

use crate::faults::FaultPlan;
use crate::{wire, Emulator};

/// Who is calling an admin endpoint.
#[derive(Debug, PartialEq, Eq)]
enum Caller {
    /// The admin token, or nothing configured that could tell anyone apart.
    Admin,
    /// A verified SigV4 signature of this account.
    Account(AccountId),
}

fn denied(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::AccessDenied, "AccessDeniedException", message)
}

/// Compare in constant time (through HMAC, whose comparison is), so the token cannot be guessed byte by byte.
fn same_token(given: &str, expected: &str) -> bool {
    let Ok(mut mac) = <Hmac<Sha256> as KeyInit>::new_from_slice(b"marketplane admin token") else { return false };
    mac.update(expected.as_bytes());
    let expected = mac.finalize().into_bytes();
    let Ok(mut mac) = <Hmac<Sha256> as KeyInit>::new_from_slice(b"marketplane admin token") else { return false };
    mac.update(given.as_bytes());
    mac.verify_slice(&expected).is_ok()
}

impl Emulator {
    /// Who calls: `signed_accounts` lets a SigV4 signature through as its account (the outbox).
    fn admit(&self, parts: &Parts, body: &Bytes, signed_accounts: bool) -> Result<Caller, Error> {
        let authorization = parts.headers.get("authorization").and_then(|v| v.to_str().ok());
        if let Some(token) = authorization.and_then(|a| a.strip_prefix("Bearer ")) {
            return match &self.admin_token {
                Some(expected) if same_token(token.trim(), &expected.0) => Ok(Caller::Admin),
                Some(_) => Err(denied("The admin token is not valid.")),
                None => Err(denied("This emulator has no admin token (start it with --admin-token).")),
            };
        }
        if self.credentials.is_some() {
            if signed_accounts && authorization.is_some() {
                let (signer, _) = self.verify_signature(&parts.method, &parts.uri, &parts.headers, body, None)?;
                return Ok(Caller::Account(signer.account));
            }
            let how = if signed_accounts { "a SigV4 signature of a configured key or " } else { "" };
            return Err(denied(match &self.admin_token {
                Some(_) => format!("This endpoint needs {how}Authorization: Bearer <admin token>."),
                None if signed_accounts => "This endpoint needs a SigV4 signature of a configured key.".to_owned(),
                None => "This endpoint is closed: the emulator checks credentials and has no admin token (start \
                         it with --admin-token)."
                    .to_owned(),
            }));
        }
        if self.admin_token.is_some() {
            return Err(denied("This endpoint needs Authorization: Bearer <admin token>."));
        }
        Ok(Caller::Admin)
    }
}

fn fail(err: &Error) -> Response {
    wire::error(err, &crate::new_request_id(), "account")
}

#[derive(Debug, Deserialize)]
pub(crate) struct OutboxQuery {
    recipient: String,
}

/// `GET /_marketplane/outbox?recipient=...`: the one-time codes the engine "sent", so scripts can finish
/// verification flows.
pub(crate) async fn outbox(
    State(emulator): State<Arc<Emulator>>,
    Query(query): Query<OutboxQuery>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let messages = match emulator.admit(&parts, &body, true) {
        Ok(Caller::Admin) => emulator.backend.messages_to(&query.recipient),
        Ok(Caller::Account(account)) => emulator.backend.messages_to_for(&query.recipient, &account),
        Err(err) => return fail(&err),
    };
    match messages {
        Ok(messages) => Json(messages).into_response(),
        Err(err) => fail(&err),
    }
}

fn world_from(body: &Bytes) -> Result<Option<World>, Error> {
    let text = std::str::from_utf8(body)
        .map_err(|_| Error::new(ErrorKind::Validation, "ValidationException", "the world must be UTF-8 TOML"))?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    World::from_toml_str(text)
        .map(Some)
        .map_err(|e| Error::new(ErrorKind::Validation, "ValidationException", e.message()))
}

fn invalid(err: Error) -> Error {
    match err.kind() {
        ErrorKind::Config => Error::new(ErrorKind::Validation, "ValidationException", err.message()),
        _ => err,
    }
}

/// What a world declares, as the endpoints answer it.
fn loaded(world: Option<&World>) -> Response {
    let (organizations, accounts) = world.map_or((0, 0), |w| (w.organizations.len(), w.accounts.len()));
    Json(serde_json::json!({ "organizations": organizations, "accounts": accounts })).into_response()
}

/// `POST /_marketplane/world` with a world file (TOML) as the body: its organizations and accounts are added or
/// updated; nothing else changes.
pub(crate) async fn world(State(emulator): State<Arc<Emulator>>, parts: Parts, body: Bytes) -> Response {
    if let Err(err) = emulator.admit(&parts, &body, false) {
        return fail(&err);
    }
    let outcome = world_from(&body).and_then(|world| {
        let world = world.ok_or_else(|| {
            Error::new(ErrorKind::Validation, "ValidationException", "the body must be a world file (TOML)")
        })?;
        emulator.backend.check_world_settings(&world).map_err(invalid)?;
        emulator.backend.load_world(&world).map_err(invalid)?;
        Ok(world)
    });
    match outcome {
        Ok(world) => loaded(Some(&world)),
        Err(err) => fail(&err),
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct ResetQuery {
    /// `initial`: seed again with the world the emulator started with.
    world: Option<String>,
}

/// `POST /_marketplane/reset`: every table emptied in one transaction; then the world in the body (TOML), or with
/// `?world=initial` the one given at start, is loaded in the same transaction.
pub(crate) async fn reset(
    State(emulator): State<Arc<Emulator>>,
    Query(query): Query<ResetQuery>,
    parts: Parts,
    body: Bytes,
) -> Response {
    if let Err(err) = emulator.admit(&parts, &body, false) {
        return fail(&err);
    }
    let outcome = (|| {
        let posted = world_from(&body)?;
        let world = match query.world.as_deref() {
            None => posted,
            Some("initial") if posted.is_none() => emulator.initial_world.clone(),
            Some("initial") => {
                return Err(Error::new(
                    ErrorKind::Validation,
                    "ValidationException",
                    "give either ?world=initial or a world in the body, not both",
                ))
            }
            Some(other) => {
                return Err(Error::new(
                    ErrorKind::Validation,
                    "ValidationException",
                    format!("unknown world {other:?}: the only named one is \"initial\""),
                ))
            }
        };
        if let Some(world) = &world {
            emulator.backend.check_world_settings(world).map_err(invalid)?;
        }
        emulator.backend.reset(world.as_ref()).map_err(invalid)?;
        Ok(world)
    })();
    match outcome {
        Ok(world) => loaded(world.as_ref()),
        Err(err) => fail(&err),
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct FaultsQuery {
    seed: Option<u64>,
}

/// `GET /_marketplane/faults`: the plan in force, its seed, and how many faults of each kind it injected.
pub(crate) async fn get_faults(State(emulator): State<Arc<Emulator>>, parts: Parts, body: Bytes) -> Response {
    if let Err(err) = emulator.admit(&parts, &body, false) {
        return fail(&err);
    }
    Json(emulator.faults.report()).into_response()
}

/// `POST /_marketplane/faults[?seed=N]` with a plan as the body (empty: no faults): replaces the plan in force.
pub(crate) async fn set_faults(
    State(emulator): State<Arc<Emulator>>,
    Query(query): Query<FaultsQuery>,
    parts: Parts,
    body: Bytes,
) -> Response {
    if let Err(err) = emulator.admit(&parts, &body, false) {
        return fail(&err);
    }
    let plan = std::str::from_utf8(&body)
        .map_err(|_| Error::new(ErrorKind::Validation, "ValidationException", "the plan must be UTF-8 text"))
        .and_then(str::parse::<FaultPlan>);
    match plan {
        Ok(plan) => {
            emulator.faults.replace(plan, query.seed);
            Json(emulator.faults.report()).into_response()
        }
        Err(err) => fail(&err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_whole() {
        assert!(same_token("s3cret", "s3cret"));
        assert!(!same_token("s3cre", "s3cret"));
        assert!(!same_token("s3cret!", "s3cret"));
        assert!(!same_token("", "s3cret"));
    }
}
