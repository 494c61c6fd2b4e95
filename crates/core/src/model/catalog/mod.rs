//! AWS Marketplace Catalog: entities (products, offers, resale authorizations, private marketplace experiences),
//! change sets and their statuses, tags, resource policies and assessments.
//!
//! The request and response structures serialize exactly as the service's JSON (PascalCase members, dates as
//! 20-character ISO 8601 strings), so the same types serve the facade, the local engine and the emulator's wire codec.
//! Change details are typed in [`changes`] and offer terms in [`terms`]; [`offer::OfferBuilder`] assembles a whole
//! offer into a change set.

use crate::model::{ChangeSetId, EntityId};
use marketplane_macros::model;
pub mod changes;
pub mod documents;
pub mod offer;
pub mod private_marketplace;
pub mod resale;
pub mod terms;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::model::open_enum;
use crate::validate::Validator;

/// The only catalog the service has.
pub const CATALOG: &str = "AWSMarketplace";
/// The region the service is served from.
pub const CATALOG_REGION: &str = "us-east-1";
/// Change sets per request (`ChangeSet` max 20).
pub const MAX_CHANGES_PER_CHANGE_SET: usize = 20;
/// Tags per resource, as the service caps them.
pub const MAX_TAGS_PER_RESOURCE: usize = 50;
/// Buyer accounts an offer can target.
pub const MAX_TARGETED_BUYERS: usize = 25;

open_enum!(
    /// The status of a change set.
    ChangeSetStatus {
        /// Validating the changes.
        Preparing => "PREPARING",
        /// Applying them; it can no longer be cancelled.
        Applying => "APPLYING",
        /// Every change applied.
        Succeeded => "SUCCEEDED",
        /// Cancelled before it applied.
        Cancelled => "CANCELLED",
        /// Nothing applied; see the failure code and each change's errors.
        Failed => "FAILED",
    }
);

impl ChangeSetStatus {
    /// Whether the change set has finished (its entities are unlocked).
    pub fn is_terminal(&self) -> bool {
        matches!(self, ChangeSetStatus::Succeeded | ChangeSetStatus::Cancelled | ChangeSetStatus::Failed)
    }
}

open_enum!(
    /// Why a change set failed.
    FailureCode {
        /// The request was wrong; each change's `ErrorDetailList` says how.
        ClientError => "CLIENT_ERROR",
        /// The service failed; retry.
        ServerFault => "SERVER_FAULT",
    }
);

open_enum!(
    /// What a change set should do.
    Intent {
        /// Only validate the changes.
        Validate => "VALIDATE",
        /// Validate and apply them (the default).
        Apply => "APPLY",
    }
);

open_enum!(
    /// Whose entities `ListEntities` lists.
    OwnershipType {
        /// The caller's own (the default).
        Owned => "SELF",
        /// Entities shared with the caller.
        Shared => "SHARED",
    }
);

open_enum!(
    /// A sort direction.
    SortOrder {
        /// Smallest first.
        Ascending => "ASCENDING",
        /// Largest first.
        Descending => "DESCENDING",
    }
);

open_enum!(
    /// The type of a catalog entity (without its `@1.0` version).
    EntityType {
        /// A product delivered as an Amazon Machine Image.
        AmiProduct => "AmiProduct",
        /// A container product.
        ContainerProduct => "ContainerProduct",
        /// A software-as-a-service product.
        SaaSProduct => "SaaSProduct",
        /// A data product.
        DataProduct => "DataProduct",
        /// A machine learning product.
        MachineLearningProduct => "MachineLearningProduct",
        /// An offer on a product.
        Offer => "Offer",
        /// A set of offers sold together.
        OfferSet => "OfferSet",
        /// A channel partner's authorization to resell a product.
        ResaleAuthorization => "ResaleAuthorization",
        /// A private marketplace experience.
        Experience => "Experience",
        /// A private marketplace audience.
        Audience => "Audience",
        /// A private marketplace procurement policy (user requests).
        ProcurementPolicy => "ProcurementPolicy",
        /// A private marketplace experience's branding.
        BrandingSettings => "BrandingSettings",
        /// A solution.
        Solution => "Solution",
        /// A seller.
        Seller => "Seller",
    }
);

impl EntityType {
    /// Whether this is one of the product types.
    pub fn is_product(&self) -> bool {
        matches!(
            self,
            EntityType::AmiProduct
                | EntityType::ContainerProduct
                | EntityType::SaaSProduct
                | EntityType::DataProduct
                | EntityType::MachineLearningProduct
        )
    }

    /// The versioned name change sets use, such as `Offer@1.0`.
    pub fn versioned(&self) -> String {
        format!("{}@1.0", self.as_str())
    }

    /// Split `Offer@1.0` (or a bare `Offer`) into the type and its version.
    pub fn parse_versioned(value: &str) -> (EntityType, Option<&str>) {
        match value.split_once('@') {
            Some((name, version)) => (EntityType::from(name), Some(version)),
            None => (EntityType::from(value), None),
        }
    }

    /// The prefix of the identifiers the service gives entities of this type.
    pub fn id_prefix(&self) -> &'static str {
        match self {
            EntityType::AmiProduct
            | EntityType::ContainerProduct
            | EntityType::SaaSProduct
            | EntityType::DataProduct
            | EntityType::MachineLearningProduct => "prod",
            EntityType::Offer => "offer",
            EntityType::OfferSet => "offerset",
            EntityType::ResaleAuthorization => "resaleauthz",
            EntityType::Experience => "exp",
            EntityType::Audience => "audience",
            EntityType::ProcurementPolicy => "procpolicy",
            EntityType::BrandingSettings => "brandsettings",
            EntityType::Solution => "soln",
            EntityType::Seller => "seller",
            EntityType::Unknown(_) => "entity",
        }
    }
}

