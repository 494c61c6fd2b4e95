//! The buyer side end to end, offline on the embedded backend: a seller publishes a private contract offer; a buyer
//! in an organization discovers it, requests it, gets it approved by the organization's administrator, accepts it
//! with a purchase order, upgrades it, and lists what comes up for renewal next quarter.
//! Run it with `cargo run --example buy_offer`.

use std::time::Duration;

use futures::TryStreamExt;
use marketplane::backend::local::World;
use marketplane::model::agreement::{ContractConfiguration, DimensionQuantity, RequestIntent};
use marketplane::model::catalog::changes::{
    typed, AddDimensions, CreateProduct, Dimension, ReleaseProduct, UpdateProductInformation,
};
use marketplane::model::catalog::offer::OfferBuilder;
use marketplane::model::catalog::terms::{
    Allowance, ConfigurableRateCard, ConfigurableUpfrontPricingTerm, Constraints, CurrencyCode, OfferPricingModel,
    RateCardItem, Selector, Term,
};
use marketplane::model::catalog::{EntityRef, EntityType, StartChangeSetInput};
use marketplane::model::discovery::DiscoveryFilter;
use marketplane::Client;

const SELLER: &str = "200000000001";
const ADMIN: &str = "100000000001";
const BUYER: &str = "100000000002";

const WORLD: &str = r#"
[settings]
change_set_preparation_seconds = 0.1
change_set_application_seconds = 0.1

[[organizations]]
id = "o-buyerorg001"
management_account = "100000000001"

[[accounts]]
id = "100000000001"
name = "example-corp-management"
organization = "o-buyerorg001"

[[accounts]]
id = "100000000002"
name = "example-corp-data"
organization = "o-buyerorg001"

[[accounts]]
id = "200000000001"
name = "Acme Software"
"#;

fn date_in(days: i64) -> String {
    let d = (time::OffsetDateTime::now_utc() + time::Duration::days(days)).date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn seats(n: i64) -> ContractConfiguration {
    ContractConfiguration::new("P3M").with_dimensions(vec![DimensionQuantity::new("Users", n)])
}

#[tokio::main]
async fn main() -> marketplane::Result<()> {
    let client = Client::in_memory_with_world(World::from_toml_str(WORLD)?)?;
    let (seller, admin, buyer) =
        (client.as_account(SELLER.parse()?), client.as_account(ADMIN.parse()?), client.as_account(BUYER.parse()?));

    // The seller lists a product and extends a private quarterly contract, priced per seat, to the buyer.
    let me = || EntityRef::created_by(EntityType::SaaSProduct, "P");
    let seat = Dimension::new("Users", "Named users")
        .with_description("Seats")
        .with_types(vec!["Entitled".into()])
        .with_unit("Users");
    let listing = seller
        .catalog()
        .apply(StartChangeSetInput::new(vec![
            typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Acme Lake"))
                .named("P"),
            typed(me(), &UpdateProductInformation::default().with_short_description("Query your data lake")),
            typed(me(), &AddDimensions::default().with_dimensions(vec![seat])),
            typed(me(), &ReleaseProduct::default()),
        ]))
        .await?;
    let product_id = listing.entity_id_of("P").expect("created").to_owned();
    let per_seat = Term::ConfigurableUpfrontPricing(
        ConfigurableUpfrontPricingTerm::new(CurrencyCode::Usd).with_rate_cards(vec![ConfigurableRateCard::new(
            Selector::new("Duration", "P3M"),
            Constraints::new(Allowance::Disallowed, Allowance::Allowed),
        )
        .with_rate_card(vec![RateCardItem::new("Users", "150")])]),
    );
    let offer = OfferBuilder::new(&product_id)
        .name("Example Corp, quarterly seats")
        .buyers([BUYER])
        .pricing(OfferPricingModel::Contract, per_seat)
        .standard_eula()
        .available_until(date_in(30));
    let offer_id = seller.catalog().publish_offer(offer).await?;
    println!("seller published private offer {offer_id} on {product_id}");

    // The buyer finds it among its private purchase options.
    let options: Vec<_> = buyer
        .discovery()
        .purchase_options(vec![DiscoveryFilter::new("VISIBILITY_SCOPE", ["PRIVATE"])])
        .try_collect()
        .await?;
    for option in &options {
        let badges: Vec<&str> = option.badges.iter().map(|b| b.badge_type.as_str()).collect();
        println!(
            "buyer sees {} ({}) {badges:?}",
            option.purchase_option_id,
            option.purchase_option_name.as_deref().unwrap_or("")
        );
    }

    // It asks for 20 seats; the organization's administrator approves; it accepts with a purchase order.
    let agreements = buyer.agreements();
    let request = agreements.request_offer(&offer_id, Some(seats(20)), RequestIntent::New, None).await?;
    println!(
        "quote {}: {} {}",
        request.agreement_request_id,
        request.charge_summary.new_agreement_value.as_deref().unwrap_or("?"),
        request.charge_summary.currency_code.as_deref().unwrap_or("")
    );
    let approval = agreements.start_approval(&request.agreement_request_id, "Procurement sign-off").await?;
    admin.agreements().decide_approval(&approval.agreement_approval_id, true, None).await?;
    println!("approval {} approved by the management account", approval.agreement_approval_id);
    let agreement_id = agreements.accept_with_purchase_order(&request, "PO-7781").await?;
    println!("agreement {agreement_id} is active");

    // Ten more seats mid-contract: an amendment, charged for the time left. Fewer seats would be refused.
    let upgraded = agreements.upgrade(&agreement_id, &offer_id, seats(30)).await?;
    println!("upgraded to 30 seats: agreement {upgraded} supersedes {agreement_id}");
    if let Err(refused) =
        agreements.request_offer(&offer_id, Some(seats(10)), RequestIntent::Amend, Some(&upgraded)).await
    {
        println!("downgrade refused: {}", refused.message());
    }

    // What a procurement team looks at.
    for (po, charges) in agreements.charges_by_purchase_order().await? {
        let total: Vec<String> = charges.iter().map(|c| format!("{} {}", c.amount, c.currency_code)).collect();
        println!("purchase order {:?}: {}", if po.is_empty() { "(none)" } else { po.as_str() }, total.join(", "));
    }
    println!("total contract value: {:?}", agreements.total_contract_value().await?);
    for invoice in agreements.invoices(&upgraded).await? {
        let amount = invoice.pricing_currency_amount.unwrap_or_default();
        println!(
            "invoice {} (the upgrade): {} {}",
            invoice.invoice_id.unwrap_or_default(),
            amount.amount.unwrap_or_default(),
            amount.currency_code.unwrap_or_default()
        );
    }
    for due in agreements.renewals_due(Duration::from_secs(92 * 24 * 3600)).await? {
        let end = due.end_time.map(|t| t.date().to_string()).unwrap_or_default();
        println!(
            "ends next quarter: {} on {end} ({})",
            due.agreement_id,
            if due.renews() { "renews automatically" } else { "needs a renewal offer" }
        );
    }
    Ok(())
}
