//! `Client` (blocking: the GIL is released around every call) and `AsyncClient` (asyncio: awaitables and async
//! iterators), their constructors, and the local backend's own helpers.

use std::sync::Arc;

use marketplane::backend::local::{LocalBackend, World};
use marketplane::model::{AccountId, OrganizationId};
use marketplane::python::{to_py_err, FromPython};
use pyo3::prelude::*;

use crate::runtime;
use crate::services::{
    Accounts, Agreements, Applications, AsyncAccounts, AsyncAgreements, AsyncApplications, AsyncCatalog,
    AsyncDiscovery, AsyncEstate, AsyncOrganizations, AsyncRegions, AsyncSts, Catalog, Discovery, Estate, Organizations,
    Regions, Sts,
};
use crate::stubs::Class;
use crate::values::FsPath;

/// The world to load: TOML text, or a file.
fn world(py: Python<'_>, text: Option<String>, file: Option<&Bound<'_, PyAny>>) -> PyResult<Option<World>> {
    let text = match (text, file) {
        (Some(_), Some(_)) => {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "give either world (TOML text) or world_file, not both",
            ))
        }
        (Some(text), None) => Some(text),
        (None, Some(file)) => {
            let path = FsPath::from_python(file, "world_file")?;
            Some(std::fs::read_to_string(&path.0).map_err(|e| {
                to_py_err(py, &marketplane::Error::config(format!("cannot read {}: {e}", path.0.display())))
            })?)
        }
        (None, None) => None,
    };
    text.map(|t| World::from_toml_str(&t).map_err(|e| to_py_err(py, &e))).transpose()
}

fn local(py: Python<'_>, path: Option<&Bound<'_, PyAny>>, world: Option<World>) -> PyResult<marketplane::Client> {
    let mut builder = LocalBackend::builder();
    if let Some(world) = world {
        builder = builder.world(world);
    }
    let backend = match path {
        Some(path) => {
            let path = FsPath::from_python(path, "path")?;
            py.detach(|| builder.open(&path.0))
        }
        None => builder.in_memory(),
    }
    .map_err(|e| to_py_err(py, &e))?;
    Ok(marketplane::Client::from_local(Arc::new(backend)))
}

async fn aws(
    endpoint_url: Option<String>,
    region_name: Option<String>,
    access_key_id: Option<String>,
    secret_access_key: Option<String>,
) -> marketplane::Result<marketplane::Client> {
    let mut loader = aws_config::defaults(aws_config::BehaviorVersion::latest());
    if let Some(region) = region_name {
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
        Some(url) => marketplane::Client::aws_with_endpoint(&config, &url),
        None => marketplane::Client::aws(&config),
    })
}

fn account(account_id: &Bound<'_, PyAny>) -> PyResult<AccountId> {
    AccountId::from_python(account_id, "account_id")
}

fn local_backend<'a>(py: Python<'_>, client: &'a marketplane::Client, what: &str) -> PyResult<&'a LocalBackend> {
    client
        .local_backend()
        .ok_or_else(|| to_py_err(py, &marketplane::Error::unsupported(what, client_backend_name(client))))
}

fn client_backend_name(client: &marketplane::Client) -> &'static str {
    if client.local_backend().is_some() {
        "local"
    } else {
        "aws"
    }
}

fn repr(class: &str, client: &marketplane::Client) -> String {
    let backend = client_backend_name(client);
    match client.caller() {
        Some(caller) => format!("{class}(backend={backend:?}, caller={:?})", caller.as_str()),
        None => format!("{class}(backend={backend:?})"),
    }
}

/// The handles of one client: its service objects.
macro_rules! handles {
    ($Client:ident { $($field:ident: $Class:ident),* $(,)? }) => {
        impl $Client {
            fn wrap(py: Python<'_>, client: marketplane::Client) -> PyResult<Self> {
                Ok($Client {
                    $($field: Py::new(py, $Class::new(client.clone()))?,)*
                    client,
                })
            }
        }

    };
}

