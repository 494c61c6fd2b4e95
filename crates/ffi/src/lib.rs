//! `marketplane-ffi`: the library's facade for Go, Swift and Kotlin, through UniFFI.
//!
//! Thin on purpose: every exported call converts its arguments, calls the core facade, converts the answer and maps
//! the error to [`MarketplaneError`]. There is no business logic here.
//!
//! Two flavours of the same surface:
//! - [`Client`] (with [`Accounts`], [`Regions`], [`Applications`], [`Catalog`], [`Discovery`], [`Agreements`])
//!   blocks the calling thread while the call runs on an internal tokio runtime. Go uses it (goroutines make blocking calls cheap);
//!   Swift and Kotlin may too.
//! - [`AsyncClient`] (with [`AsyncAccounts`], [`AsyncRegions`], [`AsyncApplications`], [`AsyncCatalog`],
//!   [`AsyncDiscovery`], [`AsyncAgreements`]) exports `async` methods that run on tokio: `async` functions in Swift, `suspend` functions
//!   in Kotlin.
//!
//! Both flavours are generated from one list of operations by the `service!` macro, so they cannot drift apart.
//!
//! No panic crosses the boundary: blocking calls catch panics and report an `Internal` error; UniFFI itself turns
//! a panic anywhere else (async calls included) into the binding's internal error.

// The error's fields are what the foreign languages see, so it cannot be boxed; its size costs nothing next to a
// call across the boundary.
#![allow(clippy::result_large_err)]

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, OnceLock};

use futures::TryStreamExt;
use marketplane::model::AccountId;

mod error;
mod model;

pub use error::{ErrorKind, FieldError, MarketplaneError, Result};
pub use model::*;

uniffi::setup_scaffolding!("marketplane");

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

fn account(id: &str) -> Result<AccountId> {
    Ok(id.parse::<AccountId>()?)
}

/// The optional target account of an organizations-mode call.
fn target(account_id: Option<String>) -> Result<Option<AccountId>> {
    account_id.as_deref().map(account).transpose()
}

