//! AWS Serverless Application Repository on the wire (restJson1): REST paths under `/applications` with the
//! application's ARN percent-encoded as one path segment, query strings for list options, lowerCamelCase JSON
//! members, 201 for creations and 204 for deletions and unshares.

use serde_json::{json, Map, Value};
use time::format_description::well_known::iso8601::{Config, EncodedConfig, Iso8601, TimePrecision};
use time::OffsetDateTime;

use super::account::unknown_operation;
use super::Members;
use crate::error::{Error, ErrorKind};
use crate::model::serverless::{
    Application, ApplicationUpdate, Capability, ChangeSetRequest, NewApplication, ParameterValue, PolicyAction,
    PolicyStatement, Version,
};
use crate::operation::{Request, Response};

/// ISO 8601 with milliseconds (`2018-07-30T17:37:37.045Z`), as the service writes its timestamps.
const MILLIS: EncodedConfig =
    Config::DEFAULT.set_time_precision(TimePrecision::Second { decimal_digits: std::num::NonZeroU8::new(3) }).encode();

fn timestamp(t: OffsetDateTime) -> Result<String, Error> {
    t.format(&Iso8601::<MILLIS>).map_err(|e| Error::internal(format!("cannot format a timestamp: {e}")))
}

fn bad_request(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Validation, "BadRequestException", message)
}

/// Decode `%XX` escapes (and `+` in query strings); bad escapes are BadRequestException.
fn percent_decode(text: &str, plus_is_space: bool) -> Result<String, Error> {
    super::percent_decode(text, plus_is_space).map_err(bad_request)
}

fn query_value(query: &str, name: &str) -> Result<Option<String>, Error> {
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if percent_decode(key, true)? == name {
            return Ok(Some(percent_decode(value, true)?));
        }
    }
    Ok(None)
}

fn query_int(query: &str, name: &str) -> Result<Option<i32>, Error> {
    query_value(query, name)?
        .map(|v| v.parse::<i32>().map_err(|_| bad_request(format!("{name} must be an integer, got {v:?}"))))
        .transpose()
}

fn owned(value: Option<&str>) -> Option<String> {
    value.map(str::to_owned)
}

fn strings(m: &mut Members<'_>, name: &str) -> Vec<String> {
    m.opt_str_list(name).into_iter().map(str::to_owned).collect()
}

fn statements(body: &Map<String, Value>) -> Result<Vec<PolicyStatement>, Error> {
    let Some(list) = body.get("statements") else {
        return Err(Error::invalid_field("statements", "is required"));
    };
    let Some(list) = list.as_array() else {
        return Err(super::serialization("statements must be a list"));
    };
    list.iter()
        .map(|item| {
            let map = item.as_object().ok_or_else(|| super::serialization("statements must hold objects"))?;
            let mut m = Members::new(map, "statements.");
            let statement_id = owned(m.opt_str("statementId"));
            let principals = m.opt_str_list("principals");
            let orgs = m.opt_str_list("principalOrgIDs");
            let actions = m.opt_str_list("actions");
            m.finish()?;
            Ok(PolicyStatement {
                statement_id,
                principals: principals.iter().map(|p| p.parse()).collect::<Result<_, _>>()?,
                principal_org_ids: orgs
                    .iter()
                    .map(|o| {
                        o.parse().map_err(|_| {
                            Error::invalid_field("principalOrgIDs", format!("{o:?} is not an organization id"))
                        })
                    })
                    .collect::<Result<_, _>>()?,
                actions: actions.into_iter().map(PolicyAction::from).collect(),
            })
        })
        .collect()
}

/// Read the request a method, raw path, raw query and JSON body make. The repository reports every kind of bad input
/// as `BadRequestException`.
pub fn decode(method: &str, path: &str, query: &str, body: &Map<String, Value>) -> Result<Request, Error> {
    decode_any(method, path, query, body).map_err(|e| match e.code() {
        "ValidationException" | "SerializationException" => {
            bad_request(e.message()).with_field_errors(e.field_errors().to_vec())
        }
        _ => e,
    })
}

