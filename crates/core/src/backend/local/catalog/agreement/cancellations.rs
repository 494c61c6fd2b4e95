//! Cancellation requests: the seller asks the buyer to agree to cancel an active agreement (for an agreement that
//! has been charged, the buyer cannot cancel alone); the buyer accepts (the agreement is cancelled and its future
//! charges dropped) or rejects it, and the seller may withdraw it while it is pending.

use serde::{Deserialize, Serialize};

use super::{access_denied, kind, Side};
use crate::backend::local::catalog::{not_found, random_id, Ctx};
use crate::backend::local::conflict;
use crate::error::{Error, Result};
use crate::model::agreement::*;

/// What the engine keeps of a cancellation request: the request as the API shows it (flattened, so rows written
/// before the token was kept still read) and the seller's idempotency token.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredCancellation {
    #[serde(flatten)]
    request: CancellationRequest,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    client_token: Option<String>,
}

/// How a party answers a pending cancellation request.
#[derive(Debug)]
pub(super) enum Answer {
    /// The buyer agrees: the agreement is cancelled.
    Accept,
    /// The buyer keeps the agreement, saying why.
    Reject {
        /// Why.
        reason: String,
    },
    /// The seller withdraws the request, saying why.
    Withdraw {
        /// Why.
        reason: String,
    },
}

impl Ctx<'_> {
    fn cancellations(&self) -> Result<Vec<StoredCancellation>> {
        Ok(self.workflow_items::<StoredCancellation>(kind::CANCELLATION)?.into_iter().map(|(_, c)| c).collect())
    }

    fn save_cancellation(&self, stored: &StoredCancellation) -> Result<()> {
        let request = &stored.request;
        self.save_workflow(
            &request.agreement_cancellation_request_id,
            kind::CANCELLATION,
            &request.agreement_id,
            stored,
        )
    }

    fn find_cancellation(&self, agreement_id: &str, id: &str) -> Result<StoredCancellation> {
        self.cancellations()?
            .into_iter()
            .find(|c| c.request.agreement_cancellation_request_id == id && c.request.agreement_id == agreement_id)
            .ok_or_else(|| not_found(format!("Cancellation request {id} not found")))
    }

    /// `SendAgreementCancellationRequest`: the seller of an active agreement asks to cancel it; one pending request
    /// per agreement. The same client token again answers with the request it made.
    pub(super) fn send_cancellation(
        &self,
        input: &SendAgreementCancellationRequestInput,
    ) -> Result<CancellationRequest> {
        let agreement_id = &input.agreement_id;
        let stored = self.visible_agreement(agreement_id)?;
        if !Side::Proposer.holds(&stored.agreement, self.caller.as_str()) {
            return Err(access_denied("only the seller sends a cancellation request"));
        }
        let all = self.cancellations()?;
        if let Some(token) = &input.client_token {
            let earlier =
                all.iter().find(|c| c.client_token.as_ref() == Some(token) && &c.request.agreement_id == agreement_id);
            if let Some(earlier) = earlier {
                if earlier.request.reason_code != input.reason_code || earlier.request.description != input.description
                {
                    return Err(conflict(format!(
                        "clientToken {token} was used for cancellation request {} with other members",
                        earlier.request.agreement_cancellation_request_id
                    )));
                }
                return Ok(earlier.request.clone());
            }
        }
        if stored.agreement.status != AgreementStatus::Active {
            return Err(conflict(format!("agreement {agreement_id} is {}", stored.agreement.status)));
        }
        if all
            .iter()
            .any(|c| &c.request.agreement_id == agreement_id && c.request.status == ApprovalStatus::PendingApproval)
        {
            return Err(conflict(format!("agreement {agreement_id} already has a pending cancellation request")));
        }
        let cancellation = StoredCancellation {
            request: CancellationRequest {
                agreement_id: agreement_id.clone(),
                agreement_cancellation_request_id: format!("acr-{}", random_id("", 16)),
                status: ApprovalStatus::PendingApproval,
                reason_code: input.reason_code.clone(),
                description: input.description.clone(),
                status_message: None,
                created_at: Some(self.now),
                updated_at: Some(self.now),
            },
            client_token: input.client_token.clone(),
        };
        self.save_cancellation(&cancellation)?;
        Ok(cancellation.request)
    }

    /// `GetAgreementCancellationRequest`: either party reads it.
    pub(super) fn cancellation(&self, agreement_id: &str, id: &str) -> Result<CancellationRequest> {
        self.visible_agreement(agreement_id)?;
        Ok(self.find_cancellation(agreement_id, id)?.request)
    }

    /// The buyer accepts or rejects a pending request; the seller withdraws it. The reason of a rejection or a
    /// withdrawal becomes the request's status message.
    pub(super) fn answer_cancellation(
        &self,
        agreement_id: &str,
        id: &str,
        answer: Answer,
    ) -> Result<CancellationRequest> {
        let mut stored = self.visible_agreement(agreement_id)?;
        let mut cancellation = self.find_cancellation(agreement_id, id)?;
        let buyer = Side::Acceptor.holds(&stored.agreement, self.caller.as_str());
        if matches!(answer, Answer::Withdraw { .. }) == buyer {
            return Err(access_denied("the buyer accepts or rejects a cancellation request; the seller withdraws it"));
        }
        let request = &mut cancellation.request;
        if request.status != ApprovalStatus::PendingApproval {
            return Err(conflict(format!("cancellation request {id} is {}", request.status)));
        }
        let (status, message) = match answer {
            Answer::Accept => (ApprovalStatus::Approved, None),
            Answer::Reject { reason } => (ApprovalStatus::Rejected, Some(reason)),
            Answer::Withdraw { reason } => (ApprovalStatus::Cancelled, Some(reason)),
        };
        request.status = status;
        request.status_message = message;
        request.updated_at = Some(self.now);
        self.save_cancellation(&cancellation)?;
        if cancellation.request.status == ApprovalStatus::Approved {
            stored.agreement.status = AgreementStatus::Cancelled;
            stored.agreement.end_time = Some(self.now);
            stored.last_update = crate::backend::local::to_ms(self.now);
            self.save_agreement(&stored)?;
            self.drop_future_charges(agreement_id)?;
        }
        Ok(cancellation.request)
    }

    /// `ListAgreementCancellationRequests`: the requests on the caller's side of its agreements (as `Proposer`, the
    /// ones it sent; as `Acceptor`, the ones it received), oldest first, as summaries (without the description and
    /// status message).
    pub(super) fn list_cancellations(
        &self,
        input: &ListAgreementCancellationRequestsInput,
    ) -> Result<Vec<CancellationRequest>> {
        let side = Side::parse(&input.party_type)?;
        let me = self.caller.as_str();
        let mut items = Vec::new();
        for c in self.cancellations()? {
            let request = c.request;
            if input.agreement_id.as_ref().is_some_and(|a| a != &request.agreement_id)
                || input.status.as_ref().is_some_and(|s| s != &request.status)
            {
                continue;
            }
            let agreement = self.agreement(&request.agreement_id)?.ok_or_else(|| {
                Error::internal(format!(
                    "local state: cancellation request {} belongs to agreement {}, which is not on record",
                    request.agreement_cancellation_request_id, request.agreement_id
                ))
            })?;
            if side.holds(&agreement.agreement, me) {
                items.push(CancellationRequest { description: None, status_message: None, ..request });
            }
        }
        Ok(items)
    }
}
