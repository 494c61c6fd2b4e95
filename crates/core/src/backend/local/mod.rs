//! The embedded local backend: a real implementation of the services' behaviour over SQLite (a file, or memory).
//!
//! Every request runs in one SQLite transaction, so a crash never leaves half of a change behind. Read-only
//! operations (the operation tables' `read` rows) run in a deferred transaction that takes no write lock; writes
//! take it up front (`BEGIN IMMEDIATE`). A file-backed state runs in WAL mode with `synchronous=NORMAL`: a commit is
//! atomic and survives the process crashing; a power loss or OS crash may lose the last commits, never half of one.
//! Asynchronous state machines (regions ENABLING/DISABLING, primary email updates, change sets) store the time they
//! settle at and settle lazily when read, against the backend's [`Clock`]; a read writes only when something is
//! due.
//!
//! SQLite never runs on an async executor's threads: [`Backend::call`] hands the request to the backend's own
//! store thread (started by the first async call) and awaits its answer. Callers that are not on an executor (the
//! Python and FFI bindings, tools, tests) call [`LocalBackend::call_blocking`], which runs on their own thread.

mod accounts;
mod applications;
mod catalog;
mod discovery;
mod organizations;
pub(crate) mod rate;
mod schema;
#[cfg(test)]
mod store_tests;
mod stored;
pub mod world;

use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::{mpsc, Arc, Mutex, MutexGuard, OnceLock};
use std::time::Duration;

use futures::future::BoxFuture;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use time::OffsetDateTime;

use super::{Backend, CallContext};
use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result};
use crate::model::account::AccountState;
use crate::model::AccountId;
use crate::model::OrganizationId;
use crate::operation::{Request, Response};
pub use catalog::PMP_SERVICE_PRINCIPAL;
pub use organizations::Session;
pub use schema::SCHEMA_VERSION;
use schema::{db_error, migrate};
pub use world::World;

/// The account that acts when nobody is named, as local AWS emulators do.
pub const DEFAULT_ACCOUNT: &str = "000000000000";

/// Limits and durations of the local engine. Defaults follow the service documentation.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalConfig {
    /// How long a region stays ENABLING or DISABLING. The service takes minutes to hours; the default keeps local
    /// runs short.
    pub region_transition: Duration,
    /// Region-opt requests in flight per account (service quota: 6).
    pub max_region_requests_per_account: u32,
    /// Region-opt requests in flight per organization (service quota: 20).
    pub max_region_requests_per_organization: u32,
    /// How long an accepted primary email update takes to become COMPLETED.
    pub primary_email_propagation: Duration,
    /// Who acts when a call names no account.
    pub default_account: AccountId,
    /// Enforce the service's request-rate quotas per account and operation (off by default).
    pub enforce_rate_limits: bool,
    /// The region regional services (the Serverless Application Repository) run in.
    pub region: String,
    /// How long a template from `CreateCloudFormationTemplate` stays PREPARING.
    pub template_preparation: Duration,
    /// How long a Marketplace Catalog change set stays PREPARING (it can be cancelled until then).
    pub change_set_preparation: Duration,
    /// How long it then stays APPLYING before it settles as SUCCEEDED or FAILED.
    pub change_set_application: Duration,
    /// Change sets an account may have open (PREPARING or APPLYING) at once.
    pub max_open_change_sets: u32,
    /// Taxes estimated on agreement requests that ask for them (`taxConfiguration`), by the buyer's country code
    /// (the acceptor contact's, else the account's contact information). The local backend knows no tax law: a
    /// country without a rate is estimated at no tax.
    pub tax_rates: std::collections::BTreeMap<String, world::TaxRate>,
}

impl Default for LocalConfig {
    fn default() -> Self {
        LocalConfig {
            region_transition: Duration::from_secs(2),
            max_region_requests_per_account: 6,
            max_region_requests_per_organization: 20,
            primary_email_propagation: Duration::from_secs(60),
            default_account: DEFAULT_ACCOUNT.parse().expect("valid default account"),
            enforce_rate_limits: false,
            region: "us-east-1".to_owned(),
            template_preparation: Duration::from_secs(1),
            change_set_preparation: catalog::DEFAULT_PREPARATION,
            change_set_application: catalog::DEFAULT_APPLICATION,
            max_open_change_sets: 50,
            tax_rates: std::collections::BTreeMap::new(),
        }
    }
}

