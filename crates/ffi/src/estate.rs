//! The estate for Go, Swift and Kotlin: inventory, audit, plan and apply over the organization's accounts, each a
//! thin call into `marketplane::estate`. Progress crosses as a pull: `start_apply` hands out an [`EstateRun`] whose
//! `next_event` yields each step as it happens (the Go package turns it into a callback), `cancel` stops it the way
//! Ctrl-C stops the CLI, and `wait` gives the report.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use marketplane::estate::{
    ApplyReport, AuditPolicy, AuditReport, DesiredState, EstateOptions, Inventory, Plan, ProgressEvent, Quotas,
};
use marketplane::ffi::MarketplaneError;

use crate::{block_on, runtime, Result};

/// How an estate runs.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct EstateRunOptions {
    /// Accounts read or changed at once (at least 1).
    pub concurrency: u32,
    /// Keep to Account Management's published request rates (off only for a local backend that does not enforce
    /// them).
    pub paced: bool,
}

/// The defaults: 16 accounts at once, paced by the published quotas.
#[uniffi::export]
pub fn default_estate_run_options() -> EstateRunOptions {
    EstateRunOptions { concurrency: 16, paced: true }
}

fn core_options(options: &EstateRunOptions) -> Result<EstateOptions> {
    if options.concurrency == 0 {
        return Err(marketplane::Error::invalid_field("concurrency", "must be at least 1").into());
    }
    Ok(EstateOptions {
        concurrency: options.concurrency as usize,
        quotas: if options.paced { Quotas::published() } else { Quotas::unlimited() },
        ..EstateOptions::default()
    })
}

