//! `marketplane`: inventory, audit and fix an organization's accounts, on AWS (or the emulator) or offline.
//!
//! Exit status: 0 done; 1 an audit found a FAIL, or a change failed; 2 bad input or an error; 130 stopped by Ctrl-C.

mod contacts;
mod output;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use marketplane::backend::local::{LocalBackend, World};
use marketplane::estate::{
    AuditPolicy, ChangeOutcome, DesiredState, EstateOptions, Inventory, Plan, ProgressEvent, Quotas,
};
use marketplane::model::{AccountId, RegionName};
use marketplane::Client;
use output::{Format, Rows};

/// Inventory, audit and fix the accounts of an AWS organization — on AWS, against the marketplane emulator, or
/// offline on a local state file.
#[derive(Debug, Parser)]
#[command(name = "marketplane", version, about)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct Global {
    /// Send every AWS request here (the emulator: http://127.0.0.1:4566); `AWS_ENDPOINT_URL` works too.
    #[arg(long, global = true, value_name = "URL")]
    endpoint_url: Option<String>,
    /// Work offline on this SQLite state file (created if missing) instead of AWS.
    #[arg(long, global = true, value_name = "STATE.db")]
    local: Option<PathBuf>,
    /// With --local: the world file (TOML) that declares the organization and its accounts.
    #[arg(long, global = true, value_name = "WORLD.toml", requires = "local")]
    world: Option<PathBuf>,
    /// Act as this account (default: the credentials' account; offline, the world's default account or its first
    /// organization's management account).
    #[arg(long, global = true, value_name = "ACCOUNT_ID")]
    account: Option<String>,
    /// Output format.
    #[arg(long, global = true, value_enum, default_value = "table")]
    format: Format,
    /// Accounts worked on at once.
    #[arg(long, global = true, default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=256))]
    concurrency: u16,
    /// No progress bar, even on a terminal.
    #[arg(long, global = true)]
    quiet: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The organization's accounts: inventory, audit, contacts, Regions.
    #[command(subcommand)]
    Estate(EstateCommand),
}

#[derive(Debug, Subcommand)]
enum EstateCommand {
    /// Every account with its unit path, tags, contacts and Regions.
    Inventory,
    /// Audit the estate against the partner checklists' automatable checks; exits 1 when a check FAILs.
    Audit {
        /// Audit policy (TOML): distribution_lists, owned_phone_numbers, offboarded_accounts, ... (README).
        #[arg(long, value_name = "POLICY.toml")]
        policy: Option<PathBuf>,
        /// The date that chooses the checklist versions (YYYY-MM-DD; default today).
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Set the alternate contacts of the contacts file on every account that lacks them.
    FixContacts {
        /// Contacts file (TOML): [SECURITY], [BILLING], [OPERATIONS] tables with name, title, email, phone.
        #[arg(long, value_name = "FILE.toml")]
        contacts: PathBuf,
        /// Also replace contacts that are set but differ.
        #[arg(long)]
        overwrite: bool,
        /// Print the plan; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Enable an opt-in Region on every account.
    EnableRegion {
        /// The Region (af-south-1, ...).
        region: String,
        /// Wait until it is ENABLED everywhere.
        #[arg(long)]
        wait: bool,
        /// Print the plan; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// A failure before or outside the run: printed as `marketplane: ...`, exit 2.
struct Failure(String);

impl From<marketplane::Error> for Failure {
    fn from(err: marketplane::Error) -> Self {
        let fields: Vec<String> = err.field_errors().iter().map(|f| format!("{}: {}", f.name, f.message)).collect();
        if fields.is_empty() {
            Failure(err.to_string())
        } else {
            Failure(format!("{} ({})", err, fields.join("; ")))
        }
    }
}

/// Everything read from the command line and files, checked before any call.
struct Inputs {
    policy: AuditPolicy,
    desired: DesiredState,
    account: Option<AccountId>,
    world: Option<World>,
}

fn read_inputs(cli: &Cli) -> Result<Inputs, Failure> {
    let account = match &cli.global.account {
        Some(text) => {
            Some(text.parse::<AccountId>().map_err(|e| Failure(format!("--account {text:?}: {}", e.message())))?)
        }
        None => None,
    };
    let world = match &cli.global.world {
        Some(path) => Some(World::from_file(path).map_err(|e| Failure(e.message().to_owned()))?),
        None => None,
    };
    let mut policy = AuditPolicy::default();
    let mut desired = DesiredState::default();
    match &cli.command {
        Command::Estate(EstateCommand::Audit { policy: path, as_of }) => {
            if let Some(path) = path {
                policy = load_policy(path)?;
            }
            if let Some(date) = as_of {
                marketplane::estate::checklist::parse_date(date, "--as-of")?;
                policy.as_of = Some(date.clone());
            }
        }
        Command::Estate(EstateCommand::FixContacts { contacts, overwrite, .. }) => {
            desired.contacts = contacts::load(contacts).map_err(Failure)?;
            desired.overwrite = *overwrite;
        }
        Command::Estate(EstateCommand::EnableRegion { region, wait, .. }) => {
            let region: RegionName = region
                .parse()
                .map_err(|e: marketplane::Error| Failure(format!("REGION {region:?}: {}", e.message())))?;
            if marketplane::model::region::region_kind(region.as_str()).is_none() {
                return Err(Failure(format!("REGION {:?}: not an AWS Region this version knows", region.as_str())));
            }
            desired.regions = vec![region];
            desired.wait_for_regions = *wait;
        }
        Command::Estate(EstateCommand::Inventory) => {}
    }
    Ok(Inputs { policy, desired, account, world })
}

fn load_policy(path: &Path) -> Result<AuditPolicy, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure(format!("{}: cannot read the audit policy: {e}", path.display())))?;
    toml::from_str::<AuditPolicy>(&text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1).unwrap_or(1);
        Failure(format!("{}:{line}: {}", path.display(), e.message()))
    })
}

