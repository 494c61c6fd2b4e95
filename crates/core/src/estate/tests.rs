//! Part D's estate vectors (18–30, 40) on hand-built inventories: the checks as pure functions. The same checks run
//! end to end over the local engine and the emulator in `crates/emulator/tests/conformance_estate.rs`.

use time::macros::date;

use super::collect::AuditExtras;
use super::*;
use crate::model::account::{AlternateContact, AlternateContactType as T, ContactInformation};
use crate::model::organizations::{Organization, OrganizationAccountStatus, OrganizationFeatureSet};
use crate::model::region::{Region, RegionOptStatus};

const M: &str = "123456789012";
const DENY_ROOT: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringLike":{"aws:PrincipalArn":"arn:aws:iam::*:root"}}}]}"#;

fn id(s: &str) -> AccountId {
    s.parse().unwrap()
}

fn org(features: OrganizationFeatureSet) -> Organization {
    Organization {
        id: "o-aa111bb222".parse().unwrap(),
        arn: "arn:aws:organizations::123456789012:organization/o-aa111bb222".into(),
        feature_set: features,
        master_account_arn: String::new(),
        master_account_id: id(M),
        master_account_email: None,
        available_policy_types: Vec::new(),
    }
}

fn contact(t: T, email: &str, phone: &str) -> AlternateContact {
    AlternateContact::new(t, "Team", "Lead", email, phone)
}

fn primary(phone: &str) -> ContactInformation {
    ContactInformation::builder("Ops Desk", "1 Main St", "Seattle", "98101", "US", phone)
        .state_or_region("WA")
        .build()
        .unwrap()
}

fn account(account_id: &str, unit: Option<(&str, &str)>) -> EstateAccount {
    EstateAccount {
        account_id: id(account_id),
        name: Some(format!("acct {account_id}")),
        email: Some(format!("root+{account_id}@lists.partner.example")),
        status: Some(OrganizationAccountStatus::Active),
        joined_method: None,
        management: account_id == M,
        parent_id: Some(unit.map(|(id, _)| id.to_owned()).unwrap_or_else(|| "r-aa11".into())),
        ou_path: unit.map(|(_, name)| vec![name.to_owned()]).unwrap_or_default(),
        ou_ids: unit.map(|(id, _)| vec![id.to_owned()]).unwrap_or_default(),
        tags: Default::default(),
        policy_ids: vec!["p-FullAWSAccess".into()],
        primary_contact: Some(primary("+1 206 555 0100")),
        alternate_contacts: AlternateContacts {
            billing: Some(contact(T::Billing, "billing@lists.partner.example", "+1 206 555 0101")),
            operations: Some(contact(T::Operations, "ops@lists.partner.example", "+1 206 555 0102")),
            security: Some(contact(T::Security, "security@lists.partner.example", "+1 206 555 0103")),
            not_evaluable: Vec::new(),
        },
        regions: vec![Region {
            region_name: "us-east-1".parse().unwrap(),
            region_opt_status: RegionOptStatus::EnabledByDefault,
        }],
        read_errors: Vec::new(),
    }
}

fn unit(id: &str, name: &str, policies: &[&str]) -> EstateUnit {
    EstateUnit {
        id: id.into(),
        name: name.into(),
        parent_id: "r-aa11".into(),
        path: vec![name.into()],
        policy_ids: policies.iter().map(|p| (*p).to_owned()).collect(),
    }
}

fn inventory(accounts: Vec<EstateAccount>) -> Inventory {
    Inventory {
        caller: id(M),
        organization: Some(org(OrganizationFeatureSet::All)),
        root_id: Some("r-aa11".into()),
        scps_enabled: true,
        root_policy_ids: vec!["p-FullAWSAccess".into()],
        units: Vec::new(),
        policies: vec![
            EstatePolicy {
                id: "p-FullAWSAccess".into(),
                name: "FullAWSAccess".into(),
                aws_managed: true,
                content: Some(
                    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#.into(),
                ),
            },
            EstatePolicy {
                id: "p-denyroot01".into(),
                name: "DenyRootUser".into(),
                aws_managed: false,
                content: Some(DENY_ROOT.into()),
            },
        ],
        service_access: vec!["account.amazonaws.com".into()],
        delegated_administrators: Vec::new(),
        accounts,
        read_errors: Vec::new(),
    }
}

fn registries() -> AuditPolicy {
    AuditPolicy {
        distribution_lists: vec!["@lists.partner.example".into()],
        owned_phone_numbers: (100..=103).map(|n| format!("+1 206 555 0{n}")).collect(),
        ..AuditPolicy::default()
    }
}