/// A point in time as the catalog writes it: `YYYY-MM-DDTHH:MM:SSZ`, exactly 20 characters, UTC, whole seconds.
pub fn format_time(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Parse a 20-character catalog time; `field` names the member in the error.
pub fn parse_time(value: &str, field: &str) -> Result<OffsetDateTime> {
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    let invalid = || Error::invalid_field(field, format!("{value:?} is not a date and time like 2026-01-31T23:59:59Z"));
    if value.len() != 20 {
        return Err(invalid());
    }
    time::PrimitiveDateTime::parse(value, &format).map(|t| t.assume_utc()).map_err(|_| invalid())
}

/// Optional catalog times on the wire: `YYYY-MM-DDTHH:MM:SSZ` (`format_time`); any RFC 3339 time is read.
pub mod catalog_time {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::format_description::well_known::Rfc3339;
    use time::OffsetDateTime;

    /// Write the 20-character form.
    pub fn serialize<S: Serializer>(t: &Option<OffsetDateTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            None => s.serialize_none(),
            Some(t) => s.serialize_str(&super::format_time(*t)),
        }
    }

    /// Read the 20-character form, or any RFC 3339 time (fractions of a second included).
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<OffsetDateTime>, D::Error> {
        let raw: Option<String> = Option::deserialize(d)?;
        raw.map(|raw| {
            OffsetDateTime::parse(&raw, &Rfc3339)
                .map_err(|e| serde::de::Error::custom(format!("{raw:?} is not a time: {e}")))
        })
        .transpose()
    }
}

/// A calendar date `YYYY-MM-DD` as offer terms write them, checked against the calendar.
pub fn parse_date(value: &str, field: &str) -> Result<time::Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    if value.len() != 10 {
        return Err(Error::invalid_field(field, format!("{value:?} is not a date like 2026-01-31 (YYYY-MM-DD)")));
    }
    time::Date::parse(value, &format)
        .map_err(|_| Error::invalid_field(field, format!("{value:?} is not a calendar date (YYYY-MM-DD)")))
}

/// A key and value attached to a resource.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Tag {
    /// 1–128 characters.
    pub key: String,
    /// 0–256 characters.
    pub value: String,
}

impl Tag {
    /// A tag.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Tag { key: key.into(), value: value.into() }
    }

    fn validate_into(&self, v: &mut Validator, field: &str) {
        v.length(&format!("{field}.Key"), &self.key, 1, 128);
        v.length(&format!("{field}.Value"), &self.value, 0, 256);
    }
}

/// Check a list of tags: sizes, lengths and duplicate keys.
pub fn validate_tags(v: &mut Validator, field: &str, tags: &[Tag], max: usize) {
    if tags.len() > max {
        v.fail(field, format!("at most {max} tags, got {}", tags.len()));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, tag) in tags.iter().enumerate() {
        tag.validate_into(v, &format!("{field}[{i}]"));
        if !seen.insert(tag.key.as_str()) {
            v.fail(format!("{field}[{i}].Key"), format!("duplicate tag key {:?}", tag.key));
        }
    }
}

/// Which entity a change acts on: its versioned type (`Offer@1.0`) and, except for create changes, its identifier
/// (an entity id, `id@revision`, or `$ChangeName.Entity.Identifier` for an entity created earlier in the same set).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRef {
    /// The versioned entity type.
    #[serde(rename = "Type")]
    pub entity_type: String,
    /// The entity, absent on create changes.
    #[serde(rename = "Identifier", default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
}

impl EntityRef {
    /// An entity to create, of `entity_type`.
    pub fn new(entity_type: EntityType) -> Self {
        EntityRef { entity_type: entity_type.versioned(), identifier: None }
    }

    /// An existing entity.
    pub fn existing(entity_type: EntityType, identifier: impl Into<String>) -> Self {
        EntityRef { entity_type: entity_type.versioned(), identifier: Some(identifier.into()) }
    }

    /// The entity created by the change named `change_name` earlier in the same change set.
    pub fn created_by(entity_type: EntityType, change_name: &str) -> Self {
        EntityRef::existing(entity_type, format!("${change_name}.Entity.Identifier"))
    }

    /// The entity type without its version.
    pub fn kind(&self) -> EntityType {
        EntityType::parse_versioned(&self.entity_type).0
    }

    /// The change name this identifier refers back to, for `$Name.Entity.Identifier`.
    pub fn referenced_change(&self) -> Option<&str> {
        reference_name(self.identifier.as_deref()?)
    }
}

/// The change name of a reference `$Name.Entity.Identifier`: how a change names the entity that another change of
/// the same change set creates, before it has an id. Like an entity identifier (`entity-id@1`), a reference may name
/// a revision, `$Name.Entity.Identifier@1`; an entity created in the change set has only its first, so the reference
/// stands for the entity.
pub fn reference_name(value: &str) -> Option<&str> {
    let (reference, revision) = match value.rsplit_once('@') {
        Some((reference, revision)) => (reference, Some(revision)),
        None => (value, None),
    };
    if revision.is_some_and(|r| r.is_empty() || !r.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    reference.strip_prefix('$')?.strip_suffix(".Entity.Identifier").filter(|name| !name.is_empty())
}

/// The members of a change type's `DetailsDocument` that name another entity by id, and so may instead hold a
/// reference to an entity created in the same change set, as JSON pointers (`*` stands for every item of an array).
/// The Catalog API documents the reference for `CreateOffer`'s `ProductId` ("Must be an existing product in the
/// catalog or being created in the same change set"); the other members here are ids of the same kind on the other
/// change types, resolved the same way. A reference anywhere else is kept as text (and refused by that member's
/// rules).
pub fn reference_members(change_type: &str) -> &'static [&'static str] {
    match change_type {
        "CreateOffer" => &["/ProductId", "/OfferSetId"],
        "CreateResaleAuthorization" => &["/ProductId"],
        "CreateOfferUsingResaleAuthorization" => &["/ResaleAuthorizationId", "/OfferSetId"],
        "CreateReplacementOfferUsingResaleAuthorization" => &["/ResaleAuthorizationId"],
        "AssociateOffers" | "DisassociateOffers" => &["/Offers/*/OfferId"],
        "AssociateSolution" | "DisassociateSolution" => &["/SolutionId"],
        "UpdateRelatedProducts" => &["/AwsMarketplaceProducts/*/ProductId"],
        "UpdateVisibility" => &["/ReplacementProductId"],
        _ => &[],
    }
}

