//! `cargo xtask test`: every check CI runs, in order, stopping at the first failure.
//!
//! Steps: toolchain (rustup reads rust-toolchain.toml), fmt, clippy (native and wasm32), test
//! (the whole workspace in release), python (the `isola` wheel built with maturin and its pytest
//! tests, in a fresh venv), wasm (the guest and web crates for wasm32) and browser
//! (wasm-bindgen, Chromium and playwright-core installed when missing, then the npm package's
//! Node test web/tests/node.mjs and the playground's web/tests/browser.mjs), package (one version
//! everywhere, the crates.io crates packaged and built from their archives by `cargo package`, and
//! the npm package packed, installed from its tarball and imported in Node: see package.rs) and fuzz (each fuzz target under fuzz/ for a
//! few seconds, cargo-fuzz installed when missing).

use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::process::{run as run_command, seconds, timed};
use crate::{tools, web, Workspace};

/// One step of the test run: its name (for `--only`/`--skip`), what it does, and how.
struct Step {
    name: &'static str,
    summary: &'static str,
    run: fn(&Workspace) -> Result<()>,
}

const STEPS: [Step; 9] = [
    Step {
        name: "toolchain",
        summary: "install the pinned Rust toolchain",
        run: toolchain,
    },
    Step {
        name: "fmt",
        summary: "check formatting",
        run: fmt,
    },
    Step {
        name: "clippy",
        summary: "lint natively and for wasm32",
        run: clippy,
    },
    Step {
        name: "test",
        summary: "run the workspace's tests in release",
        run: test,
    },
    Step {
        name: "python",
        summary: "build the Python package's wheel and run its pytest tests",
        run: crate::python::test,
    },
    Step {
        name: "wasm",
        summary: "build the wasm32 guest and web crates",
        run: wasm,
    },
    Step {
        name: "browser",
        summary: "test the npm package in Node and the playground in Chromium",
        run: browser,
    },
    Step {
        name: "package",
        summary: "package and verify the crates, and pack, install and import the npm package",
        run: crate::package::test,
    },
    Step {
        name: "fuzz",
        summary: "run each fuzz target briefly (cargo-fuzz on nightly)",
        run: fuzz,
    },
];

/// Seconds each fuzz target runs in the short pass.
const FUZZ_SECONDS: u64 = 10;

pub fn run(ws: &Workspace, args: &[String]) -> Result<()> {
    let selected = select_steps(args)?;
    println!("CARGO_TARGET_DIR={}", ws.target_dir.display());
    let total = selected.len();
    let mut timings: Vec<(&str, Duration)> = Vec::new();
    for (position, step) in selected.into_iter().enumerate() {
        println!(
            "\n==> [{}/{total}] {}: {}",
            position + 1,
            step.name,
            step.summary
        );
        let (result, elapsed) = timed(|| (step.run)(ws));
        result.with_context(|| {
            format!(
                "step `{}` failed after {}; later steps did not run",
                step.name,
                seconds(elapsed)
            )
        })?;
        println!("==> {} passed in {}", step.name, seconds(elapsed));
        timings.push((step.name, elapsed));
    }
    let sum: Duration = timings.iter().map(|(_, elapsed)| *elapsed).sum();
    let list: Vec<String> = timings
        .iter()
        .map(|(name, elapsed)| format!("{name} {}", seconds(*elapsed)))
        .collect();
    let steps = if total == 1 { "step" } else { "steps" };
    println!(
        "\nxtask test: {total} {steps} passed in {} ({})",
        seconds(sum),
        list.join(", ")
    );
    Ok(())
}

