//! Every operation a backend serves, declared once per service in an operation table (see [`table`] and
//! `docs/adding-an-operation.md`).
//!
//! The facade turns a typed input into a [`Request`], a backend answers with a [`Response`]. One pair of enums
//! (instead of one trait method per operation) keeps the decorators (retry, tracing) to a single method and lets the
//! emulator route generically; the enums are generated from the tables, so every operation's input, output, safety
//! and HTTP binding is written in exactly one place. Both are `#[non_exhaustive]`: a backend outside this crate
//! answers requests it does not know with `Unsupported`, while the crate's own backends serve each operation in
//! its own method of the service's handler trait.

pub mod account;
pub mod agreement;
pub mod catalog;
pub mod discovery;
pub mod organizations;
pub mod serverlessrepo;
pub mod table;

pub use account::{AccountEngine, AccountRemote, AccountRequest, AccountResponse, ACCOUNT_OPERATIONS};
pub use agreement::{
    AgreementEngine, AgreementRemote, AgreementServiceRequest, AgreementServiceResponse, AGREEMENT_OPERATIONS,
};
pub use catalog::{CatalogEngine, CatalogRemote, CatalogRequest, CatalogResponse, CATALOG_OPERATIONS};
pub use discovery::{DiscoveryEngine, DiscoveryRemote, DiscoveryRequest, DiscoveryResponse, DISCOVERY_OPERATIONS};
pub use organizations::{
    OrganizationsEngine, OrganizationsRemote, OrganizationsRequest, OrganizationsResponse, StsEngine, StsRemote,
    StsRequest, StsResponse, ORGANIZATIONS_OPERATIONS, STS_OPERATIONS,
};
pub use serverlessrepo::{SarEngine, SarRemote, SarRequest, SarResponse, SAR_OPERATIONS};
pub use table::{Binding, Operation, OperationInfo, Safety, Service, Validate};
use time::OffsetDateTime;

use crate::error::{Error, ErrorKind, Result};

/// A call to a backend: one service's request.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Request {
    /// AWS Account Management.
    Account(AccountRequest),
    /// The Serverless Application Repository.
    Sar(SarRequest),
    /// AWS Marketplace Catalog (and the private marketplace's buyer operations).
    Catalog(CatalogRequest),
    /// AWS Marketplace Discovery.
    Discovery(DiscoveryRequest),
    /// AWS Marketplace Agreement.
    Agreement(AgreementServiceRequest),
    /// AWS Organizations.
    Organizations(OrganizationsRequest),
    /// AWS STS.
    Sts(StsRequest),
}

/// What a backend answers: one service's response.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Response {
    /// AWS Account Management.
    Account(AccountResponse),
    /// The Serverless Application Repository.
    Sar(SarResponse),
    /// AWS Marketplace Catalog.
    Catalog(CatalogResponse),
    /// AWS Marketplace Discovery.
    Discovery(DiscoveryResponse),
    /// AWS Marketplace Agreement.
    Agreement(AgreementServiceResponse),
    /// AWS Organizations.
    Organizations(OrganizationsResponse),
    /// AWS STS.
    Sts(StsResponse),
}

