//! `cargo xtask golden [FILTER]`: regenerate the conformance corpus's expected output with
//! CPython 3.11, the oracle.
//!
//! For each tests/python/<area>/<name>.py, run from tests/python with the relative path as the
//! argument and PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8: stdout becomes <name>.out; if the exit
//! status is non-zero stderr becomes <name>.err, otherwise a stale <name>.err is deleted.
//! CPython makes a script's path absolute, so tracebacks would name this checkout's location:
//! the corpus directory's absolute path (with its trailing '/') is removed from both streams,
//! leaving the relative path that isola is given.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

use crate::process::stdout_of;
use crate::Workspace;

pub fn run(ws: &Workspace, args: &[String]) -> Result<()> {
    let filter = match args {
        [] => None,
        [filter] if !filter.starts_with('-') => Some(filter.as_str()),
        _ => bail!("usage: cargo xtask golden [FILTER]"),
    };
    let version = stdout_of(Command::new("python3").arg("--version"))
        .context("python3 (CPython 3.11) is needed to regenerate goldens")?;
    if !is_python_311(&version) {
        bail!(
            "python3 is {}; goldens must come from CPython 3.11",
            version.trim()
        );
    }
    let corpus = ws.root.join("tests").join("python");
    let mut programs = Vec::new();
    collect_programs(&corpus, &corpus, &mut programs)?;
    programs.retain(|relative| filter.is_none_or(|f| relative.contains(f)));
    if programs.is_empty() {
        bail!("no tests/python/**/*.py matches `{}`", filter.unwrap_or(""));
    }
    let counts = regenerate("python3", &corpus, &programs)?;
    println!(
        "regenerated the goldens of {} program(s) with {} ({} with a .err, {} stale .err removed)",
        programs.len(),
        version.trim(),
        counts.with_err,
        counts.removed
    );
    Ok(())
}

/// What a regeneration wrote, for the closing summary.
#[derive(Debug, Default, PartialEq)]
struct Counts {
    with_err: usize,
    removed: usize,
}

/// Runs each program (relative to `corpus`) with `python` and writes its goldens by the rules in
/// this file's header.
fn regenerate(python: &str, corpus: &Path, programs: &[String]) -> Result<Counts> {
    // CPython resolves the script against getcwd(), which has symlinks resolved.
    let absolute =
        std::fs::canonicalize(corpus).with_context(|| format!("resolving {}", corpus.display()))?;
    let prefix = format!("{}/", absolute.display()).into_bytes();
    let mut counts = Counts::default();
    for relative in programs {
        let output = Command::new(python)
            .arg(relative)
            .current_dir(corpus)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .stdin(Stdio::null())
            .output()
            .with_context(|| format!("running {python} {relative}"))?;
        let script = corpus.join(relative);
        std::fs::write(
            script.with_extension("out"),
            remove_all(&output.stdout, &prefix),
        )
        .with_context(|| format!("writing the .out of {relative}"))?;
        let err_file = script.with_extension("err");
        if output.status.success() {
            if err_file.exists() {
                std::fs::remove_file(&err_file)
                    .with_context(|| format!("removing {}", err_file.display()))?;
                counts.removed += 1;
            }
        } else {
            std::fs::write(&err_file, remove_all(&output.stderr, &prefix))
                .with_context(|| format!("writing {}", err_file.display()))?;
            counts.with_err += 1;
        }
    }
    Ok(counts)
}

/// `text` with every occurrence of `needle` removed.
fn remove_all(text: &[u8], needle: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some((&first, tail)) = rest.split_first() {
        if !needle.is_empty() && rest.starts_with(needle) {
            rest = &rest[needle.len()..];
        } else {
            out.push(first);
            rest = tail;
        }
    }
    out
}

fn is_python_311(version_line: &str) -> bool {
    version_line.trim().strip_prefix("Python 3.11.").is_some()
}

/// Every `.py` below `dir`, as a '/'-separated path relative to `corpus`, sorted.
fn collect_programs(corpus: &Path, dir: &Path, out: &mut Vec<String>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_programs(corpus, &path, out)?;
        } else if path.extension().is_some_and(|ext| ext == "py") {
            let relative = path
                .strip_prefix(corpus)
                .context("a corpus file outside the corpus")?;
            let parts: Vec<_> = relative.iter().map(|part| part.to_string_lossy()).collect();
            out.push(parts.join("/"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remove_all_drops_every_occurrence() {
        assert_eq!(remove_all(b"/a/x.py and /a/y.py", b"/a/"), b"x.py and y.py");
        assert_eq!(remove_all(b"abc", b""), b"abc");
    }

    #[test]
    fn only_3_11_is_the_oracle() {
        assert!(is_python_311("Python 3.11.7\n"));
        assert!(!is_python_311("Python 3.12.1"));
        assert!(!is_python_311("Python 3.1.5"));
    }

    #[test]
    fn programs_are_found_recursively_and_sorted() {
        let root = std::env::temp_dir().join(format!("xtask-golden-test-{}", std::process::id()));
        std::fs::create_dir_all(root.join("b")).unwrap();
        std::fs::create_dir_all(root.join("a")).unwrap();
        for file in ["b/two.py", "a/one.py", "a/one.out", "a/zero.py"] {
            std::fs::write(root.join(file), "").unwrap();
        }
        let mut found = Vec::new();
        collect_programs(&root, &root, &mut found).unwrap();
        std::fs::remove_dir_all(&root).unwrap();
        assert_eq!(found, ["a/one.py", "a/zero.py", "b/two.py"]);
    }

    #[test]
    fn goldens_follow_the_rules() {
        // `sh` stands in for python3: the rules are about files, exit statuses and environment.
        let corpus = std::env::temp_dir().join(format!("xtask-golden-run-{}", std::process::id()));
        std::fs::create_dir_all(corpus.join("area")).unwrap();
        let write = |name: &str, text: &str| std::fs::write(corpus.join(name), text).unwrap();
        write(
            "area/ok.py",
            "echo \"$PYTHONHASHSEED $PYTHONIOENCODING $0\"; echo noise >&2\n",
        );
        write("area/ok.err", "stale\n");
        write(
            "area/fails.py",
            "echo partial; echo \"  File \\\"$(pwd -P)/area/fails.py\\\"\" >&2; exit 1\n",
        );
        let programs = ["area/fails.py".to_owned(), "area/ok.py".to_owned()];
        let counts = regenerate("sh", &corpus, &programs).unwrap();
        let read = |name: &str| std::fs::read_to_string(corpus.join(name)).ok();
        let files = (
            read("area/ok.out"),
            read("area/ok.err"),
            read("area/fails.out"),
            read("area/fails.err"),
        );
        std::fs::remove_dir_all(&corpus).unwrap();
        assert_eq!(
            counts,
            Counts {
                with_err: 1,
                removed: 1
            }
        );
        assert_eq!(files.0.as_deref(), Some("0 utf-8 area/ok.py\n"));
        assert_eq!(files.1, None);
        assert_eq!(files.2.as_deref(), Some("partial\n"));
        assert_eq!(files.3.as_deref(), Some("  File \"area/fails.py\"\n"));
    }
}