macro_rules! estate_objects {
    ($($(#[doc = $doc:literal])* $name:ident),+) => {$(
        $(#[doc = $doc])*
        #[derive(Debug, uniffi::Object)]
        pub struct $name {
            client: marketplane::Client,
            options: EstateRunOptions,
        }

        impl $name {
            pub(crate) fn wrap(client: marketplane::Client) -> Arc<Self> {
                Arc::new($name { client, options: default_estate_run_options() })
            }

            fn estate(&self) -> Result<marketplane::estate::Estate> {
                Ok(self.client.estate().with_options(core_options(&self.options)?))
            }
        }
    )+};
}

estate_objects!(
    /// The organization's accounts as one estate, blocking: inventory, audit, plan, apply.
    Estate,
    /// The estate, `async`.
    AsyncEstate
);

/// One body, two flavours (as `helpers!` does for the service objects).
macro_rules! estate_methods {
    ($blocking:ident, $asynchronous:ident; $(
        $(#[doc = $doc:literal])*
        fn $method:ident($e:ident $(, $arg:ident: $ty:ty)*) -> $ret:ty $body:block
    )*) => {
        #[uniffi::export]
        impl $blocking {
            /// The same estate running with `options`.
            pub fn with_options(&self, options: EstateRunOptions) -> Result<Arc<Self>> {
                core_options(&options)?;
                Ok(Arc::new($blocking { client: self.client.clone(), options }))
            }

            /// Start applying `plan` in the background; follow it with the run's `next_event`, stop it with
            /// `cancel`, and get the report with `wait`.
            pub fn start_apply(&self, plan: Plan) -> Result<Arc<EstateRun>> {
                EstateRun::start(self.estate()?, plan)
            }

            $(
                $(#[doc = $doc])*
                pub fn $method(&self $(, $arg: $ty)*) -> Result<$ret> {
                    let $e = self.estate()?;
                    block_on(async move { $body })
                }
            )*
        }

        #[uniffi::export(async_runtime = "tokio")]
        impl $asynchronous {
            /// The same estate running with `options`.
            pub fn with_options(&self, options: EstateRunOptions) -> Result<Arc<Self>> {
                core_options(&options)?;
                Ok(Arc::new($asynchronous { client: self.client.clone(), options }))
            }

            /// Start applying `plan` in the background (see the blocking `Estate`).
            pub fn start_apply(&self, plan: Plan) -> Result<Arc<EstateRun>> {
                EstateRun::start(self.estate()?, plan)
            }

            $(
                $(#[doc = $doc])*
                pub async fn $method(&self $(, $arg: $ty)*) -> Result<$ret> {
                    let $e = self.estate()?;
                    $body
                }
            )*
        }
    };
}

estate_methods! {
    Estate, AsyncEstate;

    /// Every account with its organization, unit path, tags, contacts and Regions; reads that fail are recorded on
    /// the account (`read_errors`) rather than failing the call.
    fn inventory(e) -> Inventory {
        Ok(e.inventory().await?)
    }

    /// The partner checklists' automatable checks over the estate; AccessDenied makes a finding NOT_EVALUABLE.
    fn audit(e, policy: AuditPolicy) -> AuditReport {
        Ok(e.audit(&policy).await?)
    }

    /// What would change to reach `desired`, account by account (reads only). A bad contact is a `Validation`
    /// error naming `contacts[i].field`.
    fn plan(e, desired: DesiredState) -> Plan {
        Ok(e.plan(&desired).await?)
    }

    /// Apply `plan` and wait for it (no progress; see `start_apply`).
    fn apply(e, plan: Plan) -> ApplyReport {
        Ok(e.apply(&plan).await?)
    }
}

/// An apply running in the background. Blocking methods only, so every language can use it: call `next_event`
/// from a loop (Go does it in a goroutine), `wait` for the report.
#[derive(Debug, uniffi::Object)]
pub struct EstateRun {
    events: Mutex<Receiver<ProgressEvent>>,
    cancel: Arc<AtomicBool>,
    task: Mutex<Option<tokio::task::JoinHandle<marketplane::Result<ApplyReport>>>>,
    report: Mutex<Option<Result<ApplyReport>>>,
}

impl EstateRun {
    fn start(estate: marketplane::estate::Estate, plan: Plan) -> Result<Arc<EstateRun>> {
        let (sender, receiver) = mpsc::channel();
        let sender = Mutex::new(sender);
        let cancel = Arc::new(AtomicBool::new(false));
        let options = EstateOptions {
            cancel: Some(cancel.clone()),
            progress: Some(Arc::new(move |event: &ProgressEvent| {
                // A receiver that is gone (the run was dropped) just stops listening.
                let _ = sender.lock().map(|s| s.send(event.clone()));
            })),
            ..estate_options(&estate)
        };
        let estate = estate.with_options(options);
        let task = runtime().spawn(async move { estate.apply(&plan).await });
        Ok(Arc::new(EstateRun {
            events: Mutex::new(receiver),
            cancel,
            task: Mutex::new(Some(task)),
            report: Mutex::new(None),
        }))
    }
}

/// The options an estate was built with (its concurrency and quotas), to add progress and cancellation to.
fn estate_options(estate: &marketplane::estate::Estate) -> EstateOptions {
    estate.options().clone()
}

#[uniffi::export]
impl EstateRun {
    /// The next progress event, waiting up to `timeout_ms`; none when the wait timed out or the run is over and
    /// every event was read (tell them apart with `is_finished`).
    pub fn next_event(&self, timeout_ms: u32) -> Option<ProgressEvent> {
        let events = self.events.lock().unwrap_or_else(|p| p.into_inner());
        // Timed out, or the run is over and drained.
        events.recv_timeout(Duration::from_millis(timeout_ms.into())).ok()
    }

    /// Whether the run is over (its events may still be waiting to be read).
    pub fn is_finished(&self) -> bool {
        let task = self.task.lock().unwrap_or_else(|p| p.into_inner());
        match task.as_ref() {
            Some(task) => task.is_finished(),
            None => true,
        }
    }

    /// Stop starting changes; those in flight finish, the rest end CANCELLED. Planning again converges.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::SeqCst);
    }

    /// Wait for the run to end and return its report (the same report on every call).
    pub fn wait(&self) -> Result<ApplyReport> {
        let mut report = self.report.lock().unwrap_or_else(|p| p.into_inner());
        if report.is_none() {
            let task = self.task.lock().unwrap_or_else(|p| p.into_inner()).take();
            let outcome = match task {
                Some(task) => block_on(async move {
                    match task.await {
                        Ok(result) => Ok(result?),
                        Err(err) => Err(MarketplaneError::panicked(&err.to_string())),
                    }
                }),
                None => Err(marketplane::Error::internal("the run's task is gone").into()),
            };
            *report = Some(outcome);
        }
        report.clone().unwrap_or_else(|| Err(marketplane::Error::internal("no report").into()))
    }
}
