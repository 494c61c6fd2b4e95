//! Marketplace Catalog on the wire (restJson1): PascalCase operation paths; GET, PATCH and DELETE operations read
//! camelCase query-string members, POST operations a JSON body with PascalCase members; every success is 200; errors
//! carry `Message` (capital M). Bad input of any kind is a `ValidationException` (422), as the service answers.

use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

use super::account::unknown_operation;
use crate::error::{Error, ErrorKind};
use crate::operation::{CatalogRequest, CatalogResponse, Request, Response};

/// Each operation's method and path.
pub const OPERATIONS: &[(&str, &str)] = &[
    ("POST", "/BatchDescribeEntities"),
    ("PATCH", "/CancelChangeSet"),
    ("DELETE", "/DeleteResourcePolicy"),
    ("POST", "/DescribeAssessment"),
    ("GET", "/DescribeChangeSet"),
    ("GET", "/DescribeEntity"),
    ("GET", "/GetResourcePolicy"),
    ("POST", "/ListAssessments"),
    ("POST", "/ListChangeSets"),
    ("POST", "/ListEntities"),
    ("POST", "/ListTagsForResource"),
    ("POST", "/PutResourcePolicy"),
    ("POST", "/StartAssessment"),
    ("POST", "/StartChangeSet"),
    ("POST", "/TagResource"),
    ("POST", "/UntagResource"),
];

/// Whether `path` is one of the catalog's operation paths.
pub fn is_catalog_path(path: &str) -> bool {
    OPERATIONS.iter().any(|(_, p)| *p == path)
}

fn validation(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Validation, "ValidationException", message)
}

fn query_value(query: &str, name: &str) -> Result<Option<String>, Error> {
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if super::percent_decode(key, true).map_err(validation)? == name {
            return super::percent_decode(value, true).map(Some).map_err(validation);
        }
    }
    Ok(None)
}

fn required(query: &str, name: &str) -> Result<String, Error> {
    query_value(query, name)?.ok_or_else(|| Error::invalid_field(name, "is required"))
}

fn body<T: DeserializeOwned>(body: &Map<String, Value>) -> Result<T, Error> {
    serde_json::from_value(Value::Object(body.clone())).map_err(|e| validation(format!("invalid request body: {e}")))
}

/// Decode one request. `body` is the parsed JSON body (`{}` when there is none).
pub fn decode(method: &str, path: &str, query: &str, object: &Map<String, Value>) -> Result<Request, Error> {
    let Some((expected, _)) = OPERATIONS.iter().find(|(_, p)| *p == path) else {
        return Err(unknown_operation(&format!("{method} {path}")));
    };
    if *expected != method {
        return Err(unknown_operation(&format!("{method} {path} (the operation is {expected})")));
    }
    let request = match path {
        "/BatchDescribeEntities" => CatalogRequest::BatchDescribeEntities(body(object)?),
        "/CancelChangeSet" => CatalogRequest::CancelChangeSet {
            catalog: required(query, "catalog")?,
            change_set_id: required(query, "changeSetId")?,
        },
        "/DeleteResourcePolicy" => {
            CatalogRequest::DeleteResourcePolicy { resource_arn: required(query, "resourceArn")? }
        }
        "/DescribeAssessment" => CatalogRequest::DescribeAssessment(body(object)?),
        "/DescribeChangeSet" => CatalogRequest::DescribeChangeSet {
            catalog: required(query, "catalog")?,
            change_set_id: required(query, "changeSetId")?,
        },
        "/DescribeEntity" => CatalogRequest::DescribeEntity {
            catalog: required(query, "catalog")?,
            entity_id: required(query, "entityId")?,
        },
        "/GetResourcePolicy" => CatalogRequest::GetResourcePolicy { resource_arn: required(query, "resourceArn")? },
        "/ListAssessments" => CatalogRequest::ListAssessments(body(object)?),
        "/ListChangeSets" => CatalogRequest::ListChangeSets(body(object)?),
        "/ListEntities" => CatalogRequest::ListEntities(Box::new(body(object)?)),
        "/ListTagsForResource" => CatalogRequest::ListTagsForResource(body(object)?),
        "/PutResourcePolicy" => CatalogRequest::PutResourcePolicy(body(object)?),
        "/StartAssessment" => CatalogRequest::StartAssessment(body(object)?),
        "/StartChangeSet" => CatalogRequest::StartChangeSet(body(object)?),
        "/TagResource" => CatalogRequest::TagResource(body(object)?),
        _ => CatalogRequest::UntagResource(body(object)?),
    };
    Ok(Request::Catalog(Box::new(request)))
}

/// The path prefix of the private marketplace's buyer operations in the emulator.
pub const PRIVATE_MARKETPLACE_PREFIX: &str = "/_marketplane/private-marketplace/";

