//! AWS Account Management's operation table (restJson1, `POST /<operation in lower camel case>`).

use super::table::define_service;
use crate::model::account::TargetAccount;
use crate::model::AccountId;

/// The Account Management operation table, handed to `$callback` (see [`crate::operation::table`]).
///
/// Columns: operation, binding method name, input, output (and the member that wraps it on the wire), whether it may
/// be sent twice, and the HTTP binding (method, path, success status).
#[macro_export]
macro_rules! account_operations {
    ($callback:ident) => {
        $callback! {
            /// AWS Account Management.
            service Account, variant Account, request AccountRequest, response AccountResponse,
                engine AccountEngine, remote AccountRemote, table ACCOUNT_OPERATIONS;
            /// `AcceptPrimaryEmailUpdate`: accept a primary email update with the code sent to the new address.
            AcceptPrimaryEmailUpdate accept_primary_email_update($crate::model::account::AcceptPrimaryEmailUpdateInput)
                -> $crate::model::account::PrimaryEmailUpdateStatus as "Status",
                [write] [POST "/acceptPrimaryEmailUpdate" 200];
            /// `DeleteAlternateContact`: `NotFound` when that contact is not set.
            DeleteAlternateContact delete_alternate_contact($crate::model::account::DeleteAlternateContactInput) -> (),
                [write] [POST "/deleteAlternateContact" 200];
            /// `DisableRegion`: opt out of a region (DISABLING, then DISABLED).
            DisableRegion disable_region($crate::model::account::DisableRegionInput) -> (),
                [write] [POST "/disableRegion" 200];
            /// `EnableRegion`: opt in to a region (ENABLING, then ENABLED).
            EnableRegion enable_region($crate::model::account::EnableRegionInput) -> (),
                [write] [POST "/enableRegion" 200];
            /// `GetAccountInformation`: the account's id, name, creation date and state.
            GetAccountInformation get_account_information($crate::model::account::GetAccountInformationInput)
                -> $crate::model::account::AccountInformation,
                [read] [POST "/getAccountInformation" 200];
            /// `GetAlternateContact`: `NotFound` when that contact is not set.
            GetAlternateContact get_alternate_contact($crate::model::account::GetAlternateContactInput)
                -> $crate::model::account::AlternateContact as "AlternateContact",
                [read] [POST "/getAlternateContact" 200];
            /// `GetContactInformation`: the primary contact and its phone verification status.
            GetContactInformation get_contact_information($crate::model::account::GetContactInformationInput)
                -> $crate::model::account::PrimaryContact,
                [read] [POST "/getContactInformation" 200];
            /// `GetGovCloudAccountInformation`: the GovCloud account linked to a standard account.
            GetGovCloudAccountInformation get_gov_cloud_account_information(
                $crate::model::account::GetGovCloudAccountInformationInput)
                -> $crate::model::account::GovCloudAccountInformation,
                [read] [POST "/getGovCloudAccountInformation" 200];
            /// `GetPrimaryEmail` of a member account (organizations mode only).
            GetPrimaryEmail get_primary_email($crate::model::account::GetPrimaryEmailInput) -> String as "PrimaryEmail",
                [read] [POST "/getPrimaryEmail" 200];
            /// `GetPrimaryEmailUpdateStatus`: where a primary email update stands.
            GetPrimaryEmailUpdateStatus get_primary_email_update_status(
                $crate::model::account::GetPrimaryEmailUpdateStatusInput)
                -> $crate::model::account::PrimaryEmailUpdate,
                [read] [POST "/getPrimaryEmailUpdateStatus" 200];
            /// `GetRegionOptStatus`: one region's opt-in status.
            GetRegionOptStatus get_region_opt_status($crate::model::account::GetRegionOptStatusInput)
                -> $crate::model::region::Region,
                [read] [POST "/getRegionOptStatus" 200];
            /// `ListRegions`: one page of regions and their opt-in status.
            ListRegions list_regions($crate::model::account::ListRegionsInput)
                -> $crate::model::account::ListRegionsOutput,
                [read] [POST "/listRegions" 200] [pages];
            /// `PutAccountName`: rename the account.
            PutAccountName put_account_name($crate::model::account::PutAccountNameInput) -> (),
                [idempotent] [POST "/putAccountName" 200];
            /// `PutAlternateContact`: create or replace the contact of its type.
            PutAlternateContact put_alternate_contact($crate::model::account::PutAlternateContactInput) -> (),
                [idempotent] [POST "/putAlternateContact" 200];
            /// `PutContactInformation`: replace the primary contact whole.
            PutContactInformation put_contact_information($crate::model::account::PutContactInformationInput) -> (),
                [idempotent] [POST "/putContactInformation" 200];
            /// `SendPhoneNumberVerification`: send a code to the primary contact's phone.
            SendPhoneNumberVerification send_phone_number_verification(
                $crate::model::account::SendPhoneNumberVerificationInput)
                -> $crate::model::account::PhoneNumberVerificationStatus as "Status",
                [write] [POST "/sendPhoneNumberVerification" 200];
            /// `StartPrimaryEmailUpdate`: send a one-time code to a member account's new address.
            StartPrimaryEmailUpdate start_primary_email_update($crate::model::account::StartPrimaryEmailUpdateInput)
                -> $crate::model::account::PrimaryEmailUpdateStatus as "Status",
                [write] [POST "/startPrimaryEmailUpdate" 200];
            /// `VerifyPhoneNumber` with the code sent to the phone.
            VerifyPhoneNumber verify_phone_number($crate::model::account::VerifyPhoneNumberInput)
                -> $crate::model::account::PhoneNumberVerificationStatus as "Status",
                [write] [POST "/verifyPhoneNumber" 200];
        }
    };
}

crate::account_operations!(define_service);

/// Every Account Management input names (or may name) the account it acts on; the local engine authorizes on it.
macro_rules! account_targets {
    (
        $(#[$service_meta:meta])*
        service $service:ident, variant $Top:ident, request $Req:ident, response $Resp:ident,
            engine $Engine:ident, remote $Remote:ident, table $TABLE:ident;
        $(
            $(#[$meta:meta])*
            $Op:ident $snake:ident ($Input:ty) -> $Output:ty $(as $wrap:literal)?, [$($safety:tt)*] [$($binding:tt)*]
                $([$pages:ident])?;
        )*
    ) => {
        impl $Req {
            /// The input as the account it targets.
            fn targeting(&self) -> &dyn TargetAccount {
                match self {
                    $( $Req::$Op(input) => input, )*
                }
            }

            /// The input as the account it targets, to change.
            fn targeting_mut(&mut self) -> &mut dyn TargetAccount {
                match self {
                    $( $Req::$Op(input) => input, )*
                }
            }
        }
    };
}
crate::account_operations!(account_targets);

impl AccountRequest {
    /// The `AccountId` the request names, if any (organizations mode).
    pub fn target_account(&self) -> Option<&AccountId> {
        self.targeting().target_account()
    }

    /// Act on `account` in organizations mode, unless the request already names an account.
    pub fn target_if_unnamed(&mut self, account: &AccountId) {
        if self.target_account().is_none() {
            self.targeting_mut().set_target_account(Some(account.clone()));
        }
    }
}
