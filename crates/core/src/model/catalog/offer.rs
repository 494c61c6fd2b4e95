//! Offers as the catalog describes them, and [`OfferBuilder`], which turns an offer's intent (product, buyers,
//! price, payment schedule, EULA, dates) into a valid change set or the full list of what is wrong.

use marketplane_macros::model;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::model::catalog::changes::{
    typed, ChangeDetails, CreateOffer, PositiveTargeting, ReleaseOffer, UpdateAvailability, UpdateLegalTerms,
    UpdateOfferInformation, UpdateOfferTargeting, UpdatePaymentScheduleTerms, UpdatePricingTerms, UpdateRenewalTerms,
    UpdateSupportTerms, UpdateValidityTerms, UpdateVariablePaymentTerms,
};
use std::collections::BTreeMap;

use crate::model::catalog::terms::{
    duration_months, Allowance, ConfigurableRateCard, ConfigurableUpfrontPricingTerm, Constraints, CurrencyCode,
    FixedUpfrontPricingTerm, Grant, LegalDocument, LegalDocumentType, LegalTerm, OfferPricingModel,
    PaymentRequestApprovalStrategy, PaymentScheduleTerm, RateCardItem, ScheduleItem, Selector, SupportTerm, Term,
    UsageBasedPricingTerm, UsageRateCard, ValidityTerm, VariablePaymentTerm, VariablePaymentTermConfiguration,
};
use crate::model::catalog::{parse_date, Change, EntityRef, EntityType, StartChangeSetInput};
use crate::validate::Validator;

/// An offer's details document, as `DescribeEntity` returns it for `Offer@1.0`.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct OfferDetails {
    /// `offer-...`.
    #[serde(default)]
    pub id: String,
    /// `Draft` or `Released`.
    #[serde(default)]
    pub state: String,
    /// The name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// For channel partner offers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resale_authorization_id: Option<String>,
    /// A channel partner's markup.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markup_percentage: Option<String>,
    /// An agreement the buyer has outside this offer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pre_existing_agreement: Option<Value>,
    /// The agreement a replacement offer replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement_agreement_id: Option<String>,
    /// Targeting and availability rules.
    #[serde(default)]
    pub rules: Vec<Value>,
    /// The terms.
    #[serde(default)]
    pub terms: Vec<Term>,
}

impl OfferDetails {
    /// Whether buyers can see and accept it.
    pub fn is_released(&self) -> bool {
        self.state == "Released"
    }

    fn rule(&self, kind: &str) -> Option<&Value> {
        self.rules.iter().find(|r| r.get("Type").and_then(Value::as_str) == Some(kind))
    }

    /// The buyer accounts a private offer targets (empty for a public offer).
    pub fn buyer_accounts(&self) -> Vec<String> {
        self.rule("TargetingRule")
            .and_then(|r| r.pointer("/PositiveTargeting/BuyerAccounts"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default()
    }

    /// Whether it targets named buyers.
    pub fn is_private(&self) -> bool {
        !self.buyer_accounts().is_empty()
    }

    /// The date it stops being available (`YYYY-MM-DD`, or a timestamp as the service writes it on read).
    pub fn availability_end_date(&self) -> Option<&str> {
        self.rule("AvailabilityRule")?.get("AvailabilityEndDate")?.as_str()
    }

    /// The terms of one type.
    pub fn terms_of<'a>(&'a self, type_name: &'a str) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms.iter().filter(move |t| t.type_name() == type_name)
    }

    /// Whether a renewal term enables auto-renewal.
    pub fn auto_renews(&self) -> bool {
        self.terms_of("RenewalTerm").next().is_some()
    }
}

/// Builds a whole offer — a private contract offer for named buyers with a flexible payment schedule, a public usage
/// offer, ... — as one change set: `CreateOffer` then the updates, each referring back to the new offer by change
/// name, then `ReleaseOffer` unless the offer should stay a draft.
///
/// ```
/// use marketplane::model::catalog::offer::OfferBuilder;
/// use marketplane::model::catalog::terms::CurrencyCode;
///
/// let change_set = OfferBuilder::new("prod-abcdefgh12345")
///     .name("Acme Corp, 3 years")
///     .buyers(["111122223333"])
///     .contract(CurrencyCode::Usd, "P36M", "0", [("Users", 100)])
///     .payment_schedule([("2027-01-15", "12000.00"), ("2028-01-15", "12000.00"), ("2029-01-15", "12000.00")])
///     .standard_eula()
///     .available_until("2026-12-31")
///     .into_change_set()
///     .expect("a valid offer");
/// assert_eq!(change_set.change_set.first().unwrap().change_type, "CreateOffer");
/// assert_eq!(change_set.change_set.last().unwrap().change_type, "ReleaseOffer");
/// ```
#[derive(Debug, Clone, Default)]
pub struct OfferBuilder {
    product_id: String,
    name: Option<String>,
    description: Option<String>,
    buyers: Vec<String>,
    pricing_model: Option<OfferPricingModel>,
    pricing_terms: Vec<Term>,
    schedule: Option<PaymentScheduleTerm>,
    variable_payments: Option<VariablePaymentTerm>,
    legal: Option<LegalTerm>,
    support: Option<String>,
    validity: Option<ValidityTerm>,
    auto_renew: bool,
    available_until: Option<String>,
    draft: bool,
}

/// The change name the builder gives its `CreateOffer`.
pub const CREATE_OFFER_CHANGE: &str = "CreateOfferChange";

impl OfferBuilder {
    /// An offer on `product_id`.
    pub fn new(product_id: impl Into<String>) -> Self {
        OfferBuilder { product_id: product_id.into(), ..OfferBuilder::default() }
    }

