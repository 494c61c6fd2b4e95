//! The twelve offer term types (`offer_1_0` appendix), typed and validated.
//!
//! On the wire a term is an object whose `Type` member says which term it is. [`Term`] keeps terms this library does
//! not know in [`Term::Other`] so reading an entity never loses data.

use marketplane_macros::model;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::model::catalog::parse_date;
use crate::model::open_enum;
use crate::validate::Validator;

open_enum!(
    /// Currencies offers can be priced in.
    CurrencyCode {
        /// US dollar.
        Usd => "USD",
        /// Euro.
        Eur => "EUR",
        /// Pound sterling.
        Gbp => "GBP",
        /// Australian dollar.
        Aud => "AUD",
        /// Japanese yen.
        Jpy => "JPY",
        /// Canadian dollar.
        Cad => "CAD",
    }
);

open_enum!(
    /// The pricing model of an offer.
    OfferPricingModel {
        /// Bring your own licence.
        Byol => "Byol",
        /// Free (a free trial).
        Free => "Free",
        /// Pay as you go.
        Usage => "Usage",
        /// An upfront contract.
        Contract => "Contract",
    }
);

open_enum!(
    /// Whether buyers may pick several dimensions or quantities of a contract rate card.
    Allowance {
        /// Allowed.
        Allowed => "Allowed",
        /// Not allowed.
        Disallowed => "Disallowed",
    }
);

open_enum!(
    /// The document a legal term points at.
    LegalDocumentType {
        /// The seller's own EULA.
        CustomEula => "CustomEula",
        /// The Standard Contract for AWS Marketplace.
        StandardEula => "StandardEula",
        /// A custom data subscription agreement.
        CustomDsa => "CustomDsa",
        /// The standard data subscription agreement.
        StandardDsa => "StandardDsa",
    }
);

open_enum!(
    /// What happens to a buyer's verification request when it expires.
    ApprovalStrategy {
        /// Approve it.
        AutoApproveOnExpiration => "AutoApproveOnExpiration",
        /// Reject it.
        AutoRejectOnExpiration => "AutoRejectOnExpiration",
        /// Keep waiting for the seller.
        WaitForApproval => "WaitForApproval",
    }
);

/// One price on a rate card.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RateCardItem {
    /// The dimension (1–100 characters).
    pub dimension_key: String,
    /// The price per unit, as a decimal string with up to 8 decimals.
    pub price: String,
}

impl RateCardItem {
    /// A price for a dimension.
    pub fn new(dimension_key: impl Into<String>, price: impl Into<String>) -> Self {
        RateCardItem { dimension_key: dimension_key.into(), price: price.into() }
    }
}

/// A usage rate card.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UsageRateCard {
    /// 1–800 prices.
    pub rate_card: Vec<RateCardItem>,
}

/// Pay-as-you-go prices per dimension.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UsageBasedPricingTerm {
    /// The currency.
    pub currency_code: CurrencyCode,
    /// Exactly one rate card.
    pub rate_cards: Vec<UsageRateCard>,
}

/// The duration a configurable rate card applies to.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Selector {
    /// Always `Duration`.
    #[serde(rename = "Type")]
    pub selector_type: String,
    /// An ISO 8601 duration such as `P12M`.
    pub value: String,
}

/// What a buyer may configure.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Constraints {
    /// Several dimensions at once.
    pub multiple_dimension_selection: Allowance,
    /// Quantities other than one.
    pub quantity_configuration: Allowance,
}

/// A contract rate card for one duration.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConfigurableRateCard {
    /// The duration.
    pub selector: Selector,
    /// What the buyer may configure.
    pub constraints: Constraints,
    /// 1–800 prices.
    pub rate_card: Vec<RateCardItem>,
}

/// Contract prices the buyer configures (dimensions, quantities) for a duration.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConfigurableUpfrontPricingTerm {
    /// The currency.
    pub currency_code: CurrencyCode,
    /// 1–5 rate cards, one per duration.
    pub rate_cards: Vec<ConfigurableRateCard>,
}

/// Units of a dimension a term grants.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Grant {
    /// The dimension.
    pub dimension_key: String,
    /// 1–2147483646 units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_quantity: Option<i64>,
}

impl Grant {
    /// `quantity` units of `dimension_key`.
    pub fn new(dimension_key: impl Into<String>, quantity: i64) -> Self {
        Grant { dimension_key: dimension_key.into(), max_quantity: Some(quantity) }
    }
}

/// A fixed contract price for fixed grants (typical of private offers).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FixedUpfrontPricingTerm {
    /// The currency.
    pub currency_code: CurrencyCode,
    /// The total price, up to 3 decimals.
    pub price: String,
    /// The contract duration (ISO 8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// 1–800 grants.
    pub grants: Vec<Grant>,
}

/// A free trial.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FreeTrialPricingTerm {
    /// How long (ISO 8601).
    pub duration: String,
    /// 1–800 grants.
    pub grants: Vec<Grant>,
}

/// A fixed recurring fee.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RecurringPaymentTerm {
    /// The currency.
    pub currency_code: CurrencyCode,
    /// Always `Monthly`.
    pub billing_period: String,
    /// The fee, up to 3 decimals.
    pub price: String,
}

/// One installment of a flexible payment schedule.
#[model]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ScheduleItem {
    /// `YYYY-MM-DD` (a full timestamp when read back).
    pub charge_date: String,
    /// The amount, up to 2 decimals.
    pub charge_amount: String,
}

