//! The generic wire codec: every operation's request is read from its JSON members, and its answer written, by the
//! input and output types' serde forms, named as the service names its members. REST requests are routed by the
//! operation tables' bindings; path labels and query-string members join the body's before decoding.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::{Error, ErrorKind, FieldError, Result};
use crate::operation::{Binding, Operation, OperationInfo, Service};

/// Read an input from its JSON members. A member of the wrong JSON type is a `SerializationException`; a missing
/// or invalid member is a `ValidationException` naming the field by its path (`ContactInformation.City`).
pub fn decode_input<I: DeserializeOwned>(members: Value) -> Result<I> {
    serde_path_to_error::deserialize(members).map_err(|e| {
        let path = e.path().to_string();
        let message = e.into_inner().to_string();
        classify(&path, &message)
    })
}

/// Read an input straight from a JSON object's text, `None` when it does not read (the caller then parses the body
/// and calls [`decode_input`], which says why). Only an object is read, as [`decode_input`] reads only the members
/// of one (serde would also take a struct's members from an array); an empty body is an empty object.
pub fn decode_body<I: DeserializeOwned>(body: &[u8]) -> Option<I> {
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        None => serde_json::from_slice(b"{}").ok(),
        Some(b'{') => serde_json::from_slice(body).ok(),
        Some(_) => None,
    }
}

fn classify(path: &str, message: &str) -> Error {
    let at = |field: &str| match (path, field) {
        (".", f) => f.to_owned(),
        (p, "") => p.to_owned(),
        (p, f) => format!("{p}.{f}"),
    };
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or_default();
        return Error::validation(vec![FieldError::new(at(field), "is required")]);
    }
    const SHAPE_ERRORS: &[&str] = &["invalid type", "invalid value", "invalid length", "unknown variant", "expected"];
    if SHAPE_ERRORS.iter().any(|p| message.starts_with(p)) {
        let member = if path == "." { String::new() } else { format!("{path}: ") };
        return super::serialization(format!("{member}{message}"));
    }
    // A custom error: a validated identifier or value refused the text.
    Error::validation(vec![FieldError::new(at(""), message)])
}

/// The JSON body of an answer of `O` (`None` when the operation has no output).
pub fn encode_output<O: Operation>(output: &O::Output) -> Result<Option<Value>> {
    let value = serde_json::to_value(output)
        .map_err(|e| Error::internal(format!("cannot encode the answer of {}: {e}", O::INFO.name)))?;
    Ok(match (O::INFO.output_member, value) {
        (Some(_), Value::Null) => Some(Value::Object(Map::new())),
        (Some(member), value) => Some(Value::Object(Map::from_iter([(member.to_owned(), value)]))),
        (None, Value::Null) => None,
        (None, value) => Some(value),
    })
}

/// The JSON text of an answer of `O`: the body [`encode_output`] gives, written straight from the typed output.
pub fn encode_output_json<O: Operation>(output: &O::Output) -> Result<Option<Vec<u8>>> {
    let cannot = |e: serde_json::Error| Error::internal(format!("cannot encode the answer of {}: {e}", O::INFO.name));
    let text = serde_json::to_vec(output).map_err(cannot)?;
    let nothing = text == b"null";
    Ok(match O::INFO.output_member {
        Some(_) if nothing => Some(b"{}".to_vec()),
        Some(member) => {
            let mut wrapped = Vec::with_capacity(text.len() + member.len() + 5);
            wrapped.push(b'{');
            serde_json::to_writer(&mut wrapped, member).map_err(cannot)?;
            wrapped.push(b':');
            wrapped.extend_from_slice(&text);
            wrapped.push(b'}');
            Some(wrapped)
        }
        None if nothing => None,
        None => Some(text),
    })
}

/// Read an answer of `O` from its JSON body (what [`encode_output`] writes).
pub fn decode_output<O: Operation>(body: Value) -> Result<O::Output> {
    let value = match O::INFO.output_member {
        Some(member) => body.get(member).cloned().unwrap_or(Value::Null),
        None => body,
    };
    let empty = value.as_object().is_some_and(Map::is_empty);
    serde_json::from_value(value).or_else(|e| if empty { serde_json::from_value(Value::Null) } else { Err(e) }).map_err(
        |e| Error::new(ErrorKind::Transport, "SerializationException", format!("{} answered: {e}", O::INFO.name)),
    )
}

