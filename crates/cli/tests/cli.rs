//! The `marketplane` binary, run as a user runs it: offline on a state file and world, and over HTTP against the
//! emulator's server (the code the `marketplane-emulator` binary serves with, started in this process).

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::time::Duration;

use marketplane::backend::local::{LocalBackend, World};

const M: &str = "100000000001";

/// A management account, a delegated administrator and six members in two units, one of them under a root-deny SCP.
fn world(rate_limits: bool) -> String {
    let mut text = format!(
        r#"[settings]
region_transition_seconds = 0.3
enforce_rate_limits = {rate_limits}

[[organizations]]
id = "o-exampleorg1"
management_account = "{M}"
trusted_access = ["account.amazonaws.com", "cloudtrail.amazonaws.com"]

[[organizational_units]]
organization = "o-exampleorg1"
path = "Prod"

[[organizational_units]]
organization = "o-exampleorg1"
path = "Dev"

[[policies]]
organization = "o-exampleorg1"
name = "DenyRootUser"
content = '{{"Statement":[{{"Effect":"Deny","Action":"*","Resource":"*","Condition":{{"StringLike":{{"aws:PrincipalArn":"arn:aws:iam::*:root"}}}}}}]}}'
targets = ["Prod"]

[[accounts]]
id = "{M}"
name = "management"
email = "root@example.com"
organization = "o-exampleorg1"
"#
    );
    for n in 2..=7 {
        let unit = if n % 2 == 0 { "Prod" } else { "Dev" };
        text.push_str(&format!(
            "\n[[accounts]]\nid = \"10000000000{n}\"\nname = \"member {n}\"\nemail = \"m{n}@example.com\"\norganization = \"o-exampleorg1\"\nparent = \"{unit}\"\ntags = {{ customer = \"C{n}\" }}\n"
        ));
    }
    text
}

const CONTACTS: &str = r#"[SECURITY]
name = "Security Team"
title = "Security"
email = "security@lists.example.com"
phone = "+1 206 555 0100"

[OPERATIONS]
name = "Operations Team"
title = "Operations"
email = "ops@lists.example.com"
phone = "+1 206 555 0101"
"#;

struct Dir {
    dir: tempfile::TempDir,
}

impl Dir {
    fn new(rate_limits: bool) -> Dir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("world.toml"), world(rate_limits)).unwrap();
        std::fs::write(dir.path().join("contacts.toml"), CONTACTS).unwrap();
        Dir { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `marketplane --local state.db --world world.toml ARGS`.
    fn local(&self, args: &[&str]) -> Output {
        let (state, world) = (self.path("state.db"), self.path("world.toml"));
        let mut full = vec!["--local", state.to_str().unwrap(), "--world", world.to_str().unwrap()];
        full.extend(args);
        run(&full, &[])
    }
}

fn command(args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_marketplane"));
    command.args(args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for key in ["AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_SESSION_TOKEN"] {
        command.env_remove(key);
    }
    command.envs(env.iter().copied());
    command
}

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    command(args, env).output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}\n{}", stdout(out), stderr(out)))
}

fn findings<'a>(audit: &'a serde_json::Value, check: &str) -> Vec<&'a serde_json::Value> {
    audit.as_array().unwrap().iter().filter(|f| f["check"] == check).collect()
}

