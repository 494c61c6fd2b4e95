//! Tags and resource policies on catalog resources (entities and change sets) the caller owns.

use serde_json::Value;

use super::{not_found, validation, Ctx};
use crate::backend::local::schema::db_error;
use crate::backend::local::{exists, stored};
use crate::error::Result;
use crate::model::catalog::{parse_arn, Tag, MAX_TAGS_PER_RESOURCE};
use crate::operation::catalog::{PutResourcePolicyInput, TagResourceInput, UntagResourceInput};
use rusqlite::params;

impl Ctx<'_> {
    /// The resource an ARN names, if the caller owns it (entity or change set).
    pub(super) fn owned_resource(&self, resource_arn: &str) -> Result<()> {
        let (account, kind, id) = parse_arn(resource_arn)
            .ok_or_else(|| validation(format!("{resource_arn} is not a Marketplace Catalog ARN")))?;
        let found = if kind == "ChangeSet" {
            exists(
                self.tx,
                "SELECT 1 FROM catalog_change_sets WHERE id = ?1 AND owner = ?2",
                &[id, self.caller.as_str()],
            )?
        } else {
            self.load(id)?.is_some_and(|e| e.owner == self.caller.as_str() && e.kind.as_str() == kind)
        };
        if !found || account != self.caller.as_str() {
            return Err(not_found(format!("Resource {resource_arn} not found")));
        }
        Ok(())
    }

    pub(super) fn tags_of(&self, resource_arn: &str) -> Result<Vec<Tag>> {
        let mut stmt =
            self.tx.prepare("SELECT key, value FROM catalog_tags WHERE arn = ?1 ORDER BY key").map_err(db_error)?;
        let tags =
            stmt.query_map([resource_arn], |r| Ok(Tag { key: r.get(0)?, value: r.get(1)? })).map_err(db_error)?;
        tags.collect::<rusqlite::Result<_>>().map_err(db_error)
    }

    pub(super) fn put_tag(&self, resource_arn: &str, tag: &Tag) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO catalog_tags (arn, key, value) VALUES (?1, ?2, ?3) ON CONFLICT (arn, key) DO UPDATE SET value = ?3",
                params![resource_arn, tag.key, tag.value],
            )
            .map_err(db_error)?;
        let count: i64 = self
            .tx
            .query_row("SELECT COUNT(*) FROM catalog_tags WHERE arn = ?1", [resource_arn], |r| r.get(0))
            .map_err(db_error)?;
        if count > MAX_TAGS_PER_RESOURCE as i64 {
            return Err(validation(format!(
                "a resource can have at most {MAX_TAGS_PER_RESOURCE} tags; {resource_arn} would have {count}"
            )));
        }
        Ok(())
    }

    pub(super) fn tag_resource(&self, input: TagResourceInput) -> Result<()> {
        self.owned_resource(&input.resource_arn)?;
        for tag in &input.tags {
            self.put_tag(&input.resource_arn, tag)?;
        }
        Ok(())
    }

    pub(super) fn untag_resource(&self, input: UntagResourceInput) -> Result<()> {
        self.owned_resource(&input.resource_arn)?;
        for key in &input.tag_keys {
            self.tx
                .execute("DELETE FROM catalog_tags WHERE arn = ?1 AND key = ?2", [&input.resource_arn, key])
                .map_err(db_error)?;
        }
        Ok(())
    }

    pub(super) fn put_policy(&self, input: PutResourcePolicyInput) -> Result<()> {
        self.owned_resource(&input.resource_arn)?;
        let doc: Value =
            serde_json::from_str(&input.policy).map_err(|_| validation("Policy is not a JSON document"))?;
        if !doc.get("Statement").is_some_and(|s| s.is_array() || s.is_object()) {
            return Err(validation("Policy needs a Statement"));
        }
        self.tx
            .execute(
                "INSERT INTO catalog_policies (arn, policy) VALUES (?1, ?2) ON CONFLICT (arn) DO UPDATE SET policy = ?2",
                [&input.resource_arn, &input.policy],
            )
            .map_err(db_error)?;
        Ok(())
    }
}

/// Whether a resource policy allows `account` (as a principal account id or root ARN).
pub(super) fn policy_grants(arn: &str, policy: &str, account: &str) -> Result<bool> {
    // PutResourcePolicy stored a JSON document with a Statement (a list or one object).
    let doc: Value = stored::json("catalog_policies", arn, "policy", policy)?;
    let statements = match &doc["Statement"] {
        Value::Array(a) => a.clone(),
        single @ Value::Object(_) => vec![single.clone()],
        _ => return Err(stored::unreadable("catalog_policies", arn, "policy", "the policy has no Statement")),
    };
    Ok(statements.iter().any(|s| {
        s["Effect"] == "Allow" && {
            let principals = match &s["Principal"]["AWS"] {
                Value::String(p) => vec![p.clone()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
                _ => Vec::new(),
            };
            principals.iter().any(|p| p == account || p == &format!("arn:aws:iam::{account}:root"))
        }
    }))
}