fn statuses(report: &AuditReport, check: &str, account: &str) -> Vec<CheckStatus> {
    report.of(check, Some(&id(account))).into_iter().map(|f| f.status.clone()).collect()
}

fn run(inv: &Inventory, policy: &AuditPolicy) -> AuditReport {
    audit_inventory(inv, policy, date!(2026 - 03 - 16))
}

#[test]
fn vector_18_every_contact_check_passes() {
    let report = run(&inventory(vec![account(M, None), account("111111111111", None)]), &registries());
    for check in ["CHK-CONTACT-PRIMARY", "CHK-CONTACT-DL", "CHK-CONTACT-PHONE"] {
        assert_eq!(statuses(&report, check, "111111111111"), [CheckStatus::Pass], "{check}");
    }
    assert_eq!(
        statuses(&report, "CHK-CONTACT-ALT-PRESENT", "111111111111"),
        [CheckStatus::Pass, CheckStatus::Pass, CheckStatus::Pass]
    );
    let f = report.of("CHK-CONTACT-ALT-PRESENT", Some(&id("111111111111")));
    assert_eq!(f.iter().map(|f| f.contact_type.clone().unwrap()).collect::<Vec<_>>(), T::KNOWN);
    assert!(f.iter().all(|f| f.control == "msp/7.1/SEC-003 [A-CONTACTS]"));
    assert_eq!(report.checklists[0].version, "7.1");
    assert_eq!(report.checklists[1].version, "1.0");
}

#[test]
fn vector_19_a_missing_security_contact_fails() {
    let mut b = account("222222222222", None);
    b.alternate_contacts.security = None;
    let report = run(&inventory(vec![account(M, None), b]), &registries());
    let f = report.of("CHK-CONTACT-ALT-PRESENT", Some(&id("222222222222")));
    let security = f.iter().find(|f| f.contact_type == Some(T::Security)).unwrap();
    assert_eq!(security.status, CheckStatus::Fail);
    assert!(security.detail.contains("ResourceNotFoundException"));
    assert!(report.has_failures());
}

#[test]
fn vector_20_an_address_outside_the_registry_fails_dl() {
    let mut a = account("111111111111", None);
    a.alternate_contacts.operations = Some(contact(T::Operations, "jane.doe@partner.example", "+1 206 555 0102"));
    let report = run(&inventory(vec![a]), &registries());
    let f = &report.of("CHK-CONTACT-DL", Some(&id("111111111111")))[0];
    assert_eq!(f.status, CheckStatus::Fail);
    assert!(f.detail.contains("OPERATIONS jane.doe@partner.example"), "{}", f.detail);
    // Without a registry the check cannot be decided.
    let report = run(&inventory(vec![account("111111111111", None)]), &AuditPolicy::default());
    assert_eq!(statuses(&report, "CHK-CONTACT-DL", "111111111111"), [CheckStatus::NotEvaluable]);
}

#[test]
fn vector_21_a_personal_primary_phone_fails() {
    let mut a = account("111111111111", None);
    a.primary_contact = Some(primary("+1 555 010 9999"));
    let policy = AuditPolicy { personal_phone_numbers: vec!["+15550109999".into()], ..AuditPolicy::default() };
    let report = run(&inventory(vec![a]), &policy);
    let f = &report.of("CHK-CONTACT-PHONE", Some(&id("111111111111")))[0];
    assert_eq!(f.status, CheckStatus::Fail);
    assert!(f.detail.contains("primary"));
}

fn denied(operation: &str) -> ReadError {
    ReadError {
        operation: operation.into(),
        code: "AccessDeniedException".into(),
        message: "no".into(),
        access_denied: true,
    }
}

#[test]
fn vectors_22_and_23_access_denied_is_not_evaluable_and_billing_only_orgs_have_no_scps() {
    // 22: consolidated billing only; 23: no trusted access. Either way member reads are refused.
    let mut member = account("111111111111", None);
    member.primary_contact = None;
    member.alternate_contacts = AlternateContacts::default();
    member.read_errors = vec![
        denied("GetContactInformation"),
        denied("GetAlternateContact(BILLING)"),
        denied("GetAlternateContact(OPERATIONS)"),
        denied("GetAlternateContact(SECURITY)"),
    ];
    let mut inv = inventory(vec![account(M, None), member]);
    inv.organization = Some(org(OrganizationFeatureSet::ConsolidatedBilling));
    inv.scps_enabled = false;
    let report = run(&inv, &registries());
    for check in ["CHK-CONTACT-PRIMARY", "CHK-CONTACT-DL", "CHK-CONTACT-PHONE"] {
        assert_eq!(statuses(&report, check, "111111111111"), [CheckStatus::NotEvaluable], "{check}");
    }
    assert_eq!(
        statuses(&report, "CHK-CONTACT-ALT-PRESENT", "111111111111"),
        [CheckStatus::NotEvaluable, CheckStatus::NotEvaluable, CheckStatus::NotEvaluable]
    );
    // The management account's own contacts are still checked.
    assert_eq!(
        statuses(&report, "CHK-CONTACT-ALT-PRESENT", M),
        [CheckStatus::Pass, CheckStatus::Pass, CheckStatus::Pass]
    );
    let scp = &report.of("CHK-SCP-DENY-ROOT", Some(&id("111111111111")))[0];
    assert_eq!(scp.status, CheckStatus::Fail);
    assert!(scp.detail.contains("consolidated billing"));
    assert_eq!(statuses(&report, "CHK-ROOT-SCOPE", "111111111111"), [CheckStatus::NotEvaluable]);
}

