//! The checklists' versions and calendars (`spec/partner-checklists.md` Part B.2 and B.3): which MSP validation
//! checklist version applies on a date and for what purpose, and the program's dates (renewals, audit timelines,
//! the 30-day evidence rule). Pure functions over dates; the audit uses them to name the version its controls
//! belong to.

use marketplane_macros::model;
use time::{Date, Duration, Month, Weekday};

use crate::error::{Error, Result};

/// What a version is chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionPurpose {
    /// A new application submitted on the date.
    Submission,
    /// A full audit (or full-audit renewal) held on the date.
    FullAudit,
}

/// A release of the MSP validation checklist. The kind is data, not parsed from the version ("7.1" reads like a
/// major release but is described as minor).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistRelease {
    /// `7.0`, `7.1`.
    pub version: String,
    /// Major releases bring new or significantly changed controls; minor ones clarify.
    pub major: bool,
    /// Usable from this date.
    pub effective: Date,
    /// Submissions after this date must use it (default for a major release: effective + 90 days).
    pub mandatory_for_submissions_after: Option<Date>,
    /// The last day its predecessor may still be used, when the document says so (7.0: "until February 2026",
    /// month precision: the whole of February counts and is flagged).
    pub predecessor_usable_until: Option<(Date, bool)>,
}

fn date(year: i32, month: Month, day: u8) -> Date {
    Date::from_calendar_date(year, month, day).expect("a valid calendar date")
}

/// The MSP releases the seed knows: 7.0 (October 2024, major) and 7.1 (valid from 2025-08-29, minor, mandatory
/// for submissions after 2025-11-27, 7.0 usable until February 2026).
pub fn msp_releases() -> Vec<ChecklistRelease> {
    vec![
        ChecklistRelease {
            version: "7.0".into(),
            major: true,
            effective: date(2024, Month::October, 1),
            mandatory_for_submissions_after: None,
            predecessor_usable_until: None,
        },
        ChecklistRelease {
            version: "7.1".into(),
            major: false,
            effective: date(2025, Month::August, 29),
            mandatory_for_submissions_after: Some(date(2025, Month::November, 27)),
            // (last day, month precision)
            predecessor_usable_until: Some((date(2026, Month::February, 28), true)),
        },
    ]
}

/// The versions acceptable on a date.
#[model]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionApplicability {
    /// Acceptable versions, the current one first.
    pub versions: Vec<String>,
    /// Whether the answer rests on an ambiguous rule (a boundary day, month precision, conflicting rules).
    pub ambiguous: bool,
    /// Why, rule by rule.
    pub notes: Vec<String>,
}

/// The MSP checklist versions acceptable on `on` for `purpose`, over the seed's releases plus `later` (newer
/// releases, in order). `inclusive` says whether "after 2025-11-27" includes the day itself (Korean 이후 often does).
pub fn applicable_msp_versions(
    on: Date,
    purpose: VersionPurpose,
    inclusive: bool,
    later: &[ChecklistRelease],
) -> VersionApplicability {
    let mut releases = msp_releases();
    releases.extend(later.iter().cloned());
    releases.sort_by_key(|r| r.effective);
    let mut out = VersionApplicability { versions: Vec::new(), ambiguous: false, notes: Vec::new() };
    let Some(current) = releases.iter().rposition(|r| r.effective <= on) else {
        out.notes.push(format!("no MSP checklist release is effective on {on}"));
        return out;
    };
    out.versions.push(releases[current].version.clone());
    // Walk back through predecessors while each one is still acceptable under its successor's rules.
    let mut index = current;
    while index > 0 {
        let (newer, older) = (&releases[index], &releases[index - 1]);
        let mandatory_after =
            newer.mandatory_for_submissions_after.or_else(|| newer.major.then(|| newer.effective + Duration::days(90)));
        let mut accepted = true;
        if let Some((until, month_precision)) = newer.predecessor_usable_until {
            if on > until {
                accepted = false;
            } else if month_precision && on.month() == until.month() && on.year() == until.year() {
                out.ambiguous = true;
                out.notes.push(format!(
                    "{} is usable \"until {} {}\" (month precision)",
                    older.version,
                    until.month(),
                    until.year()
                ));
            }
        }
        if accepted && purpose == VersionPurpose::Submission {
            if let Some(after) = mandatory_after {
                if on > after || (inclusive && on == after) {
                    accepted = false;
                    out.notes.push(format!("submissions after {after} must use {}", newer.version));
                } else if on == after {
                    out.ambiguous = true;
                    out.notes.push(format!("{on} is the boundary day of \"after {after}\": inclusivity is ambiguous"));
                }
            }
        }
        if accepted && purpose == VersionPurpose::FullAudit && newer.predecessor_usable_until.is_some() {
            out.ambiguous = true;
            out.notes.push(format!(
                "a full audit uses the version current on its date ({}), but {} is still usable until {}",
                newer.version,
                older.version,
                newer.predecessor_usable_until.map(|(d, _)| d.to_string()).unwrap_or_default()
            ));
        }
        if accepted && purpose == VersionPurpose::FullAudit && newer.major {
            if let Some(after) = mandatory_after {
                accepted = on <= after;
            }
        }
        if !accepted {
            break;
        }
        out.versions.push(older.version.clone());
        index -= 1;
    }
    out
}

