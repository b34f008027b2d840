//! xtask: isola's developer workflow, run as `cargo xtask <command>` (alias in .cargo/config.toml).
//!
//! Commands: `test` (every check CI runs), `golden` (regenerate the corpus's CPython output),
//! `web` (build the browser package, optionally serve it), `bench` (isola against CPython),
//! `fuzz` (the fuzz targets under fuzz/) and `stdlib-tests` (CPython's tests of the standard
//! library under isola).

mod bench;
mod fuzz;
mod golden;
mod package;
mod process;
mod python;
mod serve;
mod stdlib_tests;
mod test;
mod tools;
mod web;
mod workspace;

// CPython's library as the runtime pins it, and fetching and unpacking Debian's packages of it:
// the runtime's build script includes the same two files.
#[allow(dead_code)] // The lists of modules and patches are the runtime build's.
mod cpython_lib {
    include!("../../runtime/cpython_lib.rs");
}
mod debian {
    include!("../../runtime/debian.rs");
}

use std::process::ExitCode;

use anyhow::{bail, Result};

pub use workspace::Workspace;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  test [--skip-browser] [--only STEP]... [--skip STEP]...
                    run every check: toolchain, fmt, clippy, test, python, wasm, browser,
                    package, fuzz
  golden [FILTER]   regenerate tests/python/**/*.out and *.err with python3 (3.11)
  web [--serve] [--port N]
                    build web/npm/pkg with wasm-bindgen; --serve serves web/ (playground: /www/)
  bench [--runs N] [--engines native,wasmtime] [FILTER]
                    time pyperformance's benchmarks (pinned, unmodified) and bench/fib.py
                    under python3 and isola (native, wasmtime); see PERFORMANCE.md
  fuzz [TARGET] [--time S]
                    run the fuzz targets (cargo-fuzz, nightly) for S seconds each (60):
                    numbers, format, json, regex, compile, run, boundary, structured
  fuzz --differential COUNT [--seed N]
                    COUNT generated programs under CPython and isola; their output must agree
  stdlib-tests [TEST_MODULE...] [--verbose] [--timeout S]
                    CPython's own tests of the standard library (its pinned test suite
                    package) under isola, with a pass rate per module
  bench interpreters [ITERATIONS]
                    subinterpreters: create, idle memory, queues, speedup (and python3.13's)

CARGO_TARGET_DIR defaults to ~/.cache/isola/target.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match dispatch(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn dispatch(args: &[String]) -> Result<()> {
    let Some((command, rest)) = args.split_first() else {
        println!("{USAGE}");
        return Ok(());
    };
    if matches!(command.as_str(), "help" | "-h" | "--help") {
        println!("{USAGE}");
        return Ok(());
    }
    let ws = Workspace::locate()?;
    match command.as_str() {
        "test" => test::run(&ws, rest),
        "golden" => golden::run(&ws, rest),
        "web" => web::run(&ws, rest),
        "bench" => bench::run(&ws, rest),
        "fuzz" => fuzz::run(&ws, rest),
        "stdlib-tests" => stdlib_tests::run(&ws, rest),
        other => bail!("unknown command `{other}`\n\n{USAGE}"),
    }
}
