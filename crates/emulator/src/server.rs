//! The connection layer: a hand-rolled accept loop over hyper, so that slow or silent clients cannot hold the
//! emulator's connections forever.
//!
//! - A connection with no request in progress for `header_timeout` is closed: one that sends nothing, one that
//!   trickles a request head byte by byte, one left idle after its last answer. (The clock restarts when an answer
//!   ends or a byte of it is written, not when the client sends a byte, so a slow head cannot keep it open; and no
//!   timer is armed per request.)
//! - A request body must arrive within `body_timeout` of its head (`408 RequestTimeoutException` otherwise).
//! - At most `max_connections` are served at once; the ones beyond get `503` and are closed.
//! - A body over [`MAX_BODY_BYTES`](crate::MAX_BODY_BYTES) is read and thrown away up to [`MAX_DRAINED_BYTES`]
//!   before the `413` goes out, so a client still sending sees the answer, not a broken pipe.
//! - HTTP/1.1 and HTTP/2 without TLS ("h2c" with prior knowledge) are both served on the one port.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, Request};
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use futures::{FutureExt, StreamExt};
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use marketplane::{Error, ErrorKind};
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower::ServiceExt;

use crate::auth::{self, Target};
use crate::{Emulator, MAX_BODY_BYTES};

/// How much of an oversized body is read and discarded before answering `413`; beyond it the connection is closed
/// right after the answer.
pub const MAX_DRAINED_BYTES: usize = 8 * MAX_BODY_BYTES;

/// The connection limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// How long a connection may stay silent with no request in progress, and how long a request head may take.
    pub header_timeout: Duration,
    /// How long a request body may take to arrive after its head.
    pub body_timeout: Duration,
    /// Connections served at once.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { header_timeout: Duration::from_secs(20), body_timeout: Duration::from_secs(30), max_connections: 512 }
    }
}

/// Put on a response to close the connection without answering (the `drop` faults).
#[derive(Debug, Clone, Copy)]
pub(crate) struct DropConnection;

/// The error a service returns to make hyper close the connection without a response.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for Dropped {}

/// Serve `emulator` on `listener` until the process ends (or accepting fails for good).
pub async fn serve(listener: TcpListener, emulator: Arc<Emulator>) -> io::Result<()> {
    let limits = emulator.limits;
    let router = emulator.clone().router();
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    loop {
        let (stream, _peer) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(err) if is_transient(&err) => {
                // Out of file descriptors and the like: wait for connections to close rather than spin.
                tracing::warn!(%err, "accept failed; retrying");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
            Err(err) => return Err(err),
        };
        match slots.clone().try_acquire_owned() {
            Ok(slot) => {
                tokio::spawn(connection(stream, emulator.clone(), router.clone(), slot));
            }
            Err(_) => {
                tokio::spawn(refuse(stream));
            }
        }
    }
}

fn is_transient(err: &io::Error) -> bool {
    !matches!(err.kind(), io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported)
}

/// Over the connection cap: a short `503` in HTTP/1.1 and close, so the client knows to come back.
async fn refuse(mut stream: TcpStream) {
    let body = r#"{"message":"The emulator is serving its maximum number of connections; retry later"}"#;
    let answer = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
         x-amzn-errortype: ServiceUnavailableException\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        stream.write_all(answer.as_bytes()).await?;
        stream.shutdown().await
    })
    .await;
}

/// Since when the connection has had nothing to do (accepted, an answer ended, or answer bytes were written), and
/// how many requests are in progress on it.
#[derive(Debug)]
struct Activity {
    start: Instant,
    last_ms: AtomicU64,
    in_flight: AtomicUsize,
}

impl Activity {
    fn new() -> Activity {
        Activity { start: Instant::now(), last_ms: AtomicU64::new(0), in_flight: AtomicUsize::new(0) }
    }

    fn touch(&self) {
        let ms = u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_ms.store(ms, Ordering::Relaxed);
    }