/// A prepared core call, aimed at `account_id` when one is given (organizations mode).
fn aimed<'a, O, T: Send + 'a>(
    call: marketplane::Call<'a, O, T>,
    account_id: Option<String>,
) -> Result<marketplane::Call<'a, O, T>>
where
    O: marketplane::operation::Operation + marketplane::model::account::TargetAccount,
{
    Ok(match target(account_id)? {
        Some(id) => call.account_id(id),
        None => call,
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
pub fn default_wait_options() -> WaitOptions {
    marketplane::facade::WaitOptions::default().into()
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
    /// Account Management, blocking: contacts, primary email, account name and information, phone verification.
    Accounts,
    /// Opt-in regions, blocking: list, get, enable, disable, ensure and wait.
    Regions,
    /// Serverless Application Repository, blocking: publish, version, share and deploy applications.
    Applications,
    /// A client over any backend, with `async` calls (Swift `async`, Kotlin `suspend`).
    AsyncClient,
    /// Account Management, `async`.
    AsyncAccounts,
    /// Opt-in regions, `async`.
    AsyncRegions,
    /// Serverless Application Repository, `async`.
    AsyncApplications,
    /// Marketplace Catalog, blocking: change sets, entities, tags, resource policies, assessments, offers through
    /// `OfferSpec`, and private marketplace requests.
    Catalog,
    /// Marketplace Catalog, `async`.
    AsyncCatalog,
    /// Marketplace Discovery, blocking: what a buyer finds and can buy (listings, products, offers, purchase
    /// options, search, facets).
    Discovery,
    /// Marketplace Discovery, `async`.
    AsyncDiscovery,
    /// Marketplace Agreement, blocking: request an offer, accept it with purchase orders, and live with the
    /// agreement (terms, entitlements, charges, upgrades, approvals, cancellation requests).
    Agreements,
    /// Marketplace Agreement, `async`.
    AsyncAgreements,
);

/// The constructors and accessors of one client flavour.
macro_rules! client {
    (
        $client:ident, $accounts:ident, $regions:ident, $applications:ident, $catalog:ident, $discovery:ident,
        $agreements:ident
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

            /// The same client acting as `account_id` (local backend; the AWS backend acts as its credentials say).
            pub fn as_account(&self, account_id: String) -> Result<Arc<Self>> {
                Ok(Self::wrap(self.client.as_account(account(&account_id)?)))
            }

            /// The account chosen with `as_account`, if any.
            pub fn caller(&self) -> Option<String> {
                self.client.caller().map(ToString::to_string)
            }

            /// Account Management.
            pub fn accounts(&self) -> Arc<$accounts> {
                $accounts::wrap(self.client.clone())
            }

            /// Opt-in regions.
            pub fn regions(&self) -> Arc<$regions> {
                $regions::wrap(self.client.clone())
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

            /// Local backend only: the one-time codes sent to `recipient` (an email address or phone number), oldest
            /// first. `Unsupported` on the AWS backend.
            pub fn messages_to(&self, recipient: String) -> Result<Vec<SentMessage>> {
                let local = local_backend(&self.client, "messages_to")?;
                Ok(local.messages_to(&recipient)?.into_iter().map(Into::into).collect())
            }

            /// Local backend only: the accounts of `account_id`'s organization. `Unsupported` on the AWS backend.
            pub fn organization_accounts(&self, account_id: String) -> Result<Vec<String>> {
                let local = local_backend(&self.client, "organization_accounts")?;
                Ok(local.organization_accounts(&account(&account_id)?)?.iter().map(ToString::to_string).collect())
            }
        }
    };
}

client!(Client, Accounts, Regions, Applications, Catalog, Discovery, Agreements);
client!(AsyncClient, AsyncAccounts, AsyncRegions, AsyncApplications, AsyncCatalog, AsyncDiscovery, AsyncAgreements);

/// Exports one list of operations twice: blocking on `$blocking`, `async` on `$asynchronous`. Each operation is
/// written once as an async block over `$c`, an owned core client, and returns `Result<$ret>`.
macro_rules! service {
    (
        $blocking:ident, $asynchronous:ident;
        $(
            $(#[doc = $doc:literal])*
            fn $name:ident($c:ident $(, $arg:ident: $ty:ty)* $(,)?) -> $ret:ty $body:block
        )*
    ) => {
        #[uniffi::export]
        impl $blocking {
            $(
                $(#[doc = $doc])*
                pub fn $name(&self $(, $arg: $ty)*) -> Result<$ret> {
                    let $c = self.client.clone();
                    block_on(async move {
                        let out: Result<$ret> = $body;
                        out
                    })
                }
            )*
        }

        #[uniffi::export(async_runtime = "tokio")]
        impl $asynchronous {
            $(
                $(#[doc = $doc])*
                pub async fn $name(&self $(, $arg: $ty)*) -> Result<$ret> {
                    let $c = self.client.clone();
                    let out: Result<$ret> = $body;
                    out
                }
            )*
        }
    };
}

service! {
    Accounts, AsyncAccounts;

    /// `GetAlternateContact`: `NotFound` when that contact is not set. `account_id` names another account of the
    /// organization (organizations mode); none acts on the caller's own account, here and below.
    fn get_alternate_contact(c, contact_type: AlternateContactType, account_id: Option<String>) -> AlternateContact {
        Ok(aimed(c.accounts().get_alternate_contact(contact_type.into()), account_id)?.send().await?.into())
    }

    /// `PutAlternateContact`: create or replace the contact of its type.
    fn put_alternate_contact(c, contact: AlternateContact, account_id: Option<String>) -> () {
        Ok(aimed(c.accounts().put_alternate_contact(contact.into()), account_id)?.send().await?)
    }

    /// `DeleteAlternateContact`: `NotFound` when that contact is not set.
    fn delete_alternate_contact(c, contact_type: AlternateContactType, account_id: Option<String>) -> () {
        Ok(aimed(c.accounts().delete_alternate_contact(contact_type.into()), account_id)?.send().await?)
    }

    /// All three alternate contacts; the ones not set are none.
    fn alternate_contacts(c, account_id: Option<String>) -> AlternateContacts {
        let target = target(account_id)?;
        Ok(c.accounts().alternate_contacts(target.as_ref()).await?.into())
    }

    /// `GetContactInformation`: the primary contact and its phone verification status.
    fn get_contact_information(c, account_id: Option<String>) -> PrimaryContact {
        Ok(aimed(c.accounts().get_contact_information(), account_id)?.send().await?.into())
    }

    /// `PutContactInformation`: replace the primary contact whole (unset optional members are cleared).
    fn put_contact_information(c, contact_information: ContactInformation, account_id: Option<String>) -> () {
        Ok(aimed(c.accounts().put_contact_information(contact_information.into()), account_id)?.send().await?)
    }

    /// `GetAccountInformation`.
    fn get_account_information(c, account_id: Option<String>) -> AccountInformation {
        Ok(aimed(c.accounts().get_account_information(), account_id)?.send().await?.into())
    }

    /// `PutAccountName`.
    fn put_account_name(c, account_name: String, account_id: Option<String>) -> () {
        Ok(aimed(c.accounts().put_account_name(account_name), account_id)?.send().await?)
    }

    /// `GetGovCloudAccountInformation` of the caller's account, or of `standard_account_id`.
    fn get_gov_cloud_account_information(c, standard_account_id: Option<String>) -> GovCloudAccountInformation {
        Ok(aimed(c.accounts().get_gov_cloud_account_information(), standard_account_id)?.send().await?.into())
    }

    /// `GetPrimaryEmail` of a member account (organizations mode only).
    fn get_primary_email(c, account_id: String) -> String {
        Ok(c.accounts().get_primary_email(account(&account_id)?).send().await?)
    }

    /// `StartPrimaryEmailUpdate` of a member account: sends a one-time code to the new address.
    fn start_primary_email_update(c, account_id: String, primary_email: String) -> PrimaryEmailUpdateStatus {
        Ok(c.accounts().start_primary_email_update(account(&account_id)?, primary_email).send().await?.into())
    }

    /// `AcceptPrimaryEmailUpdate` with the code sent to the new address.
    fn accept_primary_email_update(
        c,
        account_id: String,
        primary_email: String,
        otp: String,
    ) -> PrimaryEmailUpdateStatus {
        Ok(c.accounts().accept_primary_email_update(account(&account_id)?, primary_email, otp).send().await?.into())
    }

    /// `GetPrimaryEmailUpdateStatus`.
    fn get_primary_email_update_status(c, account_id: Option<String>) -> PrimaryEmailUpdate {
        Ok(aimed(c.accounts().get_primary_email_update_status(), account_id)?.send().await?.into())
    }

    /// `SendPhoneNumberVerification`: sends a code to the primary contact's phone.
    fn send_phone_number_verification(c, account_id: Option<String>) -> PhoneNumberVerificationStatus {
        Ok(aimed(c.accounts().send_phone_number_verification(), account_id)?.send().await?.into())
    }

    /// `VerifyPhoneNumber` with the code sent to the phone.
    fn verify_phone_number(c, otp: String, account_id: Option<String>) -> PhoneNumberVerificationStatus {
        Ok(aimed(c.accounts().verify_phone_number(otp), account_id)?.send().await?.into())
    }
}

/// The status filter and target of a region list, in the core's terms.
fn region_list<'a>(
    c: &'a marketplane::Client,
    statuses: Vec<RegionOptStatus>,
    page_size: Option<i32>,
    account_id: Option<String>,
) -> Result<marketplane::facade::RegionList<'a>> {
    let mut list = c.regions().list();
    for status in statuses {
        list = list.status(status.into());
    }
    if let Some(size) = page_size {
        list = list.page_size(size);
    }
    if let Some(id) = target(account_id)? {
        list = list.account_id(id);
    }
    Ok(list)
}

fn region(name: &str) -> Result<marketplane::model::RegionName> {
    Ok(name.parse()?)
}

/// A region change, aimed at `account_id` when given. (A macro because the core does not name the change's type.)
macro_rules! region_change {
    ($change:expr, $account_id:expr) => {{
        let change = $change;
        match target($account_id)? {
            Some(id) => change.account_id(id),
            None => change,
        }
    }};
}

service! {
    Regions, AsyncRegions;

    /// `ListRegions`, every page collected. An empty `statuses` lists regions in every status; `page_size` (1 to
    /// 50) sets how many come per request.
    fn list(c, statuses: Vec<RegionOptStatus>, page_size: Option<i32>, account_id: Option<String>) -> Vec<Region> {
        let regions = region_list(&c, statuses, page_size, account_id)?.collect().await?;
        Ok(regions.into_iter().map(Into::into).collect())
    }

    /// `ListRegions`, one page: pass the previous page's `next_token` to continue; none starts at the beginning.
    fn list_page(
        c,
        statuses: Vec<RegionOptStatus>,
        page_size: Option<i32>,
        next_token: Option<String>,
        account_id: Option<String>,
    ) -> RegionPage {
        let mut input = marketplane::model::account::ListRegionsInput::new();
        input.account_id = target(account_id)?;
        input.max_results = page_size;
        input.next_token = next_token;
        input.region_opt_status_contains = statuses.into_iter().map(Into::into).collect();
        let page = c.call(input).await?;
        Ok(RegionPage { regions: page.regions.into_iter().map(Into::into).collect(), next_token: page.next_token })
    }

    /// `GetRegionOptStatus`.
    fn get(c, region_name: String, account_id: Option<String>) -> RegionOptStatus {
        Ok(aimed(c.regions().get(region(&region_name)?), account_id)?.send().await?.into())
    }

    /// `EnableRegion`: fails as the service does when the region is not DISABLED.
    fn enable(c, region_name: String, account_id: Option<String>) -> () {
        Ok(aimed(c.regions().enable(region(&region_name)?), account_id)?.send().await?)
    }

    /// `DisableRegion`: fails as the service does when the region is not ENABLED.
    fn disable(c, region_name: String, account_id: Option<String>) -> () {
        Ok(aimed(c.regions().disable(region(&region_name)?), account_id)?.send().await?)
    }

    /// Enable the region unless it is already enabled or enabling (waiting out a DISABLING first); returns the
    /// status after the call.
    fn ensure_enabled(c, region_name: String, account_id: Option<String>) -> RegionOptStatus {
        Ok(region_change!(c.regions().ensure_enabled(region(&region_name)?), account_id).send().await?.into())
    }

    /// Disable the region unless it is already disabled or disabling; returns DISABLING or DISABLED.
    fn ensure_disabled(c, region_name: String, account_id: Option<String>) -> RegionOptStatus {
        Ok(region_change!(c.regions().ensure_disabled(region(&region_name)?), account_id).send().await?.into())
    }

    /// Ensure the region is enabled and wait until it is ENABLED (or ENABLED_BY_DEFAULT); `Timeout` when it is not
    /// by `options.timeout`.
    fn enable_and_wait(c, region_name: String, options: WaitOptions, account_id: Option<String>) -> RegionOptStatus {
        let change = c.regions().enable_and_wait(region(&region_name)?, options.into());
        Ok(region_change!(change, account_id).send().await?.into())
    }

    /// Ensure the region is disabled and wait until it is DISABLED.
    fn disable_and_wait(c, region_name: String, options: WaitOptions, account_id: Option<String>) -> RegionOptStatus {
        let change = c.regions().disable_and_wait(region(&region_name)?, options.into());
        Ok(region_change!(change, account_id).send().await?.into())
    }

    /// Enable the region on every account of `account_ids` and wait for each, all at once; each account gets its
    /// own outcome, so one failure does not stop the others.
    fn enable_and_wait_for_accounts(
        c,
        region_name: String,
        account_ids: Vec<String>,
        options: WaitOptions,
    ) -> Vec<AccountRegionOutcome> {
        let accounts = account_ids.iter().map(|id| account(id)).collect::<Result<Vec<_>>>()?;
        let outcomes =
            c.regions().enable_and_wait_for_accounts(&region(&region_name)?, &accounts, options.into()).await;
        Ok(outcomes
            .into_iter()
            .map(|(account_id, outcome)| {
                let (status, error) = match outcome {
                    Ok(status) => (Some(status.into()), None),
                    Err(err) => (None, Some(err.into())),
                };
                AccountRegionOutcome { account_id: account_id.to_string(), status, error }
            })
            .collect())
    }
}

/// Collects a core item stream into a converted list.
async fn collect<T, U: From<T>>(items: impl futures::Stream<Item = marketplane::Result<T>>) -> Result<Vec<U>> {
    let items: Vec<T> = items.try_collect().await?;
    Ok(items.into_iter().map(Into::into).collect())
}

fn organization(id: &str) -> Result<marketplane::model::OrganizationId> {
    Ok(id.parse()?)
}

/// Converts a core policy into the mirror.
fn policy(statements: Vec<marketplane::model::serverless::PolicyStatement>) -> Vec<PolicyStatement> {
    statements.into_iter().map(Into::into).collect()
}

service! {
    Applications, AsyncApplications;

    /// `CreateApplication`, with its first version when the input carries a template.
    fn create(c, application: NewApplication) -> Application {
        Ok(c.applications().create(application.into()).send().await?.into())
    }

    /// `GetApplication` with the given version, or the latest.
    fn get(c, application_id: String, semantic_version: Option<String>) -> Application {
        Ok(c.applications().get(&application_id, semantic_version.as_deref()).send().await?.into())
    }

    /// `ListApplications`: the caller's own applications, every page collected.
    fn list(c) -> Vec<ApplicationSummary> {
        collect(c.applications().list()).await
    }

    /// `ListApplications`, one page: pass the previous page's `next_token` to continue.
    fn list_page(c, max_items: Option<i32>, next_token: Option<String>) -> ApplicationPage {
        let mut input = marketplane::model::serverless::ListApplicationsInput::new();
        input.max_items = max_items;
        input.next_token = next_token;
        let page = c.call(input).await?;
        Ok(ApplicationPage {
            applications: page.applications.into_iter().map(Into::into).collect(),
            next_token: page.next_token,
        })
    }

    /// `UpdateApplication`.
    fn update(c, application_id: String, update: ApplicationUpdate) -> Application {
        Ok(c.applications().update(&application_id, update.into()).send().await?.into())
    }

    /// `DeleteApplication`.
    fn delete(c, application_id: String) -> () {
        Ok(c.applications().delete(&application_id).send().await?)
    }

    /// `CreateApplicationVersion` from a template's text; versions are immutable.
    fn create_version(
        c,
        application_id: String,
        semantic_version: String,
        template_body: String,
        source_code_url: Option<String>,
    ) -> Version {
        let call = c.applications().create_version(
            &application_id,
            &semantic_version,
            template_body,
            source_code_url.as_deref(),
        );
        Ok(call.send().await?.into())
    }

    /// `ListApplicationVersions`, every page collected.
    fn versions(c, application_id: String) -> Vec<VersionSummary> {
        collect(c.applications().versions(&application_id)).await
    }

    /// `ListApplicationVersions`, one page.
    fn versions_page(
        c,
        application_id: String,
        max_items: Option<i32>,
        next_token: Option<String>,
    ) -> VersionPage {
        let mut input = marketplane::model::serverless::ListApplicationVersionsInput::new(application_id);
        input.max_items = max_items;
        input.next_token = next_token;
        let page = c.call(input).await?;
        Ok(VersionPage { versions: page.versions.into_iter().map(Into::into).collect(), next_token: page.next_token })
    }

    /// `ListApplicationDependencies` of a version (or the latest), every page collected.
    fn dependencies(c, application_id: String, semantic_version: Option<String>) -> Vec<ApplicationDependency> {
        collect(c.applications().dependencies(&application_id, semantic_version.as_deref())).await
    }

    /// `ListApplicationDependencies`, one page.
    fn dependencies_page(
        c,
        application_id: String,
        semantic_version: Option<String>,
        max_items: Option<i32>,
        next_token: Option<String>,
    ) -> DependencyPage {
        let mut input = marketplane::model::serverless::ListApplicationDependenciesInput::new(application_id);
        input.semantic_version = semantic_version;
        input.max_items = max_items;
        input.next_token = next_token;
        let page = c.call(input).await?;
        Ok(DependencyPage {
            dependencies: page.dependencies.into_iter().map(Into::into).collect(),
            next_token: page.next_token,
        })
    }

    /// `GetApplicationPolicy`.
    fn policy(c, application_id: String) -> Vec<PolicyStatement> {
        Ok(policy(c.applications().policy(&application_id).send().await?))
    }

    /// `PutApplicationPolicy`: replace the whole policy; returns it as stored.
    fn put_policy(c, application_id: String, statements: Vec<PolicyStatement>) -> Vec<PolicyStatement> {
        let statements = statements.into_iter().map(TryInto::try_into).collect::<Result<Vec<_>>>()?;
        Ok(policy(c.applications().put_policy(&application_id, statements).send().await?))
    }

    /// Share with accounts so they can find and deploy the application.
    fn share_with_accounts(c, application_id: String, account_ids: Vec<String>) -> Vec<PolicyStatement> {
        let accounts = account_ids.iter().map(|id| account(id)).collect::<Result<Vec<_>>>()?;
        Ok(policy(c.applications().share_with_accounts(&application_id, &accounts).send().await?))
    }

    /// Share with every account of the caller's organization (revocable with `unshare`).
    fn share_with_organization(c, application_id: String, organization_id: String) -> Vec<PolicyStatement> {
        let org = organization(&organization_id)?;
        Ok(policy(c.applications().share_with_organization(&application_id, org).send().await?))
    }

    /// Make the application public (it needs an OSI-approved license and a version with a source code URL).
    fn make_public(c, application_id: String) -> Vec<PolicyStatement> {
        Ok(policy(c.applications().make_public(&application_id).send().await?))
    }

    /// Make the application private again: an empty policy.
    fn make_private(c, application_id: String) -> Vec<PolicyStatement> {
        Ok(policy(c.applications().make_private(&application_id).send().await?))
    }

    /// `UnshareApplication` from an organization (its management account only).
    fn unshare(c, application_id: String, organization_id: String) -> () {
        Ok(c.applications().unshare(&application_id, organization(&organization_id)?).send().await?)
    }

    /// `CreateCloudFormationTemplate` of a version (or the latest); it is PREPARING, then ACTIVE for an hour.
    fn create_template(c, application_id: String, semantic_version: Option<String>) -> TemplateDetails {
        Ok(c.applications().create_template(&application_id, semantic_version.as_deref()).send().await?.into())
    }

    /// `GetCloudFormationTemplate`.
    fn get_template(c, application_id: String, template_id: String) -> TemplateDetails {
        Ok(c.applications().get_template(&application_id, &template_id).send().await?.into())
    }

    /// `CreateCloudFormationChangeSet`: deploy to stack `serverlessrepo-<stack name>`.
    fn deploy(c, application_id: String, request: ChangeSetRequest) -> ChangeSetDetails {
        Ok(c.applications().deploy(&application_id, request.into()).send().await?.into())
    }

    /// Publish like `sam publish` from the SAM template at `template_path`: create the application, or add the
    /// template as a new version of the caller's application of that name.
    fn publish_sam(c, template_path: String) -> Application {
        Ok(c.applications().publish_sam(&template_path).await?.into())
    }
}

// After the macros above, which they use.
mod agreements;
mod catalog;
mod discovery;

pub use agreements::*;
pub use catalog::*;
pub use discovery::*;

#[cfg(test)]
mod tests;
