//! `marketplane-ffi`: the library's facade for Go, Swift and Kotlin, through UniFFI.
//!
//! Objects and glue only. The records and enums are the core's own model types, which derive UniFFI's traits
//! behind the core's `uniffi` feature (the UniFFI component `marketplane_model`); this crate is the component
//! `marketplane`, holding the clients.
//!
//! - [`Client`] and [`AsyncClient`] are the entry points: constructors over the local backend or AWS, `as_account`,
//!   and one service object per operation table: `accounts` (Account Management, opt-in regions included),
//!   `applications` (Serverless Application Repository), `catalog`, `discovery`, `agreements` and
//!   `organizations` (AWS Organizations, with STS's `get_caller_identity` and `assume_role`).
//! - Every operation of every table is a method of its service object, named as in the table
//!   (`get_alternate_contact`), taking the operation's input record and returning its output: generated from the
//!   tables, so no operation can be missing. The facade's helpers that do more than one call (waiters,
//!   `ensure_enabled`, `publish_sam`, `publish_offer`, ...) are methods beside them ([`helpers`]).
//! - Blocking objects block the calling thread while the call runs on an internal tokio runtime. The `Async` twins
//!   export `async` methods (Swift `async`, Kotlin `suspend`, Go calls taking a `context.Context` that cancels the
//!   future). Both come from the same lists, so they cannot drift apart.
//!
//! No panic crosses the boundary: blocking calls catch panics and report an `Internal` error; UniFFI itself turns
//! a panic anywhere else (async calls included) into the binding's internal error.

// The error's fields are what the foreign languages see, so it cannot be boxed; its size costs nothing next to a
// call across the boundary.
#![allow(clippy::result_large_err)]

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, OnceLock};

use marketplane::ffi::MarketplaneError;
use marketplane::model::AccountId;

mod estate;
mod helpers;
#[cfg(test)]
mod tests;

pub use estate::{AsyncEstate, Estate, EstateRun, EstateRunOptions};
pub use helpers::AccountRegionOutcome;

uniffi::setup_scaffolding!("marketplane");

// The core's types that are not the core's own (sorted maps, times, JSON documents) cross as the core says; these
// lines let this component's calls use them too.
mod remote {
    use marketplane::model::agreement::ChargesByPurchaseOrder;
    use marketplane::model::StringMap;

    uniffi::use_remote_type!(marketplane::StringMap);
    uniffi::use_remote_type!(marketplane::ChargesByPurchaseOrder);

    use marketplane::ffi::JsonDocument;
    uniffi::use_remote_type!(marketplane::JsonDocument);
}

/// The result of every fallible exported call.
pub type Result<T, E = MarketplaneError> = std::result::Result<T, E>;

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("marketplane-ffi")
            .enable_all()
            .build()
            .unwrap_or_else(|e| panic!("cannot start the async runtime: {e}"))
    })
}

/// Run `work` to completion on the internal runtime; a panic inside becomes an `Internal` error.
fn block_on<T>(work: impl Future<Output = Result<T>>) -> Result<T> {
    std::panic::catch_unwind(AssertUnwindSafe(|| runtime().block_on(work))).unwrap_or_else(|panic| {
        let detail = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(MarketplaneError::panicked(&detail))
    })
}

// ---------------------------------------------------------------------------------------------------------------
// Constructors, shared by both flavours.

fn in_memory() -> Result<marketplane::Client> {
    Ok(marketplane::Client::in_memory()?)
}

fn local(path: String) -> Result<marketplane::Client> {
    Ok(marketplane::Client::local(path)?)
}

fn in_memory_with_world(world_toml: String) -> Result<marketplane::Client> {
    let world = marketplane::backend::local::World::from_toml_str(&world_toml)?;
    Ok(marketplane::Client::in_memory_with_world(world)?)
}

fn aws_from_env() -> Result<marketplane::Client> {
    block_on(async { Ok(marketplane::Client::from_env().await?) })
}

fn aws_with_endpoint(
    endpoint_url: String,
    region: String,
    access_key_id: String,
    secret_access_key: String,
) -> Result<marketplane::Client> {
    block_on(async move {
        let credentials =
            aws_credential_types::Credentials::new(access_key_id, secret_access_key, None, None, "marketplane-ffi");
        let config = aws_config::defaults(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new(region))
            .credentials_provider(credentials)
            .load()
            .await;
        Ok(marketplane::Client::aws_with_endpoint(&config, &endpoint_url))
    })
}

fn local_backend<'a>(
    client: &'a marketplane::Client,
    what: &str,
) -> Result<&'a marketplane::backend::local::LocalBackend> {
    // Only the local backend keeps sent codes and knows organizations; say so instead of answering empty.
    client.local_backend().ok_or_else(|| marketplane::Error::unsupported(what, "aws").into())
}