impl ScheduleItem {
    /// An installment.
    pub fn new(charge_date: impl Into<String>, charge_amount: impl Into<String>) -> Self {
        ScheduleItem { charge_date: charge_date.into(), charge_amount: charge_amount.into() }
    }
}

/// A flexible payment schedule.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PaymentScheduleTerm {
    /// The currency.
    pub currency_code: CurrencyCode,
    /// 1–60 installments.
    pub schedule: Vec<ScheduleItem>,
}

/// A legal document.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LegalDocument {
    /// Which kind.
    #[serde(rename = "Type")]
    pub document_type: LegalDocumentType,
    /// Where a custom document lives (≤ 32000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The standard document's version (2019-04-24, 2022-07-14, 2019-12-12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// The EULA or data subscription agreement.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct LegalTerm {
    /// Exactly one document in a change.
    pub documents: Vec<LegalDocument>,
}

/// The refund policy.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SupportTerm {
    /// 1–500 characters.
    pub refund_policy: String,
}

/// How long the agreement lasts: a duration or an end date, optionally from a start date (future-dated).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ValidityTerm {
    /// ISO 8601 duration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_duration: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_end_date: Option<String>,
    /// `YYYY-MM-DD`; a date in the future makes a future-dated agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement_start_date: Option<String>,
}

/// Whether the seller verifies buyers before they can accept.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CustomerVerificationTerm {
    /// What happens when a request expires.
    pub approval_strategy: ApprovalStrategy,
    /// How long a request waits (ISO 8601).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_duration: Option<String>,
}

open_enum!(
    /// What happens to a seller's payment request the buyer has not answered when it expires.
    PaymentRequestApprovalStrategy {
        /// Approve it when it expires.
        AutoApproveOnExpiration => "AUTO_APPROVE_ON_EXPIRATION",
        /// Keep waiting for the buyer.
        WaitForApproval => "WAIT_FOR_APPROVAL",
    }
);

/// How payment requests under a [`VariablePaymentTerm`] are approved.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VariablePaymentTermConfiguration {
    /// Approve on expiry, or wait for the buyer.
    pub payment_request_approval_strategy: PaymentRequestApprovalStrategy,
    /// How long a payment request waits for the buyer, in days (`P30D`); 30 days when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_duration: Option<String>,
}

/// Variable payments: the seller charges amounts it decides during the agreement by sending payment requests the
/// buyer approves, up to a maximum over the whole agreement. The Agreement and Discovery APIs carry this term; the
/// catalog's public offer schema does not list it, so the change type that sets it (`UpdateVariablePaymentTerms`)
/// is this library's own.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct VariablePaymentTerm {
    /// The currency of every payment request.
    pub currency_code: CurrencyCode,
    /// The most all approved payment requests may total (2 decimals).
    pub max_total_charge_amount: String,
    /// How requests are approved.
    pub configuration: VariablePaymentTermConfiguration,
}

/// A term of an offer.
#[model]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Term {
    /// Pay-as-you-go prices.
    UsageBasedPricing(UsageBasedPricingTerm),
    /// Contract prices the buyer configures.
    ConfigurableUpfrontPricing(ConfigurableUpfrontPricingTerm),
    /// A fixed contract price.
    FixedUpfrontPricing(FixedUpfrontPricingTerm),
    /// A free trial.
    FreeTrialPricing(FreeTrialPricingTerm),
    /// A recurring fee.
    RecurringPayment(RecurringPaymentTerm),
    /// Bring your own licence.
    ByolPricing,
    /// A flexible payment schedule.
    PaymentSchedule(PaymentScheduleTerm),
    /// The EULA.
    Legal(LegalTerm),
    /// The refund policy.
    Support(SupportTerm),
    /// Auto-renewal (its presence enables it).
    Renewal,
    /// The agreement's duration or dates.
    Validity(ValidityTerm),
    /// Buyer verification.
    CustomerVerification(CustomerVerificationTerm),
    /// Variable payments through payment requests.
    VariablePayment(VariablePaymentTerm),
    /// A term type this library does not know, kept as sent.
    Other(Value),
}

impl Term {
    /// The wire `Type`.
    pub fn type_name(&self) -> &str {
        match self {
            Term::UsageBasedPricing(_) => "UsageBasedPricingTerm",
            Term::ConfigurableUpfrontPricing(_) => "ConfigurableUpfrontPricingTerm",
            Term::FixedUpfrontPricing(_) => "FixedUpfrontPricingTerm",
            Term::FreeTrialPricing(_) => "FreeTrialPricingTerm",
            Term::RecurringPayment(_) => "RecurringPaymentTerm",
            Term::ByolPricing => "ByolPricingTerm",
            Term::PaymentSchedule(_) => "PaymentScheduleTerm",
            Term::Legal(_) => "LegalTerm",
            Term::Support(_) => "SupportTerm",
            Term::Renewal => "RenewalTerm",
            Term::Validity(_) => "ValidityTerm",
            Term::CustomerVerification(_) => "CustomerVerificationTerm",
            Term::VariablePayment(_) => "VariablePaymentTerm",
            Term::Other(value) => value.get("Type").and_then(Value::as_str).unwrap_or(""),
        }
    }

    /// Whether this is a pricing term (the ones `UpdatePricingTerms` carries).
    pub fn is_pricing(&self) -> bool {
        matches!(
            self,
            Term::UsageBasedPricing(_)
                | Term::ConfigurableUpfrontPricing(_)
                | Term::FixedUpfrontPricing(_)
                | Term::FreeTrialPricing(_)
                | Term::RecurringPayment(_)
                | Term::ByolPricing
        )
    }

