//! The checks of Part C.3, as pure functions of the inventory (and the seller and application reads): each gives
//! findings PASS, FAIL, NOT_EVALUABLE or NOT_APPLICABLE. A read that failed makes the checks it feeds not
//! evaluable; it never fails the audit.

use std::collections::HashSet;

use time::Date;

use super::collect::AuditExtras;
use super::{
    checklist, AuditPolicy, AuditReport, CheckStatus, ChecklistUsed, DeliveryType, EstateAccount, Finding, Inventory,
    ReadError,
};
use crate::model::account::AlternateContactType;
use crate::model::organizations::OrganizationAccountStatus;
use crate::model::region::RegionOptStatus;
use crate::model::AccountId;

/// The service principals whose trusted access or delegated administrator CHK-ORG-SERVICE-ACCESS looks for, with
/// the controls each one indicates.
pub(crate) const SERVICE_PRINCIPALS: &[&str] = &[
    "cloudtrail.amazonaws.com",
    "securityhub.amazonaws.com",
    "guardduty.amazonaws.com",
    "sso.amazonaws.com",
    "access-analyzer.amazonaws.com",
    "health.amazonaws.com",
];

fn principal_controls(msp: &str, principal: &str) -> String {
    let rows: &[&str] = match principal {
        "cloudtrail.amazonaws.com" => &["retail/1.0/tech/1.12", "{msp}/SEC-003 [A-LOGGING]"],
        "securityhub.amazonaws.com" => &["{msp}/SEC-003 [A-STANDARDS]"],
        "guardduty.amazonaws.com" => &["{msp}/SEC-003 [A-POSTURE]"],
        "sso.amazonaws.com" => &["{msp}/SEC-004"],
        "access-analyzer.amazonaws.com" => &["{msp}/SEC-005"],
        "health.amazonaws.com" => &["{msp}/SECP-001"],
        _ => &["{msp}/SEC-003"],
    };
    rows.iter().map(|r| r.replace("{msp}", msp)).collect::<Vec<_>>().join("; ")
}

/// Audit an inventory already gathered (no Marketplace or application reads), as of `as_of`.
pub fn audit_inventory(inventory: &Inventory, policy: &AuditPolicy, as_of: Date) -> AuditReport {
    audit(inventory, &AuditExtras::default(), policy, as_of)
}

struct Audit<'a> {
    inv: &'a Inventory,
    policy: &'a AuditPolicy,
    msp: String,
    findings: Vec<Finding>,
}

impl Audit<'_> {
    fn add(&mut self, check: &str, account: &AccountId, status: CheckStatus, control: String, detail: String) {
        self.findings.push(Finding {
            check: check.into(),
            account_id: account.clone(),
            status,
            control,
            detail,
            contact_type: None,
            resource: None,
        });
    }

    fn last(&mut self) -> &mut Finding {
        self.findings.last_mut().expect("a finding was just added")
    }

    fn org_account(&self) -> AccountId {
        self.inv.organization.as_ref().map(|o| o.master_account_id.clone()).unwrap_or_else(|| self.inv.caller.clone())
    }

    fn contacts_control(&self) -> String {
        format!("{}/SEC-003 [A-CONTACTS]", self.msp)
    }
}

fn not_evaluable(errors: &[&ReadError]) -> String {
    let what: Vec<String> = errors.iter().map(|e| format!("{}: {} ({})", e.operation, e.code, e.message)).collect();
    format!("not evaluable: {}", what.join("; "))
}

fn matches_registry(registry: &[String], email: &str) -> bool {
    let email = email.to_ascii_lowercase();
    registry.iter().any(|entry| {
        let entry = entry.trim().to_ascii_lowercase();
        if entry.starts_with('@') {
            email.ends_with(&entry)
        } else {
            email == entry
        }
    })
}

