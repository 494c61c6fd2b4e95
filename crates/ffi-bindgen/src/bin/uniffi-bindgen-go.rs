//! `uniffi-bindgen-go --library <cdylib> --out-dir <dir> [--package <name>]`: write the Go package of a UniFFI
//! library, read from the metadata compiled into the library itself (UniFFI's "library mode").

use anyhow::{bail, Context, Result};
use camino::Utf8PathBuf;

fn main() -> Result<()> {
    let mut library = None;
    let mut out_dir = None;
    let mut package = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--library" => library = Some(Utf8PathBuf::from(value()?)),
            "--out-dir" => out_dir = Some(Utf8PathBuf::from(value()?)),
            "--package" => package = Some(value()?),
            "-h" | "--help" => {
                println!("usage: uniffi-bindgen-go --library <path to the cdylib> --out-dir <dir> [--package <name>]");
                return Ok(());
            }
            other => bail!("unknown argument {other:?} (see --help)"),
        }
    }
    let library = library.context("--library is required")?;
    let out_dir = out_dir.context("--out-dir is required")?;
    let written = marketplane_ffi_bindgen::go::generate(&library, &out_dir, package.as_deref())?;
    for path in written {
        println!("wrote {path}");
    }
    Ok(())
}