    /// The currency the term is priced in, if it has one.
    pub fn currency(&self) -> Option<&CurrencyCode> {
        match self {
            Term::UsageBasedPricing(t) => Some(&t.currency_code),
            Term::ConfigurableUpfrontPricing(t) => Some(&t.currency_code),
            Term::FixedUpfrontPricing(t) => Some(&t.currency_code),
            Term::RecurringPayment(t) => Some(&t.currency_code),
            Term::PaymentSchedule(t) => Some(&t.currency_code),
            Term::VariablePayment(t) => Some(&t.currency_code),
            _ => None,
        }
    }

    /// Check the term against the schema's rules; errors go to `v` under `field`.
    pub fn validate_into(&self, v: &mut Validator, field: &str) {
        if let Some(currency) = self.currency() {
            currency_rule(v, &format!("{field}.CurrencyCode"), currency);
        }
        match self {
            Term::UsageBasedPricing(t) => {
                if t.rate_cards.len() != 1 {
                    v.fail(
                        format!("{field}.RateCards"),
                        format!("must hold exactly 1 rate card, got {}", t.rate_cards.len()),
                    );
                }
                for (i, card) in t.rate_cards.iter().enumerate() {
                    rate_card_rule(v, &format!("{field}.RateCards[{i}].RateCard"), &card.rate_card);
                }
            }
            Term::ConfigurableUpfrontPricing(t) => {
                if t.rate_cards.is_empty() || t.rate_cards.len() > 5 {
                    v.fail(
                        format!("{field}.RateCards"),
                        format!("must hold 1 to 5 rate cards, got {}", t.rate_cards.len()),
                    );
                }
                for (i, card) in t.rate_cards.iter().enumerate() {
                    let at = format!("{field}.RateCards[{i}]");
                    if card.selector.selector_type != "Duration" {
                        v.fail(format!("{at}.Selector.Type"), "must be Duration");
                    }
                    duration_rule(v, &format!("{at}.Selector.Value"), &card.selector.value);
                    allowance_rule(
                        v,
                        &format!("{at}.Constraints.MultipleDimensionSelection"),
                        &card.constraints.multiple_dimension_selection,
                    );
                    allowance_rule(
                        v,
                        &format!("{at}.Constraints.QuantityConfiguration"),
                        &card.constraints.quantity_configuration,
                    );
                    rate_card_rule(v, &format!("{at}.RateCard"), &card.rate_card);
                }
            }
            Term::FixedUpfrontPricing(t) => {
                price_rule(v, &format!("{field}.Price"), &t.price, 3);
                if let Some(d) = &t.duration {
                    duration_rule(v, &format!("{field}.Duration"), d);
                }
                grants_rule(v, &format!("{field}.Grants"), &t.grants, true);
            }
            Term::FreeTrialPricing(t) => {
                duration_rule(v, &format!("{field}.Duration"), &t.duration);
                grants_rule(v, &format!("{field}.Grants"), &t.grants, false);
            }
            Term::RecurringPayment(t) => {
                if t.billing_period != "Monthly" {
                    v.fail(format!("{field}.BillingPeriod"), format!("must be Monthly, got {:?}", t.billing_period));
                }
                price_rule(v, &format!("{field}.Price"), &t.price, 3);
            }
            Term::PaymentSchedule(t) => {
                if t.schedule.is_empty() || t.schedule.len() > 60 {
                    v.fail(
                        format!("{field}.Schedule"),
                        format!("must hold 1 to 60 installments, got {}", t.schedule.len()),
                    );
                }
                let mut previous: Option<time::Date> = None;
                for (i, item) in t.schedule.iter().enumerate() {
                    let at = format!("{field}.Schedule[{i}]");
                    match parse_date(&item.charge_date, &format!("{at}.ChargeDate")) {
                        Ok(date) => {
                            if previous.is_some_and(|p| date <= p) {
                                v.fail(format!("{at}.ChargeDate"), "installments must be in date order, one per date");
                            }
                            previous = Some(date);
                        }
                        Err(e) => v.extend(e.field_errors().to_vec()),
                    }
                    price_rule(v, &format!("{at}.ChargeAmount"), &item.charge_amount, 2);
                }
            }
            Term::Legal(t) => {
                if t.documents.is_empty() {
                    v.fail(format!("{field}.Documents"), "must hold a document");
                }
                for (i, doc) in t.documents.iter().enumerate() {
                    let at = format!("{field}.Documents[{i}]");
                    match &doc.document_type {
                        LegalDocumentType::CustomEula | LegalDocumentType::CustomDsa => {
                            if doc.url.as_deref().is_none_or(str::is_empty) {
                                v.fail(format!("{at}.Url"), format!("is required for {}", doc.document_type));
                            }
                        }
                        LegalDocumentType::StandardEula | LegalDocumentType::StandardDsa => {
                            if let Some(version) = &doc.version {
                                if !["2019-04-24", "2022-07-14", "2019-12-12"].contains(&version.as_str()) {
                                    v.fail(format!("{at}.Version"), "must be 2019-04-24, 2022-07-14 or 2019-12-12");
                                }
                            }
                        }
                        LegalDocumentType::Unknown(other) => v.fail(
                            format!("{at}.Type"),
                            format!("{other:?} is not one of {}", LegalDocumentType::known_values()),
                        ),
                    }
                    if let Some(url) = &doc.url {
                        v.length(&format!("{at}.Url"), url, 1, 32000);
                    }
                }
            }
            Term::Support(t) => {
                if v.length(&format!("{field}.RefundPolicy"), &t.refund_policy, 1, 500)
                    && !t.refund_policy.chars().all(|c| c.is_ascii() || "©®™¢£¤¥".contains(c))
                {
                    v.fail(format!("{field}.RefundPolicy"), "may hold ASCII characters and ©®™¢£¤¥ only");
                }
            }
            Term::Validity(t) => {
                match (&t.agreement_duration, &t.agreement_end_date) {
                    (Some(d), None) => duration_rule(v, &format!("{field}.AgreementDuration"), d),
                    (None, Some(end)) => date_rule(v, &format!("{field}.AgreementEndDate"), end),
                    _ => v.fail(
                        format!("{field}.AgreementDuration"),
                        "give exactly one of AgreementDuration and AgreementEndDate",
                    ),
                }
                if let Some(start) = &t.agreement_start_date {
                    date_rule(v, &format!("{field}.AgreementStartDate"), start);
                    if let (Some(end), Ok(s)) = (&t.agreement_end_date, parse_date(start, "")) {
                        if parse_date(end, "").is_ok_and(|e| e <= s) {
                            v.fail(format!("{field}.AgreementEndDate"), "must be after AgreementStartDate");
                        }
                    }
                }
            }
            Term::CustomerVerification(t) => {
                if !t.approval_strategy.is_known() {
                    v.fail(
                        format!("{field}.ApprovalStrategy"),
                        format!(
                            "{:?} is not one of {}",
                            t.approval_strategy.as_str(),
                            ApprovalStrategy::known_values()
                        ),
                    );
                }
                if let Some(d) = &t.expiration_duration {
                    duration_rule(v, &format!("{field}.ExpirationDuration"), d);
                }
            }
            Term::VariablePayment(t) => {
                price_rule(v, &format!("{field}.MaxTotalChargeAmount"), &t.max_total_charge_amount, 2);
                if parse_amount_is_zero(&t.max_total_charge_amount) {
                    v.fail(format!("{field}.MaxTotalChargeAmount"), "must be more than 0");
                }
                let strategy = &t.configuration.payment_request_approval_strategy;
                if !strategy.is_known() {
                    v.fail(
                        format!("{field}.Configuration.PaymentRequestApprovalStrategy"),
                        format!(
                            "{:?} is not one of {}",
                            strategy.as_str(),
                            PaymentRequestApprovalStrategy::known_values()
                        ),
                    );
                }
                if let Some(d) = &t.configuration.expiration_duration {
                    if expiration_days(d).is_none() {
                        v.fail(
                            format!("{field}.Configuration.ExpirationDuration"),
                            format!("{d:?} is not a number of days like P30D (1 to 365)"),
                        );
                    }
                }
            }
            Term::ByolPricing | Term::Renewal => {}
            Term::Other(value) => v.fail(
                format!("{field}.Type"),
                format!(
                    "{:?} is not a term type this library knows",
                    value.get("Type").and_then(Value::as_str).unwrap_or("")
                ),
            ),
        }
    }
}

