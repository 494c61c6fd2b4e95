//! restJson1 wire helpers shared by every service: reading JSON members with the service's errors, and writing
//! responses and errors the way AWS does (`x-amzn-errortype`, `x-amzn-requestid`, the error shape's members).

use axum::http::{HeaderMap, HeaderValue, StatusCode};
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

fn with_request_id(mut response: Response, request_id: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert("x-amzn-requestid", value);
    }
    response
}

/// A success response with a JSON body, or an empty body for operations without output.
pub fn ok(status: u16, body: Option<Value>, request_id: &str) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    let response = match body {
        Some(body) => (status, [("content-type", "application/json")], body.to_string()).into_response(),
        None => (status, [("content-type", "application/json")]).into_response(),
    };
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
