//! The [`Client`]: the one entry point, over any backend.

use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::sync::Arc;

use crate::backend::{Backend, CallContext, Retry, RetryPolicy, SharedBackend, Traced};
use crate::clock::{Clock, SystemClock};
use crate::error::Result;
use crate::facade::{Accounts, Applications, Regions};
use crate::model::account::TargetAccount;
use crate::model::AccountId;
use crate::operation::{unexpected, Operation, Request, Response};

#[cfg(feature = "aws")]
use crate::backend::aws::AwsBackend;
#[cfg(feature = "local")]
use crate::backend::local::{LocalBackend, World};

/// The facade over every service. Cheap to clone; clones share the backend.
#[derive(Debug, Clone)]
pub struct Client {
    backend: SharedBackend,
    ctx: CallContext,
    clock: Arc<dyn Clock>,
    /// Who the backend's default identity is, learnt once through STS `GetCallerIdentity` (shared by clones).
    identity: Arc<tokio::sync::OnceCell<AccountId>>,
    #[cfg(feature = "local")]
    local: Option<Arc<LocalBackend>>,
}

/// Builds a [`Client`] over any backend, choosing the retry policy and clock.
#[derive(Debug)]
pub struct ClientBuilder {
    backend: SharedBackend,
    retry: RetryPolicy,
    clock: Arc<dyn Clock>,
    #[cfg(feature = "local")]
    local: Option<Arc<LocalBackend>>,
}

impl ClientBuilder {
    /// Retry policy (default: 3 attempts, 100 ms doubling to 5 s, full jitter).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The clock that retries and waiters sleep on (default: the system clock).
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The client: the backend decorated with retry and tracing.
    pub fn build(self) -> Client {
        let retried: SharedBackend = Arc::new(Retry::new(self.backend, self.retry, self.clock.clone()));
        Client {
            backend: Arc::new(Traced::new(retried)),
            ctx: CallContext::default(),
            clock: self.clock,
            identity: Arc::default(),
            #[cfg(feature = "local")]
            local: self.local,
        }
    }
}

impl Client {
    /// A builder over `backend` (any implementation of the port, such as a test double).
    pub fn builder(backend: impl Backend + 'static) -> ClientBuilder {
        ClientBuilder {
            backend: Arc::new(backend),
            retry: RetryPolicy::default(),
            clock: Arc::new(SystemClock),
            #[cfg(feature = "local")]
            local: None,
        }
    }

    /// A client over `backend` with the default retry policy.
    pub fn from_backend(backend: impl Backend + 'static) -> Client {
        Client::builder(backend).build()
    }

    /// A client over an embedded local backend that keeps its state in memory.
    #[cfg(feature = "local")]
    pub fn in_memory() -> Result<Client> {
        Ok(Client::from_local(LocalBackend::builder().in_memory()?))
    }

    /// A client over an embedded local backend persisted to the SQLite file at `path` (created if missing).
    #[cfg(feature = "local")]
    pub fn local(path: impl AsRef<std::path::Path>) -> Result<Client> {
        Ok(Client::from_local(LocalBackend::builder().open(path)?))
    }

    /// A client over an in-memory local backend that knows `world`.
    #[cfg(feature = "local")]
    pub fn in_memory_with_world(world: World) -> Result<Client> {
        Ok(Client::from_local(LocalBackend::builder().world(world).in_memory()?))
    }

    /// A client over a local backend you configured. Retries and waiters sleep on the backend's clock, so a manual
    /// clock drives the whole client.
    #[cfg(feature = "local")]
    pub fn from_local(backend: impl Into<Arc<LocalBackend>>) -> Client {
        Client::local_builder(backend).build()
    }

    /// A builder over a local backend (to choose the retry policy); sleeps on the backend's clock.
    #[cfg(feature = "local")]
    pub fn local_builder(backend: impl Into<Arc<LocalBackend>>) -> ClientBuilder {
        let backend = backend.into();
        let mut builder = Client::builder(backend.clone()).clock(backend.clock());
        builder.local = Some(backend);
        builder
    }

