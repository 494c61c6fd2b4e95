//! The glue every generated method shares: reading an operation's input from Python (an input object, or its
//! members as keyword arguments), reading a helper's arguments, and sending one operation.

use marketplane::operation::Operation;
use marketplane::python::to_py_err;
use marketplane::python::{construct, FromPython, PyModel, PyRecord, Stubs, ToPython};
use marketplane::{Client, Error, ErrorKind};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use crate::runtime;

/// An operation's input: the input object passed positionally, or one built from the keyword arguments (the
/// input class's constructor, with its checks: a missing or unknown member is a `TypeError`, a bad identifier a
/// `ValidationError` naming the member).
pub fn input<I: PyRecord + FromPython>(
    py: Python<'_>,
    args: &Bound<'_, PyTuple>,
    kwargs: Option<&Bound<'_, PyDict>>,
) -> PyResult<I> {
    match args.len() {
        0 => construct::<I>(py, kwargs),
        1 if kwargs.is_some_and(|k| !k.is_empty()) => Err(PyTypeError::new_err(format!(
            "pass either a {} or its members as keyword arguments, not both",
            I::PYTHON_NAME
        ))),
        1 => I::from_python(&args.get_item(0)?, "input"),
        n => Err(PyTypeError::new_err(format!(
            "expected at most one positional argument (the {}), got {n}",
            I::PYTHON_NAME
        ))),
    }
}

/// A helper's positional argument `name`.
pub fn argument<T: FromPython>(value: &Bound<'_, PyAny>, name: &str) -> PyResult<T> {
    T::from_python(value, name)
}

/// A helper's keyword argument `name`: absent or `None` is `default()`.
pub fn keyword<T: FromPython>(
    value: Option<&Bound<'_, PyAny>>,
    name: &str,
    default: impl FnOnce() -> T,
) -> PyResult<T> {
    match value {
        Some(value) if !value.is_none() => T::from_python(value, name),
        _ => Ok(default()),
    }
}

/// Send one operation, blocking (the GIL released), and convert its answer.
///
/// On the local backend the engine serves the request right here, on the calling thread: no runtime, no thread hop.
/// A request it refuses as throttled or unavailable (nothing was done) goes through the client instead, whose retry
/// policy resends it after a backoff, as the Rust facade would. Other backends go through the client.
pub fn call<O>(py: Python<'_>, client: &Client, input: O) -> PyResult<Py<PyAny>>
where
    O: Operation,
    O::Output: ToPython,
{
    let output = match client.local_backend() {
        Some(local) => {
            let retry = input.clone();
            let mut request = input.into_request();
            request.fill_idempotency_token();
            let answer = runtime::serve(py, || local.call_blocking(client.context(), request));
            match answer {
                Ok(response) => O::from_response(response).map_err(|other| {
                    let err = Error::internal(format!("{} was answered with {other:?}", O::INFO.name));
                    to_py_err(py, &err)
                })?,
                Err(err) if matches!(err.kind(), ErrorKind::Throttled | ErrorKind::Unavailable) => {
                    runtime::blocking(py, client.call(retry).send())?
                }
                Err(err) => return Err(to_py_err(py, &err)),
            }
        }
        None => runtime::blocking(py, client.call(input).send())?,
    };
    output.to_python(py).map(Bound::unbind)
}

/// Send one operation on the runtime; an awaitable of its answer.
pub fn call_async<'py, O>(py: Python<'py>, client: &Client, input: O) -> PyResult<Bound<'py, PyAny>>
where
    O: Operation,
    O::Output: ToPython,
{
    let client = client.clone();
    runtime::awaitable(py, async move { client.call(input).send().await })
}

/// Convert a helper's answer.
pub fn answer<T: ToPython>(py: Python<'_>, value: &T) -> PyResult<Py<PyAny>> {
    value.to_python(py).map(Bound::unbind)
}

/// A parameter's stub text: `name: hint`, or `name: hint = ...` when it has a default.
pub fn param<T: PyModel>(stubs: &mut Stubs, name: &str, has_default: bool) -> String {
    let hint = T::hint(stubs);
    if has_default && !hint.ends_with("| None") {
        // `None` (the run-time default) picks the documented default.
        format!("{name}: {hint} | None = ...")
    } else if has_default {
        format!("{name}: {hint} = ...")
    } else {
        format!("{name}: {hint}")
    }
}
