//! The AWS backend: serves every [`Request`] by calling the AWS services through their `aws-sdk-*` crates (Account
//! Management here; the other services in `aws_<service>.rs`), and acts as other accounts through STS `AssumeRole`.
//!
//! Requests become SDK calls, SDK outputs become the domain model, and SDK errors become [`Error`]s (kind, code,
//! message, field errors, reason, request id and HTTP status). No aws-sdk type leaves this module except the
//! `SdkConfig` the constructors take.

use std::collections::HashMap;
use std::error::Error as StdError;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_config::{BehaviorVersion, SdkConfig};
use aws_credential_types::provider::error::CredentialsError;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider};
use aws_credential_types::Credentials;
use aws_sdk_account::config::http::HttpResponse;
use aws_sdk_account::error::{ErrorMetadata, ProvideErrorMetadata, SdkError};
use aws_sdk_account::operation::RequestId;
use aws_sdk_account::types as sdk;
use futures::future::BoxFuture;
use time::OffsetDateTime;

use super::{Backend, CallContext};
use crate::error::{kind_for_code, Error, ErrorKind, FieldError, Result};
use crate::model::account::*;
use crate::model::organizations::{AssumeRoleInput, GetCallerIdentityInput, DEFAULT_ROLE_NAME};
use crate::model::region::{Region, RegionOptStatus};
use crate::model::{AccountId, RegionName};
use crate::operation::{AccountRemote, Request, Response, StsRemote};

/// Account Management is a global service whose requests are signed for this region.
const GLOBAL_REGION: &str = "us-east-1";

/// One service's SDK client from the shared configuration: SDK retries off (the client's Retry decorator retries
/// with backoff and jitter; retries underneath would multiply the attempts and hide them from tracing), a behavior
/// version (`Client::from_conf` panics without one, and a hand-built `SdkConfig` may lack it), the region forced when
/// given (else the configuration's, else us-east-1), and the endpoint override.
macro_rules! service_client {
    ($sdk:ident, $config:expr, $endpoint:expr, $region:expr) => {{
        let config: &SdkConfig = $config;
        let mut builder =
            $sdk::config::Builder::from(config).retry_config($sdk::config::retry::RetryConfig::disabled());
        let forced: Option<&str> = $region;
        match (forced, config.region()) {
            (Some(region), _) => builder = builder.region($sdk::config::Region::new(region)),
            (None, None) => builder = builder.region($sdk::config::Region::new(GLOBAL_REGION)),
            (None, Some(_)) => {}
        }
        if config.behavior_version().is_none() {
            builder = builder.behavior_version(BehaviorVersion::latest());
        }
        let endpoint: Option<&str> = $endpoint;
        if let Some(url) = endpoint {
            builder = builder.endpoint_url(url);
        }
        $sdk::Client::from_conf(builder.build())
    }};
}

/// The backend that calls the real AWS services through their SDK crates.
///
/// It signs as its credentials. A client that acts as another account (`Client::as_account`) has its requests to
/// the services that take no `AccountId` (Organizations, STS, the Marketplace services and the Serverless
/// Application Repository) signed with the temporary credentials of a role assumed in that account
/// ([`AwsBackend::with_role_name`], default `OrganizationAccountAccessRole`), cached per account and refreshed
/// before they expire; Account Management requests keep the backend's own credentials and name that account as
/// their `AccountId` (organizations mode), as the service wants from a management or delegated-administrator
/// account.
#[derive(Debug, Clone)]
pub struct AwsBackend {
    /// The service clients with the backend's own credentials.
    base: Arc<Services>,
    /// The configuration, for the clients of assumed roles.
    config: SdkConfig,
    endpoint_url: Option<String>,
    /// The configuration's credentials provider, if it had one (the SDK's config cannot tell afterwards), to know
    /// whom the requests are signed as.
    credentials: Option<SharedCredentialsProvider>,
    /// The role `as_account` assumes in another account.
    role_name: String,
    /// Who the credentials are, learnt once (STS `GetCallerIdentity` unless the credentials say).
    identity: Arc<tokio::sync::OnceCell<AccountId>>,
    /// The clients of each account acted as through an assumed role.
    assumed: Arc<Mutex<HashMap<AccountId, Arc<Services>>>>,
}

/// One set of service clients, all signing with the same credentials.
#[derive(Debug)]
struct Services {
    /// Account Management.
    client: aws_sdk_account::Client,
    /// The Serverless Application Repository client (a regional service: it keeps the configuration's region).
    sar: aws_sdk_serverlessapplicationrepository::Client,
    /// The Marketplace Catalog client (served from us-east-1 only, whatever the configuration's region).
    catalog: aws_sdk_marketplacecatalog::Client,
    /// The Marketplace Discovery client (us-east-1, like the catalog).
    discovery: aws_sdk_marketplacediscovery::Client,
    /// The Marketplace Agreement client (us-east-1).
    agreement: aws_sdk_marketplaceagreement::Client,
    /// Marketplace Agreement's signed RPC v2 CBOR client, for the operations and members the SDK crate lacks.
    agreement_rpc: super::aws_rpc::RpcClient,
    /// Organizations (a global service, signed for us-east-1).
    organizations: aws_sdk_organizations::Client,
    /// STS (regional: the configuration's region, else us-east-1).
    sts: aws_sdk_sts::Client,
}

impl Services {
    fn new(config: &SdkConfig, endpoint_url: Option<&str>) -> Services {
        let catalog_region = Some(crate::model::catalog::CATALOG_REGION);
        Services {
            client: service_client!(aws_sdk_account, config, endpoint_url, None),
            sar: service_client!(aws_sdk_serverlessapplicationrepository, config, endpoint_url, None),
            // The Marketplace APIs are served from us-east-1 only, whatever the configuration's region.
            catalog: service_client!(aws_sdk_marketplacecatalog, config, endpoint_url, catalog_region),
            discovery: service_client!(aws_sdk_marketplacediscovery, config, endpoint_url, catalog_region),
            agreement: service_client!(aws_sdk_marketplaceagreement, config, endpoint_url, catalog_region),
            agreement_rpc: super::aws_agreement::rpc_client(config, endpoint_url),
            // Organizations is global: its endpoint is in us-east-1 whatever the configuration's region.
            organizations: service_client!(aws_sdk_organizations, config, endpoint_url, Some(GLOBAL_REGION)),
            sts: service_client!(aws_sdk_sts, config, endpoint_url, None),
        }
    }
}

