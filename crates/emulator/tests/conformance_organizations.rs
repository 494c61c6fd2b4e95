//! The backend conformance suite for AWS Organizations and STS: every case runs twice, on the local backend in process
//! and on the AWS backend (aws-sdk-organizations, aws-sdk-sts) against the emulator, over `fixtures/estate.toml`.

mod common;

use std::sync::Arc;

use common::{id, sdk_config, Harness, Mode, A, B, D, M, S, X, Y};
use futures::TryStreamExt;
use marketplane::backend::aws::AwsBackend;
use marketplane::backend::local::LocalBackend;
use marketplane::backend::RetryPolicy;
use marketplane::model::account::AlternateContactType;
use marketplane::model::organizations::*;
use marketplane::{Client, ErrorKind, Result};

conformance_in!(crate::common::ESTATE_WORLD;
    describe_organization,
    list_accounts_in_pages,
    describe_account,
    the_tree_of_units,
    policies_and_their_targets,
    tags_of_every_kind_of_resource,
    service_access_and_delegated_administrators,
    who_the_caller_is,
    assume_role_within_the_organization,
    as_account_acts_as_the_member,
    bad_input_is_refused_as_the_services_refuse_it,
);

const PROD: &str = "ou-aa11-prod0001";
const SANDBOXES: usize = 21;

fn code_of<T: std::fmt::Debug>(result: Result<T>) -> (String, ErrorKind) {
    let err = result.expect_err("the call should fail");
    (err.code().to_owned(), err.kind())
}

fn not_in_use() -> (String, ErrorKind) {
    ("AWSOrganizationsNotInUseException".to_owned(), ErrorKind::NotFound)
}

fn denied() -> (String, ErrorKind) {
    ("AccessDeniedException".to_owned(), ErrorKind::AccessDenied)
}

async fn unit_id(c: &Client, parent: &str, name: &str) -> String {
    let units = c.organizations().organizational_units(parent).collect().await.unwrap();
    units.into_iter().find(|u| u.name == name).unwrap_or_else(|| panic!("{name} under {parent}")).id
}

async fn describe_organization(h: &Harness) {
    let org = h.client(M).organizations().describe().await.unwrap();
    assert_eq!(org.id.as_str(), "o-aa111bb222");
    assert_eq!(org.master_account_id, id(M));
    assert_eq!(org.feature_set, OrganizationFeatureSet::All);
    assert_eq!(org.arn, "arn:aws:organizations::123456789012:organization/o-aa111bb222");
    assert_eq!(org.master_account_email.as_deref(), Some("management@example.com"));
    // Any member may describe its organization.
    assert_eq!(h.client(A).organizations().describe().await.unwrap(), org);
    // A standalone account is in none.
    assert_eq!(code_of(h.client(S).organizations().describe().await), not_in_use());
    let other = h.client(Y).organizations().describe().await.unwrap();
    assert_eq!(other.feature_set, OrganizationFeatureSet::ConsolidatedBilling);
    assert_eq!(other.master_account_id, id(X));
    assert!(other.available_policy_types.is_empty());
}

async fn list_accounts_in_pages(h: &Harness) {
    let m = h.client(M);
    let all = m.organizations().accounts().collect().await.unwrap();
    assert_eq!(all.len(), 4 + SANDBOXES);
    let ids: Vec<&str> = all.iter().map(|a| a.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "sorted by id");
    assert!(!ids.contains(&S) && !ids.contains(&Y));

    // Pages of 7: 7, 7, 7, 4, each asked with the previous page's token.
    let mut pager = m.organizations().accounts();
    pager.input_mut().max_results = Some(7);
    let pages: Vec<Vec<OrganizationAccount>> = pager.pages().try_collect().await.unwrap();
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [7, 7, 7, 4]);
    assert_eq!(pages.concat(), all);
    let mut first = ListAccountsInput::new();
    first.max_results = Some(20);
    let page = m.call(first).await.unwrap();
    assert_eq!(page.accounts.len(), 20);
    let mut second = ListAccountsInput::new();
    second.next_token = page.next_token.clone();
    let rest = m.call(second).await.unwrap();
    assert_eq!(rest.accounts.len(), 5);
    assert_eq!(rest.next_token, None);

    // The delegated administrator may list; a member and a standalone account may not.
    assert_eq!(h.client(D).organizations().accounts().collect().await.unwrap().len(), all.len());
    assert_eq!(code_of(h.client(A).organizations().accounts().collect().await), denied());
    assert_eq!(code_of(h.client(S).organizations().accounts().collect().await), not_in_use());
}