/// Every string at `pointer` (with `*` for every item of an array) in `doc`, mutably.
fn members_at<'a>(doc: &'a mut Value, pointer: &str) -> Vec<&'a mut Value> {
    let mut found = vec![doc];
    for part in pointer.split('/').skip(1) {
        found = found
            .into_iter()
            .flat_map(|node| -> Vec<&'a mut Value> {
                match (part, node) {
                    ("*", Value::Array(items)) => items.iter_mut().collect(),
                    (key, Value::Object(map)) => map.get_mut(key).into_iter().collect(),
                    _ => Vec::new(),
                }
            })
            .collect();
    }
    found.retain(|v| v.is_string());
    found
}

/// The references in the members of `doc` that [`reference_members`] lists for `change_type`: each member's path
/// and the change name it refers to.
pub fn details_references(change_type: &str, doc: &Value) -> Vec<(String, String)> {
    let mut doc = doc.clone();
    let mut found = Vec::new();
    for pointer in reference_members(change_type) {
        for value in members_at(&mut doc, pointer) {
            if let Some(name) = value.as_str().and_then(reference_name) {
                found.push((pointer.trim_start_matches('/').replace('/', "."), name.to_owned()));
            }
        }
    }
    found
}

/// Replace the references in the members [`reference_members`] lists for `change_type` by the ids `created` holds
/// for their change names; the first change name that created nothing, if one does not.
pub fn resolve_references(
    change_type: &str,
    doc: &mut Value,
    created: &BTreeMap<String, String>,
) -> std::result::Result<(), String> {
    for pointer in reference_members(change_type) {
        for value in members_at(doc, pointer) {
            let Some(name) = value.as_str().and_then(reference_name).map(str::to_owned) else { continue };
            match created.get(&name) {
                Some(id) => *value = Value::String(id.clone()),
                None => return Err(name),
            }
        }
    }
    Ok(())
}

/// One change of a change set, as the service takes it.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Change {
    /// The change type, such as `CreateOffer`.
    pub change_type: String,
    /// The entity it acts on.
    pub entity: EntityRef,
    /// Tags for the entity a create change makes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entity_tags: Vec<Tag>,
    /// The details as a JSON string (the older form; give this or `details_document`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// The details as a JSON document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details_document: Option<Value>,
    /// A name later changes use to refer to the entity this one creates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_name: Option<String>,
}

impl Change {
    /// A change of any type with raw details: the escape hatch for change types this library does not type yet.
    pub fn raw(change_type: impl Into<String>, entity: EntityRef, details: Value) -> Self {
        Change {
            change_type: change_type.into(),
            entity,
            entity_tags: Vec::new(),
            details: None,
            details_document: Some(details),
            change_name: None,
        }
    }

    /// Name this change so later changes can refer to what it creates.
    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.change_name = Some(name.into());
        self
    }

    /// The details as a document, whichever form they came in. `Details` that is not a JSON object is an error
    /// naming `field`.
    pub fn details_value(&self, field: &str) -> Result<Value> {
        match (&self.details, &self.details_document) {
            (Some(text), None) => serde_json::from_str::<Value>(text)
                .ok()
                .filter(Value::is_object)
                .ok_or_else(|| Error::invalid_field(format!("{field}.Details"), "must be a JSON object")),
            (None, Some(doc)) => Ok(doc.clone()),
            (None, None) => Ok(Value::Object(Default::default())),
            (Some(_), Some(_)) => Err(Error::invalid_field(
                format!("{field}.DetailsDocument"),
                "give either Details or DetailsDocument, not both",
            )),
        }
    }
}

/// `StartChangeSet`'s input.
#[model]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartChangeSetInput {
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// 1–20 changes.
    pub change_set: Vec<Change>,
    /// A name for the change set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_set_name: Option<String>,
    /// Idempotency token: the same token with the same changes returns the same change set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_request_token: Option<String>,
    /// Tags for the change set itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub change_set_tags: Vec<Tag>,
    /// APPLY (default) or VALIDATE.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<Intent>,
}

impl StartChangeSetInput {
    /// A change set of `changes` on the Marketplace catalog.
    pub fn new(changes: Vec<Change>) -> Self {
        StartChangeSetInput {
            catalog: CATALOG.to_owned(),
            change_set: changes,
            change_set_name: None,
            client_request_token: None,
            change_set_tags: Vec::new(),
            intent: None,
        }
    }

