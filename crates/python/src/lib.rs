//! `marketplane._marketplane`: the native half of the Python package.
//!
//! Thin on purpose: requests and responses cross the boundary as the services' own JSON (decoded and encoded by
//! `marketplane::wire`, the same code the emulator uses, so validation and errors are identical), the GIL is released
//! around every blocking call, errors become the `MarketplaneError` tree, and a Rust panic becomes an
//! `InternalError`, never a crash. The Pythonic surface (dataclasses, enums, iterators, asyncio) lives in
//! `python/marketplane/`.

use std::panic::AssertUnwindSafe;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use marketplane::backend::local::{LocalBackend, World};
use marketplane::facade::WaitOptions;
use marketplane::model::AccountId;
use marketplane::operation::{Request, Service};
use marketplane::wire::codec;
use marketplane::{Client, Error, ErrorKind};
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(_marketplane, MarketplaneError, PyException, "Every error the library raises.");
create_exception!(_marketplane, ValidationError, MarketplaneError, "The input broke a rule of the service.");
create_exception!(_marketplane, NotFoundError, MarketplaneError, "The resource does not exist.");
create_exception!(_marketplane, ConflictError, MarketplaneError, "The resource's state does not allow this now.");
create_exception!(_marketplane, AccessDeniedError, MarketplaneError, "The caller may not do this.");
create_exception!(_marketplane, ThrottledError, MarketplaneError, "Too many requests; retry later.");
create_exception!(_marketplane, QuotaExceededError, MarketplaneError, "A quota or limit is reached.");
create_exception!(_marketplane, ResourceInUseError, MarketplaneError, "Another operation holds the resource.");
create_exception!(_marketplane, UnavailableError, MarketplaneError, "The service is unavailable right now.");
create_exception!(_marketplane, InternalError, MarketplaneError, "The service or the library failed.");
create_exception!(_marketplane, UnsupportedError, MarketplaneError, "The backend does not implement this.");
create_exception!(_marketplane, TransportError, MarketplaneError, "The request did not reach the service.");
create_exception!(_marketplane, ConfigError, MarketplaneError, "The client is not configured correctly.");
create_exception!(_marketplane, WaitTimeoutError, MarketplaneError, "A waiter gave up before the wanted state.");

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap_or_else(|e| panic!("cannot start the async runtime: {e}"))
    })
}

/// The Python exception for an error, with `kind`, `code`, `message`, `reason`, `request_id`, `http_status` and
/// `field_errors` (a list of `(name, message)` tuples) as attributes.
fn to_py_err(py: Python<'_>, err: &Error) -> PyErr {
    let message = err.message().to_owned();
    let py_err = match err.kind() {
        ErrorKind::Validation => ValidationError::new_err(message.clone()),
        ErrorKind::NotFound => NotFoundError::new_err(message.clone()),
        ErrorKind::Conflict => ConflictError::new_err(message.clone()),
        ErrorKind::AccessDenied => AccessDeniedError::new_err(message.clone()),
        ErrorKind::Throttled => ThrottledError::new_err(message.clone()),
        ErrorKind::QuotaExceeded => QuotaExceededError::new_err(message.clone()),
        ErrorKind::ResourceInUse => ResourceInUseError::new_err(message.clone()),
        ErrorKind::Unavailable => UnavailableError::new_err(message.clone()),
        ErrorKind::Unsupported => UnsupportedError::new_err(message.clone()),
        ErrorKind::Transport => TransportError::new_err(message.clone()),
        ErrorKind::Config => ConfigError::new_err(message.clone()),
        ErrorKind::Timeout => WaitTimeoutError::new_err(message.clone()),
        _ => InternalError::new_err(message.clone()),
    };
    let value = py_err.value(py);
    let fields: Vec<(String, String)> =
        err.field_errors().iter().map(|f| (f.name.clone(), f.message.clone())).collect();
    // Setting attributes on a fresh exception object cannot fail in practice; if it did, the exception still
    // carries its message, which is better than replacing it with the attribute error.
    let _ = value.setattr("kind", err.kind().as_str());
    let _ = value.setattr("code", err.code());
    let _ = value.setattr("message", message);
    let _ = value.setattr("reason", err.reason());
    let _ = value.setattr("request_id", err.request_id());
    let _ = value.setattr("http_status", err.http_status());
    let _ = value.setattr("field_errors", fields);
    py_err
}