impl LocalConfig {
    fn apply(&mut self, world: &World) -> Result<()> {
        let s = &world.settings;
        if let Some(secs) = s.region_transition_seconds {
            self.region_transition = seconds("region_transition_seconds", secs)?;
        }
        if let Some(n) = s.max_region_requests_per_account {
            self.max_region_requests_per_account = n;
        }
        if let Some(n) = s.max_region_requests_per_organization {
            self.max_region_requests_per_organization = n;
        }
        if let Some(secs) = s.primary_email_propagation_seconds {
            self.primary_email_propagation = seconds("primary_email_propagation_seconds", secs)?;
        }
        if let Some(secs) = s.change_set_preparation_seconds {
            self.change_set_preparation = seconds("change_set_preparation_seconds", secs)?;
        }
        if let Some(secs) = s.change_set_application_seconds {
            self.change_set_application = seconds("change_set_application_seconds", secs)?;
        }
        for (country, rate) in &s.tax_rates {
            let ok = country.len() == 2
                && country.chars().all(|c| c.is_ascii_uppercase())
                && crate::operation::agreement::is_amount(&rate.rate);
            if !ok {
                return Err(Error::config(format!(
                    "settings.tax_rates.{country}: a country code of two capital letters and a rate in percent like \"19\""
                )));
            }
            self.tax_rates.insert(country.clone(), rate.clone());
        }
        if let Some(enforce) = s.enforce_rate_limits {
            self.enforce_rate_limits = enforce;
        }
        if let Some(account) = &world.default_account {
            self.default_account = account.clone();
        }
        Ok(())
    }
}

fn seconds(name: &str, value: f64) -> Result<Duration> {
    Duration::try_from_secs_f64(value)
        .map_err(|_| Error::config(format!("settings.{name} must be a non-negative number of seconds")))
}

/// A message the local backend "sent": a one-time code by email or SMS. Tests and tools read them to complete the
/// flows that need a code.
#[marketplane_macros::model]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SentMessage {
    /// `email` or `sms`.
    pub channel: String,
    /// The address or phone number.
    pub recipient: String,
    /// What the message is about.
    pub subject: String,
    /// The one-time code it carries.
    pub code: String,
    /// When it was sent.
    #[serde(with = "time::serde::rfc3339")]
    pub sent_at: OffsetDateTime,
}

/// The local backend.
///
/// Async callers go through [`Backend::call`] (a [`Client`](crate::Client) does), which runs each request on the
/// backend's store thread; code that is not on an async executor calls [`LocalBackend::call_blocking`].
#[derive(Debug)]
pub struct LocalBackend {
    inner: Arc<Inner>,
    /// The thread async callers' requests run on, started by the first of them.
    store: OnceLock<StoreThread>,
}

/// What a request needs: the connection, the clock, the configuration and the rate buckets. Shared with the store
/// thread.
#[derive(Debug)]
struct Inner {
    conn: Mutex<Connection>,
    clock: Arc<dyn Clock>,
    config: LocalConfig,
    rate_limiter: rate::RateLimiter,
}

/// Work for the store thread.
type Job = Box<dyn FnOnce() + Send>;

/// The store thread: it runs the jobs async callers send, one after another, and ends when the backend (the
/// sender) is gone and the queue is empty.
#[derive(Debug)]
struct StoreThread {
    jobs: mpsc::Sender<Job>,
}

impl StoreThread {
    fn start() -> Result<StoreThread> {
        let (jobs, queue) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("marketplane-store".into())
            .spawn(move || {
                for job in queue {
                    // A job answers its caller itself; a panic drops its answer (the caller sees an Internal
                    // error) and must not take the thread, and with it every later request, down.
                    let _ = std::panic::catch_unwind(AssertUnwindSafe(job));
                }
            })
            .map_err(|e| {
                Error::internal(format!("cannot start the local engine's store thread: {e}")).with_source(e)
            })?;
        Ok(StoreThread { jobs })
    }
}

/// Opens a [`LocalBackend`].
#[derive(Debug, Default)]
pub struct LocalBuilder {
    clock: Option<Arc<dyn Clock>>,
    config: Option<LocalConfig>,
    world: Option<World>,
}

