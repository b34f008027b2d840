//! The `package` step of `cargo xtask test`: what a release publishes is complete and installs.
//!
//! - One version: the workspace's (the crates and, through maturin, the wheel) and the npm
//!   package's must agree; `versions` reads them. The npm package's license files are the root's.
//! - The crates for crates.io (`isola-runtime`, `isola-guest`, `isola`) are checked to hold the
//!   files their builds need, then package and verify with one `cargo package -p ... -p ... -p
//!   ...`: cargo builds each archive unpacked, on its own, with the workspace crates it depends
//!   on resolving to the archives just made (served from a temporary local registry, as they are
//!   not on crates.io yet). It does so in a target directory of its own, `<target>/package-verify`,
//!   and each run first forgets the builds of the last (`forget_verified_builds` says why).
//! - `isola`'s build script builds the wasm guest from the workspace around it (`../runtime/src`,
//!   `../guest/src`), which an unpacked archive does not have: there it embeds
//!   `isola_guest.wasm` from the archive instead. This step builds that module from the tree
//!   being packaged (the same nested build as `host/build.rs`, through `host/guest_build.rs`, so
//!   it is warm when the host was built here), writes it to `host/isola_guest.wasm` (ignored by
//!   git, named in the crate's `include`), and checks that the archive holds that very module
//!   and fits crates.io's size limit (it is 8.3 MB, 2.2 MiB compressed). The file stays there
//!   for `cargo publish`: run this step just before publishing, so that it matches the sources.
//! - Time, on two cores: the verify builds are debug builds of the three crates from their
//!   archives, the runtime twice (as the package verified, incrementally, and as the dependency
//!   from the local registry, in full). Warm, the step takes 75 to 80 s, nearly all of it
//!   verifying; the first run builds wasmtime and the other dependencies in debug into its
//!   target directory too, about 6.5 minutes.
//! - `cargo package` reads the crates.io index (for each archive's Cargo.lock); nothing else here
//!   needs the network.
//! - The npm package (web/npm, with the wasm and glue the `browser` step built into web/npm/pkg)
//!   packs with `npm pack`, installs from its tarball into an empty project without the network,
//!   and runs a line of Python in Node through `import { create } from 'isola'`.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, ensure, Context, Result};

use crate::process::{run, seconds, stdout_of, timed};
use crate::python::remove_dir;
use crate::Workspace;

// `has_guest_sources` is for host/build.rs only.
#[allow(dead_code)]
mod guest_build {
    include!("../../host/guest_build.rs");
}

/// The crates published to crates.io, in the order they must be published.
const CRATES: [&str; 3] = ["isola-runtime", "isola-guest", "isola"];

/// Files each crate's archive must hold, besides its sources: the build would fail, or the
/// license would be missing, without them.
const REQUIRED: [(&str, &[&str]); 3] = [
    (
        "isola-runtime",
        &[
            "build.rs",
            "cpython_lib.rs",
            "lib/concurrent/__init__.py",
            "src/lib.rs",
            "src/modules/interpreters.py",
        ],
    ),
    ("isola-guest", &["src/lib.rs"]),
    (
        "isola",
        &[
            "build.rs",
            "guest_build.rs",
            GUEST_MODULE,
            "src/lib.rs",
            "src/main.rs",
        ],
    ),
];

/// The prebuilt guest in the `isola` crate, relative to host/ (`PREBUILT` in host/build.rs).
const GUEST_MODULE: &str = "isola_guest.wasm";

/// The target directory of the crates' verify builds, under the shared one: its builds of the
/// workspace's crates are this step's alone, and removed before each run.
const VERIFY_TARGET: &str = "package-verify";

/// The largest crate archive crates.io accepts.
const CRATES_IO_MAX_BYTES: u64 = 10 << 20;

/// What every archive holds.
const COMMON: [&str; 4] = ["Cargo.toml", "README.md", "LICENSE-MIT", "LICENSE-APACHE"];

/// The npm package's wasm and glue, which the `browser` step (`cargo xtask web`) builds.
const NPM_ARTIFACTS: [&str; 2] = ["pkg/isola_web.js", "pkg/isola_web_bg.wasm"];