    /// Check the request's shape (the service checks the details of each change while the set is PREPARING).
    pub fn validate(&self) -> Result<()> {
        let mut v = Validator::new();
        validate_catalog(&mut v, "Catalog", &self.catalog);
        if self.change_set.is_empty() || self.change_set.len() > MAX_CHANGES_PER_CHANGE_SET {
            v.fail(
                "ChangeSet",
                format!("must hold 1 to {MAX_CHANGES_PER_CHANGE_SET} changes, got {}", self.change_set.len()),
            );
        }
        if let Some(name) = &self.change_set_name {
            if v.length("ChangeSetName", name, 1, 100) {
                v.pattern("ChangeSetName", name, change_set_name(), r"^[\w\s+=.:@-]+$");
            }
        }
        if let Some(token) = &self.client_request_token {
            if v.length("ClientRequestToken", token, 1, 64) {
                v.pattern("ClientRequestToken", token, client_token(), "^[!-~]+$");
            }
        }
        validate_tags(&mut v, "ChangeSetTags", &self.change_set_tags, 200);
        if let Some(intent) = &self.intent {
            if !intent.is_known() {
                v.fail("Intent", format!("{:?} is not one of {}", intent.as_str(), Intent::known_values()));
            }
        }
        let mut names = std::collections::BTreeSet::new();
        let mut seen = std::collections::BTreeSet::new();
        for (i, change) in self.change_set.iter().enumerate() {
            let field = format!("ChangeSet[{i}]");
            if v.length(&format!("{field}.ChangeType"), &change.change_type, 1, 255) {
                v.pattern(&format!("{field}.ChangeType"), &change.change_type, change_type_pattern(), r"^[A-Z][\w]*$");
            }
            v.length(&format!("{field}.Entity.Type"), &change.entity.entity_type, 1, 255);
            if let Some(id) = &change.entity.identifier {
                if change.entity.referenced_change().is_none()
                    && v.length(&format!("{field}.Entity.Identifier"), id, 1, 255)
                {
                    v.pattern(&format!("{field}.Entity.Identifier"), id, identifier_pattern(), r"^[\w\-@]+$");
                }
            }
            if let Some(name) = &change.change_name {
                if v.length(&format!("{field}.ChangeName"), name, 1, 72) && !names.insert(name.as_str()) {
                    v.fail(format!("{field}.ChangeName"), format!("duplicate change name {name:?}"));
                }
            }
            if let Some(details) = &change.details {
                v.length(&format!("{field}.Details"), details, 2, 16384);
            }
            if let Err(e) = change.details_value(&field) {
                v.extend(e.field_errors().to_vec());
            }
            validate_tags(&mut v, &format!("{field}.EntityTags"), &change.entity_tags, 200);
            let creates = |name: &str| {
                self.change_set[..i]
                    .iter()
                    .any(|c| c.change_name.as_deref() == Some(name) && changes::is_create(&c.change_type))
            };
            if let Some(referenced) = change.entity.referenced_change() {
                let earlier = self.change_set[..i].iter().any(|c| c.change_name.as_deref() == Some(referenced));
                if !earlier {
                    v.fail(
                        format!("{field}.Entity.Identifier"),
                        format!("refers to change {referenced:?}, which is not an earlier change of this change set"),
                    );
                }
            }
            if let Ok(doc) = change.details_value(&field) {
                for (member, referenced) in details_references(&change.change_type, &doc) {
                    if !creates(&referenced) {
                        v.fail(
                            format!("{field}.DetailsDocument.{member}"),
                            format!(
                                "refers to change {referenced:?}, which is not an earlier change of this change set \
                                 that creates an entity"
                            ),
                        );
                    }
                }
            }
            // "You can't start the same change type against the same entity multiple times" in one change set.
            if let Some(id) = &change.entity.identifier {
                if !seen.insert((change.change_type.as_str(), strip_revision(id))) {
                    v.fail(
                        format!("{field}.ChangeType"),
                        format!("{} is already requested for entity {id} in this change set", change.change_type),
                    );
                }
            }
        }
        v.finish()
    }
}

/// An entity id without its `@revision` suffix.
pub fn strip_revision(identifier: &str) -> &str {
    identifier.split_once('@').map_or(identifier, |(id, _)| id)
}

pub(crate) fn validate_catalog(v: &mut Validator, field: &str, catalog: &str) {
    if catalog != CATALOG {
        v.fail(field, format!("must be {CATALOG}, got {catalog:?}"));
    }
}

crate::validate::static_regex!(change_set_name, r"^[A-Za-z0-9_\t\n\x0B\x0C\r +=.:@-]+$");
crate::validate::static_regex!(client_token, r"^[!-~]+$");
crate::validate::static_regex!(change_type_pattern, r"^[A-Z][A-Za-z0-9_]*$");
crate::validate::static_regex!(identifier_pattern, r"^[A-Za-z0-9_@-]+$");
crate::validate::static_regex!(resource_id_pattern, r"^[A-Za-z0-9_-]+$");
crate::validate::static_regex!(
    resource_arn_pattern,
    r"^arn:[A-Za-z0-9_+=/,.@-]+:aws-marketplace:[A-Za-z0-9_+=/,.@-]*:[0-9]+:[A-Za-z0-9_+=,.@-]+(/[A-Za-z0-9_+=,.@-]+)*$"
);

/// Check a `ResourceId` (change set or entity id).
pub(crate) fn validate_resource_id(v: &mut Validator, field: &str, id: &str) {
    if v.length(field, id, 1, 255) {
        v.pattern(field, id, resource_id_pattern(), r"^[\w\-]+$");
    }
}

/// Check a resource ARN.
pub(crate) fn validate_resource_arn(v: &mut Validator, field: &str, arn: &str) {
    if v.length(field, arn, 1, 255) {
        v.pattern(
            field,
            arn,
            resource_arn_pattern(),
            r"^arn:[\w+=/,.@-]+:aws-marketplace:[\w+=/,.@-]*:[0-9]+:[\w+=,.@-]+(/[\w+=,.@-]+)*$",
        );
    }
}

/// `StartChangeSet`'s output.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChangeSetRef {
    /// The change set's id.
    pub change_set_id: ChangeSetId,
    /// Its ARN.
    pub change_set_arn: String,
}

/// An error of one change.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ErrorDetail {
    /// A code such as `INVALID_INPUT`.
    pub error_code: String,
    /// What is wrong.
    pub error_message: String,
}

impl ErrorDetail {
    /// An error detail.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ErrorDetail { error_code: code.into(), error_message: message.into() }
    }
}

impl fmt::Display for ErrorDetail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.error_code, self.error_message)
    }
}

