//! The typed facade: one handle per service area, each call a builder ending in `.send().await`.

mod accounts;
mod regions;

pub use accounts::{Accounts, AlternateContacts};
pub use regions::{RegionList, Regions, WaitOptions};
