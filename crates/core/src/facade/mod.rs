//! The typed facade: one handle per service area, each call a builder ending in `.send().await`, and every list a
//! lazy [`Paginator`]: a `Stream` of items (`into_stream`) or of pages (`pages`).

mod accounts;
mod agreements;
mod applications;
mod catalog;
mod discovery;
mod organizations;
mod paginate;
mod regions;

pub use accounts::{Accounts, AlternateContacts};
pub use agreements::{Agreements, PaymentAnswer};
pub use applications::Applications;
pub use catalog::Catalog;
pub use discovery::{Discovery, SearchPage};
pub use organizations::Organizations;
pub(crate) use paginate::paged_output;
pub use paginate::{Paged, PagedInput, Paginator};
pub use regions::{RegionChange, RegionList, Regions, WaitOptions};
