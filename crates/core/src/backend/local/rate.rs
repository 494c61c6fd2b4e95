//! Request-rate quotas: a token bucket per (calling account, operation), with the rates and bursts the service
//! documents. Off by default (a local engine that throttles surprises more than it helps); turn it on with
//! `enforce_rate_limits` to test how a tool copes with `TooManyRequestsException`.

use std::collections::HashMap;
use std::sync::Mutex;

use time::OffsetDateTime;

use crate::error::{Error, ErrorKind, Result};
use crate::model::AccountId;

/// Requests per second and burst per account, from the service's quota table; operations not listed are not
/// rate-limited. One table for the engine and the estate's pacer, so that the two cannot disagree.
pub use crate::estate::quota::ACCOUNT_MANAGEMENT_QUOTAS as RATE_QUOTAS;

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    refilled_at: OffsetDateTime,
}

/// The buckets of every (account, operation) pair seen so far.
#[derive(Debug, Default)]
pub struct RateLimiter {
    buckets: Mutex<HashMap<(AccountId, &'static str), Bucket>>,
}

impl RateLimiter {
    /// Forget every bucket (a reset state starts with full buckets).
    pub fn clear(&self) {
        self.buckets.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clear();
    }

    /// Take one token for `operation` called by `caller` at `now`, or refuse with `TooManyRequestsException`.
    pub fn admit(&self, caller: &AccountId, operation: &'static str, now: OffsetDateTime) -> Result<()> {
        let Some(&(_, rate, burst)) = RATE_QUOTAS.iter().find(|(op, _, _)| *op == operation) else {
            return Ok(());
        };
        let mut buckets = self.buckets.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let bucket = buckets.entry((caller.clone(), operation)).or_insert(Bucket { tokens: burst, refilled_at: now });
        let elapsed = (now - bucket.refilled_at).as_seconds_f64().max(0.0);
        bucket.tokens = (bucket.tokens + elapsed * rate).min(burst);
        bucket.refilled_at = now;
        if bucket.tokens < 1.0 {
            return Err(Error::new(
                ErrorKind::Throttled,
                "TooManyRequestsException",
                format!("Rate exceeded: {operation} allows {rate} requests per second (burst {burst}) per account."),
            ));
        }
        bucket.tokens -= 1.0;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account() -> AccountId {
        "123456789012".parse().unwrap()
    }

    fn admitted(limiter: &RateLimiter, op: &'static str, n: usize, at: OffsetDateTime) -> usize {
        (0..n).filter(|_| limiter.admit(&account(), op, at).is_ok()).count()
    }

    #[test]
    fn buckets_follow_the_quota_table() {
        let t0 = time::macros::datetime!(2026-01-01 00:00:00 UTC);
        let limiter = RateLimiter::default();
        // TV-077: EnableRegion 1/s, burst 1
        assert_eq!(admitted(&limiter, "EnableRegion", 2, t0), 1);
        // TV-078: GetAlternateContact 10/s, burst 15; a second later 10 more
        assert_eq!(admitted(&limiter, "GetAlternateContact", 16, t0), 15);
        assert_eq!(admitted(&limiter, "GetAlternateContact", 11, t0 + time::Duration::seconds(1)), 10);
        // TV-079, TV-080, TV-081
        assert_eq!(admitted(&limiter, "DeleteAlternateContact", 7, t0), 6);
        assert_eq!(admitted(&limiter, "PutAlternateContact", 9, t0), 8);
        assert_eq!(admitted(&limiter, "PutContactInformation", 9, t0), 8);
        assert_eq!(admitted(&limiter, "ListRegions", 6, t0), 5);
        assert_eq!(admitted(&limiter, "GetRegionOptStatus", 6, t0), 5);
        // Unlisted operations and other accounts are not affected.
        assert_eq!(admitted(&limiter, "GetAccountInformation", 100, t0), 100);
        let other: AccountId = "210987654321".parse().unwrap();
        assert!(limiter.admit(&other, "EnableRegion", t0).is_ok());
        let err = limiter.admit(&account(), "EnableRegion", t0).unwrap_err();
        assert_eq!(err.code(), "TooManyRequestsException");
    }
}
