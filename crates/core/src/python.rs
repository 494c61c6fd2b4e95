//! The model's Python face (feature `python`): conversions of member types, the pieces `#[model]` generates Python
//! classes from, type stubs, and the exception tree.
//!
//! Every model struct is a Python class of its own (see `marketplane-macros`); this module converts the types of
//! their members. Strings, numbers, booleans, lists and dicts map to their Python counterparts; times to aware
//! `datetime`s; open enums and validated identifiers to `str` (an identifier is validated when it comes in, and a bad
//! one raises `ValidationError` naming the member); JSON documents to plain Python values.
//!
//! Conversions never panic: a value of the wrong type raises `TypeError` naming the class and member.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyModule, PyString, PyTuple};
use pyo3::PyClass;
use time::OffsetDateTime;

use crate::error::{Error, ErrorKind};

create_exception!(marketplane, MarketplaneError, PyException, "Every error the library raises.");
create_exception!(marketplane, ValidationError, MarketplaneError, "The input broke a rule of the service.");
create_exception!(marketplane, NotFoundError, MarketplaneError, "The resource does not exist.");
create_exception!(marketplane, ConflictError, MarketplaneError, "The resource's state does not allow this now.");
create_exception!(marketplane, AccessDeniedError, MarketplaneError, "The caller may not do this.");
create_exception!(marketplane, ThrottledError, MarketplaneError, "Too many requests; retry later.");
create_exception!(marketplane, QuotaExceededError, MarketplaneError, "A quota or limit is reached.");
create_exception!(marketplane, ResourceInUseError, MarketplaneError, "Another operation holds the resource.");
create_exception!(marketplane, UnavailableError, MarketplaneError, "The service is unavailable right now.");
create_exception!(marketplane, InternalError, MarketplaneError, "The service or the library failed.");
create_exception!(marketplane, UnsupportedError, MarketplaneError, "The backend does not implement this.");
create_exception!(marketplane, TransportError, MarketplaneError, "The request did not reach the service.");
create_exception!(marketplane, ConfigError, MarketplaneError, "The client is not configured correctly.");
create_exception!(marketplane, WaitTimeoutError, MarketplaneError, "A waiter gave up before the wanted state.");

/// The exception classes, by name, for the extension module to export.
pub fn add_exceptions(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    module.add("MarketplaneError", py.get_type::<MarketplaneError>())?;
    module.add("ValidationError", py.get_type::<ValidationError>())?;
    module.add("NotFoundError", py.get_type::<NotFoundError>())?;
    module.add("ConflictError", py.get_type::<ConflictError>())?;
    module.add("AccessDeniedError", py.get_type::<AccessDeniedError>())?;
    module.add("ThrottledError", py.get_type::<ThrottledError>())?;
    module.add("QuotaExceededError", py.get_type::<QuotaExceededError>())?;
    module.add("ResourceInUseError", py.get_type::<ResourceInUseError>())?;
    module.add("UnavailableError", py.get_type::<UnavailableError>())?;
    module.add("InternalError", py.get_type::<InternalError>())?;
    module.add("UnsupportedError", py.get_type::<UnsupportedError>())?;
    module.add("TransportError", py.get_type::<TransportError>())?;
    module.add("ConfigError", py.get_type::<ConfigError>())?;
    module.add("WaitTimeoutError", py.get_type::<WaitTimeoutError>())?;
    Ok(())
}

/// The Python exception for a library error, with `kind`, `code`, `message`, `reason`, `request_id`,
/// `http_status` and `field_errors` (a list of `(name, message)` tuples) as attributes.
pub fn to_py_err(py: Python<'_>, err: &Error) -> PyErr {
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

/// A Rust value as a Python object.
pub trait ToPython {
    /// The Python object for this value (a new one: Python code changing it does not change `self`).
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>;
}

/// A Rust value from a Python object.
pub trait FromPython: Sized {
    /// Convert `value`; `field` names it in errors (`Class.member`, or `Class.member[2]` inside a list).
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self>;
}

/// A type's place in the Python module: its type hint, and the classes it needs registered.
pub trait PyModel {
    /// The type hint for this type in the stubs, recording in `stubs` the definitions it needs.
    fn hint(stubs: &mut Stubs) -> String;

    /// Add the classes this type needs to `module` (a record adds itself and its members' classes).
    fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
        let _ = module;
        Ok(())
    }
}

