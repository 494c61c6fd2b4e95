//! AWS Account Management on the wire: `POST /<operation>` (restJson1) or `POST /` with
//! `X-Amz-Target: AWSAccountV20210201.<Operation>`, JSON bodies with PascalCase members.

use crate::error::{Error, ErrorKind};
use crate::model::account::{AlternateContact, AlternateContactType, ContactInformation};
use crate::model::region::RegionOptStatus;
use crate::model::{AccountId, RegionName};
use crate::operation::{Request, Response};
use serde_json::{json, Map, Value};
use time::format_description::well_known::Rfc3339;

use super::Members;

/// The prefix of `X-Amz-Target` for this service.
pub const TARGET_PREFIX: &str = "AWSAccountV20210201.";

/// The operation a restJson1 path names (`/getAlternateContact` → `GetAlternateContact`).
pub fn operation_for_path(path: &str) -> Option<&'static str> {
    let name = path.strip_prefix('/')?;
    OPERATIONS.iter().find(|op| lower_camel_equals(op, name)).copied()
}

fn lower_camel_equals(operation: &str, path: &str) -> bool {
    let mut a = operation.chars();
    let mut b = path.chars();
    match (a.next(), b.next()) {
        (Some(x), Some(y)) if x.to_ascii_lowercase() == y => a.eq(b),
        _ => false,
    }
}

/// Every operation of the service.
pub const OPERATIONS: &[&str] = &[
    "AcceptPrimaryEmailUpdate",
    "DeleteAlternateContact",
    "DisableRegion",
    "EnableRegion",
    "GetAccountInformation",
    "GetAlternateContact",
    "GetContactInformation",
    "GetGovCloudAccountInformation",
    "GetPrimaryEmail",
    "GetPrimaryEmailUpdateStatus",
    "GetRegionOptStatus",
    "ListRegions",
    "PutAccountName",
    "PutAlternateContact",
    "PutContactInformation",
    "SendPhoneNumberVerification",
    "StartPrimaryEmailUpdate",
    "VerifyPhoneNumber",
];

fn account_id(m: &mut Members<'_>, value: Option<&str>) -> Option<AccountId> {
    m.parsed(value, |v| AccountId::parse_field(v, "AccountId"))
}

fn region_name(m: &mut Members<'_>) -> Option<RegionName> {
    let value = m.req_str("RegionName");
    m.parsed(value, |v| RegionName::parse_field(v, "RegionName"))
}

fn contact_information(map: &Map<String, Value>, m: &mut Members<'_>) -> Option<ContactInformation> {
    let mut c = Members::new(map, "ContactInformation.");
    let info = (|| {
        Some(ContactInformation {
            full_name: c.req_str("FullName")?.to_owned(),
            address_line1: c.req_str("AddressLine1")?.to_owned(),
            address_line2: c.opt_str("AddressLine2").map(str::to_owned),
            address_line3: c.opt_str("AddressLine3").map(str::to_owned),
            city: c.req_str("City")?.to_owned(),
            state_or_region: c.opt_str("StateOrRegion").map(str::to_owned),
            district_or_county: c.opt_str("DistrictOrCounty").map(str::to_owned),
            postal_code: c.req_str("PostalCode")?.to_owned(),
            country_code: c.req_str("CountryCode")?.to_owned(),
            phone_number: c.req_str("PhoneNumber")?.to_owned(),
            company_name: c.opt_str("CompanyName").map(str::to_owned),
            website_url: c.opt_str("WebsiteUrl").map(str::to_owned),
        })
    })();
    if info.is_none() {
        // Read every member so that all missing and mistyped ones are reported, not only the first.
        for name in ["FullName", "AddressLine1", "City", "PostalCode", "CountryCode", "PhoneNumber"] {
            c.req_str(name);
        }
        for name in ["AddressLine2", "AddressLine3", "StateOrRegion", "DistrictOrCounty", "CompanyName", "WebsiteUrl"] {
            c.opt_str(name);
        }
        c.dedup();
    }
    m.absorb(c);
    info
}

/// `UnknownOperationException` for a name the service does not have.
pub fn unknown_operation(what: &str) -> Error {
    Error::new(ErrorKind::Unsupported, "UnknownOperationException", format!("Unknown operation {what}"))
}