/// The blocking client. Build it with `Client.in_memory()`, `Client.local(path)` or `Client.aws()`.
#[pyclass(module = "marketplane", frozen)]
#[derive(Debug)]
pub struct Client {
    client: marketplane::Client,
    accounts: Py<Accounts>,
    regions: Py<Regions>,
    applications: Py<Applications>,
    catalog: Py<Catalog>,
    discovery: Py<Discovery>,
    agreements: Py<Agreements>,
    organizations: Py<Organizations>,
    sts: Py<Sts>,
    estate: Py<Estate>,
}

handles!(Client {
    accounts: Accounts,
    regions: Regions,
    applications: Applications,
    catalog: Catalog,
    discovery: Discovery,
    agreements: Agreements,
    organizations: Organizations,
    sts: Sts,
    estate: Estate,
});

/// The asyncio client: the same methods as `Client`, each returning an awaitable, every list an async iterator.
#[pyclass(module = "marketplane", frozen)]
#[derive(Debug)]
pub struct AsyncClient {
    client: marketplane::Client,
    accounts: Py<AsyncAccounts>,
    regions: Py<AsyncRegions>,
    applications: Py<AsyncApplications>,
    catalog: Py<AsyncCatalog>,
    discovery: Py<AsyncDiscovery>,
    agreements: Py<AsyncAgreements>,
    organizations: Py<AsyncOrganizations>,
    sts: Py<AsyncSts>,
    estate: Py<AsyncEstate>,
}

handles!(AsyncClient {
    accounts: AsyncAccounts,
    regions: AsyncRegions,
    applications: AsyncApplications,
    catalog: AsyncCatalog,
    discovery: AsyncDiscovery,
    agreements: AsyncAgreements,
    organizations: AsyncOrganizations,
    sts: AsyncSts,
    estate: AsyncEstate,
});

#[pymethods]
impl Client {
    /// The embedded local backend, in memory; `world` is a world file's TOML text (or give `world_file`).
    #[staticmethod]
    #[pyo3(signature = (world = None, *, world_file = None))]
    fn in_memory(py: Python<'_>, world: Option<String>, world_file: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let world = self::world(py, world, world_file)?;
        Client::wrap(py, local(py, None, world)?)
    }

    /// The embedded local backend persisted to the SQLite file at `path` (created if missing).
    #[staticmethod]
    #[pyo3(signature = (path, world = None, *, world_file = None))]
    fn local(
        py: Python<'_>,
        path: &Bound<'_, PyAny>,
        world: Option<String>,
        world_file: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let world = self::world(py, world, world_file)?;
        Client::wrap(py, local(py, Some(path), world)?)
    }

    /// AWS, with credentials and region found as boto3 finds them (environment, profiles, SSO, instance roles), or
    /// the keys given; `endpoint_url` (or `AWS_ENDPOINT_URL`) points it elsewhere, such as the emulator.
    #[staticmethod]
    #[pyo3(signature = (*, endpoint_url = None, region_name = None, aws_access_key_id = None, aws_secret_access_key = None))]
    fn aws(
        py: Python<'_>,
        endpoint_url: Option<String>,
        region_name: Option<String>,
        aws_access_key_id: Option<String>,
        aws_secret_access_key: Option<String>,
    ) -> PyResult<Self> {
        let client = runtime::blocking(py, aws(endpoint_url, region_name, aws_access_key_id, aws_secret_access_key))?;
        Client::wrap(py, client)
    }

    /// The same client acting as `account_id`: on the local backend that account; on AWS its own account as is, another account through a role assumed in it (Account Management calls name it as `AccountId` instead).
    fn as_account(&self, py: Python<'_>, account_id: &Bound<'_, PyAny>) -> PyResult<Self> {
        let account = account(account_id)?;
        Client::wrap(py, self.client.as_account(account))
    }

    /// The account chosen with `as_account`, if any.
    #[getter]
    fn caller(&self) -> Option<String> {
        self.client.caller().map(|c| c.to_string())
    }

    /// Local backend only: the one-time codes sent to an email address or phone number, oldest first.
    fn sent_codes(&self, py: Python<'_>, recipient: &str) -> PyResult<Vec<String>> {
        let local = local_backend(py, &self.client, "sent_codes")?;
        let messages = py.detach(|| local.messages_to(recipient)).map_err(|e| to_py_err(py, &e))?;
        Ok(messages.into_iter().map(|m| m.code).collect())
    }