/// Phone numbers compared by their digits and leading `+` only (`+1 206 555 0100` = `+12065550100`).
fn phone_key(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

pub(crate) fn audit(inv: &Inventory, extras: &AuditExtras, policy: &AuditPolicy, as_of: Date) -> AuditReport {
    let versions = checklist::applicable_msp_versions(as_of, checklist::VersionPurpose::FullAudit, false, &[]);
    let msp_version = versions.versions.first().cloned().unwrap_or_else(|| "7.1".into());
    let mut audit = Audit { inv, policy, msp: format!("msp/{msp_version}"), findings: Vec::new() };
    let accounts: Vec<&EstateAccount> = inv.accounts.iter().collect();
    for account in &accounts {
        contacts(&mut audit, account);
    }
    scp_and_root(&mut audit);
    inventory_checks(&mut audit);
    for account in &accounts {
        single_customer(&mut audit, account);
        region_scope(&mut audit, account);
    }
    service_access(&mut audit);
    landing_zone(&mut audit);
    offboarded(&mut audit);
    marketplace(&mut audit, extras);
    applications(&mut audit, extras);
    let mut notes = versions.notes.join("; ");
    if notes.is_empty() {
        notes = format!("the version current on {as_of} (Part B.2)");
    }
    AuditReport {
        as_of: as_of.to_string(),
        checklists: vec![
            ChecklistUsed {
                name: "AWS MSP Program Validation Checklist".into(),
                version: msp_version,
                released: if versions.versions.first().map(String::as_str) == Some("7.0") {
                    "2024-10".into()
                } else {
                    "2025-08 (valid from 2025-08-29)".into()
                },
                note: notes,
            },
            ChecklistUsed {
                name: "AWS Retail Competency Technology Partner Validation Checklist".into(),
                version: "1.0".into(),
                released: "2019-12".into(),
                note: "the only version".into(),
            },
        ],
        findings: audit.findings,
    }
}

/// CHK-CONTACT-PRIMARY, CHK-CONTACT-ALT-PRESENT (one finding per type), CHK-CONTACT-DL and CHK-CONTACT-PHONE.
fn contacts(audit: &mut Audit<'_>, account: &EstateAccount) {
    let id = &account.account_id;
    let control = audit.contacts_control();
    // Primary contact.
    match (account.read_error("GetContactInformation"), &account.primary_contact) {
        (Some(err), _) => {
            audit.add("CHK-CONTACT-PRIMARY", id, CheckStatus::NotEvaluable, control.clone(), not_evaluable(&[err]))
        }
        (None, Some(c)) if !c.full_name.trim().is_empty() && !c.phone_number.trim().is_empty() => audit.add(
            "CHK-CONTACT-PRIMARY",
            id,
            CheckStatus::Pass,
            control.clone(),
            format!("primary contact {} ({})", c.full_name, c.phone_number),
        ),
        (None, Some(_)) => audit.add(
            "CHK-CONTACT-PRIMARY",
            id,
            CheckStatus::Fail,
            control.clone(),
            "the primary contact lacks a full name or a phone number".into(),
        ),
        (None, None) => {
            audit.add("CHK-CONTACT-PRIMARY", id, CheckStatus::Fail, control.clone(), "no primary contact is set".into())
        }
    }
    // Alternate contacts, per type.
    let mut unreadable: Vec<&ReadError> = Vec::new();
    for contact_type in AlternateContactType::KNOWN {
        let error = account.read_error(&format!("GetAlternateContact({contact_type})"));
        let (status, detail) = match (error, account.alternate_contacts.get(contact_type)) {
            (Some(err), _) => {
                unreadable.push(err);
                (CheckStatus::NotEvaluable, not_evaluable(&[err]))
            }
            (None, Some(c)) => (CheckStatus::Pass, format!("{contact_type} contact {} <{}>", c.name, c.email_address)),
            (None, None) => {
                (CheckStatus::Fail, format!("no {contact_type} alternate contact (ResourceNotFoundException)"))
            }
        };
        audit.add("CHK-CONTACT-ALT-PRESENT", id, status, control.clone(), detail);
        audit.last().contact_type = Some(contact_type.clone());
    }
    let alternates: Vec<_> = AlternateContactType::KNOWN
        .iter()
        .filter_map(|t| account.alternate_contacts.get(t).map(|c| (t.clone(), c)))
        .collect();
    // Distribution lists.
    let policy = audit.policy;
    if !unreadable.is_empty() {
        audit.add("CHK-CONTACT-DL", id, CheckStatus::NotEvaluable, control.clone(), not_evaluable(&unreadable));
    } else if policy.distribution_lists.is_empty() {
        audit.add(
            "CHK-CONTACT-DL",
            id,
            CheckStatus::NotEvaluable,
            control.clone(),
            "no distribution-list registry was given (AuditPolicy.distribution_lists)".into(),
        );
    } else {
        let mut emails: Vec<(String, String)> =
            alternates.iter().map(|(t, c)| (t.to_string(), c.email_address.clone())).collect();
        if policy.include_root_email {
            if let Some(email) = &account.email {
                emails.push(("root".into(), email.clone()));
            }
        }
        let outside: Vec<String> = emails
            .iter()
            .filter(|(_, e)| !matches_registry(&policy.distribution_lists, e))
            .map(|(t, e)| format!("{t} {e}"))
            .collect();
        if emails.is_empty() {
            audit.add("CHK-CONTACT-DL", id, CheckStatus::Fail, control.clone(), "no contact email to check".into());
        } else if outside.is_empty() {
            audit.add(
                "CHK-CONTACT-DL",
                id,
                CheckStatus::Pass,
                control.clone(),
                format!("all {} contact emails are distribution lists", emails.len()),
            );
        } else {
            audit.add(
                "CHK-CONTACT-DL",
                id,
                CheckStatus::Fail,
                control.clone(),
                format!("not in the distribution-list registry: {}", outside.join(", ")),
            );
        }
    }
    // Phones.
    let mut phones: Vec<(String, String)> =
        alternates.iter().map(|(t, c)| (t.to_string(), c.phone_number.clone())).collect();
    if let Some(primary) = &account.primary_contact {
        phones.insert(0, ("primary".into(), primary.phone_number.clone()));
    }
    let mut unreadable_phones = unreadable;
    if let Some(err) = account.read_error("GetContactInformation") {
        unreadable_phones.push(err);
    }
    if !unreadable_phones.is_empty() {
        audit.add("CHK-CONTACT-PHONE", id, CheckStatus::NotEvaluable, control, not_evaluable(&unreadable_phones));
    } else if policy.owned_phone_numbers.is_empty() && policy.personal_phone_numbers.is_empty() {
        audit.add(
            "CHK-CONTACT-PHONE",
            id,
            CheckStatus::NotEvaluable,
            control,
            "no owned-number registry or personal-number denylist was given".into(),
        );
    } else {
        let owned: HashSet<String> = policy.owned_phone_numbers.iter().map(|p| phone_key(p)).collect();
        let personal: HashSet<String> = policy.personal_phone_numbers.iter().map(|p| phone_key(p)).collect();
        let bad: Vec<String> = phones
            .iter()
            .filter(|(_, p)| {
                let key = phone_key(p);
                personal.contains(&key) || (!owned.is_empty() && !owned.contains(&key))
            })
            .map(|(t, p)| format!("{t} {p}"))
            .collect();
        if phones.is_empty() {
            audit.add("CHK-CONTACT-PHONE", id, CheckStatus::Fail, control, "no contact phone to check".into());
        } else if bad.is_empty() {
            audit.add(
                "CHK-CONTACT-PHONE",
                id,
                CheckStatus::Pass,
                control,
                format!("all {} contact phones are owned numbers", phones.len()),
            );
        } else {
            audit.add(
                "CHK-CONTACT-PHONE",
                id,
                CheckStatus::Fail,
                control,
                format!("not owned by the partner or customer: {}", bad.join(", ")),
            );
        }
    }
}

/// Whether a policy document denies everything to the root user: a Deny statement on `*` whose condition matches
/// root principals (`aws:PrincipalArn` like `arn:aws:iam::*:root`).
pub(crate) fn denies_root(content: &str) -> bool {
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(content) else { return false };
    let statements = match &doc["Statement"] {
        serde_json::Value::Array(list) => list.clone(),
        single @ serde_json::Value::Object(_) => vec![single.clone()],
        _ => return false,
    };
    statements.iter().any(|s| {
        let deny = s["Effect"] == "Deny";
        let all = match &s["Action"] {
            serde_json::Value::String(a) => a == "*",
            serde_json::Value::Array(list) => list.iter().any(|a| a == "*"),
            _ => false,
        };
        let root = s["Condition"].as_object().is_some_and(|ops| {
            ops.values().any(|keys| {
                keys.as_object().is_some_and(|keys| {
                    keys.iter().any(|(key, value)| {
                        let values: Vec<&str> = match value {
                            serde_json::Value::String(v) => vec![v.as_str()],
                            serde_json::Value::Array(list) => list.iter().filter_map(|v| v.as_str()).collect(),
                            _ => Vec::new(),
                        };
                        key.eq_ignore_ascii_case("aws:PrincipalArn")
                            && values.iter().any(|v| v.starts_with("arn:aws:iam::") && v.ends_with(":root"))
                    })
                })
            })
        });
        deny && all && root
    })
}

/// CHK-SCP-DENY-ROOT per member and CHK-ROOT-SCOPE for the accounts that need root MFA/no-keys evidence.
fn scp_and_root(audit: &mut Audit<'_>) {
    let inv = audit.inv;
    let scp_control = format!("{}/SEC-003 [A-ROOT] (recommended); retail/1.0/tech/1.1", audit.msp);
    let scope_control = format!("{}/SEC-003 [A-ROOT]", audit.msp);
    let Some(org) = &inv.organization else {
        // A standalone account: no SCPs; it needs root evidence itself.
        for account in &inv.accounts {
            audit.add(
                "CHK-SCP-DENY-ROOT",
                &account.account_id,
                CheckStatus::NotApplicable,
                scp_control.clone(),
                "a standalone account: no organization, no SCPs".into(),
            );
            audit.add(
                "CHK-ROOT-SCOPE",
                &account.account_id,
                CheckStatus::NotEvaluable,
                scope_control.clone(),
                "standalone: root MFA and no root access keys need evidence (IAM, out of scope)".into(),
            );
        }
        return;
    };
    let tree_errors: Vec<&ReadError> = inv
        .read_errors
        .iter()
        .filter(|e| e.operation.starts_with("List") || e.operation.starts_with("DescribePolicy"))
        .collect();
    let denying: HashSet<&str> =
        inv.policies.iter().filter(|p| p.content.as_deref().is_some_and(denies_root)).map(|p| p.id.as_str()).collect();
    for account in &inv.accounts {
        let id = &account.account_id;
        if account.management {
            audit.add(
                "CHK-SCP-DENY-ROOT",
                id,
                CheckStatus::NotApplicable,
                scp_control.clone(),
                "SCPs do not apply to the management account".into(),
            );
            audit.add(
                "CHK-ROOT-SCOPE",
                id,
                CheckStatus::NotEvaluable,
                scope_control.clone(),
                "management account: root MFA and no root access keys need evidence (IAM, out of scope)".into(),
            );
            continue;
        }
        let (status, detail) = if !inv.all_features() {
            (CheckStatus::Fail, format!("{} has consolidated billing only: no SCPs are possible", org.id))
        } else if !tree_errors.is_empty() || account.read_error("ListPoliciesForTarget").is_some() {
            let mut errors = tree_errors.clone();
            errors.extend(account.read_error("ListPoliciesForTarget"));
            (CheckStatus::NotEvaluable, not_evaluable(&errors))
        } else if !inv.scps_enabled {
            (CheckStatus::Fail, "the SERVICE_CONTROL_POLICY type is not enabled on the root".into())
        } else {
            // Policies on the account, its units and the root.
            let mut attached: Vec<(&str, String)> =
                account.policy_ids.iter().map(|p| (p.as_str(), "the account".to_owned())).collect();
            for unit_id in &account.ou_ids {
                if let Some(unit) = inv.units.iter().find(|u| &u.id == unit_id) {
                    attached
                        .extend(unit.policy_ids.iter().map(|p| (p.as_str(), format!("unit {}", unit.path.join("/")))));
                }
            }
            attached.extend(inv.root_policy_ids.iter().map(|p| (p.as_str(), "the root".to_owned())));
            match attached.iter().find(|(p, _)| denying.contains(p)) {
                Some((policy, on)) => (CheckStatus::Pass, format!("root denied by {policy} attached to {on}")),
                None => (CheckStatus::Fail, "no SCP that denies the root user applies to this account".into()),
            }
        };
        let uncovered = status != CheckStatus::Pass;
        audit.add("CHK-SCP-DENY-ROOT", id, status, scp_control.clone(), detail);
        if uncovered {
            audit.add(
                "CHK-ROOT-SCOPE",
                id,
                CheckStatus::NotEvaluable,
                scope_control.clone(),
                "not covered by a root-deny SCP: root MFA and no root access keys need evidence (IAM, out of scope)"
                    .into(),
            );
        }
    }
}

/// CHK-ACCOUNT-INVENTORY: every account of the organization, with its place, customer and production flag.
fn inventory_checks(audit: &mut Audit<'_>) {
    let inv = audit.inv;
    let control = format!("{0}/OPS-002; {0}/OPS-003; {0}/SEC-003", audit.msp);
    if let Some(err) = inv.read_error("ListAccounts") {
        let detail = not_evaluable(&[err]);
        audit.add("CHK-ACCOUNT-INVENTORY", &inv.caller.clone(), CheckStatus::NotEvaluable, control, detail);
        return;
    }
    let production_key = audit.policy.production_tag.clone().unwrap_or_else(|| "production".into());
    for account in &inv.accounts {
        let production = account.tags.get(&production_key).is_some_and(|v| v.eq_ignore_ascii_case("true"));
        let role = if account.management { "management account" } else { "member" };
        let place = if account.ou_path.is_empty() { "Root".to_owned() } else { format!("Root/{}", account.path()) };
        let status = account.status.clone().unwrap_or(OrganizationAccountStatus::Unknown("UNKNOWN".into()));
        let org = inv.organization.as_ref().map(|o| o.id.to_string()).unwrap_or_else(|| "no organization".into());
        let active = matches!(account.status, Some(OrganizationAccountStatus::Active) | None);
        audit.add(
            "CHK-ACCOUNT-INVENTORY",
            &account.account_id,
            if active { CheckStatus::Pass } else { CheckStatus::Fail },
            control.clone(),
            format!("{role} of {org} at {place}, {status}, production={production}"),
        );
    }
}

/// CHK-SINGLE-CUSTOMER: the customer tag and the customer units on the path must name at most one customer.
fn single_customer(audit: &mut Audit<'_>, account: &EstateAccount) {
    let control = format!("{}/PLAT-001", audit.msp);
    let id = &account.account_id;
    if account.management {
        audit.add("CHK-SINGLE-CUSTOMER", id, CheckStatus::NotApplicable, control, "the management account".into());
        return;
    }
    if let Some(err) = account.read_error("ListTagsForResource") {
        audit.add("CHK-SINGLE-CUSTOMER", id, CheckStatus::NotEvaluable, control, not_evaluable(&[err]));
        return;
    }
    let tag = audit.policy.customer_tag.clone().unwrap_or_else(|| "customer".into());
    let prefix = audit.policy.customer_unit_prefix.clone().unwrap_or_else(|| "customer-".into()).to_ascii_lowercase();
    let mut customers: Vec<(String, String)> = Vec::new();
    if let Some(value) = account.tags.get(&tag) {
        customers.push((value.to_ascii_lowercase(), format!("tag {tag}={value}")));
    }
    for unit in &account.ou_path {
        if let Some(rest) = unit.to_ascii_lowercase().strip_prefix(&prefix) {
            customers.push((rest.to_owned(), format!("unit {unit}")));
        }
    }
    let distinct: HashSet<&str> = customers.iter().map(|(c, _)| c.as_str()).collect();
    let sources: Vec<&str> = customers.iter().map(|(_, s)| s.as_str()).collect();
    match distinct.len() {
        0 => audit.add(
            "CHK-SINGLE-CUSTOMER",
            id,
            CheckStatus::NotApplicable,
            control,
            format!("no customer mapping (tag {tag} or a {prefix}* unit): not a customer account"),
        ),
        1 => audit.add(
            "CHK-SINGLE-CUSTOMER",
            id,
            CheckStatus::Pass,
            control,
            format!("one customer: {}", sources.join(", ")),
        ),
        _ => audit.add(
            "CHK-SINGLE-CUSTOMER",
            id,
            CheckStatus::Fail,
            control,
            format!("mapped to more than one customer: {}", sources.join(", ")),
        ),
    }
}

/// CHK-REGION-SCOPE: the Regions "all Regions" controls cover (ENABLED and ENABLED_BY_DEFAULT), with Regions in
/// transition flagged for a re-check.
fn region_scope(audit: &mut Audit<'_>, account: &EstateAccount) {
    let control = format!(
        "retail/1.0/tech/1.12; retail/1.0/tech/2.13; {0}/SEC-003 [A-LOGGING]; {0}/SEC-003 [A-STANDARDS]",
        audit.msp
    );
    let id = &account.account_id;
    if let Some(err) = account.read_error("ListRegions") {
        audit.add("CHK-REGION-SCOPE", id, CheckStatus::NotEvaluable, control, not_evaluable(&[err]));
        return;
    }
    let in_scope: Vec<&str> =
        account.regions.iter().filter(|r| r.region_opt_status.is_usable()).map(|r| r.region_name.as_str()).collect();
    let moving: Vec<String> = account
        .regions
        .iter()
        .filter(|r| matches!(r.region_opt_status, RegionOptStatus::Enabling | RegionOptStatus::Disabling))
        .map(|r| format!("{} ({})", r.region_name, r.region_opt_status))
        .collect();
    let excluded = account.regions.iter().filter(|r| r.region_opt_status == RegionOptStatus::Disabled).count();
    let mut detail = format!("in scope ({}): {}; {excluded} disabled excluded", in_scope.len(), in_scope.join(", "));
    let status = if moving.is_empty() {
        CheckStatus::Pass
    } else {
        detail.push_str(&format!("; transitional, re-check: {}", moving.join(", ")));
        CheckStatus::NotEvaluable
    };
    audit.add("CHK-REGION-SCOPE", id, status, control, detail);
}

/// CHK-ORG-SERVICE-ACCESS: trusted access or a delegated administrator for each security service.
fn service_access(audit: &mut Audit<'_>) {
    let inv = audit.inv;
    let who = audit.org_account();
    let principals: Vec<String> = if audit.policy.service_principals.is_empty() {
        SERVICE_PRINCIPALS.iter().map(|s| (*s).to_owned()).collect()
    } else {
        audit.policy.service_principals.clone()
    };
    let error =
        inv.read_error("ListAWSServiceAccessForOrganization").or_else(|| inv.read_error("ListDelegatedAdministrators"));
    for principal in principals {
        let control = principal_controls(&audit.msp, &principal);
        let (status, detail) = if inv.organization.is_none() {
            (CheckStatus::NotApplicable, "no organization".to_owned())
        } else if let Some(err) = inv.read_error("ListAccounts").or(error) {
            (CheckStatus::NotEvaluable, not_evaluable(&[err]))
        } else {
            let trusted = inv.service_access.iter().any(|s| s == &principal);
            let admins: Vec<String> = inv
                .delegated_administrators
                .iter()
                .filter(|d| d.service_principal == principal)
                .map(|d| d.account_id.to_string())
                .collect();
            match (trusted, admins.is_empty()) {
                (false, true) => {
                    (CheckStatus::Fail, format!("{principal}: no trusted access, no delegated administrator"))
                }
                _ => (
                    CheckStatus::Pass,
                    format!(
                        "{principal}: trusted access {}; delegated administrators: {}",
                        if trusted { "enabled" } else { "not enabled" },
                        if admins.is_empty() { "none".into() } else { admins.join(", ") }
                    ),
                ),
            }
        };
        audit.add("CHK-ORG-SERVICE-ACCESS", &who, status, control, detail);
        audit.last().resource = Some(principal);
    }
}

/// CHK-LZ-STRUCTURE: the multi-account structure, rendered as evidence.
fn landing_zone(audit: &mut Audit<'_>) {
    let inv = audit.inv;
    let control = format!("{}/OPS-017 (landing zone)", audit.msp);
    let who = audit.org_account();
    if inv.organization.is_none() {
        audit.add("CHK-LZ-STRUCTURE", &who, CheckStatus::NotApplicable, control, "no organization".into());
        return;
    }
    let errors: Vec<&ReadError> = inv.read_errors.iter().filter(|e| e.operation.starts_with("List")).collect();
    if !errors.is_empty() {
        audit.add("CHK-LZ-STRUCTURE", &who, CheckStatus::NotEvaluable, control, not_evaluable(&errors));
        return;
    }
    let policy_names = |ids: &[String]| -> String {
        let names: Vec<&str> = ids
            .iter()
            .filter_map(|id| inv.policies.iter().find(|p| &p.id == id))
            .filter(|p| !p.aws_managed)
            .map(|p| p.name.as_str())
            .collect();
        if names.is_empty() {
            String::new()
        } else {
            format!(" [SCP {}]", names.join(", "))
        }
    };
    let at_root = inv.accounts.iter().filter(|a| a.ou_ids.is_empty()).count();
    let mut lines = vec![format!("Root{} ({at_root} accounts)", policy_names(&inv.root_policy_ids))];
    let mut units: Vec<&super::EstateUnit> = inv.units.iter().collect();
    units.sort_by(|a, b| a.path.cmp(&b.path));
    for unit in units {
        let count = inv.accounts.iter().filter(|a| a.parent_id.as_deref() == Some(unit.id.as_str())).count();
        lines.push(format!("Root/{}{} ({count} accounts)", unit.path.join("/"), policy_names(&unit.policy_ids)));
    }
    audit.add("CHK-LZ-STRUCTURE", &who, CheckStatus::Pass, control, lines.join("; "));
}

/// CHK-OFFBOARDED: offboarded accounts are out of the organization and keep no partner contacts.
fn offboarded(audit: &mut Audit<'_>) {
    let inv = audit.inv;
    let control = format!("{}/GOV-003", audit.msp);
    for id in audit.policy.offboarded_accounts.clone() {
        let Some(account) = inv.account(&id) else {
            let (status, detail) = match inv.read_error("ListAccounts") {
                Some(err) => (CheckStatus::NotEvaluable, not_evaluable(&[err])),
                None => (
                    CheckStatus::Pass,
                    "not in the organization (its contacts can no longer be read from here)".to_owned(),
                ),
            };
            audit.add("CHK-OFFBOARDED", &id, status, control.clone(), detail);
            continue;
        };
        let domains: Vec<String> =
            audit.policy.partner_email_domains.iter().map(|d| d.trim_start_matches('@').to_ascii_lowercase()).collect();
        let partner: Vec<String> = AlternateContactType::KNOWN
            .iter()
            .filter_map(|t| account.alternate_contacts.get(t).map(|c| (t, c)))
            .filter(|(_, c)| domains.iter().any(|d| c.email_address.to_ascii_lowercase().ends_with(&format!("@{d}"))))
            .map(|(t, c)| format!("{t} {}", c.email_address))
            .collect();
        let mut detail = "still in the partner's organization".to_owned();
        if !partner.is_empty() {
            detail.push_str(&format!("; partner contacts: {}", partner.join(", ")));
        }
        audit.add("CHK-OFFBOARDED", &id, CheckStatus::Fail, control.clone(), detail);
    }
}

/// The Retail Marketplace checks, in the calling (seller) account.
fn marketplace(audit: &mut Audit<'_>, extras: &AuditExtras) {
    let seller = audit.inv.caller.clone();
    let policy = audit.policy;
    let products = extras.products.as_ref();
    // 4.3: a public listing.
    let control = "retail/1.0/prereq/4.3".to_owned();
    match (policy.retail_marketplace_listing, products) {
        (None, _) => audit.add(
            "CHK-MP-PUBLIC-LISTING",
            &seller,
            CheckStatus::NotApplicable,
            control,
            "4.3 not answered (AuditPolicy.retail_marketplace_listing)".into(),
        ),
        (Some(false), _) => audit.add(
            "CHK-MP-PUBLIC-LISTING",
            &seller,
            CheckStatus::NotApplicable,
            control,
            "4.3 answered No: no further information required".into(),
        ),
        (Some(true), None) => audit.add(
            "CHK-MP-PUBLIC-LISTING",
            &seller,
            CheckStatus::NotEvaluable,
            control,
            "the Marketplace catalog was not read (AuditPolicy.marketplace is off)".into(),
        ),
        (Some(true), Some(Err(err))) => {
            audit.add("CHK-MP-PUBLIC-LISTING", &seller, CheckStatus::NotEvaluable, control, not_evaluable(&[err]))
        }
        (Some(true), Some(Ok(list))) => {
            let public: Vec<&(String, String, String)> = list.iter().filter(|(_, _, v)| v == "Public").collect();
            if let Some((kind, id, _)) = public.first() {
                audit.add(
                    "CHK-MP-PUBLIC-LISTING",
                    &seller,
                    CheckStatus::Pass,
                    control,
                    format!("public {kind} {id}: https://aws.amazon.com/marketplace/pp/{id}"),
                );
                audit.last().resource = Some(id.clone());
            } else {
                let others: Vec<String> = list.iter().map(|(k, id, v)| format!("{k} {id} ({v})")).collect();
                audit.add(
                    "CHK-MP-PUBLIC-LISTING",
                    &seller,
                    CheckStatus::Fail,
                    control,
                    format!(
                        "4.3 answered Yes but no product is Public (private offers on Limited products are not a \
                         listing){}",
                        if others.is_empty() { String::new() } else { format!("; products: {}", others.join(", ")) }
                    ),
                );
            }
        }
    }
    // 1.3: delivery type against the products and applications.
    let control = "retail/1.0/prereq/1.3 (inferred)".to_owned();
    match (&policy.retail_delivery_type, products) {
        (None, _) => audit.add(
            "CHK-MP-DELIVERY-CONSISTENCY",
            &seller,
            CheckStatus::NotApplicable,
            control,
            "no delivery type given (AuditPolicy.retail_delivery_type)".into(),
        ),
        (Some(_), None) => audit.add(
            "CHK-MP-DELIVERY-CONSISTENCY",
            &seller,
            CheckStatus::NotEvaluable,
            control,
            "the Marketplace catalog was not read".into(),
        ),
        (Some(_), Some(Err(err))) => {
            audit.add("CHK-MP-DELIVERY-CONSISTENCY", &seller, CheckStatus::NotEvaluable, control, not_evaluable(&[err]))
        }
        (Some(delivery), Some(Ok(list))) => {
            let has = |kinds: &[&str]| list.iter().any(|(k, _, _)| kinds.contains(&k.as_str()));
            let sar =
                extras.applications.get(&seller).and_then(|r| r.as_ref().ok()).is_some_and(|apps| !apps.is_empty());
            let (ok, expected) = match delivery {
                DeliveryType::Saas => (has(&["SaaSProduct"]), "a SaaSProduct"),
                _ => (
                    has(&["AmiProduct", "ContainerProduct"]) || sar,
                    "an AMI or container product, or a SAR application",
                ),
            };
            audit.add(
                "CHK-MP-DELIVERY-CONSISTENCY",
                &seller,
                if ok { CheckStatus::Pass } else { CheckStatus::Fail },
                control,
                format!("{delivery} delivery expects {expected}: {}", if ok { "found" } else { "none found" }),
            );
        }
    }
    // 1.4: a lower bound on the customer count.
    let control = "retail/1.0/prereq/1.4 (inferred)".to_owned();
    match &extras.acceptors {
        None => audit.add(
            "CHK-MP-CUSTOMER-LOWER-BOUND",
            &seller,
            CheckStatus::NotApplicable,
            control,
            "the Marketplace agreements were not read (AuditPolicy.marketplace is off)".into(),
        ),
        Some(Err(err)) => {
            audit.add("CHK-MP-CUSTOMER-LOWER-BOUND", &seller, CheckStatus::NotEvaluable, control, not_evaluable(&[err]))
        }
        Some(Ok(acceptors)) => {
            let n = acceptors.len();
            let (status, detail) = match policy.retail_customer_count {
                Some(stated) if (stated as usize) < n => (
                    CheckStatus::Fail,
                    format!("{n} distinct buyers hold active agreements, more than the {stated} customers stated"),
                ),
                Some(stated) => (
                    CheckStatus::Pass,
                    format!("at least {n} customers buy through Marketplace; {stated} stated (others are invisible)"),
                ),
                None => (CheckStatus::Pass, format!("at least {n} customers buy through Marketplace")),
            };
            audit.add("CHK-MP-CUSTOMER-LOWER-BOUND", &seller, status, control, detail);
        }
    }
}

/// CHK-SAR-PUBLIC: applications whose policy shares them with everyone (not narrowed to organizations).
fn applications(audit: &mut Audit<'_>, extras: &AuditExtras) {
    let control = format!("{}/SECP-002 (inferred extension)", audit.msp);
    for (account, result) in &extras.applications {
        match result {
            Err(err) => {
                audit.add("CHK-SAR-PUBLIC", account, CheckStatus::NotEvaluable, control.clone(), not_evaluable(&[err]))
            }
            Ok(apps) => {
                let public: Vec<&String> = apps.iter().filter(|(_, p)| *p).map(|(id, _)| id).collect();
                if public.is_empty() {
                    audit.add(
                        "CHK-SAR-PUBLIC",
                        account,
                        CheckStatus::Pass,
                        control.clone(),
                        format!("{} applications, none shared publicly", apps.len()),
                    );
                }
                for id in public {
                    audit.add(
                        "CHK-SAR-PUBLIC",
                        account,
                        CheckStatus::Fail,
                        control.clone(),
                        "publicly shared (Principals [\"*\"]): review under SECP-002".into(),
                    );
                    audit.last().resource = Some(id.clone());
                }
            }
        }
    }
}