fn to_object<T: Serialize>(value: &T) -> Map<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

impl Serialize for Term {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = match self {
            Term::UsageBasedPricing(t) => to_object(t),
            Term::ConfigurableUpfrontPricing(t) => to_object(t),
            Term::FixedUpfrontPricing(t) => to_object(t),
            Term::FreeTrialPricing(t) => to_object(t),
            Term::RecurringPayment(t) => to_object(t),
            Term::PaymentSchedule(t) => to_object(t),
            Term::Legal(t) => to_object(t),
            Term::Support(t) => to_object(t),
            Term::Validity(t) => to_object(t),
            Term::CustomerVerification(t) => to_object(t),
            Term::VariablePayment(t) => to_object(t),
            Term::ByolPricing | Term::Renewal => Map::new(),
            Term::Other(value) => return value.serialize(s),
        };
        map.insert("Type".into(), Value::String(self.type_name().to_owned()));
        Value::Object(map).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Term {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(d)?;
        let kind = value.get("Type").and_then(Value::as_str).ok_or_else(|| D::Error::custom("a term needs a Type"))?;
        fn parse<T: serde::de::DeserializeOwned, E: serde::de::Error>(value: Value) -> Result<T, E> {
            serde_json::from_value(value).map_err(E::custom)
        }
        Ok(match kind {
            "UsageBasedPricingTerm" => Term::UsageBasedPricing(parse(value)?),
            "ConfigurableUpfrontPricingTerm" => Term::ConfigurableUpfrontPricing(parse(value)?),
            "FixedUpfrontPricingTerm" => Term::FixedUpfrontPricing(parse(value)?),
            "FreeTrialPricingTerm" => Term::FreeTrialPricing(parse(value)?),
            "RecurringPaymentTerm" => Term::RecurringPayment(parse(value)?),
            "ByolPricingTerm" => Term::ByolPricing,
            "PaymentScheduleTerm" => Term::PaymentSchedule(parse(value)?),
            "LegalTerm" => Term::Legal(parse(value)?),
            "SupportTerm" => Term::Support(parse(value)?),
            "RenewalTerm" => Term::Renewal,
            "ValidityTerm" => Term::Validity(parse(value)?),
            "CustomerVerificationTerm" => Term::CustomerVerification(parse(value)?),
            "VariablePaymentTerm" => Term::VariablePayment(parse(value)?),
            _ => Term::Other(value),
        })
    }
}

