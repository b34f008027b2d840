// Building the wasm guest (`isola-guest` for wasm32-unknown-unknown) with a nested cargo: shared
// by the host's build script (which embeds the module) and the `package` step of `cargo xtask
// test` (which puts the module into the `isola` crate's archive, for builds that have no
// workspace to build it from), each of which includes this file, so that both build it with the
// same settings.
//
// The nested build has its own target directory (`<target>/guest-build-<checkout>`, one per
// checkout): sharing the outer one would deadlock on cargo's build lock. It gets its own profile
// settings through environment variables (LTO, one codegen unit, `panic = "abort"`, which
// wasm32-unknown-unknown requires), and an 8 MiB wasm stack, since the runtime's parser and
// compiler recurse up to ~1000 levels.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

pub const GUEST_TARGET: &str = "wasm32-unknown-unknown";
const GUEST_STACK_BYTES: u32 = 8 << 20;

/// Whether `root` is a workspace holding the guest's sources (the runtime's and the guest
/// crate's), which a crate unpacked from its archive does not have around it.
pub fn has_guest_sources(root: &Path) -> bool {
    root.join("runtime/src/lib.rs").is_file() && root.join("guest/src/lib.rs").is_file()
}

/// The nested build's target directory for the checkout at `root`, under the outer `target_dir`.
/// One per checkout: two checkouts sharing the outer target directory (git worktrees) would
/// otherwise overwrite each other's `isola_guest.wasm`, which cargo copies out again only when it
/// rebuilds.
pub fn guest_target_dir(target_dir: &Path, root: &Path) -> PathBuf {
    let checkout: String = Sha256::digest(root.to_string_lossy().as_bytes())[..4]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    target_dir.join(format!("guest-build-{checkout}"))
}

/// Run the nested cargo build of the workspace at `root` into `target_dir` and return the path
/// of the built module.
pub fn build_guest(root: &Path, target_dir: &Path) -> Result<PathBuf, String> {
    ensure_wasm_target()?;
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
        .arg(target_dir);
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
        return Err(format!(
            "building isola-guest for {GUEST_TARGET} failed ({status})"
        ));
    }
    Ok(target_dir
        .join(GUEST_TARGET)
        .join("release")
        .join("isola_guest.wasm"))
}

/// Remove the outer build's settings that would leak into the nested one (its target dir, its
/// rustflags, its profile, clippy's wrapper and lint flags, the variables cargo sets for build
/// scripts and `cargo run`). The jobserver (`CARGO_MAKEFLAGS`), the cargo home and network
/// settings stay.
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

/// Install the wasm32 target with rustup when the toolchain lacks it.
fn ensure_wasm_target() -> Result<(), String> {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(&rustc)
        .args(["--print", "sysroot"])
        .output()
        .map_err(|e| format!("running rustc: {e}"))?;
    let sysroot = String::from_utf8(output.stdout).map_err(|e| e.to_string())?;
    if Path::new(sysroot.trim())
        .join("lib/rustlib")
        .join(GUEST_TARGET)
        .is_dir()
    {
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
        return Err(format!(
            "`rustup target add {GUEST_TARGET}` failed ({status})"
        ));
    }
    Ok(())
}
