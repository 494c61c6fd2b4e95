//! A decorator that records a tracing span per call, with the operation, the caller and the outcome.

use futures::future::BoxFuture;
use tracing::Instrument;

use super::{Backend, CallContext, SharedBackend};
use crate::error::Result;
use crate::operation::{Request, Response};

/// Wraps a backend in a tracing span per call.
#[derive(Debug, Clone)]
pub struct Traced {
    inner: SharedBackend,
}

impl Traced {
    /// Trace every call of `inner`.
    pub fn new(inner: SharedBackend) -> Self {
        Traced { inner }
    }
}

impl Backend for Traced {
    fn name(&self) -> &'static str {
        self.inner.name()
    }

    fn call<'a>(&'a self, ctx: &'a CallContext, request: Request) -> BoxFuture<'a, Result<Response>> {
        let span = tracing::debug_span!(
            "marketplane.call",
            backend = self.inner.name(),
            operation = request.operation_name(),
            caller = ctx.caller.as_ref().map(|c| c.as_str()).unwrap_or("default"),
        );
        Box::pin(
            async move {
                let outcome = self.inner.call(ctx, request).await;
                match &outcome {
                    Ok(_) => tracing::debug!("ok"),
                    Err(err) => {
                        tracing::debug!(code = err.code(), kind = %err.kind(), request_id = err.request_id(), "failed")
                    }
                }
                outcome
            }
            .instrument(span),
        )
    }
}
