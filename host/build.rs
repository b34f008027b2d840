//! Builds the wasm guest (`isola-guest` for wasm32-unknown-unknown) with a nested cargo, so that
//! `src/wasm.rs` can embed it with `include_bytes!`.
//!
//! The nested build has its own target directory (`<target>/guest-build-<checkout>`, one per
//! checkout): sharing the outer one would deadlock on cargo's build lock. It gets its own profile settings through environment
//! variables (LTO, one codegen unit, `panic = "abort"`, which wasm32-unknown-unknown requires), and
//! an 8 MiB wasm stack, since the runtime's parser and compiler recurse up to ~1000 levels.
//! Setting `ISOLA_GUEST_WASM=path/to/isola_guest.wasm` skips the nested build and embeds that file.

use std::env;
use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

const GUEST_TARGET: &str = "wasm32-unknown-unknown";
const GUEST_STACK_BYTES: u32 = 8 << 20;

fn main() -> Result<(), Box<dyn Error>> {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    let root = manifest_dir
        .parent()
        .ok_or("host/ has no parent directory")?
        .to_path_buf();
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);

    println!("cargo:rerun-if-env-changed=ISOLA_GUEST_WASM");
    // Every file is named, not only the directories: cargo compares a directory's own mtime,
    // which an edit to a file inside it does not change.
    let mut watched = vec![
        root.join("runtime/Cargo.toml"),
        root.join("guest/Cargo.toml"),
        root.join("Cargo.toml"),
    ];
    for dir in ["runtime/src", "runtime/lib", "guest/src"] {
        collect_files(&root.join(dir), &mut watched)?;
    }
    for path in watched {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    println!(
        "cargo:rerun-if-changed={}",
        root.join("Cargo.lock").display()
    );

    let wasm = match env::var_os("ISOLA_GUEST_WASM") {
        Some(path) => PathBuf::from(path),
        None => build_guest(&root, &out_dir)?,
    };
    let bytes = fs::read(&wasm).map_err(|e| format!("reading {}: {e}", wasm.display()))?;
    fs::write(out_dir.join("isola_guest.wasm"), &bytes)?;
    let digest = Sha256::digest(&bytes);
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    println!("cargo:rustc-env=ISOLA_GUEST_SHA256={hex}");
    Ok(())
}

/// Every file under `dir`, recursively, and the directories themselves (for added files).
fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Box<dyn Error>> {
    out.push(dir.to_path_buf());
    for entry in fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Run the nested cargo build and return the path of the built module.
fn build_guest(root: &Path, out_dir: &Path) -> Result<PathBuf, Box<dyn Error>> {
    ensure_wasm_target()?;
    // One nested target directory per checkout: two checkouts sharing the outer target
    // directory (git worktrees) would otherwise overwrite each other's `isola_guest.wasm`,
    // which cargo copies out again only when it rebuilds.
    let checkout: String = Sha256::digest(root.to_string_lossy().as_bytes())[..4]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    let target_dir = outer_target_dir(out_dir).join(format!("guest-build-{checkout}"));
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(root)
        .args([
            "build",
            "--release",
            "-p",
            "isola-guest",
            "--target",
            GUEST_TARGET,
        ])
        .arg("--target-dir")
        .arg(&target_dir);
    scrub_outer_env(&mut command);
    command
        .env(
            "RUSTFLAGS",
            format!("-C link-arg=-zstack-size={GUEST_STACK_BYTES}"),
        )
        .env("CARGO_PROFILE_RELEASE_PANIC", "abort")
        .env("CARGO_PROFILE_RELEASE_LTO", "fat")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "1")
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "3")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        // Keep the name section: wasmtime uses it for the backtrace of a guest trap.
        .env("CARGO_PROFILE_RELEASE_STRIP", "debuginfo");
    let status = command
        .status()
        .map_err(|e| format!("running the nested cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building isola-guest for {GUEST_TARGET} failed ({status})").into());
    }
    Ok(target_dir
        .join(GUEST_TARGET)
        .join("release")
        .join("isola_guest.wasm"))
}

/// Remove the outer build's settings that would leak into the nested one (its target dir, its
/// rustflags, its profile, clippy's wrapper and lint flags, the variables cargo sets for build
/// scripts). The
/// jobserver (`CARGO_MAKEFLAGS`), the cargo home and network settings stay.
fn scrub_outer_env(command: &mut Command) {
    const KEEP: [&str; 6] = [
        "CARGO_HOME",
        "CARGO_MAKEFLAGS",
        "CARGO_NET_",
        "CARGO_HTTP_",
        "CARGO_REGISTRIES_",
        "CARGO_TERM_",
    ];
    for (key, _) in env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        let outer_cargo =
            key.starts_with("CARGO_") && !KEEP.iter().any(|keep| key.starts_with(keep));
        let outer_rustc = matches!(
            key,
            "RUSTFLAGS"
                | "RUSTDOCFLAGS"
                | "RUSTC_WORKSPACE_WRAPPER"
                | "TARGET"
                | "HOST"
                | "OUT_DIR"
        );
        // `cargo clippy` lints through wrappers and CLIPPY_ARGS; the guest build only compiles.
        let clippy = key.starts_with("CLIPPY_")
            || (key == "RUSTC_WRAPPER"
                && env::var_os(key).is_some_and(|v| v.to_string_lossy().contains("clippy")));
        if outer_cargo || outer_rustc || clippy {
            command.env_remove(key);
        }
    }
}

/// The outer target directory: the ancestor of OUT_DIR that cargo marked with CACHEDIR.TAG.
fn outer_target_dir(out_dir: &Path) -> PathBuf {
    out_dir
        .ancestors()
        .find(|dir| dir.join("CACHEDIR.TAG").is_file())
        .unwrap_or(out_dir)
        .to_path_buf()
}

/// Install the wasm32 target with rustup when the toolchain lacks it.
fn ensure_wasm_target() -> Result<(), Box<dyn Error>> {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(&rustc).args(["--print", "sysroot"]).output()?;
    let sysroot = PathBuf::from(String::from_utf8(output.stdout)?.trim());
    if sysroot.join("lib/rustlib").join(GUEST_TARGET).is_dir() {
        return Ok(());
    }
    let mut rustup = Command::new("rustup");
    rustup.args(["target", "add", GUEST_TARGET]);
    if let Ok(toolchain) = env::var("RUSTUP_TOOLCHAIN") {
        rustup.args(["--toolchain", &toolchain]);
    }
    let status = rustup.status().map_err(|e| {
        format!("the {GUEST_TARGET} target is missing and rustup could not run ({e}): install it")
    })?;
    if !status.success() {
        return Err(format!("`rustup target add {GUEST_TARGET}` failed ({status})").into());
    }
    Ok(())
}