/// A model struct as a Python class; generated by `#[model]`.
pub trait PyRecord: PyClass + Clone {
    /// The class name in Python.
    const PYTHON_NAME: &'static str;

    /// Build from keyword arguments, counting in `used` how many of them it took.
    fn from_kwargs(kwargs: &Bound<'_, PyDict>, used: &mut usize) -> PyResult<Self>;

    /// Whether `name` is one of its keyword arguments.
    fn accepts(name: &str) -> bool;

    /// The constructor's keyword parameters, as stub text.
    fn init_params(stubs: &mut Stubs) -> Vec<String>;
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "object".into())
}

fn wrong_type(value: &Bound<'_, PyAny>, field: &str, expected: &str) -> PyErr {
    PyTypeError::new_err(format!("{field}: expected {expected}, got {}", type_name(value)))
}

/// Build a record from a constructor's keyword arguments; an unknown argument is a `TypeError` naming it.
pub fn construct<T: PyRecord>(py: Python<'_>, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<T> {
    let empty;
    let kwargs = match kwargs {
        Some(kwargs) => kwargs,
        None => {
            empty = PyDict::new(py);
            &empty
        }
    };
    let mut used = 0;
    let value = T::from_kwargs(kwargs, &mut used)?;
    if used != kwargs.len() {
        for key in kwargs.keys() {
            let key = key.str()?.to_cow()?.into_owned();
            if !T::accepts(&key) {
                return Err(PyTypeError::new_err(format!(
                    "{}() got an unexpected keyword argument '{key}'",
                    T::PYTHON_NAME
                )));
            }
        }
    }
    Ok(value)
}

/// A required keyword argument `name` (`key`: the same name as an interned Python string, which the dictionary
/// finds without hashing it again); missing is a `TypeError`.
pub fn required_argument<T: FromPython>(
    kwargs: &Bound<'_, PyDict>,
    class: &str,
    name: &str,
    key: &Bound<'_, PyString>,
    used: &mut usize,
) -> PyResult<T> {
    match kwargs.get_item(key)? {
        Some(value) => {
            *used += 1;
            convert_member(&value, class, name)
        }
        None => Err(PyTypeError::new_err(format!("{class}() missing required keyword argument: '{name}'"))),
    }
}

/// An optional keyword argument: absent or `None` is `default()` (`None`, empty, or the member's own default).
pub fn argument_or<T: FromPython>(
    kwargs: &Bound<'_, PyDict>,
    class: &str,
    name: &str,
    key: &Bound<'_, PyString>,
    used: &mut usize,
    default: fn() -> T,
) -> PyResult<T> {
    match kwargs.get_item(key)? {
        Some(value) => {
            *used += 1;
            if value.is_none() {
                Ok(default())
            } else {
                convert_member(&value, class, name)
            }
        }
        None => Ok(default()),
    }
}

/// Convert the value of member `name` of `class`.
pub fn convert_member<T: FromPython>(value: &Bound<'_, PyAny>, class: &str, name: &str) -> PyResult<T> {
    // The member's name only matters in an error, so it is not built for every conversion (they are on every call's
    // path): a failed conversion, which has no side effects, is repeated with the name.
    T::from_python(value, "").or_else(|_| T::from_python(value, &format!("{class}.{name}")))
}

/// `Class(member=repr, ...)`.
pub fn repr(class: &str, members: &[(&str, Bound<'_, PyAny>)]) -> PyResult<String> {
    let mut out = format!("{class}(");
    for (i, (name, value)) in members.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{name}={}", value.repr()?.to_cow()?);
    }
    out.push(')');
    Ok(out)
}

/// Add class `T` to `module` unless it is there; whether it was added.
pub fn add_class<T: PyClass>(module: &Bound<'_, PyModule>, name: &str) -> PyResult<bool> {
    if module.hasattr(name)? {
        return Ok(false);
    }
    module.add_class::<T>()?;
    Ok(true)
}

/// A record as a new Python object.
pub fn record_to_python<'py, T>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>>
where
    T: PyRecord + Into<pyo3::pyclass_init::PyClassInitializer<T>>,
{
    Ok(Bound::new(py, value.clone())?.into_any())
}

/// A record from an instance of its class.
pub fn record_from_python<T: PyRecord>(value: &Bound<'_, PyAny>, field: &str) -> PyResult<T> {
    match value.cast::<T>() {
        Ok(instance) => Ok(instance.try_borrow()?.clone()),
        Err(_) => Err(wrong_type(value, field, T::PYTHON_NAME)),
    }
}

// ---- leaf types ----

impl ToPython for String {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, self).into_any())
    }
}

