//! The hostile corpus (`tests/hostile/*.py`): programs that try to hang, exhaust, flood, nest
//! or escape. Each file's first line says how it must end (`# expect: timeout`, `memory`,
//! `output`, `ok`, `raises NAME`, or several joined by ` or `); on both backends each ends so
//! within its deadline plus a slack, finalizers and shutdown included, and the runtime goes
//! on running other programs.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use isola::{Error, LimitKind, Limits};

use crate::support::{self, assert_healthy, BACKENDS};

/// The deadline of each program.
const TIMEOUT: Duration = Duration::from_secs(1);

/// How far past the deadline a program may end, on a loaded 2-core machine.
const SLACK: Duration = Duration::from_secs(3);

/// Programs run at once, each in its own interpreter.
const PARALLEL: usize = 3;

fn limits() -> Limits {
    Limits {
        timeout_ns: Some(TIMEOUT.as_nanos() as u64),
        max_heap_bytes: Some(64 << 20),
        max_output_bytes: Some(1 << 20),
        ..Limits::default()
    }
}

/// The corpus: each program's name, expected endings and source.
fn corpus() -> Vec<(String, Vec<String>, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/hostile");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("reading tests/hostile")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let source = std::fs::read_to_string(&path).expect("reading a hostile program");
            let first = source.lines().next().unwrap_or_default();
            let expected = first
                .strip_prefix("# expect: ")
                .unwrap_or_else(|| panic!("{} has no `# expect:` line", path.display()))
                .split(" or ")
                .map(str::to_string)
                .collect();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, expected, source)
        })
        .collect()
}

/// Whether `result` is the ending `expected` names.
fn ends_as(result: &Result<(), Error>, expected: &str) -> bool {
    let limit = |kind| matches!(result, Err(Error::Limit { kind: k, .. }) if *k == kind);
    match expected {
        "ok" => result.is_ok(),
        "timeout" => limit(LimitKind::Timeout),
        "output" => limit(LimitKind::OutputBytes),
        "memory" => {
            limit(LimitKind::HeapBytes)
                || matches!(result, Err(Error::Exception { type_name, .. }) if type_name == "MemoryError")
        }
        other => match other.strip_prefix("raises ") {
            Some(name) => {
                matches!(result, Err(Error::Exception { type_name, .. }) if type_name == name)
            }
            None => panic!("unknown expectation {other:?}"),
        },
    }
}

#[test]
fn hostile_programs_end_as_expected() {
    let programs = corpus();
    assert!(programs.len() >= 50, "the corpus is missing");
    for backend in BACKENDS {
        // As the `isola` command runs programs: at most 64 interpreters alive at once.
        let runtime = isola::Runtime::builder()
            .backend(backend)
            .limits(limits())
            .max_interpreters(64)
            .build()
            .expect("building a runtime");
        let failures: Vec<String> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..PARALLEL)
                .map(|worker| {
                    let (runtime, programs) = (&runtime, &programs);
                    scope.spawn(move || {
                        let mut failures = Vec::new();
                        for (name, expected, source) in
                            programs.iter().skip(worker).step_by(PARALLEL)
                        {
                            let start = Instant::now();
                            let outcome = support::run(runtime, source, name);
                            let elapsed = start.elapsed();
                            if !expected.iter().any(|e| ends_as(&outcome.result, e)) {
                                failures.push(format!(
                                    "{name}: expected {expected:?}, ended with {:?} (stderr {:?})",
                                    outcome.result,
                                    outcome.stderr.chars().take(300).collect::<String>()
                                ));
                            } else if elapsed > TIMEOUT + SLACK {
                                failures.push(format!("{name}: took {elapsed:?}"));
                            }
                        }
                        failures
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().expect("a worker thread"))
                .collect()
        });
        assert!(failures.is_empty(), "{backend:?}:\n{}", failures.join("\n"));
        assert_healthy(&runtime);
    }
}
