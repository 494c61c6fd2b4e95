//! Identifier newtypes.
//!
//! Two kinds:
//! - identifiers with one format everywhere (account ids, Region names, organization ids) are checked once, in
//!   `FromStr`/`TryFrom`, and then carried as proven-valid values;
//! - the ids of resources a service makes (entities, change sets, applications, agreements, offers) are typed so that
//!   one cannot be passed where another is expected, but built from any string (`From<&str>`): each operation's input
//!   checks them against that member's rule when it is validated, so a bad id is the service's `ValidationException`
//!   naming the member, as for any other field.
//!
//! All serialize as plain strings and cross to every binding as strings. One kind of id is not another:
//!
//! ```compile_fail
//! use marketplane::model::{AgreementId, OfferId};
//! fn describe(_agreement: AgreementId) {}
//! describe(OfferId::from("offer-1")); // an offer id is not an agreement id
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};

/// `Display` as the bare text, `Debug` as `Name("text")`: how both kinds of id below print.
macro_rules! id_formatting {
    ($name:ident) => {
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($name), self.0)
            }
        }
    };
}

macro_rules! string_id {
    ($(#[$meta:meta])* $name:ident, $field:literal, $check:expr) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The wire name of the field this identifier usually travels in, used in validation errors.
            pub const FIELD: &'static str = $field;

            /// Parse `value`, reporting a broken rule against the field `field`.
            pub fn parse_field(value: &str, field: &str) -> Result<Self> {
                let check: fn(&str) -> std::result::Result<(), String> = $check;
                check(value).map_err(|rule| Error::invalid_field(field, rule))?;
                Ok($name(value.to_owned()))
            }

            /// The identifier as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(value: &str) -> Result<Self> {
                Self::parse_field(value, $field)
            }
        }

        // Identifiers cross to Go, Kotlin and Swift as strings, checked on the way in.
        #[cfg(feature = "uniffi")]
        uniffi::custom_type!($name, String, {
            lower: |id| id.0,
            try_lift: |text| $name::parse_field(&text, $field).map_err($crate::ffi::lift_error),
        });

        #[cfg(feature = "python")]
        $crate::python::python_string!($name);

        impl TryFrom<&str> for $name {
            type Error = Error;
            fn try_from(value: &str) -> Result<Self> {
                value.parse()
            }
        }

        impl TryFrom<String> for $name {
            type Error = Error;
            fn try_from(value: String) -> Result<Self> {
                value.parse()
            }
        }

        id_formatting!($name);

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                let raw = String::deserialize(d)?;
                raw.parse().map_err(|e: Error| serde::de::Error::custom(e.message().to_owned()))
            }
        }
    };
}

/// The id of a resource a service makes: a string newtype that reads as a `&str` (it derefs to one and compares with
/// one) and converts from any string; its rule is checked with the input that carries it.
macro_rules! resource_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// The id `id`, unchecked (inputs check their ids when validated).
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            /// The id as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The id as an owned string.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&String> for $name {
            fn from(id: &String) -> Self {
                $name(id.clone())
            }
        }

        impl From<&$name> for $name {
            fn from(id: &$name) -> Self {
                id.clone()
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        id_formatting!($name);

        // Ids cross to Go, Kotlin and Swift as strings; the input that carries one checks it.
        #[cfg(feature = "uniffi")]
        uniffi::custom_type!($name, String, {
            lower: |id| id.0,
            try_lift: |text| Ok($name(text)),
        });

        #[cfg(feature = "python")]
        $crate::python::python_newtype!($name(String));

        #[cfg(feature = "local")]
        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }

        #[cfg(feature = "local")]
        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                String::column_result(value).map($name)
            }
        }
    };
}

resource_id!(
    /// A Marketplace Catalog entity id (a product, an offer, a resale authorization, an offer set, a solution, ...),
    /// as `DescribeEntity` takes it: `prod-...`, `offer-...`.
    EntityId
);