impl FromPython for String {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        match value.cast::<PyString>() {
            Ok(text) => Ok(text.to_cow()?.into_owned()),
            Err(_) => Err(wrong_type(value, field, "str")),
        }
    }
}

impl PyModel for String {
    fn hint(_: &mut Stubs) -> String {
        "str".into()
    }
}

/// `()` is an operation's empty answer: `None` in Python.
impl ToPython for () {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(py.None().into_bound(py))
    }
}

impl PyModel for () {
    fn hint(_: &mut Stubs) -> String {
        "None".into()
    }
}

impl ToPython for bool {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyBool::new(py, *self).to_owned().into_any())
    }
}

impl FromPython for bool {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        match value.cast::<PyBool>() {
            Ok(b) => Ok(b.is_true()),
            Err(_) => Err(wrong_type(value, field, "bool")),
        }
    }
}

impl PyModel for bool {
    fn hint(_: &mut Stubs) -> String {
        "bool".into()
    }
}

macro_rules! integers {
    ($($int:ty),*) => {$(
        impl ToPython for $int {
            fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(self.into_pyobject(py)?.into_any())
            }
        }

        impl FromPython for $int {
            fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
                // `bool` is an `int` in Python; a flag where a number belongs is a mistake worth reporting.
                if value.cast::<PyInt>().is_err() || value.cast::<PyBool>().is_ok() {
                    return Err(wrong_type(value, field, "int"));
                }
                value.extract::<$int>().map_err(|_| {
                    pyo3::exceptions::PyOverflowError::new_err(format!(
                        "{field}: {} does not fit in {}", value, stringify!($int)
                    ))
                })
            }
        }

        impl PyModel for $int {
            fn hint(_: &mut Stubs) -> String {
                "int".into()
            }
        }
    )*};
}
integers!(i32, i64, u8, u32, u64);

impl ToPython for f64 {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyFloat::new(py, *self).into_any())
    }
}

impl FromPython for f64 {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        if value.cast::<PyBool>().is_ok() || (value.cast::<PyFloat>().is_err() && value.cast::<PyInt>().is_err()) {
            return Err(wrong_type(value, field, "float"));
        }
        value.extract::<f64>()
    }
}

impl PyModel for f64 {
    fn hint(_: &mut Stubs) -> String {
        "float".into()
    }
}

impl ToPython for OffsetDateTime {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.into_pyobject(py)?.into_any())
    }
}

impl FromPython for OffsetDateTime {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        value.extract::<OffsetDateTime>().map_err(|_| wrong_type(value, field, "an aware datetime.datetime"))
    }
}

impl PyModel for OffsetDateTime {
    fn hint(_: &mut Stubs) -> String {
        "datetime.datetime".into()
    }
}

/// Durations are `datetime.timedelta`s.
impl ToPython for std::time::Duration {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.into_pyobject(py)?.into_any())
    }
}

impl FromPython for std::time::Duration {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        value
            .extract::<std::time::Duration>()
            .map_err(|_| wrong_type(value, field, "a non-negative datetime.timedelta"))
    }
}

impl PyModel for std::time::Duration {
    fn hint(_: &mut Stubs) -> String {
        "datetime.timedelta".into()
    }
}

impl<T: ToPython> ToPython for Option<T> {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Some(value) => value.to_python(py),
            None => Ok(py.None().into_bound(py)),
        }
    }
}

impl<T: FromPython> FromPython for Option<T> {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        if value.is_none() {
            Ok(None)
        } else {
            T::from_python(value, field).map(Some)
        }
    }
}

impl<T: PyModel> PyModel for Option<T> {
    fn hint(stubs: &mut Stubs) -> String {
        format!("{} | None", T::hint(stubs))
    }
    fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
        T::register(module)
    }
}

impl<T: ToPython> ToPython for Vec<T> {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let items = self.iter().map(|item| item.to_python(py)).collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, items)?.into_any())
    }
}

