//! The Agreement operations aws-sdk-marketplaceagreement does not carry, on the local backend: approvals by the
//! organization's administrators before acceptance, and the acceptor's contact (`GetAgreementContacts`). They run in
//! process; the emulator's routes for them are checked in its wire tests, and everything the SDK carries runs in the
//! conformance suite on both backends.

use std::sync::Arc;
use std::time::Duration;

use futures::TryStreamExt;
use marketplane::backend::local::{LocalBackend, LocalConfig, World};
use marketplane::backend::RetryPolicy;
use marketplane::clock::ManualClock;
use marketplane::model::account::ContactInformation;
use marketplane::model::agreement::{AcceptorContact, AgreementRequestStatus, ApprovalStatus, RequestIntent};
use marketplane::model::catalog::changes::{typed, CreateProduct, ReleaseProduct, UpdateVisibility};
use marketplane::model::catalog::offer::OfferBuilder;
use marketplane::model::catalog::terms::CurrencyCode;
use marketplane::model::catalog::{EntityRef, EntityType, StartChangeSetInput};
use marketplane::{Client, ErrorKind};

const WORLD: &str = r#"
[[organizations]]
id = "o-aa111bb222"
management_account = "123456789012"
trusted_access = ["account.amazonaws.com"]
delegated_administrators = [{ account = "222222222222", service_principal = "account.amazonaws.com" }]

[[accounts]]
id = "123456789012"
organization = "o-aa111bb222"

[[accounts]]
id = "111111111111"
organization = "o-aa111bb222"

[[accounts]]
id = "222222222222"
organization = "o-aa111bb222"

[[accounts]]
id = "333333333333"
organization = "o-aa111bb222"

[[accounts]]
id = "444444444444"
"#;
const ADMIN: &str = "123456789012";
const BUYER: &str = "111111111111";
const DELEGATED: &str = "222222222222";
const OTHER: &str = "333333333333";
const SELLER: &str = "444444444444";

fn setup() -> (impl Fn(&str) -> Client, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::at_epoch());
    let backend = Arc::new(
        LocalBackend::builder()
            .clock(clock.clone())
            .config(LocalConfig {
                change_set_preparation: Duration::ZERO,
                change_set_application: Duration::ZERO,
                ..LocalConfig::default()
            })
            .world(World::from_toml_str(WORLD).unwrap())
            .in_memory()
            .unwrap(),
    );
    let client = move |account: &str| {
        Client::local_builder(backend.clone()).retry(RetryPolicy::none()).build().as_account(account.parse().unwrap())
    };
    (client, clock)
}

async fn offer(seller: &Client) -> String {
    let me = || EntityRef::created_by(EntityType::SaaSProduct, "P");
    let done = seller
        .catalog()
        .apply(StartChangeSetInput::new(vec![
            typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct { product_title: Some("Approved".into()) })
                .named("P"),
            typed(me(), &ReleaseProduct {}),
            typed(me(), &UpdateVisibility { target_visibility: "Public".into() }),
        ]))
        .await
        .unwrap();
    let product = done.entity_id_of("P").unwrap().to_owned();
    let builder = OfferBuilder::new(product)
        .buyers([BUYER, OTHER])
        .contract(CurrencyCode::Usd, "P12M", "5000", [("Users", 10)])
        .standard_eula()
        .available_until("2026-12-31");
    seller.catalog().publish_offer(builder).await.unwrap()
}

