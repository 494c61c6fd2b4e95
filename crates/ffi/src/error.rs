//! The one error type that crosses the boundary, and the conversion from the library's error.

use std::fmt;

use marketplane::ErrorKind as CoreErrorKind;

use crate::model::mirror_enum;

mirror_enum!(
    /// What kind of failure an error is (the library's `ErrorKind`).
    ErrorKind from CoreErrorKind {
        Validation, NotFound, Conflict, AccessDenied, Throttled, QuotaExceeded, ResourceInUse, Unavailable, Internal,
        Unsupported, Transport, Config, Timeout,
    }
);

/// One field that failed validation, named with the service's wire name (`ContactInformation.StateOrRegion`).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FieldError {
    /// The field's wire name; nested fields are joined with dots.
    pub name: String,
    /// Which rule the value broke.
    pub message: String,
}

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
    pub fn kind(&self) -> &ErrorKind {
        match self {
            MarketplaneError::Failure { kind, .. } => kind,
        }
    }

    /// An internal error for a Rust panic caught before it reached the boundary.
    pub(crate) fn panicked(detail: &str) -> Self {
        marketplane::Error::internal(format!("the library failed unexpectedly (a Rust panic was caught): {detail}"))
            .into()
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

impl From<marketplane::Error> for MarketplaneError {
    fn from(err: marketplane::Error) -> Self {
        MarketplaneError::Failure {
            kind: err.kind().into(),
            code: err.code().to_owned(),
            message: err.message().to_owned(),
            reason: err.reason().map(str::to_owned),
            request_id: err.request_id().map(str::to_owned),
            http_status: err.http_status(),
            field_errors: err
                .field_errors()
                .iter()
                .map(|f| FieldError { name: f.name.clone(), message: f.message.clone() })
                .collect(),
        }
    }
}

/// The result of every fallible exported call.
pub type Result<T, E = MarketplaneError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_detail_survives_the_conversion() {
        let core = marketplane::Error::validation(vec![marketplane::FieldError::new("Name", "is required")])
            .with_request_id("req-1")
            .with_http_status(400);
        let MarketplaneError::Failure { kind, code, message, reason, request_id, http_status, field_errors } =
            MarketplaneError::from(core);
        assert_eq!(kind, ErrorKind::Validation);
        assert_eq!(code, "ValidationException");
        assert!(message.contains("Name: is required"));
        assert_eq!(reason.as_deref(), Some("fieldValidationFailed"));
        assert_eq!(request_id.as_deref(), Some("req-1"));
        assert_eq!(http_status, Some(400));
        assert_eq!(field_errors, [FieldError { name: "Name".into(), message: "is required".into() }]);
    }

    #[test]
    fn kinds_map_both_ways() {
        for kind in [marketplane::ErrorKind::NotFound, marketplane::ErrorKind::Timeout, marketplane::ErrorKind::Config]
        {
            let mirrored = ErrorKind::from(kind);
            assert!(!matches!(mirrored, ErrorKind::Unknown { .. }), "{kind}");
        }
    }
}
