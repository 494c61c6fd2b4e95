//! Values the helpers take or answer that are not model types: durations, file paths, the three alternate contacts,
//! one account's outcome of an organization-wide region change, and an estate run's options and progress callback.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use marketplane::estate::{EstateOptions, ProgressEvent, ProgressFn, Quotas};
use marketplane::facade::WaitOptions;
use marketplane::model::account::{AlternateContact, AlternateContactType};
use marketplane::model::region::RegionOptStatus;
use marketplane::model::AccountId;
use marketplane::python::{to_py_err, FromPython, PyModel, Stubs, ToPython};
use marketplane::Error;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDelta, PyFloat, PyInt, PyModule, PyString, PyTuple};

use crate::stubs::Class;

/// A duration given as seconds (`float` or `int`) or as a `datetime.timedelta`.
#[derive(Debug, Clone, Copy)]
pub struct Seconds(pub Duration);

impl Seconds {
    /// `seconds` seconds.
    pub fn from_secs(seconds: u64) -> Self {
        Seconds(Duration::from_secs(seconds))
    }
}

impl FromPython for Seconds {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        let seconds = if value.cast::<PyDelta>().is_ok() {
            value.call_method0("total_seconds")?.extract::<f64>()?
        } else if value.cast::<PyBool>().is_err() && (value.cast::<PyFloat>().is_ok() || value.cast::<PyInt>().is_ok())
        {
            value.extract::<f64>()?
        } else {
            return Err(PyTypeError::new_err(format!(
                "{field}: expected seconds (float) or a datetime.timedelta, got {}",
                value.get_type().name()?
            )));
        };
        Duration::try_from_secs_f64(seconds).map(Seconds).map_err(|_| {
            to_py_err(value.py(), &Error::invalid_field(field, "must be a non-negative number of seconds"))
        })
    }
}

impl PyModel for Seconds {
    fn hint(_: &mut Stubs) -> String {
        "float | datetime.timedelta".into()
    }
}

/// How a waiter polls: give up after `timeout`, first pause `initial_delay`, doubling up to `max_delay`.
pub fn wait_options(timeout: Seconds, initial_delay: Seconds, max_delay: Seconds) -> WaitOptions {
    WaitOptions::default().with_timeout(timeout.0).with_initial_delay(initial_delay.0).with_max_delay(max_delay.0)
}

/// A file path: `str` or any `os.PathLike`.
#[derive(Debug, Clone)]
pub struct FsPath(pub PathBuf);

impl FromPython for FsPath {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        let path = value.py().import("os")?.call_method1("fspath", (value,)).map_err(|_| {
            PyTypeError::new_err(format!("{field}: expected a path (str or os.PathLike), got {}", type_name(value)))
        })?;
        match path.cast::<PyString>() {
            Ok(text) => Ok(FsPath(PathBuf::from(text.to_cow()?.into_owned()))),
            Err(_) => Err(PyTypeError::new_err(format!("{field}: expected a text path, got bytes"))),
        }
    }
}

impl PyModel for FsPath {
    fn hint(_: &mut Stubs) -> String {
        "str | PathLike[str]".into()
    }
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "object".into())
}

/// One account's outcome of a change across accounts: `(account_id, status)`, or `(account_id, error)` when it
/// failed for that account (the others go on).
#[derive(Debug)]
pub struct AccountOutcome(pub AccountId, pub marketplane::Result<RegionOptStatus>);

impl ToPython for AccountOutcome {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let outcome = match &self.1 {
            Ok(status) => status.to_python(py)?,
            Err(err) => to_py_err(py, err).into_value(py).into_bound(py).into_any(),
        };
        Ok(PyTuple::new(py, [self.0.to_python(py)?, outcome])?.into_any())
    }
}

impl PyModel for AccountOutcome {
    fn hint(stubs: &mut Stubs) -> String {
        format!("tuple[str, {} | MarketplaneError]", RegionOptStatus::hint(stubs))
    }
}

/// The three alternate contacts of an account (`None` where one is not set).
#[pyclass(module = "marketplane", name = "AlternateContacts", frozen, eq)]
#[derive(Debug, Clone, PartialEq)]
pub struct AlternateContacts(pub marketplane::facade::AlternateContacts);