/// Parse an ISO date (`2026-03-16`), naming `as_of` when it is not one; `None` is today (UTC).
pub fn parse_as_of(text: Option<&str>) -> Result<Date> {
    match text {
        None => Ok(time::OffsetDateTime::now_utc().date()),
        Some(text) => parse_date(text, "as_of"),
    }
}

/// Parse an ISO date, naming `field` when it is not one.
pub fn parse_date(text: &str, field: &str) -> Result<Date> {
    Date::parse(text, time::macros::format_description!("[year]-[month]-[day]"))
        .map_err(|_| Error::invalid_field(field, format!("{text:?} is not a date (YYYY-MM-DD)")))
}

/// The last day of the quarter `day` falls in (renewals are processed quarterly by expiry date).
pub fn end_of_quarter(day: Date) -> Date {
    let last_month = ((day.month() as u8 - 1) / 3 + 1) * 3;
    let month = Month::try_from(last_month).expect("a month");
    date(day.year(), month, month.length(day.year()))
}

/// `day` moved by `months` calendar months (clamped to the month's last day).
pub fn add_months(day: Date, months: i32) -> Date {
    let total = day.year() * 12 + (day.month() as i32 - 1) + months;
    let (year, month) = (total.div_euclid(12), Month::try_from((total.rem_euclid(12) + 1) as u8).expect("a month"));
    date(year, month, day.day().min(month.length(year)))
}

/// `day` plus `n` business days (weekends skipped; public holidays are not known).
pub fn add_business_days(mut day: Date, n: u32) -> Date {
    let mut left = n;
    while left > 0 {
        day += Duration::days(1);
        if !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) {
            left -= 1;
        }
    }
    day
}

/// The MSP calendar that follows a designation date (B.3): renewals 365 days apart, each processed by the end of
/// its quarter; the next full audit 36 months on; the auditor's outreach 90 days before it; the checklist review
/// 3 to 6 months before it.
#[model]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MspSchedule {
    /// Year-1 performance renewal.
    pub renewal_1: String,
    /// Processed by.
    pub renewal_1_processed_by: String,
    /// Year-2 performance renewal.
    pub renewal_2: String,
    /// Processed by.
    pub renewal_2_processed_by: String,
    /// The next full audit.
    pub full_audit_due: String,
    /// When the auditor reaches out.
    pub auditor_outreach: String,
    /// Start the checklist review from this day...
    pub review_from: String,
    /// ...to this day.
    pub review_until: String,
}

/// The calendar of [`MspSchedule`] for `designation`.
pub fn msp_schedule(designation: Date) -> MspSchedule {
    let renewal_1 = designation + Duration::days(365);
    let renewal_2 = renewal_1 + Duration::days(365);
    let full_audit = add_months(designation, 36);
    MspSchedule {
        renewal_1: renewal_1.to_string(),
        renewal_1_processed_by: end_of_quarter(renewal_1).to_string(),
        renewal_2: renewal_2.to_string(),
        renewal_2_processed_by: end_of_quarter(renewal_2).to_string(),
        full_audit_due: full_audit.to_string(),
        auditor_outreach: (full_audit - Duration::days(90)).to_string(),
        review_from: add_months(full_audit, -6).to_string(),
        review_until: add_months(full_audit, -3).to_string(),
    }
}

/// After a full audit on `audit` (B.3): the summary (+2 business days); then, with open mandatory action items,
/// the partner's evidence window (+10) and AWS's decision (+20): 32 in all; without, the full report (+7) and the
/// decision (+20): 29 in all. Returns (summary, evidence or report, decision).
pub fn msp_audit_timeline(audit: Date, open_mandatory_actions: bool) -> (Date, Date, Date) {
    let summary = add_business_days(audit, 2);
    let middle = add_business_days(summary, if open_mandatory_actions { 10 } else { 7 });
    (summary, middle, add_business_days(middle, 20))
}

