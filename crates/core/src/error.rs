//! The one error type of the library.
//!
//! Every failure, whether it comes from input validation, the local engine, an AWS service or the network, is an
//! [`Error`]: an actionable [`ErrorKind`] plus the service's error code, message, field errors and request id.
//! aws-sdk error types never appear here; the AWS backend converts them.

use std::fmt;

/// What kind of failure this is; decides what a caller can do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input broke a rule of the service (a field's length, pattern, range, or a cross-field rule).
    Validation,
    /// The resource does not exist, or the caller may not know that it does.
    NotFound,
    /// The resource is in a state that does not allow the operation now.
    Conflict,
    /// The caller is not allowed to do this.
    AccessDenied,
    /// Too many requests; retry later.
    Throttled,
    /// A quota or concurrency limit is reached.
    QuotaExceeded,
    /// The resource is locked by another operation in progress.
    ResourceInUse,
    /// The service, or a resource it depends on, is unavailable right now.
    Unavailable,
    /// The service failed.
    Internal,
    /// The backend does not implement this operation.
    Unsupported,
    /// The request did not reach the service, or its answer could not be read.
    Transport,
    /// The client is not configured correctly (credentials, region, paths, world file).
    Config,
    /// A waiter gave up before the resource reached the wanted state.
    Timeout,
}

impl ErrorKind {
    /// A short lower-case name, stable across versions (used in logs and by the bindings).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Validation => "validation",
            ErrorKind::NotFound => "not_found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::AccessDenied => "access_denied",
            ErrorKind::Throttled => "throttled",
            ErrorKind::QuotaExceeded => "quota_exceeded",
            ErrorKind::ResourceInUse => "resource_in_use",
            ErrorKind::Unavailable => "unavailable",
            ErrorKind::Internal => "internal",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::Transport => "transport",
            ErrorKind::Config => "config",
            ErrorKind::Timeout => "timeout",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One field that failed validation, named with the service's wire name (`ContactInformation.StateOrRegion`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FieldError {
    /// The field's wire name; nested fields are joined with dots.
    pub name: String,
    /// Which rule the value broke.
    pub message: String,
}

impl FieldError {
    /// A field error for `name` with `message`.
    pub fn new(name: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError { name: name.into(), message: message.into() }
    }
}

type BoxedCause = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The library's error: a kind plus the service's code, message, field errors and request id.
///
/// The details live behind one box so that `Result<T, Error>` stays small on the happy path.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    code: String,
    message: String,
    field_errors: Vec<FieldError>,
    reason: Option<String>,
    request_id: Option<String>,
    http_status: Option<u16>,
    source: Option<BoxedCause>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The cause is reachable through `source()`; it is not repeated here.
        write!(f, "{}: {}", self.inner.code, self.inner.message)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner.source.as_ref().map(|s| s.as_ref() as &(dyn std::error::Error + 'static))
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = &self.inner;
        let mut d = f.debug_struct("Error");
        d.field("kind", &e.kind).field("code", &e.code).field("message", &e.message);
        if !e.field_errors.is_empty() {
            d.field("field_errors", &e.field_errors);
        }
        if let Some(reason) = &e.reason {
            d.field("reason", reason);
        }
        if let Some(id) = &e.request_id {
            d.field("request_id", id);
        }
        if let Some(source) = &e.source {
            d.field("source", source);
        }
        d.finish()
    }
}