/// The temporary credentials of a role in another account, from STS `AssumeRole` with the backend's own
/// credentials; kept until five minutes before they expire, then assumed again.
#[derive(Debug)]
struct AssumedRole {
    sts: aws_sdk_sts::Client,
    role_arn: String,
    cached: tokio::sync::Mutex<Option<Credentials>>,
}

/// How long before their expiry assumed credentials are renewed.
const RENEW_BEFORE: Duration = Duration::from_secs(5 * 60);

/// The session name the assumed roles' sessions carry (in CloudTrail and in `GetCallerIdentity`).
const SESSION_NAME: &str = "marketplane";

impl AssumedRole {
    async fn credentials(&self) -> Result<Credentials> {
        let mut cached = self.cached.lock().await;
        if let Some(credentials) = cached.as_ref() {
            let fresh = credentials.expiry().is_none_or(|at| at > SystemTime::now() + RENEW_BEFORE);
            if fresh {
                return Ok(credentials.clone());
            }
        }
        let remote = super::aws_organizations::Sts(&self.sts);
        let out = StsRemote::assume_role(&remote, AssumeRoleInput::new(self.role_arn.clone(), SESSION_NAME)).await?;
        let c = out.credentials;
        let credentials = Credentials::new(
            c.access_key_id,
            c.secret_access_key,
            Some(c.session_token),
            Some(c.expiration.into()),
            "marketplane-assume-role",
        );
        *cached = Some(credentials.clone());
        Ok(credentials)
    }
}

impl ProvideCredentials for AssumedRole {
    fn provide_credentials<'a>(&'a self) -> aws_credential_types::provider::future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        aws_credential_types::provider::future::ProvideCredentials::new(async move {
            self.credentials().await.map_err(CredentialsError::provider_error)
        })
    }
}

/// `config` with an HTTP client that loads no root certificates, for an `http://` endpoint (the emulator, a local
/// proxy). The SDK's default client reads the system's CA certificates when it first connects, even to a plain-HTTP
/// endpoint, and a debug build panics when the machine has none (minimal containers, debootstrapped roots); plain
/// HTTP needs no certificates, so it should not depend on them.
fn without_root_certificates(config: &SdkConfig) -> SdkConfig {
    use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode, TlsContext, TrustStore};
    let no_roots = TlsContext::builder().with_trust_store(TrustStore::empty().with_native_roots(false)).build();
    match no_roots {
        Ok(context) => {
            let client = aws_smithy_http_client::Builder::new()
                .tls_provider(tls::Provider::Rustls(CryptoMode::AwsLc))
                .tls_context(context)
                .build_https();
            config.to_builder().http_client(client).build()
        }
        // Building an empty trust store cannot fail today; if it ever does, keep the default client.
        Err(_) => config.clone(),
    }
}

impl AwsBackend {
    /// A backend using `config` (credentials, region, HTTP client). A config without a region signs for
    /// `us-east-1`, where the global services live.
    pub fn new(config: &SdkConfig) -> AwsBackend {
        AwsBackend::from_service_config(config, None)
    }

    /// A backend whose configuration comes from the environment (environment variables, profiles, SSO, IMDS, ...),
    /// as the AWS CLI resolves it; `AWS_ENDPOINT_URL` redirects it, for example to the emulator.
    pub async fn from_env() -> Result<AwsBackend> {
        let config = aws_config::defaults(BehaviorVersion::latest()).load().await;
        Ok(AwsBackend::new(&config))
    }

    /// A backend using `config` that sends every request to `endpoint_url` (an emulator, a proxy, a VPC endpoint).
    /// An `http://` endpoint is reached with an HTTP client that needs no CA certificates on the machine (it replaces
    /// the configuration's client; give an `https://` endpoint to keep your own).
    pub fn with_endpoint(config: &SdkConfig, endpoint_url: &str) -> AwsBackend {
        AwsBackend::from_service_config(config, Some(endpoint_url))
    }

    /// The role `Client::as_account` assumes in another account (default `OrganizationAccountAccessRole`, the role
    /// Organizations creates in the accounts it creates; Control Tower uses `AWSControlTowerExecution`).
    pub fn with_role_name(mut self, role_name: impl Into<String>) -> AwsBackend {
        self.role_name = role_name.into();
        self.assumed = Arc::default();
        self
    }

    /// The role `as_account` assumes in other accounts.
    pub fn role_name(&self) -> &str {
        &self.role_name
    }

    fn from_service_config(config: &SdkConfig, endpoint_url: Option<&str>) -> AwsBackend {
        let plain_http = endpoint_url.or(config.endpoint_url()).is_some_and(|url| url.starts_with("http://"));
        let config = &if plain_http { without_root_certificates(config) } else { config.clone() };
        AwsBackend {
            base: Arc::new(Services::new(config, endpoint_url)),
            config: config.clone(),
            endpoint_url: endpoint_url.map(str::to_owned),
            credentials: config.credentials_provider(),
            role_name: DEFAULT_ROLE_NAME.to_owned(),
            identity: Arc::default(),
            assumed: Arc::default(),
        }
    }

    async fn dispatch(&self, services: &Services, request: Request) -> Result<Response> {
        let op = request.operation_name();
        // Every request is SigV4-signed; without a credentials provider the SDK fails with an opaque "no identity
        // resolver" dispatch failure, so say what is wrong instead.
        if self.credentials.is_none() {
            return Err(Error::config(format!(
                "{op}: the AWS configuration has no credentials provider; AWS requests must be signed"
            )));
        }
        match request {
            Request::Account(request) => {
                request.serve_remote(&AccountApi(&services.client)).await.map(Response::Account)
            }
            Request::Sar(request) => request.serve_remote(&super::aws_sar::Sar(&services.sar)).await.map(Response::Sar),
            Request::Catalog(request) => {
                request.serve_remote(&super::aws_catalog::Catalog(&services.catalog)).await.map(Response::Catalog)
            }
            Request::Discovery(request) => request
                .serve_remote(&super::aws_discovery::Discovery(&services.discovery))
                .await
                .map(Response::Discovery),
            Request::Agreement(request) => {
                let api = super::aws_agreement::AgreementApi { sdk: &services.agreement, rpc: &services.agreement_rpc };
                request.serve_remote(&api).await.map(Response::Agreement)
            }
            Request::Organizations(request) => request
                .serve_remote(&super::aws_organizations::Organizations(&services.organizations))
                .await
                .map(Response::Organizations),
            Request::Sts(request) => {
                request.serve_remote(&super::aws_organizations::Sts(&services.sts)).await.map(Response::Sts)
            }
        }
    }

