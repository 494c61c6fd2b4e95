//! Trust at the door: which service a request is for (from its path and `X-Amz-Target` alone, before any routing),
//! whether its signature is scoped to that service, whether it was signed within the allowed clock skew, and the
//! SigV4 check shared by the AWS routes and the emulator's own endpoints.
//!
//! AWS refuses a signature scoped to another service (`Credential should be scoped to correct service: 'account'. `)
//! and one whose `X-Amz-Date` is more than 5 minutes from its clock (`Signature expired: ...` /
//! `Signature not yet current: ...`), both as `InvalidSignatureException`; so does the emulator.

use std::time::Duration;

use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderName, Method, Uri};
use marketplane::operation::{OperationInfo, Service};
use marketplane::wire::{agreement, codec};
use marketplane::{Error, ErrorKind};
use time::OffsetDateTime;

use crate::{sigv4, Emulator};
use marketplane::model::AccountId;

/// The services the emulator serves, by the names its errors and fault specs use.
pub(crate) const SERVICES: &[&str] = &[
    "account",
    "serverlessrepo",
    "marketplace-catalog",
    "marketplace-discovery",
    "marketplace-agreement",
    "organizations",
    "sts",
];

/// The `X-Amz-Target` prefix of AWS Organizations (awsJson1_1).
pub(crate) const ORGANIZATIONS_TARGET_PREFIX: &str = "AWSOrganizationsV20161128.";

/// How far a request's `X-Amz-Date` may be from the emulator's clock, as AWS allows.
pub const DEFAULT_MAX_SKEW: Duration = Duration::from_secs(5 * 60);

/// What a request is for, as far as its path and headers tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Target {
    /// One of [`SERVICES`].
    pub service: &'static str,
    /// The operation, when the path or target names a known one.
    pub operation: Option<&'static str>,
    /// Marketplace Agreement's protocol: `cbor` (RPC v2 CBOR) or `json` (JSON 1.0).
    pub protocol: Option<&'static str>,
    /// A restJson1 operation's table row and its path's labels, so the request is routed once.
    pub rest: Option<(&'static OperationInfo, Vec<(String, String)>)>,
}

impl Target {
    fn new(service: &'static str, operation: Option<&'static str>) -> Target {
        Target { service, operation, protocol: None, rest: None }
    }

    /// The shape the emulator's errors take for this service (`handle`'s service string).
    pub fn error_shape(&self) -> String {
        match self.protocol {
            Some(protocol) => format!("{}/{protocol}", self.service),
            None => self.service.to_owned(),
        }
    }
}

/// The service (and operation) a request targets, or `None` for a path no service has.
pub(crate) fn target(method: &Method, uri: &Uri, headers: &HeaderMap) -> Option<Target> {
    target_of(method, uri, amz_target(headers), content_type(headers))
}

/// The `Content-Type` header, or "".
pub(crate) fn content_type(headers: &HeaderMap) -> &str {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("")
}

/// Whether a request to `/` is STS's query protocol: a form body, or the action in the query string.
fn is_query_protocol(uri: &Uri, content_type: &str) -> bool {
    content_type.trim_start().to_ascii_lowercase().starts_with("application/x-www-form-urlencoded")
        || uri.query().is_some_and(|q| q.split('&').any(|pair| pair.starts_with("Action=")))
}

/// The STS action a form body names, if it names one the table has.
pub(crate) fn sts_form_action(body: &[u8]) -> Option<&'static str> {
    let text = std::str::from_utf8(body).ok()?;
    let action = text.split('&').find_map(|pair| pair.strip_prefix("Action="))?;
    Service::Sts.operations().iter().find(|info| info.name == action).map(|info| info.name)
}

/// The STS action a query string names, if it names one the table has.
fn sts_action(uri: &Uri) -> Option<&'static str> {
    let action = uri.query()?.split('&').find_map(|pair| pair.strip_prefix("Action="))?;
    Service::Sts.operations().iter().find(|info| info.name == action).map(|info| info.name)
}

/// The `X-Amz-Target` header, or "".
pub(crate) fn amz_target(headers: &HeaderMap) -> &str {
    // A constant name: a string would be parsed into one on every request.
    const X_AMZ_TARGET: HeaderName = HeaderName::from_static("x-amz-target");
    headers.get(X_AMZ_TARGET).and_then(|v| v.to_str().ok()).unwrap_or("")
}