/// The REST operation of `service` that `method` and `path` name, with the path's labels.
pub fn route(service: Service, method: &str, path: &str) -> Option<(&'static OperationInfo, Vec<(String, String)>)> {
    let path = path.trim_start_matches('/');
    service.operations().iter().find_map(|info| match info.binding {
        Binding::Rest { method: m, path: template, .. } if m == method => {
            match_template(template, path).map(|labels| (info, labels))
        }
        _ => None,
    })
}

/// Whether any REST operation of `service` has `path` (whatever the method).
pub fn has_path(service: Service, path: &str) -> bool {
    let path = path.trim_start_matches('/');
    service.operations().iter().any(|info| match info.binding {
        Binding::Rest { path: template, .. } => match_template(template, path).is_some(),
        Binding::Rpc => false,
    })
}

/// The labels of `path` (its leading `/`s trimmed) if it matches `template`. Every request tries the templates one
/// by one: a template without labels is compared whole, and one that does not match allocates nothing.
fn match_template(template: &str, path: &str) -> Option<Vec<(String, String)>> {
    fn label(part: &str) -> Option<&str> {
        part.strip_prefix('{').and_then(|p| p.strip_suffix('}'))
    }
    let template = template.trim_start_matches('/');
    if !template.contains('{') {
        return (template == path).then(Vec::new);
    }
    let (parts, segments) = (template.split('/'), path.split('/'));
    if parts.clone().count() != segments.clone().count() {
        return None;
    }
    let matches = parts.clone().zip(segments.clone()).all(|(part, segment)| match label(part) {
        Some(_) => !segment.is_empty(),
        None => part == segment,
    });
    matches.then(|| {
        parts.zip(segments).filter_map(|(part, segment)| Some((label(part)?.to_owned(), segment.to_owned()))).collect()
    })
}

