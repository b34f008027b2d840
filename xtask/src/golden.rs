//! `cargo xtask golden [FILTER]`: regenerate the conformance corpus's expected output with
//! CPython 3.11, the oracle.
//!
//! For each tests/python/<area>/<name>.py, run from tests/python with the relative path as the
//! argument and PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8: stdout becomes <name>.out; if the exit
//! status is non-zero stderr becomes <name>.err, otherwise a stale <name>.err is deleted.

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
        bail!("no tests/python/**/*.py matches {filter:?}");
    }
    let (mut with_err, mut removed) = (0, 0);
    for relative in &programs {
        let output = Command::new("python3")
            .arg(relative)
            .current_dir(&corpus)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .stdin(Stdio::null())
            .output()
            .with_context(|| format!("running python3 {relative}"))?;
        let script = corpus.join(relative);
        std::fs::write(script.with_extension("out"), &output.stdout)
            .with_context(|| format!("writing the .out of {relative}"))?;
        let err_file = script.with_extension("err");
        if output.status.success() {
            if err_file.exists() {
                std::fs::remove_file(&err_file)
                    .with_context(|| format!("removing {}", err_file.display()))?;
                removed += 1;
            }
        } else {
            std::fs::write(&err_file, &output.stderr)
                .with_context(|| format!("writing {}", err_file.display()))?;
            with_err += 1;
        }
    }
    println!(
        "regenerated {} goldens with {} ({with_err} with a .err, {removed} stale .err removed)",
        programs.len(),
        version.trim()
    );
    Ok(())
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
}
