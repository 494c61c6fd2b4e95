//! Client-side request pacing: one token bucket per Account Management operation at the rate and burst the service
//! publishes (the same table the local engine enforces with `enforce_rate_limits`), shared by every task of one
//! estate run, so that a run over a thousand accounts goes as fast as the quotas allow and no faster.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use marketplane_macros::model;

/// A request rate: `rate` requests per second on average, `burst` at once.
#[model]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateQuota {
    /// Requests per second.
    pub rate: f64,
    /// Requests that may go at once after a pause.
    pub burst: f64,
}

/// The published per-account request rates of Account Management (`docs`: "Quotas for AWS Account Management"),
/// `(operation, requests per second, burst)`: the estate paces by them and the local engine enforces them.
pub const ACCOUNT_MANAGEMENT_QUOTAS: &[(&str, f64, f64)] = &[
    ("DeleteAlternateContact", 1.0, 6.0),
    ("DisableRegion", 1.0, 1.0),
    ("EnableRegion", 1.0, 1.0),
    ("GetAlternateContact", 10.0, 15.0),
    ("GetContactInformation", 10.0, 15.0),
    ("GetRegionOptStatus", 5.0, 5.0),
    ("ListRegions", 5.0, 5.0),
    ("PutAlternateContact", 5.0, 8.0),
    ("PutContactInformation", 5.0, 8.0),
];

/// The quota of each paced operation; operations not listed are not paced.
#[derive(Debug, Clone, PartialEq)]
pub struct Quotas {
    by_operation: HashMap<String, RateQuota>,
}

impl Default for Quotas {
    /// Account Management's published quotas.
    fn default() -> Self {
        Quotas::published()
    }
}

impl Quotas {
    /// Account Management's published quotas.
    pub fn published() -> Self {
        let by_operation = ACCOUNT_MANAGEMENT_QUOTAS
            .iter()
            .map(|(op, rate, burst)| ((*op).to_owned(), RateQuota { rate: *rate, burst: *burst }))
            .collect();
        Quotas { by_operation }
    }

    /// No pacing at all (a local backend that does not enforce rates, tests).
    pub fn unlimited() -> Self {
        Quotas { by_operation: HashMap::new() }
    }

    /// The same quotas with `operation` paced at `quota` (`rate` must be positive).
    pub fn with(mut self, operation: &str, quota: RateQuota) -> Self {
        self.by_operation.insert(operation.to_owned(), quota);
        self
    }

    /// The quota of `operation`, if it is paced.
    pub fn get(&self, operation: &str) -> Option<RateQuota> {
        self.by_operation.get(operation).copied().filter(|q| q.rate > 0.0)
    }
}

#[derive(Debug)]
struct Bucket {
    quota: RateQuota,
    tokens: f64,
    refilled_at: Instant,
}

/// The buckets of one run, shared by its tasks.
#[derive(Debug, Clone, Default)]
pub(crate) struct Pacer {
    quotas: Arc<Option<Quotas>>,
    buckets: Arc<Mutex<HashMap<String, Bucket>>>,
}

impl Pacer {
    pub(crate) fn new(quotas: Quotas) -> Self {
        Pacer { quotas: Arc::new(Some(quotas)), buckets: Arc::default() }
    }

    /// Wait until `operation` may be sent, and take its token.
    pub(crate) async fn acquire(&self, operation: &str) {
        let Some(quota) = self.quotas.as_ref().as_ref().and_then(|q| q.get(operation)) else { return };
        loop {
            let wait = {
                let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
                let now = Instant::now();
                let bucket = buckets.entry(operation.to_owned()).or_insert(Bucket {
                    quota,
                    tokens: quota.burst.max(1.0),
                    refilled_at: now,
                });
                let elapsed = now.duration_since(bucket.refilled_at).as_secs_f64();
                bucket.tokens = (bucket.tokens + elapsed * bucket.quota.rate).min(bucket.quota.burst.max(1.0));
                bucket.refilled_at = now;
                if bucket.tokens >= 1.0 {
                    bucket.tokens -= 1.0;
                    return;
                }
                Duration::from_secs_f64((1.0 - bucket.tokens) / bucket.quota.rate)
            };
            tokio::time::sleep(wait).await;
        }
    }

    /// After a throttling answer: empty the bucket, so that every task of the run slows down, not only this one.
    pub(crate) fn throttled(&self, operation: &str) {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(bucket) = buckets.get_mut(operation) {
            bucket.tokens = bucket.tokens.min(0.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_bucket_admits_its_burst_then_its_rate() {
        let pacer = Pacer::new(Quotas::unlimited().with("Op", RateQuota { rate: 20.0, burst: 5.0 }));
        let started = Instant::now();
        for _ in 0..5 {
            pacer.acquire("Op").await;
        }
        assert!(started.elapsed() < Duration::from_millis(30), "the burst goes at once");
        for _ in 0..10 {
            pacer.acquire("Op").await;
        }
        let elapsed = started.elapsed().as_secs_f64();
        // 10 more at 20/s: half a second.
        assert!((0.45..0.8).contains(&elapsed), "took {elapsed}s");
        // Unpaced operations never wait.
        let started = Instant::now();
        for _ in 0..1000 {
            pacer.acquire("Other").await;
        }
        assert!(started.elapsed() < Duration::from_millis(50));
    }

    #[test]
    fn the_published_table_is_read_by_operation() {
        let q = Quotas::published();
        assert_eq!(q.get("PutAlternateContact"), Some(RateQuota { rate: 5.0, burst: 8.0 }));
        assert_eq!(q.get("ListAccounts"), None);
    }
}