/// The last day to send what must arrive at least 30 days before `event` (the self-assessment before a full
/// audit; prerequisite evidence before technical validation).
pub fn latest_send_date(event: Date) -> Date {
    event - Duration::days(30)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn on(day: Date, purpose: VersionPurpose) -> VersionApplicability {
        applicable_msp_versions(day, purpose, false, &[])
    }

    #[test]
    fn vectors_1_to_6_which_msp_version_applies() {
        // 1: before 7.1 is effective.
        assert_eq!(on(date!(2025 - 08 - 28), VersionPurpose::Submission).versions, ["7.0"]);
        // 2: both.
        assert_eq!(on(date!(2025 - 09 - 15), VersionPurpose::Submission).versions, ["7.1", "7.0"]);
        // 3: after the cut-over.
        assert_eq!(on(date!(2025 - 11 - 28), VersionPurpose::Submission).versions, ["7.1"]);
        // 4: the boundary day: both and flagged, or 7.1 only when "after" includes the day.
        let boundary = on(date!(2025 - 11 - 27), VersionPurpose::Submission);
        assert_eq!(boundary.versions, ["7.1", "7.0"]);
        assert!(boundary.ambiguous);
        let inclusive = applicable_msp_versions(date!(2025 - 11 - 27), VersionPurpose::Submission, true, &[]);
        assert_eq!(inclusive.versions, ["7.1"]);
        // 5: a full audit in March 2026.
        let audit = on(date!(2026 - 03 - 16), VersionPurpose::FullAudit);
        assert_eq!(audit.versions, ["7.1"]);
        assert!(!audit.ambiguous);
        // 6: a full-audit renewal in January 2026: both, with the conflict flagged.
        let renewal = on(date!(2026 - 01 - 20), VersionPurpose::FullAudit);
        assert_eq!(renewal.versions, ["7.1", "7.0"]);
        assert!(renewal.ambiguous);
        assert!(renewal.notes.iter().any(|n| n.contains("current on its date")));
        // February 2026 has month precision.
        assert!(on(date!(2026 - 02 - 10), VersionPurpose::FullAudit).ambiguous);
    }

    #[test]
    fn vectors_7_and_8_later_releases() {
        let minor = ChecklistRelease {
            version: "7.1.1".into(),
            major: false,
            effective: date!(2026 - 04 - 10),
            mandatory_for_submissions_after: None,
            predecessor_usable_until: None,
        };
        assert_eq!(on_with(date!(2026 - 04 - 13), std::slice::from_ref(&minor)).versions, ["7.1.1", "7.1"]);
        let major = ChecklistRelease {
            version: "8.0".into(),
            major: true,
            effective: date!(2026 - 06 - 01),
            mandatory_for_submissions_after: None,
            predecessor_usable_until: None,
        };
        let later = [minor, major];
        let july = on_with(date!(2026 - 07 - 15), &later);
        assert_eq!(july.versions[0], "8.0");
        assert!(july.versions.iter().any(|v| v.starts_with("7.")));
        assert_eq!(on_with(date!(2026 - 09 - 01), &later).versions, ["8.0"]);
    }

    fn on_with(day: Date, later: &[ChecklistRelease]) -> VersionApplicability {
        applicable_msp_versions(day, VersionPurpose::Submission, false, later)
    }

    #[test]
    fn vectors_9_to_13_the_renewal_calendar() {
        let s = msp_schedule(date!(2024 - 03 - 10));
        assert_eq!(s.renewal_1, "2025-03-10");
        assert_eq!(s.renewal_1_processed_by, "2025-03-31");
        assert_eq!(s.renewal_2, "2026-03-10");
        assert_eq!(s.full_audit_due, "2027-03-10");
        assert_eq!(s.auditor_outreach, "2026-12-10");
        assert_eq!((s.review_from.as_str(), s.review_until.as_str()), ("2026-09-10", "2026-12-10"));
        // 10 and 11: 365 days, across a leap day.
        assert_eq!(msp_schedule(date!(2024 - 01 - 15)).renewal_1, "2025-01-14");
        assert_eq!(msp_schedule(date!(2024 - 01 - 15)).renewal_1_processed_by, "2025-03-31");
        assert_eq!(msp_schedule(date!(2024 - 02 - 29)).renewal_1, "2025-02-28");
        // 12, 13: quarterly processing.
        assert_eq!(end_of_quarter(date!(2025 - 01 - 10)), date!(2025 - 03 - 31));
        assert_eq!(end_of_quarter(date!(2025 - 07 - 01)), date!(2025 - 09 - 30));
    }

    #[test]
    fn vectors_14_15_17_42_audit_timelines_and_the_30_day_rule() {
        let audit = date!(2025 - 10 - 01);
        assert_eq!(
            msp_audit_timeline(audit, true),
            (date!(2025 - 10 - 03), date!(2025 - 10 - 17), date!(2025 - 11 - 14))
        );
        assert_eq!(add_business_days(audit, 32), date!(2025 - 11 - 14));
        assert_eq!(
            msp_audit_timeline(audit, false),
            (date!(2025 - 10 - 03), date!(2025 - 10 - 14), date!(2025 - 11 - 11))
        );
        assert_eq!(add_business_days(audit, 29), date!(2025 - 11 - 11));
        // 17: emailed 25 days before the audit is too late.
        let audit_day = date!(2026 - 05 - 01);
        assert!(audit_day - Duration::days(25) > latest_send_date(audit_day));
        // 42: evidence on 2025-12-01 for 2025-12-20 is late; the last day was 2025-11-20.
        assert_eq!(latest_send_date(date!(2025 - 12 - 20)), date!(2025 - 11 - 20));
        assert!(date!(2025 - 12 - 01) > latest_send_date(date!(2025 - 12 - 20)));
    }

    #[test]
    fn bad_dates_name_the_field() {
        let err = parse_as_of(Some("2026-13-01")).unwrap_err();
        assert_eq!(err.field_errors()[0].name, "as_of");
    }
}
