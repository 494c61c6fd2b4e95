//! SAM / CloudFormation template analysis: parse YAML (with CloudFormation's short-form intrinsic tags such as `!Ref`,
//! `!Sub` and `!GetAtt`) or JSON into one JSON document, then derive what the Serverless Application Repository
//! derives from it: parameter definitions, required capabilities, nested-application dependencies and the
//! `AWS::ServerlessRepo::Application` metadata.
//!
//! YAML is read with `yaml-rust2`'s event parser because tags must survive parsing; short forms become the long forms
//! (`!Ref X` → `{"Ref": "X"}`, `!GetAtt A.B` → `{"Fn::GetAtt": ["A", "B"]}`), as CloudFormation itself reads them.

use std::collections::{BTreeSet, HashMap};

use serde_json::{Map, Value};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser, Tag};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::error::{Error, ErrorKind, Result};
use crate::model::serverless::{ApplicationDependency, ApplicationMetadata, Capability, ParameterDefinition};

/// Resource types whose presence requires an IAM capability.
const IAM_TYPES: &[&str] = &["AWS::IAM::Group", "AWS::IAM::InstanceProfile", "AWS::IAM::Policy", "AWS::IAM::Role"];

/// The properties that give an IAM resource a custom name (which requires `CAPABILITY_NAMED_IAM`).
const IAM_NAME_PROPERTIES: &[&str] = &["RoleName", "GroupName", "InstanceProfileName", "ManagedPolicyName", "UserName"];

/// Resource types that create resource policies (the developer guide's eight; the API reference lists six).
const RESOURCE_POLICY_TYPES: &[&str] = &[
    "AWS::Lambda::LayerVersionPermission",
    "AWS::Lambda::Permission",
    "AWS::Events::EventBusPolicy",
    "AWS::IAM::Policy",
    "AWS::ApplicationAutoScaling::ScalingPolicy",
    "AWS::S3::BucketPolicy",
    "AWS::SQS::QueuePolicy",
    "AWS::SNS::TopicPolicy",
];

/// SAM resource types that get an IAM role generated from their `Policies` when they name no `Role`.
const SAM_ROLE_TYPES: &[&str] = &["AWS::Serverless::Function", "AWS::Serverless::StateMachine"];

/// The nested-application resource type.
const NESTED_APPLICATION_TYPE: &str = "AWS::Serverless::Application";

/// The resource types the repository supports in published applications (the developer guide's list, verbatim).
pub fn supported_resource_types() -> impl Iterator<Item = &'static str> {
    include_str!("../data/sar-supported-resources.txt").lines().filter(|l| l.starts_with("AWS::"))
}

/// The list prints three names that differ from CloudFormation's own; the real names are accepted too.
const SUPPORTED_ALIASES: &[&str] =
    &["AWS::AutoScaling::AutoScalingGroup", "AWS::AutoScaling::LaunchConfiguration", "AWS::Kinesis::Stream"];

/// A parsed template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    document: Map<String, Value>,
}

fn invalid(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Validation, "BadRequestException", format!("The template is not valid: {}", message.into()))
}

impl Template {
    /// Parse a template in JSON or YAML.
    pub fn parse(text: &str) -> Result<Template> {
        let value = if text.trim_start().starts_with('{') {
            serde_json::from_str(text).map_err(|e| invalid(format!("invalid JSON: {e}")))?
        } else {
            parse_yaml(text)?
        };
        match value {
            Value::Object(document) => Ok(Template { document }),
            _ => Err(invalid("the document must be a mapping")),
        }
    }

    /// The whole template as JSON, intrinsic functions in their long form.
    pub fn document(&self) -> &Map<String, Value> {
        &self.document
    }

    fn section(&self, name: &str) -> Option<&Map<String, Value>> {
        self.document.get(name).and_then(Value::as_object)
    }

