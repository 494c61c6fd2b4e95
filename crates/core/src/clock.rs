//! Time, as the library sees it. The local engine's asynchronous state machines and the facade's waiters read the
//! clock; tests use a [`ManualClock`] that only moves when told to (or when a waiter sleeps on it).

use std::fmt::Debug;
use std::sync::Mutex;
use std::time::Duration;

use futures::future::BoxFuture;
use time::OffsetDateTime;

/// A source of time that can also wait.
pub trait Clock: Send + Sync + Debug {
    /// The current time.
    fn now(&self) -> OffsetDateTime;

    /// Wait for `duration` of this clock's time.
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()>;
}

/// The machine's clock; sleeping waits for real.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }

    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// A clock that moves only when advanced. Sleeping on it advances it by the sleep's duration at once, so a waiter
/// polling the local engine runs through hours of simulated time instantly and deterministically.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<OffsetDateTime>,
}

impl ManualClock {
    /// A clock standing at `start`.
    pub fn new(start: OffsetDateTime) -> Self {
        ManualClock { now: Mutex::new(start) }
    }

    /// A clock standing at 2026-01-01T00:00:00Z.
    pub fn at_epoch() -> Self {
        ManualClock::new(time::macros::datetime!(2026-01-01 00:00:00 UTC))
    }

    /// Move the clock forward.
    pub fn advance(&self, by: Duration) {
        let mut now = self.now.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *now += by;
    }

    /// Set the clock.
    pub fn set(&self, to: OffsetDateTime) {
        *self.now.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = to;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> OffsetDateTime {
        *self.now.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        self.advance(duration);
        Box::pin(std::future::ready(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn manual_clock_moves_only_when_told() {
        let clock = ManualClock::at_epoch();
        let start = clock.now();
        assert_eq!(clock.now(), start);
        clock.advance(Duration::from_secs(90));
        assert_eq!(clock.now() - start, time::Duration::seconds(90));
        clock.sleep(Duration::from_secs(10)).await;
        assert_eq!(clock.now() - start, time::Duration::seconds(100));
    }
}
