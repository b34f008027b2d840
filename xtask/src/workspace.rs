//! Where things are: the repository root, the shared target directory and the tool caches.

use std::path::PathBuf;
use std::process::Command;

use anyhow::{Context, Result};

/// The paths every command needs, resolved once.
pub struct Workspace {
    /// The repository root (the directory holding the workspace Cargo.toml).
    pub root: PathBuf,
    /// `$CARGO_TARGET_DIR`, or `~/.cache/isola/target` so that builds outlive a fresh clone.
    pub target_dir: PathBuf,
    /// `~/.cache/isola`: installed tools (wasm-bindgen-cli, playwright-core) live below it.
    pub cache_dir: PathBuf,
}

impl Workspace {
    pub fn locate() -> Result<Workspace> {
        // xtask is always run by `cargo xtask` from the workspace it serves, and `cargo run`
        // gives it its manifest directory, whose parent is the root of that workspace. The
        // directory compiled in is only a fallback: a target directory shared by two checkouts
        // (a CI clone and this one) can hold a build made in the other.
        let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
        let root = manifest
            .parent()
            .context("xtask's manifest directory has no parent")?
            .to_path_buf();
        let home = std::env::var_os("HOME").context("HOME is not set")?;
        let cache_dir = PathBuf::from(home).join(".cache").join("isola");
        let target_dir = match std::env::var_os("CARGO_TARGET_DIR") {
            Some(dir) if !dir.is_empty() => {
                // Cargo reads a relative CARGO_TARGET_DIR against the current directory; the
                // commands below run from the root, so make it absolute first.
                std::env::current_dir()
                    .context("reading the current directory")?
                    .join(dir)
            }
            _ => cache_dir.join("target"),
        };
        Ok(Workspace {
            root,
            target_dir,
            cache_dir,
        })
    }

    /// A `cargo` command run from the root with the shared target directory.
    pub fn cargo(&self) -> Command {
        let mut command = Command::new("cargo");
        command
            .current_dir(&self.root)
            .env("CARGO_TARGET_DIR", &self.target_dir);
        command
    }

    /// A command run from the root with the shared target directory in its environment.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        command
            .current_dir(&self.root)
            .env("CARGO_TARGET_DIR", &self.target_dir);
        command
    }

    /// The release build of the `isola` command line.
    pub fn isola_binary(&self) -> PathBuf {
        self.target_dir.join("release").join("isola")
    }
}