async fn describe_account(h: &Harness) {
    let m = h.client(M);
    let a = m.organizations().account(id(A)).await.unwrap();
    assert_eq!(a.name.as_deref(), Some("Workload A"));
    assert_eq!(a.email.as_deref(), Some("a@example.com"));
    assert_eq!(a.arn, "arn:aws:organizations::123456789012:account/o-aa111bb222/111111111111");
    assert_eq!(a.status, Some(OrganizationAccountStatus::Active));
    assert_eq!(a.joined_method, Some(AccountJoinedMethod::Created));
    assert!(a.joined_timestamp.is_some());
    let workloads = unit_id(&m, "r-aa11", "Workloads").await;
    assert_eq!(a.paths, [format!("o-aa111bb222/r-aa11/{workloads}/{PROD}/111111111111/")]);
    let b = m.organizations().account(id(B)).await.unwrap();
    assert_eq!(b.joined_method, Some(AccountJoinedMethod::Invited));
    // Accounts outside the organization are not found.
    for outside in [S, Y] {
        assert_eq!(
            code_of(m.organizations().account(id(outside)).await),
            ("AccountNotFoundException".to_owned(), ErrorKind::NotFound)
        );
    }
    assert_eq!(code_of(h.client(A).organizations().account(id(B)).await), denied());
}

async fn the_tree_of_units(h: &Harness) {
    let m = h.client(M);
    let roots = m.organizations().roots().collect().await.unwrap();
    assert_eq!(roots.len(), 1);
    let root = &roots[0];
    assert_eq!(root.id, "r-aa11");
    assert_eq!(root.arn, "arn:aws:organizations::123456789012:root/o-aa111bb222/r-aa11");
    assert_eq!(
        root.policy_types,
        [PolicyTypeSummary::new(PolicyType::ServiceControlPolicy, PolicyTypeStatus::Enabled)]
    );

    let top: Vec<String> =
        m.organizations().organizational_units("r-aa11").collect().await.unwrap().into_iter().map(|u| u.name).collect();
    let mut top_sorted = top.clone();
    top_sorted.sort();
    assert_eq!(top_sorted, ["Security", "Workloads"]);
    let workloads = unit_id(&m, "r-aa11", "Workloads").await;
    let under: Vec<OrganizationalUnit> = m.organizations().organizational_units(&workloads).collect().await.unwrap();
    let mut names: Vec<&str> = under.iter().map(|u| u.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["Dev", "Prod"]);
    let prod = under.iter().find(|u| u.name == "Prod").unwrap();
    assert_eq!(prod.id, PROD);
    assert_eq!(prod.path.as_deref(), Some(format!("o-aa111bb222/r-aa11/{workloads}/{PROD}/").as_str()));
    let dev = unit_id(&m, &workloads, "Dev").await;

    let in_prod = m.organizations().accounts_for_parent(PROD).collect().await.unwrap();
    assert_eq!(in_prod.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), [A]);
    let at_root = m.organizations().children("r-aa11", ChildType::Account).collect().await.unwrap();
    assert_eq!(at_root, [OrganizationChild::new(M, ChildType::Account)]);
    let in_dev = m.organizations().children(&dev, ChildType::Account).collect().await.unwrap();
    assert_eq!(in_dev.len(), 1 + SANDBOXES);
    let units = m.organizations().children(&workloads, ChildType::OrganizationalUnit).collect().await.unwrap();
    assert_eq!(units.len(), 2);
    assert!(units.iter().all(|c| c.child_type == ChildType::OrganizationalUnit));

    let parents = m.organizations().parents(A).collect().await.unwrap();
    assert_eq!(parents, [OrganizationParent::new(PROD, ParentType::OrganizationalUnit)]);
    let parents = m.organizations().parents(PROD).collect().await.unwrap();
    assert_eq!(parents, [OrganizationParent::new(workloads.clone(), ParentType::OrganizationalUnit)]);
    let parents = m.organizations().parents(&workloads).collect().await.unwrap();
    assert_eq!(parents, [OrganizationParent::new("r-aa11", ParentType::Root)]);
    assert_eq!(m.organizations().parents(M).collect().await.unwrap()[0].parent_type, ParentType::Root);

    let parent_missing = ("ParentNotFoundException".to_owned(), ErrorKind::NotFound);
    assert_eq!(code_of(m.organizations().accounts_for_parent("r-zzzz").collect().await), parent_missing);
    assert_eq!(code_of(m.organizations().organizational_units("ou-aa11-nothere1").collect().await), parent_missing);
    assert_eq!(
        code_of(m.organizations().parents(S).collect().await),
        ("ChildNotFoundException".to_owned(), ErrorKind::NotFound)
    );
    // The delegated administrator reads the tree; a member does not.
    assert_eq!(h.client(D).organizations().roots().collect().await.unwrap(), roots);
    assert_eq!(code_of(h.client(B).organizations().roots().collect().await), denied());
}