    /// Local backend only: the accounts of `account_id`'s organization (management account included), sorted.
    fn organization_accounts(&self, py: Python<'_>, account_id: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
        let account = account(account_id)?;
        let local = local_backend(py, &self.client, "organization_accounts")?;
        let ids = py.detach(|| local.organization_accounts(&account)).map_err(|e| to_py_err(py, &e))?;
        Ok(ids.into_iter().map(|id| id.to_string()).collect())
    }

    /// Local backend only: turn an organization's AWS Billing integration (purchase orders) on or off, as its
    /// management account does once in the AWS Marketplace console.
    fn set_purchase_order_integration(
        &self,
        py: Python<'_>,
        organization_id: &Bound<'_, PyAny>,
        enabled: bool,
    ) -> PyResult<()> {
        let organization = OrganizationId::from_python(organization_id, "organization_id")?;
        let local = local_backend(py, &self.client, "set_purchase_order_integration")?;
        py.detach(|| local.set_purchase_order_integration(&organization, enabled)).map_err(|e| to_py_err(py, &e))
    }

    fn __repr__(&self) -> String {
        repr("Client", &self.client)
    }

    /// AWS Account Management (and the region operations).
    #[getter]
    fn accounts(&self, py: Python<'_>) -> Py<Accounts> {
        self.accounts.clone_ref(py)
    }

    /// Region helpers: idempotent changes and waiters.
    #[getter]
    fn regions(&self, py: Python<'_>) -> Py<Regions> {
        self.regions.clone_ref(py)
    }

    /// The Serverless Application Repository.
    #[getter]
    fn applications(&self, py: Python<'_>) -> Py<Applications> {
        self.applications.clone_ref(py)
    }

    /// AWS Marketplace Catalog.
    #[getter]
    fn catalog(&self, py: Python<'_>) -> Py<Catalog> {
        self.catalog.clone_ref(py)
    }

    /// AWS Marketplace Discovery.
    #[getter]
    fn discovery(&self, py: Python<'_>) -> Py<Discovery> {
        self.discovery.clone_ref(py)
    }

    /// AWS Marketplace Agreement.
    #[getter]
    fn agreements(&self, py: Python<'_>) -> Py<Agreements> {
        self.agreements.clone_ref(py)
    }

    /// AWS Organizations (the read side).
    #[getter]
    fn organizations(&self, py: Python<'_>) -> Py<Organizations> {
        self.organizations.clone_ref(py)
    }

    /// AWS STS: the caller's identity and assumed roles.
    #[getter]
    fn sts(&self, py: Python<'_>) -> Py<Sts> {
        self.sts.clone_ref(py)
    }

    /// The estate: inventory, audit, plan and apply over every account of the organization.
    #[getter]
    fn estate(&self, py: Python<'_>) -> Py<Estate> {
        self.estate.clone_ref(py)
    }
}

#[pymethods]
impl AsyncClient {
    /// The asyncio face of a blocking client (the same backend and caller).
    #[new]
    fn new(py: Python<'_>, client: PyRef<'_, Client>) -> PyResult<Self> {
        AsyncClient::wrap(py, client.client.clone())
    }

    /// The embedded local backend, in memory; `world` is a world file's TOML text (or give `world_file`).
    #[staticmethod]
    #[pyo3(signature = (world = None, *, world_file = None))]
    fn in_memory(py: Python<'_>, world: Option<String>, world_file: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let world = self::world(py, world, world_file)?;
        AsyncClient::wrap(py, local(py, None, world)?)
    }

    /// The embedded local backend persisted to the SQLite file at `path` (created if missing).
    #[staticmethod]
    #[pyo3(signature = (path, world = None, *, world_file = None))]
    fn local(
        py: Python<'_>,
        path: &Bound<'_, PyAny>,
        world: Option<String>,
        world_file: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let world = self::world(py, world, world_file)?;
        AsyncClient::wrap(py, local(py, Some(path), world)?)
    }