#[test]
fn vector_24_a_root_deny_scp_at_the_root_covers_every_member() {
    let members: Vec<EstateAccount> = (1..=12).map(|n| account(&format!("1000000000{n:02}"), None)).collect();
    let mut accounts = vec![account(M, None)];
    accounts.extend(members);
    let mut inv = inventory(accounts);
    inv.root_policy_ids.push("p-denyroot01".into());
    let report = run(&inv, &registries());
    let scp = report.of("CHK-SCP-DENY-ROOT", None);
    assert_eq!(scp.iter().filter(|f| f.status == CheckStatus::Pass).count(), 12);
    assert_eq!(statuses(&report, "CHK-SCP-DENY-ROOT", M), [CheckStatus::NotApplicable]);
    let scope: Vec<String> = report.of("CHK-ROOT-SCOPE", None).iter().map(|f| f.account_id.to_string()).collect();
    assert_eq!(scope, [M]);
}

#[test]
fn vector_25_a_deny_on_prod_only_leaves_sandbox_uncovered() {
    let mut inv = inventory(vec![
        account(M, None),
        account("111111111111", Some(("ou-aa11-prod0001", "Prod"))),
        account("333333333333", Some(("ou-aa11-sand0001", "Sandbox"))),
    ]);
    inv.units = vec![
        unit("ou-aa11-prod0001", "Prod", &["p-FullAWSAccess", "p-denyroot01"]),
        unit("ou-aa11-sand0001", "Sandbox", &["p-FullAWSAccess"]),
    ];
    let report = run(&inv, &registries());
    assert_eq!(statuses(&report, "CHK-SCP-DENY-ROOT", "111111111111"), [CheckStatus::Pass]);
    assert_eq!(statuses(&report, "CHK-SCP-DENY-ROOT", "333333333333"), [CheckStatus::Fail]);
    let mut scope: Vec<String> = report.of("CHK-ROOT-SCOPE", None).iter().map(|f| f.account_id.to_string()).collect();
    scope.sort();
    assert_eq!(scope, ["123456789012", "333333333333"]);
    let lz = &report.of("CHK-LZ-STRUCTURE", None)[0];
    assert!(lz.detail.contains("Root/Prod [SCP DenyRootUser] (1 accounts)"), "{}", lz.detail);
}

#[test]
fn vector_26_tag_and_unit_naming_different_customers_fails() {
    let mut acct = account("444444444444", Some(("ou-aa11-custb001", "customer-B")));
    acct.tags.insert("customer".into(), "A".into());
    let mut inv = inventory(vec![acct, account("555555555555", Some(("ou-aa11-custb001", "customer-B")))]);
    inv.units = vec![unit("ou-aa11-custb001", "customer-B", &[])];
    let report = run(&inv, &registries());
    assert_eq!(statuses(&report, "CHK-SINGLE-CUSTOMER", "444444444444"), [CheckStatus::Fail]);
    assert_eq!(statuses(&report, "CHK-SINGLE-CUSTOMER", "555555555555"), [CheckStatus::Pass]);
}

#[test]
fn vector_27_region_scope_and_transitional_regions() {
    let mut acct = account("111111111111", None);
    acct.regions = [
        ("us-east-1", RegionOptStatus::EnabledByDefault),
        ("ap-east-1", RegionOptStatus::Enabled),
        ("me-south-1", RegionOptStatus::Disabled),
        ("af-south-1", RegionOptStatus::Enabling),
    ]
    .into_iter()
    .map(|(name, status)| Region { region_name: name.parse().unwrap(), region_opt_status: status })
    .collect();
    let report = run(&inventory(vec![acct]), &registries());
    let f = &report.of("CHK-REGION-SCOPE", None)[0];
    assert!(f.detail.starts_with("in scope (2): us-east-1, ap-east-1;"), "{}", f.detail);
    assert!(f.detail.contains("1 disabled excluded"));
    assert!(f.detail.contains("transitional, re-check: af-south-1 (ENABLING)"));
    assert_eq!(f.status, CheckStatus::NotEvaluable);
}

