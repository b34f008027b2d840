//! Builds the table of the standard library modules written in Python: isola's own files under
//! `lib/` and the modules of CPython's library listed in `cpython_lib.rs`, taken from Debian's
//! pinned packages. A package is fetched once into a cache outside the clone
//! (`$ISOLA_CPYTHON_CACHE`, else `$XDG_CACHE_HOME` or `~/.cache`, `isola/cpython-lib/<version>/`)
//! and its SHA-256 is checked before every use; its files are unpacked into `OUT_DIR`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[allow(dead_code)]
mod cpython_lib {
    include!("cpython_lib.rs");
}
mod debian {
    include!("debian.rs");
}
use cpython_lib::{DEBS, MIRRORS, MODULES, PATCHES, VERSION};
use debian::{fetch, unpack};

/// Where a package's library lies inside it.
const LIB_PREFIX: &str = "usr/lib/python3.11/";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=cpython_lib.rs");
    println!("cargo:rerun-if-changed=lib");
    println!("cargo:rerun-if-env-changed=ISOLA_CPYTHON_CACHE");
    let manifest =
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    if let Err(e) = run(&manifest.join("lib"), &out) {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

/// A `.py` file of CPython's library proper (not its tests, IDLE, Tk or 2to3): every one is
/// written out for the test that checks isola's own Python files are no copies of any of them.
fn library_source(rel: &str) -> bool {
    const LEFT_OUT: &[&str] = &[
        "test",
        "tests",
        "idlelib",
        "lib2to3",
        "tkinter",
        "turtledemo",
        "ensurepip",
        "site-packages",
        "dist-packages",
    ];
    rel.ends_with(".py") && !rel.split('/').any(|part| LEFT_OUT.contains(&part))
}

fn run(lib: &Path, out: &Path) -> Result<(), String> {
    // isola's own modules: every .py file under lib/, as (module name, path, is a package).
    let mut own = Vec::new();
    walk(lib, lib, &mut own)?;

    // What to take from CPython: the embedded modules, the license, and the rest of its
    // library's sources (unpatched, for the test that checks isola's own are not copies).
    let mut wanted: BTreeSet<String> = BTreeSet::new();
    for m in MODULES {
        let base = m.replace('.', "/");
        wanted.insert(format!("{base}.py"));
        wanted.insert(format!("{base}/__init__.py"));
    }
    for (_, rel, _) in &own {
        // As `namesakes` in src/modules/stdlib_tests.rs.
        let (dir, file) = rel.rsplit_once('/').unwrap_or(("", rel));
        let sep = if dir.is_empty() { "" } else { "/" };
        wanted.insert(rel.clone());
        wanted.insert(match rel.strip_suffix("/__init__.py") {
            Some(pkg) => format!("{pkg}.py"),
            None => format!("{}/__init__.py", rel.trim_end_matches(".py")),
        });
        wanted.insert(format!("{dir}{sep}_py{file}"));
    }
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut license = None;
    let mut copyright = None;
    let cache = cache_dir(out);
    for &(file, sha256, sha1) in DEBS {
        let deb = fetch(&cache, MIRRORS, file, sha256, sha1).map_err(|e| {
            format!(
                "{e}; or pin a version `apt-cache madison libpython3.11-stdlib` lists in \
                 runtime/cpython_lib.rs"
            )
        })?;
        unpack(&deb, file, |path, data| {
            if let Some(rel) = path.strip_prefix(LIB_PREFIX) {
                if rel == "LICENSE.txt" {
                    license = Some(data);
                } else if wanted.contains(rel) || library_source(rel) {
                    files.insert(rel.to_owned(), data);
                }
            } else if path.starts_with("usr/share/doc/libpython3.11-minimal/copyright") {
                copyright = Some(data);
            }
        })?;
    }

    let cpython = out.join("cpython");
    for (rel, data) in &files {
        write(&cpython.join(rel), data)?;
    }
    let license = license.ok_or("the package holds no LICENSE.txt")?;
    let copyright = copyright.ok_or("the package holds no copyright file")?;
    let mut notice = String::from_utf8(license).map_err(|e| e.to_string())?;
    notice.push_str(
        "\n\nDebian's copyright file for the packages (libpython3.11-minimal and -stdlib ",
    );
    notice.push_str(VERSION);
    notice.push_str("):\n\n");
    notice.push_str(&String::from_utf8(copyright).map_err(|e| e.to_string())?);
    write(&out.join("CPYTHON_LICENSE.txt"), notice.as_bytes())?;

    // The embedded modules, patched.
    let own_names: BTreeSet<&str> = own.iter().map(|(n, _, _)| n.as_str()).collect();
    // Each row names its file relative to an environment variable of the compilation, not by
    // an absolute path: a target directory shared by two checkouts (a CI clone, a worktree)
    // reuses this script's output, and an absolute path would point into the other checkout.
    let mut rows: Vec<(String, String, bool)> = own
        .iter()
        .map(|(n, rel, pkg)| {
            (
                n.clone(),
                format!("env!(\"CARGO_MANIFEST_DIR\"), \"/lib/{rel}\""),
                *pkg,
            )
        })
        .collect();
    let embed = out.join("embed");
    for &m in MODULES {
        if own_names.contains(m) {
            return Err(format!(
                "{m} is both in runtime/lib and in cpython_lib.rs's MODULES: remove one"
            ));
        }
        let base = m.replace('.', "/");
        let (rel, pkg) = if files.contains_key(&format!("{base}.py")) {
            (format!("{base}.py"), false)
        } else if files.contains_key(&format!("{base}/__init__.py")) {
            (format!("{base}/__init__.py"), true)
        } else {
            return Err(format!("CPython's library has no module {m}"));
        };
        let mut text = String::from_utf8(files[&rel].clone()).map_err(|e| format!("{rel}: {e}"))?;
        for &(pm, old, new, _) in PATCHES {
            if pm != m {
                continue;
            }
            match text.matches(old).count() {
                1 => text = text.replacen(old, new, 1),
                n => {
                    return Err(format!(
                    "a patch of {m} in cpython_lib.rs finds its text {n} times, not once: {old:?}"
                ))
                }
            }
        }
        write(&embed.join(&rel), text.as_bytes())?;
        rows.push((
            m.to_owned(),
            format!("env!(\"OUT_DIR\"), \"/embed/{rel}\""),
            pkg,
        ));
    }
    for &(pm, ..) in PATCHES {
        if !MODULES.contains(&pm) {
            return Err(format!(
                "cpython_lib.rs patches {pm}, which is not in MODULES"
            ));
        }
    }
    rows.sort();

    let mut table = String::from(
        "/// Module name, source, is a package; sorted by name. Generated by `runtime/build.rs`.\n\
         const SOURCES: &[(&str, &str, bool)] = &[\n",
    );
    for (name, path, pkg) in &rows {
        table.push_str(&format!(
            "    ({name:?}, include_str!(concat!({path})), {pkg}),\n"
        ));
    }
    table.push_str("];\n");
    write(&out.join("stdlib_table.rs"), table.as_bytes())
}

/// Collects the `.py` files under `dir` as (module name, path relative to `root`, is a package).
fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, String, bool)>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for e in entries {
        let path = e.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            walk(root, &path, out)?;
        } else if path.extension().is_some_and(|x| x == "py") {
            let rel = path.strip_prefix(root).map_err(|e| e.to_string())?;
            let rel = rel
                .to_str()
                .ok_or("a path that is not UTF-8")?
                .replace('\\', "/");
            let stem = rel.trim_end_matches(".py");
            let (name, pkg) = match stem.strip_suffix("/__init__") {
                Some(p) => (p, true),
                None => (stem, false),
            };
            out.push((name.replace('/', "."), rel.clone(), pkg));
        }
    }
    Ok(())
}

fn write(path: &Path, data: &[u8]) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    // Leave an unchanged file alone, so that rustc sees nothing new.
    if std::fs::read(path).is_ok_and(|old| old == data) {
        return Ok(());
    }
    std::fs::write(path, data).map_err(|e| format!("{}: {e}", path.display()))
}

fn cache_dir(out: &Path) -> PathBuf {
    if let Some(dir) = std::env::var_os("ISOLA_CPYTHON_CACHE") {
        return PathBuf::from(dir);
    }
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from));
    match base {
        Some(base) => base.join("isola").join("cpython-lib").join(VERSION),
        None => out.join("cpython-debs"),
    }
}
