//! Account Management in the local engine: who may act on which account, contacts, primary email, account name and
//! information, phone verification, and the region opt-in state machine.

use super::Tx;
use rand::distributions::{Alphanumeric, DistString};
use rusqlite::{params, OptionalExtension};
use time::OffsetDateTime;

use super::schema::db_error;
use super::stored;
use super::{conflict, exists, to_ms, LocalConfig};
use crate::error::{Error, ErrorKind, Result};
use crate::model::account::*;
use crate::model::region::{region_kind, Region, RegionKind, RegionOptStatus, REGION_CATALOG};
use crate::model::{AccountArn, AccountId, RegionName, ACCOUNT_SERVICE_PRINCIPAL};
use crate::operation::{whole_seconds, AccountEngine, AccountRequest, AccountResponse};

/// Create `id` as a standalone active account if the engine does not know it yet. A known account is only read, so
/// a read-only request by a known caller takes no write lock.
pub(super) fn ensure_account(tx: &Tx<'_>, id: &AccountId, now: OffsetDateTime) -> Result<()> {
    let known = tx
        .prepare_cached("SELECT 1 FROM accounts WHERE id = ?1")
        .and_then(|mut stmt| stmt.exists([id.as_str()]))
        .map_err(db_error)?;
    if known {
        return Ok(());
    }
    tx.prepare_cached(
        "INSERT INTO accounts (id, name, email, created_at_ms, state) VALUES (?1, ?2, ?3, ?4, 'ACTIVE')
         ON CONFLICT (id) DO NOTHING",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            id.as_str(),
            format!("Account {id}"),
            format!("root+{id}@example.com"),
            to_ms(whole_seconds(now))
        ])
    })
    .map_err(db_error)?;
    Ok(())
}

/// Serve one Account Management request inside `tx`.
pub(super) fn handle(
    tx: &Tx<'_>,
    config: &LocalConfig,
    now: OffsetDateTime,
    caller: &AccountId,
    request: AccountRequest,
) -> Result<AccountResponse> {
    ensure_account(tx, caller, now)?;
    let target = authorize(tx, caller, &request)?;
    request.serve(&Engine(Ctx { tx, config, now, target: &target }))
}

/// The engine's arm of each Account Management operation.
struct Engine<'a>(Ctx<'a>);

impl AccountEngine for Engine<'_> {
    fn accept_primary_email_update(&self, input: AcceptPrimaryEmailUpdateInput) -> Result<PrimaryEmailUpdateStatus> {
        self.0.accept_primary_email_update(&input.primary_email, &input.otp)
    }

    fn delete_alternate_contact(&self, input: DeleteAlternateContactInput) -> Result<()> {
        self.0.delete_alternate_contact(&input.alternate_contact_type)
    }

    fn disable_region(&self, input: DisableRegionInput) -> Result<()> {
        self.0.toggle_region(&input.region_name, false)
    }

    fn enable_region(&self, input: EnableRegionInput) -> Result<()> {
        self.0.toggle_region(&input.region_name, true)
    }

    fn get_account_information(&self, _: GetAccountInformationInput) -> Result<AccountInformation> {
        self.0.get_account_information()
    }

    fn get_alternate_contact(&self, input: GetAlternateContactInput) -> Result<AlternateContact> {
        self.0.get_alternate_contact(&input.alternate_contact_type)
    }

    fn get_contact_information(&self, _: GetContactInformationInput) -> Result<PrimaryContact> {
        self.0.get_contact_information()
    }

    fn get_gov_cloud_account_information(
        &self,
        _: GetGovCloudAccountInformationInput,
    ) -> Result<GovCloudAccountInformation> {
        self.0.get_govcloud_account_information()
    }

    fn get_primary_email(&self, _: GetPrimaryEmailInput) -> Result<String> {
        self.0.account_row().map(|a| a.email)
    }

    fn get_primary_email_update_status(&self, _: GetPrimaryEmailUpdateStatusInput) -> Result<PrimaryEmailUpdate> {
        self.0.get_primary_email_update_status()
    }

    fn get_region_opt_status(&self, input: GetRegionOptStatusInput) -> Result<Region> {
        self.0.get_region_opt_status(&input.region_name)
    }

    fn list_regions(&self, input: ListRegionsInput) -> Result<ListRegionsOutput> {
        self.0.list_regions(input.max_results, input.next_token.as_deref(), &input.region_opt_status_contains)
    }

    fn put_account_name(&self, input: PutAccountNameInput) -> Result<()> {
        self.0.put_account_name(&input.account_name)
    }

    fn put_alternate_contact(&self, input: PutAlternateContactInput) -> Result<()> {
        self.0.put_alternate_contact(&input.contact)
    }

    fn put_contact_information(&self, input: PutContactInformationInput) -> Result<()> {
        self.0.put_contact_information(&input.contact_information)
    }

    fn send_phone_number_verification(
        &self,
        _: SendPhoneNumberVerificationInput,
    ) -> Result<PhoneNumberVerificationStatus> {
        self.0.send_phone_number_verification()
    }

    fn start_primary_email_update(&self, input: StartPrimaryEmailUpdateInput) -> Result<PrimaryEmailUpdateStatus> {
        self.0.start_primary_email_update(&input.primary_email)
    }

    fn verify_phone_number(&self, input: VerifyPhoneNumberInput) -> Result<PhoneNumberVerificationStatus> {
        self.0.verify_phone_number(&input.otp)
    }
}

