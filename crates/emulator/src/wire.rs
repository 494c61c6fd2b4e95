//! restJson1 wire helpers shared by every service: reading JSON members with the service's errors, and writing
//! responses and errors the way AWS does (`x-amzn-errortype`, `x-amzn-requestid`, the error shape's members).

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use marketplane::Error;
use serde_json::{Map, Value};

/// The HTTP status a service error code travels with.
pub fn status_for(code: &str, service: &str) -> StatusCode {
    if service == "marketplace-catalog" {
        // The Marketplace Catalog model gives its errors their own statuses.
        match code {
            "ValidationException" | "SerializationException" => return StatusCode::UNPROCESSABLE_ENTITY,
            "ResourceInUseException" => return StatusCode::LOCKED,
            "ServiceQuotaExceededException" => return StatusCode::PAYMENT_REQUIRED,
            "ResourceNotSupportedException" => return StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "ThrottlingException" => return StatusCode::TOO_MANY_REQUESTS,
            _ => {}
        }
    }
    match code {
        "ValidationException" | "SerializationException" | "BadRequestException" => StatusCode::BAD_REQUEST,
        "ForbiddenException"
        | "AccessDeniedException"
        | "InvalidSignatureException"
        | "UnrecognizedClientException"
        | "MissingAuthenticationTokenException"
        | "IncompleteSignatureException" => StatusCode::FORBIDDEN,
        "ResourceNotFoundException" | "NotFoundException" | "UnknownOperationException" => StatusCode::NOT_FOUND,
        "ConflictException" => StatusCode::CONFLICT,
        "RequestEntityTooLargeException" => StatusCode::PAYLOAD_TOO_LARGE,
        "ResourceUnavailableException" => StatusCode::FAILED_DEPENDENCY,
        "TooManyRequestsException" | "ThrottlingException" => StatusCode::TOO_MANY_REQUESTS,
        "ServiceUnavailableException" => StatusCode::SERVICE_UNAVAILABLE,
        "RequestTimeoutException" => StatusCode::REQUEST_TIMEOUT,
        "UnsupportedOperation" => StatusCode::NOT_IMPLEMENTED,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The header that carries the request id.
const REQUEST_ID: HeaderName = HeaderName::from_static("x-amzn-requestid");

fn with_request_id(mut response: Response, request_id: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    response
}

/// A success response with a JSON body (already JSON text), or an empty body for operations without output.
pub fn ok(status: u16, body: Option<Vec<u8>>, request_id: &str) -> Response {
    let mut response = Response::new(body.map_or_else(Body::empty, Body::from));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    with_request_id(response, request_id)
}

/// An error response: status from the code, `x-amzn-errortype`, and the error shape's members in the body
/// (`message`; for validation also `reason` and `fieldList`).
pub fn error(err: &Error, request_id: &str, service: &str) -> Response {
    let mut body = Map::new();
    let status = status_for(err.code(), service);
    if service == "marketplace-catalog" {
        // Catalog error shapes spell it `Message`, and list bad fields as `ValidationExceptionFieldList`.
        body.insert("Message".into(), Value::String(err.message().to_owned()));
        if !err.field_errors().is_empty() {
            let fields = err
                .field_errors()
                .iter()
                .map(
                    |f| serde_json::json!({ "Reason": "FieldValidationFailed", "Field": f.name, "Message": f.message }),
                )
                .collect();
            body.insert("ValidationExceptionFieldList".into(), Value::Array(fields));
        }
        return respond(status, err, body, request_id);
    }
    body.insert("message".into(), Value::String(err.message().to_owned()));
    if service == "serverlessrepo" {
        // The repository's error shape carries the status as `errorCode`.
        body.insert("errorCode".into(), Value::String(status.as_u16().to_string()));
    }
    if err.code() == "ValidationException" {
        if let Some(reason) = err.reason() {
            body.insert("reason".into(), Value::String(reason.to_owned()));
        }
        if !err.field_errors().is_empty() {
            let fields = err
                .field_errors()
                .iter()
                .map(|f| serde_json::json!({ "name": f.name, "message": f.message }))
                .collect();
            body.insert("fieldList".into(), Value::Array(fields));
        }
    }
    respond(status, err, body, request_id)
}

fn respond(status: StatusCode, err: &Error, body: Map<String, Value>, request_id: &str) -> Response {
    let mut headers = HeaderMap::new();
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    if let Ok(code) = HeaderValue::from_str(err.code()) {
        headers.insert("x-amzn-errortype", code);
    }
    let response = (status, headers, Value::Object(body).to_string()).into_response();
    with_request_id(response, request_id)
}

/// An error in the shape of `service` as `handle` names it: `marketplace-agreement/cbor` and `/json` in
/// Marketplace Agreement's protocols, the others in restJson1.
pub fn error_for(service: &str, err: &Error, request_id: &str) -> Response {
    if service == "organizations" {
        return organizations(Err(Error::new(err.kind(), err.code(), err.message())), request_id);
    }
    if let Some(rest) = service.strip_prefix("sts") {
        return sts(rest.strip_prefix('/'), Err(Error::new(err.kind(), err.code(), err.message())), request_id);
    }
    match service.strip_prefix("marketplace-agreement/") {
        // Agreement error bodies carry only the type and message.
        Some(protocol) => agreement(protocol, Err(Error::new(err.kind(), err.code(), err.message())), request_id),
        None => error(err, request_id, service),
    }
}

/// The authentication errors of AWS's front door, which JSON 1.0 and RPC v2 CBOR services answer with 400 and
/// a `com.amazon.coral.service` type rather than the service's own namespace.
const CORAL_AUTH_ERRORS: &[&str] = &[
    "InvalidSignatureException",
    "IncompleteSignatureException",
    "MissingAuthenticationTokenException",
    "UnrecognizedClientException",
];

/// A Marketplace Agreement answer in its protocol: RPC v2 CBOR (`smithy-protocol: rpc-v2-cbor`, CBOR bodies, errors
/// as `__type` and `message` in the body) or JSON 1.0 (the same members in JSON).
pub fn agreement(protocol: &str, outcome: Result<(u16, Option<Value>), Error>, request_id: &str) -> Response {
    let (status, body) = match &outcome {
        Ok((status, body)) => {
            (StatusCode::from_u16(*status).unwrap_or(StatusCode::OK), body.clone().unwrap_or(Value::Object(Map::new())))
        }
        Err(err) if CORAL_AUTH_ERRORS.contains(&err.code()) => (
            StatusCode::BAD_REQUEST,
            serde_json::json!({ "__type": format!("com.amazon.coral.service#{}", err.code()), "message": err.message() }),
        ),
        Err(err) => (status_for(err.code(), "marketplace-agreement"), marketplane::wire::agreement::error_body(err)),
    };
    let mut headers = HeaderMap::new();
    if let Err(err) = &outcome {
        if let Ok(code) = HeaderValue::from_str(err.code()) {
            headers.insert("x-amzn-errortype", code);
        }
    }
    let response = if protocol == "cbor" {
        headers.insert("content-type", HeaderValue::from_static("application/cbor"));
        headers.insert("smithy-protocol", HeaderValue::from_static("rpc-v2-cbor"));
        (status, headers, marketplane::wire::agreement::json_to_cbor(&body)).into_response()
    } else {
        headers.insert("content-type", HeaderValue::from_static("application/x-amz-json-1.0"));
        (status, headers, body.to_string()).into_response()
    };
    with_request_id(response, request_id)
}

/// The members of an `application/x-www-form-urlencoded` text (STS's query protocol), percent-decoded.
pub fn form(text: &str) -> Result<std::collections::BTreeMap<String, String>, Error> {
    let mut members = std::collections::BTreeMap::new();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = marketplane::wire::percent_decode(key, true).map_err(|e| query_error("MalformedQueryString", e))?;
        let value =
            marketplane::wire::percent_decode(value, true).map_err(|e| query_error("MalformedQueryString", e))?;
        members.insert(key, value);
    }
    Ok(members)
}

fn query_error(code: &str, message: String) -> Error {
    Error::new(marketplane::ErrorKind::Validation, code, message)
}

/// The HTTP status of an Organizations error: awsJson1_1 answers every client error with 400.
fn organizations_status(code: &str) -> StatusCode {
    match code {
        "ServiceException" | "InternalFailure" | "InternalServerException" => StatusCode::INTERNAL_SERVER_ERROR,
        "ServiceUnavailableException" => StatusCode::SERVICE_UNAVAILABLE,
        "RequestEntityTooLargeException" => StatusCode::PAYLOAD_TOO_LARGE,
        "RequestTimeoutException" => StatusCode::REQUEST_TIMEOUT,
        _ => StatusCode::BAD_REQUEST,
    }
}

/// An AWS Organizations answer in awsJson1_1: the output's JSON, or `{"__type": code, "Message": ...}` (and
/// `Reason` for `InvalidInputException`, as the service's error shape has it), as `application/x-amz-json-1.1`.
pub fn organizations(outcome: Result<(u16, Option<Value>), Error>, request_id: &str) -> Response {
    let mut headers = HeaderMap::new();
    headers.insert("content-type", HeaderValue::from_static("application/x-amz-json-1.1"));
    let (status, body) = match outcome {
        Ok((status, body)) => {
            (StatusCode::from_u16(status).unwrap_or(StatusCode::OK), body.unwrap_or(Value::Object(Map::new())))
        }
        Err(err) => {
            if let Ok(code) = HeaderValue::from_str(err.code()) {
                headers.insert("x-amzn-errortype", code);
            }
            let mut body = Map::new();
            body.insert("__type".into(), Value::String(err.code().to_owned()));
            body.insert("Message".into(), Value::String(err.message().to_owned()));
            if let Some(reason) = err.reason() {
                body.insert("Reason".into(), Value::String(reason.to_owned()));
            }
            (organizations_status(err.code()), Value::Object(body))
        }
    };
    with_request_id((status, headers, body.to_string()).into_response(), request_id)
}

/// STS's XML namespace.
const STS_NAMESPACE: &str = "https://sts.amazonaws.com/doc/2011-06-15/";

fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A JSON value as the query protocol's XML: members as elements, list items as `<member>`.
fn xml_members(value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            for (name, member) in map {
                if member.is_null() {
                    continue;
                }
                out.push_str(&format!("<{name}>"));
                xml_members(member, out);
                out.push_str(&format!("</{name}>"));
            }
        }
        Value::Array(items) => {
            for item in items {
                out.push_str("<member>");
                xml_members(item, out);
                out.push_str("</member>");
            }
        }
        Value::String(text) => out.push_str(&xml_escape(text)),
        Value::Null => {}
        other => out.push_str(&other.to_string()),
    }
}