/// One change of a described change set, with its errors.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChangeSummary {
    /// The change type.
    pub change_type: String,
    /// The entity (with its identifier once known).
    pub entity: EntityRef,
    /// The details as given, as a JSON string when they came as one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// The details as given, as a document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details_document: Option<Value>,
    /// What went wrong with this change.
    #[serde(default)]
    pub error_detail_list: Vec<ErrorDetail>,
    /// The change's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_name: Option<String>,
}

/// `DescribeChangeSet`'s output.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChangeSetDescription {
    /// The id.
    pub change_set_id: ChangeSetId,
    /// The ARN.
    pub change_set_arn: String,
    /// The name, if one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_set_name: Option<String>,
    /// APPLY or VALIDATE.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<Intent>,
    /// When it started (on the wire, 20-character ISO 8601: `2026-01-31T23:59:59Z`).
    #[serde(default, with = "catalog_time", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<OffsetDateTime>,
    /// When it finished.
    #[serde(default, with = "catalog_time", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<OffsetDateTime>,
    /// Where it is.
    pub status: ChangeSetStatus,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<FailureCode>,
    /// What failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_description: Option<String>,
    /// Its changes.
    #[serde(rename = "ChangeSet", default)]
    pub changes: Vec<ChangeSummary>,
}

impl ChangeSetDescription {
    /// Every error of every change, with the change's index.
    pub fn errors(&self) -> Vec<(usize, &ErrorDetail)> {
        self.changes.iter().enumerate().flat_map(|(i, c)| c.error_detail_list.iter().map(move |e| (i, e))).collect()
    }

    /// The identifier (without revision) of the entity the change named `change_name` acted on or created.
    pub fn entity_id_of(&self, change_name: &str) -> Option<&str> {
        let change = self.changes.iter().find(|c| c.change_name.as_deref() == Some(change_name))?;
        change.entity.identifier.as_deref().map(strip_revision)
    }
}

/// An item of `ListChangeSets`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChangeSetSummary {
    /// The id.
    pub change_set_id: ChangeSetId,
    /// The ARN.
    pub change_set_arn: String,
    /// The name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_set_name: Option<String>,
    /// When it started (on the wire, 20-character ISO 8601).
    #[serde(default, with = "catalog_time", skip_serializing_if = "Option::is_none")]
    pub start_time: Option<OffsetDateTime>,
    /// When it finished.
    #[serde(default, with = "catalog_time", skip_serializing_if = "Option::is_none")]
    pub end_time: Option<OffsetDateTime>,
    /// Where it is.
    pub status: ChangeSetStatus,
    /// The entities it touches.
    #[serde(default)]
    pub entity_id_list: Vec<String>,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_code: Option<FailureCode>,
}

/// A `Name`/`ValueList` filter.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Filter {
    /// The filter's name, such as `Status` or `EntityId`.
    pub name: String,
    /// 1–10 values; any matches.
    #[serde(default)]
    pub value_list: Vec<String>,
}

impl Filter {
    /// A filter.
    pub fn new(name: impl Into<String>, values: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Filter { name: name.into(), value_list: values.into_iter().map(Into::into).collect() }
    }
}

/// How to sort a list.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Sort {
    /// The field to sort by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_by: Option<String>,
    /// The direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<SortOrder>,
}

/// `ListChangeSets`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListChangeSetsInput {
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// Filters on ChangeSetName, Status, EntityId, BeforeStartTime, AfterStartTime, BeforeEndTime, AfterEndTime.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filter_list: Vec<Filter>,
    /// Sort by StartTime (default), EndTime, Name or Status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Sort>,
    /// 1–20.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page to read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// `ListChangeSets`'s output.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListChangeSetsOutput {
    /// This page.
    #[serde(default)]
    pub change_set_summary_list: Vec<ChangeSetSummary>,
    /// The next page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// A set of values to match (`ValueList`), optionally with a wildcard substring (`WildCardValue`).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ValueFilter {
    /// Exact values; any matches.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub value_list: Vec<String>,
    /// A substring to match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wild_card_value: Option<String>,
}

/// A range of 20-character times.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DateRange {
    /// On or after.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after_value: Option<String>,
    /// On or before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_value: Option<String>,
}

/// A filter on a date.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DateFilter {
    /// The range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_range: Option<DateRange>,
}

/// Filters for products of any type (`SaaSProductFilters`, `AmiProductFilters`, ...).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductFilters {
    /// By id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<ValueFilter>,
    /// By title (exact values or a wildcard).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_title: Option<ValueFilter>,
    /// By visibility (Limited, Public, Restricted, Draft).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<ValueFilter>,
    /// By last modification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_date: Option<DateFilter>,
}

/// Filters for offers.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OfferFilters {
    /// By id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<ValueFilter>,
    /// By name (exact values or a wildcard).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<ValueFilter>,
    /// By product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<ValueFilter>,
    /// By resale authorization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resale_authorization_id: Option<ValueFilter>,
    /// By release date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<DateFilter>,
    /// By availability end date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_end_date: Option<DateFilter>,
    /// By targeted buyer account (wildcard).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer_accounts: Option<ValueFilter>,
    /// By state (Draft, Released).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ValueFilter>,
    /// By targeting kind (BuyerAccounts, ParticipatingPrograms, CountryCodes, None).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targeting: Option<ValueFilter>,
    /// By last modification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_date: Option<DateFilter>,
}

/// `EntityTypeFilters`: a union, one member set, matching the listed entity type.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EntityTypeFilters {
    /// For `Offer`.
    #[serde(rename = "OfferFilters", default, skip_serializing_if = "Option::is_none")]
    pub offer: Option<OfferFilters>,
    /// For `SaaSProduct`.
    #[serde(rename = "SaaSProductFilters", default, skip_serializing_if = "Option::is_none")]
    pub saas_product: Option<ProductFilters>,
    /// For `AmiProduct`.
    #[serde(rename = "AmiProductFilters", default, skip_serializing_if = "Option::is_none")]
    pub ami_product: Option<ProductFilters>,
    /// For `ContainerProduct`.
    #[serde(rename = "ContainerProductFilters", default, skip_serializing_if = "Option::is_none")]
    pub container_product: Option<ProductFilters>,
    /// For `DataProduct`.
    #[serde(rename = "DataProductFilters", default, skip_serializing_if = "Option::is_none")]
    pub data_product: Option<ProductFilters>,
    /// For `MachineLearningProduct`.
    #[serde(rename = "MachineLearningProductFilters", default, skip_serializing_if = "Option::is_none")]
    pub machine_learning_product: Option<ProductFilters>,
    /// Union members this library does not type (resale authorizations, offer sets, ...), kept as sent.
    #[serde(flatten)]
    pub other: BTreeMap<String, Value>,
}