impl LocalBuilder {
    /// Use this clock (default: the system clock).
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = Some(clock);
        self
    }

    /// Use this configuration (a world's settings still apply on top of it).
    pub fn config(mut self, config: LocalConfig) -> Self {
        self.config = Some(config);
        self
    }

    /// Load this world's organizations and accounts.
    pub fn world(mut self, world: World) -> Self {
        self.world = Some(world);
        self
    }

    /// Open (or create) the state file at `path`.
    pub fn open(self, path: impl AsRef<Path>) -> Result<LocalBackend> {
        let path = path.as_ref();
        let conn = Connection::open(path)
            .map_err(|e| Error::config(format!("cannot open state file {}: {e}", path.display())).with_source(e))?;
        // WAL keeps readers off the writer's back. With WAL, NORMAL syncs at checkpoints rather than on every commit:
        // commits stay atomic and survive the process crashing; only a power loss can take the last ones.
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;")
            .map_err(db_error)?;
        self.finish(conn)
    }

    /// Keep the state in memory only.
    pub fn in_memory(self) -> Result<LocalBackend> {
        let conn = Connection::open_in_memory().map_err(db_error)?;
        self.finish(conn)
    }

    fn finish(self, mut conn: Connection) -> Result<LocalBackend> {
        migrate(&mut conn)?;
        // Room for every statement the engine caches, so the hot ones are parsed once.
        conn.set_prepared_statement_cache_capacity(256);
        let mut config = self.config.unwrap_or_default();
        if let Some(world) = &self.world {
            config.apply(world)?;
        }
        let inner = Inner {
            conn: Mutex::new(conn),
            clock: self.clock.unwrap_or_else(|| Arc::new(SystemClock)),
            config,
            rate_limiter: rate::RateLimiter::default(),
        };
        let backend = LocalBackend { inner: Arc::new(inner), store: OnceLock::new() };
        if let Some(world) = &self.world {
            backend.load_world(world)?;
        }
        Ok(backend)
    }
}

impl LocalBackend {
    /// A builder to choose the clock, configuration and world.
    pub fn builder() -> LocalBuilder {
        LocalBuilder::default()
    }

    /// The clock the engine runs on.
    pub fn clock(&self) -> Arc<dyn Clock> {
        self.inner.clock.clone()
    }

    /// The engine's configuration.
    pub fn config(&self) -> &LocalConfig {
        &self.inner.config
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        self.inner.lock()
    }