    /// AWS, as `Client.aws`. Like every constructor, it returns the client itself, not an awaitable: the AWS
    /// configuration is loaded as `Client.aws` loads it (with the GIL released; credentials are resolved lazily, at
    /// the first call).
    #[staticmethod]
    #[pyo3(signature = (*, endpoint_url = None, region_name = None, aws_access_key_id = None, aws_secret_access_key = None))]
    fn aws(
        py: Python<'_>,
        endpoint_url: Option<String>,
        region_name: Option<String>,
        aws_access_key_id: Option<String>,
        aws_secret_access_key: Option<String>,
    ) -> PyResult<Self> {
        let client = runtime::blocking(py, aws(endpoint_url, region_name, aws_access_key_id, aws_secret_access_key))?;
        AsyncClient::wrap(py, client)
    }

    /// The same client acting as `account_id`: on the local backend that account; on AWS its own account as is, another account through a role assumed in it (Account Management calls name it as `AccountId` instead).
    fn as_account(&self, py: Python<'_>, account_id: &Bound<'_, PyAny>) -> PyResult<Self> {
        let account = account(account_id)?;
        AsyncClient::wrap(py, self.client.as_account(account))
    }

    /// The account chosen with `as_account`, if any.
    #[getter]
    fn caller(&self) -> Option<String> {
        self.client.caller().map(|c| c.to_string())
    }

    /// Local backend only: the one-time codes sent to an email address or phone number, oldest first.
    fn sent_codes<'py>(&self, py: Python<'py>, recipient: String) -> PyResult<Bound<'py, PyAny>> {
        let client = self.client.clone();
        runtime::awaitable(py, async move {
            let local = client.local_backend().ok_or_else(|| unsupported("sent_codes"))?;
            Ok(local.messages_to(&recipient)?.into_iter().map(|m| m.code).collect::<Vec<_>>())
        })
    }

    /// Local backend only: the accounts of `account_id`'s organization (management account included), sorted.
    fn organization_accounts<'py>(
        &self,
        py: Python<'py>,
        account_id: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let account = account(account_id)?;
        let client = self.client.clone();
        runtime::awaitable(py, async move {
            let local = client.local_backend().ok_or_else(|| unsupported("organization_accounts"))?;
            Ok(local.organization_accounts(&account)?.into_iter().map(|id| id.to_string()).collect::<Vec<_>>())
        })
    }

    /// Local backend only: turn an organization's AWS Billing integration (purchase orders) on or off.
    fn set_purchase_order_integration<'py>(
        &self,
        py: Python<'py>,
        organization_id: &Bound<'_, PyAny>,
        enabled: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let organization = OrganizationId::from_python(organization_id, "organization_id")?;
        let client = self.client.clone();
        runtime::awaitable(py, async move {
            let local = client.local_backend().ok_or_else(|| unsupported("set_purchase_order_integration"))?;
            local.set_purchase_order_integration(&organization, enabled)
        })
    }

    fn __repr__(&self) -> String {
        repr("AsyncClient", &self.client)
    }

    /// AWS Account Management (and the region operations).
    #[getter]
    fn accounts(&self, py: Python<'_>) -> Py<AsyncAccounts> {
        self.accounts.clone_ref(py)
    }

    /// Region helpers: idempotent changes and waiters.
    #[getter]
    fn regions(&self, py: Python<'_>) -> Py<AsyncRegions> {
        self.regions.clone_ref(py)
    }

    /// The Serverless Application Repository.
    #[getter]
    fn applications(&self, py: Python<'_>) -> Py<AsyncApplications> {
        self.applications.clone_ref(py)
    }

    /// AWS Marketplace Catalog.
    #[getter]
    fn catalog(&self, py: Python<'_>) -> Py<AsyncCatalog> {
        self.catalog.clone_ref(py)
    }

    /// AWS Marketplace Discovery.
    #[getter]
    fn discovery(&self, py: Python<'_>) -> Py<AsyncDiscovery> {
        self.discovery.clone_ref(py)
    }

    /// AWS Marketplace Agreement.
    #[getter]
    fn agreements(&self, py: Python<'_>) -> Py<AsyncAgreements> {
        self.agreements.clone_ref(py)
    }

    /// AWS Organizations (the read side).
    #[getter]
    fn organizations(&self, py: Python<'_>) -> Py<AsyncOrganizations> {
        self.organizations.clone_ref(py)
    }

    /// AWS STS: the caller's identity and assumed roles.
    #[getter]
    fn sts(&self, py: Python<'_>) -> Py<AsyncSts> {
        self.sts.clone_ref(py)
    }

    /// The estate: inventory, audit, plan and apply over every account of the organization.
    #[getter]
    fn estate(&self, py: Python<'_>) -> Py<AsyncEstate> {
        self.estate.clone_ref(py)
    }
}