    /// The name buyers see.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// A description.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Make it a private offer for these buyer accounts (at most 25).
    pub fn buyers<I: IntoIterator<Item = S>, S: Into<String>>(mut self, accounts: I) -> Self {
        self.buyers.extend(accounts.into_iter().map(Into::into));
        self
    }

    /// Contract pricing: a fixed `price` for `duration` (ISO 8601, such as `P12M`) granting these quantities. With a
    /// payment schedule the installments carry the amounts and `price` is usually `0`.
    pub fn contract<I: IntoIterator<Item = (K, i64)>, K: Into<String>>(
        mut self,
        currency: CurrencyCode,
        duration: impl Into<String>,
        price: impl Into<String>,
        grants: I,
    ) -> Self {
        self.pricing_model = Some(OfferPricingModel::Contract);
        self.pricing_terms.push(Term::FixedUpfrontPricing(FixedUpfrontPricingTerm {
            currency_code: currency,
            price: price.into(),
            duration: Some(duration.into()),
            grants: grants.into_iter().map(|(k, q)| Grant::new(k, q)).collect(),
        }));
        self
    }

    /// Pay-as-you-go prices per dimension. On its own it makes a usage offer; after [`contract`](Self::contract) it
    /// prices usage above the contract (overage).
    pub fn usage<I: IntoIterator<Item = (K, P)>, K: Into<String>, P: Into<String>>(
        mut self,
        currency: CurrencyCode,
        prices: I,
    ) -> Self {
        if self.pricing_model.is_none() {
            self.pricing_model = Some(OfferPricingModel::Usage);
        }
        self.pricing_terms.push(Term::UsageBasedPricing(UsageBasedPricingTerm {
            currency_code: currency,
            rate_cards: vec![UsageRateCard {
                rate_card: prices.into_iter().map(|(k, p)| RateCardItem::new(k, p)).collect(),
            }],
        }));
        self
    }

    /// Any pricing term with an explicit pricing model, for the combinations the shortcuts do not cover.
    pub fn pricing(mut self, model: OfferPricingModel, term: Term) -> Self {
        self.pricing_model = Some(model);
        self.pricing_terms.push(term);
        self
    }

    /// A flexible payment schedule: `(YYYY-MM-DD, amount)` installments, in the contract's currency.
    pub fn payment_schedule<I: IntoIterator<Item = (D, A)>, D: Into<String>, A: Into<String>>(
        mut self,
        items: I,
    ) -> Self {
        let currency = self.pricing_terms.iter().find_map(Term::currency).cloned().unwrap_or(CurrencyCode::Usd);
        self.schedule = Some(PaymentScheduleTerm {
            currency_code: currency,
            schedule: items.into_iter().map(|(d, a)| ScheduleItem::new(d, a)).collect(),
        });
        self
    }

