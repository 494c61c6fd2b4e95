//! The domain model: validated identifiers, open enums and the structures of every service.
//!
//! Model structs are `#[non_exhaustive]`: outside this crate they are built with their constructors and `with_`
//! setters, so a member added later breaks no caller. A struct literal does not compile:
//!
//! ```compile_fail
//! let _ = marketplane::model::catalog::changes::CreateProduct { product_title: None };
//! ```
//!
//! ```
//! let create = marketplane::model::catalog::changes::CreateProduct::default().with_product_title("Lake");
//! assert_eq!(create.product_title.as_deref(), Some("Lake"));
//! ```

pub mod account;
pub mod agreement;
pub mod catalog;
pub mod discovery;
pub mod ids;
pub mod organizations;
pub mod region;
pub mod serverless;

pub use ids::{
    AccountArn, AccountId, AgreementId, ApplicationId, ChangeSetId, EntityId, OfferId, OrganizationId, RegionName,
    ACCOUNT_SERVICE_PRINCIPAL,
};

/// Integers that may arrive as query-string text (`?maxItems=10`) as well as JSON numbers.
pub mod lenient_int {
    use serde::{Deserialize, Deserializer, Serializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Number(i64),
        Text(String),
    }

    /// Write the number.
    pub fn serialize<S: Serializer>(value: &Option<i32>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(n) => s.serialize_i32(*n),
            None => s.serialize_none(),
        }
    }

    /// Read a 32-bit integer from a number or from decimal text.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
        let raw: Option<Raw> = Option::deserialize(d)?;
        let number = match raw {
            None => return Ok(None),
            Some(Raw::Number(n)) => n,
            Some(Raw::Text(text)) => text
                .parse::<i64>()
                .map_err(|_| serde::de::Error::invalid_type(serde::de::Unexpected::Str(&text), &"an integer"))?,
        };
        i32::try_from(number)
            .map(Some)
            .map_err(|_| serde::de::Error::invalid_value(serde::de::Unexpected::Signed(number), &"a 32-bit integer"))
    }
}

/// Declares maps with string keys that the model keeps sorted (so that what it writes is stable), and how each
/// crosses to Go, Kotlin and Swift: as a plain map. UniFFI names each such type, hence one alias per map type.
macro_rules! sorted_maps {
    ($($(#[$meta:meta])* $alias:ident = $value:ty;)*) => {$(
        $(#[$meta])*
        pub type $alias = std::collections::BTreeMap<String, $value>;

        #[cfg(feature = "uniffi")]
        uniffi::custom_type!($alias, std::collections::HashMap<String, $value>, {
            remote,
            lower: |map| map.into_iter().collect(),
            try_lift: |map| Ok(map.into_iter().collect()),
        });
    )*};
}
#[allow(unused_imports)]
pub(crate) use sorted_maps;

sorted_maps! {
    /// A map of strings (tags, parameters).
    StringMap = String;
    /// A map of counts.
    CountMap = i64;
    /// A map of JSON documents.
    DocumentMap = serde_json::Value;
}

/// Declares a service enum that stays open: known values are variants, anything else is kept in `Unknown`.
macro_rules! open_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value this version of the library does not know, kept as the service sent it.
            Unknown(String),
        }

        impl $name {
            /// Every value the library knows, in the service's order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)+
                    $name::Unknown(value) => value,
                }
            }

            /// Whether this is one of the values the library knows.
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }

            /// The wire values the library knows, joined for error messages.
            pub fn known_values() -> String {
                [$($wire),+].join(", ")
            }

            /// Parse a wire value strictly: a value outside the known set is a validation error on `field`.
            pub fn parse_known(value: &str, field: &str) -> $crate::Result<Self> {
                match $name::from(value) {
                    $name::Unknown(_) => Err($crate::Error::invalid_field(
                        field,
                        format!("{value:?} is not one of {}", Self::known_values()),
                    )),
                    known => Ok(known),
                }
            }
        }

        #[cfg(feature = "python")]
        $crate::python::python_open_enum!($name, [$($wire),+]);

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($wire => $name::$variant,)+
                    other => $name::Unknown(other.to_owned()),
                }
            }
        }

        impl From<String> for $name {
            fn from(value: String) -> Self {
                $name::from(value.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(value: &str) -> std::result::Result<Self, Self::Err> {
                Ok($name::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                Ok($name::from(String::deserialize(d)?))
            }
        }
    };
}
pub(crate) use open_enum;