    fn transaction<T>(&self, f: impl FnOnce(&Tx<'_>, OffsetDateTime) -> Result<T>) -> Result<T> {
        self.inner.transaction(f)
    }

    /// Serve one request on the calling thread, which waits while SQLite works: microseconds in memory, plus a
    /// write to the WAL when a file-backed state commits. For callers that are not on an async executor (the
    /// Python and FFI bindings call it from their own threads with the GIL released; tools and tests), with no
    /// thread hop. Async code uses [`Backend::call`] instead, which runs the request on the backend's store thread
    /// so that an executor's worker never waits on SQLite.
    pub fn call_blocking(&self, ctx: &CallContext, request: Request) -> Result<Response> {
        self.inner.execute(ctx, request)
    }

    /// The store thread, started on first use.
    fn store(&self) -> Result<&StoreThread> {
        if let Some(store) = self.store.get() {
            return Ok(store);
        }
        let started = StoreThread::start()?;
        // Two first callers may race: one thread is kept, the other's sender drops and its thread ends.
        Ok(self.store.get_or_init(|| started))
    }

    /// Declare a world's organizations and accounts (added or updated; nothing else is touched).
    pub fn load_world(&self, world: &World) -> Result<()> {
        world.check()?;
        self.transaction(|tx, now| load_world_in(tx, now, world))
    }

    /// Whether a world's `default_account` and `[settings]` are what this backend runs with: they are read when a
    /// backend is opened, so a world loaded later that asks for others would be silently half-applied. Refused
    /// with a `Config` error naming what differs.
    pub fn check_world_settings(&self, world: &World) -> Result<()> {
        let mut wanted = self.inner.config.clone();
        wanted.apply(world)?;
        if wanted == self.inner.config {
            return Ok(());
        }
        let (w, r) = (&wanted, &self.inner.config);
        let secs = |d: Duration| format!("{}", d.as_secs_f64());
        let named = [
            ("default_account", w.default_account != r.default_account, r.default_account.to_string()),
            ("region_transition_seconds", w.region_transition != r.region_transition, secs(r.region_transition)),
            (
                "max_region_requests_per_account",
                w.max_region_requests_per_account != r.max_region_requests_per_account,
                r.max_region_requests_per_account.to_string(),
            ),
            (
                "max_region_requests_per_organization",
                w.max_region_requests_per_organization != r.max_region_requests_per_organization,
                r.max_region_requests_per_organization.to_string(),
            ),
            (
                "primary_email_propagation_seconds",
                w.primary_email_propagation != r.primary_email_propagation,
                secs(r.primary_email_propagation),
            ),
            ("enforce_rate_limits", w.enforce_rate_limits != r.enforce_rate_limits, r.enforce_rate_limits.to_string()),
            (
                "change_set_preparation_seconds",
                w.change_set_preparation != r.change_set_preparation,
                secs(r.change_set_preparation),
            ),
            (
                "change_set_application_seconds",
                w.change_set_application != r.change_set_application,
                secs(r.change_set_application),
            ),
            ("tax_rates", w.tax_rates != r.tax_rates, format!("{} rates", r.tax_rates.len())),
        ];
        let mut differs: Vec<String> = named
            .iter()
            .filter(|(_, differs, _)| *differs)
            .map(|(name, _, running)| format!("{name} (running with {running})"))
            .collect();
        if differs.is_empty() {
            // Settings this check does not name yet (a field added to LocalConfig later) still refuse.
            differs.push("settings".to_owned());
        }
        Err(Error::config(format!(
            "the world sets {}: settings and the default account apply when the backend is opened, not to a running one",
            differs.join(", ")
        )))
    }

    /// Back to an empty state: every table is emptied in one transaction (the schema, the configuration and the
    /// clock stay), then `world`, if given, is loaded in the same transaction, so no request ever sees a state that
    /// is half cleared or cleared but not yet seeded. Request-rate buckets start full again.
    pub fn reset(&self, world: Option<&World>) -> Result<()> {
        if let Some(world) = world {
            world.check()?;
        }
        self.transaction(|tx, now| {
            // The tables are read from the schema itself, so tables a later migration adds are cleared too.
            let tables = {
                let mut stmt = tx
                    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta' AND name NOT LIKE 'sqlite_%'")
                    .map_err(db_error)?;
                let names = stmt
                    .query_map([], |r| r.get::<_, String>(0))
                    .map_err(db_error)?
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .map_err(db_error)?;
                names
            };
            for table in &tables {
                tx.execute(&format!("DELETE FROM \"{}\"", table.replace('"', "\"\"")), []).map_err(db_error)?;
            }
            // AUTOINCREMENT counters restart as well, so a reset state numbers its rows as a new one does.
            let has_sequence = exists(tx, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", &["sqlite_sequence"])?;
            if has_sequence {
                tx.execute("DELETE FROM sqlite_sequence", []).map_err(db_error)?;
            }
            match world {
                Some(world) => load_world_in(tx, now, world),
                None => Ok(()),
            }
        })?;
        self.inner.rate_limiter.clear();
        Ok(())
    }

    /// The assumed-role session of temporary credentials `access_key_id`, if this engine issued them through STS
    /// `AssumeRole` (expired or not: compare `expiration` with the [`clock`](Self::clock)). The emulator
    /// authenticates requests signed with such credentials through it.
    pub fn session(&self, access_key_id: &str) -> Result<Option<Session>> {
        self.inner.read(|tx, _| organizations::session(tx, access_key_id))
    }

    /// Every account the engine knows, sorted by id.
    pub fn account_ids(&self) -> Result<Vec<AccountId>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached("SELECT id FROM accounts ORDER BY id").map_err(db_error)?;
        let ids = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        ids.iter().map(|id| stored::parsed("accounts", id, "id", id)).collect()
    }

    /// The member accounts of the caller's organization (management account included), sorted by id; empty for a
    /// standalone account. (`client.organizations().accounts()` answers the same through the Organizations API, on
    /// every backend, for the management account and delegated administrators.)
    pub fn organization_accounts(&self, member: &AccountId) -> Result<Vec<AccountId>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached(
                "SELECT b.id FROM accounts a JOIN accounts b ON a.organization_id = b.organization_id
                 WHERE a.id = ?1 ORDER BY b.id",
            )
            .map_err(db_error)?;
        let ids = stmt
            .query_map([member.as_str()], |r| r.get::<_, String>(0))
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        ids.iter().map(|id| stored::parsed("accounts", id, "id", id)).collect()
    }

    /// Set up (or remove) an organization's AWS Billing integration, as its management account does once in the
    /// AWS Marketplace console: without it the organization's accounts cannot add purchase orders. No AWS API does
    /// this, so it is a local-backend control.
    pub fn set_purchase_order_integration(&self, organization: &OrganizationId, enabled: bool) -> Result<()> {
        let conn = self.lock();
        let changed = conn
            .execute(
                "UPDATE organizations SET purchase_order_integration = ?2 WHERE id = ?1",
                params![organization.as_str(), enabled],
            )
            .map_err(db_error)?;
        if changed == 0 {
            return Err(Error::new(
                crate::ErrorKind::NotFound,
                "ResourceNotFoundException",
                format!("organization {organization} is not in this world"),
            ));
        }
        Ok(())
    }