async fn client(global: &Global, inputs: &mut Inputs) -> Result<Client, Failure> {
    let client = match &global.local {
        Some(state) => {
            let mut builder = LocalBackend::builder();
            if let Some(world) = inputs.world.clone() {
                builder = builder.world(world);
            }
            let backend = builder.open(state)?;
            let default = inputs.world.as_ref().and_then(|w| {
                w.default_account.clone().or_else(|| w.organizations.first().map(|o| o.management_account.clone()))
            });
            let client = Client::from_local(backend);
            match inputs.account.clone().or(default) {
                Some(account) => client.as_account(account),
                None => client,
            }
        }
        None => {
            let config = aws_config::defaults(aws_config::BehaviorVersion::latest()).load().await;
            let config = if config.region().is_none() {
                config.into_builder().region(aws_config::Region::new("us-east-1")).build()
            } else {
                config
            };
            let client = match &global.endpoint_url {
                Some(url) => Client::aws_with_endpoint(&config, url),
                None => Client::aws(&config),
            };
            match inputs.account.clone() {
                Some(account) => client.as_account(account),
                None => client,
            }
        }
    };
    Ok(client)
}

/// The progress bar on a terminal; nothing when stderr is piped.
fn progress(global: &Global) -> Option<ProgressBar> {
    if global.quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new(0);
    let style = ProgressStyle::with_template("{spinner} {msg:>9} [{bar:30}] {pos}/{len} {elapsed_precise} eta {eta}")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style.progress_chars("=> "));
    Some(bar)
}

fn inventory_rows(inv: &Inventory) -> Rows {
    let contact =
        |a: &marketplane::estate::EstateAccount, t: &marketplane::model::account::AlternateContactType| match a
            .alternate_contacts
            .get(t)
        {
            Some(c) => c.email_address.clone(),
            None if a.read_error(&format!("GetAlternateContact({t})")).is_some() => "?".into(),
            None => "-".into(),
        };
    use marketplane::model::account::AlternateContactType as T;
    let rows = inv
        .accounts
        .iter()
        .map(|a| {
            let tags: Vec<String> = a.tags.iter().map(|(k, v)| format!("{k}={v}")).collect();
            let regions: Vec<&str> =
                a.regions.iter().filter(|r| r.region_opt_status.is_usable()).map(|r| r.region_name.as_str()).collect();
            let errors: Vec<String> = a.read_errors.iter().map(|e| format!("{}: {}", e.operation, e.code)).collect();
            vec![
                a.account_id.to_string(),
                a.name.clone().unwrap_or_default(),
                if a.management {
                    "Root (management)".into()
                } else {
                    format!("Root/{}", a.path()).trim_end_matches('/').to_owned()
                },
                tags.join(";"),
                contact(a, &T::Security),
                contact(a, &T::Billing),
                contact(a, &T::Operations),
                regions.len().to_string(),
                errors.join("; "),
            ]
        })
        .collect();
    Rows {
        columns: vec![
            "account_id",
            "name",
            "ou_path",
            "tags",
            "security",
            "billing",
            "operations",
            "regions",
            "errors",
        ],
        rows,
        json: serde_json::to_value(inv).ok(),
    }
}

