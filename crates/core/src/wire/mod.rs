//! The JSON members of AWS requests and responses (restJson1), shared by the emulator and the bindings: reading
//! members with the service's errors (wrong JSON types are `SerializationException`, missing or invalid members a
//! `ValidationException` naming each field), and each service's request decoder and response encoder.

pub mod account;
pub mod agreement;
pub mod catalog;
pub mod discovery;
pub mod serverlessrepo;

use serde_json::{Map, Value};

use crate::error::{Error, ErrorKind, FieldError};

/// A `SerializationException`: the body is not what the operation reads.
pub fn serialization(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Validation, "SerializationException", message)
}

/// The JSON object of a request body; an empty body reads as `{}`.
pub fn parse_object(body: &[u8]) -> Result<Map<String, Value>, Error> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(other) => Err(serialization(format!("the request body must be a JSON object, not {}", json_type(&other)))),
        Err(e) => Err(serialization(format!("the request body is not valid JSON: {e}"))),
    }
}

/// Decode `%XX` escapes (and `+` in query strings); the error says what is wrong.
pub fn percent_decode(text: &str, plus_is_space: bool) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                let byte = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
                out.push(byte.ok_or_else(|| format!("invalid percent-encoding in {text:?}"))?);
                i += 3;
            }
            b'+' if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| format!("{text:?} does not decode to UTF-8"))
}

/// Add `nextToken` to a list answer when there is a next page.
pub(crate) fn with_token(mut value: Value, token: Option<String>) -> Value {
    if let Some(token) = token {
        value["nextToken"] = Value::String(token);
    }
    value
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Reads the members of one JSON object, collecting every problem so the caller gets them all at once: wrong JSON
/// types are serialization errors, missing or invalid members are validation errors naming the field.
#[derive(Debug)]
pub struct Members<'a> {
    map: &'a Map<String, Value>,
    prefix: String,
    wrong_types: Vec<String>,
    invalid: Vec<FieldError>,
}

impl<'a> Members<'a> {
    /// Read `map`; field names are reported with `prefix` (for nested structures).
    pub fn new(map: &'a Map<String, Value>, prefix: &str) -> Self {
        Members { map, prefix: prefix.to_owned(), wrong_types: Vec::new(), invalid: Vec::new() }
    }

    fn field(&self, name: &str) -> String {
        format!("{}{}", self.prefix, name)
    }

    /// An optional string member (`null` reads as absent).
    pub fn opt_str(&mut self, name: &str) -> Option<&'a str> {
        match self.map.get(name) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s),
            Some(other) => {
                self.wrong_types.push(format!("{} must be a string, not {}", self.field(name), json_type(other)));
                None
            }
        }
    }

    /// A required string member.
    pub fn req_str(&mut self, name: &str) -> Option<&'a str> {
        let present = self.map.get(name).is_some_and(|v| !v.is_null());
        let value = self.opt_str(name);
        if !present {
            self.invalid.push(FieldError::new(self.field(name), "is required"));
        }
        value
    }

    /// An optional integer member.
    pub fn opt_i32(&mut self, name: &str) -> Option<i32> {
        match self.map.get(name) {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => match n.as_i64().and_then(|n| i32::try_from(n).ok()) {
                Some(n) => Some(n),
                None => {
                    self.wrong_types.push(format!("{} must be a 32-bit integer, got {n}", self.field(name)));
                    None
                }
            },
            Some(other) => {
                self.wrong_types.push(format!("{} must be an integer, not {}", self.field(name), json_type(other)));
                None
            }
        }
    }

    /// An optional list of strings.
    pub fn opt_str_list(&mut self, name: &str) -> Vec<&'a str> {
        match self.map.get(name) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    match item {
                        Value::String(s) => out.push(s.as_str()),
                        other => self.wrong_types.push(format!(
                            "{} must hold strings, not {}",
                            self.field(name),
                            json_type(other)
                        )),
                    }
                }
                out
            }
            Some(other) => {
                self.wrong_types.push(format!("{} must be a list, not {}", self.field(name), json_type(other)));
                Vec::new()
            }
        }
    }

    /// A required nested object.
    pub fn req_object(&mut self, name: &str) -> Option<&'a Map<String, Value>> {
        match self.map.get(name) {
            None | Some(Value::Null) => {
                self.invalid.push(FieldError::new(self.field(name), "is required"));
                None
            }
            Some(Value::Object(map)) => Some(map),
            Some(other) => {
                self.wrong_types.push(format!("{} must be an object, not {}", self.field(name), json_type(other)));
                None
            }
        }
    }

    /// Parse a present member with `parse`, recording its validation errors.
    pub fn parsed<T>(&mut self, value: Option<&str>, parse: impl FnOnce(&str) -> Result<T, Error>) -> Option<T> {
        match parse(value?) {
            Ok(v) => Some(v),
            Err(err) => {
                self.invalid.extend(err.field_errors().iter().cloned());
                None
            }
        }
    }

    /// Forget repeated problems (a member read twice is reported once).
    pub fn dedup(&mut self) {
        let mut seen = std::collections::HashSet::new();
        self.wrong_types.retain(|w| seen.insert(w.clone()));
        let mut seen = std::collections::HashSet::new();
        self.invalid.retain(|f| seen.insert((f.name.clone(), f.message.clone())));
    }

    /// Take over the problems found by a nested reader.
    pub fn absorb(&mut self, nested: Members<'_>) {
        self.wrong_types.extend(nested.wrong_types);
        self.invalid.extend(nested.invalid);
    }

    /// Every problem found, as the service reports it: wrong JSON types first, then validation failures.
    pub fn finish(self) -> Result<(), Error> {
        if !self.wrong_types.is_empty() {
            return Err(serialization(self.wrong_types.join("; ")));
        }
        if !self.invalid.is_empty() {
            return Err(Error::validation(self.invalid));
        }
        Ok(())
    }
}