fn with_products(products: Vec<(&str, &str, &str)>) -> AuditExtras {
    AuditExtras {
        products: Some(Ok(products.into_iter().map(|(a, b, c)| (a.into(), b.into(), c.into())).collect())),
        acceptors: Some(Ok(vec!["555555555555".into()])),
        applications: Default::default(),
    }
}

#[test]
fn vectors_28_29_30_the_public_listing() {
    let inv = inventory(vec![account(M, None)]);
    let yes = AuditPolicy { retail_marketplace_listing: Some(true), ..registries() };
    let report = checks::audit(
        &inv,
        &with_products(vec![("SaaSProduct", "prod-public0001", "Public")]),
        &yes,
        date!(2026 - 03 - 16),
    );
    let f = &report.of("CHK-MP-PUBLIC-LISTING", None)[0];
    assert_eq!(f.status, CheckStatus::Pass);
    assert!(f.detail.contains("https://aws.amazon.com/marketplace/pp/prod-public0001"));
    // 29: a Limited product with a private offer is not a listing.
    let report = checks::audit(
        &inv,
        &with_products(vec![("SaaSProduct", "prod-limited001", "Limited")]),
        &yes,
        date!(2026 - 03 - 16),
    );
    assert_eq!(report.of("CHK-MP-PUBLIC-LISTING", None)[0].status, CheckStatus::Fail);
    // 30: answered No.
    let no = AuditPolicy { retail_marketplace_listing: Some(false), ..registries() };
    let report = checks::audit(&inv, &with_products(vec![]), &no, date!(2026 - 03 - 16));
    assert_eq!(report.of("CHK-MP-PUBLIC-LISTING", None)[0].status, CheckStatus::NotApplicable);
    // Delivery consistency and the customer lower bound.
    let saas =
        AuditPolicy { retail_delivery_type: Some(DeliveryType::Saas), retail_customer_count: Some(0), ..registries() };
    let report = checks::audit(
        &inv,
        &with_products(vec![("AmiProduct", "prod-ami00001", "Public")]),
        &saas,
        date!(2026 - 03 - 16),
    );
    assert_eq!(report.of("CHK-MP-DELIVERY-CONSISTENCY", None)[0].status, CheckStatus::Fail);
    assert_eq!(report.of("CHK-MP-CUSTOMER-LOWER-BOUND", None)[0].status, CheckStatus::Fail);
}

#[test]
fn vector_40_a_publicly_shared_application_is_flagged() {
    let inv = inventory(vec![account(M, None), account("111111111111", None)]);
    let mut extras = AuditExtras::default();
    extras
        .applications
        .insert(id("111111111111"), Ok(vec![("arn:app/public".into(), true), ("arn:app/org".into(), false)]));
    extras.applications.insert(id(M), Err(denied("ListApplications")));
    let report = checks::audit(&inv, &extras, &registries(), date!(2026 - 03 - 16));
    let f = report.of("CHK-SAR-PUBLIC", Some(&id("111111111111")));
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].status, CheckStatus::Fail);
    assert_eq!(f[0].resource.as_deref(), Some("arn:app/public"));
    assert_eq!(f[0].control, "msp/7.1/SECP-002 (inferred extension)");
    assert_eq!(statuses(&report, "CHK-SAR-PUBLIC", M), [CheckStatus::NotEvaluable]);
}

#[test]
fn the_controls_follow_the_checklist_version_of_the_date() {
    let inv = inventory(vec![account(M, None)]);
    let report = audit_inventory(&inv, &registries(), date!(2025 - 08 - 01));
    assert_eq!(report.checklists[0].version, "7.0");
    assert!(report.findings.iter().any(|f| f.control.starts_with("msp/7.0/")));
}

#[test]
fn root_deny_policies_are_recognised_by_shape() {
    assert!(checks::denies_root(DENY_ROOT));
    assert!(!checks::denies_root(
        r#"{"Statement":{"Effect":"Deny","Action":"s3:*","Condition":{"StringLike":{"aws:PrincipalArn":"arn:aws:iam::*:root"}}}}"#
    ));
    assert!(!checks::denies_root(r#"{"Statement":[{"Effect":"Allow","Action":"*"}]}"#));
    assert!(!checks::denies_root("not json"));
}