/// Decode a private marketplace buyer operation: `POST /_marketplane/private-marketplace/<Operation>` with a JSON body.
pub fn decode_private_marketplace(method: &str, path: &str, object: &Map<String, Value>) -> Result<Request, Error> {
    let operation = path.strip_prefix(PRIVATE_MARKETPLACE_PREFIX).unwrap_or(path);
    if method != "POST" {
        return Err(unknown_operation(&format!("{method} {path}")));
    }
    let request = match operation {
        "CreateProductRequest" => CatalogRequest::CreateProductRequest(body(object)?),
        "ListProductRequests" => CatalogRequest::ListProductRequests(body(object)?),
        "ApproveProductRequest" => CatalogRequest::ApproveProductRequest(body(object)?),
        "DeclineProductRequest" => CatalogRequest::DeclineProductRequest(body(object)?),
        "GetProcurementStatus" => CatalogRequest::GetProcurementStatus(body(object)?),
        _ => return Err(unknown_operation(&format!("{method} {path}"))),
    };
    Ok(Request::Catalog(Box::new(request)))
}

fn to_value<T: serde::Serialize>(value: &T) -> Result<Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::internal(format!("encoding a catalog response: {e}")))
}

/// Encode a response body (`None` for operations without output).
pub fn encode(response: Response) -> Result<Option<Value>, Error> {
    let Response::Catalog(answer) = response else {
        return Err(Error::internal(format!("not a catalog response: {response:?}")));
    };
    Ok(Some(match *answer {
        CatalogResponse::Empty => return Ok(None),
        CatalogResponse::BatchDescribe(out) => to_value(&out)?,
        CatalogResponse::ChangeSetRef(out) => to_value(&out)?,
        CatalogResponse::ChangeSet(out) => to_value(&out)?,
        CatalogResponse::Entity(out) => to_value(&out)?,
        CatalogResponse::Policy(policy) => json!({ "Policy": policy }),
        CatalogResponse::ChangeSets(out) => to_value(&out)?,
        CatalogResponse::Entities(out) => to_value(&out)?,
        CatalogResponse::Tags { resource_arn, tags } => json!({ "ResourceArn": resource_arn, "Tags": tags }),
        CatalogResponse::AssessmentId(id) => json!({ "AssessmentId": id }),
        CatalogResponse::ProductRequest(request) => json!({ "ProductRequest": to_value(&request)? }),
        CatalogResponse::ProductRequests(requests) => json!({ "ProductRequests": to_value(&requests)? }),
        CatalogResponse::ProcurementStatus(status) => to_value(&status)?,
        CatalogResponse::Assessment { assessment, next_token } => {
            let mut value = to_value(&assessment)?;
            if let (Some(token), Some(map)) = (next_token, value.as_object_mut()) {
                map.insert("NextToken".into(), Value::String(token));
            }
            value
        }
        CatalogResponse::Assessments { assessments, next_token } => {
            let mut value = json!({ "AssessmentSummaryList": to_value(&assessments)? });
            if let Some(token) = next_token {
                value["NextToken"] = Value::String(token);
            }
            value
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap()
    }

    #[test]
    fn routes_by_method_and_path() {
        let r = decode("GET", "/DescribeEntity", "catalog=AWSMarketplace&entityId=offer-1", &Map::new()).unwrap();
        assert_eq!(r.operation_name(), "DescribeEntity");
        let err = decode("POST", "/DescribeEntity", "", &Map::new()).unwrap_err();
        assert_eq!(err.code(), "UnknownOperationException");
        let err = decode("GET", "/DescribeEntity", "catalog=AWSMarketplace", &Map::new()).unwrap_err();
        assert_eq!(err.field_errors()[0].name, "entityId");
        let r = decode("PATCH", "/CancelChangeSet", "catalog=AWSMarketplace&changeSetId=abc%2D1", &Map::new()).unwrap();
        match r {
            Request::Catalog(c) => assert_eq!(
                *c,
                CatalogRequest::CancelChangeSet { catalog: "AWSMarketplace".into(), change_set_id: "abc-1".into() }
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bodies_are_the_models_json() {
        let r = decode(
            "POST",
            "/StartChangeSet",
            "",
            &object(json!({"Catalog": "AWSMarketplace", "ChangeSet": [{"ChangeType": "CreateProduct", "Entity": {"Type": "SaaSProduct@1.0"}, "DetailsDocument": {}}]})),
        )
        .unwrap();
        assert_eq!(r.operation_name(), "StartChangeSet");
        let err = decode("POST", "/StartChangeSet", "", &object(json!({"ChangeSet": "x"}))).unwrap_err();
        assert_eq!(err.code(), "ValidationException");
        assert_eq!(err.kind(), ErrorKind::Validation);
    }

    #[test]
    fn empty_outputs_have_no_body() {
        assert_eq!(encode(Response::Catalog(Box::new(CatalogResponse::Empty))).unwrap(), None);
        let tags =
            encode(Response::Catalog(Box::new(CatalogResponse::Tags { resource_arn: "a".into(), tags: vec![] })))
                .unwrap();
        assert_eq!(tags, Some(json!({"ResourceArn": "a", "Tags": []})));
    }
}