#[tokio::test]
async fn approvals_by_the_organization_gate_acceptance() {
    let (client, clock) = setup();
    let offer_id = offer(&client(SELLER)).await;
    let buyer = client(BUYER);
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();

    let plans: Vec<_> = agreements.approval_plans(&request.agreement_request_id).try_collect().await.unwrap();
    let plan = plans[0].buyer_agreement_approval_plan.as_ref().unwrap();
    assert!(plan.plan_reference.starts_with("aplan-"), "{plan:?}");
    let approver = plan.levels[0].groups[0].approvers[0].aws_organization_admin_approver.as_ref().unwrap();
    assert_eq!(approver.organization_id, "o-aa111bb222");

    let approval = agreements.start_approval(&request.agreement_request_id, "Finance sign-off").await.unwrap();
    assert_eq!(approval.status, ApprovalStatus::PendingApproval);
    assert_eq!(approval.name, "Finance sign-off");
    let detail = agreements.request(&request.agreement_request_id).await.unwrap();
    assert_eq!(detail.request.status, AgreementRequestStatus::PendingApproval);
    assert_eq!(detail.request.approval_requirement, "REQUIRED");

    // Not yet: the request waits for its approval.
    let err = agreements.accept(&request.agreement_request_id, vec![]).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Conflict);
    // The requester cannot approve itself, another member cannot see it.
    assert_eq!(
        agreements.decide_approval(&approval.agreement_approval_id, true, None).await.unwrap_err().kind(),
        ErrorKind::AccessDenied
    );
    assert_eq!(
        client(OTHER)
            .agreements()
            .decide_approval(&approval.agreement_approval_id, true, None)
            .await
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );

    // The delegated administrator sees it to decide; the management account approves.
    let pending = client(DELEGATED).agreements().approvals(true, Some(ApprovalStatus::PendingApproval)).await.unwrap();
    assert_eq!(
        pending.iter().map(|a| a.agreement_approval_id.as_str()).collect::<Vec<_>>(),
        [approval.agreement_approval_id.as_str()]
    );
    client(ADMIN).agreements().decide_approval(&approval.agreement_approval_id, true, None).await.unwrap();
    assert_eq!(agreements.approvals(false, None).await.unwrap()[0].status, ApprovalStatus::Approved);
    let agreement_id = agreements.accept(&request.agreement_request_id, vec![]).await.unwrap();
    let detail = agreements.request(&request.agreement_request_id).await.unwrap();
    assert_eq!(detail.agreement_id.as_deref(), Some(agreement_id.as_str()));

    // A rejected request cannot be accepted; an unanswered approval expires after 30 days.
    let other = client(OTHER);
    let request = other.agreements().request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    let approval = other.agreements().start_approval(&request.agreement_request_id, "Sign-off").await.unwrap();
    client(ADMIN)
        .agreements()
        .decide_approval(&approval.agreement_approval_id, false, Some("no budget"))
        .await
        .unwrap();
    assert_eq!(
        other.agreements().accept(&request.agreement_request_id, vec![]).await.unwrap_err().kind(),
        ErrorKind::Conflict
    );
    let listed: Vec<_> = other.agreements().requests().try_collect().await.unwrap();
    let rejected: Vec<_> = listed.iter().filter(|r| r.status == Some(AgreementRequestStatus::Rejected)).collect();
    assert_eq!(rejected.len(), 1);

    let request = other.agreements().request_offer(&offer_id, None, RequestIntent::New, None).await.unwrap();
    other.agreements().start_approval(&request.agreement_request_id, "Late").await.unwrap();
    clock.advance(Duration::from_secs(31 * 24 * 3600));
    let expired = other.agreements().approvals(false, Some(ApprovalStatus::Expired)).await.unwrap();
    assert_eq!(expired.len(), 1);

    // A standalone buyer has nobody to ask.
    let err = client(SELLER).agreements().approval_plans("ar-nothing").try_collect::<Vec<_>>().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

/// Request an offer naming who accepts, and accept it.
async fn request_with_contact(
    buyer: &Client,
    offer_id: &str,
    contact: Option<AcceptorContact>,
) -> marketplane::Result<String> {
    let agreements = buyer.agreements();
    let mut input = agreements.offer_request(offer_id, None, RequestIntent::New, None).await?;
    input.acceptor_contact = contact;
    let request = agreements.create_request(input).await?;
    agreements.accept(&request.agreement_request_id, vec![]).await
}

#[tokio::test]
async fn the_seller_reads_who_accepted() {
    let (client, _clock) = setup();
    let offer_id = offer(&client(SELLER)).await;
    let contact = AcceptorContact {
        first_name: "Jane".into(),
        last_name: "Doe".into(),
        email_address: "jane.doe@example.com".into(),
        company_name: "Example Corp".into(),
        country_code: "US".into(),
    };
    let agreement_id = request_with_contact(&client(BUYER), &offer_id, Some(contact.clone())).await.unwrap();
    for reader in [SELLER, BUYER] {
        assert_eq!(client(reader).agreements().acceptor_contact(&agreement_id).await.unwrap(), Some(contact.clone()));
    }
    let err = client(OTHER).agreements().acceptor_contact(&agreement_id).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound, "{err}");

    // Without a contact in the request, the account's contact information and email stand in.
    let other = client(OTHER);
    let info = ContactInformation::builder("Max Mustermann", "Main St 1", "Seattle", "98101", "US", "+12065550100")
        .state_or_region("WA")
        .company_name("Other Inc")
        .build()
        .unwrap();
    other.accounts().put_contact_information(info).await.unwrap();
    let agreement_id = request_with_contact(&other, &offer_id, None).await.unwrap();
    let found = client(SELLER).agreements().acceptor_contact(&agreement_id).await.unwrap().expect("a contact");
    assert_eq!((found.first_name.as_str(), found.last_name.as_str()), ("Max", "Mustermann"));
    assert_eq!((found.company_name.as_str(), found.country_code.as_str()), ("Other Inc", "US"));
    assert!(found.email_address.contains('@'), "{}", found.email_address);

    // A malformed contact names the member and the rule.
    let bad = AcceptorContact { email_address: "not-an-email".into(), country_code: "usa".into(), ..contact };
    let err = request_with_contact(&other, &offer_id, Some(bad)).await.unwrap_err();
    let fields: Vec<&str> = err.field_errors().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["acceptorContact.emailAddress", "acceptorContact.countryCode"], "{err}");
}
