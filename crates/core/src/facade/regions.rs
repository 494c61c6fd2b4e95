//! `client.regions()`: list, get, enable and disable opt-in regions, plus what the SDKs lack: idempotent
//! `ensure_enabled`/`ensure_disabled`, waiters, and the same across many accounts of an organization.

use std::time::Duration;

use futures::stream::{self, Stream, TryStreamExt};
use marketplane_macros::model;

use super::paged_output;
use crate::client::{Call, Client};
use crate::error::{Error, ErrorKind, Result};
use crate::model::account::{
    DisableRegionInput, EnableRegionInput, GetRegionOptStatusInput, ListRegionsInput, ListRegionsOutput,
};
use crate::model::region::{Region, RegionOptStatus};
use crate::model::{AccountId, RegionName};

paged_output!(ListRegionsOutput => regions: Region);

/// Opt-in region operations.
#[derive(Debug, Clone, Copy)]
pub struct Regions<'a> {
    client: &'a Client,
}

/// How long and how often a waiter polls.
#[model]
#[derive(Debug, Clone, PartialEq)]
pub struct WaitOptions {
    /// Give up after this long (default 60 minutes: enabling can take hours on AWS, minutes usually).
    pub timeout: Duration,
    /// The first pause between polls (default 1 s); it doubles each poll.
    pub initial_delay: Duration,
    /// The longest pause between polls (default 30 s).
    pub max_delay: Duration,
}

impl Default for WaitOptions {
    fn default() -> Self {
        WaitOptions {
            timeout: Duration::from_secs(60 * 60),
            initial_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(30),
        }
    }
}

impl<'a> Regions<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Regions { client }
    }

    /// `ListRegions`, as a lazy stream over every page.
    pub fn list(&self) -> RegionList<'a> {
        RegionList { client: self.client, account_id: None, statuses: Vec::new(), page_size: None }
    }

    /// `GetRegionOptStatus`: the region's opt-in status.
    pub fn get(&self, region: RegionName) -> Call<'a, GetRegionOptStatusInput, RegionOptStatus> {
        self.client.call(GetRegionOptStatusInput::new(region)).map(|region| region.region_opt_status)
    }

    /// `EnableRegion`: fails as the service does when the region is not DISABLED.
    pub fn enable(&self, region: RegionName) -> Call<'a, EnableRegionInput> {
        self.client.call(EnableRegionInput::new(region))
    }

    /// `DisableRegion`: fails as the service does when the region is not ENABLED.
    pub fn disable(&self, region: RegionName) -> Call<'a, DisableRegionInput> {
        self.client.call(DisableRegionInput::new(region))
    }

    fn change(&self, region: RegionName, enable: bool, wait: Option<WaitOptions>) -> RegionChange<'a> {
        RegionChange { client: self.client, region, account_id: None, enable, wait }
    }

    /// Enable the region unless it is already enabled or enabling; no error when it already is. A region that is
    /// DISABLING is waited for first. Returns the status after the call (ENABLING, ENABLED or ENABLED_BY_DEFAULT).
    pub fn ensure_enabled(&self, region: RegionName) -> RegionChange<'a> {
        self.change(region, true, None)
    }

    /// Disable the region unless it is already disabled or disabling. Returns DISABLING or DISABLED.
    pub fn ensure_disabled(&self, region: RegionName) -> RegionChange<'a> {
        self.change(region, false, None)
    }

    /// Ensure the region is enabled and wait until it is ENABLED (or ENABLED_BY_DEFAULT).
    pub fn enable_and_wait(&self, region: RegionName, options: WaitOptions) -> RegionChange<'a> {
        self.change(region, true, Some(options))
    }

    /// Ensure the region is disabled and wait until it is DISABLED.
    pub fn disable_and_wait(&self, region: RegionName, options: WaitOptions) -> RegionChange<'a> {
        self.change(region, false, Some(options))
    }

    /// Enable `region` on every account of `accounts` and wait for each, all at once. The caller's own account (the
    /// one chosen with `as_account`, else the one its credentials belong to) is acted on without `AccountId`; the
    /// others in organizations mode. Each account
    /// gets its own result: one failure does not stop the others.
    pub async fn enable_and_wait_for_accounts(
        &self,
        region: &RegionName,
        accounts: &[AccountId],
        options: WaitOptions,
    ) -> Vec<(AccountId, Result<RegionOptStatus>)> {
        // Who the client is (on AWS, from STS when no account was chosen): its own account takes no AccountId,
        // which Account Management refuses from the management account for itself.
        let caller = self.client.caller_account().await.ok();
        let jobs = accounts.iter().map(|account| {
            let mut change = self.enable_and_wait(region.clone(), options.clone());
            if Some(account) != caller.as_ref() {
                change = change.account_id(account.clone());
            }
            async move { (account.clone(), change.send().await) }
        });
        futures::future::join_all(jobs).await
    }
}