async fn policies_and_their_targets(h: &Harness) {
    let m = h.client(M);
    let scp = PolicyType::ServiceControlPolicy;
    let on_prod = m.organizations().policies_for_target(PROD, scp.clone()).collect().await.unwrap();
    let ids: Vec<&str> = on_prod.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, [FULL_AWS_ACCESS_POLICY_ID, "p-denyroot01"]);
    assert!(on_prod[0].aws_managed && !on_prod[1].aws_managed);
    assert_eq!(on_prod[1].name, "DenyRootUser");
    assert_eq!(
        on_prod[1].arn,
        "arn:aws:organizations::123456789012:policy/o-aa111bb222/service_control_policy/p-denyroot01"
    );
    // Policies attach to the target itself: the account under Prod has only FullAWSAccess directly.
    let on_a = m.organizations().policies_for_target(A, scp.clone()).collect().await.unwrap();
    assert_eq!(on_a.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), [FULL_AWS_ACCESS_POLICY_ID]);
    let on_root = m.organizations().policies_for_target("r-aa11", scp.clone()).collect().await.unwrap();
    assert_eq!(on_root.len(), 1);
    assert!(m.organizations().policies_for_target(PROD, PolicyType::TagPolicy).collect().await.unwrap().is_empty());

    let deny = m.organizations().policy("p-denyroot01").await.unwrap();
    assert_eq!(deny.policy_summary, on_prod[1]);
    let content: serde_json::Value = serde_json::from_str(&deny.content).unwrap();
    assert_eq!(content["Statement"][0]["Effect"], "Deny");
    let full = m.organizations().policy(FULL_AWS_ACCESS_POLICY_ID).await.unwrap();
    assert!(full.policy_summary.aws_managed);
    assert!(full.content.contains("\"Allow\""));
    assert_eq!(
        code_of(m.organizations().policy("p-zzzzzzzzzz").await),
        ("PolicyNotFoundException".to_owned(), ErrorKind::NotFound)
    );
    assert_eq!(
        code_of(m.organizations().policies_for_target(S, scp.clone()).collect().await),
        ("TargetNotFoundException".to_owned(), ErrorKind::NotFound)
    );
    // Consolidated billing only: no service control policies.
    assert!(h.client(X).organizations().policies_for_target(Y, scp.clone()).collect().await.unwrap().is_empty());
    assert_eq!(code_of(h.client(A).organizations().policy("p-denyroot01").await), denied());
}

