//! A seller lists a SaaS product and extends a private contract offer with a flexible payment schedule to two buyer
//! accounts; a buyer finds it; the buyer organization's administrator approves the product in its private
//! marketplace — offline, on the embedded backend. Run it with `cargo run --example private_offer`.

use futures::TryStreamExt;
use marketplane::backend::local::World;
use marketplane::facade::Catalog;
use marketplane::model::catalog::changes::{
    typed, AddDimensions, AllowProductProcurement, CreateExperience, CreateProduct, Dimension, ProductIds,
    ReleaseProduct, UpdateProductInformation, UpdateVisibility,
};
use marketplane::model::catalog::offer::{problems, OfferBuilder};
use marketplane::model::catalog::terms::CurrencyCode;
use marketplane::model::catalog::{EntityRef, EntityType, OwnershipType, StartChangeSetInput};
use marketplane::Client;

const SELLER: &str = "200000000001";
const BUYER: &str = "100000000002";
const BUYER_ADMIN: &str = "100000000001";

const WORLD: &str = r#"
[settings]
change_set_preparation_seconds = 0.2
change_set_application_seconds = 0.2

[[organizations]]
id = "o-buyerorg001"
management_account = "100000000001"

[[accounts]]
id = "100000000001"
organization = "o-buyerorg001"

[[accounts]]
id = "100000000002"
name = "data-platform"
organization = "o-buyerorg001"

[[accounts]]
id = "200000000001"
name = "acme-software"
"#;

fn date_in(days: i64) -> String {
    let d = (time::OffsetDateTime::now_utc() + time::Duration::days(days)).date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

#[tokio::main]
async fn main() -> marketplane::Result<()> {
    let client = Client::in_memory_with_world(World::from_toml_str(WORLD)?)?;
    let seller = client.as_account(SELLER.parse()?);

    // 1. The seller lists a SaaS product: create, describe, add a dimension, release, make public.
    let product = || EntityRef::created_by(EntityType::SaaSProduct, "Product");
    let info = UpdateProductInformation::default()
        .with_short_description("Query engine for your data lake")
        .with_categories(vec!["Data Analytics".into()]);
    let dimension = Dimension::new("Users", "Users")
        .with_description("Named users")
        .with_types(vec!["Entitled".into()])
        .with_unit("Units");
    let listing = seller
        .catalog()
        .apply(StartChangeSetInput::new(vec![
            typed(EntityRef::new(EntityType::SaaSProduct), &CreateProduct::default().with_product_title("Acme Lake"))
                .named("Product"),
            typed(product(), &info),
            typed(product(), &AddDimensions::default().with_dimensions(vec![dimension])),
            typed(product(), &ReleaseProduct::default()),
            typed(product(), &UpdateVisibility::default().with_target_visibility("Public")),
        ]))
        .await?;
    let product_id = listing.entity_id_of("Product").expect("the product was created").to_owned();
    println!("product {product_id} listed in change set {}", listing.change_set_id);

    // 2. A malformed offer never leaves the process: the builder lists every problem at once.
    let broken = OfferBuilder::new(&product_id)
        .buyers([BUYER, "12345"])
        .contract(CurrencyCode::from("INR"), "P72M", "100.0001", [("Users", 0)])
        .auto_renew(true)
        .build()
        .expect_err("this offer is wrong on purpose");
    println!("the builder refused a broken offer:");
    for problem in problems(&broken) {
        println!("  - {problem}");
    }

    // 3. The real offer: 3 years for 50 users, paid in three yearly installments, for two buyer accounts.
    let offer = OfferBuilder::new(&product_id)
        .name("Acme Lake for Example Corp, 3 years")
        .buyers([BUYER, BUYER_ADMIN])
        .contract(CurrencyCode::Usd, "P36M", "0", [("Users", 50)])
        .payment_schedule([(date_in(30), "40000.00"), (date_in(395), "40000.00"), (date_in(760), "40000.00")])
        .standard_eula()
        .refund_policy("Refunds within 30 days of each installment.")
        .available_until(date_in(45));
    let offer_id = seller.catalog().publish_offer(offer).await?;
    let details = seller.catalog().offer(&offer_id).await?;
    println!(
        "offer {offer_id} is {} for {:?}, expires {}",
        details.state,
        details.buyer_accounts(),
        details.availability_end_date().unwrap_or("-")
    );

    // 4. The buyer sees the offer shared with it; nobody else does.
    let buyer = client.as_account(BUYER.parse()?);
    let mut shared = Catalog::entities_of("Offer");
    shared.ownership_type = Some(OwnershipType::Shared);
    let offers: Vec<_> = buyer.catalog().entities(shared).try_collect().await?;
    for o in &offers {
        let summary = o.offer_summary.clone().unwrap_or_default();
        println!(
            "buyer {BUYER} can accept {} ({}) on {}",
            o.entity_id,
            summary.name.unwrap_or_default(),
            summary.product_id.unwrap_or_default()
        );
    }

    // 5. The buyer organization's administrator approves the product in a private marketplace experience.
    let admin = client.as_account(BUYER_ADMIN.parse()?);
    let experience = admin
        .catalog()
        .apply(StartChangeSetInput::new(vec![
            typed(EntityRef::new(EntityType::Experience), &CreateExperience::default().with_name("Engineering"))
                .named("Experience"),
            typed(
                EntityRef::created_by(EntityType::Experience, "Experience"),
                &AllowProductProcurement::default()
                    .with_products(vec![ProductIds::new().with_ids(vec![product_id.clone()])]),
            ),
        ]))
        .await?;
    let experience_id = experience.entity_id_of("Experience").expect("the experience was created");
    let approved = admin.catalog().describe_entity(experience_id).send().await?.document()["ProductIds"].clone();
    println!("private marketplace experience {experience_id} approves {approved}");
    Ok(())
}
