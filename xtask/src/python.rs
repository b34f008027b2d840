//! The `python` step of `cargo xtask test`: build the `isola` wheel (py/) with maturin, install
//! it with pytest and mypy (whose stubtest checks the stubs) into a fresh venv, and run py/tests.
//!
//! The wheel carries its license files (`license-files` in py/pyproject.toml), one of which is a
//! copy: `py/LICENSE-CPYTHON`, the license of the CPython library that the runtime embeds. This
//! step first checks that it is still the `LICENSE.txt` of the pinned package the library comes
//! from (`runtime/cpython_lib.rs`); py/tests/test_metadata.py checks what the installed
//! distribution lists and holds.
//!
//! maturin is installed from PyPI into its own venv under the cache when missing or at another
//! version; the wheel builds in the shared target directory, so that a warm run recompiles only
//! what changed. Everything needs only `python3` with its `venv` module (Debian's `python3-venv`,
//! installed when missing and running as root).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, ensure, Context, Result};

use crate::process::{run, stdout_of};
use crate::{cpython_lib, debian, tools, Workspace};

/// The maturin release that builds the wheel (pyproject.toml's build-system pins the same).
pub const MATURIN_VERSION: &str = "1.16.0";

/// The pytest release the tests were written against.
pub const PYTEST_VERSION: &str = "9.2.0";

/// The mypy release whose stubtest checks the stubs (py/tests/test_stubs.py).
pub const MYPY_VERSION: &str = "2.4.1";

/// The Python that builds the wheel and runs the tests.
const PYTHON: &str = "python3";

/// Where CPython's license lies in the pinned packages of its library.
const CPYTHON_LICENSE_PATH: &str = "usr/lib/python3.11/LICENSE.txt";

pub fn test(ws: &Workspace) -> Result<()> {
    check_cpython_license(ws)?;
    ensure_venv_module()?;
    let maturin = maturin(ws)?;
    let work = ws.target_dir.join("python");
    let wheels = work.join("wheels");
    remove_dir(&wheels)?;
    // `--release` shares the dependency builds with the test and clippy steps; maturin sets
    // PYO3_BUILD_EXTENSION_MODULE so that the module does not link libpython.
    run(ws
        .command(&maturin)
        .args(["build", "--release", "--manifest-path", "py/Cargo.toml"])
        .args(["--interpreter", PYTHON, "--compatibility", "linux", "--out"])
        .arg(&wheels))?;
    let wheel = only_wheel(&wheels)?;

    let venv = work.join("venv");
    remove_dir(&venv)?;
    run(Command::new(PYTHON).args(["-m", "venv"]).arg(&venv))?;
    let python = venv.join("bin").join("python");
    run(Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .arg(&wheel)
        .arg(format!("pytest=={PYTEST_VERSION}"))
        .arg(format!("mypy=={MYPY_VERSION}")))?;
    // From py/tests, so that `import isola` finds the installed wheel and not py/python.
    run(Command::new(&python)
        .current_dir(ws.root.join("py").join("tests"))
        .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "."]))
}

/// Returns the `maturin` binary at `MATURIN_VERSION`, installing it from PyPI into a venv under
/// the cache when missing or at another version.
pub fn maturin(ws: &Workspace) -> Result<PathBuf> {
    let venv = ws.cache_dir.join("tools").join("maturin");
    let binary = venv.join("bin").join("maturin");
    if binary.exists() {
        let installed = stdout_of(Command::new(&binary).arg("--version")).unwrap_or_default();
        if installed.split_whitespace().nth(1) == Some(MATURIN_VERSION) {
            println!(
                "maturin {MATURIN_VERSION} is installed at {}",
                binary.display()
            );
            return Ok(binary);
        }
        println!(
            "{} reports {:?}; installing {MATURIN_VERSION}",
            binary.display(),
            installed.trim()
        );
    }
    remove_dir(&venv)?;
    run(Command::new(PYTHON).args(["-m", "venv"]).arg(&venv))?;
    run(Command::new(venv.join("bin").join("pip"))
        .args(["install", "--quiet", "--disable-pip-version-check"])
        .arg(format!("maturin=={MATURIN_VERSION}")))?;
    Ok(binary)
}

/// An error unless py/LICENSE-CPYTHON is the `LICENSE.txt` that the pinned Debian packages of
/// CPython's library hold (fetched into the cache the runtime's build uses, SHA-256 checked).
fn check_cpython_license(ws: &Workspace) -> Result<()> {
    let cache = ws.cache_dir.join("cpython-lib").join(cpython_lib::VERSION);
    let mut license = None;
    for &(file, sha256, sha1) in cpython_lib::DEBS {
        let deb = debian::fetch(&cache, cpython_lib::MIRRORS, file, sha256, sha1)
            .map_err(anyhow::Error::msg)?;
        debian::unpack(&deb, file, |path, data| {
            if path == CPYTHON_LICENSE_PATH {
                license = Some(data);
            }
        })
        .map_err(anyhow::Error::msg)?;
    }
    let license = license.with_context(|| {
        format!(
            "no package of CPython {} holds {CPYTHON_LICENSE_PATH}",
            cpython_lib::VERSION
        )
    })?;
    let copy = ws.root.join("py").join("LICENSE-CPYTHON");
    let copied = fs::read(&copy).with_context(|| format!("reading {}", copy.display()))?;
    ensure!(
        copied == license,
        "py/LICENSE-CPYTHON is not the {CPYTHON_LICENSE_PATH} of CPython {}: copy that file \
         over it",
        cpython_lib::VERSION
    );
    println!(
        "py/LICENSE-CPYTHON is the license of CPython {}",
        cpython_lib::VERSION
    );
    Ok(())
}

/// `python3 -m venv` needs ensurepip, which Debian ships apart (python3-venv).
fn ensure_venv_module() -> Result<()> {
    let probe = Command::new(PYTHON)
        .args(["-c", "import ensurepip, venv"])
        .output()
        .with_context(|| format!("could not start `{PYTHON}`"))?;
    if probe.status.success() {
        return Ok(());
    }
    tools::apt_install("python3-venv")
}

fn only_wheel(dir: &Path) -> Result<PathBuf> {
    let wheels: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "whl"))
        .collect();
    match wheels.as_slice() {
        [wheel] => Ok(wheel.clone()),
        _ => bail!("expected one wheel in {}, found {wheels:?}", dir.display()),
    }
}

/// Removes `dir` and everything in it; nothing to do when it does not exist.
pub(crate) fn remove_dir(dir: &Path) -> Result<()> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(error).with_context(|| format!("removing {}", dir.display())),
    }
}
