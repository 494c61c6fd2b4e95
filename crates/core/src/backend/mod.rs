//! The port between the facade and the services: the [`Backend`] trait, the call context, and the decorators every
//! backend gets (retry with backoff and jitter, tracing).

use std::fmt::Debug;
use std::sync::Arc;

use futures::future::BoxFuture;

use crate::error::Result;
use crate::model::AccountId;
use crate::operation::{Request, Response};

#[cfg(feature = "aws")]
pub mod aws;
#[cfg(feature = "aws")]
mod aws_agreement;
#[cfg(feature = "aws")]
mod aws_catalog;
#[cfg(feature = "aws")]
mod aws_discovery;
#[cfg(feature = "aws")]
mod aws_organizations;
#[cfg(feature = "aws")]
mod aws_rpc;
#[cfg(feature = "aws")]
mod aws_sar;
#[cfg(feature = "local")]
pub mod local;
mod retry;
mod tracing_layer;

pub use retry::{Retry, RetryPolicy};
pub use tracing_layer::Traced;

/// Who is calling. The local backend acts as `caller`; the AWS backend acts as its credentials, or as `caller`
/// through a role assumed in that account.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallContext {
    /// The calling account; `None` means the backend's default identity.
    pub caller: Option<AccountId>,
    /// The access key id of the temporary credentials (an assumed role's session) the caller signed with, when it
    /// did: STS's `GetCallerIdentity` then names the assumed role rather than the account's root user.
    pub session: Option<String>,
}

impl CallContext {
    /// A call by `account` (its root user).
    pub fn as_account(account: AccountId) -> CallContext {
        CallContext { caller: Some(account), session: None }
    }
}

/// Serves requests. Implement `call`, answer the requests you support, and `Unsupported` for the rest: the request
/// enum is non-exhaustive, so a new operation never breaks an implementor.
pub trait Backend: Send + Sync + Debug {
    /// A short name for errors and traces (`local`, `aws`).
    fn name(&self) -> &'static str;

    /// Serve one request.
    fn call<'a>(&'a self, ctx: &'a CallContext, request: Request) -> BoxFuture<'a, Result<Response>>;
}

/// The shared handle the facade holds.
pub type SharedBackend = Arc<dyn Backend>;

impl<B: Backend + ?Sized> Backend for Arc<B> {
    fn name(&self) -> &'static str {
        (**self).name()
    }

    fn call<'a>(&'a self, ctx: &'a CallContext, request: Request) -> BoxFuture<'a, Result<Response>> {
        (**self).call(ctx, request)
    }
}
