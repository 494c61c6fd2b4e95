//! `marketplane._marketplane`: the Python face of the library, generated from the core.
//!
//! The model classes are the core's own types (`#[model]` makes each a Python class); the client classes are
//! generated from the operation tables (`service!`), with the facade's helpers beside them; the stub file is generated
//! from the same walk. Nothing here knows a service's business: it converts, calls the core and maps errors. Calls
//! cross no JSON: Python objects become the core's typed inputs and the typed outputs become Python objects.

mod client;
mod native;
mod pages;
mod runtime;
mod service;
mod services;
mod stubs;
mod values;

use marketplane::model::catalog::changes::TypedDetails;
use marketplane::model::catalog::{Change, EntityRef};
use marketplane::operation::Service;
use marketplane::python::{FromPython, PyModel, Stubs, ToPython};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// Every operation of every table: `(service, operation, method, paged)`, from the core's tables. The test suite
/// checks that each is a typed method of both clients.
#[pyfunction]
fn _operations() -> Vec<(&'static str, &'static str, &'static str, bool)> {
    Service::ALL
        .iter()
        .flat_map(|service| service.operations().iter())
        .map(|info| (info.service.as_str(), info.name, info.method, info.paged))
        .collect()
}

/// A change of typed `details` (an instance of a change type's class, such as `AddDimensions` or `CreateOffer`) on
/// `entity`, checked now by the rules the local engine applies when it runs the change: a mistake raises one
/// `ValidationError` naming every member at fault (`DetailsDocument[0].Key`).
#[pyfunction]
#[pyo3(signature = (entity, details, *, change_name = None))]
fn typed_change<'py>(
    py: Python<'py>,
    entity: &Bound<'py, PyAny>,
    details: &Bound<'py, PyAny>,
    change_name: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let entity = EntityRef::from_python(entity, "typed_change.entity")?;
    let details = TypedDetails::from_python(details, "typed_change.details")?;
    let mut change = Change::typed_details(entity, details).map_err(|e| marketplane::python::to_py_err(py, &e))?;
    change.change_name = change_name;
    change.to_python(py)
}

/// The stub file's text: the model classes and aliases reachable from the tables and helpers, then the clients.
fn stub_walk() -> (Stubs, Vec<String>) {
    let mut stubs = Stubs::default();
    // The details `typed_change` takes: every change type's class, which no operation names.
    TypedDetails::hint(&mut stubs);
    let mut classes = services::stubs(&mut stubs);
    classes.extend(client::stubs());
    (stubs, classes)
}

/// The names the module exports, sorted.
fn public_names(stubs: &Stubs) -> Vec<String> {
    let mut names: Vec<String> = stubs::EXCEPTION_NAMES.iter().map(|n| n.to_string()).collect();
    names.push("typed_change".to_owned());
    names.extend(stubs.class_names().map(str::to_owned));
    names.extend(stubs.aliases().map(|(name, _)| name.to_owned()));
    let classes =
        ["Client", "AsyncClient", "Accounts", "Regions", "Applications", "Catalog", "Discovery", "Agreements"];
    for class in classes.into_iter().chain(["Organizations", "Sts", "Estate"]) {
        names.push(class.to_owned());
        if !class.starts_with("Async") && class != "Client" {
            names.push(format!("Async{class}"));
        }
    }
    names.sort();
    names.dedup();
    names
}

/// This module's stub file, as `scripts/python-stubs` writes it.
#[pyfunction]
fn _stubs() -> String {
    let (stubs, classes) = stub_walk();
    stubs::render(&stubs, &classes, &public_names(&stubs))
}

/// Raise a panic inside the library (the tests check that it arrives as an `InternalError`).
#[pyfunction]
fn _panic_for_tests(py: Python<'_>) -> PyResult<()> {
    runtime::blocking(py, async { panic!("deliberate panic for the test suite") })
}

/// Define each type alias of the stubs in the module too, so that `marketplane.AlternateContactType` and friends
/// exist at run time (as the `typing` unions they are).
fn define_aliases(module: &Bound<'_, PyModule>, stubs: &Stubs) -> PyResult<()> {
    let py = module.py();
    let typing = py.import("typing")?;
    let namespace = PyDict::new(py);
    for name in ["Dict", "List", "Literal", "Union"] {
        namespace.set_item(name, typing.getattr(name)?)?;
    }
    let mut pending: Vec<(&str, &str)> = stubs.aliases().collect();
    // An alias may name another; define them in as many rounds as it takes.
    while !pending.is_empty() {
        let before = pending.len();
        let mut failed = Vec::new();
        let mut last_error = None;
        for (name, definition) in pending {
            let expression = definition.split_once(" = ").map(|(_, e)| e).unwrap_or(definition);
            namespace.update(module.dict().as_mapping())?;
            let code = std::ffi::CString::new(expression)?;
            match py.eval(&code, Some(&namespace), None) {
                Ok(value) => module.add(name, value)?,
                Err(err) => {
                    last_error = Some(err);
                    failed.push((name, definition));
                }
            }
        }
        if failed.len() == before {
            return Err(last_error.unwrap_or_else(|| pyo3::exceptions::PyRuntimeError::new_err("alias cycle")));
        }
        pending = failed;
    }
    Ok(())
}

#[pymodule]
fn _marketplane(module: &Bound<'_, PyModule>) -> PyResult<()> {
    marketplane::python::add_exceptions(module)?;
    client::register(module)?;
    services::register(module)?;
    TypedDetails::register(module)?;
    module.add_class::<pages::Pages>()?;
    module.add_class::<pages::AsyncPages>()?;
    let (stubs, _) = stub_walk();
    define_aliases(module, &stubs)?;
    module.add_function(wrap_pyfunction!(typed_change, module)?)?;
    module.add_function(wrap_pyfunction!(_operations, module)?)?;
    module.add_function(wrap_pyfunction!(_stubs, module)?)?;
    module.add_function(wrap_pyfunction!(_panic_for_tests, module)?)?;
    module.add("__all__", PyList::new(module.py(), public_names(&stubs))?)?;
    Ok(())
}
