//! A decorator that retries throttling, service and transport errors with exponential backoff and full jitter.

use std::time::Duration;

use futures::future::BoxFuture;
use rand::Rng;

use super::{Backend, CallContext, SharedBackend};
use crate::clock::Clock;
use crate::error::Result;
use crate::operation::{Request, Response};
use std::sync::Arc;

/// How to retry.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 disables retries.
    pub max_attempts: u32,
    /// The backoff ceiling of the first retry; it doubles each retry.
    pub initial_backoff: Duration,
    /// The largest backoff.
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(5),
        }
    }
}

impl RetryPolicy {
    /// No retries.
    pub fn none() -> Self {
        RetryPolicy { max_attempts: 1, ..RetryPolicy::default() }
    }

    /// The ceiling of the backoff before retry number `retry` (1-based).
    pub fn backoff_ceiling(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.saturating_sub(1));
        self.initial_backoff.saturating_mul(factor).min(self.max_backoff)
    }
}

/// Retries retryable failures of `inner` under a [`RetryPolicy`], sleeping on the client's clock.
#[derive(Debug, Clone)]
pub struct Retry {
    inner: SharedBackend,
    policy: RetryPolicy,
    clock: Arc<dyn Clock>,
}

impl Retry {
    /// Retry calls of `inner` under `policy`.
    pub fn new(inner: SharedBackend, policy: RetryPolicy, clock: Arc<dyn Clock>) -> Self {
        Retry { inner, policy, clock }
    }
}

impl Backend for Retry {
    fn name(&self) -> &'static str {
        self.inner.name()
    }

    fn call<'a>(&'a self, ctx: &'a CallContext, request: Request) -> BoxFuture<'a, Result<Response>> {
        Box::pin(async move {
            let mut attempt = 1;
            loop {
                match self.inner.call(ctx, request.clone()).await {
                    Err(err) if err.is_retryable() && attempt < self.policy.max_attempts => {
                        let ceiling = self.policy.backoff_ceiling(attempt);
                        // Full jitter: spreads retries of many clients across the whole window.
                        let wait = ceiling.mul_f64(rand::thread_rng().gen_range(0.0..=1.0));
                        tracing::debug!(attempt, code = err.code(), ?wait, "retrying");
                        self.clock.sleep(wait).await;
                        attempt += 1;
                    }
                    outcome => return outcome,
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::error::{Error, ErrorKind};
    use std::sync::atomic::{AtomicU32, Ordering};

    #[derive(Debug)]
    struct Flaky {
        failures: u32,
        kind: ErrorKind,
        calls: AtomicU32,
    }

    impl Backend for Flaky {
        fn name(&self) -> &'static str {
            "flaky"
        }
        fn call<'a>(&'a self, _: &'a CallContext, _: Request) -> BoxFuture<'a, Result<Response>> {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            let kind = self.kind;
            let failures = self.failures;
            Box::pin(async move {
                if n < failures {
                    Err(Error::new(kind, "X", "failing"))
                } else {
                    Ok(Response::Empty)
                }
            })
        }
    }

    fn request() -> Request {
        Request::GetContactInformation { account_id: None }
    }

    async fn run(failures: u32, kind: ErrorKind, policy: RetryPolicy) -> (Result<Response>, u32) {
        let flaky = Arc::new(Flaky { failures, kind, calls: AtomicU32::new(0) });
        let retry = Retry::new(flaky.clone(), policy, Arc::new(ManualClock::at_epoch()));
        let outcome = retry.call(&CallContext::default(), request()).await;
        (outcome, flaky.calls.load(Ordering::SeqCst))
    }

    #[tokio::test]
    async fn retries_throttling_until_success() {
        let (outcome, calls) = run(2, ErrorKind::Throttled, RetryPolicy::default()).await;
        assert!(outcome.is_ok());
        assert_eq!(calls, 3);
    }

    #[tokio::test]
    async fn gives_up_after_max_attempts() {
        let (outcome, calls) = run(10, ErrorKind::Transport, RetryPolicy::default()).await;
        assert_eq!(outcome.unwrap_err().kind(), ErrorKind::Transport);
        assert_eq!(calls, 3);
    }

    #[tokio::test]
    async fn does_not_retry_client_errors() {
        let (outcome, calls) = run(1, ErrorKind::Conflict, RetryPolicy::default()).await;
        assert!(outcome.is_err());
        assert_eq!(calls, 1);
    }

    #[test]
    fn backoff_doubles_up_to_the_ceiling() {
        let p = RetryPolicy {
            max_attempts: 10,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_millis(500),
        };
        assert_eq!(p.backoff_ceiling(1), Duration::from_millis(100));
        assert_eq!(p.backoff_ceiling(2), Duration::from_millis(200));
        assert_eq!(p.backoff_ceiling(3), Duration::from_millis(400));
        assert_eq!(p.backoff_ceiling(4), Duration::from_millis(500));
    }
}
