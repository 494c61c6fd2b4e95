//! Plan and apply: from a desired state (alternate contacts per type, Regions enabled) to the changes each account
//! needs, read at the quotas' pace; then those changes, a bounded number of accounts at once, each operation paced
//! by its token bucket and tried again when throttled. A plan is computed from what is there, so planning again
//! after an interrupted apply yields exactly what is left.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

use futures::stream::{self, StreamExt};

use super::{
    AppliedChange, ApplyReport, ChangeKind, ChangeOutcome, DesiredState, Estate, Plan, PlanSkip, PlannedChange,
    ProgressEvent,
};
use crate::error::{Error, ErrorKind, Result};
use crate::facade::WaitOptions;
use crate::model::account::{
    AlternateContact, AlternateContactType, EnableRegionInput, GetAlternateContactInput, GetRegionOptStatusInput,
    PutAlternateContactInput,
};
use crate::model::organizations::OrganizationAccountStatus;
use crate::model::region::RegionOptStatus;
use crate::model::AccountId;

fn validate(desired: &DesiredState) -> Result<()> {
    let mut seen = Vec::new();
    for (i, contact) in desired.contacts.iter().enumerate() {
        contact.validate().map_err(|e| {
            let field = e.field_errors().first().map(|f| f.name.clone()).unwrap_or_default();
            Error::invalid_field(format!("contacts[{i}].{field}"), e.message().to_owned())
        })?;
        if !contact.alternate_contact_type.is_known() {
            return Err(Error::invalid_field(
                format!("contacts[{i}].alternate_contact_type"),
                format!("must be one of {}", AlternateContactType::known_values()),
            ));
        }
        if seen.contains(&contact.alternate_contact_type) {
            return Err(Error::invalid_field(
                format!("contacts[{i}].alternate_contact_type"),
                format!("{} is given twice; an account has one contact per type", contact.alternate_contact_type),
            ));
        }
        seen.push(contact.alternate_contact_type.clone());
    }
    Ok(())
}

/// The accounts a plan covers: those asked for, or every active account of the organization (the caller alone
/// when it cannot list them).
async fn accounts(estate: &Estate, desired: &DesiredState) -> Result<Vec<AccountId>> {
    if !desired.accounts.is_empty() {
        return Ok(desired.accounts.clone());
    }
    let caller = estate.client.caller_account().await?;
    match estate.client.organizations().accounts().collect().await {
        Ok(list) => Ok(list
            .into_iter()
            .filter(|a| matches!(a.status, Some(OrganizationAccountStatus::Active) | None))
            .map(|a| a.id)
            .collect()),
        Err(err) if matches!(err.kind(), ErrorKind::AccessDenied | ErrorKind::NotFound) => Ok(vec![caller]),
        Err(err) => Err(err),
    }
}

fn same(a: &AlternateContact, b: &AlternateContact) -> bool {
    a.name == b.name
        && a.title == b.title
        && a.email_address.eq_ignore_ascii_case(&b.email_address)
        && a.phone_number == b.phone_number
}

/// What one account needs: its changes, or why it was skipped.
async fn plan_account(
    estate: &Estate,
    caller: &AccountId,
    account: AccountId,
    desired: &DesiredState,
    total: u64,
    done: &AtomicU64,
) -> (AccountId, Vec<PlannedChange>, Option<String>) {
    let client = &estate.client;
    let target = (&account != caller).then(|| account.clone());
    let mut changes = Vec::new();
    let mut skip = None;
    for wanted in &desired.contacts {
        if estate.cancelled() {
            break;
        }
        let contact_type = wanted.alternate_contact_type.clone();
        let current = estate
            .paced("GetAlternateContact", || {
                let mut input = GetAlternateContactInput::new(contact_type.clone());
                input.account_id = target.clone();
                client.call(input).send()
            })
            .await;
        let detail = match current {
            Ok(current) if same(&current, wanted) => continue,
            Ok(_) if !desired.overwrite => continue,
            Ok(current) => format!(
                "replace {contact_type} {} <{}> with {} <{}>",
                current.name, current.email_address, wanted.name, wanted.email_address
            ),
            Err(err) if err.kind() == ErrorKind::NotFound => {
                format!("set {contact_type} to {} <{}>", wanted.name, wanted.email_address)
            }
            Err(err) => {
                skip = Some(format!("GetAlternateContact({contact_type}): {}: {}", err.code(), err.message()));
                break;
            }
        };
        changes.push(PlannedChange {
            account_id: account.clone(),
            kind: ChangeKind::PutAlternateContact,
            contact: Some(wanted.clone()),
            region: None,
            detail,
        });
    }
    if skip.is_none() {
        for region in &desired.regions {
            if estate.cancelled() {
                break;
            }
            let status = estate
                .paced("GetRegionOptStatus", || {
                    let mut input = GetRegionOptStatusInput::new(region.clone());
                    input.account_id = target.clone();
                    client.call(input).send()
                })
                .await;
            match status.map(|r| r.region_opt_status) {
                Ok(RegionOptStatus::Enabled | RegionOptStatus::EnabledByDefault) => {}
                Ok(RegionOptStatus::Enabling) if !desired.wait_for_regions => {}
                Ok(status) => changes.push(PlannedChange {
                    account_id: account.clone(),
                    kind: ChangeKind::EnableRegion,
                    contact: None,
                    region: Some(region.clone()),
                    detail: format!("enable {region} (now {status})"),
                }),
                Err(err) => {
                    skip = Some(format!("GetRegionOptStatus({region}): {}: {}", err.code(), err.message()));
                    break;
                }
            }
        }
    }
    let n = done.fetch_add(1, Ordering::SeqCst) + 1;
    estate.progress(ProgressEvent {
        phase: "plan".into(),
        done: n,
        total,
        account_id: Some(account.clone()),
        message: format!("{account}: {} changes", changes.len()),
    });
    (account, changes, skip)
}