    /// Variable payments: the seller may send payment requests totalling up to `max_total` in the offer's currency;
    /// `approve_on_expiry` approves the ones the buyer leaves unanswered for `expiration_days`.
    pub fn variable_payments(
        mut self,
        max_total: impl Into<String>,
        approve_on_expiry: bool,
        expiration_days: u32,
    ) -> Self {
        let currency = self.pricing_terms.iter().find_map(Term::currency).cloned().unwrap_or(CurrencyCode::Usd);
        self.variable_payments = Some(VariablePaymentTerm {
            currency_code: currency,
            max_total_charge_amount: max_total.into(),
            configuration: VariablePaymentTermConfiguration {
                payment_request_approval_strategy: if approve_on_expiry {
                    PaymentRequestApprovalStrategy::AutoApproveOnExpiration
                } else {
                    PaymentRequestApprovalStrategy::WaitForApproval
                },
                expiration_duration: Some(format!("P{expiration_days}D")),
            },
        });
        self
    }

    /// The Standard Contract for AWS Marketplace (version 2022-07-14).
    pub fn standard_eula(mut self) -> Self {
        self.legal = Some(LegalTerm {
            documents: vec![LegalDocument {
                document_type: LegalDocumentType::StandardEula,
                url: None,
                version: Some("2022-07-14".into()),
            }],
        });
        self
    }

    /// The seller's own EULA at `url`.
    pub fn custom_eula(mut self, url: impl Into<String>) -> Self {
        self.legal = Some(LegalTerm {
            documents: vec![LegalDocument {
                document_type: LegalDocumentType::CustomEula,
                url: Some(url.into()),
                version: None,
            }],
        });
        self
    }

    /// The refund policy.
    pub fn refund_policy(mut self, policy: impl Into<String>) -> Self {
        self.support = Some(policy.into());
        self
    }

    /// The agreement lasts `duration` (ISO 8601) from acceptance.
    pub fn agreement_duration(mut self, duration: impl Into<String>) -> Self {
        self.validity = Some(ValidityTerm { agreement_duration: Some(duration.into()), ..ValidityTerm::default() });
        self
    }

    /// A future-dated agreement: it starts on `start` and ends on `end` (both `YYYY-MM-DD`).
    pub fn agreement_dates(mut self, start: impl Into<String>, end: impl Into<String>) -> Self {
        self.validity = Some(ValidityTerm {
            agreement_duration: None,
            agreement_end_date: Some(end.into()),
            agreement_start_date: Some(start.into()),
        });
        self
    }

    /// Renew automatically (public offers only: private offers cannot auto-renew).
    pub fn auto_renew(mut self, renew: bool) -> Self {
        self.auto_renew = renew;
        self
    }

    /// The last day buyers can accept (`YYYY-MM-DD`); private offers need one.
    pub fn available_until(mut self, date: impl Into<String>) -> Self {
        self.available_until = Some(date.into());
        self
    }

    /// Leave the offer a draft (no `ReleaseOffer`).
    pub fn draft(mut self) -> Self {
        self.draft = true;
        self
    }