/// `ListRegions` as a stream; filters and page size are set with its methods.
#[must_use = "a list does nothing until it is streamed"]
#[derive(Debug, Clone)]
pub struct RegionList<'a> {
    client: &'a Client,
    account_id: Option<AccountId>,
    statuses: Vec<RegionOptStatus>,
    page_size: Option<i32>,
}

impl<'a> RegionList<'a> {
    /// List the regions of another account of the organization (organizations mode).
    pub fn account_id(mut self, account: AccountId) -> Self {
        self.account_id = Some(account);
        self
    }

    /// Only regions in `status` (call again to add more statuses).
    pub fn status(mut self, status: RegionOptStatus) -> Self {
        self.statuses.push(status);
        self
    }

    /// Regions per page, 1 to 50.
    pub fn page_size(mut self, size: i32) -> Self {
        self.page_size = Some(size);
        self
    }

    /// The pages, fetched one at a time as the stream is polled.
    pub fn pages(self) -> impl Stream<Item = Result<Vec<Region>>> + Send + 'a {
        // State: the token of the next page, or None when the last page was returned.
        stream::try_unfold(Some(None::<String>), move |next| {
            let list = self.clone();
            async move {
                let Some(token) = next else { return Ok(None) };
                let mut input = ListRegionsInput::new();
                input.account_id = list.account_id.clone();
                input.max_results = list.page_size;
                input.next_token = token;
                input.region_opt_status_contains = list.statuses.clone();
                let page = list.client.call(input).send().await?;
                Ok(Some((page.regions, page.next_token.map(Some))))
            }
        })
    }

    /// Every region, page after page.
    pub fn into_stream(self) -> impl Stream<Item = Result<Region>> + Send + 'a {
        self.pages().map_ok(|page| stream::iter(page.into_iter().map(Ok))).try_flatten()
    }

    /// Every region, collected.
    pub async fn collect(self) -> Result<Vec<Region>> {
        self.into_stream().try_collect().await
    }
}

impl<'a> std::future::IntoFuture for RegionChange<'a> {
    type Output = Result<RegionOptStatus>;
    type IntoFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Self::Output> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// An idempotent region change, optionally waited for.
#[must_use = "a change does nothing until it is sent"]
#[derive(Debug)]
pub struct RegionChange<'a> {
    client: &'a Client,
    region: RegionName,
    account_id: Option<AccountId>,
    enable: bool,
    wait: Option<WaitOptions>,
}

impl RegionChange<'_> {
    /// Act on another account of the organization (organizations mode).
    pub fn account_id(mut self, account: AccountId) -> Self {
        self.account_id = Some(account);
        self
    }

    async fn status(&self) -> Result<RegionOptStatus> {
        let mut call = self.client.regions().get(self.region.clone());
        if let Some(account) = &self.account_id {
            call = call.account_id(account.clone());
        }
        call.send().await
    }

    async fn request_change(&self) -> Result<()> {
        let regions = self.client.regions();
        let target = self.account_id.clone();
        if self.enable {
            let call = regions.enable(self.region.clone());
            match target {
                Some(account) => call.account_id(account).send().await,
                None => call.send().await,
            }
        } else {
            let call = regions.disable(self.region.clone());
            match target {
                Some(account) => call.account_id(account).send().await,
                None => call.send().await,
            }
        }
    }

    /// Make the change (if needed) and, for the waiting forms, wait until it settles. Returns the final status.
    pub async fn send(self) -> Result<RegionOptStatus> {
        use RegionOptStatus::*;
        let options = self.wait.clone().unwrap_or_default();
        let clock = self.client.clock().clone();
        let started = clock.now();
        let mut delay = options.initial_delay;
        let (settled, moving, opposite_moving) =
            if self.enable { (Enabled, Enabling, Disabling) } else { (Disabled, Disabling, Enabling) };
        loop {
            let status = self.status().await?;
            let done = if self.wait.is_some() {
                status == settled || (self.enable && status == EnabledByDefault)
            } else {
                status == settled || status == moving || (self.enable && status == EnabledByDefault)
            };
            if done {
                return Ok(status);
            }
            // The opposite transition must finish first; our own transition just needs time.
            let must_wait = status == opposite_moving || status == moving;
            if !must_wait {
                match self.request_change().await {
                    Ok(()) => continue,
                    // Someone else changed it meanwhile, or the concurrency limit is reached: look again later.
                    Err(err) if matches!(err.kind(), ErrorKind::Conflict | ErrorKind::Throttled) => {}
                    Err(err) => return Err(err),
                }
            }
            let elapsed = Duration::try_from(clock.now() - started).unwrap_or_default();
            if elapsed >= options.timeout {
                return Err(Error::new(
                    ErrorKind::Timeout,
                    "WaiterTimeout",
                    format!("region {} is still {status} after {:?}; wanted {settled}", self.region, options.timeout),
                ));
            }
            // Never sleep past the deadline: the last look happens at the timeout, not a whole delay later.
            clock.sleep(delay.min(options.timeout - elapsed)).await;
            delay = (delay * 2).min(options.max_delay);
        }
    }
}
