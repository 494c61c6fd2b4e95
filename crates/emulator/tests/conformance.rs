//! The backend conformance suite for Account Management: every case runs twice, on the local backend in process and
//! on the AWS backend against the emulator. Test-vector ids (TV-nnn) refer to `spec/account-management.md` §21.

mod common;

use std::time::Duration;

use common::{id, Harness, A, B, D, M, S, X, Y};
use marketplane::facade::WaitOptions;
use marketplane::model::account::{
    AccountState, AlternateContact, AlternateContactType, ContactInformation, PhoneNumberVerificationStatus,
    PrimaryEmailUpdateStatus,
};
use marketplane::model::region::{RegionOptStatus, REGION_CATALOG};
use marketplane::model::RegionName;
use marketplane::{ErrorKind, Result};

conformance!(
    alternate_contact_lifecycle,
    alternate_contacts_report_what_is_missing,
    contact_information_is_replaced_whole,
    phone_number_verification,
    account_name_and_information,
    govcloud_account_information,
    primary_email_update,
    region_state_machine,
    regions_that_cannot_be_toggled,
    region_concurrency_per_account,
    region_concurrency_per_organization,
    list_regions_filters_and_pages,
    ensure_and_wait,
    organization_permissions,
    organization_without_trusted_access,
    enable_region_across_the_organization,
);

fn operations_contact(title: &str) -> AlternateContact {
    AlternateContact::new(
        AlternateContactType::Operations,
        "Mateo Jackson",
        title,
        "mateo_jackson@amazon.com",
        "+1(206)555-1234",
    )
}

fn billing_contact() -> AlternateContact {
    AlternateContact::new(AlternateContactType::Billing, "Carlos Salazar", "CFO", "carlos@example.com", "206-555-0199")
}

fn example_contact() -> ContactInformation {
    ContactInformation::builder("Saanvi Sarkar", "123 Any Street", "Seattle", "98101", "US", "+15555550100")
        .company_name("Example Corp, Inc.")
        .district_or_county("King")
        .state_or_region("WA")
        .website_url("https://www.examplecorp.com")
        .build()
        .expect("TV-027 is valid")
}

fn code_of<T: std::fmt::Debug>(result: Result<T>) -> String {
    result.expect_err("the call should fail").code().to_owned()
}

/// The call was refused as organizations mode refuses: `AccessDeniedException`.
fn denied<T: std::fmt::Debug>(result: Result<T>) -> marketplane::Error {
    let err = result.expect_err("should be denied");
    assert_eq!(err.code(), "AccessDeniedException", "{err:?}");
    assert_eq!(err.kind(), ErrorKind::AccessDenied);
    err
}

fn region(name: &str) -> RegionName {
    name.parse().expect("region name")
}

async fn alternate_contact_lifecycle(h: &Harness) {
    let c = h.client(S);
    let accounts = c.accounts();
    // TV-052
    let err = accounts.get_alternate_contact(AlternateContactType::Security).await.unwrap_err();
    assert_eq!(err.code(), "ResourceNotFoundException");
    assert_eq!(err.kind(), ErrorKind::NotFound);
    // TV-008, TV-053
    accounts.put_alternate_contact(operations_contact("Operations Manager")).await.unwrap();
    let got = accounts.get_alternate_contact(AlternateContactType::Operations).await.unwrap();
    assert_eq!(got, operations_contact("Operations Manager"));
    // TV-054: upsert
    accounts.put_alternate_contact(operations_contact("Ops Lead")).await.unwrap();
    let got = accounts.get_alternate_contact(AlternateContactType::Operations).await.unwrap();
    assert_eq!(got.title, "Ops Lead");
    // TV-056, TV-058
    accounts.delete_alternate_contact(AlternateContactType::Operations).await.unwrap();
    assert_eq!(
        code_of(accounts.delete_alternate_contact(AlternateContactType::Operations).await),
        "ResourceNotFoundException"
    );
    assert_eq!(
        code_of(accounts.get_alternate_contact(AlternateContactType::Operations).await),
        "ResourceNotFoundException"
    );
    // TV-057
    assert_eq!(
        code_of(accounts.delete_alternate_contact(AlternateContactType::Billing).await),
        "ResourceNotFoundException"
    );
    // Contacts belong to their account.
    accounts.put_alternate_contact(billing_contact()).await.unwrap();
    assert_eq!(
        code_of(h.client(Y).accounts().get_alternate_contact(AlternateContactType::Billing).await),
        "ResourceNotFoundException"
    );
}

