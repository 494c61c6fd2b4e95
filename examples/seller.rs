//! A seller publishes a new SaaS product with two dimensions, its public offer, and a private offer with a custom
//! EULA for one buyer — all in one change set, written the way AWS's reference code writes its `changeset.json`
//! files (`ChangeName`s, `$CreateProductChange.Entity.Identifier` references, `DetailsDocument`s as JSON, the
//! dimensions as an array) — offline, on the embedded backend. Run it with `cargo run --example seller`.

use marketplane::backend::local::World;
use marketplane::model::catalog::documents::ProductDetails;
use marketplane::model::catalog::offer::OfferDetails;
use marketplane::model::catalog::{Change, StartChangeSetInput};
use marketplane::Client;
use serde_json::json;

const SELLER: &str = "200000000001";
const BUYER: &str = "100000000002";

const WORLD: &str = r#"
[settings]
change_set_preparation_seconds = 0.2
change_set_application_seconds = 0.2

[[accounts]]
id = "200000000001"
name = "acme-software"

[[accounts]]
id = "100000000002"
name = "example-buyer"
"#;

fn date_in(days: i64) -> String {
    let d = (time::OffsetDateTime::now_utc() + time::Duration::days(days)).date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// The change set, as a reference `changeset.json` would hold it.
fn changeset() -> serde_json::Value {
    let product = json!({"Type": "SaaSProduct@1.0", "Identifier": "$CreateProductChange.Entity.Identifier"});
    let public = json!({"Type": "Offer@1.0", "Identifier": "$CreatePublicOfferChange.Entity.Identifier"});
    let private = json!({"Type": "Offer@1.0", "Identifier": "$CreatePrivateOfferChange.Entity.Identifier"});
    let pricing = |basic: &str, premium: &str| {
        json!({
            "PricingModel": "Contract",
            "Terms": [{
                "Type": "ConfigurableUpfrontPricingTerm",
                "CurrencyCode": "USD",
                "RateCards": [{
                    "Selector": {"Type": "Duration", "Value": "P12M"},
                    "Constraints": {"MultipleDimensionSelection": "Allowed", "QuantityConfiguration": "Allowed"},
                    "RateCard": [
                        {"DimensionKey": "BasicService", "Price": basic},
                        {"DimensionKey": "PremiumService", "Price": premium}
                    ]
                }]
            }]
        })
    };
    json!([
        {
            "ChangeType": "CreateProduct",
            "ChangeName": "CreateProductChange",
            "Entity": {"Type": "SaaSProduct@1.0"},
            "DetailsDocument": {}
        },
        {
            "ChangeType": "UpdateInformation",
            "Entity": product,
            "DetailsDocument": {
                "ProductTitle": "Acme Lake",
                "ShortDescription": "Query engine for your data lake",
                "LongDescription": "Acme Lake queries the data in your S3 buckets where it lies.",
                "Highlights": ["Serverless", "Pay per seat"],
                "SearchKeywords": ["data lake", "sql"],
                "Categories": ["Data Analytics"],
                "LogoUrl": "https://s3.amazonaws.com/logos/acme-lake.png",
                "VideoUrls": [],
                "AdditionalResources": [],
                "SupportDescription": "support@acme.example"
            }
        },
        {
            "ChangeType": "AddDimensions",
            "Entity": product,
            "DetailsDocument": [
                {"Key": "BasicService", "Description": "Basic service", "Name": "Basic Service",
                 "Types": ["Entitled"], "Unit": "Units"},
                {"Key": "PremiumService", "Description": "Premium service", "Name": "Premium Service",
                 "Types": ["Entitled"], "Unit": "Units"}
            ]
        },
        {
            "ChangeType": "AddDeliveryOptions",
            "Entity": product,
            "DetailsDocument": {"DeliveryOptions": [{"Details": {"SaaSUrlDeliveryOptionDetails": {
                "FulfillmentUrl": "https://acme.example/marketplace/signup"}}}]}
        },
        {"ChangeType": "ReleaseProduct", "Entity": product, "DetailsDocument": {}},
        {
            "ChangeType": "CreateOffer",
            "ChangeName": "CreatePublicOfferChange",
            "Entity": {"Type": "Offer@1.0"},
            "DetailsDocument": {"ProductId": "$CreateProductChange.Entity.Identifier"}
        },
        {
            "ChangeType": "UpdateInformation",
            "Entity": public,
            "DetailsDocument": {"Name": "Acme Lake", "Description": "Acme Lake, yearly contract"}
        },
        {"ChangeType": "UpdatePricingTerms", "Entity": public, "DetailsDocument": pricing("1200", "3000")},
        {
            "ChangeType": "UpdateLegalTerms",
            "Entity": public,
            "DetailsDocument": {"Terms": [{"Type": "LegalTerm",
                "Documents": [{"Type": "StandardEula", "Version": "2022-07-14"}]}]}
        },
        {
            "ChangeType": "UpdateSupportTerms",
            "Entity": public,
            "DetailsDocument": {"Terms": [{"Type": "SupportTerm", "RefundPolicy": "Refunds within 30 days."}]}
        },
        {"ChangeType": "UpdateRenewalTerms", "Entity": public, "DetailsDocument": {"Terms": [{"Type": "RenewalTerm"}]}},
        {"ChangeType": "ReleaseOffer", "Entity": public, "DetailsDocument": {}},
        {
            "ChangeType": "CreateOffer",
            "ChangeName": "CreatePrivateOfferChange",
            "Entity": {"Type": "Offer@1.0"},
            "DetailsDocument": {"ProductId": "$CreateProductChange.Entity.Identifier"}
        },
        {
            "ChangeType": "UpdateInformation",
            "Entity": private,
            "DetailsDocument": {"Name": "Acme Lake for Example Corp", "Description": "Negotiated yearly contract"}
        },
        {
            "ChangeType": "UpdateTargeting",
            "Entity": private,
            "DetailsDocument": {"PositiveTargeting": {"BuyerAccounts": [BUYER]}}
        },
        {"ChangeType": "UpdatePricingTerms", "Entity": private, "DetailsDocument": pricing("1000", "2500")},
        {
            "ChangeType": "UpdateLegalTerms",
            "Entity": private,
            "DetailsDocument": {"Terms": [{"Type": "LegalTerm", "Documents": [{"Type": "CustomEula",
                "Url": "https://s3.amazonaws.com/acme-legal/example-corp-eula.pdf"}]}]}
        },
        {"ChangeType": "UpdateAvailability", "Entity": private, "DetailsDocument": {"AvailabilityEndDate": date_in(60)}},
        {"ChangeType": "ReleaseOffer", "Entity": private, "DetailsDocument": {}}
    ])
}

#[tokio::main]
async fn main() -> marketplane::Result<()> {
    let client = Client::in_memory_with_world(World::from_toml_str(WORLD)?)?;
    let seller = client.as_account(SELLER.parse()?);
    let catalog = seller.catalog();

    // The changes as JSON, exactly as boto3 would send them from a changeset.json file.
    let changes: Vec<Change> =
        serde_json::from_value(changeset()).map_err(|e| marketplane::Error::internal(e.to_string()))?;
    println!("starting one change set of {} changes", changes.len());
    let mut input = StartChangeSetInput::new(changes);
    input.change_set_name = Some("Publish Acme Lake".into());
    let done = catalog.apply(input).await?;
    println!("change set {}: {}", done.change_set_id, done.status);

    let product_id = done.entity_id_of("CreateProductChange").expect("the product");
    let product: ProductDetails = catalog.describe_entity(product_id).send().await?.parse()?;
    let keys: Vec<&str> = product.dimensions.iter().map(|d| d.key.as_str()).collect();
    println!(
        "product {product_id}: {:?}, {}, dimensions {keys:?}",
        product.description.product_title.as_deref().unwrap_or_default(),
        product.description.visibility.as_deref().unwrap_or_default(),
    );
    for name in ["CreatePublicOfferChange", "CreatePrivateOfferChange"] {
        let offer_id = done.entity_id_of(name).expect("an offer");
        let offer: OfferDetails = catalog.offer(offer_id).await?;
        let eula = offer.terms.iter().find_map(|t| match t {
            marketplane::model::catalog::terms::Term::Legal(l) => Some(l.documents[0].document_type.to_string()),
            _ => None,
        });
        println!(
            "offer {offer_id}: {:?}, {}, {}, EULA {}",
            offer.name.as_deref().unwrap_or_default(),
            offer.state,
            if offer.is_private() { format!("private for {:?}", offer.buyer_accounts()) } else { "public".into() },
            eula.unwrap_or_default()
        );
    }

    // The buyer sees the private offer made for it.
    let buyer = client.as_account(BUYER.parse()?);
    let private_id = done.entity_id_of("CreatePrivateOfferChange").expect("the private offer");
    let seen = buyer.catalog().offer(private_id).await?;
    println!("buyer {BUYER} sees {private_id}: {:?}", seen.name.as_deref().unwrap_or_default());
    Ok(())
}
