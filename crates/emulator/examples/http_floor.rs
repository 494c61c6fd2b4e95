//! The floor under the emulator's request rate: the same HTTP stack (tokio, hyper's HTTP/1.1 server, mimalloc) doing
//! nothing but reading each request's body and answering a fixed body. `benches/compare_moto.sh` drives it with the
//! same wrk script as the emulator and nginx, to show how much of nginx's rate any server built on this stack can
//! reach on this machine before it does any work of its own.
//!
//!   cargo run --release -p marketplane-emulator --example http_floor -- 127.0.0.1:4596 BODY_FILE

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;

use axum::body::Bytes;
use hyper::body::{Body as _, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

// The emulator's allocator, so the comparison isolates the work and not the allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Reads the whole request body (the emulator must, to parse it) and throws it away.
async fn drain(mut body: Incoming) {
    while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        if frame.is_err() {
            return;
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: http_floor ADDRESS BODY_FILE";
    let addr: SocketAddr = args.next().ok_or(usage)?.parse()?;
    let body = Bytes::from(std::fs::read(args.next().ok_or(usage)?)?);
    let listener = TcpListener::bind(addr).await?;
    println!("http_floor listening on http://{}", listener.local_addr()?);
    loop {
        let (stream, _) = listener.accept().await?;
        stream.set_nodelay(true)?;
        let body = body.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request: Request<Incoming>| {
                let body = body.clone();
                async move {
                    drain(request.into_body()).await;
                    let response = Response::builder()
                        .header("content-type", "application/json")
                        .header("x-amzn-requestid", "00000000-0000-0000-0000-000000000000")
                        .body(axum::body::Body::from(body));
                    Ok::<_, Infallible>(response.expect("static headers are valid"))
                }
            });
            // A client that goes away mid-request is not this floor's concern.
            let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
        });
    }
}