/// STS's code for an error: its own names for the front door's authentication errors.
fn sts_code(code: &str) -> &str {
    match code {
        "InvalidSignatureException" => "SignatureDoesNotMatch",
        "UnrecognizedClientException" => "InvalidClientTokenId",
        "IncompleteSignatureException" => "IncompleteSignature",
        "MissingAuthenticationTokenException" => "MissingAuthenticationToken",
        "ExpiredTokenException" => "ExpiredToken",
        "ValidationException" | "SerializationException" => "ValidationError",
        "TooManyRequestsException" | "ThrottlingException" => "Throttling",
        "InternalServerException" | "InternalServerErrorException" => "InternalFailure",
        other => other,
    }
}

fn sts_status(code: &str) -> StatusCode {
    match code {
        "AccessDenied"
        | "SignatureDoesNotMatch"
        | "InvalidClientTokenId"
        | "IncompleteSignature"
        | "MissingAuthenticationToken" => StatusCode::FORBIDDEN,
        "InternalFailure" => StatusCode::INTERNAL_SERVER_ERROR,
        "ServiceUnavailable" | "ServiceUnavailableException" => StatusCode::SERVICE_UNAVAILABLE,
        "RequestEntityTooLargeException" => StatusCode::PAYLOAD_TOO_LARGE,
        "RequestTimeoutException" => StatusCode::REQUEST_TIMEOUT,
        _ => StatusCode::BAD_REQUEST,
    }
}

