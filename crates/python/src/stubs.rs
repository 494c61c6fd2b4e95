//! The type stub of the native module, `_marketplane.pyi`, generated from the same tables and types as the module:
//! the model classes and aliases from the core's `Stubs` walk, the client classes from the service macros.
//! `scripts/python-stubs` writes it; a test fails when the committed file differs.

use std::fmt::Write as _;

use marketplane::python::Stubs;

/// A docstring, indented.
fn docstring(out: &mut String, indent: &str, doc: &str) {
    let doc = doc.trim();
    if doc.is_empty() {
        return;
    }
    let escaped = doc.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    // Lines from `///` comments start with the space after the slashes.
    let lines: Vec<&str> = escaped.lines().map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end()).collect();
    let body = lines.join(&format!("\n{indent}"));
    let _ = writeln!(out, "{indent}\"\"\"{body}\"\"\"");
}

/// The stub of one client class.
#[derive(Debug)]
pub struct Class {
    text: String,
}

impl Class {
    /// `class name:` (final: the classes cannot be subclassed) with its docstring.
    pub fn new(name: &str, doc: &str) -> Self {
        let mut text = format!("@final\nclass {name}:\n");
        docstring(&mut text, "    ", doc);
        Class { text }
    }

    fn def(&mut self, name: &str, is_async: bool, params: &str, returns: &str, doc: &str, decorators: &[&str]) {
        for decorator in decorators {
            let _ = writeln!(self.text, "    @{decorator}");
        }
        let prefix = if is_async { "async def" } else { "def" };
        if doc.trim().is_empty() {
            let _ = writeln!(self.text, "    {prefix} {name}({params}) -> {returns}: ...");
        } else {
            let _ = writeln!(self.text, "    {prefix} {name}({params}) -> {returns}:");
            docstring(&mut self.text, "        ", doc);
        }
    }

    /// An operation's method: the input object positionally, or its members as keyword arguments (two overloads).
    pub fn operation(&mut self, name: &str, doc: &str, input: &str, members: &[String], returns: &str, is_async: bool) {
        self.def(name, is_async, &format!("self, input: {input}, /"), returns, "", &["overload"]);
        let params = if members.is_empty() { "self".to_owned() } else { format!("self, *, {}", members.join(", ")) };
        self.def(name, is_async, &params, returns, doc, &["overload"]);
    }

    /// A method with positional parameters, then keyword-only ones.
    pub fn method(
        &mut self,
        name: &str,
        doc: &str,
        positional: &[String],
        keywords: &[String],
        returns: &str,
        is_async: bool,
    ) {
        let mut params = vec!["self".to_owned()];
        params.extend(positional.iter().cloned());
        if !keywords.is_empty() {
            params.push("*".into());
            params.extend(keywords.iter().cloned());
        }
        self.def(name, is_async, &params.join(", "), returns, doc, &[]);
    }

    /// The constructor (`__new__`, as the class defines it at run time), returning `returns`.
    pub fn constructor(&mut self, doc: &str, params: &str, returns: &str) {
        self.def("__new__", false, &format!("cls, {params}"), returns, doc, &[]);
    }

    /// A static method.
    pub fn static_method(&mut self, name: &str, doc: &str, params: &str, returns: &str, is_async: bool) {
        self.def(name, is_async, params, returns, doc, &["staticmethod"]);
    }

    /// A read-only property.
    pub fn property(&mut self, name: &str, hint: &str, doc: &str) {
        self.def(name, false, "self", hint, doc, &["property"]);
    }

    /// The finished text.
    pub fn finish(self) -> String {
        self.text
    }
}

const HEADER: &str = r#""""Type stubs of marketplane's native module, generated from the Rust model and operation tables.

Do not edit: `scripts/python-stubs` writes this file, and the test suite fails when it is stale.
"""

import datetime
from collections.abc import AsyncIterator, Callable, Iterator
from os import PathLike
from typing import Dict, List, Literal, Union, final, overload

from typing_extensions import TypeAlias
"#;

const EXCEPTIONS: &str = r#"class MarketplaneError(Exception):
    """Every error the library raises: `kind` (`not_found`, `validation`, ...), the service's `code` and
    `message`, the `reason` when the service gives one, the `request_id` and `http_status` of a remote call, and
    `field_errors`, each `(field, message)`, for invalid input."""
    kind: str
    code: str
    message: str
    reason: str | None
    request_id: str | None
    http_status: int | None
    field_errors: list[tuple[str, str]]

class ValidationError(MarketplaneError):
    """The input broke a rule of the service."""

class NotFoundError(MarketplaneError):
    """The resource does not exist."""

class ConflictError(MarketplaneError):
    """The resource's state does not allow this now."""

class AccessDeniedError(MarketplaneError):
    """The caller may not do this."""

class ThrottledError(MarketplaneError):
    """Too many requests; retry later."""

class QuotaExceededError(MarketplaneError):
    """A quota or limit is reached."""

class ResourceInUseError(MarketplaneError):
    """Another operation holds the resource."""

class UnavailableError(MarketplaneError):
    """The service is unavailable right now."""

class InternalError(MarketplaneError):
    """The service or the library failed."""

class UnsupportedError(MarketplaneError):
    """The backend does not implement this."""

class TransportError(MarketplaneError):
    """The request did not reach the service."""

class ConfigError(MarketplaneError):
    """The client is not configured correctly."""

class WaitTimeoutError(MarketplaneError):
    """A waiter gave up before the wanted state."""
"#;

/// The exception classes' names.
pub const EXCEPTION_NAMES: &[&str] = &[
    "AccessDeniedError",
    "ConfigError",
    "ConflictError",
    "InternalError",
    "MarketplaneError",
    "NotFoundError",
    "QuotaExceededError",
    "ResourceInUseError",
    "ThrottledError",
    "TransportError",
    "UnavailableError",
    "UnsupportedError",
    "ValidationError",
    "WaitTimeoutError",
];

const FUNCTIONS: &str = r#"def typed_change(entity: EntityRef, details: TypedDetails, *, change_name: str | None = None) -> Change:
    """A change of typed `details` (an instance of a change type's class, such as `AddDimensions` or `CreateOffer`)
    on `entity`, checked now by the rules the local engine applies when it runs the change: a mistake raises one
    `ValidationError` naming every member at fault (`DetailsDocument[0].Key`)."""

def _operations() -> list[tuple[str, str, str, bool]]:
    """Every operation of every table: (service, operation, method, paged)."""

def _stubs() -> str:
    """This stub file's text, as the module generates it."""

def _panic_for_tests() -> None:
    """Raise a Rust panic inside the library (it arrives as InternalError)."""
"#;

/// The whole stub file: `classes` are the client classes' stubs, `public` the names the module exports.
pub fn render(stubs: &Stubs, classes: &[String], public: &[String]) -> String {
    let mut out = String::from(HEADER);
    out.push_str("\n__all__ = [\n");
    for name in public {
        let _ = writeln!(out, "    {name:?},");
    }
    out.push_str("]\n\n");
    out.push_str(EXCEPTIONS);
    out.push('\n');
    out.push_str(&stubs.render());
    for class in classes {
        out.push('\n');
        out.push_str(class);
    }
    out.push('\n');
    out.push_str(FUNCTIONS);
    out
}
