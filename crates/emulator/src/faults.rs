//! Fault injection, so users can exercise their own retry code: a chosen share of the requests, per service or
//! operation, is throttled, fails with 500 or 503 (before or after the request ran), is delayed, or loses its
//! connection.
//!
//! A plan is a list of rules separated by `;` or new lines:
//!
//! ```text
//! rule  = [scope " "] fault ("," fault)*
//! scope = "*" | service | Operation | service "." Operation
//! fault = kind ":" rate ["@" duration]
//! kind  = throttle | 500 | 503 | drop | 500-after | drop-after | latency
//! rate  = "20%" | "0.2"
//! ```
//!
//! Services are `account`, `serverlessrepo`, `marketplace-catalog`, `marketplace-discovery` and
//! `marketplace-agreement`; operations are the AWS names (`StartChangeSet`). A rule without a scope applies to
//! every request. `throttle@2s` sends `x-amz-retry-after` (milliseconds, what the AWS SDKs read) and `Retry-After`
//! (seconds); `latency@250ms` is required and delays the request; `500`, `503`, `throttle` and `drop` fail the request
//! before it runs, `500-after` and `drop-after` after it ran and changed the state, as a lost response does.
//!
//! For each request one number is drawn for the failures of every rule that matches it, in the order written (so
//! `throttle:10%,503:10%` fails 20%), and one per matching latency. With a seed the draws, and so the faults, are the
//! same on every run for the same sequence of requests.

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::http::HeaderValue;
use axum::response::Response;
use marketplane::{Error, ErrorKind};

use crate::auth::{self, Target};
use crate::server::DropConnection;

/// What a fault does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Throttle,
    Error500,
    Error503,
    Drop,
    Error500After,
    DropAfter,
    Latency,
}