async fn alternate_contacts_report_what_is_missing(h: &Harness) {
    let c = h.client(M);
    c.accounts().put_alternate_contact(billing_contact()).await.unwrap();
    c.accounts().put_alternate_contact(operations_contact("Ops")).await.unwrap();
    let all = c.accounts().alternate_contacts(None).await.unwrap();
    assert_eq!(all.billing, Some(billing_contact()));
    assert_eq!(all.missing(), vec![AlternateContactType::Security]);
    // TV-055: a third type fills the set; there is no fourth.
    let security = AlternateContact::new(AlternateContactType::Security, "Sec", "CISO", "sec@example.com", "1");
    c.accounts().put_alternate_contact(security).await.unwrap();
    assert!(c.accounts().alternate_contacts(None).await.unwrap().missing().is_empty());
    // Organizations mode: the management account reads a member's set.
    let of_a = c.accounts().alternate_contacts(Some(&id(A))).await.unwrap();
    assert_eq!(of_a.missing().len(), 3);
    assert!(of_a.is_evaluable());
    // A member may not read another account's contacts: AccessDenied marks them not evaluable, it does not fail.
    let refused = h.client(B).accounts().alternate_contacts(Some(&id(A))).await.unwrap();
    assert_eq!(refused.not_evaluable, AlternateContactType::KNOWN);
    assert!(refused.missing().is_empty());
    assert!(!refused.is_evaluable());
}

async fn contact_information_is_replaced_whole(h: &Harness) {
    let client = h.client(S);
    let accounts = client.accounts();
    // TV-062
    assert_eq!(code_of(accounts.get_contact_information().await), "ResourceNotFoundException");
    // TV-027, TV-059
    accounts.put_contact_information(example_contact()).await.unwrap();
    let got = accounts.get_contact_information().await.unwrap();
    assert_eq!(got.contact_information, example_contact());
    assert_eq!(got.verification_status, Some(PhoneNumberVerificationStatus::Unverified));
    assert_eq!(got.contact_information.address_line2, None);
    // TV-060
    let mut with_suite = example_contact();
    with_suite.address_line2 = Some("Suite 100".into());
    accounts.put_contact_information(with_suite).await.unwrap();
    let got = accounts.get_contact_information().await.unwrap();
    assert_eq!(got.contact_information.address_line2.as_deref(), Some("Suite 100"));
    // TV-061: full replace clears what is not sent
    let mut bare = example_contact();
    bare.company_name = None;
    accounts.put_contact_information(bare.clone()).await.unwrap();
    let got = accounts.get_contact_information().await.unwrap();
    assert_eq!(got.contact_information, bare);
    // TV-031: rules are checked before anything is sent
    let mut no_state = example_contact();
    no_state.state_or_region = None;
    let err = accounts.put_contact_information(no_state).await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
    assert_eq!(err.field_errors()[0].name, "ContactInformation.StateOrRegion");
}