async fn tags_of_every_kind_of_resource(h: &Harness) {
    let m = h.client(M);
    let tags = |resource: &'static str| {
        let m = m.clone();
        async move {
            let tags = m.organizations().tags(resource).collect().await.unwrap();
            tags.into_iter().map(|t| (t.key, t.value)).collect::<Vec<_>>()
        }
    };
    let pair = |k: &str, v: &str| (k.to_owned(), v.to_owned());
    assert_eq!(tags(A).await, [pair("customer", "A"), pair("production", "true")]);
    assert_eq!(tags("r-aa11").await, [pair("owner", "platform")]);
    assert_eq!(tags(PROD).await, [pair("env", "prod")]);
    assert_eq!(tags("p-denyroot01").await, [pair("control", "A-ROOT")]);
    assert!(tags(B).await.is_empty());
    assert_eq!(
        code_of(m.organizations().tags(S).collect().await),
        ("TargetNotFoundException".to_owned(), ErrorKind::NotFound)
    );
    assert_eq!(code_of(h.client(A).organizations().tags(A).collect().await), denied());
}

async fn service_access_and_delegated_administrators(h: &Harness) {
    let m = h.client(M);
    let access = m.organizations().service_access().collect().await.unwrap();
    let principals: Vec<&str> = access.iter().map(|p| p.service_principal.as_str()).collect();
    assert_eq!(principals, ["account.amazonaws.com", "cloudtrail.amazonaws.com", "securityhub.amazonaws.com"]);
    assert!(access.iter().all(|p| p.date_enabled.is_some()));

    let admins = m.organizations().delegated_administrators(None).collect().await.unwrap();
    assert_eq!(admins.len(), 1);
    assert_eq!(admins[0].id, id(D));
    assert_eq!(admins[0].name.as_deref(), Some("Security tooling"));
    assert!(admins[0].delegation_enabled_date.is_some());
    let of_hub = m.organizations().delegated_administrators(Some("securityhub.amazonaws.com")).collect().await;
    assert_eq!(of_hub.unwrap(), admins);
    assert!(m
        .organizations()
        .delegated_administrators(Some("account.amazonaws.com"))
        .collect()
        .await
        .unwrap()
        .is_empty());
    assert_eq!(code_of(h.client(B).organizations().service_access().collect().await), denied());
    assert_eq!(code_of(h.client(S).organizations().delegated_administrators(None).collect().await), not_in_use());
}

async fn who_the_caller_is(h: &Harness) {
    let identity = h.client(M).caller_identity().await.unwrap();
    assert_eq!(identity.account, id(M));
    assert_eq!(identity.arn, "arn:aws:iam::123456789012:root");
    assert_eq!(identity.user_id, M);
    // A client that names no account learns who it is once, through STS.
    let unnamed = match h.mode {
        Mode::Local => Client::local_builder(h.backend.clone()).retry(RetryPolicy::none()).build(),
        Mode::Emulator => {
            let backend = AwsBackend::with_endpoint(&sdk_config(B, "secret"), h.endpoint().unwrap());
            Client::builder(backend).retry(RetryPolicy::none()).build()
        }
    };
    assert_eq!(unnamed.caller(), None);
    let expected = if h.mode == Mode::Local { "000000000000" } else { B };
    assert_eq!(unnamed.caller_account().await.unwrap(), id(expected));
    assert_eq!(unnamed.caller_account().await.unwrap(), id(expected));
    assert_eq!(h.client(A).caller_account().await.unwrap(), id(A));
}