    /// Check everything and produce the changes, or every problem at once.
    pub fn build(&self) -> Result<Vec<Change>> {
        let mut v = Validator::new();
        let offer = || EntityRef::created_by(EntityType::Offer, CREATE_OFFER_CHANGE);
        let mut changes = Vec::new();

        let create = CreateOffer { product_id: self.product_id.clone(), name: self.name.clone(), offer_set_id: None };
        create.validate_into(&mut v, "Offer");
        changes.push(typed(EntityRef::new(EntityType::Offer), &create).named(CREATE_OFFER_CHANGE));

        if self.name.is_some() || self.description.is_some() {
            let info = UpdateOfferInformation {
                name: self.name.clone(),
                description: self.description.clone(),
                pre_existing_agreement: None,
            };
            push(&mut v, &mut changes, offer(), info);
        }
        if !self.buyers.is_empty() {
            let targeting = UpdateOfferTargeting {
                positive_targeting: Some(PositiveTargeting {
                    buyer_accounts: self.buyers.clone(),
                    country_codes: vec![],
                }),
                negative_targeting: None,
            };
            push(&mut v, &mut changes, offer(), targeting);
        }
        match &self.pricing_model {
            Some(model) => {
                let pricing = UpdatePricingTerms { pricing_model: model.clone(), terms: self.pricing_terms.clone() };
                push(&mut v, &mut changes, offer(), pricing);
            }
            None => v.fail("Offer.Pricing", "an offer needs pricing: call contract(), usage() or pricing()"),
        }
        if let Some(schedule) = &self.schedule {
            self.check_schedule(&mut v, schedule);
            let terms = UpdatePaymentScheduleTerms { terms: vec![Term::PaymentSchedule(schedule.clone())] };
            push(&mut v, &mut changes, offer(), terms);
        }
        if let Some(term) = &self.variable_payments {
            let terms = UpdateVariablePaymentTerms { terms: vec![Term::VariablePayment(term.clone())] };
            push(&mut v, &mut changes, offer(), terms);
        }
        match &self.legal {
            Some(legal) => {
                push(&mut v, &mut changes, offer(), UpdateLegalTerms { terms: vec![Term::Legal(legal.clone())] })
            }
            None if !self.draft => {
                v.fail("Offer.LegalTerm", "a released offer needs a EULA: call standard_eula() or custom_eula()")
            }
            None => {}
        }
        if let Some(policy) = &self.support {
            let support =
                UpdateSupportTerms { terms: vec![Term::Support(SupportTerm { refund_policy: policy.clone() })] };
            push(&mut v, &mut changes, offer(), support);
        }
        if let Some(validity) = &self.validity {
            push(&mut v, &mut changes, offer(), UpdateValidityTerms { terms: vec![Term::Validity(validity.clone())] });
        }
        if self.auto_renew {
            if !self.buyers.is_empty() {
                v.fail("Offer.AutoRenew", "a private offer cannot be set to renew automatically");
            }
            push(&mut v, &mut changes, offer(), UpdateRenewalTerms { terms: vec![Term::Renewal] });
        }
        match &self.available_until {
            Some(date) => {
                let availability =
                    UpdateAvailability { availability_end_date: Some(date.clone()), offers_max_quantity: None };
                push(&mut v, &mut changes, offer(), availability);
            }
            None if !self.buyers.is_empty() && !self.draft => {
                v.fail("Offer.AvailabilityEndDate", "a private offer needs an expiry date: call available_until()")
            }
            None => {}
        }
        self.check_contract_duration(&mut v);
        if !self.draft {
            push(&mut v, &mut changes, offer(), ReleaseOffer {});
        }
        v.finish().map(|()| changes)
    }

    /// [`build`](Self::build) wrapped in a `StartChangeSet` request.
    pub fn into_change_set(self) -> Result<StartChangeSetInput> {
        let mut input = StartChangeSetInput::new(self.build()?);
        input.change_set_name = self.name.as_ref().map(|n| {
            let cleaned: String = n.chars().filter(|c| c.is_ascii_alphanumeric() || " _+=.:@-".contains(*c)).collect();
            format!("Offer {cleaned}").chars().take(100).collect()
        });
        Ok(input)
    }

    fn check_schedule(&self, v: &mut Validator, schedule: &PaymentScheduleTerm) {
        let fixed = self.pricing_terms.iter().find_map(|t| match t {
            Term::FixedUpfrontPricing(f) => Some(f),
            _ => None,
        });
        let Some(fixed) = fixed else {
            v.fail(
                "Offer.PaymentSchedule",
                "a payment schedule needs contract pricing with a fixed upfront term (contract())",
            );
            return;
        };
        if fixed.currency_code != schedule.currency_code {
            v.fail("Offer.PaymentSchedule.CurrencyCode", "must be the contract's currency");
        }
        // Installments fall within the agreement: not after its end date when one is set.
        let end =
            self.validity.as_ref().and_then(|t| t.agreement_end_date.as_deref()).and_then(|d| parse_date(d, "").ok());
        if let Some(end) = end {
            for (i, item) in schedule.schedule.iter().enumerate() {
                if parse_date(&item.charge_date, "").is_ok_and(|d| d > end) {
                    v.fail(
                        format!("Offer.PaymentSchedule.Schedule[{i}].ChargeDate"),
                        "falls after the agreement's end date",
                    );
                }
            }
        }
    }