/// Run `work` on the runtime with the GIL released; a panic inside becomes an `InternalError`.
fn blocking<T: Send>(py: Python<'_>, work: impl std::future::Future<Output = Result<T, Error>> + Send) -> PyResult<T> {
    let outcome = py.detach(|| {
        std::panic::catch_unwind(AssertUnwindSafe(|| runtime().block_on(work)))
            .unwrap_or_else(|_| Err(Error::internal("the library failed unexpectedly (a Rust panic was caught)")))
    });
    outcome.map_err(|err| to_py_err(py, &err))
}

fn account_id(py: Python<'_>, value: Option<&str>) -> PyResult<Option<AccountId>> {
    value.map(|v| v.parse::<AccountId>().map_err(|e| to_py_err(py, &e))).transpose()
}

fn world(py: Python<'_>, toml: Option<&str>) -> PyResult<Option<World>> {
    toml.map(|text| World::from_toml_str(text).map_err(|e| to_py_err(py, &e))).transpose()
}

/// A client over any backend; the Python `Client` and `AsyncClient` wrap it.
#[pyclass(frozen, module = "marketplane._marketplane")]
struct NativeClient {
    client: Client,
    local: Option<Arc<LocalBackend>>,
}

impl NativeClient {
    fn over_local(backend: LocalBackend) -> Self {
        let backend = Arc::new(backend);
        NativeClient { client: Client::from_local(backend.clone()), local: Some(backend) }
    }
}

#[pymethods]
impl NativeClient {
    /// A local backend in memory, knowing the world given as TOML text.
    #[staticmethod]
    #[pyo3(signature = (world=None))]
    fn in_memory(py: Python<'_>, world: Option<&str>) -> PyResult<Self> {
        let mut builder = LocalBackend::builder();
        if let Some(w) = self::world(py, world)? {
            builder = builder.world(w);
        }
        Ok(NativeClient::over_local(builder.in_memory().map_err(|e| to_py_err(py, &e))?))
    }

    /// A local backend persisted to the SQLite file at `path`.
    #[staticmethod]
    #[pyo3(signature = (path, world=None))]
    fn local(py: Python<'_>, path: &str, world: Option<&str>) -> PyResult<Self> {
        let mut builder = LocalBackend::builder();
        if let Some(w) = self::world(py, world)? {
            builder = builder.world(w);
        }
        Ok(NativeClient::over_local(builder.open(path).map_err(|e| to_py_err(py, &e))?))
    }

    /// The AWS backend: credentials and region from the environment and profiles as boto3 finds them;
    /// `endpoint_url` (or `AWS_ENDPOINT_URL`) points it elsewhere, such as the emulator.
    /// `access_key_id` and `secret_access_key`, when both given, replace the credential chain.
    #[staticmethod]
    #[pyo3(signature = (endpoint_url=None, region=None, access_key_id=None, secret_access_key=None))]
    fn aws(
        py: Python<'_>,
        endpoint_url: Option<String>,
        region: Option<String>,
        access_key_id: Option<String>,
        secret_access_key: Option<String>,
    ) -> PyResult<Self> {
        let client = blocking(py, async move {
            let mut loader = aws_config::defaults(aws_config::BehaviorVersion::latest());
            if let Some(region) = region {
                loader = loader.region(aws_config::Region::new(region));
            }
            if let (Some(key), Some(secret)) = (access_key_id, secret_access_key) {
                loader = loader.credentials_provider(aws_credential_types::Credentials::new(
                    key,
                    secret,
                    None,
                    None,
                    "marketplane-python",
                ));
            }
            let config = loader.load().await;
            Ok(match endpoint_url {
                Some(url) => Client::aws_with_endpoint(&config, &url),
                None => Client::aws(&config),
            })
        })?;
        Ok(NativeClient { client, local: None })
    }

    /// The same client acting as `account_id`.
    fn as_account(&self, py: Python<'_>, account_id: &str) -> PyResult<Self> {
        let id = account_id.parse::<AccountId>().map_err(|e| to_py_err(py, &e))?;
        Ok(NativeClient { client: self.client.as_account(id), local: self.local.clone() })
    }

    /// The account chosen with `as_account`, if any.
    #[getter]
    fn caller(&self) -> Option<String> {
        self.client.caller().map(|c| c.to_string())
    }

    /// Call `operation` with its request as the service's JSON; returns the response JSON, or None when the
    /// operation has no output.
    fn call(&self, py: Python<'_>, operation: &str, request_json: &str) -> PyResult<Option<String>> {
        let client = self.client.clone();
        let operation = operation.to_owned();
        let body = request_json.to_owned();
        blocking(py, async move {
            let object = marketplane::wire::parse_object(body.as_bytes())?;
            let request = Request::decode(Service::Account, &operation, serde_json::Value::Object(object))?;
            let response = client.execute(request).await?;
            Ok(response.encode()?.map(|v| v.to_string()))
        })
    }

