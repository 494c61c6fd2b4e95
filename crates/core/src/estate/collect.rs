//! Gathering the estate: the organization's tree and policies once, then every account's tags, policies, contacts
//! and Regions with bounded concurrency, each Account Management call paced by its quota. A failed read is kept as
//! a [`ReadError`] on what it was about; nothing here stops on one.

use std::collections::{BTreeMap, HashMap, VecDeque};

use futures::stream::{self, StreamExt};

use super::{Delegation, Estate, EstateAccount, EstatePolicy, EstateUnit, Inventory, ProgressEvent, ReadError};
use crate::error::{ErrorKind, Result};
use crate::facade::{AlternateContacts, Catalog};
use crate::model::account::{
    AlternateContactType, GetAlternateContactInput, GetContactInformationInput, ListRegionsInput,
};
use crate::model::agreement::AgreementFilter;
use crate::model::organizations::{OrganizationAccount, PolicyType, PolicyTypeStatus};
use crate::model::serverless::Principal;
use crate::model::AccountId;

/// A product entity: (type, id, visibility).
pub(crate) type Product = (String, String, String);
/// A read's result, or what failed.
pub(crate) type Read<T> = std::result::Result<T, ReadError>;

/// What the audit reads besides the inventory: the seller's Marketplace catalog and agreements, and every account's
/// Serverless Application Repository applications.
#[derive(Debug, Default)]
pub(crate) struct AuditExtras {
    /// Product entities of the caller: (type, id, visibility).
    pub products: Option<Read<Vec<Product>>>,
    /// Distinct acceptors of the caller's active purchase agreements.
    pub acceptors: Option<Read<Vec<String>>>,
    /// Per account: its applications as (id, publicly shared), or why they could not be read.
    pub applications: BTreeMap<AccountId, Read<Vec<(String, bool)>>>,
}

/// An organizations-mode target: `None` for the caller's own account (Account Management refuses the management
/// account naming itself).
fn target(caller: &AccountId, account: &AccountId) -> Option<AccountId> {
    (account != caller).then(|| account.clone())
}

