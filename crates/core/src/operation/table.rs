//! The vocabulary of the operation tables, and the macro that turns one service's table into code.
//!
//! Each service declares its operations once, as a table in `operation/<service>.rs` (see
//! `docs/adding-an-operation.md`). A table line names the operation, its typed input and output, whether it is safe
//! to send twice, and its HTTP binding. From that one line come:
//!
//! - the request and response enum variants and the [`Operation`] impl of the input (typed extraction: a backend
//!   answer is matched against the one variant the input expects, never guessed at run time);
//! - [`OperationInfo`], the row the emulator routes by, the retry decorator reads, and the bindings' tests walk;
//! - two handler traits, `…Engine` (synchronous, the local engine) and `…Remote` (async, the AWS adapter), with one
//!   required method per operation, and the dispatch from the enum to them. A backend that does not serve an
//!   operation says so in that operation's method; there is no catch-all arm to forget one in;
//! - the generic wire codec (decode a request from the service's JSON, encode a response).
//!
//! The tables are also exported as callback macros (`marketplane::account_operations!` and friends), so the Python
//! and FFI crates generate their methods from the same lines.

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::Result;
use crate::operation::{Request, Response};

/// The AWS service an operation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Service {
    /// AWS Account Management (`account`, restJson1).
    Account,
    /// The Serverless Application Repository (`serverlessrepo`, restJson1).
    ServerlessRepo,
    /// AWS Marketplace Catalog (`aws-marketplace`, restJson1).
    MarketplaceCatalog,
    /// AWS Marketplace Discovery (`aws-marketplace`, restJson1).
    MarketplaceDiscovery,
    /// AWS Marketplace Agreement (`aws-marketplace`, RPC v2 CBOR and JSON 1.0).
    MarketplaceAgreement,
    /// AWS Organizations (`organizations`, awsJson1_1).
    Organizations,
    /// AWS Security Token Service (`sts`, the query protocol).
    Sts,
}

impl Service {
    /// Every service, in the order the bindings list them.
    pub const ALL: &'static [Service] = &[
        Service::Account,
        Service::ServerlessRepo,
        Service::MarketplaceCatalog,
        Service::MarketplaceDiscovery,
        Service::MarketplaceAgreement,
        Service::Organizations,
        Service::Sts,
    ];

    /// The library's short name for the service (and the scope name its errors are shaped by).
    pub fn as_str(&self) -> &'static str {
        match self {
            Service::Account => "account",
            Service::ServerlessRepo => "serverlessrepo",
            Service::MarketplaceCatalog => "marketplace-catalog",
            Service::MarketplaceDiscovery => "marketplace-discovery",
            Service::MarketplaceAgreement => "marketplace-agreement",
            Service::Organizations => "organizations",
            Service::Sts => "sts",
        }
    }

    /// The operations of the service, from its table.
    pub fn operations(&self) -> &'static [OperationInfo] {
        match self {
            Service::Account => super::account::ACCOUNT_OPERATIONS,
            Service::ServerlessRepo => super::serverlessrepo::SAR_OPERATIONS,
            Service::MarketplaceCatalog => super::catalog::CATALOG_OPERATIONS,
            Service::MarketplaceDiscovery => super::discovery::DISCOVERY_OPERATIONS,
            Service::MarketplaceAgreement => super::agreement::AGREEMENT_OPERATIONS,
            Service::Organizations => super::organizations::ORGANIZATIONS_OPERATIONS,
            Service::Sts => super::organizations::STS_OPERATIONS,
        }
    }
}

