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
pub mod serverlessrepo;
pub mod table;

pub use account::{AccountEngine, AccountRemote, AccountRequest, AccountResponse, ACCOUNT_OPERATIONS};
pub use agreement::{
    AgreementEngine, AgreementRemote, AgreementServiceRequest, AgreementServiceResponse, AGREEMENT_OPERATIONS,
};
pub use catalog::{CatalogEngine, CatalogRemote, CatalogRequest, CatalogResponse, CATALOG_OPERATIONS};
pub use discovery::{DiscoveryEngine, DiscoveryRemote, DiscoveryRequest, DiscoveryResponse, DISCOVERY_OPERATIONS};
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
        }
    }
}

/// Bad input as each service reports it: the Serverless Application Repository calls every kind of it
/// `BadRequestException`; the others say `ValidationException` (or `SerializationException` for a body of the
/// wrong shape).
pub fn as_service_error(service: Service, err: Error) -> Error {
    if service == Service::ServerlessRepo
        && err.kind() == ErrorKind::Validation
        && matches!(err.code(), "ValidationException" | "SerializationException")
    {
        return Error::new(ErrorKind::Validation, "BadRequestException", err.message())
            .with_field_errors(err.field_errors().to_vec());
    }
    err
}

/// Turns a response into the variant an operation expects; anything else is a backend bug, reported, not panicked.
pub(crate) fn unexpected(operation: &str, response: &Response) -> Error {
    Error::internal(format!("backend answered {operation} with an unexpected response: {response:?}"))
}

/// A timestamp for responses, truncated to whole seconds as the service reports them.
pub(crate) fn whole_seconds(t: OffsetDateTime) -> OffsetDateTime {
    t.replace_nanosecond(0).unwrap_or(t)
}