fn decode_any(method: &str, path: &str, query: &str, body: &Map<String, Value>) -> Result<Request, Error> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let describe = || format!("{method} {path}");
    if segments.first() != Some(&"applications") {
        return Err(unknown_operation(&describe()));
    }
    let id = segments.get(1).map(|s| percent_decode(s, false)).transpose()?;
    let mut m = Members::new(body, "");
    let request = match (method, id, &segments[2.min(segments.len())..]) {
        ("GET", None, _) => Request::ListApplications {
            max_items: query_int(query, "maxItems")?,
            next_token: query_value(query, "nextToken")?,
        },
        ("POST", None, _) => {
            let app = NewApplication {
                name: m.req_str("name").unwrap_or_default().to_owned(),
                description: m.req_str("description").unwrap_or_default().to_owned(),
                author: m.req_str("author").unwrap_or_default().to_owned(),
                spdx_license_id: owned(m.opt_str("spdxLicenseId")),
                license_body: owned(m.opt_str("licenseBody")),
                license_url: owned(m.opt_str("licenseUrl")),
                readme_body: owned(m.opt_str("readmeBody")),
                readme_url: owned(m.opt_str("readmeUrl")),
                labels: strings(&mut m, "labels"),
                home_page_url: owned(m.opt_str("homePageUrl")),
                semantic_version: owned(m.opt_str("semanticVersion")),
                source_code_url: owned(m.opt_str("sourceCodeUrl")),
                source_code_archive_url: owned(m.opt_str("sourceCodeArchiveUrl")),
                template_body: owned(m.opt_str("templateBody")),
                template_url: owned(m.opt_str("templateUrl")),
            };
            Request::CreateApplication(Box::new(app))
        }
        ("GET", Some(application_id), []) => {
            Request::GetApplication { application_id, semantic_version: query_value(query, "semanticVersion")? }
        }
        ("DELETE", Some(application_id), []) => Request::DeleteApplication { application_id },
        ("PATCH", Some(application_id), []) => {
            let labels = body.contains_key("labels").then(|| strings(&mut m, "labels"));
            let update = ApplicationUpdate {
                description: owned(m.opt_str("description")),
                author: owned(m.opt_str("author")),
                readme_body: owned(m.opt_str("readmeBody")),
                readme_url: owned(m.opt_str("readmeUrl")),
                labels,
                home_page_url: owned(m.opt_str("homePageUrl")),
            };
            Request::UpdateApplication { application_id, update }
        }
        ("POST", Some(application_id), ["changesets"]) => {
            let overrides = match body.get("parameterOverrides") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::Array(items)) => items
                    .iter()
                    .map(|item| {
                        let name = item.get("name").and_then(Value::as_str);
                        let value = item.get("value").and_then(Value::as_str);
                        match (name, value) {
                            (Some(n), Some(v)) => Ok(ParameterValue { name: n.to_owned(), value: v.to_owned() }),
                            _ => Err(Error::invalid_field("parameterOverrides", "each needs a name and a value")),
                        }
                    })
                    .collect::<Result<_, _>>()?,
                Some(_) => return Err(super::serialization("parameterOverrides must be a list")),
            };
            let request = ChangeSetRequest {
                stack_name: m.req_str("stackName").unwrap_or_default().to_owned(),
                semantic_version: owned(m.opt_str("semanticVersion")),
                template_id: owned(m.opt_str("templateId")),
                capabilities: m.opt_str_list("capabilities").into_iter().map(Capability::from).collect(),
                parameter_overrides: overrides,
            };
            Request::CreateCloudFormationChangeSet { application_id, request: Box::new(request) }
        }
        ("GET", Some(application_id), ["dependencies"]) => Request::ListApplicationDependencies {
            application_id,
            semantic_version: query_value(query, "semanticVersion")?,
            max_items: query_int(query, "maxItems")?,
            next_token: query_value(query, "nextToken")?,
        },
        ("GET", Some(application_id), ["policy"]) => Request::GetApplicationPolicy { application_id },
        ("PUT", Some(application_id), ["policy"]) => {
            Request::PutApplicationPolicy { application_id, statements: statements(body)? }
        }
        ("POST", Some(application_id), ["templates"]) => Request::CreateCloudFormationTemplate {
            application_id,
            semantic_version: owned(m.opt_str("semanticVersion")),
        },
        ("GET", Some(application_id), ["templates", template_id]) => {
            Request::GetCloudFormationTemplate { application_id, template_id: percent_decode(template_id, false)? }
        }
        ("POST", Some(application_id), ["unshare"]) => {
            let organization = m.req_str("organizationId").unwrap_or_default().to_owned();
            m.finish()?;
            let organization_id = organization.parse().map_err(|_| {
                Error::invalid_field("organizationId", format!("{organization:?} is not an organization id"))
            })?;
            return Ok(Request::UnshareApplication { application_id, organization_id });
        }
        ("GET", Some(application_id), ["versions"]) => Request::ListApplicationVersions {
            application_id,
            max_items: query_int(query, "maxItems")?,
            next_token: query_value(query, "nextToken")?,
        },
        ("PUT", Some(application_id), ["versions", version]) => Request::CreateApplicationVersion {
            application_id,
            semantic_version: percent_decode(version, false)?,
            source_code_url: owned(m.opt_str("sourceCodeUrl")),
            source_code_archive_url: owned(m.opt_str("sourceCodeArchiveUrl")),
            template_body: owned(m.opt_str("templateBody")),
            template_url: owned(m.opt_str("templateUrl")),
        },
        _ => return Err(unknown_operation(&describe())),
    };
    m.finish()?;
    Ok(request)
}