#[test]
fn offline_inventory_audit_and_fix_contacts_converge() {
    let dir = Dir::new(false);
    let out = dir.local(&["estate", "inventory", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let inventory = json(&out);
    assert_eq!(inventory["accounts"].as_array().unwrap().len(), 7);
    assert_eq!(inventory["accounts"][1]["ou_path"], serde_json::json!(["Prod"]));
    assert!(stderr(&out).is_empty(), "no progress bar when piped: {:?}", stderr(&out));

    // Nothing is set yet: the audit fails, exits 1, and prints the findings as a JSON array.
    let out = dir.local(&["estate", "audit", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let audit = json(&out);
    let first = &audit[0];
    for key in ["check", "account_id", "status", "control", "detail"] {
        assert!(first.get(key).is_some(), "{key}: {first}");
    }
    let alt = findings(&audit, "CHK-CONTACT-ALT-PRESENT");
    assert_eq!(alt.len(), 7 * 3);
    assert!(alt.iter().all(|f| f["status"] == "FAIL" && f["contact_type"].is_string()));
    let scp: Vec<_> =
        findings(&audit, "CHK-SCP-DENY-ROOT").into_iter().map(|f| f["status"].as_str().unwrap()).collect();
    assert_eq!(scp.iter().filter(|s| **s == "PASS").count(), 3, "{scp:?}");

    // Dry run: the plan, no change.
    let out = dir.local(&[
        "estate",
        "fix-contacts",
        "--contacts",
        dir.path("contacts.toml").to_str().unwrap(),
        "--dry-run",
        "--format",
        "csv",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let plan = stdout(&out);
    assert_eq!(plan.lines().next(), Some("account_id,change,target,outcome,detail"));
    assert_eq!(plan.lines().filter(|l| l.contains(",PLANNED,")).count(), 14);
    // Apply, then again: nothing left.
    let contacts = dir.path("contacts.toml");
    let out = dir.local(&["estate", "fix-contacts", "--contacts", contacts.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}\n{}", stdout(&out), stderr(&out));
    let applied = json(&out);
    assert_eq!(applied.as_array().unwrap().iter().filter(|r| r["outcome"] == "APPLIED").count(), 14);
    let out = dir.local(&["estate", "fix-contacts", "--contacts", contacts.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success());
    assert_eq!(json(&out), serde_json::json!([]));
    let out = dir.local(&["estate", "audit", "--format", "json"]);
    let audit = json(&out);
    let passed = findings(&audit, "CHK-CONTACT-ALT-PRESENT").into_iter().filter(|f| f["status"] == "PASS").count();
    assert_eq!(passed, 14);

    // The other formats.
    let out = dir.local(&["estate", "audit", "--format", "markdown"]);
    assert!(stdout(&out).starts_with("| check | account_id | status | control |"));
    let out = dir.local(&["estate", "inventory"]);
    let table = stdout(&out);
    assert!(table.starts_with("account_id"), "{table}");
    assert!(table.contains("security@lists.example.com"));
}

#[test]
fn bad_input_fails_before_any_call_naming_file_line_and_field() {
    let dir = Dir::new(false);
    let bad = CONTACTS.replace("ops@lists.example.com", "ops at example");
    std::fs::write(dir.path("bad.toml"), bad).unwrap();
    let out = dir.local(&["estate", "fix-contacts", "--contacts", dir.path("bad.toml").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("bad.toml:10: [OPERATIONS].email:"), "{err}");
    assert!(!dir.path("state.db").exists(), "nothing was opened or called");

    let out = dir.local(&["estate", "enable-region", "Mars North"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("REGION \"Mars North\""), "{}", stderr(&out));

    std::fs::write(dir.path("policy.toml"), "distribution_lists = [\"a@b.c\"]\nowned_phones = []\n").unwrap();
    let out = dir.local(&["estate", "audit", "--policy", dir.path("policy.toml").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("policy.toml:2:") && stderr(&out).contains("owned_phones"), "{}", stderr(&out));

    std::fs::write(dir.path("world.toml"), "[[accounts]]\nid = \"12345\"\n").unwrap();
    let out = dir.local(&["estate", "inventory"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("world.toml") && err.contains("line 2") && err.contains("AccountId"), "{err}");

    let out = run(&["estate", "audit", "--as-of", "2026-02-30", "--local", "x.db"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--as-of"), "{}", stderr(&out));
}

/// The emulator's server over a world, on its own runtime; returns its URL.
fn emulator(world: &str) -> String {
    emulator_over(world).0
}

/// The same, with the engine behind it (to watch its state).
fn emulator_over(world: &str) -> (String, Arc<LocalBackend>) {
    let backend = Arc::new(LocalBackend::builder().world(World::from_toml_str(world).unwrap()).in_memory().unwrap());
    let engine = backend.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async move {
            let emulator = Arc::new(marketplane_emulator::Emulator::new(backend));
            let addr = marketplane_emulator::spawn("127.0.0.1:0".parse().unwrap(), emulator).await.unwrap();
            tx.send(addr).unwrap();
            std::future::pending::<()>().await;
        });
    });
    (format!("http://{}", rx.recv().unwrap()), engine)
}

fn aws_env() -> Vec<(&'static str, &'static str)> {
    vec![("AWS_ACCESS_KEY_ID", M), ("AWS_SECRET_ACCESS_KEY", "secret"), ("AWS_REGION", "us-east-1")]
}

#[test]
fn against_the_emulator_audit_fix_and_enable_a_region() {
    let dir = Dir::new(false);
    let url = emulator(&world(false));
    let env = aws_env();
    let out = run(&["estate", "audit", "--endpoint-url", &url, "--format", "json"], &env);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let audit = json(&out);
    assert_eq!(findings(&audit, "CHK-ACCOUNT-INVENTORY").len(), 7);
    let contacts = dir.path("contacts.toml");
    // AWS_ENDPOINT_URL works as --endpoint-url does.
    let mut with_url = env.clone();
    with_url.push(("AWS_ENDPOINT_URL", &url));
    let out = run(&["estate", "fix-contacts", "--contacts", contacts.to_str().unwrap(), "--format", "json"], &with_url);
    assert!(out.status.success(), "{}\n{}", stdout(&out), stderr(&out));
    assert_eq!(json(&out).as_array().unwrap().len(), 14);
    let out = run(&["estate", "fix-contacts", "--contacts", contacts.to_str().unwrap(), "--format", "json"], &with_url);
    assert_eq!(json(&out), serde_json::json!([]));
    let out = run(&["estate", "enable-region", "af-south-1", "--wait", "--format", "json"], &with_url);
    assert!(out.status.success(), "{}\n{}", stdout(&out), stderr(&out));
    let results = json(&out);
    assert_eq!(results.as_array().unwrap().len(), 7);
    assert!(
        results.as_array().unwrap().iter().all(|r| r["outcome"] == "APPLIED" && r["detail"] == "af-south-1 ENABLED"),
        "{results}"
    );
    let out = run(&["estate", "inventory", "--format", "json"], &with_url);
    let inventory = json(&out);
    let enabled = inventory["accounts"][3]["regions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["RegionName"] == "af-south-1" && r["RegionOptStatus"] == "ENABLED");
    assert!(enabled, "{}", inventory["accounts"][3]["regions"]);
}

fn interrupt(pid: u32) {
    let status = Command::new("kill").args(["-INT", &pid.to_string()]).status().unwrap();
    assert!(status.success());
}

#[test]
fn ctrl_c_stops_cleanly_and_a_second_run_converges() {
    // With the quotas enforced, 21 PutAlternateContact calls take about 2.6 s after the burst of 8.
    let dir = Dir::new(true);
    let (url, engine) = emulator_over(&world(true));
    let mut env = aws_env();
    env.push(("AWS_ENDPOINT_URL", &url));
    let contacts = dir.path("three.toml");
    let billing = "\n[BILLING]\nname = \"Billing\"\ntitle = \"Finance\"\nemail = \"billing@lists.example.com\"\nphone = \"+1 206 555 0102\"\n";
    std::fs::write(&contacts, format!("{CONTACTS}{billing}")).unwrap();
    let args =
        ["estate", "fix-contacts", "--contacts", contacts.to_str().unwrap(), "--format", "json", "--concurrency", "1"];
    let child = command(&args, &env).spawn().unwrap();
    // Interrupt once the second account's first change has landed (the handler is installed before the run starts).
    // The watcher reads as that account, under its own quota, slower than the quota allows.
    let watcher = marketplane::Client::from_local(engine).as_account("100000000002".parse().unwrap());
    let probe = tokio::runtime::Runtime::new().unwrap();
    for _ in 0..200 {
        let billing =
            watcher.accounts().get_alternate_contact(marketplane::model::account::AlternateContactType::Billing);
        if probe.block_on(billing.send()).is_ok() {
            break;
        }
        std::thread::sleep(Duration::from_millis(150));
    }
    interrupt(child.id());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    assert!(stderr(&out).contains("run the command again"), "{}", stderr(&out));
    let first = json(&out);
    let applied = first.as_array().unwrap().iter().filter(|r| r["outcome"] == "APPLIED").count();
    let cancelled = first.as_array().unwrap().iter().filter(|r| r["outcome"] == "CANCELLED").count();
    assert!(applied > 0 && cancelled > 0 && applied + cancelled == 21, "{first}");
    let out = run(&args, &env);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out).as_array().unwrap().len(), cancelled);
    let out = run(&args, &env);
    assert_eq!(json(&out), serde_json::json!([]));
}
