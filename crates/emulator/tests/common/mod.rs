//! The test harness: one local engine with a manual clock and the fixture world, reached either in process (local
//! backend) or over HTTP (AWS backend → emulator on 127.0.0.1:0).

#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_credential_types::provider::SharedCredentialsProvider;
use aws_credential_types::Credentials;
use marketplane::backend::aws::AwsBackend;
use marketplane::backend::local::{LocalBackend, LocalConfig, World};
use marketplane::backend::RetryPolicy;
use marketplane::clock::{Clock, ManualClock};
use marketplane::model::AccountId;
use marketplane::Client;
use marketplane_emulator::Emulator;

/// The organization of the spec's test vectors: management M, members A, D (delegated administrator) and B; a
/// standalone S; and a second organization (X managing Y) without trusted access.
pub const FIXTURE_WORLD: &str = include_str!("../fixtures/world.toml");

pub const M: &str = "123456789012";
pub const A: &str = "111111111111";
pub const D: &str = "222222222222";
pub const B: &str = "333333333333";
pub const S: &str = "444444444444";
pub const X: &str = "555555555555";
pub const Y: &str = "666666666666";

pub fn id(account: &str) -> AccountId {
    account.parse().expect("valid account id")
}

/// How the suite reaches the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Local,
    Emulator,
}

pub struct Harness {
    pub mode: Mode,
    pub backend: Arc<LocalBackend>,
    pub clock: Arc<ManualClock>,
    endpoint: Option<String>,
}

impl Harness {
    pub async fn new(mode: Mode) -> Harness {
        Harness::with_world(mode, FIXTURE_WORLD, LocalConfig::default()).await
    }

    pub async fn with_world(mode: Mode, world: &str, config: LocalConfig) -> Harness {
        let clock = Arc::new(ManualClock::at_epoch());
        let backend = Arc::new(
            LocalBackend::builder()
                .clock(clock.clone())
                .config(config)
                .world(World::from_toml_str(world).expect("fixture world"))
                .in_memory()
                .expect("local backend"),
        );
        let endpoint = match mode {
            Mode::Local => None,
            Mode::Emulator => {
                let emulator = Arc::new(Emulator::new(backend.clone()));
                let addr = marketplane_emulator::spawn("127.0.0.1:0".parse().expect("addr"), emulator)
                    .await
                    .expect("emulator");
                Some(format!("http://{addr}"))
            }
        };
        Harness { mode, backend, clock, endpoint }
    }

    /// A client acting as `account`. Retries are off so that every assertion sees the service's first answer.
    pub fn client(&self, account: &str) -> Client {
        match &self.endpoint {
            None => {
                Client::local_builder(self.backend.clone()).retry(RetryPolicy::none()).build().as_account(id(account))
            }
            Some(endpoint) => {
                let config = sdk_config(account, "secret");
                let clock: Arc<dyn Clock> = self.clock.clone();
                Client::builder(AwsBackend::with_endpoint(&config, endpoint))
                    .retry(RetryPolicy::none())
                    .clock(clock)
                    .build()
                    // The AWS backend acts as its credentials say; naming the account lets helpers such as
                    // `enable_and_wait_for_accounts` know who the caller is.
                    .as_account(id(account))
            }
        }
    }

    pub fn endpoint(&self) -> Option<&str> {
        self.endpoint.as_deref()
    }

    pub fn advance(&self, by: Duration) {
        self.clock.advance(by);
    }

    /// The last one-time code sent to `recipient`.
    pub fn last_code(&self, recipient: &str) -> String {
        self.backend.messages_to(recipient).expect("outbox").last().expect("a message was sent").code.clone()
    }
}

/// An SDK configuration with static credentials whose access key id is `access_key_id`.
pub fn sdk_config(access_key_id: &str, secret: &str) -> SdkConfig {
    SdkConfig::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .credentials_provider(SharedCredentialsProvider::new(Credentials::new(
            access_key_id,
            secret,
            None,
            None,
            "marketplane-tests",
        )))
        .build()
}

/// Generate one test per case and mode: `local::case` runs in process, `emulator::case` over HTTP.
#[macro_export]
macro_rules! conformance {
    ($($case:ident),+ $(,)?) => {
        mod local {
            $(
                #[tokio::test]
                async fn $case() {
                    let h = $crate::common::Harness::new($crate::common::Mode::Local).await;
                    super::$case(&h).await;
                }
            )+
        }
        mod emulator {
            $(
                #[tokio::test]
                async fn $case() {
                    let h = $crate::common::Harness::new($crate::common::Mode::Emulator).await;
                    super::$case(&h).await;
                }
            )+
        }
    };
}

/// The estate of the Organizations and STS suites: units, policies, tags, 25 accounts (see the file).
pub const ESTATE_WORLD: &str = include_str!("../fixtures/estate.toml");

/// [`conformance!`] over another world: `conformance_in!(WORLD; case, ...)`.
#[macro_export]
macro_rules! conformance_in {
    ($world:expr; $($case:ident),+ $(,)?) => {
        mod local {
            $(
                #[tokio::test]
                async fn $case() {
                    let h = $crate::common::Harness::with_world(
                        $crate::common::Mode::Local, $world, Default::default()).await;
                    super::$case(&h).await;
                }
            )+
        }
        mod emulator {
            $(
                #[tokio::test]
                async fn $case() {
                    let h = $crate::common::Harness::with_world(
                        $crate::common::Mode::Emulator, $world, Default::default()).await;
                    super::$case(&h).await;
                }
            )+
        }
    };
}