    fn check_contract_duration(&self, v: &mut Validator) {
        for term in &self.pricing_terms {
            if let Term::FixedUpfrontPricing(FixedUpfrontPricingTerm { duration: Some(d), .. }) = term {
                if let Some(months) = duration_months(d) {
                    if !self.buyers.is_empty() && !(1..=60).contains(&months) {
                        v.fail(
                            "Offer.Contract.Duration",
                            format!("a private contract lasts 1 to 60 months, got {months}"),
                        );
                    }
                }
            }
        }
    }
}

fn push<D: ChangeDetails>(v: &mut Validator, changes: &mut Vec<Change>, entity: EntityRef, details: D) {
    details.validate_into(v, &format!("Offer.{}", D::CHANGE_TYPE));
    changes.push(typed(entity, &details));
}

/// An offer described as data, for the bindings (Python takes it as keyword arguments, the FFI as a record) and for
/// anything that stores offers: [`OfferBuilder::from`] turns it into the builder.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferSpec {
    /// The product the offer sells.
    pub product_id: String,
    /// The offer's name.
    #[serde(default)]
    pub name: Option<String>,
    /// Its description.
    #[serde(default)]
    pub description: Option<String>,
    /// Buyer accounts for a private offer; empty for a public one.
    #[serde(default)]
    pub buyers: Vec<String>,
    /// A fixed-price contract.
    #[serde(default)]
    pub contract: Option<ContractSpec>,
    /// A contract the buyer configures (per-unit prices; the buyer picks quantities).
    #[serde(default)]
    pub configurable_contract: Option<ConfigurableContractSpec>,
    /// Usage pricing (alone, or with a contract).
    #[serde(default)]
    pub usage: Option<UsageSpec>,
    /// A flexible payment schedule.
    #[serde(default)]
    pub payment_schedule: Vec<Installment>,
    /// Variable payments the seller may request later.
    #[serde(default)]
    pub variable_payments: Option<VariablePaymentsSpec>,
    /// `"standard"` for the standard contract, or a custom EULA's URL.
    #[serde(default)]
    pub eula: Option<String>,
    /// The refund policy.
    #[serde(default)]
    pub refund_policy: Option<String>,
    /// The agreement's duration (`P12M`).
    #[serde(default)]
    pub agreement_duration: Option<String>,
    /// The offer's expiry date, `YYYY-MM-DD`.
    #[serde(default)]
    pub available_until: Option<String>,
    /// Renew automatically (public offers only).
    #[serde(default)]
    pub auto_renew: bool,
    /// Leave the offer a draft.
    #[serde(default)]
    pub draft: bool,
}

/// One installment of a flexible payment schedule.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Installment {
    /// When it is charged, `YYYY-MM-DD`.
    pub date: String,
    /// A decimal amount.
    pub amount: String,
}

/// A fixed-price contract: `price` for `duration`, granting quantities per dimension.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContractSpec {
    /// `USD`, `EUR`, ...
    pub currency: String,
    /// ISO 8601 (`P12M`).
    pub duration: String,
    /// A decimal amount.
    pub price: String,
    /// Quantity per dimension key.
    pub grants: BTreeMap<String, i64>,
}

/// A contract the buyer configures: a price per unit of each dimension for a duration.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigurableContractSpec {
    /// `USD`, `EUR`, ...
    pub currency: String,
    /// ISO 8601 (`P12M`): the rate card's selector, which the buyer names in its configuration.
    pub duration: String,
    /// The price per unit per dimension key.
    pub prices: BTreeMap<String, String>,
    /// Whether the buyer may choose more than one dimension.
    #[serde(default)]
    pub multiple_dimensions: bool,
}

/// Usage pricing: a price per unit of each dimension.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsageSpec {
    /// `USD`, `EUR`, ...
    pub currency: String,
    /// The price per unit per dimension key.
    pub prices: BTreeMap<String, String>,
}

/// Variable payments: requests may total `max_total`; `approve_on_expiry` approves those the buyer leaves unanswered
/// for `expiration_days` (30 when not given).
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VariablePaymentsSpec {
    /// A decimal amount.
    pub max_total: String,
    /// Approve unanswered requests on expiry (otherwise they wait).
    #[serde(default)]
    pub approve_on_expiry: bool,
    /// How long a request waits, in days.
    #[serde(default = "thirty_days")]
    pub expiration_days: u32,
}

