//! The external tools the browser test needs, each installed only when missing or at the wrong
//! version: wasm-bindgen-cli (cargo), Chromium (apt) and playwright-core (npm).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::process::{run, stdout_of};
use crate::Workspace;

/// The playwright-core release the browser test was written against.
pub const PLAYWRIGHT_VERSION: &str = "1.65.1";

/// Debian's Chromium; playwright-core drives it instead of downloading its own browser.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Returns the `wasm-bindgen` binary whose version equals the `wasm-bindgen` crate in Cargo.lock
/// (the two refuse to work together otherwise), installing it under the cache if needed.
pub fn wasm_bindgen(ws: &Workspace) -> Result<PathBuf> {
    let lock = std::fs::read_to_string(ws.root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let version =
        locked_version(&lock, "wasm-bindgen").context("Cargo.lock has no wasm-bindgen package")?;
    let root = ws.cache_dir.join("tools");
    let binary = root.join("bin").join("wasm-bindgen");
    if binary.exists() {
        let installed = stdout_of(Command::new(&binary).arg("--version")).unwrap_or_default();
        if installed.split_whitespace().nth(1) == Some(version.as_str()) {
            println!(
                "wasm-bindgen {version} is installed at {}",
                binary.display()
            );
            return Ok(binary);
        }
        println!(
            "{} reports {:?}; installing {version}",
            binary.display(),
            installed.trim()
        );
    }
    // Run from the root so that rust-toolchain.toml picks the compiler. `--locked` is left out on
    // purpose: the CLI's own lock file names a crate version the registry here lacks. The build
    // goes to cargo's temporary directory, not the shared target directory.
    run(ws
        .cargo()
        .env_remove("CARGO_TARGET_DIR")
        .args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            &version,
            "--root",
        ])
        .arg(&root))?;
    Ok(binary)
}

/// The version of cargo-fuzz that `cargo xtask fuzz` installs.
const CARGO_FUZZ_VERSION: &str = "^0.13";

/// Returns the `cargo-fuzz` binary, installing it (with the nightly toolchain, which it needs to
/// run anyway) under the cache if needed.
pub fn cargo_fuzz(ws: &Workspace) -> Result<PathBuf> {
    let root = ws.cache_dir.join("tools");
    let binary = root.join("bin").join("cargo-fuzz");
    if binary.exists() {
        println!("cargo-fuzz is installed at {}", binary.display());
        return Ok(binary);
    }
    run(ws
        .cargo()
        .env_remove("CARGO_TARGET_DIR")
        .env("RUSTUP_TOOLCHAIN", "nightly")
        .args([
            "install",
            "cargo-fuzz",
            "--version",
            CARGO_FUZZ_VERSION,
            "--root",
        ])
        .arg(&root))?;
    Ok(binary)
}

/// Makes sure Debian's Chromium is present, installing it with apt when running as root.
pub fn chromium() -> Result<()> {
    if Path::new(CHROMIUM).exists() {
        println!("chromium is installed at {CHROMIUM}");
        return Ok(());
    }
    apt_install("chromium")
}

/// Makes sure `node` and `npm` exist and that playwright-core is installed under the cache at
/// `PLAYWRIGHT_VERSION`; returns the npm prefix to hand to the browser test.
pub fn playwright(ws: &Workspace) -> Result<PathBuf> {
    if Command::new("node").arg("--version").output().is_err()
        || Command::new("npm").arg("--version").output().is_err()
    {
        apt_install("nodejs npm")?;
    }
    let prefix = ws.cache_dir.join("node");
    let manifest = prefix
        .join("node_modules")
        .join("playwright-core")
        .join("package.json");
    let installed = std::fs::read_to_string(&manifest)
        .ok()
        .and_then(|text| json_version(&text));
    if installed.as_deref() == Some(PLAYWRIGHT_VERSION) {
        println!(
            "playwright-core {PLAYWRIGHT_VERSION} is installed under {}",
            prefix.display()
        );
        return Ok(prefix);
    }
    std::fs::create_dir_all(&prefix).with_context(|| format!("creating {}", prefix.display()))?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(&prefix)
        .arg(format!("playwright-core@{PLAYWRIGHT_VERSION}")))?;
    Ok(prefix)
}

/// `apt-get install -y PACKAGES` after an update; only root may do this, so anyone else gets
/// told what to run.
pub fn apt_install(packages: &str) -> Result<()> {
    let uid = stdout_of(Command::new("id").arg("-u")).unwrap_or_default();
    if uid.trim() != "0" {
        bail!(
            "{packages} missing; install it as root: \
             apt-get update && apt-get install -y {packages}"
        );
    }
    run(Command::new("apt-get").args(["update", "-q"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-q"])
        .args(packages.split_whitespace())
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// The version of `package` in a Cargo.lock, if exactly one version of it is locked.
pub fn locked_version(lock: &str, package: &str) -> Option<String> {
    let wanted = format!("name = \"{package}\"");
    let mut versions = lock
        .split("[[package]]")
        .filter(|block| block.lines().any(|line| line.trim() == wanted))
        .filter_map(|block| {
            block.lines().find_map(|line| {
                let value = line.trim().strip_prefix("version = \"")?;
                Some(value.trim_end_matches('"').to_owned())
            })
        });
    let first = versions.next()?;
    versions.next().is_none().then_some(first)
}

/// The top-level `"version"` of a package.json, found without a JSON parser: npm writes it on its
/// own line near the top.
fn json_version(package_json: &str) -> Option<String> {
    package_json.lines().find_map(|line| {
        let rest = line.trim().strip_prefix("\"version\":")?;
        Some(
            rest.trim()
                .trim_end_matches(',')
                .trim_matches('"')
                .to_owned(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "wasm-bindgen-macro"
version = "0.2.131"

[[package]]
name = "syn"
version = "1.0.109"

[[package]]
name = "syn"
version = "2.0.100"
"#;

    #[test]
    fn finds_the_locked_version_of_exactly_that_package() {
        assert_eq!(
            locked_version(LOCK, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            locked_version(LOCK, "wasm-bindgen-macro").as_deref(),
            Some("0.2.131")
        );
        assert_eq!(locked_version(LOCK, "js-sys"), None);
    }

    #[test]
    fn two_locked_versions_are_ambiguous() {
        assert_eq!(locked_version(LOCK, "syn"), None);
    }

    #[test]
    fn reads_a_package_json_version() {
        let text = "{\n  \"name\": \"playwright-core\",\n  \"version\": \"1.65.1\",\n}";
        assert_eq!(json_version(text).as_deref(), Some("1.65.1"));
    }
}