    /// Messages sent to `recipient` (email address or phone number), oldest first.
    pub fn messages_to(&self, recipient: &str) -> Result<Vec<SentMessage>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached(
                "SELECT channel, recipient, subject, code, sent_at_ms, id FROM outbox WHERE recipient = ?1 ORDER BY id",
            )
            .map_err(db_error)?;
        let rows = stmt
            .query_map([recipient], sent_message)
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        Ok(rows)
    }

    /// The messages sent to `recipient` that `reader` may see: one-time codes sent for the reader's own account, or
    /// for an account of an organization the reader manages or administers for Account Management (they start and
    /// accept those updates on the account's behalf). A code is matched to its account through the primary email
    /// update or phone verification that carries it, so a code whose verification is gone is no longer shown.
    pub fn messages_to_for(&self, recipient: &str, reader: &AccountId) -> Result<Vec<SentMessage>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached(
                "SELECT o.channel, o.recipient, o.subject, o.code, o.sent_at_ms, o.id FROM outbox o
                 WHERE o.recipient = ?1 AND EXISTS (
                     SELECT 1 FROM (
                         SELECT account_id FROM primary_email_updates WHERE new_email = o.recipient AND otp = o.code
                         UNION SELECT account_id FROM phone_verifications WHERE phone_number = o.recipient AND otp = o.code
                     ) owner
                     WHERE owner.account_id = ?2 OR EXISTS (
                         SELECT 1 FROM accounts a JOIN organizations g ON g.id = a.organization_id
                         WHERE a.id = owner.account_id AND (g.management_account = ?2 OR EXISTS (
                             SELECT 1 FROM delegated_administrators d WHERE d.organization_id = g.id
                             AND d.account_id = ?2 AND d.service_principal = 'account.amazonaws.com'))
                     )
                 )
                 ORDER BY o.id",
            )
            .map_err(db_error)?;
        let rows = stmt
            .query_map([recipient, reader.as_str()], sent_message)
            .map_err(db_error)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(db_error)?;
        Ok(rows)
    }
}