    /// Call a Serverless Application Repository operation by its REST form (method, path with the ARN
    /// percent-encoded, query string, JSON body); returns the response JSON, or None when there is no output.
    #[pyo3(signature = (method, path, query, request_json))]
    fn call_rest(
        &self,
        py: Python<'_>,
        method: &str,
        path: &str,
        query: &str,
        request_json: &str,
    ) -> PyResult<Option<String>> {
        let client = self.client.clone();
        let (method, path, query, body) =
            (method.to_owned(), path.to_owned(), query.to_owned(), request_json.to_owned());
        blocking(py, async move {
            let object = marketplane::wire::parse_object(body.as_bytes())?;
            let services = [Service::ServerlessRepo, Service::MarketplaceCatalog, Service::MarketplaceDiscovery];
            let (info, labels) = services
                .iter()
                .find_map(|service| codec::route(*service, &method, &path))
                .ok_or_else(|| marketplane::wire::unknown_operation(&format!("{method} {path}")))?;
            let members = codec::members(object, &query, labels)
                .map_err(|e| marketplane::operation::as_service_error(info.service, e))?;
            let request = Request::decode(info.service, info.name, members)?;
            let response = client.execute(request).await?;
            Ok(response.encode()?.map(|v| v.to_string()))
        })
    }

    /// Call a Marketplace Agreement operation with its members as the service's JSON; returns the answer's JSON.
    fn call_agreement(&self, py: Python<'_>, operation: &str, request_json: &str) -> PyResult<String> {
        let client = self.client.clone();
        let (operation, body) = (operation.to_owned(), request_json.to_owned());
        blocking(py, async move {
            let object = serde_json::Value::Object(marketplane::wire::parse_object(body.as_bytes())?);
            let operation = marketplane::wire::agreement::operation_for_target(&format!(
                "{}.{operation}",
                marketplane::wire::agreement::SERVICE
            ))
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::Unsupported,
                    "UnknownOperationException",
                    format!("{operation} is not an agreement operation"),
                )
            })?;
            let request = Request::decode(Service::MarketplaceAgreement, operation, object)?;
            let response = client.execute(request).await?;
            Ok(response.encode()?.unwrap_or_else(|| serde_json::json!({})).to_string())
        })
    }

    /// Poll a Marketplace Catalog change set until it finishes; its description as the service's JSON.
    fn wait_for_change_set(&self, py: Python<'_>, change_set_id: &str, timeout_seconds: f64) -> PyResult<String> {
        let client = self.client.clone();
        let id = change_set_id.to_owned();
        let timeout = Duration::try_from_secs_f64(timeout_seconds)
            .map_err(|_| to_py_err(py, &Error::invalid_field("timeout", "must be a non-negative number of seconds")))?;
        blocking(py, async move {
            let options = WaitOptions {
                initial_delay: Duration::from_millis(200),
                ..WaitOptions::default().with_timeout(timeout)
            };
            let done = client.catalog().wait_for_change_set(&id, options).await?;
            serde_json::to_string(&done).map_err(|e| Error::internal(e.to_string()))
        })
    }

    /// The changes of an offer described by `spec_json` (see `marketplane.OfferSpec`), as the `ChangeSet` JSON of
    /// `StartChangeSet`; a ValidationError lists everything wrong with it.
    fn build_offer(&self, py: Python<'_>, spec_json: &str) -> PyResult<String> {
        offer_changes(spec_json).map_err(|e| to_py_err(py, &e))
    }

    /// The three alternate contacts as JSON: `{"BILLING": {...} | null, ...}`.
    #[pyo3(signature = (account_id=None))]
    fn alternate_contacts(&self, py: Python<'_>, account_id: Option<&str>) -> PyResult<String> {
        let target = self::account_id(py, account_id)?;
        let client = self.client.clone();
        blocking(py, async move {
            let all = client.accounts().alternate_contacts(target.as_ref()).await?;
            Ok(serde_json::json!({
                "BILLING": all.billing,
                "OPERATIONS": all.operations,
                "SECURITY": all.security,
            })
            .to_string())
        })
    }

    /// Ensure a region is enabled (or disabled), optionally waiting until it settles; returns the final status.
    #[pyo3(signature = (region, enable, wait, account_id=None, timeout=3600.0, initial_delay=1.0, max_delay=30.0))]
    #[allow(clippy::too_many_arguments)] // mirrors the keyword arguments of the Python API
    fn change_region(
        &self,
        py: Python<'_>,
        region: &str,
        enable: bool,
        wait: bool,
        account_id: Option<&str>,
        timeout: f64,
        initial_delay: f64,
        max_delay: f64,
    ) -> PyResult<String> {
        let target = self::account_id(py, account_id)?;
        let region = region.parse().map_err(|e| to_py_err(py, &e))?;
        let seconds = |value: f64, name: &str| {
            Duration::try_from_secs_f64(value)
                .map_err(|_| to_py_err(py, &Error::invalid_field(name, "must be a non-negative number of seconds")))
        };
        let options = WaitOptions {
            timeout: seconds(timeout, "timeout")?,
            initial_delay: seconds(initial_delay, "initial_delay")?,
            max_delay: seconds(max_delay, "max_delay")?,
        };
        let client = self.client.clone();
        blocking(py, async move {
            let regions = client.regions();
            let mut change = match (enable, wait) {
                (true, false) => regions.ensure_enabled(region),
                (false, false) => regions.ensure_disabled(region),
                (true, true) => regions.enable_and_wait(region, options),
                (false, true) => regions.disable_and_wait(region, options),
            };
            if let Some(account) = target {
                change = change.account_id(account);
            }
            Ok(change.send().await?.to_string())
        })
    }

    /// Local backend only: the one-time codes sent to `recipient`, as JSON.
    fn messages_to(&self, py: Python<'_>, recipient: &str) -> PyResult<String> {
        let Some(local) = &self.local else {
            return Err(to_py_err(py, &Error::unsupported("messages_to", "aws")));
        };
        let messages = local.messages_to(recipient).map_err(|e| to_py_err(py, &e))?;
        serde_json::to_string(&messages).map_err(|e| to_py_err(py, &Error::internal(e.to_string())))
    }

    /// Local backend only: the accounts of `account_id`'s organization.
    fn organization_accounts(&self, py: Python<'_>, account_id: &str) -> PyResult<Vec<String>> {
        let Some(local) = &self.local else {
            return Err(to_py_err(py, &Error::unsupported("organization_accounts", "aws")));
        };
        let id = account_id.parse::<AccountId>().map_err(|e| to_py_err(py, &e))?;
        let ids = local.organization_accounts(&id).map_err(|e| to_py_err(py, &e))?;
        Ok(ids.into_iter().map(|i| i.to_string()).collect())
    }

    fn __repr__(&self) -> String {
        let backend = if self.local.is_some() { "local" } else { "aws" };
        match self.client.caller() {
            Some(caller) => format!("NativeClient(backend={backend:?}, caller={:?})", caller.as_str()),
            None => format!("NativeClient(backend={backend:?})"),
        }
    }
}

