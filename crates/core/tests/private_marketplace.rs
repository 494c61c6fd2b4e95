//! The private marketplace from the buyer's side, on the local backend: governance by the most specific audience,
//! live versus not live (TV-150, TV-151), user requests approved (TV-171) and declined with a block (TV-159).
//! AWS has no public API for these buyer actions, so this suite runs in process only (the emulator's routes for them
//! are checked in crates/emulator/tests/wire.rs).

use std::sync::Arc;

use marketplane::backend::local::{LocalBackend, LocalConfig, World};
use marketplane::backend::RetryPolicy;
use marketplane::clock::ManualClock;
use marketplane::model::catalog::changes::{
    typed, AllowProductProcurement, AssociateAudience, CreateExperience, CreateProcurementPolicy, CreateProduct,
    ProductIds, ReleaseProduct, UpdateExperience, UpdateProcurementPolicy, UpdateVisibility,
};
use marketplane::model::catalog::private_marketplace::ProductRequestStatus;
use marketplane::model::catalog::{Change, EntityRef, EntityType, StartChangeSetInput};
use marketplane::{Client, ErrorKind};

const WORLD: &str = r#"
[[organizations]]
id = "o-aa111bb222"
management_account = "123456789012"

[[accounts]]
id = "123456789012"
organization = "o-aa111bb222"

[[accounts]]
id = "111111111111"
organization = "o-aa111bb222"

[[accounts]]
id = "333333333333"
organization = "o-aa111bb222"

[[accounts]]
id = "444444444444"
"#;
const ADMIN: &str = "123456789012";
const USER: &str = "111111111111";
const OTHER_USER: &str = "333333333333";
const SELLER: &str = "444444444444";

fn clients() -> impl Fn(&str) -> Client {
    let backend = Arc::new(
        LocalBackend::builder()
            .clock(Arc::new(ManualClock::at_epoch()))
            .config(LocalConfig {
                change_set_preparation: std::time::Duration::ZERO,
                change_set_application: std::time::Duration::ZERO,
                ..LocalConfig::default()
            })
            .world(World::from_toml_str(WORLD).unwrap())
            .in_memory()
            .unwrap(),
    );
    move |account: &str| {
        Client::local_builder(backend.clone()).retry(RetryPolicy::none()).build().as_account(account.parse().unwrap())
    }
}

async fn apply(client: &Client, changes: Vec<Change>) -> marketplane::model::catalog::ChangeSetDescription {
    client.catalog().apply(StartChangeSetInput::new(changes)).await.unwrap()
}

async fn public_product(seller: &Client, title: &str) -> String {
    let me = || EntityRef::created_by(EntityType::SaaSProduct, "P");
    let done = apply(
        seller,
        vec![
            typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title(title))
                .named("P"),
            typed(me(), &ReleaseProduct::default()),
            typed(me(), &UpdateVisibility::default().with_target_visibility("Public")),
        ],
    )
    .await;
    done.entity_id_of("P").unwrap().to_owned()
}