/// Runs in Node from the project the tarball was installed into.
const NODE_SMOKE: &str = r#"import { create } from 'isola';
let out = '';
const py = await create({ stdout: (text) => { out += text; } });
await py.exec('def add(a, b):\n    return a + b\nprint(6 * 7)');
const sum = await py.call('add', 40, 2);
py.close();
if (out !== '42\n' || sum !== 42) {
  console.error('npm smoke test: got', JSON.stringify(out), sum);
  process.exit(1);
}
console.log('npm smoke test: print and call work from the installed package');
"#;

/// The license texts at the root, which web/npm keeps copies of: `npm pack` skips symbolic links,
/// so the npm package cannot link to them as the crates do.
const LICENSES: [&str; 2] = ["LICENSE-MIT", "LICENSE-APACHE"];

pub fn test(ws: &Workspace) -> Result<()> {
    let version = versions(&ws.root)?;
    println!("version {version}: the crates, the wheel and the npm package agree");
    npm_licenses(&ws.root)?;
    crates(ws, &version)?;
    npm(ws, &version)
}

/// The version the workspace, the npm package and the wheel share, or an error naming the one
/// that differs.
pub fn versions(root: &Path) -> Result<String> {
    let read =
        |rel: &str| fs::read_to_string(root.join(rel)).with_context(|| format!("reading {rel}"));
    let workspace = workspace_version(&read("Cargo.toml")?)?;
    let npm = npm_version(&read("web/npm/package.json")?)?;
    ensure!(
        npm == workspace,
        "web/npm/package.json has version {npm}, the workspace (Cargo.toml) {workspace}"
    );
    // maturin takes the wheel's version from the crate, which takes the workspace's, unless
    // pyproject.toml names one of its own.
    let pyproject = read("py/pyproject.toml")?;
    match toml_string(&pyproject, "project", "version") {
        Some(wheel) => ensure!(
            wheel == workspace,
            "py/pyproject.toml has version {wheel}, the workspace (Cargo.toml) {workspace}"
        ),
        None => ensure!(
            pyproject.contains("dynamic = [\"version\"]"),
            "py/pyproject.toml names no version and does not take it from the crate"
        ),
    }
    let py_crate = read("py/Cargo.toml")?;
    ensure!(
        py_crate.contains("version.workspace = true"),
        "py/Cargo.toml does not take the workspace's version"
    );
    Ok(workspace)
}

/// An error unless web/npm's copies of the license texts are the root's.
pub fn npm_licenses(root: &Path) -> Result<()> {
    for name in LICENSES {
        let read =
            |path: PathBuf| fs::read(&path).with_context(|| format!("reading {}", path.display()));
        let original = read(root.join(name))?;
        let copy = read(root.join("web").join("npm").join(name))?;
        ensure!(
            original == copy,
            "web/npm/{name} differs from {name}: copy the root's over it"
        );
    }
    Ok(())
}

fn workspace_version(cargo_toml: &str) -> Result<String> {
    toml_string(cargo_toml, "workspace.package", "version")
        .context("Cargo.toml has no [workspace.package] version")
}

fn npm_version(package_json: &str) -> Result<String> {
    // The first `"version": "..."` is the package's own: package.json has no dependencies.
    let rest = package_json
        .split_once("\"version\"")
        .context("package.json has no version")?
        .1;
    let value = rest
        .trim_start()
        .strip_prefix(':')
        .and_then(|rest| rest.trim_start().strip_prefix('"'))
        .and_then(|rest| rest.split_once('"'))
        .context("package.json's version is not a string")?
        .0;
    Ok(value.to_owned())
}

/// The string value of `key` in `[table]` of a TOML file, read line by line (enough for the
/// files here, which keep such values on one line).
fn toml_string(text: &str, table: &str, key: &str) -> Option<String> {
    let mut in_table = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_table = line == format!("[{table}]");
            continue;
        }
        if !in_table {
            continue;
        }
        let Some((name, value)) = line.split_once('=') else {
            continue;
        };
        if name.trim() == key {
            let value = value.trim().strip_prefix('"')?.split_once('"')?.0;
            return Some(value.to_owned());
        }
    }
    None
}