/// The steps to run, in order, after `--only`, `--skip` and `--skip-browser`.
fn select_steps(args: &[String]) -> Result<Vec<&'static Step>> {
    let mut only: Vec<String> = Vec::new();
    let mut skip: Vec<String> = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--skip-browser" => skip.push("browser".to_owned()),
            "--only" => only.push(args.next().context("--only needs a step name")?.clone()),
            "--skip" => skip.push(args.next().context("--skip needs a step name")?.clone()),
            other => bail!("unknown option `{other}` for `cargo xtask test`"),
        }
    }
    let names: Vec<&str> = STEPS.iter().map(|step| step.name).collect();
    for name in only.iter().chain(&skip) {
        if !names.contains(&name.as_str()) {
            bail!("no step named `{name}` (steps: {})", names.join(", "));
        }
    }
    Ok(STEPS
        .iter()
        .filter(|step| only.is_empty() || only.iter().any(|name| name == step.name))
        .filter(|step| !skip.iter().any(|name| name == step.name))
        .collect())
}

fn toolchain(ws: &Workspace) -> Result<()> {
    // RUSTUP_AUTO_INSTALL=0 is common on CI machines, so nothing installs itself: ask rustup to
    // install (or confirm) what rust-toolchain.toml names. Idempotent. Under `cargo xtask`,
    // rustup's proxy has set RUSTUP_TOOLCHAIN to the toolchain it chose; without that variable
    // rustup reads rust-toolchain.toml again, its components and targets included.
    run_command(
        ws.command("rustup")
            .args(["toolchain", "install", "--no-self-update"])
            .env_remove("RUSTUP_TOOLCHAIN"),
    )
}

fn fmt(ws: &Workspace) -> Result<()> {
    run_command(ws.cargo().args(["fmt", "--all", "--check"]))
}

fn clippy(ws: &Workspace) -> Result<()> {
    // --release shares the dependency builds with the test step.
    run_command(ws.cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--release",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The browser bindings and the guest's exports exist only on wasm32.
    run_command(ws.cargo().args([
        "clippy",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "isola-guest",
        "-p",
        "isola-web",
        "--",
        "-D",
        "warnings",
    ]))
}

fn test(ws: &Workspace) -> Result<()> {
    run_command(
        ws.cargo()
            .args(["test", "--workspace", "--release", "--no-fail-fast"]),
    )
}

fn wasm(ws: &Workspace) -> Result<()> {
    run_command(ws.cargo().args([
        "build",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "isola-guest",
        "-p",
        "isola-web",
    ]))
}

fn browser(ws: &Workspace) -> Result<()> {
    tools::chromium()?;
    let node_prefix = tools::playwright(ws)?;
    web::build(ws)?;
    run_command(ws.command("node").arg(ws.root.join("web/tests/node.mjs")))?;
    run_command(
        ws.command("node")
            .arg(ws.root.join("web/tests/browser.mjs"))
            .env("ISOLA_NODE_PREFIX", &node_prefix)
            .env("CHROMIUM", tools::CHROMIUM),
    )
}

/// A short pass of every fuzz target, seeded; a longer campaign is `cargo xtask fuzz`.
fn fuzz(ws: &Workspace) -> Result<()> {
    crate::fuzz::fuzz(ws, &crate::fuzz::TARGETS, FUZZ_SECONDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(args: &[&str]) -> Result<Vec<&'static str>> {
        let args: Vec<String> = args.iter().map(|arg| arg.to_string()).collect();
        Ok(select_steps(&args)?.iter().map(|step| step.name).collect())
    }

    #[test]
    fn all_steps_run_in_order_by_default() {
        assert_eq!(
            names(&[]).unwrap(),
            [
                "toolchain",
                "fmt",
                "clippy",
                "test",
                "python",
                "wasm",
                "browser",
                "package",
                "fuzz"
            ]
        );
    }

    #[test]
    fn only_and_skip_select_steps() {
        assert_eq!(
            names(&["--only", "fmt", "--only", "test"]).unwrap(),
            ["fmt", "test"]
        );
        assert_eq!(
            names(&["--skip-browser", "--skip", "toolchain"]).unwrap(),
            ["fmt", "clippy", "test", "python", "wasm", "package", "fuzz"]
        );
    }

    #[test]
    fn unknown_steps_and_options_are_errors() {
        let error = names(&["--only", "lint"]).unwrap_err().to_string();
        assert!(error.starts_with("no step named `lint`"), "{error}");
        assert!(names(&["--fast"]).is_err());
    }
}