async fn assume_role_within_the_organization(h: &Harness) {
    let m = h.client(M);
    let role = AssumeRoleInput::role_arn_for(&id(A), DEFAULT_ROLE_NAME);
    let out = m.call(AssumeRoleInput::new(role, "audit-session")).await.unwrap();
    assert!(out.credentials.access_key_id.starts_with("ASIA"), "{:?}", out.credentials);
    assert!(!out.credentials.secret_access_key.is_empty() && !out.credentials.session_token.is_empty());
    assert_eq!(
        out.assumed_role_user.arn,
        "arn:aws:sts::111111111111:assumed-role/OrganizationAccountAccessRole/audit-session"
    );
    assert!(out.assumed_role_user.assumed_role_id.ends_with(":audit-session"));
    let mut hour = AssumeRoleInput::new(AssumeRoleInput::role_arn_for(&id(B), "Auditor"), "s1");
    hour.duration_seconds = Some(900);
    let short = m.call(hour).await.unwrap();
    assert!(short.credentials.expiration < out.credentials.expiration);
    // Its own account's roles, and members' roles between members.
    m.call(AssumeRoleInput::new(AssumeRoleInput::role_arn_for(&id(M), "Admin"), "self")).await.unwrap();
    h.client(A).call(AssumeRoleInput::new(AssumeRoleInput::role_arn_for(&id(B), "Reader"), "peer")).await.unwrap();

    // Outside the caller's organization: refused.
    for (caller, target) in [(M, S), (M, Y), (S, A), (X, A)] {
        let input = AssumeRoleInput::new(AssumeRoleInput::role_arn_for(&id(target), DEFAULT_ROLE_NAME), "nope");
        let err = h.client(caller).call(input).await.unwrap_err();
        assert_eq!(err.code(), "AccessDenied", "{caller} -> {target}: {err:?}");
        assert_eq!(err.kind(), ErrorKind::AccessDenied);
        assert!(err.message().contains("sts:AssumeRole"), "{}", err.message());
    }
    let err = m.call(AssumeRoleInput::new("arn:aws:iam::111111111111:user/alice", "bad-arn")).await.unwrap_err();
    assert_eq!((err.code(), err.kind()), ("ValidationError", ErrorKind::Validation));
}

async fn as_account_acts_as_the_member(h: &Harness) {
    let as_a = h.client(M).as_account(id(A));
    // Acting as A: A's identity, A's permissions (a member may describe but not list the organization).
    let identity = as_a.caller_identity().await.unwrap();
    assert_eq!(identity.account, id(A));
    if h.mode == Mode::Emulator {
        assert_eq!(identity.arn, "arn:aws:sts::111111111111:assumed-role/OrganizationAccountAccessRole/marketplane");
    }
    assert_eq!(as_a.organizations().describe().await.unwrap().id.as_str(), "o-aa111bb222");
    assert_eq!(code_of(as_a.organizations().accounts().collect().await), denied());
    // A Marketplace Catalog call as A works, through the assumed role on AWS.
    let entities = as_a.call(marketplane::model::catalog::ListEntitiesInput::new("AWSMarketplace", "Offer")).await;
    assert!(entities.is_ok(), "{entities:?}");
    // Account Management as A: on AWS the management account's credentials name A as AccountId.
    let contact = as_a.accounts().get_alternate_contact(AlternateContactType::Security).await;
    assert_eq!(code_of(contact).0, "ResourceNotFoundException");
    if h.mode == Mode::Emulator {
        // A role outside the organization cannot be assumed: the call is refused as STS refused it.
        let err = h.client(M).as_account(id(S)).organizations().describe().await.unwrap_err();
        assert_eq!((err.code(), err.kind()), ("AccessDenied", ErrorKind::AccessDenied));
    }
}

