//! `marketplane-emulator`: serve the AWS wire protocols over the embedded local engine.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use marketplane::backend::local::{LocalBackend, World};
use marketplane_emulator::{load_credentials, Emulator};

// Requests allocate on the server's worker threads and free on the engine's store thread and back; mimalloc
// handles that cross-thread traffic with far less contention than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// An AWS emulator for Account Management and the Serverless Application Repository (Marketplace as it lands).
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// Address to listen on. Loopback by default; bind 0.0.0.0 only on a trusted network.
    #[arg(long, default_value = "127.0.0.1:4566")]
    bind: SocketAddr,
    /// SQLite state file (created if missing); without it the state lives in memory.
    #[arg(long)]
    state: Option<PathBuf>,
    /// World file (TOML) declaring accounts, organizations and settings.
    #[arg(long)]
    world: Option<PathBuf>,
    /// Credentials file (TOML): when given, signatures are verified and only these keys are accepted.
    #[arg(long)]
    credentials: Option<PathBuf>,
}

async fn run(args: Args) -> marketplane::Result<()> {
    let mut builder = LocalBackend::builder();
    if let Some(path) = &args.world {
        builder = builder.world(World::from_file(path)?);
    }
    let backend = match &args.state {
        Some(path) => builder.open(path)?,
        None => builder.in_memory()?,
    };
    let mut emulator = Emulator::new(Arc::new(backend));
    if let Some(path) = &args.credentials {
        emulator = emulator.with_credentials(load_credentials(path)?);
    }
    let listener = tokio::net::TcpListener::bind(args.bind)
        .await
        .map_err(|e| marketplane::Error::config(format!("cannot listen on {}: {e}", args.bind)))?;
    let bound = listener.local_addr().map_err(|e| marketplane::Error::config(e.to_string()))?;
    println!("marketplane-emulator listening on http://{bound}");
    tokio::select! {
        served = marketplane_emulator::serve(listener, Arc::new(emulator)) => {
            served.map_err(|e| marketplane::Error::internal(format!("server failed: {e}")))
        }
        _ = tokio::signal::ctrl_c() => Ok(()),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("marketplane-emulator: {}", err.message());
            ExitCode::FAILURE
        }
    }
}