fn thirty_days() -> u32 {
    30
}

impl From<ConfigurableContractSpec> for Term {
    fn from(c: ConfigurableContractSpec) -> Self {
        let allowed = |yes: bool| if yes { Allowance::Allowed } else { Allowance::Disallowed };
        Term::ConfigurableUpfrontPricing(ConfigurableUpfrontPricingTerm {
            currency_code: CurrencyCode::from(c.currency),
            rate_cards: vec![ConfigurableRateCard {
                selector: Selector { selector_type: "Duration".into(), value: c.duration },
                constraints: Constraints {
                    multiple_dimension_selection: allowed(c.multiple_dimensions),
                    quantity_configuration: Allowance::Allowed,
                },
                rate_card: c.prices.into_iter().map(|(key, price)| RateCardItem::new(key, price)).collect(),
            }],
        })
    }
}

impl From<OfferSpec> for OfferBuilder {
    fn from(spec: OfferSpec) -> Self {
        let mut b = OfferBuilder::new(spec.product_id).buyers(spec.buyers);
        if let Some(name) = spec.name {
            b = b.name(name);
        }
        if let Some(description) = spec.description {
            b = b.description(description);
        }
        if let Some(c) = spec.contract {
            b = b.contract(CurrencyCode::from(c.currency), c.duration, c.price, c.grants);
        }
        if let Some(c) = spec.configurable_contract {
            b = b.pricing(OfferPricingModel::Contract, c.into());
        }
        if let Some(u) = spec.usage {
            b = b.usage(CurrencyCode::from(u.currency), u.prices);
        }
        if let Some(v) = spec.variable_payments {
            b = b.variable_payments(v.max_total, v.approve_on_expiry, v.expiration_days);
        }
        if !spec.payment_schedule.is_empty() {
            b = b.payment_schedule(spec.payment_schedule.into_iter().map(|i| (i.date, i.amount)));
        }
        match spec.eula.as_deref() {
            Some("standard") => b = b.standard_eula(),
            Some(url) => b = b.custom_eula(url),
            None => {}
        }
        if let Some(policy) = spec.refund_policy {
            b = b.refund_policy(policy);
        }
        if let Some(duration) = spec.agreement_duration {
            b = b.agreement_duration(duration);
        }
        if let Some(date) = spec.available_until {
            b = b.available_until(date);
        }
        b = b.auto_renew(spec.auto_renew);
        if spec.draft {
            b = b.draft();
        }
        b
    }
}

