//! `cargo xtask web [--serve] [--port N]`: build isola-web for wasm32, run wasm-bindgen into
//! web/npm/pkg (the npm package's wasm and glue), and optionally serve web/ (the playground is
//! web/www/, which imports the package from ../npm/).

use std::path::PathBuf;

use anyhow::{bail, Context, Result};

use crate::process::run as run_command;
use crate::{serve, tools, Workspace};

pub fn run(ws: &Workspace, args: &[String]) -> Result<()> {
    let mut serve_after = false;
    let mut port: u16 = 8000;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--serve" => serve_after = true,
            "--port" => {
                let value = args.next().context("--port needs a number")?;
                port = value
                    .parse()
                    .with_context(|| format!("bad port `{value}`"))?;
            }
            other => bail!("unknown option `{other}` for `cargo xtask web`"),
        }
    }
    let pkg = build(ws)?;
    println!("built {}", pkg.display());
    if serve_after {
        serve::serve(&ws.root.join("web"), port)?;
    }
    Ok(())
}

/// Builds the package's wasm and glue and returns their directory (web/npm/pkg).
pub fn build(ws: &Workspace) -> Result<PathBuf> {
    let wasm_bindgen = tools::wasm_bindgen(ws)?;
    run_command(ws.cargo().args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "isola-web",
    ]))?;
    let wasm = ws
        .target_dir
        .join("wasm32-unknown-unknown/release/isola_web.wasm");
    let pkg = ws.root.join("web").join("npm").join("pkg");
    // Start from an empty directory so that no file from an older build lingers.
    if pkg.exists() {
        std::fs::remove_dir_all(&pkg).with_context(|| format!("removing {}", pkg.display()))?;
    }
    run_command(
        ws.command(wasm_bindgen)
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&pkg)
            .arg(&wasm),
    )?;
    Ok(pkg)
}
