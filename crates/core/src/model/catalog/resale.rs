//! Resale authorizations' own terms (`ResaleAuthorization@1.0`): a manufacturer authorizes a channel partner on
//! terms of the resale types (`ResaleConfigurableUpfrontPricingTerm`, `BuyerLegalTerm`, ...), not the offer's. The
//! change types that set them are in [`changes`](super::changes).

use marketplane_macros::model;
use serde::{Deserialize, Serialize};

use crate::model::catalog::changes::PositiveTargeting;
use crate::model::catalog::parse_date;
use crate::model::catalog::terms::{
    price_rule, Constraints, CurrencyCode, Grant, RateCardItem, ScheduleItem, Selector,
};
use crate::validate::Validator;

/// The pricing term types of a resale authorization (`UpdatePricingTerms`).
pub const RESALE_PRICING_TERMS: [&str; 3] =
    ["ResaleUsageBasedPricingTerm", "ResaleConfigurableUpfrontPricingTerm", "ResaleFixedUpfrontPricingTerm"];

/// A rate card of a resale pricing term: a duration selector and constraints for configurable terms, prices.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResaleRateCard {
    /// The duration (configurable terms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<Selector>,
    /// What the buyer may configure (configurable terms; Allowed when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraints: Option<Constraints>,
    /// 1–800 prices.
    pub rate_card: Vec<RateCardItem>,
}

