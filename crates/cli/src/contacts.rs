//! The contacts file: one table per alternate contact type, each with `name`, `title`, `email` and `phone`.
//!
//! ```toml
//! [SECURITY]
//! name = "Security Team"
//! title = "CISO"
//! email = "security@lists.example.com"
//! phone = "+1 206 555 0100"
//! ```
//!
//! Every error names the file, the line and the field, and the service's own rules (lengths, patterns) are checked
//! here, before any call.

use std::path::Path;

use marketplane::model::account::{AlternateContact, AlternateContactType};
use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: Spanned<String>,
    title: Spanned<String>,
    email: Spanned<String>,
    phone: Spanned<String>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Read and check the contacts file at `path`.
pub fn load(path: &Path) -> Result<Vec<AlternateContact>, String> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read the contacts file: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}:{e}", path.display()))
}

/// Parse contacts file text; errors read `LINE: field: rule`.
pub fn parse(text: &str) -> Result<Vec<AlternateContact>, String> {
    let tables: std::collections::BTreeMap<Spanned<String>, Spanned<Entry>> = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
        format!("{line}: {}", e.message())
    })?;
    if tables.is_empty() {
        return Err("1: the file has no [SECURITY], [BILLING] or [OPERATIONS] table".into());
    }
    let mut contacts = Vec::new();
    for (key, entry) in tables {
        let line = line_of(text, key.span().start);
        let contact_type = AlternateContactType::parse_known(key.get_ref(), "table").map_err(|_| {
            format!("{line}: [{}]: not a contact type; use [SECURITY], [BILLING] or [OPERATIONS]", key.get_ref())
        })?;
        let entry = entry.into_inner();
        let contact = AlternateContact::new(
            contact_type,
            entry.name.get_ref().clone(),
            entry.title.get_ref().clone(),
            entry.email.get_ref().clone(),
            entry.phone.get_ref().clone(),
        );
        if let Err(err) = contact.validate() {
            let field = err.field_errors().first().map(|f| f.name.clone()).unwrap_or_default();
            let (name, span) = match field.as_str() {
                "Name" => ("name", entry.name.span()),
                "Title" => ("title", entry.title.span()),
                "EmailAddress" => ("email", entry.email.span()),
                _ => ("phone", entry.phone.span()),
            };
            let message = err.field_errors().first().map(|f| f.message.clone()).unwrap_or_else(|| err.message().into());
            return Err(format!("{}: [{}].{name}: {message}", line_of(text, span.start), key.get_ref()));
        }
        contacts.push(contact);
    }
    Ok(contacts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "[SECURITY]\nname = \"Sec\"\ntitle = \"CISO\"\nemail = \"sec@lists.example.com\"\nphone = \"+1 206 555 0100\"\n\n[BILLING]\nname = \"Bill\"\ntitle = \"CFO\"\nemail = \"billing@lists.example.com\"\nphone = \"+1 206 555 0101\"\n";

    #[test]
    fn a_good_file_gives_one_contact_per_table() {
        let contacts = parse(GOOD).unwrap();
        let types: Vec<&str> = contacts.iter().map(|c| c.alternate_contact_type.as_str()).collect();
        assert_eq!(types, ["BILLING", "SECURITY"]);
    }

    #[test]
    fn errors_name_the_line_and_the_field() {
        let bad_email = GOOD.replace("billing@lists.example.com", "not an email");
        let err = parse(&bad_email).unwrap_err();
        assert!(err.starts_with("10: [BILLING].email:"), "{err}");
        let unknown = GOOD.replace("[BILLING]", "[BILLNG]");
        assert!(
            parse(&unknown).unwrap_err().starts_with("7: [BILLNG]: not a contact type"),
            "{}",
            parse(&unknown).unwrap_err()
        );
        let missing = GOOD.replace("phone = \"+1 206 555 0101\"\n", "");
        let err = parse(&missing).unwrap_err();
        assert!(err.contains("phone"), "{err}");
        let extra = GOOD.replace("title = \"CISO\"", "title = \"CISO\"\nmobile = \"1\"");
        let err = parse(&extra).unwrap_err();
        assert!(err.starts_with("4: ") && err.contains("mobile"), "{err}");
        assert!(parse("").unwrap_err().contains("no [SECURITY]"));
    }
}
