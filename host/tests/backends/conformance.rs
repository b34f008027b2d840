//! The Python conformance corpus: every `tests/python/**/*.py` on both backends, compared with
//! the CPython goldens beside it. `ISOLA_CONFORMANCE_FILTER=substring` runs the files whose path
//! contains it.
//!
//! Goldens, for `dir/name.py`: `dir/name.out` is the exact stdout. If `dir/name.err` exists, the
//! run must end with exit status 1 (an uncaught exception) and its stderr, traceback included,
//! must equal `.err` once the caret lines (only spaces, `~` and `^`) are dropped from both, since
//! isola does not draw carets. Without `.err`, stderr must be empty and the status 0.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use isola::{Error, Limits, Runtime};
use parking_lot::Mutex;

use crate::support::{self, BACKENDS};

/// Threads running corpus files at once.
const WORKERS: usize = 2;

/// The wall-clock limit of one file, so that a hang fails one file instead of the whole run.
const FILE_TIMEOUT: Duration = Duration::from_secs(30);

#[test]
fn corpus_matches_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/python");
    let filter = std::env::var("ISOLA_CONFORMANCE_FILTER").unwrap_or_default();
    let mut files = Vec::new();
    collect_py_files(&root, &mut files);
    files.sort();
    let files: Vec<String> = files
        .iter()
        .filter_map(|path| path.strip_prefix(&root).ok())
        .map(|path| path.to_string_lossy().replace('\\', "/"))
        .filter(|name| name.contains(&filter))
        .collect();
    assert!(
        !files.is_empty(),
        "no .py files under {} match {filter:?}",
        root.display()
    );

    let limits = Limits {
        timeout_ns: Some(FILE_TIMEOUT.as_nanos() as u64),
        ..Limits::default()
    };
    let runtimes: Vec<Runtime> = BACKENDS
        .iter()
        .map(|&backend| support::runtime(backend, limits.clone()))
        .collect();
    let cases: Vec<(&str, &Runtime)> = files
        .iter()
        .flat_map(|file| runtimes.iter().map(move |rt| (file.as_str(), rt)))
        .collect();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| {
                while let Some(&(file, runtime)) = cases.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Err(why) = check_file(&root, file, runtime) {
                        failures
                            .lock()
                            .push(format!("{file} [{:?}]: {why}", runtime.backend()));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner();
    failures.sort();
    assert!(
        failures.is_empty(),
        "{} of {} runs ({} files x {} backends) differ from CPython:\n{}",
        failures.len(),
        cases.len(),
        files.len(),
        runtimes.len(),
        failures.join("\n")
    );
}

fn collect_py_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_py_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            files.push(path);
        }
    }
}

/// Run one file on one backend and compare with its goldens.
fn check_file(root: &Path, file: &str, runtime: &Runtime) -> Result<(), String> {
    let path = root.join(file);
    let source = std::fs::read_to_string(&path).map_err(|e| format!("reading: {e}"))?;
    let expected_out = std::fs::read_to_string(path.with_extension("out"))
        .map_err(|e| format!("reading its .out golden: {e}"))?;
    let expected_err = std::fs::read_to_string(path.with_extension("err")).ok();

    let guard = file
        .starts_with("memory/")
        .then(|| support::RESIDENT_MEMORY.lock());
    let outcome = support::run(runtime, &source, file);
    drop(guard);
    let mut stderr = outcome.stderr;
    let status = match outcome.result {
        Ok(()) | Err(Error::Exit(0)) => 0,
        Err(Error::Exception { traceback, .. }) => {
            stderr.push_str(&traceback);
            1
        }
        Err(Error::Exit(status)) => status,
        Err(other) => return Err(format!("ended by isola, not Python: {other}")),
    };
    compare("stdout", &expected_out, &outcome.stdout)?;
    match expected_err {
        Some(expected_err) => {
            if status != 1 {
                return Err(format!(
                    "exit status {status}, expected 1 (an uncaught exception)"
                ));
            }
            compare(
                "stderr",
                &drop_caret_lines(&expected_err),
                &drop_caret_lines(&stderr),
            )
        }
        None if status != 0 => Err(format!(
            "exit status {status}, expected 0; stderr:\n{stderr}"
        )),
        None => compare("stderr", "", &stderr),
    }
}

/// Drop the lines made only of spaces, `~` and `^` (with at least one of the latter two).
fn drop_caret_lines(text: &str) -> String {
    text.split_inclusive('\n')
        .filter(|line| {
            let body = line.trim_end_matches('\n');
            !(body.contains(['^', '~']) && body.chars().all(|c| matches!(c, ' ' | '^' | '~')))
        })
        .collect()
}

/// Describe the first line where `actual` differs from `expected`.
fn compare(what: &str, expected: &str, actual: &str) -> Result<(), String> {
    if expected == actual {
        return Ok(());
    }
    let mut expected_lines = expected.split_inclusive('\n');
    let mut actual_lines = actual.split_inclusive('\n');
    let mut number = 1;
    loop {
        match (expected_lines.next(), actual_lines.next()) {
            (Some(e), Some(a)) if e == a => number += 1,
            (e, a) => {
                let show = |line: Option<&str>| {
                    line.map_or("<end of output>".into(), |l| format!("{l:?}"))
                };
                return Err(format!(
                    "{what} line {number}:\n    expected {}\n    actual   {}",
                    show(e),
                    show(a)
                ));
            }
        }
    }
}

#[test]
fn caret_lines_are_dropped() {
    let traceback = "  File \"x.py\", line 1\n    1 +\n       ^\n    ~~~^~~\nSyntaxError: x\n";
    assert_eq!(
        drop_caret_lines(traceback),
        "  File \"x.py\", line 1\n    1 +\nSyntaxError: x\n"
    );
    assert_eq!(drop_caret_lines("a\n\n   \nb"), "a\n\n   \nb");
    assert!(compare("stdout", "a\nb\n", "a\nc\n").is_err_and(|e| e.contains("line 2")));
    assert!(compare("stdout", "a\n", "a\nextra\n").is_err_and(|e| e.contains("<end of output>")));
    assert_eq!(compare("stdout", "same", "same"), Ok(()));
}
