//! An agreement request before it is accepted: the buyer reads (`GetAgreementRequest`, `ListAgreementRequests`) or
//! withdraws it (`CancelAgreementRequest`), and may first have its organization's administrators approve it: the
//! plan that can approve it, the approval started, read, listed, and approved or rejected by the management account
//! or a delegated administrator.
//!
//! The local world knows one approval plan per organization: one level whose one group is the organization's
//! administrators, any one of whom decides.

use serde::{Deserialize, Serialize};

use super::{access_denied, kind, StoredRequest};
use crate::backend::local::catalog::{not_found, random_id, validation, Ctx};
use crate::backend::local::conflict;
use crate::error::{Error, Result};
use crate::model::agreement::*;

/// How long an approval waits for the organization's administrators.
const APPROVAL_WINDOW: time::Duration = time::Duration::days(30);
/// The one approval type there is.
const BUYER_AGREEMENT_APPROVAL: &str = "BUYER_AGREEMENT_APPROVAL";
/// What an approval is called when its plan input names none.
const DEFAULT_APPROVAL_NAME: &str = "Organization approval";

/// What the engine keeps of an approval. The summary is flattened so that rows written when only the summary was
/// kept still read (their plan input, purchase orders and note are empty).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct StoredApproval {
    #[serde(flatten)]
    summary: ApprovalSummary,
    /// The plan input the requester started it with.
    #[serde(default)]
    plan_input: BuyerApprovalPlanInput,
    /// Purchase orders the requester proposed for the request's charges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    purchase_orders: Vec<ApprovalPurchaseOrder>,
    /// The administrator's note with the decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    /// Purchase orders the administrator gave with the approval.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    approver_purchase_orders: Vec<ApprovalPurchaseOrder>,
}

impl StoredApproval {
    /// The id of the administrators' outcome: one per approval, derived from its id so that every row has one.
    fn outcome_id(&self) -> String {
        let id = &self.summary.agreement_approval_id;
        format!("aprout-{}", id.strip_prefix("apr-").unwrap_or(id))
    }
}

/// An administrator's answer to an approval.
#[derive(Debug)]
pub(super) struct Decision {
    /// Approve (`true`) or reject.
    pub(super) approve: bool,
    /// Why, or anything the requester should know.
    pub(super) note: Option<String>,
    /// Purchase orders for the request's charges (approvals only).
    pub(super) purchase_orders: Vec<ApprovalPurchaseOrder>,
    /// The outcome the caller answers for, when it names one (`aprout-...`).
    pub(super) outcome_to_override: Option<String>,
}

/// An approval as the caller may see it: with the account that asked for it and whether the caller decides it.
struct Visible {
    requester: String,
    is_admin: bool,
    approval: StoredApproval,
}

/// What `GetAgreementRequest` and `ListAgreementRequests` show of a stored request.
fn detail(stored: &StoredRequest) -> AgreementRequestDetail {
    AgreementRequestDetail {
        request: stored.request.clone(),
        intent: Some(stored.intent.clone()),
        agreement_id: stored.agreement_id.clone().map(Into::into),
        proposer: Some(Party { account_id: Some(stored.proposer.clone()) }),
        proposal_summary: Some(proposal_summary(stored)),
    }
}

fn proposal_summary(stored: &StoredRequest) -> ProposalSummary {
    ProposalSummary {
        resources: vec![AgreementResource {
            id: Some(stored.product_id.clone()),
            resource_type: Some(stored.product_type.clone()),
        }],
        offer_id: Some(stored.offer_id.clone().into()),
        offer_set_id: None,
    }
}

/// The purchase orders of an approval, each for a charge of the request (`field` names the member in errors).
fn check_charges(field: &str, orders: &[ApprovalPurchaseOrder], stored: &StoredRequest) -> Result<()> {
    for (i, po) in orders.iter().enumerate() {
        let known = stored.request.charge_summary.expected_charges.iter().any(|c| c.id.as_ref() == Some(&po.charge_id));
        if !known {
            return Err(Error::invalid_field(
                format!("{field}[{i}].chargeId"),
                format!(
                    "{} is not a charge of agreement request {}",
                    po.charge_id, stored.request.agreement_request_id
                ),
            )
            .with_reason("INVALID_PURCHASE_ORDERS"));
        }
    }
    Ok(())
}