    /// A client over AWS, configured from the environment as the AWS CLI is (environment variables, profiles, SSO,
    /// IMDS); `AWS_ENDPOINT_URL` redirects it, for example to the emulator. Without a region it signs for
    /// `us-east-1`, where Account Management lives.
    #[cfg(feature = "aws")]
    pub async fn from_env() -> Result<Client> {
        Ok(Client::from_backend(AwsBackend::from_env().await?))
    }

    /// A client over AWS using `config` (credentials, region, HTTP client).
    #[cfg(feature = "aws")]
    pub fn aws(config: &aws_config::SdkConfig) -> Client {
        Client::from_backend(AwsBackend::new(config))
    }

    /// A client over AWS using `config` that sends every request to `endpoint_url` (an emulator, a proxy).
    #[cfg(feature = "aws")]
    pub fn aws_with_endpoint(config: &aws_config::SdkConfig, endpoint_url: &str) -> Client {
        Client::from_backend(AwsBackend::with_endpoint(config, endpoint_url))
    }

    /// A client over AWS using `config` (and `endpoint_url`, if given) whose [`as_account`](Self::as_account)
    /// assumes `role_name` in the other account instead of `OrganizationAccountAccessRole`.
    #[cfg(feature = "aws")]
    pub fn aws_with_role(config: &aws_config::SdkConfig, endpoint_url: Option<&str>, role_name: &str) -> Client {
        let backend = match endpoint_url {
            Some(url) => AwsBackend::with_endpoint(config, url),
            None => AwsBackend::new(config),
        };
        Client::from_backend(backend.with_role_name(role_name))
    }

    /// The local backend under this client, for what only it can do (worlds, sent codes, the organization's accounts).
    #[cfg(feature = "local")]
    pub fn local_backend(&self) -> Option<&LocalBackend> {
        self.local.as_deref()
    }

    /// The same client acting as `account`. The local backend acts as any account. The AWS backend signs as its
    /// credentials for their own account; for another, it assumes a role in that account (`AwsBackend::with_role_name`,
    /// default `OrganizationAccountAccessRole`) for every service but Account Management, which it calls with its
    /// own credentials naming `account` as `AccountId` (organizations mode: the credentials must be the
    /// management account's or a delegated administrator's).
    pub fn as_account(&self, account: AccountId) -> Client {
        let mut client = self.clone();
        client.ctx.caller = Some(account);
        client
    }

    /// Who this client's calls are made as, for code that serves a request on a backend directly (the Python
    /// binding's in-process path, [`LocalBackend::call_blocking`]).
    pub fn context(&self) -> &CallContext {
        &self.ctx
    }

    /// The account this client acts as, if one was chosen with [`Client::as_account`]; see
    /// [`caller_account`](Self::caller_account) for who it is otherwise.
    pub fn caller(&self) -> Option<&AccountId> {
        self.ctx.caller.as_ref()
    }

    /// The account this client acts as: the one chosen with [`as_account`](Self::as_account), else the backend's
    /// default identity, asked once through STS `GetCallerIdentity` and kept (on AWS, the credentials' account; on
    /// the local backend, its default account).
    pub async fn caller_account(&self) -> Result<AccountId> {
        if let Some(caller) = &self.ctx.caller {
            return Ok(caller.clone());
        }
        self.identity
            .get_or_try_init(|| async {
                let input = crate::model::organizations::GetCallerIdentityInput::new();
                Ok::<_, crate::Error>(self.call(input).send().await?.account)
            })
            .await
            .cloned()
    }

    /// Who signs this client's requests, from STS `GetCallerIdentity` (asked every time: an assumed role's session
    /// shows as such).
    pub async fn caller_identity(&self) -> Result<crate::model::organizations::CallerIdentity> {
        self.call(crate::model::organizations::GetCallerIdentityInput::new()).send().await
    }

