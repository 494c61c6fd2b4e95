//! Regions and their opt-in status.

use marketplane_macros::model;
use serde::{Deserialize, Serialize};

use super::ids::RegionName;
use super::open_enum;

open_enum!(
    /// The opt-in status of a region for an account.
    RegionOptStatus {
        /// Opted in.
        Enabled => "ENABLED",
        /// Being opted in; cannot be disabled until it settles.
        Enabling => "ENABLING",
        /// Being opted out; cannot be enabled until it settles.
        Disabling => "DISABLING",
        /// Opted out (or never opted in).
        Disabled => "DISABLED",
        /// A region that every account has and that cannot be toggled.
        EnabledByDefault => "ENABLED_BY_DEFAULT",
    }
);

impl RegionOptStatus {
    /// ENABLING or DISABLING: a request is in flight.
    pub fn is_in_flight(&self) -> bool {
        matches!(self, RegionOptStatus::Enabling | RegionOptStatus::Disabling)
    }

    /// ENABLED or ENABLED_BY_DEFAULT: the region can be used.
    pub fn is_usable(&self) -> bool {
        matches!(self, RegionOptStatus::Enabled | RegionOptStatus::EnabledByDefault)
    }
}

/// A region and its opt-in status for one account.
#[model(new)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Region {
    /// The region code.
    pub region_name: RegionName,
    /// Its opt-in status.
    pub region_opt_status: RegionOptStatus,
}

/// Whether a region is on for every account or must be opted in.
#[model]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegionKind {
    /// Introduced before 2019-03-20: enabled for every account, cannot be toggled.
    DefaultEnabled,
    /// Introduced later: disabled until the account opts in.
    OptIn,
}

/// The commercial-partition regions an account sees, sorted by code. GovCloud and China are separate partitions and
/// not listed.
pub const REGION_CATALOG: &[(&str, RegionKind)] = &[
    ("af-south-1", RegionKind::OptIn),
    ("ap-east-1", RegionKind::OptIn),
    ("ap-east-2", RegionKind::OptIn),
    ("ap-northeast-1", RegionKind::DefaultEnabled),
    ("ap-northeast-2", RegionKind::DefaultEnabled),
    ("ap-northeast-3", RegionKind::DefaultEnabled),
    ("ap-south-1", RegionKind::DefaultEnabled),
    ("ap-south-2", RegionKind::OptIn),
    ("ap-southeast-1", RegionKind::DefaultEnabled),
    ("ap-southeast-2", RegionKind::DefaultEnabled),
    ("ap-southeast-3", RegionKind::OptIn),
    ("ap-southeast-4", RegionKind::OptIn),
    ("ap-southeast-5", RegionKind::OptIn),
    ("ap-southeast-7", RegionKind::OptIn),
    ("ca-central-1", RegionKind::DefaultEnabled),
    ("ca-west-1", RegionKind::OptIn),
    ("eu-central-1", RegionKind::DefaultEnabled),
    ("eu-central-2", RegionKind::OptIn),
    ("eu-north-1", RegionKind::DefaultEnabled),
    ("eu-south-1", RegionKind::OptIn),
    ("eu-south-2", RegionKind::OptIn),
    ("eu-west-1", RegionKind::DefaultEnabled),
    ("eu-west-2", RegionKind::DefaultEnabled),
    ("eu-west-3", RegionKind::DefaultEnabled),
    ("il-central-1", RegionKind::OptIn),
    ("me-central-1", RegionKind::OptIn),
    ("me-south-1", RegionKind::OptIn),
    ("mx-central-1", RegionKind::OptIn),
    ("sa-east-1", RegionKind::DefaultEnabled),
    ("us-east-1", RegionKind::DefaultEnabled),
    ("us-east-2", RegionKind::DefaultEnabled),
    ("us-west-1", RegionKind::DefaultEnabled),
    ("us-west-2", RegionKind::DefaultEnabled),
];

/// The kind of a region, or `None` when the catalog does not know it.
pub fn region_kind(name: &str) -> Option<RegionKind> {
    REGION_CATALOG.binary_search_by(|(code, _)| (*code).cmp(name)).ok().map(|i| REGION_CATALOG[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_is_sorted_and_has_the_seed_opt_in_regions() {
        assert!(REGION_CATALOG.windows(2).all(|w| w[0].0 < w[1].0));
        for code in [
            "af-south-1",
            "ap-east-1",
            "ap-south-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "ca-west-1",
            "eu-south-1",
            "eu-south-2",
            "eu-central-2",
            "il-central-1",
            "me-south-1",
            "me-central-1",
        ] {
            assert_eq!(region_kind(code), Some(RegionKind::OptIn), "{code}");
        }
        assert_eq!(region_kind("us-east-1"), Some(RegionKind::DefaultEnabled));
        assert_eq!(region_kind("xx-fake-1"), None);
    }

    #[test]
    fn status_helpers_and_unknown_values() {
        assert!(RegionOptStatus::Enabling.is_in_flight());
        assert!(!RegionOptStatus::Enabled.is_in_flight());
        assert!(RegionOptStatus::EnabledByDefault.is_usable());
        let unknown = RegionOptStatus::from("PAUSED");
        assert_eq!(unknown, RegionOptStatus::Unknown("PAUSED".into()));
        assert_eq!(unknown.as_str(), "PAUSED");
        assert!(RegionOptStatus::parse_known("PENDING", "RegionOptStatusContains").is_err());
        // TV-050
    }
}