/// An STS answer in the query protocol's XML: `<{Op}Response><{Op}Result>...</{Op}Result><ResponseMetadata>`, or
/// `<ErrorResponse><Error><Type>Sender</Type><Code>...` with STS's codes.
pub fn sts(operation: Option<&str>, outcome: Result<(u16, Option<Value>), Error>, request_id: &str) -> Response {
    let mut headers = HeaderMap::new();
    headers.insert("content-type", HeaderValue::from_static("text/xml"));
    let id = xml_escape(request_id);
    let (status, body) = match (outcome, operation) {
        (Ok((_, body)), Some(op)) => {
            let mut result = String::new();
            xml_members(&body.unwrap_or(Value::Null), &mut result);
            let xml = format!(
                "<{op}Response xmlns=\"{STS_NAMESPACE}\"><{op}Result>{result}</{op}Result>\
                 <ResponseMetadata><RequestId>{id}</RequestId></ResponseMetadata></{op}Response>"
            );
            (StatusCode::OK, xml)
        }
        (outcome, _) => {
            let err = outcome.err().unwrap_or_else(|| Error::internal("an answer without its operation"));
            let code = sts_code(err.code());
            if let Ok(value) = HeaderValue::from_str(code) {
                headers.insert("x-amzn-errortype", value);
            }
            let status = sts_status(code);
            let kind = if status.is_server_error() { "Receiver" } else { "Sender" };
            let xml = format!(
                "<ErrorResponse xmlns=\"{STS_NAMESPACE}\"><Error><Type>{kind}</Type><Code>{}</Code>\
                 <Message>{}</Message></Error><RequestId>{id}</RequestId></ErrorResponse>",
                xml_escape(code),
                xml_escape(err.message())
            );
            (status, xml)
        }
    };
    with_request_id((status, headers, body).into_response(), request_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_protocol_xml() {
        let mut out = String::new();
        xml_members(&serde_json::json!({"A": "x<y", "B": [1, 2], "C": {"D": true}, "E": null}), &mut out);
        assert_eq!(out, "<A>x&lt;y</A><B><member>1</member><member>2</member></B><C><D>true</D></C>");
        assert_eq!(sts_code("InvalidSignatureException"), "SignatureDoesNotMatch");
        assert_eq!(sts_status("AccessDenied"), StatusCode::FORBIDDEN);
        let members = form("Action=AssumeRole&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2FR&Name=a+b").unwrap();
        assert_eq!(members["RoleArn"], "arn:aws:iam::1:role/R");
        assert_eq!(members["Name"], "a b");
    }
}