pub(super) struct OrgRow {
    pub(super) id: String,
    pub(super) management_account: String,
    pub(super) all_features: bool,
}

pub(super) fn organization_of(tx: &Tx<'_>, account: &AccountId) -> Result<Option<OrgRow>> {
    tx.query_row(
        "SELECT o.id, o.management_account, o.all_features FROM accounts a JOIN organizations o
         ON a.organization_id = o.id WHERE a.id = ?1",
        [account.as_str()],
        |r| Ok(OrgRow { id: r.get(0)?, management_account: r.get(1)?, all_features: r.get(2)? }),
    )
    .optional()
    .map_err(db_error)
}

fn is_delegated_admin(tx: &Tx<'_>, org: &str, account: &AccountId) -> Result<bool> {
    exists(
        tx,
        "SELECT 1 FROM delegated_administrators WHERE organization_id = ?1 AND account_id = ?2
         AND service_principal = ?3",
        &[org, account.as_str(), ACCOUNT_SERVICE_PRINCIPAL],
    )
}

fn is_alternate_contact_operation(request: &AccountRequest) -> bool {
    matches!(
        request,
        AccountRequest::GetAlternateContact(_)
            | AccountRequest::PutAlternateContact(_)
            | AccountRequest::DeleteAlternateContact(_)
    )
}

