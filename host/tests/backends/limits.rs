//! Runaway programs end with the limit they hit, in bounded time, on both backends, and the
//! runtime keeps creating healthy interpreters afterwards.

use std::time::Duration;

use isola::{Backend, Error, LimitKind, Limits};

use crate::support::{self, assert_healthy, BACKENDS};

/// How long any runaway program may take to be stopped, generously for a loaded 2-core machine.
const BOUND: Duration = Duration::from_secs(60);

const INFINITE_LOOP: &str = "while True:\n    pass\n";

/// Run `code` in a fresh interpreter of a runtime with `limits`, expect `check` to accept the
/// result, and check that the runtime is still healthy.
fn expect(backend: Backend, limits: Limits, code: &str, check: impl Fn(&Error) -> bool) {
    let runtime = support::runtime(backend, limits);
    let outcome = support::run(&runtime, code, "<limits>");
    match &outcome.result {
        Err(error) if check(error) => {}
        other => panic!("{backend:?}: {code:?} ended with {other:?}"),
    }
    assert!(
        outcome.elapsed < BOUND,
        "{backend:?}: {code:?} took {:?}",
        outcome.elapsed
    );
    assert_healthy(&runtime);
}

fn is_limit(error: &Error, expected: LimitKind) -> bool {
    matches!(error, Error::Limit { kind, .. } if *kind == expected)
}

fn is_memory_error(error: &Error) -> bool {
    is_limit(error, LimitKind::HeapBytes)
        || matches!(error, Error::Exception { type_name, .. } if type_name == "MemoryError")
}

#[test]
fn infinite_loop_hits_the_instruction_limit() {
    for backend in BACKENDS {
        let limits = Limits {
            max_instructions: Some(10_000_000),
            ..Limits::default()
        };
        expect(backend, limits, INFINITE_LOOP, |e| {
            is_limit(e, LimitKind::Instructions)
        });
    }
}

#[test]
fn infinite_loop_hits_the_timeout() {
    for backend in BACKENDS {
        let limits = Limits {
            timeout_ns: Some(300_000_000),
            ..Limits::default()
        };
        let runtime = support::runtime(backend, limits);
        let outcome = support::run(&runtime, INFINITE_LOOP, "<limits>");
        assert!(
            matches!(&outcome.result, Err(e) if is_limit(e, LimitKind::Timeout)),
            "{backend:?}: {:?}",
            outcome.result
        );
        // The runtime's own limit fires, well before the wasmtime backstop (twice the timeout).
        assert!(
            outcome.elapsed >= Duration::from_millis(300),
            "{:?}",
            outcome.elapsed
        );
        assert!(
            outcome.elapsed < Duration::from_secs(5),
            "{backend:?}: {:?}",
            outcome.elapsed
        );
        assert_healthy(&runtime);
    }
}

#[test]
fn memory_bombs_hit_the_memory_limit() {
    let bombs = [
        "x = []\nwhile True:\n    x.append('x' * 1000)\n",
        "x = 'x' * 10**12\n",
        "x = [0] * 10**12\n",
    ];
    for backend in BACKENDS {
        for bomb in bombs {
            let limits = Limits {
                max_heap_bytes: Some(32 << 20),
                ..Limits::default()
            };
            expect(backend, limits, bomb, is_memory_error);
        }
    }
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    for backend in BACKENDS {
        let runtime = support::runtime(backend, Limits::default());
        let outcome = support::run(&runtime, "def f():\n    f()\nf()\n", "rec.py");
        match &outcome.result {
            Err(Error::Exception {
                type_name,
                message,
                traceback,
            }) => {
                assert_eq!(type_name, "RecursionError", "{backend:?}");
                assert_eq!(message, "maximum recursion depth exceeded", "{backend:?}");
                assert!(traceback.starts_with("Traceback (most recent call last):\n"));
                assert!(
                    traceback.contains("  File \"rec.py\", line 2, in f\n"),
                    "{traceback}"
                );
                assert!(traceback.ends_with("RecursionError: maximum recursion depth exceeded\n"));
            }
            other => panic!("{backend:?}: {other:?}"),
        }
        assert_healthy(&runtime);
    }
}

#[test]
fn print_flood_hits_the_output_limit() {
    for backend in BACKENDS {
        let limits = Limits {
            max_output_bytes: Some(1 << 20),
            ..Limits::default()
        };
        let runtime = support::runtime(backend, limits);
        let outcome = support::run(&runtime, "while True:\n    print('x' * 99)\n", "<limits>");
        assert!(
            matches!(&outcome.result, Err(e) if is_limit(e, LimitKind::OutputBytes)),
            "{backend:?}: {:?}",
            outcome.result
        );
        assert!(
            outcome.stdout.len() <= 1 << 20,
            "{backend:?}: {} bytes",
            outcome.stdout.len()
        );
        assert!(
            outcome.stdout.len() >= 1 << 19,
            "{backend:?}: {} bytes",
            outcome.stdout.len()
        );
        assert!(outcome.elapsed < BOUND);
        assert_healthy(&runtime);
    }
}