/// [`target`] from the method, URI, `X-Amz-Target` and `Content-Type` alone: Agreement by its RPC path or target,
/// Organizations by its target, STS by its form (or query-string action) at `/`, Account Management's JSON-RPC form
/// by its target, then the operation tables' REST routes. (An STS action sent in a form body is not known before the
/// body is read.)
pub(crate) fn target_of(method: &Method, uri: &Uri, amz_target: &str, content_type: &str) -> Option<Target> {
    let path = uri.path();
    if path.starts_with("/service/") {
        let operation = agreement::operation_for_path(path);
        return Some(Target { protocol: Some("cbor"), ..Target::new("marketplace-agreement", operation) });
    }
    if amz_target.starts_with(agreement::SERVICE) {
        let operation = agreement::operation_for_target(amz_target);
        return Some(Target { protocol: Some("json"), ..Target::new("marketplace-agreement", operation) });
    }
    if let Some(operation) = amz_target.strip_prefix(ORGANIZATIONS_TARGET_PREFIX) {
        let operation =
            Service::Organizations.operations().iter().find(|info| info.name == operation).map(|info| info.name);
        return Some(Target::new("organizations", operation));
    }
    if path == "/" && amz_target.is_empty() && is_query_protocol(uri, content_type) {
        return Some(Target::new("sts", sts_action(uri)));
    }
    if path == "/" {
        // The JSON-RPC form of Account Management (the seed documents' examples).
        let operation = amz_target
            .strip_prefix(crate::ACCOUNT_TARGET_PREFIX)
            .and_then(|op| Service::Account.operations().iter().find(|info| info.name == op))
            .map(|info| info.name);
        return Some(Target::new("account", operation));
    }
    for service in crate::REST_SERVICES {
        if let Some((info, labels)) = codec::route(*service, method.as_str(), path) {
            return Some(Target { rest: Some((info, labels)), ..Target::new(service.as_str(), Some(info.name)) });
        }
    }
    // A path of a service that has no operation for this method, or under a prefix only one service uses.
    crate::REST_SERVICES
        .iter()
        .find(|service| codec::has_path(**service, path) || owns_prefix(**service, path))
        .map(|service| Target::new(service.as_str(), None))
}

/// Whether `path` lies under a prefix that only `service` uses.
fn owns_prefix(service: Service, path: &str) -> bool {
    match service {
        Service::ServerlessRepo => path == "/applications" || path.starts_with("/applications/"),
        Service::MarketplaceCatalog => path.starts_with("/_marketplane/private-marketplace/"),
        Service::MarketplaceDiscovery => path.starts_with("/2026-02-05/"),
        _ => false,
    }
}

/// Every operation name of `service` the emulator routes (fault specs are checked against them).
pub(crate) fn operations(service: &str) -> Vec<String> {
    Service::ALL
        .iter()
        .find(|s| s.as_str() == service)
        .map(|s| s.operations().iter().map(|info| info.name.to_owned()).collect())
        .unwrap_or_default()
}

/// The SigV4 signing names that reach `service`: what the AWS SDKs sign with (`aws-sdk-marketplacecatalog`,
/// `-discovery` and `-agreement` all sign as `aws-marketplace`, as botocore does), then the service's own name,
/// which the emulator has always routed by and local tools use.
pub(crate) fn signing_names(service: &str) -> &'static [&'static str] {
    match service {
        "account" => &["account"],
        "serverlessrepo" => &["serverlessrepo"],
        "marketplace-catalog" => &["aws-marketplace", "marketplace-catalog"],
        "marketplace-discovery" => &["aws-marketplace", "marketplace-discovery"],
        "marketplace-agreement" => &["aws-marketplace", "marketplace-agreement"],
        "organizations" => &["organizations"],
        "sts" => &["sts"],
        _ => &[],
    }
}

fn invalid_signature(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::AccessDenied, "InvalidSignatureException", message)
}

/// A signature scoped to a service other than the one the request is for is refused, with AWS's words (the
/// trailing space is theirs).
pub(crate) fn check_scope(target: Option<&Target>, scope_service: &str) -> Result<(), Error> {
    let Some(target) = target else { return Ok(()) };
    let names = signing_names(target.service);
    if names.contains(&scope_service) {
        return Ok(());
    }
    Err(invalid_signature(format!("Credential should be scoped to correct service: '{}'. ", names[0])))
}

const AMZ_DATE: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");