    /// The clock waiters sleep on.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// Account Management: contacts, primary email, name, information, phone verification.
    pub fn accounts(&self) -> Accounts<'_> {
        Accounts::new(self)
    }

    /// AWS Marketplace Catalog: products, offers, resale authorizations, private marketplace experiences, change
    /// sets, tags, resource policies and assessments.
    pub fn catalog(&self) -> crate::facade::Catalog<'_> {
        crate::facade::Catalog::new(self)
    }

    /// AWS Marketplace Discovery: what the caller can find and buy.
    pub fn discovery(&self) -> crate::facade::Discovery<'_> {
        crate::facade::Discovery::new(self)
    }

    /// AWS Marketplace Agreement: agreement requests, agreements, terms, entitlements, charges.
    pub fn agreements(&self) -> crate::facade::Agreements<'_> {
        crate::facade::Agreements::new(self)
    }

    /// AWS Organizations: the organization, its accounts, roots, organizational units, policies, tags, trusted
    /// services and delegated administrators.
    pub fn organizations(&self) -> crate::facade::Organizations<'_> {
        crate::facade::Organizations::new(self)
    }

    /// Opt-in regions: list, get, enable, disable, ensure and wait.
    pub fn regions(&self) -> Regions<'_> {
        Regions::new(self)
    }

    /// Serverless Application Repository: publish, version, share and deploy applications.
    pub fn applications(&self) -> Applications<'_> {
        Applications::new(self)
    }

    /// Prepare one operation from its typed input: every operation of every table is reachable this way, whether or
    /// not a facade method wraps it (`client.call(GetAgreementRequestInput::new("ar-..."))`).
    pub fn call<O: Operation>(&self, input: O) -> Call<'_, O> {
        Call::new(self, input)
    }

    /// Every item of a list operation (one marked `[pages]` in its table), as a lazy stream; `.pages()` streams
    /// whole pages instead.
    pub fn paginate<I>(&self, input: I) -> crate::facade::Paginator<'_, I>
    where
        I: Operation + crate::facade::PagedInput,
        I::Output: crate::facade::Paged,
        <I::Output as crate::facade::Paged>::Item: Send,
    {
        crate::facade::Paginator::new(self, input)
    }

    /// Validate and send one raw request, through retry and tracing. The typed facade is built on this; bindings and
    /// tools that already hold a [`Request`] use it directly.
    pub async fn execute(&self, request: Request) -> Result<Response> {
        self.send(request).await
    }

    /// Validate and send one request.
    pub(crate) async fn send(&self, mut request: Request) -> Result<Response> {
        request.validate()?;
        request.fill_idempotency_token();
        self.backend.call(&self.ctx, request).await
    }

    /// Send one typed operation and take its output out of the answer.
    pub(crate) async fn send_operation<O: Operation>(&self, input: O) -> Result<O::Output> {
        let response = self.send(input.into_request()).await?;
        O::from_response(response).map_err(|other| unexpected(O::INFO.name, &other))
    }
}

/// One prepared operation: adjust its input (or, for Account Management, the account it acts on), then
/// `.send().await` (or just `.await`).
#[must_use = "a call does nothing until it is sent"]
#[derive(Debug)]
pub struct Call<'a, O: Operation, T = <O as Operation>::Output> {
    client: &'a Client,
    input: O,
    output: fn(O::Output) -> T,
}

impl<'a, O: Operation> Call<'a, O> {
    pub(crate) fn new(client: &'a Client, input: O) -> Self {
        Call { client, input, output: std::convert::identity }
    }

    /// The same call, answering with `output` of the operation's output.
    pub(crate) fn map<U>(self, output: fn(O::Output) -> U) -> Call<'a, O, U> {
        Call { client: self.client, input: self.input, output }
    }
}

impl<'a, O: Operation, T: Send + 'a> Call<'a, O, T> {
    /// The input this call will send.
    pub fn input(&self) -> &O {
        &self.input
    }

    /// Change the input before sending (optional members, pages).
    pub fn input_mut(&mut self) -> &mut O {
        &mut self.input
    }

    /// The request this call will send.
    pub fn request(&self) -> Request {
        self.input.clone().into_request()
    }

    /// Send the call.
    pub async fn send(self) -> Result<T> {
        let output = self.client.send_operation(self.input).await?;
        Ok((self.output)(output))
    }
}

impl<'a, O: Operation + TargetAccount, T: Send + 'a> Call<'a, O, T> {
    /// Act on another account of the organization (organizations mode): the caller must be the management account or
    /// the delegated administrator for Account Management.
    pub fn account_id(mut self, account: AccountId) -> Self {
        self.input.set_target_account(Some(account));
        self
    }
}

impl<'a, O: Operation, T: Send + 'a> IntoFuture for Call<'a, O, T> {
    type Output = Result<T>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<T>> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}