/// Raise a panic inside the library (tests check that it arrives as an `InternalError`).
#[pyfunction]
fn _panic_for_tests(py: Python<'_>) -> PyResult<()> {
    blocking(py, async { panic!("deliberate panic for the test suite") })
}

#[pymodule]
fn _marketplane(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<NativeClient>()?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    m.add("MarketplaneError", py.get_type::<MarketplaneError>())?;
    m.add("ValidationError", py.get_type::<ValidationError>())?;
    m.add("NotFoundError", py.get_type::<NotFoundError>())?;
    m.add("ConflictError", py.get_type::<ConflictError>())?;
    m.add("AccessDeniedError", py.get_type::<AccessDeniedError>())?;
    m.add("ThrottledError", py.get_type::<ThrottledError>())?;
    m.add("QuotaExceededError", py.get_type::<QuotaExceededError>())?;
    m.add("ResourceInUseError", py.get_type::<ResourceInUseError>())?;
    m.add("UnavailableError", py.get_type::<UnavailableError>())?;
    m.add("InternalError", py.get_type::<InternalError>())?;
    m.add("UnsupportedError", py.get_type::<UnsupportedError>())?;
    m.add("TransportError", py.get_type::<TransportError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    m.add("WaitTimeoutError", py.get_type::<WaitTimeoutError>())?;
    Ok(())
}

fn offer_changes(spec_json: &str) -> Result<String, Error> {
    use marketplane::model::catalog::offer::{OfferBuilder, OfferSpec};
    let spec: OfferSpec = serde_json::from_str(spec_json).map_err(|e| Error::invalid_field("offer", e.to_string()))?;
    let changes = OfferBuilder::from(spec).build()?;
    serde_json::to_string(&changes).map_err(|e| Error::internal(e.to_string()))
}