pub(crate) async fn inventory(estate: &Estate) -> Result<Inventory> {
    let client = &estate.client;
    let caller = client.caller_account().await?;
    let orgs = client.organizations();
    let mut inv = Inventory {
        caller: caller.clone(),
        organization: None,
        root_id: None,
        scps_enabled: false,
        root_policy_ids: Vec::new(),
        units: Vec::new(),
        policies: Vec::new(),
        service_access: Vec::new(),
        delegated_administrators: Vec::new(),
        accounts: Vec::new(),
        read_errors: Vec::new(),
    };
    let mut listed: Vec<OrganizationAccount> = Vec::new();
    match orgs.describe().send().await {
        Ok(org) => inv.organization = Some(org),
        Err(err) if err.code() == "AWSOrganizationsNotInUseException" => {}
        Err(err) => inv.read_errors.push(ReadError::new("DescribeOrganization", &err)),
    }
    if inv.organization.is_some() {
        match orgs.accounts().collect().await {
            Ok(accounts) => listed = accounts,
            Err(err) => inv.read_errors.push(ReadError::new("ListAccounts", &err)),
        }
    }
    let management = inv.organization.as_ref().map(|o| o.master_account_id.clone());

    // The tree: parent of every account and unit, with unit names.
    let mut parent_of: HashMap<AccountId, String> = HashMap::new();
    if inv.organization.is_some() && inv.read_errors.is_empty() {
        tree(estate, &mut inv, &mut parent_of).await;
    }

    // Accounts: the organization's, or the caller alone when they cannot be listed.
    if listed.is_empty() {
        listed.push(OrganizationAccount {
            id: caller.clone(),
            arn: String::new(),
            email: None,
            name: None,
            status: None,
            state: None,
            paths: Vec::new(),
            joined_method: None,
            joined_timestamp: None,
        });
    }
    let units: HashMap<String, EstateUnit> = inv.units.iter().map(|u| (u.id.clone(), u.clone())).collect();
    let scps = inv.scps_enabled;
    let total = listed.len() as u64;
    let done = std::sync::atomic::AtomicU64::new(0);
    let jobs = listed.into_iter().map(|account| {
        let parent = parent_of.get(&account.id).cloned();
        let unit = parent.as_ref().and_then(|p| units.get(p));
        let (ou_path, ou_ids) = match unit {
            Some(unit) => (unit.path.clone(), unit_ids(unit, &units)),
            None => (Vec::new(), Vec::new()),
        };
        let is_management = management.as_ref() == Some(&account.id);
        let caller = caller.clone();
        let done = &done;
        async move {
            let mut entry = EstateAccount {
                account_id: account.id.clone(),
                name: account.name.clone(),
                email: account.email.clone(),
                status: account.status.clone(),
                joined_method: account.joined_method.clone(),
                management: is_management,
                parent_id: parent,
                ou_path,
                ou_ids,
                tags: Default::default(),
                policy_ids: Vec::new(),
                primary_contact: None,
                alternate_contacts: AlternateContacts::default(),
                regions: Vec::new(),
                read_errors: Vec::new(),
            };
            if !estate.cancelled() {
                read_account(estate, &caller, &mut entry, scps, !account.arn.is_empty()).await;
            }
            let done = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            estate.progress(ProgressEvent {
                phase: "inventory".into(),
                done,
                total,
                account_id: Some(entry.account_id.clone()),
                message: format!("read {}", entry.account_id),
            });
            entry
        }
    });
    let mut accounts: Vec<EstateAccount> =
        stream::iter(jobs).buffer_unordered(estate.options.concurrency.max(1)).collect().await;
    accounts.sort_by(|a, b| a.account_id.cmp(&b.account_id));
    inv.accounts = accounts;

    // The documents of every policy attached somewhere.
    let mut ids: Vec<String> = inv.root_policy_ids.clone();
    ids.extend(inv.units.iter().flat_map(|u| u.policy_ids.iter().cloned()));
    ids.extend(inv.accounts.iter().flat_map(|a| a.policy_ids.iter().cloned()));
    ids.sort();
    ids.dedup();
    for id in ids {
        match orgs.policy(&id).send().await {
            Ok(policy) => inv.policies.push(EstatePolicy {
                id,
                name: policy.policy_summary.name,
                aws_managed: policy.policy_summary.aws_managed,
                content: Some(policy.content),
            }),
            Err(err) => {
                inv.read_errors.push(ReadError::new(format!("DescribePolicy({id})"), &err));
                inv.policies.push(EstatePolicy { id, name: String::new(), aws_managed: false, content: None });
            }
        }
    }
    Ok(inv)
}

/// The ids of the units from the root down to `unit`.
fn unit_ids(unit: &EstateUnit, units: &HashMap<String, EstateUnit>) -> Vec<String> {
    let mut ids = vec![unit.id.clone()];
    let mut at = unit;
    while let Some(parent) = units.get(&at.parent_id) {
        ids.push(parent.id.clone());
        at = parent;
    }
    ids.reverse();
    ids
}