    /// The account the backend's own credentials belong to: as the credentials say, else from STS
    /// `GetCallerIdentity`, asked once.
    pub async fn own_account(&self) -> Result<AccountId> {
        let provider = self.credentials.as_ref().ok_or_else(|| {
            Error::config("the AWS configuration has no credentials provider; AWS requests must be signed")
        })?;
        self.identity
            .get_or_try_init(|| async {
                let credentials = provider.provide_credentials().await.map_err(|e| {
                    Error::config(format!("cannot resolve the AWS credentials: {}", causes(&e))).with_source(e)
                })?;
                if let Some(account) = credentials.account_id().and_then(|a| a.as_str().parse().ok()) {
                    return Ok(account);
                }
                let sts = super::aws_organizations::Sts(&self.base.sts);
                Ok(StsRemote::get_caller_identity(&sts, GetCallerIdentityInput::new()).await?.account)
            })
            .await
            .cloned()
    }

    /// The clients that act as `account` through the assumed role, made (and the role assumed) on first use.
    async fn assumed_services(&self, account: &AccountId) -> Result<Arc<Services>> {
        let existing = self.assumed.lock().unwrap_or_else(|p| p.into_inner()).get(account).cloned();
        let services = match existing {
            Some(services) => services,
            None => {
                let role = AssumedRole {
                    sts: self.base.sts.clone(),
                    role_arn: AssumeRoleInput::role_arn_for(account, &self.role_name),
                    cached: tokio::sync::Mutex::new(None),
                };
                // Assume it now, so that a refusal is reported as STS said it (AccessDenied), not as a transport
                // failure of the credentials provider inside the call.
                role.credentials().await?;
                let config =
                    self.config.to_builder().credentials_provider(SharedCredentialsProvider::new(role)).build();
                let services = Arc::new(Services::new(&config, self.endpoint_url.as_deref()));
                let mut assumed = self.assumed.lock().unwrap_or_else(|p| p.into_inner());
                assumed.entry(account.clone()).or_insert(services).clone()
            }
        };
        Ok(services)
    }
}

/// Account Management through its SDK client.
struct AccountApi<'a>(&'a aws_sdk_account::Client);

