//! The model's face for Go, Kotlin and Swift (feature `uniffi`).
//!
//! The model types derive UniFFI's traits themselves (through `#[model]`), so the bindings see the core's own
//! records and enums: this crate is the UniFFI component `marketplane_model`, and `marketplane-ffi` (the component
//! `marketplane`) adds the client objects. What the derives cannot say lives here: the one error type that crosses
//! the boundary, and how the types that are not ours cross (times as timestamps, JSON documents as JSON text, sorted
//! maps as maps).
//!
//! Validated identifiers cross as strings and are checked when they come back in: a bad one fails the call with a
//! `Validation` error naming the field, like any other rule.

use std::fmt;
use std::time::SystemTime;

use serde_json::Value;
use time::OffsetDateTime;

use crate::error::{ErrorKind, FieldError};

/// Every error the bindings raise. One variant, so that every language sees one type with the same fields: Go an
/// `*marketplane.Error`, Swift a `MarketplaneError`, Kotlin a `MarketplaneException`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Error)]
pub enum MarketplaneError {
    /// A failed call.
    Failure {
        /// What kind of failure this is; decides what the caller can do about it.
        kind: ErrorKind,
        /// The service's error code as it appears on the wire (`ValidationException`, `ConflictException`, ...).
        code: String,
        /// The human-readable message.
        message: String,
        /// The service's validation reason (`fieldValidationFailed`, `invalidRegionOptTarget`), if any.
        reason: Option<String>,
        /// The request id of the failed call, when a service or the emulator assigned one.
        request_id: Option<String>,
        /// The HTTP status of the failed call, when it went over HTTP.
        http_status: Option<u16>,
        /// The fields that failed validation.
        field_errors: Vec<FieldError>,
    },
}

impl MarketplaneError {
    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self {
            MarketplaneError::Failure { kind, .. } => *kind,
        }
    }

    /// An internal error for a Rust panic caught before it reached the boundary.
    pub fn panicked(detail: &str) -> Self {
        crate::Error::internal(format!("the library failed unexpectedly (a Rust panic was caught): {detail}")).into()
    }
}

impl fmt::Display for MarketplaneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MarketplaneError::Failure { code, message, .. } => write!(f, "{code}: {message}"),
        }
    }
}

impl std::error::Error for MarketplaneError {}

impl From<crate::Error> for MarketplaneError {
    fn from(err: crate::Error) -> Self {
        MarketplaneError::Failure {
            kind: err.kind(),
            code: err.code().to_owned(),
            message: err.message().to_owned(),
            reason: err.reason().map(str::to_owned),
            request_id: err.request_id().map(str::to_owned),
            http_status: err.http_status(),
            field_errors: err.field_errors().to_vec(),
        }
    }
}

/// A value that failed to come in from a binding, as the error the call returns (UniFFI hands it to the call's
/// `Result` when the types match).
pub(crate) fn lift_error(err: crate::Error) -> uniffi::deps::anyhow::Error {
    MarketplaneError::from(err).into()
}

/// Times cross as timestamps (Go `time.Time`, Swift `Date`, Kotlin `Instant`).
fn system_time(at: OffsetDateTime) -> SystemTime {
    at.into()
}

fn offset_date_time(at: SystemTime) -> uniffi::Result<OffsetDateTime> {
    let out_of_range = || lift_error(crate::Error::invalid_field("timestamp", "is outside the years 1 to 9999"));
    let odt = match at.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(after) => {
            OffsetDateTime::UNIX_EPOCH.checked_add(time::Duration::try_from(after).map_err(|_| out_of_range())?)
        }
        Err(before) => OffsetDateTime::UNIX_EPOCH
            .checked_sub(time::Duration::try_from(before.duration()).map_err(|_| out_of_range())?),
    };
    odt.ok_or_else(out_of_range)
}

/// A point in time, as the bindings name it.
pub type Timestamp = OffsetDateTime;

uniffi::custom_type!(Timestamp, SystemTime, {
    remote,
    lower: |at| system_time(at),
    try_lift: |at| offset_date_time(at),
});

/// JSON documents (change details, raw terms) cross as JSON text.
fn json_text(value: Value) -> String {
    value.to_string()
}

fn json_value(text: String) -> uniffi::Result<Value> {
    serde_json::from_str(&text)
        .map_err(|e| lift_error(crate::Error::invalid_field("document", format!("is not valid JSON: {e}"))))
}

/// A JSON document, as the bindings name it: its text.
pub type JsonDocument = Value;

uniffi::custom_type!(JsonDocument, String, {
    remote,
    lower: |value| json_text(value),
    try_lift: |text| json_value(text),
});