    fn last(&self) -> Instant {
        self.start + Duration::from_millis(self.last_ms.load(Ordering::Relaxed))
    }
}

/// Counts a request in progress for as long as it lives.
struct InFlight(Arc<Activity>);

impl InFlight {
    fn new(activity: Arc<Activity>) -> InFlight {
        activity.in_flight.fetch_add(1, Ordering::SeqCst);
        InFlight(activity)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.touch();
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A stream that records when answer bytes were last written (a slow reader of a large answer is not idle).
struct Tracked {
    inner: TcpStream,
    activity: Arc<Activity>,
}

impl AsyncRead for Tracked {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for Tracked {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.inner).poll_write(cx, data);
        if matches!(polled, Poll::Ready(Ok(n)) if n > 0) {
            self.activity.touch();
        }
        polled
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// Serve one connection, HTTP/1.1 or h2c, and close it once it has been idle for the header timeout.
async fn connection(stream: TcpStream, emulator: Arc<Emulator>, router: Router, _slot: OwnedSemaphorePermit) {
    let limits = emulator.limits;
    let _ = stream.set_nodelay(true);
    let activity = Arc::new(Activity::new());
    let io = TokioIo::new(Tracked { inner: stream, activity: activity.clone() });
    let requests = activity.clone();
    let service = hyper::service::service_fn(move |request: Request<Incoming>| {
        let (emulator, router) = (emulator.clone(), router.clone());
        let in_flight = InFlight::new(requests.clone());
        async move {
            let request = request.map(Body::new);
            let response = if crate::is_admin_path(request.uri().path()) {
                match router.oneshot(request).await {
                    Ok(response) => response,
                    Err(never) => match never {},
                }
            } else {
                // AWS requests go straight to the engine: the router's layers would add nothing but their cost.
                let engine = &emulator;
                guard(engine, request, |parts, body, target| async move {
                    crate::respond(engine, &parts, body, target.as_ref()).await
                })
                .await
            };
            drop(in_flight);
            if response.extensions().get::<DropConnection>().is_some() {
                return Err(Dropped);
            }
            Ok::<_, Dropped>(response)
        }
    });
    let mut builder = auto::Builder::new(TokioExecutor::new());
    // The head timeout is the watchdog below rather than hyper's, which arms a timer for every request.
    builder.http2().timer(TokioTimer::new()).max_concurrent_streams(100);
    let conn = builder.serve_connection(io, service);
    tokio::pin!(conn);
    // A timeout too long for the clock is as good as none.
    let idle_deadline = |since: Instant| since.checked_add(limits.header_timeout);
    loop {
        let idle_until = idle_deadline(activity.last()).unwrap_or_else(|| Instant::now() + Duration::from_secs(86_400));
        tokio::select! {
            served = conn.as_mut() => {
                if let Err(err) = served {
                    tracing::debug!(%err, "connection ended");
                }
                return;
            }
            _ = tokio::time::sleep_until(idle_until.into()) => {
                let busy = activity.in_flight.load(Ordering::SeqCst) > 0;
                if busy || idle_deadline(activity.last()).is_none_or(|deadline| deadline > Instant::now()) {
                    continue;
                }
                // Idle for the whole timeout: say goodbye (HTTP/2 GOAWAY), then close whatever happens (a half-read
                // head keeps an HTTP/1 connection from closing gracefully).
                conn.as_mut().graceful_shutdown();
                let _ = tokio::time::timeout(Duration::from_millis(200), conn.as_mut()).await;
                return;
            }
        }
    }
}

/// Why a body could not be read.
enum BodyProblem {
    TooLarge { drained: bool },
    TimedOut,
    Broken,
}

/// Read a whole body: at most [`MAX_BODY_BYTES`] kept, up to [`MAX_DRAINED_BYTES`] read in all.
async fn read_body(body: Body, declared: Option<u64>) -> Result<Bytes, BodyProblem> {
    if declared.is_some_and(|n| n > MAX_DRAINED_BYTES as u64) {
        return Err(BodyProblem::TooLarge { drained: false });
    }
    let mut kept = Vec::with_capacity(declared.map_or(0, |n| n.min(MAX_BODY_BYTES as u64) as usize));
    let mut total = 0usize;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| BodyProblem::Broken)?;
        total += chunk.len();
        if total > MAX_DRAINED_BYTES {
            return Err(BodyProblem::TooLarge { drained: false });
        }
        if total <= MAX_BODY_BYTES {
            kept.extend_from_slice(&chunk);
        }
    }
    if total > MAX_BODY_BYTES {
        return Err(BodyProblem::TooLarge { drained: true });
    }
    Ok(Bytes::from(kept))
}

/// The router's layer: the emulator's own endpoints have their bodies read within the same limits as AWS requests,
/// and AWS requests reach the router's fallback with their [`Target`] worked out (as an extension).
pub(crate) async fn front(State(emulator): State<Arc<Emulator>>, request: Request<Body>, next: Next) -> Response {
    guard(&emulator, request, |parts, body, target| {
        let mut request = Request::from_parts(parts, Body::from(body));
        request.extensions_mut().insert(Routed(target));
        next.run(request)
    })
    .await
}

/// What [`guard`] found a request to be for, handed to the router's fallback so that it is not worked out twice.
#[derive(Debug, Clone)]
pub(crate) struct Routed(pub Option<Target>);

/// Every request passes here first: its body is read within the limits, then AWS requests meet the fault plan, then
/// `serve` answers, given the request's head, its body and what its path and headers name ([`auth::target`]).
pub(crate) async fn guard<F, Served>(emulator: &Emulator, request: Request<Body>, serve: F) -> Response
where
    F: FnOnce(Parts, Bytes, Option<Target>) -> Served,
    Served: Future<Output = Response>,
{
    let (parts, body) = request.into_parts();
    let declared =
        parts.headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    // Most bodies are already in hyper's buffer when the head is parsed: only a body still on its way needs the
    // timer.
    let reading = read_body(body, declared);
    tokio::pin!(reading);
    let read = match reading.as_mut().now_or_never() {
        Some(read) => Ok(read),
        None => tokio::time::timeout(emulator.limits.body_timeout, reading).await,
    };
    let problem = match read {
        Ok(Ok(bytes)) => {
            let target = auth::target(&parts.method, &parts.uri, &parts.headers).map(|mut target| {
                // STS names its action in the form body, which is here now.
                if target.service == "sts" && target.operation.is_none() {
                    target.operation = auth::sts_form_action(&bytes);
                }
                target
            });
            if emulator.faults.is_active() {
                if let Some(target) = target {
                    let faulted = target.clone();
                    return emulator.faults.inject(&faulted, serve(parts, bytes, Some(target))).await;
                }
            }
            return serve(parts, bytes, target).await;
        }
        Ok(Err(problem)) => problem,
        Err(_) => BodyProblem::TimedOut,
    };
    let shape = auth::target(&parts.method, &parts.uri, &parts.headers)
        .map_or_else(|| "account".to_owned(), |target| target.error_shape());
    let (err, close) = match problem {
        BodyProblem::TooLarge { drained } => (
            Error::new(
                ErrorKind::Validation,
                "RequestEntityTooLargeException",
                format!("request bodies are limited to {MAX_BODY_BYTES} bytes"),
            ),
            !drained,
        ),
        BodyProblem::TimedOut => (
            Error::new(
                ErrorKind::Transport,
                "RequestTimeoutException",
                format!(
                    "Your socket connection to the server was not read from or written to within the timeout period \
                     ({} s for the body).",
                    emulator.limits.body_timeout.as_secs_f64()
                ),
            ),
            true,
        ),
        BodyProblem::Broken => {
            (Error::new(ErrorKind::Validation, "SerializationException", "the request body could not be read"), true)
        }
    };
    let mut response = crate::wire::error_for(&shape, &err, &crate::new_request_id());
    if close {
        // What is left of the body is not read: the connection cannot carry another request.
        response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}