/// Decide which account the request acts on, or refuse it as the service does.
///
/// Without `AccountId` a caller acts on itself (standalone mode). With it (organizations mode) the caller must be the
/// management account or the delegated administrator for Account Management of an organization with all features and
/// trusted access, the target must be another member of that organization, the management account cannot name
/// itself, and nobody may touch the delegated administrator's alternate contacts.
fn authorize(tx: &Tx<'_>, caller: &AccountId, request: &AccountRequest) -> Result<AccountId> {
    let Some(target) = request.target_account() else {
        return Ok(caller.clone());
    };
    let operation = request.info().name;
    let deny = |resource: String, why: &str| {
        Error::new(
            ErrorKind::AccessDenied,
            "AccessDeniedException",
            format!(
                "User: arn:aws:iam::{caller}:root is not authorized to perform: account:{operation} on resource: \
                 {resource} ({why})"
            ),
        )
    };
    let standalone_arn = AccountArn::Standalone { account_id: target.clone() }.to_string();
    let Some(org) = organization_of(tx, caller)? else {
        return Err(deny(
            standalone_arn,
            "the caller is not in an organization; omit AccountId to act on your own account",
        ));
    };
    if !org.all_features {
        return Err(deny(standalone_arn, "the organization does not have all features enabled"));
    }
    if !exists(
        tx,
        "SELECT 1 FROM trusted_access WHERE organization_id = ?1 AND service_principal = ?2",
        &[&org.id, ACCOUNT_SERVICE_PRINCIPAL],
    )? {
        return Err(deny(
            standalone_arn,
            "trusted access for account.amazonaws.com is not enabled for the organization",
        ));
    }
    let is_management = caller.as_str() == org.management_account;
    if !is_management && !is_delegated_admin(tx, &org.id, caller)? {
        return Err(deny(
            standalone_arn,
            "only the management account or the delegated administrator for Account Management can name an AccountId",
        ));
    }
    let member_arn = AccountArn::OrgMember {
        management_account_id: stored::parsed("organizations", &org.id, "management_account", &org.management_account)?,
        organization_id: stored::parsed("organizations", &org.id, "id", &org.id)?,
        account_id: target.clone(),
    }
    .to_string();
    if target == caller {
        return Err(deny(
            member_arn,
            "an account can't specify its own AccountId; call the operation without AccountId",
        ));
    }
    let same_org =
        exists(tx, "SELECT 1 FROM accounts WHERE id = ?1 AND organization_id = ?2", &[target.as_str(), &org.id])?;
    if !same_org {
        return Err(deny(standalone_arn, "the account is not a member of the caller's organization"));
    }
    if is_alternate_contact_operation(request) && is_delegated_admin(tx, &org.id, target)? {
        return Err(deny(
            member_arn,
            "the alternate contacts of the delegated administrator account can't be accessed in organizations mode",
        ));
    }
    Ok(target.clone())
}

fn not_found(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::NotFound, "ResourceNotFoundException", message)
}

fn one_time_code() -> String {
    Alphanumeric.sample_string(&mut rand::thread_rng(), 6).to_uppercase()
}

struct AccountRow {
    name: String,
    email: String,
    created_at_ms: i64,
    state: String,
    govcloud_account_id: Option<String>,
}

/// The context of one request: the transaction, the settings, the time and the account acted on.
struct Ctx<'a> {
    tx: &'a Tx<'a>,
    config: &'a LocalConfig,
    now: OffsetDateTime,
    target: &'a AccountId,
}

