//! `client.accounts()`: alternate contacts, the primary contact, primary email, account name and information,
//! GovCloud information and phone verification.

use marketplane_macros::model;

use crate::client::{Call, Client};
use crate::error::{ErrorKind, Result};
use crate::model::account::{
    AcceptPrimaryEmailUpdateInput, AlternateContact, AlternateContactType, ContactInformation,
    DeleteAlternateContactInput, GetAccountInformationInput, GetAlternateContactInput, GetContactInformationInput,
    GetGovCloudAccountInformationInput, GetPrimaryEmailInput, GetPrimaryEmailUpdateStatusInput, PutAccountNameInput,
    PutAlternateContactInput, PutContactInformationInput, SendPhoneNumberVerificationInput,
    StartPrimaryEmailUpdateInput, VerifyPhoneNumberInput,
};
use crate::model::AccountId;

/// Account Management operations.
#[derive(Debug, Clone, Copy)]
pub struct Accounts<'a> {
    client: &'a Client,
}

/// The three alternate contacts of an account; `None` where one is not set, or could not be read (then its type is
/// in `not_evaluable`).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct AlternateContacts {
    /// The billing contact.
    pub billing: Option<AlternateContact>,
    /// The operations contact.
    pub operations: Option<AlternateContact>,
    /// The security contact.
    pub security: Option<AlternateContact>,
    /// The types the caller was refused (AccessDenied): neither set nor missing as far as it can tell.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_evaluable: Vec<AlternateContactType>,
}

impl AlternateContacts {
    /// The contact of `contact_type`, if set.
    pub fn get(&self, contact_type: &AlternateContactType) -> Option<&AlternateContact> {
        match contact_type {
            AlternateContactType::Billing => self.billing.as_ref(),
            AlternateContactType::Operations => self.operations.as_ref(),
            AlternateContactType::Security => self.security.as_ref(),
            _ => None,
        }
    }

    /// The types that are not set, in the service's order (those that could not be read are not counted).
    pub fn missing(&self) -> Vec<AlternateContactType> {
        AlternateContactType::KNOWN
            .iter()
            .filter(|t| self.get(t).is_none() && !self.not_evaluable.contains(t))
            .cloned()
            .collect()
    }

    /// Whether every type could be read.
    pub fn is_evaluable(&self) -> bool {
        self.not_evaluable.is_empty()
    }
}

impl<'a> Accounts<'a> {
    pub(crate) fn new(client: &'a Client) -> Self {
        Accounts { client }
    }

    /// `GetAlternateContact`: `NotFound` when that contact is not set.
    pub fn get_alternate_contact(&self, contact_type: AlternateContactType) -> Call<'a, GetAlternateContactInput> {
        self.client.call(GetAlternateContactInput::new(contact_type))
    }

    /// `PutAlternateContact`: create or replace the contact of its type.
    pub fn put_alternate_contact(&self, contact: AlternateContact) -> Call<'a, PutAlternateContactInput> {
        self.client.call(PutAlternateContactInput::new(contact))
    }

    /// `DeleteAlternateContact`: `NotFound` when that contact is not set.
    pub fn delete_alternate_contact(
        &self,
        contact_type: AlternateContactType,
    ) -> Call<'a, DeleteAlternateContactInput> {
        self.client.call(DeleteAlternateContactInput::new(contact_type))
    }

    /// All three alternate contacts of the caller's account, or of `account` (organizations mode) when given. A type
    /// the caller is refused (AccessDenied: no trusted access, not the management account) is recorded in
    /// `not_evaluable` rather than failing the whole; other errors fail it.
    pub async fn alternate_contacts(&self, account: Option<&AccountId>) -> Result<AlternateContacts> {
        let mut found = AlternateContacts::default();
        for contact_type in AlternateContactType::KNOWN {
            let mut call = self.get_alternate_contact(contact_type.clone());
            if let Some(account) = account {
                call = call.account_id(account.clone());
            }
            let contact = match call.send().await {
                Ok(contact) => Some(contact),
                Err(err) if err.kind() == ErrorKind::NotFound => None,
                Err(err) if err.kind() == ErrorKind::AccessDenied => {
                    found.not_evaluable.push(contact_type.clone());
                    None
                }
                Err(err) => return Err(err),
            };
            match contact_type {
                AlternateContactType::Billing => found.billing = contact,
                AlternateContactType::Operations => found.operations = contact,
                _ => found.security = contact,
            }
        }
        Ok(found)
    }

    /// `GetContactInformation`: the primary contact and its phone verification status.
    pub fn get_contact_information(&self) -> Call<'a, GetContactInformationInput> {
        self.client.call(GetContactInformationInput::new())
    }

    /// `PutContactInformation`: replace the primary contact whole (unset optional members are cleared).
    pub fn put_contact_information(
        &self,
        contact_information: ContactInformation,
    ) -> Call<'a, PutContactInformationInput> {
        self.client.call(PutContactInformationInput::new(contact_information))
    }

    /// `GetAccountInformation`.
    pub fn get_account_information(&self) -> Call<'a, GetAccountInformationInput> {
        self.client.call(GetAccountInformationInput::new())
    }

    /// `PutAccountName`.
    pub fn put_account_name(&self, account_name: impl Into<String>) -> Call<'a, PutAccountNameInput> {
        self.client.call(PutAccountNameInput::new(account_name))
    }

    /// `GetGovCloudAccountInformation`; `account_id` names the standard account.
    pub fn get_gov_cloud_account_information(&self) -> Call<'a, GetGovCloudAccountInformationInput> {
        self.client.call(GetGovCloudAccountInformationInput::new())
    }

    /// `GetPrimaryEmail` of a member account (organizations mode only).
    pub fn get_primary_email(&self, account_id: AccountId) -> Call<'a, GetPrimaryEmailInput> {
        self.client.call(GetPrimaryEmailInput::new(account_id))
    }

    /// `StartPrimaryEmailUpdate` of a member account: sends a one-time code to the new address.
    pub fn start_primary_email_update(
        &self,
        account_id: AccountId,
        primary_email: impl Into<String>,
    ) -> Call<'a, StartPrimaryEmailUpdateInput> {
        self.client.call(StartPrimaryEmailUpdateInput::new(account_id, primary_email))
    }

    /// `AcceptPrimaryEmailUpdate` with the code sent to the new address.
    pub fn accept_primary_email_update(
        &self,
        account_id: AccountId,
        primary_email: impl Into<String>,
        otp: impl Into<String>,
    ) -> Call<'a, AcceptPrimaryEmailUpdateInput> {
        self.client.call(AcceptPrimaryEmailUpdateInput::new(account_id, primary_email, otp))
    }

    /// `GetPrimaryEmailUpdateStatus`.
    pub fn get_primary_email_update_status(&self) -> Call<'a, GetPrimaryEmailUpdateStatusInput> {
        self.client.call(GetPrimaryEmailUpdateStatusInput::new())
    }

    /// `SendPhoneNumberVerification`: sends a code to the primary contact's phone.
    pub fn send_phone_number_verification(&self) -> Call<'a, SendPhoneNumberVerificationInput> {
        self.client.call(SendPhoneNumberVerificationInput::new())
    }

    /// `VerifyPhoneNumber` with the code sent to the phone.
    pub fn verify_phone_number(&self, otp: impl Into<String>) -> Call<'a, VerifyPhoneNumberInput> {
        self.client.call(VerifyPhoneNumberInput::new(otp))
    }
}