impl<T: FromPython> FromPython for Vec<T> {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        // A string is iterable, but a string where a list belongs is a mistake, not a list of characters.
        if value.cast::<PyList>().is_err() && value.cast::<PyTuple>().is_err() {
            return Err(wrong_type(value, field, "list"));
        }
        value.try_iter()?.enumerate().map(|(i, item)| T::from_python(&item?, &format!("{field}[{i}]"))).collect()
    }
}

impl<T: PyModel> PyModel for Vec<T> {
    fn hint(stubs: &mut Stubs) -> String {
        format!("list[{}]", T::hint(stubs))
    }
    fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
        T::register(module)
    }
}

fn dict_to_python<'a, 'py, V: ToPython + 'a>(
    py: Python<'py>,
    entries: impl Iterator<Item = (&'a String, &'a V)>,
) -> PyResult<Bound<'py, PyAny>> {
    let dict = PyDict::new(py);
    for (key, value) in entries {
        dict.set_item(key, value.to_python(py)?)?;
    }
    Ok(dict.into_any())
}

fn dict_from_python<V: FromPython, M: FromIterator<(String, V)>>(value: &Bound<'_, PyAny>, field: &str) -> PyResult<M> {
    let dict = value.cast::<PyDict>().map_err(|_| wrong_type(value, field, "dict"))?;
    dict.iter()
        .map(|(key, item)| {
            let key = String::from_python(&key, &format!("{field} key"))?;
            let item = V::from_python(&item, &format!("{field}[{key:?}]"))?;
            Ok((key, item))
        })
        .collect()
}

impl<V: ToPython> ToPython for BTreeMap<String, V> {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_to_python(py, self.iter())
    }
}

impl<V: FromPython> FromPython for BTreeMap<String, V> {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        dict_from_python(value, field)
    }
}

impl<V: PyModel> PyModel for BTreeMap<String, V> {
    fn hint(stubs: &mut Stubs) -> String {
        format!("dict[str, {}]", V::hint(stubs))
    }
    fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
        V::register(module)
    }
}

impl<V: ToPython> ToPython for HashMap<String, V> {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        dict_to_python(py, self.iter())
    }
}

impl<V: FromPython> FromPython for HashMap<String, V> {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        dict_from_python(value, field)
    }
}

impl<V: PyModel> PyModel for HashMap<String, V> {
    fn hint(stubs: &mut Stubs) -> String {
        format!("dict[str, {}]", V::hint(stubs))
    }
    fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
        V::register(module)
    }
}

/// JSON documents (change details, raw terms) are plain Python values: `None`, `bool`, `int`, `float`, `str`,
/// lists and dicts with `str` keys.
impl ToPython for serde_json::Value {
    fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        use serde_json::Value;
        Ok(match self {
            Value::Null => py.None().into_bound(py),
            Value::Bool(b) => b.to_python(py)?,
            Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) => i.to_python(py)?,
                (None, Some(u)) => u.to_python(py)?,
                _ => n.as_f64().unwrap_or(f64::NAN).to_python(py)?,
            },
            Value::String(s) => PyString::new(py, s).into_any(),
            Value::Array(items) => {
                let items = items.iter().map(|item| item.to_python(py)).collect::<PyResult<Vec<_>>>()?;
                PyList::new(py, items)?.into_any()
            }
            Value::Object(map) => {
                let dict = PyDict::new(py);
                for (key, value) in map {
                    dict.set_item(key, value.to_python(py)?)?;
                }
                dict.into_any()
            }
        })
    }
}

impl FromPython for serde_json::Value {
    fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
        use serde_json::Value;
        if value.is_none() {
            return Ok(Value::Null);
        }
        if let Ok(b) = value.cast::<PyBool>() {
            return Ok(Value::Bool(b.is_true()));
        }
        if value.cast::<PyInt>().is_ok() {
            if let Ok(i) = value.extract::<i64>() {
                return Ok(Value::from(i));
            }
            return value.extract::<u64>().map(Value::from).map_err(|_| {
                pyo3::exceptions::PyOverflowError::new_err(format!("{field}: {value} does not fit in 64 bits"))
            });
        }
        if let Ok(f) = value.cast::<PyFloat>() {
            return serde_json::Number::from_f64(f.value())
                .map(Value::Number)
                .ok_or_else(|| pyo3::exceptions::PyValueError::new_err(format!("{field}: {f} is not a JSON number")));
        }
        if value.cast::<PyString>().is_ok() {
            return String::from_python(value, field).map(Value::String);
        }
        if value.cast::<PyList>().is_ok() || value.cast::<PyTuple>().is_ok() {
            return Vec::<Value>::from_python(value, field).map(Value::Array);
        }
        if value.cast::<PyDict>().is_ok() {
            return dict_from_python::<Value, serde_json::Map<String, Value>>(value, field).map(Value::Object);
        }
        Err(wrong_type(value, field, "a JSON value (None, bool, int, float, str, list or dict)"))
    }
}