fn plan_rows(plan: &Plan) -> Rows {
    let mut rows: Vec<Vec<String>> = plan
        .changes
        .iter()
        .map(|c| {
            let what = match (&c.contact, &c.region) {
                (Some(contact), _) => contact.alternate_contact_type.to_string(),
                (_, Some(region)) => region.to_string(),
                _ => String::new(),
            };
            vec![c.account_id.to_string(), c.kind.to_string(), what, "PLANNED".into(), c.detail.clone()]
        })
        .collect();
    rows.extend(
        plan.skipped
            .iter()
            .map(|s| vec![s.account_id.to_string(), String::new(), String::new(), "SKIPPED".into(), s.detail.clone()]),
    );
    Rows { columns: vec!["account_id", "change", "target", "outcome", "detail"], rows, json: None }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut inputs = match read_inputs(&cli) {
        Ok(inputs) => inputs,
        Err(Failure(message)) => {
            eprintln!("marketplane: {message}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("marketplane: cannot start: {err}");
            return ExitCode::from(2);
        }
    };
    let code = runtime.block_on(async move {
        match run(&cli, &mut inputs).await {
            Ok(code) => code,
            Err(Failure(message)) => {
                eprintln!("marketplane: {message}");
                ExitCode::from(2)
            }
        }
    });
    // Calls still in flight after Ctrl-C are not waited for.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    code
}

async fn run(cli: &Cli, inputs: &mut Inputs) -> Result<ExitCode, Failure> {
    let client = client(&cli.global, inputs).await?;
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = cancel.clone();
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!("\nmarketplane: stopping after the calls in flight; run the command again to finish");
            flag.store(true, Ordering::SeqCst);
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(130);
            }
        }
    });
    let bar = progress(&cli.global);
    let shown = bar.clone();
    let options = EstateOptions {
        concurrency: cli.global.concurrency as usize,
        quotas: Quotas::published(),
        cancel: Some(cancel.clone()),
        progress: Some(Arc::new(move |e: &ProgressEvent| {
            if let Some(bar) = &shown {
                bar.set_length(e.total);
                bar.set_position(e.done);
                bar.set_message(e.phase.clone());
            }
        })),
        ..EstateOptions::default()
    };
    let estate = client.estate().with_options(options);
    let format = cli.global.format;
    let Command::Estate(command) = &cli.command;
    let (rows, mut code) = match command {
        EstateCommand::Inventory => (inventory_rows(&estate.inventory().await?), ExitCode::SUCCESS),
        EstateCommand::Audit { .. } => {
            let report = estate.audit(&inputs.policy).await?;
            let rows = report
                .findings
                .iter()
                .map(|f| {
                    vec![
                        f.check.clone(),
                        f.account_id.to_string(),
                        f.status.to_string(),
                        f.control.clone(),
                        f.contact_type.as_ref().map(|t| t.to_string()).unwrap_or_default(),
                        f.resource.clone().unwrap_or_default(),
                        f.detail.clone(),
                    ]
                })
                .collect();
            if format == Format::Table {
                for c in &report.checklists {
                    eprintln!("{} {} ({}): {}", c.name, c.version, c.released, c.note);
                }
            }
            let code = if report.has_failures() { ExitCode::from(1) } else { ExitCode::SUCCESS };
            let columns = vec!["check", "account_id", "status", "control", "contact_type", "resource", "detail"];
            (Rows { columns, rows, json: serde_json::to_value(&report.findings).ok() }, code)
        }
        EstateCommand::FixContacts { dry_run, .. } | EstateCommand::EnableRegion { dry_run, .. } => {
            let plan = estate.plan(&inputs.desired).await?;
            if *dry_run || plan.is_empty() {
                let code = if plan.skipped.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) };
                (plan_rows(&plan), code)
            } else {
                let report = estate.apply(&plan).await?;
                let mut rows = plan_rows(&plan.clone().with_changes(Vec::new()));
                rows.rows.splice(
                    0..0,
                    report.results.iter().map(|r| {
                        let c = &r.change;
                        let what = match (&c.contact, &c.region) {
                            (Some(contact), _) => contact.alternate_contact_type.to_string(),
                            (_, Some(region)) => region.to_string(),
                            _ => String::new(),
                        };
                        vec![
                            c.account_id.to_string(),
                            c.kind.to_string(),
                            what,
                            r.outcome.to_string(),
                            r.detail.clone(),
                        ]
                    }),
                );
                let failed = report.count(&ChangeOutcome::Failed) > 0 || !plan.skipped.is_empty();
                (rows, if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
            }
        }
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    print!("{}", rows.render(format));
    if cancel.load(Ordering::SeqCst) {
        code = ExitCode::from(130);
    }
    Ok(code)
}
