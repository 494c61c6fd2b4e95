//! The main job, offline: declare a small organization on the embedded backend, find the accounts that miss
//! alternate contacts and fill them in, enable an opt-in region across the organization, wait for it, and report.
//!
//! Run it with `cargo run --example quickstart`.

use std::time::{Duration, Instant};

use marketplane::backend::local::World;
use marketplane::facade::WaitOptions;
use marketplane::model::account::{AlternateContact, AlternateContactType};
use marketplane::model::region::RegionOptStatus;
use marketplane::model::{AccountId, RegionName};
use marketplane::Client;

/// A management account, a delegated administrator and three workload accounts. Regions settle in 1.5 s here
/// (AWS takes minutes to hours) so that the example finishes quickly.
const WORLD: &str = r#"
[settings]
region_transition_seconds = 1.5

[[organizations]]
id = "o-exampleorg1"
management_account = "100000000001"
trusted_access = ["account.amazonaws.com"]
delegated_administrators = [{ account = "100000000002", service_principal = "account.amazonaws.com" }]

[[accounts]]
id = "100000000001"
name = "acme-management"
email = "aws-root@acme.example"
organization = "o-exampleorg1"

[[accounts]]
id = "100000000002"
name = "acme-platform-admin"
email = "aws-platform@acme.example"
organization = "o-exampleorg1"

[[accounts]]
id = "100000000003"
name = "acme-payments-prod"
email = "aws-payments-prod@acme.example"
organization = "o-exampleorg1"

[[accounts]]
id = "100000000004"
name = "acme-payments-dev"
email = "aws-payments-dev@acme.example"
organization = "o-exampleorg1"

[[accounts]]
id = "100000000005"
name = "acme-data"
email = "aws-data@acme.example"
organization = "o-exampleorg1"
"#;

/// The contact every account should have, per type.
fn standard_contact(contact_type: AlternateContactType) -> AlternateContact {
    let (name, title, email) = match contact_type {
        AlternateContactType::Billing => ("Finance Operations", "FinOps Lead", "finops@acme.example"),
        AlternateContactType::Operations => ("Platform On-Call", "SRE Manager", "oncall@acme.example"),
        _ => ("Security Team", "CISO", "security@acme.example"),
    };
    AlternateContact::new(contact_type, name, title, email, "+1 206-555-0100")
}

#[tokio::main]
async fn main() -> marketplane::Result<()> {
    let started = Instant::now();
    let world = World::from_toml_str(WORLD)?;
    let management: AccountId = "100000000001".parse()?;
    let delegated_admin: AccountId = "100000000002".parse()?;
    let admin = Client::in_memory_with_world(world)?.as_account(management.clone());

    // Some accounts already have some contacts, as a real estate would.
    admin.accounts().put_alternate_contact(standard_contact(AlternateContactType::Billing)).await?;
    admin
        .accounts()
        .put_alternate_contact(standard_contact(AlternateContactType::Security))
        .account_id("100000000003".parse()?)
        .await?;

    let local = admin.local_backend().expect("the quickstart runs on the local backend");
    let accounts = local.organization_accounts(&management)?;
    println!("Organization o-exampleorg1: {} accounts\n", accounts.len());

    println!("Alternate contacts");
    let mut fixed = 0;
    for account in &accounts {
        // Members are reached from the management account in organizations mode (with AccountId). The management
        // account acts on itself without AccountId, and so must the delegated administrator for its alternate
        // contacts, which nobody else may touch.
        let (client, target) = if account == &management || account == &delegated_admin {
            (admin.as_account(account.clone()), None)
        } else {
            (admin.clone(), Some(account))
        };
        let mut info = client.accounts().get_account_information();
        if let Some(member) = target {
            info = info.account_id(member.clone());
        }
        let info = info.await?;
        let missing = client.accounts().alternate_contacts(target).await?.missing();
        for contact_type in &missing {
            let mut put = client.accounts().put_alternate_contact(standard_contact(contact_type.clone()));
            if let Some(member) = target {
                put = put.account_id(member.clone());
            }
            put.await?;
            fixed += 1;
        }
        let status = if missing.is_empty() {
            "complete".to_owned()
        } else {
            let names: Vec<&str> = missing.iter().map(|t| t.as_str()).collect();
            format!("added {}", names.join(", "))
        };
        println!("  {account}  {:<22} {status}", info.account_name);
    }
    println!("  {fixed} contacts added\n");

    let region: RegionName = "eu-central-2".parse()?;
    println!("Enabling {region} across the organization");
    let results = admin
        .regions()
        .enable_and_wait_for_accounts(&region, &accounts, WaitOptions::default().with_timeout(Duration::from_secs(60)))
        .await;
    let mut enabled = 0;
    for (account, outcome) in &results {
        match outcome {
            Ok(status) => {
                if *status == RegionOptStatus::Enabled {
                    enabled += 1;
                }
                println!("  {account}  {status}");
            }
            Err(err) => println!("  {account}  FAILED: {err}"),
        }
    }
    println!("  {enabled}/{} accounts have {region} ENABLED\n", results.len());

    let opted_in = admin.regions().list().status(RegionOptStatus::Enabled).collect().await?;
    let names: Vec<String> = opted_in.iter().map(|r| r.region_name.to_string()).collect();
    println!("Opt-in regions enabled on the management account: {}", names.join(", "));
    println!("Done in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}