async fn phone_number_verification(h: &Harness) {
    let client = h.client(S);
    let accounts = client.accounts();
    assert_eq!(code_of(accounts.send_phone_number_verification().await), "ResourceNotFoundException");
    accounts.put_contact_information(example_contact()).await.unwrap();
    assert_eq!(code_of(accounts.verify_phone_number("ABC123").await), "ResourceNotFoundException");
    let status = accounts.send_phone_number_verification().await.unwrap();
    assert_eq!(status, PhoneNumberVerificationStatus::Pending);
    let code = h.last_code("+15555550100");
    let wrong = if code == "AAAAAA" { "BBBBBB" } else { "AAAAAA" };
    let err = accounts.verify_phone_number(wrong).await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
    assert_eq!(err.field_errors()[0].name, "Otp");
    assert_eq!(accounts.verify_phone_number(code.clone()).await.unwrap(), PhoneNumberVerificationStatus::Verified);
    let got = accounts.get_contact_information().await.unwrap();
    assert_eq!(got.verification_status, Some(PhoneNumberVerificationStatus::Verified));
    assert_eq!(code_of(accounts.send_phone_number_verification().await), "ConflictException");
    // A new number is unverified again; changing it after a code was sent is a conflict.
    let mut moved = example_contact();
    moved.phone_number = "+1 206-555-0100".into();
    accounts.put_contact_information(moved.clone()).await.unwrap();
    assert_eq!(
        accounts.get_contact_information().await.unwrap().verification_status,
        Some(PhoneNumberVerificationStatus::Unverified)
    );
    accounts.send_phone_number_verification().await.unwrap();
    let code = h.last_code("+1 206-555-0100");
    moved.phone_number = "+1 206-555-0111".into();
    accounts.put_contact_information(moved).await.unwrap();
    assert_eq!(code_of(accounts.verify_phone_number(code).await), "ConflictException");
    // Bad codes are refused before they are sent.
    assert_eq!(code_of(accounts.verify_phone_number("12345").await), "ValidationException");
}

async fn account_name_and_information(h: &Harness) {
    let m = h.client(M);
    let info = m.accounts().get_account_information().await.unwrap();
    assert_eq!(info.account_id, id(M));
    assert_eq!(info.account_name, "Management");
    assert_eq!(info.account_state, AccountState::Active);
    m.accounts().put_account_name("Management (prod)").await.unwrap();
    assert_eq!(m.accounts().get_account_information().await.unwrap().account_name, "Management (prod)");
    // Organizations mode.
    m.accounts().put_account_name("Workload A (prod)").account_id(id(A)).await.unwrap();
    let a = m.accounts().get_account_information().account_id(id(A)).await.unwrap();
    assert_eq!(a.account_name, "Workload A (prod)");
    assert_eq!(code_of(m.accounts().put_account_name("<bad>").await), "ValidationException");
}

async fn govcloud_account_information(h: &Harness) {
    let gov = h.client(A).accounts().get_gov_cloud_account_information().await.unwrap();
    assert_eq!(gov.gov_cloud_account_id, id("999999999999"));
    assert_eq!(gov.account_state, AccountState::Active);
    let from_m = h.client(M).accounts().get_gov_cloud_account_information().account_id(id(A)).await.unwrap();
    assert_eq!(from_m, gov);
    assert_eq!(code_of(h.client(B).accounts().get_gov_cloud_account_information().await), "ResourceNotFoundException");
}