fn unsupported(what: &str) -> marketplane::Error {
    marketplane::Error::unsupported(what, "aws")
}

/// The stubs of `Client` and `AsyncClient`.
pub fn stubs() -> Vec<String> {
    let services = [
        ("accounts", "Accounts", "AWS Account Management (and the region operations)."),
        ("regions", "Regions", "Region helpers: idempotent changes and waiters."),
        ("applications", "Applications", "The Serverless Application Repository."),
        ("catalog", "Catalog", "AWS Marketplace Catalog."),
        ("discovery", "Discovery", "AWS Marketplace Discovery."),
        ("agreements", "Agreements", "AWS Marketplace Agreement."),
        ("organizations", "Organizations", "AWS Organizations (the read side)."),
        ("sts", "Sts", "AWS STS: the caller's identity and assumed roles."),
        ("estate", "Estate", "The estate: inventory, audit, plan and apply over every account of the organization."),
    ];
    let world = "world: str | None = None, *, world_file: str | PathLike[str] | None = None";
    let aws = "*, endpoint_url: str | None = None, region_name: str | None = None, \
               aws_access_key_id: str | None = None, aws_secret_access_key: str | None = None";
    let mut out = Vec::new();
    for (class, is_async) in [("Client", false), ("AsyncClient", true)] {
        let doc = if is_async {
            "The asyncio client: the same methods as `Client`, each returning an awaitable, every list an async iterator."
        } else {
            "The blocking client (the GIL is released around every call). Build it with `Client.in_memory()`, \
             `Client.local(path)` or `Client.aws()`."
        };
        let prefix = if is_async { "Async" } else { "" };
        let mut c = Class::new(class, doc);
        if is_async {
            c.constructor(
                "The asyncio face of a blocking client (the same backend and caller).",
                "client: Client",
                class,
            );
        }
        c.static_method(
            "in_memory",
            "The embedded local backend, in memory; `world` is a world file's TOML text.",
            world,
            class,
            false,
        );
        c.static_method(
            "local",
            "The embedded local backend persisted to the SQLite file at `path` (created if missing).",
            &format!("path: str | PathLike[str], {world}"),
            class,
            false,
        );
        c.static_method(
            "aws",
            "AWS, with credentials and region found as boto3 finds them, or the keys given; `endpoint_url` (or \
             `AWS_ENDPOINT_URL`) points it elsewhere, such as the emulator.",
            aws,
            class,
            false,
        );
        c.method(
            "as_account",
            "The same client acting as `account_id`: on the local backend that account; on AWS its own account as is, another account through a role assumed in it (Account Management calls name it as `AccountId` instead).",
            &["account_id: str".into()],
            &[],
            class,
            false,
        );
        c.property("caller", "str | None", "The account chosen with `as_account`, if any.");
        for (name, service, doc) in services {
            c.property(name, &format!("{prefix}{service}"), doc);
        }
        c.method(
            "sent_codes",
            "Local backend only: the one-time codes sent to an email address or phone number, oldest first.",
            &["recipient: str".into()],
            &[],
            "list[str]",
            is_async,
        );
        c.method(
            "organization_accounts",
            "Local backend only: the accounts of `account_id`'s organization, sorted.",
            &["account_id: str".into()],
            &[],
            "list[str]",
            is_async,
        );
        c.method(
            "set_purchase_order_integration",
            "Local backend only: turn an organization's AWS Billing integration (purchase orders) on or off.",
            &["organization_id: str".into(), "enabled: bool".into()],
            &[],
            "None",
            is_async,
        );
        out.push(c.finish());
    }
    out
}

/// `Client` and `AsyncClient`, for the module.
pub fn register(module: &Bound<'_, pyo3::types::PyModule>) -> PyResult<()> {
    module.add_class::<Client>()?;
    module.add_class::<AsyncClient>()
}