impl Ctx<'_> {
    fn my_request(&self, id: &str) -> Result<StoredRequest> {
        self.load_request(id)?.ok_or_else(|| not_found(format!("Agreement request {id} not found")))
    }

    /// `GetAgreementRequest`: the caller's request.
    pub(super) fn request_detail(&self, id: &str) -> Result<AgreementRequestDetail> {
        Ok(detail(&self.my_request(id)?))
    }

    /// `ListAgreementRequests`: the caller's requests, oldest first, by status and product.
    pub(super) fn list_requests(&self, input: &ListAgreementRequestsInput) -> Result<Vec<AgreementRequestSummary>> {
        Ok(self
            .my_requests()?
            .iter()
            .filter(|s| input.status.as_ref().is_none_or(|status| &s.request.status == status))
            .filter(|s| input.resource_id.as_ref().is_none_or(|r| &s.product_id == r))
            .map(|s| AgreementRequestSummary {
                agreement_request_id: Some(s.request.agreement_request_id.clone()),
                agreement_type: Some(s.request.agreement_type.clone()),
                status: Some(s.request.status.clone()),
                agreement_id: s.agreement_id.clone().map(Into::into),
                proposal_summary: Some(proposal_summary(s)),
            })
            .collect())
    }

    /// `CancelAgreementRequest`: the buyer withdraws a request not yet accepted; its pending approvals are cancelled.
    pub(super) fn cancel_request(&self, id: &str) -> Result<()> {
        let mut stored = self.my_request(id)?;
        if !matches!(
            stored.request.status,
            AgreementRequestStatus::Draft | AgreementRequestStatus::PendingApproval | AgreementRequestStatus::Approved
        ) {
            return Err(conflict(format!("agreement request {id} is {}", stored.request.status)));
        }
        stored.request.status = AgreementRequestStatus::Cancelled;
        self.save_request(&stored, None)?;
        for (parent, mut approval) in self.workflow_items::<StoredApproval>(kind::APPROVAL)? {
            if parent == id && approval.summary.status == ApprovalStatus::PendingApproval {
                approval.summary.status = ApprovalStatus::Cancelled;
                approval.summary.updated_at = Some(self.now);
                self.save_workflow(&approval.summary.agreement_approval_id, kind::APPROVAL, &parent, &approval)?;
            }
        }
        Ok(())
    }

    /// The organization whose administrators approve the caller's requests, or why there is none.
    fn my_organization(&self) -> Result<String> {
        self.approver_of(self.caller.as_str())?.map(|(org, _)| org).ok_or_else(|| {
            validation(format!("account {} is not in an organization: there is nobody to approve", self.caller))
        })
    }

    /// `GetAgreementRequestApprovalPlans`: the organization's one plan.
    pub(super) fn approval_plans(&self, request_id: &str) -> Result<Vec<ApprovalPlan>> {
        self.my_request(request_id)?;
        let org = self.my_organization()?;
        let approver = Approver {
            aws_organization_admin_approver: Some(OrganizationAdminApprover { organization_id: org.clone() }),
            ..Approver::default()
        };
        let plan = BuyerApprovalPlan {
            plan_reference: plan_reference(&org),
            name: Some("Organization administrators".into()),
            levels: vec![ApprovalPlanLevel {
                name: Some("Administrators".into()),
                groups: vec![ApprovalPlanGroup {
                    approval_criteria: ApprovalCriteria { required_approval_count: 1 },
                    approvers: vec![approver],
                }],
            }],
        };
        Ok(vec![ApprovalPlan { buyer_agreement_approval_plan: Some(plan) }])
    }

    /// `StartAgreementApprovals`: the caller asks its organization's administrators to approve a DRAFT request.
    pub(super) fn start_approvals(&self, input: &StartAgreementApprovalsInput) -> Result<Vec<ApprovalSummary>> {
        let request_id = &input.agreement_request_id;
        let mut stored = self.my_request(request_id)?;
        if stored.request.status != AgreementRequestStatus::Draft {
            return Err(conflict(format!(
                "agreement request {request_id} is {}; approvals start from DRAFT",
                stored.request.status
            )));
        }
        let org = self.my_organization()?;
        let reference = plan_reference(&org);
        // The organization has one plan, so the inputs name it (or leave it to the default) exactly once.
        if input.plan_inputs.len() > 1 {
            return Err(Error::invalid_field("planInputs", format!("this request has one approval plan, {reference}"))
                .with_reason("DUPLICATE_PLAN_REFERENCE"));
        }
        let plan_input = input.plan_inputs.first().and_then(|p| p.buyer_agreement_approval_plan_input.clone());
        let plan_input = plan_input.ok_or_else(|| {
            Error::invalid_field("planInputs[0].buyerAgreementApprovalPlanInput", "is required")
                .with_reason("MISSING_PLAN_INPUTS")
        })?;
        if let Some(other) = plan_input.plan_reference.as_ref().filter(|r| **r != reference) {
            return Err(Error::invalid_field(
                "planInputs[0].buyerAgreementApprovalPlanInput.planReference",
                format!("{other} is not a plan of this request (GetAgreementRequestApprovalPlans names {reference})"),
            )
            .with_reason("INVALID_PLAN_INPUTS"));
        }
        check_charges("purchaseOrders", &input.purchase_orders, &stored)?;
        let now = self.now;
        let approval = StoredApproval {
            summary: ApprovalSummary {
                approval_type: BUYER_AGREEMENT_APPROVAL.into(),
                agreement_request_id: request_id.clone(),
                agreement_approval_id: format!("apr-{}", random_id("", 16)),
                name: plan_input.name.clone().unwrap_or_else(|| DEFAULT_APPROVAL_NAME.into()),
                status: ApprovalStatus::PendingApproval,
                created_at: Some(now),
                updated_at: Some(now),
                approval_needed_by: Some(now + APPROVAL_WINDOW),
                started_at: Some(now),
                expires_at: Some(now + APPROVAL_WINDOW),
            },
            plan_input: BuyerApprovalPlanInput { plan_reference: Some(reference), name: plan_input.name },
            purchase_orders: input.purchase_orders.clone(),
            note: None,
            approver_purchase_orders: Vec::new(),
        };
        self.save_workflow(&approval.summary.agreement_approval_id, kind::APPROVAL, request_id, &approval)?;
        stored.request.status = AgreementRequestStatus::PendingApproval;
        stored.request.approval_requirement = "REQUIRED".into();
        self.save_request(&stored, None)?;
        Ok(vec![approval.summary])
    }

    /// Every approval the caller may see (it asked for it, or administers the requester's organization), after
    /// those left unanswered past their deadline expire.
    fn visible_approvals(&self) -> Result<Vec<Visible>> {
        let me = self.caller.as_str();
        let mut visible = Vec::new();
        for (parent, mut approval) in self.workflow_items::<StoredApproval>(kind::APPROVAL)? {
            let summary = &mut approval.summary;
            if summary.status == ApprovalStatus::PendingApproval
                && summary.approval_needed_by.is_some_and(|t| t <= self.now)
            {
                summary.status = ApprovalStatus::Expired;
                summary.updated_at = summary.approval_needed_by;
                self.save_workflow(&summary.agreement_approval_id.clone(), kind::APPROVAL, &parent, &approval)?;
            }
            let (requester, _) = self.any_request(&parent)?.ok_or_else(|| {
                Error::internal(format!(
                    "local state: approval {} belongs to agreement request {parent}, which is not on record",
                    approval.summary.agreement_approval_id
                ))
            })?;
            let is_admin = self.approver_of(&requester)?.is_some_and(|(_, admin)| admin);
            if requester == me || is_admin {
                visible.push(Visible { requester, is_admin, approval });
            }
        }
        Ok(visible)
    }

    fn visible_approval(&self, id: &str) -> Result<Visible> {
        self.visible_approvals()?
            .into_iter()
            .find(|v| v.approval.summary.agreement_approval_id == id)
            .ok_or_else(|| not_found(format!("Agreement approval {id} not found")))
    }

    /// `ListAgreementApprovals`: the approvals the caller asked for (`REQUESTER`) or is to decide
    /// (`AWS_ORGANIZATION_ADMIN`), oldest first.
    pub(super) fn list_approvals(&self, input: &ListAgreementApprovalsInput) -> Result<Vec<ApprovalSummary>> {
        let admin_view = input.party_type == ApprovalPartyType::AwsOrganizationAdmin;
        let me = self.caller.as_str();
        Ok(self
            .visible_approvals()?
            .into_iter()
            .filter(|v| if admin_view { v.is_admin } else { v.requester == me })
            .map(|v| v.approval.summary)
            .filter(|a| input.status.as_ref().is_none_or(|s| &a.status == s))
            .filter(|a| input.agreement_request_id.as_ref().is_none_or(|r| &a.agreement_request_id == r))
            .filter(|a| input.approval_type.as_ref().is_none_or(|t| &a.approval_type == t))
            .collect())
    }

    /// `GetAgreementApproval`: the approval with its one level of administrators, the plan it follows, the seller
    /// and what the request is for.
    pub(super) fn approval(&self, id: &str) -> Result<BuyerApproval> {
        let Visible { requester, approval, .. } = self.visible_approval(id)?;
        let request_id = &approval.summary.agreement_request_id;
        let (_, stored) = self
            .any_request(request_id)?
            .ok_or_else(|| Error::internal(format!("local state: agreement request {request_id} is not on record")))?;
        let outcome_status = match &approval.summary.status {
            ApprovalStatus::PendingApproval => ApproverOutcomeStatus::PendingApproval,
            ApprovalStatus::Approved => ApproverOutcomeStatus::Approved,
            ApprovalStatus::Rejected => ApproverOutcomeStatus::Rejected,
            ApprovalStatus::Expired => ApproverOutcomeStatus::Expired,
            // A withdrawn request's approval needs no answer any more.
            _ => ApproverOutcomeStatus::Skipped,
        };
        let outcome = OutcomeDetail {
            status: outcome_status,
            updated_at: approval.summary.updated_at,
            approver_outcome_id: Some(approval.outcome_id()),
            note: approval.note.clone(),
            name: None,
            email_address: None,
            purchase_orders: approval.approver_purchase_orders.clone(),
        };
        let level = ApprovalLevel {
            name: Some("Administrators".into()),
            groups: vec![ApprovalGroup {
                approval_criteria: ApprovalCriteria { required_approval_count: 1 },
                approvers: vec![ApproverOutcome {
                    aws_organization_approver_outcome: Some(outcome),
                    email_approver_outcome: None,
                    procurement_tool_approver_outcome: None,
                }],
            }],
        };
        Ok(BuyerApproval {
            summary: approval.summary,
            requester: Party { account_id: Some(requester) },
            levels: vec![level],
            plan_input: approval.plan_input,
            proposer: Some(ApprovalProposer {
                legal_name: self.legal_name(&stored.proposer)?,
                account_id: stored.proposer.clone(),
            }),
            proposal_summary: Some(self.approval_proposal(&stored)?),
        })
    }

    /// The seller's legal name: its account's name.
    fn legal_name(&self, account: &str) -> Result<String> {
        use rusqlite::OptionalExtension;
        let name: Option<String> = self
            .tx
            .query_row("SELECT name FROM accounts WHERE id = ?1", [account], |r| r.get(0))
            .optional()
            .map_err(crate::backend::local::schema::db_error)?;
        Ok(name.filter(|n| !n.is_empty()).unwrap_or_else(|| account.to_owned()))
    }

    /// What an approval is for: the offer (its set, and whether it is private) and its product.
    fn approval_proposal(&self, stored: &StoredRequest) -> Result<ApprovalProposalSummary> {
        let offer = self.load(&stored.offer_id)?;
        let product_name = self.load(&stored.product_id)?.and_then(|p| p.name());
        let private = offer.as_ref().map(|o| o.offer()).transpose()?.is_some_and(|o| o.is_private());
        Ok(ApprovalProposalSummary {
            offer_id: stored.offer_id.clone().into(),
            offer_set_id: offer.as_ref().and_then(|o| o.str("/OfferSetId")).map(str::to_owned),
            resources: vec![ApprovalResource {
                id: stored.product_id.clone(),
                resource_type: stored.product_type.clone(),
                name: product_name.unwrap_or_else(|| stored.product_id.clone()),
                deployed_on_aws: None,
            }],
            visibility_scope: if private { "PRIVATE" } else { "PUBLIC" }.into(),
        })
    }

    /// `AcceptAgreementApproval` and `RejectAgreementApproval`: an administrator of the requester's organization
    /// decides a pending approval, and the request becomes APPROVED or REJECTED.
    pub(super) fn decide_approval(&self, id: &str, decision: Decision) -> Result<()> {
        let input = if decision.approve {
            "buyerAgreementApprovalApproverInput"
        } else {
            "buyerAgreementApprovalRejectionInput"
        };
        let Visible { is_admin, mut approval, .. } = self.visible_approval(id)?;
        if !is_admin {
            return Err(access_denied(
                "only the organization's management account or a delegated administrator can decide an approval",
            ));
        }
        if approval.summary.status != ApprovalStatus::PendingApproval {
            return Err(conflict(format!("approval {id} is {}", approval.summary.status)));
        }
        let outcome = approval.outcome_id();
        if let Some(other) = decision.outcome_to_override.as_ref().filter(|o| **o != outcome) {
            return Err(Error::invalid_field(
                format!("{input}.approverOutcomeIdToOverride"),
                format!("{other} is not an approver outcome of approval {id} (its one outcome is {outcome})"),
            )
            .with_reason("INVALID_APPROVER_OUTCOME_ID_TO_OVERRIDE"));
        }
        let request_id = approval.summary.agreement_request_id.clone();
        let (_, mut stored) = self
            .any_request(&request_id)?
            .ok_or_else(|| Error::internal(format!("local state: agreement request {request_id} is not on record")))?;
        check_charges(&format!("{input}.purchaseOrders"), &decision.purchase_orders, &stored)?;
        approval.summary.status = if decision.approve { ApprovalStatus::Approved } else { ApprovalStatus::Rejected };
        approval.summary.updated_at = Some(self.now);
        approval.note = decision.note;
        approval.approver_purchase_orders = decision.purchase_orders;
        self.save_workflow(id, kind::APPROVAL, &request_id, &approval)?;
        stored.request.status =
            if decision.approve { AgreementRequestStatus::Approved } else { AgreementRequestStatus::Rejected };
        self.save_request(&stored, None)
    }
}

/// The reference of an organization's one approval plan.
fn plan_reference(org: &str) -> String {
    format!("aplan-{}", org.trim_start_matches("o-"))
}