impl EntityTypeFilters {
    /// The names of the members that are set.
    pub fn members(&self) -> Vec<String> {
        let mut names: Vec<String> = [
            (self.offer.is_some(), "OfferFilters"),
            (self.saas_product.is_some(), "SaaSProductFilters"),
            (self.ami_product.is_some(), "AmiProductFilters"),
            (self.container_product.is_some(), "ContainerProductFilters"),
            (self.data_product.is_some(), "DataProductFilters"),
            (self.machine_learning_product.is_some(), "MachineLearningProductFilters"),
        ]
        .into_iter()
        .filter(|(set, _)| *set)
        .map(|(_, name)| name.to_owned())
        .collect();
        names.extend(self.other.keys().cloned());
        names
    }

    /// The product filters, whichever product member is set.
    pub fn product(&self) -> Option<&ProductFilters> {
        self.saas_product
            .as_ref()
            .or(self.ami_product.as_ref())
            .or(self.container_product.as_ref())
            .or(self.data_product.as_ref())
            .or(self.machine_learning_product.as_ref())
    }
}

/// `EntityTypeSort`: a union of per-type sorts, such as `{"OfferSort": {"SortBy": "Name"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EntityTypeSort(pub SortMap);

crate::model::sorted_maps! {
    /// Sorts by entity-type sort name.
    SortMap = Sort;
    /// `BatchDescribeEntities`' details by request id.
    EntityDetailMap = EntityDetail;
    /// `BatchDescribeEntities`' errors by request id.
    BatchDescribeErrorMap = BatchDescribeError;
}

// The bindings see the union as the map it is.
#[cfg(feature = "python")]
crate::python::python_newtype!(EntityTypeSort(SortMap));

#[cfg(feature = "uniffi")]
uniffi::custom_type!(EntityTypeSort, SortMap, {
    lower: |sort| sort.0,
    try_lift: |map| Ok(EntityTypeSort(map)),
});

/// `ListEntities`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListEntitiesInput {
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// The type to list, such as `Offer` or `SaaSProduct`.
    pub entity_type: String,
    /// Generic filters (`EntityId`, `Name`, `ProductId`, `Visibility`, `LastModifiedDate`...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub filter_list: Vec<Filter>,
    /// Generic sort (`LastModifiedDate` by default, `EntityId`, `Name`, `Visibility`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Sort>,
    /// The page to read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// 1–50.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// SELF (default) or SHARED.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership_type: Option<OwnershipType>,
    /// Typed filters for the entity type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type_filters: Option<EntityTypeFilters>,
    /// Typed sort for the entity type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type_sort: Option<EntityTypeSort>,
}

/// A product's summary in `ListEntities`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductSummary {
    /// The title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_title: Option<String>,
    /// Limited, Public, Restricted or Draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
}

/// An offer set's summary in `ListEntities`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OfferSetSummary {
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `Draft` or `Released`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// When it was released.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    /// Its offers (0–10).
    #[serde(default)]
    pub associated_offer_ids: Vec<String>,
    /// The solution it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solution_id: Option<String>,
}

/// An offer's summary in `ListEntities`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OfferSummary {
    /// The offer set it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_set_id: Option<String>,
    /// The name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// The resale authorization, for channel partner offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resale_authorization_id: Option<String>,
    /// When it was released.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release_date: Option<String>,
    /// When it stops being available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability_end_date: Option<String>,
    /// The targeted buyers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buyer_accounts: Vec<String>,
    /// Draft or Released.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// BuyerAccounts, ParticipatingPrograms, CountryCodes or None.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targeting: Vec<String>,
    /// The agreement a replacement offer replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_agreement_id: Option<String>,
}

/// An item of `ListEntities`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EntitySummary {
    /// The entity's name or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its type.
    pub entity_type: String,
    /// Its id.
    pub entity_id: EntityId,
    /// Its ARN.
    pub entity_arn: String,
    /// When it last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_date: Option<String>,
    /// Who can see it (Public, Limited, Restricted, Draft; or Private for private offers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<String>,
    /// For AMI products.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ami_product_summary: Option<ProductSummary>,
    /// For container products.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container_product_summary: Option<ProductSummary>,
    /// For data products.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_product_summary: Option<ProductSummary>,
    /// For SaaS products.
    #[serde(rename = "SaaSProductSummary", default, skip_serializing_if = "Option::is_none")]
    pub saas_product_summary: Option<ProductSummary>,
    /// For machine learning products.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machine_learning_product_summary: Option<ProductSummary>,
    /// For offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_summary: Option<OfferSummary>,
    /// Offer sets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offer_set_summary: Option<OfferSetSummary>,
}

/// `ListEntities`'s output.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListEntitiesOutput {
    /// This page.
    #[serde(default)]
    pub entity_summary_list: Vec<EntitySummary>,
    /// The next page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// `DescribeEntity`'s output.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EntityDescription {
    /// The versioned type, such as `Offer@1.0`.
    pub entity_type: String,
    /// `id@revision`.
    pub entity_identifier: String,
    /// The ARN.
    pub entity_arn: String,
    /// When it last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_date: Option<String>,
    /// The details as a JSON string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// The details as a document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details_document: Option<Value>,
}