fn amz_date(t: OffsetDateTime) -> String {
    t.format(AMZ_DATE).unwrap_or_default()
}

fn window(max: time::Duration) -> String {
    let secs = max.whole_seconds();
    let (minutes, seconds) = (secs / 60, secs % 60);
    if seconds == 0 {
        format!("{minutes} min.")
    } else {
        format!("{secs} sec.")
    }
}

/// Whether a request signed at `signed` (`YYYYMMDDTHHMMSSZ`) may be served at `now`: at most `max` either way.
pub(crate) fn check_skew(signed: &str, now: OffsetDateTime, max: Duration) -> Result<(), Error> {
    let at = time::PrimitiveDateTime::parse(signed, AMZ_DATE)
        .map_err(|_| {
            Error::new(
                ErrorKind::AccessDenied,
                "IncompleteSignatureException",
                format!("X-Amz-Date '{signed}' is not of the form YYYYMMDDTHHMMSSZ"),
            )
        })?
        .assume_utc();
    let now = now.replace_nanosecond(0).unwrap_or(now);
    // A window wider than the calendar has no edge on that side.
    let max = time::Duration::try_from(max).unwrap_or(time::Duration::MAX);
    let earliest = now.checked_sub(max).unwrap_or(time::PrimitiveDateTime::MIN.assume_utc());
    let latest = now.checked_add(max).unwrap_or(time::PrimitiveDateTime::MAX.assume_utc());
    if at < earliest {
        return Err(invalid_signature(format!(
            "Signature expired: {signed} is now earlier than {} ({} - {})",
            amz_date(earliest),
            amz_date(now),
            window(max)
        )));
    }
    if at > latest {
        return Err(invalid_signature(format!(
            "Signature not yet current: {signed} is still later than {} ({} + {})",
            amz_date(latest),
            amz_date(now),
            window(max)
        )));
    }
    Ok(())
}

fn access_denied(code: &str, message: &str) -> Error {
    Error::new(ErrorKind::AccessDenied, code, message)
}

impl Emulator {
    /// Verify a request's SigV4 signature against the configured credentials (which must be set) and the clock:
    /// the credential it was signed with and the service its scope names.
    pub(crate) fn verify_signature(
        &self,
        method: &Method,
        uri: &Uri,
        headers: &HeaderMap,
        body: &Bytes,
        target: Option<&Target>,
    ) -> Result<(Signer, String), Error> {
        let credentials = self.credentials.as_ref().ok_or_else(|| Error::internal("no credentials to verify with"))?;
        let authorization = headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| access_denied("MissingAuthenticationTokenException", "Missing Authentication Token"))?;
        let parsed = sigv4::parse_authorization(authorization).map_err(|e| {
            access_denied("IncompleteSignatureException", &format!("Authorization header is malformed: {e}"))
        })?;
        check_scope(target, &parsed.credential.service)?;
        let key = parsed.credential.access_key_id.as_str();
        // A configured key, or the temporary credentials of a role the engine let someone assume.
        let (signer, secret) = match credentials.get(key) {
            Some(credential) => (Signer::account(credential.account_id.clone()), credential.secret_access_key.clone()),
            None => {
                let session = self.live_session(key, headers)?.ok_or_else(|| {
                    access_denied(
                        "UnrecognizedClientException",
                        "The security token included in the request is invalid.",
                    )
                })?;
                (Signer { account: session.account_id, session: Some(key.to_owned()) }, session.secret_access_key)
            }
        };
        let header_list: Vec<(String, String)> = headers
            .iter()
            .map(|(name, value)| (name.as_str().to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned()))
            .collect();
        sigv4::verify(method.as_str(), uri.path(), uri.query().unwrap_or(""), &header_list, body, &parsed, &secret)
            .map_err(|e| match e {
                sigv4::SigV4Error::SignatureMismatch => invalid_signature(
                    "The request signature we calculated does not match the signature you provided. Check your AWS \
                 Secret Access Key and signing method. Consult the service documentation for details.",
                ),
                other => access_denied("IncompleteSignatureException", &other.to_string()),
            })?;
        if let Some(max) = self.max_skew {
            // `verify` has checked that the header is there, once, and well formed.
            let signed = headers.get("x-amz-date").and_then(|v| v.to_str().ok()).unwrap_or("");
            check_skew(signed.trim(), OffsetDateTime::now_utc(), max)?;
        }
        Ok((signer, parsed.credential.service))
    }

    /// The engine's session of temporary credentials `access_key_id`, if it issued them: refused when expired (on
    /// the engine's clock) or when the request's `X-Amz-Security-Token` is not the session's.
    pub(crate) fn live_session(
        &self,
        access_key_id: &str,
        headers: &HeaderMap,
    ) -> Result<Option<marketplane::backend::local::Session>, Error> {
        let Some(session) = self.backend.session(access_key_id)? else { return Ok(None) };
        let token = headers.get("x-amz-security-token").and_then(|v| v.to_str().ok()).unwrap_or("");
        if token != session.session_token {
            return Err(access_denied(
                "UnrecognizedClientException",
                "The security token included in the request is invalid.",
            ));
        }
        if session.expiration <= self.backend.clock().now() {
            return Err(access_denied(
                "ExpiredTokenException",
                "The security token included in the request is expired",
            ));
        }
        Ok(Some(session))
    }
}

