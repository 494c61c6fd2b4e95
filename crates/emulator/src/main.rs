//! `marketplane-emulator`: serve the AWS wire protocols over the embedded local engine.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Parser;
use marketplane::backend::local::{LocalBackend, World};
use marketplane_emulator::{load_credentials, Emulator, FaultPlan, Limits};

// Requests allocate on the server's worker threads and free on the engine's store thread and back; mimalloc
// handles that cross-thread traffic with far less contention than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// An AWS emulator for Account Management, Marketplace Catalog, Discovery and Agreement, the Serverless Application
/// Repository, AWS Organizations (read side) and STS, over marketplane's local engine.
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
    /// With --credentials: how far, in seconds, a signature's X-Amz-Date may be from the real time (AWS: 300), or
    /// `off` for clients on a frozen clock.
    #[arg(long, value_name = "SECONDS|off", default_value = "300", value_parser = parse_max_skew)]
    max_skew: MaxSkew,
    /// Bearer token for the /_marketplane/ endpoints (outbox, world, reset, faults): `Authorization: Bearer <token>`.
    #[arg(long, env = "MARKETPLANE_ADMIN_TOKEN", hide_env_values = true)]
    admin_token: Option<String>,
    /// Fault plan: e.g. `throttle:10%@1s,503:5%; marketplace-catalog.StartChangeSet drop-after:2%` (README: Faults).
    #[arg(long, value_name = "PLAN")]
    faults: Option<String>,
    /// Seed of the fault draws, so that the same requests meet the same faults on every run.
    #[arg(long, value_name = "N")]
    fault_seed: Option<u64>,
    /// Seconds a connection may stay silent between requests, or take to send a request head.
    #[arg(long, value_name = "SECONDS", default_value_t = 20.0)]
    header_timeout: f64,
    /// Seconds a request body may take to arrive after its head.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    body_timeout: f64,
    /// Connections served at once; more are answered 503 and closed.
    #[arg(long, value_name = "N", default_value_t = 512)]
    max_connections: usize,
}

/// `--max-skew`: a number of seconds, or none.
#[derive(Debug, Clone, Copy)]
struct MaxSkew(Option<Duration>);

fn parse_max_skew(text: &str) -> Result<MaxSkew, String> {
    if text.eq_ignore_ascii_case("off") {
        return Ok(MaxSkew(None));
    }
    text.parse::<u64>()
        .map(|secs| MaxSkew(Some(Duration::from_secs(secs))))
        .map_err(|_| format!("{text:?} is neither a number of seconds nor \"off\""))
}

fn seconds(name: &str, value: f64) -> marketplane::Result<Duration> {
    // A day is far beyond any client's patience, and keeps deadlines well inside the clock's range.
    Duration::try_from_secs_f64(value)
        .ok()
        .filter(|d| !d.is_zero() && *d <= Duration::from_secs(86_400))
        .ok_or_else(|| marketplane::Error::config(format!("--{name} must be between 0 and 86400 seconds, not {value}")))
}

async fn run(args: Args) -> marketplane::Result<()> {
    let limits = Limits {
        header_timeout: seconds("header-timeout", args.header_timeout)?,
        body_timeout: seconds("body-timeout", args.body_timeout)?,
        max_connections: match args.max_connections {
            0 => return Err(marketplane::Error::config("--max-connections must be at least 1")),
            n => n,
        },
    };
    let plan = match &args.faults {
        Some(spec) => {
            spec.parse::<FaultPlan>().map_err(|e| marketplane::Error::config(format!("--faults: {}", e.message())))?
        }
        None => FaultPlan::none(),
    };
    let world = args.world.as_ref().map(World::from_file).transpose()?;
    let mut builder = LocalBackend::builder();
    if let Some(world) = &world {
        builder = builder.world(world.clone());
    }
    let backend = match &args.state {
        Some(path) => builder.open(path)?,
        None => builder.in_memory()?,
    };
    let mut emulator = Emulator::new(Arc::new(backend))
        .with_max_skew(args.max_skew.0)
        .with_faults(plan, args.fault_seed)
        .with_limits(limits);
    if let Some(world) = world {
        emulator = emulator.with_initial_world(world);
    }
    if let Some(path) = &args.credentials {
        emulator = emulator.with_credentials(load_credentials(path)?);
    }
    if let Some(token) = args.admin_token.filter(|t| !t.is_empty()) {
        emulator = emulator.with_admin_token(token);
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