impl PyModel for serde_json::Value {
    fn hint(stubs: &mut Stubs) -> String {
        stubs.alias(
            "JsonValue",
            "JsonValue: TypeAlias = Union[None, bool, int, float, str, List[\"JsonValue\"], Dict[str, \"JsonValue\"]]",
        );
        "JsonValue".into()
    }
}

/// The Python face of a type that travels as a string: shown with `Display`, read with `FromStr` (whose error, a
/// library [`Error`], becomes `ValidationError` naming the member).
macro_rules! python_string {
    ($name:ty) => {
        impl $crate::python::ToPython for $name {
            fn to_python<'py>(&self, py: ::pyo3::Python<'py>) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::PyAny>> {
                Ok(::pyo3::types::PyString::new(py, &self.to_string()).into_any())
            }
        }

        impl $crate::python::FromPython for $name {
            fn from_python(value: &::pyo3::Bound<'_, ::pyo3::PyAny>, field: &str) -> ::pyo3::PyResult<Self> {
                let text = <String as $crate::python::FromPython>::from_python(value, field)?;
                $crate::python::parse_string(value.py(), &text, field)
            }
        }

        impl $crate::python::PyModel for $name {
            fn hint(_: &mut $crate::python::Stubs) -> String {
                "str".into()
            }
        }
    };
}
pub(crate) use python_string;

/// The Python face of a newtype: that of what it wraps (`EntityTypeSort` is a dict of sorts).
macro_rules! python_newtype {
    ($name:ident($inner:ty)) => {
        impl $crate::python::ToPython for $name {
            fn to_python<'py>(&self, py: ::pyo3::Python<'py>) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::PyAny>> {
                self.0.to_python(py)
            }
        }

        impl $crate::python::FromPython for $name {
            fn from_python(value: &::pyo3::Bound<'_, ::pyo3::PyAny>, field: &str) -> ::pyo3::PyResult<Self> {
                <$inner as $crate::python::FromPython>::from_python(value, field).map($name)
            }
        }

        impl $crate::python::PyModel for $name {
            fn hint(stubs: &mut $crate::python::Stubs) -> String {
                <$inner as $crate::python::PyModel>::hint(stubs)
            }
            fn register(module: &::pyo3::Bound<'_, ::pyo3::types::PyModule>) -> ::pyo3::PyResult<()> {
                <$inner as $crate::python::PyModel>::register(module)
            }
        }
    };
}
pub(crate) use python_newtype;

/// Parse a string-valued type; its error names `field` when the type's own error does not say otherwise.
pub fn parse_string<T>(py: Python<'_>, text: &str, field: &str) -> PyResult<T>
where
    T: std::str::FromStr,
    T::Err: Into<Error>,
{
    text.parse::<T>().map_err(|e| {
        let err: Error = e.into();
        let message = err.field_errors().first().map(|f| f.message.clone()).unwrap_or_else(|| err.message().into());
        to_py_err(py, &Error::invalid_field(field, message))
    })
}

/// The Python face of an open enum: a string, any value accepted (the services validate what they know), with the
/// known values as a `Literal` alias in the stubs.
macro_rules! python_open_enum {
    ($name:ident, [$($wire:literal),+]) => {
        impl $crate::python::ToPython for $name {
            fn to_python<'py>(
                &self,
                py: ::pyo3::Python<'py>,
            ) -> ::pyo3::PyResult<::pyo3::Bound<'py, ::pyo3::PyAny>> {
                Ok(::pyo3::types::PyString::new(py, self.as_str()).into_any())
            }
        }

        impl $crate::python::FromPython for $name {
            fn from_python(value: &::pyo3::Bound<'_, ::pyo3::PyAny>, field: &str) -> ::pyo3::PyResult<Self> {
                <String as $crate::python::FromPython>::from_python(value, field).map($name::from)
            }
        }

        impl $crate::python::PyModel for $name {
            fn hint(stubs: &mut $crate::python::Stubs) -> String {
                // A union of one-value literals rather than `Literal["A", "B"]`: the same type to a checker, and
                // what `typing` keeps as a union at run time, where the module defines the alias too.
                let values: &[&str] = &[$($wire),+];
                let literals: Vec<String> = values.iter().map(|v| format!("Literal[{v:?}]")).collect();
                stubs.alias(
                    stringify!($name),
                    &format!("{}: TypeAlias = Union[{}]", stringify!($name), literals.join(", ")),
                );
                stringify!($name).into()
            }
        }
    };
}
pub(crate) use python_open_enum;