resource_id!(
    /// A Marketplace Catalog change set id, as `StartChangeSet` returns it.
    ChangeSetId
);

resource_id!(
    /// A Serverless Application Repository application id: the application's ARN.
    ApplicationId
);

resource_id!(
    /// A Marketplace Agreement agreement id (`agmt-...`).
    AgreementId
);

resource_id!(
    /// A Marketplace offer id (`offer-...`), as the Catalog, Discovery and Agreement APIs name offers.
    OfferId
);

/// An offer is a Catalog entity: its id is the entity id `DescribeEntity` takes.
impl From<OfferId> for EntityId {
    fn from(id: OfferId) -> Self {
        EntityId(id.0)
    }
}

impl From<&OfferId> for EntityId {
    fn from(id: &OfferId) -> Self {
        EntityId(id.0.clone())
    }
}

fn twelve_ascii_digits(value: &str) -> std::result::Result<(), String> {
    // ASCII only: the service's `\d` must not admit other scripts' digits.
    if value.len() == 12 && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err("must be exactly 12 digits (pattern \\d{12})".to_owned())
    }
}

string_id!(
    /// A 12-digit AWS account id. Leading zeros are significant (`012345678901`).
    AccountId,
    "AccountId",
    twelve_ascii_digits
);

string_id!(
    /// A region code such as `af-south-1`: 1 to 50 characters (the service's rule; whether the region exists is
    /// checked by the backend).
    RegionName,
    "RegionName",
    |value| {
        let n = value.chars().count();
        if n == 0 {
            Err("must not be empty (length 1 to 50)".to_owned())
        } else if n > 50 {
            Err(format!("must be at most 50 characters, got {n}"))
        } else {
            Ok(())
        }
    }
);

string_id!(
    /// An AWS Organizations organization id: `o-` then 10 to 32 lower-case letters or digits.
    OrganizationId,
    "OrganizationId",
    |value| {
        let rest = value.strip_prefix("o-").unwrap_or("");
        if (10..=32).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
            Ok(())
        } else {
            Err("must match o-[a-z0-9]{10,32}".to_owned())
        }
    }
);

/// Service principal of AWS Account Management, for trusted access and delegated administrators.
pub const ACCOUNT_SERVICE_PRINCIPAL: &str = "account.amazonaws.com";

/// The ARN of an account as Account Management's IAM resource types name it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountArn {
    /// `arn:aws:account::{account}:account`: an account acted on in standalone mode.
    Standalone {
        /// The account.
        account_id: AccountId,
    },
    /// `arn:aws:account::{management}:account/{organization}/{account}`: a member acted on in organizations mode.
    OrgMember {
        /// The organization's management account.
        management_account_id: AccountId,
        /// The organization.
        organization_id: OrganizationId,
        /// The member account.
        account_id: AccountId,
    },
}

impl fmt::Display for AccountArn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AccountArn::Standalone { account_id } => write!(f, "arn:aws:account::{account_id}:account"),
            AccountArn::OrgMember { management_account_id, organization_id, account_id } => {
                write!(f, "arn:aws:account::{management_account_id}:account/{organization_id}/{account_id}")
            }
        }
    }
}