pub(crate) async fn plan(estate: &Estate, desired: &DesiredState) -> Result<Plan> {
    validate(desired)?;
    let client = &estate.client;
    let caller = client.caller_account().await?;
    let targets = accounts(estate, desired).await?;
    let total = targets.len() as u64;
    let done = AtomicU64::new(0);
    let jobs = targets.into_iter().map(|account| plan_account(estate, &caller, account, desired, total, &done));
    let mut results: Vec<(AccountId, Vec<PlannedChange>, Option<String>)> =
        stream::iter(jobs).buffer_unordered(estate.options.concurrency.max(1)).collect().await;
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut plan = Plan { wait_for_regions: desired.wait_for_regions, ..Plan::default() };
    for (account, changes, skip) in results {
        if let Some(detail) = skip {
            plan.skipped.push(PlanSkip { account_id: account, detail });
        } else if changes.is_empty() {
            plan.unchanged.push(account);
        } else {
            plan.changes.extend(changes);
        }
    }
    Ok(plan)
}

async fn apply_one(estate: &Estate, caller: &AccountId, change: &PlannedChange, wait: bool) -> (ChangeOutcome, String) {
    let client = &estate.client;
    let target = (&change.account_id != caller).then(|| change.account_id.clone());
    match (&change.kind, &change.contact, &change.region) {
        (ChangeKind::PutAlternateContact, Some(contact), _) => {
            let sent = estate
                .paced("PutAlternateContact", || {
                    let mut input = PutAlternateContactInput::new(contact.clone());
                    input.account_id = target.clone();
                    client.call(input).send()
                })
                .await;
            match sent {
                Ok(()) => (ChangeOutcome::Applied, format!("{} contact set", contact.alternate_contact_type)),
                Err(err) => (ChangeOutcome::Failed, format!("{}: {}", err.code(), err.message())),
            }
        }
        (ChangeKind::EnableRegion, _, Some(region)) => {
            let sent = estate
                .paced("EnableRegion", || {
                    let mut input = EnableRegionInput::new(region.clone());
                    input.account_id = target.clone();
                    client.call(input).send()
                })
                .await;
            let outcome = match sent {
                Ok(()) => ChangeOutcome::Applied,
                // Not DISABLED any more: someone else is enabling it (or it is disabling; the waiter handles that).
                Err(err) if err.kind() == ErrorKind::Conflict => ChangeOutcome::Unchanged,
                Err(err) => return (ChangeOutcome::Failed, format!("{}: {}", err.code(), err.message())),
            };
            if !wait {
                return (outcome, format!("{region} ENABLING"));
            }
            let mut waiter = client.regions().enable_and_wait(region.clone(), WaitOptions::default());
            if let Some(target) = target {
                waiter = waiter.account_id(target);
            }
            match waiter.send().await {
                Ok(status) => (outcome, format!("{region} {status}")),
                Err(err) => (ChangeOutcome::Failed, format!("{}: {}", err.code(), err.message())),
            }
        }
        _ => (ChangeOutcome::Failed, format!("a {} change without its contact or Region", change.kind)),
    }
}

/// One account's changes, in order.
async fn apply_account(
    estate: &Estate,
    caller: &AccountId,
    changes: Vec<PlannedChange>,
    wait: bool,
    total: u64,
    done: &AtomicU64,
) -> Vec<AppliedChange> {
    let mut results = Vec::new();
    for change in changes {
        let (outcome, detail) = if estate.cancelled() {
            (ChangeOutcome::Cancelled, "stopped before it was sent".to_owned())
        } else {
            apply_one(estate, caller, &change, wait).await
        };
        let n = done.fetch_add(1, Ordering::SeqCst) + 1;
        estate.progress(ProgressEvent {
            phase: "apply".into(),
            done: n,
            total,
            account_id: Some(change.account_id.clone()),
            message: format!("{}: {} {outcome}", change.account_id, change.kind),
        });
        results.push(AppliedChange { change, outcome, detail });
    }
    results
}

pub(crate) async fn apply(estate: &Estate, plan: &Plan) -> Result<ApplyReport> {
    let caller = estate.client.caller_account().await?;
    let mut by_account: BTreeMap<AccountId, Vec<&PlannedChange>> = BTreeMap::new();
    for change in &plan.changes {
        by_account.entry(change.account_id.clone()).or_default().push(change);
    }
    let total = plan.changes.len() as u64;
    let done = AtomicU64::new(0);
    let groups: Vec<Vec<PlannedChange>> =
        by_account.into_values().map(|changes| changes.into_iter().cloned().collect()).collect();
    let jobs =
        groups.into_iter().map(|changes| apply_account(estate, &caller, changes, plan.wait_for_regions, total, &done));
    let nested: Vec<Vec<AppliedChange>> =
        stream::iter(jobs).buffer_unordered(estate.options.concurrency.max(1)).collect().await;
    let mut results: Vec<AppliedChange> = nested.into_iter().flatten().collect();
    results.sort_by(|a, b| a.change.account_id.cmp(&b.change.account_id));
    Ok(ApplyReport { results })
}