/// Walk the tree from the root: units, their policies, which account sits where; trusted access and delegated
/// administrators.
async fn tree(estate: &Estate, inv: &mut Inventory, parent_of: &mut HashMap<AccountId, String>) {
    let orgs = estate.client.organizations();
    let scp = PolicyType::ServiceControlPolicy;
    let root = match orgs.roots().collect().await {
        Ok(roots) => match roots.into_iter().next() {
            Some(root) => root,
            None => return,
        },
        Err(err) => {
            inv.read_errors.push(ReadError::new("ListRoots", &err));
            return;
        }
    };
    inv.scps_enabled = root.policy_types.iter().any(|p| p.policy_type == scp && p.status == PolicyTypeStatus::Enabled);
    inv.root_id = Some(root.id.clone());
    if inv.scps_enabled {
        match orgs.policies_for_target(&root.id, scp.clone()).collect().await {
            Ok(policies) => inv.root_policy_ids = policies.into_iter().map(|p| p.id).collect(),
            Err(err) => inv.read_errors.push(ReadError::new("ListPoliciesForTarget(root)", &err)),
        }
    }
    // Breadth first: (parent id, its path of names).
    let mut queue: VecDeque<(String, Vec<String>)> = VecDeque::from([(root.id.clone(), Vec::new())]);
    while let Some((parent, path)) = queue.pop_front() {
        match orgs.accounts_for_parent(&parent).collect().await {
            Ok(accounts) => {
                for account in accounts {
                    parent_of.insert(account.id, parent.clone());
                }
            }
            Err(err) => inv.read_errors.push(ReadError::new(format!("ListAccountsForParent({parent})"), &err)),
        }
        match orgs.organizational_units(&parent).collect().await {
            Ok(units) => {
                for unit in units {
                    let mut unit_path = path.clone();
                    unit_path.push(unit.name.clone());
                    let mut policy_ids = Vec::new();
                    if inv.scps_enabled {
                        match orgs.policies_for_target(&unit.id, scp.clone()).collect().await {
                            Ok(policies) => policy_ids = policies.into_iter().map(|p| p.id).collect(),
                            Err(err) => inv
                                .read_errors
                                .push(ReadError::new(format!("ListPoliciesForTarget({})", unit.id), &err)),
                        }
                    }
                    queue.push_back((unit.id.clone(), unit_path.clone()));
                    inv.units.push(EstateUnit {
                        id: unit.id,
                        name: unit.name,
                        parent_id: parent.clone(),
                        path: unit_path,
                        policy_ids,
                    });
                }
            }
            Err(err) => {
                inv.read_errors.push(ReadError::new(format!("ListOrganizationalUnitsForParent({parent})"), &err))
            }
        }
    }
    match orgs.service_access().collect().await {
        Ok(principals) => inv.service_access = principals.into_iter().map(|p| p.service_principal).collect(),
        Err(err) => inv.read_errors.push(ReadError::new("ListAWSServiceAccessForOrganization", &err)),
    }
    // Which service each administrator serves: one filtered list per service the checks look at.
    for principal in super::checks::SERVICE_PRINCIPALS.iter().chain(["account.amazonaws.com"].iter()) {
        match orgs.delegated_administrators(Some(principal)).collect().await {
            Ok(admins) => inv.delegated_administrators.extend(
                admins.into_iter().map(|a| Delegation { account_id: a.id, service_principal: (*principal).to_owned() }),
            ),
            Err(err) => {
                inv.read_errors.push(ReadError::new("ListDelegatedAdministrators", &err));
                break;
            }
        }
    }
}

/// One account's tags, directly attached policies, contacts and Regions.
async fn read_account(estate: &Estate, caller: &AccountId, entry: &mut EstateAccount, scps: bool, in_org: bool) {
    let client = &estate.client;
    let id = entry.account_id.clone();
    if in_org {
        match client.organizations().tags(id.as_str()).collect().await {
            Ok(tags) => entry.tags = tags.into_iter().map(|t| (t.key, t.value)).collect(),
            Err(err) => entry.read_errors.push(ReadError::new("ListTagsForResource", &err)),
        }
        if scps {
            match client
                .organizations()
                .policies_for_target(id.as_str(), PolicyType::ServiceControlPolicy)
                .collect()
                .await
            {
                Ok(policies) => entry.policy_ids = policies.into_iter().map(|p| p.id).collect(),
                Err(err) => entry.read_errors.push(ReadError::new("ListPoliciesForTarget", &err)),
            }
        }
    }
    let account_id = target(caller, &id);
    let contact = estate
        .paced("GetContactInformation", || {
            let mut input = GetContactInformationInput::new();
            input.account_id = account_id.clone();
            client.call(input).send()
        })
        .await;
    match contact {
        Ok(contact) => entry.primary_contact = Some(contact.contact_information),
        Err(err) if err.kind() == ErrorKind::NotFound => {}
        Err(err) => entry.read_errors.push(ReadError::new("GetContactInformation", &err)),
    }
    for contact_type in AlternateContactType::KNOWN {
        let found = estate
            .paced("GetAlternateContact", || {
                let mut input = GetAlternateContactInput::new(contact_type.clone());
                input.account_id = account_id.clone();
                client.call(input).send()
            })
            .await;
        let slot = match contact_type {
            AlternateContactType::Billing => &mut entry.alternate_contacts.billing,
            AlternateContactType::Operations => &mut entry.alternate_contacts.operations,
            _ => &mut entry.alternate_contacts.security,
        };
        match found {
            Ok(contact) => *slot = Some(contact),
            Err(err) if err.kind() == ErrorKind::NotFound => {}
            Err(err) => entry.read_errors.push(ReadError::new(format!("GetAlternateContact({contact_type})"), &err)),
        }
    }
    let mut token: Option<String> = None;
    loop {
        let page = estate
            .paced("ListRegions", || {
                let mut input = ListRegionsInput::new();
                input.account_id = account_id.clone();
                input.max_results = Some(50);
                input.next_token = token.clone();
                client.call(input).send()
            })
            .await;
        match page {
            Ok(page) => {
                entry.regions.extend(page.regions);
                token = page.next_token;
                if token.is_none() {
                    break;
                }
            }
            Err(err) => {
                entry.regions.clear();
                entry.read_errors.push(ReadError::new("ListRegions", &err));
                break;
            }
        }
    }
}

