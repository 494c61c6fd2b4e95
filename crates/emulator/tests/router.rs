//! `Emulator::router`, for embedding the emulator in another axum server: AWS requests, the fault plan, the body
//! limit and the emulator's own endpoints all work through it as through the emulator's own server (which sends AWS
//! requests past the router).

use std::sync::Arc;

use axum::body::{to_bytes, Body};
use axum::http::{Request, StatusCode};
use axum::Router;
use marketplane::backend::local::LocalBackend;
use marketplane_emulator::{Emulator, FaultPlan, MAX_BODY_BYTES};
use serde_json::Value;
use tower::ServiceExt;

const SIGNED_AS_S: &str = "AWS4-HMAC-SHA256 Credential=444444444444/20260101/us-east-1/account/aws4_request, \
                           SignedHeaders=host, Signature=0000";

fn routes(emulator: Emulator) -> Router {
    Arc::new(emulator).router()
}

fn emulator() -> Emulator {
    Emulator::new(Arc::new(LocalBackend::builder().in_memory().unwrap()))
}

async fn call(router: &Router, path: &str, body: impl Into<Body>) -> (StatusCode, Option<String>, Value) {
    let request = Request::post(path)
        .header("content-type", "application/json")
        .header("authorization", SIGNED_AS_S)
        .body(body.into())
        .unwrap();
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let error_type = response.headers().get("x-amzn-errortype").map(|v| v.to_str().unwrap().to_owned());
    assert!(response.headers().contains_key("x-amzn-requestid"), "{path}: no request id");
    let bytes = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    (status, error_type, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

#[tokio::test]
async fn aws_requests_are_served_through_the_router() {
    let router = routes(emulator());
    let contact = r#"{"AlternateContactType":"BILLING","Name":"Carlos Salazar","Title":"CFO",
                      "EmailAddress":"carlos@example.com","PhoneNumber":"206-555-0199"}"#;
    let (status, _, _) = call(&router, "/putAlternateContact", contact).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, body) = call(&router, "/getAlternateContact", r#"{"AlternateContactType":"BILLING"}"#).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["AlternateContact"]["Name"], "Carlos Salazar");
    // Errors keep their service's shape.
    let (status, error_type, body) =
        call(&router, "/getAlternateContact", r#"{"AlternateContactType":"SECURITY"}"#).await;
    assert_eq!((status, error_type.as_deref()), (StatusCode::NOT_FOUND, Some("ResourceNotFoundException")));
    assert!(body["message"].is_string(), "{body}");
    // The emulator's own endpoints.
    let health = router.clone().oneshot(Request::get("/_marketplane/health").body(Body::empty()).unwrap()).await;
    assert_eq!(health.unwrap().status(), StatusCode::OK);
}

#[tokio::test]
async fn the_router_keeps_the_body_limit_and_the_fault_plan() {
    let router = routes(emulator());
    let too_large = vec![b' '; MAX_BODY_BYTES + 1];
    let (status, error_type, _) = call(&router, "/listRegions", too_large).await;
    assert_eq!(
        (status, error_type.as_deref()),
        (StatusCode::PAYLOAD_TOO_LARGE, Some("RequestEntityTooLargeException"))
    );

    let faulty =
        routes(emulator().with_faults("account.ListRegions throttle:100%".parse::<FaultPlan>().unwrap(), Some(1)));
    let (status, error_type, _) = call(&faulty, "/listRegions", "{}").await;
    assert_eq!((status, error_type.as_deref()), (StatusCode::TOO_MANY_REQUESTS, Some("TooManyRequestsException")));
    // Only the operation the rule names.
    let (status, _, _) = call(&faulty, "/getContactInformation", "{}").await;
    assert_ne!(status, StatusCode::TOO_MANY_REQUESTS);
}
