//! A decorator that retries throttling, service and transport errors with exponential backoff and full jitter.
//!
//! What is retried depends on what the failure says about the first attempt. A throttled or unavailable answer
//! means the service refused the request before doing anything, so any request is resent. After a transport error
//! or a service's internal error nobody knows whether the request took effect, so only requests that may be sent
//! twice are resent: those that only read, replace a whole value, or carry their idempotency token (see
//! [`Request::may_resend`]). An internal error raised by the library itself (a bug, no HTTP status) is never
//! retried.

use std::time::Duration;

use futures::future::BoxFuture;
use rand::Rng;

use super::{Backend, CallContext, SharedBackend};
use crate::clock::Clock;
use crate::error::{Error, ErrorKind, Result};
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
                    Err(err) if should_retry(&err, &request) && attempt < self.policy.max_attempts => {
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

/// Whether a failed attempt of `request` may be made again.
pub(crate) fn should_retry(err: &Error, request: &Request) -> bool {
    match err.kind() {
        ErrorKind::Throttled | ErrorKind::Unavailable => true,
        ErrorKind::Transport => request.may_resend(),
        ErrorKind::Internal => err.http_status().is_some() && request.may_resend(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;
    use crate::error::{Error, ErrorKind};
    use std::sync::atomic::{AtomicU32, Ordering};

    use crate::model::account::{GetContactInformationInput, PutAlternateContactInput};
    use crate::model::serverless::NewApplication;
    use crate::operation::{AccountResponse, Operation};

    /// Fails the first `failures` calls with errors of `kind` (with an HTTP status when `from_service`), then answers.
    #[derive(Debug)]
    struct Flaky {
        failures: u32,
        kind: ErrorKind,
        from_service: bool,
        calls: AtomicU32,
    }

    impl Backend for Flaky {
        fn name(&self) -> &'static str {
            "flaky"
        }
        fn call<'a>(&'a self, _: &'a CallContext, _: Request) -> BoxFuture<'a, Result<Response>> {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            let (kind, failures, from_service) = (self.kind, self.failures, self.from_service);
            Box::pin(async move {
                if n < failures {
                    let err = Error::new(kind, "X", "failing");
                    Err(if from_service { err.with_http_status(500) } else { err })
                } else {
                    Ok(Response::Account(AccountResponse::PutAccountName(())))
                }
            })
        }
    }

    fn read() -> Request {
        GetContactInformationInput::new().into_request()
    }

    async fn run_with(request: Request, failures: u32, kind: ErrorKind, from_service: bool) -> (Result<Response>, u32) {
        let flaky = Arc::new(Flaky { failures, kind, from_service, calls: AtomicU32::new(0) });
        let retry = Retry::new(flaky.clone(), RetryPolicy::default(), Arc::new(ManualClock::at_epoch()));
        let outcome = retry.call(&CallContext::default(), request).await;
        (outcome, flaky.calls.load(Ordering::SeqCst))
    }

    async fn run(failures: u32, kind: ErrorKind) -> (Result<Response>, u32) {
        run_with(read(), failures, kind, false).await
    }

    #[tokio::test]
    async fn retries_throttling_until_success() {
        let (outcome, calls) = run(2, ErrorKind::Throttled).await;
        assert!(outcome.is_ok());
        assert_eq!(calls, 3);
    }

    #[tokio::test]
    async fn gives_up_after_max_attempts() {
        let (outcome, calls) = run(10, ErrorKind::Transport).await;
        assert_eq!(outcome.unwrap_err().kind(), ErrorKind::Transport);
        assert_eq!(calls, 3);
    }

    #[tokio::test]
    async fn does_not_retry_client_errors() {
        let (outcome, calls) = run(1, ErrorKind::Conflict).await;
        assert!(outcome.is_err());
        assert_eq!(calls, 1);
    }

    #[tokio::test]
    async fn a_write_without_a_token_is_not_resent_after_a_transport_error() {
        let create = NewApplication { name: "app".into(), ..NewApplication::default() }.into_request();
        let (outcome, calls) = run_with(create.clone(), 1, ErrorKind::Transport, false).await;
        assert_eq!(outcome.unwrap_err().kind(), ErrorKind::Transport);
        assert_eq!(calls, 1, "CreateApplication may have happened: it must not be sent again");
        // Throttling means the service refused it: that is safe to resend.
        let (outcome, calls) = run_with(create, 1, ErrorKind::Throttled, false).await;
        assert!(outcome.is_ok());
        assert_eq!(calls, 2);
    }

    #[tokio::test]
    async fn puts_and_reads_are_resent_after_a_service_failure_but_not_after_a_library_bug() {
        let contact = crate::model::account::AlternateContact::new(
            crate::model::account::AlternateContactType::Billing,
            "n",
            "t",
            "a@b.c",
            "1",
        );
        let put = PutAlternateContactInput::new(contact).into_request();
        let (outcome, calls) = run_with(put, 1, ErrorKind::Internal, true).await;
        assert!(outcome.is_ok());
        assert_eq!(calls, 2);
        let (outcome, calls) = run_with(read(), 1, ErrorKind::Internal, false).await;
        assert_eq!(outcome.unwrap_err().kind(), ErrorKind::Internal);
        assert_eq!(calls, 1, "an internal error with no HTTP status is the library's own and is not retried");
    }

    #[test]
    fn a_token_makes_a_write_resendable() {
        let mut start = crate::model::catalog::StartChangeSetInput::new(Vec::new()).into_request();
        assert!(!start.may_resend());
        start.fill_idempotency_token();
        assert!(start.may_resend());
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