impl Ctx<'_> {
    fn id(&self) -> &str {
        self.target.as_str()
    }

    fn account_row(&self) -> Result<AccountRow> {
        self.tx
            .query_row(
                "SELECT name, email, created_at_ms, state, govcloud_account_id FROM accounts WHERE id = ?1",
                [self.id()],
                |r| {
                    Ok(AccountRow {
                        name: r.get(0)?,
                        email: r.get(1)?,
                        created_at_ms: r.get(2)?,
                        state: r.get(3)?,
                        govcloud_account_id: r.get(4)?,
                    })
                },
            )
            .optional()
            .map_err(db_error)?
            .ok_or_else(|| not_found(format!("Account {} not found", self.target)))
    }

    fn send(&self, channel: &str, recipient: &str, subject: &str, code: &str) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO outbox (channel, recipient, subject, code, sent_at_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![channel, recipient, subject, code, to_ms(self.now)],
            )
            .map_err(db_error)?;
        Ok(())
    }

    // ---- alternate contacts ----

    fn get_alternate_contact(&self, contact_type: &AlternateContactType) -> Result<AlternateContact> {
        let mut stmt = self
            .tx
            .prepare_cached(
                "SELECT name, title, email_address, phone_number FROM alternate_contacts
                 WHERE account_id = ?1 AND contact_type = ?2",
            )
            .map_err(db_error)?;
        let contact = stmt
            .query_row([self.id(), contact_type.as_str()], |r| {
                Ok(AlternateContact {
                    alternate_contact_type: contact_type.clone(),
                    name: r.get(0)?,
                    title: r.get(1)?,
                    email_address: r.get(2)?,
                    phone_number: r.get(3)?,
                })
            })
            .optional()
            .map_err(db_error)?
            .ok_or_else(|| not_found("No contact of the inputted alternate contact type found."))?;
        Ok(contact)
    }

    fn put_alternate_contact(&self, c: &AlternateContact) -> Result<()> {
        let mut stmt = self
            .tx
            .prepare_cached(
                "INSERT INTO alternate_contacts (account_id, contact_type, name, title, email_address, phone_number)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (account_id, contact_type) DO UPDATE SET
                    name = ?3, title = ?4, email_address = ?5, phone_number = ?6",
            )
            .map_err(db_error)?;
        stmt.execute(params![
            self.id(),
            c.alternate_contact_type.as_str(),
            c.name,
            c.title,
            c.email_address,
            c.phone_number
        ])
        .map_err(db_error)?;
        Ok(())
    }

    fn delete_alternate_contact(&self, contact_type: &AlternateContactType) -> Result<()> {
        let deleted = self
            .tx
            .execute(
                "DELETE FROM alternate_contacts WHERE account_id = ?1 AND contact_type = ?2",
                [self.id(), contact_type.as_str()],
            )
            .map_err(db_error)?;
        if deleted == 0 {
            return Err(not_found("No contact of the inputted alternate contact type found."));
        }
        Ok(())
    }

    // ---- primary contact and phone verification ----

    fn contact_row(&self) -> Result<Option<(ContactInformation, PhoneNumberVerificationStatus)>> {
        let row: Option<(String, String)> = self
            .tx
            .query_row("SELECT body, phone_status FROM contact_information WHERE account_id = ?1", [self.id()], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(db_error)?;
        row.map(|(body, status)| {
            let info: ContactInformation = stored::json("contact_information", self.id(), "body", &body)?;
            Ok((info, PhoneNumberVerificationStatus::from(status)))
        })
        .transpose()
    }

    fn get_contact_information(&self) -> Result<PrimaryContact> {
        let (contact_information, status) = self
            .contact_row()?
            .ok_or_else(|| not_found(format!("No contact information found for account {}.", self.target)))?;
        Ok(PrimaryContact { contact_information, verification_status: Some(status) })
    }

    fn put_contact_information(&self, info: &ContactInformation) -> Result<()> {
        // A new phone number is not verified; the same number keeps its status.
        let status = match self.contact_row()? {
            Some((old, status)) if old.phone_number == info.phone_number => status,
            _ => PhoneNumberVerificationStatus::Unverified,
        };
        let body = serde_json::to_string(info).map_err(|e| Error::internal(e.to_string()))?;
        self.tx
            .execute(
                "INSERT INTO contact_information (account_id, body, phone_status) VALUES (?1, ?2, ?3)
                 ON CONFLICT (account_id) DO UPDATE SET body = ?2, phone_status = ?3",
                params![self.id(), body, status.as_str()],
            )
            .map_err(db_error)?;
        Ok(())
    }

    fn set_phone_status(&self, status: &PhoneNumberVerificationStatus) -> Result<()> {
        self.tx
            .execute(
                "UPDATE contact_information SET phone_status = ?2 WHERE account_id = ?1",
                [self.id(), status.as_str()],
            )
            .map_err(db_error)?;
        Ok(())
    }

    fn send_phone_number_verification(&self) -> Result<PhoneNumberVerificationStatus> {
        let (info, status) = self.contact_row()?.ok_or_else(|| {
            not_found(format!("Account {} has no contact information, so no phone number to verify.", self.target))
        })?;
        if status == PhoneNumberVerificationStatus::Verified {
            return Err(conflict("The phone number of the primary contact is already verified."));
        }
        let code = one_time_code();
        self.tx
            .execute(
                "INSERT INTO phone_verifications (account_id, phone_number, otp, sent_at_ms) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (account_id) DO UPDATE SET phone_number = ?2, otp = ?3, sent_at_ms = ?4",
                params![self.id(), info.phone_number, code, to_ms(self.now)],
            )
            .map_err(db_error)?;
        self.send("sms", &info.phone_number, "Phone number verification", &code)?;
        let pending = PhoneNumberVerificationStatus::Pending;
        self.set_phone_status(&pending)?;
        Ok(pending)
    }

    fn verify_phone_number(&self, otp: &str) -> Result<PhoneNumberVerificationStatus> {
        let pending: Option<(String, String)> = self
            .tx
            .query_row("SELECT phone_number, otp FROM phone_verifications WHERE account_id = ?1", [self.id()], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(db_error)?;
        let (phone, code) = pending.ok_or_else(|| {
            not_found("No phone number verification is in progress; call SendPhoneNumberVerification first.")
        })?;
        let (info, _) = self
            .contact_row()?
            .ok_or_else(|| not_found(format!("Account {} has no contact information.", self.target)))?;
        if info.phone_number != phone {
            return Err(conflict(
                "The phone number of the primary contact changed after the code was sent; request a new code.",
            ));
        }
        if !otp.eq_ignore_ascii_case(&code) {
            return Err(Error::invalid_field("Otp", "does not match the code that was sent"));
        }
        self.tx.execute("DELETE FROM phone_verifications WHERE account_id = ?1", [self.id()]).map_err(db_error)?;
        let verified = PhoneNumberVerificationStatus::Verified;
        self.set_phone_status(&verified)?;
        Ok(verified)
    }

    // ---- account name, information, GovCloud ----

    fn get_account_information(&self) -> Result<AccountInformation> {
        let row = self.account_row()?;
        Ok(AccountInformation {
            account_id: self.target.clone(),
            account_name: row.name,
            account_created_date: stored::time("accounts", self.id(), "created_at_ms", row.created_at_ms)?,
            account_state: AccountState::from(row.state),
        })
    }

    fn put_account_name(&self, name: &str) -> Result<()> {
        self.tx.execute("UPDATE accounts SET name = ?2 WHERE id = ?1", [self.id(), name]).map_err(db_error)?;
        Ok(())
    }

    fn get_govcloud_account_information(&self) -> Result<GovCloudAccountInformation> {
        let row = self.account_row()?;
        let gov = row
            .govcloud_account_id
            .ok_or_else(|| not_found(format!("Account {} has no linked AWS GovCloud (US) account.", self.target)))?;
        Ok(GovCloudAccountInformation {
            gov_cloud_account_id: stored::parsed("accounts", self.id(), "govcloud_account_id", &gov)?,
            account_state: AccountState::from(row.state),
        })
    }

    // ---- primary email ----

    fn start_primary_email_update(&self, email: &str) -> Result<PrimaryEmailUpdateStatus> {
        self.refuse_email_in_use(email)?;
        let code = one_time_code();
        self.tx
            .execute(
                "INSERT INTO primary_email_updates (account_id, new_email, otp, status, updated_at_ms, completes_at_ms)
                 VALUES (?1, ?2, ?3, 'PENDING', ?4, NULL)
                 ON CONFLICT (account_id) DO UPDATE SET new_email = ?2, otp = ?3, status = 'PENDING',
                    updated_at_ms = ?4, completes_at_ms = NULL",
                params![self.id(), email, code, to_ms(self.now)],
            )
            .map_err(db_error)?;
        self.send("email", email, "Primary email update verification code", &code)?;
        Ok(PrimaryEmailUpdateStatus::Pending)
    }

    fn refuse_email_in_use(&self, email: &str) -> Result<()> {
        let in_use =
            exists(self.tx, "SELECT 1 FROM accounts WHERE lower(email) = lower(?1) AND id <> ?2", &[email, self.id()])?;
        if in_use {
            return Err(conflict(format!("The email address {email} is already in use by another account.")));
        }
        Ok(())
    }

    fn accept_primary_email_update(&self, email: &str, otp: &str) -> Result<PrimaryEmailUpdateStatus> {
        let pending: Option<(String, String, String)> = self
            .tx
            .query_row(
                "SELECT new_email, otp, status FROM primary_email_updates WHERE account_id = ?1",
                [self.id()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(db_error)?;
        let (new_email, code) = match pending {
            Some((new_email, code, status)) if status == "PENDING" => (new_email, code),
            _ => return Err(not_found(format!("No primary email update is pending for account {}.", self.target))),
        };
        if new_email != email {
            return Err(Error::invalid_field(
                "PrimaryEmail",
                "does not match the address given to StartPrimaryEmailUpdate",
            ));
        }
        if !otp.eq_ignore_ascii_case(&code) {
            return Err(Error::invalid_field("Otp", "does not match the code that was sent"));
        }
        self.refuse_email_in_use(email)?;
        let completes = self.now + self.config.primary_email_propagation;
        self.tx.execute("UPDATE accounts SET email = ?2 WHERE id = ?1", [self.id(), email]).map_err(db_error)?;
        self.tx
            .execute(
                "UPDATE primary_email_updates SET status = 'ACCEPTED', updated_at_ms = ?2, completes_at_ms = ?3
                 WHERE account_id = ?1",
                params![self.id(), to_ms(self.now), to_ms(completes)],
            )
            .map_err(db_error)?;
        Ok(PrimaryEmailUpdateStatus::Accepted)
    }

    fn get_primary_email_update_status(&self) -> Result<PrimaryEmailUpdate> {
        let row: Option<(String, i64, Option<i64>)> = self
            .tx
            .query_row(
                "SELECT status, updated_at_ms, completes_at_ms FROM primary_email_updates WHERE account_id = ?1",
                [self.id()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(db_error)?;
        let (status, updated, completes) =
            row.ok_or_else(|| not_found(format!("No primary email update exists for account {}.", self.target)))?;
        let update = match completes {
            Some(done) if to_ms(self.now) >= done => PrimaryEmailUpdate {
                status: PrimaryEmailUpdateStatus::Completed,
                updated_at: Some(whole_seconds(stored::time(
                    "primary_email_updates",
                    self.id(),
                    "completes_at_ms",
                    done,
                )?)),
            },
            _ => PrimaryEmailUpdate {
                status: PrimaryEmailUpdateStatus::from(status),
                updated_at: Some(whole_seconds(stored::time(
                    "primary_email_updates",
                    self.id(),
                    "updated_at_ms",
                    updated,
                )?)),
            },
        };
        Ok(update)
    }

    // ---- regions ----

    /// Finish every transition whose time has come.
    fn settle_regions(&self) -> Result<()> {
        // Reads settle too: look first, so that a read with nothing due takes no write lock.
        let due = self
            .tx
            .prepare_cached("SELECT 1 FROM region_opt WHERE settles_at_ms IS NOT NULL AND settles_at_ms <= ?1 LIMIT 1")
            .and_then(|mut stmt| stmt.exists([to_ms(self.now)]))
            .map_err(db_error)?;
        if !due {
            return Ok(());
        }
        self.tx
            .execute(
                "UPDATE region_opt SET
                    status = CASE status WHEN 'ENABLING' THEN 'ENABLED' WHEN 'DISABLING' THEN 'DISABLED' ELSE status END,
                    settles_at_ms = NULL
                 WHERE settles_at_ms IS NOT NULL AND settles_at_ms <= ?1",
                [to_ms(self.now)],
            )
            .map_err(db_error)?;
        Ok(())
    }

    fn known_region(&self, region: &RegionName) -> Result<RegionKind> {
        region_kind(region.as_str()).ok_or_else(|| {
            Error::invalid_field("RegionName", format!("{region} is not a valid region name"))
                .with_reason("invalidRegionOptTarget")
        })
    }

    fn region_status(&self, region: &RegionName) -> Result<RegionOptStatus> {
        Ok(match self.known_region(region)? {
            RegionKind::DefaultEnabled => RegionOptStatus::EnabledByDefault,
            RegionKind::OptIn => {
                let stored: Option<String> = self
                    .tx
                    .query_row(
                        "SELECT status FROM region_opt WHERE account_id = ?1 AND region = ?2",
                        [self.id(), region.as_str()],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(db_error)?;
                stored.map_or(RegionOptStatus::Disabled, RegionOptStatus::from)
            }
        })
    }

    fn get_region_opt_status(&self, region: &RegionName) -> Result<Region> {
        self.settle_regions()?;
        Ok(Region { region_name: region.clone(), region_opt_status: self.region_status(region)? })
    }

    fn list_regions(
        &self,
        max_results: Option<i32>,
        next_token: Option<&str>,
        filter: &[RegionOptStatus],
    ) -> Result<ListRegionsOutput> {
        self.settle_regions()?;
        let mut regions = Vec::with_capacity(REGION_CATALOG.len());
        for (code, _) in REGION_CATALOG {
            let region_name: RegionName = (*code).parse()?;
            let status = self.region_status(&region_name)?;
            if filter.is_empty() || filter.contains(&status) {
                regions.push(Region { region_name, region_opt_status: status });
            }
        }
        let start = match next_token {
            None | Some("") => 0,
            Some(token) => decode_token(token)
                .filter(|&offset| offset <= regions.len())
                .ok_or_else(|| Error::invalid_field("NextToken", "is not a token this operation returned"))?,
        };
        let page = max_results.map_or(50, |m| m as usize);
        let end = (start + page).min(regions.len());
        let next_token = (end < regions.len()).then(|| encode_token(end));
        Ok(ListRegionsOutput::new(regions[start..end].to_vec(), next_token))
    }

    fn in_flight(&self, sql: &str, key: &str) -> Result<u32> {
        self.tx.query_row(sql, [key], |r| r.get(0)).map_err(db_error)
    }

    fn toggle_region(&self, region: &RegionName, enable: bool) -> Result<()> {
        self.settle_regions()?;
        let status = self.region_status(region)?;
        let (from, via) = if enable {
            (RegionOptStatus::Disabled, RegionOptStatus::Enabling)
        } else {
            (RegionOptStatus::Enabled, RegionOptStatus::Disabling)
        };
        if status.is_in_flight() {
            return Err(conflict(format!(
                "Region {region} is {status} for account {}; it can't be changed until that finishes.",
                self.target
            )));
        }
        if status != from {
            return Err(Error::new(
                ErrorKind::Validation,
                "ValidationException",
                format!("Unable to switch region status because of its current opt-in status. ({region} is {status})"),
            )
            .with_reason("invalidRegionOptTarget"));
        }
        let per_account = self.in_flight(
            "SELECT COUNT(*) FROM region_opt WHERE account_id = ?1 AND settles_at_ms IS NOT NULL",
            self.id(),
        )?;
        if per_account >= self.config.max_region_requests_per_account {
            return Err(too_many(format!(
                "Account {} already has {per_account} region-opt requests in progress (limit {}).",
                self.target, self.config.max_region_requests_per_account
            )));
        }
        if let Some(org) = organization_of(self.tx, self.target)? {
            let per_org = self.in_flight(
                "SELECT COUNT(*) FROM region_opt r JOIN accounts a ON a.id = r.account_id
                 WHERE a.organization_id = ?1 AND r.settles_at_ms IS NOT NULL",
                &org.id,
            )?;
            if per_org >= self.config.max_region_requests_per_organization {
                return Err(too_many(format!(
                    "Organization {} already has {per_org} region-opt requests in progress (limit {}).",
                    org.id, self.config.max_region_requests_per_organization
                )));
            }
        }
        let settles = self.now + self.config.region_transition;
        self.tx
            .execute(
                "INSERT INTO region_opt (account_id, region, status, settles_at_ms) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (account_id, region) DO UPDATE SET status = ?3, settles_at_ms = ?4",
                params![self.id(), region.as_str(), via.as_str(), to_ms(settles)],
            )
            .map_err(db_error)?;
        // A zero-length transition settles at once, as a later read would.
        self.settle_regions()?;
        Ok(())
    }
}

fn too_many(message: String) -> Error {
    Error::new(ErrorKind::Throttled, "TooManyRequestsException", message)
}

const TOKEN_PREFIX: &str = "regions.";

fn encode_token(offset: usize) -> String {
    format!("{TOKEN_PREFIX}{offset}")
}

fn decode_token(token: &str) -> Option<usize> {
    token.strip_prefix(TOKEN_PREFIX)?.parse().ok()
}
