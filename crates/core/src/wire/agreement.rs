//! Marketplace Agreement on the wire. The service speaks Smithy RPC v2 CBOR (`POST
//! /service/AWSMPCommerceService_v20200301/operation/<Operation>`, `smithy-protocol: rpc-v2-cbor`, CBOR bodies,
//! timestamps as CBOR tag 1) — what aws-sdk-rust and recent boto3 use — and the model also lists AWS JSON 1.0
//! (`POST /` with `X-Amz-Target: AWSMPCommerceService_v20200301.<Operation>`). Both carry the same members; this
//! codec works on JSON values and converts CBOR at the edges.

use ciborium::value::Value as Cbor;
use serde_json::{json, Map, Number, Value};

use crate::error::{Error, ErrorKind};
use crate::operation::AGREEMENT_OPERATIONS;

/// The service's target prefix (JSON 1.0) and path segment (RPC v2 CBOR).
pub const SERVICE: &str = "AWSMPCommerceService_v20200301";
/// The RPC v2 CBOR path prefix.
pub const CBOR_PREFIX: &str = "/service/AWSMPCommerceService_v20200301/operation/";
/// The Smithy namespace error types are qualified with.
pub const NAMESPACE: &str = "com.amazonaws.marketplaceagreement";

/// Members that are timestamps (CBOR tag 1 on the wire, epoch seconds in JSON).
const TIMESTAMPS: &[&str] = &[
    "acceptanceTime",
    "startTime",
    "endTime",
    "lastUpdateTime",
    "createdAt",
    "updatedAt",
    "time",
    "freeTrialEndTime",
    "trialEndTime",
    "chargeDate",
    "agreementStartDate",
    "agreementEndDate",
    "startedAt",
    "expiresAt",
    "approvalNeededBy",
    "issuedTime",
    "beforeIssuedTime",
    "afterIssuedTime",
];

/// The operation of an RPC v2 CBOR path.
pub fn operation_for_path(path: &str) -> Option<&'static str> {
    let op = path.strip_prefix(CBOR_PREFIX)?;
    AGREEMENT_OPERATIONS.iter().find(|o| o.name == op).map(|o| o.name)
}

/// The operation of a JSON 1.0 `X-Amz-Target`.
pub fn operation_for_target(target: &str) -> Option<&'static str> {
    let op = target.strip_prefix(SERVICE)?.strip_prefix('.')?;
    AGREEMENT_OPERATIONS.iter().find(|o| o.name == op).map(|o| o.name)
}

/// A CBOR body as JSON members (an empty body reads as `{}`; tag-1 timestamps become epoch seconds).
pub fn cbor_to_json(bytes: &[u8]) -> Result<Value, Error> {
    if bytes.is_empty() {
        return Ok(json!({}));
    }
    let value: Cbor = ciborium::de::from_reader(bytes).map_err(|e| {
        Error::new(ErrorKind::Validation, "SerializationException", format!("the request body is not CBOR: {e}"))
    })?;
    let json = from_cbor(value);
    if !json.is_object() {
        return Err(Error::new(ErrorKind::Validation, "SerializationException", "the request body must be a CBOR map"));
    }
    Ok(json)
}

fn from_cbor(value: Cbor) -> Value {
    match value {
        Cbor::Null => Value::Null,
        Cbor::Bool(b) => Value::Bool(b),
        Cbor::Integer(i) => {
            let n: i128 = i.into();
            i64::try_from(n).map(Value::from).unwrap_or_else(|_| Value::from(n as f64))
        }
        Cbor::Float(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
        Cbor::Text(s) => Value::String(s),
        Cbor::Bytes(b) => Value::String(b.iter().map(|x| format!("{x:02x}")).collect()),
        Cbor::Array(items) => Value::Array(items.into_iter().map(from_cbor).collect()),
        Cbor::Map(entries) => Value::Object(
            entries
                .into_iter()
                .filter_map(|(k, v)| match k {
                    Cbor::Text(key) => Some((key, from_cbor(v))),
                    _ => None,
                })
                .collect::<Map<String, Value>>(),
        ),
        Cbor::Tag(_, inner) => from_cbor(*inner),
        _ => Value::Null,
    }
}

/// JSON members as a CBOR body; timestamp members become tag 1, nulls are left out.
pub fn json_to_cbor(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = ciborium::ser::into_writer(&to_cbor(value, false), &mut out);
    out
}

fn to_cbor(value: &Value, timestamp: bool) -> Cbor {
    match value {
        Value::Null => Cbor::Null,
        Value::Bool(b) => Cbor::Bool(*b),
        Value::Number(n) => {
            let plain = match (n.as_i64(), n.as_f64()) {
                (Some(i), _) => Cbor::Integer(i.into()),
                (None, Some(f)) => Cbor::Float(f),
                _ => Cbor::Null,
            };
            if timestamp {
                Cbor::Tag(1, Box::new(plain))
            } else {
                plain
            }
        }
        Value::String(s) => Cbor::Text(s.clone()),
        Value::Array(items) => Cbor::Array(items.iter().map(|v| to_cbor(v, timestamp)).collect()),
        Value::Object(map) => Cbor::Map(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (Cbor::Text(k.clone()), to_cbor(v, TIMESTAMPS.contains(&k.as_str()))))
                .collect(),
        ),
    }
}