/// An error listing what is wrong with an offer, for callers that want the list as strings.
pub fn problems(err: &Error) -> Vec<String> {
    err.field_errors().iter().map(|f| format!("{}: {}", f.name, f.message)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offer_spec_is_the_builder_as_data() {
        let spec: OfferSpec = serde_json::from_value(serde_json::json!({
            "product_id": "prod-abcdefgh12345", "buyers": ["111122223333"],
            "configurable_contract": {"currency": "USD", "duration": "P12M", "prices": {"Users": "100"}},
            "variable_payments": {"max_total": "500"},
            "eula": "standard", "available_until": "2099-12-31",
        }))
        .unwrap();
        let changes = OfferBuilder::from(spec).build().unwrap();
        let types: Vec<&str> = changes.iter().map(|c| c.change_type.as_str()).collect();
        assert!(types.contains(&"UpdateVariablePaymentTerms"), "{types:?}");
        let pricing = changes.iter().find(|c| c.change_type == "UpdatePricingTerms").unwrap();
        let doc = pricing.details_document.as_ref().unwrap();
        assert_eq!(doc["Terms"][0]["Type"], "ConfigurableUpfrontPricingTerm");
        assert_eq!(doc["Terms"][0]["RateCards"][0]["Selector"]["Value"], "P12M");
        let variable = changes.iter().find(|c| c.change_type == "UpdateVariablePaymentTerms").unwrap();
        let doc = variable.details_document.as_ref().unwrap();
        assert_eq!(doc["Terms"][0]["Configuration"]["ExpirationDuration"], "P30D", "30 days unless given");
        let unknown = serde_json::from_value::<OfferSpec>(serde_json::json!({"product_id": "p", "colour": "blue"}));
        assert!(unknown.unwrap_err().to_string().contains("colour"));
    }

    fn private_fps() -> OfferBuilder {
        OfferBuilder::new("prod-abcdefgh12345")
            .name("Acme, 3 years")
            .buyers(["111122223333", "444455556666"])
            .contract(CurrencyCode::Usd, "P36M", "0", [("Users", 100)])
            .payment_schedule([("2027-01-15", "12000.00"), ("2028-01-15", "12000.00")])
            .standard_eula()
            .refund_policy("No refunds after 30 days.")
            .available_until("2026-12-31")
    }

    #[test]
    fn private_contract_offer_with_flexible_payment_schedule() {
        let changes = private_fps().build().unwrap();
        let types: Vec<&str> = changes.iter().map(|c| c.change_type.as_str()).collect();
        assert_eq!(
            types,
            [
                "CreateOffer",
                "UpdateInformation",
                "UpdateTargeting",
                "UpdatePricingTerms",
                "UpdatePaymentScheduleTerms",
                "UpdateLegalTerms",
                "UpdateSupportTerms",
                "UpdateAvailability",
                "ReleaseOffer"
            ]
        );
        assert!(changes[1..].iter().all(|c| c.entity.referenced_change() == Some(CREATE_OFFER_CHANGE)));
        let input = private_fps().into_change_set().unwrap();
        input.validate().unwrap();
        assert_eq!(input.change_set[3].details_document.as_ref().unwrap()["PricingModel"], "Contract");
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let err = OfferBuilder::new("p")
            .buyers((0..26).map(|i| format!("{:012}", i)))
            .usage(CurrencyCode::from("INR"), [("Users", "0.123456789")])
            .payment_schedule([("2027-13-01", "1")])
            .auto_renew(true)
            .build()
            .unwrap_err();
        let fields: Vec<String> = err.field_errors().iter().map(|f| f.name.clone()).collect();
        for expected in [
            "Offer.ProductId",
            "Offer.UpdateTargeting.PositiveTargeting.BuyerAccounts",
            "Offer.UpdatePricingTerms.Terms[0].CurrencyCode",
            "Offer.UpdatePricingTerms.Terms[0].RateCards[0].RateCard[0].Price",
            "Offer.PaymentSchedule",
            "Offer.UpdatePaymentScheduleTerms.Terms[0].Schedule[0].ChargeDate",
            "Offer.LegalTerm",
            "Offer.AutoRenew",
            "Offer.AvailabilityEndDate",
        ] {
            assert!(fields.iter().any(|f| f == expected), "missing {expected} in {fields:?}");
        }
        assert!(problems(&err).iter().any(|p| p.contains("renew automatically")));
    }

    #[test]
    fn contract_limits_and_drafts() {
        let too_long = OfferBuilder::new("prod-abcdefgh12345")
            .buyers(["111122223333"])
            .contract(CurrencyCode::Usd, "P61M", "100", [("Users", 1)])
            .standard_eula()
            .available_until("2026-12-31")
            .build()
            .unwrap_err();
        assert_eq!(too_long.field_errors()[0].name, "Offer.Contract.Duration");

        let draft =
            OfferBuilder::new("prod-abcdefgh12345").usage(CurrencyCode::Eur, [("GB", "0.02")]).draft().build().unwrap();
        assert_eq!(draft.last().unwrap().change_type, "UpdatePricingTerms");

        let outside = private_fps().agreement_dates("2027-01-01", "2027-12-31").build().unwrap_err();
        assert_eq!(outside.field_errors()[0].name, "Offer.PaymentSchedule.Schedule[1].ChargeDate");
    }

    #[test]
    fn offer_details_accessors() {
        let details: OfferDetails = serde_json::from_value(serde_json::json!({
            "Id": "offer-1", "State": "Released", "ProductId": "prod-1",
            "Rules": [
                {"Type": "TargetingRule", "PositiveTargeting": {"BuyerAccounts": ["111122223333"]}},
                {"Type": "AvailabilityRule", "AvailabilityEndDate": "2026-12-31"}
            ],
            "Terms": [{"Type": "RenewalTerm"}]
        }))
        .unwrap();
        assert!(details.is_released() && details.is_private() && details.auto_renews());
        assert_eq!(details.buyer_accounts(), ["111122223333"]);
        assert_eq!(details.availability_end_date(), Some("2026-12-31"));
    }
}