async fn bad_input_is_refused_as_the_services_refuse_it(h: &Harness) {
    let m = h.client(M);
    let mut too_many = ListAccountsInput::new();
    too_many.max_results = Some(21);
    let err = m.call(too_many).await.unwrap_err();
    assert_eq!(err.code(), "InvalidInputException");
    assert_eq!(err.reason(), Some("MAX_VALUE_EXCEEDED"));
    assert_eq!(err.field_errors()[0].name, "MaxResults");
    let err = m.call(ListChildrenInput::new("x-1", ChildType::Account)).await.unwrap_err();
    assert_eq!((err.code(), err.reason()), ("InvalidInputException", Some("INVALID_PATTERN")));
    // A token the service never gave: refused by the service itself.
    let mut forged = ListAccountsInput::new();
    forged.next_token = Some("not-a-token".into());
    let err = m.call(forged).await.unwrap_err();
    assert_eq!((err.code(), err.kind()), ("InvalidInputException", ErrorKind::Validation));
    let err = m.call(AssumeRoleInput::new(AssumeRoleInput::role_arn_for(&id(A), "R"), "x")).await.unwrap_err();
    assert_eq!((err.code(), err.field_errors()[0].name.as_str()), ("ValidationError", "RoleSessionName"));
}

/// With credentials configured, the emulator verifies the signatures of assumed roles' sessions with their secret
/// and checks their token; expired sessions are refused.
#[tokio::test]
async fn assumed_credentials_are_verified_like_any_key() {
    use marketplane::backend::local::World;
    use marketplane::clock::{Clock, ManualClock};
    use marketplane_emulator::{Credential, Emulator};

    let clock = Arc::new(ManualClock::at_epoch());
    let backend = Arc::new(
        LocalBackend::builder()
            .clock(clock.clone())
            .world(World::from_toml_str(common::ESTATE_WORLD).unwrap())
            .in_memory()
            .unwrap(),
    );
    let emulator = Emulator::new(backend.clone()).with_max_skew(None).with_credentials(vec![Credential {
        access_key_id: "AKIAMANAGEMENT0001".into(),
        secret_access_key: "management-secret".into(),
        account_id: id(M),
    }]);
    let addr = marketplane_emulator::spawn("127.0.0.1:0".parse().unwrap(), Arc::new(emulator)).await.unwrap();
    let endpoint = format!("http://{addr}");
    let clock_dyn: Arc<dyn Clock> = clock.clone();
    let client = |config: &aws_config::SdkConfig| {
        Client::builder(AwsBackend::with_endpoint(config, &endpoint))
            .retry(RetryPolicy::none())
            .clock(clock_dyn.clone())
            .build()
    };
    let m = client(&sdk_config("AKIAMANAGEMENT0001", "management-secret"));
    assert_eq!(m.caller_account().await.unwrap(), id(M));

    // as_account through the assumed role: signed with the session's secret, and accepted as A.
    let as_a = m.as_account(id(A));
    assert_eq!(as_a.caller_identity().await.unwrap().account, id(A));
    assert_eq!(code_of(as_a.organizations().accounts().collect().await), denied());

    // The session's keys with a wrong secret, or without their token, are refused.
    let out =
        m.call(AssumeRoleInput::new(AssumeRoleInput::role_arn_for(&id(B), DEFAULT_ROLE_NAME), "direct")).await.unwrap();
    let creds = &out.credentials;
    let session_config = |secret: &str, token: Option<&str>| {
        aws_config::SdkConfig::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("us-east-1"))
            .credentials_provider(aws_credential_types::provider::SharedCredentialsProvider::new(
                aws_credential_types::Credentials::new(
                    creds.access_key_id.clone(),
                    secret.to_owned(),
                    token.map(str::to_owned),
                    None,
                    "test",
                ),
            ))
            .build()
    };
    let good = client(&session_config(&creds.secret_access_key, Some(&creds.session_token)));
    assert_eq!(good.caller_identity().await.unwrap().account, id(B));
    let wrong_secret = client(&session_config("nope", Some(&creds.session_token)));
    assert_eq!(code_of(wrong_secret.caller_identity().await).0, "SignatureDoesNotMatch");
    let no_token = client(&session_config(&creds.secret_access_key, None));
    assert_eq!(code_of(no_token.organizations().describe().await).0, "UnrecognizedClientException");
    // An hour later the session has expired.
    clock.advance(std::time::Duration::from_secs(3601));
    let (code, kind) = code_of(good.organizations().describe().await);
    assert_eq!((code.as_str(), kind), ("ExpiredTokenException", ErrorKind::AccessDenied));
}

