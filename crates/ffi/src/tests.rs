//! The exported surface, called from Rust: flows on the local backend, both flavours, and the panic guard.

use super::*;

const WORLD: &str = r#"
[settings]
region_transition_seconds = 0.2

[[organizations]]
id = "o-aa111bb222"
management_account = "123456789012"
trusted_access = ["account.amazonaws.com"]

[[accounts]]
id = "123456789012"
name = "Management"
organization = "o-aa111bb222"

[[accounts]]
id = "111111111111"
name = "Workload A"
email = "a@example.com"
organization = "o-aa111bb222"
"#;

const M: &str = "123456789012";
const A: &str = "111111111111";

fn client(account: &str) -> Arc<Client> {
    Client::in_memory_with_world(WORLD.into()).unwrap().as_account(account.into()).unwrap()
}

fn kind(err: &MarketplaneError) -> ErrorKind {
    err.kind().clone()
}

#[test]
fn alternate_contacts_and_error_mapping() {
    let accounts = client(A).accounts();
    let err = accounts.get_alternate_contact(AlternateContactType::Security, None).unwrap_err();
    assert_eq!(kind(&err), ErrorKind::NotFound);
    let contact = AlternateContact {
        alternate_contact_type: AlternateContactType::Operations,
        name: "Mateo Jackson".into(),
        title: "Ops".into(),
        email_address: "mateo@example.com".into(),
        phone_number: "+1(206)555-1234".into(),
    };
    accounts.put_alternate_contact(contact.clone(), None).unwrap();
    assert_eq!(accounts.get_alternate_contact(AlternateContactType::Operations, None).unwrap(), contact);
    let all = accounts.alternate_contacts(None).unwrap();
    assert_eq!((all.billing, all.operations), (None, Some(contact.clone())));

    let bad = AlternateContact { name: "x".repeat(65), email_address: "bad".into(), ..contact };
    let MarketplaneError::Failure { kind: bad_kind, code, field_errors, .. } =
        accounts.put_alternate_contact(bad, None).unwrap_err();
    assert_eq!((bad_kind, code.as_str()), (ErrorKind::Validation, "ValidationException"));
    let names: Vec<_> = field_errors.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["Name", "EmailAddress"]);

    // Identifiers are validated by the core, with its field names.
    let err = client(A).as_account("12345".into()).unwrap_err();
    assert_eq!(kind(&err), ErrorKind::Validation);
}

#[test]
fn organizations_mode_and_primary_email() {
    let base = Client::in_memory_with_world(WORLD.into()).unwrap();
    let m = base.as_account(M.into()).unwrap();
    let info = m.accounts().get_account_information(Some(A.into())).unwrap();
    assert_eq!((info.account_id.as_str(), info.account_state), (A, AccountState::Active));
    let status = m.accounts().start_primary_email_update(A.into(), "new-a@example.com".into()).unwrap();
    assert_eq!(status, PrimaryEmailUpdateStatus::Pending);
    let code = base.messages_to("new-a@example.com".into()).unwrap().pop().unwrap().code;
    let status = m.accounts().accept_primary_email_update(A.into(), "new-a@example.com".into(), code).unwrap();
    assert_eq!(status, PrimaryEmailUpdateStatus::Accepted);
    assert_eq!(base.organization_accounts(A.into()).unwrap(), [A, M]);
}

#[test]
fn regions_pages_and_waiters() {
    let regions = client(A).regions();
    let first = regions.list_page(vec![], Some(10), None, None).unwrap();
    assert_eq!(first.regions.len(), 10);
    let second = regions.list_page(vec![], Some(10), first.next_token.clone(), None).unwrap();
    assert_ne!(first.regions[0], second.regions[0]);
    let all = regions.list(vec![], Some(10), None).unwrap();
    assert!(all.len() > 20);
    assert_eq!(regions.get("af-south-1".into(), None).unwrap(), RegionOptStatus::Disabled);
    let fast = WaitOptions {
        timeout: std::time::Duration::from_secs(10),
        initial_delay: std::time::Duration::from_millis(50),
        max_delay: std::time::Duration::from_millis(200),
    };
    assert_eq!(regions.enable_and_wait("af-south-1".into(), fast, None).unwrap(), RegionOptStatus::Enabled);
    let err = regions.get("xx-fake-1".into(), None).unwrap_err();
    assert_eq!(kind(&err), ErrorKind::Validation);
    assert_eq!(default_wait_options().max_delay, std::time::Duration::from_secs(30));
}

#[test]
fn applications_through_the_async_flavour() {
    let client = AsyncClient::in_memory().unwrap().as_account(A.into()).unwrap();
    let apps = client.applications();
    runtime().block_on(async {
        let app = apps
            .create(NewApplication {
                name: "my-app".into(),
                description: "hello".into(),
                author: "user1".into(),
                spdx_license_id: Some("Apache-2.0".into()),
                license_body: None,
                license_url: None,
                readme_body: None,
                readme_url: None,
                labels: vec![],
                home_page_url: None,
                semantic_version: Some("1.0.0".into()),
                source_code_url: None,
                source_code_archive_url: None,
                template_body: Some("Resources: {}".into()),
                template_url: None,
            })
            .await
            .unwrap();
        assert_eq!(app.version.unwrap().semantic_version, "1.0.0");
        let listed = apps.list().await.unwrap();
        assert_eq!(listed.len(), 1);
        let shared = apps.share_with_accounts(app.application_id.clone(), vec![M.into()]).await.unwrap();
        assert_eq!(shared[0].principals, [M]);
        let err = apps.get("arn:aws:serverlessrepo:us-east-1:111111111111:applications/none".into(), None).await;
        assert_eq!(kind(&err.unwrap_err()), ErrorKind::NotFound);
    });
}

#[test]
fn a_panic_through_the_exported_scaffolding_is_an_error() {
    // Called as a foreign caller calls it: the C-ABI scaffolding function with a call status.
    let mut status = uniffi::RustCallStatus::default();
    uniffi_marketplane_ffi_fn_func_debug_panic(&mut status);
    assert_eq!(status.code, uniffi::RustCallStatusCode::Error, "the panic must arrive as MarketplaneError");
    let buf = std::mem::ManuallyDrop::into_inner(status.error_buf);
    let err = <MarketplaneError as uniffi::Lift<crate::UniFfiTag>>::try_lift(buf).unwrap();
    assert_eq!(kind(&err), ErrorKind::Internal);
    assert!(err.to_string().contains("deliberate panic"), "{err}");
}

#[test]
fn a_panic_outside_the_guard_is_still_caught_by_uniffi() {
    let mut status = uniffi::RustCallStatus::default();
    uniffi_marketplane_ffi_fn_func_debug_panic_unguarded(&mut status);
    assert_eq!(status.code, uniffi::RustCallStatusCode::UnexpectedError);
    let buf = std::mem::ManuallyDrop::into_inner(status.error_buf);
    let message = <String as uniffi::Lift<crate::UniFfiTag>>::try_lift(buf).unwrap();
    assert!(message.contains("deliberate panic"), "{message}");
}