/// An error body: `__type` qualified with the service's namespace, and `message`; a `ValidationException` also
/// carries its `reason` and the fields that broke a rule (`fields`: `name` and `message` each), as the service's
/// model has them.
pub fn error_body(err: &Error) -> Value {
    let mut body = json!({ "__type": format!("{NAMESPACE}#{}", err.code()), "message": err.message() });
    if err.kind() == ErrorKind::Validation {
        if let Some(reason) = err.reason() {
            body["reason"] = json!(reason);
        }
        if !err.field_errors().is_empty() {
            let fields: Vec<Value> =
                err.field_errors().iter().map(|f| json!({"name": f.name, "message": f.message})).collect();
            body["fields"] = Value::Array(fields);
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cbor_round_trips_and_tags_timestamps() {
        let value = json!({"agreementId": "agmt-1", "startTime": 1767225600, "items": [{"time": 1.5, "amount": "10.00"}], "n": null});
        let bytes = json_to_cbor(&value);
        let raw: Cbor = ciborium::de::from_reader(bytes.as_slice()).unwrap();
        let Cbor::Map(entries) = raw else { panic!("a map") };
        let start = entries.iter().find(|(k, _)| k == &Cbor::Text("startTime".into())).unwrap();
        assert!(matches!(start.1, Cbor::Tag(1, _)), "{start:?}");
        let back = cbor_to_json(&bytes).unwrap();
        assert_eq!(
            back,
            json!({"agreementId": "agmt-1", "startTime": 1767225600, "items": [{"time": 1.5, "amount": "10.00"}]})
        );
        assert_eq!(cbor_to_json(b"").unwrap(), json!({}));
        assert_eq!(cbor_to_json(&[0xff, 0x00]).unwrap_err().code(), "SerializationException");
    }

    #[test]
    fn validation_errors_carry_their_fields_and_reason() {
        let err = Error::invalid_field("planInputs", "one plan").with_reason("DUPLICATE_PLAN_REFERENCE");
        let body = error_body(&err);
        assert_eq!(body["__type"], "com.amazonaws.marketplaceagreement#ValidationException");
        assert_eq!(body["reason"], "DUPLICATE_PLAN_REFERENCE");
        assert_eq!(body["fields"], json!([{"name": "planInputs", "message": "one plan"}]));
        let body = error_body(&Error::new(ErrorKind::NotFound, "ResourceNotFoundException", "gone"));
        assert_eq!(
            body,
            json!({"__type": "com.amazonaws.marketplaceagreement#ResourceNotFoundException", "message": "gone"})
        );
    }

    #[test]
    fn routes_by_path_and_target() {
        assert_eq!(
            operation_for_path("/service/AWSMPCommerceService_v20200301/operation/DescribeAgreement"),
            Some("DescribeAgreement")
        );
        assert_eq!(operation_for_path("/service/Other/operation/DescribeAgreement"), None);
        assert_eq!(operation_for_target("AWSMPCommerceService_v20200301.SearchAgreements"), Some("SearchAgreements"));
    }
}

#[cfg(test)]
mod view_tests {
    use crate::model::agreement::{Agreement, AgreementStatus, EndTimeBehavior, SearchAgreementsOutput};

    #[test]
    fn search_results_flatten_the_end_time_behaviour() {
        let agreement = Agreement {
            agreement_id: "agmt-1".into(),
            acceptor: Default::default(),
            proposer: Default::default(),
            start_time: None,
            end_time: None,
            acceptance_time: None,
            agreement_type: "PurchaseAgreement".into(),
            estimated_charges: None,
            proposal_summary: Default::default(),
            status: AgreementStatus::Active,
            initial_agreement_id: None,
            end_time_behavior: Some(EndTimeBehavior { behavior_type: "RENEW".into(), reason_code: None }),
        };
        let page = SearchAgreementsOutput::new(vec![agreement.clone()], None);
        let json = serde_json::to_value(&page).unwrap();
        assert_eq!(json["agreementViewSummaries"][0]["endTimeBehaviorType"], "RENEW");
        assert!(json["agreementViewSummaries"][0].get("endTimeBehavior").is_none());
        let back: SearchAgreementsOutput = serde_json::from_value(json).unwrap();
        assert_eq!(back.agreement_view_summaries, [agreement]);
    }
}