/// Replace the emulator's fault plan through its admin endpoint (open: no credentials, no admin token).
async fn set_faults(endpoint: &str, plan: &str) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = endpoint.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "POST /_marketplane/faults HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{plan}",
        plan.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

async fn emulator_on(backend: LocalBackend) -> String {
    let emulator = Arc::new(marketplane_emulator::Emulator::new(Arc::new(backend)));
    let addr = marketplane_emulator::spawn("127.0.0.1:0".parse().unwrap(), emulator).await.unwrap();
    format!("http://{addr}")
}

fn aws_client(account: &str, endpoint: &str) -> Client {
    Client::builder(AwsBackend::with_endpoint(&sdk_config(account, "secret"), endpoint))
        .retry(RetryPolicy::none())
        .build()
}

/// On AWS, `as_account` assumes the role once and keeps its credentials while they are fresh: with STS failing
/// afterwards, the member's calls still go through; another member, whose role is not assumed yet, fails.
#[tokio::test]
async fn assumed_credentials_are_kept_while_fresh() {
    let world = marketplane::backend::local::World::from_toml_str(common::ESTATE_WORLD).unwrap();
    // The system clock: the credentials last an hour of real time.
    let endpoint = emulator_on(LocalBackend::builder().world(world).in_memory().unwrap()).await;
    let m = aws_client(M, &endpoint);
    let as_a = m.as_account(id(A));
    assert_eq!(as_a.organizations().describe().await.unwrap().master_account_id, id(M));
    set_faults(&endpoint, "sts 503:100%").await;
    assert_eq!(as_a.caller_account().await.unwrap(), id(A));
    assert_eq!(as_a.organizations().describe().await.unwrap().master_account_id, id(M));
    assert_eq!(code_of(as_a.organizations().accounts().collect().await), denied());
    let err = m.as_account(id(B)).organizations().describe().await.unwrap_err();
    assert_eq!(err.code(), "ServiceUnavailableException", "{err:?}");
}

/// Credentials close to their expiry are assumed again: on an engine whose clock stands at 1970, every credential
/// it issues is long expired by the system's clock, so each call assumes the role anew, and fails once STS does.
#[tokio::test]
async fn expiring_credentials_are_assumed_again() {
    let world = marketplane::backend::local::World::from_toml_str(common::ESTATE_WORLD).unwrap();
    let clock = Arc::new(marketplane::clock::ManualClock::at_epoch());
    let backend = LocalBackend::builder().clock(clock).world(world).in_memory().unwrap();
    let endpoint = emulator_on(backend).await;
    let as_a = aws_client(M, &endpoint).as_account(id(A));
    assert_eq!(as_a.organizations().describe().await.unwrap().master_account_id, id(M));
    set_faults(&endpoint, "sts 503:100%").await;
    let err = as_a.organizations().describe().await.unwrap_err();
    assert!(err.message().contains("ServiceUnavailable") || err.code() == "ServiceUnavailableException", "{err:?}");
}

/// Fault rules name STS's actions, which travel in the form body.
#[tokio::test]
async fn faults_reach_one_sts_action() {
    let world = marketplane::backend::local::World::from_toml_str(common::ESTATE_WORLD).unwrap();
    let endpoint = emulator_on(LocalBackend::builder().world(world).in_memory().unwrap()).await;
    let m = aws_client(M, &endpoint);
    set_faults(&endpoint, "sts.AssumeRole 503:100%").await;
    assert_eq!(m.caller_identity().await.unwrap().account, id(M));
    let err = m.call(AssumeRoleInput::new(AssumeRoleInput::role_arn_for(&id(A), "R"), "faulted")).await.unwrap_err();
    assert_eq!(err.code(), "ServiceUnavailableException", "{err:?}");
}