#[pymethods]
impl AlternateContacts {
    /// The billing contact.
    #[getter]
    fn billing(&self) -> Option<AlternateContact> {
        self.0.billing.clone()
    }

    /// The operations contact.
    #[getter]
    fn operations(&self) -> Option<AlternateContact> {
        self.0.operations.clone()
    }

    /// The security contact.
    #[getter]
    fn security(&self) -> Option<AlternateContact> {
        self.0.security.clone()
    }

    /// The contact of `contact_type`, if set.
    fn get(&self, contact_type: &Bound<'_, PyAny>) -> PyResult<Option<AlternateContact>> {
        let contact_type = AlternateContactType::from_python(contact_type, "contact_type")?;
        Ok(self.0.get(&contact_type).cloned())
    }

    /// The types that are not set, in the service's order.
    fn missing(&self) -> Vec<String> {
        self.0.missing().iter().map(|t| t.as_str().to_owned()).collect()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let parts = [("billing", &self.0.billing), ("operations", &self.0.operations), ("security", &self.0.security)];
        let mut out = Vec::new();
        for (name, contact) in parts {
            out.push(format!("{name}={}", contact.to_python(py)?.repr()?));
        }
        Ok(format!("AlternateContacts({})", out.join(", ")))
    }
}

impl ToPython for AlternateContacts {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, self.clone())?.into_any())
    }
}

impl PyModel for AlternateContacts {
    fn hint(stubs: &mut Stubs) -> String {
        if stubs.begin("AlternateContacts") {
            let contact = <Option<AlternateContact>>::hint(stubs);
            let kind = AlternateContactType::hint(stubs);
            let mut class = Class::new(
                "AlternateContacts",
                "The three alternate contacts of an account (`None` where one is not set).",
            );
            class.property("billing", &contact, "The billing contact.");
            class.property("operations", &contact, "The operations contact.");
            class.property("security", &contact, "The security contact.");
            class.method(
                "get",
                "The contact of `contact_type`, if set.",
                &[format!("contact_type: {kind}")],
                &[],
                &contact,
                false,
            );
            class.method(
                "missing",
                "The types that are not set, in the service's order.",
                &[],
                &[],
                &format!("list[{kind}]"),
                false,
            );
            stubs.end("AlternateContacts", class.finish());
        }
        "AlternateContacts".into()
    }

    fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
        if marketplane::python::add_class::<AlternateContacts>(module, "AlternateContacts")? {
            AlternateContact::register(module)?;
        }
        Ok(())
    }
}

/// A progress callback from Python: called with each `ProgressEvent` (from the library's threads, with the GIL
/// taken); an exception it raises is printed by Python's unraisable hook and the run goes on.
#[derive(Debug, Clone, Default)]
pub struct Progress(pub Option<Arc<Py<PyAny>>>);

impl FromPython for Progress {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        if value.is_none() {
            return Ok(Progress(None));
        }
        if !value.is_callable() {
            return Err(PyTypeError::new_err(format!(
                "{field}: expected a callable taking a ProgressEvent, got {}",
                value.get_type().name()?
            )));
        }
        Ok(Progress(Some(Arc::new(value.clone().unbind()))))
    }
}

impl PyModel for Progress {
    fn hint(stubs: &mut Stubs) -> String {
        format!("Callable[[{}], object] | None", ProgressEvent::hint(stubs))
    }

    fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
        ProgressEvent::register(module)
    }
}

/// How an estate run goes, from a binding's arguments: `concurrency` accounts at once (at least 1), paced by
/// Account Management's published request rates unless `paced` is false, reporting to `progress`.
pub fn estate_options(concurrency: u32, paced: bool, progress: Progress) -> marketplane::Result<EstateOptions> {
    if concurrency == 0 {
        return Err(Error::invalid_field("concurrency", "must be at least 1"));
    }
    let progress = progress.0.map(|callback| -> ProgressFn {
        Arc::new(move |event: &ProgressEvent| {
            Python::attach(|py| {
                let result = event.to_python(py).and_then(|event| callback.call1(py, (event,)));
                if let Err(err) = result {
                    err.write_unraisable(py, None);
                }
            })
        })
    });
    Ok(EstateOptions {
        concurrency: concurrency as usize,
        quotas: if paced { Quotas::published() } else { Quotas::unlimited() },
        progress,
        ..EstateOptions::default()
    })
}