impl std::fmt::Display for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether an operation may be sent twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Safety {
    /// It only reads: sending it again changes nothing.
    ReadOnly,
    /// It writes, but sending it twice leaves the same state: a put that replaces a whole value (the Smithy
    /// `@idempotent` trait), or an operation with an idempotency token (the named input member), which the service
    /// answers with the first outcome when it sees the token again. The library fills an empty token.
    Idempotent(Option<&'static str>),
    /// It writes and has no token: after a transport error nobody knows whether it happened, so it is not resent.
    Write,
}

/// How an operation travels over HTTP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    /// restJson1: a method and a path template (`{label}` segments are input members; a trailing `+` takes the
    /// rest of the path), the success status, and the query-string members by name.
    Rest {
        /// `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
        method: &'static str,
        /// The path template, such as `/applications/{applicationId}/versions/{semanticVersion}`.
        path: &'static str,
        /// The status of a successful answer.
        status: u16,
    },
    /// An RPC protocol (awsJson or RPC v2 CBOR): the operation is named by the target header or the path
    /// `/service/<service>/operation/<name>`, and the whole input is the body.
    Rpc,
}

/// One row of an operation table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationInfo {
    /// The service.
    pub service: Service,
    /// The service's name for the operation (`GetAlternateContact`).
    pub name: &'static str,
    /// The name bindings give the method (`get_alternate_contact`).
    pub method: &'static str,
    /// Whether it may be sent twice.
    pub safety: Safety,
    /// How it travels.
    pub binding: Binding,
    /// When the wire output wraps the typed output in one member (`{"AlternateContact": {...}}`), its name.
    pub output_member: Option<&'static str>,
    /// Whether it answers a page of a list: its input takes a `next_token` and its output is [`Paged`]
    /// (`crate::facade::Paged`), so the facade and every binding can stream the whole list.
    pub paged: bool,
}

impl OperationInfo {
    /// Whether the operation only reads.
    pub fn is_read_only(&self) -> bool {
        self.safety == Safety::ReadOnly
    }
}

/// Input checks that run before a request leaves the process (and again in the local engine for requests that
/// arrive over the wire): every broken rule is reported at once, naming the field.
pub trait Validate {
    /// Check the input against the service's member rules.
    fn validate(&self) -> Result<()>;
}

/// A typed operation: its input type is the key, its output the answer. Implemented by every input type of an
/// operation table (the table generates the impl).
pub trait Operation: Validate + Clone + Debug + Send + Sync + Serialize + DeserializeOwned + 'static {
    /// What the operation answers.
    type Output: Clone + Debug + Send + Sync + Serialize + DeserializeOwned + 'static;

    /// The operation's row in its table.
    const INFO: OperationInfo;

    /// The request this input makes.
    fn into_request(self) -> Request;

    /// The output, when `response` is this operation's answer; otherwise the response back (a backend bug, which
    /// the caller reports as an internal error).
    fn from_response(response: Response) -> std::result::Result<Self::Output, Box<Response>>;

    /// The idempotency token member, for operations that have one.
    fn idempotency_token(&mut self) -> Option<&mut Option<String>> {
        None
    }
}

/// Turns a table's safety column into a [`Safety`].
#[doc(hidden)]
#[macro_export]
macro_rules! __safety {
    (read) => {
        $crate::operation::Safety::ReadOnly
    };
    (write) => {
        $crate::operation::Safety::Write
    };
    (idempotent) => {
        $crate::operation::Safety::Idempotent(None)
    };
    (idempotent($token:ident)) => {
        $crate::operation::Safety::Idempotent(Some(stringify!($token)))
    };
}

/// Turns a table's binding column into a [`Binding`].
#[doc(hidden)]
#[macro_export]
macro_rules! __binding {
    (rpc) => {
        $crate::operation::Binding::Rpc
    };
    ($method:ident $path:literal $status:literal) => {
        $crate::operation::Binding::Rest { method: stringify!($method), path: $path, status: $status }
    };
}

/// The token accessor of an idempotent operation.
#[doc(hidden)]
#[macro_export]
macro_rules! __token {
    (read) => {};
    (write) => {};
    (idempotent) => {};
    (idempotent($token:ident)) => {
        fn idempotency_token(&mut self) -> Option<&mut Option<String>> {
            Some(&mut self.$token)
        }
    };
}

/// The wire output's wrapping member, if any.
#[doc(hidden)]
#[macro_export]
macro_rules! __wrap {
    () => {
        None
    };
    ($member:literal) => {
        Some($member)
    };
}

