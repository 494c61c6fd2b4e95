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

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Metadata, Subscriber};

    use super::*;
    use crate::error::Error;

    /// Records span names with their `operation` field, and event messages.
    #[derive(Default)]
    struct Recorder {
        seen: Mutex<Vec<String>>,
    }

    struct Fields<'a>(&'a mut Vec<String>);

    impl Visit for Fields<'_> {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            self.0.push(format!("{}={value:?}", field.name()));
        }
        fn record_str(&mut self, field: &Field, value: &str) {
            self.0.push(format!("{}={value}", field.name()));
        }
    }

    impl Subscriber for Recorder {
        fn enabled(&self, _: &Metadata<'_>) -> bool {
            true
        }
        fn new_span(&self, span: &Attributes<'_>) -> Id {
            let mut fields = vec![span.metadata().name().to_owned()];
            span.record(&mut Fields(&mut fields));
            self.seen.lock().unwrap().push(fields.join(" "));
            Id::from_u64(1)
        }
        fn record(&self, _: &Id, _: &Record<'_>) {}
        fn record_follows_from(&self, _: &Id, _: &Id) {}
        fn event(&self, event: &Event<'_>) {
            let mut fields = Vec::new();
            event.record(&mut Fields(&mut fields));
            self.seen.lock().unwrap().push(fields.join(" "));
        }
        fn enter(&self, _: &Id) {}
        fn exit(&self, _: &Id) {}
    }

    #[derive(Debug)]
    struct Failing;

    impl Backend for Failing {
        fn name(&self) -> &'static str {
            "failing"
        }
        fn call<'a>(&'a self, _: &'a CallContext, _: Request) -> BoxFuture<'a, Result<Response>> {
            Box::pin(async { Err(Error::new(crate::ErrorKind::Conflict, "ConflictException", "busy")) })
        }
    }

    #[test]
    fn every_call_gets_a_span_with_its_operation_and_outcome() {
        let recorder = Arc::new(Recorder::default());
        let traced = Traced::new(Arc::new(Failing));
        tracing::subscriber::with_default(recorder.clone(), || {
            let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
            let request =
                crate::operation::Operation::into_request(crate::model::account::GetContactInformationInput::new());
            let outcome = rt.block_on(traced.call(&CallContext::default(), request));
            assert!(outcome.is_err());
        });
        let seen = recorder.seen.lock().unwrap().join("\n");
        assert!(seen.contains("marketplane.call"), "{seen}");
        assert!(seen.contains("operation=GetContactInformation"), "{seen}");
        assert!(seen.contains("code=ConflictException"), "{seen}");
    }
}