/// Read the request of `operation` from its JSON body.
pub fn decode(operation: &str, body: &Map<String, Value>) -> Result<Request, Error> {
    let mut m = Members::new(body, "");
    let optional_account = |m: &mut Members<'_>| {
        let value = m.opt_str("AccountId");
        account_id(m, value)
    };
    let required_account = |m: &mut Members<'_>| {
        let value = m.req_str("AccountId");
        account_id(m, value)
    };
    let contact_type = |m: &mut Members<'_>| m.req_str("AlternateContactType").map(AlternateContactType::from);
    let request = match operation {
        "AcceptPrimaryEmailUpdate" => {
            let account_id = required_account(&mut m);
            let email = m.req_str("PrimaryEmail");
            let otp = m.req_str("Otp");
            (|| {
                Some(Request::AcceptPrimaryEmailUpdate {
                    account_id: account_id?,
                    primary_email: email?.to_owned(),
                    otp: otp?.to_owned(),
                })
            })()
        }
        "DeleteAlternateContact" | "GetAlternateContact" => {
            let account_id = optional_account(&mut m);
            contact_type(&mut m).map(|contact_type| {
                if operation == "DeleteAlternateContact" {
                    Request::DeleteAlternateContact { account_id, contact_type }
                } else {
                    Request::GetAlternateContact { account_id, contact_type }
                }
            })
        }
        "DisableRegion" | "EnableRegion" | "GetRegionOptStatus" => {
            let account_id = optional_account(&mut m);
            region_name(&mut m).map(|region_name| match operation {
                "DisableRegion" => Request::DisableRegion { account_id, region_name },
                "EnableRegion" => Request::EnableRegion { account_id, region_name },
                _ => Request::GetRegionOptStatus { account_id, region_name },
            })
        }
        "GetAccountInformation" => Some(Request::GetAccountInformation { account_id: optional_account(&mut m) }),
        "GetContactInformation" => Some(Request::GetContactInformation { account_id: optional_account(&mut m) }),
        "GetGovCloudAccountInformation" => {
            let value = m.opt_str("StandardAccountId");
            let standard_account_id = m.parsed(value, |v| AccountId::parse_field(v, "StandardAccountId"));
            Some(Request::GetGovCloudAccountInformation { standard_account_id })
        }
        "GetPrimaryEmail" => required_account(&mut m).map(|account_id| Request::GetPrimaryEmail { account_id }),
        "GetPrimaryEmailUpdateStatus" => {
            Some(Request::GetPrimaryEmailUpdateStatus { account_id: optional_account(&mut m) })
        }
        "ListRegions" => {
            let account_id = optional_account(&mut m);
            let max_results = m.opt_i32("MaxResults");
            let next_token = m.opt_str("NextToken").map(str::to_owned);
            let status_filter =
                m.opt_str_list("RegionOptStatusContains").into_iter().map(RegionOptStatus::from).collect();
            Some(Request::ListRegions { account_id, max_results, next_token, status_filter })
        }
        "PutAccountName" => {
            let account_id = optional_account(&mut m);
            m.req_str("AccountName").map(|name| Request::PutAccountName { account_id, account_name: name.to_owned() })
        }
        "PutAlternateContact" => {
            let account_id = optional_account(&mut m);
            let contact_type = contact_type(&mut m);
            let name = m.req_str("Name");
            let title = m.req_str("Title");
            let email = m.req_str("EmailAddress");
            let phone = m.req_str("PhoneNumber");
            (|| {
                Some(Request::PutAlternateContact {
                    account_id,
                    contact: AlternateContact::new(contact_type?, name?, title?, email?, phone?),
                })
            })()
        }
        "PutContactInformation" => {
            let account_id = optional_account(&mut m);
            let info = m.req_object("ContactInformation").and_then(|map| contact_information(map, &mut m));
            info.map(|contact_information| Request::PutContactInformation { account_id, contact_information })
        }
        "SendPhoneNumberVerification" => {
            Some(Request::SendPhoneNumberVerification { account_id: optional_account(&mut m) })
        }
        "StartPrimaryEmailUpdate" => {
            let account_id = required_account(&mut m);
            let email = m.req_str("PrimaryEmail");
            (|| Some(Request::StartPrimaryEmailUpdate { account_id: account_id?, primary_email: email?.to_owned() }))()
        }
        "VerifyPhoneNumber" => {
            let account_id = optional_account(&mut m);
            m.req_str("Otp").map(|otp| Request::VerifyPhoneNumber { account_id, otp: otp.to_owned() })
        }
        other => return Err(unknown_operation(other)),
    };
    m.finish()?;
    request.ok_or_else(|| Error::internal(format!("{operation}: request could not be read")))
}