/// The definitions a type stub file needs, gathered by walking the types reachable from the operations.
///
/// Aliases are written as `Name: TypeAlias = <expression>` with an expression that is valid at run time as well
/// (`Union`, `List`, `Dict`, `Literal` from `typing`), so that the module can define each alias too.
#[derive(Debug, Default)]
pub struct Stubs {
    /// Class stubs by name; `None` while the class is being written (a type that refers to itself).
    classes: BTreeMap<String, Option<String>>,
    aliases: BTreeMap<String, String>,
}

impl Stubs {
    /// Start the stub of class `name`: false when it is written or being written already.
    pub fn begin(&mut self, name: &str) -> bool {
        if self.classes.contains_key(name) {
            return false;
        }
        self.classes.insert(name.to_owned(), None);
        true
    }

    /// Finish the stub of class `name`.
    pub fn end(&mut self, name: &str, text: String) {
        self.classes.insert(name.to_owned(), Some(text));
    }

    /// Record a type alias definition.
    pub fn alias(&mut self, name: &str, definition: &str) {
        self.aliases.entry(name.to_owned()).or_insert_with(|| definition.to_owned());
    }

    /// The aliases recorded: each name and its definition (`Name: TypeAlias = <expression>`), sorted by name.
    pub fn aliases(&self) -> impl Iterator<Item = (&str, &str)> {
        self.aliases.iter().map(|(name, definition)| (name.as_str(), definition.as_str()))
    }

    /// Whether a class stub is recorded.
    pub fn has_class(&self, name: &str) -> bool {
        self.classes.contains_key(name)
    }

    /// The names of the classes recorded.
    pub fn class_names(&self) -> impl Iterator<Item = &str> {
        self.classes.keys().map(String::as_str)
    }

    /// The aliases, then the classes, each group sorted by name.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for definition in self.aliases.values() {
            out.push_str(definition);
            out.push('\n');
        }
        for text in self.classes.values().flatten() {
            out.push('\n');
            out.push_str(text);
        }
        out
    }
}

/// The text of one class stub.
#[derive(Debug)]
pub struct ClassStub {
    name: String,
    text: String,
}

/// A docstring line block, indented.
fn docstring(out: &mut String, indent: &str, doc: &str) {
    if doc.is_empty() {
        return;
    }
    let escaped = doc.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    let body = escaped.lines().collect::<Vec<_>>().join(&format!("\n{indent}"));
    let _ = writeln!(out, "{indent}\"\"\"{body}\"\"\"");
}

impl ClassStub {
    /// `class name:` with its docstring. Model classes cannot be subclassed, hence `@final`.
    pub fn new(name: &str, doc: &str) -> Self {
        let mut text = format!("@final\nclass {name}:\n");
        docstring(&mut text, "    ", doc);
        ClassStub { name: name.to_owned(), text }
    }

    /// The keyword-only constructor (`__new__`, as the class defines it at run time).
    pub fn init(&mut self, params: Vec<String>) {
        let name = &self.name;
        if params.is_empty() {
            let _ = writeln!(self.text, "    def __new__(cls) -> {name}: ...");
        } else {
            let _ = writeln!(self.text, "    def __new__(cls, *, {}) -> {name}: ...", params.join(", "));
        }
    }

    /// A read-write property.
    pub fn property(&mut self, name: &str, hint: &str, doc: &str) {
        let _ = writeln!(self.text, "    @property\n    def {name}(self) -> {hint}:");
        docstring(&mut self.text, "        ", doc);
        self.text.push_str("        ...\n");
        let _ = writeln!(self.text, "    @{name}.setter\n    def {name}(self, value: {hint}) -> None: ...");
    }

    /// The finished text.
    pub fn finish(self) -> String {
        self.text
    }
}
