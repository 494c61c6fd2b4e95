//! Private marketplace from the buyer's side (buyer guide §8.2, §8.6): which experience governs an account, whether a
//! product may be procured, and user requests to add products, with the administrator's approve, decline and block.
//!
//! AWS has no public API for these buyer actions (the console does them), so they are library operations served by
//! the local backend and the emulator (`POST /_marketplane/private-marketplace/<Operation>`); the AWS backend answers
//! them as unsupported.

use marketplane_macros::model;
use serde::{Deserialize, Serialize};

use crate::model::open_enum;

open_enum!(
    /// Where a user request stands.
    ProductRequestStatus {
        /// Waiting for an administrator.
        Pending => "Pending",
        /// The product was added to the experience.
        Approved => "Approved",
        /// Declined, perhaps with a reason and a block on further requests.
        Declined => "Declined",
    }
);

/// A user's request to add a product to the private marketplace that governs their account.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProductRequest {
    /// `pmpreq-...`.
    pub request_id: String,
    /// The experience that governs the requester.
    pub experience_id: String,
    /// The product asked for.
    pub product_id: String,
    /// The account that asked.
    pub requester_account_id: String,
    /// Where it stands.
    pub status: ProductRequestStatus,
    /// Why it was declined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_reason: Option<String>,
    /// When it was made (20-character ISO 8601).
    pub created_at: String,
    /// When an administrator decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<String>,
}

/// Whether an account may procure a product, and why.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ProcurementStatus {
    /// The product.
    pub product_id: String,
    /// The experience governing the account, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experience_id: Option<String>,
    /// Whether that experience is live (only a live experience restricts procurement).
    pub live: bool,
    /// Whether the product is in the experience's approved list.
    pub approved: bool,
    /// Whether the account may subscribe: no live experience governs it, or the product is approved.
    pub procurable: bool,
    /// Whether users can ask for the product to be added.
    pub requests_enabled: bool,
    /// Whether requests for this product are blocked.
    pub blocked: bool,
}

/// `CreateProductRequest`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateProductRequestInput {
    /// The product to add.
    pub product_id: String,
}

/// `DeclineProductRequest`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeclineProductRequestInput {
    /// The request.
    pub request_id: String,
    /// Why (shown to the user).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Block further requests for the product (the administrator can still add it).
    #[serde(default)]
    pub block: bool,
}

/// `ApproveProductRequest`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ApproveProductRequestInput {
    /// The request.
    pub request_id: String,
}

/// `ListProductRequests`'s input: the caller's own requests, or, for an administrator, those of their experiences.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ListProductRequestsInput {
    /// Only this status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProductRequestStatus>,
}

/// `GetProcurementStatus`'s input.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetProcurementStatusInput {
    /// The product.
    pub product_id: String,
}