#[tokio::test]
async fn user_requests_follow_the_buyer_guide() {
    let client = clients();
    let (admin, user, other, seller) = (client(ADMIN), client(USER), client(OTHER_USER), client(SELLER));
    let approved = public_product(&seller, "Approved").await;
    let wanted = public_product(&seller, "Wanted").await;
    let unwanted = public_product(&seller, "Unwanted").await;

    // No experience governs the user yet: anything public is procurable, and there is nobody to ask.
    let status = user.catalog().procurement_status(&wanted).await.unwrap();
    assert!(status.procurable && status.experience_id.is_none());
    assert_eq!(user.catalog().request_product(&wanted).await.unwrap_err().code(), "ValidationException");

    // The organization's experience governs everyone; a second one governs USER directly (more specific).
    let exp = |name: &str| {
        typed(EntityRef::new(EntityType::Experience), &CreateExperience::default().with_name(name)).named("E")
    };
    let org_wide = apply(&admin, vec![exp("Everyone")]).await.entity_id_of("E").unwrap().to_owned();
    let engineering = apply(&admin, vec![exp("Engineering")]).await.entity_id_of("E").unwrap().to_owned();
    let on = |id: &str| EntityRef::existing(EntityType::Experience, id);
    apply(
        &admin,
        vec![
            typed(
                on(&org_wide),
                &AssociateAudience::default()
                    .with_principals(vec!["arn:aws:organizations::123456789012:organization/o-aa111bb222".into()]),
            ),
            typed(
                on(&org_wide),
                &AllowProductProcurement::default()
                    .with_products(vec![ProductIds::new().with_ids(vec![approved.clone(), wanted.clone()])]),
            ),
        ],
    )
    .await;
    apply(
        &admin,
        vec![
            typed(on(&engineering), &AssociateAudience::default().with_principals(vec![USER.into()])),
            typed(
                on(&engineering),
                &AllowProductProcurement::default()
                    .with_products(vec![ProductIds::new().with_ids(vec![approved.clone()])]),
            ),
        ],
    )
    .await;
    assert_eq!(
        user.catalog().procurement_status(&wanted).await.unwrap().experience_id.as_deref(),
        Some(engineering.as_str())
    );
    assert_eq!(
        other.catalog().procurement_status(&wanted).await.unwrap().experience_id.as_deref(),
        Some(org_wide.as_str())
    );

    // TV-151: not live, so nothing is restricted and the list is kept.
    let status = user.catalog().procurement_status(&wanted).await.unwrap();
    assert!(!status.live && !status.approved && status.procurable && status.requests_enabled);
    // TV-150: live, an unapproved product cannot be procured, but can be requested.
    let live = |id: &str| typed(on(id), &UpdateExperience::default().with_status("Enabled"));
    apply(&admin, vec![live(&engineering)]).await;
    let status = user.catalog().procurement_status(&wanted).await.unwrap();
    assert!(status.live && !status.procurable);
    assert!(user.catalog().procurement_status(&approved).await.unwrap().procurable);

    // TV-171: a request approved adds the product.
    let request = user.catalog().request_product(&wanted).await.unwrap();
    assert_eq!(request.status, ProductRequestStatus::Pending);
    assert_eq!(request.experience_id, engineering);
    assert_eq!(
        user.catalog().request_product(&wanted).await.unwrap(),
        request,
        "a second ask returns the pending request"
    );
    assert_eq!(
        other.catalog().approve_product_request(&request.request_id).await.unwrap_err().kind(),
        ErrorKind::NotFound
    );
    let pending = admin.catalog().product_requests(Some(ProductRequestStatus::Pending)).await.unwrap();
    assert_eq!(pending, vec![request.clone()]);
    let done = admin.catalog().approve_product_request(&request.request_id).await.unwrap();
    assert_eq!(done.status, ProductRequestStatus::Approved);
    assert!(user.catalog().procurement_status(&wanted).await.unwrap().procurable);
    assert_eq!(
        admin.catalog().approve_product_request(&request.request_id).await.unwrap_err().kind(),
        ErrorKind::Conflict
    );
    assert_eq!(user.catalog().request_product(&wanted).await.unwrap_err().kind(), ErrorKind::Conflict);

    // TV-159: declined with a reason and blocked: no more requests, but the administrator can still add it.
    let request = user.catalog().request_product(&unwanted).await.unwrap();
    let declined =
        admin.catalog().decline_product_request(&request.request_id, Some("unsupported"), true).await.unwrap();
    assert_eq!(
        (declined.status, declined.decline_reason.as_deref()),
        (ProductRequestStatus::Declined, Some("unsupported"))
    );
    let err = user.catalog().request_product(&unwanted).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::AccessDenied);
    assert!(err.message().contains("blocked"), "{err}");
    assert!(user.catalog().procurement_status(&unwanted).await.unwrap().blocked);
    apply(
        &admin,
        vec![typed(
            on(&engineering),
            &AllowProductProcurement::default().with_products(vec![ProductIds::new().with_ids(vec![unwanted.clone()])]),
        )],
    )
    .await;
    assert!(user.catalog().procurement_status(&unwanted).await.unwrap().procurable);

    // Requests can be turned off (while live).
    let policy = apply(
        &admin,
        vec![typed(
            EntityRef::new(EntityType::ProcurementPolicy),
            &CreateProcurementPolicy::default().with_experience_id(engineering.clone()),
        )
        .named("Policy")],
    )
    .await;
    let policy = policy.entity_id_of("Policy").unwrap().to_owned();
    apply(
        &admin,
        vec![typed(
            EntityRef::existing(EntityType::ProcurementPolicy, &policy),
            &UpdateProcurementPolicy::default().with_software_requests("Disabled"),
        )],
    )
    .await;
    let another = public_product(&seller, "Another").await;
    assert!(!user.catalog().procurement_status(&another).await.unwrap().requests_enabled);
    assert_eq!(user.catalog().request_product(&another).await.unwrap_err().kind(), ErrorKind::AccessDenied);
    // The user sees its own requests.
    assert_eq!(user.catalog().product_requests(None).await.unwrap().len(), 2);
}