/// The success status of an operation: 201 for creations, 204 for deletions and unshares, else 200.
pub fn success_status(operation: &str) -> u16 {
    match operation {
        "CreateApplication"
        | "CreateApplicationVersion"
        | "CreateCloudFormationChangeSet"
        | "CreateCloudFormationTemplate" => 201,
        "DeleteApplication" | "UnshareApplication" => 204,
        _ => 200,
    }
}

fn version_json(v: &Version) -> Result<Value, Error> {
    Ok(json!({
        "applicationId": v.application_id,
        "creationTime": timestamp(v.creation_time)?,
        "parameterDefinitions": v.parameter_definitions,
        "requiredCapabilities": v.required_capabilities,
        "resourcesSupported": v.resources_supported,
        "semanticVersion": v.semantic_version,
        "sourceCodeArchiveUrl": v.source_code_archive_url,
        "sourceCodeUrl": v.source_code_url,
        "templateUrl": v.template_url,
    }))
}

fn application_json(a: &Application) -> Result<Value, Error> {
    let mut body = json!({
        "applicationId": a.application_id,
        "author": a.author,
        "creationTime": timestamp(a.creation_time)?,
        "description": a.description,
        "homePageUrl": a.home_page_url,
        "isVerifiedAuthor": a.is_verified_author,
        "labels": a.labels,
        "licenseUrl": a.license_url,
        "name": a.name,
        "readmeUrl": a.readme_url,
        "spdxLicenseId": a.spdx_license_id,
    });
    if let Some(v) = &a.version {
        body["version"] = version_json(v)?;
    }
    Ok(body)
}