/// In Python a term is an instance of its class (`FixedUpfrontPricingTerm`, ...), or its wire document (a dict with
/// `Type`) for the terms without members (`ByolPricingTerm`, `RenewalTerm`) and those this library does not type.
#[cfg(feature = "python")]
mod python {
    use pyo3::prelude::*;
    use pyo3::types::PyDict;

    use super::*;
    use crate::python::{FromPython, PyModel, Stubs, ToPython};

    impl ToPython for Term {
        fn to_python<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
            match self {
                Term::UsageBasedPricing(t) => t.to_python(py),
                Term::ConfigurableUpfrontPricing(t) => t.to_python(py),
                Term::FixedUpfrontPricing(t) => t.to_python(py),
                Term::FreeTrialPricing(t) => t.to_python(py),
                Term::RecurringPayment(t) => t.to_python(py),
                Term::PaymentSchedule(t) => t.to_python(py),
                Term::Legal(t) => t.to_python(py),
                Term::Support(t) => t.to_python(py),
                Term::Validity(t) => t.to_python(py),
                Term::CustomerVerification(t) => t.to_python(py),
                Term::VariablePayment(t) => t.to_python(py),
                Term::ByolPricing | Term::Renewal | Term::Other(_) => {
                    serde_json::to_value(self).unwrap_or(Value::Null).to_python(py)
                }
            }
        }
    }

    impl FromPython for Term {
        fn from_python(value: &Bound<'_, PyAny>, field: &str) -> PyResult<Self> {
            macro_rules! classes {
                ($($variant:ident($class:ty)),*) => {$(
                    if let Ok(term) = value.cast::<$class>() {
                        return Ok(Term::$variant(term.try_borrow()?.clone()));
                    }
                )*};
            }
            classes!(
                UsageBasedPricing(UsageBasedPricingTerm),
                ConfigurableUpfrontPricing(ConfigurableUpfrontPricingTerm),
                FixedUpfrontPricing(FixedUpfrontPricingTerm),
                FreeTrialPricing(FreeTrialPricingTerm),
                RecurringPayment(RecurringPaymentTerm),
                PaymentSchedule(PaymentScheduleTerm),
                Legal(LegalTerm),
                Support(SupportTerm),
                Validity(ValidityTerm),
                CustomerVerification(CustomerVerificationTerm),
                VariablePayment(VariablePaymentTerm)
            );
            if value.cast::<PyDict>().is_ok() {
                let document = Value::from_python(value, field)?;
                return serde_json::from_value(document).map_err(|e| {
                    pyo3::exceptions::PyValueError::new_err(format!("{field}: not a term document: {e}"))
                });
            }
            Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "{field}: expected a term class such as FixedUpfrontPricingTerm, or a term document (dict with Type)"
            )))
        }
    }

    impl PyModel for Term {
        fn hint(stubs: &mut Stubs) -> String {
            let classes = [
                UsageBasedPricingTerm::hint(stubs),
                ConfigurableUpfrontPricingTerm::hint(stubs),
                FixedUpfrontPricingTerm::hint(stubs),
                FreeTrialPricingTerm::hint(stubs),
                RecurringPaymentTerm::hint(stubs),
                PaymentScheduleTerm::hint(stubs),
                LegalTerm::hint(stubs),
                SupportTerm::hint(stubs),
                ValidityTerm::hint(stubs),
                CustomerVerificationTerm::hint(stubs),
                VariablePaymentTerm::hint(stubs),
                format!("Dict[str, {}]", Value::hint(stubs)),
            ];
            stubs.alias("Term", &format!("Term: TypeAlias = Union[{}]", classes.join(", ")));
            "Term".into()
        }

        fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
            UsageBasedPricingTerm::register(module)?;
            ConfigurableUpfrontPricingTerm::register(module)?;
            FixedUpfrontPricingTerm::register(module)?;
            FreeTrialPricingTerm::register(module)?;
            RecurringPaymentTerm::register(module)?;
            PaymentScheduleTerm::register(module)?;
            LegalTerm::register(module)?;
            SupportTerm::register(module)?;
            ValidityTerm::register(module)?;
            CustomerVerificationTerm::register(module)?;
            VariablePaymentTerm::register(module)
        }
    }
}