impl Inner {
    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite half-written (the transaction rolls back on drop), so
        // a poisoned lock is safe to take over.
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Run `f` in one write transaction, which takes SQLite's write lock up front (`BEGIN IMMEDIATE`, so it never
    /// fails half-way for want of it); commit if it succeeds, roll back if it fails.
    fn transaction<T>(&self, f: impl FnOnce(&Tx<'_>, OffsetDateTime) -> Result<T>) -> Result<T> {
        self.run(TransactionBehavior::Immediate, f)
    }

    /// Run `f` in a deferred transaction: one snapshot, and no write lock unless `f` writes (a lazily settled state
    /// machine, or a caller seen for the first time).
    fn read<T>(&self, f: impl FnOnce(&Tx<'_>, OffsetDateTime) -> Result<T>) -> Result<T> {
        self.run(TransactionBehavior::Deferred, f)
    }

    fn run<T>(&self, behavior: TransactionBehavior, f: impl FnOnce(&Tx<'_>, OffsetDateTime) -> Result<T>) -> Result<T> {
        let conn = self.lock();
        let tx = Tx::begin(&conn, behavior)?;
        let out = f(&tx, self.clock.now())?;
        tx.commit()?;
        Ok(out)
    }

    /// Serve one request on the calling thread.
    fn execute(&self, ctx: &CallContext, request: Request) -> Result<Response> {
        request.validate()?;
        let caller = ctx.caller.clone().unwrap_or_else(|| self.config.default_account.clone());
        if self.config.enforce_rate_limits {
            // The calling account is charged, in organizations mode too.
            self.rate_limiter.admit(&caller, request.operation_name(), self.clock.now())?;
        }
        let read_only = request.is_read_only();
        let serve = |tx: &Tx<'_>, now| match request {
            Request::Account(request) => {
                accounts::handle(tx, &self.config, now, &caller, request).map(Response::Account)
            }
            Request::Sar(request) => {
                accounts::ensure_account(tx, &caller, now)?;
                applications::handle(tx, &self.config, now, &caller, request).map(Response::Sar)
            }
            Request::Catalog(request) => {
                accounts::ensure_account(tx, &caller, now)?;
                catalog::handle(tx, &self.config, now, &caller, request).map(Response::Catalog)
            }
            Request::Discovery(request) => {
                accounts::ensure_account(tx, &caller, now)?;
                discovery::handle(tx, &self.config, now, &caller, request).map(Response::Discovery)
            }
            Request::Agreement(request) => {
                accounts::ensure_account(tx, &caller, now)?;
                catalog::handle_agreement(tx, &self.config, now, &caller, request).map(Response::Agreement)
            }
            Request::Organizations(request) => {
                accounts::ensure_account(tx, &caller, now)?;
                organizations::handle(tx, &caller, request).map(Response::Organizations)
            }
            Request::Sts(request) => {
                accounts::ensure_account(tx, &caller, now)?;
                organizations::handle_sts(tx, now, &caller, ctx.session.as_deref(), request).map(Response::Sts)
            }
        };
        if read_only {
            self.read(serve)
        } else {
            self.transaction(serve)
        }
    }
}

impl Backend for LocalBackend {
    fn name(&self) -> &'static str {
        "local"
    }

    /// Runs the request on the store thread and awaits its answer: the executor's thread does not wait on SQLite.
    /// Dropping the future does not cancel the request; it still runs (whole, in its transaction) and its answer
    /// is discarded.
    fn call<'a>(&'a self, ctx: &'a CallContext, request: Request) -> BoxFuture<'a, Result<Response>> {
        let (answer, answered) = futures::channel::oneshot::channel();
        let inner = self.inner.clone();
        let ctx = ctx.clone();
        let job: Job = Box::new(move || {
            let _ = answer.send(inner.execute(&ctx, request));
        });
        let sent = self.store().and_then(|store| {
            store.jobs.send(job).map_err(|_| Error::internal("the local engine's store thread has stopped"))
        });
        Box::pin(async move {
            sent?;
            answered.await.unwrap_or_else(|_| {
                Err(Error::internal("the local engine failed while serving the request (a panic was caught)"))
            })
        })
    }
}

/// One request's SQLite transaction, rolled back when dropped uncommitted. It reads as the [`Connection`]. Unlike
/// rusqlite's `Transaction`, which prepares its `BEGIN` and `COMMIT` anew each time (a measurable share of a small
/// request), it takes them from the connection's statement cache.
pub(crate) struct Tx<'c> {
    conn: &'c Connection,
}

