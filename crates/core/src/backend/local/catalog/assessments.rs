//! Assessments: StartAssessment scores a product's listing quality against the listing controls; describe and list
//! what was scored.

use rusqlite::{params, OptionalExtension};
use serde_json::json;

use super::entities::Entity;
use super::{not_found, paginate, random_id, Ctx};
use crate::backend::local::schema::db_error;
use crate::backend::local::stored;
use crate::error::Result;
use crate::model::catalog::{
    arn, format_time, strip_revision, Assessment, AssessmentTarget, ControlAssessment, ControlError, ControlResult,
    ListAssessmentsInput, StartAssessmentInput, Tag,
};
use crate::operation::catalog::{DescribeAssessmentInput, DescribeAssessmentOutput, ListAssessmentsOutput};

/// How long an assessment stays valid.
const ASSESSMENT_LIFETIME: time::Duration = time::Duration::days(30);

impl Ctx<'_> {
    pub(super) fn start_assessment(&self, input: StartAssessmentInput) -> Result<String> {
        if let Some(token) = &input.client_token {
            let earlier: Option<String> = self
                .tx
                .query_row(
                    "SELECT id FROM catalog_assessments WHERE owner = ?1 AND token = ?2",
                    [self.caller.as_str(), token],
                    |r| r.get(0),
                )
                .optional()
                .map_err(db_error)?;
            if let Some(id) = earlier {
                return Ok(id);
            }
        }
        let entity = self.load(strip_revision(&input.entity_id))?.filter(|e| e.owner == self.caller.as_str());
        let entity = entity.ok_or_else(|| not_found(format!("Entity {} not found", input.entity_id)))?;
        let id = random_id("assessment", 13);
        let controls = listing_controls(&entity);
        let passed = controls.iter().filter(|c| c.control_assessment_result == ControlResult::Pass).count();
        let tier = match passed {
            7 => "EXCELLENT",
            5 | 6 => "STRONG",
            3 | 4 => "BASIC",
            _ => "NEEDS_IMPROVEMENT",
        };
        let assessment = Assessment {
            assessment_arn: arn(self.caller.as_str(), "Assessment", &id),
            assessment_id: id.clone(),
            framework_id: input.framework_id.clone(),
            assessment_target_summary: AssessmentTarget {
                entity_id: Some(entity.id.clone().into()),
                change_set_id: None,
            },
            assessment_result: Some(if passed >= 3 { "PASS" } else { "FAIL" }.to_owned()),
            created_at: format_time(self.now),
            expires_at: Some(format_time(self.now + ASSESSMENT_LIFETIME)),
            control_assessments: controls,
            framework_summary: Some(
                json!({"ListingQualitySummary": {"Tier": tier, "EntityRevision": entity.revision.to_string()}}),
            ),
        };
        self.tx
            .execute(
                "INSERT INTO catalog_assessments (id, owner, token, body, seq) VALUES (?1, ?2, ?3, ?4,
                 (SELECT COALESCE(MAX(seq), 0) + 1 FROM catalog_assessments))",
                params![
                    id,
                    self.caller.as_str(),
                    input.client_token,
                    serde_json::to_string(&assessment).unwrap_or_default()
                ],
            )
            .map_err(db_error)?;
        for (key, value) in &input.tags {
            self.put_tag(&assessment.assessment_arn, &Tag::new(key, value))?;
        }
        Ok(id)
    }

    pub(super) fn assessments(&self) -> Result<Vec<Assessment>> {
        let mut stmt = self
            .tx
            .prepare("SELECT id, body FROM catalog_assessments WHERE owner = ?1 ORDER BY seq")
            .map_err(db_error)?;
        let rows: Vec<(String, String)> = stmt
            .query_map([self.caller.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(db_error)?
            .collect::<rusqlite::Result<_>>()
            .map_err(db_error)?;
        rows.iter().map(|(id, body)| stored::json("catalog_assessments", id, "body", body)).collect()
    }

    pub(super) fn describe_assessment(&self, input: &DescribeAssessmentInput) -> Result<DescribeAssessmentOutput> {
        let wanted = input.assessment_identifier.rsplit('/').next().unwrap_or_default();
        let mut assessment = self
            .assessments()?
            .into_iter()
            .find(|a| a.assessment_id == wanted)
            .ok_or_else(|| not_found(format!("Assessment {} not found", input.assessment_identifier)))?;
        let controls = std::mem::take(&mut assessment.control_assessments);
        let (page, next_token) =
            paginate(controls, input.next_token.as_deref(), input.max_results.unwrap_or(100) as usize)?;
        assessment.control_assessments = page;
        Ok(DescribeAssessmentOutput::new(assessment, next_token))
    }

    pub(super) fn list_assessments(&self, input: &ListAssessmentsInput) -> Result<ListAssessmentsOutput> {
        let target = input.assessment_target_filter.clone().unwrap_or_default();
        let items: Vec<Assessment> = self
            .assessments()?
            .into_iter()
            .filter(|a| input.framework_id.as_ref().is_none_or(|f| &a.framework_id == f))
            .filter(|a| {
                target.entity_id.as_ref().is_none_or(|e| a.assessment_target_summary.entity_id.as_ref() == Some(e))
            })
            .map(|mut a| {
                a.control_assessments.clear();
                a
            })
            .collect();
        let (page, next_token) =
            paginate(items, input.next_token.as_deref(), input.max_results.unwrap_or(20) as usize)?;
        Ok(ListAssessmentsOutput::new(page, next_token))
    }
}

/// The listing-quality controls: whether the product's page has each element.
fn listing_controls(entity: &Entity) -> Vec<ControlAssessment> {
    let checks = [
        ("PRODUCT_TITLE", "/Description/ProductTitle"),
        ("SHORT_DESCRIPTION", "/Description/ShortDescription"),
        ("LONG_DESCRIPTION", "/Description/LongDescription"),
        ("HIGHLIGHTS", "/Description/Highlights"),
        ("CATEGORIES", "/Description/Categories"),
        ("SEARCH_KEYWORDS", "/Description/SearchKeywords"),
        ("LOGO", "/PromotionalResources/LogoUrl"),
    ];
    checks
        .iter()
        .map(|(control, pointer)| {
            let present =
                entity.details.pointer(pointer).is_some_and(|v| !v.is_null() && v != &json!([]) && v != &json!(""));
            ControlAssessment {
                control_id: control.to_string(),
                control_assessment_result: if present { ControlResult::Pass } else { ControlResult::Fail },
                verification_source: Some("AWS_VERIFIED".into()),
                errors: if present {
                    Vec::new()
                } else {
                    vec![ControlError {
                        code: "MISSING_CONTENT".into(),
                        message: format!("the listing has no {}", control.to_lowercase().replace('_', " ")),
                    }]
                },
            }
        })
        .collect()
}
