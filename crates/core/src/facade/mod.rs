//! The typed facade: one handle per service area, each call a builder ending in `.send().await`.

/// A response extractor for `Call`: the payload of one response variant, or the response itself when the backend
/// answered with another variant (reported as an internal error, never a panic).
macro_rules! expect {
    ($variant:path) => {
        |response| match response {
            $variant(value) => Ok(value),
            other => Err(Box::new(other)),
        }
    };
}

mod accounts;
mod agreements;
mod applications;
mod catalog;
mod discovery;
mod regions;

pub use accounts::{Accounts, AlternateContacts};
pub use agreements::{Agreements, PaymentAnswer};
pub use applications::Applications;
pub use catalog::Catalog;
pub use discovery::{Discovery, SearchPage};
pub use regions::{RegionList, Regions, WaitOptions};
