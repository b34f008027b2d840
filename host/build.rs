//! Finds the wasm guest (`isola-guest` for wasm32-unknown-unknown) and copies it into `OUT_DIR`,
//! where `src/wasm.rs` embeds it with `include_bytes!`. The module comes from, in order:
//!
//! 1. `ISOLA_GUEST_WASM=path/to/isola_guest.wasm`, when set;
//! 2. the workspace around the crate, when its sources are there (`../runtime/src`,
//!    `../guest/src`): a nested cargo builds the guest from them (`guest_build.rs` says how);
//! 3. `isola_guest.wasm` beside this script: the module the `package` step of `cargo xtask test`
//!    built from the same sources and put into the crate's archive, for a build of the crate
//!    unpacked from crates.io (or by `cargo package`'s verify), which has no workspace around
//!    it. The file is not in git.

use std::env;
use std::error::Error;
use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

mod guest_build {
    include!("guest_build.rs");
}
use guest_build::{build_guest, guest_target_dir, has_guest_sources};

/// The prebuilt module in a packaged crate, relative to the manifest directory.
const PREBUILT: &str = "isola_guest.wasm";

fn main() -> Result<(), Box<dyn Error>> {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    let root = manifest_dir
        .parent()
        .ok_or("host/ has no parent directory")?
        .to_path_buf();
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);

    println!("cargo:rerun-if-env-changed=ISOLA_GUEST_WASM");
    let wasm = if let Some(path) = env::var_os("ISOLA_GUEST_WASM") {
        let path = PathBuf::from(path);
        println!("cargo:rerun-if-changed={}", path.display());
        path
    } else if has_guest_sources(&root) {
        watch_guest_sources(&root)?;
        build_guest(&root, &guest_target_dir(&outer_target_dir(&out_dir), &root))?
    } else {
        let prebuilt = manifest_dir.join(PREBUILT);
        println!("cargo:rerun-if-changed={}", prebuilt.display());
        if !prebuilt.is_file() {
            return Err(format!(
                "neither the workspace's guest sources ({}) nor the prebuilt {PREBUILT} are \
                 here: build in the isola workspace, or set ISOLA_GUEST_WASM to a built \
                 isola_guest.wasm",
                root.join("runtime/src").display()
            )
            .into());
        }
        prebuilt
    };
    let bytes = fs::read(&wasm).map_err(|e| format!("reading {}: {e}", wasm.display()))?;
    fs::write(out_dir.join("isola_guest.wasm"), &bytes)?;
    let digest = Sha256::digest(&bytes);
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    println!("cargo:rustc-env=ISOLA_GUEST_SHA256={hex}");
    Ok(())
}

/// Rebuild when any of the guest's sources changes. Every file is named, not only the
/// directories: cargo compares a directory's own mtime, which an edit to a file inside it does
/// not change.
fn watch_guest_sources(root: &Path) -> Result<(), Box<dyn Error>> {
    let mut watched = vec![
        root.join("runtime/Cargo.toml"),
        root.join("guest/Cargo.toml"),
        root.join("Cargo.toml"),
        root.join("Cargo.lock"),
    ];
    for dir in ["runtime/src", "runtime/lib", "guest/src"] {
        collect_files(&root.join(dir), &mut watched)?;
    }
    for path in watched {
        println!("cargo:rerun-if-changed={}", path.display());
    }
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

/// The outer target directory: the ancestor of OUT_DIR that cargo marked with CACHEDIR.TAG.
fn outer_target_dir(out_dir: &Path) -> PathBuf {
    out_dir
        .ancestors()
        .find(|dir| dir.join("CACHEDIR.TAG").is_file())
        .unwrap_or(out_dir)
        .to_path_buf()
}