    /// `(logical id, type, definition)` of every resource, in the template's order.
    pub fn resources(&self) -> Vec<(&str, &str, &Value)> {
        self.section("Resources")
            .map(|resources| {
                resources
                    .iter()
                    .map(|(id, r)| (id.as_str(), r.get("Type").and_then(Value::as_str).unwrap_or(""), r))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The parameter definitions, with the resources that reference each parameter.
    pub fn parameter_definitions(&self) -> Vec<ParameterDefinition> {
        let Some(parameters) = self.section("Parameters") else {
            return Vec::new();
        };
        let mut references: HashMap<&str, Vec<String>> = HashMap::new();
        for (id, _, definition) in self.resources() {
            let mut used = BTreeSet::new();
            collect_references(definition, &mut used);
            for name in used {
                if let Some((key, _)) = parameters.get_key_value(&name) {
                    references.entry(key.as_str()).or_default().push(id.to_owned());
                }
            }
        }
        parameters
            .iter()
            .map(|(name, p)| ParameterDefinition {
                name: name.clone(),
                parameter_type: text(p.get("Type")),
                default_value: text(p.get("Default")),
                description: text(p.get("Description")),
                no_echo: p.get("NoEcho").and_then(boolean),
                allowed_pattern: text(p.get("AllowedPattern")),
                allowed_values: p
                    .get("AllowedValues")
                    .and_then(Value::as_array)
                    .map(|values| values.iter().filter_map(|v| text(Some(v))).collect())
                    .unwrap_or_default(),
                constraint_description: text(p.get("ConstraintDescription")),
                min_value: p.get("MinValue").and_then(integer),
                max_value: p.get("MaxValue").and_then(integer),
                min_length: p.get("MinLength").and_then(integer),
                max_length: p.get("MaxLength").and_then(integer),
                referenced_by_resources: references.remove(name.as_str()).unwrap_or_default(),
            })
            .collect()
    }

    /// The capabilities a deployer must acknowledge, in the service's order.
    pub fn required_capabilities(&self) -> Vec<Capability> {
        let mut needs = BTreeSet::new();
        for (_, kind, definition) in self.resources() {
            if SAM_ROLE_TYPES.contains(&kind) && creates_custom_role(definition) {
                needs.insert(0);
            }
            if IAM_TYPES.contains(&kind) {
                let properties = definition.get("Properties").and_then(Value::as_object);
                let named = properties.is_some_and(|p| IAM_NAME_PROPERTIES.iter().any(|n| p.contains_key(*n)));
                needs.insert(if named { 1 } else { 0 });
            }
            if kind == NESTED_APPLICATION_TYPE {
                needs.insert(2);
            }
            if RESOURCE_POLICY_TYPES.contains(&kind) {
                needs.insert(3);
            }
        }
        // A named IAM resource needs CAPABILITY_NAMED_IAM, which also covers unnamed ones.
        if needs.contains(&1) {
            needs.remove(&0);
        }
        needs.into_iter().map(|i| Capability::KNOWN[i].clone()).collect()
    }

    /// The nested applications from the repository (`AWS::Serverless::Application` whose `Location` names an
    /// `ApplicationId` and `SemanticVersion`), in the template's order.
    pub fn dependencies(&self) -> Vec<ApplicationDependency> {
        self.resources()
            .into_iter()
            .filter(|(_, kind, _)| *kind == NESTED_APPLICATION_TYPE)
            .filter_map(|(_, _, definition)| {
                let location = definition.get("Properties")?.get("Location")?;
                Some(ApplicationDependency {
                    application_id: text(location.get("ApplicationId"))?.into(),
                    semantic_version: text(location.get("SemanticVersion"))?,
                })
            })
            .collect()
    }

    /// The resource types the template uses that are not in `supported`.
    pub fn unsupported_resource_types<'a>(&'a self, supported: &[&str]) -> Vec<&'a str> {
        let mut out: Vec<&str> =
            self.resources().into_iter().map(|(_, kind, _)| kind).filter(|kind| !supported.contains(kind)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Whether every resource type is one the repository supports (the service's `resourcesSupported`).
    pub fn resources_supported(&self) -> bool {
        let supported: Vec<&str> = supported_resource_types().chain(SUPPORTED_ALIASES.iter().copied()).collect();
        self.unsupported_resource_types(&supported).is_empty()
    }

    /// The `Metadata: AWS::ServerlessRepo::Application` section, if the template has one.
    pub fn application_metadata(&self) -> Option<ApplicationMetadata> {
        let m = self.section("Metadata")?.get("AWS::ServerlessRepo::Application")?.as_object()?;
        let field = |name: &str| text(m.get(name));
        Some(ApplicationMetadata {
            name: field("Name"),
            description: field("Description"),
            author: field("Author"),
            spdx_license_id: field("SpdxLicenseId"),
            license_url: field("LicenseUrl"),
            readme_url: field("ReadmeUrl"),
            labels: m
                .get("Labels")
                .and_then(Value::as_array)
                .map(|labels| labels.iter().filter_map(|l| text(Some(l))).collect())
                .unwrap_or_default(),
            home_page_url: field("HomePageUrl"),
            semantic_version: field("SemanticVersion"),
            source_code_url: field("SourceCodeUrl"),
        })
    }
}

/// Whether SAM turns this function (or state machine) into an IAM role that the deployer must acknowledge: it
/// names no `Role`, so SAM generates one, and its `Policies` grant more than SAM policy templates, which the guide
/// exempts ("If you use policy templates, customers don't need any additional acknowledgements"). Inline policy
/// documents and managed policies (a name, an ARN or an intrinsic function resolving to one) are not exempt. A
/// function without `Policies` gets only the basic execution role and needs nothing.
fn creates_custom_role(definition: &Value) -> bool {
    let Some(properties) = definition.get("Properties").and_then(Value::as_object) else {
        return false;
    };
    if properties.get("Role").is_some_and(|role| !role.is_null()) {
        return false;
    }
    match properties.get("Policies") {
        None | Some(Value::Null) => false,
        Some(Value::Array(policies)) => policies.iter().any(|p| !is_policy_template(p)),
        Some(policy) => !is_policy_template(policy),
    }
}

/// A SAM policy template reference: `{SQSPollerPolicy: {QueueName: ...}}`, a mapping with one key, the template's
/// name (every SAM template name ends in `Policy`), whose value is the template's parameters (a mapping, possibly
/// empty). An inline policy document (`Statement`, `Version`) or an intrinsic function (`Ref`, `Fn::...`) is not one.
fn is_policy_template(policy: &Value) -> bool {
    let Some(map) = policy.as_object() else { return false };
    let mut entries = map.iter();
    match (entries.next(), entries.next()) {
        (Some((name, parameters)), None) => {
            name.ends_with("Policy")
                && !name.starts_with("Fn::")
                && name.chars().all(|c| c.is_ascii_alphanumeric())
                && parameters.is_object()
        }
        _ => false,
    }
}

/// A scalar as the string CloudFormation would see (numbers and booleans too).
fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn integer(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn boolean(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// Names referenced by `Ref` and by `${Name}` in `Fn::Sub` strings anywhere under `value`.
fn collect_references(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner) {
                    ("Ref", Value::String(name)) => {
                        out.insert(name.clone());
                    }
                    ("Fn::Sub", Value::String(s)) => sub_references(s, out),
                    ("Fn::Sub", Value::Array(parts)) => {
                        if let Some(Value::String(s)) = parts.first() {
                            sub_references(s, out);
                        }
                        parts.iter().skip(1).for_each(|p| collect_references(p, out));
                    }
                    _ => collect_references(inner, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_references(i, out)),
        _ => {}
    }
}

fn sub_references(s: &str, out: &mut BTreeSet<String>) {
    let mut rest = s;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else { break };
        let name = &after[..end];
        // `${!Literal}` is an escape, `${A.B}` an attribute of a resource.
        if !name.starts_with('!') {
            out.insert(name.split('.').next().unwrap_or(name).to_owned());
        }
        rest = &after[end + 1..];
    }
}

/// The long form of a CloudFormation short-form tag applied to `value`.
fn expand_tag(tag: &Tag, value: Value) -> Result<Value> {
    if tag.handle != "!" {
        // Standard YAML tags (`!!str`, ...) are left to the value's own type.
        return Ok(value);
    }
    let name = tag.suffix.as_str();
    let key = match name {
        "Ref" => "Ref".to_owned(),
        "Condition" => "Condition".to_owned(),
        "GetAtt" => {
            let value = match value {
                Value::String(s) => match s.split_once('.') {
                    Some((resource, attribute)) => Value::Array(vec![resource.into(), attribute.into()]),
                    None => return Err(invalid(format!("!GetAtt {s:?} must be Resource.Attribute"))),
                },
                other => other,
            };
            return Ok(Value::Object(Map::from_iter([("Fn::GetAtt".to_owned(), value)])));
        }
        "And" | "Base64" | "Cidr" | "Equals" | "FindInMap" | "GetAZs" | "If" | "ImportValue" | "Join" | "Length"
        | "Not" | "Or" | "Select" | "Split" | "Sub" | "ToJsonString" | "Transform" => format!("Fn::{name}"),
        other => return Err(invalid(format!("unknown tag !{other}"))),
    };
    Ok(Value::Object(Map::from_iter([(key, value)])))
}

/// A plain (unquoted) scalar's value under YAML's core schema; quoted scalars are always strings.
fn plain_scalar(text: String) -> Value {
    match text.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Ok(i) = text.parse::<i64>() {
        return Value::from(i);
    }
    if text.contains('.') && text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E')) {
        if let Some(n) = text.parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
            return Value::Number(n);
        }
    }
    Value::String(text)
}

enum Frame {
    Sequence { items: Vec<Value>, anchor: usize, tag: Option<Tag> },
    Mapping { map: Map<String, Value>, key: Option<String>, anchor: usize, tag: Option<Tag> },
}

/// Builds JSON from parser events, expanding tags and resolving aliases.
#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    anchors: HashMap<usize, Value>,
    root: Option<Value>,
    error: Option<Error>,
}

impl Builder {
    fn complete(&mut self, value: Value, anchor: usize, tag: Option<Tag>) {
        let value = match tag {
            Some(tag) => match expand_tag(&tag, value) {
                Ok(v) => v,
                Err(e) => {
                    self.error.get_or_insert(e);
                    return;
                }
            },
            None => value,
        };
        if anchor != 0 {
            self.anchors.insert(anchor, value.clone());
        }
        match self.stack.last_mut() {
            None => self.root = Some(value),
            Some(Frame::Sequence { items, .. }) => items.push(value),
            Some(Frame::Mapping { map, key, .. }) => match key.take() {
                None => {
                    *key = Some(match value {
                        Value::String(s) => s,
                        other => other.to_string(),
                    })
                }
                Some(k) => {
                    map.insert(k, value);
                }
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, _mark: Marker) {
        if self.error.is_some() {
            return;
        }
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                let value = if style == TScalarStyle::Plain && tag.is_none() {
                    plain_scalar(text)
                } else {
                    Value::String(text)
                };
                self.complete(value, anchor, tag);
            }
            Event::SequenceStart(anchor, tag) => self.stack.push(Frame::Sequence { items: Vec::new(), anchor, tag }),
            Event::MappingStart(anchor, tag) => {
                self.stack.push(Frame::Mapping { map: Map::new(), key: None, anchor, tag })
            }
            Event::SequenceEnd | Event::MappingEnd => match self.stack.pop() {
                Some(Frame::Sequence { items, anchor, tag }) => self.complete(Value::Array(items), anchor, tag),
                Some(Frame::Mapping { map, anchor, tag, .. }) => self.complete(Value::Object(map), anchor, tag),
                None => {
                    self.error.get_or_insert(invalid("unbalanced YAML structure"));
                }
            },
            Event::Alias(anchor) => match self.anchors.get(&anchor).cloned() {
                Some(value) => self.complete(value, 0, None),
                None => {
                    self.error.get_or_insert(invalid("an alias refers to an unknown anchor"));
                }
            },
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentStart | Event::DocumentEnd => {}
        }
    }
}

fn parse_yaml(text: &str) -> Result<Value> {
    let mut builder = Builder::default();
    Parser::new_from_str(text).load(&mut builder, false).map_err(|e| invalid(format!("invalid YAML: {e}")))?;
    if let Some(err) = builder.error {
        return Err(err);
    }
    builder.root.ok_or_else(|| invalid("the document is empty"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAM: &str = r#"
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Metadata:
  AWS::ServerlessRepo::Application:
    Name: my-app
    Description: hello world
    Author: user1
    SpdxLicenseId: Apache-2.0
    LicenseUrl: LICENSE.txt
    ReadmeUrl: README.md
    Labels: ['tests']
    HomePageUrl: https://github.com/user1/my-app-project
    SemanticVersion: 0.0.1
    SourceCodeUrl: https://github.com/user1/my-app-project
Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
    Default: dev
  Retention:
    Type: Number
    MinValue: 1
    MaxValue: 30
    Default: 7
  Secret:
    Type: String
    NoEcho: true
    MinLength: 8
    AllowedPattern: '[A-Za-z0-9]+'
    ConstraintDescription: letters and digits only
  Unused:
    Type: CommaDelimitedList
Resources:
  HelloFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: python3.12
      Environment:
        Variables:
          STAGE: !Ref Stage
          TABLE: !Sub '${Table}-${Stage}-${!Literal}'
          ARN: !GetAtt Table.Arn
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      TimeToLiveSpecification:
        Enabled: !Equals [!Ref Retention, 7]
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
  Nested:
    Type: AWS::Serverless::Application
    Properties:
      Location:
        ApplicationId: arn:aws:serverlessrepo:us-east-1:123456789012:applications/nested
        SemanticVersion: 1.0.0
      Parameters:
        Password: !Ref Secret
"#;

    #[test]
    fn short_form_tags_become_long_forms() {
        let t = Template::parse(SAM).unwrap();
        let vars = &t.document()["Resources"]["HelloFunction"]["Properties"]["Environment"]["Variables"];
        assert_eq!(vars["STAGE"], serde_json::json!({"Ref": "Stage"}));
        assert_eq!(vars["TABLE"], serde_json::json!({"Fn::Sub": "${Table}-${Stage}-${!Literal}"}));
        assert_eq!(vars["ARN"], serde_json::json!({"Fn::GetAtt": ["Table", "Arn"]}));
        let enabled = &t.document()["Resources"]["Table"]["Properties"]["TimeToLiveSpecification"]["Enabled"];
        assert_eq!(enabled, &serde_json::json!({"Fn::Equals": [{"Ref": "Retention"}, 7]}));
        // The version stays a string; plain numbers become numbers.
        assert_eq!(t.document()["AWSTemplateFormatVersion"], "2010-09-09");
    }

    #[test]
    fn parameters_are_derived_with_their_references() {
        let params = Template::parse(SAM).unwrap().parameter_definitions();
        let by_name = |n: &str| params.iter().find(|p| p.name == n).unwrap().clone();
        let stage = by_name("Stage");
        assert_eq!(stage.allowed_values, ["dev", "prod"]);
        assert_eq!(stage.default_value.as_deref(), Some("dev"));
        assert_eq!(stage.referenced_by_resources, ["HelloFunction"]);
        let retention = by_name("Retention");
        assert_eq!((retention.min_value, retention.max_value), (Some(1), Some(30)));
        assert_eq!(retention.default_value.as_deref(), Some("7"));
        assert_eq!(retention.referenced_by_resources, ["Table"]);
        let secret = by_name("Secret");
        assert_eq!(secret.no_echo, Some(true));
        assert_eq!(secret.min_length, Some(8));
        assert_eq!(secret.referenced_by_resources, ["Nested"]);
        assert!(by_name("Unused").referenced_by_resources.is_empty());
        assert_eq!(params.len(), 4);
    }

    #[test]
    fn capabilities_follow_the_resource_types() {
        let t = Template::parse(SAM).unwrap();
        assert_eq!(t.required_capabilities(), [Capability::Iam, Capability::AutoExpand]);
        let named = Template::parse(
            "Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: fixed\n  P:\n    Type: AWS::IAM::Policy\n",
        )
        .unwrap();
        assert_eq!(named.required_capabilities(), [Capability::NamedIam, Capability::ResourcePolicy]);
        let plain = Template::parse("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n").unwrap();
        assert!(plain.required_capabilities().is_empty());
        let policy =
            Template::parse(r#"{"Resources": {"P": {"Type": "AWS::Lambda::LayerVersionPermission"}}}"#).unwrap();
        assert_eq!(policy.required_capabilities(), [Capability::ResourcePolicy]);
    }

    #[test]
    fn a_sam_function_whose_policies_make_a_custom_role_needs_capability_iam() {
        let function = |properties: &str| {
            Template::parse(&format!(
                "Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    \
                 Properties:\n      Handler: index.handler\n      Runtime: python3.12\n{properties}"
            ))
            .unwrap()
            .required_capabilities()
        };
        let iam = [Capability::Iam];
        // Inline statements, as a document or in the list.
        let inline = "      Policies:\n        - Statement:\n            - Effect: Allow\n              Action: s3:GetObject\n              Resource: '*'\n";
        assert_eq!(function(inline), iam);
        let document = "      Policies:\n        Version: '2012-10-17'\n        Statement: []\n";
        assert_eq!(function(document), iam);
        // Managed policies: an ARN, a name, a list with one, or a parameter holding one.
        assert_eq!(function("      Policies: arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n"), iam);
        assert_eq!(function("      Policies: AmazonDynamoDBFullAccess\n"), iam);
        assert_eq!(
            function(
                "      Policies:\n        - AWSLambdaExecute\n        - SQSPollerPolicy:\n            QueueName: q\n"
            ),
            iam
        );
        assert_eq!(function("      Policies: !Ref PolicyArn\n"), iam);
        // The guide exempts SAM policy templates, with or without parameters...
        let templates = "      Policies:\n        - SQSPollerPolicy:\n            QueueName: !GetAtt Q.QueueName\n        - CloudWatchPutMetricPolicy: {}\n";
        assert!(function(templates).is_empty());
        assert!(function("      Policies:\n        DynamoDBReadPolicy:\n          TableName: t\n").is_empty());
        // ...a function with no policies gets only the basic execution role...
        assert!(function("").is_empty());
        // ...and one with its own Role has no role generated (the Role resource, if any, counts on its own).
        assert!(function(&format!("      Role: arn:aws:iam::123456789012:role/fixed\n{inline}")).is_empty());
        // A state machine's generated role follows the same rule.
        let machine = Template::parse(
            "Resources:\n  M:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Policies:\n        - Statement: []\n",
        )
        .unwrap();
        assert_eq!(machine.required_capabilities(), iam);
        // A named IAM resource still makes it CAPABILITY_NAMED_IAM, which covers the generated role too.
        let both = Template::parse(&format!(
            "Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n{inline}  R:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: fixed\n"
        ))
        .unwrap();
        assert_eq!(both.required_capabilities(), [Capability::NamedIam]);
    }

    #[test]
    fn dependencies_and_metadata() {
        let t = Template::parse(SAM).unwrap();
        assert_eq!(
            t.dependencies(),
            [ApplicationDependency {
                application_id: "arn:aws:serverlessrepo:us-east-1:123456789012:applications/nested".into(),
                semantic_version: "1.0.0".into(),
            }]
        );
        let m = t.application_metadata().unwrap();
        assert_eq!(m.name.as_deref(), Some("my-app"));
        assert_eq!(m.semantic_version.as_deref(), Some("0.0.1"));
        assert_eq!(m.labels, ["tests"]);
        assert_eq!(m.spdx_license_id.as_deref(), Some("Apache-2.0"));
        assert_eq!(
            t.unsupported_resource_types(&["AWS::Serverless::Function", "AWS::DynamoDB::Table"]),
            ["AWS::IAM::Role", "AWS::Serverless::Application"]
        );
    }

    #[test]
    fn supported_resource_types_come_from_the_guide() {
        assert_eq!(supported_resource_types().count(), 200);
        assert!(Template::parse(SAM).unwrap().resources_supported());
        let odd = Template::parse("Resources:\n  S:\n    Type: AWS::Kinesis::Stream\n").unwrap();
        assert!(odd.resources_supported(), "the real name of the guide's AWS::Kinesis::Streams");
        let custom = Template::parse("Resources:\n  C:\n    Type: Custom::Thing\n").unwrap();
        assert!(!custom.resources_supported());
    }

    #[test]
    fn json_and_yaml_agree_and_anchors_resolve() {
        let yaml = Template::parse("Resources:\n  A: &def\n    Type: AWS::SQS::Queue\n  B: *def\n").unwrap();
        let json =
            Template::parse(r#"{"Resources": {"A": {"Type": "AWS::SQS::Queue"}, "B": {"Type": "AWS::SQS::Queue"}}}"#)
                .unwrap();
        assert_eq!(yaml, json);
    }

    #[test]
    fn bad_templates_are_bad_requests() {
        for bad in ["Resources: [", "- a\n- b\n", "", "X: !Frobnicate y\n", "X: !GetAtt NoDot\n", "{not json"] {
            let err = Template::parse(bad).unwrap_err();
            assert_eq!(err.code(), "BadRequestException", "{bad:?}");
        }
    }
}