impl Kind {
    const ALL: [(&'static str, Kind); 7] = [
        ("throttle", Kind::Throttle),
        ("500", Kind::Error500),
        ("503", Kind::Error503),
        ("drop", Kind::Drop),
        ("500-after", Kind::Error500After),
        ("drop-after", Kind::DropAfter),
        ("latency", Kind::Latency),
    ];

    fn name(self) -> &'static str {
        Kind::ALL.iter().find(|(_, k)| *k == self).map(|(n, _)| *n).unwrap_or("?")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Scope {
    All,
    Service(&'static str),
    Operation(String),
    ServiceOperation(&'static str, String),
}

impl Scope {
    fn matches(&self, target: &Target) -> bool {
        let operation = target.operation;
        match self {
            Scope::All => true,
            Scope::Service(service) => *service == target.service,
            Scope::Operation(op) => operation == Some(op.as_str()),
            Scope::ServiceOperation(service, op) => *service == target.service && operation == Some(op.as_str()),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Fault {
    kind: Kind,
    rate: f64,
    /// The delay of `latency`; the Retry-After of `throttle`.
    duration: Option<Duration>,
}

#[derive(Debug, Clone, PartialEq)]
struct Rule {
    scope: Scope,
    faults: Vec<Fault>,
}

/// A parsed fault plan (see the module documentation for the format).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FaultPlan {
    spec: String,
    rules: Vec<Rule>,
}

impl FaultPlan {
    /// No faults.
    pub fn none() -> FaultPlan {
        FaultPlan::default()
    }

    /// The plan as written.
    pub fn spec(&self) -> &str {
        &self.spec
    }

    /// Whether the plan injects nothing.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

impl fmt::Display for FaultPlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.spec)
    }
}

fn bad(rule: &str, why: impl fmt::Display) -> Error {
    Error::new(ErrorKind::Validation, "ValidationException", format!("invalid fault rule {rule:?}: {why}"))
}

fn service(name: &str) -> Option<&'static str> {
    auth::SERVICES.iter().copied().find(|s| *s == name)
}

fn parse_scope(rule: &str, scope: &str) -> Result<Scope, Error> {
    if scope == "*" {
        return Ok(Scope::All);
    }
    if let Some(service) = service(scope) {
        return Ok(Scope::Service(service));
    }
    let known = |service: &str, op: &str| auth::operations(service).iter().any(|o| o == op);
    if let Some((name, op)) = scope.split_once('.') {
        let service = service(name)
            .ok_or_else(|| bad(rule, format!("unknown service {name:?} (one of {})", auth::SERVICES.join(", "))))?;
        if !known(service, op) {
            return Err(bad(rule, format!("{service} has no operation {op:?}")));
        }
        return Ok(Scope::ServiceOperation(service, op.to_owned()));
    }
    if auth::SERVICES.iter().any(|s| known(s, scope)) {
        return Ok(Scope::Operation(scope.to_owned()));
    }
    Err(bad(rule, format!("{scope:?} is neither \"*\", a service ({}) nor an operation", auth::SERVICES.join(", "))))
}

fn parse_rate(rule: &str, text: &str) -> Result<f64, Error> {
    let (number, scale) = match text.strip_suffix('%') {
        Some(percent) => (percent, 100.0),
        None => (text, 1.0),
    };
    let rate = number.trim().parse::<f64>().map(|r| r / scale).map_err(|_| bad(rule, format!("bad rate {text:?}")))?;
    if !(0.0..=1.0).contains(&rate) {
        return Err(bad(rule, format!("rate {text:?} is not between 0 and 100%")));
    }
    Ok(rate)
}

/// `250ms`, `2s`, `1.5s`.
pub(crate) fn parse_duration(text: &str) -> Option<Duration> {
    let (number, unit) = if let Some(ms) = text.strip_suffix("ms") {
        (ms, 0.001)
    } else if let Some(s) = text.strip_suffix('s') {
        (s, 1.0)
    } else {
        return None;
    };
    let value = number.trim().parse::<f64>().ok()?;
    Duration::try_from_secs_f64(value * unit).ok()
}

fn parse_fault(rule: &str, text: &str) -> Result<Fault, Error> {
    let (kind_name, rest) =
        text.split_once(':').ok_or_else(|| bad(rule, format!("{text:?} is not kind:rate (like throttle:20%)")))?;
    let kind = Kind::ALL.iter().find(|(n, _)| *n == kind_name.trim()).map(|(_, k)| *k).ok_or_else(|| {
        let kinds: Vec<&str> = Kind::ALL.iter().map(|(n, _)| *n).collect();
        bad(rule, format!("unknown fault {kind_name:?} (one of {})", kinds.join(", ")))
    })?;
    let (rate, duration) = match rest.split_once('@') {
        Some((rate, duration)) => {
            let parsed = parse_duration(duration.trim())
                .ok_or_else(|| bad(rule, format!("bad duration {duration:?} (like 250ms or 2s)")))?;
            (rate, Some(parsed))
        }
        None => (rest, None),
    };
    let rate = parse_rate(rule, rate.trim())?;
    match (kind, duration) {
        (Kind::Latency, None) => Err(bad(rule, "latency needs a delay, like latency:10%@250ms")),
        (Kind::Throttle | Kind::Latency, _) | (_, None) => Ok(Fault { kind, rate, duration }),
        (_, Some(_)) => Err(bad(rule, format!("{} takes no @duration", kind.name()))),
    }
}

impl FromStr for FaultPlan {
    type Err = Error;

    fn from_str(spec: &str) -> Result<FaultPlan, Error> {
        let mut rules = Vec::new();
        for rule in spec.split([';', '\n']).map(str::trim).filter(|r| !r.is_empty() && !r.starts_with('#')) {
            let (scope, faults) = match rule.split_once(char::is_whitespace) {
                Some((scope, faults)) if !scope.contains(':') => (parse_scope(rule, scope)?, faults),
                _ => (Scope::All, rule),
            };
            let faults =
                faults.split(',').map(|f| parse_fault(rule, f.trim())).collect::<Result<Vec<Fault>, Error>>()?;
            let failing: f64 = faults.iter().filter(|f| f.kind != Kind::Latency).map(|f| f.rate).sum();
            if failing > 1.0 + 1e-9 {
                return Err(bad(rule, "its failure rates add up to more than 100%"));
            }
            rules.push(Rule { scope, faults });
        }
        Ok(FaultPlan { spec: spec.trim().to_owned(), rules })
    }
}

/// SplitMix64: small, fast, and the same sequence for the same seed on every platform and build.
#[derive(Debug)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[derive(Debug)]
struct State {
    plan: Arc<FaultPlan>,
    seed: u64,
    rng: SplitMix64,
    /// Requests that met the plan, and the faults it injected into them.
    requests: u64,
    injected: BTreeMap<&'static str, u64>,
}

/// The faults in force, their random source and a count of what they did.
#[derive(Debug)]
pub struct Faults {
    /// Whether a plan is in force, read without the lock so that requests without faults pay nothing.
    active: AtomicBool,
    state: Mutex<State>,
}

/// What to do to one request.
#[derive(Debug, Default, PartialEq)]
struct Decision {
    latency: Duration,
    outcome: Option<Fault>,
}

fn random_seed() -> u64 {
    let bytes = *uuid::Uuid::new_v4().as_bytes();
    u64::from_le_bytes(bytes[..8].try_into().unwrap_or_default())
}

impl Faults {
    /// `plan`, drawing from `seed` (a random one if `None`).
    pub fn new(plan: FaultPlan, seed: Option<u64>) -> Faults {
        let seed = seed.unwrap_or_else(random_seed);
        Faults {
            active: AtomicBool::new(!plan.is_empty()),
            state: Mutex::new(State {
                plan: Arc::new(plan),
                seed,
                rng: SplitMix64(seed),
                requests: 0,
                injected: BTreeMap::new(),
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Put `plan` in force, drawing from `seed` (or going on with the current draws), and zero the counts.
    pub fn replace(&self, plan: FaultPlan, seed: Option<u64>) {
        let mut state = self.lock();
        if let Some(seed) = seed {
            state.seed = seed;
            state.rng = SplitMix64(seed);
        }
        self.active.store(!plan.is_empty(), Ordering::Relaxed);
        state.plan = Arc::new(plan);
        state.requests = 0;
        state.injected.clear();
    }

    /// The plan in force, its seed, how many requests met it and how many faults of each kind it injected.
    pub fn report(&self) -> serde_json::Value {
        let state = self.lock();
        serde_json::json!({
            "spec": state.plan.spec(),
            "seed": state.seed,
            "requests": state.requests,
            "injected": state.injected,
        })
    }

    /// Whether any fault may be injected.
    pub(crate) fn is_active(&self) -> bool {
        self.active.load(Ordering::Relaxed)
    }

    fn decide(&self, target: &Target) -> Decision {
        let mut state = self.lock();
        if state.plan.is_empty() {
            return Decision::default();
        }
        let plan = state.plan.clone();
        state.requests += 1;
        let mut decision = Decision::default();
        let draw = state.rng.next_f64();
        let mut cumulative = 0.0;
        for fault in plan.rules.iter().filter(|r| r.scope.matches(target)).flat_map(|r| &r.faults) {
            if fault.kind == Kind::Latency {
                if state.rng.next_f64() < fault.rate {
                    decision.latency = decision.latency.saturating_add(fault.duration.unwrap_or_default());
                    *state.injected.entry(fault.kind.name()).or_default() += 1;
                }
                continue;
            }
            cumulative += fault.rate;
            if decision.outcome.is_none() && draw < cumulative {
                decision.outcome = Some(fault.clone());
                *state.injected.entry(fault.kind.name()).or_default() += 1;
            }
        }
        decision
    }

    /// Answer with `serve` (a request not yet started) unless a fault says otherwise.
    pub(crate) async fn inject(&self, target: &Target, serve: impl Future<Output = Response>) -> Response {
        let decision = self.decide(target);
        if !decision.latency.is_zero() {
            tokio::time::sleep(decision.latency).await;
        }
        let Some(fault) = decision.outcome else {
            return serve.await;
        };
        if matches!(fault.kind, Kind::Error500After | Kind::DropAfter) {
            // The request runs and changes the state; only its answer is lost.
            drop(serve.await);
        }
        tracing::debug!(fault = fault.kind.name(), service = target.service, operation = ?target.operation, "injected");
        fault_response(&fault, target)
    }
}

const INJECTED: &str = "(a fault injected by the emulator's --faults)";

fn fault_response(fault: &Fault, target: &Target) -> Response {
    let service = target.service;
    let err = match fault.kind {
        Kind::Drop | Kind::DropAfter => {
            // The emulator's server closes the connection instead of sending this; a router served some other way
            // answers 502 with no body rather than a success.
            let mut response = Response::new(Body::empty());
            *response.status_mut() = axum::http::StatusCode::BAD_GATEWAY;
            response.extensions_mut().insert(DropConnection);
            return response;
        }
        Kind::Throttle => {
            // Account Management and the repository model TooManyRequestsException; the Marketplace APIs
            // ThrottlingException.
            let code = match service {
                "account" | "serverlessrepo" | "organizations" => "TooManyRequestsException",
                "sts" => "Throttling",
                _ => "ThrottlingException",
            };
            Error::new(ErrorKind::Throttled, code, format!("Rate exceeded {INJECTED}"))
        }
        Kind::Error500 | Kind::Error500After => {
            let code = match service {
                "serverlessrepo" => "InternalServerErrorException",
                "marketplace-catalog" => "InternalServiceException",
                "organizations" => "ServiceException",
                "sts" => "InternalFailure",
                _ => "InternalServerException",
            };
            Error::new(ErrorKind::Internal, code, format!("An internal error occurred {INJECTED}"))
        }
        Kind::Error503 | Kind::Latency => Error::new(
            ErrorKind::Unavailable,
            "ServiceUnavailableException",
            format!("The service is unavailable {INJECTED}"),
        ),
    };
    let mut response = crate::wire::error_for(&target.error_shape(), &err, &crate::new_request_id());
    if let (Kind::Throttle, Some(after)) = (fault.kind, fault.duration) {
        let headers = response.headers_mut();
        if let Ok(ms) = HeaderValue::from_str(&after.as_millis().to_string()) {
            headers.insert("x-amz-retry-after", ms);
        }
        if let Ok(secs) = HeaderValue::from_str(&after.as_secs_f64().ceil().to_string()) {
            headers.insert("retry-after", secs);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(service: &'static str, operation: &'static str) -> Target {
        Target { service, operation: Some(operation), protocol: None, rest: None }
    }

    #[test]
    fn plans_parse_and_bad_ones_say_why() {
        let plan: FaultPlan = "throttle:10%@1s, 503:5%; marketplace-catalog.StartChangeSet drop-after:0.5\n\
                               account latency:100%@250ms; # a comment\nListRegions 500:1"
            .parse()
            .unwrap();
        assert_eq!(plan.rules.len(), 4);
        assert_eq!(plan.rules[0].scope, Scope::All);
        assert_eq!(plan.rules[0].faults[0].duration, Some(Duration::from_secs(1)));
        assert_eq!(plan.rules[1].scope, Scope::ServiceOperation("marketplace-catalog", "StartChangeSet".into()));
        assert_eq!(plan.rules[2].faults[0].duration, Some(Duration::from_millis(250)));
        assert_eq!(plan.rules[3].scope, Scope::Operation("ListRegions".into()));
        assert!("".parse::<FaultPlan>().unwrap().is_empty());

        for (spec, why) in [
            ("throttle", "kind:rate"),
            ("boom:10%", "unknown fault"),
            ("throttle:150%", "between 0 and 100%"),
            ("throttle:ten", "bad rate"),
            ("latency:10%", "needs a delay"),
            ("503:10%@1s", "takes no @duration"),
            ("latency:1%@soon", "bad duration"),
            ("s3 throttle:1%", "neither"),
            ("marketplace-catalog.Nope throttle:1%", "has no operation"),
            ("ec2.RunInstances throttle:1%", "unknown service"),
            ("throttle:60%,500:50%", "more than 100%"),
        ] {
            let err = spec.parse::<FaultPlan>().unwrap_err();
            assert!(err.message().contains(why), "{spec}: {}", err.message());
        }
    }

    #[test]
    fn rules_match_their_scope_and_rates_hold() {
        let faults =
            Faults::new("marketplace-catalog throttle:30%,500:20%; ListRegions 503:100%".parse().unwrap(), Some(7));
        let mut counts = BTreeMap::new();
        for _ in 0..10_000 {
            let outcome = faults.decide(&target("marketplace-catalog", "ListEntities")).outcome.map(|f| f.kind);
            *counts.entry(outcome.map(Kind::name).unwrap_or("none")).or_insert(0) += 1;
        }
        let share = |name: &str| f64::from(counts.get(name).copied().unwrap_or(0)) / 10_000.0;
        assert!((share("throttle") - 0.3).abs() < 0.02, "{counts:?}");
        assert!((share("500") - 0.2).abs() < 0.02, "{counts:?}");
        assert!((share("none") - 0.5).abs() < 0.02, "{counts:?}");
        // Other services and operations are untouched; the operation rule hits every ListRegions.
        assert_eq!(faults.decide(&target("account", "GetAlternateContact")), Decision::default());
        assert_eq!(faults.decide(&target("account", "ListRegions")).outcome.map(|f| f.kind), Some(Kind::Error503));
        assert_eq!(faults.report()["injected"]["503"], 1);
        assert_eq!(faults.report()["requests"], 10_002);
    }

    #[test]
    fn a_seed_repeats_the_same_faults() {
        let run = |seed| {
            let faults = Faults::new("throttle:20%,drop:20%".parse().unwrap(), Some(seed));
            (0..200)
                .map(|_| faults.decide(&target("account", "ListRegions")).outcome.map(|f| f.kind))
                .collect::<Vec<_>>()
        };
        assert_eq!(run(42), run(42));
        assert_ne!(run(42), run(43));
        // Replacing the plan with a seed restarts the sequence.
        let faults = Faults::new("throttle:20%,drop:20%".parse().unwrap(), Some(42));
        let first: Vec<_> = (0..50).map(|_| faults.decide(&target("account", "ListRegions")).outcome).collect();
        faults.replace("throttle:20%,drop:20%".parse().unwrap(), Some(42));
        let again: Vec<_> = (0..50).map(|_| faults.decide(&target("account", "ListRegions")).outcome).collect();
        assert_eq!(first, again);
    }
}
