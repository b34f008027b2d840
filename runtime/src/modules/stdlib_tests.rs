//! Checks of the embedded standard library against CPython's: no file under `runtime/lib` is
//! mostly a copy of the CPython module of its name, unless it is listed as pending.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
mod cpython_lib {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/cpython_lib.rs"));
}

/// The `.py` files under `dir`, as paths relative to `root` with `/` separators.
fn py_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            py_files(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy();
            out.push(rel.replace('\\', "/"));
        }
    }
}

fn lib_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("lib")
}

/// The table holds every file under `runtime/lib/` and every module `MODULES` lists, sorted.
#[test]
fn table_lists_every_module() {
    let mut files = Vec::new();
    py_files(&lib_dir(), &lib_dir(), &mut files);
    assert_eq!(
        files.len() + cpython_lib::MODULES.len(),
        super::SOURCES.len()
    );
    assert!(super::SOURCES.windows(2).all(|w| w[0].0 < w[1].0));
    for m in cpython_lib::MODULES {
        assert!(super::find(m).is_some(), "{m}");
    }
    assert!(super::CPYTHON_LICENSE.contains("PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2"));
}

/// The lines of Python source that carry code: not blank, not a comment, stripped.
fn code_lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The share of `ours`'s code lines that also occur in `theirs` (each of theirs used once).
fn shared(ours: &str, theirs: &str) -> f64 {
    let mut pool: HashMap<&str, usize> = HashMap::new();
    for l in code_lines(theirs) {
        *pool.entry(l).or_default() += 1;
    }
    let ours = code_lines(ours);
    let mut same = 0;
    for l in &ours {
        if let Some(n) = pool.get_mut(l).filter(|n| **n > 0) {
            *n -= 1;
            same += 1;
        }
    }
    if ours.is_empty() {
        0.0
    } else {
        same as f64 / ours.len() as f64
    }
}

/// The files of CPython's library that a module at `rel` would replace: the same module, as a
/// file or as a package, and its pure Python version (`_pydecimal` for `decimal`).
fn namesakes(rel: &str) -> Vec<String> {
    let (dir, file) = rel.rsplit_once('/').unwrap_or(("", rel));
    let sep = if dir.is_empty() { "" } else { "/" };
    let other = match rel.strip_suffix("/__init__.py") {
        Some(pkg) => format!("{pkg}.py"),
        None => format!("{}/__init__.py", rel.trim_end_matches(".py")),
    };
    vec![rel.to_owned(), other, format!("{dir}{sep}_py{file}")]
}

/// CPython's library comes in as a pinned dependency, never as copies: a file under
/// `runtime/lib/` that shares a name with a module of CPython's library (or with its pure
/// Python version, `_pyX` for `X`) must be isola's own, listed with its reason in
/// `cpython_lib.rs`'s `OVERLAYS`, and share at most half of its code lines with CPython's.
#[test]
fn lib_is_not_a_copy() {
    let cpython = Path::new(env!("OUT_DIR")).join("cpython");
    let mut files = Vec::new();
    py_files(&lib_dir(), &lib_dir(), &mut files);
    let mut problems = Vec::new();
    for rel in &files {
        let ours = std::fs::read_to_string(lib_dir().join(rel)).unwrap();
        let module = rel
            .trim_end_matches(".py")
            .trim_end_matches("/__init__")
            .replace('/', ".");
        let mut has_namesake = false;
        for theirs in &namesakes(rel) {
            let Ok(text) = std::fs::read_to_string(cpython.join(theirs)) else {
                continue;
            };
            has_namesake = true;
            let share = shared(&ours, &text);
            let pending = cpython_lib::PENDING.iter().any(|(m, _)| *m == module);
            if share > 0.5 && !pending {
                problems.push(format!(
                    "runtime/lib/{rel} shares {:.0}% of its code lines with CPython's {theirs}: \
                     embed CPython's (cpython_lib.rs's MODULES, with PATCHES if need be)",
                    share * 100.0
                ));
            }
        }
        let listed = cpython_lib::OVERLAYS
            .iter()
            .chain(cpython_lib::PENDING)
            .any(|(m, _)| *m == module);
        if has_namesake && !listed {
            problems.push(format!(
                "runtime/lib/{rel} replaces CPython's {module}: list it with its reason in \
                 cpython_lib.rs's OVERLAYS"
            ));
        } else if !has_namesake && listed {
            problems.push(format!(
                "cpython_lib.rs's OVERLAYS lists {module}, which CPython's library lacks"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// No Python file isola wrote (under `runtime/lib/` or beside the Rust modules in
/// `runtime/src/`) shares most of its code lines with any file of CPython's library, whatever
/// its name: a module derived from CPython's comes in as CPython's own, with patches.
#[test]
fn no_own_source_is_a_copy() {
    let cpython = Path::new(env!("OUT_DIR")).join("cpython");
    let mut theirs = Vec::new();
    py_files(&cpython, &cpython, &mut theirs);
    assert!(theirs.len() > 400, "CPython's library sources are missing");
    let texts: Vec<(String, String)> = theirs
        .into_iter()
        .filter_map(|rel| {
            let text = std::fs::read_to_string(cpython.join(&rel)).ok()?;
            Some((rel, text))
        })
        .collect();
    let pools: Vec<(&str, HashMap<&str, usize>)> = texts
        .iter()
        .map(|(rel, text)| {
            let mut pool = HashMap::new();
            for l in code_lines(text) {
                *pool.entry(l).or_default() += 1;
            }
            (rel.as_str(), pool)
        })
        .collect();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for dir in ["lib", "src"] {
        let root = manifest.join(dir);
        let mut ours = Vec::new();
        py_files(&root, &root, &mut ours);
        for rel in ours {
            let text = std::fs::read_to_string(root.join(&rel)).unwrap();
            let lines = code_lines(&text);
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for l in &lines {
                *counts.entry(l).or_default() += 1;
            }
            let module = rel
                .trim_end_matches(".py")
                .trim_end_matches("/__init__")
                .replace('/', ".");
            if lines.is_empty() || cpython_lib::PENDING.iter().any(|(m, _)| *m == module) {
                continue;
            }
            for (name, pool) in &pools {
                let same: usize = counts
                    .iter()
                    .map(|(l, n)| (*n).min(pool.get(l).copied().unwrap_or(0)))
                    .sum();
                let share = same as f64 / lines.len() as f64;
                if share > 0.5 {
                    problems.push(format!(
                        "runtime/{dir}/{rel} shares {:.0}% of its code lines with CPython's \
                         {name}: embed CPython's (cpython_lib.rs's MODULES, with PATCHES if need be)",
                        share * 100.0
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn shared_counts_lines_once() {
    assert_eq!(shared("a\nb\n\n# c\n", "a\nx\n"), 0.5);
    assert_eq!(shared("a\na\n", "a\n"), 0.5);
    assert_eq!(shared("", "a\n"), 0.0);
}
