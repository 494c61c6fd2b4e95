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
mod aws_rpc;
#[cfg(feature = "aws")]
mod aws_sar;
#[cfg(feature = "local")]
pub mod local;
mod retry;
mod tracing_layer;

pub use retry::{Retry, RetryPolicy};
pub use tracing_layer::Traced;

/// Who is calling. The local backend acts as `caller`; the AWS backend acts as its credentials and refuses a
/// `caller` that is not their account.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallContext {
    /// The calling account; `None` means the backend's default identity.
    pub caller: Option<AccountId>,
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