/// The library's default waiter settings: 60 minutes, polling from 1 s doubling to 30 s.
#[uniffi::export]
pub fn default_wait_options() -> marketplane::facade::WaitOptions {
    marketplane::facade::WaitOptions::default()
}

/// One row of an operation table, for the bindings' own checks that every operation is reachable.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OperationRow {
    /// The service object that serves it: `accounts`, `applications`, `catalog`, `discovery`, `agreements` or
    /// `organizations` (which serves STS's operations too).
    pub object: String,
    /// The service's name for the operation (`GetAlternateContact`).
    pub operation: String,
    /// The method's name in Rust and in the tables (`get_alternate_contact`); each language spells it its way.
    pub method: String,
    /// Whether it answers a page of a list (Go adds an iterator over every item).
    pub paged: bool,
}

/// Every operation of every table, with the object that serves it.
#[uniffi::export]
pub fn operation_table() -> Vec<OperationRow> {
    use marketplane::operation::{
        ACCOUNT_OPERATIONS, AGREEMENT_OPERATIONS, CATALOG_OPERATIONS, DISCOVERY_OPERATIONS, ORGANIZATIONS_OPERATIONS,
        SAR_OPERATIONS, STS_OPERATIONS,
    };
    [
        ("accounts", ACCOUNT_OPERATIONS),
        ("applications", SAR_OPERATIONS),
        ("catalog", CATALOG_OPERATIONS),
        ("discovery", DISCOVERY_OPERATIONS),
        ("agreements", AGREEMENT_OPERATIONS),
        ("organizations", ORGANIZATIONS_OPERATIONS),
        ("organizations", STS_OPERATIONS),
    ]
    .into_iter()
    .flat_map(|(object, table)| {
        table.iter().map(move |info| OperationRow {
            object: object.into(),
            operation: info.name.into(),
            method: info.method.into(),
            paged: info.paged,
        })
    })
    .collect()
}

/// Panics inside the library on purpose, blocking and async, so that the binding suites can check that a panic
/// arrives as an error and never crosses the boundary. Built only with the `test-hooks` feature.
#[cfg(any(test, feature = "test-hooks"))]
#[uniffi::export]
pub fn debug_panic() -> Result<()> {
    block_on(async { panic!("deliberate panic (debug_panic)") })
}

/// Like [`debug_panic`] but outside the library's own guard: UniFFI's panic handling reports it (as a caught panic,
/// not as a `MarketplaneError`).
#[cfg(any(test, feature = "test-hooks"))]
#[uniffi::export]
pub fn debug_panic_unguarded() {
    panic!("deliberate panic (debug_panic_unguarded)")
}

/// The async twin of [`debug_panic`]: here UniFFI's own panic handling is what keeps the panic in.
#[cfg(any(test, feature = "test-hooks"))]
#[uniffi::export(async_runtime = "tokio")]
pub async fn debug_panic_async() -> Result<()> {
    panic!("deliberate panic (debug_panic_async)")
}

/// How many [`debug_sleep`] futures are alive: started and neither finished nor dropped.
#[cfg(any(test, feature = "test-hooks"))]
static LIVE_SLEEPS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Sleeps `seconds` asynchronously, counted by [`debug_live_sleeps`] while its future lives, so that the binding
/// suites can cancel a call and see the Rust future dropped. Built only with the `test-hooks` feature.
#[cfg(any(test, feature = "test-hooks"))]
#[uniffi::export(async_runtime = "tokio")]
pub async fn debug_sleep(seconds: f64) {
    use std::sync::atomic::Ordering;
    /// Counts the future out when it ends, however it ends.
    struct Live;
    impl Drop for Live {
        fn drop(&mut self) {
            LIVE_SLEEPS.fetch_sub(1, Ordering::SeqCst);
        }
    }
    LIVE_SLEEPS.fetch_add(1, Ordering::SeqCst);
    let _live = Live;
    // NaN, negative or huge values sleep not at all or for a very long time, never panic.
    let duration = std::time::Duration::try_from_secs_f64(seconds.clamp(0.0, 1e9)).unwrap_or_default();
    tokio::time::sleep(duration).await;
}

/// How many [`debug_sleep`] calls are in progress. Built only with the `test-hooks` feature.
#[cfg(any(test, feature = "test-hooks"))]
#[uniffi::export]
pub fn debug_live_sleeps() -> u64 {
    LIVE_SLEEPS.load(std::sync::atomic::Ordering::SeqCst)
}