/// A legal document of a `BuyerLegalTerm` (StandardEula, EnterpriseEula, CustomEula) or a `ResaleLegalTerm`
/// (StandardResellerContract, CustomResellerContract).
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResaleLegalDocument {
    /// Which document.
    #[serde(rename = "Type")]
    pub document_type: String,
    /// Where a custom document lives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A term of a resale authorization. One struct serves every resale term type: `term_type` (`Type` on the wire)
/// says which, and which members it carries (the others stay empty):
///
/// | `Type` | members | set by |
/// |---|---|---|
/// | `ResaleUsageBasedPricingTerm` | `CurrencyCode` (USD), `RateCards` (exactly 1, prices) | `UpdatePricingTerms` |
/// | `ResaleConfigurableUpfrontPricingTerm` | `CurrencyCode`, `RateCards` (1–5 with `Selector`, `Constraints`) | `UpdatePricingTerms` |
/// | `ResaleFixedUpfrontPricingTerm` | `CurrencyCode`, `Price`, `Duration`, `Grants` | `UpdatePricingTerms` |
/// | `ResalePaymentScheduleTerm` | `CurrencyCode`, `Schedule` (1–60) | `UpdatePaymentScheduleTerms` |
/// | `BuyerLegalTerm`, `ResaleLegalTerm` | `Documents` | `UpdateLegalTerms` |
/// | `BuyerTargetingTerm` | `PositiveTargeting.BuyerAccounts` (1–25) | `UpdateBuyerTargetingTerms` |
/// | `BuyerValidityTerm` | `MaximumAgreementStartDate` | `UpdateBuyerValidityTerms` |
/// | `ResaleNetPaymentTerm` | `PaymentDuePeriod` | `UpdateNetPaymentTerms` |
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ResaleTerm {
    /// The term type.
    #[serde(rename = "Type")]
    pub term_type: String,
    /// The id DescribeEntity gives the term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The currency of pricing and payment terms (USD, AUD, EUR, GBP, JPY; usage terms USD only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<CurrencyCode>,
    /// Rate cards of usage and configurable pricing terms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rate_cards: Vec<ResaleRateCard>,
    /// The price of a fixed upfront term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<String>,
    /// The duration of a fixed upfront term (ISO 8601, such as `P12M`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// The grants of a fixed upfront term.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<Grant>,
    /// The installments of a payment schedule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedule: Vec<ScheduleItem>,
    /// The documents of a legal term.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<ResaleLegalDocument>,
    /// The buyers of a buyer targeting term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub positive_targeting: Option<PositiveTargeting>,
    /// The latest agreement start of a buyer validity term (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_agreement_start_date: Option<String>,
    /// The longest payment period a net payment term lets the partner grant (`P15D` ... `P120D`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_due_period: Option<String>,
}

impl ResaleTerm {
    /// Whether this is one of the pricing terms.
    pub fn is_pricing(&self) -> bool {
        RESALE_PRICING_TERMS.contains(&self.term_type.as_str())
    }

    /// Check the term against its type's rules; errors go to `v` under `field`.
    pub fn validate_into(&self, v: &mut Validator, field: &str) {
        let currency = |v: &mut Validator, allowed: &[&str]| match &self.currency_code {
            Some(c) if allowed.contains(&c.as_str()) => {}
            Some(c) => v.fail(
                format!("{field}.CurrencyCode"),
                format!("{:?} is not one of {}", c.as_str(), allowed.join(", ")),
            ),
            None => v.fail(format!("{field}.CurrencyCode"), "is required"),
        };
        let contract_currencies = ["USD", "AUD", "EUR", "GBP", "JPY"];
        let prices = |v: &mut Validator, at: &str, items: &[RateCardItem]| {
            if items.is_empty() || items.len() > 800 {
                v.fail(at, format!("must hold 1 to 800 prices, got {}", items.len()));
            }
            for (i, item) in items.iter().enumerate() {
                v.length(&format!("{at}[{i}].DimensionKey"), &item.dimension_key, 1, 100);
                price_rule(v, &format!("{at}[{i}].Price"), &item.price, 8);
            }
        };
        match self.term_type.as_str() {
            "ResaleUsageBasedPricingTerm" => {
                currency(v, &["USD"]);
                if self.rate_cards.len() != 1 {
                    v.fail(
                        format!("{field}.RateCards"),
                        format!("must hold exactly 1 rate card, got {}", self.rate_cards.len()),
                    );
                }
                for (i, card) in self.rate_cards.iter().enumerate() {
                    prices(v, &format!("{field}.RateCards[{i}].RateCard"), &card.rate_card);
                }
            }
            "ResaleConfigurableUpfrontPricingTerm" => {
                currency(v, &contract_currencies);
                if self.rate_cards.is_empty() || self.rate_cards.len() > 5 {
                    v.fail(
                        format!("{field}.RateCards"),
                        format!("must hold 1 to 5 rate cards, got {}", self.rate_cards.len()),
                    );
                }
                for (i, card) in self.rate_cards.iter().enumerate() {
                    if card.selector.is_none() {
                        v.fail(format!("{field}.RateCards[{i}].Selector"), "is required");
                    }
                    prices(v, &format!("{field}.RateCards[{i}].RateCard"), &card.rate_card);
                }
            }
            "ResaleFixedUpfrontPricingTerm" => {
                currency(v, &contract_currencies);
                match &self.price {
                    Some(price) => price_rule(v, &format!("{field}.Price"), price, 3),
                    None => v.fail(format!("{field}.Price"), "is required"),
                }
                if self.duration.is_none() {
                    v.fail(format!("{field}.Duration"), "is required");
                }
                if self.grants.is_empty() || self.grants.len() > 200 {
                    v.fail(format!("{field}.Grants"), format!("must hold 1 to 200 grants, got {}", self.grants.len()));
                }
                for (i, grant) in self.grants.iter().enumerate() {
                    if grant.max_quantity.is_none() {
                        v.fail(format!("{field}.Grants[{i}].MaxQuantity"), "is required");
                    }
                }
            }
            "ResalePaymentScheduleTerm" => {
                currency(v, &contract_currencies);
                if self.schedule.is_empty() || self.schedule.len() > 60 {
                    v.fail(
                        format!("{field}.Schedule"),
                        format!("must hold 1 to 60 installments, got {}", self.schedule.len()),
                    );
                }
                for (i, item) in self.schedule.iter().enumerate() {
                    if let Err(e) = parse_date(&item.charge_date, &format!("{field}.Schedule[{i}].ChargeDate")) {
                        v.extend(e.field_errors().to_vec());
                    }
                    price_rule(v, &format!("{field}.Schedule[{i}].ChargeAmount"), &item.charge_amount, 2);
                }
            }
            "BuyerLegalTerm" | "ResaleLegalTerm" => {
                let allowed: &[&str] = if self.term_type == "BuyerLegalTerm" {
                    &["StandardEula", "EnterpriseEula", "CustomEula"]
                } else {
                    &["StandardResellerContract", "CustomResellerContract"]
                };
                if self.documents.is_empty() {
                    v.fail(format!("{field}.Documents"), "must hold a document");
                }
                for (i, doc) in self.documents.iter().enumerate() {
                    if !allowed.contains(&doc.document_type.as_str()) {
                        v.fail(
                            format!("{field}.Documents[{i}].Type"),
                            format!("{:?} is not one of {}", doc.document_type, allowed.join(", ")),
                        );
                    }
                    if doc.document_type.starts_with("Custom") && doc.url.as_deref().is_none_or(str::is_empty) {
                        v.fail(format!("{field}.Documents[{i}].Url"), format!("is required for {}", doc.document_type));
                    }
                }
            }
            "BuyerTargetingTerm" => {
                let accounts =
                    self.positive_targeting.as_ref().map(|p| p.buyer_accounts.as_slice()).unwrap_or_default();
                if self.positive_targeting.is_none() {
                    v.fail(format!("{field}.PositiveTargeting"), "is required");
                } else if accounts.is_empty() || accounts.len() > 25 {
                    v.fail(
                        format!("{field}.PositiveTargeting.BuyerAccounts"),
                        format!("must hold 1 to 25 accounts, got {}", accounts.len()),
                    );
                }
                for (i, account) in accounts.iter().enumerate() {
                    if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
                        v.fail(
                            format!("{field}.PositiveTargeting.BuyerAccounts[{i}]"),
                            "must be a 12-digit AWS account id",
                        );
                    }
                }
            }
            "BuyerValidityTerm" => match &self.maximum_agreement_start_date {
                Some(date) => {
                    if let Err(e) = parse_date(date, &format!("{field}.MaximumAgreementStartDate")) {
                        v.extend(e.field_errors().to_vec());
                    }
                }
                None => v.fail(format!("{field}.MaximumAgreementStartDate"), "is required"),
            },
            "ResaleNetPaymentTerm" => {
                let periods = ["P15D", "P30D", "P45D", "P60D", "P90D", "P120D"];
                if !self.payment_due_period.as_deref().is_some_and(|p| periods.contains(&p)) {
                    v.fail(format!("{field}.PaymentDuePeriod"), format!("must be one of {}", periods.join(", ")));
                }
            }
            other => v.fail(format!("{field}.Type"), format!("{other:?} is not a resale authorization term type")),
        }
    }
}