impl AccountRemote for AccountApi<'_> {
    async fn accept_primary_email_update(
        &self,
        input: AcceptPrimaryEmailUpdateInput,
    ) -> Result<PrimaryEmailUpdateStatus> {
        let op = "AcceptPrimaryEmailUpdate";
        let c = self.0;
        let AcceptPrimaryEmailUpdateInput { account_id, primary_email, otp, .. } = input;
        let out = c
            .accept_primary_email_update()
            .account_id(account_id.as_str())
            .primary_email(primary_email)
            .otp(otp)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let status = out.status.ok_or_else(|| lacked(op, "Status"))?;
        Ok(PrimaryEmailUpdateStatus::from(status.as_str()))
    }

    async fn delete_alternate_contact(&self, input: DeleteAlternateContactInput) -> Result<()> {
        let op = "DeleteAlternateContact";
        let c = self.0;
        let DeleteAlternateContactInput { account_id, alternate_contact_type: contact_type, .. } = input;
        c.delete_alternate_contact()
            .set_account_id(wire_id(account_id))
            .alternate_contact_type(sdk::AlternateContactType::from(contact_type.as_str()))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn disable_region(&self, input: DisableRegionInput) -> Result<()> {
        let op = "DisableRegion";
        let c = self.0;
        let DisableRegionInput { account_id, region_name, .. } = input;
        c.disable_region()
            .set_account_id(wire_id(account_id))
            .region_name(region_name.as_str())
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn enable_region(&self, input: EnableRegionInput) -> Result<()> {
        let op = "EnableRegion";
        let c = self.0;
        let EnableRegionInput { account_id, region_name, .. } = input;
        c.enable_region()
            .set_account_id(wire_id(account_id))
            .region_name(region_name.as_str())
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn get_account_information(&self, input: GetAccountInformationInput) -> Result<AccountInformation> {
        let op = "GetAccountInformation";
        let c = self.0;
        let GetAccountInformationInput { account_id, .. } = input;
        let out = c
            .get_account_information()
            .set_account_id(wire_id(account_id))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let account_id = out.account_id.ok_or_else(|| lacked(op, "AccountId"))?;
        let created = out.account_created_date.ok_or_else(|| lacked(op, "AccountCreatedDate"))?;
        let state = out.account_state.ok_or_else(|| lacked(op, "AccountState"))?;
        Ok(AccountInformation {
            account_id: parse_account_id(op, "AccountId", &account_id)?,
            account_name: out.account_name.ok_or_else(|| lacked(op, "AccountName"))?,
            account_created_date: to_offset_date_time(&created)?,
            account_state: AccountState::from(state.as_str()),
        })
    }

    async fn get_alternate_contact(&self, input: GetAlternateContactInput) -> Result<AlternateContact> {
        let op = "GetAlternateContact";
        let c = self.0;
        let GetAlternateContactInput { account_id, alternate_contact_type: contact_type, .. } = input;
        let out = c
            .get_alternate_contact()
            .set_account_id(wire_id(account_id))
            .alternate_contact_type(sdk::AlternateContactType::from(contact_type.as_str()))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let contact = out.alternate_contact.ok_or_else(|| lacked(op, "AlternateContact"))?;
        from_sdk_alternate_contact(op, contact, contact_type)
    }

    async fn get_contact_information(&self, input: GetContactInformationInput) -> Result<PrimaryContact> {
        let op = "GetContactInformation";
        let c = self.0;
        let GetContactInformationInput { account_id, .. } = input;
        let out = c
            .get_contact_information()
            .set_account_id(wire_id(account_id))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let info = out.contact_information.ok_or_else(|| lacked(op, "ContactInformation"))?;
        Ok(PrimaryContact {
            contact_information: from_sdk_contact_information(info),
            verification_status: out.verification_status.map(|s| PhoneNumberVerificationStatus::from(s.as_str())),
        })
    }

    async fn get_gov_cloud_account_information(
        &self,
        input: GetGovCloudAccountInformationInput,
    ) -> Result<GovCloudAccountInformation> {
        let op = "GetGovCloudAccountInformation";
        let c = self.0;
        let GetGovCloudAccountInformationInput { standard_account_id, .. } = input;
        let out = c
            .get_gov_cloud_account_information()
            .set_standard_account_id(wire_id(standard_account_id))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(GovCloudAccountInformation {
            gov_cloud_account_id: parse_account_id(op, "GovCloudAccountId", &out.gov_cloud_account_id)?,
            account_state: AccountState::from(out.account_state.as_str()),
        })
    }

    async fn get_primary_email(&self, input: GetPrimaryEmailInput) -> Result<String> {
        let op = "GetPrimaryEmail";
        let c = self.0;
        let GetPrimaryEmailInput { account_id, .. } = input;
        let out =
            c.get_primary_email().account_id(account_id.as_str()).send().await.map_err(|e| from_sdk_error(op, e))?;
        out.primary_email.ok_or_else(|| lacked(op, "PrimaryEmail"))
    }

    async fn get_primary_email_update_status(
        &self,
        input: GetPrimaryEmailUpdateStatusInput,
    ) -> Result<PrimaryEmailUpdate> {
        let op = "GetPrimaryEmailUpdateStatus";
        let c = self.0;
        let GetPrimaryEmailUpdateStatusInput { account_id, .. } = input;
        let out = c
            .get_primary_email_update_status()
            .set_account_id(wire_id(account_id))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(PrimaryEmailUpdate {
            status: PrimaryEmailUpdateStatus::from(out.status.as_str()),
            updated_at: out.updated_at.as_ref().map(to_offset_date_time).transpose()?,
        })
    }

    async fn get_region_opt_status(&self, input: GetRegionOptStatusInput) -> Result<Region> {
        let op = "GetRegionOptStatus";
        let c = self.0;
        let GetRegionOptStatusInput { account_id, region_name, .. } = input;
        let out = c
            .get_region_opt_status()
            .set_account_id(wire_id(account_id))
            .region_name(region_name.as_str())
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let status = out.region_opt_status.ok_or_else(|| lacked(op, "RegionOptStatus"))?;
        // The service echoes the region; if it ever does not, it is the one we asked about.
        let region_name = match out.region_name {
            Some(name) => parse_region_name(op, &name)?,
            None => region_name,
        };
        Ok(Region { region_name, region_opt_status: RegionOptStatus::from(status.as_str()) })
    }

    async fn list_regions(&self, input: ListRegionsInput) -> Result<ListRegionsOutput> {
        let op = "ListRegions";
        let c = self.0;
        let ListRegionsInput { account_id, max_results, next_token, region_opt_status_contains: status_filter, .. } =
            input;
        let filter = (!status_filter.is_empty())
            .then(|| status_filter.iter().map(|s| sdk::RegionOptStatus::from(s.as_str())).collect::<Vec<_>>());
        let out = c
            .list_regions()
            .set_account_id(wire_id(account_id))
            .set_max_results(max_results)
            .set_next_token(next_token)
            .set_region_opt_status_contains(filter)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let regions =
            out.regions.unwrap_or_default().into_iter().map(|r| from_sdk_region(op, r)).collect::<Result<Vec<_>>>()?;
        Ok(ListRegionsOutput::new(regions, out.next_token))
    }

    async fn put_account_name(&self, input: PutAccountNameInput) -> Result<()> {
        let op = "PutAccountName";
        let c = self.0;
        let PutAccountNameInput { account_id, account_name, .. } = input;
        c.put_account_name()
            .set_account_id(wire_id(account_id))
            .account_name(account_name)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn put_alternate_contact(&self, input: PutAlternateContactInput) -> Result<()> {
        let op = "PutAlternateContact";
        let c = self.0;
        let PutAlternateContactInput { account_id, contact, .. } = input;
        c.put_alternate_contact()
            .set_account_id(wire_id(account_id))
            .alternate_contact_type(sdk::AlternateContactType::from(contact.alternate_contact_type.as_str()))
            .name(contact.name)
            .title(contact.title)
            .email_address(contact.email_address)
            .phone_number(contact.phone_number)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn put_contact_information(&self, input: PutContactInformationInput) -> Result<()> {
        let op = "PutContactInformation";
        let c = self.0;
        let PutContactInformationInput { account_id, contact_information, .. } = input;
        c.put_contact_information()
            .set_account_id(wire_id(account_id))
            .contact_information(to_sdk_contact_information(contact_information)?)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        Ok(())
    }

    async fn send_phone_number_verification(
        &self,
        input: SendPhoneNumberVerificationInput,
    ) -> Result<PhoneNumberVerificationStatus> {
        let op = "SendPhoneNumberVerification";
        let c = self.0;
        let SendPhoneNumberVerificationInput { account_id, .. } = input;
        let out = c
            .send_phone_number_verification()
            .set_account_id(wire_id(account_id))
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let status = out.status.ok_or_else(|| lacked(op, "Status"))?;
        Ok(PhoneNumberVerificationStatus::from(status.as_str()))
    }

    async fn start_primary_email_update(
        &self,
        input: StartPrimaryEmailUpdateInput,
    ) -> Result<PrimaryEmailUpdateStatus> {
        let op = "StartPrimaryEmailUpdate";
        let c = self.0;
        let StartPrimaryEmailUpdateInput { account_id, primary_email, .. } = input;
        let out = c
            .start_primary_email_update()
            .account_id(account_id.as_str())
            .primary_email(primary_email)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let status = out.status.ok_or_else(|| lacked(op, "Status"))?;
        Ok(PrimaryEmailUpdateStatus::from(status.as_str()))
    }

    async fn verify_phone_number(&self, input: VerifyPhoneNumberInput) -> Result<PhoneNumberVerificationStatus> {
        let op = "VerifyPhoneNumber";
        let c = self.0;
        let VerifyPhoneNumberInput { account_id, otp, .. } = input;
        let out = c
            .verify_phone_number()
            .set_account_id(wire_id(account_id))
            .otp(otp)
            .send()
            .await
            .map_err(|e| from_sdk_error(op, e))?;
        let status = out.status.ok_or_else(|| lacked(op, "Status"))?;
        Ok(PhoneNumberVerificationStatus::from(status.as_str()))
    }
}

impl Backend for AwsBackend {
    fn name(&self) -> &'static str {
        "aws"
    }

    /// Serve `request` as the credentials' own account, or as the account named in `ctx` (`Client::as_account`):
    /// Account Management with the backend's credentials and that account as `AccountId`, everything else with
    /// the credentials of the role assumed in that account.
    fn call<'a>(&'a self, ctx: &'a CallContext, mut request: Request) -> BoxFuture<'a, Result<Response>> {
        Box::pin(async move {
            let Some(caller) = &ctx.caller else { return self.dispatch(&self.base, request).await };
            if self.credentials.is_none() {
                return self.dispatch(&self.base, request).await;
            }
            let own = self.own_account().await.map_err(|e| {
                Error::new(
                    e.kind(),
                    e.code(),
                    format!("{}: who the credentials are: {}", request.operation_name(), e.message()),
                )
            })?;
            if caller == &own {
                return self.dispatch(&self.base, request).await;
            }
            if let Request::Account(account) = &mut request {
                account.target_if_unnamed(caller);
                return self.dispatch(&self.base, request).await;
            }
            let services = self.assumed_services(caller).await?;
            self.dispatch(&services, request).await
        })
    }
}

// ---- model conversions ----

fn wire_id(account: Option<AccountId>) -> Option<String> {
    account.map(|id| id.as_str().to_owned())
}

/// A Smithy timestamp as a point in time.
pub(super) fn smithy_time(t: Option<&aws_smithy_types::DateTime>) -> Option<time::OffsetDateTime> {
    t.and_then(|t| {
        time::OffsetDateTime::from_unix_timestamp_nanos(
            i128::from(t.secs()) * 1_000_000_000 + i128::from(t.subsec_nanos()),
        )
        .ok()
    })
}

/// A JSON document without its null members (optional members the SDK left unset).
pub(super) fn strip_nulls(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(m) => {
            Value::Object(m.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, strip_nulls(v))).collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(strip_nulls).collect()),
        other => other,
    }
}

pub(super) fn lacked(operation: &str, member: &str) -> Error {
    Error::internal(format!("{operation} response lacked {member}"))
}

fn parse_account_id(operation: &str, member: &str, value: &str) -> Result<AccountId> {
    AccountId::parse_field(value, member).map_err(|e| {
        Error::internal(format!("{operation} response has an invalid {member} {value:?}: {}", e.message()))
    })
}

fn parse_region_name(operation: &str, value: &str) -> Result<RegionName> {
    RegionName::parse_field(value, RegionName::FIELD).map_err(|e| {
        Error::internal(format!("{operation} response has an invalid RegionName {value:?}: {}", e.message()))
    })
}

/// An SDK timestamp as an `OffsetDateTime` in UTC, keeping its nanoseconds.
fn to_offset_date_time(value: &aws_smithy_types::DateTime) -> Result<OffsetDateTime> {
    // `secs` is the floor and `subsec_nanos` the non-negative remainder, also before 1970.
    let nanos = i128::from(value.secs()) * 1_000_000_000 + i128::from(value.subsec_nanos());
    OffsetDateTime::from_unix_timestamp_nanos(nanos).map_err(|e| {
        Error::internal(format!("timestamp {}s {}ns is out of range: {e}", value.secs(), value.subsec_nanos()))
    })
}

fn from_sdk_alternate_contact(
    operation: &str,
    contact: sdk::AlternateContact,
    requested: AlternateContactType,
) -> Result<AlternateContact> {
    Ok(AlternateContact {
        // The service echoes the type; if it ever does not, it is the one we asked for.
        alternate_contact_type: contact
            .alternate_contact_type
            .map(|t| AlternateContactType::from(t.as_str()))
            .unwrap_or(requested),
        name: contact.name.ok_or_else(|| lacked(operation, "AlternateContact.Name"))?,
        title: contact.title.ok_or_else(|| lacked(operation, "AlternateContact.Title"))?,
        email_address: contact.email_address.ok_or_else(|| lacked(operation, "AlternateContact.EmailAddress"))?,
        phone_number: contact.phone_number.ok_or_else(|| lacked(operation, "AlternateContact.PhoneNumber"))?,
    })
}

fn from_sdk_contact_information(c: sdk::ContactInformation) -> ContactInformation {
    ContactInformation {
        full_name: c.full_name,
        address_line1: c.address_line1,
        address_line2: c.address_line2,
        address_line3: c.address_line3,
        city: c.city,
        state_or_region: c.state_or_region,
        district_or_county: c.district_or_county,
        postal_code: c.postal_code,
        country_code: c.country_code,
        phone_number: c.phone_number,
        company_name: c.company_name,
        website_url: c.website_url,
    }
}

fn to_sdk_contact_information(c: ContactInformation) -> Result<sdk::ContactInformation> {
    sdk::ContactInformation::builder()
        .full_name(c.full_name)
        .address_line1(c.address_line1)
        .set_address_line2(c.address_line2)
        .set_address_line3(c.address_line3)
        .city(c.city)
        .set_state_or_region(c.state_or_region)
        .set_district_or_county(c.district_or_county)
        .postal_code(c.postal_code)
        .country_code(c.country_code)
        .phone_number(c.phone_number)
        .set_company_name(c.company_name)
        .set_website_url(c.website_url)
        .build()
        .map_err(|e| Error::invalid_field("ContactInformation", e.to_string()).with_source(e))
}

fn from_sdk_region(operation: &str, region: sdk::Region) -> Result<Region> {
    let name = region.region_name.ok_or_else(|| lacked(operation, "Regions[].RegionName"))?;
    let status = region.region_opt_status.ok_or_else(|| lacked(operation, "Regions[].RegionOptStatus"))?;
    Ok(Region {
        region_name: parse_region_name(operation, &name)?,
        region_opt_status: RegionOptStatus::from(status.as_str()),
    })
}

// ---- errors ----

/// Turn any SDK error of `operation` into the library's [`Error`].
///
/// Service errors keep the service's code, message, request id and HTTP status, and for validation errors the
/// `fieldList` and `reason` of the response body. Failures without a usable response are `Transport` (or `Config`
/// when the credentials could not be loaded); requests that could not be built are `Validation`.
pub(super) fn from_sdk_error<E>(operation: &str, err: SdkError<E, HttpResponse>) -> Error
where
    E: ProvideErrorMetadata + StdError + Send + Sync + 'static,
{
    let request_id = err.request_id().map(str::to_owned);
    let status = err.raw_response().map(|r| r.status().as_u16());
    let mapped = match &err {
        SdkError::ServiceError(_) => {
            let body = err.raw_response().and_then(|r| r.body().bytes());
            service_error(operation, err.meta(), status, body)
        }
        _ if credentials_unavailable(&err) => {
            Error::config(format!("{operation}: no usable AWS credentials: {}", causes(&err))).with_source(err)
        }
        SdkError::ConstructionFailure(_) => {
            Error::new(ErrorKind::Validation, "ValidationException", format!("{operation}: {}", causes(&err)))
                .with_source(err)
        }
        // Dispatch, timeout and unreadable responses: the call may or may not have reached the service.
        _ => Error::new(ErrorKind::Transport, "TransportError", format!("{operation}: {}", causes(&err)))
            .with_source(err),
    };
    let mapped = match request_id {
        Some(id) => mapped.with_request_id(id),
        None => mapped,
    };
    match status {
        Some(status) => mapped.with_http_status(status),
        None => mapped,
    }
}

/// The error a service answered with, from its metadata, HTTP status and raw body.
fn service_error(operation: &str, meta: &ErrorMetadata, status: Option<u16>, body: Option<&[u8]>) -> Error {
    let code = meta.code().unwrap_or("UnknownError");
    let kind = kind_for(meta.code(), status);
    let message = meta.message().map(str::to_owned).unwrap_or_else(|| format!("{operation} failed with {code}"));
    let mut err = Error::new(kind, code, message);
    if kind == ErrorKind::Validation {
        if let Some(detail) = body.and_then(parse_validation_body) {
            if !detail.field_list.is_empty() {
                err = err.with_field_errors(detail.field_list);
            }
            if let Some(reason) = detail.reason {
                err = err.with_reason(reason);
            }
        }
    }
    err
}

/// The kind of a service error: by code; a code this library does not know (or none) falls back on the HTTP status,
/// so an unknown client error is not mistaken for a retryable service failure.
fn kind_for(code: Option<&str>, status: Option<u16>) -> ErrorKind {
    let by_code = code.map(kind_for_code).unwrap_or(ErrorKind::Internal);
    let known_internal = matches!(
        code,
        Some("InternalServerException" | "InternalServerErrorException" | "InternalServerError" | "InternalFailure")
    );
    if by_code != ErrorKind::Internal || known_internal {
        return by_code;
    }
    match status {
        Some(400 | 422) => ErrorKind::Validation,
        Some(401 | 403) => ErrorKind::AccessDenied,
        Some(404) => ErrorKind::NotFound,
        Some(409) => ErrorKind::Conflict,
        Some(429) => ErrorKind::Throttled,
        Some(503) => ErrorKind::Unavailable,
        Some(s) if (400..500).contains(&s) => ErrorKind::Validation,
        _ => ErrorKind::Internal,
    }
}

/// The parts of a `ValidationException` body the SDK's generic metadata does not carry.
#[derive(Debug, Default, PartialEq, serde::Deserialize)]
struct ValidationBody {
    // `fieldList` of Account Management, `ValidationExceptionFieldList` of Marketplace Catalog, or `fields` of
    // Marketplace Agreement.
    #[serde(
        default,
        rename = "fieldList",
        alias = "ValidationExceptionFieldList",
        alias = "fields",
        deserialize_with = "null_as_empty"
    )]
    field_list: Vec<FieldError>,
    #[serde(default)]
    reason: Option<String>,
}