fn crates(ws: &Workspace, version: &str) -> Result<()> {
    let guest = stage_guest(ws)?;
    // The listing first: it takes a second, the verify minutes.
    for (name, required) in REQUIRED {
        let listing =
            stdout_of(
                ws.cargo()
                    .args(["package", "--list", "--allow-dirty", "-p", name]),
            )?;
        let files: Vec<&str> = listing.lines().collect();
        for file in COMMON.iter().chain(required) {
            ensure!(
                files.contains(file),
                "the {name} crate's archive lacks {file} (see its `include` in Cargo.toml)"
            );
        }
        println!(
            "{name}: {} files, the required ones among them",
            files.len()
        );
    }
    let target_dir = ws.target_dir.join(VERIFY_TARGET);
    forget_verified_builds(&target_dir, version)?;
    let mut command = ws.cargo();
    command
        .args(["package", "--allow-dirty", "--target-dir"])
        .arg(&target_dir);
    for name in CRATES {
        command.args(["-p", name]);
    }
    let (packaged, elapsed) = timed(|| run(&mut command));
    packaged?;
    println!(
        "the crates packaged and built from their archives in {}",
        seconds(elapsed)
    );
    // The verify unpacked each archive beside it.
    let package = target_dir.join("package");
    let packed = package.join(format!("isola-{version}")).join(GUEST_MODULE);
    ensure!(
        fs::read(&packed).with_context(|| format!("reading {}", packed.display()))? == guest,
        "{} is not the guest built from this tree",
        packed.display()
    );
    let archive = package.join(format!("isola-{version}.crate"));
    let size = fs::metadata(&archive)
        .with_context(|| format!("reading {}", archive.display()))?
        .len();
    ensure!(
        size <= CRATES_IO_MAX_BYTES,
        "{} is {size} bytes, over crates.io's limit of {CRATES_IO_MAX_BYTES}",
        archive.display()
    );
    println!(
        "isola: the archive ({:.1} MiB) holds the guest built from this tree",
        size as f64 / f64::from(1 << 20)
    );
    Ok(())
}

/// Forget what earlier runs of this step built from the crates' archives, so that this run
/// builds them afresh.
///
/// Cargo verifies a crate that depends on another crate being packaged against the other's
/// archive, served from a temporary local registry (`<target>/package/tmp-registry`), and treats
/// what comes from it as it treats any registry crate: as immutable once unpacked and built. Run
/// after run, with the same version, it would keep the copy it unpacked the first time (under
/// `$CARGO_HOME/registry/src/-<hash>/`) and its build of that copy, whatever the sources became
/// since. So remove both: the unpacked copies of the workspace's crates from cargo's local
/// registries (cargo unpacks them again when needed), and every build of them in this step's own
/// target directory (only this step builds there).
fn forget_verified_builds(target_dir: &Path, version: &str) -> Result<()> {
    let cargo_home = match std::env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home),
        None => PathBuf::from(std::env::var_os("HOME").context("HOME is not set")?).join(".cargo"),
    };
    // A local registry's sources are unpacked into a directory named `-<hash>`; crates.io's
    // into `index.crates.io-<hash>`, which is left alone.
    for registry in entries(&cargo_home.join("registry").join("src"))? {
        if registry
            .file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with('-'))
        {
            for name in CRATES {
                remove_dir(&registry.join(format!("{name}-{version}")))?;
            }
        }
    }
    let fingerprints = target_dir.join("debug").join(".fingerprint");
    for unit in entries(&fingerprints)? {
        if unit
            .file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with("isola-"))
        {
            remove_dir(&unit)?;
        }
    }
    Ok(())
}