impl Error {
    /// An error of `kind` with the service error `code` and `message`.
    pub fn new(kind: ErrorKind, code: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            inner: Box::new(Inner {
                kind,
                code: code.into(),
                message: message.into(),
                field_errors: Vec::new(),
                reason: None,
                request_id: None,
                http_status: None,
                source: None,
            }),
        }
    }

    /// A `ValidationException` listing the fields that broke a rule. The message names every field and its rule.
    pub fn validation(fields: Vec<FieldError>) -> Self {
        let message = if fields.is_empty() {
            "Invalid input".to_owned()
        } else {
            let parts: Vec<String> = fields.iter().map(|f| format!("{}: {}", f.name, f.message)).collect();
            format!("Invalid input: {}", parts.join("; "))
        };
        let mut err = Error::new(ErrorKind::Validation, "ValidationException", message);
        err.inner.field_errors = fields;
        err.inner.reason = Some("fieldValidationFailed".to_owned());
        err
    }

    /// A `ValidationException` for one field.
    pub fn invalid_field(name: impl Into<String>, message: impl Into<String>) -> Self {
        Error::validation(vec![FieldError::new(name, message)])
    }

    /// `Unsupported`: the backend does not implement `operation`.
    pub fn unsupported(operation: &str, backend: &str) -> Self {
        Error::new(
            ErrorKind::Unsupported,
            "UnsupportedOperation",
            format!("{operation} is not supported by the {backend} backend"),
        )
    }

    /// A configuration error (bad path, bad world file, missing credentials).
    pub fn config(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Config, "ConfigError", message)
    }

    /// An internal failure of the library or the local engine.
    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Internal, "InternalServerException", message)
    }

    /// Attach the cause of this error (kept by `source()`, not repeated by `Display`).
    pub fn with_source(mut self, source: impl Into<BoxedCause>) -> Self {
        self.inner.source = Some(source.into());
        self
    }

    /// Attach the request id the service returned.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.inner.request_id = Some(request_id.into());
        self
    }

    /// Attach the HTTP status code the service answered with.
    pub fn with_http_status(mut self, status: u16) -> Self {
        self.inner.http_status = Some(status);
        self
    }

    /// Attach the service's validation reason (`invalidRegionOptTarget`, `fieldValidationFailed`).
    pub fn with_reason(mut self, reason: impl Into<String>) -> Self {
        self.inner.reason = Some(reason.into());
        self
    }

    /// Replace the field errors.
    pub fn with_field_errors(mut self, fields: Vec<FieldError>) -> Self {
        self.inner.field_errors = fields;
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The service's error code, as it appears on the wire (`ValidationException`, `ConflictException`, ...).
    pub fn code(&self) -> &str {
        &self.inner.code
    }

    /// The human-readable message.
    pub fn message(&self) -> &str {
        &self.inner.message
    }

    /// The fields that failed validation, if any.
    pub fn field_errors(&self) -> &[FieldError] {
        &self.inner.field_errors
    }

    /// The service's validation reason, if it gave one.
    pub fn reason(&self) -> Option<&str> {
        self.inner.reason.as_deref()
    }

    /// The request id of the failed call, when a service (or the emulator) assigned one.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// The HTTP status of the failed call, when it went over HTTP.
    pub fn http_status(&self) -> Option<u16> {
        self.inner.http_status
    }

    /// Whether retrying the same call later can succeed: throttling, service failures and transport errors.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self.inner.kind,
            ErrorKind::Throttled | ErrorKind::Unavailable | ErrorKind::Internal | ErrorKind::Transport
        )
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The kind that an AWS error code means, for codes the services of this library use.
pub fn kind_for_code(code: &str) -> ErrorKind {
    match code {
        "ValidationException"
        | "BadRequestException"
        | "ValidationError"
        | "InvalidParameterException"
        | "InvalidInputException"
        | "MalformedPolicyDocument"
        | "MalformedPolicyDocumentException"
        | "SerializationException" => ErrorKind::Validation,
        "ResourceNotFoundException"
        | "NotFoundException"
        // Organizations: the caller's account is in no organization, or the named thing is not in it.
        | "AWSOrganizationsNotInUseException"
        | "AccountNotFoundException"
        | "ParentNotFoundException"
        | "ChildNotFoundException"
        | "TargetNotFoundException"
        | "PolicyNotFoundException" => ErrorKind::NotFound,
        "ConflictException" | "ConcurrentModificationException" => ErrorKind::Conflict,
        "AccessDeniedException"
        | "AccessDenied"
        | "ExpiredToken"
        | "ExpiredTokenException"
        | "ForbiddenException"
        | "UnrecognizedClientException"
        | "InvalidSignatureException"
        | "IncompleteSignature"
        | "InvalidClientTokenId"
        | "NotAuthorized"
        | "MissingAuthenticationTokenException" => ErrorKind::AccessDenied,
        "TooManyRequestsException" | "ThrottlingException" | "Throttling" => ErrorKind::Throttled,
        "ServiceQuotaExceededException" => ErrorKind::QuotaExceeded,
        "ResourceInUseException" => ErrorKind::ResourceInUse,
        "ResourceUnavailableException" | "ServiceUnavailable" | "ServiceUnavailableException" => ErrorKind::Unavailable,
        "InternalServerException" | "InternalServerErrorException" | "InternalServerError" | "InternalFailure" => {
            ErrorKind::Internal
        }
        "UnknownOperationException" | "InvalidAction" => ErrorKind::Unsupported,
        _ => ErrorKind::Internal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_message_names_every_field_and_rule() {
        let err = Error::validation(vec![
            FieldError::new("Name", "must be at most 64 characters"),
            FieldError::new("Title", "is required"),
        ]);
        assert_eq!(err.kind(), ErrorKind::Validation);
        assert_eq!(err.code(), "ValidationException");
        assert!(err.message().contains("Name: must be at most 64 characters"));
        assert!(err.message().contains("Title: is required"));
        assert_eq!(err.reason(), Some("fieldValidationFailed"));
        assert!(!err.is_retryable());
    }

    #[test]
    fn retryable_kinds() {
        for (kind, retry) in [
            (ErrorKind::Throttled, true),
            (ErrorKind::Internal, true),
            (ErrorKind::Transport, true),
            (ErrorKind::Unavailable, true),
            (ErrorKind::Conflict, false),
            (ErrorKind::AccessDenied, false),
            (ErrorKind::NotFound, false),
        ] {
            assert_eq!(Error::new(kind, "X", "y").is_retryable(), retry, "{kind}");
        }
    }

    #[test]
    fn display_does_not_repeat_the_source() {
        let cause = std::io::Error::other("disk on fire");
        let err = Error::internal("write failed").with_source(cause);
        assert_eq!(err.to_string(), "InternalServerException: write failed");
        assert!(std::error::Error::source(&err).is_some());
    }

    #[test]
    fn codes_map_to_kinds() {
        assert_eq!(kind_for_code("TooManyRequestsException"), ErrorKind::Throttled);
        assert_eq!(kind_for_code("ConflictException"), ErrorKind::Conflict);
        assert_eq!(kind_for_code("InternalServerErrorException"), ErrorKind::Internal);
        assert_eq!(kind_for_code("ResourceUnavailableException"), ErrorKind::Unavailable);
    }
}