/// Which pricing terms a pricing model accepts, as the offer schema pairs them: a contract needs an upfront term
/// (configurable or fixed) and may add usage prices; usage needs usage prices and may add a recurring fee or an
/// hourly-annual configurable term; free needs a free trial; BYOL needs the BYOL term.
pub fn validate_pricing(v: &mut Validator, field: &str, model: &OfferPricingModel, terms: &[Term]) {
    let has = |name: &str| terms.iter().any(|t| t.type_name() == name);
    // As the offer API reference pairs them: usage may add hourly-annual (configurable) or fixed upfront terms (the
    // latter with a payment schedule, checked at release) and may be a free trial alone; free offers are a free
    // trial or usage/configurable prices of zero.
    let (required, allowed): (&[&str], &[&str]) = match model {
        OfferPricingModel::Contract => (
            &["ConfigurableUpfrontPricingTerm", "FixedUpfrontPricingTerm"],
            &["ConfigurableUpfrontPricingTerm", "FixedUpfrontPricingTerm", "UsageBasedPricingTerm"],
        ),
        OfferPricingModel::Usage => (
            &["UsageBasedPricingTerm", "FreeTrialPricingTerm"],
            &[
                "UsageBasedPricingTerm",
                "RecurringPaymentTerm",
                "ConfigurableUpfrontPricingTerm",
                "FixedUpfrontPricingTerm",
                "FreeTrialPricingTerm",
            ],
        ),
        OfferPricingModel::Free => (
            &["FreeTrialPricingTerm", "UsageBasedPricingTerm", "ConfigurableUpfrontPricingTerm"],
            &["FreeTrialPricingTerm", "UsageBasedPricingTerm", "ConfigurableUpfrontPricingTerm"],
        ),
        OfferPricingModel::Byol => (&["ByolPricingTerm"], &["ByolPricingTerm", "FixedUpfrontPricingTerm"]),
        OfferPricingModel::Unknown(other) => {
            v.fail(
                format!("{field}.PricingModel"),
                format!("{other:?} is not one of {}", OfferPricingModel::known_values()),
            );
            return;
        }
    };
    if terms.is_empty() {
        v.fail(format!("{field}.Terms"), "must hold at least one pricing term");
        return;
    }
    if !required.iter().any(|name| has(name)) {
        v.fail(format!("{field}.Terms"), format!("the {model} pricing model needs one of {}", required.join(", ")));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (i, term) in terms.iter().enumerate() {
        let at = format!("{field}.Terms[{i}]");
        if !term.is_pricing() {
            v.fail(format!("{at}.Type"), format!("{} is not a pricing term", term.type_name()));
        } else if !allowed.contains(&term.type_name()) {
            v.fail(format!("{at}.Type"), format!("{} does not go with the {model} pricing model", term.type_name()));
        }
        if !seen.insert(term.type_name().to_owned()) {
            v.fail(format!("{at}.Type"), format!("only one {} per offer", term.type_name()));
        }
        term.validate_into(v, &at);
    }
    if *model == OfferPricingModel::Free {
        let priced = terms.iter().any(|t| match t {
            Term::UsageBasedPricing(t) => {
                t.rate_cards.iter().flat_map(|c| &c.rate_card).any(|i| !parse_amount_is_zero(&i.price))
            }
            Term::ConfigurableUpfrontPricing(t) => {
                t.rate_cards.iter().flat_map(|c| &c.rate_card).any(|i| !parse_amount_is_zero(&i.price))
            }
            _ => false,
        });
        if priced {
            v.fail(
                format!("{field}.Terms"),
                "Set all charge amounts and prices to zero (0) when using Free pricing model.",
            );
        }
    }
    let currencies: std::collections::BTreeSet<&str> =
        terms.iter().filter_map(Term::currency).map(|c| c.as_str()).collect();
    if currencies.len() > 1 {
        v.fail(
            format!("{field}.Terms"),
            format!("all terms must use one currency, got {}", currencies.into_iter().collect::<Vec<_>>().join(", ")),
        );
    }
}

fn currency_rule(v: &mut Validator, field: &str, currency: &CurrencyCode) {
    if !currency.is_known() {
        v.fail(field, format!("{:?} is not one of {}", currency.as_str(), CurrencyCode::known_values()));
    }
}

fn allowance_rule(v: &mut Validator, field: &str, value: &Allowance) {
    if !value.is_known() {
        v.fail(field, format!("{:?} is not one of {}", value.as_str(), Allowance::known_values()));
    }
}

fn rate_card_rule(v: &mut Validator, field: &str, items: &[RateCardItem]) {
    if items.is_empty() || items.len() > 800 {
        v.fail(field, format!("must hold 1 to 800 prices, got {}", items.len()));
    }
    let mut keys = std::collections::BTreeSet::new();
    for (i, item) in items.iter().enumerate() {
        let at = format!("{field}[{i}]");
        v.length(&format!("{at}.DimensionKey"), &item.dimension_key, 1, 100);
        if !keys.insert(item.dimension_key.as_str()) {
            v.fail(format!("{at}.DimensionKey"), format!("duplicate dimension {:?}", item.dimension_key));
        }
        price_rule(v, &format!("{at}.Price"), &item.price, 8);
    }
}

fn grants_rule(v: &mut Validator, field: &str, grants: &[Grant], quantity_required: bool) {
    if grants.is_empty() || grants.len() > 800 {
        v.fail(field, format!("must hold 1 to 800 grants, got {}", grants.len()));
    }
    for (i, grant) in grants.iter().enumerate() {
        let at = format!("{field}[{i}]");
        v.length(&format!("{at}.DimensionKey"), &grant.dimension_key, 1, 100);
        match grant.max_quantity {
            Some(q) => {
                v.range(&format!("{at}.MaxQuantity"), q, 1, 2_147_483_646);
            }
            None if quantity_required => v.fail(format!("{at}.MaxQuantity"), "is required"),
            None => {}
        }
    }
}

/// A decimal price: at most 100000000, with at most `decimals` digits after the point.
pub fn price_rule(v: &mut Validator, field: &str, price: &str, decimals: usize) {
    let (whole, fraction) = price.split_once('.').unwrap_or((price, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let shape_ok =
        !whole.is_empty() && whole.len() <= 9 && digits(whole) && digits(fraction) && fraction.len() <= decimals;
    if !shape_ok {
        v.fail(field, format!("{price:?} is not a decimal amount with at most {decimals} decimals"));
        return;
    }
    let over = whole.len() == 9 && (whole != "100000000" || fraction.chars().any(|c| c != '0'));
    if over {
        v.fail(field, format!("{price:?} is more than 100000000"));
    }
}

fn parse_amount_is_zero(amount: &str) -> bool {
    amount.chars().all(|c| c == '0' || c == '.')
}

/// The days of a payment request's expiration duration (`P30D`, 1 to 365 days).
pub fn expiration_days(value: &str) -> Option<u32> {
    let days: u32 = value.strip_prefix('P')?.strip_suffix('D')?.parse().ok()?;
    (1..=365).contains(&days).then_some(days)
}

/// An ISO 8601 duration of years, months and days: `P12M`, `P1Y6M`, `P30D`.
pub fn duration_rule(v: &mut Validator, field: &str, value: &str) {
    if parse_duration(value).is_none() {
        v.fail(field, format!("{value:?} is not an ISO 8601 duration like P12M, P1Y or P30D"));
    }
}

fn date_rule(v: &mut Validator, field: &str, value: &str) {
    if let Err(e) = parse_date(value, field) {
        v.extend(e.field_errors().to_vec());
    }
}

/// A duration's years, months and days, if it is `P[nY][nM][nD]` with at least one part.
pub fn parse_duration(value: &str) -> Option<(u32, u32, u32)> {
    let mut rest = value.strip_prefix('P')?;
    if rest.is_empty() {
        return None;
    }
    let mut parts = [None::<u32>; 3];
    for (slot, unit) in ["Y", "M", "D"].iter().enumerate() {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(unit) {
            parts[slot] = Some(rest[..digits].parse().ok()?);
            rest = &rest[digits + 1..];
        }
    }
    if !rest.is_empty() {
        return None;
    }
    Some((parts[0].unwrap_or(0), parts[1].unwrap_or(0), parts[2].unwrap_or(0)))
}

/// A duration's length in whole months, when it has no days part.
pub fn duration_months(value: &str) -> Option<u32> {
    let (y, m, d) = parse_duration(value)?;
    (d == 0).then_some(y * 12 + m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fields(terms: &[Term], model: OfferPricingModel) -> Vec<String> {
        let mut v = Validator::new();
        validate_pricing(&mut v, "Details", &model, terms);
        v.finish().err().map(|e| e.field_errors().iter().map(|f| f.name.clone()).collect()).unwrap_or_default()
    }

    #[test]
    fn all_twelve_terms_round_trip_through_json() {
        let doc = json!([
            {"Type": "UsageBasedPricingTerm", "CurrencyCode": "USD", "RateCards": [{"RateCard": [{"DimensionKey": "Users", "Price": "0.01"}]}]},
            {"Type": "ConfigurableUpfrontPricingTerm", "CurrencyCode": "USD", "RateCards": [{"Selector": {"Type": "Duration", "Value": "P12M"}, "Constraints": {"MultipleDimensionSelection": "Allowed", "QuantityConfiguration": "Allowed"}, "RateCard": [{"DimensionKey": "Users", "Price": "120"}]}]},
            {"Type": "FixedUpfrontPricingTerm", "CurrencyCode": "USD", "Price": "1000.000", "Duration": "P12M", "Grants": [{"DimensionKey": "Users", "MaxQuantity": 10}]},
            {"Type": "FreeTrialPricingTerm", "Duration": "P30D", "Grants": [{"DimensionKey": "Users"}]},
            {"Type": "RecurringPaymentTerm", "CurrencyCode": "USD", "BillingPeriod": "Monthly", "Price": "9.990"},
            {"Type": "ByolPricingTerm"},
            {"Type": "PaymentScheduleTerm", "CurrencyCode": "USD", "Schedule": [{"ChargeDate": "2027-01-01", "ChargeAmount": "500.00"}]},
            {"Type": "LegalTerm", "Documents": [{"Type": "StandardEula", "Version": "2022-07-14"}]},
            {"Type": "SupportTerm", "RefundPolicy": "No refunds."},
            {"Type": "RenewalTerm"},
            {"Type": "ValidityTerm", "AgreementDuration": "P12M"},
            {"Type": "CustomerVerificationTerm", "ApprovalStrategy": "WaitForApproval", "ExpirationDuration": "P7D"},
        ]);
        let terms: Vec<Term> = serde_json::from_value(doc.clone()).unwrap();
        assert!(!terms.iter().any(|t| matches!(t, Term::Other(_))));
        assert_eq!(serde_json::to_value(&terms).unwrap(), doc);
        for (i, term) in terms.iter().enumerate() {
            let mut v = Validator::new();
            term.validate_into(&mut v, "T");
            assert!(v.finish().is_ok(), "term {i} ({}) should be valid", term.type_name());
        }
    }

    #[test]
    fn unknown_term_types_are_kept() {
        let doc = json!({"Type": "FancyNewTerm", "Id": "term-1", "X": [1]});
        let term: Term = serde_json::from_value(doc.clone()).unwrap();
        assert_eq!(term.type_name(), "FancyNewTerm");
        assert_eq!(serde_json::to_value(&term).unwrap(), doc);
    }

    #[test]
    fn prices_follow_the_schema() {
        for (price, decimals, ok) in [
            ("0.01", 8, true),
            ("100000000", 8, true),
            ("100000000.00000000", 8, true),
            ("100000000.01", 8, false),
            ("0.123456789", 8, false),
            ("12.345", 3, true),
            ("12.3456", 3, false),
            ("12.34", 2, true),
            ("12.345", 2, false),
            ("-1", 2, false),
            ("1e3", 2, false),
            ("", 2, false),
        ] {
            let mut v = Validator::new();
            price_rule(&mut v, "Price", price, decimals);
            assert_eq!(v.finish().is_ok(), ok, "{price} with {decimals} decimals");
        }
    }

    #[test]
    fn durations_follow_iso_8601() {
        assert_eq!(parse_duration("P12M"), Some((0, 12, 0)));
        assert_eq!(parse_duration("P1Y6M"), Some((1, 6, 0)));
        assert_eq!(parse_duration("P365D"), Some((0, 0, 365)));
        assert_eq!(duration_months("P2Y"), Some(24));
        assert_eq!(duration_months("P30D"), None);
        for bad in ["P", "12M", "PM", "P1M1Y", "P1W", "PT1H", "P1.5M"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }

    #[test]
    fn pricing_models_need_their_terms() {
        let usage = Term::UsageBasedPricing(UsageBasedPricingTerm {
            currency_code: CurrencyCode::Usd,
            rate_cards: vec![UsageRateCard { rate_card: vec![RateCardItem::new("Users", "0.5")] }],
        });
        let fixed = Term::FixedUpfrontPricing(FixedUpfrontPricingTerm {
            currency_code: CurrencyCode::Usd,
            price: "1200".into(),
            duration: Some("P12M".into()),
            grants: vec![Grant::new("Users", 10)],
        });
        assert!(fields(std::slice::from_ref(&fixed), OfferPricingModel::Contract).is_empty());
        assert!(fields(&[fixed.clone(), usage.clone()], OfferPricingModel::Contract).is_empty());
        assert_eq!(fields(std::slice::from_ref(&usage), OfferPricingModel::Contract), ["Details.Terms"]);
        // Usage needs usage prices (or a free trial alone); a fixed upfront term may join them (AMI hourly-annual
        // with a payment schedule).
        assert_eq!(fields(std::slice::from_ref(&fixed), OfferPricingModel::Usage), ["Details.Terms"]);
        assert!(fields(&[usage.clone(), fixed.clone()], OfferPricingModel::Usage).is_empty());
        let trial = Term::FreeTrialPricing(FreeTrialPricingTerm {
            duration: "P21D".into(),
            grants: vec![Grant { dimension_key: "Users".into(), max_quantity: None }],
        });
        assert!(fields(std::slice::from_ref(&trial), OfferPricingModel::Usage).is_empty());
        // Free: a free trial, or prices of zero.
        assert!(fields(std::slice::from_ref(&trial), OfferPricingModel::Free).is_empty());
        assert_eq!(fields(std::slice::from_ref(&usage), OfferPricingModel::Free), ["Details.Terms"]);
        assert_eq!(fields(&[Term::Renewal], OfferPricingModel::Byol), ["Details.Terms", "Details.Terms[0].Type"]);
        assert_eq!(fields(&[], OfferPricingModel::Free), ["Details.Terms"]);
        let mut eur = fixed.clone();
        if let Term::FixedUpfrontPricing(t) = &mut eur {
            t.currency_code = CurrencyCode::Eur;
        }
        assert_eq!(fields(&[eur, usage], OfferPricingModel::Contract), ["Details.Terms"]);
        let mut inr = fixed;
        if let Term::FixedUpfrontPricing(t) = &mut inr {
            t.currency_code = CurrencyCode::from("INR");
        }
        assert_eq!(fields(&[inr], OfferPricingModel::Contract), ["Details.Terms[0].CurrencyCode"]);
    }

    #[test]
    fn schedules_legal_validity_and_support_rules() {
        let check = |term: Term| {
            let mut v = Validator::new();
            term.validate_into(&mut v, "T");
            v.finish()
                .err()
                .map(|e| e.field_errors().iter().map(|f| f.name.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        };
        let schedule = |items: Vec<ScheduleItem>| {
            Term::PaymentSchedule(PaymentScheduleTerm { currency_code: CurrencyCode::Usd, schedule: items })
        };
        assert_eq!(
            check(schedule(vec![ScheduleItem::new("2027-02-30", "1.00"), ScheduleItem::new("2027-01-01", "1.001")])),
            ["T.Schedule[0].ChargeDate", "T.Schedule[1].ChargeAmount"]
        );
        assert_eq!(
            check(schedule(vec![ScheduleItem::new("2027-03-01", "1"), ScheduleItem::new("2027-01-01", "1")])),
            ["T.Schedule[1].ChargeDate"]
        );
        assert_eq!(check(schedule(vec![ScheduleItem::new("2027-01-01", "1"); 61]))[0], "T.Schedule");
        assert_eq!(
            check(Term::Legal(LegalTerm {
                documents: vec![LegalDocument {
                    document_type: LegalDocumentType::CustomEula,
                    url: None,
                    version: None
                }]
            })),
            ["T.Documents[0].Url"]
        );
        assert_eq!(check(Term::Validity(ValidityTerm::default())), ["T.AgreementDuration"]);
        assert_eq!(
            check(Term::Validity(ValidityTerm {
                agreement_duration: None,
                agreement_end_date: Some("2027-01-01".into()),
                agreement_start_date: Some("2027-06-01".into()),
            })),
            ["T.AgreementEndDate"]
        );
        assert_eq!(check(Term::Support(SupportTerm { refund_policy: "Remboursé ✓".into() })), ["T.RefundPolicy"]);
        assert!(check(Term::Support(SupportTerm { refund_policy: "30 days © Example".into() })).is_empty());
    }
}