impl Request {
    /// The operation's row in its table.
    pub fn info(&self) -> &'static OperationInfo {
        match self {
            Request::Account(r) => r.info(),
            Request::Sar(r) => r.info(),
            Request::Catalog(r) => r.info(),
            Request::Discovery(r) => r.info(),
            Request::Agreement(r) => r.info(),
            Request::Organizations(r) => r.info(),
            Request::Sts(r) => r.info(),
        }
    }

    /// The service's name for this operation.
    pub fn operation_name(&self) -> &'static str {
        self.info().name
    }

    /// The service the operation belongs to.
    pub fn service(&self) -> Service {
        self.info().service
    }

    /// Whether the operation only reads.
    pub fn is_read_only(&self) -> bool {
        self.info().is_read_only()
    }

    /// Whether sending the request again is safe: it only reads, replaces a whole value, or carries its idempotency
    /// token. The retry decorator resends only such requests after a failure whose outcome is unknown.
    pub fn may_resend(&self) -> bool {
        match self {
            Request::Account(r) => r.may_resend(),
            Request::Sar(r) => r.may_resend(),
            Request::Catalog(r) => r.may_resend(),
            Request::Discovery(r) => r.may_resend(),
            Request::Agreement(r) => r.may_resend(),
            Request::Organizations(r) => r.may_resend(),
            Request::Sts(r) => r.may_resend(),
        }
    }

    /// Fill an empty idempotency token with a fresh one, as the AWS SDKs do, so that a resend is recognised.
    pub fn fill_idempotency_token(&mut self) {
        match self {
            Request::Account(r) => r.fill_idempotency_token(),
            Request::Sar(r) => r.fill_idempotency_token(),
            Request::Catalog(r) => r.fill_idempotency_token(),
            Request::Discovery(r) => r.fill_idempotency_token(),
            Request::Agreement(r) => r.fill_idempotency_token(),
            Request::Organizations(r) => r.fill_idempotency_token(),
            Request::Sts(r) => r.fill_idempotency_token(),
        }
    }

    /// Check the request against the service's field rules. Identifiers are valid by construction; this checks the
    /// rest. The facade calls it before anything leaves the process; the local engine calls it again for requests
    /// that arrive over the wire.
    pub fn validate(&self) -> Result<()> {
        let outcome = match self {
            Request::Account(r) => r.validate(),
            Request::Sar(r) => r.validate(),
            Request::Catalog(r) => r.validate(),
            Request::Discovery(r) => r.validate(),
            Request::Agreement(r) => r.validate(),
            Request::Organizations(r) => r.validate(),
            Request::Sts(r) => r.validate(),
        };
        outcome.map_err(|e| as_service_error(self.service(), e))
    }

    /// The input's JSON members, as the service names them.
    pub fn members(&self) -> Result<serde_json::Value> {
        match self {
            Request::Account(r) => r.members(),
            Request::Sar(r) => r.members(),
            Request::Catalog(r) => r.members(),
            Request::Discovery(r) => r.members(),
            Request::Agreement(r) => r.members(),
            Request::Organizations(r) => r.members(),
            Request::Sts(r) => r.members(),
        }
    }

    /// Read the request of operation `name` of `service` from a JSON body that carries all its members (no path
    /// labels or query members), straight from the text into the typed input. `None` when the body does not read
    /// that way; [`decode`](Self::decode) then says why. A server's fast path: what it reads is what `decode`
    /// would read from the parsed body.
    pub fn decode_body(service: Service, name: &str, body: &[u8]) -> Option<Request> {
        match service {
            Service::Account => AccountRequest::decode_body(name, body),
            Service::ServerlessRepo => SarRequest::decode_body(name, body),
            Service::MarketplaceCatalog => CatalogRequest::decode_body(name, body),
            Service::MarketplaceDiscovery => DiscoveryRequest::decode_body(name, body),
            Service::MarketplaceAgreement => AgreementServiceRequest::decode_body(name, body),
            Service::Organizations => OrganizationsRequest::decode_body(name, body),
            Service::Sts => StsRequest::decode_body(name, body),
        }
    }

    /// Read the request of operation `name` of `service` from its JSON members (body, path labels and query merged).
    pub fn decode(service: Service, name: &str, members: serde_json::Value) -> Result<Request> {
        let decoded = match service {
            Service::Account => AccountRequest::decode(name, members),
            Service::ServerlessRepo => SarRequest::decode(name, members),
            Service::MarketplaceCatalog => CatalogRequest::decode(name, members),
            Service::MarketplaceDiscovery => DiscoveryRequest::decode(name, members),
            Service::MarketplaceAgreement => AgreementServiceRequest::decode(name, members),
            Service::Organizations => OrganizationsRequest::decode(name, members),
            Service::Sts => StsRequest::decode(name, members),
        };
        decoded.map_err(|e| as_service_error(service, e))
    }
}