impl EntityDescription {
    /// The id without its revision.
    pub fn entity_id(&self) -> &str {
        strip_revision(&self.entity_identifier)
    }

    /// The details document (parsed from `Details` if only the string came).
    pub fn document(&self) -> Value {
        self.details_document
            .clone()
            .or_else(|| self.details.as_deref().and_then(|d| serde_json::from_str(d).ok()))
            .unwrap_or(Value::Null)
    }

    /// The details parsed as `T`, such as [`offer::OfferDetails`].
    pub fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_value(self.document())
            .map_err(|e| Error::internal(format!("the {} details did not parse: {e}", self.entity_type)))
    }
}

/// One entity to describe in `BatchDescribeEntities`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EntityRequest {
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// The entity.
    pub entity_id: EntityId,
}

/// One entity of `BatchDescribeEntities`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EntityDetail {
    /// The versioned type.
    pub entity_type: String,
    /// The ARN.
    pub entity_arn: String,
    /// `id@revision`.
    pub entity_identifier: String,
    /// When it last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_date: Option<String>,
    /// The details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details_document: Option<Value>,
}

/// Why one entity of `BatchDescribeEntities` could not be described.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BatchDescribeError {
    /// `ResourceNotFoundException`, `AccessDeniedException`, ...
    pub error_code: String,
    /// What is wrong.
    pub error_message: String,
}

/// `BatchDescribeEntities`'s output: described entities and errors, both by entity id.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BatchDescribeOutput {
    /// What could be described.
    #[serde(default)]
    pub entity_details: BTreeMap<String, EntityDetail>,
    /// What could not.
    #[serde(default)]
    pub errors: BTreeMap<String, BatchDescribeError>,
}

open_enum!(
    /// A control's outcome in an assessment.
    ControlResult {
        /// Met.
        Pass => "PASS",
        /// Not met.
        Fail => "FAIL",
        /// Not run.
        NotExecuted => "NOT_EXECUTED",
        /// Exempted.
        ExemptionPass => "EXEMPTION_PASS",
    }
);

/// One control of an assessment.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ControlAssessment {
    /// The control.
    pub control_id: String,
    /// The outcome.
    pub control_assessment_result: ControlResult,
    /// AWS_VERIFIED or SELF_ATTESTED.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_source: Option<String>,
    /// Why it failed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ControlError>,
}

/// A failed control's reason.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ControlError {
    /// `^[A-Z_]+$`.
    pub code: String,
    /// What is wrong.
    pub message: String,
}

/// What an assessment looked at.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AssessmentTarget {
    /// The entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<EntityId>,
    /// The change set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_set_id: Option<ChangeSetId>,
}

/// `StartAssessment`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct StartAssessmentInput {
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// Idempotency token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    /// The framework, such as `listing-quality`.
    pub framework_id: String,
    /// The entity to assess.
    pub entity_id: EntityId,
    /// Controls to run (all when empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<Value>,
    /// Tags for the assessment.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: BTreeMap<String, String>,
}

/// An assessment, as `DescribeAssessment` and `ListAssessments` show it.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Assessment {
    /// The ARN.
    pub assessment_arn: String,
    /// The id (`assessment-...`).
    pub assessment_id: String,
    /// The framework.
    pub framework_id: String,
    /// What was assessed.
    #[serde(default)]
    pub assessment_target_summary: AssessmentTarget,
    /// Overall PASS or FAIL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_result: Option<String>,
    /// When it was made.
    pub created_at: String,
    /// When it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
    /// Each control (only in `DescribeAssessment`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub control_assessments: Vec<ControlAssessment>,
    /// A summary per framework kind, such as `{"ListingQualitySummary": {"Tier": "BASIC"}}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framework_summary: Option<Value>,
}

/// `ListAssessments`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListAssessmentsInput {
    /// Always `AWSMarketplace`.
    pub catalog: String,
    /// Only this framework.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framework_id: Option<String>,
    /// Only these targets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment_target_filter: Option<AssessmentTarget>,
    /// 1–100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i32>,
    /// The page to read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// A catalog ARN: `arn:aws:aws-marketplace:us-east-1:<account>:AWSMarketplace/<Type>/<id>`.
pub fn arn(account: &str, kind: &str, id: &str) -> String {
    format!("arn:aws:aws-marketplace:{CATALOG_REGION}:{account}:{CATALOG}/{kind}/{id}")
}

