//! Tidy checks on the runtime's source: no global mutable state (DESIGN.md invariant 1), and a
//! `//!` line at the top of every file saying what it owns.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(
        files.len() > 20,
        "expected the runtime's sources under {}",
        root.display()
    );
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            (p, text)
        })
        .collect()
}

/// The patterns that mean state shared by every interpreter in a process.
fn is_global_state(line: &str) -> bool {
    let l = line.trim_start();
    if l.starts_with("//") {
        return false;
    }
    if l.contains("static mut ") || l.contains("thread_local!") || l.contains("lazy_static!") {
        return true;
    }
    if let Some(rest) = l
        .strip_prefix("static ")
        .or_else(|| l.strip_prefix("pub static "))
        .or_else(|| l.strip_prefix("pub(crate) static "))
    {
        let ty = rest.split_once(':').map_or("", |(_, t)| t);
        return ["Mutex", "RwLock", "Cell", "Atomic", "Once", "Lazy"]
            .iter()
            .any(|w| ty.contains(w));
    }
    false
}

#[test]
fn no_global_state_in_runtime() {
    let mut hits = Vec::new();
    for (path, text) in sources() {
        for (i, line) in text.lines().enumerate() {
            if is_global_state(line) {
                hits.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "global mutable state in runtime/ (DESIGN.md invariant 1):\n{}",
        hits.join("\n")
    );
}

#[test]
fn the_check_sees_global_state() {
    assert!(is_global_state("static mut COUNTER: u32 = 0;"));
    assert!(is_global_state(
        "static CACHE: Mutex<Vec<u8>> = Mutex::new(Vec::new());"
    ));
    assert!(is_global_state(
        "pub static N: AtomicUsize = AtomicUsize::new(0);"
    ));
    assert!(is_global_state("thread_local! { static X: u8 = 0; }"));
    assert!(!is_global_state("static NAMES: &[&str] = &[\"a\"];"));
    assert!(!is_global_state("// static mut in a comment"));
}

#[test]
fn every_file_says_what_it_owns() {
    let missing: Vec<String> = sources()
        .into_iter()
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "files without a leading //! line:\n{}",
        missing.join("\n")
    );
}