/// Declares the clients and the service objects of both flavours: `$name` objects wrapping the core client.
macro_rules! objects {
    ($($(#[doc = $doc:literal])* $name:ident),+ $(,)?) => {
        $(
            $(#[doc = $doc])*
            #[derive(Debug, uniffi::Object)]
            pub struct $name {
                client: marketplane::Client,
            }

            impl $name {
                fn wrap(client: marketplane::Client) -> Arc<Self> {
                    Arc::new($name { client })
                }
            }
        )+
    };
}

objects!(
    /// A client over any backend, with blocking calls. Cheap to share; `as_account` gives a handle acting as
    /// another account over the same backend.
    Client,
    /// A client over any backend, with `async` calls (Swift `async`, Kotlin `suspend`; in Go, `Client`, whose calls
    /// take a `context.Context`).
    AsyncClient,
    /// Account Management, blocking: contacts, primary email, account name and information, phone verification,
    /// and opt-in regions with their waiters.
    Accounts,
    /// Account Management, `async`.
    AsyncAccounts,
    /// Serverless Application Repository, blocking: publish, version, share and deploy applications.
    Applications,
    /// Serverless Application Repository, `async`.
    AsyncApplications,
    /// Marketplace Catalog, blocking: change sets, entities, tags, resource policies, assessments, offers, and
    /// private marketplace requests.
    Catalog,
    /// Marketplace Catalog, `async`.
    AsyncCatalog,
    /// Marketplace Discovery, blocking: what a buyer finds and can buy (listings, products, offers, purchase
    /// options, search, facets).
    Discovery,
    /// Marketplace Discovery, `async`.
    AsyncDiscovery,
    /// Marketplace Agreement, blocking: request an offer, accept it, and live with the agreement (terms,
    /// entitlements, charges, upgrades, approvals, cancellation and payment requests, refunds).
    Agreements,
    /// Marketplace Agreement, `async`.
    AsyncAgreements,
    /// AWS Organizations and STS, blocking: the organization, its accounts, roots, organizational units, policies,
    /// tags, trusted services and delegated administrators; who the caller is, and roles assumed in member accounts.
    Organizations,
    /// AWS Organizations and STS, `async`.
    AsyncOrganizations,
);

/// The constructors and accessors of one client flavour.
macro_rules! client {
    (
        $client:ident, $accounts:ident, $applications:ident, $catalog:ident, $discovery:ident, $agreements:ident,
        $organizations:ident, $estate:ident
    ) => {
        #[uniffi::export]
        impl $client {
            /// A client over an embedded local backend that keeps its state in memory.
            #[uniffi::constructor]
            pub fn in_memory() -> Result<Arc<Self>> {
                Ok(Self::wrap(in_memory()?))
            }

            /// A client over an embedded local backend persisted to the SQLite file at `path` (created if missing).
            #[uniffi::constructor]
            pub fn local(path: String) -> Result<Arc<Self>> {
                Ok(Self::wrap(local(path)?))
            }

            /// A client over an in-memory local backend that knows the world given as TOML text (accounts,
            /// organizations, settings; see the README).
            #[uniffi::constructor]
            pub fn in_memory_with_world(world_toml: String) -> Result<Arc<Self>> {
                Ok(Self::wrap(in_memory_with_world(world_toml)?))
            }

            /// A client over AWS, configured from the environment as the AWS CLI is; `AWS_ENDPOINT_URL` redirects it.
            #[uniffi::constructor]
            pub fn aws_from_env() -> Result<Arc<Self>> {
                Ok(Self::wrap(aws_from_env()?))
            }

            /// A client over AWS (or the emulator) at `endpoint_url`, signing for `region` with these static keys.
            #[uniffi::constructor]
            pub fn aws_with_endpoint(
                endpoint_url: String,
                region: String,
                access_key_id: String,
                secret_access_key: String,
            ) -> Result<Arc<Self>> {
                Ok(Self::wrap(aws_with_endpoint(endpoint_url, region, access_key_id, secret_access_key)?))
            }

            /// The same client acting as `account_id`: the local backend acts as any account; the AWS backend assumes
            /// `OrganizationAccountAccessRole` in another account (Account Management names it as `AccountId`
            /// instead). A malformed account id is a `Validation` error.
            pub fn as_account(&self, account_id: AccountId) -> Result<Arc<Self>> {
                Ok(Self::wrap(self.client.as_account(account_id)))
            }

            /// The account chosen with `as_account`, if any.
            pub fn caller(&self) -> Option<AccountId> {
                self.client.caller().cloned()
            }

            /// Account Management and opt-in regions.
            pub fn accounts(&self) -> Arc<$accounts> {
                $accounts::wrap(self.client.clone())
            }

            /// Serverless Application Repository.
            pub fn applications(&self) -> Arc<$applications> {
                $applications::wrap(self.client.clone())
            }

            /// Marketplace Catalog.
            pub fn catalog(&self) -> Arc<$catalog> {
                $catalog::wrap(self.client.clone())
            }

            /// Marketplace Discovery.
            pub fn discovery(&self) -> Arc<$discovery> {
                $discovery::wrap(self.client.clone())
            }

            /// Marketplace Agreement.
            pub fn agreements(&self) -> Arc<$agreements> {
                $agreements::wrap(self.client.clone())
            }

            /// AWS Organizations and STS.
            pub fn organizations(&self) -> Arc<$organizations> {
                $organizations::wrap(self.client.clone())
            }

            /// The organization's accounts as one estate: inventory, audit, plan and apply.
            pub fn estate(&self) -> Arc<$estate> {
                $estate::wrap(self.client.clone())
            }

            /// Local backend only: the one-time codes sent to `recipient` (an email address or phone number), oldest
            /// first. `Unsupported` on the AWS backend.
            pub fn messages_to(&self, recipient: String) -> Result<Vec<marketplane::backend::local::SentMessage>> {
                Ok(local_backend(&self.client, "messages_to")?.messages_to(&recipient)?)
            }

            /// Local backend only: the accounts of `account_id`'s organization. `Unsupported` on the AWS backend.
            pub fn organization_accounts(&self, account_id: AccountId) -> Result<Vec<AccountId>> {
                Ok(local_backend(&self.client, "organization_accounts")?.organization_accounts(&account_id)?)
            }
        }
    };
}

client!(Client, Accounts, Applications, Catalog, Discovery, Agreements, Organizations, Estate);
client!(
    AsyncClient,
    AsyncAccounts,
    AsyncApplications,
    AsyncCatalog,
    AsyncDiscovery,
    AsyncAgreements,
    AsyncOrganizations,
    AsyncEstate
);

/// Exports every operation of one table, read from the core's table macro (`marketplane::account_operations!`
/// and friends): a blocking method on the service object and an `async` one on its twin, each taking the input
/// record and returning the output.
macro_rules! table_methods {
    ($(#[$m:meta])* service $s:ident, variant Account, $($rest:tt)*) => {
        table_methods!(@on Accounts, AsyncAccounts; $($rest)*);
    };
    ($(#[$m:meta])* service $s:ident, variant Sar, $($rest:tt)*) => {
        table_methods!(@on Applications, AsyncApplications; $($rest)*);
    };
    ($(#[$m:meta])* service $s:ident, variant Catalog, $($rest:tt)*) => {
        table_methods!(@on Catalog, AsyncCatalog; $($rest)*);
    };
    ($(#[$m:meta])* service $s:ident, variant Discovery, $($rest:tt)*) => {
        table_methods!(@on Discovery, AsyncDiscovery; $($rest)*);
    };
    ($(#[$m:meta])* service $s:ident, variant Agreement, $($rest:tt)*) => {
        table_methods!(@on Agreements, AsyncAgreements; $($rest)*);
    };
    ($(#[$m:meta])* service $s:ident, variant Organizations, $($rest:tt)*) => {
        table_methods!(@on Organizations, AsyncOrganizations; $($rest)*);
    };
    // STS's two operations join Organizations' object: who the caller is and roles assumed in member accounts.
    ($(#[$m:meta])* service $s:ident, variant Sts, $($rest:tt)*) => {
        table_methods!(@on Organizations, AsyncOrganizations; $($rest)*);
    };
    (
        @on $blocking:ident, $asynchronous:ident;
        request $Req:ident, response $Resp:ident, engine $Engine:ident, remote $Remote:ident, table $TABLE:ident;
        $(
            $(#[$meta:meta])*
            $Op:ident $snake:ident ($Input:ty) -> $Output:ty $(as $wrap:literal)?, [$($safety:tt)*] [$($binding:tt)*]
                $([$pages:ident])?;
        )*
    ) => {
        #[uniffi::export]
        impl $blocking {
            $(
                $(#[$meta])*
                pub fn $snake(&self, input: $Input) -> Result<$Output> {
                    block_on(async { Ok(self.client.call(input).send().await?) })
                }
            )*
        }

        #[uniffi::export(async_runtime = "tokio")]
        impl $asynchronous {
            $(
                $(#[$meta])*
                pub async fn $snake(&self, input: $Input) -> Result<$Output> {
                    Ok(self.client.call(input).send().await?)
                }
            )*
        }
    };
}

marketplane::account_operations!(table_methods);
marketplane::serverlessrepo_operations!(table_methods);
marketplane::catalog_operations!(table_methods);
marketplane::discovery_operations!(table_methods);
marketplane::agreement_operations!(table_methods);
marketplane::organizations_operations!(table_methods);
marketplane::sts_operations!(table_methods);