async fn primary_email_update(h: &Harness) {
    let client = h.client(M);
    let m = client.accounts();
    assert_eq!(m.get_primary_email(id(A)).await.unwrap(), "a@example.com");
    // Only organizations mode: an account can't name itself.
    assert_eq!(code_of(h.client(A).accounts().get_primary_email(id(A)).await), "AccessDeniedException");
    assert_eq!(code_of(m.get_primary_email_update_status().account_id(id(A)).await), "ResourceNotFoundException");
    // An address another account uses is a conflict.
    assert_eq!(code_of(m.start_primary_email_update(id(A), "b@example.com").await), "ConflictException");
    assert_eq!(
        m.start_primary_email_update(id(A), "new-a@example.com").await.unwrap(),
        PrimaryEmailUpdateStatus::Pending
    );
    let code = h.last_code("new-a@example.com");
    let err = m.accept_primary_email_update(id(A), "other@example.com", code.clone()).await.unwrap_err();
    assert_eq!(err.field_errors()[0].name, "PrimaryEmail");
    let wrong = if code == "AAAAAA" { "BBBBBB" } else { "AAAAAA" };
    let err = m.accept_primary_email_update(id(A), "new-a@example.com", wrong).await.unwrap_err();
    assert_eq!(err.field_errors()[0].name, "Otp");
    assert_eq!(
        m.accept_primary_email_update(id(A), "new-a@example.com", code).await.unwrap(),
        PrimaryEmailUpdateStatus::Accepted
    );
    let status = m.get_primary_email_update_status().account_id(id(A)).await.unwrap();
    assert_eq!(status.status, PrimaryEmailUpdateStatus::Accepted);
    assert!(status.updated_at.is_some());
    h.advance(Duration::from_secs(61));
    let status = m.get_primary_email_update_status().account_id(id(A)).await.unwrap();
    assert_eq!(status.status, PrimaryEmailUpdateStatus::Completed);
    assert_eq!(m.get_primary_email(id(A)).await.unwrap(), "new-a@example.com");
    // Nothing pending any more.
    assert_eq!(
        code_of(m.accept_primary_email_update(id(A), "new-a@example.com", "ABCDEF").await),
        "ResourceNotFoundException"
    );
}

async fn region_state_machine(h: &Harness) {
    let client = h.client(S);
    let regions = client.regions();
    let af = region("af-south-1");
    // TV-064, TV-066
    assert_eq!(regions.get(af.clone()).await.unwrap(), RegionOptStatus::Disabled);
    assert_eq!(regions.get(region("us-east-1")).await.unwrap(), RegionOptStatus::EnabledByDefault);
    // TV-067
    regions.enable(af.clone()).await.unwrap();
    assert_eq!(regions.get(af.clone()).await.unwrap(), RegionOptStatus::Enabling);
    // TV-069
    assert_eq!(code_of(regions.disable(af.clone()).await), "ConflictException");
    assert_eq!(regions.get(af.clone()).await.unwrap(), RegionOptStatus::Enabling);
    // TV-068
    h.advance(Duration::from_secs(300));
    assert_eq!(regions.get(af.clone()).await.unwrap(), RegionOptStatus::Enabled);
    // TV-074: enabling an enabled region is the service's ValidationException
    let err = regions.enable(af.clone()).await.unwrap_err();
    assert_eq!(err.code(), "ValidationException");
    assert_eq!(err.reason(), Some("invalidRegionOptTarget"));
    // TV-070, TV-071
    regions.disable(af.clone()).await.unwrap();
    assert_eq!(regions.get(af.clone()).await.unwrap(), RegionOptStatus::Disabling);
    assert_eq!(code_of(regions.enable(af.clone()).await), "ConflictException");
    h.advance(Duration::from_secs(300));
    assert_eq!(regions.get(af.clone()).await.unwrap(), RegionOptStatus::Disabled);
    // The state is the account's own.
    assert_eq!(h.client(Y).regions().get(af).await.unwrap(), RegionOptStatus::Disabled);
}

async fn regions_that_cannot_be_toggled(h: &Harness) {
    let client = h.client(S);
    let regions = client.regions();
    // TV-072, TV-073
    for result in [
        regions.enable(region("us-east-1")).await,
        regions.disable(region("us-east-1")).await,
        regions.disable(region("af-south-1")).await,
    ] {
        let err = result.unwrap_err();
        assert_eq!(err.code(), "ValidationException");
        assert_eq!(err.reason(), Some("invalidRegionOptTarget"));
    }
    // TV-051, TV-044, TV-045
    assert_eq!(code_of(regions.get(region("xx-fake-1")).await), "ValidationException");
    assert_eq!(code_of(regions.enable(region("xx-fake-1")).await), "ValidationException");
    assert!("".parse::<RegionName>().is_err());
}

fn opt_in_regions() -> Vec<RegionName> {
    REGION_CATALOG
        .iter()
        .filter(|(_, kind)| *kind == marketplane::model::region::RegionKind::OptIn)
        .map(|(code, _)| region(code))
        .collect()
}