impl Response {
    /// The operation this answers.
    pub fn operation_name(&self) -> &'static str {
        match self {
            Response::Account(r) => r.operation_name(),
            Response::Sar(r) => r.operation_name(),
            Response::Catalog(r) => r.operation_name(),
            Response::Discovery(r) => r.operation_name(),
            Response::Agreement(r) => r.operation_name(),
            Response::Organizations(r) => r.operation_name(),
            Response::Sts(r) => r.operation_name(),
        }
    }

    /// The answer's JSON body, as the service writes it (`None` for operations without output).
    pub fn encode(&self) -> Result<Option<serde_json::Value>> {
        match self {
            Response::Account(r) => r.encode(),
            Response::Sar(r) => r.encode(),
            Response::Catalog(r) => r.encode(),
            Response::Discovery(r) => r.encode(),
            Response::Agreement(r) => r.encode(),
            Response::Organizations(r) => r.encode(),
            Response::Sts(r) => r.encode(),
        }
    }

    /// The same body as [`encode`](Self::encode), written straight to JSON text: what a server answering in JSON
    /// sends, without building a `Value` first.
    pub fn encode_json(&self) -> Result<Option<Vec<u8>>> {
        match self {
            Response::Account(r) => r.encode_json(),
            Response::Sar(r) => r.encode_json(),
            Response::Catalog(r) => r.encode_json(),
            Response::Discovery(r) => r.encode_json(),
            Response::Agreement(r) => r.encode_json(),
            Response::Organizations(r) => r.encode_json(),
            Response::Sts(r) => r.encode_json(),
        }
    }
}

/// Bad input as each service reports it: the Serverless Application Repository calls every kind of it
/// `BadRequestException`, Organizations `InvalidInputException` (with a reason), STS `ValidationError`; the others
/// say `ValidationException` (or `SerializationException` for a body of the wrong shape).
pub fn as_service_error(service: Service, err: Error) -> Error {
    let bad_input =
        err.kind() == ErrorKind::Validation && matches!(err.code(), "ValidationException" | "SerializationException");
    if !bad_input {
        return err;
    }
    match service {
        Service::ServerlessRepo => Error::new(ErrorKind::Validation, "BadRequestException", err.message())
            .with_field_errors(err.field_errors().to_vec()),
        // Organizations says `InvalidInputException` with a reason naming the broken rule.
        Service::Organizations => {
            let reason = invalid_input_reason(&err);
            Error::new(ErrorKind::Validation, "InvalidInputException", err.message())
                .with_field_errors(err.field_errors().to_vec())
                .with_reason(reason)
        }
        // STS's query protocol says `ValidationError`.
        Service::Sts => Error::new(ErrorKind::Validation, "ValidationError", err.message())
            .with_field_errors(err.field_errors().to_vec()),
        _ => err,
    }
}

/// Organizations' `InvalidInputException` reason for the first broken rule.
fn invalid_input_reason(err: &Error) -> &'static str {
    let Some(field) = err.field_errors().first() else { return "INVALID_INPUT" };
    let rule = field.message.as_str();
    if rule.contains("is required") {
        "INPUT_REQUIRED"
    } else if rule.contains("pattern") {
        "INVALID_PATTERN"
    } else if rule.contains("is not one of") {
        "INVALID_ENUM"
    } else if rule.contains("at most") {
        "MAX_LENGTH_EXCEEDED"
    } else if rule.contains("at least") {
        "MIN_LENGTH_EXCEEDED"
    } else if rule.contains("must be between") {
        let below = rule.rsplit("got ").next().and_then(|n| n.parse::<i64>().ok()).is_some_and(|n| n < 1);
        if below {
            "MIN_VALUE_EXCEEDED"
        } else {
            "MAX_VALUE_EXCEEDED"
        }
    } else {
        "INVALID_INPUT"
    }
}

/// Turns a response into the variant an operation expects; anything else is a backend bug, reported, not panicked.
pub(crate) fn unexpected(operation: &str, response: &Response) -> Error {
    Error::internal(format!("backend answered {operation} with an unexpected response: {response:?}"))
}

/// A timestamp for responses, truncated to whole seconds as the service reports them.
pub(crate) fn whole_seconds(t: OffsetDateTime) -> OffsetDateTime {
    t.replace_nanosecond(0).unwrap_or(t)
}
