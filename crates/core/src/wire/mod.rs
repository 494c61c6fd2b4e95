//! The services' wire forms, shared by the emulator and the AWS backend's own RPC client: the generic codec that reads
//! every request and writes every answer from the operation tables ([`codec`]), and Marketplace Agreement's CBOR.

pub mod agreement;
pub mod codec;

use serde_json::{Map, Value};

use crate::error::{Error, ErrorKind};

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

/// `UnknownOperationException` for a name the service does not have.
pub fn unknown_operation(what: &str) -> Error {
    Error::new(ErrorKind::Unsupported, "UnknownOperationException", format!("Unknown operation {what}"))
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