/// The members of a REST request: the body's, then the query string's, then the path labels (percent-decoded).
pub fn members(body: Map<String, Value>, query: &str, labels: Vec<(String, String)>) -> Result<Value> {
    let mut members = body;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = super::percent_decode(key, true).map_err(super::serialization)?;
        let value = super::percent_decode(value, true).map_err(super::serialization)?;
        members.insert(key, Value::String(value));
    }
    for (label, raw) in labels {
        let value = super::percent_decode(&raw, false).map_err(super::serialization)?;
        members.insert(label, Value::String(value));
    }
    Ok(Value::Object(members))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::account::{GetAlternateContactInput, ListRegionsInput, PutContactInformationInput};

    #[test]
    fn members_of_the_wrong_type_are_serialization_errors() {
        let err = decode_input::<GetAlternateContactInput>(serde_json::json!({"AlternateContactType": 5})).unwrap_err();
        assert_eq!(err.code(), "SerializationException");
        assert!(err.message().contains("AlternateContactType"), "{}", err.message());
        let err = decode_input::<ListRegionsInput>(serde_json::json!({"MaxResults": "ten"})).unwrap_err();
        assert_eq!(err.code(), "SerializationException");
    }

    #[test]
    fn missing_and_invalid_members_name_their_field() {
        let err = decode_input::<GetAlternateContactInput>(serde_json::json!({})).unwrap_err();
        assert_eq!(err.code(), "ValidationException");
        assert_eq!(err.field_errors()[0].name, "AlternateContactType");
        let err = decode_input::<GetAlternateContactInput>(
            serde_json::json!({"AlternateContactType": "BILLING", "AccountId": "12"}),
        )
        .unwrap_err();
        assert_eq!(err.field_errors()[0].name, "AccountId");
        let err =
            decode_input::<PutContactInformationInput>(serde_json::json!({"ContactInformation": {"FullName": "x"}}))
                .unwrap_err();
        assert_eq!(err.field_errors()[0].name, "ContactInformation.AddressLine1");
    }

    #[test]
    fn answers_written_straight_to_json_read_as_the_encoded_value() {
        use crate::model::account::{AlternateContact, AlternateContactType};
        use crate::model::region::{Region, RegionOptStatus};
        use crate::operation::account::AccountResponse;
        use crate::operation::Response;

        let contact =
            AlternateContact::new(AlternateContactType::Billing, "Carlos \"CFO\" Salazar", "CFO", "c@x.com", "1");
        let answers = [
            // Wrapped in its output member.
            Response::Account(AccountResponse::GetAlternateContact(contact)),
            Response::Account(AccountResponse::GetPrimaryEmail("a@example.com".to_owned())),
            // Unwrapped.
            Response::Account(AccountResponse::GetRegionOptStatus(Region::new(
                "af-south-1".parse::<crate::model::RegionName>().unwrap(),
                RegionOptStatus::Enabled,
            ))),
            // No output at all.
            Response::Account(AccountResponse::DisableRegion(())),
        ];
        for answer in answers {
            let value = answer.encode().unwrap();
            let text = answer.encode_json().unwrap();
            let read = text.as_deref().map(|t| serde_json::from_slice::<Value>(t).unwrap());
            assert_eq!(read, value, "{}", answer.operation_name());
        }
        assert_eq!(Response::Account(AccountResponse::DisableRegion(())).encode_json().unwrap(), None);
    }

    #[test]
    fn a_body_read_straight_into_its_input_reads_as_decoded_from_its_members() {
        use crate::operation::{Request, Service};

        let bodies: [&[u8]; 4] = [
            br#"{"AlternateContactType":"BILLING"}"#,
            br#" {"AlternateContactType":"OPERATIONS","AccountId":"123456789012","Unknown":[1]} "#,
            b"",
            b"  ",
        ];
        for body in bodies {
            let members = Value::Object(crate::wire::parse_object(body).unwrap());
            let decoded = Request::decode(Service::Account, "GetAlternateContact", members);
            let direct = Request::decode_body(Service::Account, "GetAlternateContact", body);
            assert_eq!(direct.is_some(), decoded.is_ok(), "{}", String::from_utf8_lossy(body));
            if let (Some(direct), Ok(decoded)) = (direct, decoded) {
                assert_eq!(format!("{direct:?}"), format!("{decoded:?}"));
            }
        }
        assert!(Request::decode_body(Service::Account, "ListRegions", b"").is_some());
        // What does not read straight is left to `decode`, which names the problem: an array where an object
        // belongs, a member of the wrong type, a bad value, text that is not JSON, an unknown operation.
        for (operation, body) in [
            ("GetAlternateContact", &br#"["BILLING"]"#[..]),
            ("GetAlternateContact", br#"{"AlternateContactType":5}"#),
            ("GetAlternateContact", br#"{"AlternateContactType":"BILLING","AccountId":"12"}"#),
            ("GetAlternateContact", br#"{"AlternateContactType":"BILLING""#),
            ("Nope", b"{}"),
        ] {
            assert!(Request::decode_body(Service::Account, operation, body).is_none(), "{operation} {body:?}");
        }
    }

    #[test]
    fn rest_paths_route_with_their_labels() {
        let (info, labels) = route(
            Service::ServerlessRepo,
            "PUT",
            "/applications/arn%3Aaws%3Aserverlessrepo%3Aus-east-1%3A111111111111%3Aapplications%2Fa/versions/1.0.0",
        )
        .unwrap();
        assert_eq!(info.name, "CreateApplicationVersion");
        let value = members(Map::new(), "", labels).unwrap();
        assert_eq!(value["applicationId"], "arn:aws:serverlessrepo:us-east-1:111111111111:applications/a");
        assert_eq!(value["semanticVersion"], "1.0.0");
        assert!(route(Service::ServerlessRepo, "POST", "/applications/x/frobnicate").is_none());
        assert!(has_path(Service::MarketplaceCatalog, "/DescribeEntity"));
        assert_eq!(route(Service::Account, "POST", "/getAlternateContact").unwrap().0.name, "GetAlternateContact");
        assert!(route(Service::Account, "POST", "/getAlternateContact/").is_none());
        assert!(route(Service::Account, "GET", "/getAlternateContact").is_none());
        let (info, labels) = route(Service::ServerlessRepo, "GET", "/applications/a").unwrap();
        assert_eq!((info.name, labels), ("GetApplication", vec![("applicationId".to_owned(), "a".to_owned())]));
        // A label is never empty, and a literal template matches the whole path only.
        assert!(route(Service::ServerlessRepo, "GET", "/applications/").is_none());
        assert!(route(Service::ServerlessRepo, "GET", "/applications/a/versions/x/y").is_none());
        assert_eq!(route(Service::ServerlessRepo, "POST", "/applications").unwrap().0.name, "CreateApplication");
    }
}