async fn region_concurrency_per_account(h: &Harness) {
    let client = h.client(S);
    let regions = client.regions();
    let opt_in = opt_in_regions();
    // TV-075
    for r in &opt_in[..6] {
        regions.enable(r.clone()).await.unwrap();
    }
    let err = regions.enable(opt_in[6].clone()).await.unwrap_err();
    assert_eq!(err.code(), "TooManyRequestsException");
    h.advance(Duration::from_secs(300));
    regions.enable(opt_in[6].clone()).await.unwrap();
}

async fn region_concurrency_per_organization(h: &Harness) {
    // TV-076: 20 in flight across the organization, the 21st is refused.
    let opt_in = opt_in_regions();
    let m = h.client(M);
    for account in [M, A, B] {
        for r in &opt_in[..6] {
            let call = m.regions().enable(r.clone());
            let call = if account == M { call } else { call.account_id(id(account)) };
            call.await.unwrap();
        }
    }
    m.regions().enable(opt_in[0].clone()).account_id(id(D)).await.unwrap();
    m.regions().enable(opt_in[1].clone()).account_id(id(D)).await.unwrap();
    let err = m.regions().enable(opt_in[2].clone()).account_id(id(D)).await.unwrap_err();
    assert_eq!(err.code(), "TooManyRequestsException");
    // Another organization is not affected.
    h.client(X).regions().enable(opt_in[0].clone()).await.unwrap();
}

async fn list_regions_filters_and_pages(h: &Harness) {
    let client = h.client(S);
    let regions = client.regions();
    // TV-065
    let disabled = regions.list().status(RegionOptStatus::Disabled).collect().await.unwrap();
    let names: Vec<RegionName> = disabled.iter().map(|r| r.region_name.clone()).collect();
    assert_eq!(names, opt_in_regions());
    // TV-083
    regions.enable(region("af-south-1")).await.unwrap();
    regions.enable(region("eu-south-1")).await.unwrap();
    h.advance(Duration::from_secs(300));
    regions.enable(region("me-south-1")).await.unwrap();
    let enabling = regions.list().status(RegionOptStatus::Enabling).collect().await.unwrap();
    assert_eq!(enabling.len(), 1);
    assert_eq!(enabling[0].region_name, region("me-south-1"));
    // TV-082: pages of at most 10, together the whole catalog, no duplicates
    use futures::TryStreamExt;
    let pages: Vec<_> = regions.list().page_size(10).pages().try_collect().await.unwrap();
    assert_eq!(pages.len(), REGION_CATALOG.len().div_ceil(10));
    assert!(pages.iter().all(|p| p.len() <= 10));
    let all: Vec<_> = pages.into_iter().flatten().map(|r| r.region_name).collect();
    let expected: Vec<_> = REGION_CATALOG.iter().map(|(c, _)| region(c)).collect();
    assert_eq!(all, expected);
    // TV-047
    assert_eq!(code_of(regions.list().page_size(0).collect().await), "ValidationException");
    assert_eq!(code_of(regions.list().page_size(51).collect().await), "ValidationException");
    assert_eq!(code_of(regions.list().status(RegionOptStatus::from("PENDING")).collect().await), "ValidationException");
}