fn null_as_empty<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Vec<FieldError>, D::Error> {
    #[derive(serde::Deserialize)]
    struct WireField {
        #[serde(default, alias = "Field")]
        name: Option<String>,
        #[serde(default, alias = "Message")]
        message: Option<String>,
    }
    let fields: Option<Vec<WireField>> = serde::Deserialize::deserialize(d)?;
    Ok(fields
        .unwrap_or_default()
        .into_iter()
        .map(|f| FieldError::new(f.name.unwrap_or_default(), f.message.unwrap_or_default()))
        .collect())
}

/// `fieldList` and `reason` of an error body in JSON or, for RPC v2 services, CBOR; `None` when the body is neither
/// (or not an object).
fn parse_validation_body(body: &[u8]) -> Option<ValidationBody> {
    serde_json::from_slice(body)
        .ok()
        .or_else(|| crate::wire::agreement::cbor_to_json(body).ok().and_then(|v| serde_json::from_value(v).ok()))
}

/// The messages of an error and its causes, outermost first, joined with `: ` (the SDK's own `Display` says only
/// "dispatch failure" and the like).
fn causes(err: &(dyn StdError + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cause = Some(err);
    while let Some(e) = cause {
        let text = e.to_string();
        // Wrappers often repeat their cause's message; keep each message once.
        if !parts.last().is_some_and(|last| last.ends_with(&text)) {
            parts.push(text);
        }
        cause = e.source();
    }
    parts.join(": ")
}

/// Whether the call failed because the credentials provider had nothing to give (a configuration problem, not a
/// transient one).
fn credentials_unavailable(err: &(dyn StdError + 'static)) -> bool {
    let mut cause: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = cause {
        if let Some(creds) = e.downcast_ref::<CredentialsError>() {
            return matches!(
                creds,
                CredentialsError::CredentialsNotLoaded(_) | CredentialsError::InvalidConfiguration(_)
            );
        }
        cause = e.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_account::error::ConnectorError;
    use aws_sdk_account::operation::put_alternate_contact::PutAlternateContactError;
    use aws_smithy_runtime_api::http::StatusCode;
    use aws_smithy_types::body::SdkBody;

    const VALIDATION_BODY: &str = r#"{
        "message": "Invalid input",
        "reason": "fieldValidationFailed",
        "fieldList": [
            {"name": "ContactInformation.StateOrRegion", "message": "is required"},
            {"name": "ContactInformation.PostalCode", "message": "must be at most 20 characters"}
        ]
    }"#;

    fn response(status: u16, body: &str, request_id: Option<&str>) -> HttpResponse {
        let mut resp = HttpResponse::new(StatusCode::try_from(status).unwrap(), SdkBody::from(body));
        if let Some(id) = request_id {
            resp.headers_mut().insert("x-amzn-RequestId", id.to_owned());
        }
        resp
    }

    fn service(code: &str, message: &str, status: u16, body: &str) -> SdkError<PutAlternateContactError, HttpResponse> {
        let meta = ErrorMetadata::builder().code(code).message(message).build();
        SdkError::service_error(PutAlternateContactError::generic(meta), response(status, body, Some("req-123")))
    }

    #[test]
    fn dates_keep_seconds_and_nanoseconds() {
        let dt = aws_smithy_types::DateTime::from_secs_and_nanos(1_700_000_000, 250_000_000);
        let t = to_offset_date_time(&dt).unwrap();
        assert_eq!(t.unix_timestamp(), 1_700_000_000);
        assert_eq!(t.nanosecond(), 250_000_000);
        assert_eq!(t.offset(), time::UtcOffset::UTC);

        let before_epoch = aws_smithy_types::DateTime::from_secs_f64(-1.5);
        let t = to_offset_date_time(&before_epoch).unwrap();
        assert_eq!(t.unix_timestamp_nanos(), -1_500_000_000);

        let too_far = aws_smithy_types::DateTime::from_secs(i64::MAX);
        assert_eq!(to_offset_date_time(&too_far).unwrap_err().kind(), ErrorKind::Internal);
    }

    #[test]
    fn validation_body_gives_fields_and_reason() {
        let body = parse_validation_body(VALIDATION_BODY.as_bytes()).unwrap();
        assert_eq!(body.reason.as_deref(), Some("fieldValidationFailed"));
        assert_eq!(
            body.field_list,
            [
                FieldError::new("ContactInformation.StateOrRegion", "is required"),
                FieldError::new("ContactInformation.PostalCode", "must be at most 20 characters"),
            ]
        );
        let bare = parse_validation_body(br#"{"message":"x","fieldList":null}"#).unwrap();
        assert_eq!(bare, ValidationBody::default());
        assert!(parse_validation_body(b"<html>").is_none());
    }

    #[test]
    fn service_validation_error_is_mapped_whole() {
        let err = from_sdk_error(
            "PutAlternateContact",
            service("ValidationException", "Invalid input", 400, VALIDATION_BODY),
        );
        assert_eq!(err.kind(), ErrorKind::Validation);
        assert_eq!(err.code(), "ValidationException");
        assert_eq!(err.message(), "Invalid input");
        assert_eq!(err.reason(), Some("fieldValidationFailed"));
        assert_eq!(err.field_errors().len(), 2);
        assert_eq!(err.field_errors()[0].name, "ContactInformation.StateOrRegion");
        assert_eq!(err.request_id(), Some("req-123"));
        assert_eq!(err.http_status(), Some(400));
        assert!(!err.is_retryable());
    }

    #[test]
    fn service_error_codes_map_to_kinds() {
        for (code, status, kind) in [
            ("ResourceNotFoundException", 404, ErrorKind::NotFound),
            ("ConflictException", 409, ErrorKind::Conflict),
            ("AccessDeniedException", 403, ErrorKind::AccessDenied),
            ("TooManyRequestsException", 429, ErrorKind::Throttled),
            ("InternalServerException", 500, ErrorKind::Internal),
            ("SomethingNewException", 409, ErrorKind::Conflict),
            ("SomethingNewException", 418, ErrorKind::Validation),
            ("SomethingNewException", 502, ErrorKind::Internal),
        ] {
            let err = from_sdk_error("PutAlternateContact", service(code, "m", status, "{}"));
            assert_eq!(err.kind(), kind, "{code} {status}");
            assert_eq!(err.code(), code);
            assert!(err.field_errors().is_empty());
        }
        assert_eq!(kind_for(None, Some(429)), ErrorKind::Throttled);
        assert_eq!(kind_for(None, None), ErrorKind::Internal);
    }

    #[test]
    fn failures_without_a_response_are_transport() {
        let sdk: SdkError<PutAlternateContactError, HttpResponse> =
            SdkError::dispatch_failure(ConnectorError::io("connection refused".into()));
        let err = from_sdk_error("PutAlternateContact", sdk);
        assert_eq!(err.kind(), ErrorKind::Transport);
        assert_eq!(err.code(), "TransportError");
        assert!(err.is_retryable());
        assert!(StdError::source(&err).is_some());
        assert_eq!(err.http_status(), None);

        assert!(err.message().starts_with("PutAlternateContact: dispatch failure: io error: connection refused"));

        let sdk: SdkError<PutAlternateContactError, HttpResponse> = SdkError::timeout_error("slow");
        assert_eq!(from_sdk_error("X", sdk).kind(), ErrorKind::Transport);

        let sdk: SdkError<PutAlternateContactError, HttpResponse> =
            SdkError::response_error("truncated", response(200, "{", Some("req-9")));
        let err = from_sdk_error("X", sdk);
        assert_eq!(err.kind(), ErrorKind::Transport);
        assert_eq!(err.http_status(), Some(200));
        assert_eq!(err.request_id(), Some("req-9"));

        let sdk: SdkError<PutAlternateContactError, HttpResponse> = SdkError::construction_failure("missing field");
        assert_eq!(from_sdk_error("X", sdk).kind(), ErrorKind::Validation);
    }

    #[test]
    fn missing_credentials_are_config() {
        let creds = CredentialsError::not_loaded("no providers in chain provided credentials");
        let sdk: SdkError<PutAlternateContactError, HttpResponse> =
            SdkError::dispatch_failure(ConnectorError::other(creds.into(), None));
        let err = from_sdk_error("PutAlternateContact", sdk);
        assert_eq!(err.kind(), ErrorKind::Config);
        assert!(!err.is_retryable());
    }

    #[tokio::test]
    async fn another_account_is_reached_through_sts() {
        use aws_credential_types::Credentials;
        let backend = |credentials: Credentials| {
            let config = SdkConfig::builder()
                .credentials_provider(SharedCredentialsProvider::new(credentials))
                .behavior_version(BehaviorVersion::latest())
                .build();
            // Nothing listens there: every call that reaches the network fails as a transport error.
            AwsBackend::with_endpoint(&config, "http://127.0.0.1:1")
        };
        let request = || Request::from(crate::model::account::GetAccountInformationInput::new());
        let catalog = || Request::from(crate::model::organizations::DescribeOrganizationInput::new());
        let as_account = |account: &str| CallContext::as_account(account.parse().unwrap());
        let with_account = Credentials::builder()
            .access_key_id("AKIAEXAMPLE")
            .secret_access_key("secret")
            .account_id("222222222222")
            .provider_name("test")
            .build();

        // The credentials' own account: signed as they are, no STS call.
        let b = backend(with_account.clone());
        let err = b.call(&as_account("222222222222"), request()).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
        assert!(err.message().starts_with("GetAccountInformation"), "{}", err.message());
        assert_eq!(b.own_account().await.unwrap().as_str(), "222222222222");
        // Another account: Account Management goes as is (with AccountId); other services assume the role first.
        let err = b.call(&as_account("111111111111"), request()).await.unwrap_err();
        assert!(err.message().starts_with("GetAccountInformation"), "{}", err.message());
        let err = b.call(&as_account("111111111111"), catalog()).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
        assert!(err.message().starts_with("AssumeRole"), "{}", err.message());
        assert_eq!(b.role_name(), DEFAULT_ROLE_NAME);
        assert_eq!(b.with_role_name("AWSControlTowerExecution").role_name(), "AWSControlTowerExecution");

        // Credentials that do not say their account: STS GetCallerIdentity is asked.
        let b = backend(Credentials::new("AKIAEXAMPLE", "secret", None, None, "test"));
        let err = b.call(&as_account("111111111111"), request()).await.unwrap_err();
        assert!(err.message().contains("GetCallerIdentity"), "{}", err.message());
        // Naming nobody signs as the credentials, as always.
        let err = b.call(&CallContext::default(), request()).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    }

    #[test]
    fn contact_information_round_trips() {
        let info = ContactInformation::builder("A", "1 Main St", "Paris", "75001", "FR", "+33 1 00 00 00 00")
            .company_name("Example")
            .build()
            .unwrap();
        let sdk = to_sdk_contact_information(info.clone()).unwrap();
        assert_eq!(from_sdk_contact_information(sdk), info);
    }

    #[test]
    fn constructing_from_a_bare_config_does_not_panic() {
        let config = SdkConfig::builder().build();
        let backend = AwsBackend::with_endpoint(&config, "http://127.0.0.1:1");
        assert_eq!(backend.name(), "aws");
        let conf = backend.base.client.config();
        assert_eq!(conf.region().map(|r| r.as_ref()), Some(GLOBAL_REGION));
        assert_eq!(conf.retry_config().map(|r| r.max_attempts()), Some(1));
    }

    #[test]
    fn sar_error_codes_map_through_the_same_mapping() {
        use aws_sdk_serverlessapplicationrepository::operation::get_application::GetApplicationError;
        for (code, status, kind) in [
            ("BadRequestException", 400, ErrorKind::Validation),
            ("ForbiddenException", 403, ErrorKind::AccessDenied),
            ("NotFoundException", 404, ErrorKind::NotFound),
            ("ConflictException", 409, ErrorKind::Conflict),
            ("TooManyRequestsException", 429, ErrorKind::Throttled),
            ("InternalServerErrorException", 500, ErrorKind::Internal),
        ] {
            let meta = ErrorMetadata::builder().code(code).message("m").build();
            let sdk = SdkError::service_error(GetApplicationError::generic(meta), response(status, "{}", Some("r-1")));
            let err = from_sdk_error("GetApplication", sdk);
            assert_eq!(err.kind(), kind, "{code}");
            assert_eq!(err.code(), code);
            assert_eq!(err.http_status(), Some(status));
            assert_eq!(err.request_id(), Some("r-1"));
        }
    }

    #[test]
    fn the_sar_client_is_regional_and_makes_one_attempt() {
        // Without a region, both clients sign for us-east-1.
        let backend = AwsBackend::with_endpoint(&SdkConfig::builder().build(), "http://127.0.0.1:1");
        let sar = backend.base.sar.config();
        assert_eq!(sar.region().map(|r| r.as_ref()), Some(GLOBAL_REGION));
        assert_eq!(sar.retry_config().map(|r| r.max_attempts()), Some(1));

        // SAR is regional: the configuration's region is kept.
        let config = SdkConfig::builder().region(aws_config::Region::new("eu-west-1")).build();
        let backend = AwsBackend::new(&config);
        assert_eq!(backend.base.sar.config().region().map(|r| r.as_ref()), Some("eu-west-1"));
        assert_eq!(backend.base.sar.config().retry_config().map(|r| r.max_attempts()), Some(1));
    }

    #[tokio::test]
    async fn a_config_without_credentials_is_a_config_error() {
        let backend = AwsBackend::with_endpoint(&SdkConfig::builder().build(), "http://127.0.0.1:1");
        let request =
            crate::operation::Operation::into_request(GetPrimaryEmailInput::new("123456789012".parse().unwrap()));
        let err = backend.call(&CallContext::default(), request).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config);
        assert!(err.message().starts_with("GetPrimaryEmail: "));
    }
}