/// The JSON body of a response, or `None` for operations without output.
pub fn encode(response: Response) -> Result<Option<Value>, Error> {
    let body = match response {
        Response::Empty => return Ok(None),
        Response::AlternateContact(contact) => json!({ "AlternateContact": contact }),
        Response::PrimaryContact(primary) => {
            let mut body = json!({ "ContactInformation": primary.contact_information });
            if let Some(status) = primary.verification_status {
                body["VerificationStatus"] = json!(status);
            }
            body
        }
        Response::Region(region) => json!({
            "RegionName": region.region_name,
            "RegionOptStatus": region.region_opt_status,
        }),
        Response::RegionPage { regions, next_token } => {
            let mut body = json!({ "Regions": regions });
            if let Some(token) = next_token {
                body["NextToken"] = json!(token);
            }
            body
        }
        Response::AccountInformation(info) => json!({
            "AccountId": info.account_id,
            "AccountName": info.account_name,
            // The model gives this member `timestampFormat: iso8601`.
            "AccountCreatedDate": info.account_created_date.format(&Rfc3339)
                .map_err(|e| Error::internal(format!("cannot format a date: {e}")))?,
            "AccountState": info.account_state,
        }),
        Response::GovCloudAccountInformation(info) => json!({
            "GovCloudAccountId": info.gov_cloud_account_id,
            "AccountState": info.account_state,
        }),
        Response::PrimaryEmail(email) => json!({ "PrimaryEmail": email }),
        Response::PrimaryEmailUpdateStatus(status) => json!({ "Status": status }),
        Response::PrimaryEmailUpdate(update) => {
            let mut body = json!({ "Status": update.status });
            if let Some(at) = update.updated_at {
                // No timestampFormat in the model: epoch seconds.
                body["UpdatedAt"] = json!(at.unix_timestamp());
            }
            body
        }
        Response::PhoneNumberVerification(status) => json!({ "Status": status }),
        // responses of the other services
        other => return Err(Error::internal(format!("no wire form for {other:?}"))),
    };
    Ok(Some(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Map<String, Value> {
        crate::wire::parse_object(text.as_bytes()).unwrap()
    }

    #[test]
    fn paths_map_to_operations() {
        assert_eq!(operation_for_path("/getAlternateContact"), Some("GetAlternateContact"));
        assert_eq!(operation_for_path("/listRegions"), Some("ListRegions"));
        assert_eq!(operation_for_path("/GetAlternateContact"), None);
        assert_eq!(operation_for_path("/nope"), None);
    }

    #[test]
    fn missing_and_invalid_members_are_all_reported() {
        let err =
            decode("PutAlternateContact", &body(r#"{"AccountId":"12","AlternateContactType":"BILLING","Name":"n"}"#))
                .unwrap_err();
        assert_eq!(err.code(), "ValidationException");
        let names: Vec<_> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["AccountId", "Title", "EmailAddress", "PhoneNumber"]);
    }

    #[test]
    fn wrong_json_types_are_serialization_errors() {
        let err = decode("GetAlternateContact", &body(r#"{"AlternateContactType": 5}"#)).unwrap_err();
        assert_eq!(err.code(), "SerializationException");
        assert!(err.message().contains("AlternateContactType must be a string"));
        let err = decode("ListRegions", &body(r#"{"MaxResults": "ten"}"#)).unwrap_err();
        assert_eq!(err.code(), "SerializationException");
    }

    #[test]
    fn nested_contact_information_fields_are_named_with_their_path() {
        let err =
            decode("PutContactInformation", &body(r#"{"ContactInformation":{"FullName":"x","City":7}}"#)).unwrap_err();
        assert_eq!(err.code(), "SerializationException");
        assert!(err.message().contains("ContactInformation.City"));
        let err = decode("PutContactInformation", &body(r#"{"ContactInformation":{"FullName":"x"}}"#)).unwrap_err();
        let names: Vec<_> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
        assert!(names.contains(&"ContactInformation.AddressLine1"), "{names:?}");
        assert!(names.contains(&"ContactInformation.PhoneNumber"), "{names:?}");
    }
}