async fn ensure_and_wait(h: &Harness) {
    let client = h.client(S);
    let regions = client.regions();
    let af = region("af-south-1");
    assert_eq!(regions.ensure_enabled(af.clone()).await.unwrap(), RegionOptStatus::Enabling);
    // Idempotent: no error while enabling.
    assert_eq!(regions.ensure_enabled(af.clone()).await.unwrap(), RegionOptStatus::Enabling);
    let wait = WaitOptions::default();
    assert_eq!(regions.enable_and_wait(af.clone(), wait.clone()).await.unwrap(), RegionOptStatus::Enabled);
    assert_eq!(regions.ensure_enabled(af.clone()).await.unwrap(), RegionOptStatus::Enabled);
    assert_eq!(regions.ensure_enabled(region("us-east-1")).await.unwrap(), RegionOptStatus::EnabledByDefault);
    // Disabling while the opposite change runs waits for it first.
    regions.enable(region("me-south-1")).await.unwrap();
    assert_eq!(regions.disable_and_wait(region("me-south-1"), wait.clone()).await.unwrap(), RegionOptStatus::Disabled);
    assert_eq!(regions.ensure_disabled(region("me-south-1")).await.unwrap(), RegionOptStatus::Disabled);
    // A timeout shorter than the transition gives up with a Timeout error.
    let short = WaitOptions::default().with_timeout(Duration::from_secs(10));
    let err = regions.enable_and_wait(region("eu-south-1"), short).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert_eq!(regions.get(region("eu-south-1")).await.unwrap(), RegionOptStatus::Enabling);
}

async fn organization_permissions(h: &Harness) {
    let m = h.client(M);
    h.client(A).accounts().put_contact_information(example_contact()).await.unwrap();
    // TV-084
    let of_a = m.accounts().get_contact_information().account_id(id(A)).await.unwrap();
    assert_eq!(of_a.contact_information, example_contact());
    // TV-085
    h.client(D).accounts().put_alternate_contact(billing_contact()).account_id(id(A)).await.unwrap();
    assert_eq!(
        h.client(A).accounts().get_alternate_contact(AlternateContactType::Billing).await.unwrap(),
        billing_contact()
    );
    // TV-086: a member can't act on another member
    denied(h.client(A).accounts().get_contact_information().account_id(id(B)).await);
    // TV-087: the management account can't name itself
    let err = denied(m.accounts().get_alternate_contact(AlternateContactType::Billing).account_id(id(M)).await);
    assert!(err.message().contains("account:GetAlternateContact"), "{}", err.message());
    // TV-088, TV-089
    denied(m.accounts().get_alternate_contact(AlternateContactType::Security).account_id(id(D)).await);
    assert_eq!(code_of(m.accounts().get_contact_information().account_id(id(D)).await), "ResourceNotFoundException");
    // TV-092: another organization's account
    denied(m.accounts().get_contact_information().account_id(id(Y)).await);
    // TV-093: a standalone account can't name any account, but acts on itself
    denied(h.client(S).accounts().get_contact_information().account_id(id(A)).await);
    assert_eq!(code_of(h.client(S).accounts().get_contact_information().await), "ResourceNotFoundException");
    // TV-094: the management account enables a member's region; the member sees it
    m.regions().enable(region("af-south-1")).account_id(id(A)).await.unwrap();
    assert_eq!(h.client(A).regions().get(region("af-south-1")).await.unwrap(), RegionOptStatus::Enabling);
    // TV-095: a member writes its own region status
    h.client(A).regions().enable(region("me-south-1")).await.unwrap();
    // The delegated administrator lists a member's regions.
    let listed =
        h.client(D).regions().list().account_id(id(A)).status(RegionOptStatus::Enabling).collect().await.unwrap();
    assert_eq!(listed.len(), 2);
}

async fn organization_without_trusted_access(h: &Harness) {
    // TV-090: X manages Y, but trusted access is not enabled.
    let x = h.client(X);
    let err = x.accounts().get_account_information().account_id(id(Y)).await.unwrap_err();
    assert_eq!(err.code(), "AccessDeniedException");
    assert!(err.message().contains("trusted access"), "{}", err.message());
    assert_eq!(x.accounts().get_account_information().await.unwrap().account_id, id(X));
}

async fn enable_region_across_the_organization(h: &Harness) {
    let m = h.client(M);
    let me = region("me-central-1");
    let results = m.regions().enable_and_wait_for_accounts(&me, &[id(M), id(A), id(B)], WaitOptions::default()).await;
    assert_eq!(results.len(), 3);
    for (account, outcome) in results {
        assert_eq!(outcome.unwrap(), RegionOptStatus::Enabled, "{account}");
    }
}