impl FromStr for AccountArn {
    type Err = Error;
    fn from_str(value: &str) -> Result<Self> {
        let bad = || Error::invalid_field("Arn", format!("{value:?} is not an Account Management account ARN"));
        let rest = value.strip_prefix("arn:aws:account::").ok_or_else(bad)?;
        let (owner, resource) = rest.split_once(':').ok_or_else(bad)?;
        let owner: AccountId = owner.parse().map_err(|_| bad())?;
        if resource == "account" {
            return Ok(AccountArn::Standalone { account_id: owner });
        }
        let path = resource.strip_prefix("account/").ok_or_else(bad)?;
        let (org, member) = path.split_once('/').ok_or_else(bad)?;
        Ok(AccountArn::OrgMember {
            management_account_id: owner,
            organization_id: org.parse().map_err(|_| bad())?,
            account_id: member.parse().map_err(|_| bad())?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_ids_read_as_strings_and_travel_as_strings() {
        let id = AgreementId::from("agmt-1111111111111111111111111");
        assert_eq!(id, "agmt-1111111111111111111111111");
        assert_eq!(id.len(), 30, "derefs to str");
        assert_eq!(id.to_string(), "agmt-1111111111111111111111111");
        assert_eq!(format!("{id:?}"), "AgreementId(\"agmt-1111111111111111111111111\")");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"agmt-1111111111111111111111111\"");
        let back: AgreementId = serde_json::from_str("\"agmt-2\"").unwrap();
        assert_eq!(back.as_str(), "agmt-2");
        let set: std::collections::BTreeSet<AgreementId> = [id.clone(), back].into_iter().collect();
        assert!(set.contains("agmt-2"), "looked up by &str through Borrow<str>");
        assert_eq!(String::from(id), "agmt-1111111111111111111111111");
        // An offer is a Catalog entity; the conversion keeps the id.
        assert_eq!(EntityId::from(OfferId::from("offer-abc")), "offer-abc");
    }

    #[test]
    fn a_bad_resource_id_is_the_input_validation_error_naming_the_member() {
        use crate::operation::Validate;
        let input = crate::model::agreement::DescribeAgreementInput::new("agmt with spaces");
        let err = input.validate().unwrap_err();
        assert_eq!(err.code(), "ValidationException");
        assert_eq!(err.field_errors()[0].name, "agreementId", "{err:?}");
    }

    #[test]
    fn account_id_vectors() {
        // TV-001, TV-002
        assert_eq!("123456789012".parse::<AccountId>().unwrap().as_str(), "123456789012");
        assert_eq!("012345678901".parse::<AccountId>().unwrap().to_string(), "012345678901");
        // TV-003..TV-007
        for bad in ["12345678901", "1234567890123", "12345678901a", "", "١٢٣٤٥٦٧٨٩٠١٢"] {
            let err = bad.parse::<AccountId>().unwrap_err();
            assert_eq!(err.code(), "ValidationException", "{bad}");
            assert_eq!(err.field_errors()[0].name, "AccountId");
        }
    }

    #[test]
    fn region_name_length() {
        assert!("af-south-1".parse::<RegionName>().is_ok());
        assert!("".parse::<RegionName>().is_err()); // TV-044
        assert!("x".repeat(50).parse::<RegionName>().is_ok());
        assert!("x".repeat(51).parse::<RegionName>().is_err()); // TV-045
    }

    #[test]
    fn organization_id_pattern() {
        assert!("o-aa111bb222".parse::<OrganizationId>().is_ok());
        assert!("o-short".parse::<OrganizationId>().is_err());
        assert!("x-aa111bb222".parse::<OrganizationId>().is_err());
        assert!("o-AA111BB222".parse::<OrganizationId>().is_err());
    }

    #[test]
    fn account_arns_round_trip() {
        // TV-098..TV-101
        let standalone: AccountArn = "arn:aws:account::123456789012:account".parse().unwrap();
        assert_eq!(standalone, AccountArn::Standalone { account_id: "123456789012".parse().unwrap() });
        let text = "arn:aws:account::123456789012:account/o-aa111bb222/111111111111";
        let member: AccountArn = text.parse().unwrap();
        assert_eq!(
            member,
            AccountArn::OrgMember {
                management_account_id: "123456789012".parse().unwrap(),
                organization_id: "o-aa111bb222".parse().unwrap(),
                account_id: "111111111111".parse().unwrap(),
            }
        );
        assert_eq!(member.to_string(), text);
        assert!("arn:aws::iam:*:account".parse::<AccountArn>().is_err());
    }

    #[test]
    fn ids_are_serde_transparent_and_validated() {
        let id: AccountId = serde_json::from_str("\"111111111111\"").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"111111111111\"");
        assert!(serde_json::from_str::<AccountId>("\"11\"").is_err());
    }
}