/// The account and the `<Type>/<id>` resource of a catalog ARN.
pub fn parse_arn(value: &str) -> Option<(&str, &str, &str)> {
    let rest = value.strip_prefix("arn:")?;
    let mut parts = rest.splitn(5, ':');
    let _partition = parts.next()?;
    if parts.next()? != "aws-marketplace" {
        return None;
    }
    let _region = parts.next()?;
    let account = parts.next()?;
    let resource = parts.next()?.strip_prefix("AWSMarketplace/")?;
    let (kind, id) = resource.split_once('/')?;
    Some((account, kind, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_resolve_in_the_id_members_of_each_change_type() {
        let created: BTreeMap<String, String> =
            [("P".to_owned(), "prod-abc".to_owned()), ("O".to_owned(), "offer-def".to_owned())].into();
        let mut doc = serde_json::json!({"ProductId": "$P.Entity.Identifier", "Name": "$P.Entity.Identifier"});
        resolve_references("CreateOffer", &mut doc, &created).unwrap();
        // Only the id member is resolved: a name that looks like a reference stays text.
        assert_eq!(doc, serde_json::json!({"ProductId": "prod-abc", "Name": "$P.Entity.Identifier"}));
        let mut doc = serde_json::json!({"Offers": [{"OfferId": "$O.Entity.Identifier"}, {"OfferId": "offer-x"}]});
        assert_eq!(details_references("AssociateOffers", &doc), [("Offers.*.OfferId".to_owned(), "O".to_owned())]);
        resolve_references("AssociateOffers", &mut doc, &created).unwrap();
        assert_eq!(doc, serde_json::json!({"Offers": [{"OfferId": "offer-def"}, {"OfferId": "offer-x"}]}));
        let mut doc = serde_json::json!({"ProductId": "$Nope.Entity.Identifier"});
        assert_eq!(resolve_references("CreateResaleAuthorization", &mut doc, &created), Err("Nope".to_owned()));
        assert_eq!(reference_name("$.Entity.Identifier"), None);
        assert_eq!(reference_name("prod-abc"), None);
        // A reference may name a revision, as an identifier may.
        assert_eq!(reference_name("$P.Entity.Identifier@1"), Some("P"));
        let mut doc = serde_json::json!({"ProductId": "$P.Entity.Identifier@1"});
        resolve_references("CreateOffer", &mut doc, &created).unwrap();
        assert_eq!(doc, serde_json::json!({"ProductId": "prod-abc"}));
        for not_a_reference in ["$P.Entity.Identifier@", "$P.Entity.Identifier@latest", "$P.Entity.Identifier@1@2"] {
            assert_eq!(reference_name(not_a_reference), None, "{not_a_reference}");
        }
    }

    #[test]
    fn times_are_twenty_characters() {
        let t = time::macros::datetime!(2026-03-04 05:06:07.891 UTC);
        let s = format_time(t);
        assert_eq!(s, "2026-03-04T05:06:07Z");
        assert_eq!(s.len(), 20);
        assert_eq!(parse_time(&s, "StartTime").unwrap(), time::macros::datetime!(2026-03-04 05:06:07 UTC));
        for bad in ["2026-03-04T05:06:07.000Z", "2026-13-04T05:06:07Z", "2026-03-04 05:06:07Z", ""] {
            let err = parse_time(bad, "AfterValue").unwrap_err();
            assert_eq!(err.field_errors()[0].name, "AfterValue", "{bad}");
        }
    }

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert!(parse_date("2028-02-29", "ChargeDate").is_ok());
        assert!(parse_date("2027-02-29", "ChargeDate").is_err());
        assert!(parse_date("2027-2-28", "ChargeDate").is_err());
    }

    #[test]
    fn versioned_entity_types() {
        assert_eq!(EntityType::parse_versioned("Offer@1.0"), (EntityType::Offer, Some("1.0")));
        assert_eq!(EntityType::SaaSProduct.versioned(), "SaaSProduct@1.0");
        assert_eq!(EntityType::parse_versioned("Widget").0, EntityType::Unknown("Widget".into()));
    }

    #[test]
    fn arns_round_trip() {
        let a = arn("111122223333", "Offer", "offer-abc");
        assert_eq!(a, "arn:aws:aws-marketplace:us-east-1:111122223333:AWSMarketplace/Offer/offer-abc");
        assert_eq!(parse_arn(&a), Some(("111122223333", "Offer", "offer-abc")));
        assert_eq!(parse_arn("arn:aws:s3:::bucket"), None);
    }

    #[test]
    fn change_set_shape_rules() {
        let create =
            Change::raw("CreateOffer", EntityRef::new(EntityType::Offer), serde_json::json!({"ProductId": "prod-1"}))
                .named("CreateOfferChange");
        let ok = StartChangeSetInput::new(vec![
            create.clone(),
            Change::raw(
                "ReleaseOffer",
                EntityRef::created_by(EntityType::Offer, "CreateOfferChange"),
                serde_json::json!({}),
            ),
        ]);
        ok.validate().unwrap();

        let mut bad = StartChangeSetInput::new(vec![
            Change::raw("ReleaseOffer", EntityRef::created_by(EntityType::Offer, "Later"), serde_json::json!({})),
            Change::raw("releaseOffer", EntityRef::existing(EntityType::Offer, "offer-1"), serde_json::json!({})),
            Change::raw("UpdateInformation", EntityRef::existing(EntityType::Offer, "offer-1"), serde_json::json!({})),
            Change::raw(
                "UpdateInformation",
                EntityRef::existing(EntityType::Offer, "offer-1@2"),
                serde_json::json!({}),
            ),
        ]);
        bad.catalog = "Other".into();
        bad.client_request_token = Some("has space".into());
        bad.change_set[2].details = Some("{}".into());
        let err = bad.validate().unwrap_err();
        let fields: Vec<&str> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
        assert!(fields.contains(&"Catalog"), "{fields:?}");
        assert!(fields.contains(&"ClientRequestToken"), "{fields:?}");
        assert!(fields.contains(&"ChangeSet[0].Entity.Identifier"), "{fields:?}");
        assert!(fields.contains(&"ChangeSet[1].ChangeType"), "{fields:?}");
        assert!(fields.contains(&"ChangeSet[2].DetailsDocument"), "{fields:?}");
        assert!(fields.contains(&"ChangeSet[3].ChangeType"), "{fields:?}");

        let too_many = StartChangeSetInput::new(vec![create; 21]);
        assert!(too_many.validate().unwrap_err().field_errors().iter().any(|f| f.name == "ChangeSet"));
    }

    #[test]
    fn wire_shape_is_pascal_case() {
        let input = StartChangeSetInput::new(vec![Change::raw(
            "CreateOffer",
            EntityRef::new(EntityType::Offer),
            serde_json::json!({"ProductId": "prod-1"}),
        )]);
        let json = serde_json::to_value(&input).unwrap();
        assert_eq!(json["Catalog"], "AWSMarketplace");
        assert_eq!(json["ChangeSet"][0]["Entity"]["Type"], "Offer@1.0");
        assert_eq!(json["ChangeSet"][0]["DetailsDocument"]["ProductId"], "prod-1");
        assert!(json["ChangeSet"][0].get("Details").is_none());
        let back: StartChangeSetInput = serde_json::from_value(json).unwrap();
        assert_eq!(back, input);
    }
}