impl<'c> Tx<'c> {
    fn begin(conn: &'c Connection, behavior: TransactionBehavior) -> Result<Tx<'c>> {
        let begin = match behavior {
            TransactionBehavior::Immediate => "BEGIN IMMEDIATE",
            TransactionBehavior::Exclusive => "BEGIN EXCLUSIVE",
            _ => "BEGIN DEFERRED",
        };
        conn.prepare_cached(begin).and_then(|mut stmt| stmt.execute([])).map_err(db_error)?;
        Ok(Tx { conn })
    }

    fn commit(self) -> Result<()> {
        // A failed COMMIT leaves the transaction open; dropping `self` rolls it back.
        self.conn.prepare_cached("COMMIT").and_then(|mut stmt| stmt.execute([])).map_err(db_error)?;
        Ok(())
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.conn.is_autocommit() {
            // Nothing to report to: the request has failed already (or panicked), and the connection is usable.
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

/// Whether `sql` (a `SELECT 1 ...`) finds a row.
pub(super) fn exists(tx: &Tx<'_>, sql: &str, args: &[&str]) -> Result<bool> {
    tx.query_row(sql, rusqlite::params_from_iter(args), |_| Ok(()))
        .optional()
        .map(|found| found.is_some())
        .map_err(db_error)
}

/// Add or update a (checked) world's organizations and accounts inside `tx`.
fn load_world_in(tx: &Tx<'_>, now: OffsetDateTime, world: &World) -> Result<()> {
    for org in &world.organizations {
        tx.execute(
            "INSERT INTO organizations (id, management_account, all_features, purchase_order_integration)
             VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET management_account = ?2,
             all_features = ?3, purchase_order_integration = ?4",
            params![org.id.as_str(), org.management_account.as_str(), org.all_features, org.purchase_order_integration],
        )
        .map_err(db_error)?;
        tx.execute("UPDATE organizations SET root_id = ?2 WHERE id = ?1", [org.id.as_str(), &org.root_id()])
            .map_err(db_error)?;
        tx.execute("DELETE FROM trusted_access WHERE organization_id = ?1", [org.id.as_str()]).map_err(db_error)?;
        for principal in &org.trusted_access {
            tx.execute(
                "INSERT INTO trusted_access (organization_id, service_principal, enabled_ms) VALUES (?1, ?2, ?3)",
                params![org.id.as_str(), principal, to_ms(crate::operation::whole_seconds(now))],
            )
            .map_err(db_error)?;
        }
        tx.execute("DELETE FROM delegated_administrators WHERE organization_id = ?1", [org.id.as_str()])
            .map_err(db_error)?;
        for admin in &org.delegated_administrators {
            tx.execute(
                "INSERT INTO delegated_administrators (organization_id, account_id, service_principal, enabled_ms)
                 VALUES (?1, ?2, ?3, ?4)",
                params![
                    org.id.as_str(),
                    admin.account.as_str(),
                    &admin.service_principal,
                    to_ms(crate::operation::whole_seconds(now))
                ],
            )
            .map_err(db_error)?;
        }
        // A management account that is not declared as an account still exists.
        accounts::ensure_account(tx, &org.management_account, now)?;
        tx.execute(
            "UPDATE accounts SET organization_id = ?1 WHERE id = ?2",
            [org.id.as_str(), org.management_account.as_str()],
        )
        .map_err(db_error)?;
    }
    for account in &world.accounts {
        accounts::ensure_account(tx, &account.id, now)?;
        let state = account.state.clone().unwrap_or(AccountState::Active);
        // The organizational unit it sits in (None: the root); the world was checked, so it resolves.
        let parent = match (&account.organization, &account.parent) {
            (Some(org), Some(parent)) => world.resolve_target(org, parent).filter(|id| id.starts_with("ou-")),
            _ => None,
        };
        tx.execute(
            "UPDATE accounts SET
                name = COALESCE(?2, name),
                email = COALESCE(?3, email),
                organization_id = ?4,
                state = ?5,
                govcloud_account_id = ?6,
                parent_id = ?7,
                joined_method = ?8
             WHERE id = ?1",
            params![
                account.id.as_str(),
                account.name,
                account.email,
                account.organization.as_ref().map(|o| o.as_str()),
                state.as_str(),
                account.govcloud_account_id.as_ref().map(|g| g.as_str()),
                parent,
                account.joined_method.as_ref().map(|m| m.as_str()),
            ],
        )
        .map_err(db_error)?;
    }
    organizations::load_world(tx, world)
}

/// `ConflictException`: the resource's state does not allow the operation.
pub(super) fn conflict(message: impl Into<String>) -> Error {
    Error::new(crate::ErrorKind::Conflict, "ConflictException", message)
}

/// A time as the engine stores it: milliseconds since the epoch (read back with [`stored::time`]).
pub(crate) fn to_ms(t: OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

/// `t` to the millisecond, the precision the engine stores times with.
pub(crate) fn whole_ms(t: OffsetDateTime) -> OffsetDateTime {
    t.replace_nanosecond(t.nanosecond() / 1_000_000 * 1_000_000).unwrap_or(t)
}

/// One outbox row, selected as `channel, recipient, subject, code, sent_at_ms, id`.
fn sent_message(r: &rusqlite::Row<'_>) -> rusqlite::Result<SentMessage> {
    let id: i64 = r.get(5)?;
    Ok(SentMessage {
        channel: r.get(0)?,
        recipient: r.get(1)?,
        subject: r.get(2)?,
        code: r.get(3)?,
        sent_at: stored::in_row(stored::time("outbox", &id.to_string(), "sent_at_ms", r.get(4)?))?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::account::{AlternateContact, AlternateContactType};
    use crate::Client;

    const M: &str = "123456789012";
    const A: &str = "111111111111";
    const B: &str = "333333333333";
    const S: &str = "444444444444";

    const WORLD: &str = r#"
        [[organizations]]
        id = "o-aa111bb222"
        management_account = "123456789012"
        trusted_access = ["account.amazonaws.com"]

        [[accounts]]
        id = "123456789012"
        organization = "o-aa111bb222"
        [[accounts]]
        id = "111111111111"
        name = "Workload A"
        organization = "o-aa111bb222"
        [[accounts]]
        id = "333333333333"
        organization = "o-aa111bb222"
        [[accounts]]
        id = "444444444444"
        name = "Standalone"
    "#;

    fn id(account: &str) -> AccountId {
        account.parse().unwrap()
    }

    fn backend() -> Arc<LocalBackend> {
        Arc::new(LocalBackend::builder().world(World::from_toml_str(WORLD).unwrap()).in_memory().unwrap())
    }

    /// Rows in every table but `meta`, by table.
    fn rows(backend: &LocalBackend) -> Vec<(String, i64)> {
        let conn = backend.lock();
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'meta' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        tables
            .into_iter()
            .map(|t| {
                let n = conn.query_row(&format!("SELECT COUNT(*) FROM \"{t}\""), [], |r| r.get(0)).unwrap();
                (t, n)
            })
            .collect()
    }

    async fn fill(backend: &Arc<LocalBackend>) {
        let client = Client::from_local(backend.clone());
        let m = client.as_account(id(M));
        m.accounts().start_primary_email_update(id(A), "new-a@example.com").await.unwrap();
        let s = client.as_account(id(S));
        let contact =
            AlternateContact::new(AlternateContactType::Billing, "Carlos", "CFO", "carlos@example.com", "206-555-0199");
        s.accounts().put_alternate_contact(contact).await.unwrap();
        s.regions().enable("af-south-1".parse().unwrap()).await.unwrap();
    }

    #[tokio::test]
    async fn reset_empties_every_table_in_one_go_and_can_reseed() {
        let backend = backend();
        fill(&backend).await;
        let before = rows(&backend);
        for table in
            ["accounts", "organizations", "outbox", "primary_email_updates", "alternate_contacts", "region_opt"]
        {
            assert!(before.iter().any(|(t, n)| t == table && *n > 0), "{table} has rows before: {before:?}");
        }

        backend.reset(None).unwrap();
        let after = rows(&backend);
        assert!(after.iter().all(|(_, n)| *n == 0), "every table is empty: {after:?}");
        assert!(backend.account_ids().unwrap().is_empty());

        // Re-seeded in the same call: the world is there, and the outbox numbers its messages from 1 again.
        backend.reset(Some(&World::from_toml_str(WORLD).unwrap())).unwrap();
        assert_eq!(backend.account_ids().unwrap(), [id(A), id(M), id(B), id(S)]);
        fill(&backend).await;
        let first_id: i64 = backend.lock().query_row("SELECT MIN(id) FROM outbox", [], |r| r.get(0)).unwrap();
        assert_eq!(first_id, 1);
        // The schema is untouched: the state still opens as this version.
        let version: String =
            backend.lock().query_row("SELECT value FROM meta WHERE key = 'schema_version'", [], |r| r.get(0)).unwrap();
        assert_eq!(version, SCHEMA_VERSION.to_string());

        // A world that breaks Organizations' rules is refused before anything is cleared.
        let mut bad = World::from_toml_str(WORLD).unwrap();
        bad.organizations[0]
            .delegated_administrators
            .push(world::DelegatedAdministrator { account: id(S), service_principal: "account.amazonaws.com".into() });
        assert_eq!(backend.reset(Some(&bad)).unwrap_err().kind(), crate::ErrorKind::Config);
        assert_eq!(backend.account_ids().unwrap().len(), 4, "nothing was cleared");
    }

    #[tokio::test]
    async fn a_code_is_readable_by_its_account_and_those_who_manage_it() {
        let backend = backend();
        fill(&backend).await;
        let recipient = "new-a@example.com";
        assert_eq!(backend.messages_to(recipient).unwrap().len(), 1);
        for (reader, sees) in [(A, true), (M, true), (B, false), (S, false)] {
            let got = backend.messages_to_for(recipient, &id(reader)).unwrap();
            assert_eq!(got.len(), usize::from(sees), "{reader}");
        }
        assert!(backend.messages_to_for("nobody@example.com", &id(A)).unwrap().is_empty());
    }

    #[test]
    fn a_world_loaded_later_may_not_change_settings() {
        let backend = backend();
        backend.check_world_settings(&World::from_toml_str(WORLD).unwrap()).unwrap();
        let same = World::from_toml_str("[settings]\nregion_transition_seconds = 2.0").unwrap();
        backend.check_world_settings(&same).unwrap();
        let other = World::from_toml_str(&format!(
            "default_account = \"{S}\"\n[settings]\nregion_transition_seconds = 300\nmax_open_change_sets = 1"
        ));
        // `max_open_change_sets` is not a world setting: the world itself is refused.
        assert!(other.is_err());
        let other =
            World::from_toml_str(&format!("default_account = \"{S}\"\n[settings]\nregion_transition_seconds = 300"))
                .unwrap();
        let err = backend.check_world_settings(&other).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Config);
        assert!(err.message().contains("default_account (running with 000000000000)"), "{}", err.message());
        assert!(err.message().contains("region_transition_seconds (running with 2)"), "{}", err.message());
    }
}