/// The pagination column: `[pages]` marks a list operation.
#[doc(hidden)]
#[macro_export]
macro_rules! __paged {
    () => {
        false
    };
    (pages) => {
        true
    };
}

/// What the pagination column generates: the input's page token setter, and a compile-time check that the
/// output is a page.
#[doc(hidden)]
#[macro_export]
macro_rules! __paged_impl {
    (pages, $Input:ty, $Output:ty) => {
        impl $crate::facade::PagedInput for $Input {
            fn set_next_token(&mut self, token: Option<String>) {
                self.next_token = token;
            }
        }

        const _: fn() = || {
            fn is_a_page<T: $crate::facade::Paged>() {}
            is_a_page::<$Output>();
        };
    };
}

/// Turns one service's table into its enums, `Operation` impls, handler traits, dispatch and codec.
macro_rules! define_service {
    (
        $(#[$service_meta:meta])*
        service $service:ident, variant $Top:ident, request $Req:ident, response $Resp:ident,
            engine $Engine:ident, remote $Remote:ident, table $TABLE:ident;
        $(
            $(#[$meta:meta])*
            $Op:ident $snake:ident ($Input:ty) -> $Output:ty $(as $wrap:literal)?, [$($safety:tt)*] [$($binding:tt)*]
                $([$pages:ident])?;
        )*
    ) => {
        $(#[$service_meta])*
        /// One request of the service: a variant per operation, holding its typed input.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        #[allow(clippy::large_enum_variant)]
        pub enum $Req {
            $( $(#[$meta])* $Op($Input), )*
        }

        /// One answer of the service: a variant per operation, holding its typed output.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        #[allow(clippy::large_enum_variant)]
        pub enum $Resp {
            $( $(#[$meta])* $Op($Output), )*
        }

        /// The operation table of the service.
        pub static $TABLE: &[$crate::operation::OperationInfo] = &[
            $( <$Input as $crate::operation::Operation>::INFO, )*
        ];

        $(
            impl $crate::operation::Operation for $Input {
                type Output = $Output;

                const INFO: $crate::operation::OperationInfo = $crate::operation::OperationInfo {
                    service: $crate::operation::Service::$service,
                    name: stringify!($Op),
                    method: stringify!($snake),
                    safety: $crate::__safety!($($safety)*),
                    binding: $crate::__binding!($($binding)*),
                    output_member: $crate::__wrap!($($wrap)?),
                    paged: $crate::__paged!($($pages)?),
                };

                fn into_request(self) -> $crate::operation::Request {
                    $crate::operation::Request::$Top($Req::$Op(self))
                }

                fn from_response(
                    response: $crate::operation::Response,
                ) -> std::result::Result<$Output, Box<$crate::operation::Response>> {
                    match response {
                        $crate::operation::Response::$Top($Resp::$Op(output)) => Ok(output),
                        other => Err(Box::new(other)),
                    }
                }

                $crate::__token!($($safety)*);
            }

            impl From<$Input> for $crate::operation::Request {
                fn from(input: $Input) -> Self {
                    $crate::operation::Operation::into_request(input)
                }
            }

            $( $crate::__paged_impl!($pages, $Input, $Output); )?
        )*

        /// The synchronous handler of every operation of the service (the local engine): one required method per
        /// operation, so a forgotten one does not compile.
        pub trait $Engine {
            $( $(#[$meta])* fn $snake(&self, input: $Input) -> $crate::Result<$Output>; )*
        }

        /// The asynchronous handler of every operation of the service (the AWS adapter): one required method per
        /// operation; an operation it cannot serve answers `Unsupported` in its own method.
        pub trait $Remote: Sync {
            $(
                $(#[$meta])*
                fn $snake(&self, input: $Input) -> impl std::future::Future<Output = $crate::Result<$Output>> + Send;
            )*
        }

        impl $Req {
            /// The operation's row in the table.
            pub fn info(&self) -> &'static $crate::operation::OperationInfo {
                match self {
                    $( $Req::$Op(_) => &<$Input as $crate::operation::Operation>::INFO, )*
                }
            }

            /// Check the input against the service's member rules.
            pub fn validate(&self) -> $crate::Result<()> {
                match self {
                    $( $Req::$Op(input) => $crate::operation::Validate::validate(input), )*
                }
            }

            /// Whether sending the request again is safe: it only reads, it replaces a whole value, or it carries
            /// its idempotency token.
            pub fn may_resend(&self) -> bool {
                match self {
                    $( $Req::$Op(input) => match <$Input as $crate::operation::Operation>::INFO.safety {
                        $crate::operation::Safety::ReadOnly | $crate::operation::Safety::Idempotent(None) => true,
                        $crate::operation::Safety::Idempotent(Some(_)) => {
                            $crate::operation::Operation::idempotency_token(&mut input.clone())
                                .is_some_and(|token| token.is_some())
                        }
                        $crate::operation::Safety::Write => false,
                    }, )*
                }
            }

            /// Fill an empty idempotency token with a fresh one, as the AWS SDKs do.
            pub fn fill_idempotency_token(&mut self) {
                match self {
                    $( $Req::$Op(input) => {
                        if let Some(token) = $crate::operation::Operation::idempotency_token(input) {
                            if token.is_none() {
                                *token = Some(uuid::Uuid::new_v4().to_string());
                            }
                        }
                    } )*
                }
            }

            /// Serve the request with a synchronous handler.
            pub fn serve<E: $Engine + ?Sized>(self, engine: &E) -> $crate::Result<$Resp> {
                match self {
                    $( $Req::$Op(input) => engine.$snake(input).map($Resp::$Op), )*
                }
            }

            /// Serve the request with an asynchronous handler.
            pub async fn serve_remote<R: $Remote>(self, remote: &R) -> $crate::Result<$Resp> {
                match self {
                    $( $Req::$Op(input) => remote.$snake(input).await.map($Resp::$Op), )*
                }
            }

            /// The input's JSON members, as the service names them.
            pub fn members(&self) -> $crate::Result<serde_json::Value> {
                let value = match self {
                    $( $Req::$Op(input) => serde_json::to_value(input), )*
                };
                value.map_err(|e| $crate::Error::internal(format!("cannot encode {}: {e}", self.info().name)))
            }

            /// Read the request of operation `name` from a JSON body that is all its members (no path labels or
            /// query), straight into the typed input; `None` when the body does not read that way.
            pub fn decode_body(name: &str, body: &[u8]) -> Option<$crate::operation::Request> {
                match name {
                    $( stringify!($Op) => $crate::wire::codec::decode_body::<$Input>(body)
                        .map($crate::operation::Operation::into_request), )*
                    _ => None,
                }
            }

            /// Read the request of operation `name` from its JSON members (body, path labels and query merged).
            pub fn decode(name: &str, members: serde_json::Value) -> $crate::Result<$crate::operation::Request> {
                match name {
                    $( stringify!($Op) => $crate::wire::codec::decode_input::<$Input>(members)
                        .map($crate::operation::Operation::into_request), )*
                    other => Err($crate::wire::unknown_operation(other)),
                }
            }
        }

        impl $Resp {
            /// The operation's name.
            pub fn operation_name(&self) -> &'static str {
                match self {
                    $( $Resp::$Op(_) => stringify!($Op), )*
                }
            }

            /// The answer's JSON body (`None` for operations without output).
            pub fn encode(&self) -> $crate::Result<Option<serde_json::Value>> {
                match self {
                    $( $Resp::$Op(output) => $crate::wire::codec::encode_output::<$Input>(output), )*
                }
            }

            /// The same body as [`encode`](Self::encode), written straight to JSON text (no `Value` in between).
            pub fn encode_json(&self) -> $crate::Result<Option<Vec<u8>>> {
                match self {
                    $( $Resp::$Op(output) => $crate::wire::codec::encode_output_json::<$Input>(output), )*
                }
            }
        }
    };
}
pub(crate) use define_service;