fn policy_json(statements: &[PolicyStatement]) -> Value {
    let list: Vec<Value> = statements
        .iter()
        .map(|s| {
            json!({
                "statementId": s.statement_id,
                "principals": s.principals.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
                "principalOrgIDs": s.principal_org_ids.iter().map(|o| o.to_string()).collect::<Vec<_>>(),
                "actions": s.actions.iter().map(|a| a.as_str().to_owned()).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "statements": list })
}

/// Drop `null` members, as the service omits unset ones.
fn without_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            Value::Object(map.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, without_nulls(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
        other => other,
    }
}

/// The JSON body of a response, or `None` for operations without output.
pub fn encode(response: Response) -> Result<Option<Value>, Error> {
    let body = match response {
        Response::Empty => return Ok(None),
        Response::Application(a) => application_json(&a)?,
        Response::Version(v) => version_json(&v)?,
        Response::ApplicationPage { applications, next_token } => {
            let list = applications
                .iter()
                .map(|a| {
                    Ok(json!({
                        "applicationId": a.application_id,
                        "author": a.author,
                        "creationTime": timestamp(a.creation_time)?,
                        "description": a.description,
                        "homePageUrl": a.home_page_url,
                        "labels": a.labels,
                        "name": a.name,
                        "spdxLicenseId": a.spdx_license_id,
                    }))
                })
                .collect::<Result<Vec<_>, Error>>()?;
            json!({ "applications": list, "nextToken": next_token })
        }
        Response::VersionPage { versions, next_token } => {
            let list = versions
                .iter()
                .map(|v| {
                    Ok(json!({
                        "applicationId": v.application_id,
                        "creationTime": timestamp(v.creation_time)?,
                        "semanticVersion": v.semantic_version,
                        "sourceCodeUrl": v.source_code_url,
                    }))
                })
                .collect::<Result<Vec<_>, Error>>()?;
            json!({ "versions": list, "nextToken": next_token })
        }
        Response::DependencyPage { dependencies, next_token } => {
            json!({ "dependencies": dependencies, "nextToken": next_token })
        }
        Response::Policy(statements) => policy_json(&statements),
        Response::Template(t) => json!({
            "applicationId": t.application_id,
            "creationTime": timestamp(t.creation_time)?,
            "expirationTime": timestamp(t.expiration_time)?,
            "semanticVersion": t.semantic_version,
            "status": t.status,
            "templateId": t.template_id,
            "templateUrl": t.template_url,
        }),
        Response::ChangeSet(c) => json!({
            "applicationId": c.application_id,
            "changeSetId": c.change_set_id,
            "semanticVersion": c.semantic_version,
            "stackId": c.stack_id,
        }),
        other => return Err(Error::internal(format!("no serverlessrepo wire form for {other:?}"))),
    };
    Ok(Some(without_nulls(body)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARN: &str = "arn%3Aaws%3Aserverlessrepo%3Aus-east-1%3A111111111111%3Aapplications%2Fmy-app";

    fn body(text: &str) -> Map<String, Value> {
        crate::wire::parse_object(text.as_bytes()).unwrap()
    }

    #[test]
    fn paths_with_encoded_arns_route_to_operations() {
        let get = decode("GET", &format!("/applications/{ARN}"), "semanticVersion=1.0.0", &Map::new()).unwrap();
        assert_eq!(
            get,
            Request::GetApplication {
                application_id: "arn:aws:serverlessrepo:us-east-1:111111111111:applications/my-app".into(),
                semantic_version: Some("1.0.0".into()),
            }
        );
        let put =
            decode("PUT", &format!("/applications/{ARN}/versions/1.0.0%2Bbuild"), "", &body(r#"{"templateBody":"x"}"#))
                .unwrap();
        assert!(
            matches!(put, Request::CreateApplicationVersion { ref semantic_version, .. } if semantic_version == "1.0.0+build")
        );
        let list = decode("GET", "/applications", "maxItems=5&nextToken=a%2Bb", &Map::new()).unwrap();
        assert_eq!(list, Request::ListApplications { max_items: Some(5), next_token: Some("a+b".into()) });
        assert_eq!(decode("GET", "/nope", "", &Map::new()).unwrap_err().code(), "UnknownOperationException");
        assert_eq!(
            decode("POST", &format!("/applications/{ARN}/frobnicate"), "", &Map::new()).unwrap_err().code(),
            "UnknownOperationException"
        );
    }

    #[test]
    fn bodies_are_read_with_the_service_errors() {
        let err = decode("POST", "/applications", "", &body(r#"{"name":"x"}"#)).unwrap_err();
        let names: Vec<_> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["description", "author"]);
        let err =
            decode("POST", "/applications", "", &body(r#"{"name":7,"description":"d","author":"a"}"#)).unwrap_err();
        assert_eq!(err.code(), "BadRequestException");
        assert!(err.message().contains("name must be a string"), "{}", err.message());
        let err = decode("GET", "/applications", "maxItems=ten", &Map::new()).unwrap_err();
        assert_eq!(err.code(), "BadRequestException");
        let policy = decode(
            "PUT",
            &format!("/applications/{ARN}/policy"),
            "",
            &body(r#"{"statements":[{"principals":["*"],"principalOrgIDs":["o-aa111bb222"],"actions":["Deploy","UnshareApplication"]}]}"#),
        )
        .unwrap();
        assert!(
            matches!(policy, Request::PutApplicationPolicy { ref statements, .. } if statements[0].actions.len() == 2)
        );
    }

    #[test]
    fn timestamps_have_milliseconds() {
        let t = time::macros::datetime!(2018-07-30 17:37:37.045 UTC);
        assert_eq!(timestamp(t).unwrap(), "2018-07-30T17:37:37.045Z");
    }
}