/// The entries of `dir`; none when it does not exist.
fn entries(dir: &Path) -> Result<Vec<PathBuf>> {
    match fs::read_dir(dir) {
        Ok(read) => Ok(read
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .collect()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(error) => Err(error).with_context(|| format!("reading {}", dir.display())),
    }
}

/// Builds the guest from this tree, as host/build.rs does, and writes it to
/// host/isola_guest.wasm for the `isola` crate's archive; returns the module.
fn stage_guest(ws: &Workspace) -> Result<Vec<u8>> {
    let target_dir = guest_build::guest_target_dir(&ws.target_dir, &ws.root);
    println!(
        "building the guest for the isola crate's archive (in {})",
        target_dir.display()
    );
    let built = guest_build::build_guest(&ws.root, &target_dir).map_err(anyhow::Error::msg)?;
    let module = fs::read(&built).with_context(|| format!("reading {}", built.display()))?;
    let staged = ws.root.join("host").join(GUEST_MODULE);
    fs::write(&staged, &module).with_context(|| format!("writing {}", staged.display()))?;
    Ok(module)
}

fn npm(ws: &Workspace, version: &str) -> Result<()> {
    let package = ws.root.join("web").join("npm");
    for artifact in NPM_ARTIFACTS {
        if !package.join(artifact).exists() {
            bail!(
                "web/npm/{artifact} is missing: the `browser` step (or `cargo xtask web`) builds it"
            );
        }
    }
    let work = ws.target_dir.join("npm-package");
    if work.exists() {
        fs::remove_dir_all(&work).with_context(|| format!("removing {}", work.display()))?;
    }
    let project = work.join("project");
    fs::create_dir_all(&project).with_context(|| format!("creating {}", project.display()))?;
    run(ws
        .command("npm")
        .current_dir(&package)
        .args(["pack", "--silent", "--pack-destination"])
        .arg(&work))?;
    let tarball = work.join(format!("isola-{version}.tgz"));
    ensure!(tarball.exists(), "npm pack made no {}", tarball.display());
    fs::write(
        project.join("package.json"),
        "{ \"name\": \"isola-package-smoke\", \"private\": true }\n",
    )?;
    // The package has no dependencies: installing it needs no registry at all.
    run(ws
        .command("npm")
        .current_dir(&project)
        .args([
            "install",
            "--offline",
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
        ])
        .arg(&tarball))?;
    // A file, not `node -e`: the package's workers inherit Node's options, and `--input-type`
    // is refused in a worker.
    let smoke: PathBuf = project.join("smoke.mjs");
    fs::write(&smoke, NODE_SMOKE)?;
    run(ws.command("node").current_dir(&project).arg(&smoke))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .to_path_buf()
    }

    #[test]
    fn crates_npm_package_and_wheel_share_one_version() {
        let version = versions(&root()).unwrap();
        assert!(!version.is_empty());
    }

    #[test]
    fn the_npm_package_carries_the_root_licenses() {
        npm_licenses(&root()).unwrap();
    }

    #[test]
    fn versions_are_read_from_each_format() {
        let cargo = "[workspace]\nmembers = []\n\n[workspace.package]\nversion = \"1.2.3\"\n";
        assert_eq!(workspace_version(cargo).unwrap(), "1.2.3");
        let json = "{\n  \"name\": \"isola\",\n  \"version\": \"1.2.4\",\n}";
        assert_eq!(npm_version(json).unwrap(), "1.2.4");
        let pyproject =
            "[project]\nname = \"isola\"\nversion = \"1.2.5\"\n[tool.x]\nversion = \"9\"\n";
        assert_eq!(
            toml_string(pyproject, "project", "version").unwrap(),
            "1.2.5"
        );
        assert_eq!(
            toml_string("[tool.x]\nversion = \"9\"\n", "project", "version"),
            None
        );
    }

    #[test]
    fn the_guest_module_is_packaged_but_not_committed() {
        let read = |rel: &str| fs::read_to_string(root().join(rel)).unwrap();
        let include = format!("\"/{GUEST_MODULE}\"");
        assert!(read("host/Cargo.toml").contains(&include));
        let ignored = format!("/host/{GUEST_MODULE}");
        assert!(read(".gitignore").lines().any(|line| line == ignored));
    }

    #[test]
    fn every_published_crate_has_its_required_files_listed() {
        let listed: Vec<&str> = REQUIRED.iter().map(|(name, _)| *name).collect();
        assert_eq!(listed, CRATES);
    }
}