const PRODUCT_TYPES: &[&str] = &["SaaSProduct", "AmiProduct", "ContainerProduct", "DataProduct"];

pub(crate) async fn audit_extras(estate: &Estate, inv: &Inventory, policy: &super::AuditPolicy) -> AuditExtras {
    let client = &estate.client;
    let mut extras = AuditExtras::default();
    if policy.marketplace {
        let mut products = Ok(Vec::new());
        for entity_type in PRODUCT_TYPES {
            match client.catalog().entities(Catalog::entities_of(entity_type)).collect().await {
                Ok(entities) => {
                    if let Ok(list) = &mut products {
                        list.extend(entities.into_iter().map(|e| {
                            (e.entity_type, e.entity_id.into_string(), e.visibility.unwrap_or_else(|| "Unknown".into()))
                        }));
                    }
                }
                Err(err) => {
                    products = Err(ReadError::new(format!("ListEntities({entity_type})"), &err));
                    break;
                }
            }
        }
        extras.products = Some(products);
        let filters = vec![
            AgreementFilter::new("PartyType", "Proposer"),
            AgreementFilter::new("AgreementType", "PurchaseAgreement"),
            AgreementFilter::new("Status", "ACTIVE"),
        ];
        extras.acceptors = Some(match client.agreements().all(filters).await {
            Ok(agreements) => {
                let mut acceptors: Vec<String> = agreements.into_iter().filter_map(|a| a.acceptor.account_id).collect();
                acceptors.sort();
                acceptors.dedup();
                Ok(acceptors)
            }
            Err(err) => Err(ReadError::new("SearchAgreements", &err)),
        });
    }
    if policy.serverless_applications {
        let ids: Vec<AccountId> = inv.accounts.iter().map(|a| a.account_id.clone()).collect();
        let jobs = ids.into_iter().map(|id| account_applications(estate, id));
        extras.applications = stream::iter(jobs).buffer_unordered(estate.options.concurrency.max(1)).collect().await;
    }
    extras
}

/// One account's applications and whether each is shared publicly (read as that account).
async fn account_applications(estate: &Estate, id: AccountId) -> (AccountId, Read<Vec<(String, bool)>>) {
    if estate.cancelled() {
        return (id, Ok(Vec::new()));
    }
    let as_member = estate.client.as_account(id.clone());
    let apps = match as_member.applications().list().collect().await {
        Ok(apps) => apps,
        Err(err) => return (id, Err(ReadError::new("ListApplications", &err))),
    };
    let mut found = Vec::new();
    for app in apps {
        match as_member.applications().policy(&app.application_id).send().await {
            Ok(statements) => {
                let public = statements
                    .iter()
                    .any(|s| s.principals.contains(&Principal::Everyone) && s.principal_org_ids.is_empty());
                found.push((app.application_id.into_string(), public));
            }
            Err(err) => return (id, Err(ReadError::new("GetApplicationPolicy", &err))),
        }
    }
    (id, Ok(found))
}