/// Who signed a request: an account's key, or an assumed role's session in an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Signer {
    /// The account the request acts as.
    pub account: AccountId,
    /// The access key id of the assumed role's session, if the request was signed with one.
    pub session: Option<String>,
}

impl Signer {
    pub(crate) fn account(account: AccountId) -> Signer {
        Signer { account, session: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn target_of(method: &str, path: &str, amz_target: Option<&str>) -> Option<Target> {
        let mut headers = HeaderMap::new();
        if let Some(t) = amz_target {
            headers.insert("x-amz-target", HeaderValue::from_str(t).unwrap());
        }
        target(&method.parse().unwrap(), &path.parse().unwrap(), &headers)
    }

    #[test]
    fn organizations_and_sts_are_told_apart() {
        let t = target_of("POST", "/", Some("AWSOrganizationsV20161128.ListAccounts")).unwrap();
        assert_eq!((t.error_shape(), t.operation), ("organizations".to_owned(), Some("ListAccounts")));
        let t = target_of("POST", "/", Some("AWSOrganizationsV20161128.Nope")).unwrap();
        assert_eq!((t.service, t.operation), ("organizations", None));
        let mut headers = HeaderMap::new();
        headers.insert("content-type", HeaderValue::from_static("application/x-www-form-urlencoded; charset=utf-8"));
        let t = target(&Method::POST, &"/".parse().unwrap(), &headers).unwrap();
        assert_eq!((t.service, t.operation), ("sts", None));
        let t = target_of("GET", "/?Action=GetCallerIdentity&Version=2011-06-15", None).unwrap();
        assert_eq!((t.service, t.operation), ("sts", Some("GetCallerIdentity")));
        assert!(check_scope(Some(&t), "sts").is_ok());
        assert_eq!(target_of("POST", "/", None).unwrap().service, "account");
        assert_eq!(sts_form_action(b"Action=AssumeRole&Version=2011-06-15"), Some("AssumeRole"));
        assert_eq!(sts_form_action(b"Action=Nope"), None);
    }

    fn service_and_op(method: &str, path: &str, amz_target: Option<&str>) -> (String, Option<String>) {
        let t = target_of(method, path, amz_target).expect("a target");
        (t.error_shape(), t.operation.map(str::to_owned))
    }

    #[test]
    fn requests_are_classified_by_path_and_target() {
        let cases = [
            ("POST", "/putAlternateContact", None, "account", Some("PutAlternateContact")),
            ("POST", "/", Some("AWSAccountV20210201.ListRegions"), "account", Some("ListRegions")),
            ("POST", "/", None, "account", None),
            ("POST", "/applications", None, "serverlessrepo", Some("CreateApplication")),
            ("GET", "/applications/arn%3Aaws%3Ax/versions", None, "serverlessrepo", Some("ListApplicationVersions")),
            ("PUT", "/applications/a/versions/1.0.0", None, "serverlessrepo", Some("CreateApplicationVersion")),
            ("DELETE", "/applications/a", None, "serverlessrepo", Some("DeleteApplication")),
            ("GET", "/applications/a/nope", None, "serverlessrepo", None),
            ("POST", "/StartChangeSet", None, "marketplace-catalog", Some("StartChangeSet")),
            (
                "POST",
                "/_marketplane/private-marketplace/GetProcurementStatus",
                None,
                "marketplace-catalog",
                Some("GetProcurementStatus"),
            ),
            ("POST", "/_marketplane/private-marketplace/Nope", None, "marketplace-catalog", None),
            ("POST", "/2026-02-05/getListing", None, "marketplace-discovery", Some("GetListing")),
            (
                "POST",
                "/service/AWSMPCommerceService_v20200301/operation/DescribeAgreement",
                None,
                "marketplace-agreement/cbor",
                Some("DescribeAgreement"),
            ),
            (
                "POST",
                "/",
                Some("AWSMPCommerceService_v20200301.ListAgreementRequests"),
                "marketplace-agreement/json",
                Some("ListAgreementRequests"),
            ),
            ("POST", "/service/Other/operation/X", None, "marketplace-agreement/cbor", None),
        ];
        for (method, path, amz_target, shape, operation) in cases {
            assert_eq!(
                service_and_op(method, path, amz_target),
                (shape.to_owned(), operation.map(str::to_owned)),
                "{method} {path} {amz_target:?}"
            );
        }
        assert_eq!(target_of("GET", "/favicon.ico", None), None);
    }

    #[test]
    fn every_routed_operation_is_listed() {
        assert_eq!(operations("account").len(), Service::Account.operations().len());
        assert_eq!(operations("serverlessrepo").len(), Service::ServerlessRepo.operations().len());
        assert!(operations("marketplace-catalog").contains(&"StartChangeSet".to_owned()));
        assert!(operations("marketplace-catalog").contains(&"GetProcurementStatus".to_owned()));
        assert!(operations("marketplace-discovery").contains(&"SearchListings".to_owned()));
        assert!(operations("marketplace-agreement").contains(&"AcceptAgreementRequest".to_owned()));
        assert!(operations("nope").is_empty());
    }

    #[test]
    fn the_scope_must_name_the_targeted_service() {
        let account = target_of("POST", "/getAccountInformation", None);
        assert!(check_scope(account.as_ref(), "account").is_ok());
        let err = check_scope(account.as_ref(), "serverlessrepo").unwrap_err();
        assert_eq!(err.code(), "InvalidSignatureException");
        assert_eq!(err.message(), "Credential should be scoped to correct service: 'account'. ");
        let discovery = target_of("POST", "/2026-02-05/getListing", None);
        assert!(check_scope(discovery.as_ref(), "aws-marketplace").is_ok());
        for wrong in ["s3", "account", "iam", "serverlessrepo", "marketplace-catalog"] {
            let err = check_scope(discovery.as_ref(), wrong).unwrap_err();
            assert_eq!(err.message(), "Credential should be scoped to correct service: 'aws-marketplace'. ");
        }
        // A path no service has is left to routing (an unknown operation).
        assert!(check_scope(None, "s3").is_ok());
    }

    #[test]
    fn clock_skew_follows_aws_words() {
        let now = time::macros::datetime!(2026-03-01 12:00:00.5 UTC);
        let five = DEFAULT_MAX_SKEW;
        assert!(check_skew("20260301T120000Z", now, five).is_ok());
        assert!(check_skew("20260301T115500Z", now, five).is_ok());
        assert!(check_skew("20260301T120500Z", now, five).is_ok());
        let old = check_skew("20260301T115459Z", now, five).unwrap_err();
        assert_eq!(old.code(), "InvalidSignatureException");
        assert_eq!(
            old.message(),
            "Signature expired: 20260301T115459Z is now earlier than 20260301T115500Z (20260301T120000Z - 5 min.)"
        );
        let ahead = check_skew("20260302T120000Z", now, five).unwrap_err();
        assert_eq!(
            ahead.message(),
            "Signature not yet current: 20260302T120000Z is still later than 20260301T120500Z \
             (20260301T120000Z + 5 min.)"
        );
        assert!(check_skew("20250301T120000Z", now, five).is_err(), "a year ago");
        assert!(check_skew("20250301T120000Z", now, Duration::from_secs(400 * 86_400)).is_ok());
        let odd = check_skew("20260301T115000Z", now, Duration::from_secs(90)).unwrap_err();
        assert!(odd.message().ends_with("- 90 sec.)"), "{}", odd.message());
        assert_eq!(check_skew("2026-03-01", now, five).unwrap_err().code(), "IncompleteSignatureException");
        // A window too wide for the calendar is no window, not a panic.
        assert!(check_skew("20260301T120000Z", now, Duration::MAX).is_ok());
        assert!(check_skew("99991231T235959Z", now, Duration::from_secs(u64::MAX / 2)).is_ok());
    }
}
